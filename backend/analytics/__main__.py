"""`python -m backend.analytics consume`: feed the analytics from Rasa's event broker.

Settings (environment, defaults in deploy/scaled.env): RABBITMQ_HOST, RABBITMQ_PORT,
RABBITMQ_USER, RABBITMQ_PASSWORD, RABBITMQ_EXCHANGE, RABBITMQ_QUEUE, and the
backend's DATABASE_URL.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys

from dotenv import load_dotenv

from backend.config import ROOT

DEFAULTS = {"RABBITMQ_HOST": "127.0.0.1", "RABBITMQ_PORT": "5672", "RABBITMQ_USER": "guest",
            "RABBITMQ_PASSWORD": "guest", "RABBITMQ_EXCHANGE": "rasa-exchange", "RABBITMQ_QUEUE": "rasa_events"}


def main(argv: list[str] | None = None) -> int:
    load_dotenv(ROOT / ".env")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("pika").setLevel(logging.WARNING)
    parser = argparse.ArgumentParser(prog="python -m backend.analytics", description=__doc__)
    parser.add_argument("command", choices=["consume"])
    parser.add_argument("--exit-when-idle", type=float, default=None, metavar="SECONDS",
                        help="stop after this many seconds without messages (tests, back-fills)")
    args = parser.parse_args(argv)

    from backend import config
    from backend.analytics.consumer import consume
    from backend.db import make_engine

    env = {key: os.environ.get(key) or default for key, default in DEFAULTS.items()}
    engine = make_engine(config.load()["DATABASE_URL"])
    consume(engine, env, stop_after_idle_s=args.exit_when_idle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
