"""A reporter who keeps back only the name (issue 16, the eighteenth round): a bare refusal said with the phone
offered ("那不写了 电话可以留") withholds the name and the report stays named by the phone; a refusal without the
phone offered is an anonymous report, as before. Wordings of our own."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import forms
from tests.actions.test_actions_forms import run, slots_set, tracker

REPORT = {"ticket_type": "report", "requested_slot": "complainant_name", "merchant_name": "好邻居干洗",
          "merchant_address": "大连市中山区人民路20号", "problem": "收了衣服就关门不见人了"}


def _answer(said, anonymous):
    return run(forms.ValidateReportForm(), tracker(said, slots=dict(REPORT, anonymous=anonymous),
                                                   active_loop="report_form"))


@pytest.mark.parametrize("said", ["那不写了 电话可以留", "算了不说了 留个电话吧", "那就不填了 打我手机就行"])
@pytest.mark.parametrize("anonymous", [False, None])
def test_a_bare_refusal_with_the_phone_offered_withholds_only_the_name(said, anonymous):
    events, _ = _answer(said, anonymous)
    got = slots_set(events)
    assert got.get("complainant_name") == "" and got.get("requested_slot") == "phone"
    assert got.get("anonymous") is not True


@pytest.mark.parametrize("said, anonymous", [("不留名 还是匿名吧", False), ("那不说了", False), ("不想说 算了", False),
                                             ("不留名", None)])
def test_a_refusal_without_the_phone_offered_is_an_anonymous_report(said, anonymous):
    assert slots_set(_answer(said, anonymous)[0]).get("anonymous") is True
