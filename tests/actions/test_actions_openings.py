"""Openings read as a complaint or a report (action_start_filing, actions/intake.py):
a question about rights or compensation that does not ask to file is answered first,
with the offer to file after, and the story it told is kept for the registration;
anything else opens the form as before."""
import functools
import os
import sys
import types

os.environ.setdefault("ACTIONS_WARM_UP", "0")  # no knowledge-base warm-up thread in unit tests

import pytest

from actions import actions as acts
from actions import forms, intake
from complaint import extract as ex

import actions_testlib
from actions_testlib import action, run, slots_set, user

# openings are read at a middling confidence
tracker = functools.partial(actions_testlib.tracker, confidence=0.7)


@pytest.fixture
def law(monkeypatch):
    asked = []

    def answer(question):
        asked.append(question)
        return types.SimpleNamespace(text="答复：《消费者权益保护法》第二十四条……\n如需登记投诉，回复“我要投诉”。",
                                     confident=True)
    monkeypatch.setitem(sys.modules, "knowledge_base", types.SimpleNamespace(answer=answer))
    return asked


# Questions about rights or compensation, in the ways people put them (吗, 能不能, 是否,
# 多少, 该怎么办, 谁来赔, 合理吗, 多久), with a story or without.
RIGHTS_QUESTIONS = [
    "网购的电饭煲用了三天内胆掉漆，商家要赔我多少",
    "游泳馆突然关门装修半年，年卡还能不能退",
    "干洗店把我的真丝裙子洗褪色了，只肯赔80块，这合理吗",
    "买的二手车里程表被调过，是否可以要求三倍赔偿",
    "订的婚纱照底片被影楼弄丢了，该怎么办",
    "楼下饭馆的油烟机装的时候砸坏了我的车，谁来赔",
    "理发店说我办的卡明年作废，这样可以吗？",
    "空气净化器的保修期一般是多久",
]


@pytest.mark.parametrize("text", RIGHTS_QUESTIONS)
def test_a_question_about_rights_is_answered_first(text):
    assert intake.answer_first(text)


# Asking to file, telling a story with a demand, bare openings, indignation, buttons.
FILING = [
    "投诉", "举报", "我要投诉", "投诉？", "我想反映个问题", "/file_complaint",
    "我要投诉，商家要赔多少？",
    "在国美买的热水器漏水，要求换新的",
    "商场买的皮鞋穿两天就开胶 我要退货",
    "凭什么不给我退？我要求全额退款",
    "这不是骗人吗，我要求退一赔三",
    "怎么投诉", "这种情况可以投诉吗", "商家不给退款，能举报他们吗",
    "买了没多久就坏了，要求退货",
]


@pytest.mark.parametrize("text", FILING)
def test_asking_to_file_or_telling_a_complaint_opens_the_form(text):
    assert not intake.answer_first(text)


@pytest.mark.parametrize("text, story", [
    ("网购的电饭煲用了三天内胆掉漆，商家要赔我多少", "网购的电饭煲用了三天内胆掉漆"),
    ("瑜伽馆老板跑路了年卡能退吗", "瑜伽馆老板跑路了年卡"),
    ("干洗店把我的真丝裙子洗褪色了，只肯赔80块，这合理吗", "干洗店把我的真丝裙子洗褪色了，只肯赔80块"),
    ("七天无理由退货是怎么规定的", ""),   # a general question tells no case
    ("空气净化器的保修期一般是多久", ""),
    ("退货的运费谁承担", ""),
])
def test_the_story_of_a_question_is_kept_without_the_question(text, story):
    assert intake.story_of(text) == story


def test_a_rights_question_read_as_a_complaint_gets_the_answer_and_the_offer(law):
    text = "游泳馆突然关门装修半年，年卡还能不能退"
    t = tracker(text, "file_complaint", [user(text, "file_complaint")], slots={"ticket_type": "complaint"})
    events, messages = run(acts.ActionStartFiling(), t)
    assert law == [text]
    assert messages[0]["text"].startswith("答复")  # the answer, not "好的，我来帮您登记投诉"
    assert [b["payload"] for b in messages[0]["buttons"]][0] == "/file_complaint"  # the offer to file
    assert slots_set(events) == {"ticket_type": None}
    assert [e["name"] for e in events if e["event"] == "followup"] == ["action_listen"]  # no form yet


@pytest.mark.parametrize("text", ["我要投诉", "在国美买的热水器漏水，要求换新的", "/file_complaint"])
def test_a_complaint_opening_passes_through_to_the_form(law, text):
    t = tracker(text, "file_complaint", [user(text, "file_complaint")], slots={"ticket_type": "complaint"})
    events, messages = run(acts.ActionStartFiling(), t)
    assert events == [] and messages == [] and law == []


