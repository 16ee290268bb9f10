"""Custom actions: summary and confirmation, filing, corrections, law answers, status, handoff."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import threading
import uuid
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import dialogue, forms, handoff
from complaint import channels, fields, ticket
from complaint import extract as ex

log = logging.getLogger(__name__)


def _warm_up() -> None:
    """Loads the knowledge base and the dispute guide before the first question needs them."""
    try:
        from knowledge_base import warm_up
        from knowledge_base.guide import match
        match("电视机自燃了")
        warm_up()
    except Exception as exc:  # noqa: BLE001 - answered later with a polite fallback
        log.warning("knowledge base warm-up failed: %s", exc)
    try:
        from backend.jurisdiction import warm_up as divisions_warm_up
        divisions_warm_up()  # the division tables, read when an address names no city (forms._in_a_division)
    except Exception as exc:  # noqa: BLE001 - the address is then taken as said
        log.warning("division tables warm-up failed: %s", exc)


# The action server imports this module at start; tests and the console import only
# complaint / actions.dialogue and pay nothing.
if os.environ.get("ACTIONS_WARM_UP", "1") != "0":
    threading.Thread(target=_warm_up, name="kb-warm-up", daemon=True).start()

HOTLINE = "12315"
# Said when the backend is down and the complaint waits in the outbox (and if it is confirmed again).
QUEUED_TEXT = "您的信息我们已经收到，系统正在为您提交，不会重复登记。受理编号生成后会在您下一条消息时告诉您。"
COMPLAINT_FIELDS = fields.summary_order("complaint")
REPORT_FIELDS = fields.summary_order("report")
# Everything a complaint or report collects; cancelling or filing clears it.
FORM_SLOTS = sorted(set(COMPLAINT_FIELDS + REPORT_FIELDS) | {
    "evidence", "dispute_type", "suggested_demands", "failed_attempts", "submission_id",
    "odr_consent", "odr_merchant", "odr_checked"})


def channel_of(tracker: Tracker) -> str:
    """The channel a message came through (complaint.channels: metadata, sender id, input channel)."""
    message = tracker.latest_message or {}
    metadata = message.get("metadata") or {}
    return channels.channel_of(metadata.get("channel"), tracker.sender_id,
                               message.get("input_channel") or tracker.get_latest_input_channel())


_display = fields.display


def summary_text(slots: dict[str, Any]) -> str:
    report = slots.get("ticket_type") == "report"
    fields = REPORT_FIELDS if report else COMPLAINT_FIELDS
    lines = ["请核对以下" + ("举报" if report else "投诉") + "信息："]
    for slot in fields:
        value = slots.get(slot)
        if value in (None, ""):
            if report and slots.get("anonymous") and slot in ("complainant_name", "phone"):
                continue
            if report and slot == "complainant_name" and value == "" and slots.get("anonymous") is False:
                lines.append(f"· {dialogue.FIELD_LABELS[slot]}：（不留姓名，只留电话）")
                continue
            if report and slot == "phone" and value == "" and slots.get("anonymous") is False:
                lines.append(f"· {dialogue.FIELD_LABELS[slot]}：（不留电话，在本对话中联系）")
                continue
            if slot not in dialogue.required_slots("report_form" if report else "complaint_form", {}):
                continue  # a field no form asks (platform, order number, proof): shown when given
            lines.append(f"· {dialogue.FIELD_LABELS[slot]}：（未提供）")
            continue
        lines.append(f"· {dialogue.FIELD_LABELS[slot]}：{_display(slot, value)}")
    if not report and slots.get("odr_consent") is not None:
        lines.append("· 先由商家处理：" + ("同意" if slots["odr_consent"] else "不同意，直接交市场监管部门"))
    lines.append("信息无误请点“确认提交”；需要修改请直接告诉我哪里不对（如“电话写错了，是139…”），或说“取消”。")
    return "\n".join(lines)


class ActionShowSummary(Action):
    def name(self) -> str:
        return "action_show_summary"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        dispatcher.utter_message(
            text=summary_text(dict(tracker.current_slot_values())),
            buttons=[{"title": "确认提交", "payload": "/affirm"},
                     {"title": "需要修改", "payload": "/deny"},
                     {"title": "取消", "payload": "/cancel"}],
        )
        # a new id for each summary shown: the confirmation of this summary files exactly once
        return [SlotSet("awaiting_confirmation", True), SlotSet("submission_id", uuid.uuid4().hex)]


def ticket_payload(tracker: Tracker) -> dict[str, Any]:
    slots = dict(tracker.current_slot_values())
    kind = "report" if slots.get("ticket_type") == "report" else "complaint"
    return ticket.payload(slots, kind, channel_of(tracker), tracker.sender_id)


def idempotency_key(tracker: Tracker) -> str:
    """Stable for one confirmed summary: the conversation plus the summary's submission id."""
    submission = tracker.get_slot("submission_id") or "none"
    sender = tracker.sender_id or ""
    # the backend takes printable ASCII without spaces; other sender ids are hashed
    if not re.fullmatch(r"[\x21-\x7e]{1,150}", sender):
        sender = "conv-" + hashlib.sha256(sender.encode("utf-8")).hexdigest()[:32]
    return f"{sender}:{submission}"


def _day_in_china(stamp: Any) -> str:
    """A history entry's time as the consumer's day ("2026年12月7日"): backend times are UTC, the day is China's."""
    try:
        moment = dt.datetime.fromisoformat(str(stamp))
    except (TypeError, ValueError):
        return str(stamp or "")[:10]
    if moment.tzinfo is not None:
        moment = moment.astimezone(ex.CHINA)
    return fields.date_cn(moment.date().isoformat()) or ""


def filed_message(ticket_no: str, report: bool, ticket: dict | None = None, anonymous: bool = False) -> str:
    """What happens next, with the deadline the backend computed for this ticket."""
    ticket = ticket or {}
    accept_due = fields.date_cn(ticket.get("accept_due"))
    odr_due = fields.date_cn(ticket.get("odr_due"))
    follow = "您可以随时发“查询进度”并提供编号和手机号查看进展。"
    if report and anonymous:
        # no phone was left: the ticket is looked up in this conversation by its number alone
        return (f"您的匿名举报已提交成功，编号是 {ticket_no}，请妥善保存。\n"
                f"接下来：市场监管部门会对举报线索进行核查，并依法决定是否立案。匿名举报不会联系您，"
                f"处理结果也不会另行告知；在这个对话里发“查询进度”，可以查看这条举报的状态。")
    if report:
        # no day count: the report deadlines we hold are the superseded 2022 暂行办法's (kb-sources/SOURCES.md)
        return (f"您的举报已提交成功，编号是 {ticket_no}，请妥善保存。\n"
                f"接下来：市场监管部门会对举报线索进行核查，并依法决定是否立案；"
                f"处理结果会告知您。{follow}")
    if odr_due or ticket.get("odr_consent"):
        due = f"在{odr_due}前" if odr_due else "在10个工作日内"
        return (f"您的投诉已提交成功，受理编号是 {ticket_no}，请妥善保存。\n"
                f"接下来：按您的同意，商家会先行处理，{due}（10个工作日）与您联系解决；"
                f"到期没有解决或您不满意的，投诉会转交市场监管部门，由其决定是否受理。{follow}")
    # 消费者权益保护法第四十六条 (in force): a complaint is dealt with, and the consumer told, within
    # 7 working days of receipt
    due = f"最迟在{accept_due}前" if accept_due else "在7个工作日内"
    return (f"您的投诉已提交成功，受理编号是 {ticket_no}，请妥善保存。\n"
            f"接下来：市场监管部门会{due}予以处理并通过短信或电话告知您（消费者权益保护法第四十六条：7个工作日内）；"
            f"受理后一般会先组织您和商家调解。{follow}")


def _clear_form_slots() -> list[EventType]:
    return [SlotSet(slot, None) for slot in FORM_SLOTS if slot != "failed_attempts"] + [
        SlotSet("failed_attempts", 0)]


