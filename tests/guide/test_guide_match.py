"""The matcher on questions it was not trained on, its scores, and the loader's errors."""
import json
from pathlib import Path

import pytest

from knowledge_base import guide
from knowledge_base.guide import GuideError, GuideMatch, load_types, match

HOLDOUT = Path(__file__).resolve().parents[2] / "knowledge_base" / "dev" / "guide_holdout.jsonl"


def test_issue_examples_match_their_dispute_type():
    assert match("网上买的螺蛳粉到手已经过了保质期，能赔吗")[0].type.id == "food_expired"
    assert match("瑜伽馆课时卡还剩20节说搬走就搬走了")[0].type.id == "prepaid_fitness"
    assert match("货架标签和收银价对不上")[0].type.id == "price_fraud"
    assert match("电视机自燃了能索赔吗")[0].type.id == "product_defect_injury"


def test_generalises_to_the_holdout_questions():
    rows = [json.loads(line) for line in HOLDOUT.read_text(encoding="utf-8").splitlines() if line]
    top1 = sum(match(r["question"])[0].type.id == r["type"] for r in rows) / len(rows)
    top3 = sum(r["type"] in {m.type.id for m in match(r["question"], k=3)} for r in rows) / len(rows)
    assert top1 >= 0.8 and top3 >= 0.9, (top1, top3)


def test_results_are_ranked_scores_in_unit_interval():
    results = match("买的手机是翻新机，能退一赔三吗", k=5)
    assert len(results) == 5 and all(isinstance(r, GuideMatch) for r in results)
    scores = [r.score for r in results]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert results[0].type.id == "counterfeit" and scores[0] >= 0.5
    assert len({r.type.id for r in results}) == 5


@pytest.mark.parametrize("question", ["你好", "今天天气怎么样", "消费者有哪些权利", "怎么注册公司呢"])
def test_questions_outside_the_guide_score_low(question):
    assert match(question)[0].score < 0.5


@pytest.mark.parametrize("question", ["", "   ", "？！。"])
def test_empty_questions_match_nothing(question):
    assert match(question) == []


def test_k_limits_the_results():
    assert len(match("押金不退", k=1)) == 1
    assert match("押金不退", k=0) == []


def test_typos_and_full_width_text_still_match():
    assert match("健生房老板跑路了，年卡咋办")[0].type.id == "prepaid_fitness"
    assert match("ＡＰＰ自动续费扣了我３０块")[0].type.id == "auto_renewal"


def test_importing_the_module_loads_no_model():
    import subprocess
    import sys

    code = ("import sys, knowledge_base.guide; "
            "print(any(m.startswith(('sklearn', 'jieba', 'torch', 'yaml')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------- loader errors
COMMON = "laws:\n  消法: 消费者权益保护法\nsnippets:\n  诉讼: 可以起诉。\n"


def write_guide(tmp_path: Path, body: str) -> Path:
    (tmp_path / "_common.yaml").write_text(COMMON, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(body, encoding="utf-8")
    return tmp_path


def entry(**over) -> str:
    fields = {"id": "x_type", "name": "测试", "articles": "[~消法:55, 民法典:586]",
              "remedies": "[退款]", "evidence": "[小票]", "next_steps": '["@诉讼"]',
              "deadlines": "[]", "demands": "[退款]",
              "examples": "[" + ", ".join(f"例句{i}" for i in range(15)) + "]"} | over
    return "- " + "\n  ".join(f"{k}: {v}" for k, v in fields.items()) + "\n"


def test_loader_expands_abbreviations_and_snippets(tmp_path):
    (t,) = load_types(write_guide(tmp_path, entry()))
    assert t.articles == ["消费者权益保护法:55", "民法典:586"]
    assert t.next_steps == ["可以起诉。"]


@pytest.mark.parametrize("override, message", [
    ({"demands": "[五倍赔偿]"}, "demands"),
    ({"next_steps": '["@仲裁"]'}, "unknown snippet"),
    ({"examples": "[一, 二, 三]"}, "at least 15"),
    ({"id": "Bad-Id"}, "slug"),
    ({"articles": "[消法第55条]"}, "not '<law>:<number>'"),
    ({"remedies": "[]"}, "'remedies' must not be empty"),
    ({"colour": "red"}, "unknown fields"),
])
def test_loader_names_what_is_wrong(tmp_path, override, message):
    with pytest.raises(GuideError, match=message):
        load_types(write_guide(tmp_path, entry(**override)))


def test_duplicate_ids_are_rejected(tmp_path):
    with pytest.raises(GuideError, match="also in"):
        load_types(write_guide(tmp_path, entry() + entry()))


def test_get_type():
    assert guide.get_type("food_expired").name == "过期食品与篡改日期"
    assert guide.get_type("no_such_type") is None
    assert len(load_types()) >= 40
