"""Kinds of answer for the demand, the sum, the date and the problem that new consumers use:
a demand for what was promised or owed, money named before 退, a sum told again at the demand
question, a value corrected while it is said, a rough sum then the exact one, and an account
that only passes a verdict. Wordings are this file's own."""
import datetime as dt

import pytest

from complaint import extract as ex
from complaint.extract.money import exact_sum

TODAY = dt.date(2026, 12, 6)  # a Sunday


def _named(said: str) -> list[str]:
    value = ex.normalise_demand(said).value
    assert value is not None, said
    return value.split("（")[0].split("、")


# ---------------------------------------------------------------- demand

@pytest.mark.parametrize("said", [
    "按当时说好的价格收",
    "照广告上说的给我",
    "按合同写的来",
    "按宣传单上写的给我上课",
    "网速恢复到宣传的500兆",
    "给我提速到他们承诺的速度",
])
def test_done_as_was_said_or_promised(said):
    assert "继续履行" in _named(said)


@pytest.mark.parametrize("said, categories", [
    ("要么继续给我上课 要么退钱", ["继续履行", "退款"]),
    ("继续让我练车", ["继续履行"]),
    ("继续给做保洁就行", ["继续履行"]),
])
def test_the_service_carried_on(said, categories):
    named = _named(said)
    assert all(c in named for c in categories), named


@pytest.mark.parametrize("said", ["给我补开收据", "把发票给我开了", "免费给开张发票", "把话费给我充上",
                                  "把宽带给我开通", "把油卡给我充好"])
def test_what_is_owed_done(said):
    assert "继续履行" in _named(said)


@pytest.mark.parametrize("said", ["把余额退给我", "剩下的退给我", "把快递费给我退了", "把没用完的退了",
                                  "把差价给我补上", "退加收的三百五"])
def test_money_named_before_or_after_the_return_is_money_back(said):
    named = _named(said)
    assert "退款" in named and "退货" not in named, named


def test_goods_counted_after_the_return_are_still_goods():
    assert "退货" in _named("退两件 留一件")


@pytest.mark.parametrize("said", ["把这伙人查了", "把那个黑店封了", "把他们罚了", "查查这帮骗子"])
def test_the_business_dealt_with(said):
    assert "依法查处" in _named(said)


@pytest.mark.parametrize("story", [
    "师傅非要换 收了我三百",
    "说给我换的是原装屏 结果是组装的",
    "硬要给我修 修完更坏了",
    "换过两次还是坏",
])
def test_what_the_merchant_insisted_on_or_did_is_no_demand(story):
    assert ex.find_demands(story) == []


@pytest.mark.parametrize("said", ["我找到收据了 准确是三千二百八", "我看了下账单 是二百四十八元",
                                  "收据上写的1280", "翻到小票了 是六百五十块"])
def test_a_sum_told_at_the_demand_question_is_no_demand(said):
    assert ex.normalise_demand(said).value is None


@pytest.mark.parametrize("said", ["退一半的钱 赔五百", "赔我两千的损失", "退三百块就行"])
def test_a_demand_that_names_a_sum_is_still_a_demand(said):
    assert ex.normalise_demand(said).value is not None


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("said, date", [
    ("上周六 哦不 上周日", "2026-11-29"),
    ("十月二十号 不是 十月二十二号", "2026-10-22"),
    ("前天 不对 大前天", "2026-12-03"),
    ("3月2号 不是不是 3月12号", "2026-03-12"),
    ("昨天 啊不 前天", "2026-12-04"),
    ("上个月十号 记错了 是上个月十二号", "2026-11-12"),
])
def test_a_date_corrected_while_said(said, date):
    assert ex.normalise_date(said, TODAY).value == date
    assert ex.find_date(said, TODAY) == date


def test_a_negation_that_corrects_nothing_leaves_the_date():
    assert ex.normalise_date("我不是本地人 上周三买的", TODAY).value == "2026-11-25"


@pytest.mark.parametrize("story, date", [
    ("充了两千的卡 卡是去年十一月办的 不对 是今年二月办的 二月三号", "2026-02-03"),
    ("今年一月交的物业费 一月十号", "2026-01-10"),
    ("去年五月买的 五月二十号", "2025-05-20"),
])
def test_a_month_then_its_day_or_a_correction_in_a_story(story, date):
    assert ex.find_date(story, TODAY) == date
    assert ex.rough_date(story) is None


# ---------------------------------------------------------------- amount

@pytest.mark.parametrize("said, amount", [
    ("三百来块 具体是286", "286.00"),
    ("两千多 准确说是2180", "2180.00"),
    ("一千左右 实际是一千零五十", "1050.00"),
    ("五百多吧 收据上是568", "568.00"),
])
def test_a_rough_sum_then_the_exact_one(said, amount):
    assert ex.normalise_amount(said).value == amount


@pytest.mark.parametrize("said, amount", [
    ("两千三 不是 两千五", "2500.00"),
    ("三千 哦不 三千五", "3500.00"),
    ("800 说错了 850", "850.00"),
])
def test_a_sum_corrected_while_said(said, amount):
    assert ex.normalise_amount(said).value == amount


@pytest.mark.parametrize("said, amount", [
    ("我找到收据了 准确是三千二百八", "3280.00"),
    ("我翻了下收据 是四百三十二块", "432.00"),
    ("看了账单 准确是二百四十八", "248.00"),
    ("收据上是1,280元", "1280.00"),
])
def test_a_sum_said_to_be_the_exact_one(said, amount):
    assert exact_sum(said) == amount


@pytest.mark.parametrize("said", ["其实是3月5号", "发票上写的型号是X90", "准确的说是两千多", "收据找不到了",
                                  "实际上他们没发货"])
def test_no_exact_sum_without_a_sum(said):
    assert exact_sum(said) is None


# ---------------------------------------------------------------- problem

@pytest.mark.parametrize("said", ["小店就是黑店", "这家培训机构太坑了", "修车厂骗人", "保姆不行", "吃出事了",
                                  "网上买的零食 踩雷了"])
def test_a_verdict_alone_is_no_account(said):
    assert ex.find_problem(said) is None
    assert ex.normalise_problem(said).value is None


@pytest.mark.parametrize("said", ["这家店太坑了 收了钱不发货", "商家骗我说是正品 结果是假的", "脸上留了疤",
                                  "狗耳朵被剪破了", "做个鼻子做毁了", "培训机构骗我贷款", "骗老人买保健品"])
def test_a_verdict_with_what_happened_is_an_account(said):
    assert ex.find_problem(said)


@pytest.mark.parametrize("said", ["我要匿名举报 一家美容院", "我想实名投诉一个商家"])
def test_asking_to_report_names_no_problem(said):
    assert ex.normalise_problem(said).value is None


@pytest.mark.parametrize("said", ["退钱 赔偿我的损失", "要求维修", "退款"])
def test_a_demand_alone_tells_no_problem(said):
    assert ex.find_problem(said) is None
