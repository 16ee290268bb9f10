"""`python -m channels.wechat`: serve the WeChat callback (path /wechat) with waitress."""
import logging

from waitress import serve

from channels.common import env
from channels.wechat import WeChatSettings, create_app


def main() -> None:
    logging.basicConfig(level=env("LOG_LEVEL", "INFO"), format="%(asctime)s %(name)s %(levelname)s %(message)s")
    if not WeChatSettings().token:
        raise SystemExit("WECHAT_TOKEN is not set: the WeChat bridge has nothing to verify callbacks with.")
    host, port = env("WECHAT_HOST", "127.0.0.1"), int(env("WECHAT_PORT", "8010"))
    logging.getLogger("channels.wechat").info("WeChat callback on http://%s:%s/wechat", host, port)
    # Each waiting callback holds a thread for up to WECHAT_REPLY_DEADLINE seconds.
    serve(create_app(), host=host, port=port, threads=int(env("WECHAT_THREADS", "16")), ident="12315-wechat")


if __name__ == "__main__":
    main()
