"""Kinds of values dropped, mangled or misread that new users met (the exploring helper's kinds 2, 7,
8, 10), each in our own words, with what must stay as it was."""
from __future__ import annotations

import datetime as dt

import pytest

from complaint import extract as ex

TODAY = dt.date(2026, 12, 6)


# ---- a sum said bare among the other details is what was paid

@pytest.mark.parametrize("text, expected", [
    ("在国美买的洗衣机，10月8号买的，两千六，脱水有异响", "2600.00"),
    ("网上买的羽绒服，七百五，穿了一次就掉毛", "750.00"),
    ("上周在商场买的跑步机，一万二，电机烧了，要求退货", "12000.00"),
])
def test_a_bare_sum_among_the_details_is_the_price(text, expected):
    assert ex.find_amount(text) == expected


@pytest.mark.parametrize("text", [
    "用了三百次，按键坏了",       # a count, not a clause of its own
    "一百，两百，三百",           # several bare sums: which was paid is asked
    "十五，还是不行",             # no 百/千/万: perhaps a day
    "两千",                      # a message of one sum is the amount question's to read
])
def test_no_bare_sum_read_where_none_is_meant(text):
    assert ex.find_amount(text) is None


# ---- a sum wanted back is no price

@pytest.mark.parametrize("text", ["希望把卡里剩下的钱退给我，要求退还余额八百元", "请他们退还多扣的四十块",
                                  "让店家退我五百块", "要求赔偿我两千元"])
def test_a_sum_asked_back_is_not_what_was_paid(text):
    assert ex.find_amount(text) is None


@pytest.mark.parametrize("text, expected", [
    ("办卡花了3000元，要求退还余额1200元", "3000.00"),
    ("要求退还我花的980元", "980.00"),
    ("要求退还全部货款4500元", "4500.00"),
])
def test_the_price_paid_still_read_beside_a_refund(text, expected):
    assert ex.find_amount(text) == expected


def test_liu_xu_is_no_numeral():
    assert ex.normalise_amount("上个月份陆陆续续交的").value is None
    assert ex.find_amount("陆续充了两千块") == "2000.00"
    assert ex.find_amount("陆佰元") == "600.00"


# ---- a phone read out digit by digit holds no date

@pytest.mark.parametrize("text", ["幺五九零一二三四五六七", "一八六五一二二三三四四",
                                  "我的电话是一三九五一零零八八六六"])
def test_spoken_phone_digits_are_no_date(text):
    assert ex.find_date(text, TODAY) is None


def test_holiday_date_still_read_beside_spoken_digits():
    assert ex.find_date("五一那天买的", TODAY) == "2026-05-01"
    assert ex.find_date("电话幺三九一二三四五六七八，五一买的", TODAY) == "2026-05-01"


# ---- a name said beside the phone

@pytest.mark.parametrize("text, expected", [
    ("李红梅 13712345678", "李红梅"), ("周涛，电话15011112222", "周涛"), ("18912345678 郑丽", "郑丽"),
])
def test_a_name_said_with_the_phone(text, expected):
    assert ex.find_name(text) == expected


@pytest.mark.parametrize("text", ["退货 13712345678", "好的 13712345678", "电话13712345678", "衣服 13712345678"])
def test_no_name_beside_a_phone_where_none_is_said(text):
    assert ex.find_name(text) is None


# ---- the product not run on into the words around it

@pytest.mark.parametrize("text, expected", [
    ("我是陈静，手机13911112222，在超市买的电饭煲用了三天就坏了", "电饭煲"),
    ("买的智能手表充电的时候发烫", "智能手表"),
    ("配的眼镜度数一直不准", "眼镜"),
])
def test_the_product_without_the_words_around_it(text, expected):
    assert ex.find_story_product(text) == expected


def test_a_part_named_with_its_thing_is_kept():
    assert ex.find_story_product("买的手机充电器坏了") == "手机充电器"


# ---- where it is, or where an app came from, is no merchant

@pytest.mark.parametrize("text", ["应用商店下载的软件", "在手机应用市场里装的", "App Store买的会员"])
def test_an_app_store_is_no_merchant(text):
    assert ex.find_merchant(text, strict=True) is None


# ---- the problem text without the consumer's own name and phone

@pytest.mark.parametrize("text, expected", [
    ("我叫何平，电话13866667777，买的热水器漏水", "买的热水器漏水"),
    ("我是郭芳，手机18700001111，网上买的面膜过敏了", "网上买的面膜过敏了"),
])
def test_the_account_leaves_out_who_i_am(text, expected):
    assert ex.find_problem(text) == expected
    assert ex.normalise_problem(text).value == expected