def test_inside_a_form_or_at_the_summary_nothing_is_rerouted(law):
    text = "游泳馆突然关门装修半年，年卡还能不能退"
    for kwargs in ({"active_loop": "complaint_form"}, {"slots": {"awaiting_confirmation": True}}):
        t = tracker(text, "file_complaint", [user(text, "file_complaint")], **kwargs)
        assert run(acts.ActionStartFiling(), t) == ([], [])
    assert law == []


def test_filing_after_the_answer_keeps_the_story_and_does_not_answer_again(law):
    question = "在商场买的羽绒服含绒量只有标的一半，花了1280，商家要赔我多少？"
    events = [user(question, "file_complaint"), action("action_start_filing"), action("action_listen"),
              user("/file_complaint", "file_complaint"), action("action_start_filing"),
              action("utter_start_complaint"), action("complaint_form")]
    assert intake.unread_accounts(events) == ["在商场买的羽绒服含绒量只有标的一半，花了1280"]
    t = tracker("/file_complaint", "file_complaint", events, slots={"ticket_type": "complaint"})
    out, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(out)
    assert got["product"] == "羽绒服" and got["amount"] == "1280.00"
    assert law == []  # answered once, before the form
    assert not [m for m in messages if "答复" in (m.get("text") or "")]


def test_a_law_question_then_i_want_to_complain_carries_its_story(law):
    question = "瑜伽馆老板跑路了年卡能退吗"
    events = [user(question, "ask_law"), action("action_answer_law"), action("action_listen"),
              user("我要投诉", "file_complaint"), action("action_start_filing"),
              action("utter_start_complaint"), action("complaint_form")]
    assert intake.unread_accounts(events) == ["瑜伽馆老板跑路了年卡"]


def test_only_the_last_question_answered_is_carried_and_general_ones_never():
    events = [user("瑜伽馆老板跑路了年卡能退吗", "ask_law"), action("action_answer_law"), action("action_listen"),
              user("网购的电饭煲用了三天内胆掉漆，商家要赔我多少", "ask_law"), action("action_answer_law"),
              action("action_listen"),
              user("七天无理由退货是怎么规定的", "ask_law"), action("action_answer_law"), action("action_listen"),
              user("我要投诉", "file_complaint")]
    assert intake.unread_accounts(events) == ["网购的电饭煲用了三天内胆掉漆"]
    filed = events[:3] + [{"event": "slot", "name": "ticket_no", "value": "TS20261204-000001"},
                          user("我要投诉", "file_complaint")]
    assert intake.unread_accounts(filed) == []


@pytest.mark.parametrize("text, asks", [
    ("凭什么不给我退？我要求退款", False), ("这不是骗人吗，商家不给退", False),
    ("洗衣店只肯赔20块 这合理吗", True), ("店倒闭了怎么办", True),
])
def test_indignation_put_as_a_question_is_no_question_about_rights(text, asks):
    assert intake.asks_about_rights(text) is asks


@pytest.mark.parametrize("text, complaint", [
    ("上周五在菜市场门口卖水果的老张那买了五斤葡萄 回家一称才三斤半", True),
    ("国庆跟的云南六日游 导游把我们拉到玉石店关门不让走", True),
    ("我妈在直播间抢了个金手链 说是足金 到手一掐就弯", True),
    ("加油站加了三百块的油 油表才动了一点", True),     # what the consumer paid for, said with its sum
    ("理发店剪了一百块的头 剪得乱七八糟", True),
    ("饭店吃了八百块 菜里有头发", True),
    ("我在超市买到过期牛奶 要举报他们", False),   # asks for the report
    ("这家店卖假货 还没有营业执照", False),        # the business's wrongdoing, not a purchase
    ("这个超市卖的猪肉注水", False),
    ("举报一家药店卖过期的感冒药", False),
])
def test_a_story_of_ones_own_loss_read_as_a_report_is_a_complaint(text, complaint):
    assert intake.complaint_not_report(text) is complaint


@pytest.mark.parametrize("text, kind", [
    ("商家不认账 我要投诉 店铺叫玉满堂精品 花了2280 要退货退款还要三倍赔偿", "complaint"),
    ("我想举报一家店卖假货", "report"),
    ("凭什么不给我退？我要投诉", "complaint"),   # indignation is no question
    ("我要投诉 能赔多少", None),                 # it asks: answered first, the offer after
    ("七天无理由退货怎么规定的", None),
])
def test_a_message_read_as_a_law_question_that_asks_to_file_and_asks_nothing_files(text, kind):
    assert intake.files_not_asks(text) == kind


