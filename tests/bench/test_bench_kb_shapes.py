"""The question-shapes probe (bench/bench_kb_shapes.py) reads only tuning halves and makes
variants that keep the question's meaning."""
import pytest

from bench.bench_kb_shapes import CUT, VARIANTS, _cut, _labelled
from knowledge_base.answering import without_preamble


def test_only_tuning_halves_are_read():
    rows = _labelled()
    assert len(rows) > 300
    assert {label["split"] for label, _ in rows} == {"tune"}
    assert all(text for _, text in rows)


QUESTION = "在网上买的电饭煲花了299元，用了1个月内胆涂层掉了，商家说不保修，怎么办？"


@pytest.mark.parametrize("kind", sorted(VARIANTS))
def test_every_variant_changes_only_the_shape(kind):
    variant = VARIANTS[kind](QUESTION)
    assert variant != QUESTION
    core = "".join(ch for ch in QUESTION if "\u4e00" <= ch <= "\u9fa5")
    assert core in "".join(ch for ch in variant if "\u4e00" <= ch <= "\u9fa5").replace("啊", "").replace("呢", "")


@pytest.mark.parametrize("kind", ["greeting", "hello_in_line", "urgent", "thanks", "emoji", "sticker"])
def test_what_is_said_around_the_question_is_left_out_before_answering(kind):
    assert without_preamble(VARIANTS[kind](QUESTION)).rstrip("。？") == QUESTION.rstrip("。？")


def test_a_cut_off_message_loses_its_end_only_when_long():
    assert _cut("短问题") is None
    cut = _cut(QUESTION * 2)
    assert cut and (QUESTION * 2).startswith(cut) and len(cut) < len(QUESTION * 2)
    assert CUT not in VARIANTS
