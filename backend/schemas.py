"""Request bodies, validated with pydantic; the OpenAPI document reuses these schemas."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Annotated, Literal

from pydantic import (BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, create_model,
                      field_validator, model_validator)

from backend.deadlines import china_today
from complaint import channels, fields
from complaint.extract.dates import EARLIEST as EARLIEST_DATE
from complaint.extract.phone import phone_key
from complaint.extract.text import CONTROL

TICKET_TYPES = fields.TICKET_KINDS
CHANNELS = channels.names()
STATUSES = ("submitted", "merchant_handling", "accepted", "rejected", "mediating", "closed")
STATUS_LABELS = {
    "submitted": "已提交，待受理",
    "merchant_handling": "已转经营者先行处理（在线消费纠纷解决）",
    "accepted": "已受理",
    "rejected": "不予受理",
    "mediating": "调解中",
    "closed": "已办结",
}
TYPE_LABELS = fields.KIND_LABELS


_SURROGATE = re.compile("[\ud800-\udfff]")
# Unicode category Cc except tab, line feed and carriage return (NUL breaks PostgreSQL):
# the characters the dialogue drops from what it extracts (complaint.extract.text).
_CONTROL = CONTROL


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


def normalize_phone(value: str | None) -> str | None:
    """'+86 138-0013-8000' -> '13800138000', '0831-2345678转123' -> '08312345678-123'; None
    when it is not a Chinese phone number. The dialogue's own rule (complaint.extract.phone),
    so whatever the dialogue accepts files."""
    return phone_key(value) if value else None


# How each kind of registry field is typed in the request body.
def _field_type(field: fields.Field):
    if field.name == "purchase_date":
        return dt.date | None, None
    if field.name == "amount":
        return Decimal | None, None
    if field.slot_type == "bool":
        return bool, False
    return Text(field.max_length or 2000), None


class _TicketBase(BaseModel):
    """A new complaint (投诉) or report (举报): the fields of complaint.fields plus these."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    type: Literal["complaint", "report"]
    channel: Literal[channels.names()]  # type: ignore[valid-type]
    conversation_id: Text(200)
    dispute_type: Text(64, pattern=r"^[A-Za-z0-9_.\-]+$")
    # The consumer agreed that an ODR merchant may handle the complaint first.
    odr_consent: bool = False

    @field_validator("phone", check_fields=False)
    @classmethod
    def _phone(cls, value):
        if value is None:
            return None
        phone = normalize_phone(value)
        if phone is None:
            raise ValueError("must be a mainland mobile (11 digits) or landline number with area code")
        return phone

    @field_validator("purchase_date", mode="before", check_fields=False)
    @classmethod
    def _date_text(cls, value):
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError("must be a date as YYYY-MM-DD")
        return value

    @field_validator("purchase_date", check_fields=False)
    @classmethod
    def _date_range(cls, value):
        if value is not None and not (EARLIEST_DATE <= value <= china_today() + dt.timedelta(days=1)):
            raise ValueError("must not be in the future or before 1990")
        return value

    @field_validator("amount", mode="before", check_fields=False)
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
        required = fields.required_for(self.type)
        if self.type == "complaint":
            if self.anonymous:
                raise ValueError("a complaint cannot be anonymous (only reports can)")
        else:
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


def build_ticket_in() -> type[BaseModel]:
    """TicketIn from the field registry: every ticket column, typed and length-limited."""
    columns = {f.name: _field_type(f) for f in fields.ticket_fields()}
    model = create_model("TicketIn", __base__=_TicketBase, __module__=__name__, **columns)
    model.__doc__ = "A new complaint (投诉) or report (举报)."
    return model


TicketIn = build_ticket_in()


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
