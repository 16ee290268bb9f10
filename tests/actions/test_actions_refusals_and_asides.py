"""Kinds of answer that left a consumer without a ticket (issue 16), in wordings of our own:
a name or phone refused with 也/都/还是/我 between the field and the refusal (a report goes on
anonymous, at any point); labour paid for (人工费) is no wish for a person; a story told at
"what happened" that ends in 嘛 or a question is the account, not a digression."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")  # no knowledge-base warm-up thread in unit tests

import pytest

from actions import dialogue


def fill(text, requested=None, filled=None, form="complaint_form", intent="inform"):
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    return dialogue.fill_from_message(message, form, requested, dict(filled or {}))


@pytest.mark.parametrize("said", [
    "手机号也不想给了",
    "联系方式都不方便留",
    "号码我就不给了吧",
    "名字还是别填了",
    "姓名也不写了",
    "别记我名字",
])
def test_a_refusal_with_words_between_is_a_refusal(said):
    assert dialogue.refuses_identity(said, "phone")


@pytest.mark.parametrize("said", ["电话是13912345678", "名字叫王强", "手机号码打错了一位", "商家电话一直打不通"])
def test_giving_or_correcting_is_no_refusal(said):
    assert not dialogue.refuses_identity(said, "phone")


NAMED_REPORT = {"anonymous": False, "problem": "药店卖过期药", "merchant_name": "百姓药房",
                "merchant_address": "武汉市江汉区新华路"}


@pytest.mark.parametrize("said, asked", [
    ("电话也不想留了", "phone"),
    ("号码就别写了", "phone"),
    # 匿名 said with it (the name alone withheld keeps a report named: test_actions_name_not_read)
    ("名字我就不说了 匿名吧", "complainant_name"),
])
def test_a_named_report_refused_later_goes_on_anonymous(said, asked):
    values, error = fill(said, asked, NAMED_REPORT, form="report_form")
    assert values.get("anonymous") is True and error is None
    assert dialogue.required_slots("report_form", dict(NAMED_REPORT, **values)).count("phone") == 0


@pytest.mark.parametrize("said", ["换新的 人工费你们出", "重新铺 人工钱商家承担", "退货 人工成本他们自己担"])
def test_labour_paid_for_is_no_wish_for_a_person(said):
    assert dialogue.form_intent("human_handoff", said, "demand", "complaint_form") == "inform"


@pytest.mark.parametrize("said", ["转人工", "我要人工服务", "给我找个人工"])
def test_asking_for_a_person_still_hands_over(said):
    assert dialogue.form_intent("human_handoff", said, "demand", "complaint_form") == "human_handoff"


@pytest.mark.parametrize("said", ["本来就是他们的责任嘛", "说好的包邮 结果又要加钱嘛", "反正就是不想给退嘛"])
def test_a_statement_ending_in_ma_asserts(said):
    assert not dialogue.is_question(said)


@pytest.mark.parametrize("said", ["你们这是要干嘛", "这个能退吗", "凭什么不给退"])
def test_questions_stay_questions(said):
    assert dialogue.is_question(said)


@pytest.mark.parametrize("said", [
    "在那家理发店充了两千的卡说是终身打八折 现在换了老板说以前的卡作废了嘛",
    "游泳馆办的季卡说每天都能游 现在一周只开两天还老是约不到场地",
    "上个月在健身房买了私教课 教练说走就走了换的人根本不会教这样合理吗",
])
def test_a_story_told_at_what_happened_is_the_account(said):
    assert dialogue.form_intent("ask_law", said, "problem", "complaint_form") == "inform"
    values, error = fill(said, "problem")
    assert error is None and values.get("problem")


# The last digits of the phone corrected with no place said ("最后是…", "末尾应该是…"), among other words
@pytest.mark.parametrize("said, phone", [
    ("名字没错 电话最后是321不是123", "13104556321"),
    ("手机号末尾应该是77", "13104556777"),
    ("号码后面是幺零 我刚才说错了", "13104556710"),
    ("电话结尾其实是5", "13104556785"),
])
def test_the_last_digits_corrected_without_their_place(said, phone):
    assert dialogue.correction(said, filled={"phone": "13104556789", "complainant_name": "赵丽"}) == ("phone", phone)
