"""Long questions (a whole story pasted in) cost time that grew with the square of their length:
cues written as lookaheads were searched at every position, the cue table was read once per
set of articles asked for, and each clause was classified with a model call of its own. These
tests check that the faster ways give the same results as the plain ones (correctness, not
time: bench/bench_kb.py prints the figures). Stories in our own words."""
import re

import pytest

from knowledge_base import answer, lookahead
from knowledge_base.answering import _CLAUSE, _cue_table, _cued, cued_articles, facets
from knowledge_base.guide import match, match_many, matcher

STORY = ("我在商场买了一台冰箱，用了一个星期就不制冷了，卖场让我找厂家，厂家说要先检测。\n"
         "后来我又发现冰箱门的密封条是坏的，上门的师傅还把我家地板划了好几道。"
         "我给孩子在培训机构报的课，上了三节机构就关门了，老板电话也打不通，办卡时交了六千块。"
         "另外孩子上课的时候在教室里摔了一跤，磕破了额头，缝了三针，机构一直不肯赔医药费。"
         "请问冰箱能不能退，剩下的学费怎么要回来，孩子受伤谁来负责？")

CONJUNCTIONS = [
    r"(?=.*(?:孩子|小孩|儿子|女儿))(?=.*(?:受伤|摔|磕|缝针))",
    r"(?=.*(?:冰箱|洗衣机))(?=.*(?:不制冷|漏水))(?=.*(?:退|换))",
    r"(?=.*(?:(?<!信用)卡|会员))(?=.*(?:关门|跑路|打不通))",
    r"(?=.*?(?:老板))(?=.*(?:电话))",
    r"(?=.*(?:师傅)[^。？！]{0,12}(?:划|弄坏))(?=.*(?:地板|墙))",
    r"(?=.*(?:没有的词))(?=.*(?:孩子))",
]


def _texts():
    clauses = [c for c in _CLAUSE.split(STORY) if c]
    yield STORY
    yield STORY.replace("\n", "")
    yield STORY.replace("，", "\n")
    yield STORY.replace("。", "。\n")
    yield "\n\n" + STORY + "\n"
    yield from clauses
    yield ""


