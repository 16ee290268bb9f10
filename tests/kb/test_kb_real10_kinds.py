"""Kinds of wrong answer found on the real10 tuning questions (issue 17), in our own words,
none taken from any set:

- how long a repair takes, asked with no money, parts or lie told, was typed as a repairer's
  overcharge (repair-fraud articles quoted): repair_overcharge now needs a repair job and a
  charge, a part or a deceit told (answering.TYPE_NEEDS);
- goods bought as new that hold someone else's messages, photos or an earlier activation
  were read as a personal-data question: they are a used thing sold as new (the used_as_new
  facet: 消法55 and 消法24), and the privacy facet leaves them out;
- a used phone or computer bought in a shop was typed as a second-hand platform's sale and
  quoted the online rules (网络消费规定7): the type is not for a shop's sale with no platform,
  private seller or parcel told (answering.TYPE_UNLESS); a price raised after the sale was
  agreed or paid ('付了钱又说要加三百') is the extra-fee issue;
- no menu or price list shown before a bill is disputed is the duty to mark prices (价格法13):
  the extra_fee facet and the price field read it, also beside another issue (an invoice refused);
- a camera or a phone bought is goods, not a photo shoot, whatever photos it holds."""
import pytest

from knowledge_base import answer
from knowledge_base.answering import facets_of

from tests.kb.kb_testlib import facet_ids, keys

ONLINE_RULE = "最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）:7"


@pytest.mark.parametrize("question", [
    "家里的电视坏了报修，正常情况下多久能修好",
    "油烟机送去售后，一般维修需要几天",
    "洗碗机维修通常要多长时间",
])
def test_how_long_a_repair_takes_is_no_overcharge(kb, question):
    reply = answer(question)
    assert reply.dispute_type != "repair_overcharge", question
    assert "侵害消费者权益行为处罚办法:8" in keys(reply), keys(reply)
    assert "侵害消费者权益行为处罚办法:13" not in keys(reply), keys(reply)
    assert "谎报" not in reply.summary, reply.summary[:160]


@pytest.mark.parametrize("question", [
    "修燃气灶的师傅把没坏的零件全换了还收了我四百",
    "空调维修完给的账单上多了好几项根本没做的",
    "找的上门修马桶的师傅报价五十，修完要三百",
])
def test_a_repairers_overcharge_is_still_one(kb, question):
    reply = answer(question)
    assert reply.dispute_type == "repair_overcharge", (question, reply.dispute_type)
    assert "消费者权益保护法:55" in keys(reply), keys(reply)


@pytest.mark.parametrize("question", [
    "新买的手机里有陌生人的通话记录，柜台说不可能",
    "在专卖店买的新笔记本电脑，查到激活时间比我买的那天早了一个月",
    "商场买的平板电脑，里面有上一个用户的聊天记录，店员说是测试留下的",
    "数码城买的全新相机，相册里存着别人拍的照片",
])
def test_goods_bought_as_new_with_earlier_use_are_deceit(kb, question):
    assert "used_as_new" in facet_ids(question), facet_ids(question)
    assert "privacy" not in facet_ids(question), facet_ids(question)
    reply = answer(question)
    assert reply.confident
    assert "消费者权益保护法:55" in keys(reply), keys(reply)
    assert "消费者权益保护法:29" not in keys(reply), keys(reply)
    assert reply.dispute_type != "wedding_photography", question


@pytest.mark.parametrize("question", [
    "修手机的时候店员翻看了我手机里的照片",
    "手机店把我的手机号卖给了搞推销的",
    "我已经把手机激活了，还能退吗",
])
def test_ones_own_data_or_activation_is_no_used_goods(kb, question):
    assert "used_as_new" not in facet_ids(question), facet_ids(question)


@pytest.mark.parametrize("question", [
    "实体店买的二手手机，付了钱店家又说要加三百才能解锁",
    "在电脑城的店里买了台二手笔记本，店员说九成新，用了两天就黑屏",
    "在手机店买的二手平板，店主说的电池健康度是假的",
])
def test_a_used_thing_bought_in_a_shop_is_no_platform_sale(kb, question):
    reply = answer(question)
    assert reply.confident
    assert reply.dispute_type != "secondhand_platform", question
    assert ONLINE_RULE not in keys(reply), keys(reply)
    assert not any(k.startswith("电子商务法") for k in keys(reply)), keys(reply)


@pytest.mark.parametrize("question", [
    "闲鱼上买的二手相机是翻新的，卖家说个人闲置不退",
    "转转上买的二手耳机收到发现是假的",
    "二手平台上的卖家说是自用的包，鉴定是高仿",
])
def test_a_platform_or_private_second_hand_sale_keeps_its_type(kb, question):
    reply = answer(question)
    assert reply.dispute_type == "secondhand_platform", (question, reply.dispute_type)


