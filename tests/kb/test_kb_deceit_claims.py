"""A claim the business made that proved false, told in everyday words (issue 17: a second
issue missed): "free" that was charged, a cure that did nothing, "eco-friendly" boards over
the limit. The general issue of deceit is found and its rule (消法55) joins the type's
articles. Our own wordings, not taken from any dev set."""
import pytest

from knowledge_base import answer

from kb_testlib import facet_ids


@pytest.mark.parametrize("question", [
    "营业厅的人说换套餐免费，结果每个月多扣了三十块",
    "销售说这个保健品能降血压，我妈吃了半年血压一点没降，花了两万",
    "装修公司合同写的是环保板材，结果甲醛超标",
    "健身房承诺免费体验课不收钱，上完课直接从卡里扣了两百",
])
def test_a_claim_that_proved_false_is_deceit(question):
    assert "deceit" in facet_ids(question), question
    cited = [c["key"] for c in answer(question).citations]
    assert "消费者权益保护法:55" in cited, (question, cited)


@pytest.mark.parametrize("question", [
    "说好的包邮，到了又要收运费",
    "健身房说免费送的私教课，现在教练离职了没人上",
])
def test_a_broken_promise_alone_is_no_deceit(question):
    assert "deceit" not in facet_ids(question), question
