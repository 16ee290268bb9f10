"""The suggestion engine on the three scripted calls of issue 7 (real knowledge base,
real extractors of the dialogue; Rasa is off here, see test_console_api for the HTTP path)."""
from __future__ import annotations

import re
from datetime import date

import pytest

import knowledge_base
from backend.console.fields import FieldExtractor
from backend.console.suggest import Line, SuggestionEngine, is_rights_question
from console_testlib import COUNTERFEIT, GYM_CARD, TV_FIRE

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def engine():
    return SuggestionEngine(FieldExtractor(use_rasa=False))


def run(engine, script, upto=None, corrections=None):
    lines = [Line(i, text) for i, text in enumerate(script[:upto], 1)]
    return engine.suggest(lines, corrections, today=TODAY)


def keys(articles):
    return [a["key"] for a in articles]


def verbatim(key: str) -> str:
    """The article as the knowledge base stores it, without its leading 第N条."""
    return re.sub(r"^第[零一二三四五六七八九十百千]+条\s+", "", knowledge_base.article(key).text).strip()


def test_tv_fire_rich_opening_fills_facts_and_asks_for_the_rest(engine):
    s = run(engine, TV_FIRE, upto=2)
    t = s.ticket
    assert t["merchant_name"]["value"] == "宜宾鑫源家电城"
    assert t["product"]["value"] == "电视"
    assert t["purchase_date"]["value"] == "2026-02-06"
    assert t["amount"]["value"] == "3999.00"
    assert "自燃" in t["problem"]["value"]
    # Provenance: which line, which extractor.
    assert t["merchant_name"]["line"] == 2 and t["merchant_name"]["source"] == "extractor"
    assert [m["field"] for m in s.missing] == ["merchant_address", "demand", "complainant_name", "phone"]
    # the form's order (complaint/fields.py): the address, then the demand
    assert s.next_question["field"] == "merchant_address"
    demand = next(m for m in s.missing if m["field"] == "demand")
    assert "退货" in demand["question"] and "赔偿" in demand["question"]
    # Nothing already said is asked again.
    asked = " ".join(m["question"] for m in s.missing)
    assert "哪天" not in asked and "多少钱" not in asked


def test_tv_fire_rights_question_cites_articles_7_and_11_verbatim(engine):
    s = run(engine, TV_FIRE, upto=3)
    assert s.rights is not None and s.rights["confident"]
    found = keys(s.articles)
    assert "消费者权益保护法:7" in found and "消费者权益保护法:11" in found
    by_key = {a["key"]: a for a in s.articles}
    assert by_key["消费者权益保护法:7"]["citation"] == "《消费者权益保护法》第七条"
    assert by_key["消费者权益保护法:11"]["citation"] == "《消费者权益保护法》第十一条"
    assert by_key["消费者权益保护法:11"]["text"] == verbatim("消费者权益保护法:11")
    # A similar case in two lines, with its outcome.
    assert 1 <= len(s.cases) <= 2
    assert any("电视" in c["title"] for c in s.cases)
    assert all(c["line1"] and c["line2"].startswith("结果：") for c in s.cases)
    # A draft quoting the law verbatim, ready to insert.
    law = [d for d in s.drafts if d["type"] == "law"]
    assert law and "《消费者权益保护法》第" in law[0]["text"]


def test_tv_fire_complete_call_reads_back_every_field(engine):
    s = run(engine, TV_FIRE)
    assert s.missing == [] and s.next_question is None
    t = s.ticket
    assert t["complainant_name"]["value"] == "王建国" and t["complainant_name"]["line"] == 5
    assert t["phone"]["value"] == "13808312345"
    assert t["demand"]["value"] == "赔偿"
    assert t["merchant_address"]["value"] == "宜宾市翠屏区南岸西路88号"
    confirm = [d for d in s.drafts if d["type"] == "confirm"][0]["text"]
    for piece in ("王建国", "13808312345", "宜宾鑫源家电城", "电视", "3999元", "赔偿"):
        assert piece in confirm
    # The account is the caller's, without their demand or question.
    assert "赔偿损失" not in t["problem"]["value"] and "要不要负责" not in t["problem"]["value"]


def test_gym_prepaid_card(engine):
    s = run(engine, GYM_CARD, upto=1)
    t = s.ticket
    assert (t["merchant_name"]["value"], t["product"]["value"], t["amount"]["value"],
            t["purchase_date"]["value"]) == ("星辰健身", "健身卡", "3680.00", "2025-11-01")
    s = run(engine, GYM_CARD)
    # "现在健身房突然关门了" mentions a gym in passing: the merchant stays what was said first.
    assert s.ticket["merchant_name"]["value"] == "星辰健身"
    assert "关门" in s.ticket["problem"]["value"]
    assert "消费者权益保护法:53" in keys(s.articles)
    assert verbatim("消费者权益保护法:53") in [a["text"] for a in s.articles]
    assert any("预付" in (c["line1"] + c["title"]) for c in s.cases)
    assert [m["field"] for m in s.missing] == ["merchant_address", "demand", "complainant_name", "phone"]


def test_counterfeit_sold_online(engine):
    s = run(engine, COUNTERFEIT)
    t = s.ticket
    assert t["merchant_name"]["value"] == "潮品汇"
    assert "鞋" in t["product"]["value"]
    assert t["amount"]["value"] == "899.00"
    assert "假货" in t["problem"]["value"]
    # "上周" names no day: the agent is asked to get the date.
    date = next(m for m in s.missing if m["field"] == "purchase_date")
    assert "哪天" in date["question"]
    # 退一赔三: fraud, three times the price.
    assert "消费者权益保护法:55" in keys(s.articles)


def test_invalid_phone_is_reasked_first(engine):
    s = engine.suggest([Line(1, "我的电话是138083123")], today=TODAY)
    assert s.ticket["phone"]["valid"] is False
    assert s.missing[0]["field"] == "phone" and s.missing[0]["reason"] == "invalid"
    assert "11位" in s.missing[0]["question"]


def test_agent_correction_wins_and_is_validated(engine):
    s = run(engine, TV_FIRE, corrections={"purchase_date": "2月8号", "phone": "12345"})
    assert s.ticket["purchase_date"]["value"] == "2026-02-08"
    assert s.ticket["purchase_date"]["source"] == "agent"
    assert s.ticket["phone"]["valid"] is False and s.missing[0]["field"] == "phone"


def test_caller_correcting_themselves_replaces_the_value(engine):
    lines = [Line(1, "我2月6号在宜宾鑫源家电城买的电视"), Line(2, "不对，是2月8号买的")]
    s = engine.suggest(lines, today=TODAY)
    assert s.ticket["purchase_date"]["value"] == "2026-02-08" and s.ticket["purchase_date"]["line"] == 2


def test_questions_sound_like_an_operator(engine):
    s = engine.suggest([Line(1, "喂，你好")], today=TODAY)
    assert len(s.missing) == 9
    for m in s.missing:
        assert "您" in m["question"] or "请问" in m["question"], m
        assert m["question"].endswith(("？", "。"))


@pytest.mark.parametrize("text, expected", [
    ("这种情况商家要不要负责？", True), ("我这卡里的钱还能要回来吗", True),
    ("卖假货是不是可以退一赔三", True), ("我叫王建国。", False), ("我要求商家赔偿损失。", False),
])
def test_rights_question_detection(text, expected):
    assert is_rights_question(text) is expected
