"""`make run`: start the assistant's processes under honcho and print the URLs.

Ctrl-C stops every process (honcho sends SIGTERM to each and waits).
"""
from __future__ import annotations

import sys

import honcho.manager
from honcho.manager import Manager

from tools.stack import ROOT, enabled, ensure_secrets, loopback_only, settings


# Rasa needs a few seconds to stop (more on a busy 2-core machine); honcho's default
# of 5 s before SIGKILL cuts it off.
honcho.manager.KILL_WAIT = 20


def main() -> int:
    written = ensure_secrets()
    if written:
        print(f"First start: random {', '.join(written)} written to .env (kept from now on).", flush=True)
    env = settings()
    # The local demo needs someone to log in to the console with; only on loopback, and
    # only when nobody said otherwise (BACKEND_DEV_STAFF=0). A deployment creates real
    # staff accounts (`python -m backend create-staff USER`); off loopback the backend
    # refuses to start with the demo account.
    demo = env.get("BACKEND_DEV_STAFF", "").lower() not in ("0", "false", "no") and loopback_only(env)
    env["BACKEND_DEV_STAFF"] = "1" if demo else ""
    procs = enabled(env)
    manager = Manager()
    for name, cmd in procs.items():
        manager.add_process(name, cmd, env=env, cwd=str(ROOT))
    skipped = sorted(set(("wechat", "telegram")) - set(procs))
    print(
        "\n12315 消费维权助手 is starting:\n"
        f"  web widget demo page  {env['BACKEND_URL']}/\n"
        f"  agent console         {env['BACKEND_URL']}/console/  "
        + (f"(demo account asked for on loopback: {env['BACKEND_DEV_STAFF_USER']} / "
           f"{env['BACKEND_DEV_STAFF_PASSWORD']}; BACKEND_DEV_STAFF=0 turns it off)\n" if demo else
           "(no demo account: create staff with `python -m backend create-staff USER`)\n")
        + f"  ticket API            {env['BACKEND_URL']}/api/v1/\n"
        f"  Rasa REST channel     {env['RASA_URL']}/webhooks/rest/webhook\n"
        f"  action server         http://127.0.0.1:{env['ACTIONS_PORT']}/health\n"
        + (f"  (not started, no credentials configured: {', '.join(skipped)})\n" if skipped else "")
        + "Rasa takes about half a minute to load its model. Ctrl-C stops everything.\n",
        flush=True,
    )
    manager.loop()
    return manager.returncode or 0


if __name__ == "__main__":
    sys.exit(main())
