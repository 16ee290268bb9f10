"""The call summary written onto the ticket when a call ends: built from the structured
fields only (who, what, demand, cited articles), so it never says what nobody said."""
from __future__ import annotations


def _value(ticket: dict, name: str) -> str | None:
    entry = ticket.get(name) or {}
    value = entry.get("value") if isinstance(entry, dict) else entry
    return None if value in (None, "") else str(value)


def call_summary(ticket: dict, articles: list[dict], dispute_type: str | None = None) -> dict:
    """ticket: field -> {"value": ...} (the console's draft) or field -> value."""
    who = _value(ticket, "complainant_name") or "来电人（未留姓名）"
    phone = _value(ticket, "phone")
    merchant = _value(ticket, "merchant_name")
    platform = _value(ticket, "platform")
    address = _value(ticket, "merchant_address")
    product = _value(ticket, "product")
    date = _value(ticket, "purchase_date")
    amount = _value(ticket, "amount")
    problem = _value(ticket, "problem")
    demand = _value(ticket, "demand")

    what = "".join(filter(None, [
        f"{date}" if date else None,
        f"在{platform}上的{merchant}" if merchant and platform else None,
        f"在{merchant or platform}" if not (merchant and platform) and (merchant or platform) else None,
        f"（{address}）" if address else None,
        f"购买{product}" if product else None,
        f"，金额{amount}元" if amount else None,
    ]))
    citations = [a["citation"] for a in articles if a.get("citation")]
    sentences = [f"{who}{f'（电话{phone}）' if phone else ''}来电反映：{what or '（购买情况未说明）'}。"]
    if problem:
        sentences.append(f"问题：{problem.rstrip('。')}。")
    sentences.append(f"诉求：{demand.rstrip('。')}。" if demand else "诉求：未明确。")
    if dispute_type:
        sentences.append(f"争议类型：{dispute_type}。")
    if citations:
        sentences.append(f"涉及法条：{'、'.join(citations)}。")
    return {
        "text": "".join(sentences),
        "who": who, "phone": phone, "what": what, "problem": problem, "demand": demand,
        "dispute_type": dispute_type, "citations": citations,
    }
