"""The answer-shapes probe (bench/bench_answer_shapes.py) over a small fixed sample: the same answer
to the shop's, the address', the name's and the phone's question said in another shape (a sound
before it, a particle, marks, an emoji or thanks after it, spaces, full-width letters, a polite
frame) gives the same value when that question is asked (issue 16: every shape of an answer)."""
import datetime as dt

import pytest

from bench import bench_answer_shapes as shapes

TODAY = dt.date(2026, 12, 6)

# answers in our own wording, each one bare, as a consumer could type it
ANSWERS = {
    "merchant_name": ["福满楼海鲜酒家", "优家便利店（滨河路店）", "百味坊烘焙", "ＬＯＬＡ Ｎａｉｌ美甲"],
    "merchant_address": ["南昌市东湖区象山北路66号", "苏州市姑苏区 观前街 18号", "淘宝"],
    "complainant_name": ["陶文静", "欧阳子晴", "帕丽达·阿不都"],
    "phone": ["15807213366", "0791-86651234"],
}
# the platform a shop's answer names on the side
PLATFORM_ANSWERS = ["拼多多上的 优选百货专营店", "抖音 鲜果部落小店"]

KINDS = ("filler_before", "particle_after", "mark_after", "emoji_after", "thanks_after", "spaces_around",
         "full_width", "half_width", "frame", "phone_grouping")


def _cases():
    for field, answers in ANSWERS.items():
        for answer in answers:
            for kind, text in shapes.variants(field, answer):
                yield field, answer, kind, text


@pytest.mark.parametrize("field, answer, kind, text", list(_cases()))
def test_the_same_answer_in_another_shape_gives_the_same_value(field, answer, kind, text):
    bare = shapes.value(field, answer, today=TODAY)
    assert bare is not None
    assert shapes.value(field, text, today=TODAY) == bare, kind


@pytest.mark.parametrize("answer", PLATFORM_ANSWERS)
def test_the_platform_named_beside_the_shop_survives_every_shape(answer):
    bare = shapes.value("platform", answer, today=TODAY)
    assert bare is not None
    for kind, text in shapes.variants("merchant_name", answer):
        assert shapes.value("platform", text, today=TODAY) == bare, (kind, text)


def test_the_probe_counts_changes_per_field_and_kind():
    records = [{"id": "z1", "kind": "complaint", "answers": {"complainant_name": "陶文静", "phone": "15807213366"},
                "expected": {"complainant_name": "陶文静", "phone": "15807213366"}}]
    stats = shapes.probe(records, ("complainant_name", "phone"), TODAY)
    assert stats["complainant_name"]["(answers)"]["n"] == 1
    assert all(cell["changed"] == 0 for kind, cell in stats["phone"].items() if kind in KINDS)
