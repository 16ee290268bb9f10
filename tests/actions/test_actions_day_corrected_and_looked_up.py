"""Two kinds from the conversation itself (issue 16). A correction that names only the day ("那天是6号 我记错了")
changes the day of the date held, keeping its month (it was read as the latest such day before today: 9月 became
11月). An answer that says the consumer is going to look the value up ("等我翻翻聊天记录") is never taken as the value
said twice. Wordings of our own."""
import datetime as dt
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import dialogue

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize("said, held, fixed", [
    ("日期说错了 是6号 不是16号", "2026-08-16", "2026-08-06"),
    ("购买日期不对 应该是二十号", "2026-10-02", "2026-10-20"),
    ("日子错了 3号那天买的", "2025-12-13", "2025-12-03"),
])
def test_a_day_alone_corrects_the_day_of_the_month_held(said, held, fixed):
    assert dialogue.correction(said, TODAY, {"purchase_date": held}) == ("purchase_date", fixed)


@pytest.mark.parametrize("said, held, fixed", [
    ("日期不对 是9月6号", "2026-08-16", "2026-09-06"),
    ("日期写错了 是前天", "2026-08-16", "2026-12-05"),
    ("日期不对 是25号", "2026-12-03", "2026-11-25"),  # the 25th of the month held is still to come: read as said
])
def test_a_date_with_its_month_or_a_day_to_come_is_read_as_said(said, held, fixed):
    assert dialogue.correction(said, TODAY, {"purchase_date": held}) == ("purchase_date", fixed)


@pytest.mark.parametrize("slot, said", [("merchant_name", "叫啥来着 等我翻翻聊天记录"), ("product", "型号我回家看看"),
                                        ("merchant_address", "地址我问问我老婆")])
def test_going_to_look_it_up_is_never_the_value_said_twice(slot, said):
    assert dialogue.as_given(slot, said) is None


@pytest.mark.parametrize("said, value", [
    # a place whose name ends in 吧 said twice is the consumer's answer, not a particle left over
    ("网吧", "网吧"), ("那个酒吧", "酒吧"), ("楼下的书吧", "楼下的书吧"),
])
def test_a_place_ending_in_ba_said_twice_is_taken_as_given(said, value):
    assert value in str(dialogue.as_given("merchant_name", said))


def test_a_particle_ba_after_an_answer_is_still_taken_off():
    assert dialogue.as_given("merchant_name", "老王修车铺吧") == "老王修车铺"


@pytest.mark.parametrize("said, value", [
    # the value said again after "I told you": the value, without the complaint about being asked
    ("刚才不是说了吗 老街口砂锅粥", "老街口砂锅粥"), ("我都说了 兼职刷单群", "兼职刷单群"),
    ("早就说过了 城南洗车行", "城南洗车行"),
])
def test_the_value_said_again_after_i_told_you_is_taken_without_those_words(said, value):
    assert dialogue.as_given("merchant_name", said) == value


def test_i_told_you_alone_is_still_no_value():
    assert dialogue.as_given("merchant_name", "刚才不是说了吗") is None
