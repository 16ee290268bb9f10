"""Reads the law texts and cases into structured records.

Laws (KB_SOURCES/laws/*.md, LawRefBook layout): `# title`, header lines, `<!-- INFO END -->`,
`##`..`####` headings (编/分编/章/节), then articles starting `第X条 ` that may span several
paragraphs. Cases (KB_SOURCES/cases/*.md): `# headline`, `## case name`, then `## 关键词`,
`## 裁判要点`, `## 基本案情`, ... sections. Cases written up by the project itself
(the TV-fire mediation from the seeds) live in data/cases.yml in the same structure.

Nothing is skipped silently: whatever does not fit goes into a ParseReport.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .numerals import NUMERAL_CHARS, cn_to_int
from .settings import PACKAGE_DATA, sources_dir

PRC = "中华人民共和国"
ARTICLE_LINE = re.compile(rf"^第([{NUMERAL_CHARS}]+)条[ \u3000]+(.*)$")
HEADING = re.compile(r"^(#+)\s+(.*?)\s*$")
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
FILE_DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)$")


@dataclass
class Article:
    key: str  # "<short title>:<article>", e.g. "消费者权益保护法:7"
    law: str  # short title
    law_title: str  # full title, e.g. 中华人民共和国消费者权益保护法
    article: int
    text: str  # verbatim, paragraphs joined by "\n"
    part: str = ""  # 合同编 / 第二分编 典型合同
    chapter: str = ""  # 第二章 消费者的权利
    section: str = ""  # 第一节 一般规定
    effective: str = ""  # yyyy-mm-dd the text took effect, when the source says
    version: str = ""  # yyyy-mm-dd of the version (file name)
    status: str = "in_force"  # in_force | superseded | possibly_superseded
    note: str = ""  # shown beside any quote (superseded, transcription caveat)
    source: str = ""  # file name

    @property
    def citation(self) -> str:
        from .numerals import int_to_cn

        return f"《{self.law}》第{int_to_cn(self.article)}条"


@dataclass
class Case:
    id: str
    title: str  # case name, e.g. 孙银山诉南京欧尚超市有限公司江宁店买卖合同纠纷案
    headline: str = ""  # the "# " line: the point of law in one sentence
    keywords: list[str] = field(default_factory=list)
    holding: str = ""  # 裁判要点 (or the headline when the source has none)
    facts: str = ""
    result: str = ""
    reasoning: str = ""
    cited: list[str] = field(default_factory=list)  # article keys named in the case text
    related: list[str] = field(default_factory=list)  # curated by the project (data/cases.yml)
    source: str = ""  # where the record comes from
    publisher: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return self.cited + [k for k in self.related if k not in self.cited]

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ParseReport:
    problems: list[str] = field(default_factory=list)

    def add(self, where: str, what: str) -> None:
        self.problems.append(f"{where}: {what}")


@dataclass
class Corpus:
    articles: list[Article]
    cases: list[Case]
    report: ParseReport
    digest: str  # hash of every source byte and of the project's own data files

    @property
    def by_key(self) -> dict[str, Article]:
        return {a.key: a for a in self.articles}


def short_title(title: str) -> str:
    title = title.strip()
    return title[len(PRC):] if title.startswith(PRC) else title


def _iso(match: re.Match) -> str:
    y, m, d = match.groups()
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def _join_cjk(value):
    """YAML folds a line break into a space, which does not belong between Chinese characters."""
    if isinstance(value, str):
        return re.sub(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+"
                      r"(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])", "", value)
    if isinstance(value, list):
        return [_join_cjk(v) for v in value]
    if isinstance(value, dict):
        return {k: _join_cjk(v) for k, v in value.items()}
    return value


def _load_yaml(name: str) -> dict:
    with open(PACKAGE_DATA / name, encoding="utf-8") as fh:
        return _join_cjk(yaml.safe_load(fh) or {})


# ---------------------------------------------------------------- laws
def parse_law(path: Path, report: ParseReport, status_meta: dict | None = None) -> list[Article]:
    lines = path.read_text(encoding="utf-8").splitlines()
    titles = [m.group(2) for line in lines if (m := HEADING.match(line)) and m.group(1) == "#"]
    if not titles:
        report.add(path.name, "no '# title' line: file skipped")
        return []
    law_title = titles[0]
    law = short_title(law_title)
    book = titles[1] if len(titles) > 1 else ""  # 民法典's 合同编 / 侵权责任编
    meta = (status_meta or {}).get(law, {})
    try:
        info_end = next(i for i, line in enumerate(lines) if "INFO END" in line)
    except StopIteration:
        report.add(path.name, "no '<!-- INFO END -->' marker: header and body not separated")
        info_end = 0
    header = [line.strip() for line in lines[1:info_end] if line.strip() and not line.startswith("#")]
    effective = ""
    for line in header:
        if "施行" in line and (m := DATE.search(line)):
            effective = _iso(m)
    version = m.group(1) if (m := FILE_DATE.search(path.stem)) else ""
    header_note = next((line.strip("（）()") for line in header if line.startswith(("（", "("))), "")

    articles: list[Article] = []
    part = chapter = section = ""
    current: Article | None = None
    paragraphs: list[str] = []
    preamble: list[str] = []

    def close() -> None:
        if current is not None:
            current.text = "\n".join(paragraphs)
            articles.append(current)

    for number, raw in enumerate(lines[info_end + 1:], start=info_end + 2):
        line = raw.strip()
        if not line or line.startswith("<!--"):
            continue
        if heading := HEADING.match(line):
            name = re.sub(r"\s+", " ", heading.group(2))
            if "编" in name.split(" ")[0]:
                part, chapter, section = name, "", ""
            elif re.match(r"^第.+章", name) or re.match(r"^[一二三四五六七八九十]+、", name):
                # judicial interpretations number their parts "一、一般规定"
                chapter, section = name, ""
            elif re.match(r"^第.+节", name):
                section = name
            else:
                report.add(f"{path.name}:{number}", f"unrecognised heading {name!r}")
            continue
        if m := ARTICLE_LINE.match(line):
            close()
            paragraphs = [line]
            current = Article(
                key=f"{law}:{cn_to_int(m.group(1))}", law=law, law_title=law_title,
                article=cn_to_int(m.group(1)), text="",
                part=" ".join(x for x in (book, part) if x), chapter=chapter, section=section,
                effective=effective, version=version,
                status=meta.get("status", "in_force"),
                note=meta.get("note") or header_note, source=path.name,
            )
        elif current is None:
            preamble.append(line)  # title repeated, 法释 number, 为…制定本解释: not an article
        else:
            paragraphs.append(line)
    close()

    if not articles:
        report.add(path.name, "no '第X条' articles found")
    numbers = [a.article for a in articles]
    seen: set[int] = set()
    for previous, n in zip([None, *numbers], numbers):
        if n in seen:
            report.add(path.name, f"article {n} appears twice")
        elif previous is not None and n != previous + 1:
            report.add(path.name, f"article numbering jumps from {previous} to {n}")
        seen.add(n)
    if preamble and len("".join(preamble)) > 400:
        report.add(path.name, f"{len(preamble)} lines before the first article were not indexed")
    return articles


# ---------------------------------------------------------------- cases
SECTION_FIELDS = {
    "关键词": "keywords",
    "裁判要点": "holding",
    "基本案情": "facts",
    "简要案情": "facts",
    "裁判结果": "result",
    "法院裁判": "result",
    "裁判理由": "reasoning",
    "典型意义": "reasoning",
    "司法解释相关法条": "provisions",
    "司法解释相关条文": "provisions",
}

CITATION = re.compile(
    rf"(?P<law>《[^》]{{2,60}}》|该法|本法|[\u4e00-\u9fff]{{1,12}}?(?:法典|法|条例|规定|办法|解释))?"
    rf"第(?P<num>[{NUMERAL_CHARS}]+)条"
    rf"(?P<tail>(?:第[{NUMERAL_CHARS}]+款)?(?:第[（(]?[{NUMERAL_CHARS}]+[)）]?项)?)"
)
# Between two article references of the same law: 第七条、第十一条 / 第七条和第十一条
CONNECTOR = re.compile(r"^[、，,和及与以]{0,2}$")


def _clean(text: str) -> str:
    text = re.sub(r"<!--.*?-->", "", text)
    text = re.sub(r"[。]{2,}|。(?=[”」])", "。", text)
    return re.sub(r"\n{2,}", "\n", text).strip()


def resolve_law_name(name: str, known: set[str], aliases: dict) -> str | None:
    """'《中华人民共和国食品安全法》' -> '食品安全法'; unknown -> None."""
    name = short_title(name.strip("《》"))
    if name in known:
        return name
    for alias, title in aliases.items():
        if name.endswith(alias):
            return title
    return None


def _unknown_law_name(name: str, aliases: dict) -> str:
    name = name.strip("《》")
    return next((alias for alias in aliases if name.endswith(alias)), name)


def find_citations(text: str, known: set[str], aliases: dict, report: ParseReport | None = None,
                   where: str = "") -> list[str]:
    """Article keys cited in free text, in order, without duplicates.

    A bare 第X条 counts only right after a law name, 该法/本法, or another article of the
    same law, so "该合同第七条约定" is not taken for a statute.
    """
    keys: list[str] = []
    law: str | None = None
    last_end = -10
    for m in CITATION.finditer(text):
        name = m.group("law")
        if name in ("该法", "本法"):
            pass  # keeps the law named last
        elif name:
            resolved = resolve_law_name(name, known, aliases)
            if resolved is None and not name.startswith("《") and name.endswith(("法", "法典")):
                # a few characters of the sentence were taken with the name: retry shorter
                for start in range(1, len(name) - 1):
                    if (resolved := resolve_law_name(name[start:], known, aliases)) is not None:
                        break
            if resolved is None:
                if report is not None and (name.startswith("《") or name.endswith("法")):
                    problem = (f"{where}: cites {_unknown_law_name(name, aliases)}第{m.group('num')}条, "
                               "a law not in the corpus")
                    if problem not in report.problems:
                        report.problems.append(problem)
                law = None
                last_end = m.end()
                continue
            law = resolved
        elif law is None or not CONNECTOR.match(text[last_end:m.start()]):
            continue
        last_end = m.end()
        key = f"{law}:{cn_to_int(m.group('num'))}"
        if key not in keys:
            keys.append(key)
    return keys


def parse_case(path: Path, known: set[str], aliases: dict, report: ParseReport) -> Case | None:
    text = path.read_text(encoding="utf-8")
    headline = m.group(1).strip() if (m := re.search(r"^# (.+)$", text, re.M)) else ""
    body = text.split("<!-- INFO END -->", 1)
    header = body[0] if len(body) == 2 else ""
    publisher = " ".join(line.strip() for line in header.splitlines()[1:] if line.strip())
    sections: dict[str, list[str]] = {}
    title = ""
    current = None
    for line in (body[-1]).splitlines():
        if m := re.match(r"^## (.+?)\s*$", line):
            name = m.group(1).strip("　 ")
            if not title and name not in SECTION_FIELDS:
                title = name
                current = None
                continue
            current = SECTION_FIELDS.get(name)
            if current is None:
                report.add(path.name, f"unknown case section {name!r}: not indexed")
            continue
        if current:
            sections.setdefault(current, []).append(line)
    get = {k: _clean("\n".join(v)) for k, v in sections.items()}
    if "【判决理由】" in get.get("facts", ""):  # 简要案情 that carries the court's reasons
        facts, reasons = get["facts"].split("【判决理由】", 1)
        get["facts"], get["reasoning"] = facts.strip(), reasons.strip("。\n ")
        get.setdefault("result", get["reasoning"].split("\n")[-2 if "\n" in get["reasoning"] else -1])
    if not title:
        report.add(path.name, "no '## case name' heading")
        return None
    for required in ("facts", "result"):
        if not get.get(required):
            report.add(path.name, f"no {required} section")
    keywords = [k for k in re.split(r"[、，,\s]+", get.get("keywords", "").strip("。. ")) if k]
    # Articles the case relies on: its reasoning and result first, then the provisions list.
    where = path.name
    cited = find_citations(
        "\n".join(get.get(f, "") for f in ("holding", "result", "reasoning", "facts")),
        known, aliases, report, where)
    if provisions := get.get("provisions"):
        law_name = re.match(r"^《([^》]+)》", provisions)
        law = resolve_law_name(law_name.group(1), known, aliases) if law_name else None
        for m in re.finditer(rf"^第([{NUMERAL_CHARS}]+)条", provisions, re.M):
            if law:
                key = f"{law}:{cn_to_int(m.group(1))}"
                if key not in cited:
                    cited.append(key)
            else:
                report.add(where, "provisions section names no known law")
    return Case(
        id=path.stem, title=title, headline=headline, keywords=keywords,
        holding=get.get("holding") or headline, facts=get.get("facts", ""),
        result=get.get("result", ""), reasoning=get.get("reasoning", ""), cited=cited,
        source=f"cases/{path.name}", publisher=publisher,
    )


# ---------------------------------------------------------------- whole corpus
def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def source_files(root: Path | None = None) -> list[Path]:
    root = root or sources_dir()
    return sorted((root / "laws").glob("*.md")) + sorted((root / "cases").glob("*.md"))


def data_files() -> list[Path]:
    return sorted(PACKAGE_DATA.glob("*.yml")) + sorted(PACKAGE_DATA.glob("*.txt"))


def load_corpus(root: Path | None = None) -> Corpus:
    root = root or sources_dir()
    if not (root / "laws").is_dir():
        raise FileNotFoundError(f"no laws/ folder under KB_SOURCES={root}")
    report = ParseReport()
    status_meta = _load_yaml("law_status.yml")
    aliases = _load_yaml("aliases.yml")
    articles: list[Article] = []
    for path in sorted((root / "laws").glob("*.md")):
        articles.extend(parse_law(path, report, status_meta))
    keys = {a.key for a in articles}
    if len(keys) != len(articles):
        report.add("laws", "the same law/article key comes from two files")
    known = {a.law for a in articles}
    extra = _load_yaml("cases.yml")
    cases: list[Case] = []
    for path in sorted((root / "cases").glob("*.md")):
        case = parse_case(path, known, aliases, report)
        if case is None:
            continue
        override = (extra.get("source_cases") or {}).get(case.id) or {}
        if "cited" in override:  # curated: old article numbers mapped to the current text
            case.cited = list(override["cited"])
        case.keywords = case.keywords or list(override.get("keywords", []))
        case.related = list(override.get("related", []))
        case.notes = list(override.get("notes", []))
        cases.append(case)
    for record in extra.get("project_cases", []):
        cases.append(Case(**record))
    for case in cases:
        for key in case.articles:
            if key not in keys:
                report.add(case.id, f"cites {key}, which is not in the corpus")
    return Corpus(articles, cases, report, _digest(source_files(root) + data_files()))


@lru_cache(maxsize=1)
def _cached_corpus(root: str) -> Corpus:
    return load_corpus(Path(root))


def get_article(key: str) -> Article | None:
    """Resolve '消费者权益保护法:7' to the verbatim article (parses the sources once)."""
    return _cached_corpus(str(sources_dir())).by_key.get(key)
