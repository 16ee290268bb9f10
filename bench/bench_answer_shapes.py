"""Answer-shapes probe (metamorphic): the same answer said in another shape must give the same value.

For every answer of the tuning sets' consumers to a field's question (merchant_name,
merchant_address, complainant_name, phone, product, purchase_date, amount, demand; platform
is never asked: it is what the shop's and the address's answers give on the side), it reads
the value `actions.dialogue.fill_from_message` gives for the bare answer when that slot is
asked, then for variants a real person says with the same meaning: a sound or 就是 before it,
a particle or mark after it (啊 吧 。 ！ ～ an emoji), a trailing 谢谢, spaces around it,
full-width or half-width characters, and the polite frames of each field (商家叫X, 在X买的,
我叫X, 免贵姓…, 电话是X, 花了X…). It reports, per field and per kind of variant, how often the
value changes, with samples. No Rasa: the dialogue's own reading, called directly.

Left out on purpose: "X呢" (said bare it asks "what about X?"), spaces inside a name, and a
frame around an answer that already has one (商家叫 + "店名叫…") or is more than one phrase.

    .venv/bin/python -m bench.bench_answer_shapes [--set tuning|tune|fresh|...] [--fields phone,merchant_name]
        [--samples 3] [--json out.json]

The measure-only sets are refused (as in bench_consumers, only the tuning sets are read).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import zlib
from collections import defaultdict
from collections.abc import Iterator

from actions.dialogue import fill_from_message
from complaint.extract.name import COMPOUND_SURNAMES

FIELDS = ("merchant_name", "merchant_address", "platform", "complainant_name", "phone", "product",
          "purchase_date", "amount", "demand")
# platform is never asked: read from the answers to these questions
PLATFORM_FROM = ("merchant_name", "merchant_address")
TUNING_SETS = ("tune", "fresh", "second", "third", "fifth", "sixth", "eighth", "tenth")

# ---------------------------------------------------------------- variants
FILLERS_BEFORE = ("嗯 ", "嗯，", "那个", "就是", "呃，", "额 ", "嗯嗯 ", "哦 ")
PARTICLES_AFTER = ("啊", "吧", "哈", "呀", "哦")
MARKS_AFTER = ("。", "！", "!", "～", "~", ".", "！！", "。。。")
EMOJI_AFTER = ("😊", "🙏", "👌", " 😭", "[微笑]")
THANKS_AFTER = ("，谢谢", " 谢谢", "谢谢", "，谢谢啦", "。谢谢！")
SPACES = (" {} ", "{} ", "\u3000{}", "{}\n")

_HALF = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz(),.:-+ "
_FULL = "".join(chr(ord(c) + 0xFEE0) for c in _HALF[:-1]) + "\u3000"  # (the full-width forms, U+FF01…)
TO_FULL = str.maketrans(_HALF, _FULL)
TO_HALF = str.maketrans(_FULL + "，。！～：；", _HALF + ",.!~:;")

# An answer that already has a frame of its own, or says more than one thing: no frame added around it
_FRAMED = re.compile(r"叫|是|在|买|订|的|了|那家|这家|那个|这个|地址|电话|手机|号码|我|姓|名|花|付|一共|要|想|希望|"
                     r"[\s，,。.！!？?；;～~]")
_SURNAME_FRAME = re.compile(r"[\u4e00-\u9fa5]{2,4}")


def _frames(field: str, answer: str) -> list[str]:
    """The polite frames of a field around a bare answer (none around one already framed)."""
    bare = answer.strip()
    if not bare or _FRAMED.search(bare):
        return []
    if field == "merchant_name":
        return [f"商家叫{bare}", f"店名叫{bare}", f"是{bare}", f"{bare}那家", f"在{bare}买的", f"就是{bare}",
                f"是{bare}这家"]
    if field == "merchant_address":
        return [f"在{bare}", f"地址是{bare}", f"就在{bare}", f"地址：{bare}", f"是{bare}"]
    if field == "complainant_name":
        if not _SURNAME_FRAME.fullmatch(bare):
            return []
        surname = bare[:2] if bare[:2] in COMPOUND_SURNAMES else bare[0]
        return [f"我叫{bare}", f"我是{bare}", f"免贵姓{surname}，叫{bare}", f"我姓{surname} {bare}", f"名字是{bare}",
                f"姓名：{bare}", f"叫我{bare}就行"]
    if field == "phone":
        return [f"电话是{bare}", f"打这个{bare}", f"手机号{bare}", f"我的手机是{bare}", f"号码：{bare}",
                f"{bare} 这个号", f"打{bare}就行"]
    if field == "product":
        return [f"买的是{bare}", f"是{bare}", f"就是{bare}"]
    if field == "purchase_date":
        return [f"{bare}买的", f"是{bare}", f"大概{bare}"] if not re.search(r"左右|大概|差不多", bare) else []
    if field == "amount":
        return [f"花了{bare}", f"一共{bare}", f"付了{bare}", f"是{bare}"]
    if field == "demand":
        return [f"我要求{bare}", f"希望{bare}", f"就{bare}"]
    return []


def _phone_groups(answer: str) -> list[str]:
    """The digits of an 11-digit mobile grouped as people type them (3-4-4 with spaces or dashes)."""
    digits = re.sub(r"\D", "", answer)
    if not re.fullmatch(r"1\d{10}", digits) or re.sub(r"[\s-]", "", answer) != digits:
        return []
    a, b, c = digits[:3], digits[3:7], digits[7:]
    return [f"{a} {b} {c}", f"{a}-{b}-{c}", digits, f"{a}{b} {c}"]


def variants(field: str, answer: str) -> Iterator[tuple[str, str]]:
    """(kind, text) for each variant of an answer that means surely the same."""
    said = answer.strip()
    for filler in FILLERS_BEFORE:
        yield "filler_before", filler + said
    for particle in PARTICLES_AFTER:
        if not re.search(r"[吧啊呀哈哦呢吗嘛了]$", said):
            yield "particle_after", said + particle
    for mark in MARKS_AFTER:
        if not re.search(r"[。.！!？?～~]$", said):
            yield "mark_after", said + mark
    for emoji in EMOJI_AFTER:
        yield "emoji_after", said + emoji
    for thanks in THANKS_AFTER:
        yield "thanks_after", said + thanks
    for space in SPACES:
        yield "spaces_around", space.format(said)
    full, half = said.translate(TO_FULL), said.translate(TO_HALF)
    if full != said:
        yield "full_width", full
    if half != said:
        yield "half_width", half
    for frame in _frames(field, said):
        yield "frame", frame
    # several at once, as people type them: a sound, the frame, then a mark or thanks
    for i, frame in enumerate(_frames(field, said) or [said]):
        yield "combined", FILLERS_BEFORE[i % len(FILLERS_BEFORE)] + frame + (MARKS_AFTER + THANKS_AFTER)[i % 13]
    if field == "phone":
        for grouped in _phone_groups(said):
            if grouped != said:
                yield "phone_grouping", grouped


KINDS = ("filler_before", "particle_after", "mark_after", "emoji_after", "thanks_after", "spaces_around",
         "full_width", "half_width", "frame", "combined", "phone_grouping")


# ---------------------------------------------------------------- reading
def value(field: str, text: str, form: str = "complaint_form", today: dt.date | None = None) -> str | None:
    """The value the dialogue gives `field` for `text` said when it is asked (platform: when the
    shop's name is asked; `field` is then read on the side)."""
    asked = "merchant_name" if field == "platform" else field
    return _read(text, form, asked, today).get(field)


_CACHE: dict[tuple, dict] = {}


def _read(text: str, form: str, asked: str, today: dt.date | None) -> dict:
    key = (text, form, asked, today)
    if key not in _CACHE:
        values, _ = fill_from_message({"text": text, "intent": {"name": "inform"}, "entities": []},
                                      form, asked, {}, today)
        _CACHE[key] = {k: (None if v is None else str(v)) for k, v in values.items()}
    return _CACHE[key]


def answers(records: list[dict], fields: tuple[str, ...]) -> Iterator[tuple[str, str, str, str]]:
    """(record id, form, field, answer) for every answer said to a field's question (every item of a list)."""
    for record in records:
        form = "complaint_form" if record["kind"] == "complaint" else "report_form"
        given = record.get("answers") or {}
        for field in fields:
            asked = PLATFORM_FROM if field == "platform" else (field,)
            for slot in asked:
                said = given.get(slot)
                for item in said if isinstance(said, list) else [said]:
                    if isinstance(item, str) and item.strip() and not item.startswith("[按钮]"):
                        yield record["id"], form, field if field != "platform" else f"platform@{slot}", item


def probe(records: list[dict], fields: tuple[str, ...] = FIELDS, today: dt.date | None = None) -> dict:
    """{field: {kind: {"n", "changed", "wrong", "samples"}}} over every answer whose bare reading gives a
    value; "wrong": the bare value passes the bench's check of what the consumer meant, the variant's not."""
    from bench.bench_consumers import FIELD_RULES, expected_values
    stats: dict = defaultdict(lambda: defaultdict(lambda: {"n": 0, "changed": 0, "wrong": 0, "samples": []}))
    by_id = {r["id"]: r for r in records}
    for rid, form, field, answer in answers(records, fields):
        read_as, asked = field.split("@") if "@" in field else (field, field)
        bare = _read(answer, form, asked, today).get(read_as)
        if bare is None:
            continue
        record = by_id[rid]
        meant = expected_values(record, today or dt.date.today()).get(read_as, "(unchecked)")
        right = meant != "(unchecked)" and FIELD_RULES[read_as](bare, meant)
        name = read_as
        stats[name]["(answers)"]["n"] += 1
        for kind, text in variants(asked, answer):
            got = _read(text, form, asked, today).get(read_as)
            cell = stats[name][kind]
            cell["n"] += 1
            if got != bare:
                cell["changed"] += 1
                cell["wrong"] += bool(right and not FIELD_RULES[read_as](got, meant))
                cell["samples"].append((rid, answer, text, bare, got))
    return stats


def report(stats: dict, samples: int = 3, out=sys.stdout) -> dict:
    """Print the figures; return them (samples cut) for --json."""
    figures: dict = {}
    total_n = total_changed = total_wrong = 0
    for field in FIELDS:
        if field not in stats:
            continue
        cells = stats[field]
        print(f"\n{field}: {cells['(answers)']['n']} answers with a value", file=out)
        figures[field] = {}
        for kind in KINDS:
            cell = cells.get(kind)
            if not cell or not cell["n"]:
                continue
            total_n += cell["n"]
            total_changed += cell["changed"]
            rate = 100.0 * cell["changed"] / cell["n"]
            total_wrong += cell["wrong"]
            print(f"  {kind:15s} {cell['changed']:5d}/{cell['n']:<6d} changed  {rate:5.1f} %"
                  f"   {cell['wrong']:5d} made wrong", file=out)
            shown = _spread(cell["samples"], samples)
            for rid, answer, text, bare, got in shown:
                print(f"      {rid}: {text!r}: {got!r} (bare {answer!r}: {bare!r})", file=out)
            figures[field][kind] = {"n": cell["n"], "changed": cell["changed"], "wrong": cell["wrong"],
                                    "samples": [list(s) for s in shown]}
    rate = 100.0 * total_changed / total_n if total_n else 0.0
    print(f"\nall: {total_changed}/{total_n} variants change the value ({rate:.2f} %); "
          f"{total_wrong} make a right value wrong", file=out)
    figures["all"] = {"n": total_n, "changed": total_changed, "wrong": total_wrong}
    return figures


def _spread(samples: list[tuple], k: int) -> list[tuple]:
    """k samples from different answers, picked the same way every run."""
    seen, chosen = set(), []
    for s in sorted(samples, key=lambda s: zlib.crc32(f"{s[0]}{s[2]}".encode())):
        if s[1] not in seen:
            seen.add(s[1])
            chosen.append(s)
        if len(chosen) >= k:
            break
    return chosen


def main(argv: list[str] | None = None) -> int:
    from bench.bench_consumers import CHOICES, load, china_today
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    tuning = [name for name in CHOICES if all(s in TUNING_SETS for s in CHOICES[name])]
    parser.add_argument("--set", default="tuning", choices=tuning)
    parser.add_argument("--fields", default=",".join(FIELDS))
    parser.add_argument("--samples", type=int, default=3)
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    fields = tuple(f for f in args.fields.split(",") if f in FIELDS)
    today = china_today()
    from complaint.extract.text import common_word
    common_word("成都")  # the dictionary loaded once, before the clock matters
    stats = probe(load(args.set), fields, today)
    figures = report(stats, args.samples)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(figures, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
