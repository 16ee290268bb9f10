"""Trackers and a runner for the action unit tests (intake, openings)."""
import asyncio

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher


def user(text, intent="inform"):
    return {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}}


def action(name):
    return {"event": "action", "name": name}


def tracker(text, intent, events, slots=None, active_loop=None, confidence=0.99):
    return Tracker.from_dict({
        "sender_id": "actions-test",
        "slots": dict({"requested_slot": None}, **(slots or {})),
        "latest_message": {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": []},
        "events": events, "paused": False, "followup_action": None,
        "active_loop": {"name": active_loop} if active_loop else {},
        "latest_action_name": "action_listen",
    })


def run(act, t):
    dispatcher = CollectingDispatcher()
    return asyncio.run(act.run(dispatcher, t, {})), dispatcher.messages


def slots_set(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
