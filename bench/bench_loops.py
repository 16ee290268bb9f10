"""Loop probe: at every question of both forms, and at the summary, a consumer who keeps not
answering (does not know, asks back, refuses, fills in, sends a sign, talks about something
else) must never be asked the same thing more than twice in a row, and must still end
somewhere: a filed ticket (the words taken as said or the question set aside) or a person.
A law or status question answered, then a wrong shape, then the answer must end in a ticket.
MIXES add what real people mix in at a question (two digressions in a row, a correction of an earlier
field, a typed payload, an emoji, a cancel taken back, a long story, a question back), each at every
question of both forms, and "不对" twice (or typed /deny) at the summary.

The consumers are generated here from kinds of non-answer, not written from any set, so the
probe checks the loop guard itself for every question (issue 16: "a loop guard for every
question"). It drives the real REST channel with bench_consumers' driver on a fresh stack:

    .venv/bin/python -m bench.bench_loops              # every question × every kind
    .venv/bin/python -m bench.bench_loops --show-failures
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter

from bench.bench_consumers import Result, start_stack
from bench.bench_consumers import run as run_consumers
from complaint import fields

# kinds of non-answer a real consumer gives to a question, each said again every time it is asked
NON_ANSWERS = {
    "dont_know": "不知道",
    "asks_back": "这个一定要填吗？",
    "filler": "嗯",
    "marks": "？？？",
    "refuses": "不想说",
    "elsewhere": "你们能不能快点处理啊",
    "emoji": "😡",
    # a question about their rights instead of the answer (the demand question once looped on it forever)
    "asks_rights": "这种情况按法律商家该赔多少？",
    # the story told again, angrier, instead of the answer
    "retells": "我都说了东西买回来就是坏的 你们到底管不管",
    # told it was said before, when it was not ("我刚才不是说过了吗"): asked once more politely, then the guard
    "said_before": "我刚才不是说过了吗",
}
# what the consumer says when asked anything else (a complete, plain complaint or report)
PLAIN = {
    "problem": "买的电饭煲用了一周就不加热了",
    "product": "电饭煲",
    "merchant_name": "好运家电商行",
    "merchant_address": "四川省宜宾市翠屏区西郊路20号",
    "purchase_date": "上周三",
    "amount": "399元",
    "demand": "退货退款",
    "complainant_name": "王小明",
    "phone": "13912345678",
    "anonymous": "实名",
}
# a value of the wrong shape for the question asked, said in a new way each time it is asked again
WRONG_SHAPES = {
    "problem": ["有问题", "就是不好", "反正不行"],
    "product": ["东西", "那个", "买的"],
    "merchant_name": ["那家店", "网上的", "一个商家"],
    "merchant_address": ["那边", "不清楚在哪", "附近"],
    "purchase_date": ["下个月5号", "明年", "好久以前"],
    "amount": ["很多钱", "挺贵的", "好几百吧大概"],
    "demand": ["你们看着办", "随便", "我也不知道怎么办"],
    "complainant_name": ["先生", "我", "叫我小哥就行"],
    "phone": ["1391234567", "12345", "139 1234 56789 0"],
    "anonymous": ["啥意思", "都行", "你说呢"],
}
REPORT_PROBLEM = "这家店卖过期食品，货架上好多过期的牛奶"
# asked at a question before answering it (issue 16: a question answered must not use up a try)
LAW_QUESTION = "这种情况能要求三倍赔偿吗？"
# the same with a question about a complaint filed before (answered by the status digression)
STATUS_QUESTION = "我上次投诉的那个进度怎么查？"
# at the summary: words that neither confirm nor correct, then the confirmation
SUMMARY_NON_ANSWERS = {"unsure": ["嗯", "等一下", "？", "你好"],
                       "vague_correction": ["不对", "名字错了", "地址不对", "还是不对"],
                       # a value restated as it already stands, as if it had not been taken
                       "same_value": ["电话是13912345678", "电话是13912345678", "我说了电话是13912345678"],
                       "refuses_identity": ["我不想留名字", "名字能不能不写", "不想留名"],
                       "asks_again": ["提交了多久能处理", "多久能处理啊", "到底多久能处理"],
                       # "不对" twice, nothing named, then the confirmation
                       "deny_twice": ["不对", "不对"],
                       # "不对" three times in other words, nothing named: asked which item, then with
                       # buttons, then a person (never the same question three times running)
                       "deny_thrice": ["不对", "错了", "信息有误"],
                       # a field corrected, then "不对" again, then the confirmation
                       "correct_then_deny": ["电话不对，是13987654321", "不对"],
                       # a digression at the summary, then "不对"
                       "law_then_deny": [LAW_QUESTION, "不对"],
                       # a button's payload typed twice ("/deny"), then the confirmation
                       "payload_deny": ["/deny", "/deny"]}


# what real people mix in at a question (issue 16, one question asked three times in a row), each kind a
# sequence said at that question, the last said again whenever it is asked once more; "{plain}" is the
# plain answer to the question asked, "{earlier}" a correction of the field asked before it,
# "{previous}" the plain answer to that earlier question said again
MIXES = {
    # two different digressions in a row, then the answer
    "law_then_status": [LAW_QUESTION, STATUS_QUESTION, "{plain}"],
    # a digression, then the answer of the wrong shape, then a second digression, then the answer
    "law_wrong_status": [LAW_QUESTION, "{wrong}", STATUS_QUESTION, "{plain}"],
    # a digression, then a correction of the field asked before, then the answer
    "law_then_correction": [LAW_QUESTION, "{earlier}", "{plain}"],
    # cannot tell, twice in other words (never the answer)
    "dont_know_twice": ["不知道", "记不清了"],
    # a button's payload typed, or an emoji, then the answer
    "payload": ["/affirm", "{plain}"],
    "emoji_then_answer": ["👌", "{plain}"],
    # cancel, then taken back ("算了…不对，继续"), then the answer
    "cancel_then_continue": ["算了", "不对，继续", "{plain}"],
    # the answer to the question before, said again, then the answer
    "previous_field": ["{previous}", "{plain}"],
    # a long story that holds several fields, then the answer
    "long_story": ["{story}", "{plain}"],
    # a question back about the question, never the answer
    "what_meaning": ["什么意思？", "我没听懂你问的是什么"],
    # a question back, then the answer
    "meaning_then_answer": ["什么意思？", "{plain}"],
    # something that is no failure (a correction, an earlier answer, a cancel taken back, a question back),
    # then two answers of the wrong shape, then the answer
    "correction_then_wrong": ["{earlier}", "{wrong}", "{wrong2}", "{plain}"],
    "previous_then_wrong": ["{previous}", "{wrong}", "{wrong2}", "{plain}"],
    "cancel_then_wrong": ["算了", "不对，继续", "{wrong}", "{wrong2}", "{plain}"],
    "meaning_then_wrong": ["什么意思？", "{wrong}", "{wrong2}", "{plain}"],
    "story_then_wrong": ["{story}", "{wrong}", "{wrong2}", "{plain}"],
    # two questions about the service in a row, then the answer
    "service_twice": ["投诉要收费吗？", "会不会告诉商家是我投诉的？", "{plain}"],
    # evidence offered, a law question, the wrong shape, then the answer
    "evidence_law_wrong": ["我有聊天记录和付款截图", LAW_QUESTION, "{wrong}", "{plain}"],
}
STORY = {"complaint": "我跟你说啊，我上周三在好运家电商行买了个电饭煲，花了399元，用了一周就不加热了，"
                      "店在四川省宜宾市翠屏区西郊路20号，找他们退他们不理，我就想退货退款",
         "report": "我跟你说啊，好运家电商行就在四川省宜宾市翠屏区西郊路20号，这家店卖过期食品，"
                   "货架上好多过期的牛奶，我亲眼看到的，你们赶紧去查一下"}
CORRECTIONS = {
    "problem": "等一下，刚才说的问题补充一下，是插上电也不加热",
    "product": "等一下，刚才商品说错了，是电压力锅",
    "merchant_name": "等一下，刚才店名说错了，是好运家电城",
    "merchant_address": "等一下，地址说错了，是西郊路22号",
    "purchase_date": "等一下，日期说错了，是上周四买的",
    "amount": "等一下，金额说错了，是499元",
    "demand": "等一下，诉求改一下，我要换货",
    "complainant_name": "等一下，名字说错了，是王晓明",
    "phone": "等一下，电话说错了，是13987654321",
    "anonymous": "等一下，我还是匿名吧",
}


def _mixed(kind: str, slot: str, said: list[str], answers: dict) -> list[str]:
    order = fields.form_order(kind)
    earlier = order[order.index(slot) - 1] if order.index(slot) else None
    fill = {"plain": answers[slot], "wrong": WRONG_SHAPES[slot][0], "wrong2": WRONG_SHAPES[slot][1],
            "story": STORY[kind],
            "earlier": CORRECTIONS[earlier] if earlier else CORRECTIONS[slot],
            "previous": answers[earlier] if earlier else answers[order[1]]}
    return [w.format(**fill) for w in said]


def records() -> list[dict]:
    out = []
    for kind in ("complaint", "report"):
        opening = "我要投诉" if kind == "complaint" else "我要举报"
        for slot in fields.form_order(kind):
            for name, words in NON_ANSWERS.items():
                answers = dict(PLAIN, problem=REPORT_PROBLEM if kind == "report" else PLAIN["problem"])
                answers[slot] = words
                out.append({"id": f"{kind}:{slot}:{name}", "set": "probe", "family": "probe", "kind": kind,
                            "opening": [opening], "answers": answers, "expected": {}})
            # the answer to another question (the next one in the form, the last the one before)
            order = fields.form_order(kind)
            other = order[order.index(slot) + 1] if slot != order[-1] else order[-2]
            answers = dict(PLAIN, problem=REPORT_PROBLEM if kind == "report" else PLAIN["problem"])
            answers[slot] = PLAIN[other] if other != "problem" else answers["problem"]
            out.append({"id": f"{kind}:{slot}:other_field", "set": "probe", "family": "probe", "kind": kind,
                        "opening": [opening], "answers": answers, "expected": {}})
            answers = dict(PLAIN, problem=REPORT_PROBLEM if kind == "report" else PLAIN["problem"])
            answers[slot] = list(WRONG_SHAPES[slot])
            out.append({"id": f"{kind}:{slot}:wrong_shape", "set": "probe", "family": "probe", "kind": kind,
                        "opening": [opening], "answers": answers, "expected": {}})
            # a question about rights answered first, then an answer of the wrong shape, then the answer:
            # the question answered is no refusal, so the field is still asked, never a third time running
            # a digression the bot answered is no answer the consumer failed to give: the question comes back
            # once, the wrong shape is asked again, and the answer files the ticket (at the last question too:
            # issue 16, it was counted as an ask and the wrong shape handed the consumer to a person)
            answers = dict(PLAIN, problem=REPORT_PROBLEM if kind == "report" else PLAIN["problem"])
            answers[slot] = [LAW_QUESTION, WRONG_SHAPES[slot][0], answers[slot]]
            out.append({"id": f"{kind}:{slot}:law_then_answer", "set": "probe", "family": "probe", "kind": kind,
                        "opening": [opening], "answers": answers, "expected": {}, "must_file": True})
            if slot == order[-1]:
                answers = dict(PLAIN, problem=REPORT_PROBLEM if kind == "report" else PLAIN["problem"])
                answers[slot] = [STATUS_QUESTION, WRONG_SHAPES[slot][0], answers[slot]]
                out.append({"id": f"{kind}:{slot}:status_then_answer", "set": "probe", "family": "probe",
                            "kind": kind, "opening": [opening], "answers": answers, "expected": {},
                            "must_file": True})
            for name, said in MIXES.items():
                answers = dict(PLAIN, problem=REPORT_PROBLEM if kind == "report" else PLAIN["problem"])
                answers[slot] = _mixed(kind, slot, said, answers)
                out.append({"id": f"{kind}:{slot}:{name}", "set": "probe", "family": "probe", "kind": kind,
                            "opening": [opening], "answers": answers, "expected": {}})
        for name, said in SUMMARY_NON_ANSWERS.items():
            out.append({"id": f"{kind}:summary:{name}", "set": "probe", "family": "probe", "kind": kind,
                        "opening": [opening], "answers": dict(PLAIN), "at_summary": list(said), "expected": {}})
    return out


def run(probes: list[dict], rasa_url: str, token: str, db_path, max_turns: int) -> list[Result]:
    """The probes through bench_consumers' driver, their tickets kept (nothing is expected of them)."""
    return run_consumers(probes, rasa_url, token, db_path, 2, max_turns, checked=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show-failures", action="store_true", help="print each conversation that repeated itself")
    parser.add_argument("--max-turns", type=int, default=30)
    parser.add_argument("--only", default="", help="probes whose id starts with this (complaint:problem)")
    parser.add_argument("--kind", default="", help="probes of these kinds only, comma-separated (long_story)")
    parser.add_argument("--show-tickets", action="store_true", help="print what each filed probe stored")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    probes = [p for p in records() if p["id"].startswith(args.only)
              and (not args.kind or p["id"].split(":")[2] in args.kind.split(","))]
    stack, db_path = start_stack()
    try:
        results = run(probes, stack.env["RASA_URL"], stack.env["RASA_TOKEN"], db_path, args.max_turns)
    finally:
        stack.stop_all()
    repeated = [r for r in results if r.max_repeat > 2]
    twice = [r for r in results if len(r.tickets) > 1]
    must_file = {p["id"] for p in probes if p.get("must_file")}
    unfiled = [r for r in results if r.id in must_file and r.end != "filed"]
    ends = Counter(r.end or "?" for r in results)
    print(f"loop probe: {len(results)} conversations (every question of both forms × {len(NON_ANSWERS) + 3} kinds "
          f"of non-answer and {len(MIXES)} mixes, a status question at the last question of each, and "
          f"{len(SUMMARY_NON_ANSWERS)} at the summary)")
    print(f"a question asked more than twice in a row: {len(repeated)}")
    print(f"a ticket filed more than once: {len(twice)}")
    print(f"a digression answered, then the answer, and no ticket: {len(unfiled)} of {len(must_file)}")
    print("ended: " + ", ".join(f"{k} {v}" for k, v in sorted(ends.items())))
    by_slot: dict[str, Counter] = {}
    for r in results:
        kind, slot, _ = r.id.split(":")
        by_slot.setdefault(f"{kind}:{slot}", Counter())[r.end or "?"] += 1
    print("ends per question (filed = the words taken as said or the question set aside; handoff = a person):")
    for key, counts in by_slot.items():
        print(f"  {key:28} " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    for r in repeated:
        print(f"  {r.id}: asked {r.max_repeat}x in a row, end {r.end}")
        if args.show_failures:
            for t in r.transcript:
                print(f"    > {t['user']}\n    < {t['bot'].replace(chr(10), ' / ')}  [asks {t['asked']}]")
    for r in unfiled:
        print(f"  {r.id}: not filed, end {r.end}")
        if args.show_failures:
            for t in r.transcript:
                print(f"    > {t['user']}\n    < {t['bot'].replace(chr(10), ' / ')}  [asks {t['asked']}]")
    if args.show_tickets:
        for r in results:
            for t in r.tickets:
                shown = {k: v for k, v in t.items() if k in fields.form_order(r.id.split(":")[0]) and v}
                print(f"  {r.id}: {shown}")
    return 1 if repeated or twice or unfiled else 0


if __name__ == "__main__":
    sys.exit(main())
