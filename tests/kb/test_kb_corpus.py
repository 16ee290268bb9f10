"""Parsing the law texts and cases (reads KB_SOURCES; no index needed)."""
from pathlib import Path

import pytest

from knowledge_base import article
from knowledge_base.corpus import ParseReport, find_citations, load_corpus, parse_law
from knowledge_base.numerals import cn_to_int, int_to_cn
from knowledge_base.settings import sources_dir

ART7 = ("第七条 消费者在购买、使用商品和接受服务时享有人身、财产安全不受损害的权利。\n"
        "消费者有权要求经营者提供的商品和服务，符合保障人身、财产安全的要求。")
ART11 = "第十一条 消费者因购买、使用商品或者接受服务受到人身、财产损害的，享有依法获得赔偿的权利。"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def test_articles_7_and_11_verbatim(corpus):
    assert corpus.by_key["消费者权益保护法:7"].text == ART7
    assert corpus.by_key["消费者权益保护法:11"].text == ART11
    assert article("消费者权益保护法:7").citation == "《消费者权益保护法》第七条"
    # the text really is the source's, line for line
    source = next((sources_dir() / "laws").glob("消费者权益保护法(*.md")).read_text(encoding="utf-8")
    for paragraph in ART7.split("\n") + [ART11]:
        assert paragraph in source.splitlines()


def test_article_counts_and_keys(corpus):
    counts = {}
    for a in corpus.articles:
        counts[a.law] = counts.get(a.law, 0) + 1
    assert counts["消费者权益保护法"] == 63
    assert counts["食品安全法"] == 154
    assert counts["民法典"] == 204 + 526 + 95  # 总则编 1-204, 合同编 463-988, 侵权责任编 1164-1258
    assert len(counts) == 29  # 31 files, 民法典 in three
    assert corpus.by_key["民法典:147"].text.startswith("第一百四十七条 基于重大误解实施的民事法律行为")
    assert corpus.by_key["民法典:147"].part == "总则"
    assert corpus.by_key["行政处罚法:33"].text.startswith("第三十三条 违法行为轻微并及时改正")
    # a judicial interpretation's "一、一般规定" parts are its chapters
    contract = "最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释"
    assert corpus.by_key[f"{contract}:67"].chapter == "八、违约责任"
    assert not [p for p in corpus.report.problems if "unrecognised heading" in p]
    assert corpus.by_key["民法典:1165"].text.startswith("第一千一百六十五条 行为人因过错侵害他人民事权益")
    assert "最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释:5" in corpus.by_key
    # multi-paragraph articles keep every paragraph
    assert corpus.by_key["消费者权益保护法:55"].text.count("\n") == 1


def test_chapters_and_parts(corpus):
    assert corpus.by_key["消费者权益保护法:7"].chapter == "第二章 消费者的权利"
    contract = corpus.by_key["民法典:691"]
    assert contract.part == "合同编 第二分编 典型合同"
    assert contract.chapter == "第十三章 保证合同" and contract.section == "第二节 保证责任"
    assert corpus.by_key["民法典:1202"].chapter == "第四章 产品责任"


def test_status_and_notes(corpus):
    old = corpus.by_key["市场监督管理投诉举报处理暂行办法:20"]
    assert old.status == "superseded" and "第121号" in old.note
    assert corpus.by_key["消费者权益保护法:7"].status == "in_force"
    assert "核对" in corpus.by_key["消费者权益保护法实施条例:1"].note
    assert corpus.by_key["食品安全法实施条例:1"].effective == "2019-12-01"
    # the 2019 text of a law revised in 2025: kept, flagged, never shown as current
    unfair = corpus.by_key["反不正当竞争法:8"]
    assert unfair.status == "possibly_superseded" and "2025年修订" in unfair.note
    assert corpus.by_key["旅游法:35"].status == "in_force" and not corpus.by_key["旅游法:35"].note


def test_cases_structured(corpus):
    cases = {c.id: c for c in corpus.cases}
    assert len(cases) == 19
    sun = cases["孙银山诉南京欧尚超市有限公司江宁店买卖合同纠纷案"]
    assert sun.keywords == ["民事", "买卖合同", "食品安全", "十倍赔偿"]
    assert sun.holding.startswith("消费者购买到不符合食品安全标准的食品")
    assert "5586元" in sun.result and sun.facts and sun.reasoning
    assert "食品安全法:148" in sun.articles
    wu = cases["吴某与某电子商务有限公司买卖合同纠纷案"]
    assert wu.cited[:2] == ["食品安全法:148", "食品安全法:53"] or set(wu.cited) >= {"食品安全法:53", "食品安全法:148"}
    assert "最高人民法院关于审理食品安全民事纠纷案件适用法律若干问题的解释（一）:6" in wu.cited
    tv = cases["seed-tv-fire-neijiang-2021"]
    assert tv.cited == ["消费者权益保护法:7", "消费者权益保护法:11"]
    assert tv.title and tv.keywords and tv.holding and tv.facts and tv.result and tv.reasoning
    for case in cases.values():
        assert case.title and case.holding and case.facts, case.id


def test_citation_parsing():
    known = {"消费者权益保护法", "食品安全法", "民法典"}
    aliases = {"反垄断法": None}
    text = ("依据《中华人民共和国消费者权益保护法》第七条、第十一条规定。该合同第七条约定了交付。"
            "民法典第四百九十六条规定；《食品安全法》第九十六条第一款规定，该法第二十八条第（八）项")
    assert find_citations(text, known, aliases) == [
        "消费者权益保护法:7", "消费者权益保护法:11", "民法典:496", "食品安全法:96", "食品安全法:28"]
    report = ParseReport()
    assert find_citations("违反了反垄断法第十七条", known, aliases, report, "x") == []
    assert report.problems == ["x: cites 反垄断法第十七条, a law not in the corpus"]


def test_unparsed_is_reported(tmp_path: Path):
    law = tmp_path / "测试法(2020-01-01).md"
    law.write_text("# 中华人民共和国测试法\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n"
                   "第一条 甲。\n\n第三条 乙。\n\n### 奇怪的标题\n\n第三条 丙。\n", encoding="utf-8")
    report = ParseReport()
    articles = parse_law(law, report)
    assert [a.key for a in articles] == ["测试法:1", "测试法:3", "测试法:3"]
    assert any("jumps from 1 to 3" in p for p in report.problems)
    assert any("appears twice" in p for p in report.problems)
    assert any("unrecognised heading" in p for p in report.problems)
    empty = tmp_path / "空.md"
    empty.write_text("没有标题\n", encoding="utf-8")
    assert parse_law(empty, report) == [] and any("no '# title'" in p for p in report.problems)


@pytest.mark.parametrize("n", [1, 7, 10, 11, 20, 101, 110, 148, 463, 988, 1010, 1165, 1258])
def test_numerals_round_trip(n):
    assert cn_to_int(int_to_cn(n)) == n