def test_who_the_consumer_is_stays_in_the_account():
    assert ex.normalise_problem("我是退休老人，买的保健品没用").value == "我是退休老人，买的保健品没用"


# ---- two-character names that are also words (kind 7)

@pytest.mark.parametrize("text, expected", [
    ("黄山", "黄山"), ("高远", "高远"), ("万里", "万里"), ("江南", "江南"),
    ("我就叫万里", "万里"), ("那就写李先生", "李先生"), ("就填张女士吧", "张女士"),
])
def test_names_that_are_also_words_are_names(text, expected):
    assert ex.normalise_name(text).value == expected


@pytest.mark.parametrize("text", ["马上", "方便", "石头", "方便面", "随便", "退款", "高速"])
def test_answer_words_are_still_no_names(text):
    assert ex.normalise_name(text).value is None


# ---- a seller with no name, described (kind 8)

@pytest.mark.parametrize("text, expected", [
    ("不知道叫啥，就是个推小车卖烤红薯的大爷", "名称不详（就是个推小车卖烤红薯的大爷）"),
    ("没名字，一个骑电动车卖水果的小贩", "名称不详（一个骑电动车卖水果的小贩）"),
    ("没有招牌的小饭馆", "名称不详（没有招牌的小饭馆）"),
    ("不清楚叫什么公司 就是到村里搞推销的", "名称不详（就是到村里搞推销的）"),
])
def test_a_seller_with_no_name_described(text, expected):
    assert ex.normalise_merchant(text).value == expected
    assert ex.knows_no_name(text)


@pytest.mark.parametrize("text", ["不知道", "不知道店名，在万达广场", "不知道叫啥，淘宝上的一家店", "楼下那家洗衣店"])
def test_no_description_taken_without_a_seller_or_online(text):
    assert ex.normalise_merchant(text).value is None


def test_a_name_given_after_all_wins():
    assert ex.normalise_merchant("忘了叫啥了 好像叫老张烧烤").value == "老张烧烤"
    assert ex.normalise_merchant("没有店名的小面馆 门头上挂的牌子是 王嬢嬢小面").value == "王嬢嬢小面"
    assert ex.normalise_merchant("无名小店，招牌是阿福烧饼").value == "阿福烧饼"


@pytest.mark.parametrize("text", ["带货小王的直播间", "阿珍的抖音小店"])
def test_a_room_said_as_whose_it_is(text):
    assert ex.normalise_merchant(text).value == text


@pytest.mark.parametrize("text", ["抖音的直播间", "一个主播的直播间", "朋友的小店"])
def test_a_room_of_no_one_named_is_asked(text):
    assert ex.normalise_merchant(text).value is None


# ---- a month said with no day (kind 10)

@pytest.mark.parametrize("text", ["九月份买的", "十月份断断续续充的", "10月份陆陆续续交的"])
def test_a_month_without_a_day_asks_the_day(text):
    # read as "今年九月" is: the month's first day, and rough_date tells the dialogue to ask which day
    parsed = ex.normalise_date(text, TODAY)
    assert parsed.value is not None and parsed.value.endswith("-01") and ex.rough_date(text) is not None


def test_a_month_with_its_day_is_read():
    assert ex.normalise_date("九月份三号买的", TODAY).value == "2026-09-03"
    assert ex.normalise_date("买了个月饼", TODAY).error == ex.ERR_FORMAT


@pytest.mark.parametrize("said, day", [
    ("二零二五年十一月五号", "2025-11-05"), ("我二〇二四年三月八日买的", "2024-03-08"),
    ("卡是二零二五年十二月一号办的", "2025-12-01"), ("2025年十一月二十号", "2025-11-20")])
def test_a_year_said_in_characters_is_that_year(said, day):
    assert ex.find_date(said, dt.date(2026, 12, 7)) == day
    assert ex.normalise_date(said, dt.date(2026, 12, 7)).value == day


@pytest.mark.parametrize("said, thing", [
    ("快递说签收了 我根本没收到 1599的吸尘器", "吸尘器"), ("八百多的羽绒服洗一次就跑绒", "羽绒服"),
    ("买了两百块的蛋糕 里面有头发", "蛋糕")])
def test_the_price_said_before_the_thing_is_no_part_of_its_name(said, thing):
    assert ex.find_story_product(said) == thing


@pytest.mark.parametrize("said", ["狗在宠物店洗澡被烫伤了 要求店家承担医药费", "孩子在托管班摔伤 希望对方赔医药费",
                                  "装修完墙面开裂 要求商家给重新刷"])
def test_what_the_consumer_asks_for_is_no_thing_bought(said):
    found = ex.find_story_product(said)
    assert not found or not found.startswith(("要求", "希望"))
