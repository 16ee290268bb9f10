"""Request bodies, validated with pydantic; the OpenAPI document reuses these schemas."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Annotated, Literal

from pydantic import (BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, field_validator,
                      model_validator)

from backend.deadlines import china_today

TICKET_TYPES = ("complaint", "report")
CHANNELS = ("web", "wechat", "telegram", "hotline", "rest")
STATUSES = ("submitted", "merchant_handling", "accepted", "rejected", "mediating", "closed")
STATUS_LABELS = {
    "submitted": "已提交，待受理",
    "merchant_handling": "已转经营者先行处理（在线消费纠纷解决）",
    "accepted": "已受理",
    "rejected": "不予受理",
    "mediating": "调解中",
    "closed": "已办结",
}
TYPE_LABELS = {"complaint": "投诉", "report": "举报"}


_SURROGATE = re.compile("[\ud800-\udfff]")
# Unicode category Cc except tab, line feed and carriage return (NUL breaks PostgreSQL).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _clean_text(value):
    """Text as people type it: NFC, trimmed, no control characters; empty means absent."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("must be a string")
    if _SURROGATE.search(value):
        raise ValueError("contains invalid unicode (lone surrogate)")
    value = unicodedata.normalize("NFC", value)
    if _CONTROL.search(value):
        raise ValueError("contains control characters")
    value = value.strip()
    return value or None


def Text(max_length: int, pattern: str | None = None):  # noqa: N802  (reads like a type below)
    """Optional cleaned text; the length limit applies to the text, None passes."""
    constrained = Annotated[str, StringConstraints(max_length=max_length, pattern=pattern)]
    return Annotated[constrained | None, BeforeValidator(_clean_text), Field(default=None)]


_PHONE_SEPARATORS = re.compile(r"[\s\-()（）]")
_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"0\d{9,11}")  # area code + number, dashes removed


def normalize_phone(value: str | None) -> str | None:
    """'+86 138-0013-8000' -> '13800138000'; None when it is not a Chinese phone number."""
    if not value:
        return None
    digits = _PHONE_SEPARATORS.sub("", value)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    if _MOBILE.fullmatch(digits) or _LANDLINE.fullmatch(digits):
        return digits
    return None


class TicketIn(BaseModel):
    """A new complaint (投诉) or report (举报)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    type: Literal["complaint", "report"]
    channel: Literal["web", "wechat", "telegram", "hotline", "rest"]
    conversation_id: Text(200)
    complainant_name: Text(100)
    phone: Text(32)
    merchant_name: Text(200)
    merchant_address: Text(300)
    product: Text(200)
    purchase_date: dt.date | None = None
    amount: Decimal | None = None
    problem: Text(5000)
    demand: Text(2000)
    order_no: Text(100)
    dispute_type: Text(64, pattern=r"^[A-Za-z0-9_.\-]+$")
    anonymous: bool = False
    # The consumer agreed that an ODR merchant may handle the complaint first.
    odr_consent: bool = False

    @field_validator("phone")
    @classmethod
    def _phone(cls, value):
        if value is None:
            return None
        phone = normalize_phone(value)
        if phone is None:
            raise ValueError("must be a mainland mobile (11 digits) or landline number with area code")
        return phone

    @field_validator("purchase_date", mode="before")
    @classmethod
    def _date_text(cls, value):
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError("must be a date as YYYY-MM-DD")
        return value

    @field_validator("purchase_date")
    @classmethod
    def _date_range(cls, value):
        if value is not None and not (dt.date(1990, 1, 1) <= value <= china_today() + dt.timedelta(days=1)):
            raise ValueError("must not be in the future or before 1990")
        return value

    @field_validator("amount", mode="before")
    @classmethod
    def _amount(cls, value):
        if value in (None, ""):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise ValueError("must be a decimal string such as '3999.00'")
        text = str(value).strip().replace(",", "").removeprefix("¥").removeprefix("￥")
        if not re.fullmatch(r"\d{1,12}(\.\d{1,2})?", text):
            raise ValueError("must be a non-negative amount in yuan with at most 2 decimals, e.g. '3999.00'")
        try:
            return Decimal(text).quantize(Decimal("0.01"))
        except InvalidOperation as exc:  # pragma: no cover - the pattern above already guards
            raise ValueError("not a number") from exc

    @model_validator(mode="after")
    def _required_by_type(self):
        if self.type == "complaint":
            required = ("complainant_name", "phone", "merchant_name", "problem", "demand")
            if self.anonymous:
                raise ValueError("a complaint cannot be anonymous (only reports can)")
        else:
            required = ("merchant_name", "merchant_address", "problem")
            if self.odr_consent:
                raise ValueError("odr_consent applies to complaints only")
        missing = [name for name in required if getattr(self, name) is None]
        if missing:
            raise ValueError(f"missing required field(s) for a {self.type}: {', '.join(missing)}")
        if self.anonymous:
            # An anonymous report carries no identity, whatever the client sent.
            self.complainant_name = None
            self.phone = None
        return self

    def fingerprint(self) -> str:
        """Hash of the validated body: the same Idempotency-Key must come with the same body."""
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class StatusChangeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Literal["submitted", "accepted", "rejected", "mediating", "closed"]
    reason: Text(2000)
    note: Text(2000)


class OdrResultIn(BaseModel):
    """The merchant's answer in an ODR case, recorded by staff."""

    model_config = ConfigDict(extra="forbid")

    resolved: bool
    note: Text(2000)


class OdrMerchantIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, BeforeValidator(_clean_text), Field(min_length=1, max_length=200)]
    credit_code: Text(18, pattern=r"^[0-9A-HJ-NPQRTUWXY]{18}$")
    contact: Text(200)


class LoginIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    username: Annotated[str, Field(min_length=1, max_length=64)]
    password: Annotated[str, Field(min_length=1, max_length=256)]
    csrf_token: str | None = None


class TicketFilter(BaseModel):
    """Query parameters of the staff list and CSV export."""

    model_config = ConfigDict(extra="ignore")

    status: Literal[STATUSES] | None = None  # type: ignore[valid-type]
    type: Literal["complaint", "report"] | None = None
    channel: Literal[CHANNELS] | None = None  # type: ignore[valid-type]
    merchant: Text(200)
    q: Text(200)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    overdue: bool | None = None
    page: Annotated[int, Field(ge=1, le=100000)] = 1
    per_page: Annotated[int, Field(ge=1, le=200)] = 50

    @field_validator("status", "type", "channel", "date_from", "date_to", "overdue", mode="before")
    @classmethod
    def _blank_is_absent(cls, value):
        return None if value == "" else value


def merchant_key(name: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name)).lower()
