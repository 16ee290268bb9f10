"""Simulated consumers: whole complaints and reports through the real REST channel, each
ticket read back and checked field by field.

The conversations are data (bench/consumers/tune.jsonl and holdout.jsonl, written from
how people talk, not from the extraction code; see bench/consumers/README.md). The
hold-out set is kept out of every tuning decision: report it, never tune on it.

For each conversation the driver starts with the consumer's opening message(s), then
answers whatever the bot asks: the field asked is the tracker's `requested_slot` (Rasa's
HTTP API, with the token), the summary is recognised by its "请核对" / the
`awaiting_confirmation` slot, buttons are pressed by their title. It confirms the
summary, then reads the ticket back from the backend's database and checks:

- a ticket filed exactly once for the conversation;
- every stored field equal to what the consumer meant (rules in `FIELD_RULES` below);
- no bot question asked more than twice in a row (same requested slot, or the same
  reply text, three times running);
- the number of consumer turns (capped: a conversation that reaches the cap has looped).

    .venv/bin/python -m bench.bench_consumers [--set tune|fresh|second|tuning|third|holdout|unseen|both|all]
        [--ids c001,c002]
        [--concurrency 2] [--max-turns 30] [--show-failures] [--json results.json]
    .venv/bin/python -m bench.bench_consumers --recheck results.json   (new rules, same tickets)

`make bench AREAS=dialogue` runs it after the turn-latency figures, on the same processes.
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import re
import sqlite3
import statistics
import sys
import tempfile
import threading
import unicodedata
import uuid
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from zoneinfo import ZoneInfo

import requests
from tqdm import tqdm

from bench.conversation import Repeats

CONSUMERS = Path(__file__).resolve().parent / "consumers"
# "fresh": a second tuning set written later by another writer who had not read the code
# (its phrasings were never tuned on before it was written); "second": a third writer's set,
# measured untouched first, then tuned on; "third": a fourth writer's set, measured untouched
# in two runs, then tuned on; "fourth": a fifth writer's set, for measuring only, like the
# hold-out, which stays out of tuning; "fifth": a sixth writer's set, written to tune on;
# "sixth" (to tune on) and "seventh" (for measuring only): two more writers, 2026-12-06;
# "eighth" (to tune on) and "ninth" (for measuring only): two more, later that day;
# "tenth" (to tune on) and "eleventh" (for measuring only): two more, the next round;
# "twelfth" (to tune on) and "thirteenth" (for measuring only): one more writer, the tenth round;
# "fourteenth" (to tune on) and "fifteenth" (for measuring only): one more writer, the eleventh round;
# "sixteenth" (to tune on) and "seventeenth" (for measuring only): one more writer, the thirteenth round;
# "eighteenth" (to tune on) and "nineteenth" (for measuring only): one more writer, the fourteenth round;
# "twentieth" (to tune on) and "twenty_first" (for measuring only): one more writer, the fifteenth round;
# "twenty_second" (to tune on) and "twenty_third" (for measuring only): one more writer, the sixteenth round;
# "twenty_fourth" (to tune on) and "twenty_fifth" (for measuring only): one more writer, the seventeenth round;
# "twenty_sixth" (to tune on) and "twenty_seventh" (for measuring only): one more writer, the nineteenth round;
# "twenty_eighth" (to tune on) and "twenty_ninth" (for measuring only): one more writer, the twentieth round.
SETS = ("tune", "fresh", "second", "third", "fifth", "sixth", "eighth", "tenth", "twelfth", "fourteenth",
        "sixteenth", "eighteenth", "twentieth", "twenty_second", "twenty_fourth", "twenty_sixth", "twenty_eighth",
        "fourth", "seventh", "ninth", "eleventh", "thirteenth", "fifteenth", "seventeenth", "nineteenth",
        "twenty_first", "twenty_third", "twenty_fifth", "twenty_seventh", "twenty_ninth", "holdout")
# later sets: a checkout without them still runs
OPTIONAL = ("fresh", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "twenty_first", "twenty_second", "twenty_third", "twenty_fourth",
            "twenty_fifth", "twenty_sixth", "twenty_seventh", "twenty_eighth", "twenty_ninth")
CHOICES = {"tune": ("tune",), "fresh": ("fresh",), "second": ("second",), "third": ("third",),
           "fourth": ("fourth",), "fifth": ("fifth",), "sixth": ("sixth",), "seventh": ("seventh",),
           "eighth": ("eighth",), "ninth": ("ninth",), "tenth": ("tenth",), "eleventh": ("eleventh",),
           "twelfth": ("twelfth",), "thirteenth": ("thirteenth",), "fourteenth": ("fourteenth",),
           "fifteenth": ("fifteenth",), "sixteenth": ("sixteenth",), "seventeenth": ("seventeenth",),
           "eighteenth": ("eighteenth",), "nineteenth": ("nineteenth",),
           "twentieth": ("twentieth",), "twenty_first": ("twenty_first",),
           "twenty_second": ("twenty_second",), "twenty_third": ("twenty_third",),
           "twenty_fourth": ("twenty_fourth",), "twenty_fifth": ("twenty_fifth",),
           "twenty_sixth": ("twenty_sixth",), "twenty_seventh": ("twenty_seventh",),
           "twenty_eighth": ("twenty_eighth",), "twenty_ninth": ("twenty_ninth",),
           "holdout": ("holdout",), "both": ("tune", "holdout"),
           "tuning": ("tune", "fresh", "second", "third", "fifth", "sixth", "eighth", "tenth", "twelfth", "fourteenth",
                      "sixteenth", "eighteenth", "twentieth", "twenty_second", "twenty_fourth", "twenty_sixth",
                      "twenty_eighth"),
           "unseen": ("fourth", "seventh", "ninth", "eleventh", "thirteenth", "fifteenth", "seventeenth", "nineteenth",
                      "twenty_first", "twenty_third", "twenty_fifth", "twenty_seventh", "twenty_ninth", "holdout"),
           "all": SETS}
GIVE_UP_AFTER = 4  # the same question this many times in a row ends the conversation
TICKET_NO = re.compile(r"(?:TS|JB)\d{8}-\d{6}")
CHINA = ZoneInfo("Asia/Shanghai")

# Fields checked per kind of ticket; "type" and "anonymous" always.
COMPLAINT_FIELDS = ("complainant_name", "phone", "merchant_name", "platform", "merchant_address",
                    "product", "purchase_date", "amount", "demand", "problem")
REPORT_FIELDS = ("complainant_name", "phone", "merchant_name", "platform", "merchant_address", "problem")


# --------------------------------------------------------------------------- dates
def china_today() -> dt.date:
    return dt.datetime.now(CHINA).date()


def resolve_date(rule: str | None, today: dt.date) -> dt.date | None:
    """An expected date written relative to the day of the run.

    days:-1        yesterday (days:0 today, days:-2 前天)
    lastweek:3     Wednesday of the previous calendar week (上周三; weeks start on Monday)
    thisweek:1     Monday of this week (only used when it is not after today)
    lastmonth:15   the 15th of the previous month (上个月15号)
    md:2-6         the latest 6 February not after today (2月6号)
    lastyear:11-11 11 November of last year (去年双十一)
    ymd:2025-03-08 a fixed date the consumer gave with its year
    """
    if rule is None:
        return None
    kind, _, arg = rule.partition(":")
    if kind == "days":
        return today + dt.timedelta(days=int(arg))
    if kind == "lastweek":
        monday = today - dt.timedelta(days=today.weekday() + 7)
        return monday + dt.timedelta(days=int(arg) - 1)
    if kind == "thisweek":
        day = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=int(arg) - 1)
        return day if day <= today else day - dt.timedelta(days=7)
    if kind == "lastmonth":
        year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
        return dt.date(year, month, min(int(arg), calendar.monthrange(year, month)[1]))
    if kind == "md":
        month, day = (int(x) for x in arg.split("-"))
        candidate = dt.date(today.year, month, day)
        return candidate if candidate <= today else dt.date(today.year - 1, month, day)
    if kind == "lastyear":
        month, day = (int(x) for x in arg.split("-"))
        return dt.date(today.year - 1, month, day)
    if kind == "ymd":
        return dt.date.fromisoformat(arg)
    raise ValueError(f"unknown date rule {rule!r}")


# --------------------------------------------------------------------------- comparison rules
_DOTS = re.compile("[·•・‧∙⋅．.]")
_SPACE = re.compile(r"\s+")


def norm(text) -> str:
    """NFKC (full-width letters, digits and brackets become half-width), no spaces,
    lower case, one middle dot for names like 阿依古丽·买买提."""
    text = unicodedata.normalize("NFKC", str(text or ""))
    text = _SPACE.sub("", text).lower()
    return _DOTS.sub("·", text)


def digits(text) -> str:
    value = re.sub(r"\D", "", str(text or ""))
    for prefix in ("0086", "86"):
        if value.startswith(prefix) and len(value) - len(prefix) == 11 and value[len(prefix)] == "1":
            return value[len(prefix):]
    return value


PLATFORM_ALIASES = {"京东商城": "京东", "淘宝网": "淘宝", "天猫商城": "天猫", "抖音商城": "抖音",
                    "拼多多商城": "拼多多", "美团外卖": "美团", "饿了么外卖": "饿了么", "携程旅行": "携程",
                    "闲鱼二手": "闲鱼", "快手小店": "快手", "抖音直播间": "抖音", "唯品会商城": "唯品会",
                    "抖音直播": "抖音", "淘宝直播": "淘宝", "拼多多直播": "拼多多", "快手直播": "快手",
                    "视频号": "微信视频号", "去哪儿网": "去哪儿", "得物app": "得物", "滴滴出行": "滴滴"}

# Demand categories: a category is present when its pattern matches the stored demand
# (the category the bot chose, or the consumer's own words kept beside it).
DEMAND_PATTERNS = {
    "退货": r"退货|退回去|退掉|退机|退车",
    "退款": r"退(?!货|机|车)|返还|全额退|把钱.{0,2}回",
    "换货": r"换货|换新|更换|换一|换个|换台|(?<![转])换(?!人|老师)",
    "维修": r"(?<!装)修(?!改)|保修",
    "赔偿": r"赔|损失|他们出|他们负责|承担",
    "道歉": r"道歉|道个歉|赔礼",
    "履行": (r"履行|兑现|继续|完工|发货|补发|按约定|按合同|按当初|按承诺|重做|重新|达标|送上门"
           r"|按.{0,6}(做|来|给|用)|寄回|恢复|换人|让我们?(正常|线上|用)"),
    "查处": r"查处|处罚|整改|取缔|依法处理",
}

FILLER = ("那个", "就是", "这个", "啊", "呀", "吧", "呢", "嘛", "买的", "我", "了", "东西是", "商品是")


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def check_name(stored, expected) -> bool:
    """Normalised exact; None expected means no name stored (anonymous)."""
    if expected is None:
        return not stored
    return any(norm(stored) == norm(e) for e in _as_list(expected))


def check_phone(stored, expected) -> bool:
    """Exact on the digits (+86 dropped; an extension's digits follow the number's)."""
    if expected is None:
        return not stored
    return bool(stored) and digits(stored) == digits(expected)


def _unbracketed(text) -> str:
    return re.sub(r"[()]", "", norm(text))


def check_merchant(stored, expected) -> bool:
    """Normalised exact against any accepted spelling (a branch in brackets is part of it); the brackets
    themselves are how the branch is written, not part of the name ("中国移动（天水分公司）" is
    "中国移动天水分公司")."""
    return bool(stored) and any(_unbracketed(stored) == _unbracketed(e) for e in _as_list(expected))


def check_platform(stored, expected) -> bool:
    """Exact after aliases (京东商城 = 京东); None expected: no platform stored; a list
    when the merchant is the platform itself (京东自营, 得物): either is right."""
    if isinstance(expected, list):
        return any(check_platform(stored, e) for e in expected)
    if expected is None:
        return not stored
    canon = lambda s: PLATFORM_ALIASES.get(norm(s), norm(s))  # noqa: E731
    return bool(stored) and canon(stored) == canon(expected)


def check_address(stored, expected) -> bool:
    """A string: the stored address contains it (normalised) with at most 8 more
    characters (a province or city the bot adds); a list (online shops): the stored
    address contains any of them."""
    s = norm(stored)
    if not s:
        return False
    if isinstance(expected, list):
        return any(norm(e) in s for e in expected)
    e = norm(expected)
    return e in s and len(s) <= len(e) + 8


def check_product(stored, expected) -> bool:
    """Normalised equal to an accepted form, or one of them plus at most 4 characters
    of description that are not filler words (就是那个…啊), or an accepted form without
    a generic tail (少儿英语 for 少儿英语课程: at least 4 characters and 2/3 of it)."""
    s = norm(stored)
    if not s:
        return False
    for e in map(norm, _as_list(expected)):
        if s == e:
            return True
        if e.startswith(s) and len(s) >= 4 and 3 * len(s) >= 2 * len(e):
            return True
        if e in s and len(s) - len(e) <= 4 and not any(f in s.replace(e, "") for f in FILLER):
            return True
    return False


def check_date(stored, expected: dt.date | None) -> bool:
    if expected is None:
        return not stored
    return str(stored or "")[:10] == expected.isoformat()


def check_amount(stored, expected) -> bool:
    """Exact; nothing paid (expected 0) may also be stored as no amount; a list when the
    answer named two sums either may be meant by (运费280 冰箱值3500)."""
    if isinstance(expected, list):
        return any(check_amount(stored, e) for e in expected)
    if stored in (None, ""):
        return expected is None or Decimal(str(expected)) == 0
    if expected is None:
        return False
    try:
        return Decimal(str(stored)) == Decimal(str(expected))
    except (InvalidOperation, ValueError):
        return False


def demand_categories(text) -> set[str]:
    t = norm(text)
    return {cat for cat, pattern in DEMAND_PATTERNS.items() if re.search(pattern, t)}


def check_demand(stored, expected) -> bool:
    """Every expected category is named in the stored demand."""
    return bool(norm(stored)) and set(expected) <= demand_categories(stored)


def check_problem(stored, expected) -> bool:
    """Each group of words (any one of them) appears in the stored problem."""
    s = norm(stored)
    return bool(s) and all(any(norm(w) in s for w in _as_list(group)) for group in expected)


FIELD_RULES = {
    "complainant_name": check_name,
    "phone": check_phone,
    "merchant_name": check_merchant,
    "platform": check_platform,
    "merchant_address": check_address,
    "product": check_product,
    "purchase_date": check_date,
    "amount": check_amount,
    "demand": check_demand,
    "problem": check_problem,
}


# --------------------------------------------------------------------------- data
def load(which: str, directory: Path = CONSUMERS) -> list[dict]:
    records = []
    for name in CHOICES[which]:
        if name in OPTIONAL and not (directory / f"{name}.jsonl").exists():
            continue
        for line in (directory / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                record["set"] = name
                records.append(record)
    return records


def expected_values(record: dict, today: dt.date) -> dict:
    """Field -> expected value, with the date resolved for today."""
    exp = dict(record["expected"])
    fields = COMPLAINT_FIELDS if record["kind"] == "complaint" else REPORT_FIELDS
    out = {f: exp.get(f) for f in fields}
    if "purchase_date" in out:
        out["purchase_date"] = resolve_date(exp.get("purchase_date"), today)
    if record["kind"] == "report" and record.get("anonymous"):
        out["complainant_name"] = None
        out["phone"] = None
    return out


# --------------------------------------------------------------------------- one conversation
@dataclass
class Result:
    id: str
    set: str
    sender: str
    turns: int = 0
    transcript: list[dict] = field(default_factory=list)
    tickets: list[dict] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    field_ok: dict[str, bool] = field(default_factory=dict)
    max_repeat: int = 0
    end: str = ""
    confirmed: bool = False  # the consumer confirmed a summary

    @property
    def complete(self) -> bool:
        return not self.failures


class Consumer:
    """Plays one record: what to say next, given what the bot just said and asked."""

    def __init__(self, record: dict):
        self.record = record
        self.pending = list(record.get("opening") or [])
        self.answers = {k: list(_as_list(v)) for k, v in (record.get("answers") or {}).items()}
        self.used: Counter = Counter()
        self.interrupts = defaultdict(list)
        for item in record.get("interrupts") or []:
            self.interrupts[item["after"]].append(item["say"])
        self.at_summary = list(record.get("at_summary") or [])
        self.confirm = record.get("confirm") or "确认"
        self.queued: list[str] = []

    def answer(self, slot: str) -> str:
        said = self.answers.get(slot)
        if not said:
            # asked for something the consumer has nothing more on (订单号, 凭证…)
            return {"anonymous": "实名"}.get(slot, "没有了")
        i = min(self.used[slot], len(said) - 1)  # said everything: say the last again
        self.used[slot] += 1
        if self.used[slot] == 1 and self.interrupts.get(slot):
            self.queued.extend(self.interrupts.pop(slot))
        return said[i]


def press(text: str, buttons: list[dict]) -> str:
    """'[按钮]匿名举报' presses the button of that title (its payload), else types the title."""
    title = text.removeprefix("[按钮]")
    for b in buttons:
        if norm(b.get("title")) == norm(title):
            return b.get("payload") or title
    return title


def talk(rasa_url: str, token: str, record: dict, max_turns: int = 30,
         session: requests.Session | None = None) -> Result:
    session = session or requests.Session()
    sender = f"consumer-{record['id']}-{uuid.uuid4().hex[:8]}"
    result = Result(record["id"], record.get("set", ""), sender)
    consumer = Consumer(record)
    message = consumer.pending.pop(0)
    repeats, lost = Repeats(), 0
    while True:
        if result.turns >= max_turns:
            result.end = "turn cap"
            result.failures.append(f"turn cap ({max_turns})")
            break
        try:
            r = session.post(f"{rasa_url}/webhooks/rest/webhook", timeout=120,
                             json={"sender": sender, "message": message, "metadata": {"channel": "rest"}})
            r.raise_for_status()
            replies = r.json()
            tracker = session.get(f"{rasa_url}/conversations/{sender}/tracker",
                                  params={"token": token}, timeout=60).json()
        except (requests.RequestException, ValueError) as exc:
            result.failures.append(f"http error ({type(exc).__name__})")
            result.end = "error"
            break
        result.turns += 1
        text = "\n".join(str(m.get("text") or "") for m in replies if isinstance(m, dict))
        buttons = [b for m in replies if isinstance(m, dict) for b in (m.get("buttons") or [])]
        slots = tracker.get("slots") or {}
        loop = (tracker.get("active_loop") or {}).get("name")
        asked = slots.get("requested_slot") if loop else None
        result.transcript.append({"user": message, "bot": text, "asked": asked})

        # the same question (slot) or the same words, how many times running (bench/conversation.Repeats)
        run = repeats.see(asked, text)
        result.max_repeat = max(result.max_repeat, run)

        if run >= GIVE_UP_AFTER:
            # the same question a fourth time running: a person stops here
            result.end = "gave up"
            result.failures.append("consumer gave up (loop)")
            break
        if TICKET_NO.search(text):
            result.end = "filed"
            break
        # handed over: said as done ("已为您转接…人工坐席"), not an offer ("也可以输入“人工”转接人工客服")
        if "人工" in text and ("已为您转" in text or "人工坐席" in text) and not asked:
            result.end = "handoff"
            result.failures.append("handed to a human")
            break
        if consumer.pending:
            message = consumer.pending.pop(0)
        elif consumer.queued:
            message = consumer.queued.pop(0)
        elif asked:
            lost = 0
            message = press(consumer.answer(asked), buttons)
        elif "请核对" in text or slots.get("awaiting_confirmation"):
            lost = 0
            message = consumer.at_summary.pop(0) if consumer.at_summary else consumer.confirm
            result.confirmed = result.confirmed or message == consumer.confirm
        elif "ODR" in text or "先行处理" in text:
            message = "不用了，直接登记投诉吧"
        else:
            # the bot asked nothing we can tell (not understood, or a digression answered
            # without coming back): a person says what they want once more, then gives up
            lost += 1
            if lost > 1:
                result.end = "stuck"
                result.failures.append("bot stopped asking (no question, no summary)")
                break
            message = "我要投诉" if record["kind"] == "complaint" else "我要举报"
    if result.max_repeat > 2:
        result.failures.append(f"question repeated {result.max_repeat}x in a row")
    return result


# --------------------------------------------------------------------------- checking
def stored_tickets(db_path: Path, sender: str) -> list[dict]:
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(
            "SELECT * FROM tickets WHERE conversation_id = ?", (sender,))]


def check(record: dict, result: Result, rows: list[dict], today: dt.date) -> Result:
    """Fills result.tickets, field_ok and failures from the rows stored for the conversation."""
    result.tickets = rows
    result.failures = [f for f in result.failures
                       if not f.startswith(("field:", "ticket", "no ticket", "type", "anonymous"))]
    if len(rows) != 1:
        if rows:
            result.failures.append(f"ticket filed {len(rows)} times")
        else:
            # confirmed and still nothing stored: the backend refused the filing (or it is queued)
            result.failures.append("no ticket after confirming" if result.confirmed else "no ticket")
        result.field_ok = {}
        return result
    row = rows[0]
    want_type = "complaint" if record["kind"] == "complaint" else "report"
    if row.get("type") != want_type:
        result.failures.append(f"type: {row.get('type')} instead of {want_type}")
    anonymous = bool(record.get("anonymous"))
    stored_anonymous = str(row.get("anonymous")).lower() in ("1", "true")  # SQLite 0/1, or text in a saved run
    if stored_anonymous != anonymous:
        result.failures.append(f"anonymous: {stored_anonymous} instead of {anonymous}")
    for name, expected in expected_values(record, today).items():
        if name == "platform" and "platform" not in row:
            # no platform column yet: only an online purchase misses it
            ok = expected is None or (isinstance(expected, list) and None in expected)
        else:
            ok = FIELD_RULES[name](row.get(name), expected)
        result.field_ok[name] = ok
        if not ok:
            result.failures.append(f"field:{name}")
    return result


def failure_detail(record: dict, result: Result, today: dt.date) -> list[str]:
    """One line per failed field: stored vs expected (for --show-failures)."""
    lines = []
    row = result.tickets[0] if len(result.tickets) == 1 else {}
    exp = expected_values(record, today)
    for name, ok in result.field_ok.items():
        if not ok:
            lines.append(f"    {name}: stored {row.get(name, '<no column>')!r}, expected {exp.get(name)!r}")
    return lines


# --------------------------------------------------------------------------- running and reporting
def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def run(records: list[dict], rasa_url: str, token: str, db_path: Path, concurrency: int = 2,
        max_turns: int = 30, progress: bool = True, checked: bool = True) -> list[Result]:
    """Plays every record; `checked` compares each stored ticket with the record's expected
    values, else only keeps the tickets (for generated consumers with nothing expected)."""
    today = china_today()
    local = threading.local()

    def one(record: dict) -> Result:
        if not hasattr(local, "session"):
            local.session = requests.Session()
        try:
            result = talk(rasa_url, token, record, max_turns, local.session)
            rows = stored_tickets(db_path, result.sender)
            if not checked:
                result.tickets = rows
                return result
            return check(record, result, rows, today)
        except Exception as exc:  # noqa: BLE001 - one broken conversation must not end the run
            result = Result(record["id"], record.get("set", ""), "")
            result.failures.append(f"driver error ({type(exc).__name__}: {exc})")
            return result

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(tqdm(pool.map(one, records), total=len(records), desc="consumers",
                            disable=not progress, file=sys.stderr))
    return results


def report(name: str, records: list[dict], results: list[Result], show_failures: bool = False) -> dict:
    today = china_today()
    n = len(results)
    complete = sum(r.complete for r in results)
    once = sum(len(r.tickets) == 1 for r in results)
    repeated = [r.id for r in results if r.max_repeat > 2]
    turns = [r.turns for r in results]
    print(f"\n--- {name}: {n} conversations ---")
    print(f"completion (one ticket, every field right): {complete}/{n} = {100 * complete / max(n, 1):.1f}%")
    print(f"ticket filed exactly once:                 {once}/{n}")
    print(f"question repeated more than twice in a row: {len(repeated)} conversation(s)")
    if turns:
        print(f"consumer turns: p50 {statistics.median(turns):.0f}, p95 {percentile(turns, 0.95):.0f}, "
              f"max {max(turns)}")
    per_field = defaultdict(lambda: [0, 0])
    for r in results:
        for fname, ok in r.field_ok.items():
            per_field[fname][0] += ok
            per_field[fname][1] += 1
    print("field accuracy (tickets filed once):")
    for fname in COMPLAINT_FIELDS:
        if fname in per_field:
            good, total = per_field[fname]
            print(f"  {fname:<17} {good:>4}/{total:<4} {100 * good / total:5.1f}%")
    by_id = {rec["id"]: rec for rec in records}
    for label, keys in (("family", lambda rec: [rec["family"]]), ("style", lambda rec: rec.get("styles") or [])):
        groups = defaultdict(lambda: [0, 0])
        for r in results:
            for key in keys(by_id[r.id]):
                groups[key][0] += r.complete
                groups[key][1] += 1
        print(f"complete by {label}: " + ", ".join(f"{k} {g}/{t}" for k, (g, t) in sorted(groups.items())))
    kinds = defaultdict(list)
    for r in results:
        for f in r.failures:
            kinds[re.sub(r"\d+x in a row", "N x in a row", f)].append(r.id)
    if kinds:
        print("failures by kind:")
        for kind, ids in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
            print(f"  {kind:<45} {len(ids):>3}  {', '.join(ids)}")
    if show_failures:
        for r in results:
            if r.failures:
                print(f"\n  [{r.id}] {'; '.join(r.failures)} ({r.turns} turns, end: {r.end})")
                for line in failure_detail(by_id[r.id], r, today):
                    print(line)
                for t in r.transcript:
                    print(f"    > {t['user']}")
                    asks = f"  [asks {t['asked']}]" if t["asked"] else ""
                    print("    < " + t["bot"].replace("\n", " / ")[:300] + asks)
    return {"set": name, "n": n, "complete": complete, "once": once, "repeated": len(repeated),
            "turns_p50": statistics.median(turns) if turns else None,
            "fields": {k: v for k, v in per_field.items()}, "failures": dict(kinds)}


def run_and_report(rasa_url: str, token: str, db_path: Path, which: str = "both", ids: set[str] | None = None,
                   concurrency: int = 2, max_turns: int = 30, show_failures: bool = False,
                   json_path: str | None = None, directory: Path = CONSUMERS) -> dict[str, list[Result]]:
    records = [r for r in load(which, directory) if not ids or r["id"] in ids]
    results = run(records, rasa_url, token, db_path, concurrency, max_turns)
    out: dict[str, list[Result]] = {}
    summaries = []
    print(f"simulated consumers through {rasa_url}/webhooks/rest/webhook, {china_today()} (China)")
    for name in SETS:
        chosen = [r for r in results if r.set == name]
        if chosen:
            out[name] = chosen
            summaries.append(report(name, [rec for rec in records if rec["set"] == name], chosen, show_failures))
    if json_path:
        save(json_path, summaries, results)
    return out


def save(json_path: str, summaries: list[dict], results: list[Result]) -> None:
    Path(json_path).write_text(json.dumps({"summaries": summaries, "results": [r.__dict__ for r in results]},
                                          ensure_ascii=False, indent=1, default=str), encoding="utf-8")


def recheck(json_path: str, which: str = "both", show_failures: bool = False, directory: Path = CONSUMERS) -> None:
    """Checks the tickets of a saved run (--json) again with the current rules and
    expected values, without talking to the bot again."""
    saved = json.loads(Path(json_path).read_text(encoding="utf-8"))
    records = {r["id"]: r for r in load(which, directory)}
    today = china_today()
    results = []
    for item in saved["results"]:
        if item["id"] not in records:
            continue
        fields = {k: item.get(k) for k in Result.__dataclass_fields__ if k in item}
        result = Result(**fields)
        rows = [{k: (None if v == "None" else v) for k, v in t.items()} for t in item.get("tickets") or []]
        results.append(check(records[item["id"]], result, rows, today))
    for name in SETS:
        chosen = [r for r in results if r.set == name]
        if chosen:
            report(name, [rec for rec in records.values() if rec["set"] == name], chosen, show_failures)


def start_stack():
    """The three processes on free loopback ports with a temporary database (as bench_dialogue)."""
    from tools.stack import Stack, free_port, settings
    tmp = Path(tempfile.mkdtemp(prefix="bench-consumers-"))
    env = settings({
        "RASA_PORT": str(free_port()), "ACTIONS_PORT": str(free_port()), "BACKEND_PORT": str(free_port()),
        "RASA_TOKEN": f"bench-{uuid.uuid4().hex}", "BACKEND_SERVICE_TOKEN": f"bench-{uuid.uuid4().hex}",
        "DATABASE_URL": f"sqlite:///{tmp / 'complaints.db'}", "OUTBOX_PATH": str(tmp / "outbox.db"),
        "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
    })
    stack = Stack(env, tmp)
    try:
        for name in ("backend", "actions", "rasa"):
            stack.start(name, timeout=300)
    except Exception:
        stack.stop_all()
        raise
    return stack, tmp / "complaints.db"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="both", choices=tuple(CHOICES))
    parser.add_argument("--ids", default="", help="comma-separated conversation ids")
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--max-turns", type=int, default=30)
    parser.add_argument("--show-failures", action="store_true", help="print each failed conversation")
    parser.add_argument("--json", help="write every result to this file")
    parser.add_argument("--dir", type=Path, default=CONSUMERS, help="folder of tune.jsonl and holdout.jsonl")
    parser.add_argument("--recheck", help="check the tickets of a saved --json run again (no stack started)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.recheck:
        recheck(args.recheck, args.set, args.show_failures, args.dir)
        return
    stack, db_path = start_stack()
    try:
        run_and_report(stack.env["RASA_URL"], stack.env["RASA_TOKEN"], db_path, args.set,
                       {i for i in args.ids.split(",") if i}, args.concurrency, args.max_turns,
                       args.show_failures, args.json, args.dir)
    finally:
        stack.stop_all()


if __name__ == "__main__":
    main()
