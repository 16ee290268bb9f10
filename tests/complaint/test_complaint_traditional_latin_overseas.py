"""Consumers from Hong Kong, Macau, Taiwan and abroad: traditional characters read by every value reader
(the name kept as written), names in Latin letters with or without their Chinese form, and phones with
the country code of Hong Kong, Macau or Taiwan, which the backend stores as the dialogue read them."""
import datetime as dt

import pytest

from backend.schemas import normalize_phone
from complaint import extract as ex
from complaint import fields

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize("name, said, value", [
    ("purchase_date", "上個禮拜三買的", "2026-12-02"),
    ("purchase_date", "上個月十二號", "2026-11-12"),
    ("demand", "要求退錢，還要賠償", "退款、赔偿"),
    ("amount", "一共兩千三百塊", "2300.00"),
    ("product", "買了一臺洗衣機", "洗衣机"),
    ("merchant_address", "廣州市越秀區北京路", "广州市越秀区北京路"),
])
def test_traditional_characters_are_read_like_simplified(name, said, value):
    assert fields.normalise(name, said, TODAY).value == value


@pytest.mark.parametrize("said, value", [
    ("我叫黃詠詩", "黃詠詩"),
    ("陳國輝", "陳國輝"),
    ("鄭麗華，電話是13912345678", "鄭麗華"),
])
def test_a_name_in_traditional_characters_is_kept_as_written(said, value):
    assert ex.normalise_name(said).value == value


def test_a_name_in_traditional_characters_found_in_a_message():
    assert ex.find_name("你好，我叫馮志強，想投訴一家店") == "馮志強"


@pytest.mark.parametrize("said, value", [
    ("Jürgen Weiß", "Jürgen Weiß"),
    ("François Lefèvre 弗朗索瓦", "François Lefèvre 弗朗索瓦"),
    ("Maria Garcia（玛丽亚）", "Maria Garcia 玛丽亚"),
    ("我叫 Søren Kierkegaard", "Søren Kierkegaard"),
    ("John O'Neil", "John O'Neil"),
])
def test_latin_names_with_accents_or_a_chinese_form(said, value):
    assert ex.normalise_name(said).value == value


def test_a_latin_name_with_its_phone_after_it():
    assert ex.normalise_name("Lukas Schmidt，电话13912345678").value == "Lukas Schmidt"


def test_a_latin_name_said_in_a_message_keeps_its_words():
    assert ex.find_name("您好 我叫Zoë Martín 在你们这里买了东西") == "Zoë Martín"


@pytest.mark.parametrize("said, value", [
    ("+852 6123 4567", "+85261234567"),
    ("00853-2812-3456", "+85328123456"),
    ("我的电话+886 0935 123 456", "+886935123456"),
    ("(+852) 9876-5432", "+85298765432"),
])
def test_phones_of_hong_kong_macau_taiwan(said, value):
    assert ex.normalise_phone(said).value == value
    assert normalize_phone(value) == value  # the backend keeps what the dialogue read


@pytest.mark.parametrize("said", ["+852 6123 456", "+853 6123 45678", "+852 0123 4567", "+44 20 7946 0958"])
def test_numbers_of_the_wrong_length_or_another_country_are_refused(said):
    assert ex.normalise_phone(said).value is None
