"""The command line: build no-op, search --json / --batch, eval."""
import json
import subprocess
import sys
import time

from tools.stack import ROOT


def run(*args, timeout=240):
    return subprocess.run([sys.executable, "-m", "knowledge_base", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def test_build_twice_is_a_no_op(kb):
    started = time.perf_counter()
    out = run("build")
    assert out.returncode == 0, out.stderr
    assert "up to date" in out.stdout
    assert time.perf_counter() - started < 30
    manifest = json.loads((kb.directory / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["corpus_hash"] and manifest["encoder"] and manifest["articles"] == 2469


def test_search_json(kb):
    out = run("search", "电视机自燃了能索赔吗", "--k", "3", "--json")
    assert out.returncode == 0, out.stderr
    results = json.loads(out.stdout)
    assert len(results) == 3
    assert {"kind", "law", "article", "title", "text", "score"} <= set(results[0])
    assert {"消费者权益保护法:7", "消费者权益保护法:11"} & {r["key"] for r in results}


def test_search_batch(kb, tmp_path):
    questions = tmp_path / "q.txt"
    questions.write_text("超市卖过期食品怎么赔\n\n网店说商品一经售出概不退换\n", encoding="utf-8")
    out = run("search", "--batch", str(questions), "--k", "2", "--kind", "law")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 2
    assert all(len(json.loads(line)) == 2 for line in lines)


def test_eval(kb, tmp_path):
    dev = tmp_path / "dev.jsonl"
    dev.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"question": "电视机自燃了能索赔吗", "articles": ["消费者权益保护法:11", "消费者权益保护法:7"]},
        {"question": "今天天气怎么样", "articles": ["消费者权益保护法:1"]},
    ]), encoding="utf-8")
    out = run("eval", str(dev))
    assert out.returncode == 0, out.stderr
    shipped, alone = out.stdout.split("retrieval alone")
    assert "as shipped" in shipped
    for table in (shipped, alone):
        rows = {line.split()[0]: line.split() for line in table.splitlines() if line.split()}
        assert rows["bm25"][1:3] == ["0.500", "0.500"] and rows["hybrid"][2] == "0.500"
        assert "dense" in rows
    only = run("eval", str(dev), "--no-guide")
    assert only.returncode == 0 and "as shipped" not in only.stdout and "retrieval alone" in only.stdout
