"""A shop named with what it sells wrongly ("X药房卖假药", "Y超市卖过期酸奶"), said at the shop question, gives the
shop and the account: the thing read with its trouble ("假药") does not use the trouble words up, while a shop whose
name holds a trouble word ("顺达汽车维修中心") is only a shop. Wordings of our own."""
import pytest

from actions import dialogue


def fill(text, form="report_form", requested="merchant_name"):
    message = {"text": text, "intent": {"name": "inform", "confidence": 0.99}, "entities": []}
    return dialogue.fill_from_message(message, form, requested, {"ticket_type": form.split("_")[0]})


@pytest.mark.parametrize("said, shop", [("百草堂药店卖假药", "百草堂药店"), ("万家福超市卖过期酸奶", "万家福超市"),
                                        ("华联超市卖假奶粉", "华联超市")])
def test_a_shop_said_with_what_it_sells_wrongly_gives_the_shop_and_the_account(said, shop):
    values, _ = fill(said)
    assert values["merchant_name"] == shop and values["problem"] == said


def test_a_shop_whose_name_holds_a_trouble_word_is_only_a_shop():
    values, _ = fill("宏达汽车维修中心", "complaint_form")
    assert values == {"merchant_name": "宏达汽车维修中心"}
