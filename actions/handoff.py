"""Hands a conversation to a hotline agent through the backend's handoff queue.

`POST {BACKEND_URL}/api/v1/handoffs` (backend/console/README.md) with the transcript
and the draft the form holds; the agent answers in the same conversation. A failed
post never breaks the conversation: the caller tells the consumer to ring 12315.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
from typing import Any

import requests
from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import dialogue
from actions.filing import _headers, backend_url  # same backend, token and settings as filing
from complaint import channels

log = logging.getLogger(__name__)

# Slots that are bookkeeping, not something the consumer told us.
_INTERNAL = {"requested_slot", "failed_attempts", "submission_id", "suggested_demands", "awaiting_confirmation",
             "pending_submission", "handoff_requested", "odr_checked", "session_started_metadata"}
TRANSCRIPT_LINES = 60


def transcript(tracker: Tracker) -> list[dict[str, Any]]:
    lines = []
    buttons: dict[str, str] = {}  # payload -> title of the buttons the bot last offered
    for event in tracker.events:
        kind = event.get("event")
        text = (event.get("text") or "").strip()
        if kind == "bot":
            offered = (event.get("data") or {}).get("buttons") or []
            buttons = {str(b.get("payload")): str(b.get("title")) for b in offered
                       if isinstance(b, dict) and b.get("payload") and b.get("title")} or buttons
        elif kind == "user" and text in buttons:
            text = buttons[text]  # the agent reads the button the consumer pressed, not its payload
        if kind in ("user", "bot") and text:
            line = {"speaker": kind, "text": text[:2000]}
            if event.get("timestamp"):
                line["at"] = dt.datetime.fromtimestamp(float(event["timestamp"]), dt.timezone.utc).isoformat()
            lines.append(line)
    return lines[-TRANSCRIPT_LINES:]


def handoff_payload(tracker: Tracker, reason: str, channel: str) -> dict[str, Any]:
    draft = {name: value for name, value in tracker.current_slot_values().items()
             if name not in _INTERNAL and value not in (None, "", [])}
    channel = channel if channel in channels.handoff_names() else channels.FALLBACK
    return {"conversation_id": tracker.sender_id, "channel": channel,
            "reason": reason, "transcript": transcript(tracker), "draft": draft}


def post_handoff(tracker: Tracker, reason: str, channel: str) -> dict | None:
    """The backend's answer ({id, status, position}) or None when it could not be reached."""
    timeout = float(os.environ.get("FILING_TIMEOUT_S") or 5)
    try:
        response = requests.post(f"{backend_url()}/api/v1/handoffs", json=handoff_payload(tracker, reason, channel),
                                 headers=_headers(), timeout=timeout)
    except requests.RequestException as exc:
        log.warning("handoff for %s not delivered: %s", tracker.sender_id, type(exc).__name__)
        return None
    if response.status_code in (200, 201):
        return response.json()
    log.warning("handoff for %s refused: HTTP %s %s", tracker.sender_id, response.status_code, response.text[:200])
    return None


# The hand-over's own words, which `handed_over` finds again in the conversation's events
HANDED_OVER = "已为您转接12315热线的人工坐席"
GAVE_UP_OPENING = "不好意思，我没能帮您把信息登记好，"


def handoff_message(posted: bool, gave_up: bool = False) -> str:
    opening = GAVE_UP_OPENING if gave_up else "好的，"
    if posted:
        return (f"{opening}{HANDED_OVER}。工作人员会直接在这个对话里回复您，请留意消息；"
                "您刚才提供的信息已一并转交，不用再重复说。如果着急，也可以拨打12315热线（工作日 8:30-17:30）。")
    return (f"{opening}抱歉，人工转接暂时没有成功。请直接拨打12315热线（工作日 8:30-17:30），"
            "工作人员会为您登记处理；您也可以稍后再说“转人工”试一次。")


# Said to a message that comes while a person has the conversation (after the hand-over, before any new
# registration): the words go to the person, no question of the assistant's
WAITING_NOTE = ("收到，您补充的内容已一并转给人工坐席。工作人员会在这个对话里回复您，请稍候；"
                "如果想重新登记，也可以直接说“我要投诉”或“我要举报”。")
WAITING_NOTE_AGAIN = "收到，已转给工作人员，请稍候。"
NOT_REACHED_NOTE = ("人工坐席暂时没有接通，请直接拨打12315热线（工作日 8:30-17:30）；"
                    "您也可以说“我要投诉”或“我要举报”，我来帮您重新登记。")


def handed_over(events: list[dict[str, Any]]) -> str | None:
    """The reason a person has this conversation now ("human_handoff" or "gave_up"): the last hand-over
    posted, with no registration, ticket or cancellation since; None otherwise."""
    reason = None
    for event in events:
        kind = event.get("event")
        if kind == "bot" and HANDED_OVER in str(event.get("text") or ""):
            reason = "gave_up" if str(event.get("text")).startswith(GAVE_UP_OPENING) else "human_handoff"
        elif (kind == "active_loop" and event.get("name")) or kind in ("restart", "session_started") \
                or dialogue.ends_registration(event):
            reason = None
    return reason


# After a hand-over, the consumer would rather go on with the assistant ("继续", "还是你帮我登记吧", "不等人工了"):
# the registration handed over is taken up again where it stopped
_RESUMES = re.compile(
    r"(?:那|那就|算了|好吧|嗯|还是|要不)*(?:(?:继续|接着)(?:登记|填|弄|办|来|说|问)?|(?:你|机器人|你们)(?:来|就)?(?:帮我|给我)?(?:继续)?"
    r"(?:登记|填|弄|办)|(?:你)?帮我(?:继续)?(?:登记|填|弄|办)|我自己(?:登记|填|来)|不(?:用|要|想|等)(?:转)?(?:人工|客服)了?|"
    r"不转(?:人工)?了)(?:吧|好了|就行|了|下去|一下)*(?:吧)?")


def resumes(text: str | None) -> bool:
    """Whether the words ask the assistant to go on with the registration ("继续", "还是你帮我登记吧")."""
    words = re.sub(r"[\s，,。.！!？?~～…]+", "", dialogue.consumer_words(text))
    return 0 < len(words) <= 14 and bool(_RESUMES.fullmatch(words))


def while_handed_over(dispatcher: CollectingDispatcher, tracker: Tracker, channel: str) -> bool:
    """A message said while a person has the conversation: the transcript the person reads is brought up to
    date and the consumer told so (not asked what they want); False when no person has it."""
    reason = handed_over(tracker.events)
    if reason is None:
        return False
    if post_handoff(tracker, reason, channel) is None:
        dispatcher.utter_message(text=NOT_REACHED_NOTE)
        return True
    last = next((e.get("text") for e in reversed(tracker.events) if e.get("event") == "bot"), None)
    dispatcher.utter_message(text=WAITING_NOTE_AGAIN if last in (WAITING_NOTE, WAITING_NOTE_AGAIN) else WAITING_NOTE)
    return True


def give_up(dispatcher: CollectingDispatcher, tracker: Tracker, channel: str) -> list[EventType]:
    """The assistant cannot get the registration right (a question or the summary asked again and
    again): a person takes over, once (not posted again if already asked for), and nothing is asked
    again: the form is left and the bot listens."""
    posted = bool(tracker.get_slot("handoff_requested")) or post_handoff(tracker, "gave_up", channel) is not None
    dispatcher.utter_message(text=handoff_message(posted, gave_up=True))
    return [SlotSet("handoff_requested", posted), SlotSet("requested_slot", None), ActiveLoop(None),
            FollowupAction("action_listen")]
