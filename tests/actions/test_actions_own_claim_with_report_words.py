"""Where a filing goes (issue 16): 举报/曝光/反映 said about the consumer's own purchase, with something
asked back for them, is a complaint (mediated to make the loss good), a report asks nothing for the
speaker; and a demand with its fallback said at the summary, read as a new filing, changes the demand."""
import functools
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import actions as acts
from actions import intake

import actions_testlib
from actions_testlib import run, slots_set, user

tracker = functools.partial(actions_testlib.tracker, confidence=0.7)


@pytest.mark.parametrize("text", [
    "我要举报楼下水果店 卖给我的橙子一半是烂的 要求退钱",
    "曝光一下这家数码店 我在他家买的耳机是山寨货 必须给我退货退款",
    "举报那个理发店 我办的卡才用了两次就关门了 我要把余额退回来",
    "想反映个情况 我在他们店买的羽绒服一洗就掉毛 希望给我换一件",
])
def test_a_report_word_with_the_consumers_own_loss_and_a_remedy_asked_is_a_complaint(text):
    assert intake.claims_own_loss(text)
    assert intake.complaint_not_report(text)


@pytest.mark.parametrize("text", [
    "举报这家火锅店 后厨脏得不行 老鼠乱跑",                 # nothing bought, nothing asked back
    "我要举报 他们家卖过期面包 我不要赔偿 就想让你们查一查",  # mediation declined
    "举报那个健身房一直不给会员退费",                        # a refusal told, no remedy asked
    "匿名举报一下 在他家买的酱油是过期的 要退钱",            # anonymity asked: a report
    "我买过他家的东西 现在举报他们无证经营",                  # a purchase, but nothing asked back
])
def test_a_report_that_asks_nothing_for_the_speaker_stays_a_report(text):
    assert not intake.claims_own_loss(text)


OWN_CLAIM = "我要举报街口那家母婴店 卖给我的奶粉过期了 我要退钱"


@pytest.mark.parametrize("intent", ["file_report", "file_complaint"])
def test_an_opening_with_report_words_and_the_consumers_own_claim_opens_the_complaint(intent):
    t = tracker(OWN_CLAIM, intent, [user(OWN_CLAIM, intent)],
                slots={"ticket_type": "report" if intent == "file_report" else "complaint"})
    events, _ = run(acts.ActionStartFiling(), t)
    if intent == "file_complaint":
        assert events == []  # the complaint the classifier read goes on
    else:
        assert slots_set(events)["ticket_type"] == "complaint"
        assert [e["name"] for e in events if e["event"] == "followup"] == ["complaint_form"]


HELD = {"ticket_type": "complaint", "awaiting_confirmation": True, "problem": "笔记本键盘失灵",
        "product": "笔记本电脑", "merchant_name": "华硕专卖店", "demand": "换货", "complainant_name": "陈晓梅",
        "phone": "13912345678"}


@pytest.mark.parametrize("said, expected", [
    ("诉求帮我改一下，换新的不行就退货退款", ["换货", "退货", "退款"]),
    ("要求那里改成先修 修不好就退", ["维修", "退货", "退款"]),
    ("我的要求不对 要么换要么赔偿", ["换货", "赔偿"]),
])
def test_a_demand_with_its_fallback_said_at_the_summary_changes_the_demand(said, expected):
    # read by the classifier as a new filing ("要求" sounds like one): the change is made, no new registration
    t = tracker(said, "file_complaint", [user(said, "file_complaint")], slots=HELD)
    events, messages = run(acts.ActionStartFiling(), t)
    demand = slots_set(events)["demand"]
    assert all(d in demand for d in expected)
    assert "诉求已改为" in messages[0]["text"]
    assert [e["name"] for e in events if e["event"] == "followup"] == ["complaint_form"]


def test_a_filing_request_at_the_summary_that_changes_nothing_goes_on_as_before():
    t = tracker("我要投诉", "file_complaint", [user("我要投诉", "file_complaint")], slots=HELD)
    assert run(acts.ActionStartFiling(), t) == ([], [])
