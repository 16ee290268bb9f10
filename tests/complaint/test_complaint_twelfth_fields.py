"""Kinds of field found failing in the twelfth set of simulated consumers (own wording throughout):
lunar dates and lunar feasts, a year said before the day settled on, today spoken of for the
complaint or for what was found out, a count of visits or of goods beside the sum, a repair shop's
sign, a penalty or a promised level asked for, a part named by its thing, a course paid by card,
a thing named with a question mark, a remark in brackets."""
import datetime as dt

import pytest

from actions import dialogue
from complaint import extract as ex

TODAY = dt.date(2026, 12, 7)


# ------------------------------------------------------------------ lunar dates and feasts

@pytest.mark.parametrize("said, date", [
    ("去年冬月初八买的", "2025-12-27"),          # lunar 2025, 11th month
    ("今年元宵节那天", "2026-03-03"),
    ("2024年腊月廿三", "2025-01-22"),            # the 12th month of lunar 2024 falls in January 2025
    ("七夕", "2026-08-19"),                      # no year: the latest one past
    ("农历八月十五", "2026-09-25"),
    ("大年初二去的", "2026-02-18"),
    ("三月初三", "2026-04-19"),
    ("二月二龙抬头那天", "2026-03-20"),
    ("去年端午", "2025-05-31"),
    ("2024年除夕", "2024-02-09"),                # the eve of 2024's new year
    ("腊月三十", "2026-02-16"),                  # a 29-day 腊月: its last day
])
def test_lunar_dates_read_by_the_lunar_calendar(said, date):
    assert ex.normalise_date(said, TODAY).value == date


@pytest.mark.parametrize("said", ["腊月里", "重阳节前", "春节期间", "去年腊月间"])
def test_a_lunar_month_or_a_feast_with_no_day_is_asked_again(said):
    parsed = ex.normalise_date(said, TODAY)
    assert parsed.value is None and parsed.error == ex.ERR_PARTIAL


@pytest.mark.parametrize("said, date", [
    ("今年中秋前后 其实就是中秋当天", "2026-09-25"),   # near it, then the day itself
    ("去年腊月头上吧 记得是腊月十六", "2026-02-03"),   # the year said first holds for the day
    ("2025年腊月十八 快放假前报的", "2026-02-05"),
])
def test_the_lunar_day_settled_on_takes_the_year_said_first(said, date):
    assert ex.normalise_date(said, TODAY).value == date
    assert ex.find_date(said, TODAY) == date


@pytest.mark.parametrize("said", ["买的中秋月饼发霉了", "腊八粥里有虫子", "端午粽子馅是坏的", "小年轻不懂事"])
def test_a_thing_named_for_a_feast_gives_no_date(said):
    assert ex.find_date(said, TODAY) is None


# ------------------------------------------------------------------ a year said before the day

@pytest.mark.parametrize("said, date", [
    ("应该是去年夏天 七月几号不记得了 七月二十", "2025-07-20"),
    ("前年冬天吧 十二月 十二月三号", "2024-12-03"),
    ("去年春天 三月十号", "2025-03-10"),
])
def test_year_said_in_passing_holds_for_the_day_settled_on(said, date):
    assert ex.find_date(said, TODAY) == date


def test_a_later_day_of_something_else_keeps_its_own_year():
    # the purchase's month is the date; the day after it is when it broke
    assert ex.find_date("去年10月买的冰箱 12月2号坏了", TODAY) == "2025-10-01"


# ------------------------------------------------------------------ today, not the purchase

@pytest.mark.parametrize("said", ["今天可以提交吗", "我这单今天能有人处理吗", "今天之内会回复我吗"])
def test_today_spoken_of_for_the_complaint_is_no_date(said):
    assert ex.normalise_date(said, TODAY).value is None


@pytest.mark.parametrize("story", [
    "上半年在美容院办了一张卡 今天过去一看人去楼空 门关了",
    "在培训机构报了个班，昨天发现老板跑路了",
    "在他家订了一套沙发，今天打电话联系不上了",
])
def test_the_day_something_was_found_out_is_no_purchase_date(story):
    assert ex.find_date(story, TODAY) is None


@pytest.mark.parametrize("story, date", [
    ("昨天在超市买的酸奶，今天喝了发现胀袋", "2026-12-06"),
    ("今天买的鞋", "2026-12-07"),
    ("前天 在楼下买了一箱橙子", "2026-12-05"),
])
def test_the_day_of_the_buying_is_still_read(story, date):
    assert ex.find_date(story, TODAY) == date


# ------------------------------------------------------------------ sums beside counts

@pytest.mark.parametrize("said, value", [
    ("五箱 一箱六十 三百", "300.00"),           # how many, the price of one, then the total
    ("买了两件 每件一百二 二百四", "240.00"),
    ("三袋 一袋八十五 二百五十五", "255.00"),
])
def test_count_price_of_one_then_total(said, value):
    assert ex.normalise_amount(said).value == value


@pytest.mark.parametrize("said, value", [
    ("师傅来了两回 一共收我一百二", "120.00"),
    ("收了四回 两百", "200.00"),
    ("跑了三回 每回都收钱 总共九十", "90.00"),
])
def test_visits_counted_with_hui_are_no_sum(said, value):
    assert ex.normalise_amount(said).value == value


