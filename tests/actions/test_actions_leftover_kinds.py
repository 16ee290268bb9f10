"""Kinds of answers a new writer brings, each read as what it is:
- whether someone will act, hedged with 吧 ("他们应该会处理吧"), or "不确定" said at the shop question: no shop name;
- a demand said in a frame ("我要求…", "希望…") keeps the consumer's own words as said bare;
- a street address with its number, or the flat alone, said at another question: the address, not that field."""
import datetime as dt

import pytest

from actions import dialogue

TODAY = dt.date(2026, 12, 6)


def _fill(text, slot, filled=None):
    message = {"text": text, "intent": {"name": "inform"}, "entities": []}
    return dialogue.fill_from_message(message, "complaint_form", slot, filled or {}, TODAY)


@pytest.mark.parametrize("text", ["市场监管局应该会处理吧", "你们总会帮我的吧", "他们会赔吧", "我也拿不准",
                                  "不太确定", "这个真说不好"])
def test_no_shop_name_in_a_hedged_non_answer(text):
    values, error = _fill(text, "merchant_name")
    assert "merchant_name" not in values and error


@pytest.mark.parametrize("text, slot, value", [
    ("会员店吧", "merchant_name", "会员店"),
    ("应该是会员制超市吧", "merchant_name", "会员制超市"),
    ("会员卡吧", "product", "会员卡"),
])
def test_hui_inside_a_word_still_answers(text, slot, value):
    values, error = _fill(text, slot)
    assert error is None and values[slot] == value


@pytest.mark.parametrize("framed, bare", [
    ("我要求按三包规定换一台", "按三包规定换一台"),
    ("我希望七天无理由退掉", "七天无理由退掉"),
    ("要求把定金全退给我", "把定金全退给我"),
])
def test_a_demand_in_a_frame_reads_as_said_bare(framed, bare):
    framed_values, _ = _fill(framed, "demand")
    bare_values, _ = _fill(bare, "demand")
    assert framed_values["demand"] == bare_values["demand"]
    assert "（" in framed_values["demand"]


@pytest.mark.parametrize("text", ["和平路66号3号楼2单元", "桂花苑小区7栋1单元802室", "建设街12号"])
@pytest.mark.parametrize("slot", ["demand", "product"])
def test_a_street_address_said_at_another_question_goes_to_the_address(text, slot):
    values, error = _fill(text, slot)
    assert slot not in values and error == dialogue.OTHER_FIELD
    assert values.get("merchant_address") == text


@pytest.mark.parametrize("flat", ["2单元302室", "5栋1单元", "1号楼2单元502"])
def test_the_flat_said_after_the_address_completes_it(flat):
    values, error = _fill(flat, "demand", {"merchant_address": "江苏省徐州市云龙区和平路66号"})
    assert "demand" not in values and error == dialogue.OTHER_FIELD
    assert values["merchant_address"] == f"江苏省徐州市云龙区和平路66号{flat}"


@pytest.mark.parametrize("flat", ["2单元302室", "5栋1单元"])
def test_a_flat_alone_is_no_address(flat):
    values, _ = _fill(flat, "demand")
    assert "demand" not in values and "merchant_address" not in values


@pytest.mark.parametrize("text, kinds", [("病历本我都留着呢", "病历"), ("付款截图还在", "截图"),
                                         ("收据我保存着", "收据")])
@pytest.mark.parametrize("slot", ["demand", "product"])
def test_proof_held_said_at_a_free_text_question_is_no_value_of_it(text, kinds, slot):
    values, error = _fill(text, slot)
    assert slot not in values and error
    assert values["evidence"] == kinds


@pytest.mark.parametrize("text, name", [("嗯叫什么来着 金盛家具城", "金盛家具城"), ("它叫啥，阿芳美甲", "阿芳美甲"),
                                        ("什么来着……百姓大药房", "百姓大药房")])
def test_the_name_sought_aloud_then_said(text, name):
    values, error = _fill(text, "merchant_name")
    assert error is None and values["merchant_name"] == name


@pytest.mark.parametrize("text", ["叫什么", "叫啥来着"])
def test_only_sought_is_no_name(text):
    values, _ = _fill(text, "merchant_name")
    assert "merchant_name" not in values


@pytest.mark.parametrize("text, date", [("大概上个月初，上个月三号", "2026-11-03"),
                                        ("差不多10月份，对，16号", "2026-10-16"), ("好像是9月，9月28号", "2026-09-28")])
def test_a_rough_date_then_the_day_answers_the_date_question(text, date):
    values, error = _fill(text, "purchase_date")
    assert error is None and values["purchase_date"] == date
