"""The field and channel registries (complaint/) agree with every service that reads them:
the Rasa domain's slots, forms and questions, the backend's columns and request schema;
and any value the dialogue's normalisers accept is one the backend accepts (hypothesis)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from backend.models import Ticket
from backend.schemas import TicketIn
from complaint import channels, fields
from complaint import extract as ex

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 3, 15)


def _domain() -> dict:
    merged: dict = {"slots": {}, "forms": {}, "responses": {}, "actions": []}
    for path in sorted((ROOT / "bot" / "domain").glob("*.yml")):
        part = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key in ("slots", "forms", "responses"):
            merged[key].update(part.get(key) or {})
        merged["actions"] += part.get("actions") or []
    return merged


DOMAIN = _domain()


@pytest.mark.parametrize("kind, form", sorted(fields.FORMS.items()))
def test_each_form_asks_the_registry_fields_in_its_order(kind, form):
    assert DOMAIN["forms"][form]["required_slots"] == fields.form_order(kind)


@pytest.mark.parametrize("name", sorted(fields.FIELDS))
def test_each_field_is_a_slot_of_its_type(name):
    slot = DOMAIN["slots"].get(name)
    assert slot is not None, f"bot/domain: no slot {name!r} for the registry field"
    assert slot["type"] == fields.get(name).slot_type
    assert slot["mappings"] == [{"type": "custom"}]  # filled by the action server's rules


@pytest.mark.parametrize("kind, name", [(k, n) for k in fields.FORMS for n in fields.form_order(k)])
def test_each_question_is_the_registry_question(kind, name):
    form = fields.FORMS[kind]
    if f"action_ask_{name}" in DOMAIN["actions"]:
        return  # asked by an action that reads the registry (action_ask_demand)
    response = DOMAIN["responses"].get(f"utter_ask_{form}_{name}") or DOMAIN["responses"].get(f"utter_ask_{name}")
    assert response, f"no question for {name} in {form}"
    assert response[0]["text"] == fields.get(name).question_for(kind)


@pytest.mark.parametrize("field", fields.ticket_fields(), ids=lambda f: f.name)
def test_each_ticket_field_is_a_column_and_in_the_request_schema(field):
    column = Ticket.__table__.columns.get(field.name)
    assert column is not None, f"backend/models.py: no column for {field.name}"
    if field.max_length and getattr(column.type, "length", None):
        assert column.type.length >= field.max_length
    assert field.name in TicketIn.model_fields


def test_required_fields_are_asked_by_the_forms_that_file_them():
    for kind in fields.TICKET_KINDS:
        assert set(fields.required_for(kind)) <= set(fields.form_order(kind))


def test_every_channel_is_accepted_and_every_sender_prefix_recognised():
    base = {"type": "report", "merchant_name": "某店", "merchant_address": "宜宾市翠屏区某路1号", "problem": "卖假货"}
    for channel in channels.CHANNELS.values():
        assert TicketIn.model_validate({**base, "channel": channel.name}).channel == channel.name
        if channel.prefix:
            assert channels.channel_of(None, f"{channel.prefix}:abc") == channel.name
    assert channels.channel_of(None, "abc", "socketio") == "web"
    assert channels.channel_of("wechat", "telegram:1") == "wechat"


# ---------------------------------------------------------------- any accepted value files

def _with(name: str, value) -> dict:
    body = {"type": "complaint", "channel": "web", "complainant_name": "张三", "phone": "13800138000",
            "merchant_name": "某某电器专卖店", "problem": "洗衣机漏水", "demand": "退货"}
    body[name] = value
    if name == "anonymous":
        body.update(type="report", merchant_address="北京市朝阳区建国路1号")
    return body


def _digits(n: int):
    return st.text(alphabet="0123456789", min_size=n, max_size=n)


_SEP = st.sampled_from(["", " ", "-", "  ", "－", "　"])
MOBILES = st.builds(lambda prefix, a, b, c, s1, s2: f"{prefix}1{a}{s1}{b}{s2}{c}",
                    st.sampled_from(["", "+86 ", "+86", "86-", "0086 ", "我的电话是", "手机："]),
                    st.sampled_from([d + e for d in "3456789" for e in "0123456789"]), _digits(4), _digits(4),
                    _SEP, _SEP)
LANDLINES = st.builds(lambda area, number, ext, sep, word: f"{area}{sep}{number}{word}{ext}" if ext else
                      f"{area}{sep}{number}",
                      st.sampled_from(["010", "021", "0831", "(0831)", "（028）", "0755"]),
                      st.one_of(_digits(7), _digits(8)), st.one_of(st.just(""), _digits(3), _digits(5)),
                      st.sampled_from(["-", " ", ""]), st.sampled_from(["转", "-", " ext ", "转分机"]))
SPOKEN = st.builds(lambda digits: "".join("零幺二三四五六七八九"[int(d)] for d in digits),
                   st.builds(lambda a, b: "13" + a + b, _digits(1), _digits(8)))
NUMBER_WORDS = st.sampled_from(["三千九百九十九", "两千八", "3.9万", "1万2千", "一百零五", "三块五", "999", "12,000",
                                "十五", "二零二六", "0", "100000001", "两万三"])
AMOUNTS = st.one_of(NUMBER_WORDS, st.builds(lambda n, unit: f"{n}{unit}", st.one_of(
    st.integers(min_value=0, max_value=10**10).map(str),
    st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False).map(str),
    NUMBER_WORDS), st.sampled_from(["", "元", "块", "块钱", "万", "万元", "rmb"])))
DATES = st.one_of(
    st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2030, 12, 31)).map(
        lambda d: st.sampled_from([d.isoformat(), f"{d.year}年{d.month}月{d.day}日", f"{d.month}月{d.day}号",
                                   f"{d.year % 100}/{d.month}/{d.day}", f"{d.year}.{d.month}.{d.day}"])).flatmap(
        lambda s: s),
    st.sampled_from(["昨天", "前天", "上周三", "上个月5号", "去年11月", "今年二月十号", "三天前", "两个星期前", "6号",
                     "大前年十二月", "上上周日", "这个月十号", "刚才", "明天", "下个月"]))
# numbers in Hong Kong, Macau and Taiwan with their country code, and near misses (one digit short or over)
OVERSEAS = st.builds(lambda prefix, code, trunk, digits, sep:
                     f"{prefix}{code}{sep}{trunk}{digits[:4]}{sep}{digits[4:]}",
                     st.sampled_from(["+", "00", "+ ", "电话 +"]), st.sampled_from(["852", "853", "886", "(852)"]),
                     st.sampled_from(["", "0", "(0)"]), st.text(alphabet="0123456789", min_size=7, max_size=10),
                     st.sampled_from(["", " ", "-"]))
CHINESE = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), min_size=1, max_size=12)
# names in Latin letters (with accents), with a Chinese transliteration after them or not
LATIN_NAMES = st.builds(lambda first, last, chinese: f"{first} {last}{chinese}",
                        st.text(alphabet="AaBbÉéÜüNnOoçØ'-", min_size=1, max_size=30),
                        st.text(alphabet="KkLlMmÀàñß.", min_size=1, max_size=40),
                        st.one_of(st.just(""), CHINESE.map(lambda c: " " + c), CHINESE.map(lambda c: f"（{c}）")))
NOISE = st.text(max_size=80)
TEXTS = {
    "phone": st.one_of(MOBILES, LANDLINES, SPOKEN, OVERSEAS, NOISE),
    "amount": st.one_of(AMOUNTS, NOISE),
    "purchase_date": st.one_of(DATES, NOISE),
    "complainant_name": st.one_of(st.builds(lambda a, b: a + b, st.sampled_from(["我叫", "姓名", "", "本人", "我是"]),
                                            CHINESE), LATIN_NAMES, NOISE),
    "merchant_name": st.one_of(st.builds(lambda a, b, c: a + b + c, st.sampled_from(["在", "商家叫", "", "去"]),
                                         CHINESE,
                                         st.sampled_from(["旗舰店", "超市", "（万达店）", "买的", "公司", ""])),
                               NOISE),
    "merchant_address": st.one_of(st.builds(lambda a, b: f"四川省宜宾市{a}路{b}号", CHINESE, st.integers(1, 999)),
                                  NOISE, st.text(min_size=150, max_size=400)),
    "product": st.one_of(st.builds(lambda a, b: a + b, st.sampled_from(["买的", "买了一台", "东西是", ""]), CHINESE),
                         NOISE, st.text(min_size=150, max_size=400)),
    "problem": st.one_of(CHINESE.map(lambda s: s + "坏了"), NOISE, st.text(min_size=4000, max_size=6000)),
    "demand": st.one_of(st.sampled_from(["退货", "退款并赔偿", "三倍赔偿", "换新的，再赔我其他损失", "退一赔十",
                                         "退款和10倍赔偿", "再道个歉", "按消法来 假一赔三嘛"]), NOISE,
                        st.text(min_size=1500, max_size=2500)),
    "order_no": st.one_of(st.builds(lambda a: "订单号" + a, st.text(alphabet="ABC0123456789-_", min_size=6,
                                                                     max_size=60)), NOISE),
    "platform": st.one_of(st.builds(lambda a, b: a + b,
                                    st.sampled_from(["在京东", "拼夕夕上", "美团外卖", "抖音直播间", "淘宝"]),
                                    st.sampled_from(["买的", "", "上的旗舰店"])), NOISE),
    "anonymous": st.one_of(st.sampled_from(["匿名", "实名", "不想留名", "可以留名"]), NOISE),
}


@pytest.mark.parametrize("name", sorted(set(TEXTS) | {f.name for f in fields.ticket_fields()}))
def test_every_ticket_field_has_a_strategy(name):
    assert name in TEXTS


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
@example(data=None)
def test_whatever_a_normaliser_accepts_the_backend_accepts(data):
    cases = ([("phone", "0831-2345678转123"), ("phone", "+86 139 1234 5678"), ("phone", "+853 6612 3408"),
              ("phone", "00886 0912-345-678"), ("complainant_name", "Pierre Dubois 皮埃尔"), ("amount", "一亿"),
              ("purchase_date", "1990年1月1日"), ("purchase_date", "1985年1月1日")] if data is None else
             [(name, data.draw(strategy, label=name)) for name, strategy in TEXTS.items()])
    for name, text in cases:
        parsed = fields.normalise(name, text, TODAY)
        if parsed.value is None:
            continue
        ticket = TicketIn.model_validate(_with(name, parsed.value))  # raises on a refusal
        assert getattr(ticket, name) not in (None, "") or name == "anonymous"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_words_taken_as_given_file_too(data):
    """After a question was asked twice the form takes the consumer's own words
    (actions.dialogue.as_given): those must file as well."""
    from actions import dialogue

    for name in ("problem", "product", "demand", "merchant_name", "merchant_address", "complainant_name"):
        text = data.draw(st.one_of(TEXTS[name], st.text(min_size=100, max_size=3000)), label=name)
        value = dialogue.as_given(name, text, TODAY)
        if value is not None:
            TicketIn.model_validate(_with(name, value))


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.builds(lambda *parts: "，".join(parts), MOBILES, AMOUNTS, DATES, CHINESE),
                      st.builds(lambda *parts: "".join(parts), st.sampled_from(["我", "上周在", "在"]), CHINESE,
                                st.sampled_from(["花了", "买的"]), AMOUNTS, LANDLINES), NOISE))
def test_whatever_extract_all_finds_the_backend_accepts(text):
    found = ex.extract_all(text, TODAY)
    for name, value in found.items():
        if name in TicketIn.model_fields:
            TicketIn.model_validate(_with(name, value))
