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


@pytest.mark.parametrize("said", ["退钱 赔偿修复的费用", "修理的钱他们出", "维修费商家承担"])
def test_what_a_repair_costs_is_money_not_a_repair(said):
    named = _named(said)
    assert "赔偿" in named and "维修" not in named, named


def test_a_repair_asked_for_beside_its_cost_is_still_a_repair():
    assert _named("修好 维修期间的损失也要赔")[:2] == ["维修", "赔偿"]


@pytest.mark.parametrize("said", ["这种得查", "退差价 查一查", "查查是不是无证经营", "这种黑店必须查"])
def test_an_investigation_said_with_cha_alone(said):
    assert "依法查处" in _named(said)


@pytest.mark.parametrize("said", ["我查一下订单号", "我再查查物流", "检查一下"])
def test_looking_something_up_is_no_investigation(said):
    assert "依法查处" not in (ex.normalise_demand(said).value or "")


@pytest.mark.parametrize("said", ["换电池", "给换个屏就行", "更换刹车片", "换块主板"])
def test_a_part_replaced_is_a_repair(said):
    named = _named(said)
    assert "维修" in named and "换货" not in named, named


@pytest.mark.parametrize("said", ["给我换个新的", "换一台", "直接换货"])
def test_the_whole_thing_replaced_is_an_exchange(said):
    assert "换货" in _named(said)


@pytest.mark.parametrize("said", ["把照片给我 不然退钱", "把原装的零件还我", "把赠品补给我", "把底片交给我"])
def test_what_is_mine_handed_over(said):
    assert "继续履行" in _named(said)


@pytest.mark.parametrize("said", ["把钱给我", "把剩下的钱给我", "免单"])
def test_money_handed_back_or_the_bill_waived_is_a_refund(said):
    assert "退款" in _named(said)


@pytest.mark.parametrize("said", ["让他们管", "叫物业来处理", "要商家负责"])
def test_the_merchant_made_to_do_its_job(said):
    assert "继续履行" in _named(said)


@pytest.mark.parametrize("said, date", [("11.20", "2026-11-20"), ("12/4", "2026-12-04"), ("3.15号", "2026-03-15"),
                                        ("12.31", "2025-12-31")])
def test_a_month_and_day_written_with_a_dot(said, date):
    assert ex.normalise_date(said, TODAY).value == date


def test_a_dotted_number_in_a_story_is_no_date():
    assert ex.find_date("花了12.5元买的", TODAY) is None


@pytest.mark.parametrize("said, date", [("大概十一月初 11月3号", "2026-11-03"), ("十月中旬吧 10月16号", "2026-10-16"),
                                        ("上周二 哦是上周三", "2026-11-25")])
def test_a_rough_date_then_the_exact_one(said, date):
    assert ex.normalise_date(said, TODAY).value == date
    assert ex.find_date(said, TODAY) == date


@pytest.mark.parametrize("said, amount", [("两万出头 21600", "21600.00"), ("四千多 4180", "4180.00"),
                                          ("一千左右 980", "980.00"), ("三千 哦是三千二", "3200.00")])
def test_a_rough_sum_then_its_exact_value(said, amount):
    assert ex.normalise_amount(said).value == amount


# (a medical bill after the purchase is no part of its price: "刺身89 医药费四百多" is what the sashimi cost)
@pytest.mark.parametrize("said, amount", [("刺身89 医药费四百多", "89.00"), ("五百多 订金200", "500.00")])
def test_a_rough_sum_beside_another_thing_paid_is_kept(said, amount):
    assert ex.normalise_amount(said).value == amount


@pytest.mark.parametrize("story", ["保洁把地板刮花了一大片", "墙被他们弄花了一大块", "车漆划花了一道"])
def test_花_in_a_damage_is_no_payment(story):
    assert ex.find_amount(story) is None


@pytest.mark.parametrize("said", ["不想留名字哈 就是举报一个修理厂", "我替我爸反映个事 他不会用手机",
                                  "帮我妈投诉一下 她买的保健品", "不想实名 举报一家黑作坊"])
def test_who_files_and_for_whom_is_no_account(said):
    assert ex.normalise_problem(said).value is None


def test_an_account_for_someone_else_keeps_what_happened():
    assert ex.normalise_problem("替我奶奶反映一下 她在超市买的牛奶过期了").value == "她在超市买的牛奶过期了"


@pytest.mark.parametrize("said", ["换电池", "换个屏", "更换刹车片"])
def test_the_part_to_replace_is_kept_in_the_consumers_words(said):
    assert ex.normalise_demand(said).value == f"维修（{said}）"


@pytest.mark.parametrize("story, demands", [
    ("做完一边大一边小 医生说要再花钱修复 我要求赔偿", ["赔偿"]),
    ("客服让我自费换 我要求退款", ["退款"]),
    ("店家说可以修 我要退货", ["退货"]),
])
def test_what_the_merchant_said_or_offered_is_no_demand(story, demands):
    assert ex.find_demands(story) == demands


