"""An add-on slipped into a purchase (a ticket's insurance, a speed-up pack, coupons ticked
by default) is the general issue of forced dealing (消法9/10, 条例11), told in everyday
words (issue 17: a second issue missed). Our own wordings, not taken from any dev set."""
import pytest

from knowledge_base import answer

from kb_testlib import facet_ids


@pytest.mark.parametrize("question", [
    "在App上买火车票，付款时自动加了一份二十块的保险，我根本没注意",
    "订机票的时候默认选了接送机券和酒店优惠券，一起扣了我钱",
    "抢票的时候被加了加速包，能退吗",
])
def test_an_addon_slipped_in_is_forced_dealing(question):
    assert "forced" in facet_ids(question), question
    cited = {c["key"] for c in answer(question).citations}
    assert {"消费者权益保护法:9", "消费者权益保护法:10", "消费者权益保护法实施条例:11",
            "电子商务法:19"} & cited, (question, cited)


def test_an_automatic_renewal_alone_is_no_forced_addon():
    assert "forced" not in facet_ids("视频会员到期自动续费了，我忘了取消")
