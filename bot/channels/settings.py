"""What the custom channels share: secrets, namespaces, limits, and the start-up refusal
of default secrets on a public interface. Standard library only."""
from __future__ import annotations

import ipaddress
import logging
import os

log = logging.getLogger(__name__)

# Sender ids of the channels that have their own door into Rasa. Nobody may use them
# on the public REST channel: "telegram:<chat id>" would otherwise speak as that person.
DEFAULT_NAMESPACES = ("wechat:", "telegram:", "web:")
BRIDGE_NAMESPACES_DEFAULT = ("wechat:", "telegram:")
DEFAULTS = {
    "RASA_BRIDGE_SECRET": "change-me-bridge-secret",
    "WIDGET_SESSION_SECRET": "change-me-widget-secret",
}
# A consumer's message longer than this is refused politely (a 100 KB message blocks
# Rasa's event loop for tens of seconds).
MAX_MESSAGE_BYTES_DEFAULT = 4096  # about 1,300 Chinese characters; longer: "please split it"
TOO_LONG = "您的消息太长了，请分几次发送，每次简要说明一件事。"


def _registry_namespaces() -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(every channel's sender-id prefix, the bridges' ones) from the channel registry
    (complaint/channels.py), so a channel added there is protected here too."""
    try:
        from complaint import channels as registry
    except Exception:  # the shared package not on the path: the defaults below
        return None
    try:
        prefixes = tuple(f"{c.prefix}:" for c in registry.CHANNELS.values() if getattr(c, "prefix", None))
    except Exception:
        return None
    bridges = tuple(p for p in prefixes if p in BRIDGE_NAMESPACES_DEFAULT) or BRIDGE_NAMESPACES_DEFAULT
    return prefixes, bridges


def namespaces() -> tuple[str, ...]:
    """Sender-id prefixes refused on the public REST channel."""
    found = _registry_namespaces()
    return tuple(sorted(set(found[0] if found else ()) | set(DEFAULT_NAMESPACES)))


def bridge_namespaces() -> tuple[str, ...]:
    """Sender-id prefixes the bridge channel accepts."""
    found = _registry_namespaces()
    return found[1] if found else BRIDGE_NAMESPACES_DEFAULT


def secret(name: str) -> str:
    return os.environ.get(name) or DEFAULTS[name]


def max_message_bytes() -> int:
    return int(os.environ.get("MAX_MESSAGE_BYTES") or MAX_MESSAGE_BYTES_DEFAULT)


def is_loopback(host: str) -> bool:
    host = (host or "").strip().strip("[]")
    if host in ("localhost", ""):
        return host == "localhost"
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def exposed() -> bool:
    """Rasa listens beyond this machine (RASA_HOST), or a public entry (PUBLIC_HOST, the
    load balancer of the scale-out mode) forwards to it."""
    return any(not is_loopback(os.environ.get(key, "127.0.0.1") or "127.0.0.1")
               for key in ("RASA_HOST", "PUBLIC_HOST"))


def refuse_default_secrets(*names: str) -> None:
    """Outside loopback a default or empty secret stops the start-up. (Also where the
    Rasa process masks phone numbers in its log lines: channels are created at start.)"""
    try:
        from complaint.privacy import install_log_masking

        install_log_masking()
    except ImportError:  # the shared package is not on the path: Rasa's logs stay as they are
        log.warning("complaint.privacy not importable: log lines are not masked")
    weak = [n for n in names if secret(n) == DEFAULTS[n] or len(secret(n)) < 16]
    if "RASA_TOKEN" in os.environ and os.environ["RASA_TOKEN"].startswith("change-me"):
        weak.append("RASA_TOKEN")
    if weak and exposed():
        raise SystemExit(f"refusing to start on a public interface with default secrets: {', '.join(weak)} "
                         "(set them in .env; `make run` generates random ones)")
    for name in weak:
        log.warning("%s has its default value: fine on loopback, never in production", name)


def cors_origins() -> list[str]:
    """Origins whose pages may open the widget's socket (RASA_CORS_ORIGINS, space- or
    comma-separated; empty: any)."""
    raw = os.environ.get("RASA_CORS_ORIGINS", "")
    return [o.strip() for o in raw.replace(",", " ").split() if o.strip()]
