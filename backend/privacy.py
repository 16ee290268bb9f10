"""Personal data never reaches the logs or the audit log in clear.

The masking rules live in the shared package (complaint/privacy.py), so the backend, the
action server, the bridges and Rasa's channels mask log lines alike. The audit log
outlives the tickets it mentions (the retention purge deletes tickets, not their trail),
so whatever is written to it is scrubbed here: personal fields are dropped and phone
numbers in the remaining text masked, whoever writes the entry."""
from __future__ import annotations

from typing import Any

from sqlalchemy import event

from backend.models import AuditLog
from complaint.privacy import MaskPhonesFilter, install_log_masking, mask_name, mask_phone

__all__ = ["MaskPhonesFilter", "install_log_masking", "mask_name", "mask_phone", "scrub_audit_details"]

# Keys that hold (or summarise) what a consumer said about themselves: never in the audit log.
PERSONAL_KEYS = frozenset({
    "complainant_name", "consumer_name", "who", "phone", "mobile", "contact_phone", "address", "consumer_address",
    "complainant_address", "id_card", "id_number", "email", "text", "summary", "transcript", "lines",
    "problem", "demand", "what", "message", "messages",
})


def scrub_audit_details(value: Any, depth: int = 0) -> Any:
    if depth > 8:
        return "[...]"
    if isinstance(value, dict):
        return {k: ("[removed]" if str(k).lower() in PERSONAL_KEYS else scrub_audit_details(v, depth + 1))
                for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_audit_details(v, depth + 1) for v in value]
    if isinstance(value, str):
        return mask_phone(value)
    return value


@event.listens_for(AuditLog, "before_insert")
@event.listens_for(AuditLog, "before_update")
def _scrub(_mapper, _connection, target: AuditLog) -> None:
    if target.details is not None:
        target.details = scrub_audit_details(target.details)
