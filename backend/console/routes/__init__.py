"""The console's HTTP routes, one module per resource: pages, calls (with their live
lines), the ASR push, handoffs and feedback. Each parses the request and calls the
service layer (backend/console/calls.py, handoffs.py, feedback.py)."""
from backend.console.routes import asr, calls, feedback, handoffs, pages  # noqa: F401  (register routes)