class ActionSubmitTicket(Action):
    def name(self) -> str:
        return "action_submit_ticket"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        report = tracker.get_slot("ticket_type") == "report"
        form = "report_form" if report else "complaint_form"
        slots = tracker.current_slot_values()
        from actions.forms import unanswered  # a blank date or sum the consumer could not tell is answered
        missing = unanswered(form, slots)
        if missing and not any(slots.get(s) not in (None, "") for s in COMPLAINT_FIELDS + REPORT_FIELDS):
            # a confirmation repeated after the filing (a resent message): nothing left to file
            if tracker.get_slot("ticket_no"):
                text = f"您的登记已经提交过了，受理编号是 {tracker.get_slot('ticket_no')}，不会重复登记。"
            elif tracker.get_slot("pending_submission"):
                text = QUEUED_TEXT
            else:
                text = "目前没有需要提交的登记。如需投诉或举报，请直接说“我要投诉”或“我要举报”。"
            dispatcher.utter_message(text=text)
            return [SlotSet("awaiting_confirmation", False)]
        if missing:
            # never file an incomplete ticket: the form asks for what is missing, then the summary comes again
            labels = "、".join(dialogue.FIELD_LABELS.get(s, s) for s in missing)
            dispatcher.utter_message(text=f"抱歉，登记信息还不完整，还缺少：{labels}。我再问您一下。")
            return [SlotSet("awaiting_confirmation", False), FollowupAction(form)]
        try:
            from actions.filing import file_ticket  # the backend client with its durable outbox
            result = file_ticket(ticket_payload(tracker), idempotency_key(tracker))
        except Exception:  # noqa: BLE001 - the consumer must never see a crash
            log.exception("filing failed")
            dispatcher.utter_message(
                text=f"非常抱歉，系统暂时无法提交，您填写的信息还在。请稍后回复“确认”再试一次，或拨打{HOTLINE}热线由人工登记。")
            return [SlotSet("awaiting_confirmation", True)]
        events: list[EventType] = [SlotSet("awaiting_confirmation", False)]
        if getattr(result, "ticket_no", None):
            dispatcher.utter_message(text=filed_message(result.ticket_no, report, getattr(result, "ticket", None),
                                                        anonymous=report and bool(tracker.get_slot("anonymous"))))
            return events + [SlotSet("ticket_no", result.ticket_no)] + _clear_form_slots()
        if getattr(result, "queued", False):
            dispatcher.utter_message(
                text=QUEUED_TEXT)
            return events + [SlotSet("pending_submission", idempotency_key(tracker))] + _clear_form_slots()
        # the backend refused the data (its message is for the log, in English): say it plainly
        log.warning("filing rejected: %s", getattr(result, "error", None))
        dispatcher.utter_message(
            text=f"抱歉，系统没有接受这份登记，可能是有的信息格式不符合要求。您填写的信息还在："
                 f"可以告诉我哪一项需要修改（如“电话改成139…”），改好后回复“确认”；也可以拨打{HOTLINE}热线由人工登记。")
        return [SlotSet("awaiting_confirmation", True)]


class ActionDeliverPending(Action):
    """Tells a queued filing's ticket number on the consumer's next message.

    Named action_validate_slot_mappings because Rasa runs that action after every
    user message and, unlike a custom slot-mapping action, keeps what it says
    (Rasa 3.6 drops the messages of slot-mapping actions).
    """

    def name(self) -> str:
        return "action_validate_slot_mappings"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        # The outbox, not the slot, is the record: after a restart of an in-memory Rasa
        # the conversation has lost `pending_submission`, and the consumer must still
        # hear what became of the complaint (one indexed read per message).
        key = tracker.get_slot("pending_submission")
        try:
            from actions.filing import mark_notified, settle_pending
            items = settle_pending(tracker.sender_id)
        except Exception:  # noqa: BLE001 - the outbox is retried on the next message
            log.exception("checking the outbox failed")
            return []
        events: list[EventType] = []
        for item in items:
            report = (item.get("payload") or {}).get("type") == "report"
            if item.get("ticket_no"):
                dispatcher.utter_message(text=filed_message(
                    item.get("ticket_no"), report, anonymous=bool((item.get("payload") or {}).get("anonymous"))))
                events.append(SlotSet("ticket_no", item.get("ticket_no")))
            elif item.get("state") == "failed":
                dispatcher.utter_message(
                    text=f"抱歉，您之前的登记没有提交成功（{item.get('error')}）。请重新登记，或拨打{HOTLINE}热线。")
            else:
                continue  # still waiting for the backend: said when it was queued
            mark_notified(item.idempotency_key)
            if item.idempotency_key == key:
                events.append(SlotSet("pending_submission", None))
        return events


# A demand said to be added to ("还要加上…", "再加一条…") rather than changed ("改成…", "只要…").
_ADDING = re.compile(r"还要|加上|再加|另外|也要|还有|补充|增加|添上|外加|同时")
_REPLACING = re.compile(r"改成|改为|换成|只要|不要了|去掉|删掉|不是")


def _online_place_follows(field: str, value: Any, tracker: Tracker) -> list[EventType]:
    """The platform corrected ("平台写错了，是抖音"): an online shop's place that named the old
    platform ("网店（拼多多）") names the new one; and the other way round."""
    place, old = str(tracker.get_slot("merchant_address") or ""), tracker.get_slot("platform")
    if field == "merchant_address":
        # "是天猫上买的 不是拼多多" read as the address ("网店（天猫）"): the platform follows it
        said = ex.find_platform(str(value)) if str(value).startswith("网店") else None
        return [SlotSet("platform", said)] if said and said != old else []
    if field != "platform" or not old or not place.startswith("网店") or str(old) not in place:
        return []
    return [SlotSet("merchant_address", place.replace(str(old), str(value)))]


def added_to_account(dispatcher: CollectingDispatcher, slots: dict[str, Any], added: str) -> list[EventType]:
    """What the consumer added at the summary goes into the account; the summary is shown again."""
    problem = str(slots.get("problem") or "")
    if added not in problem:
        problem = dialogue.normalise("problem", f"{problem}；{added}" if problem else added).value or problem
    slots = dict(slots, problem=problem)
    dispatcher.utter_message(text="好的，已经补充到问题描述里了。")
    dispatcher.utter_message(text=summary_text(slots), buttons=forms.SUMMARY_BUTTONS)
    # the summary changed: a new id, so that its confirmation files exactly once
    return [SlotSet("problem", problem), SlotSet("awaiting_confirmation", True),
            SlotSet("submission_id", uuid.uuid4().hex), FollowupAction("action_listen")]


def _more_told(words: str, slots: dict[str, Any]) -> str | None:
    """Something more that went wrong, told at the summary without "补充" ("他们家后厨还有老鼠 我亲眼看到的"):
    added to the account, never dropped; a change of an item, a question or what the account already says is not."""
    told = ex.clean(words).strip(" ，,。.！!")
    if len(re.sub(r"[^\u4e00-\u9fa5]", "", told)) < 6 or not ex.names_trouble(told) or dialogue.is_question(told) \
            or removed_field(told) or told in str(slots.get("problem") or ""):
        return None
    field = dialogue.correction(told, filled=slots)[0]
    opens_on_field = re.match(rf"(?:对了|还有|另外|哦|那个)?[\s，,]*(?:{dialogue.FIELD_WORD.pattern})", told)
    if ex.find_phone(told) or field == "problem" or opens_on_field \
            or field is not None and slots.get(field) not in (None, ""):
        return None  # "地址不对 是和平路18号", "名字少了一个字 是钟文杰": a change of an item held
    return told


