"""Deterministic extraction and normalisation of complaint fields from Chinese text.

Pure functions (no Rasa, no web framework, no I/O), read by the Rasa form validation
actions, the hotline agent console and the backend's checks alike. These rules, not an
NLU entity tagger, are what makes a rich opening such as
"我2月6号在宜宾鑫源家电城花3999买的电视自燃了" fill every field it contains.

One module per kind of field (numbers, phone, dates, money, merchant, platform,
product, address, name, demand, problem, ids); this package re-exports them, so
``from complaint import extract as ex`` gives every rule.

Every ``normalise_*`` function returns a ``Parsed(value, error)``: ``value`` is the
canonical form (ISO date, decimal string, digits-only phone) or None with ``error``
naming the problem (an ``ERR_*`` code, turned into a friendly re-ask by the caller).
Every ``find_*`` function searches free text and returns the canonical value or None.
"""
from __future__ import annotations

import datetime as dt
import re

from complaint.extract.address import find_address, normalise_address, units_only
from complaint.extract.corrections import TAKEN_BACK, after_correction
from complaint.extract.dates import day_of_the_month_said, find_date, normalise_date, rough_date
from complaint.extract.demand import DEMAND_CHOICES, DEMANDS, find_demands, normalise_demand
from complaint.extract.ids import find_order_no, find_ticket_no
from complaint.extract.merchant import (MERCHANT_KIND, MERCHANT_SUFFIXES, describe_merchant, find_merchant,
                                        knows_no_name, merchant_as_said, normalise_merchant, own_service_seller,
                                        pointed_brand, self_sold)
from complaint.extract.money import find_amount, format_amount, normalise_amount
from complaint.extract.name import COMPOUND_SURNAMES, SURNAMES, find_name, normalise_name
from complaint.extract.numbers import NUMBER, parse_number
from complaint.extract.phone import find_phone, normalise_phone
from complaint.extract.platform import ONLINE_PLATFORMS, find_platform, is_platform, normalise_platform, online_shop
from complaint.extract.problem import (EVIDENCE_KINDS, PROBLEM_WORDS, find_anonymous, find_evidence, find_problem,
                                       is_not_consumption, names_trouble, normalise_problem, wants_anonymity)
from complaint.extract.product import PRODUCTS, find_product, find_story_product, normalise_product
from complaint.extract.spoken import goes_to_look, how_it_came_taken_off
from complaint.extract.text import (CHINA, ERR_EMPTY, ERR_FORMAT, ERR_FUTURE, ERR_LATER, ERR_PARTIAL, ERR_RANGE,
                                    ERR_TOO_OLD, Parsed, clean, today_in_china)

__all__ = [
    "CHINA", "COMPOUND_SURNAMES", "DEMANDS", "DEMAND_CHOICES", "ERR_EMPTY", "ERR_FORMAT", "ERR_FUTURE",
    "ERR_LATER", "ERR_PARTIAL", "ERR_RANGE", "ERR_TOO_OLD", "EVIDENCE_KINDS", "MERCHANT_KIND", "MERCHANT_SUFFIXES",
    "NUMBER",
    "ONLINE_PLATFORMS", "PROBLEM_WORDS", "PRODUCTS", "SURNAMES", "Parsed", "clean", "describe_merchant",
    "extract_all", "find_address", "find_amount", "find_anonymous", "find_date", "find_demands", "find_evidence",
    "find_merchant", "find_name", "find_order_no", "find_phone", "find_problem", "find_product",
    "find_story_product", "find_ticket_no",
    "format_amount", "goes_to_look", "how_it_came_taken_off", "is_not_consumption", "names_trouble",
    "knows_no_name", "normalise_address", "normalise_amount", "normalise_date",
    "normalise_demand", "normalise_merchant", "normalise_name", "normalise_phone", "normalise_platform",
    "normalise_problem", "find_platform", "rough_date", "online_shop", "merchant_as_said", "pointed_brand",
    "own_service_seller", "is_platform",
    "self_corrected", "units_only", "wants_anonymity",
    "normalise_product", "parse_number", "today_in_china",
]


def extract_all(text: str, today: dt.date | None = None) -> dict[str, str]:
    """Every complaint field one message states, in canonical form (only those found)."""
    found: dict[str, str | None] = {
        "phone": find_phone(text),
        "purchase_date": find_date(text, today),
        "amount": find_amount(text),
        "merchant_name": find_merchant(text, strict=True),
        "merchant_address": find_address(text, landmark=True),
        "platform": find_platform(text),
        "product": find_product(text),
        "order_no": find_order_no(text),
        "complainant_name": find_name(text),
        "problem": find_problem(text),
        "evidence": find_evidence(text),
    }
    seller = self_sold(text) if not found["merchant_name"] else None
    if seller:
        # "在京东自营买的…": the platform's own shop sold it, a seller named as plainly as a shop's name
        own = find_merchant(text)
        found["merchant_name"] = own if own and own.startswith(seller) else None
    demands = find_demands(text)
    raw = clean(text)
    # a demand is stated ("要求退货", "我想退货退款"), not asked about ("我想问问能退吗")
    # ("旧件也没给我": what the merchant did not do, told, no demand)
    if demands and (re.search(r"要求|希望|想要|我要(?!投诉|举报|反映)|请求|诉求|必须|应该|(?<![没不])给我", raw)
                    or (re.search(r"我?想(?:要|让他们|让商家|让他们给我)?(?:退|换|修|赔|全额)"
                                  r"|(?<![不需])要(?:退|换|修|赔|全额)", raw)  # "…要退货退款还要三倍赔偿"
                        and not re.search(r"吗|能不能|可不可以|怎么|是否|[?？]", raw))):
        found["demand"] = "、".join(demands)
    return {k: v for k, v in found.items() if v}


# What is left when the consumer changes their mind about the demand: "退货 算了 还是换货吧"
_MIND_CHANGED = re.compile(r"(?:^|[，,。\s]+)算了[，,。\s]*(?:还是|就)?")


def self_corrected(text: str) -> str:
    """The part of an answer after the last correction the consumer made while saying it
    (the dialogue reads the question asked from it; the console lets its fields win)."""
    text = day_of_the_month_said(text, after_correction(text, pattern=TAKEN_BACK))  # "3月5号 不对 是6号"
    parts = _MIND_CHANGED.split(text)
    if len(parts) > 1 and parts[0].strip() and find_demands(parts[-1]):
        text = parts[-1].strip()
    return text
