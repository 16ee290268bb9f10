"""A whole complaint the classifier read as "what is the difference between a complaint and a report" is
registered, with its story; a question about the difference, or one that weighs the two, is still explained."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import actions as acts
from actions_testlib import run, slots_set, tracker, user

STORY = ("喂 我要投诉武汉洪山区那个家具城 叫华美家私 上个月买的实木餐桌 桌面三个星期就开裂了 花了三千六 "
         "我要求退货 我叫宋佳 电话一三八七一二三四五六七")


def _explain(text):
    t = tracker(text, "ask_difference", [user(text, "ask_difference")])
    return run(acts.ActionExplainDifference(), t)


@pytest.mark.parametrize("text, kind", [
    (STORY, "complaint"),
    ("我要举报小区门口那家星空网吧 天天让初中生进去上网", "report"),
    ("我想投诉一下 我在药店买的血压计 量得一点都不准", "complaint"),
])
def test_a_request_to_file_read_as_the_difference_question_opens_the_registration(text, kind):
    events, messages = _explain(text)
    assert slots_set(events)["ticket_type"] == kind
    assert [e["name"] for e in events if e["event"] == "followup"] == [f"{kind}_form"]
    assert messages[0]["response"] == f"utter_start_{kind}"


def test_the_story_told_is_kept_when_the_complaint_opens():
    got = slots_set(_explain(STORY)[0])
    assert got["complainant_name"] == "宋佳" and got["amount"] == "3600.00"


@pytest.mark.parametrize("text", ["投诉和举报有什么区别", "我不知道应该投诉还是举报", "我这种情况是要投诉还是举报啊",
                                  "投诉跟举报哪个好",
                                  "我想举报一家培训机构 不是投诉 就是让你们管管"])  # nothing told yet to file
def test_a_question_about_the_difference_is_explained(text):
    events, messages = _explain(text)
    assert events == [] and messages[0]["response"] == "utter_explain_difference"
