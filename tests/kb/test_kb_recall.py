"""A defect that the maker knew of or that many buyers share (a recall, a whole batch
failing): the answer adds the rules on a seller's and maker's duty to warn, stop selling
and recall (消法19, 民法典1206), whatever the dispute type (issue 17: a second issue missed).
Our own wordings, not taken from any dev set."""
import pytest

from knowledge_base import answer
from tests.kb.kb_testlib import keys


@pytest.mark.parametrize("question", [
    "买的儿童安全座椅卡扣断了，后来看新闻说这个型号厂家已经召回了，商家卖的时候也没说",
    "家里的电热水器漏电，网上一查好多用户也都出现过漏电，厂家一直不召回",
    "同一批次的充电宝好几个都鼓包了，商场还在继续卖",
    "买的婴儿推车刹车失灵，听说其他家长也都遇到过，厂家说没问题",
])
def test_a_shared_or_recalled_defect_gets_the_recall_rules(question):
    cited = keys(answer(question))
    assert {"消费者权益保护法:19", "民法典:1206"} & set(cited), (question, cited)


def test_a_stroller_is_no_car():
    reply = answer("买的婴儿推车刹车失灵，听说其他家长也都遇到过，厂家说没问题")
    assert not any(k.startswith("家用汽车产品修理更换退货责任规定") for k in keys(reply)), keys(reply)


def test_a_failing_batch_is_no_pricing_question():
    assert answer("同一批次的充电宝好几个都鼓包了，商场还在继续卖").dispute_type != "big_data_pricing"


@pytest.mark.parametrize("question", [
    "网上买的衬衫洗了一次就掉色了，卖家不给退",
    "买的电饭煲用了两个月就不加热了",
])
def test_a_single_fault_gets_no_recall_rules(question):
    cited = keys(answer(question))
    assert not {"消费者权益保护法:19", "民法典:1206"} & set(cited), (question, cited)
