"""A consumer who writes traditional characters is read by the same readers as one who writes simplified
(the NLU hands the actions simplified text; the event log keeps what was written), and a name is stored as the
consumer wrote it. Wordings of our own."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import dialogue, forms
from tests.actions.test_actions_forms import asked, run, slots_set, tracker

COMPLAINT = {"ticket_type": "complaint", "problem": "冷氣機不製冷", "product": "冷气机", "merchant_name": "某某电器行",
             "demand": "退款"}


@pytest.mark.parametrize("written, read", [
    ("買的電飯煲壞了 商家不退錢", "买的电饭煲坏了 商家不退钱"),
    ("上個月十號在門市買的", "上个月十号在门市买的"),
    ("佢哋唔肯退", "他们不肯退"),
])
def test_words_in_traditional_characters_or_cantonese_are_read_in_simplified(written, read):
    assert dialogue.consumer_words(written) == read


@pytest.mark.parametrize("said", ["已经是简体字了", "iPhone 16 Pro 3999元", "/affirm"])
def test_simplified_words_latin_letters_and_payloads_read_as_before(said):
    assert dialogue.consumer_words(said) == ("" if said.startswith("/") else said)


@pytest.mark.parametrize("written, simplified", [("鄧淑儀", "邓淑仪"), ("我叫陳國華", "我叫陈国华"),
                                                 ("黃志偉 謝謝", "黄志伟 谢谢")])
def test_a_name_written_in_traditional_characters_is_stored_as_written(written, simplified):
    t = tracker(simplified, slots=dict(COMPLAINT, requested_slot="complainant_name"), active_loop="complaint_form",
                events=asked("complainant_name", [written]))
    got = slots_set(run(forms.ValidateComplaintForm(), t)[0])
    stored = got.get("complainant_name")
    assert stored and stored in written and stored != dialogue.consumer_words(stored)
