"""Table-driven tests of the pure normalisers and extractors (complaint/extract/)."""
import datetime as dt

import pytest

from complaint import extract as ex

TODAY = dt.date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("13912345678", "13912345678"),
    ("139 1234 5678", "13912345678"),
    ("139-1234-5678", "13912345678"),
    ("+86 139 1234 5678", "13912345678"),
    ("86-13912345678", "13912345678"),
    ("我的手机是15808311234，白天都在", "15808311234"),
    ("１３９１２３４５６７８", "13912345678"),            # full-width digits
    ("幺三九幺二三四五六七八", "13912345678"),  # read out digit by digit
    ("0831-1234567", "0831-1234567"),
    ("(010)12345678", "010-12345678"),
    ("010 1234 5678", "010-12345678"),
    ("座机0831-2345678转123", "0831-2345678-123"),
    ("0773-5821 663", "0773-5821663"),                  # a 7-digit number grouped 4 + 3
    ("0312-3056 778转21", "0312-3056778-21"),
    ("0755-2345 6789", "0755-23456789"),
])
def test_phone_accepts_mobiles_and_landlines(text, expected):
    assert ex.normalise_phone(text) == ex.Parsed(expected)


@pytest.mark.parametrize("text, error", [
    ("1391234567", ex.ERR_FORMAT),      # 10 digits
    ("139123456789", ex.ERR_FORMAT),    # 12 digits
    ("12345678901", ex.ERR_FORMAT),     # no mainland mobile starts with 12
    ("10086", ex.ERR_FORMAT),
    ("0831-123 456", ex.ERR_FORMAT),    # six digits after the area code
    ("不方便说", ex.ERR_FORMAT),
    ("", ex.ERR_EMPTY),
    (None, ex.ERR_EMPTY),
])
def test_phone_rejects_what_is_not_a_phone(text, error):
    assert ex.normalise_phone(text) == ex.Parsed(None, error)


@pytest.mark.parametrize("text, expected", [
    ("2026-02-06", "2026-02-06"),
    ("2026/2/6", "2026-02-06"),
    ("2026.2.6", "2026-02-06"),
    ("2026年2月6日", "2026-02-06"),
    ("2月6号", "2026-02-06"),
    ("二月六号", "2026-02-06"),
    ("2月6日买的", "2026-02-06"),
    ("12月20号", "2025-12-20"),      # said in November: last December
    ("昨天", "2026-11-24"),
    ("前天晚上", "2026-11-23"),
    ("大前天", "2026-11-22"),
    ("今天上午", "2026-11-25"),
    ("上周三", "2026-11-18"),
    ("上星期五", "2026-11-20"),
    ("上礼拜天", "2026-11-22"),
    ("这周一", "2026-11-23"),
    ("这周五", "2026-11-20"),        # said on a Wednesday: a purchase is past, the most recent Friday
    ("本周六在超市买的", "2026-11-21"),
    ("这个星期四", "2026-11-19"),
    ("周五", "2026-11-20"),          # the most recent Friday
    ("三天前", "2026-11-22"),
    ("前两天在超市买的", "2026-11-23"),
    ("两个星期前", "2026-11-11"),
    ("上个月15号", "2026-10-15"),
    ("去年11月", "2025-11-01"),
    ("去年双十一前", None),           # not a date we can pin down
    ("前年3月8号", "2024-03-08"),
    ("2025年3月", "2025-03-01"),
    ("6号", "2026-11-06"),
    ("30号", "2026-10-30"),          # the 30th has not come yet this month
])
def test_dates_absolute_and_relative_to_iso(text, expected):
    parsed = ex.normalise_date(text, TODAY)
    assert parsed.value == expected


