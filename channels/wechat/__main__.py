"""`python -m channels.wechat`: serve the WeChat callback (path /wechat) with waitress."""
import logging
import signal

from waitress import serve

from channels.common import env, start_service
from channels.wechat import WeChatBridge, WeChatSettings, create_app


def main() -> None:
    logging.basicConfig(level=env("LOG_LEVEL", "INFO"), format="%(asctime)s %(name)s %(levelname)s %(message)s")
    if not WeChatSettings().token:
        raise SystemExit("WECHAT_TOKEN is not set: the WeChat bridge has nothing to verify callbacks with.")
    host, port = env("WECHAT_HOST", "127.0.0.1"), int(env("WECHAT_PORT", "8010"))
    start_service(host)
    logging.getLogger("channels.wechat").info("WeChat callback on http://%s:%s/wechat", host, port)
    bridge = WeChatBridge()
    # Agent replies from the console (HANDOFF_POLL_S), delivered by the customer-service API.
    relay = bridge.handoff_relay().start()
    # Status notifications from the backend's outbox (NOTIFY_POLL_S).
    notices = bridge.notification_relay().start()
    # SIGTERM ends the server like Ctrl+C, so the relay can finish the reply in hand and
    # note it (otherwise a reply sent just before the kill would be sent again).
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        # Each waiting callback holds a thread for up to WECHAT_REPLY_DEADLINE seconds.
        serve(create_app(bridge), host=host, port=port, threads=int(env("WECHAT_THREADS", "16")),
              ident="12315-wechat")
    except KeyboardInterrupt:
        logging.getLogger("channels.wechat").info("stopping")
    finally:
        relay.stop()
        notices.stop()


if __name__ == "__main__":
    main()
