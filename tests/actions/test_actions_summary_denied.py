""""不对" at the summary with nothing said about what (issue 16: never the same question three
times running): the first time asked which item, the second time with the items as buttons
and "确认提交", the third time offered to confirm or a person, the fourth time in a row a person
takes over; a value changed in between starts the count afresh."""
from rasa_sdk.events import FollowupAction

import actions.actions as acts
from actions_testlib import run, slots_set, tracker, user

SLOTS = {"ticket_type": "complaint", "merchant_name": "某某电器", "product": "电饭煲", "phone": "13912345678",
         "awaiting_confirmation": True}


def _denied(said):
    return [user(said, "deny"), {"event": "action", "name": "action_ask_what_to_correct"},
            {"event": "bot", "text": "……"}]


def test_the_first_bare_no_asks_which_item():
    events, messages = run(acts.ActionAskWhatToCorrect(), tracker("不对", "deny", [user("不对", "deny")], slots=SLOTS))
    assert messages[0]["response"] == "utter_ask_what_to_correct" and not events


def test_the_second_asks_with_the_items_as_buttons():
    history = _denied("不对") + [user("错了", "deny")]
    events, messages = run(acts.ActionAskWhatToCorrect(), tracker("错了", "deny", history, slots=SLOTS))
    titles = [b["title"] for b in messages[0]["buttons"]]
    assert "商家名称" in "".join(titles) or any("商家" in t for t in titles), titles
    assert "确认提交" in titles and "哪一项" in messages[0]["text"] and not events


def test_the_third_offers_to_confirm_or_a_person_without_handing_over():
    history = _denied("不对") + _denied("错了") + [user("信息有误", "deny")]
    events, messages = run(acts.ActionAskWhatToCorrect(), tracker("信息有误", "deny", history, slots=SLOTS))
    assert not events and "确认提交" in messages[0]["text"] and "转人工" in messages[0]["text"]


def test_the_fourth_in_a_row_hands_over_and_asks_nothing_more(backend_down):
    history = _denied("不对") + _denied("错了") + _denied("信息有误") + [user("还是不对", "deny")]
    events, messages = run(acts.ActionAskWhatToCorrect(), tracker("还是不对", "deny", history, slots=SLOTS))
    assert FollowupAction("action_listen") in events and "handoff_requested" in slots_set(events)
    assert len(messages) == 1 and "12315" in messages[0]["text"]


def test_a_value_changed_in_between_starts_again():
    history = _denied("不对") + [user("电话错了 是13912345679", "correct"),
                                 {"event": "action", "name": "action_correct_field"},
                                 {"event": "slot", "name": "phone", "value": "13912345679"},
                                 {"event": "bot", "text": "好的，电话已改为：139****5679。"}] \
        + _denied("还是不对") + [user("不对", "deny")]
    events, messages = run(acts.ActionAskWhatToCorrect(), tracker("不对", "deny", history, slots=SLOTS))
    assert "buttons" in messages[0] and not events
