"""A number that is a weekday, a time, a house number or part of a place name is never the sum
paid, and a house number is never the day bought: said to the wrong question, or with other
facts in one message, it must not fill the amount or the date. Nor is a kind of shop and what it
did ("一家超市卖过期食品") the shop's name."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text", ["上礼拜五", "星期六买的", "晚上八点左右", "2栋3单元602", "三亚那家店", "九江的",
                                  "长江路88号", "打了八折"])
def test_no_sum_is_read_from_a_day_a_time_or_a_place(text):
    assert ex.normalise_amount(text).value is None


@pytest.mark.parametrize("text, value", [("五百", "500.00"), ("花了八十", "80.00"), ("三", "3.00"),
                                         ("在五金店买的 六十", "60.00"), ("一共两千三", "2300.00")])
def test_sums_said_bare_are_still_read(text, value):
    assert ex.normalise_amount(text).value == value


@pytest.mark.parametrize("text", ["解放路15号", "5号楼底下那家", "C区21号摊位", "建设街8号"])
def test_a_house_or_stall_number_is_no_day(text):
    assert ex.normalise_date(text).value is None


@pytest.mark.parametrize("text", ["15号", "上个月15号", "11月8号买的"])
def test_days_said_with_hao_are_still_read(text):
    assert ex.normalise_date(text).value is not None


@pytest.mark.parametrize("text", ["一家超市卖过期食品", "街口的药店卖假药", "一家饭店不给发票", "那个理发店乱收费"])
def test_a_kind_of_shop_and_what_it_did_is_no_name(text):
    # asked the shop's name, the consumer says what kind of shop and what it did: the name is asked again
    assert ex.normalise_merchant(text).value is None


@pytest.mark.parametrize("text, name", [("康乐药房卖假药", "康乐药房"), ("不二家", "不二家"), ("给力健身", "给力健身")])
def test_a_named_shop_keeps_its_name(text, name):
    assert ex.normalise_merchant(text).value == name
