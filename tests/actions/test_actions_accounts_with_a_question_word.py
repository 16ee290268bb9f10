"""Asked what happened, a long account with a question word in its middle ("在卖什么负离子内衣", "搞了个什么
体检") is the account: it was thrown away as a question, asked again, then handed over. A message that
ends by asking stays a question."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import dialogue


@pytest.mark.parametrize("said, form", [
    ("店里弄了个什么量子水机 说喝了能降血压 一台收老人八千多", "report_form"),
    ("他们搞了个什么免费体检 结果一直推销保健品 我妈被骗了好几千", "complaint_form"),
    ("不知道往面里加了什么东西 吃完全家都拉肚子 第二天还发烧", "complaint_form"),
])
def test_a_long_account_with_a_question_word_inside_is_the_account(said, form):
    values, error = dialogue.fill_from_message({"text": said, "intent": {"name": "inform"}}, form, "problem",
                                               {"merchant_name": "某某店"})
    assert error is None and values.get("problem") == said


@pytest.mark.parametrize("said", ["这种事情到底应该归哪个部门来管呢你们能不能管", "你说呢？",
                                  "我就想知道他们这么干到底合不合法"])
def test_a_message_that_ends_by_asking_is_no_account(said):
    values, _ = dialogue.fill_from_message({"text": said, "intent": {"name": "inform"}}, "report_form", "problem",
                                           {"merchant_name": "某某店"})
    assert "problem" not in values
