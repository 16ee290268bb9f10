"""The ticket payload (`POST /api/v1/tickets`) built from what a conversation collected.

The action server files it from the form's slots, the hotline console from its draft;
both call `payload` so a field added to the registry travels to the backend from both.
"""
from __future__ import annotations

from typing import Any, Mapping

from complaint import fields


def payload(values: Mapping[str, Any], kind: str, channel: str, conversation_id: str | None,
            dispute_type: str | None = None, odr_consent: bool | None = None) -> dict[str, Any]:
    """Every ticket column of the registry from `values` (slot name -> value).

    An anonymous report carries no identity; what the consumer holds as proof (the
    `evidence` slot, no column of its own) goes with the facts; a complaint says whether
    the consumer agreed that an ODR merchant handles it first.
    """
    report = kind == "report"
    anonymous = bool(values.get("anonymous")) if report else False
    body: dict[str, Any] = {"type": "report" if report else "complaint", "channel": channel,
                            "conversation_id": conversation_id}
    for field in fields.ticket_fields():
        value = values.get(field.name)
        body[field.name] = None if value == "" else value
    body["anonymous"] = anonymous
    if anonymous:
        body["complainant_name"] = body["phone"] = None
    problem, evidence = values.get("problem"), values.get("evidence")
    if problem and evidence:
        body["problem"] = f"{problem}（消费者称持有：{evidence}）"
    body["dispute_type"] = dispute_type if dispute_type is not None else values.get("dispute_type")
    if not report:
        body["odr_consent"] = bool(odr_consent if odr_consent is not None else values.get("odr_consent"))
    return body
