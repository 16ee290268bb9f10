"""A person's injury damages (消法49, 民法典1179) where a person was hurt (issue 17, twentieth
round): a type whose articles list them (spoiled food, a service's harm) quoted them for a melon
found rotten when cut or a yoghurt swollen in its pot, where nobody ate, fell ill or was hurt.
Our own wordings."""
import pytest

from knowledge_base import answer
from tests.kb.kb_testlib import keys

INJURY = {"消费者权益保护法:49", "民法典:1179"}


@pytest.mark.parametrize("question", [
    "菜市场买的西瓜切开里面全烂了，摊主不给换",
    "超市买的酸奶还没开就胀包了，能退吗",
    "网上买的大米打开发现生虫了，商家让我自己挑出来",
])
def test_no_injury_damages_where_nobody_was_hurt(kb, question):
    cited = set(keys(answer(question)))
    assert not INJURY & cited, (question, cited)


@pytest.mark.parametrize("question", [
    "吃了饭店的海鲜上吐下泻，在医院打了两天吊瓶",
])
def test_injury_damages_where_someone_fell_ill(kb, question):
    assert INJURY & set(keys(answer(question))), question