@pytest.mark.parametrize("story, date", [
    ("同程上买的 航班是川航的 10月18号的票", None),
    ("上周六的演唱会门票 黄牛卖的", None),
    ("10月10号买的10月18号的机票", "2026-10-10"),
    ("下单是11月3号 11月20号的演出", "2026-11-03"),
])
def test_the_day_of_the_journey_or_show_is_not_when_it_was_bought(story, date):
    assert ex.find_date(story, TODAY) == date


def test_the_day_of_the_journey_said_as_the_answer_is_taken():
    assert ex.normalise_date("10月18号的票", TODAY).value == "2026-10-18"


@pytest.mark.parametrize("story", ["油价牌上写的7块2 加完油按7块8收的", "价签上写的12块 结账按15块算的 一共买了三斤",
                                   "单价牌上写的九块九 按十二块九算的"])
def test_prices_per_unit_on_a_board_or_charged_at_are_no_sum_paid(story):
    assert ex.find_amount(story) is None
    assert ex.normalise_amount(story).value is None


@pytest.mark.parametrize("said", ["一共", "一起付的", "一直没退"])
def test_one_in_a_word_is_no_sum(said):
    assert ex.normalise_amount(said).value is None


@pytest.mark.parametrize("said, date", [("11号还是12号来着 应该是12号", "2026-11-12"),
                                        ("上周五吧 应该是上周四", "2026-11-26"),
                                        ("5号 其实是6号", "2026-12-06")])
def test_a_hedged_date_settled(said, date):
    assert ex.normalise_date(said, TODAY).value == date


@pytest.mark.parametrize("said", ["前几天", "11月二十几号", "前阵子", "最近"])
def test_near_a_date_is_asked_more_exactly(said):
    assert ex.normalise_date(said, TODAY).error == ex.ERR_PARTIAL


def test_a_month_alone_is_read_as_the_month_and_its_day_asked():
    # "11月份" is read as "今年11月" is (its first day, and the dialogue asks which day), not refused
    assert ex.normalise_date("11月份", TODAY).value == "2026-11-01" and ex.rough_date("11月份") == "11月"


@pytest.mark.parametrize("said, amount", [("七八百", "700.00"), ("两三千", "2000.00"), ("三千五六", "3500.00"),
                                          ("三四十块", "30.00")])
def test_a_range_of_sums_is_its_lower_end(said, amount):
    assert ex.normalise_amount(said).value == amount


@pytest.mark.parametrize("said, amount", [("12k", "12000.00"), ("1.2w", "12000.00"), ("3K", "3000.00")])
def test_thousands_and_ten_thousands_in_letters(said, amount):
    assert ex.normalise_amount(said).value == amount


@pytest.mark.parametrize("said, amount", [("两千 应该是两千二", "2200.00"), ("三千 应该是2月买的", "3000.00")])
def test_a_sum_settled_after_a_hedge(said, amount):
    assert ex.normalise_amount(said).value == amount


def test_a_digit_string_is_still_read_digit_by_digit():
    assert ex.parse_number("二零二六") == 2026


@pytest.mark.parametrize("said", ["返现给我", "把承诺的返现给我", "赠品发给我", "再给我寄一个", "给我补寄一个"])
def test_what_was_promised_with_the_purchase_or_sent_again(said):
    assert "继续履行" in _named(said)


@pytest.mark.parametrize("said", ["不想要了", "我不要了", "东西不要了吧"])
def test_not_wanting_it_any_more_is_a_return(said):
    assert _named(said)[:2] == ["退货", "退款"]


@pytest.mark.parametrize("said", ["退订金", "把课时退了", "把卡退了"])
def test_a_deposit_a_course_or_a_card_returned_is_money_back(said):
    named = _named(said)
    assert named == ["退款"], named


@pytest.mark.parametrize("said", ["钟国庆", "我叫张国庆 在苏宁买的冰箱坏了", "联系人王国庆"])
def test_guoqing_in_a_name_is_no_holiday(said):
    assert ex.find_date(said, TODAY) is None


@pytest.mark.parametrize("said, date", [("国庆", "2026-10-01"), ("去年国庆买的", "2025-10-01"),
                                        ("国庆的时候在京东买的", "2026-10-01"), ("是国庆节那天", "2026-10-01")])
def test_the_national_day_holiday_is_still_a_date(said, date):
    assert ex.find_date(said, TODAY) == date


@pytest.mark.parametrize("account", ["订了房间到了说没房了", "付了定金 结果没货了", "买了票到了却说没座位了",
                                     "去取车才知道没车了"])
def test_what_was_booked_not_there_when_due_is_an_account(account):
    assert ex.normalise_problem(account).value == account


@pytest.mark.parametrize("said", ["没有了", "说没有了", "他说没了"])
def test_nothing_more_is_no_account(said):
    assert ex.normalise_problem(said).value is None