@pytest.mark.parametrize("text, error", [
    ("明天", ex.ERR_FUTURE),
    ("下周一", ex.ERR_FUTURE),
    ("2026-12-01", ex.ERR_FUTURE),
    ("2027年1月1日", ex.ERR_FUTURE),
    ("2026/2/30", ex.ERR_FORMAT),    # no such day
    ("13月1号", ex.ERR_FORMAT),
    ("1970-01-01", ex.ERR_TOO_OLD),
    ("今年", ex.ERR_PARTIAL),
    ("不记得了", ex.ERR_FORMAT),
    ("", ex.ERR_EMPTY),
])
def test_dates_rejected_with_a_reason(text, error):
    assert ex.normalise_date(text, TODAY) == ex.Parsed(None, error)


@pytest.mark.parametrize("text, expected", [
    ("3999", "3999.00"),
    ("3999元", "3999.00"),
    ("￥3,999.00", "3999.00"),
    ("¥ 128.5", "128.50"),
    ("两千八百元", "2800.00"),
    ("两千八", "2800.00"),           # colloquial: the 8 means 800
    ("一万二", "12000.00"),
    ("三百五", "350.00"),
    ("一百零五块", "105.00"),         # 零 keeps the 5 a unit digit
    ("十五块", "15.00"),
    ("3.9万", "39000.00"),
    ("3.9万元", "39000.00"),
    ("1万2千", "12000.00"),
    ("五十块钱", "50.00"),
    ("三块五", "3.50"),
    ("花了8888", "8888.00"),
    ("大概三千多吧", "3000.00"),
    ("壹仟贰佰元", "1200.00"),
])
def test_amounts_in_digits_or_chinese_numerals(text, expected):
    assert ex.normalise_amount(text) == ex.Parsed(expected)


@pytest.mark.parametrize("text, error", [
    ("0", ex.ERR_RANGE),
    ("0元", ex.ERR_RANGE),
    ("好多钱", ex.ERR_FORMAT),
    ("不记得", ex.ERR_FORMAT),
    ("", ex.ERR_EMPTY),
])
def test_amounts_rejected(text, error):
    assert ex.normalise_amount(text) == ex.Parsed(None, error)


@pytest.mark.parametrize("text, expected", [
    ("二零二六", 2026),
    ("十", 10),
    ("一亿", 100_000_000),
    ("两万三千四百五十六", 23456),
    ("3千", 3000),
])
def test_parse_number(text, expected):
    assert ex.parse_number(text) == expected


def test_money_is_not_read_from_dates_phones_or_order_numbers():
    assert ex.find_amount("我2月6号买的，电话13912345678，订单号20260206123456") is None
    assert ex.find_amount("用了一个月就坏了") is None
    assert ex.find_amount("花了两天时间才修好") is None


@pytest.mark.parametrize("text, expected", [
    # the rich opening of the issue: every field it states
    ("我2月6号在宜宾鑫源家电城花3999买的电视自燃了", {
        "purchase_date": "2026-02-06", "merchant_name": "宜宾鑫源家电城", "amount": "3999.00",
        "product": "电视", "problem": "我2月6号在宜宾鑫源家电城花3999买的电视自燃了"}),
    ("上周三在京东买了一台小米手机，用了两天就黑屏了，花了两千八百元，要求退货", {
        "purchase_date": "2026-11-18", "platform": "京东", "product": "小米手机", "amount": "2800.00",
        "demand": "退货", "problem": "上周三在京东买了一台小米手机，用了两天就黑屏了，花了两千八百元，要求退货"}),
    ("2026年3月1日在重庆市渝中区解放碑步行街8号的星光电器城花了1万2千买了台空调，不制冷，要求换货或退款", {
        "purchase_date": "2026-03-01", "merchant_address": "重庆市渝中区解放碑步行街8号",
        "merchant_name": "星光电器城", "amount": "12000.00", "product": "空调", "demand": "换货、退款",
        "problem": "2026年3月1日在重庆市渝中区解放碑步行街8号的星光电器城花了1万2千买了台空调，"
                   "不制冷，要求换货或退款"}),
    # a bare brand after 在 is a guess (which of its shops?): the form asks for the merchant
    ("去年11月在苏宁买的冰箱不制冷", {
        "purchase_date": "2025-11-01", "product": "冰箱",
        "problem": "去年11月在苏宁买的冰箱不制冷"}),
    ("我在淘宝上一家叫优品数码的店买了个耳机，一百二十块，收到是坏的", {
        "merchant_name": "优品数码", "platform": "淘宝", "product": "耳机", "amount": "120.00",
        "problem": "我在淘宝上一家叫优品数码的店买了个耳机，一百二十块，收到是坏的"}),
    ("我叫张三，电话139 1234 5678", {"complainant_name": "张三", "phone": "13912345678"}),
    ("订单号是JD20260206123456，金额一万二", {"order_no": "JD20260206123456", "amount": "12000.00"}),
    ("我要投诉", {}),
    ("你好", {}),
])
def test_extract_all_fills_what_a_message_states(text, expected):
    assert ex.extract_all(text, TODAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("宜宾鑫源家电城", "宜宾鑫源家电城"),
    ("商家是国美电器", "国美电器"),
    ("叫星光电器城", "星光电器城"),
    ("就是楼下那家便民超市", "便民超市"),
    ("老王火锅店", "老王火锅店"),
])
def test_merchant_names(text, expected):
    assert ex.normalise_merchant(text).value == expected


