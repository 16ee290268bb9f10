"""Concept questions (knowledge_base.concepts): a question that asks what a consumer right or
remedy is, what it covers or how much it gives, and tells no facts, is answered by explaining
the concept from its defining articles, quoted verbatim with law and article, never by asking
what happened nor by a dispute type's answer to a case. All wordings are our own."""
import pytest

from knowledge_base import answer, article
from knowledge_base.concepts import concepts_asked
from knowledge_base.evaluation import is_declined

from kb_testlib import keys

FOOD_DAMAGES = "食品安全法:148"
FRAUD_DAMAGES = "消费者权益保护法:55"
NO_REASON = "消费者权益保护法:25"


def explained(question: str, *must: str, lead_words: tuple[str, ...] = ()):
    """The question is answered as a concept: not declined, no dispute type, the `must`
    articles quoted verbatim, and the lead says `lead_words`."""
    reply = answer(question)
    assert not is_declined(reply), (question, reply.text[:120])
    assert reply.dispute_type is None, (question, reply.dispute_type)
    quoted = keys(reply)
    for key in must:
        assert key in quoted, (question, key, quoted)
    for cite in reply.citations:  # verbatim, as the source has it
        assert cite["text"] == article(cite["key"]).text, cite["key"]
    for word in lead_words:
        assert word in reply.summary, (question, word, reply.summary[:160])
    return reply


# ---------------------------------------------------------------- 退一赔三: 消法55
@pytest.mark.parametrize("question", ["退一赔三到底是怎么回事", "假一赔三指的是什么", "欺诈的三倍赔偿怎么计算",
                                      "买一赔三是啥意思啊"])
def test_three_times_damages_explained_from_consumer_law_55(question):
    reply = explained(question, FRAUD_DAMAGES, lead_words=("第五十五条", "三倍", "五百元", "欺诈"))
    assert FOOD_DAMAGES not in keys(reply)


# ---------------------------------------------------------------- 十倍: 食品安全法148
@pytest.mark.parametrize("question", ["退一赔十是什么", "食品的十倍赔偿是啥", "假一赔十应该怎么理解",
                                      "10倍赔偿最少能拿多少"])
def test_tenfold_damages_explained_from_food_safety_law_148(question):
    explained(question, FOOD_DAMAGES, lead_words=("第一百四十八条", "十倍", "一千元"))


# ---------------------------------------------------------------- how many times, at least how much
@pytest.mark.parametrize("question", ["最多能赔几倍", "惩罚性赔偿是什么意思", "最低能赔多少", "一般能赔偿多少倍呢"])
def test_how_many_times_names_both_punitive_rules_and_their_minimums(question):
    explained(question, FRAUD_DAMAGES, FOOD_DAMAGES, lead_words=("五百元", "一千元"))


def test_two_concepts_named_together_are_both_explained():
    reply = explained("十倍赔偿和三倍赔偿有啥不一样", FRAUD_DAMAGES, FOOD_DAMAGES)
    assert "一千元" in reply.summary and "五百元" in reply.summary


# ---------------------------------------------------------------- 三包
@pytest.mark.parametrize("question", ["三包指的是什么", "电脑三包是啥意思", "包修包换包退是什么"])
def test_three_guarantees_explained_from_their_articles(question):
    reply = explained(question, "产品质量法:40", "消费者权益保护法:24", lead_words=("修理、更换、退货",))
    assert not any(k.startswith("家用汽车") for k in keys(reply))


@pytest.mark.parametrize("question", ["新车三包是怎么规定的", "汽车三包期多长", "买车的三包包括哪些"])
def test_car_three_guarantees_explained_from_the_car_rules(question):
    explained(question, "家用汽车产品修理更换退货责任规定:18", "家用汽车产品修理更换退货责任规定:24",
              lead_words=("2年", "5万公里"))


# ---------------------------------------------------------------- 七天无理由
@pytest.mark.parametrize("question", ["七天无理由退货是什么", "哪些东西不能无理由退", "7日无理由退货有什么条件",
                                      "网上买的东西后悔了还能退吗"])
def test_seven_day_return_explained_from_consumer_law_25(question):
    explained(question, NO_REASON, "消费者权益保护法实施条例:19", lead_words=("第二十五条", "收到商品之日起七日内"))


