"""`python -m channels.telegram`: webhook mode when TELEGRAM_WEBHOOK_URL is set, polling otherwise."""
import logging

from channels.common import env, start_service
from channels.telegram import run

if __name__ == "__main__":
    logging.basicConfig(level=env("LOG_LEVEL", "INFO"), format="%(asctime)s %(name)s %(levelname)s %(message)s")
    # httpx logs every Bot API request (with the token in the URL) at INFO.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # Polling mode listens nowhere; webhook mode on TELEGRAM_HOST.
    start_service(env("TELEGRAM_HOST", "127.0.0.1") if env("TELEGRAM_WEBHOOK_URL") else "127.0.0.1")
    run()
