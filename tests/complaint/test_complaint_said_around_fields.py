"""Product, date, amount and demand answers said with sounds, marks, emoji or thanks around them
give the value of the bare answer (spoken.answer_core / answer_as_said)."""
import datetime as dt

import pytest

from complaint import extract as ex

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize("said, thing", [
    ("嗯 腾讯视频年卡😊", "腾讯视频年卡"),
    ("呃，美的电饭煲！！", "美的电饭煲"),
    ("瑜伽私教课，谢谢啦", "瑜伽私教课"),
    ("ＯＰＰＯ耳机[捂脸]", "OPPO耳机"),
])
def test_product_without_what_is_said_around_it(said, thing):
    assert ex.normalise_product(said).value == thing


@pytest.mark.parametrize("said, iso", [
    ("嗯，10.9", "2026-10-09"),
    ("11.22！！", "2026-11-22"),
    ("9/30谢谢", "2026-09-30"),
    ("大概10.17", "2026-10-17"),
    ("呃 11.2 🙏", "2026-11-02"),
])
def test_dotted_date_said_with_words_around(said, iso):
    assert ex.normalise_date(said, TODAY).value == iso


@pytest.mark.parametrize("said, paid", [
    ("嗯 88", "88.00"),
    ("2400，谢谢", "2400.00"),
    ("三百五😊", "350.00"),
    ("哦 1280块～", "1280.00"),
])
def test_amount_without_what_is_said_around_it(said, paid):
    assert ex.normalise_amount(said).value == paid


@pytest.mark.parametrize("said, bare", [
    ("嗯嗯 退差价🙏", "退差价"),
    ("那个赔我医药费，谢谢", "赔我医药费"),
    ("我要求上门换新的！", "上门换新的"),
    ("希望先修一下吧", "先修一下吧"),
    ("就全额退款哈", "全额退款"),
])
def test_demand_reads_as_the_bare_words(said, bare):
    assert ex.normalise_demand(said).value == ex.normalise_demand(bare).value


def test_demand_keeps_own_marks_inside():
    assert "修不好，就退" in ex.normalise_demand("嗯 修不好，就退😭").value


@pytest.mark.parametrize("said, iso", [
    ("周四 上周四", "2026-11-26"),
    ("礼拜一，上个礼拜一吧", "2026-11-23"),
    ("星期六 上上周六", "2026-11-21"),
])
def test_a_weekday_said_again_with_its_week_takes_the_week(said, iso):
    assert ex.normalise_date(said, TODAY).value == iso


def test_a_bare_weekday_then_another_day_keeps_the_first():
    assert ex.normalise_date("周二买的 上周三到的", TODAY).value == "2026-12-01"


@pytest.mark.parametrize("said, paid", [
    ("一共二十三块五", "23.50"),
    ("总共一个季度600", "600.00"),
    ("合计每年1200", "1200.00"),
])
def test_a_total_word_before_the_answer_reads_it_as_said_bare(said, paid):
    assert ex.normalise_amount(said).value == paid


@pytest.mark.parametrize("said, iso", [
    ("那个10.8", "2026-10-08"),
    ("就是12.2", "2026-12-02"),
    ("那个大概9/18", "2026-09-18"),
])
def test_dotted_date_after_a_filler_word(said, iso):
    assert ex.normalise_date(said, TODAY).value == iso


@pytest.mark.parametrize("said, thing", [
    ("买的是荣耀X50", "荣耀X50"),
    ("买的是奥迪A4L", "奥迪A4L"),
    ("商品是OPPO Reno11", "OPPO Reno11"),
])
def test_a_product_in_a_frame_is_the_model_not_the_brand(said, thing):
    assert ex.normalise_product(said).value == thing
