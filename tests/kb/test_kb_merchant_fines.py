"""A business asking whether and how much it will be fined, in a matter no merchant type
covers (issue 17): the answer is from its side and quotes the rule on when no fine is due
(行政处罚法33, first offence), however few of the question's words that rule shares. Our own
wordings, not taken from any dev set."""
import pytest

from knowledge_base import answer


@pytest.mark.parametrize("question", [
    "我开了个水果店，秤不准少了二两，会被罚吗",
    "我开的小卖部被人举报卖三无产品，会被罚款吗",
    "我是做装修的个体户，客户说我用的材料不环保要举报我，会不会被处罚",
    "我开了家眼镜店，验光仪没去检定，被查到了怎么处罚",
])
def test_a_business_asking_about_a_fine_gets_the_first_offence_rule(question):
    reply = answer(question)
    cited = [c["key"] for c in reply.citations]
    assert reply.side == "merchant" and reply.confident, question
    assert "行政处罚法:33" in cited, (question, cited)
