"""A first message classified as a status request that holds no number, asks nothing of a ticket filed and
tells what went wrong or whom it is against opens the registration it means, with the words kept; a real
status question stays in the status form."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import forms
from complaint import extract as ex
from tests.actions.test_actions_forms import run, tracker


def _status_opened(said):
    events = [{"event": "user", "text": said, "parse_data": {"intent": {"name": "check_status"}}},
              {"event": "action", "name": "status_form"}, {"event": "active_loop", "name": "status_form"}]
    return run(forms.ValidateStatusForm(), tracker(said, intent="check_status", events=events,
                                                   active_loop="status_form"))


@pytest.mark.parametrize("said, form", [
    ("装空调的师傅说用的铜管 结果拆开是铝的", "complaint_form"),        # promised one thing, another given
    ("中午抽空打的字 投诉一家卖热水器的", "complaint_form"),            # whom it is against
    ("举报 街口那家无证的小诊所", "report_form"),
])
def test_an_account_or_a_target_opens_the_registration(said, form):
    events, _ = _status_opened(said)
    assert any(e.get("event") == "followup" and e.get("name") == form for e in events), events


@pytest.mark.parametrize("said", ["我上个月的投诉怎么样了", "之前投诉的那个商家还没退钱", "投诉电话是多少"])
def test_a_question_about_a_ticket_stays_a_status_request(said):
    events, _ = _status_opened(said)
    assert not any(e.get("event") == "followup" and e.get("name") in ("complaint_form", "report_form")
                   for e in events)


def test_a_promise_broken_is_trouble_told_and_how_the_consumer_writes_is_not():
    for said in ("宣传是纯棉 实际是化纤", "说好包安装 结果上门要收两百"):
        assert ex.names_trouble(said), said
    assert not ex.names_trouble("在公司偷偷弄的 字打得慢")
