"""A pattern anchored at the question's start reads all of its lines (issue 17).

Without re.S, `^(?=.*A)` reads only the first line: `^` is the text's start and `.` stops at a line
break, so a story whose second line tells the facts was not cued (the food fine's article,
食品安全法124) and a consumer who reported a shop on the second line could be taken for the shop
(guide._MERCHANT). Such patterns read `[\\s\\S]*` or are compiled with re.S; the test below checks
every pattern of the answer's tables for the shape."""
import re

import pytest

from knowledge_base import answering
from knowledge_base.guide import _MERCHANT, is_merchant

# `^` then a lookahead or a group that reads on with a bare `.*`
_FIRST_LINE_ONLY = re.compile(r"\^\(\?[=!:]\.\*|\^\(\?[=!]\(\?[=!]\.\*|\^\.\*")


def _patterns():
    yield "guide._MERCHANT", _MERCHANT
    for key, cue in answering._cue_table():
        yield f"article_cues {key}", cue
    for table in ("TYPE_NEEDS", "TYPE_UNLESS"):
        for type_id, pattern in getattr(answering, table).items():
            yield f"{table} {type_id}", pattern


def test_no_pattern_anchored_at_the_start_reads_its_first_line_only():
    bad = [name for name, pattern in _patterns()
           if not pattern.flags & (re.S | re.M) and _FIRST_LINE_ONLY.search(pattern.pattern)]
    assert not bad, bad


@pytest.mark.parametrize("question", [
    "我们是做卤菜的小作坊\n上周被抽检，说添加剂超范围使用，要罚多少",
    "我家开的熟食店\n昨天市场监管来查，说用了病死的鸡加工，会怎么处理",
])
def test_the_food_fines_cue_reads_a_second_line(question):
    assert "食品安全法:124" in answering._cued(question), question


def test_a_consumer_who_reported_the_shop_on_a_later_line_is_no_merchant():
    assert not is_merchant("超市卖过期面包给我\n我已经向市场监管举报了，市场监管会处罚吗")
    assert is_merchant("市场监管的人说会处罚我吗\n我这是小店刚开业")