@pytest.mark.parametrize("flags", [0, re.S])
@pytest.mark.parametrize("pattern", CONJUNCTIONS)
def test_a_conjunction_of_lookaheads_finds_what_re_finds(pattern, flags):
    fast, plain = lookahead.compile(pattern, flags), re.compile(pattern, flags)
    assert isinstance(fast, lookahead.Conjunction)
    for text in _texts():
        for pos in (0, 5, len(text) // 2):
            got, want = fast.search(text, pos), plain.search(text, pos)
            assert (got is None) == (want is None), (pattern, text, pos)
            if want is not None:
                assert got.span() == want.span() and got.groups() == want.groups()
    # everything else is the compiled pattern's own
    assert fast.pattern == pattern and fast.flags == plain.flags
    assert fast.sub("□", STORY) == plain.sub("□", STORY)


@pytest.mark.parametrize("pattern", [
    r"孩子|小孩",                                  # no lookahead at all
    r"^(?=.*(?:骗|诈骗)).*(?:报警|公安)",              # something consumed after the lookahead
    r"(?=.*(?:卡|会员))(?!.*(?:宠物|狗))(?:.*(?:生病|住院))",  # a negative lookahead
    r"(?=孩子)(?=.*摔)",                            # a lookahead that does not start with .*
    r"(?=.*(?:卡))|退款",                           # an alternative beside the lookahead
])
def test_other_patterns_are_compiled_as_re_does(pattern):
    assert type(lookahead.compile(pattern)) is re.Pattern


def test_the_cue_table_read_once_gives_the_same_articles():
    story = STORY + "我怀孕了不方便继续上课，预付的卡能退吗"
    every = [key for key, _cue in _cue_table()]
    for among in (every, every[::3], every[:5], []):
        plain = [key for key, cue in _cue_table() if key in set(among) and cue.search(story)]
        assert cued_articles(story, among) == plain
    assert _cued(story) == _cued(story)  # the same tuple, from the cache


def test_facet_cues_search_as_re_does():
    for facet in facets():
        for cue in (facet.cue, facet.needs, facet.unless):
            if cue is None:
                continue
            plain = re.compile(cue.pattern, cue.flags)
            for text in _texts():
                assert bool(cue.search(text)) == bool(plain.search(text)), (facet.id, text)


def test_clauses_classified_together_score_as_one_by_one():
    clauses = [c for c in _CLAUSE.split(STORY) if c] + ["", "，。"]
    for side in ("consumer", "merchant"):
        together = match_many(clauses, k=3, side=side)
        assert together == [match(c, k=3, side=side) for c in clauses]
    many = matcher().probabilities_many(clauses[:4])
    assert many == [matcher().probabilities(c) for c in clauses[:4]]
    assert match_many([], k=3) == [] and match_many(["冰箱坏了"], k=0) == [[]]


def test_a_long_story_is_answered_the_same_twice(kb):
    first, again = answer(STORY), answer(STORY)
    assert first.confident and first.citations
    assert first.text == again.text


def test_the_encoder_reads_a_long_question_by_its_beginning_and_its_end():
    from knowledge_base.retrieval import QUERY_MAX_CHARS, bounded

    short = "买的冰箱不制冷了能退吗"
    assert bounded(short) == short  # a question of ordinary length is read whole
    assert bounded(STORY * 3, 0) == STORY * 3  # no bound
    cut = bounded(STORY * 3, 60)
    assert cut.startswith(STORY[:30]) and cut.endswith(STORY[-30:])
    assert len(cut) == 60 + len("……")
    assert len(bounded(STORY * 3)) == QUERY_MAX_CHARS + len("……")
    assert bounded(STORY[:QUERY_MAX_CHARS]) == STORY[:QUERY_MAX_CHARS]


def test_a_long_questions_vector_is_its_excerpts(kb):
    import numpy as np

    from knowledge_base.retrieval import bounded

    long = STORY * 2
    kb._query_vector.cache_clear()
    whole, excerpt = kb._query_vector(long), kb._query_vector(bounded(long))
    assert np.allclose(whole, excerpt)


def _seconds(pattern, text):
    import time

    started = time.perf_counter()
    pattern.search(text)
    return time.perf_counter() - started


def test_the_change_of_circumstances_cue_reads_a_long_story_in_linear_time():
    cue = dict(_cue_table())["民法典:533"]
    story = STORY.replace("\n", "") * 40  # 9,000 characters, no card and illness together
    # tried at every position, each lookahead running to the end, this took seconds
    assert _seconds(cue, story) < 0.25


def test_the_change_of_circumstances_cue_needs_a_paid_contract_and_the_consumers_own_change():
    cue = dict(_cue_table())["民法典:533"]
    assert cue.search("年初报了一年的游泳课，结果我怀孕了没法再去，能退剩下的钱吗")
    assert cue.search("公司把我调到外地工作了\n之前在小区健身房交的年费还能退吗")  # told over two lines
    assert not cue.search("在小区健身房交的年费，现在不想去了能退吗")  # no change of one's own
    # a pet's illness is not the consumer's own change, wherever the pet is named
    assert not cue.search("我家狗在宠物医院住院了，之前办的洗澡卡能退吗")
    assert not cue.search("办的洗澡卡还剩八次，宠物店说我家的猫生病了不能洗")


def test_the_prepaid_facets_sessions_beyond_use_are_found_line_by_line_as_before():
    prepaid = next(f for f in facets() if f.id == "prepaid")
    sessions = ("我妈在养生馆被拉着买了理疗套餐，每套能做四十次，她哪里用得完\n"
                "店里说不能退")
    assert prepaid.cue.search(sessions) and prepaid.cue.search("店里说不能退\n" + sessions)
    assert not prepaid.cue.search("美容店的服务还行\n就是洗发水一瓶能用得完吗")  # told on two lines
    long_story = STORY.replace("办卡时交了六千块", "").replace("\n", "") * 40
    assert _seconds(prepaid.cue, long_story) < 0.25
