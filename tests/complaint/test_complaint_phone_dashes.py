"""A landline typed with a Chinese keyboard's dash between its parts ("—", "–", "——", "－") is the number
(all wordings our own): the dialogue reads it and the backend keeps the same digits."""
import pytest

from complaint.extract import normalise_amount, normalise_phone
from complaint.extract.phone import phone_key


@pytest.mark.parametrize("said, number", [
    ("0571—8812 3456", "0571-88123456"),
    ("010–62345678", "010-62345678"),
    ("0755——2666 7788", "0755-26667788"),
    ("座机 0931 — 861 2345", "0931-8612345"),
    ("021—5432 1098转806", "021-54321098-806"),
])
def test_a_landline_with_a_long_dash_is_read(said, number):
    assert normalise_phone(said).value == number


@pytest.mark.parametrize("said, digits", [("0571—8812 3456", "057188123456"), ("139—0012—3456", "13900123456")])
def test_the_backend_keeps_the_same_number(said, digits):
    assert phone_key(said) == digits


@pytest.mark.parametrize("said", ["2023—2024年", "第3—5页", "12—30"])
def test_a_dash_between_other_numbers_is_no_phone(said):
    assert normalise_phone(said).value is None


@pytest.mark.parametrize("said", ["0571—8812 3456", "139 0012 3456", "021 5432 1098"])
def test_a_phone_said_at_the_sum_question_is_no_sum(said):
    assert normalise_amount(said).value is None


@pytest.mark.parametrize("said, value", [("12345678", "12345678.00"), ("一万三千八", "13800.00")])
def test_a_sum_with_as_many_digits_is_still_a_sum(said, value):
    assert normalise_amount(said).value == value
