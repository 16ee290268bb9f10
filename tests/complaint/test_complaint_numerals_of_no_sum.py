"""A numeral is no sum paid where it counts tens or hundreds without a number ("几十块", "好几千": 十 alone is no
10), where a piece broke off ("柜门磕掉了一块"), or where its unit is no money ("3万毫安", "500兆", "90平", "2匹"); the
sum said beside such words is still read."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said", ["电话费每个月就几十块", "前前后后花了好几千", "几百块钱的东西", "衣柜门磕掉了一块",
                                  "车门被蹭了一块", "宣传的是3万毫安的充电宝"])
def test_no_sum_is_read_from_them(said):
    assert ex.find_amount(said) is None
    assert ex.normalise_amount(said).value is None


@pytest.mark.parametrize("said, value", [("2万毫安的充电宝 花了129", "129.00"), ("90平的房子 装修花了八万", "80000.00"),
                                         ("2匹的空调 4299", "4299.00"), ("少找了我一块钱", "1.00"), ("一块五", "1.50")])
def test_the_sum_said_beside_them_is_read(said, value):
    assert ex.normalise_amount(said).value == value
