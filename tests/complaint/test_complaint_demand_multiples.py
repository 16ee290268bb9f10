"""A compensation claim keeps its multiple (三倍/十倍赔偿) and an apology asked for is a demand;
what is stored is accepted by the backend's registry as it stands."""
import asyncio
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as acts
from complaint import fields
from complaint.extract import normalise_demand


@pytest.mark.parametrize("said, stored", [
    ("十倍赔偿", "退款、十倍赔偿"),  # the multiple of the price, and the price
    ("退一赔三", "退款、三倍赔偿"),
    ("我要求三倍赔偿", "退款、三倍赔偿"),
    ("退款和十倍赔偿", "退款、十倍赔偿"),
    ("要退货退款并且3倍赔偿", "退货、退款、三倍赔偿"),
    ("赔我10倍", "退款、十倍赔偿"),
    ("退一赔十", "退款、十倍赔偿"),
    ("按食品安全法来 赔十倍嘛", "退款、十倍赔偿"),
    ("退钱 再道个歉", "退款、赔礼道歉"),
    ("钱退我 再让老板道个歉", "退款、赔礼道歉（钱退我 再让老板道个歉）"),
    ("赔偿", "赔偿"),
    ("退货", "退货"),
])
def test_the_multiple_and_the_apology_are_kept(said, stored):
    assert normalise_demand(said).value == stored


@pytest.mark.parametrize("said", ["十倍赔偿", "退一赔三", "退款、三倍赔偿、赔礼道歉", "双倍赔偿"])
def test_a_stored_demand_reads_back_the_same_and_the_registry_takes_it(said):
    value = normalise_demand(said).value
    assert normalise_demand(value).value == value
    assert fields.get("demand").normalise(value).value == value


def correct(text, held):
    t = Tracker.from_dict({
        "sender_id": "demand-test", "slots": {"demand": held, "ticket_type": "complaint"},
        "latest_message": {"text": text, "intent": {"name": "correct"}, "entities": []},
        "events": [], "paused": False, "followup_action": None, "active_loop": {},
        "latest_action_name": "action_listen"})
    dispatcher = CollectingDispatcher()
    events = asyncio.run(acts.ActionCorrectField().run(dispatcher, t, {}))
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}.get("demand"), dispatcher.messages


@pytest.mark.parametrize("text, held, now", [
    ("诉求还要加上赔礼道歉", "退款", "退款、赔礼道歉"),
    ("诉求另外加一条 十倍赔偿", "退款、赔偿", "退款、十倍赔偿"),
    ("诉求再加上换货", "维修", "维修、换货"),
    ("诉求改成退款和十倍赔偿", "退款、赔偿", "退款、十倍赔偿"),
    ("诉求是退一赔三", "退货", "退款、三倍赔偿"),
])
def test_a_demand_added_to_is_added_and_a_changed_one_replaced(text, held, now):
    value, messages = correct(text, held)
    assert value == now
    assert now in messages[0]["text"]


@pytest.mark.parametrize("said", ["退一赔三", "假一赔十", "要三倍的"])
def test_a_multiple_answered_when_asked_the_amount_is_the_demand_not_the_sum(said):
    from actions import dialogue
    values, error = dialogue.fill_from_message({"text": said, "intent": {"name": "inform"}}, "complaint_form",
                                               "amount", {"problem": "买到假鞋"})
    assert "amount" not in values
    assert "倍赔偿" in values.get("demand", "")
