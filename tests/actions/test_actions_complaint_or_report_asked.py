"""Which registration an opening means, as a 12315 operator reads it: the consumer's own purchase with
something asked back for them is a complaint; an investigation asked with nothing for themselves is a report;
an opening that tells their own purchase and speaks of reporting or punishing, but says nothing of what they
want, is asked once, with buttons ("退款赔偿还是只要查处"), and the story told goes into the one chosen."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest
from actions_testlib import run, slots_set, tracker, user

from actions import actions as acts
from actions import intake

ASKED = {"event": "bot", "text": intake.WHICH_KIND_QUESTION}


@pytest.mark.parametrize("text", ["举报这个小卖部卖给我发霉的月饼", "我要举报 在这家药店买到假的降压药",
                                  "这个商贩缺斤少两 我买了五斤橘子只有四斤 要严查"])
def test_own_purchase_with_a_report_and_no_remedy_is_unsure(text):
    assert intake.unsure_kind(text)


@pytest.mark.parametrize("text", ["举报这个小卖部卖给我发霉的月饼 我要退钱", "举报这家店卖过期面包",
                                  "我要匿名举报 在这家药店买到假药", "举报 我买的鞋是假的 不图钱 就要查处他们",
                                  "在这家店买的羽绒服跑绒 要求退货"])
def test_a_remedy_or_no_own_purchase_or_no_report_decides_it(text):
    assert not intake.unsure_kind(text)


@pytest.mark.parametrize("text", ["上门推销的卖了我爸三盒保健品 说包治百病", "集市上那人卖了俺两斤蜂蜜 掺了糖水"])
def test_sold_to_me_is_an_own_purchase(text):
    assert intake.complaint_not_report(text)


def test_the_opening_is_asked_once_with_buttons():
    said = "举报这个小卖部卖给我发霉的月饼"
    events, messages = run(acts.ActionStartFiling(), tracker(said, "file_report", [user(said, "file_report")]))
    assert messages[0]["text"] == intake.WHICH_KIND_QUESTION and len(messages[0]["buttons"]) == 2
    assert slots_set(events) == {"ticket_type": None}


def test_not_asked_a_second_time():
    said = "举报这个小卖部卖给我发霉的月饼"
    events = [user(said, "file_report"), ASKED, user(said, "file_report")]
    got, messages = run(acts.ActionStartFiling(), tracker(said, "file_report", events))
    assert not any(m.get("text") == intake.WHICH_KIND_QUESTION for m in messages)


@pytest.mark.parametrize("reply, kind", [("想让他退钱", "complaint"), ("让他们查处就行 不用赔", "report")])
def test_an_answer_in_words_opens_the_registration_chosen(reply, kind):
    events = [user("举报这个小卖部卖给我发霉的月饼", "file_report"), ASKED,
              user(reply)]
    got, messages = run(acts.ActionInformWithoutContext(), tracker(reply, "inform", events))
    assert slots_set(got)["ticket_type"] == kind
    assert any(e.get("event") == "followup" and e.get("name") == f"{kind}_form" for e in got)


def test_the_answer_is_read_with_rasas_bookkeeping_after_it():
    events = [user("我要举报 在这家药店买到假的降压药", "file_report"), ASKED,
              {"event": "action", "name": "action_listen"}, user("让他们查处就行"), {"event": "user_featurization"}]
    got, _ = run(acts.ActionInformWithoutContext(), tracker("让他们查处就行", "inform", events))
    assert slots_set(got)["ticket_type"] == "report"


@pytest.mark.parametrize("text", ["反映一下 超市卖的蜂蜜是假的", "小区门口那家药店卖的口罩是假的"])
def test_read_as_a_report_with_neither_an_investigation_nor_a_remedy_asked_it_is_asked(text):
    assert intake.report_unsure(text)
    events, messages = run(acts.ActionStartFiling(), tracker(text, "file_report", [user(text, "file_report")]))
    assert messages[0]["text"] == intake.WHICH_KIND_QUESTION


@pytest.mark.parametrize("text", ["我要举报夜市的摊子用鸭肉冒充羊肉", "请你们查处这家药店卖假口罩", "我要反映个情况",
                                  "我在药店买的口罩是假的"])
def test_a_report_asked_for_or_an_own_purchase_is_not_asked(text):
    assert not intake.report_unsure(text)
