"""Corrections said loosely (issue 16, the twentieth round's writer; wordings our own): the last digits of the
phone "后几位是…", a sum "准确说是…" with where it was read, a day said beside a word of another field (收据),
and where the shop is not and where it is ("不在…在…")."""
import datetime as dt

import pytest

from actions import dialogue

TODAY = dt.date(2026, 12, 8)


@pytest.mark.parametrize("said, fixed", [("电话后几位是4471 不是4417", "13655504471"),
                                         ("手机号后四位应该是4471", "13655504471"),
                                         ("号码最后那几位是4471", "13655504471")])
def test_the_last_digits_of_the_phone_said_again_change_only_them(said, fixed):
    assert dialogue.correction(said, TODAY, filled={"phone": "13655504417"}) == ("phone", fixed)


@pytest.mark.parametrize("said, total", [("准确说是一千二百八十八", "1288.00"),
                                         ("确切地说是1288 发票上写的", "1288.00"),
                                         ("说错了 是一千二百八十八 以小票为准", "1288.00")])
def test_a_sum_said_exactly_with_where_it_was_read_corrects_the_amount(said, total):
    held = {"amount": "1200.00", "product": "扫地机器人", "purchase_date": "2026-11-20"}
    assert dialogue.corrects_earlier(said, "demand", held, "complaint_form", TODAY) == ("amount", total)


def test_a_day_said_beside_a_word_of_another_field_corrects_the_day():
    held = {"amount": "45.00", "purchase_date": "2026-12-05"}
    assert dialogue.correction("不对 是十二月四号 发票是四号的", TODAY, filled=held) == ("purchase_date", "2026-12-04")
    assert dialogue.correction("金额不对 收据上是58", TODAY, filled=held) == ("amount", "58.00")


@pytest.mark.parametrize("held, said, fixed", [
    ("成都市武侯区数码广场", "不在武侯 在锦江区春熙路", "成都市锦江区春熙路"),
    ("杭州市西湖区文三路数码城三楼", "店不在三楼 在四楼", "杭州市西湖区文三路数码城四楼"),
])
def test_where_the_shop_is_not_and_where_it_is_changes_the_address(held, said, fixed):
    assert dialogue.correction(said, TODAY, filled={"merchant_address": held}) == ("merchant_address", fixed)


@pytest.mark.parametrize("said, full", [("全名是华润万家超市有限公司 城东分店", "华润万家超市有限公司（城东分店）"),
                                        ("店的全名叫做鸿运来数码 步行街店", "鸿运来数码（步行街店）")])
def test_the_shops_full_name_said_at_another_question_changes_the_shop(said, full):
    held = {"product": "洗洁精", "merchant_name": "华润万家", "problem": "买的洗洁精是过期的"}
    if "鸿运来" in said:
        held["merchant_name"] = "鸿运来"
    assert dialogue.opens_on_earlier_field(said, "merchant_address", held) == "merchant_name"
    assert dialogue.corrects_earlier(said, "merchant_address", held, "complaint_form", TODAY) == ("merchant_name", full)


def test_where_the_shop_is_said_at_the_summary_read_as_a_new_complaint_is_a_change():
    from actions import actions as acts
    from actions_testlib import run, tracker, user
    said = "店不在武侯 在锦江区春熙路"
    slots = {"ticket_type": "complaint", "awaiting_confirmation": True, "merchant_name": "数码港",
             "merchant_address": "成都市武侯区数码广场", "product": "耳机", "problem": "耳机一边没声音",
             "phone": "13688889999", "complainant_name": "林涛"}
    events, messages = run(acts.ActionStartFiling(), tracker(said, "file_complaint", [user(said, "file_complaint")],
                                                             slots=slots))
    changed = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert changed.get("merchant_address") == "成都市锦江区春熙路"
