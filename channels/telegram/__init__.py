"""Telegram bridge (python-telegram-bot 22): Telegram updates <-> Rasa's REST channel.

- /start asks the dialogue for its welcome, /help is answered here, /status [工单号]
  asks the dialogue for a ticket's progress.
- Rasa's buttons become inline keyboards; a press is sent to Rasa as the button's
  payload, and the keyboard is removed so it cannot be pressed twice.
- Photos and documents are uploaded to the backend as evidence of the complaint,
  then the dialogue is told (CHANNEL_EVIDENCE_PAYLOAD).
- When the dialogue asks for a phone number (a reply with `custom.request_contact`,
  or text matching TELEGRAM_CONTACT_PROMPT), a "share phone number" keyboard is
  offered; a shared contact is sent to Rasa as the number's text.
- Webhook mode (TELEGRAM_WEBHOOK_URL, secret token required) or polling otherwise.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx
from telegram import (
    InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup,
    ReplyKeyboardRemove, Update,
)
from telegram.constants import ChatAction, MessageLimit
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler, ContextTypes,
    MessageHandler, filters,
)

from channels.common import (
    ASSISTANT_UNAVAILABLE, EVIDENCE_FAILED, EVIDENCE_SAVED, EVIDENCE_TOO_LARGE, WELCOME_FALLBACK,
    AssistantUnavailable, ChannelSettings, EvidenceRejected, HandoffRelay, RetryLater, Undeliverable,
    ask_rasa_async, env, normalise_phone, upload_evidence_async,
)

log = logging.getLogger("channels.telegram")

CHANNEL = "telegram"
HELP_TEXT = (
    "12315消费维权助手可以帮您：\n"
    "• 投诉举报：直接描述您遇到的消费问题，我会一步步帮您整理投诉；\n"
    "• 法律咨询：例如“七天无理由退货有哪些例外？”；\n"
    "• 进度查询：发送 /status 工单号，例如 /status 12315-20240101-0001；\n"
    "• 提交凭证：直接发送照片或文件（发票、聊天记录、商品照片等）。\n\n"
    "常用命令：/start 重新开始　/help 使用帮助　/status 查询进度"
)
UNSUPPORTED_MESSAGE = "目前可以接收文字、照片和文件。请用文字描述您的问题，凭证请以照片或文件形式发送。"
BUTTON_EXPIRED = "这个按钮已经失效了，请直接回复文字，谢谢。"
SHARE_PHONE_LABEL = "📱 分享我的手机号"
CHOSEN = "已选择：{title}"
# Telegram limits callback data to 64 bytes; longer payloads are kept here under a hash.
CALLBACK_DATA_LIMIT = 64
HASHED_PREFIX = "#"


@dataclass
class TelegramSettings:
    token: str = field(default_factory=lambda: env("TELEGRAM_BOT_TOKEN"))
    webhook_url: str = field(default_factory=lambda: env("TELEGRAM_WEBHOOK_URL"))
    secret_token: str = field(default_factory=lambda: env("TELEGRAM_SECRET_TOKEN"))
    host: str = field(default_factory=lambda: env("TELEGRAM_HOST", "127.0.0.1"))
    port: int = field(default_factory=lambda: int(env("TELEGRAM_PORT", "8020")))
    # Where the Bot API lives (a local Bot API server, or a fake one in tests).
    api_base: str = field(default_factory=lambda: env("TELEGRAM_API_BASE", "https://api.telegram.org").rstrip("/"))
    contact_prompt: str = field(default_factory=lambda: env("TELEGRAM_CONTACT_PROMPT", r"手机号|联系电话|手机号码"))


def callback_data_for(payload: str, store: dict) -> str:
    if len(payload.encode()) <= CALLBACK_DATA_LIMIT and not payload.startswith(HASHED_PREFIX):
        return payload
    key = HASHED_PREFIX + hashlib.sha1(payload.encode()).hexdigest()[:24]
    if len(store) > 5000:  # bounded: old keyboards then answer BUTTON_EXPIRED
        store.clear()
    store[key] = payload
    return key


def split_message(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    parts = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        cut = cut if cut > limit // 2 else limit
        parts.append(text[:cut])
        text = text[cut:].lstrip("\n")
    return parts + ([text] if text.strip() else [])


class TelegramBridge:
    def __init__(self, settings: TelegramSettings | None = None, channel: ChannelSettings | None = None):
        self.settings = settings or TelegramSettings()
        self.channel = channel or ChannelSettings()
        self.contact_prompt = re.compile(self.settings.contact_prompt) if self.settings.contact_prompt else None
        self.http: httpx.AsyncClient | None = None
        self.long_payloads: dict[str, str] = {}
        self.relay: HandoffRelay | None = None

    # -- the application -----------------------------------------------------

    def build(self) -> Application:
        base = self.settings.api_base
        app = (
            ApplicationBuilder()
            .token(self.settings.token)
            .base_url(f"{base}/bot")
            .base_file_url(f"{base}/file/bot")
            .post_init(self._open)
            .post_stop(self._stop_relay)
            .post_shutdown(self._close)
            # Consumers in different chats are independent; one slow answer must not block others.
            .concurrent_updates(True)
            .build()
        )
        app.add_handler(CommandHandler("start", self.start))
        app.add_handler(CommandHandler("help", self.help))
        app.add_handler(CommandHandler("status", self.status))
        app.add_handler(CallbackQueryHandler(self.button_pressed))
        app.add_handler(MessageHandler(filters.CONTACT, self.contact_shared))
        app.add_handler(MessageHandler(filters.PHOTO | filters.Document.ALL, self.evidence))
        app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, self.text))
        app.add_handler(MessageHandler(filters.ChatType.PRIVATE & ~filters.COMMAND, self.unsupported))
        app.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.COMMAND, self.help))  # unknown commands
        app.add_error_handler(self.on_error)
        return app

    async def _open(self, app: Application) -> None:
        self.http = httpx.AsyncClient()
        # Agent replies from the console: polled in a thread (HandoffRelay, shared with
        # WeChat), each sent by this event loop's bot.
        loop = asyncio.get_running_loop()

        def deliver(chat_id: str, text: str) -> None:
            if not re.fullmatch(r"-?\d+", chat_id):
                raise Undeliverable(f"{chat_id!r} is not a Telegram chat id")
            future = asyncio.run_coroutine_threadsafe(self.send_agent_reply(app, int(chat_id), text), loop)
            future.result(timeout=60)

        self.relay = HandoffRelay(self.channel, CHANNEL, deliver).start()

        # Status notifications from the backend's outbox (issue 20), sent the same way.
        from channels.notifications import NotificationRelay

        def deliver_notification(item: dict) -> str:
            deliver(str(item.get("recipient") or ""), str(item["text"]))
            return "telegram"

        self.notices = NotificationRelay(self.channel, CHANNEL, deliver_notification).start()

    async def _stop_relay(self, app: Application) -> None:
        if self.relay is not None:
            await asyncio.to_thread(self.relay.stop)
        if getattr(self, "notices", None) is not None:
            await asyncio.to_thread(self.notices.stop)

    async def send_agent_reply(self, app: Application, chat_id: int, text: str) -> None:
        try:
            for part in split_message(text):
                await app.bot.send_message(chat_id, part)
        except (Forbidden, BadRequest) as exc:  # blocked by the consumer, chat gone
            raise Undeliverable(str(exc)) from exc
        except TelegramError as exc:  # network, timeouts, RetryAfter (flood control)
            raise RetryLater(str(exc)) from exc

    async def _close(self, app: Application) -> None:
        if self.http:
            await self.http.aclose()

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("update failed: %s", context.error, exc_info=context.error)

    # -- handlers ------------------------------------------------------------

    async def start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.converse(update, context, self.channel.welcome_payload, fallback=WELCOME_FALLBACK)

    async def help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text(HELP_TEXT)

    async def status(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        payload = self.channel.status_payload
        if context.args:
            payload += json.dumps({"ticket_no": context.args[0]}, ensure_ascii=False)
        await self.converse(update, context, payload)

    async def text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.converse(update, context, update.effective_message.text)

    async def contact_shared(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        phone = normalise_phone(update.effective_message.contact.phone_number)
        await self.converse(update, context, phone)

    async def unsupported(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text(UNSUPPORTED_MESSAGE)

    async def button_pressed(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        data = query.data or ""
        payload = self.long_payloads.get(data) if data.startswith(HASHED_PREFIX) else data
        await query.answer()
        if payload is None:
            await context.bot.send_message(update.effective_chat.id, BUTTON_EXPIRED)
            return
        if query.message is not None:
            title = next((b.text for row in (query.message.reply_markup.inline_keyboard
                                             if query.message.reply_markup else ())
                          for b in row if b.callback_data == data), None)
            try:  # show the choice and drop the keyboard so it is not pressed twice
                text = query.message.text or ""
                await query.edit_message_text(f"{text}\n\n{CHOSEN.format(title=title)}" if title else text)
            except TelegramError as exc:
                log.info("could not edit the keyboard message: %s", exc)
        await self.converse(update, context, payload)

    async def evidence(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        sender = f"{CHANNEL}:{update.effective_chat.id}"
        if message.photo:
            item = message.photo[-1]  # the largest size
            filename, content_type = f"telegram-{item.file_unique_id}.jpg", "image/jpeg"
        else:
            item = message.document
            filename = item.file_name or f"telegram-{item.file_unique_id}"
            content_type = item.mime_type or "application/octet-stream"
        limit = self.channel.evidence_max_bytes
        if item.file_size and item.file_size > limit:
            await message.reply_text(EVIDENCE_TOO_LARGE.format(limit=limit // (1024 * 1024)))
            return
        try:
            file = await context.bot.get_file(item.file_id)
            content = bytes(await file.download_as_bytearray())
        except TelegramError as exc:
            log.warning("could not download %s: %s", item.file_id, exc)
            await message.reply_text(EVIDENCE_FAILED)
            return
        if len(content) > limit:
            await message.reply_text(EVIDENCE_TOO_LARGE.format(limit=limit // (1024 * 1024)))
            return
        try:
            await upload_evidence_async(self.channel, self.http, sender, filename, content, content_type)
        except EvidenceRejected as exc:
            log.warning("backend refused evidence from %s: %s", sender, exc)
            await message.reply_text(EVIDENCE_FAILED)
            return
        await self.converse(update, context, self.channel.evidence_payload, fallback=EVIDENCE_SAVED)
        if message.caption:
            await self.converse(update, context, message.caption)

    # -- talking to Rasa and back --------------------------------------------

    async def converse(self, update: Update, context: ContextTypes.DEFAULT_TYPE, message: str,
                       fallback: str | None = None) -> None:
        chat_id = update.effective_chat.id
        sender = f"{CHANNEL}:{chat_id}"
        try:  # "typing…" is a courtesy; never let it stop the answer
            await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
        except TelegramError as exc:
            log.info("chat action failed: %s", exc)
        try:
            replies = await ask_rasa_async(self.channel, self.http, sender, message, CHANNEL)
        except AssistantUnavailable as exc:
            log.warning("Rasa unavailable for %s: %s", sender, exc)
            replies = [{"text": ASSISTANT_UNAVAILABLE}]
        if not replies and fallback:
            replies = [{"text": fallback}]
        await self.send_replies(context, chat_id, replies)

    async def send_replies(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, replies: list[dict]) -> None:
        chat_data = context.chat_data if context.chat_data is not None else {}
        for reply in replies:
            markup = self.markup_for(reply)
            if markup is None and chat_data.pop("contact_keyboard", False):
                markup = ReplyKeyboardRemove()
            if isinstance(markup, ReplyKeyboardMarkup):
                chat_data["contact_keyboard"] = True
            if reply.get("image"):
                await context.bot.send_photo(chat_id, reply["image"])
            text = str(reply.get("text") or "")
            if not text and isinstance(markup, InlineKeyboardMarkup):
                text = "请选择："
            parts = split_message(text)
            for i, part in enumerate(parts):
                await context.bot.send_message(chat_id, part, reply_markup=markup if i == len(parts) - 1 else None)

    def markup_for(self, reply: dict):
        buttons = [b for b in reply.get("buttons") or [] if b.get("title")]
        if buttons:
            return InlineKeyboardMarkup([
                [InlineKeyboardButton(b["title"], callback_data=callback_data_for(
                    str(b.get("payload") or b["title"]), self.long_payloads))]
                for b in buttons
            ])
        custom = reply.get("custom") if isinstance(reply.get("custom"), dict) else {}
        text = str(reply.get("text") or "")
        if custom.get("request_contact") or (self.contact_prompt and self.contact_prompt.search(text)):
            return ReplyKeyboardMarkup([[KeyboardButton(SHARE_PHONE_LABEL, request_contact=True)]],
                                       resize_keyboard=True, one_time_keyboard=True,
                                       input_field_placeholder="也可以直接输入手机号")
        return None


def constant_time_secret_check() -> None:
    """python-telegram-bot compares the webhook's secret token with `!=`; check it in
    constant time first (then PTB's own checks run on an equal token)."""
    import tornado.web
    from telegram.ext._utils import webhookhandler

    handler = webhookhandler.TelegramHandler
    if getattr(handler, "_constant_time_checked", False):
        return
    original = handler._validate_post

    def _validate_post(self) -> None:
        if self.secret_token is not None:
            sent = self.request.headers.get("X-Telegram-Bot-Api-Secret-Token") or ""
            if not hmac.compare_digest(sent.encode(), self.secret_token.encode()):
                raise tornado.web.HTTPError(403, reason="wrong or missing secret token")
        original(self)

    handler._validate_post = _validate_post
    handler._constant_time_checked = True


def run(settings: TelegramSettings | None = None) -> None:
    settings = settings or TelegramSettings()
    if not settings.token:
        raise SystemExit("TELEGRAM_BOT_TOKEN is not set.")
    app = TelegramBridge(settings).build()
    if settings.webhook_url:
        if not settings.secret_token:
            raise SystemExit("TELEGRAM_SECRET_TOKEN is required in webhook mode (Telegram sends it with "
                             "every update; requests without it are refused).")
        log.info("Telegram webhook mode on %s:%s for %s", settings.host, settings.port, settings.webhook_url)
        constant_time_secret_check()
        app.run_webhook(
            listen=settings.host, port=settings.port,
            url_path=urlsplit(settings.webhook_url).path.lstrip("/"),
            webhook_url=settings.webhook_url, secret_token=settings.secret_token,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        log.info("Telegram polling mode")
        app.run_polling(allowed_updates=Update.ALL_TYPES)
