"""`python -m actions --port 5055`: the action server, rasa-sdk's own app in one process.

Why not `python -m rasa_sdk`: it runs Sanic's worker manager, whose helper processes
share the process group that honcho (and a terminal's Ctrl-C) signals; they die first
and the manager prints a BrokenPipe traceback on every clean stop. It also binds
0.0.0.0 unless SANIC_HOST is set, while only Rasa needs to reach this server.
Same endpoints (/webhook, /actions, /health), same executor, same actions package.
"""
from __future__ import annotations

import argparse
import logging
import os

from rasa_sdk.endpoint import create_app
from rasa_sdk.executor import ActionExecutor


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m actions")
    parser.add_argument("--port", type=int, default=int(os.environ.get("ACTIONS_PORT", "5055")))
    parser.add_argument("--host", default=os.environ.get("ACTIONS_HOST", "127.0.0.1"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)-8s %(name)s - %(message)s")
    from complaint.privacy import install_log_masking
    install_log_masking()  # phone numbers masked in every log line
    # Only Rasa calls this server, and it files tickets as whoever the tracker names:
    # beyond loopback it needs a real service token at least (and a private network).
    loopback = args.host in ("localhost", "::1") or args.host.startswith("127.")
    if not loopback and os.environ.get("BACKEND_SERVICE_TOKEN", "change-me-service-token") == "change-me-service-token":
        raise SystemExit(f"refusing to listen on {args.host} with the default BACKEND_SERVICE_TOKEN")

    # Queued filings go to the backend as soon as it is back, whether or not the
    # consumer writes again (they hear the number on their next message).
    from actions.filing import start_delivery_thread
    start_delivery_thread(interval=float(os.environ.get("OUTBOX_DELIVERY_INTERVAL_S", "10")))

    executor = ActionExecutor()
    executor.register_package("actions")
    app = create_app(executor, cors_origins=None)
    logging.getLogger(__name__).info("action server on http://%s:%s", args.host, args.port)
    # single_process: SIGTERM/SIGINT stop the one process cleanly
    app.run(host=args.host, port=args.port, single_process=True, access_log=False, motd=False)
    # Stopped. Tearing down torch and faiss takes seconds and nothing needs it: every
    # outbox write is already committed (autocommit SQLite).
    logging.shutdown()
    os._exit(0)


if __name__ == "__main__":
    main()
