"""The field registry: every field of a complaint (投诉) or report (举报), in one place.

Each entry says what the field is called (slot, ticket column and API name are the
same), its one Chinese label, where each form asks for it, the question and re-asks
(chat, and spoken by a hotline operator), the normaliser that reads it from what the
consumer said, its length limit, and which ticket kinds the backend refuses without it.

The Rasa domain (bot/domain/*.yml: slots, forms, utter_ask_* responses), the action
server (actions/), the backend (schemas, model columns, CSV export, console) all read
this; tests/complaint/test_complaint_registry.py checks that the Rasa domain agrees.
Adding a field: one `Field(...)` below, a backend column with its migration, and the
Rasa slot (see ARCHITECTURE.md, "How to add a field").
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Mapping

from complaint import extract as ex

TICKET_KINDS = ("complaint", "report")
KIND_LABELS = {"complaint": "投诉", "report": "举报"}
FORMS = {"complaint": "complaint_form", "report": "report_form", "status": "status_form"}

Normaliser = Callable[[str, "dt.date | None"], ex.Parsed]


def _ignoring_today(function: Callable[[str | None], ex.Parsed]) -> Normaliser:
    def normalise(text: str, today: dt.date | None = None) -> ex.Parsed:
        return function(text)
    return normalise


def _order_no(text: str, today: dt.date | None = None) -> ex.Parsed:
    found = ex.find_order_no(text) or ex.find_ticket_no(text)
    return ex.Parsed(found) if found else ex.Parsed(None, ex.ERR_FORMAT)


def _ticket_no(text: str, today: dt.date | None = None) -> ex.Parsed:
    found = ex.find_ticket_no(text)
    return ex.Parsed(found) if found else ex.Parsed(None, ex.ERR_FORMAT)


def _anonymous(text: str, today: dt.date | None = None) -> ex.Parsed:
    found = ex.find_anonymous(text)
    return ex.Parsed(found) if found is not None else ex.Parsed(None, ex.ERR_FORMAT)  # type: ignore[arg-type]


def _free_text(text: str | None, today: dt.date | None = None) -> ex.Parsed:
    raw = ex.clean(text)
    return ex.Parsed(raw) if raw else ex.Parsed(None, ex.ERR_EMPTY)


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    # position in each form that asks for it ({"complaint": 10}); forms ask in this order
    asked: Mapping[str, int] = field(default_factory=dict)
    question: str | None = None                       # the chat form's question (utter_ask_<name>)
    # a form's own wording where it differs (utter_ask_<form>_<name>): {"report": "…"}
    kind_questions: Mapping[str, str] = field(default_factory=dict)
    reasks: Mapping[str | None, str] = field(default_factory=dict)  # error code -> re-ask; None: default
    expected: str | None = None                       # the format, said after repeated failures
    # what the question means and why it is asked, said when the consumer asks "什么意思"
    explain: str | None = None
    kind_explains: Mapping[str, str] = field(default_factory=dict)
    normalise: Normaliser = _free_text
    max_length: int | None = None                     # None: not free text (date, amount, bool)
    required_in: tuple[str, ...] = ()                 # ticket kinds the backend refuses without it
    column: bool = True                               # a ticket column (sent to the backend)
    spoken_question: str | None = None                # how a hotline operator asks for it
    spoken_reask: str | None = None
    agent_messages: Mapping[str, str] = field(default_factory=dict)  # error code -> note for the agent
    slot_type: str = "text"                           # the Rasa slot's type

    def question_for(self, kind: str) -> str | None:
        return self.kind_questions.get(kind) or self.question

    def explain_for(self, kind: str) -> str | None:
        return self.kind_explains.get(kind) or self.explain

    def reask(self, error: str | None) -> str:
        if error == ex.ERR_LATER:
            return f"好的，不着急。您找到{self.label}后直接发给我就行。"
        return self.reasks.get(error) or self.reasks.get(None) or f"请再告诉我一次{self.label}。"

    def parse(self, text: str, today: dt.date | None = None) -> ex.Parsed:
        return self.normalise(text, today)


_FIELDS: list[Field] = [
    Field(
        "problem", "问题描述", asked={"complaint": 10, "report": 30},
        question="请您简单说说遇到了什么问题，比如买了什么、出了什么状况。",
        kind_questions={"report": "请说说这家商家有哪些违法违规行为，比如卖假货、虚假宣传、缺斤短两等，越具体越好。"},
        reasks={None: "请再具体描述一下情况，比如发生了什么、商家是怎么做的。"},
        explain="这一项是请您用自己的话说说事情经过：买了什么或办了什么服务、出了什么问题、商家是怎么答复的。比如："
                "“上个月买的冰箱不制冷，找商家修了两次还是不行。”",
        kind_explains={
            "report": "这一项是请您说说这家商家做了哪些违法违规的事，比如卖假货、虚假宣传、缺斤短两、卖过期食品，"
                      "您在哪儿看到的、大概什么时候，说得越具体，工作人员越好查处。",
        },
        normalise=_ignoring_today(ex.normalise_problem), max_length=5000, required_in=("complaint", "report"),
        spoken_question="您好，请您具体说一下遇到了什么问题？",
        agent_messages={"format": "问题描述太短"},
    ),
    Field(
        "product", "商品或服务", asked={"complaint": 20},
        question="请问是哪件商品或哪项服务出了问题？",
        reasks={None: "请告诉我是哪件商品或哪项服务，比如“电视机”“健身卡”。"},
        explain="这一项是问出问题的是什么东西或什么服务，说个名称就行，比如“空调”“健身卡”“装修”。",
        normalise=_ignoring_today(ex.normalise_product), max_length=200,
        spoken_question="请问您买的是什么商品，或者办的是什么服务？",
        agent_messages={"format": "没听出商品或服务"},
    ),
    Field(
        "merchant_name", "商家名称", asked={"complaint": 30, "report": 10},
        question="请问是哪家商家？请告诉我商家的名称（店名、公司名或网店名）。",
        reasks={
            ex.ERR_PARTIAL: "请告诉我这家店的名称，可以看看小票、发票、订单或门头招牌；网店请告诉我店铺名"
                            "（京东、拼多多这样的是平台，店铺名在订单里）。实在不知道的话，说说它在哪、是家什么店也可以。",
            None: "请告诉我商家的名称，比如店名、公司名或网店名。",
        },
        expected="商家的店名、公司名或网店名",
        explain="这一项是问您和哪家商家发生了纠纷，工作人员要据此联系商家。说店名、公司名或网店名都可以，"
                "比如“国美电器（万达店）”“拼多多上的某某旗舰店”；记不全的话，说说是家什么店、在哪儿也行。",
        kind_explains={
            "report": "这一项是问您要举报哪家商家，说店名、公司名或网店名都可以，比如“某某超市（人民路店）”；"
                      "记不全的话，说说是家什么店、在哪儿也行。",
        },
        normalise=_ignoring_today(ex.normalise_merchant), max_length=200, required_in=("complaint", "report"),
        spoken_question="请问是在哪家商家买的？商家的名称您清楚吗？网上买的话，告诉我平台和店铺名也可以。",
        agent_messages={"partial": "来电人不清楚商家名称", "format": "没听出商家名称"},
    ),
    Field(
        "merchant_address", "商家地址", asked={"complaint": 40, "report": 20},
        question="请问这家商家的地址在哪里？如果是网店，告诉我平台和店铺名即可。",
        reasks={
            ex.ERR_PARTIAL: "商家地址是工作人员转办的依据。大致位置也可以，比如“宜宾市翠屏区某某路”；"
                            "网店请告诉我平台和店铺名。",
            None: "请告诉我商家所在的地址，写到区县和街道就可以；网店请告诉我平台和店铺名。",
        },
        expected="商家地址（省市区和街道）或网店所在平台",
        explain="这一项是问这家商家在哪里：投诉和举报都由商家所在地的市场监管部门处理。说到区县和街道就行，"
                "比如“宜宾市翠屏区西郊路20号”；网上买的，告诉我是哪个平台就可以。",
        normalise=_ignoring_today(ex.normalise_address), max_length=300, required_in=("report",),
        spoken_question="请问商家的地址在哪里？说到区、街道就可以；网上买的，告诉我平台和店铺名称也行。",
        agent_messages={"partial": "来电人不清楚地址", "format": "地址不完整"},
    ),
    # where an online shop sells: asked by no form, kept when said ("在京东的某某旗舰店买的")
    Field("platform", "购物平台", normalise=_ignoring_today(ex.normalise_platform), max_length=50,
          spoken_question="请问是在哪个平台上买的？比如淘宝、京东、拼多多、抖音。",
          agent_messages={"format": "没听出是哪个平台"}),
    Field(
        "purchase_date", "购买日期", asked={"complaint": 50},
        question="请问是哪天购买或消费的？说“2月6号”“上周三”“昨天”都可以。",
        reasks={
            ex.ERR_FUTURE: "购买日期不能晚于今天哦，请再确认一下是哪天买的。",
            ex.ERR_TOO_OLD: "这个日期太早了，请再确认一下购买日期。",
            ex.ERR_PARTIAL: "请说得再具体一点，比如“2月6号”“上周三”“去年11月”。",
            None: "没能识别出日期。可以说“2月6号”“2026-02-06”“昨天”“上周三”或“去年11月”。",
        },
        expected="具体日期（如 2月6号、2026-02-06）或相对日期（如 昨天、上周三）",
        explain="这一项是问您是哪天买的或哪天消费的，工作人员核实时要用。说“上周三”“11月11号”都行，"
                "记不清的话说个大概也可以。",
        normalise=ex.normalise_date,
        spoken_question="请问大概是哪天买的？记得具体日期吗？",
        spoken_reask="您刚才说的购买日期我这边核对不上，麻烦您再确认一下是哪天买的？",
        agent_messages={"future": "日期在今天之后，请核实", "too_old": "日期太早，请核实",
                        "partial": "只说了大概时间，请问具体哪天", "format": "没听出具体日期"},
    ),
    Field(
        "amount", "金额", asked={"complaint": 60},
        question="请问花了多少钱？",
        reasks={ex.ERR_RANGE: "金额需要大于0，请告诉我实际支付了多少钱。",
                None: "没能识别出金额。直接说数字就行，比如“3999元”“两千八”“3.9万”。"},
        expected="金额数字（如 3999元、两千八、3.9万）",
        explain="这一项是问您为这件商品或这项服务一共付了多少钱，比如“399元”“两千八”；没花钱的话，说“没花钱”就行。",
        normalise=_ignoring_today(ex.normalise_amount),
        spoken_question="请问您当时一共花了多少钱？",
        spoken_reask="金额我这边没记清楚，麻烦您再说一下一共花了多少钱？",
        agent_messages={"range": "金额不在合理范围内，请核实", "format": "没听出金额"},
    ),
    Field(
        "demand", "诉求", asked={"complaint": 70},
        question="请问您希望商家怎么解决？可以点选，也可以用自己的话说（比如“退款并赔偿”）。",
        reasks={None: "请告诉我您希望商家怎么解决：退货、换货、维修、退款或赔偿，也可以用自己的话说。"},
        explain="这一项是问您希望商家怎么解决，比如退货、换货、维修、退款、赔偿，可以要几项，也可以用自己的话说，"
                "比如“退款，再赔偿损失”。",
        normalise=_ignoring_today(ex.normalise_demand), max_length=2000, required_in=("complaint",),
        spoken_question="您希望商家怎么处理呢？比如退货、换货、维修、退款或者赔偿。",
        agent_messages={"format": "诉求不明确"},
    ),
    Field(
        "anonymous", "是否匿名", asked={"report": 40},
        question="请问您希望匿名举报吗？匿名举报不需要留姓名和电话，但工作人员将无法向您反馈处理结果。",
        reasks={None: "请回答“匿名”或“实名”。"},
        explain="这一项是问您举报时要不要留姓名和电话：实名举报，处理结果会告知您；匿名举报不留任何个人信息，"
                "但收不到处理结果。",
        normalise=_anonymous, slot_type="bool",
    ),
    Field(
        "complainant_name", "姓名", asked={"complaint": 80, "report": 50},
        question="请问您怎么称呼？请留真实姓名，方便工作人员和您联系。",
        reasks={ex.ERR_PARTIAL: "请留您的全名，比如“张三”，方便工作人员登记和联系；不方便的话，留姓氏加“先生”“女士”"
                                "也可以，比如“王先生”。",
                # an answer that is no name ("高跟鞋", "随便"): said kindly, it may answer another question
                ex.ERR_FORMAT: "抱歉，这个好像不是姓名。请告诉我您的姓名，比如“张三”，方便工作人员登记和联系您；"
                               "不便留名的话，可以改为匿名举报。",
                None: "投诉需要留真实姓名，请告诉我您的姓名，比如“张三”。如果不便留名，可以改为匿名举报。"},
        expected="您的真实姓名",
        explain="这一项是问您的姓名：投诉要以您的名义调解，工作人员联系您时也要用，只用于处理这次投诉。"
                "留姓氏加“先生”“女士”也可以，比如“王女士”。",
        kind_explains={
            "report": "这一项是问您的姓名：实名举报，处理结果会告知您，信息只用于处理这次举报；不想留的话，"
                      "可以匿名举报。",
        },
        normalise=_ignoring_today(ex.normalise_name), max_length=100, required_in=("complaint",),
        spoken_question="请问您怎么称呼？我这边需要登记一下您的姓名。",
        agent_messages={"partial": "只说了姓，请问全名", "format": "不像是姓名，请核实"},
    ),
    Field(
        "phone", "联系电话", asked={"complaint": 90, "report": 60, "status": 20},
        question="请留一个联系电话（手机或带区号的座机）。",
        kind_questions={"status": "为保护您的隐私，请再提供登记时留的联系电话。"},
        reasks={ex.ERR_FORMAT: "这个号码好像不对。手机号是1开头的11位数字（可以带空格或横线），"
                               "座机请带区号，例如0831-1234567。",
                None: "请留一个能联系到您的电话：11位手机号，或带区号的座机号码。"},
        expected="11位手机号（如 139 1234 5678）或带区号的座机（如 0831-1234567）",
        explain="这一项是请您留一个能联系到您的电话，工作人员会用它告诉您处理进展、组织调解，只用于处理这次投诉。"
                "手机号或带区号的座机都可以。",
        kind_explains={
            "report": "这一项是请您留一个电话，实名举报的处理结果会通过它告知您，只用于处理这次举报；不想留的话，"
                      "可以匿名举报。",
            "status": "查询需要您登记时留的电话，用来核对是您本人在查，防止别人查看您的登记信息。",
        },
        normalise=_ignoring_today(ex.normalise_phone), max_length=32, required_in=("complaint",),
        spoken_question="方便留一个联系电话吗？后面处理的结果会通过这个号码联系您。",
        spoken_reask="不好意思，您刚才说的电话号码好像不太对，麻烦您再慢慢说一遍？手机号是11位，座机请带上区号。",
        agent_messages={"format": "电话号码格式不对：手机号11位，座机要带区号", "empty": "没有号码"},
    ),
    Field("order_no", "订单号", normalise=_order_no, max_length=100),
    # what the consumer holds as proof: not a ticket column, it goes with the facts
    Field("evidence", "凭证", column=False),
    Field("query_ticket_no", "受理编号", asked={"status": 10}, column=False, normalise=_ticket_no,
          kind_questions={"status": "请告诉我您的投诉/举报受理编号。"},
          reasks={None: "没能识别出受理编号。编号在登记成功的消息里，一般是字母加数字。"},
          explain="受理编号是您登记成功时我们发给您的编号，投诉以TS开头、举报以JB开头，比如TS20261201-123456；"
                  "可以在当时的聊天记录里找一找。"),
]

FIELDS: dict[str, Field] = {f.name: f for f in _FIELDS}


def register(new: Field) -> None:
    """Adds (or replaces) a field; what reads the registry afterwards sees it (tests, plug-ins)."""
    FIELDS[new.name] = new


def unregister(name: str) -> None:
    FIELDS.pop(name, None)


class _Labels(Mapping[str, str]):
    """name -> label, always as the registry stands now (fields registered later too)."""

    def __getitem__(self, name: str) -> str:
        return FIELDS[name].label

    def __iter__(self) -> Iterator[str]:
        return iter(FIELDS)

    def __len__(self) -> int:
        return len(FIELDS)


LABELS: Mapping[str, str] = _Labels()


def get(name: str) -> Field:
    return FIELDS[name]


def label(name: str) -> str:
    f = FIELDS.get(name)
    return f.label if f else name


def labels() -> dict[str, str]:
    return {f.name: f.label for f in FIELDS.values()}


def form_order(kind: str) -> list[str]:
    """The fields a form asks for, in the order it asks: "complaint", "report" or "status"."""
    asked = [f for f in FIELDS.values() if kind in f.asked]
    return [f.name for f in sorted(asked, key=lambda f: f.asked[kind])]


def summary_order(kind: str) -> list[str]:
    """What the summary before filing lists, in registry order: the form's fields and those
    no form asks (platform, order number, proof), shown when given."""
    return [f.name for f in FIELDS.values() if kind in f.asked or not f.asked]


def ticket_fields() -> list[Field]:
    """The ticket's text and value columns, in registry order (what the payload and CSV carry)."""
    return [f for f in FIELDS.values() if f.column]


