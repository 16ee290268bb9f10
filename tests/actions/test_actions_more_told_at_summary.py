"""Something more that went wrong, told at the summary without "补充" (issue 16: nothing a consumer said is lost):
it goes into the account and the summary is shown again, whatever intent it was read as; a change of an item, a
question, or what the account already says is no addition. Wordings of our own."""
import pytest

from actions import actions as acts
from actions_testlib import run, tracker, user

REPORT = {"ticket_type": "report", "awaiting_confirmation": True, "anonymous": True, "merchant_name": "惠民生鲜",
          "merchant_address": "山东省济南市历下区和平路8号", "problem": "冷柜里的鸡腿过期了还在卖"}


@pytest.mark.parametrize("said, intent", [("他们的秤也不准 称一斤少二两", "file_report"),
                                          ("收银员还骂了我妈 态度很恶劣", "file_complaint"),
                                          ("仓库里还堆着发霉的大米", "inform")])
def test_more_trouble_told_at_the_summary_goes_into_the_account(said, intent):
    action = acts.ActionStartFiling() if intent.startswith("file") else acts.ActionCorrectField()
    events, messages = run(action, tracker(said, intent, [user(said, intent)], slots=REPORT))
    changed = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert said in changed["problem"] and REPORT["problem"] in changed["problem"]
    assert changed.get("ticket_type", "report") == "report" and changed["awaiting_confirmation"] is True
    assert any(said in (m.get("text") or "") for m in messages)  # the summary shown again holds it


@pytest.mark.parametrize("said", ["地址不对 是和平路18号", "冷柜里的鸡腿过期了还在卖", "这种情况会罚款吗"])
def test_a_change_a_repeat_or_a_question_is_no_addition(said):
    assert acts._more_told(said, dict(REPORT)) is None
