"""`python -m channels.telegram`: webhook mode when TELEGRAM_WEBHOOK_URL is set, polling otherwise."""
import logging

from channels.common import env
from channels.telegram import run

if __name__ == "__main__":
    logging.basicConfig(level=env("LOG_LEVEL", "INFO"), format="%(asctime)s %(name)s %(levelname)s %(message)s")
    # httpx logs every Bot API request (with the token in the URL) at INFO.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    run()
