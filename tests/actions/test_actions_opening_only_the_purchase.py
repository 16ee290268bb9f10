"""An opening that tells only what was bought, where, when and for how much ("我要投诉洗衣机 小天鹅的 在苏宁买的
花了两千六 五月份买的") is no account of what went wrong: its facts are kept, and the form asks what
happened instead of registering the purchase as the problem. An opening that tells what went wrong, in any
words, is the account as before."""
import pytest

from actions import dialogue, forms
from complaint import extract as ex
from tests.actions.test_actions_forms import run, slots_set, tracker


@pytest.mark.parametrize("text", ["我要投诉洗衣机 小天鹅的 在苏宁买的 花了两千六 五月份买的",
                                  "我在永辉超市买的大米 八十块 前几天", "在楼下的眼镜店配的眼镜"])
def test_only_the_purchase_is_no_account(text):
    assert dialogue.only_the_purchase(text, ex.extract_all(text))


@pytest.mark.parametrize("text", ["在苏宁买的洗衣机 五月份 两千六 甩干的时候整个机器在跳",
                                  "我在永辉超市买的大米 生了好多虫", "燃气灶点不着火 才用了半个月",
                                  "在楼下的眼镜店配的眼镜 度数完全不对"])
def test_what_went_wrong_told_is_an_account(text):
    assert not dialogue.only_the_purchase(text, ex.extract_all(text))


def test_the_form_keeps_the_facts_and_asks_what_happened():
    said = "我要投诉洗衣机 小天鹅的 在苏宁买的 花了两千六 五月份买的"
    t = tracker(said, intent="file_complaint",
                events=[{"event": "user", "text": said, "parse_data": {"intent": {"name": "file_complaint"}}},
                        {"event": "action", "name": "utter_start_complaint"},
                        {"event": "active_loop", "name": "complaint_form"}])
    events, _ = run(forms.ValidateComplaintForm(), t)
    got = slots_set(events)
    assert "problem" not in got and got["product"] == "洗衣机" and got["amount"] == "2600.00"
