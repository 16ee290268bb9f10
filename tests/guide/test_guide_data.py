"""The guide's data: every law/article key and case title it cites exists in the
sources, every type is complete, and the holdout set stays apart from the examples."""
import json
import os
import re
from pathlib import Path

import pytest

from knowledge_base.guide import DEMANDS, MIN_EXAMPLES, load_types

ROOT = Path(__file__).resolve().parents[2]
SOURCES = Path(os.environ.get("KB_SOURCES") or ROOT / "../shared/kb-sources")
if not SOURCES.is_absolute():
    SOURCES = ROOT / SOURCES
HOLDOUT = ROOT / "knowledge_base" / "dev" / "guide_holdout.jsonl"
TV_FIRE_CASE = "电视机自燃调解案"  # the seed mediation case, written up by the knowledge base

ARTICLE_LINE = re.compile(r"^第([零〇一二两三四五六七八九十百千]+)条")
DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_number(text: str) -> int:
    total, digit = 0, None
    for ch in text:
        if ch in UNITS:
            total += (1 if digit is None else digit) * UNITS[ch]
            digit = None
        else:
            digit = DIGITS[ch]
    return total + (digit or 0)


def test_chinese_number():
    assert [chinese_number(s) for s in ("七", "十一", "五十五", "一百零一", "五百八十六",
                                        "一千二百零三")] == [7, 11, 55, 101, 586, 1203]


@pytest.fixture(scope="module")
def law_keys() -> set[str]:
    laws = SOURCES / "laws"
    if not laws.is_dir():
        pytest.skip(f"law sources not found at {laws} (set KB_SOURCES)")
    keys = set()
    for path in laws.glob("*.md"):
        lines = path.read_text(encoding="utf-8").splitlines()
        short = lines[0].lstrip("# ").strip().removeprefix("中华人民共和国")
        keys.update(f"{short}:{chinese_number(m[1])}" for line in lines
                    if (m := ARTICLE_LINE.match(line)))
    assert {"消费者权益保护法:55", "民法典:586", "食品安全法:148"} <= keys  # parser sanity
    assert "民法典:147" in keys  # the general part of the Civil Code (总则编.md), added 2026-12-04
    return keys


@pytest.fixture(scope="module")
def types():
    return load_types()


def test_every_article_key_exists_in_the_law_sources(types, law_keys):
    missing = {(t.id, key) for t in types for key in t.articles if key not in law_keys}
    assert not missing, sorted(missing)


def test_every_case_title_is_a_source_case(types):
    cases_dir = SOURCES / "cases"
    if not cases_dir.is_dir():
        pytest.skip("case sources not found")
    titles = {p.stem for p in cases_dir.glob("*.md")} | {TV_FIRE_CASE}
    unknown = {(t.id, c) for t in types for c in t.cases if c not in titles}
    assert not unknown, sorted(unknown)
    assert {c for t in types for c in t.cases} >= {TV_FIRE_CASE,
                                                    "孙银山诉南京欧尚超市有限公司江宁店买卖合同纠纷案"}


def test_types_are_complete(types):
    assert len(types) >= 40
    assert len({t.id for t in types}) == len(types)
    for t in types:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", t.id), t.id
        assert t.name and len(t.name) <= 12, t.id
        assert len(set(t.examples)) >= MIN_EXAMPLES, t.id
        assert t.articles and t.remedies and t.evidence and t.next_steps, t.id
        assert set(t.demands) <= set(DEMANDS), t.id
        assert not any(s.startswith("@") for s in t.next_steps + t.deadlines), t.id


def test_examples_are_not_shared_between_types(types):
    owners = {}
    for t in types:
        for example in t.examples:
            assert owners.setdefault(example, t.id) == t.id, f"{example!r}: {owners[example]}, {t.id}"


def test_core_remedies_as_a_12315_operator_states_them(types):
    by_id = {t.id: t for t in types}
    fraud = by_id["counterfeit"]
    assert "消费者权益保护法:55" == fraud.articles[0]
    assert any("三倍" in r and "500" in r for r in fraud.remedies)
    food = by_id["food_expired"]
    assert "食品安全法:148" == food.articles[0]
    assert any("十倍" in r and "1000" in r for r in food.remedies)
    assert "十倍赔偿" in food.demands and "三倍赔偿" in fraud.demands
    online = by_id["online_no_reason_return"]
    assert "消费者权益保护法:25" == online.articles[0]
    assert any("定作" in r and "鲜活易腐" in r for r in online.remedies)
    car = by_id["household_car_three_guarantees"]
    assert all(k.startswith("家用汽车产品修理更换退货责任规定:") for k in car.articles[:5])
    prepaid = by_id["prepaid_fitness"]
    assert any(k.startswith("最高人民法院关于审理预付式消费") for k in prepaid.articles)
    assert "消费者权益保护法实施条例:22" in prepaid.articles


def test_superseded_complaint_rules_are_flagged_wherever_cited(types):
    for t in types:
        for line in t.deadlines + t.next_steps + t.remedies:
            if "暂行办法" in line:
                assert "取代" in line, (t.id, line)
    with_time_limits = [t for t in types if any("7个工作日" in d for d in t.deadlines)]
    assert len(with_time_limits) >= 30


def test_next_steps_name_concrete_channels(types):
    for t in types:
        steps = " ".join(t.next_steps)
        assert re.search(r"12315|12366|12300|12378|110|12306|投诉|申诉", steps), t.id
        assert re.search(r"起诉|诉讼|仲裁|调解|报案|举报", steps), t.id


def test_holdout_is_labelled_with_known_types_and_existing_articles(types, law_keys):
    rows = [json.loads(line) for line in HOLDOUT.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) >= 60
    ids = {t.id for t in types}
    for row in rows:
        assert row["type"] in ids, row
        assert row["articles"] and set(row["articles"]) <= law_keys, row


@pytest.mark.parametrize("dev_set", [HOLDOUT, HOLDOUT.with_name("dev.jsonl")], ids=lambda p: p.name)
def test_dev_questions_are_never_training_examples(types, dev_set):
    """Neither retrieval dev set trains the guide's matcher (the only trained part of retrieval)."""
    from knowledge_base.guide import normalise

    examples = {normalise(e) for t in types for e in t.examples}
    rows = [json.loads(line) for line in dev_set.read_text(encoding="utf-8").splitlines() if line]
    leaked = [r["question"] for r in rows if normalise(r["question"]) in examples]
    assert not leaked
