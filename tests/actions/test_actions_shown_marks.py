"""The consumer's own account and demand, typed with ASCII marks on a phone ("不给退,还骂人!"), read in the summary
as Chinese prints them ("不给退，还骂人！"); numbers, times and Latin words keep theirs."""
import pytest

from actions import actions as acts
from complaint import fields


@pytest.mark.parametrize("typed, shown", [
    ("充电器插上就冒烟,吓死了!", "充电器插上就冒烟，吓死了！"),
    ("凭什么不给换?", "凭什么不给换？"),
    ("先退钱;再道歉", "先退钱；再道歉"),
    ("付了1,280元,第二天就关门了", "付了1,280元，第二天就关门了"),
    ("约的14:30,等到五点", "约的14:30，等到五点"),
    ("Mate 60,屏幕一直闪", "Mate 60，屏幕一直闪"),
])
def test_ascii_marks_between_chinese_words_are_shown_as_chinese_marks(typed, shown):
    assert fields.display("problem", typed) == shown


def test_the_summary_shows_the_account_with_chinese_marks_and_other_fields_as_typed():
    text = acts.summary_text({"ticket_type": "complaint", "problem": "鞋底开胶了,才穿一周", "demand": "退货,退款",
                              "merchant_name": "A&B,Store"})
    assert "鞋底开胶了，才穿一周" in text and "退货，退款" in text
    assert "A&B,Store" in text  # a shop's name is shown as it was given


def test_marks_inside_numbers_and_between_digits_stay():
    assert fields.chinese_marks("1,2号楼都漏水") == "1,2号楼都漏水"
    assert fields.chinese_marks("3,999") == "3,999"
