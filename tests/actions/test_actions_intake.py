"""A complaint the classifier sent elsewhere (the status question, the "not a consumer
dispute" decline) still reaches the form, with what the consumer already said."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")  # no knowledge-base warm-up thread in unit tests

import pytest

from actions import actions as acts
from actions import forms, intake
from actions_testlib import action, run, slots_set, tracker, user

STORY = ("在快手直播间买了一条金项链 说是足金 拿去金店一测是镀金的 主播不理人 我要投诉 "
         "店铺叫金满堂首饰 花了2680 我叫周敏 电话13566667777")


@pytest.mark.parametrize("text, kind", [
    ("我要投诉", "complaint"), ("我没编号 我是要投诉", "complaint"), ("投诉！", "complaint"),
    ("我想举报一下这家店", "report"), ("那我要去举报他们", "report"),
    ("我之前投诉的有结果了吗", None), ("我的投诉进度怎么样", None), ("不想投诉了", None),
    ("TS20261201-123456 我要投诉", None), ("13800138000", None),
])
def test_asking_to_file_is_told_from_asking_about_a_ticket(text, kind):
    assert intake.asks_to_file(text) == kind


def test_a_whole_complaint_read_as_a_status_question_opens_the_complaint_form():
    t = tracker(STORY, "check_status", [user(STORY, "check_status"), action("status_form")])
    events, messages = run(forms.ValidateStatusForm(), t)
    got = slots_set(events)
    assert got["ticket_type"] == "complaint" and got["requested_slot"] is None
    assert {"event": "active_loop", "name": None} in [
        {"event": e["event"], "name": e.get("name")} for e in events if e["event"] == "active_loop"]
    assert [e["name"] for e in events if e["event"] == "followup"] == ["complaint_form"]
    assert messages[0]["response"] == "utter_start_complaint"
    # the complaint form then reads that same message in full
    t = tracker(STORY, "check_status", [user(STORY, "check_status"), action("status_form"),
                                        action("complaint_form")], slots={"ticket_type": "complaint"})
    got = slots_set(run(forms.ValidateComplaintForm(), t)[0])
    assert got["merchant_name"] == "金满堂首饰" and got["amount"] == "2680.00"
    assert got["complainant_name"] == "周敏" and got["phone"] == "13566667777"
    assert got["product"] == "金项链" and "镀金" in got["problem"]


def test_asking_to_complain_inside_the_status_form_keeps_the_story_told_there():
    story = "在永辉超市买的酸奶过期了 前天买的 花了18块"
    events = [user("查询进度", "check_status"), action("status_form"), action("action_listen"),
              user(story, "inform"), action("status_form"), action("action_listen"),
              user("我没有编号啊 我是要投诉", "check_status")]
    t = tracker("我没有编号啊 我是要投诉", "check_status", events, slots={"requested_slot": "query_ticket_no"},
                active_loop="status_form")
    out, messages = run(forms.ValidateStatusForm(), t)
    assert [e["name"] for e in out if e["event"] == "followup"] == ["complaint_form"]
    t = tracker("我没有编号啊 我是要投诉", "check_status", events + [action("status_form"), action("complaint_form")],
                slots={"ticket_type": "complaint"})
    got = slots_set(run(forms.ValidateComplaintForm(), t)[0])
    assert got["merchant_name"] == "永辉超市" and got["product"] == "酸奶" and got["amount"] == "18.00"
    assert got["problem"] == story


def test_a_status_question_stays_one():
    t = tracker("我上个月投诉的那个事处理得怎么样了", "check_status",
                [user("我上个月投诉的那个事处理得怎么样了", "check_status"), action("status_form")])
    events, _ = run(forms.ValidateStatusForm(), t)
    assert not [e for e in events if e["event"] == "followup"]


@pytest.mark.parametrize("text", [
    "装修公司给我家厨房做的防水不行 楼下邻居家墙都湿了 他们不管 我要投诉",
    "找的施工队把我家暖气管弄裂了 连邻居家一起淹了 施工队不认账",
    "在小区门口超市买的米有虫 邻居也买了 一样的",
])
def test_a_business_the_consumer_dealt_with_is_never_declined_on_a_side_word(text):
    t = tracker(text, "non_consumer_dispute", [user(text, "non_consumer_dispute")], confidence=0.98)
    _, messages = run(acts.ActionDeclineNonConsumer(), t)
    assert messages[0].get("response") != "utter_not_consumer_dispute"
    assert [b["payload"] for b in messages[0]["buttons"]] == ["/file_complaint", "/non_consumer_dispute"]


@pytest.mark.parametrize("text", ["公司拖欠我三个月工资不发", "同学借了我两千块一直不还",
                                  "邻居家装空调外机对着我家窗户"])
def test_wages_loans_and_neighbours_are_still_declined(text):
    t = tracker(text, "non_consumer_dispute", [user(text, "non_consumer_dispute")], confidence=0.95)
    _, messages = run(acts.ActionDeclineNonConsumer(), t)
    assert messages[0].get("response") == "utter_not_consumer_dispute"


def test_confirming_a_business_after_the_check_files_the_story_already_told():
    story = "装修公司给我家厨房做的防水不行 楼下邻居家墙都湿了 他们不管 我要投诉 公司叫安居装饰 花了三万二"
    events = [user(story, "non_consumer_dispute"), action("action_decline_non_consumer"), action("action_listen"),
              user("/file_complaint", "file_complaint"), action("utter_start_complaint"), action("complaint_form")]
    t = tracker("/file_complaint", "file_complaint", events, slots={"ticket_type": "complaint"})
    got = slots_set(run(forms.ValidateComplaintForm(), t)[0])
    assert got["problem"] == story
    assert got["merchant_name"] == "安居装饰" and got["amount"] == "32000.00"


def test_a_story_from_before_a_filed_ticket_is_not_carried_again():
    story = "装修公司给我家厨房做的防水不行 楼下邻居家墙都湿了 他们不管"
    events = [user(story, "non_consumer_dispute"), action("action_decline_non_consumer"), action("action_listen"),
              {"event": "slot", "name": "ticket_no", "value": "TS20261201-000001"},
              user("/file_complaint", "file_complaint"), action("utter_start_complaint"), action("complaint_form")]
    assert intake.unread_accounts(events) == []


@pytest.fixture
def law(monkeypatch):
    import sys
    import types
    asked = []

    def answer(question):
        asked.append(question)
        return types.SimpleNamespace(text="答复：《消费者权益保护法》第五十三条……\n如需登记投诉，回复“我要投诉”。",
                                     confident=True)
    monkeypatch.setitem(sys.modules, "knowledge_base", types.SimpleNamespace(answer=answer))
    return asked


def opening_events(text):
    return [user(text, "file_complaint"), action("utter_start_complaint"), action("complaint_form")]


def test_an_opening_that_asks_about_rights_is_answered_and_its_story_kept(law):
    text = "洗衣店把我的羊绒大衣洗缩水了 只肯赔洗衣费20块 这合理吗"
    t = tracker(text, "file_complaint", opening_events(text), slots={"ticket_type": "complaint"})
    events, messages = run(forms.ValidateComplaintForm(), t)
    assert law == [text]
    assert messages[0]["text"].startswith("答复") and not messages[0]["buttons"]  # no 我要投诉 inside the form
    assert "回复“我要投诉”" not in messages[0]["text"]
    assert "接着登记" in messages[1]["text"]
    assert slots_set(events)["problem"] == text
    assert not [e for e in events if e["event"] == "active_loop"]  # the registration goes on


def test_an_opening_that_only_asks_is_answered_and_leaves_the_form(law):
    text = "在网上买的鞋子码数不对 退货的运费该谁出 我只是想问问"
    t = tracker(text, "file_complaint", opening_events(text), slots={"ticket_type": "complaint"})
    events, messages = run(forms.ValidateComplaintForm(), t)
    assert law == [text] and messages[0]["buttons"][0]["payload"] == "/file_complaint"
    assert "回复“我要投诉”" in messages[0]["text"] and len(messages) == 1
    assert {"event": "active_loop", "name": None} in [{"event": e["event"], "name": e.get("name")} for e in events]


def test_a_story_with_a_what_in_it_is_no_question_to_ask_again(law):
    text = "电信营业厅乱收费 每个月多收我15块 说我开了什么流量包 我从来没开过"
    t = tracker(text, "file_complaint", opening_events(text), slots={"ticket_type": "complaint"})
    events, messages = run(forms.ValidateComplaintForm(), t)
    assert slots_set(events)["problem"] == text and law == []


def test_asking_to_file_with_a_question_is_a_complaint_not_a_law_question(law):
    text = "我要投诉 在药店买的保健品说能治高血压 这算不算虚假宣传"
    t = tracker(text, "file_complaint", opening_events(text), slots={"ticket_type": "complaint"})
    run(forms.ValidateComplaintForm(), t)
    assert law == []


@pytest.mark.parametrize("text, kind", [
    ("【投诉】一、商品：儿童滑板车 二、问题：买回来轮子就松了，查询客服说要寄回检测。三、电话13355557777", "complaint"),
    ("投诉事由：本人在贵店购买的羊毛衫洗一次就缩水", "complaint"),
    ("举报内容：小区门口水果店的秤不准", "report"),
    ("[举报] 网吧让未成年人上网", "report"),
    ("投诉：", None),                      # the header alone tells nothing yet
    ("投诉人：刘建华", None),               # a name's label, no complaint
    ("投诉进度：还没人联系我", None),        # about a complaint filed
])
def test_a_message_headed_as_a_complaint_or_report_asks_to_file_one(text, kind):
    assert intake.asks_to_file(text) == kind


def test_a_headed_complaint_with_a_status_word_and_a_phone_opens_the_complaint_form():
    # numbered like a form, with "查询" and a phone in it: the classifier's status question is no such thing
    said = ("【投诉】1.商品：扫地机器人 2.平台：京东 店铺：净洁电器专营店 3.11月20日下单，付款1899元 "
            "4.问题：激光雷达不转，官网查询序列号无记录 5.要求：退货退款 6.联系人：方晓 13711112222")
    t = tracker(said, "check_status", [user(said, "check_status"), action("status_form")])
    events, messages = run(forms.ValidateStatusForm(), t)
    assert slots_set(events)["ticket_type"] == "complaint"
    assert [e["name"] for e in events if e["event"] == "followup"] == ["complaint_form"]
    assert messages[0]["response"] == "utter_start_complaint"
