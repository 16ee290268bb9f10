"""Helpers shared by the backend tests (imported as a plain module: tests/backend is on sys.path)."""
from __future__ import annotations

import uuid

SERVICE_TOKEN = "svc-test-token-0123456789"
SERVICE = {"Authorization": f"Bearer {SERVICE_TOKEN}"}


def complaint(**overrides) -> dict:
    body = {
        "type": "complaint", "channel": "web", "conversation_id": f"web:{uuid.uuid4().hex}",
        "complainant_name": "张三", "phone": "13800138000", "merchant_name": "某某电器专卖店",
        "merchant_address": "北京市朝阳区建国路1号", "product": "洗衣机", "purchase_date": "2026-10-03",
        "amount": "3999.00", "problem": "洗衣机买回来一周就漏水，商家拒绝退货。", "demand": "退货退款",
        "order_no": "JD202610030001", "dispute_type": "quality", "anonymous": False,
    }
    body.update(overrides)
    return body


def file(client, body: dict, key: str | None = None):
    headers = {**SERVICE, "Idempotency-Key": key or f"test-{uuid.uuid4().hex}"}
    return client.post("/api/v1/tickets", json=body, headers=headers)