@pytest.mark.parametrize("question", ["7天无理由是从哪一天开始算", "七天无理由从签收那天算吗",
                                      "无理由退货的七天怎么算"])
def test_when_the_seven_days_start_is_answered_with_how_periods_are_counted(question):
    reply = explained(question, NO_REASON, "民法典:201", lead_words=("第二天起算",))
    # what the concept is comes first, how the days are counted right after it
    assert reply.summary.index("第二十五条") < reply.summary.index("第二百零一条")


# ---------------------------------------------------------------- 先行赔付, ODR
@pytest.mark.parametrize("question", ["什么叫先行赔付", "平台先行赔付是怎么规定的", "先行赔偿指的是什么"])
def test_first_compensation_explained_from_consumer_law_44(question):
    explained(question, "消费者权益保护法:44", "电子商务法:58", lead_words=("追偿",))


@pytest.mark.parametrize("question", ["ODR企业是什么意思", "在线纠纷解决机制是什么", "odr是啥"])
def test_odr_explained(question):
    explained(question, "消费者权益保护法实施条例:44", lead_words=("在线消费纠纷解决", "12315"))


# ---------------------------------------------------------------- a prepaid business gone
@pytest.mark.parametrize("question", ["办卡的店倒闭了钱能找谁要", "充值卡商家卷款跑路怎么办", "会员卡的店关门了找谁"])
def test_a_prepaid_business_gone_is_answered_with_who_answers_for_it(question):
    explained(question, "消费者权益保护法:53",
              "最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释:23", lead_words=("惩罚性赔偿",))


# ---------------------------------------------------------------- rights and duties
@pytest.mark.parametrize("question", ["消费者享有哪些权利", "消费者的九项权利是什么", "消费者都有什么权益"])
def test_consumers_rights_listed_from_chapter_two(question):
    explained(question, "消费者权益保护法:7", "消费者权益保护法:8", lead_words=("九项权利", "第十五条"))


@pytest.mark.parametrize("question, number", [("知情权指的是什么", 8), ("自主选择权是什么意思", 9),
                                              ("什么叫公平交易权", 10), ("消费者的求偿权是什么", 11)])
def test_one_right_explained_from_its_own_article(question, number):
    reply = explained(question, f"消费者权益保护法:{number}")
    assert keys(reply)[0] == f"消费者权益保护法:{number}"


@pytest.mark.parametrize("question", ["经营者要承担哪些义务", "商家有什么法定义务", "经营者的义务有哪些"])
def test_business_duties_listed_from_chapter_three(question):
    explained(question, "消费者权益保护法:16", "消费者权益保护法:23", lead_words=("第三章",))


# ---------------------------------------------------------------- terms and deposits
@pytest.mark.parametrize("question", ["霸王条款指什么", "最终解释权归商家是什么意思", "格式条款是啥"])
def test_standard_terms_explained(question):
    explained(question, "消费者权益保护法:26", "民法典:497")


@pytest.mark.parametrize("question", ["定金和订金的区别", "什么是定金", "意向金和定金有什么不同"])
def test_deposits_explained(question):
    explained(question, "民法典:587", "民法典:586")


# ---------------------------------------------------------------- facts told: no concept answer
@pytest.mark.parametrize("question", [
    "我在网上买了件外套，穿了两天想退，商家说不行",
    "拼多多买的鞋子收到以后不喜欢，七天内可以退吧",
    "买的冰箱三包期内坏了三次了，能换新的吗",
    "超市卖给我过期的酸奶，我能要十倍赔偿吗",
    "健身房老板跑路了，我卡里还有五千块钱没用",
    "交了两千定金，现在不想买了，店里不退",
])
def test_a_question_that_tells_what_happened_is_answered_on_its_facts(question):
    assert concepts_asked(question) == [], question
    assert answer(question).dispute_type is not None, question


def test_no_concept_lead_reads_as_asking_back():
    from knowledge_base.concepts import concepts
    from knowledge_base.evaluation import DECLINE_MARKERS

    for concept, _pattern in concepts():
        assert not DECLINE_MARKERS.search(concept.lead), concept.id
        for _words, _keys, sentence in concept.asks:
            assert not DECLINE_MARKERS.search(sentence), concept.id
