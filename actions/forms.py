"""Form validation actions: one message fills every field it states.

The extraction itself is pure (actions/dialogue.py, complaint/extract/); these
classes adapt it to Rasa's form protocol: return nothing on a digression (so the form
rejects and the rules answer it), slot values when something was understood, and a
specific re-ask when the requested field could not be read.
"""
from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import dialogue, handoff
from complaint import fields

log = logging.getLogger(__name__)

# Asked while another form runs, these are answered by a rule and the form resumes.
FORM_DIGRESSIONS = {"check_status", "inform_evidence"}
# After the help message (dialogue.MAX_FAILURES_BEFORE_HELP) two more failures hand over to a person.
GIVE_UP_AFTER = dialogue.MAX_FAILURES_BEFORE_HELP + 2

# The guide's own scale: about 0.5 and above is confident; below 0.3 it is a guess.
GUIDE_MIN_SCORE = 0.3


def _guide_for(problem: str) -> tuple[str | None, list[str]]:
    """(dispute type id, demands the type allows) from the dispute guide, if it is installed."""
    try:
        from knowledge_base.guide import match  # optional: another folder, may be absent
        matches = match(problem)
    except Exception as exc:  # noqa: BLE001 - the guide is an optional helper
        log.info("dispute guide unavailable: %s", exc)
        return None, []
    if not matches:
        return None, []
    best = matches[0]
    if float(getattr(best, "score", 0) or 0) < GUIDE_MIN_SCORE:
        return None, []
    kind = getattr(best, "type", None)
    type_id = getattr(kind, "id", None)
    demands = [str(d) for d in (getattr(kind, "demands", None) or [])]
    return (str(type_id) if type_id else None), demands


class _ValidateForm(Action, ABC):
    @property
    @abstractmethod
    def form(self) -> str:
        """The form this action validates."""

    def name(self) -> str:
        return f"validate_{self.form}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        requested = tracker.get_slot("requested_slot")
        filled = dict(tracker.current_slot_values())
        # "冰箱不制冷了" read as cancel answers the question: the form goes on
        intent = dialogue.form_intent(((tracker.latest_message or {}).get("intent") or {}).get("name"),
                                      (tracker.latest_message or {}).get("text") or "")
        if intent in dialogue.DIGRESSION_INTENTS or (intent in FORM_DIGRESSIONS and self.form != "status_form"):
            return []  # the form rejects; a rule answers and brings the form back
        if requested == "odr_consent":
            return self._odr_answer(dispatcher, intent)
        values, error = dialogue.fill_from_message(tracker.latest_message or {}, self.form, requested, filled)

        events: list[EventType] = []
        if values.get("problem") and not filled.get("dispute_type") and self.form == "complaint_form":
            dispute_type, demands = _guide_for(values["problem"])
            if dispute_type:
                events.append(SlotSet("dispute_type", dispute_type))
            if demands:
                events.append(SlotSet("suggested_demands", demands))
        for slot, value in values.items():
            events.append(SlotSet(slot, value))
        filled.update(values)

        failures = float(filled.get("failed_attempts") or 0)
        answered_else = {k: v for k, v in values.items() if k not in (requested, "problem", "anonymous")}
        if requested is None or (error is not None and requested not in values):
            # what the message says about fields already filled is pointed out, never dropped silently
            changes = dialogue.restated(tracker.latest_message or {}, self.form, filled)
            if changes:
                dispatcher.utter_message(text=dialogue.restated_notice(changes, filled))
        if requested and error is not None and requested not in values and answered_else:
            # the message answered other questions: say what was kept; the form asks again, no failure counted
            dispatcher.utter_message(text=dialogue.acknowledge(answered_else))
            events.append(SlotSet(requested, None))
        elif requested and error is not None and requested not in values:
            failures += 1
            if failures >= GIVE_UP_AFTER and not filled.get("handoff_requested"):
                # the assistant gives up: a hotline agent takes the conversation over, the form stays open
                from actions.actions import channel_of
                posted = handoff.post_handoff(tracker, "gave_up", channel_of(tracker)) is not None
                dispatcher.utter_message(text=handoff.handoff_message(posted, gave_up=True))
                events.append(SlotSet("handoff_requested", posted))
            elif failures >= dialogue.MAX_FAILURES_BEFORE_HELP:
                dispatcher.utter_message(
                    text=dialogue.help_after_failures(requested),
                    buttons=[{"title": "转人工客服", "payload": "/human_handoff"},
                             {"title": "取消登记", "payload": "/cancel"}],
                )
            else:
                dispatcher.utter_message(text=dialogue.reask(requested, error))
            events.append(SlotSet(requested, None))
        elif values:
            failures = 0
        events.append(SlotSet("failed_attempts", failures))

        # the report form needs a name and phone only when the reporter is not anonymous
        missing = [s for s in dialogue.required_slots(self.form, filled) if filled.get(s) in (None, "")]
        if self.form == "complaint_form" and not missing:
            events.extend(self._odr_question(filled))
            if any(e.get("name") == "requested_slot" for e in events):
                return events
        if self.form == "report_form" or not missing:
            events.append(SlotSet("requested_slot", missing[0] if missing else None))
        return events

    @staticmethod
    def _odr_question(filled: dict[str, Any]) -> list[EventType]:
        """A complete complaint against an ODR enterprise asks first whether the merchant may handle it."""
        if filled.get("odr_consent") is not None or filled.get("odr_checked") or not filled.get("merchant_name"):
            return []
        try:
            from actions.filing import odr_merchant
            found = odr_merchant(str(filled["merchant_name"]))
        except Exception:  # noqa: BLE001 - without the check the complaint goes to the bureau as usual
            log.exception("ODR check failed")
            found = None
        events: list[EventType] = [SlotSet("odr_checked", True)]
        if not found:
            return events
        return events + [SlotSet("odr_merchant", found["merchant_name"]), SlotSet("requested_slot", "odr_consent")]

    @staticmethod
    def _odr_answer(dispatcher: CollectingDispatcher, intent: str | None) -> list[EventType]:
        if intent in ("affirm", "deny"):
            return [SlotSet("odr_consent", intent == "affirm"), SlotSet("requested_slot", None)]
        dispatcher.utter_message(text="请回复“同意”让商家先行处理，或回复“不同意”直接交市场监管部门。")
        return [SlotSet("odr_consent", None)]


