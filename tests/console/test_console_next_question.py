"""The console's suggestions follow the call (through its HTTP API, Python extractors,
no Rasa): on 22 scripted calls of our own that give product, merchant and demand, the
suggested next question asks for a field that is still missing, never for one the
caller gave; and when the caller corrects themselves, the draft follows."""
from __future__ import annotations

import pytest

from console_calls import CALLS
from console_testlib import TV_FIRE


def run_call(client, csrf, call) -> tuple[dict, list[str]]:
    key = client.post("/console/api/calls", json={}, headers=csrf).get_json()["call_key"]
    for text in call["lines"]:
        r = client.post(f"/console/api/calls/{key}/lines", json={"text": text}, headers=csrf)
        assert r.status_code == 201, r.get_json()
    suggestions = r.get_json()["suggestions"]
    typed = []
    # What the extractors missed of what the caller said, the agent types in.
    for name, value in call["given"].items():
        if not suggestions["ticket"][name]["value"]:
            typed.append(name)
            suggestions = client.put(f"/console/api/calls/{key}/corrections", json={"field": name, "value": value},
                                     headers=csrf).get_json()
    return suggestions, typed


@pytest.mark.parametrize("call", CALLS, ids=[c["lines"][0][:12] for c in CALLS])
def test_next_question_asks_for_what_is_still_missing(agent, call):
    client, csrf = agent
    suggestions, _ = run_call(client, csrf, call)
    ticket, nxt = suggestions["ticket"], suggestions["next_question"]
    for name in ("product", "merchant_name", "demand", "problem"):
        assert ticket[name]["value"], (name, ticket[name])
    assert nxt is not None and nxt["field"] in call["missing"], (nxt, call["missing"])
    assert ticket[nxt["field"]]["value"] in (None, "") or not ticket[nxt["field"]]["valid"]
    # The drafts offer the same question to insert.
    assert any(d["type"] == "question" and d["text"] == nxt["question"] for d in suggestions["drafts"])
    # Nothing the caller gave is listed as missing.
    assert not {m["field"] for m in suggestions["missing"]} & {"product", "merchant_name", "demand", "problem"}


def test_the_draft_follows_the_callers_corrections(agent):
    client, csrf = agent
    key = client.post("/console/api/calls", json={}, headers=csrf).get_json()["call_key"]

    def say(text):
        r = client.post(f"/console/api/calls/{key}/lines", json={"text": text}, headers=csrf)
        return r.get_json()["suggestions"]

    say(TV_FIRE[1])
    s = say("电话是13812345678")
    assert s["ticket"]["phone"]["value"] == "13812345678"
    s = say("不对，电话说错了，是13987654321")
    assert s["ticket"]["phone"]["value"] == "13987654321"
    assert s["ticket"]["phone"]["line"] == 3  # the correcting line is the source now
    # The agent's own correction wins over what was said, and clearing it gives it back.
    s = client.put(f"/console/api/calls/{key}/corrections",
                   json={"field": "merchant_name", "value": "宜宾市鑫源家电城"}, headers=csrf).get_json()
    merchant = s["ticket"]["merchant_name"]
    assert (merchant["value"], merchant["source"]) == ("宜宾市鑫源家电城", "agent")
    s = client.put(f"/console/api/calls/{key}/corrections", json={"field": "merchant_name", "value": ""},
                   headers=csrf).get_json()
    assert s["ticket"]["merchant_name"]["value"] == "宜宾鑫源家电城"


def test_a_demand_does_not_make_the_dispute_type():
    """"空气炸锅用了三天就冒烟了，我想退款": the words of the demand pulled the dispute to
    网购七天无理由退货 (saved on the ticket); the type is matched on what happened."""
    from backend.console.knowledge import dispute_story
    story = "空气炸锅 用了三天就冒烟了；我想退款；我不要退款了，我要换一台新的"
    assert dispute_story(story) == "空气炸锅 用了三天就冒烟了；"
    assert dispute_story("洗衣机漏水，商家拒绝退货") == "洗衣机漏水，商家拒绝退货"  # says what happened
    assert dispute_story("网上买的衣服不喜欢，想退货") == "网上买的衣服不喜欢，想退货"  # the demand is the dispute