async def summary_digression(dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> list[EventType] | None:
    """A message at the summary that is no answer to it: something added to the account ("补充一下，客服还骂我了")
    goes with the problem and the summary is shown again; a question about a ticket's progress, about the
    service or about the consumer's rights is answered and the summary offered again. The ticket waits
    for its confirmation either way (None: the message is none of these)."""
    if not forms.at_summary(tracker):
        return None
    text = (tracker.latest_message or {}).get("text") or ""
    words = dialogue.consumer_words(text)
    if dialogue.starts_over(words):
        return taken_up_again(dispatcher, tracker, words)
    if dialogue.nothing_to_change(words) or dialogue.rude(words):
        return nothing_to_change(dispatcher, tracker, words)
    added = dialogue.adds_to_account(words) or _more_told(words, dict(tracker.current_slot_values()))
    if added:
        return added_to_account(dispatcher, dict(tracker.current_slot_values()), added)
    if dialogue.asks_status(words) or dialogue.asks_number(words):
        forms.offer_summary_again(dispatcher, tracker, forms.status_reply(tracker, text))
        return [SlotSet("awaiting_confirmation", True), FollowupAction("action_listen")]
    service = dialogue.service_answer(words, "report_form" if tracker.get_slot("ticket_type") == "report" else None)
    if service:
        forms.offer_summary_again(dispatcher, tracker, service)
        return [SlotSet("awaiting_confirmation", True), FollowupAction("action_listen")]
    if dialogue.is_question(words) and forms.names_a_right(words) and not _CHANGE_ASKED.search(words):
        await ActionAnswerLaw().run(dispatcher, tracker, domain)  # offers the summary again itself
        return [SlotSet("awaiting_confirmation", True), FollowupAction("action_listen")]
    return None


# Said at the summary when nothing is to change ("不需要", "不用改", "没有要改的"): the summary waits for its
# confirmation (one reply, then another, then a person: never the same words three times running)
NOTHING_TO_CHANGE = "没有要修改的"


def _nothing_to_change_said(tracker: Tracker) -> int:
    """How many of the bot's last replies in a row said there was nothing to change."""
    said, users = 0, 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            users += 1
        elif event.get("event") == "bot" and users:
            if NOTHING_TO_CHANGE not in str(event.get("text") or ""):
                break
            said += 1
    return said


def nothing_to_change(dispatcher: CollectingDispatcher, tracker: Tracker, words: str = "") -> list[EventType]:
    """"不需要", "不用改了" at the summary (no change, nor a cancel), or "你真笨" said there: the summary is
    offered again to be confirmed, in other words the second time, and a person takes over the third."""
    before = _nothing_to_change_said(tracker)
    if before >= 2:
        return handoff.give_up(dispatcher, tracker, channel_of(tracker))
    lead = dialogue.RUDE_APOLOGY if dialogue.rude(words) else ""
    if before == 0:
        said = (f"{lead}好的。如果信息都{NOTHING_TO_CHANGE}，请点“确认提交”，我马上为您提交；"
                "如果哪一项不对，直接告诉我新的内容就行；不想登记了，说“取消”即可。")
    else:
        said = (f"{lead}请问现在为您提交吗？如果信息{NOTHING_TO_CHANGE}，请点“确认提交”；"
                "不想提交了请点“取消”；也可以说“转人工”，请工作人员帮您核对。")
    dispatcher.utter_message(text=said, buttons=forms.SUMMARY_BUTTONS)
    return [SlotSet("awaiting_confirmation", True), FollowupAction("action_listen")]


def taken_up_again(dispatcher: CollectingDispatcher, tracker: Tracker, words: str) -> list[EventType] | None:
    """"全部重来" while a registration is under way (in its form, at its summary, or handed over): the same
    registration from its first question, every answer dropped; "继续", "还是你帮我登记吧" after a hand-over:
    the registration handed over goes on where it stopped. None: the words ask neither."""
    kind = tracker.get_slot("ticket_type")
    if kind not in ("complaint", "report"):
        return None
    handed = handoff.handed_over(tracker.events) is not None
    busy = tracker.active_loop_name or tracker.get_slot("awaiting_confirmation") or handed
    if dialogue.starts_over(words) and busy:
        label = fields.KIND_LABELS[kind]
        dispatcher.utter_message(text=f"{dialogue.STARTED_OVER}{label}，刚才填的信息都已清空。")
        return [ActiveLoop(None), SlotSet("awaiting_confirmation", False), SlotSet("requested_slot", None),
                *_clear_form_slots(), SlotSet("ticket_type", kind), FollowupAction(f"{kind}_form")]
    if handed and not tracker.active_loop_name and handoff.resumes(words):
        form = f"{kind}_form"
        dispatcher.utter_message(text=f"好的，我们接着登记您的{fields.KIND_LABELS[kind]}，刚才说过的信息都还在，不用重复。")
        slots = dict(tracker.current_slot_values())
        told = forms.ValidateComplaintForm()._details_pending(tracker, slots) if form == "complaint_form" else None
        kept = [SlotSet("problem", told)] if told else []  # asked for details when handed over: what was told stands
        if not forms.unanswered(form, dict(slots, **({"problem": told} if told else {}))):
            return kept + [SlotSet("requested_slot", None), FollowupAction("action_show_summary")]
        return kept + [SlotSet("awaiting_confirmation", False), SlotSet("requested_slot", None),
                       SlotSet("failed_attempts", 0), FollowupAction(form)]
    return None


class ActionCorrectField(Action):
    """"电话写错了，是139…": sets the new value, or clears the field so the form asks again."""

    def name(self) -> str:
        return "action_correct_field"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        text = (tracker.latest_message or {}).get("text") or ""
        from actions.summary_turn import filed_if_accepted
        filed = await filed_if_accepted(dispatcher, tracker, domain)  # "行 就这么办" read as a change
        if filed is not None:
            return filed
        if dialogue.report_anonymity(text) is None:
            answered = await summary_digression(dispatcher, tracker, domain)
            if answered is not None:
                return answered
        events: list[EventType] = [SlotSet("awaiting_confirmation", False)]
        anonymous = dialogue.report_anonymity(text) if tracker.get_slot("ticket_type") == "report" else None
        if anonymous is not None:
            # "名字就不留了" at a report's summary: anonymous, with no name or phone kept
            dispatcher.utter_message(text="好的，改为匿名举报，不留姓名和电话。" if anonymous
                                     else "好的，改为实名举报，处理结果会告知您。")
            return events + [SlotSet("anonymous", anonymous)] + (
                [SlotSet("complainant_name", None), SlotSet("phone", None)] if anonymous else [])
        removed = removed_field(text)
        if removed:
            return events + _remove_field(dispatcher, tracker, removed)
        several = corrections(text, dict(tracker.current_slot_values()))
        if several:
            return events + _correct_several(dispatcher, tracker, several)
        field, value = dialogue.correction(written_as(text), filled=dict(tracker.current_slot_values()))
        if field is None:
            if _corrections_without_change(tracker) >= MAX_UNCHANGED:
                return events + handoff.give_up(dispatcher, tracker, channel_of(tracker))
            dispatcher.utter_message(response="utter_ask_what_to_correct")
            return events
        label = dialogue.FIELD_LABELS.get(field, field)
        held = tracker.get_slot(field)
        if field == "demand" and value and held and _ADDING.search(text) and not _REPLACING.search(text):
            # "诉求还要加上赔礼道歉" adds to the demand held; it does not replace it
            from complaint.extract import find_demands
            kept = str(held).split("、")
            added = []
            for demand in find_demands(text) or [str(value)]:
                if demand.endswith("倍赔偿") and "赔偿" in kept:
                    kept[kept.index("赔偿")] = demand  # 赔偿 said more exactly: 十倍赔偿
                elif demand not in str(held):
                    added.append(demand)
            if kept == str(held).split("、") and not added:
                dispatcher.utter_message(text=f"好的，{label}里已经有了：{_display(field, held)}。")
                return events + [SlotSet(field, held)]
            value = "、".join(kept + added)
            dispatcher.utter_message(text=f"好的，{label}已加上，现在是：{_display(field, value)}。")
            return events + [SlotSet(field, value)]
        if field == "merchant_address" and held and value is None:
            part = dialogue.ADDRESS_PART.search(text)
            value = part.group(1) if part else None  # "门牌号错了 是20号 不是18号"
        if field == "merchant_address" and value and held:
            value = dialogue.address_part_corrected(str(held), str(value), text)
        if value is not None and held not in (None, "") and _display(field, value) == _display(field, held):
            # the value restated as it stands: nothing changes, and saying "已改为" again and again
            # would repeat the same reply; each time in a row it is said differently, then a person offered
            before = _corrections_without_change(tracker)
            if before >= MAX_UNCHANGED:
                return events + handoff.give_up(dispatcher, tracker, channel_of(tracker))
            dispatcher.utter_message(text=_unchanged(label, _display(field, held), before))
            return events + [SlotSet(field, held)]
        if value is not None:
            dispatcher.utter_message(text=f"好的，{label}已改为：{_display(field, value)}。")
            return events + [SlotSet(field, value)] + _online_place_follows(field, value, tracker)
        dispatcher.utter_message(text=f"好的，我们重新登记{label}。")
        return events + [SlotSet(field, None)]


# A field taken off as a whole ("购物平台那栏删掉", "把订单号去掉吧", "平台不用填了"): the field named, then the
# removal, nothing else said (a part of a value taken out, "地址里的小区名删掉", is a correction of it)
_REMOVAL = r"(?:删掉|删了|删除|去掉|拿掉|清空|不要了|不用填了?|不填了?|空着)"
_HAN = r"[\u4e00-\u9fa5]"
_FIELD_SPOT = r"(?:那栏|这栏|那一栏|这一栏|一栏|那项|这项|那一项|这一项|一项|那里|这里|的信息|信息)?"


def removed_field(text: str | None) -> str | None:
    """The field a message asks to take off the registration, if it asks that and nothing else."""
    words = ex.clean(dialogue.consumer_words(text)).strip(" ，,。.！!~～")
    words = re.sub(r"[吧啊呀哈]+$", "", words)
    for slot, pattern in dialogue._FIELD_WORDS:
        # (the field's name said more fully: "购物平台", "订单号", "商家名称")
        if slot in fields.FIELDS and re.fullmatch(
                rf"(?:麻烦|请)?(?:帮我|给我)?(?:把)?{_HAN}{{0,2}}(?:{pattern}){_HAN}{{0,2}}?{_FIELD_SPOT}"
                rf"(?:就|也|帮我|给我)?{_REMOVAL}", words):
            return slot
    return None


def _remove_field(dispatcher: CollectingDispatcher, tracker: Tracker, field: str) -> list[EventType]:
    """A field the ticket can go without is emptied; a required one stays, and the consumer is told why."""
    kind = "report" if tracker.get_slot("ticket_type") == "report" else "complaint"
    label = dialogue.FIELD_LABELS.get(field, field)
    if field in fields.required_for(kind):
        dispatcher.utter_message(text=f"{label}是登记必须填写的，不能删除。如果现在写的不对，请告诉我正确的{label}。")
        return []
    held = tracker.get_slot(field)
    if held in (None, ""):
        dispatcher.utter_message(text=f"好的，{label}现在就是空的，不会登记。")
        return []
    # a field the form asks is left blank with "" (not asked again); one no form asks is simply unset
    empty = "" if field in fields.form_order(kind) else None
    events: list[EventType] = [SlotSet(field, empty)]
    place = str(tracker.get_slot("merchant_address") or "")
    if field == "platform" and place.startswith("网店") and str(held) in place:
        # the address was only the platform ("网店（苏宁易购）"): with no platform it says nothing; asked again
        dispatcher.utter_message(text=f"好的，已删除{label}。商家地址原来记的是“{place}”，请告诉我商家的实际地址。")
        return events + [SlotSet("merchant_address", None)]
    dispatcher.utter_message(text=f"好的，已删除{label}。")
    return events


# Where one change ends and the next begins: a pause ("商品写烤肉就行，地址是…")
_CLAUSES = re.compile(r"[，,。；;！!\n]+")
# The clause says a value for the field it names ("地址写…", "商品是…", "诉求改成…"), not merely speaks of it
_SAYS_VALUE = re.compile(r"写|填|是|叫|改|换|为|应该|[:：]")
_LEAD = r"(?:把|还有|另外|再就是|然后)?"


def corrections(text: str | None, filled: dict[str, Any]) -> list[tuple[str, Any]]:
    """[(field, new value or None), …] when one message changes two fields or more ("商品写烤肉就行，地址是乌鲁木齐…",
    "地址就写昆明市吧，平台是携程"), each in a clause that names it; [] for a message about one field (the
    clauses after it that name no field go with it: "金额不对，我付的是3000元，是3月5号付的" is one change)."""
    words = written_as(ex.clean(dialogue.consumer_words(text)))
    parts: list[tuple[str, str]] = []
    # (typed with spaces for pauses: "商品写美的冰箱 地址是天河城里面那个苏宁" is two clauses)
    chunks = [c for clause in _CLAUSES.split(words) for c in re.split(r"\s+", clause)]
    for clause in (c.strip() for c in chunks):
        if not clause:
            continue
        named = next((slot for slot, pattern in dialogue._FIELD_WORDS
                      if slot in fields.FIELDS and re.match(rf"{_LEAD}(?:{pattern})", clause)), None)
        if named and _SAYS_VALUE.search(clause):
            parts.append((named, clause))
        elif parts:
            parts[-1] = (parts[-1][0], f"{parts[-1][1]}，{clause}")
    if len({field for field, _ in parts}) < 2:
        return []
    found: list[tuple[str, Any]] = []
    for named, clause in parts:
        field, value = dialogue.correction(clause, filled=filled)
        field = field or named
        if field not in dict(found):
            found.append((field, value))
    return found


def _correct_several(dispatcher: CollectingDispatcher, tracker: Tracker,
                     changes: list[tuple[str, Any]]) -> list[EventType]:
    """Each change said is made; any not understood is named, so none is dropped silently."""
    events: list[EventType] = []
    done, unclear = [], []
    named = {field for field, _ in changes}
    for field, value in changes:
        label = dialogue.FIELD_LABELS.get(field, field)
        if value in (None, ""):
            unclear.append(label)
            continue
        held = tracker.get_slot(field)
        if field == "merchant_address" and held:
            value = dialogue.address_part_corrected(str(held), str(value), str(value))
        done.append(f"{label}已改为：{_display(field, value)}")
        events.append(SlotSet(field, value))
        if not ({"platform", "merchant_address"} <= named):
            # the address said with the platform ("地址就写昆明市吧，平台是携程") is the address meant
            events += _online_place_follows(field, value, tracker)
    lines = [f"好的，{'；'.join(done)}。"] if done else []
    if unclear:
        lines.append(f"{'、'.join(unclear)}我没能听明白要改成什么，请再说一下新的内容，比如“{unclear[0]}改成…”。")
    dispatcher.utter_message(text="".join(lines))
    return events


class ActionAskWhatToCorrect(Action):
    """"不对" at the summary, with nothing said about what: asked which item, a second time with the
    items as buttons, a third time offered to confirm or a person, and after that a person takes
    over, as for corrections that change nothing (never the same question three times running;
    the summary stays open, so "确认" still files it)."""

    def name(self) -> str:
        return "action_ask_what_to_correct"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        words = dialogue.consumer_words((tracker.latest_message or {}).get("text"))
        from actions.summary_turn import filed_if_accepted
        filed = await filed_if_accepted(dispatcher, tracker, domain)  # "对 快点处理哈" read as a no
        if filed is not None:
            return filed
        again = taken_up_again(dispatcher, tracker, words)
        if again is not None:
            return again  # "不对，全部重来"
        if forms.at_summary(tracker) and dialogue.nothing_to_change(words):
            return nothing_to_change(dispatcher, tracker, words)  # "不需要" (修改): no change asked for
        before = _corrections_without_change(tracker)
        if before >= MAX_UNCHANGED:
            return handoff.give_up(dispatcher, tracker, channel_of(tracker))
        if before == 0:
            dispatcher.utter_message(response="utter_ask_what_to_correct")
            return []
        if before == 2:
            dispatcher.utter_message(
                text="信息无误的话请点“确认提交”；如果哪里不对又不方便说明，也可以说“转人工”，请工作人员帮您核对。",
                buttons=[{"title": "确认提交", "payload": "/affirm"}, {"title": "转人工", "payload": "转人工"}])
            return []
        order = REPORT_FIELDS if tracker.get_slot("ticket_type") == "report" else COMPLAINT_FIELDS
        shown = [f for f in order if tracker.get_slot(f) not in (None, "")][:8]
        dispatcher.utter_message(
            text=f"抱歉，我还不清楚是{_WHICH_ITEM}。请点下面的项目，或者直接说新的内容；"
                 "信息都对的话，请点“确认提交”。",
            buttons=[{"title": dialogue.FIELD_LABELS.get(f, f), "payload": f"{dialogue.FIELD_LABELS.get(f, f)}不对"}
                     for f in shown] + [{"title": "确认提交", "payload": "/affirm"}])
        return []


_UNCHANGED = ("没有变化", "已经是您说的", "已经登记为")


def _unchanged(label: str, shown: str, before: int) -> str:
    if before == 0:
        return f"{label}就是{shown}，没有变化。"
    if before == 1:
        return f"{label}已经是您说的{shown}了。如果是别的地方不对，请告诉我是哪一项，比如“地址不对，是…”。"
    return f"{label}已经登记为{shown}。信息无误请点“确认提交”；需要的话，也可以说“转人工”请工作人员帮您核对。"


# Asked when a correction names nothing ("不对"): which item
_WHICH_ITEM = "哪一项需要修改"
# Corrections in a row that change nothing before a person takes over (the summary is not shown again)
MAX_UNCHANGED = 3
_CORRECTING = {"action_correct_field", "utter_ask_what_to_correct", "action_ask_what_to_correct"}
_TICKET_FIELDS = set(COMPLAINT_FIELDS) | set(REPORT_FIELDS)


def _corrections_without_change(tracker: Tracker) -> int:
    """How many messages in a row, before this one, tried to correct the registration and changed
    nothing (a value restated as it stands, "不对" that says not what): counted by what was asked,
    which item to correct, however each reply was worded. A value changed starts the count afresh,
    and so does a ticket filed or called off; questions in between neither count nor break it."""
    count, counted, values = 0, True, {}
    for event in tracker.events:
        kind, name, value = event.get("event"), event.get("name"), event.get("value")
        text = event.get("text") or ""
        if kind == "user":
            counted = False
        elif kind in ("restart", "session_started") or (kind == "action" and name == "action_cancel") \
                or (kind == "slot" and name == "ticket_no" and value):
            count, values = 0, {}
        elif kind == "slot" and name in _TICKET_FIELDS:
            if value != values.get(name):
                count = 0
            values[name] = value
        elif not counted and ((kind == "action" and name in _CORRECTING) or (
                kind == "bot" and (_WHICH_ITEM in text or any(marker in text for marker in _UNCHANGED)))):
            count, counted = count + 1, True
    return count


# The registration itself called off ("取消", "不投诉了", "不办了"), not only an item withheld
_CALLED_OFF = re.compile(r"取消|不(?:想|要|用)?(?:再)?(?:投诉|举报|登记)了?|不办了|不弄了|算了吧?$|"
                         r"都不要了|全部?不要了")


class ActionCancel(Action):
    def name(self) -> str:
        return "action_cancel"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        from actions.intake import short_filing_request
        busy = tracker.active_loop_name or tracker.get_slot("awaiting_confirmation")
        message = tracker.latest_message or {}
        words = dialogue.consumer_words(message.get("text"))
        again = taken_up_again(dispatcher, tracker, words)
        if again is not None:
            return again  # "全部重来" is no cancel; "继续" after a hand-over takes the registration up again
        if forms.at_summary(tracker) and dialogue.nothing_to_change(words):
            return nothing_to_change(dispatcher, tracker, words)  # "不用了" (改): the summary still waits
        loop = tracker.active_loop_name
        if loop in ("report_form", "complaint_form") and ex.wants_anonymity(words) and not _CALLED_OFF.search(words):
            # "那算了 不留了 匿名吧" when asked the name or the phone: anonymity chosen, not the registration called off
            if loop == "complaint_form" and not forms.anonymity_offered(tracker.events):
                # a complaint cannot be anonymous: what each choice means, and the question waiting once more
                return forms.ValidateComplaintForm._offer_anonymous_report(
                    dispatcher, tracker.get_slot("requested_slot"), dict(tracker.current_slot_values())) \
                    + [FollowupAction("complaint_form")]
            if loop == "complaint_form":
                return forms.ValidateComplaintForm._as_anonymous_report(dispatcher)
            dispatcher.utter_message(text="好的，那就按匿名举报登记，不留姓名和电话；举报线索一样会转给市场监管部门核查。")
            # (the form then asks what is still missing, or completes and the summary comes)
            return [SlotSet("anonymous", True), SlotSet("complainant_name", None), SlotSet("phone", None),
                    SlotSet("failed_attempts", 0), FollowupAction("report_form")]
        asked = tracker.get_slot("requested_slot")
        if loop in ("report_form", "complaint_form") and asked in ("complainant_name", "phone") \
                and dialogue.refuses_identity(words, asked) and not _CALLED_OFF.search(words):
            # "电话也不要了" when asked the phone: that item refused, not the registration called off; the form
            # reads it as it reads "名字不写了" (a report goes on without it, a complaint hears why it is needed)
            return [FollowupAction(loop)]
        kind = None if busy else short_filing_request(message.get("text"))
        if kind:
            # "那就投诉吧" read as calling something off, with nothing to call off: it asks to file
            return open_filing(dispatcher, message, kind)
        dispatcher.utter_message(response="utter_cancelled" if busy else "utter_nothing_to_cancel")
        return [ActiveLoop(None), SlotSet("awaiting_confirmation", False), SlotSet("requested_slot", None),
                SlotSet("ticket_type", None)] + _clear_form_slots()


# "我这个能退吗" asked while a complaint is being registered refers to it.
_REFERS_BACK = re.compile(r"这种|这样|这个|这情况|我这|像我|我的情况|这事|这件事|那我|我能|我可以")


def law_questions(tracker: Tracker) -> list[str]:
    """What to look up, in order: the question; when it points back to the consumer's own
    account and is too vague alone, the question with the account, then the account."""
    question = ((tracker.latest_message or {}).get("text") or "").strip()
    account = (tracker.get_slot("problem") or "").strip()
    if account and account not in question and _REFERS_BACK.search(question):
        return [question, f"{account}。{question}", account]
    return [question]


# The next step after a law answer, on every channel.
LAW_NEXT_STEPS = [{"title": "我要投诉", "payload": "/file_complaint"},
                  {"title": "转人工", "payload": "/human_handoff"},
                  {"title": "继续提问", "payload": "/ask_law"}]


def open_filing(dispatcher: CollectingDispatcher, message: dict, kind: str) -> list[EventType]:
    """Opens the complaint or report form for an opening the classifier read otherwise,
    with what its story already tells (read as the filing request it is)."""
    from actions.intake import claims_own_loss
    if kind == "report" and claims_own_loss(dialogue.consumer_words(message.get("text"))):
        kind = "complaint"  # "举报…卖给我过期奶粉 我要退钱": the consumer's own loss, to be made good
    told, _error = dialogue.fill_from_message({**message, "intent": {"name": f"file_{kind}"}},
                                              f"{kind}_form", None, {})
    dispatcher.utter_message(response=f"utter_start_{kind}")
    return [SlotSet("ticket_type", kind), *(SlotSet(k, v) for k, v in told.items()), FollowupAction(f"{kind}_form")]


def open_both(dispatcher: CollectingDispatcher, message: dict) -> list[EventType]:
    """"我要投诉也要举报", "退钱，还要让他们被查处": the complaint is opened, the consumer told that 查处 goes into
    its demand (read back by the form when the demand comes), and the demand held gets it now."""
    from actions.intake import BOTH_NOTE
    dispatcher.utter_message(text=BOTH_NOTE)
    events = open_filing(dispatcher, message, "complaint")
    return [SlotSet(e["name"], dialogue.with_investigation(e["value"]))
            if e.get("event") == "slot" and e.get("name") == "demand" and e.get("value") else e for e in events]


class ActionExplainDifference(Action):
    """How a complaint differs from a report, and which one is wanted. A whole complaint the classifier read as
    this question ("喂 我要投诉…那个4S店 … 我要求退车 我叫… 电话…") asks nothing of the sort: it is registered."""

    def name(self) -> str:
        return "action_explain_difference"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        from actions.intake import files_not_asks
        message = tracker.latest_message or {}
        words = ex.clean(dialogue.consumer_words(message.get("text")))
        kind = None if dialogue.DIGRESSION_CUES["ask_difference"].search(words) else files_not_asks(words)
        told = {k for k in ex.extract_all(words) if k not in ("problem", "evidence")}
        if kind and told:
            # (a request that tells nothing yet, "我想举报一个旅行社 不是投诉啊", still hears which is which: its
            # words are no account to file)
            return open_filing(dispatcher, message, kind)
        dispatcher.utter_message(response="utter_explain_difference")
        return []


class ActionAnswerLaw(Action):
    """Answers from the knowledge base; if it is unavailable, says so and offers a person."""

    def name(self) -> str:
        return "action_answer_law"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        from actions.intake import files_not_asks, topic_only
        message = tracker.latest_message or {}
        kind = None
        if not tracker.active_loop_name and not tracker.get_slot("awaiting_confirmation") \
                and (message.get("intent") or {}).get("name") == "ask_law":
            kind = files_not_asks(message.get("text"))
        if kind:
            # read as a law question, but the consumer asks to file and asks nothing: register it
            return open_filing(dispatcher, message, kind)
        questions = law_questions(tracker)
        topic = None if tracker.active_loop_name else topic_only(message.get("text"))
        if topic:
            # "我想问一下话费的事": only what it is about; the consumer is asked what happened
            dispatcher.utter_message(text=f"好的，关于{topic}，请您说说具体遇到了什么情况，比如在哪里办的、出了什么问题、"
                                          "多花了多少钱。我可以为您解答；需要的话，也可以直接帮您登记投诉。",
                                     buttons=LAW_NEXT_STEPS[:1])
            return []
        if not dialogue.consumer_words(questions[0]):  # the 继续提问 button: nothing asked yet
            dispatcher.utter_message(text="好的，您请说，想了解哪方面的问题？比如能不能退货、怎么赔偿、"
                                          "预付卡的钱怎么要回来，直接说出您的情况就可以。")
            return []
        try:
            from knowledge_base import answer  # heavy (index, encoder): imported on first use
            replies = []
            for question in questions:  # the first confident answer, else the plain question's
                replies.append(answer(question))
                if getattr(replies[-1], "confident", True):
                    break
            reply = replies[-1] if getattr(replies[-1], "confident", True) else replies[0]
            text = (getattr(reply, "text", "") or "").strip()
        except Exception:  # noqa: BLE001 - never crash the conversation on a KB failure
            log.exception("knowledge base failed for %r", questions[0])
            text = ""
        if not text:
            dispatcher.utter_message(
                text=f"抱歉，法律问答暂时无法使用。您可以稍后再问，或转人工客服、拨打{HOTLINE}热线咨询。",
                buttons=[{"title": "转人工客服", "payload": "/human_handoff"}])
            return []
        # Outside a form the consumer is offered the next step (the WeChat bridge numbers them); at the
        # summary, the summary's own buttons come after the answer
        waiting = forms.at_summary(tracker)
        buttons = [] if tracker.active_loop_name or waiting else LAW_NEXT_STEPS
        if tracker.active_loop_name or waiting:
            # inside a registration, "回复“我要投诉”" would send the consumer round in a circle
            text = re.sub(r"\n?如需登记投诉[^\n]*", "", text).strip()
        summary = (getattr(reply, "summary", "") or "").strip()
        sections = [s if isinstance(s, dict) else {"title": s[0], "body": s[1]}
                    for s in getattr(reply, "sections", None) or []]
        if channel_of(tracker) == "web" and summary and sections:
            # The widget shows the short answer with the details one tap away: socket.io
            # sends `custom` as a message of its own right after the text (channels/web).
            dispatcher.utter_message(text=summary, buttons=buttons,
                                     json_message={"data": {"law_details": sections}})
        else:
            dispatcher.utter_message(text=text, buttons=buttons)
        back = forms.back_to_the_form(tracker)
        if back:
            dispatcher.utter_message(text=back)
        if waiting:
            forms.offer_summary_again(dispatcher, tracker)
        return []


# A change asked for in so many words ("把要求改一下", "诉求不对", "应该是…")
_CHANGE_ASKED = re.compile(r"改|错了|写错|不对|应该是|换成")
# A field named first and what to put in it ("商家名称写：个人包工头老李", "店名填老李装修"): a change at the summary,
# whatever the classifier read it as (never a new registration of the other kind)
_FIELD_SAID = re.compile(r"(?:把)?(?:" + dialogue.FIELD_WORD.pattern
                         + r")(?:(?![不没别])[\u4e00-\u9fa5]){0,2}?(?:就|也)?(?:写|填|记|叫)(?!错|的|得)")


def written_as(text: str) -> str:
    """"商品写装修服务", "地址就写昆明市吧", "店名填老李装修就行" said as "…改成…": the value after 写 or 填 is the new
    one (the correction reader splits at 改成, 是…, so 写 would be kept in the value), with "就行", "吧" left off."""
    def one(clause: str) -> str:
        said = _FIELD_SAID.match(clause)
        if not said:
            return clause
        value = re.sub(r"(?:就行了?|就可以了?|就好了?|吧)$", "", clause[said.end():].lstrip(" :：成上为作"))
        # "商品写具体点 兰蔻小黑瓶精华": how to write it, the value follows
        value = re.sub(r"^(?:得|的)?(?:具体|详细|清楚|准确|完整)(?:一)?(?:点|些)?(?:儿)?", "", value)
        return f"{clause[:said.end()].rstrip('写填记叫')}改成{value}"
    return "".join(one(c) if not re.fullmatch(r"[，,。；;！!\s]+", c) else c
                   for c in re.split(r"([，,。；;！!\s]+)", text))


class ActionStartFiling(Action):
    """Said first when a complaint or a report is opened (before "好的，我来帮您登记…").

    A message read as a complaint that only asks about rights or compensation
    ("买到的手机是翻新机，商家要赔多少？", "健身房跑路了预付卡能退吗") and does not ask to
    file is answered as a law question, with the offer to file after; the story it tells
    is kept for the registration (actions/intake.unread_accounts). Anything else opens the
    form as before (this action says nothing), except that a story read as a report which
    tells the consumer's own loss and asks for no investigation opens the complaint form.
    """

    def name(self) -> str:
        return "action_start_filing"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        from actions.intake import answer_first, asks_to_file, claims_own_loss, complaint_not_report
        from complaint.extract import wants_anonymity
        message = tracker.latest_message or {}
        text = message.get("text") or ""
        if tracker.get_slot("awaiting_confirmation") and not tracker.active_loop_name \
                and not dialogue.is_question(text) and (
                    removed_field(text) or corrections(text, dict(tracker.current_slot_values()))
                    # ("商家不是夕阳红旅行社，主要投诉玉缘珠宝店": what a value is not, and the right one)
                    or ((_CHANGE_ASKED.search(text) or "不是" in text or "不在" in text)
                        and dialogue.correction(text, filled=dict(tracker.current_slot_values()))[1] is not None)
                    or (_FIELD_SAID.match(ex.clean(text)) and asks_to_file(text) is None)):
            # "麻烦把要求改一下，换新的不行的话就退货退款" at the summary, read as a new filing: the change it
            # asks for is made, and the form shows the summary again (as after any correction)
            return await _corrected_at_summary(dispatcher, tracker, domain)
        answered = await summary_digression(dispatcher, tracker, domain)
        if answered is not None:
            return answered  # "补充一下，…" at the summary, read as a new complaint: added, the summary again
        if tracker.active_loop_name or tracker.get_slot("awaiting_confirmation"):
            return []
        added = added_after_filing(dispatcher, tracker, dialogue.consumer_words(text))
        if added is not None:
            return added  # "补充一下，…" after the ticket was filed, read as a new one: never a registration unasked
        if not answer_first(text):
            from actions.intake import WHICH_KIND_BUTTONS, WHICH_KIND_QUESTION, unsure_kind
            from actions.intake import report_unsure, wants_both
            said_intent = (message.get("intent") or {}).get("name")
            if wants_both(text):
                # "我要投诉也要举报", "…我要退钱，还要让他们被查处": one complaint does both (查处 in its demand),
                # said so; never a report that drops the refund, nor a choice that drops one of the two
                return open_both(dispatcher, message)
            if (unsure_kind(text) or (said_intent == "file_report" and report_unsure(text))) \
                    and not _which_kind_asked(tracker):
                # "举报这家店卖给我过期牛奶": refund for themselves (a complaint) or only an investigation (a report)?
                # asked once, with buttons; the story told is read into the registration chosen
                dispatcher.utter_message(text=WHICH_KIND_QUESTION, buttons=WHICH_KIND_BUTTONS)
                return [SlotSet("ticket_type", None), FollowupAction("action_listen")]
            if (message.get("intent") or {}).get("name") == "file_complaint" and (
                    (asks_to_file(text) == "report" and not claims_own_loss(text)) or wants_anonymity(text)):
                # "…我想匿名举报", "…我不想实名": a report asked for (a complaint cannot be anonymous)
                return open_filing(dispatcher, message, "report")
            if (message.get("intent") or {}).get("name") == "file_report" and complaint_not_report(text):
                # the consumer's own loss told without asking for an investigation: a complaint
                return open_filing(dispatcher, message, "complaint")
            return []
        return await answered_first(dispatcher, tracker, domain)


def _kind_at_summary(tracker: Tracker) -> str:
    """The registration the summary shows: its kind before the message read now (whose intent may have set another)."""
    events = list(tracker.events)
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=len(events))
    kind = None
    for event in events[:last_user]:
        if event.get("event") == "slot" and event.get("name") == "ticket_type":
            kind = event.get("value")
    return "report" if (kind or tracker.get_slot("ticket_type")) == "report" else "complaint"


