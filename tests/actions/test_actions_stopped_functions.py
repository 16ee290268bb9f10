"""An account of a function that stopped ("不能烘干了", "无法开机") is what happened: the form takes it and
does not ask what exactly happened (issue 16: such an opening got the details question)."""
import pytest

from actions import forms
from tests.actions.test_actions_forms import run, slots_set, tracker

ROUGH_REPORT = "请再具体说说商家是怎么做的"


def _asked_details(messages):
    return any(forms.DETAILS_QUESTION in (m.get("text") or "") or ROUGH_REPORT in (m.get("text") or "")
               for m in messages)


@pytest.mark.parametrize("said", [
    "我在苏宁买的洗碗机用了两周就不能烘干了，店里拒绝退货",
    "上个月买的投影仪突然无法开机，客服让我自己寄回去",
    "新装的燃气灶点不着火，师傅上门两次都没修好",
])
def test_the_answer_to_what_happened_is_taken(said):
    t = tracker(said, slots={"requested_slot": "problem"}, active_loop="complaint_form")
    events, messages = run(forms.ValidateComplaintForm(), t)
    assert slots_set(events).get("problem")
    assert not _asked_details(messages)


@pytest.mark.parametrize("said", [
    "我在楼下电器店买的电热水壶，用了三天就没法烧水了，老板说不给退",
    "网上买的蓝牙耳机才用一周就连不上手机了，商家一直拖着",
    "健身房的跑步机没法正常使用，前台说等厂家来修已经一个月了",
])
def test_an_opening_that_tells_a_stopped_function_is_not_asked_for_details(said):
    events = [{"event": "user", "text": said, "parse_data": {"intent": {"name": "file_complaint"}}},
              {"event": "action", "name": "utter_start_complaint"},
              {"event": "active_loop", "name": "complaint_form"},
              {"event": "action", "name": "complaint_form"}]
    got, messages = run(forms.ValidateComplaintForm(), tracker(said, intent="file_complaint", events=events))
    assert slots_set(got).get("problem")
    assert not _asked_details(messages)
