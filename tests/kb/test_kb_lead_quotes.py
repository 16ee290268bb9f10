"""An answer quotes what its lead cites (issue 17: a second issue missed): when the lead joins
two of the type's remedy sentences, the best article each of them names is quoted, not only
those of the first. Our own wordings, not taken from any dev set."""
import pytest

from knowledge_base import answer
from knowledge_base.answering import named_articles, remedies_of
from knowledge_base.fields import fits
from knowledge_base.guide import get_type
from tests.kb.kb_testlib import keys


@pytest.mark.parametrize("question", [
    "在宠物店买的布偶猫，店里说保证健康，到家三天就查出猫瘟，店里说活体出门概不负责",
    "健身房要搬到城市另一头去了，我办的年卡还剩八个月，能按剩下的时间退钱吗",
    "新车提回来第五天发动机就异响，4S店只说给修，我能不能直接换车",
    "旅行社出发前三天说人数不够取消了，只退团费，我订的机票怎么办",
])
def test_every_remedy_sentence_in_the_lead_has_its_article_quoted(kb, question):
    reply = answer(question)
    dispute = get_type(reply.dispute_type)
    assert dispute is not None, question
    cited = set(keys(reply))
    # (as the answer writes them: each article with its law named in its own sentence)
    shown = [r for r in remedies_of(dispute) if r in reply.summary]
    assert shown, (question, reply.summary)
    for remedy in shown:
        named = [k for k in named_articles(remedy, dispute.articles) if fits(k, question)]
        if named:
            assert set(named) & cited, (question, remedy, cited)
