"""Dialogue logic without rasa_sdk: what one message fills, and what to say when it fails.

`fill_from_message` is the single place that turns a consumer's message into slot
values for the complaint, report and status forms; the Rasa actions (actions/forms.py)
and the agent console can both call it.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from complaint import extract as ex
from complaint import fields

# Intents the forms leave to the rules (answered, then the form resumes or stops).
DIGRESSION_INTENTS = {"ask_law", "cancel", "human_handoff", "ask_difference", "correct"}
# Intents that say what the consumer wants, not a slot value; they never fill a requested slot.
NON_ANSWER_INTENTS = DIGRESSION_INTENTS | {"greet", "goodbye", "check_status", "file_report", "file_complaint",
                                           "non_consumer_dispute"}

# Labels, questions, re-asks, formats and normalisers are the field registry's
# (complaint/fields.py): the console and the backend read the same entries.
FIELD_LABELS = fields.LABELS

# Leaving a form loses its answers (cancel) or hands the conversation over (handoff): inside
# a form these intents count only when the words say so; "冰箱不制冷了" read as cancel by the
# classifier is the answer to the question asked.
LEAVING_WORDS = {
    "cancel": re.compile(r"取消|算了|不办|不弄|不要了|不投诉|不举报|不登记|不查|不想(?:投诉|举报|登记|弄|办|查|填|说)|"
                         r"不用(?:了|登记|投诉|举报|查)|退出|停止|别登记|别提交|撤销|作废|先这样|不搞了|不整了|拉倒|cancel"),
    "human_handoff": re.compile(r"人工|真人|客服|工作人员|坐席|接线员|打电话|来电|领导|人来|找人|换人|活人|转接"),
}


def form_intent(intent: str | None, text: str) -> str | None:
    """The intent of a message said inside a form: a cancel or handoff without its cue
    words is an answer the classifier misread ("inform"); anything else stays as it is."""
    cue = LEAVING_WORDS.get(intent or "")
    return "inform" if cue is not None and not cue.search(ex.clean(text)) else intent


MAX_FAILURES_BEFORE_HELP = 3
OPENING_INTENTS = {None, "file_complaint", "file_report", "inform", "nlu_fallback", "out_of_scope"}


def reask(slot: str, error: str | None) -> str:
    return fields.reask(slot, error)


def help_after_failures(slot: str) -> str:
    return (f"不好意思，几次都没能识别出{fields.label(slot)}。需要的格式是：{fields.expected(slot)}。"
            "您可以再试一次；也可以转人工客服，或直接拨打12315热线。")


def normalise(slot: str, text: str, today: dt.date | None = None) -> ex.Parsed:
    return fields.normalise(slot, text, today)


# Rasa's entities, if the pipeline has an extractor (config.yml has none today), are used
# only when it is sure, and only for names the patterns cannot know.
ENTITY_MIN_CONFIDENCE = 0.8


def _entities(message: dict[str, Any]) -> dict[str, str]:
    return {
        e["entity"]: str(e["value"])
        for e in message.get("entities") or []
        if e.get("value") and float(e.get("confidence_entity", 1.0) or 0) >= ENTITY_MIN_CONFIDENCE
        and len(str(e["value"])) >= 2 and not re.search(r"[\d零一二两三四五六七八九十百千万]{2}", str(e["value"]))
    }


def fill_from_message(
    message: dict[str, Any],
    form: str,
    requested_slot: str | None,
    filled: dict[str, Any],
    today: dt.date | None = None,
) -> tuple[dict[str, Any], str | None]:
    """Slot values one message gives a form, and the error code if the requested slot failed.

    `message` is Rasa's parse result (text, intent, entities); `filled` the slots the
    form already has. Returns ({slot: value}, error or None); an error means the
    requested slot got nothing usable from this message.
    """
    text = message.get("text") or ""
    intent = form_intent((message.get("intent") or {}).get("name"), text)
    if intent in DIGRESSION_INTENTS:
        return {}, None
    values: dict[str, Any] = {}
    error: str | None = None

    # 1. what the message states unambiguously, whatever was asked
    if form == "status_form":
        ticket_no = ex.find_ticket_no(text)
        if ticket_no:
            values["query_ticket_no"] = ticket_no
        phone = ex.find_phone(text)
        if phone:
            values["phone"] = phone
    else:
        stated = ex.extract_all(text, today)
        entities = _entities(message)
        # Rasa's entities fill names the patterns missed, in an unprompted account only
        for entity, slot in (("merchant", "merchant_name"), ("product", "product")):
            if requested_slot is None and slot not in stated and entity in entities:
                parsed = normalise(slot, entities[entity], today)
                if parsed.value:
                    stated[slot] = parsed.value
        # a narrative counts as the problem when the consumer tells it unasked (the
        # requested slot reads the whole answer below), never over an account already given
        if "problem" in stated and (filled.get("problem") or requested_slot == "problem"
                                    or intent not in OPENING_INTENTS):
            stated.pop("problem")
        if form == "report_form":
            stated.pop("purchase_date", None)
            stated.pop("amount", None)
            stated.pop("demand", None)
            if requested_slot == "anonymous" or ex.find_anonymous(text) is not None:
                anonymous = ex.find_anonymous(text)
                if anonymous is None and requested_slot == "anonymous" and intent in ("affirm", "deny"):
                    anonymous = intent == "affirm"
                if anonymous is not None:
                    stated["anonymous"] = anonymous
        if intent in NON_ANSWER_INTENTS - {"file_complaint", "file_report"}:
            stated = {}
        # what was already given stays: changing it is a correction (the correct intent)
        stated = {k: v for k, v in stated.items() if filled.get(k) in (None, "") or k == requested_slot}
        values.update(stated)

    # 2. the requested slot reads the whole answer ("北京市大兴区京东总部" is more than
    #    the "北京市大兴区" the address pattern found in it)
    if requested_slot == "merchant_address" and requested_slot in values and intent not in NON_ANSWER_INTENTS:
        whole = normalise(requested_slot, text, today).value
        if whole and str(values[requested_slot]) in whole:
            values[requested_slot] = whole
    if requested_slot and requested_slot not in values:
        if intent in NON_ANSWER_INTENTS - {"file_complaint", "file_report", "non_consumer_dispute"}:
            error = ex.ERR_FORMAT
        elif requested_slot == "anonymous" and intent in ("affirm", "deny"):
            values["anonymous"] = intent == "affirm"
        else:
            parsed = normalise(requested_slot, text, today)
            description = None
            if requested_slot == "merchant_name" and parsed.error == ex.ERR_PARTIAL:
                # the consumer cannot name the shop: a description that says what kind of shop
                # and where ("小区门口那家药店") is what staff will work from; anything they
                # add once asked again is taken too
                description = ex.describe_merchant(text)
                if description and not (ex.MERCHANT_KIND.search(description)
                                        or float(filled.get("failed_attempts") or 0) >= 1):
                    description = None
            if parsed.value is not None:
                values[requested_slot] = parsed.value
            elif description:
                values[requested_slot] = description
            else:
                error = parsed.error
    return values, error


# Fields whose restated value is worth pointing out when it differs from the one held.
RESTATED_FIELDS = ("merchant_name", "phone", "amount", "purchase_date", "complainant_name", "merchant_address")


def restated(message: dict[str, Any], form: str, filled: dict[str, Any], today: dt.date | None = None) -> dict[str, Any]:
    """Values the message states for fields already filled, where they differ.

    They are not taken over (a change is a correction, and side remarks are noisy), but
    the consumer is told, so nothing they said goes unnoticed.
    """
    intent = (message.get("intent") or {}).get("name")
    if form == "status_form" or intent in NON_ANSWER_INTENTS - {"file_complaint", "file_report"}:
        return {}
    stated = ex.extract_all(message.get("text") or "", today)
    return {slot: stated[slot] for slot in RESTATED_FIELDS
            if slot in stated and filled.get(slot) not in (None, "") and str(filled[slot]) != str(stated[slot])
            and not (form == "report_form" and slot in ("amount", "purchase_date"))}


def _shown(slot: str, value: Any) -> str:
    return ex.format_amount(value) if slot == "amount" else str(value)


def acknowledge(values: dict[str, Any]) -> str:
    """"好的，已记下商家名称：星光健身房。" for what a message gave besides the question asked."""
    said = "；".join(f"{FIELD_LABELS[s]}：{_shown(s, v)}" for s, v in values.items() if s in FIELD_LABELS)
    return f"好的，已记下{said}。" if said else ""


def restated_notice(changes: dict[str, Any], filled: dict[str, Any]) -> str:
    lines = [f"您刚才提到{FIELD_LABELS[s]}是“{_shown(s, v)}”，和之前登记的“{_shown(s, filled[s])}”不一样。"
             for s, v in changes.items()]
    example = next(iter(changes))
    return "".join(lines) + f"如需修改，请说“{FIELD_LABELS[example]}改成{_shown(example, changes[example])}”。"


def required_slots(form: str, slots: dict[str, Any]) -> list[str]:
    kind = next((k for k, name in fields.FORMS.items() if name == form), None)
    if kind is None:
        raise ValueError(form)
    order = fields.form_order(kind)
    if kind == "report" and slots.get("anonymous"):
        # an anonymous report leaves out who reported it
        order = [s for s in order if s not in ("complainant_name", "phone")]
    return order


# ---------------------------------------------------------------- corrections

_FIELD_WORDS = [
    ("phone", r"电话|手机|号码|联系方式"),
    ("amount", r"金额|价格|价钱|多少钱|钱数|花了|价"),
    ("purchase_date", r"日期|时间|哪天|几号|购买日|买的时间"),
    ("merchant_address", r"地址|位置|地点"),
    ("merchant_name", r"商家|店名|店铺|公司|卖家|商户"),
    ("complainant_name", r"名字|姓名|称呼|我叫"),
    ("demand", r"诉求|要求|想要|希望"),
    ("product", r"商品|产品|东西|服务项目"),
    ("problem", r"问题描述|描述|经过|问题"),
    ("order_no", r"订单"),
]


def correction(text: str, today: dt.date | None = None) -> tuple[str | None, Any]:
    """("phone", "13912345679") for "电话写错了，是13912345679"; (field, None) without a new value."""
    raw = ex.clean(text)
    # what the value is not goes first: "商家不是苏宁，是国美", "是李娜不是李那", "不是昨天是前天"
    raw = re.sub(r"不是[^，,。；;]*?(?=[，,。；;]|是|$)", "", raw)
    field = next((slot for slot, words in _FIELD_WORDS if re.search(words, raw)), None)
    if field is None:
        # no field named: a value that can only be one thing still tells us ("是13912345679")
        for slot, finder in (("phone", ex.find_phone), ("amount", ex.find_amount),
                             ("purchase_date", lambda t: ex.find_date(t, today))):
            value = finder(raw)
            if value:
                return slot, value
        return None, None
    # the new value follows the field words: "电话写错了，是139…" / "把金额改成5000"
    after = re.split(r"应该是|改成|改为|换成|是|为|:", raw, maxsplit=1)
    candidate = after[1] if len(after) == 2 else ""
    if not candidate.strip(" ,，。"):
        # no 是/改成: what follows the complaint about the field ("价钱写错了，1899",
        # "姓名错了，我叫陈思远"), else what follows the field's name ("店名叫聚福楼")
        words = dict(_FIELD_WORDS)[field]
        parts = re.split(r"写错了|打错了|填错了|搞错了|弄错了|错了|不对|有误|改一下|改下|更正一下|更正", raw)
        if len(parts) > 1:
            candidate = parts[-1]
        else:
            m = re.search(rf"(?:{words})(.*)$", raw)
            candidate = m.group(1) if m else ""
        candidate = candidate.strip(" ,，。.：:")
    if not candidate:
        return field, None
    if field == "demand":
        parsed = ex.normalise_demand(candidate)
    else:
        parsed = normalise(field, candidate, today)
    return field, parsed.value