@pytest.mark.parametrize("question", [
    "实体店买的二手手机，付了钱店家又说要加三百才能解锁",
    "车行的二手电动车讲好八百，付完钱老板又要再加一百才给钥匙",
    "店里说这台电脑只要两千，交了钱又说还需加价五百才给装系统",
])
def test_a_price_raised_after_payment_is_an_extra_fee(kb, question):
    assert "extra_fee" in facet_ids(question), facet_ids(question)
    got = keys(answer(question))
    # the promise kept, the contract performed, or the price rules (no charge beyond the marked
    # price, a price promise broken)
    assert {"消费者权益保护法实施条例:12", "民法典:577", "民法典:509", "消费者权益保护法:16", "价格法:13",
            "明码标价和禁止价格欺诈规定:8", "明码标价和禁止价格欺诈规定:19"} & set(got), got
    assert ONLINE_RULE not in got, got


@pytest.mark.parametrize("question", [
    "大排档点菜没有菜单，结账时一盘炒粉要六十",
    "洗浴中心的饮料没有价目表，出来结账一瓶水二十",
    "火锅店不给看菜单，结账时锅底收了一百二，也不给开发票",
])
def test_no_menu_or_price_list_is_the_duty_to_mark_prices(kb, question):
    assert "extra_fee" in [f.id for f in facets_of(question)], question
    got = keys(answer(question))
    assert "价格法:13" in got, got


def test_a_refused_invoice_beside_no_menu_quotes_both(kb):
    got = keys(answer("吃完饭店里说酒水没有菜单，一瓶啤酒算四十，要发票说今天开完了只给收据"))
    assert "消费者权益保护法:22" in got and "价格法:13" in got, got


@pytest.mark.parametrize("question", [
    "请人修了一下油烟机，收了我七百",
    "上门疏通马桶，弄完了才说要收四百",
    "空调移机师傅装完要收两百的铜管费",
])
def test_a_charge_for_a_job_with_no_delay_told_is_no_delay(kb, question):
    reply = answer(question)
    assert reply.confident
    assert reply.dispute_type != "installation_repair_delay", question
    assert "侵害消费者权益行为处罚办法:8" not in keys(reply), keys(reply)


@pytest.mark.parametrize("question", [
    "维修点说零件没货，让我一直等着",
    "买的沙发一个月了还不送货",
    "热水器报修快十天了师傅还没上门",
])
def test_a_delay_told_is_still_a_delay(kb, question):
    reply = answer(question)
    assert reply.dispute_type == "installation_repair_delay", (question, reply.dispute_type)


@pytest.mark.parametrize("question", [
    "我妈在养生馆一次买了二十个疗程的理疗，七十多岁了根本做不完，能退剩下的吗",
    "美容院给我奶奶卖了五套护理，每套能做三十次，她哪里用得完",
    "在足疗店被推销买了一大堆次数，我一个人根本去不完",
])
def test_sessions_sold_beyond_use_are_a_prepayment(kb, question):
    assert "prepaid" in facet_ids(question), facet_ids(question)
    assert "消费者权益保护法:53" in keys(answer(question)), question


@pytest.mark.parametrize("question", [
    "买了一大桶洗发水根本用不完",
    "超市买的纸巾太多了一年都用不完",
    "美容院的洗面奶说能用一百天，结果一个月就用完了",
])
def test_goods_more_than_one_uses_are_no_prepayment(kb, question):
    assert "prepaid" not in facet_ids(question), facet_ids(question)


@pytest.mark.parametrize("question", [
    "车子才买了八个月，天窗漏水同一个地方修了三次，能换吗",
    "开了九千公里，变速箱顿挫修了好几次都没好",
    "车买了快两年 2万3公里 发动机故障灯老亮 修了五回了",
])
def test_a_car_told_by_its_purchase_or_mileage_is_a_car(kb, question):
    from knowledge_base.fields import question_fields

    assert "cars" in question_fields(question), question
    got = keys(answer(question))
    assert any(k.startswith("家用汽车产品修理更换退货责任规定") for k in got), (question, got)


@pytest.mark.parametrize("question", [
    "自行车买了一个月链条就断了",
    "打车才十公里收了我八十块",
    "火车买了票又临时停运了",
])
def test_other_vehicles_or_a_trip_are_no_car(kb, question):
    from knowledge_base.fields import question_fields

    assert "cars" not in question_fields(question), question


@pytest.mark.parametrize("question", [
    "装修公司的设计费事先没说，签完合同才要单算",
    "驾校的补考费没提前告知，考完才让交",
    "婚庆公司的跟拍费用没有事先说明，结账时加了两千",
])
def test_a_fee_not_told_beforehand_is_the_duty_to_mark_prices(kb, question):
    from knowledge_base.fields import question_fields

    assert "price" in question_fields(question), question
    assert "extra_fee" in facet_ids(question), facet_ids(question)
    assert "价格法:13" in keys(answer(question)), question
