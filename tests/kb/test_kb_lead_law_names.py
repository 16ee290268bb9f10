"""Every article a lead names is the law's it says (issue 17): a remedy written as "……（第十八条）"
under a sentence on another law was read, once the lead was cut and joined, as that other law's
article (消法第十八条 quoted for the prepaid interpretation's 第十八条, a different rule). Each
第N条 of a lead now has its law named in its own sentence, and is quoted from that law.
Our own wordings, and the guide's own examples (none taken from a dev set)."""
import re

import pytest

from knowledge_base import answer
from knowledge_base.answering import _ARTICLE_REF, _law_named, with_law_names
from knowledge_base.fields import fits
from knowledge_base.guide import load_types
from knowledge_base.numerals import cn_to_int
from knowledge_base.retrieval import engine
from tests.kb.kb_testlib import keys

PREPAID = "最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释"


def sentence_articles(lead: str, laws: set[str]) -> list[tuple[str | None, int]]:
    """(law, number) of every 第N条 of the lead, read within its own sentence only: the law named
    right before it, or before the number it is joined to (第十五条、第十六条), or named earlier
    in the sentence; None when its sentence names no law before it."""
    found = []
    for sentence in re.split(r"(?<=[。！？])", lead):
        law: str | None = None
        start = 0
        for m in _ARTICLE_REF.finditer(sentence):
            named = _law_named(sentence[start:m.start()], laws)
            if named is not None:
                law = named
            found.append((law, cn_to_int(m.group(1))))
            start = m.end()
    return found


def _check(question: str) -> None:
    reply = answer(question)
    if not reply.confident:
        return
    eng = engine()
    laws = {d.key.partition(":")[0] for d in eng.docs if d.kind == "law"}
    cited = set(keys(reply))
    for law, number in sentence_articles(reply.summary, laws):
        assert law is not None, (question, number, reply.summary)
        key = f"{law}:{number}"
        if not law or key not in eng.by_key or not fits(key, question):
            continue  # a law outside the sources, or a rule of a field the question is not in
        assert key in cited, (question, key, reply.summary, sorted(cited))


def test_a_bare_number_gets_the_law_it_belongs_to():
    keys_ = ["消费者权益保护法:53", f"{PREPAID}:18", f"{PREPAID}:22", f"{PREPAID}:15", f"{PREPAID}:16"]
    text = ("未按约定提供服务的，可以要求退还预付款（消费者权益保护法第五十三条）。"
            "已上的课按折扣价计算（第十八条），年卡按剩余期限退（第二十二条）；还应付利息（第十五条、第十六条）。")
    named = with_law_names(text, keys_)
    assert "（预付式消费解释第十八条）" in named
    assert "（第二十二条）" in named  # its sentence has named the law already
    assert "（第十五条、第十六条）" in named
    # read back, each is the interpretation's, none the consumer law's
    assert not re.search(r"消费者权益保护法第十八条|消费者权益保护法第二十二条", named)


def test_a_number_of_the_law_named_in_its_sentence_is_left_as_written():
    text = "经营者应当安全保障（消费者权益保护法第十八条）；造成损害的，应当赔偿（第四十九条）。"
    assert with_law_names(text, ["消费者权益保护法:18", "消费者权益保护法:49"]) == text


def test_a_number_of_no_listed_article_is_left_as_written():
    text = "（第九十九条）"
    assert with_law_names(text, ["消费者权益保护法:18"]) == text


@pytest.mark.parametrize("question", [
    "健身房闭馆装修，说三个月后再开，我的年卡怎么算",
    "美发店的卡里还有两千多，店关了一个月说在装修",
    "孩子的舞蹈班停课了，机构说要换场地，学费能退吗",
    "我在小区门口的美甲店充了八百，现在换老板了不认",
    "新买的车开了五天变速箱就坏了，4S店只肯换零件",
    "奶茶里喝出一只虫子，店家只说重新做一杯",
    "在网上买的羽绒服含绒量不够，商家说是正常误差",
    "酒店泳池边太滑，我摔了一跤把手腕摔骨折了",
    "装修公司工期拖了两个月还没完工，墙面还开裂了",
    "商场买的洗衣机用了十天就不脱水了，店家让我找厂家",
])
def test_every_article_named_in_a_lead_is_quoted_from_the_law_named(kb, question):
    _check(question)


def _guide_examples() -> list[str]:
    examples = []
    for dispute in load_types():
        examples += [str(e) for e in dispute.examples[:2]]
    return examples


def test_the_leads_of_the_guides_own_examples_name_what_they_quote(kb):
    # two examples of every dispute type: a broad set, written with the guide, not from any dev set
    for question in _guide_examples():
        _check(question)


def test_an_article_named_twice_in_a_sentence_is_quoted_once(kb):
    from knowledge_base.answering import lead_named

    lead = "修理超过4次的，可以换车（家用汽车三包规定第二十四条），依第二十四条退换的需支付使用补偿费（第二十七条）。"
    named = lead_named(engine(), lead)
    assert named == ["家用汽车产品修理更换退货责任规定:24", "家用汽车产品修理更换退货责任规定:27"]
    reply = answer("我的车保养时，店里说减震器漏油非换不可，拆下来的旧件其实是好的")
    assert len(keys(reply)) == len(set(keys(reply))), keys(reply)
