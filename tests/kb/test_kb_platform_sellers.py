"""A seller on a platform and what the platform did to it (a deposit kept, a shop closed or
punished, a fee or a promotion imposed) is answered with the platform's duties to the sellers
on it (电子商务法35/36/34), from the business's side, not with a consumer's promise or
platform-liability rules (issue 17). A buyer naming the seller's deposit stays a consumer.
Our own wordings, not taken from any dev set."""
import pytest

from knowledge_base import answer
from tests.kb.kb_testlib import keys


@pytest.mark.parametrize("question", [
    "我在淘宝上开了家卖茶叶的小店，关店以后平台一直扣着两千保证金不退",
    "我们是拼多多的商家，平台说我们延迟发货罚了五百块，还把货款冻结了",
    "我在抖音开的小店被平台突然关停了，没有任何通知，押金也不给退",
    "我是京东上的第三方卖家，平台逼我们参加满减活动，不参加就降权",
    "我在美团开了个外卖店，平台的佣金说涨就涨，我们能不能不同意",
])
def test_a_seller_against_its_platform_gets_the_platforms_duties(kb, question):
    reply = answer(question)
    cited = set(keys(reply))
    assert reply.side == "merchant", (question, reply.side)
    assert "电子商务法:35" in cited and "电子商务法:36" in cited, (question, cited)
    assert not {"消费者权益保护法实施条例:12", "消费者权益保护法:16", "消费者权益保护法:44"} & cited, (question, cited)


@pytest.mark.parametrize("question", [
    "在淘宝买的鞋开胶了，卖家不理我，平台说会扣卖家的保证金，那我的钱能退吗",
    "拼多多买的东西一直不发货，平台客服说已经处罚了商家，可我还是没收到货",
    "在抖音直播间买的面膜用了过敏，店铺被封了找不到人",
])
def test_a_buyer_who_names_the_sellers_punishment_is_still_a_consumer(kb, question):
    reply = answer(question)
    assert reply.side == "consumer", (question, reply.side)
    assert "电子商务法:35" not in keys(reply), (question, keys(reply))
