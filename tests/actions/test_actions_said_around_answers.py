"""What a consumer says around an answer (thanks, a sound, a mark) is no part of the value the
dialogue reads for the field asked, whichever reader finds it; a question keeps its 吧."""
import pytest

from actions.dialogue import fill_from_message


def _fill(slot, text, form="complaint_form"):
    return fill_from_message({"text": text, "intent": {"name": "inform"}, "entities": []}, form, slot, {})


@pytest.mark.parametrize("slot, text, field, value", [
    ("product", "淘宝上买的小熊电热水壶谢谢", "product", "小熊电热水壶"),
    ("product", "买的九阳豆浆机谢谢了", "product", "九阳豆浆机"),
    ("product", "抖音上买的空气炸锅，谢谢您", "product", "空气炸锅"),
    ("demand", "嗯 给我退钱 谢谢", "demand", "退款"),
])
def test_thanks_and_sounds_around_an_answer_are_not_kept(slot, text, field, value):
    values, error = _fill(slot, text)
    assert error is None
    assert values[field].startswith(value) and "谢" not in values[field] and "麻烦" not in values[field]


@pytest.mark.parametrize("text", ["拼多多上买的谢谢", "嗯 在淘宝上买的谢谢", "京东买的 谢谢啦"])
def test_where_it_was_bought_thanked_is_no_product(text):
    values, _ = _fill("product", text)
    assert "product" not in values and values.get("platform")


@pytest.mark.parametrize("text", ["可以退吧", "能赔吧"])
def test_a_question_keeps_its_particle(text):
    values, _ = _fill("merchant_name", text)
    assert "merchant_name" not in values