@pytest.mark.parametrize("text", ["超市卖过期面包 我想匿名举报", "药店卖假药 我不想实名"])
def test_an_opening_read_as_a_complaint_that_asks_for_anonymity_opens_a_report(law, text):
    t = tracker(text, "file_complaint", [user(text, "file_complaint")], slots={"ticket_type": "complaint"})
    events, _ = run(acts.ActionStartFiling(), t)
    assert slots_set(events)["ticket_type"] == "report"
    assert [e["name"] for e in events if e["event"] == "followup"] == ["report_form"]


@pytest.mark.parametrize("said", ["不实名 匿名的", "我要匿名", "匿名"])
def test_asking_for_anonymity_inside_a_complaint_is_told_the_choice(said):
    # (it became an anonymous report unasked, dropping the refund: issue 16, explore kind 5)
    t = tracker(said, "inform", [user(said)], slots={"ticket_type": "complaint", "requested_slot": "complainant_name",
                                                     "merchant_name": "好又多超市"},
                active_loop="complaint_form")
    events, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(events)
    assert "ticket_type" not in got and got["requested_slot"] == "complainant_name"
    assert "匿名举报" in messages[0]["text"] and messages[0]["buttons"] == [{"title": "改为匿名举报",
                                                                          "payload": "改为匿名举报"}]


@pytest.mark.parametrize("said", ["改为匿名举报", "那就匿名举报吧", "我要匿名举报"])
def test_the_anonymous_report_chosen_inside_a_complaint_is_one(said):
    t = tracker(said, "inform", [user(said)], slots={"ticket_type": "complaint", "requested_slot": "complainant_name",
                                                     "merchant_name": "好又多超市"},
                active_loop="complaint_form")
    events, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(events)
    assert got["ticket_type"] == "report" and got["anonymous"] is True and got["complainant_name"] is None
    assert [e["name"] for e in events if e["event"] == "followup"] == ["report_form"]


@pytest.mark.parametrize("said", ["不用匿名", "实名就行", "可以留名字"])
def test_declining_anonymity_keeps_the_complaint(said):
    assert not ex.wants_anonymity(said)


def test_a_question_about_rights_read_as_an_answer_inside_a_form_is_answered_then_asked_again(law):
    said = "这种能算质量问题吗"
    t = tracker(said, "inform", [{"event": "active_loop", "name": "complaint_form"},
                                 {"event": "slot", "name": "requested_slot", "value": "merchant_name"}, user(said)],
                slots={"ticket_type": "complaint", "requested_slot": "merchant_name", "problem": "洗碗机洗完有水渍"},
                active_loop="complaint_form")
    events, messages = run(forms.ValidateComplaintForm(), t)
    assert law and messages[0]["text"].startswith("答复")
    assert "merchant_name" not in slots_set(events)   # nothing taken as the shop's name; asked again


def test_the_story_of_a_question_keeps_latin_names_whole():
    story = intake.story_of("Apple Store（三里屯店）买的iPhone 15 用了三天屏幕花了 能换新吗")
    assert "Apple Store" in story and "iPhone 15" in story


# A short request to file the classifier could not read (nlu_fallback): the filing opens.
@pytest.mark.parametrize("text, form", [
    ("那投诉", "complaint_form"), ("投诉吧", "complaint_form"), ("那就投诉他们吧", "complaint_form"),
    ("好 帮我投诉一下", "complaint_form"), ("举报一下这家", "report_form"), ("那我匿名举报", "report_form"),
])
def test_a_short_request_to_file_read_with_low_confidence_opens_the_filing(text, form):
    events, messages = run(acts.ActionLowConfidence(), tracker(text, "nlu_fallback", [user(text, "nlu_fallback")],
                                                               confidence=0.2))
    assert [e["name"] for e in events if e["event"] == "followup"] == [form]
    assert slots_set(events)["ticket_type"] == form.split("_")[0]
    assert messages[0]["response"] == f"utter_start_{form.split('_')[0]}"


# Anything else read with low confidence gets the default reply, and nothing opens.
@pytest.mark.parametrize("text", ["不投诉了", "投诉有用吗", "我之前投诉的进度", "嗯嗯", "投诉举报都行吗", "那个啥"])
def test_anything_else_read_with_low_confidence_gets_the_default_reply(text):
    events, messages = run(acts.ActionLowConfidence(), tracker(text, "nlu_fallback", [user(text, "nlu_fallback")],
                                                               confidence=0.2))
    assert events == [] and messages[0]["response"] == "utter_default"


# A story with a question about rights, the classifier torn between a complaint and a law question
# (nlu_fallback): answered first, as when it is read as a complaint; nothing opens.
@pytest.mark.parametrize("text", ["网购的空气炸锅用了一周涂层就掉了，商家该赔多少",
                                  "理发店办的卡说明年就作废，这样合理吗？",
                                  "健身房装修三个月不开门，我的年卡能不能退"])
