"""A name the check does not read (issue 16, explore kind 4, the dialogue's side), in wordings of our own: in a
complaint it is asked again without pointing to an anonymous report (a name is no wish to stay anonymous), with a
way to say it that is read ("我叫…"); in a named report, an answer the classifier read as a denial because of a 不
inside a name never makes the report anonymous, while a "no" said as such still does."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import dialogue
from complaint import extract as ex

NAMED_REPORT = {"anonymous": False, "problem": "网店卖处方药不要处方", "merchant_name": "某某大药房旗舰店",
                "merchant_address": "网店（拼多多）"}


def fill(text, intent, requested="complainant_name", filled=NAMED_REPORT, form="report_form"):
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    return dialogue.fill_from_message(message, form, requested, dict(filled))


@pytest.mark.parametrize("error", [ex.ERR_FORMAT, None])
def test_a_complaint_asks_the_name_again_without_an_anonymous_report(error):
    said = dialogue.reask("complainant_name", error, "complaint_form")
    assert "匿名" not in said and "举报" not in said and "我叫" in said


def test_a_report_still_offers_anonymity_when_asking_the_name_again():
    assert "匿名" in dialogue.reask("complainant_name", ex.ERR_FORMAT, "report_form")


@pytest.mark.parametrize("said", ["阿不都", "热不拉", "巴不力"])
def test_a_name_with_bu_inside_read_as_a_denial_keeps_the_report_named(said):
    values, _ = fill(said, "deny")
    assert values.get("anonymous") is not True


@pytest.mark.parametrize("said", ["不", "不了", "算了吧", "我不留"])
def test_a_no_said_as_such_still_makes_the_report_anonymous(said):
    values, error = fill(said, "deny")
    assert values.get("anonymous") is True and error is None


@pytest.mark.parametrize("said", ["名字还是不留了吧", "名字就不写了", "不写名字"])
def test_the_name_alone_withheld_in_a_named_report_keeps_it_named_and_asks_the_phone(said):
    values, error = fill(said, "inform")
    assert values.get("anonymous") is not True and values.get("complainant_name") == "" and error is None
    assert "phone" in dialogue.required_slots("report_form", dict(NAMED_REPORT, **values))


@pytest.mark.parametrize("said", ["名字我就不说了 匿名吧", "名字电话都别留了"])
def test_anonymity_or_both_withheld_still_makes_it_anonymous(said):
    values, _ = fill(said, "inform")
    assert values.get("anonymous") is True


@pytest.mark.parametrize("said", ["举报一个卖手机卡的 实名制都不用", "这家网吧实名认证随便过 未成年也能上",
                                  "卖电话卡的 实名核验都是假的"])
def test_a_real_name_rule_broken_by_the_business_is_no_choice_of_a_named_report(said):
    assert ex.find_anonymous(said) is None
