"""Kinds read from the seventh real draw's tune half (issue 17), each in our own words: a
carrier's cancelled or delayed service, a purchase not yet at the shop, the power
company's charge of meter tampering, an account banned on any platform, and an advert
that is only an object (a flyer on the floor, a billboard)."""
import pytest

from knowledge_base import answer
from knowledge_base.fields import question_fields

from kb_testlib import declined_to, facet_ids, keys


@pytest.mark.parametrize("question", [
    "航空公司临时取消了航班，只给改签不给赔偿，合理吗",
    "坐的大巴半路停运了，客运站让我们自己想办法",
    "高铁晚点了三个小时，耽误了我转车，可以要求赔偿吗",
])
def test_a_carriers_cancellation_or_delay_quotes_its_duty(question):
    assert "民法典:820" in keys(answer(question)), (question, keys(answer(question)))


@pytest.mark.parametrize("question", [
    "家具还没到店，商家就让我把尾款付了，现在想退订可以吗",
    "订的车还没到店，我不想要了能退定金吗",
    "婚纱还没到店就收了全款，现在婚期取消了能解约吗",
])
def test_not_yet_at_the_shop_is_before_delivery(question):
    assert "terminate" in facet_ids(question), question


@pytest.mark.parametrize("question", [
    "供电公司说我家电表被动过，要我补交五千电费和违约金，可我根本没碰过",
    "电业局上门说我私接电线偷电，直接拉闸停电了",
    "电力局检查说我违约用电，罚款三倍电费，有依据吗",
])
def test_the_power_companys_charge_is_the_supply_contract(question):
    assert "power_supply" in facet_ids(question), question
    reply = answer(question)
    # the supply contract's rules: the user's duty and liability (655), paying by the meter (654)
    assert reply.confident and {"民法典:655", "民法典:654"} & set(keys(reply)), (question, keys(reply))


@pytest.mark.parametrize("question", [
    "被某平台封号了，也不说理由，能起诉吗",
    "小红书账号被封号，申诉没结果",
])
def test_an_account_banned_on_any_platform_is_its_appeal(question):
    declined_to(question, "申诉")


def test_a_riders_ban_is_still_the_workers_question():
    declined_to("我跑外卖的，被平台封号三天，扣了我两百块", "12333")


@pytest.mark.parametrize("question", [
    "顾客踩到店门口的广告纸滑倒了，我们要赔吗",
    "台风把我们挂的广告牌吹下来砸到了路人的车",
    "商场门口的广告架把我孩子绊倒了，商场有没有责任",
])
def test_an_advert_that_is_only_an_object_is_no_advertising_question(question):
    assert "advertising" not in question_fields(question), question


@pytest.mark.parametrize("question", [
    "店里发的广告单上写着全场五折，结账时却按原价收",
    "路边的广告牌上写着国家级产品，这样宣传合法吗",
])
def test_what_a_flyer_or_sign_says_is_still_advertising(question):
    assert "advertising" in question_fields(question), question
