"""Days are shown to people as they write them ("2026年3月5日"), never as ISO strings: in the summary,
in what was noted or changed, and in the status reply, where the backend's times are turned into China's day."""
import asyncio

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as acts
from actions import dialogue
from complaint import fields


def test_a_day_is_shown_with_year_month_and_day_in_chinese():
    assert fields.display("purchase_date", "2025-03-05") == "2025年3月5日"
    assert fields.display("purchase_date", "2026-12-31") == "2026年12月31日"
    assert fields.display("purchase_date", None) == ""
    assert fields.date_cn("not a day") is None


def test_the_summary_and_the_notes_show_the_chinese_day():
    text = acts.summary_text({"ticket_type": "complaint", "purchase_date": "2026-10-09", "product": "吹风机"})
    assert "2026年10月9日" in text and "2026-10-09" not in text
    said = dialogue.acknowledge({"purchase_date": "2026-07-01"})
    assert said == "好的，已记下购买日期：2026年7月1日。"


def _status_reply(monkeypatch, status: dict) -> str:
    from actions import filing
    monkeypatch.setattr(filing, "lookup_status", lambda *a, **k: status)
    t = Tracker("web:s1", {"query_ticket_no": "TS20261201-000004", "phone": "13700001111"},
                {"text": "查询进度", "intent": {"name": "check_status"}}, [], False, None, None, "rest")
    d = CollectingDispatcher()
    asyncio.run(acts.ActionCheckStatus().run(d, t, {}))
    return d.messages[0]["text"]


def test_the_status_reply_gives_the_deadline_and_the_last_step_as_chinese_days(monkeypatch):
    text = _status_reply(monkeypatch, {
        "status": "received", "status_label": "已受理", "accept_due": "2026-12-10",
        # late in the evening in UTC is already the next morning in China
        "history": [{"status_label": "已受理", "at": "2026-12-02T18:30:00+00:00"}]})
    assert "受理决定最迟在2026年12月10日前作出" in text
    assert "（2026年12月3日）" in text and "2026-" not in text


def test_a_history_time_already_in_china_time_keeps_its_day(monkeypatch):
    text = _status_reply(monkeypatch, {"status": "closed", "status_label": "已办结",
                                       "history": [{"note": "已调解完毕", "at": "2026-11-30T23:50:00+08:00"}]})
    assert "最近进展（2026年11月30日）：已调解完毕" in text
