"""Dialogue logic without rasa_sdk: what one message fills, and what to say when it fails.

`fill_from_message` is the single place that turns a consumer's message into slot
values for the complaint, report and status forms; the Rasa actions (actions/forms.py)
and the agent console can both call it.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from actions import extraction as ex

# Intents the forms leave to the rules (answered, then the form resumes or stops).
DIGRESSION_INTENTS = {"ask_law", "cancel", "human_handoff", "ask_difference", "correct"}
# Intents that say what the consumer wants, not a slot value; they never fill a requested slot.
NON_ANSWER_INTENTS = DIGRESSION_INTENTS | {"greet", "goodbye", "check_status", "file_report", "file_complaint",
                                           "non_consumer_dispute"}

FIELD_LABELS = {
    "complainant_name": "姓名",
    "phone": "联系电话",
    "merchant_name": "商家名称",
    "merchant_address": "商家地址",
    "product": "商品或服务",
    "purchase_date": "购买日期",
    "amount": "金额",
    "problem": "问题描述",
    "demand": "诉求",
    "order_no": "订单号",
    "evidence": "凭证",
    "query_ticket_no": "受理编号",
    "anonymous": "是否匿名",
}

# Specific, friendly re-asks: (slot, error code) -> text; (slot, None) is the default.
REASKS = {
    ("phone", ex.ERR_FORMAT): "这个号码好像不对。手机号是1开头的11位数字（可以带空格或横线），座机请带区号，例如0831-1234567。",
    ("phone", None): "请留一个能联系到您的电话：11位手机号，或带区号的座机号码。",
    ("purchase_date", ex.ERR_FUTURE): "购买日期不能晚于今天哦，请再确认一下是哪天买的。",
    ("purchase_date", ex.ERR_TOO_OLD): "这个日期太早了，请再确认一下购买日期。",
    ("purchase_date", ex.ERR_PARTIAL): "请说得再具体一点，比如“2月6号”“上周三”“去年11月”。",
    ("purchase_date", None): "没能识别出日期。可以说“2月6号”“2026-02-06”“昨天”“上周三”或“去年11月”。",
    ("amount", ex.ERR_RANGE): "金额需要大于0，请告诉我实际支付了多少钱。",
    ("amount", None): "没能识别出金额。直接说数字就行，比如“3999元”“两千八”“3.9万”。",
    ("merchant_name", ex.ERR_PARTIAL): "没关系，商家名称可以看看小票、发票、订单或门头招牌；网店请告诉我平台和店铺名。"
                                       "实在不知道的话，说说它在哪、是家什么店也可以。",
    ("merchant_name", None): "请告诉我商家的名称，比如店名、公司名或网店名。",
    ("merchant_address", ex.ERR_PARTIAL): "商家地址是工作人员转办的依据。大致位置也可以，比如“宜宾市翠屏区某某路”；网店请告诉我平台和店铺名。",
    ("merchant_address", None): "请告诉我商家所在的地址，写到区县和街道就可以；网店请告诉我平台和店铺名。",
    ("product", None): "请告诉我是哪件商品或哪项服务，比如“电视机”“健身卡”。",
    ("problem", None): "请再具体描述一下情况，比如发生了什么、商家是怎么做的。",
    ("demand", None): "请告诉我您希望商家怎么解决：退货、换货、维修、退款或赔偿，也可以用自己的话说。",
    ("complainant_name", ex.ERR_PARTIAL): "请留您的全名，比如“张三”，方便工作人员登记和联系。",
    ("complainant_name", None): "投诉需要留真实姓名，请告诉我您的姓名，比如“张三”。如果不便留名，可以改为匿名举报。",
    ("anonymous", None): "请回答“匿名”或“实名”。",
    ("query_ticket_no", None): "没能识别出受理编号。编号在登记成功的消息里，一般是字母加数字。",
}

EXPECTED_FORMS = {
    "phone": "11位手机号（如 139 1234 5678）或带区号的座机（如 0831-1234567）",
    "purchase_date": "具体日期（如 2月6号、2026-02-06）或相对日期（如 昨天、上周三）",
    "amount": "金额数字（如 3999元、两千八、3.9万）",
    "merchant_name": "商家的店名、公司名或网店名",
    "merchant_address": "商家地址（省市区和街道）或网店所在平台",
    "complainant_name": "您的真实姓名",
}

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
    return REASKS.get((slot, error)) or REASKS.get((slot, None)) or f"请再告诉我一次{FIELD_LABELS.get(slot, slot)}。"


def help_after_failures(slot: str) -> str:
    expected = EXPECTED_FORMS.get(slot, FIELD_LABELS.get(slot, slot))
    return (f"不好意思，几次都没能识别出{FIELD_LABELS.get(slot, slot)}。需要的格式是：{expected}。"
            "您可以再试一次；也可以转人工客服，或直接拨打12315热线。")


_NORMALISERS = {
    "phone": ex.normalise_phone,
    "purchase_date": ex.normalise_date,
    "amount": ex.normalise_amount,
    "merchant_name": ex.normalise_merchant,
    "merchant_address": ex.normalise_address,
    "product": ex.normalise_product,
    "problem": ex.normalise_problem,
    "demand": ex.normalise_demand,
    "complainant_name": ex.normalise_name,
}


def normalise(slot: str, text: str, today: dt.date | None = None) -> ex.Parsed:
    if slot == "purchase_date":
        return ex.normalise_date(text, today)
    if slot == "query_ticket_no":
        found = ex.find_ticket_no(text)
        return ex.Parsed(found) if found else ex.Parsed(None, ex.ERR_FORMAT)
    if slot == "order_no":
        found = ex.find_order_no(text) or ex.find_ticket_no(text)
        return ex.Parsed(found) if found else ex.Parsed(None, ex.ERR_FORMAT)
    if slot == "anonymous":
        found = ex.find_anonymous(text)
        return ex.Parsed(found) if found is not None else ex.Parsed(None, ex.ERR_FORMAT)  # type: ignore[arg-type]
    return _NORMALISERS[slot](text)


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
    if form == "complaint_form":
        return ["problem", "product", "merchant_name", "merchant_address", "purchase_date", "amount",
                "demand", "complainant_name", "phone"]
    if form == "report_form":
        base = ["merchant_name", "merchant_address", "problem", "anonymous"]
        return base if slots.get("anonymous") else base + ["complainant_name", "phone"]
    if form == "status_form":
        return ["query_ticket_no", "phone"]
    raise ValueError(form)


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
