"""The sum paid for a whole span or lot, said after the price of one (issue 16): "一个月一百五 交了一年 一千八"
was read as two prices per unit and gave no sum; what was paid for the year is the sum."""
from complaint.extract import normalise_amount


def test_monthly_price_then_the_year_paid():
    assert normalise_amount("每个月两百 我交了一年 两千四").value == "2400.00"


def test_monthly_price_then_the_year_paid_in_digits_without_a_pause():
    assert normalise_amount("一个月80 续了一年960").value == "960.00"


def test_quarter_paid_after_the_monthly_fee():
    assert normalise_amount("月费三百 办了一个季度 九百").value == "900.00"


def test_the_year_paid_with_its_words_of_money():
    assert normalise_amount("一个月六十 充了一年的钱 七百二").value == "720.00"


def test_a_price_per_unit_beside_what_was_paid_still_left_out():
    assert normalise_amount("十块一小时 收了我六十").value == "60.00"