# ------------------------------------------------------------------ demands

@pytest.mark.parametrize("said", ["华通汽车维修", "就是路口那家家电维修中心", "老李汽修 招牌上写的老李汽车维修"])
def test_a_repair_shops_name_is_no_repair_demand(said):
    assert "维修" not in ex.find_demands(said)


@pytest.mark.parametrize("said", ["上门维修", "维修", "给我维修好"])
def test_a_repair_asked_for_is_still_a_demand(said):
    assert "维修" in ex.find_demands(said)


@pytest.mark.parametrize("said", ["按合同赔违约金", "工期拖了 要他们支付违约金", "交房晚了 开发商得承担违约金"])
def test_a_penalty_the_merchant_pays_is_compensation(said):
    assert "赔偿" in ex.find_demands(said)


def test_a_penalty_the_consumer_is_spared_is_no_compensation():
    assert "赔偿" not in ex.find_demands("解约的违约金给我免了")


@pytest.mark.parametrize("said", ["网速必须达到五百兆", "要么提速到宣传的那个速度 要么退钱", "水压要达标"])
def test_the_service_brought_up_to_what_was_sold_is_performance(said):
    assert "继续履行" in ex.find_demands(said)


# ------------------------------------------------------------------ products

@pytest.mark.parametrize("story, product", [
    ("网上买了个拖拉机的零件 发错了", "拖拉机零件"),
    ("买了个平板的充电器 插上没反应", "平板充电器"),
    ("淘宝买的电动牙刷的刷头 用两天就掉毛", "电动牙刷刷头"),
])
def test_a_part_is_named_by_its_thing(story, product):
    assert ex.find_story_product(story) == product


@pytest.mark.parametrize("story, product", [
    ("女儿的瑜伽课，交钱办卡时说不想上了可以退", "瑜伽课"),
    ("儿童游泳班 当时办卡说能退 现在不认了", "儿童游泳班"),
    ("健身私教课 办卡的时候销售说随时退", "健身私教课"),
])
def test_a_course_paid_by_card_is_the_course(story, product):
    assert ex.find_story_product(story) == product


def test_a_card_with_no_course_named_is_still_the_card():
    assert ex.find_story_product("在健身房办了张卡 现在关门了") == "健身卡"


@pytest.mark.parametrize("story, product", [
    ("镇上买的电动三轮车 刹车不灵", "电动三轮车"),
    ("给我爸买的老年代步四轮车 开了一个月就趴窝", "老年代步四轮车"),
    ("买的电瓶三轮车 电机坏了", "电瓶三轮车"),
])
def test_the_wheels_counted_are_part_of_a_vehicles_name(story, product):
    assert ex.find_story_product(story) == product


@pytest.mark.parametrize("said, product", [
    ("豆浆？", "豆浆"),
    ("洗衣机?", "洗衣机"),
    ("蛋糕？？", "蛋糕"),
])
def test_a_thing_named_with_a_question_mark_answers_the_product(said, product):
    assert ex.normalise_product(said).value == product
    values, error = dialogue.fill_from_message({"text": said, "intent": {"name": "inform"}}, "complaint_form",
                                               "product", {"problem": "东西有问题"})
    assert values.get("product") == product and error is None


@pytest.mark.parametrize("said", ["什么产品？", "车的型号？", "李明？", "客服？"])
def test_a_question_back_is_no_product(said):
    assert ex.normalise_product(said).value is None


@pytest.mark.parametrize("said, product", [
    ("手机碎屏险（一年）", "手机碎屏险"),
    ("汽车保养套餐（五次）", "汽车保养套餐"),
    ("空调清洗服务(两台)", "空调清洗服务"),
])
def test_a_remark_in_brackets_is_no_part_of_the_name(said, product):
    assert ex.normalise_product(said).value == product


@pytest.mark.parametrize("story, product", [
    ("买的窗帘尺寸不对 挂不上", "窗帘"),
    ("网上买的打印机墨盒型号跟说明不一样", "打印机墨盒"),
    ("买的外套颜色和图片差很多", "外套"),
])
def test_the_attribute_that_was_wrong_is_no_part_of_the_name(story, product):
    assert ex.find_story_product(story) == product


@pytest.mark.parametrize("story, product", [
    ("超市买的饼干里有只虫", "饼干"),
    ("网上买的酸奶中发现异物", "酸奶"),
    ("买的月饼内有头发", "月饼"),
])
def test_where_inside_the_thing_is_no_part_of_its_name(story, product):
    assert ex.find_story_product(story) == product


def test_a_set_meal_with_something_inside_it_is_asked_which():
    # 套餐 alone says no more than "a set meal": which one is asked
    assert ex.find_story_product("团购的套餐里写着有虾 端上来一只都没有") is None


@pytest.mark.parametrize("said", ["修补的钱要佢出", "退钱 检查费都要佢哋出", "损失由佢负责"])
def test_a_cost_the_merchant_bears_said_in_cantonese_is_compensation(said):
    assert "赔偿" in ex.find_demands(said)
