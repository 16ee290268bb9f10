"""Rasa input channels of the assistant (loaded by Rasa from bot/credentials.yml).

- `bridge.BridgeInput` (`/webhooks/bridge/webhook`): the WeChat and Telegram bridges
  only; every request is HMAC-signed with RASA_BRIDGE_SECRET.
- `public.PublicRestInput` (`/webhooks/rest/webhook`): Rasa's REST channel for
  anyone, refusing the bridges' and the widget's sender ids and oversized messages.
- `widget.WidgetSocketIOInput` (`/socket.io/`): the web widget; the session id is
  issued and signed by the server (WIDGET_SESSION_SECRET).
"""
