"""A neighbour's renovation (its noise, dust, hours, or harm it did to one's home) is the
neighbours' own dispute, not a bargain of the asker's: said plainly, with where to turn, not
answered with the rules of a renovation contract (issue 17). The asker's own renovation, the
estate's manager or a purchase the works got in the way of stay consumer questions. Our own
wordings, not taken from any dev set."""
import pytest

from knowledge_base import answer
from tests.kb.kb_testlib import declined_to


@pytest.mark.parametrize("question", [
    "楼上那户在装修，每天一大早就开始打电钻，晚上八点多还在敲，老人心脏受不了，怎么办",
    "隔壁邻居家装修砸墙，灰尘飘得我家阳台全是，跟他们说了也没用",
    "对面那家装修切割瓷砖的声音太刺耳了，周日也在干，能不能让他们停下来",
    "楼下邻居装修打孔把我家地暖管打漏了，他们说不是他们干的",
])
def test_a_neighbours_renovation_is_the_neighbours_dispute(kb, question):
    declined_to(question, "邻居", "调解")


@pytest.mark.parametrize("question", [
    "我家装修的时候装修队把邻居家的墙打裂了，邻居找我赔，装修公司让我自己处理",
    "物业对楼上装修的噪音一直不管，我们交了物业费，他们有没有责任",
    "我家正在装修，工人天天迟到早退，工期已经拖了一个月",
    "装修公司给我家做的卫生间漏水，渗到楼下去了，楼下邻居天天来敲门，合同上的工期也早就过了",
])
def test_the_askers_own_renovation_or_the_estate_is_still_answered(kb, question):
    reply = answer(question)
    assert reply.confident and reply.citations, (question, reply.text[:80])
    assert "邻里之间的纠纷" not in reply.text, question
