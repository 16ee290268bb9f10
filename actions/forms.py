"""Form validation actions: one message fills every field it states.

The extraction itself is pure (actions/dialogue.py, actions/extraction.py); these
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

from actions import dialogue

log = logging.getLogger(__name__)

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
        values, error = dialogue.fill_from_message(tracker.latest_message or {}, self.form, requested, filled)
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        if intent in dialogue.DIGRESSION_INTENTS:
            return []  # the form rejects; a rule answers and brings the form back

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
        if requested and error is not None and requested not in values:
            failures += 1
            if failures >= dialogue.MAX_FAILURES_BEFORE_HELP:
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
        if self.form == "report_form" or not missing:
            events.append(SlotSet("requested_slot", missing[0] if missing else None))
        return events


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
            text="请问您希望商家怎么解决？可以点选，也可以用自己的话说（比如“退款并赔偿”）。",
            buttons=[{"title": d, "payload": d} for d in demands[:6]],
        )
        return []


def slot_values(tracker: Tracker) -> dict[str, Any]:
    return dict(tracker.current_slot_values())