def test_a_rights_question_with_a_story_read_with_low_confidence_is_answered_first(text):
    events, messages = run(acts.ActionLowConfidence(), tracker(text, "nlu_fallback", [user(text, "nlu_fallback")],
                                                               confidence=0.3))
    assert not [e for e in events if e["event"] == "followup" and e["name"].endswith("_form")]
    assert "《" in "".join(m.get("text") or "" for m in messages), messages


def test_inside_a_form_a_low_confidence_request_to_file_opens_nothing_new():
    said = tracker("投诉吧", "nlu_fallback", [user("投诉吧", "nlu_fallback")], active_loop="complaint_form",
                   confidence=0.2)
    events, messages = run(acts.ActionLowConfidence(), said)
    assert events == [] and messages[0]["response"] == "utter_default"


# The filing word, then the story, read with low confidence: the filing opens with the story
@pytest.mark.parametrize("text, form", [
    ("投诉 我在培训机构报的课 老师全走了 退不了钱", "complaint_form"),
    ("投诉：健身房办的年卡 才去两次就关门了", "complaint_form"),
    ("举报 这家超市卖过期的牛奶", "report_form"),
])
def test_the_filing_word_then_a_story_opens_the_filing(text, form):
    events, _ = run(acts.ActionLowConfidence(), tracker(text, "nlu_fallback", [user(text, "nlu_fallback")],
                                                        confidence=0.2))
    assert [e["name"] for e in events if e["event"] == "followup"] == [form]


def test_the_filing_word_then_a_question_is_not_filed():
    assert intake.short_filing_request("投诉 商家不退钱怎么办") is None


# A question that names only its topic: the consumer is asked what happened (no law answer, no person)
@pytest.mark.parametrize("text, topic", [("我想问一下话费的事", "话费"), ("你好 咨询下退货方面的问题", "退货"),
                                         ("问问关于物业费的事情", "物业费"), ("我想说一下健身卡的事儿", "健身卡")])
def test_a_question_about_a_topic_only_asks_what_happened(law, text, topic):
    assert intake.topic_only(text) == topic
    events, messages = run(acts.ActionAnswerLaw(), tracker(text, "ask_law", [user(text, "ask_law")]))
    assert events == [] and not law
    assert f"关于{topic}" in messages[0]["text"] and "人工" not in messages[0]["text"]


@pytest.mark.parametrize("text", ["我想问一下", "话费怎么这么贵", "我想问一下七天无理由退货怎么规定的"])
def test_a_question_with_more_than_a_topic_is_answered(text):
    assert intake.topic_only(text) is None


# Read as calling something off while nothing is in progress, a request to file opens the filing
@pytest.mark.parametrize("text, form", [("那就投诉吧", "complaint_form"), ("算了还是投诉吧", "complaint_form"),
                                        ("那举报吧", "report_form")])
def test_a_request_to_file_read_as_a_cancel_opens_the_filing(text, form):
    events, _ = run(acts.ActionCancel(), tracker(text, "cancel", [user(text, "cancel")]))
    assert [e["name"] for e in events if e["event"] == "followup"] == [form]


def test_a_cancel_inside_a_form_still_cancels():
    events, messages = run(acts.ActionCancel(), tracker("不投诉了", "cancel", [user("不投诉了", "cancel")],
                                                        active_loop="complaint_form"))
    assert messages[0]["response"] == "utter_cancelled" and not [e for e in events if e["event"] == "followup"]


# A story of a business that asks nothing, read with low confidence: the filing opens with it
@pytest.mark.parametrize("text, form", [
    ("金店买的项链 称出来比标签轻了两克", "complaint_form"),
    ("少儿美术班交了八千 老板跑路了", "complaint_form"),
    ("网上买的二手相机说是全新 到手发现是翻新的", "complaint_form"),
    ("举报楼下药店卖过期药", "report_form"),
])
def test_a_story_read_with_low_confidence_opens_the_filing(text, form):
    events, _ = run(acts.ActionLowConfidence(), tracker(text, "nlu_fallback", [user(text, "nlu_fallback")],
                                                        confidence=0.2))
    assert [e["name"] for e in events if e["event"] == "followup"] == [form]


# A question about rights with a business in it, read with low confidence: answered
@pytest.mark.parametrize("text", ["美容院给打玻尿酸 这违法吗", "健身房倒闭了卡里的钱能要回来吗"])
def test_a_question_about_rights_read_with_low_confidence_is_answered(law, text):
    events, messages = run(acts.ActionLowConfidence(), tracker(text, "nlu_fallback", [user(text, "nlu_fallback")],
                                                               confidence=0.2))
    assert law and "《消费者权益保护法》" in messages[0]["text"]
    assert not [e for e in events if e["event"] == "followup" and e["name"].endswith("_form")]
