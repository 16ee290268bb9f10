"""Values said with words around them (issue 16), in wordings of our own: a month then its
day after a hedge or a correction; the purchase day among other days of the story; watts
are no sum; who the consumer is is no name; a cost the merchant is to bear is compensation."""
import datetime as dt

import pytest

from complaint import extract as ex

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize("said, date", [
    ("今年4月 好像是12号", "2026-04-12"),
    ("去年八月份 应该是二十号吧", "2025-08-20"),
    ("上个月 记得是三号", "2026-11-03"),
    ("今年6月 大概18号", "2026-06-18"),
])
def test_a_month_then_its_day_after_a_hedge(said, date):
    assert ex.normalise_date(said, TODAY).value == date
    assert ex.rough_date(said) is None  # the day is said: not asked again


@pytest.mark.parametrize("said, date", [
    ("7月9号 不对 是10号", "2026-07-10"),
    ("上个月20号 哦不 21号", "2026-11-21"),
    ("2025年5月3号 说错了 是4号", "2025-05-04"),
])
def test_a_day_corrected_keeps_its_month(said, date):
    assert ex.normalise_date(said, TODAY).value == date
    assert ex.normalise_date(ex.self_corrected(said), TODAY).value == date


@pytest.mark.parametrize("said, date", [
    ("11月20号入住的 10月15号订的房", "2026-10-15"),
    ("上周六收到的 上周一下的单", "2026-11-23"),
    ("12月1号开课 11月10号交的钱", "2026-11-10"),
    ("8月3号付的定金 9月安装的", "2026-08-03"),
])
def test_the_purchase_day_among_other_days(said, date):
    assert ex.normalise_date(said, TODAY).value == date


@pytest.mark.parametrize("said", ["买的120W快充头 用了一周就烧了", "说是原装的45w充电器", "一个20W的灯泡"])
def test_watts_are_no_sum(said):
    assert ex.find_amount(said) is None


@pytest.mark.parametrize("said, amount", [("花了3w", "30000.00"), ("1.2w块", "12000.00"), ("一共5w，没退", "50000.00")])
def test_w_is_still_ten_thousand_where_it_is_money(said, amount):
    assert ex.find_amount(said) == amount


@pytest.mark.parametrize("said", ["我是个退休工人 不会打字", "你好 我是一名外卖员", "我是位老人家",
                                  "我是那个买了空调的"])
def test_who_the_consumer_is_is_no_name(said):
    assert ex.find_name(said) is None
    assert ex.normalise_name(said).value is None


@pytest.mark.parametrize("said", ["我是王秀英", "我是那日苏"])
def test_a_name_after_wo_shi_is_still_one(said):
    assert ex.find_name(said) == said[2:]


@pytest.mark.parametrize("said, demands", [
    ("退货 来回运费他出", ["退货", "赔偿"]),
    ("重新装 拆装的人工费让他承担", ["继续履行", "赔偿"]),
    ("拆了退钱", ["退货", "退款"]),
    ("换一批新的 损失由老板负责", ["换货", "赔偿"]),
])
def test_a_cost_the_merchant_bears_is_compensation(said, demands):
    assert ex.find_demands(said) == demands


@pytest.mark.parametrize("said", ["外卖小哥不给送到门口 让我自己下楼拿", "物业说不上门 让我们自己找人修",
                                  "店里死活不给开票", "快递员根本不送 直接放驿站"])
def test_what_the_merchant_would_not_do_is_no_demand(said):
    assert ex.find_demands(said) == []