@pytest.mark.parametrize("text", ["不知道", "忘了", "", "有家药店", "楼下超市", "健身房",
                                  "不知道店名，就在我们小区门口"])
def test_merchant_unknown_or_a_kind_of_shop_is_not_a_name(text):
    assert ex.normalise_merchant(text).value is None


@pytest.mark.parametrize("text, expected", [
    ("那我要举报，有家药店卖过期药", None),
    ("我在健身房办的卡老板跑路了", None),
    ("在星光健身房办的卡老板跑路了", "星光健身房"),
])
def test_merchant_found_in_free_text_is_a_name(text, expected):
    assert ex.find_merchant(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("不知道叫啥，就在小区门口那家药店", "名称不详（就在小区门口那家药店）"),
    ("楼下超市", "名称不详（楼下超市）"),
    ("不知道", None),
])
def test_merchant_description_when_the_name_is_unknown(text, expected):
    assert ex.describe_merchant(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("我在健身房办的卡还有两万多没用完", "健身卡"),
    ("充了张卡，店关门了", "会员卡（预付卡）"),
    ("星光健身房", None),               # the shop, not what was bought
    ("是，我要投诉商家", None),          # an answer to another question
    ("不知道", None),
    ("一台海尔的冰箱", "冰箱"),
    ("美甲服务", "美甲服务"),
])
def test_products(text, expected):
    assert ex.normalise_product(text).value == expected


@pytest.mark.parametrize("text, expected", [
    ("四川省宜宾市翠屏区长江大道18号", "四川省宜宾市翠屏区长江大道18号"),
    ("地址是重庆市渝中区解放碑步行街8号", "重庆市渝中区解放碑步行街8号"),
    ("万达广场三楼", "万达广场三楼"),
    ("京东网店", "京东网店"),
    ("淘宝上", "网店（淘宝）"),          # an online shop's place is its platform
    ("就是个app 没有店", "网店：就是个app 没有店"),
    ("不知道地址 只有微信", "网店：不知道地址 只有微信"),
])
def test_addresses(text, expected):
    assert ex.normalise_address(text).value == expected


@pytest.mark.parametrize("text, error", [
    ("国美电器万达店", ex.ERR_FORMAT),   # a shop name is not an address
    ("不知道", ex.ERR_PARTIAL),
    ("嗯", ex.ERR_FORMAT),
])
def test_addresses_rejected(text, error):
    assert ex.normalise_address(text) == ex.Parsed(None, error)


@pytest.mark.parametrize("text, expected", [
    ("退货", "退货"),
    ("退钱", "退款"),
    ("修好就行", "维修"),
    ("换一台新的", "换货"),
    ("退货并赔偿", "退货、赔偿"),
    ("退钱，还要赔礼道歉", "退款、赔礼道歉"),  # an apology asked for is a demand too
    ("给个说法", "赔礼道歉（给个说法）"),              # an account asked for: an apology, in the words said
])
def test_demands(text, expected):
    assert ex.normalise_demand(text).value == expected


