"""What was paid, when the answer names a listed or agreed price and what it came to."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said, paid", [
    ("原价800 加到1500", "1500.00"),
    ("说好200 装完收了我800", "800.00"),
    ("标价99 结账收了129", "129.00"),
    ("原价3999，活动价2999", "2999.00"),
    ("原价800块 实际付了650块", "650.00"),
    ("花了1500 原价800", "1500.00"),     # the paid sum said first stays
    ("3999元", "3999.00"),
    ("两晚1760", "1760.00"),
])
def test_the_sum_it_came_to_is_what_was_paid(said, paid):
    assert ex.normalise_amount(said).value == paid


@pytest.mark.parametrize("story", ["充电宝充了一晚上鼓包了", "充了一夜电就坏了", "洗了一遍就掉色"])
def test_a_count_of_nights_or_times_is_no_sum(story):
    assert ex.find_amount(story) is None


def test_so_much_a_month():
    assert ex.normalise_amount("三百一个月").value == "300.00"   # 三百 a month, not 三百一
    assert ex.normalise_amount("两千一").value == "2100.00"


@pytest.mark.parametrize("story, paid", [
    ("双十一买的吹风机 说是全年最低价两千九 过了三天降到两千四了 而且说的原价三千九根本没卖过", None),  # asked
    ("原价899的东西", "899.00"),      # the one sum said
    ("价格是3999", "3999.00"),
    ("装完收了我800", "800.00"),
])
def test_a_listed_price_among_other_sums_is_no_answer(story, paid):
    assert ex.find_amount(story) == paid


def test_a_sum_is_never_cut_from_a_longer_number_before_a_count():
    from complaint.extract import find_amount
    # "五千 天天去": the sum is 五千 ("天天" starts the next phrase), never the 五 of it
    assert find_amount("我妈办了理疗卡充了五千 天天去那听课") == "5000.00"
    assert find_amount("花了三天") is None and find_amount("花了3 天") is None


@pytest.mark.parametrize("answer, amount", [
    ("押金多扣了100 总共付了1300", "1300.00"),          # the total, whatever else was said
    ("衣服399 还有快递费15", "399.00"),                 # sums side by side: the main one
    ("10块一小时 一共收了我80", "80.00"),               # a price per unit is left out
    ("收了五块 五个包裹", "5.00"),                      # a count after a sum is no jiao
])
def test_the_sum_paid_among_other_numbers_in_an_answer(answer, amount):
    assert ex.normalise_amount(answer).value == amount


@pytest.mark.parametrize("story", [
    "报了个钢琴班 一共60节课 上了12节老师就走了",          # a count, not money
    "听讲座买了一堆理疗仪 花了两万多",                    # about that much: the sum is asked
    "菜市场的猪肉每斤28块 称的秤还不准",                  # a price per unit
])
def test_a_story_whose_only_number_is_no_sum_paid_leaves_the_amount_to_be_asked(story):
    assert ex.find_amount(story) is None


def test_a_story_with_a_rough_and_an_exact_sum_takes_neither_rough():
    assert ex.find_amount("看病又花了三千多 挂号费共计收了260元") == "260.00"


@pytest.mark.parametrize("said, amount", [("一桌四百二十六", "426.00"), ("一锅一百二", "120.00"),
                                          ("一单二百九十九", "299.00")])
def test_a_count_of_tables_pots_or_orders_before_the_sum_is_no_sum(said, amount):
    assert ex.normalise_amount(said).value == amount
