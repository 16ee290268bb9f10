"""What agents did with suggestions, and the acceptance report built from it."""
from __future__ import annotations

from sqlalchemy import func, select

from backend.console.calls import load_call
from backend.console.models import SuggestionEvent
from backend.console.schemas import SUGGESTION_ACTIONS, FeedbackIn
from backend.db import Database

# Suggestion types as the report shows them (the engine's draft types).
TYPE_LABELS = {"law": "法律依据", "question": "追问", "confirm": "核对信息", "empathy": "安抚",
               "evidence": "提醒保留证据"}


def record(db: Database, agent: str, data: FeedbackIn) -> None:
    with db.session(write=True) as session:
        call_id = load_call(session, data.call_key, for_agent=agent).id if data.call_key else None
        session.add(SuggestionEvent(
            call_id=call_id, line_seq=data.line_seq, suggestion_id=data.suggestion_id,
            suggestion_type=data.suggestion_type, action=data.action, text=data.text,
            final_text=data.final_text, agent=agent))
        session.commit()


def acceptance_report(db: Database) -> list[dict]:
    """Per suggestion type: how often agents used a draft (as is or edited) rather than
    ignoring it, and how they rated it."""
    with db.session() as session:
        rows = session.execute(select(SuggestionEvent.suggestion_type, SuggestionEvent.action, func.count())
                               .group_by(SuggestionEvent.suggestion_type, SuggestionEvent.action)).all()
    table: dict[str, dict] = {}
    for kind, action, count in rows:
        table.setdefault(kind, {a: 0 for a in SUGGESTION_ACTIONS})[action] = count
    report = []
    for kind, counts in sorted(table.items()):
        used = counts["inserted"] + counts["edited"]
        offered = used + counts["ignored"]
        rated = counts["useful"] + counts["not_useful"]
        report.append({
            "type": kind, "label": TYPE_LABELS.get(kind, "其他建议"), **counts,
            "acceptance_rate": round(used / offered, 3) if offered else None,
            "edit_rate": round(counts["edited"] / used, 3) if used else None,
            "useful_rate": round(counts["useful"] / rated, 3) if rated else None,
        })
    return report
