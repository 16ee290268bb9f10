"""A consumer who first asks a question and then files (issue 16): the step taken after the answer ("那就投诉吧
我帮她弄", "行 那举报吧") asks to file, wherever the classifier sends it (never a ticket number asked for); a
question asked for someone else ("帮我妈问一下…") tells their story; and a sum paid for a card told in the question
("我办的次卡2000块") is the amount carried into the complaint, not asked again. Wordings of our own."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest
from actions_testlib import run, slots_set, tracker, user

from actions import dialogue, forms, intake


@pytest.mark.parametrize("said, kind", [("那就投诉吧 我替他弄", "complaint"), ("行 那举报吧 不留名", "report"),
                                        ("嗯 那就投诉好了", "complaint")])
def test_the_step_after_an_answer_asks_to_file(said, kind):
    assert intake.asks_to_file(said) == kind


@pytest.mark.parametrize("said", ["不投诉吧 再等等", "你们这投诉吧 也没什么用", "我投诉吧 怕没用"])
def test_what_is_not_a_step_to_file(said):
    assert intake.asks_to_file(said) is None


@pytest.mark.parametrize("said, told", [
    ("帮我爸问一下 他在药店买的降压药是过期的 能退吗", "他在药店买的降压药是过期的"),
    ("替我奶奶咨询一下 保健品店卖给她的蜂胶吃了过敏 怎么办", "保健品店卖给她的蜂胶吃了过敏"),
])
def test_a_question_for_someone_else_tells_their_story(said, told):
    assert intake.story_of(said) == told


@pytest.mark.parametrize("said, amount", [("我办的瑜伽年卡3600块 老板跑了", "3600.00"),
                                          ("去年办了张美发卡800块 现在店没了", "800.00")])
def test_a_card_paid_for_in_the_story_is_the_amount(said, amount):
    message = {"text": said, "intent": {"name": "file_complaint"}, "entities": []}
    assert dialogue.fill_from_message(message, "complaint_form", None, {})[0].get("amount") == amount


def test_the_status_form_opens_the_complaint_for_the_step_taken():
    said = "那就投诉吧 我替他弄"
    events = [user("帮我爸问一下 电动车修了半个月没修好 可以找你们吗", "ask_law"),
              {"event": "action", "name": "action_answer_law"}, {"event": "bot", "text": "答复"},
              user(said, "check_status"), {"event": "action", "name": "status_form"},
              {"event": "active_loop", "name": "status_form"}]
    got, messages = run(forms.ValidateStatusForm(), tracker(said, "check_status", events, active_loop="status_form"))
    assert slots_set(got)["ticket_type"] == "complaint"
    assert any(e.get("event") == "followup" and e.get("name") == "complaint_form" for e in got)


def test_a_filing_read_as_a_cancel_keeps_the_story_told_before():
    story = "游泳馆突然关门了怎么办 我办的次卡2000块才用了三次"
    events = [user(story, "file_complaint"), {"event": "action", "name": "action_start_filing"},
              {"event": "bot", "text": "答复"}, user("那就投诉吧", "cancel"),
              {"event": "action", "name": "action_cancel"},
              {"event": "slot", "name": "ticket_type", "value": "complaint"},
              {"event": "action", "name": "complaint_form"}]
    assert intake.unread_accounts(events) == ["游泳馆突然关门了，我办的次卡2000块才用了三次"]
    called_off = events[:5] + [{"event": "bot", "text": "好的，已为您取消本次登记"},
                               {"event": "action", "name": "action_listen"},
                               user("我要投诉", "file_complaint"), {"event": "action", "name": "complaint_form"}]
    assert intake.unread_accounts(called_off) == []


@pytest.mark.parametrize("story, kept", [
    ("在商场买的羽绒服含绒量只有标的一半，花了1280，商家要赔我多少？", "含绒量"),
    ("网上买的空气炸锅用了两次就不加热了 能退吗", "不加热"),
    ("健身房老板跑路了，我的年卡还剩半年 怎么办", "年卡"),
])
def test_a_question_the_classifier_was_unsure_of_keeps_its_story(story, kept):
    # read as nlu_fallback, the question is answered by action_low_confidence: its story is carried all the same
    events = [user(story, "nlu_fallback"), {"event": "action", "name": "action_low_confidence"},
              {"event": "bot", "text": "《中华人民共和国消费者权益保护法》第二十四条……"},
              user("我要投诉", "file_complaint"),
              {"event": "action", "name": "complaint_form"}]
    [account] = intake.unread_accounts(events)
    assert kept in account and "？" not in account
