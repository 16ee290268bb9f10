"""Urging or protest said with an answer ("能不能快点 少儿编程课", "你们到底管不管 网上") is no part of the
answer: the value is read without it. Said alone, it is left as it is (the form answers it as before)."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import dialogue, forms
from tests.actions.test_actions_forms import asked, run, slots_set, tracker


@pytest.mark.parametrize("text, words", [
    ("能不能快点 钢琴陪练课", "钢琴陪练课"),
    ("快点好吗，绿源电动车专卖店", "绿源电动车专卖店"),
    ("五百六 赶紧的", "五百六"),
    ("你们到底管不管 淘宝上买的", "淘宝上买的"),
])
def test_urging_clauses_are_dropped_beside_what_is_told(text, words):
    assert dialogue.without_urging(text) == words


@pytest.mark.parametrize("text", ["能不能快点？", "快点吧", "热水器漏水，能不能快点处理"])
def test_urging_alone_or_inside_a_sentence_is_left_as_said(text):
    assert dialogue.without_urging(text) == text


@pytest.mark.parametrize("requested, text, value", [
    ("product", "能不能快点 钢琴陪练课", "钢琴陪练课"),
    ("merchant_name", "快点好吗 绿源电动车专卖店", "绿源电动车专卖店"),
    ("amount", "赶紧的 五百六", "560.00"),
])
def test_the_form_reads_the_answer_without_the_urging(requested, text, value):
    held = {"ticket_type": "complaint", "problem": "陪练老师说好每周两次，结果一个月只来了三次"}
    t = tracker(text, slots=dict(held, requested_slot=requested), active_loop="complaint_form",
                events=asked(requested, [text]))
    got = slots_set(run(forms.ValidateComplaintForm(), t)[0])
    assert got[requested] == value


@pytest.mark.parametrize("text, words", [
    ("我跟你说啊 洗碗机", "洗碗机"),
    ("怎么说呢，就是个蓝牙音箱", "就是个蓝牙音箱"),
    ("是这样的 上周六在他们店里配的眼镜", "上周六在他们店里配的眼镜"),
    ("嗯 一五九零三三八七七二一", "一五九零三三八七七二一"),
])
def test_words_that_only_open_an_answer_are_dropped(text, words):
    assert dialogue.without_opener(text) == words


@pytest.mark.parametrize("text", ["嗯嗯", "说实话我也记不清了", "那个店叫福满楼"])
def test_an_opener_with_nothing_after_it_or_inside_a_clause_stays(text):
    assert dialogue.without_opener(text) == text


def test_the_form_reads_the_product_after_an_opener():
    text = "我跟你说啊 洗碗机"
    held = {"ticket_type": "complaint", "problem": "装上第二天就漏水，售后一直不来"}
    t = tracker(text, slots=dict(held, requested_slot="product"), active_loop="complaint_form",
                events=asked("product", [text]))
    assert slots_set(run(forms.ValidateComplaintForm(), t)[0])["product"] == "洗碗机"
