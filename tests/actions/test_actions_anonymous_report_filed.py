"""An anonymous reporter left no phone: the message after filing promises no call and no result, and says how to
see the report's state here (by its number in this conversation), never "提供编号和手机号"."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

from actions import actions as acts


def test_an_anonymous_report_is_not_told_to_look_it_up_by_phone():
    said = acts.filed_message("JB20261207-000001", True, {"accept_due": "2026-12-20"}, anonymous=True)
    assert "JB20261207-000001" in said and "匿名举报" in said
    assert "手机号" not in said and "处理结果会告知您" not in said
    assert "查询进度" in said


def test_a_named_report_is_told_the_result_and_how_to_follow_it():
    said = acts.filed_message("JB20261207-000002", True, {"accept_due": "2026-12-20"})
    assert "处理结果会告知您" in said and "编号和手机号" in said and "实名举报的" not in said


def test_a_complaint_is_unchanged_by_the_flag():
    said = acts.filed_message("TS20261207-000003", False, {"accept_due": "2026-12-16"}, anonymous=False)
    assert "受理编号" in said and "2026年12月16日" in said