def required_for(kind: str) -> list[str]:
    return [f.name for f in FIELDS.values() if kind in f.required_in]


# The values a consumer may have to look up (on a receipt, an order, a card); a choice (匿名, ODR) or an account is not
LOOKED_UP = {"merchant_name", "merchant_address", "product", "purchase_date", "amount", "phone", "platform", "order_no"}


def normalise(name: str, text: str, today: dt.date | None = None) -> ex.Parsed:
    if name in LOOKED_UP and ex.goes_to_look(text):
        return ex.Parsed(None, ex.ERR_LATER)  # "我去翻一下订单": the value is on its way, no wrong one to keep
    if name in ("product", "merchant_address"):
        # "说明书上是网约车": the value, not where it was read (the shop's reader does this itself, keeping the whole
        # answer when the rest is no name: "他们说是华康健康科技的")
        text = ex.how_it_came_taken_off(ex.clean(text))
    return FIELDS[name].normalise(text, today)


def reask(name: str, error: str | None) -> str:
    f = FIELDS.get(name)
    return f.reask(error) if f else f"请再告诉我一次{name}。"


def explain(name: str, kind: str) -> str | None:
    """What the question for `name` means and why it is asked ("什么意思？"), in that kind's words."""
    f = FIELDS.get(name)
    return f.explain_for(kind) if f else None


