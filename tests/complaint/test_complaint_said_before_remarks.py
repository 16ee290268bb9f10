""""我上面说了", "刚才说过了": the consumer saying an answer was given before is no part of it, said before or
after it again (all wordings our own); said alone it is kept as said (no answer in it)."""
import pytest

from complaint import extract as ex
from complaint.extract.spoken import answer_core


@pytest.mark.parametrize("said, core", [("假一赔十，我前面说了", "假一赔十"), ("刚才说过了，扫地机器人", "扫地机器人"),
                                        ("我一开始就说了啊，星光健身房", "星光健身房"),
                                        ("全额退款 之前都讲过了", "全额退款")])
def test_the_remark_is_no_part_of_the_answer(said, core):
    assert answer_core(said) == core


def test_a_demand_said_again_with_the_remark_is_the_demand_alone():
    assert ex.normalise_demand("退款，上面写了").value == "退款"


@pytest.mark.parametrize("said", ["上面说了", "刚说过了"])
def test_the_remark_alone_is_kept_as_said(said):
    assert answer_core(said) == said


@pytest.mark.parametrize("said", ["说好了包退", "之前说了七天无理由"])
def test_what_was_promised_is_no_remark(said):
    assert answer_core(said) == said
