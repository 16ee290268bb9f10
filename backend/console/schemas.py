"""Request bodies of the console's API and of the bots' handoff API."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from backend.console.suggest import FIELD_LABELS

SUGGESTION_ACTIONS = ("inserted", "edited", "ignored", "useful", "not_useful")
# Conversation ids travel verbatim in Rasa's URL path (/conversations/<id>/...): Rasa's
# router does not percent-decode, so an id that needs encoding would reach another
# conversation. These characters need none (RFC 3986 unreserved, plus ":" "@" "+" "=").
CONVERSATION_ID = r"^[A-Za-z0-9._~:@+=-]{1,200}$"

LineText = Annotated[str, Field(min_length=1, max_length=2000)]


class LineIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    speaker: Literal["caller", "agent"] = "caller"
    text: LineText


class AsrCallIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    agent: Annotated[str, Field(min_length=1, max_length=64)]
    caller_number: Annotated[str | None, Field(default=None, max_length=32)] = None


class CorrectionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    field: Literal[tuple(FIELD_LABELS)]  # type: ignore[valid-type]
    value: Annotated[str, Field(max_length=5000)]


class FileIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["complaint", "report"] = "complaint"


class FeedbackIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    call_key: Annotated[str | None, Field(default=None, max_length=64)] = None
    suggestion_id: Annotated[str, Field(min_length=1, max_length=64)]
    suggestion_type: Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[a-z_]+$")]
    action: Literal[SUGGESTION_ACTIONS]  # type: ignore[valid-type]
    line_seq: Annotated[int | None, Field(default=None, ge=0)] = None
    text: Annotated[str | None, Field(default=None, max_length=5000)] = None
    final_text: Annotated[str | None, Field(default=None, max_length=5000)] = None


class TranscriptItem(BaseModel):
    model_config = ConfigDict(extra="ignore")
    speaker: Literal["user", "bot", "agent"]
    text: Annotated[str, Field(max_length=5000)]
    at: Annotated[str | None, Field(default=None, max_length=40)] = None


class HandoffIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    conversation_id: Annotated[str, Field(pattern=CONVERSATION_ID)]
    channel: Annotated[str, Field(min_length=1, max_length=16)]
    reason: Literal["human_handoff", "gave_up"] = "human_handoff"
    transcript: Annotated[list[TranscriptItem], Field(max_length=500)]
    draft: dict | None = None


class ReplyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: Annotated[str, Field(min_length=1, max_length=2000)]


class DeliveryIn(BaseModel):
    """A bridge says what became of an agent reply it relayed."""
    model_config = ConfigDict(extra="forbid")
    delivered: bool
    error: Annotated[str | None, Field(default=None, max_length=500)] = None


class WidgetAckIn(BaseModel):
    """The widget confirms it showed an agent reply (the token came with the reply)."""
    model_config = ConfigDict(extra="forbid")
    conversation_id: Annotated[str, Field(min_length=1, max_length=200)]
    reply_id: Annotated[int, Field(ge=1)]
    ack: Annotated[str, Field(min_length=16, max_length=128)]