def expected(name: str) -> str:
    f = FIELDS.get(name)
    return (f.expected or f.label) if f else name


def agent_message(name: str, error: str) -> str:
    f = FIELDS.get(name)
    if error == ex.ERR_LATER:
        return "来电人正在查找，稍后再填"
    return (f.agent_messages.get(error) if f else None) or f"未通过校验（{error}）"


def date_cn(value: Any) -> str | None:
    """"2026-11-30" as people write a day in Chinese: "2026年11月30日" (None when it is no date)."""
    try:
        day = dt.date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None
    return f"{day.year}年{day.month}月{day.day}日"


# ASCII punctuation typed between Chinese words ("买的,没用两天!"), as Chinese text prints it ("买的，没用两天！")
_ASCII_MARKS = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_MARK_IN_CHINESE = re.compile(r"(?<=[\u4e00-\u9fff）」”])\s*([,;:?!])\s*(?=[\u4e00-\u9fff（「“]|$)"
                              r"|(?<=[A-Za-z0-9])([,;:?!])\s*(?=[\u4e00-\u9fff（「“])")


def chinese_marks(text: str) -> str:
    """"买的,没用两天!" as "买的，没用两天！"; marks between digits or Latin letters ("3,999", "iPhone 15!") stay."""
    return _MARK_IN_CHINESE.sub(lambda m: _ASCII_MARKS[m.group(1) or m.group(2)], text)


def display(name: str, value: Any) -> str:
    """A value as the consumer and staff read it ("3,999 元", "2026年11月30日", "匿名"); the consumer's own
    account and demand with Chinese marks where ASCII ones were typed between Chinese words."""
    if name == "amount":
        return ex.format_amount(value)
    if name == "purchase_date" and value not in (None, ""):
        return date_cn(value) or str(value)
    if name == "anonymous":
        return "匿名" if value else "实名"
    if name in ("problem", "demand") and value is not None:
        return chinese_marks(str(value))
    return "" if value is None else str(value)
