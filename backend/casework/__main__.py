"""`python -m backend.casework staff-bureau USER CODE`: the bureau a staff account works for.

CODE is the bureau's 6-digit division code (`python -m backend.bureaus 5115` lists them);
`--all` gives the account every bureau (national / administrator). Create the account
first with `python -m backend create-staff USER`.
"""
from __future__ import annotations

import argparse
import sys

from backend import bureaus, config
from backend.casework import service
from backend.db import Database
from backend.tickets import ApiError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m backend.casework", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    staff = sub.add_parser("staff-bureau", help="set the bureau of a staff account")
    staff.add_argument("username")
    group = staff.add_mutually_exclusive_group(required=True)
    group.add_argument("code", nargs="?", help="bureau code, e.g. 511502")
    group.add_argument("--all", action="store_true", help="every bureau (administrator)")
    args = parser.parse_args(argv)
    database = Database(config.load()["DATABASE_URL"])
    try:
        with database.session(write=True) as session:
            service.set_staff_bureau(session, args.username, None if args.all else args.code)
            session.commit()
    except ApiError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        database.dispose()
    bureau = bureaus.get(args.code) if not args.all else None
    print(f"{args.username}: {bureau.name if bureau else '全部单位'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
