"""An answer given before, said again with no slip word while another question waits: looked up ("翻了
发票 是…"), the one to keep ("按…算"), the field named with its value ("全名是…", "钱是…"), the total
("一共…"), or more asked for besides the demand held ("不光是退款"). The field takes the new value, the
change is said back and the waiting question asked again; words that give no new value change nothing."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import datetime as dt

import pytest

from actions import dialogue, forms
from tests.actions.test_actions_forms import asked, run, slots_set, tracker

TODAY = dt.date(2026, 12, 7)
HELD = {"ticket_type": "complaint", "problem": "订的婚宴菜品缩水，说好的龙虾换成了小龙虾", "product": "婚宴",
        "merchant_name": "喜满楼酒家", "merchant_address": "湖南省长沙市岳麓区桐梓坡路12号",
        "purchase_date": "2026-09-12", "amount": "6600.00", "demand": "退款",
        "complainant_name": "彭丽君", "phone": "13874512369"}


def _held(requested):
    return {k: v for k, v in HELD.items() if k != requested}


@pytest.mark.parametrize("requested, text, field, value", [
    # looked up, or named as the one to keep
    ("demand", "我翻了一下合同 是九月十五号签的", "purchase_date", "2026-09-15"),
    ("complainant_name", "酒席的钱后来又核对了一遍 七千二 按七千二算", "amount", "7200.00"),
    ("phone", "不是六千六 六千九 我看了转账记录", "amount", "6900.00"),
    # the field named with its value
    ("phone", "全名是彭丽君子", "complainant_name", "彭丽君子"),
    ("demand", "钱是八千 十桌每桌八百", "amount", "8000.00"),
    ("demand", "办酒的日子是9月20号 定金也是那天交的", "purchase_date", "2026-09-20"),
    # the total, after the part held is explained
    ("complainant_name", "六千六是定金 后来又补了尾款 一共九千九", "amount", "9900.00"),
])
def test_an_answer_said_again_at_another_question_changes_that_field(requested, text, field, value):
    assert dialogue.corrects_earlier(text, requested, _held(requested), "complaint_form", TODAY) == (field, value)


@pytest.mark.parametrize("requested, text, merged", [
    ("complainant_name", "要赔偿损失 不光是退款", "退款、赔偿"),
    ("phone", "另外还要他们赔礼道歉", "退款、赔礼道歉"),
    ("complainant_name", "还要赔偿 精神损失也要", "退款、赔偿"),
])
def test_more_asked_for_adds_to_the_demand_held_and_drops_nothing(requested, text, merged):
    got = dialogue.corrects_earlier(text, requested, _held(requested), "complaint_form", TODAY)
    assert got is not None and got[0] == "demand"
    assert all(category in got[1] for category in merged.split("、"))


@pytest.mark.parametrize("requested, text", [
    ("complainant_name", "我看了一下 这个要写真名吗"),      # a question, no value
    ("phone", "其实我是帮我女儿登记的"),                    # who it is for, no value
    ("complainant_name", "我一共去了两次"),                 # a count, no sum
    ("complainant_name", "我还要说一下 他们服务员态度很差"),  # more of the story, no demand
    ("phone", "我不想留电话 花了六千六还要留电话吗"),          # the sum held, said again
    ("demand", "还要退款"),                                # the demand asked is the answer itself
])
def test_words_that_give_no_new_value_change_nothing(requested, text):
    assert dialogue.corrects_earlier(text, requested, _held(requested), "complaint_form", TODAY) is None


@pytest.mark.parametrize("requested, text, field, shown", [
    ("complainant_name", "酒席钱我又查了下账单 是七千二", "amount", "7,200"),
    ("phone", "全名是彭丽君子 刚才少打了一个字", "complainant_name", "彭丽君子"),
    ("complainant_name", "不光是退款 还要赔偿", "demand", "赔偿"),
])
def test_the_form_says_the_change_and_asks_the_waiting_question_again(requested, text, field, shown):
    t = tracker(text, slots=dict(_held(requested), requested_slot=requested), active_loop="complaint_form",
                events=asked(requested, [text]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(events)
    assert got[field] is not None and got.get(requested) is None
    said = " ".join(m.get("text") or "" for m in messages)
    assert forms.CHANGE_MADE.search(said) and shown in said
    assert "没能" not in said and "抱歉" not in said


@pytest.mark.parametrize("text, field, value", [
    ("钱是五千四 三个人每人一千八", "amount", "5400.00"),
    ("开业那天的日子是9月18号 合同也是那天签的", "purchase_date", "2026-09-18"),
    ("全名是欧阳文静 我前面只说了名", "complainant_name", "欧阳文静"),
])
def test_at_the_summary_a_field_named_loosely_is_the_one_corrected(text, field, value):
    assert dialogue.correction(text, TODAY, dict(HELD)) == (field, value)