class ValidateComplaintForm(_ValidateForm):
    form = "complaint_form"  # type: ignore[assignment]


class ValidateReportForm(_ValidateForm):
    form = "report_form"  # type: ignore[assignment]


class ValidateStatusForm(_ValidateForm):
    form = "status_form"  # type: ignore[assignment]


DEFAULT_DEMANDS = ["退货", "换货", "维修", "退款", "赔偿"]


class ActionAskDemand(Action):
    """Asks for the demand with buttons: those the dispute type allows, else the usual five."""

    def name(self) -> str:
        return "action_ask_demand"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        # what the dispute type allows first, then the usual ones
        suggested = [d for d in (tracker.get_slot("suggested_demands") or []) if d]
        demands = list(dict.fromkeys(suggested + DEFAULT_DEMANDS))
        dispatcher.utter_message(
            text=fields.get("demand").question,
            buttons=[{"title": d, "payload": d} for d in demands[:6]],
        )
        return []


class ActionAskOdrConsent(Action):
    """The merchant joined the online dispute resolution (ODR) scheme: may it handle the complaint first?"""

    def name(self) -> str:
        return "action_ask_odr_consent"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        merchant = tracker.get_slot("odr_merchant") or tracker.get_slot("merchant_name") or "这家商家"
        dispatcher.utter_message(
            text=f"{merchant}是在线消费纠纷解决（ODR）企业，可以先由商家直接和您协商处理：商家须在10个工作日内处理，"
                 "到期没有解决或您不满意的，会转交市场监管部门。请问您同意先让商家处理吗？"
                 "不同意的话，投诉直接交市场监管部门，7个工作日内决定是否受理。",
            buttons=[{"title": "同意先让商家处理", "payload": "/affirm"},
                     {"title": "不同意，直接交市场监管部门", "payload": "/deny"}],
        )
        return []


class ActionStatusDigression(Action):
    """"查询进度" while a complaint or report is being registered: looks it up when the
    message carries the number and phone, otherwise says how; the form then resumes."""

    def name(self) -> str:
        return "action_status_digression"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        from complaint import extract as ex
        text = (tracker.latest_message or {}).get("text") or ""
        ticket_no, phone = ex.find_ticket_no(text), ex.find_phone(text)
        reply = ("查询进度需要受理编号和登记时留的电话。您可以先把这次登记完成，之后说“查询进度”，"
                 "我再帮您查；也可以把编号和电话一起发给我。")
        if ticket_no and phone:
            try:
                from actions.filing import lookup_status
                status = lookup_status(ticket_no, phone)
                reply = (f"编号 {ticket_no} 当前状态：{status.get('status_label') or status.get('status')}。" if status
                         else f"没有查到编号 {ticket_no} 对应、且登记电话一致的记录，请核对后再试。")
            except Exception:  # noqa: BLE001 - the form goes on either way
                log.exception("status lookup failed")
                reply = "抱歉，查询系统暂时不可用，请稍后再试，或拨打12315热线查询。"
        dispatcher.utter_message(text=reply + "\n我们接着登记刚才的信息。")
        return []


def slot_values(tracker: Tracker) -> dict[str, Any]:
    return dict(tracker.current_slot_values())