async def _corrected_at_summary(dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> list[EventType]:
    """A change asked at the summary in words the classifier read as something else: made as any correction, and
    the form shows the summary again for the kind shown there (not the one the classifier's reading set: "…写：…"
    read as file_report)."""
    events = await ActionCorrectField().run(dispatcher, tracker, domain)
    kind = _kind_at_summary(tracker)
    return events + [SlotSet("ticket_type", kind), FollowupAction(f"{kind}_form")]


def _which_kind_asked(tracker: Tracker) -> bool:
    """Whether the consumer was asked which registration they mean since the last one ended (asked once)."""
    from actions.intake import WHICH_KIND_QUESTION
    asked = False
    for event in tracker.events:
        if event.get("event") == "bot" and str(event.get("text") or "").startswith(WHICH_KIND_QUESTION):
            asked = True
        elif dialogue.ends_registration(event) or event.get("event") in ("restart", "session_started"):
            asked = False
    return asked


def kind_answered(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType] | None:
    """Words that answer "投诉还是举报" just asked ("退钱就行", "让他们查处"): the registration they choose opens
    (with the story told before); None when the bot did not just ask it or the words do not say."""
    from actions.intake import WHICH_KIND_QUESTION, kind_chosen
    said = [e for e in tracker.events if e.get("event") in ("bot", "user")]
    if said and said[-1].get("event") == "user":
        said = said[:-1]  # the message being answered
    if not said or said[-1].get("event") != "bot":
        return None
    message = tracker.latest_message or {}
    from actions.intake import wants_both
    if str(said[-1].get("text") or "").startswith((DIFFERENCE_EXPLAINED, WHICH_KIND_QUESTION)) \
            and wants_both(message.get("text")):
        # "两个都要", "都要，退钱也要罚他们": both, as one complaint with 查处 in its demand
        return open_both(dispatcher, message)
    if str(said[-1].get("text") or "").startswith(DIFFERENCE_EXPLAINED):
        # "投诉和举报的区别是…请问您想办理哪一项？" answered in words ("匿名举报", "那就投诉吧", "退钱就行"): that one
        from actions.intake import asks_to_file
        words = dialogue.consumer_words(message.get("text"))
        kind = asks_to_file(words) or (
            "report" if ex.wants_anonymity(words) else None) or kind_chosen(words)
        return open_filing(dispatcher, message, kind) if kind else None
    if not str(said[-1].get("text") or "").startswith(WHICH_KIND_QUESTION):
        return None
    kind = kind_chosen(message.get("text"))
    return open_filing(dispatcher, message, kind) if kind else None


# The start of utter_explain_difference (bot/domain/core.yml), which ends by asking which one is wanted
DIFFERENCE_EXPLAINED = "投诉和举报的区别是"
# The start of the question whether a business is in the dispute (ActionDeclineNonConsumer), a yes or no
BUSINESS_ASKED = "想跟您确认一下：这是您购买商品或接受服务时"


def yes_or_no_answered(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType] | None:
    """A yes or a no (affirm, deny) said when no registration is under way answers the question the bot has just
    asked: which registration ("都要" after the difference explained: both), or whether a business is in the
    dispute ("是的": the complaint opens with the story told; "不是": declined with where to turn). None when the
    bot asked nothing such a word can answer (the default reply follows, as before)."""
    message = tracker.latest_message or {}
    intent = (message.get("intent") or {}).get("name")
    if intent not in ("affirm", "deny") or tracker.active_loop_name or tracker.get_slot("awaiting_confirmation"):
        return None
    chosen = kind_answered(dispatcher, tracker)
    if chosen is not None:
        return chosen
    said = [e for e in tracker.events if e.get("event") in ("bot", "user")]
    if said and said[-1].get("event") == "user":
        said = said[:-1]  # the message being answered
    if not said or said[-1].get("event") != "bot" or not str(said[-1].get("text") or "").startswith(BUSINESS_ASKED):
        return None
    if intent == "affirm":
        return open_filing(dispatcher, message, "complaint")
    dispatcher.utter_message(response="utter_not_consumer_dispute")
    return []


async def answered_first(dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
    """A question about rights that came with the consumer's story: answered as a law question (the
    registration offered after), no filing opened, and the bot listens."""
    await ActionAnswerLaw().run(dispatcher, tracker, domain)
    return [SlotSet("ticket_type", None), FollowupAction("action_listen")]


class ActionInformWithoutContext(Action):
    """An answer when no question was asked: which registration is meant is asked; while a person has
    the conversation (after a hand-over) the words are for them, and the consumer is told so."""

    def name(self) -> str:
        return "action_inform_without_context"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        again = taken_up_again(dispatcher, tracker, dialogue.consumer_words((tracker.latest_message or {}).get("text")))
        if again is None:
            again = kind_answered(dispatcher, tracker)
        if again is not None:
            return again
        if handoff.while_handed_over(dispatcher, tracker, channel_of(tracker)):
            return []
        words = dialogue.consumer_words((tracker.latest_message or {}).get("text"))
        told = about_a_ticket(dispatcher, tracker, words)
        if told is None:
            told = added_after_filing(dispatcher, tracker, words)
        if told is not None:
            return told
        if _asked_which_just_now(tracker):
            # asked which registration twice, the consumer went on telling facts ("华为手机", a shop, an
            # address): not asked a third time; the registration opens, with the account they told read
            # into it (intake.unread_accounts) and the form asking the rest
            told = " ".join(_said_since_last_registration(tracker))
            kind = "report" if re.search(r"举报|曝光", told) else "complaint"
            return open_filing(dispatcher, tracker.latest_message or {}, kind)
        dispatcher.utter_message(response="utter_inform_without_context")
        return []


# The start of utter_inform_without_context (bot/domain/core.yml): which registration is meant
_WHICH_REGISTRATION = "收到。请问您是想登记投诉、举报"


def _said_since_last_registration(tracker: Tracker) -> list[str]:
    """The consumer's messages since the last ticket was filed or a registration cancelled."""
    said: list[str] = []
    for event in tracker.events:
        if dialogue.ends_registration(event):
            said = []
        elif event.get("event") == "user":
            said.append(str(event.get("text") or ""))
    return said


def _asked_which_just_now(tracker: Tracker) -> bool:
    """Whether the bot's last two replies, before this message, both asked which registration is meant
    (it is not asked a third time running)."""
    asked, users = 0, 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            users += 1
            if users > 2:
                break
        elif event.get("event") == "bot" and users:
            if not str(event.get("text") or "").startswith(_WHICH_REGISTRATION):
                return False
            asked += 1
    return asked >= 2


class ActionLowConfidence(Action):
    """A message the classifier could not read (nlu_fallback). A short request to file
    ("那投诉", "投诉吧", "举报一下这家") or a story of a business that asks nothing opens the
    filing; a question about rights with a business in it is answered; anything else gets the
    default reply (say it another way, or the buttons)."""

    def name(self) -> str:
        return "action_low_confidence"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        from actions.intake import (answer_first, asks_about_rights, deals_with_business, short_filing_request,
                                    story_filing, story_of)
        message = tracker.latest_message or {}
        text = message.get("text")
        again = taken_up_again(dispatcher, tracker, dialogue.consumer_words(text))
        if again is None and not tracker.active_loop_name:
            again = kind_answered(dispatcher, tracker)
        if again is None:
            again = yes_or_no_answered(dispatcher, tracker)  # (a yes or no: bot/data/rules.yml sends it here)
        if again is not None:
            return again
        if tracker.active_loop_name or tracker.get_slot("awaiting_confirmation"):
            dispatcher.utter_message(response="utter_default")
            return []
        told = about_a_ticket(dispatcher, tracker, dialogue.consumer_words(text))
        if told is None:
            told = added_after_filing(dispatcher, tracker, dialogue.consumer_words(text))
        if told is not None:
            return told
        kind = short_filing_request(text)
        if not kind and answer_first(text) and story_of(text):
            # a story with a question about rights ("…内胆就掉漆，商家要赔我多少"), the classifier torn
            # between a complaint and a law question: answered first, as when it is read as a complaint
            return await answered_first(dispatcher, tracker, domain)
        kind = kind or story_filing(text)
        if kind:
            # "投诉吧", or a story of a business that asks nothing ("金店买的金手镯 称出来轻了两克"): filed
            return open_filing(dispatcher, message, kind)
        if asks_about_rights(text) and deals_with_business(text):
            # a question about rights with a business in it ("美容院给打玻尿酸 违法吗"): answered
            return await ActionAnswerLaw().run(dispatcher, tracker, domain)
        if handoff.while_handed_over(dispatcher, tracker, channel_of(tracker)):
            return []  # a person has the conversation: the words are for them, not "say it another way"
        if dialogue.wants_to_tell(text) or dialogue.service_answer(dialogue.consumer_words(text)):
            return await ActionOutOfScope().run(dispatcher, tracker, domain)
        dispatcher.utter_message(response="utter_default")
        return []


def _just_filed(tracker: Tracker) -> str | None:
    """The number of the ticket filed last in this chat, when no registration has opened since; None otherwise."""
    number = None
    for event in tracker.events:
        if event.get("event") == "slot" and event.get("name") == "ticket_no" and event.get("value"):
            number = event["value"]
        elif event.get("event") == "active_loop" and event.get("name") in ("complaint_form", "report_form"):
            number = None
    return number


def added_after_filing(dispatcher: CollectingDispatcher, tracker: Tracker, words: str) -> list[EventType] | None:
    """"补充一下，他们每天早上注水" right after a ticket was filed: the ticket is not reopened, and no new one of any
    kind is started unasked; the consumer hears how to add to the one filed (None: not such words)."""
    if tracker.active_loop_name or tracker.get_slot("awaiting_confirmation") or not dialogue.adds_to_account(words):
        return None
    number = _just_filed(tracker)
    if not number:
        return None
    dispatcher.utter_message(text=f"您的登记（编号 {number}）已经提交，提交后这里没法再修改。"
                                  "补充的情况请拨打12315热线，报上这个编号补充；工作人员联系您时也可以直接说明。如果是另一件事，"
                                  "说“我要投诉”或“我要举报”就可以重新登记。",
                             buttons=[{"title": "我要投诉", "payload": "/file_complaint"},
                                      {"title": "我要举报", "payload": "/file_report"}])
    return [SlotSet("ticket_type", None), FollowupAction("action_listen")]


def about_a_ticket(dispatcher: CollectingDispatcher, tracker: Tracker, words: str) -> list[EventType] | None:
    """Outside a registration: a ticket number said alone ("TS20261207-754928") starts its status lookup;
    "编号是多少来着" is told the number filed in this chat, or where to find one (None: neither)."""
    if tracker.active_loop_name or tracker.get_slot("awaiting_confirmation"):
        return None
    if ex.find_ticket_no(words) and not dialogue.tells_a_complaint(words):
        return [FollowupAction("status_form")]  # the form reads the number (and a phone) from these words
    if not dialogue.asks_number(words):
        return None
    own = tracker.get_slot("ticket_no")
    if own:
        dispatcher.utter_message(text=f"您在这次对话里登记的受理编号是 {own}，请妥善保存。"
                                      "想看处理进度的话，说“查询进度”就可以。")
    else:
        dispatcher.utter_message(text=forms.NUMBER_LOST, buttons=forms.NUMBER_LOST_BUTTONS)
    return []


class ActionOutOfScope(Action):
    """A message read as outside the service: a question about the service itself ("你是机器人吗",
    "你们是哪个部门的") is answered; "反映个事情" is invited to tell it; the rest hears what the
    assistant does."""

    def name(self) -> str:
        return "action_out_of_scope"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        words = dialogue.consumer_words((tracker.latest_message or {}).get("text"))
        answered = await summary_digression(dispatcher, tracker, domain)
        if answered is not None:
            return answered
        again = taken_up_again(dispatcher, tracker, words)
        if again is not None:
            return again
        if forms.at_summary(tracker) and dialogue.DIGRESSION_CUES["correct"].search(ex.clean(words)) \
                and dialogue.correction(words, filled=dict(tracker.current_slot_values()))[1] is not None:
            # "我叫程丽 你写成程莉了" at the summary, read as outside the service: the change it asks for is made
            return await _corrected_at_summary(dispatcher, tracker, domain)
        if dialogue.rude(words) and not tracker.active_loop_name:
            # "你真笨" with nothing asked: an apology and what the assistant can do
            dispatcher.utter_message(text=f"{dialogue.RUDE_APOLOGY}您可以直接说说遇到了什么问题，比如在哪家店买了什么、"
                                          "出了什么状况，我来帮您登记投诉或举报；也可以说“转人工”。",
                                     buttons=[{"title": "我要投诉", "payload": "/file_complaint"},
                                              {"title": "我要举报", "payload": "/file_report"},
                                              {"title": "转人工", "payload": "/human_handoff"}])
            return []
        told = about_a_ticket(dispatcher, tracker, words)
        if told is None:
            told = added_after_filing(dispatcher, tracker, words)
        if told is not None:
            return told
        service = dialogue.service_answer(words, tracker.active_loop_name)
        if service:
            dispatcher.utter_message(text=service)
        elif dialogue.wants_to_tell(words):
            dispatcher.utter_message(text=dialogue.INVITE_TO_TELL,
                                     buttons=[{"title": "我要投诉", "payload": "/file_complaint"},
                                              {"title": "我要举报", "payload": "/file_report"}])
        else:
            dispatcher.utter_message(response="utter_out_of_scope")
        if forms.at_summary(tracker):
            forms.offer_summary_again(dispatcher, tracker)
        return []


class ActionDeclineNonConsumer(Action):
    """Disputes that are not consumption are declined with the reason and where to turn.

    Declining a real complaint would turn a consumer away, so the classifier's word is
    taken only when it is sure or the words say so (wages, loans, neighbours, family…);
    otherwise the assistant asks whether a business sold the goods or service.
    """

    def name(self) -> str:
        return "action_decline_non_consumer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        from complaint.extract import is_not_consumption
        from actions.intake import deals_with_business
        message = tracker.latest_message or {}
        text = message.get("text") or ""
        if not tracker.active_loop_name and not tracker.get_slot("awaiting_confirmation"):
            chosen = kind_answered(dispatcher, tracker)  # "两个都要 退钱 也要处罚他们" answering which registration
            if chosen is not None:
                return chosen
        confidence = float((message.get("intent") or {}).get("confidence") or 0)
        # a business the consumer paid or dealt with (装修公司, 施工队, a product) is never declined
        # on a side word (楼下邻居): at most it is asked, and "是" files what was told here
        if (confidence >= 0.8 or is_not_consumption(text)) and not deals_with_business(text):
            dispatcher.utter_message(response="utter_not_consumer_dispute")
            return []
        dispatcher.utter_message(
            text="想跟您确认一下：这是您购买商品或接受服务时，和商家（经营者）之间的纠纷吗？"
                 "12315受理的是消费纠纷和商家的违法经营行为。",
            buttons=[{"title": "是，我要投诉商家", "payload": "/file_complaint"},
                     {"title": "不是商家", "payload": "/non_consumer_dispute"}])
        return []


# Words that ask for a person, not about the service: "转人工", "我要找真人"
_ASKS_FOR_A_PERSON = re.compile(dialogue.PERSON
                                + r"|真人|坐席|接线员|客服|找人|找个人|(?:跟|和|同)人(?:说|聊|讲)|/human")


class ActionHandoff(Action):
    """Puts the conversation in the backend's handoff queue; a hotline agent replies here."""

    def name(self) -> str:
        return "action_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        words = dialogue.consumer_words((tracker.latest_message or {}).get("text"))
        form = tracker.active_loop_name
        service = dialogue.service_answer(words, form) if not _ASKS_FOR_A_PERSON.search(words) else None
        if service:
            # "要多久才会有人联系我": a question about the service, not a wish to talk to a person
            if form:
                dispatcher.utter_message(text=f"{service}\n{forms.back_to_the_form(tracker, '我们接着登记。')}".strip())
                return [FollowupAction(form)]  # the form asks its question again (no rule follows a kept form)
            if tracker.get_slot("awaiting_confirmation"):
                dispatcher.utter_message(text=f"{service}\n以上信息无误的话，请点“确认提交”；需要修改请直接告诉我哪里不对。",
                                         buttons=[{"title": "确认提交", "payload": "/affirm"},
                                                  {"title": "需要修改", "payload": "/deny"},
                                                  {"title": "取消", "payload": "/cancel"}])
                return []
            dispatcher.utter_message(text=service)
            return []
        if not form and tracker.get_slot("awaiting_confirmation") and not _ASKS_FOR_A_PERSON.search(words) and (
                (tracker.get_slot("ticket_type") == "report" and dialogue.report_anonymity(words) is not None)
                or dialogue.correction(words, filled=dict(tracker.current_slot_values()))[0] is not None):
            # "名字去掉 电话留着能联系我就行" at the summary: a change to what is shown, read as a wish for a
            # person because it speaks of being contacted; it names none, so the change is made
            events = await ActionCorrectField().run(dispatcher, tracker, domain)
            kind = "report_form" if tracker.get_slot("ticket_type") == "report" else "complaint_form"
            return events + [FollowupAction(kind)]
        if form and not _ASKS_FOR_A_PERSON.search(words) and not dialogue.is_question(words) \
                and len(ex.clean(words)) >= 4:
            # "而且打电话一直占线": a fact added in the middle of the form, read as a wish for a person
            # because it speaks of calling; it never names one, so it is noted and the form goes on
            dispatcher.utter_message(text="好的，这个情况我帮您记下了。我们接着登记。")
            problem = tracker.get_slot("problem")
            added = dialogue.normalise("problem", f"{problem}；{words}" if problem else "").value
            return ([SlotSet("problem", added)] if added else []) + [FollowupAction(form)]
        if not form and not tracker.get_slot("awaiting_confirmation") and not _ASKS_FOR_A_PERSON.search(words) \
                and handoff.handed_over(tracker.events) is None:
            from actions.intake import story_filing
            kind = story_filing(words)
            if kind:
                # "AI眼镜买了翻译功能不能用" read as a wish for a person (the AI in it): a story of a purchase that
                # names no person opens the registration it tells
                return open_filing(dispatcher, tracker.latest_message or {}, kind)
        posted = handoff.post_handoff(tracker, "human_handoff", channel_of(tracker)) is not None
        dispatcher.utter_message(text=handoff.handoff_message(posted))
        return [SlotSet("handoff_requested", posted), ActiveLoop(None), SlotSet("requested_slot", None)]


def evidence_count(held: str | None) -> int:
    match = re.search(r"已上传(\d+)份", held or "")
    return int(match.group(1)) if match else 0


class ActionAcknowledgeEvidence(Action):
    """`/inform_evidence`: the channel already stored the file with the backend for this conversation."""

    def name(self) -> str:
        return "action_acknowledge_evidence"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        in_progress = tracker.active_loop_name in ("complaint_form", "report_form") or tracker.get_slot(
            "awaiting_confirmation")
        if in_progress:
            held = tracker.get_slot("evidence") or ""
            count = evidence_count(held) + 1
            uploaded = f"已上传{count}份照片或文件"
            held = re.sub(r"已上传\d+份照片或文件", uploaded, held) if evidence_count(held) else (
                f"{held}；{uploaded}" if held else uploaded)
            dispatcher.utter_message(text="已收到您的凭证，提交时会随这次登记一并交给工作人员。"
                                          + forms.back_to_the_form(tracker, "我们接着登记。"))
            return [SlotSet("evidence", held)]
        ticket_no = tracker.get_slot("ticket_no")
        if ticket_no:
            dispatcher.utter_message(text=f"已收到您的凭证，会附到您编号 {ticket_no} 的投诉/举报中，"
                                          "工作人员处理时可以看到。")
        else:
            dispatcher.utter_message(text="已收到您的凭证，会附到您在这个对话里登记的投诉中。"
                                          "如果还没有登记，说“我要投诉”就可以开始。")
        return []


class ActionCheckStatus(Action):
    def name(self) -> str:
        return "action_check_status"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        ticket_no = tracker.get_slot("query_ticket_no")
        phone = tracker.get_slot("phone")
        # the ticket filed in this chat is the conversation's own: looked up by it, no phone asked
        own = bool(ticket_no) and ticket_no == tracker.get_slot("ticket_no")
        try:
            from actions.filing import lookup_status
            status = lookup_status(ticket_no, None if own else phone, conversation_id=tracker.sender_id)
        except Exception:  # noqa: BLE001
            log.exception("status lookup failed")
            dispatcher.utter_message(text=f"抱歉，查询系统暂时不可用，请稍后再试，或拨打{HOTLINE}热线查询。")
            return [SlotSet("query_ticket_no", None)]
        if not status:
            dispatcher.utter_message(
                text=f"没有查到编号 {ticket_no} 对应、且登记电话一致的记录。"
                     f"请核对编号和电话后再试，或拨打{HOTLINE}热线。")
            return [SlotSet("query_ticket_no", None)]
        label = status.get("status_label") or status.get("label") or status.get("status")
        whose = "您刚才登记的" if own else "您的"
        lines = [f"{whose}编号 {ticket_no} 当前状态：{label}。"]
        if status.get("accept_due") and status.get("status") in ("received", "submitted", "pending", None):
            lines.append(f"受理决定最迟在{fields.date_cn(status['accept_due']) or status['accept_due']}前作出。")
        history = status.get("history") or []
        if history:
            last = history[-1]
            when = _day_in_china(last.get("at"))
            note = last.get("note") or last.get("status_label") or last.get("to_status") or ""
            lines.append(f"最近进展（{when}）：{note}" if note else f"最近更新：{when}")
        if own:
            lines.append("如需查询以前登记的其他编号，请把编号和登记时留的电话一起发给我。")
        dispatcher.utter_message(text="\n".join(lines))
        return [SlotSet("query_ticket_no", None)]
