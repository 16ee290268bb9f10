"""A remedy sentence's 第N条 is of the law it is said with (issue 17).

Two laws may have an article of one number (价格法第十三条 and 价格违法行为行政处罚规定第十三条,
消法第十条 and 实施条例第十条): a type's articles named in a remedy sentence are matched by law and
number together (answering.named_articles), so the price law's rule on marked prices can be listed
for repair and house-call charges without the repairer-fraud sentence ('处罚办法第十三条') taking it
in, and a fines sentence ('价格违法行为行政处罚规定第十三条') no longer names the price law's 13."""
import pytest

from knowledge_base import answer
from knowledge_base.answering import named_articles

from tests.kb.kb_testlib import keys

PRICE_LAW_13 = "价格法:13"
PENALTY_13 = "价格违法行为行政处罚规定:13"
CONSUMER = "消费者权益保护法"
RULES = "消费者权益保护法实施条例"


def test_an_article_is_of_the_law_named_before_it():
    both = [PRICE_LAW_13, PENALTY_13]
    assert named_articles("依照价格违法行为行政处罚规定第十三条处罚", both) == [PENALTY_13]
    assert named_articles("应当明码标价（价格法第十三条）", both) == [PRICE_LAW_13]
    assert named_articles("（消费者权益保护法第二十条、价格法第十三条）", [f"{CONSUMER}:20", *both]) == [
        f"{CONSUMER}:20", PRICE_LAW_13]


def test_articles_joined_to_one_law_stay_with_it():
    own = [f"{CONSUMER}:10", f"{RULES}:10", f"{RULES}:17"]
    assert named_articles("须事先提醒（实施条例第十条）；格式条款无效（实施条例第十七条）", own) == own[1:]
    ranged = ["明码标价和禁止价格欺诈规定:5", "明码标价和禁止价格欺诈规定:7", "价格法:7"]
    assert named_articles("（明码标价和禁止价格欺诈规定第五条至第七条）", ranged) == ranged[:2]
    # a law whose title ends with another's short name is its own law
    assert named_articles("（食品安全法实施条例第十条）", [f"{RULES}:10", "食品安全法实施条例:10"]) == [
        "食品安全法实施条例:10"]


def test_a_bare_article_further_on_falls_back_on_the_types_list():
    # the sentence's last law has no such article among the keys: whichever has the number
    keys_ = ["产品质量法:40", f"{CONSUMER}:54"]
    assert named_articles("可以要求修理、更换（产品质量法第四十条）；认定不合格的应当退货（第五十四条）。",
                          keys_) == keys_
    # before any law is named, every key with that number
    assert named_articles("可以要求退还（第十三条）", [PRICE_LAW_13, PENALTY_13]) == [PRICE_LAW_13, PENALTY_13]


@pytest.mark.parametrize("question", [
    "热水器坏了请人上门修，事先没讲价钱，修完张口就要五百",
    "空调师傅上门看了一眼说要收两百的上门费，之前根本没提过",
    "叫的疏通下水道的师傅，来之前没说收费标准，通完要了四百",
])
def test_a_house_call_charged_without_a_price_told_quotes_the_price_laws_marking_rule(kb, question):
    reply = answer(question)
    assert reply.dispute_type == "repair_overcharge", (question, reply.dispute_type)
    assert PRICE_LAW_13 in keys(reply), keys(reply)
    assert PENALTY_13 not in keys(reply), keys(reply)  # a consumer's answer, not the fine's rule


@pytest.mark.parametrize("question", [
    "车收到召回通知说刹车油管要换，4S店让等配件，等的这段时间打车钱谁出",
    "我的车在召回名单里，去4S店登记了一个月还没给修",
    "车子被召回换了安全气囊，4S店还要收工时费",
])
def test_a_cars_recall_quotes_the_makers_duty_to_remove_the_defect(kb, question):
    # (the household-car type's '（第十九条）' of the three-guarantee rules once named the recall
    # regulation's 19 as well, by its number alone: the recall is now cued and said on its own)
    assert "缺陷汽车产品召回管理条例:19" in keys(answer(question)), question