@pytest.mark.parametrize("text", ["嗯", "随便", "", "两万三", "3999元", "13912345678", "上周三"])
def test_demands_rejected(text):
    assert ex.normalise_demand(text).value is None


@pytest.mark.parametrize("text, expected", [
    ("张三", ex.Parsed("张三")),
    ("我叫欧阳娜娜", ex.Parsed("欧阳娜娜")),
    ("李女士", ex.Parsed("李女士")),
    ("John Smith", ex.Parsed("John Smith")),
    ("张三 13912345678", ex.Parsed("张三")),
    ("王", ex.Parsed(None, ex.ERR_PARTIAL)),
    ("免贵姓王", ex.Parsed(None, ex.ERR_PARTIAL)),
    ("不想说", ex.Parsed(None, ex.ERR_FORMAT)),
    ("张3", ex.Parsed(None, ex.ERR_FORMAT)),
    ("王明月", ex.Parsed("王明月")),
    ("买买提·艾力", ex.Parsed("买买提·艾力")),
    ("我叫阿依古丽", ex.Parsed("阿依古丽")),
    # answers to other questions are not names
    ("退钱", ex.Parsed(None, ex.ERR_FORMAT)),
    ("两万三", ex.Parsed(None, ex.ERR_FORMAT)),
    ("星光健身房", ex.Parsed(None, ex.ERR_FORMAT)),
    ("上周三", ex.Parsed(None, ex.ERR_FORMAT)),
    ("宜宾鑫源家电城", ex.Parsed(None, ex.ERR_FORMAT)),
])
def test_names(text, expected):
    assert ex.normalise_name(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("查一下TS20261125-001497", "TS20261125-001497"),
    ("jb20261125-188663", "JB20261125-188663"),
    ("13912345678", None),          # a phone is not a ticket number
    ("没有编号", None),
])
def test_ticket_numbers(text, expected):
    assert ex.find_ticket_no(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("匿名", True), ("我想匿名举报", True), ("不想留名", True),
    ("实名", False), ("不用匿名", False), ("可以留名", False), ("好的", None),
])
def test_anonymous(text, expected):
    assert ex.find_anonymous(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("老板拖欠我三个月工资", True), ("朋友借钱不还", True),
    ("在超市买的牛奶过期了", False), ("健身房老板跑路了", False),
])
def test_not_consumption(text, expected):
    assert ex.is_not_consumption(text) is expected


@pytest.mark.parametrize("value, shown", [("3999.00", "3,999 元"), ("3.50", "3.5 元"), ("12000.00", "12,000 元")])
def test_format_amount(value, shown):
    assert ex.format_amount(value) == shown


def test_complaint_package_has_no_web_or_rasa_dependency():
    import subprocess
    import sys
    code = ("import sys, complaint.extract, complaint.fields, complaint.channels, complaint.ticket, actions.dialogue\n"
            "web = ('rasa_sdk', 'rasa', 'flask', 'requests', 'httpx', 'sqlalchemy')\n"
            "print(sorted(m for m in web if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("text, expected", [
    ("我有发票和聊天记录", "发票、聊天记录"),
    ("拍了照片，也保存了付款记录", "照片、付款记录"),
    ("没有发票", None),
    ("发票是什么", None),
])
def test_evidence(text, expected):
    assert ex.find_evidence(text) == expected


def test_days_before_an_event_are_no_date_of_purchase():
    assert ex.find_date("订的海南游 出发前两天旅行社说取消") is None
    assert ex.find_date("前两天在超市买的") is not None


def test_a_platform_name_inside_an_address_is_no_platform():
    assert ex.find_platform("商家在昆明市盘龙区北京路1688号") is None


def test_the_request_before_an_address_is_no_part_of_it():
    assert ex.find_address("我要投诉成都市锦江区春熙路的一家奶茶店") == "成都市锦江区春熙路"


def test_a_four_character_name_with_a_compound_surname_is_a_name():
    assert ex.normalise_name("上官明月").value == "上官明月"
