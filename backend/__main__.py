"""`python -m backend` serves the API with waitress (migrating to head first).

    python -m backend                      serve on BACKEND_HOST:BACKEND_PORT
    python -m backend create-staff USER    create a staff account (password from
                                           STAFF_PASSWORD or a prompt; --token prints an API token)
    python -m backend migrate              apply migrations only
    python -m backend maintenance          escalate overdue ODR cases, purge expired tickets
"""
from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import threading

from dotenv import load_dotenv

from backend.config import ROOT

log = logging.getLogger("backend")


def _app():
    from backend import create_app, migrate

    app = create_app()
    migrate.upgrade(app.extensions["db"].engine)
    return app


def serve() -> None:
    from waitress import serve as waitress_serve

    from backend.auth import demo_account_active, ensure_demo_staff
    from backend.config import is_loopback
    from backend.tickets import run_maintenance

    app = _app()  # refuses default secrets and BACKEND_DEV_STAFF off loopback (config.check_exposure)
    db = app.extensions["db"]
    cfg = app.config
    demo_user, demo_password = cfg["BACKEND_DEV_STAFF_USER"], cfg["BACKEND_DEV_STAFF_PASSWORD"]
    if cfg["BACKEND_DEV_STAFF"].lower() in ("1", "true", "yes"):
        if ensure_demo_staff(db, demo_user, demo_password):
            log.warning("demo staff account %r created (BACKEND_DEV_STAFF; loopback only)", demo_user)
        else:
            log.warning("demo staff account %r enabled (BACKEND_DEV_STAFF; its password is not reset)", demo_user)
    if not is_loopback(cfg["BACKEND_HOST"]) and demo_account_active(db, demo_user, demo_password):
        raise SystemExit(f"refusing to serve on {cfg['BACKEND_HOST']}: the demo staff account {demo_user!r} "
                         "still opens with its published password (change it with `python -m backend "
                         "create-staff` or deactivate it)")
    for key in ("SECRET_KEY", "BACKEND_SERVICE_TOKEN"):
        if cfg[key].startswith("change-me"):
            log.warning("%s still has its default value: fine on loopback, refused anywhere else", key)

    stop = threading.Event()

    def maintenance_loop():
        while not stop.wait(float(cfg["MAINTENANCE_INTERVAL_S"])):
            try:
                run_maintenance(db, cfg["RETENTION_DAYS"])
            except Exception:  # keep the loop alive; the next round retries
                log.exception("maintenance failed")

    threading.Thread(target=maintenance_loop, name="maintenance", daemon=True).start()
    # The address parser's dictionary (issue 20) is loaded before the first request, not in it.
    from backend import jurisdiction

    jurisdiction.warm_up()
    host, port = cfg["BACKEND_HOST"], int(cfg["BACKEND_PORT"])
    log.info("backend listening on http://%s:%d", host, port)
    # With TRUSTED_PROXIES the forwarding headers reach ProxyFix (backend/security.py),
    # which reads exactly that many hops; otherwise waitress drops them.
    waitress_serve(app, host=host, port=port, threads=int(cfg["BACKEND_THREADS"]),
                   ident="12315-backend", clear_untrusted_proxy_headers=not cfg["TRUSTED_PROXIES"])


def main(argv: list[str] | None = None) -> int:
    load_dotenv(ROOT / ".env")  # the environment wins over .env
    from backend.privacy import install_log_masking

    install_log_masking()
    logging.getLogger().setLevel(logging.INFO)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    parser = argparse.ArgumentParser(prog="python -m backend", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("serve")
    staff = sub.add_parser("create-staff")
    staff.add_argument("username")
    staff.add_argument("--token", action="store_true", help="also issue a staff API token and print it")
    sub.add_parser("migrate")
    sub.add_parser("maintenance")
    args = parser.parse_args(argv)

    if args.command in (None, "serve"):
        serve()
    elif args.command == "create-staff":
        password = os.environ.get("STAFF_PASSWORD") or getpass.getpass(f"password for {args.username}: ")
        if len(password) < 8:
            print("the password needs at least 8 characters", file=sys.stderr)
            return 2
        from backend.auth import create_staff

        token = create_staff(_app().extensions["db"], args.username, password, with_token=args.token)
        print(f"staff user {args.username} saved")
        if token:
            print(f"API token (shown once): {token}")
    elif args.command == "migrate":
        _app()
    elif args.command == "maintenance":
        from backend.tickets import run_maintenance

        app = _app()
        print(run_maintenance(app.extensions["db"], app.config["RETENTION_DAYS"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
