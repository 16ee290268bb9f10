"""An answer that cannot be the value asked for, and is plainly another field's, goes to that field.

The shop's name and its address take almost any words; words that only say when ("上礼拜", "8月2号
入住的"), what was paid ("房费420"), what was bought ("游泳年卡"), who the consumer is ("王建国") or
the shop's own name said at the address question are never kept there: they go to their own field
(said back) and the question waiting is asked again. A consumer who keeps telling other things while
one question waits sees it at most twice in a row: then it is set aside and asked last.
"""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import dialogue, forms
from tests.actions.test_actions_forms import FULL_COMPLAINT, asked, run, slots_set, tracker

STORY = {"problem": "游泳馆办的卡说随时能退，现在关门了人也找不到"}


def fill(slot, text, held=None):
    return dialogue.fill_from_message({"text": text, "intent": {"name": "inform"}, "entities": []},
                                      "complaint_form", slot, dict(held or STORY))


# ---------------------------------------------------------------- when, said where the place or shop was asked

@pytest.mark.parametrize("slot, answer", [
    ("merchant_address", "10月5号到的那天"),
    ("merchant_address", "8月2号入住的"),
    ("merchant_address", "9月30号的高铁，9月12号订的"),
    ("merchant_name", "上礼拜"),
    ("merchant_name", "前几天"),
])
def test_words_that_only_say_when_are_never_the_shop_or_its_place(slot, answer):
    values, error = fill(slot, answer)
    assert slot not in values and error is not None


def test_a_day_said_at_the_address_question_is_kept_as_the_date():
    values, _ = fill("merchant_address", "11月8号晚上")
    assert values == {"purchase_date": values["purchase_date"]} and values["purchase_date"].endswith("-11-08")


@pytest.mark.parametrize("answer", ["解放路3号", "3号楼2单元", "中山路12号对面", "二号线地铁站出口"])
def test_a_street_number_is_still_an_address(answer):
    values, error = fill("merchant_address", answer)
    assert values.get("merchant_address") and error is None


# ---------------------------------------------------------------- a sum said with what it paid

@pytest.mark.parametrize("slot, answer, paid", [
    ("merchant_address", "一个月89", "89.00"),
    ("merchant_address", "房费420", "420.00"),
    ("purchase_date", "会费1200", "1200.00"),
    ("purchase_date", "学费一万二", "12000.00"),
])
def test_a_sum_said_with_what_it_paid_is_the_amount(slot, answer, paid):
    values, error = fill(slot, answer)
    assert values.get("amount") == paid and slot not in values and error is not None


# ---------------------------------------------------------------- the thing bought, said at the shop question

@pytest.mark.parametrize("answer, held", [
    ("游泳年卡", STORY),
    ("减肥疗程", {"problem": "美容院说三个疗程瘦二十斤，一斤没瘦"}),
    ("电动车电池", {"problem": "在小区门口买的电动车电池，用了一个月就鼓包了"}),
    ("扫地机器人", dict(STORY, product="扫地机器人")),
])
def test_the_thing_bought_is_never_the_shop(answer, held):
    values, error = fill("merchant_name", answer, held)
    assert "merchant_name" not in values and error is not None


@pytest.mark.parametrize("answer", ["玉颜坊", "张记卤味", "秦岭山货", "海底捞", "云通号卡"])
def test_a_shop_that_sounds_like_a_person_or_a_thing_is_still_the_shop(answer):
    values, error = fill("merchant_name", answer)
    assert values.get("merchant_name") and error is None


# ---------------------------------------------------------------- a person's name at the shop question

@pytest.mark.parametrize("answer", ["王建国", "陈小红", "周杰"])
def test_a_persons_name_asked_the_shop_is_the_consumers_name(answer):
    values, error = fill("merchant_name", answer)
    assert values.get("complainant_name") == answer and "merchant_name" not in values
    assert error == dialogue.OTHER_FIELD


def test_a_persons_name_is_no_new_name_once_the_name_is_kept():
    values, _ = fill("merchant_name", "王建国", dict(STORY, complainant_name="李梅"))
    assert "complainant_name" not in values


# ---------------------------------------------------------------- the shop's name at the address question

@pytest.mark.parametrize("answer", ["海底捞（成都春熙路店）", "新东方（北京五道口校区）", "绝味鸭脖(武汉万达店)"])
def test_a_shops_name_with_its_branch_is_never_the_address(answer):
    values, error = fill("merchant_address", answer)
    assert "merchant_address" not in values and values.get("merchant_name") and error is not None


def test_a_branch_said_with_its_street_is_an_address():
    values, error = fill("merchant_address", "春熙路88号（海底捞旁边的店）")
    assert values.get("merchant_address") and error is None


def test_another_shop_name_at_the_address_question_is_pointed_out_not_kept():
    slots = dict(FULL_COMPLAINT, merchant_address=None, requested_slot="merchant_address")
    events, messages = run(forms.ValidateComplaintForm(),
                           tracker("华莱士（南京新街口店）", slots=slots, active_loop="complaint_form"))
    said = " ".join(m.get("text") or "" for m in messages)
    assert slots_set(events).get("merchant_address") is None and "华莱士" in said and "不一样" in said


# ---------------------------------------------------------------- said back, and the question asked again

def test_the_other_fields_value_is_said_back_and_the_question_asked_again():
    slots = dict(FULL_COMPLAINT, merchant_address=None, purchase_date=None, requested_slot="merchant_address")
    events, messages = run(forms.ValidateComplaintForm(),
                           tracker("11月8号晚上", slots=slots, active_loop="complaint_form"))
    got = slots_set(events)
    assert got["merchant_address"] is None and got["purchase_date"].endswith("-11-08")
    assert "购买日期" in messages[0]["text"]


def test_a_rough_when_asked_the_shop_says_the_date_comes_later():
    slots = dict(FULL_COMPLAINT, merchant_name=None, purchase_date=None, requested_slot="merchant_name")
    events, messages = run(forms.ValidateComplaintForm(), tracker("上礼拜", slots=slots, active_loop="complaint_form"))
    assert slots_set(events)["merchant_name"] is None
    assert "稍后" in messages[0]["text"] and "商家" in messages[0]["text"]


# ---------------------------------------------------------------- never a third time in a row

def _kept_other(slot, answers):
    """Events where the form asked `slot` and each answer but the last gave another field, said back."""
    events = [{"event": "active_loop", "name": "complaint_form"}]
    for n, text in enumerate(answers):
        events += [{"event": "action", "name": "complaint_form"},
                   {"event": "slot", "name": "requested_slot", "value": slot},
                   {"event": "bot", "text": "请问这家商家的地址在哪里？"}, {"event": "action", "name": "action_listen"},
                   {"event": "user", "text": text, "parse_data": {"intent": {"name": "inform"}}}]
        if n < len(answers) - 1:
            events += [{"event": "slot", "name": ("amount", "phone", "complainant_name")[n % 3], "value": f"v{n}"},
                       {"event": "bot", "text": "好的，已记下金额：1 元。"}]
    return events + [{"event": "slot", "name": "requested_slot", "value": slot},
                     {"event": "action", "name": "complaint_form"}]


@pytest.mark.parametrize("answers", [
    ["一万二", "13900001111"],
    ["12月1号", "我叫周梅"],
    ["13900001111", "退钱"],
])
def test_told_other_things_twice_the_question_is_set_aside_not_asked_a_third_time(answers):
    slots = dict(FULL_COMPLAINT, merchant_address=None, amount=None, phone=None, complainant_name=None,
                 purchase_date=None, demand=None, requested_slot="merchant_address")
    events, messages = run(forms.ValidateComplaintForm(),
                           tracker(answers[-1], slots=slots, active_loop="complaint_form",
                                   events=_kept_other("merchant_address", answers)))
    got = slots_set(events)
    assert got["requested_slot"] not in (None, "merchant_address")
    assert "最后再确认" in messages[-1]["text"]
    assert forms.set_aside([*_kept_other("merchant_address", answers), *events]) == {"merchant_address"}


def test_told_another_thing_once_the_question_comes_back():
    slots = dict(FULL_COMPLAINT, merchant_address=None, amount=None, requested_slot="merchant_address")
    events, messages = run(forms.ValidateComplaintForm(),
                           tracker("一万二", slots=slots, active_loop="complaint_form",
                                   events=asked("merchant_address", ["一万二"])))
    got = slots_set(events)
    assert got["amount"] == "12000.00" and got.get("requested_slot") in (None, "merchant_address")
    assert "最后再确认" not in " ".join(m.get("text") or "" for m in messages)


# ---------------------------------------------------------------- a question about the law at the demand

@pytest.mark.parametrize("text", ["这个能赔三倍吗？", "我这种情况可以退一赔三吗", "能不能赔十倍啊？"])
def test_asking_whether_the_law_gives_a_remedy_is_a_question_not_the_demand(text, monkeypatch):
    answered = []

    async def law(dispatcher, tracker_, domain):
        answered.append(tracker_.latest_message["text"])

    monkeypatch.setattr(forms, "_answer_law", law)
    slots = dict(FULL_COMPLAINT, demand=None, requested_slot="demand")
    events, _ = run(forms.ValidateComplaintForm(), tracker(text, slots=slots, active_loop="complaint_form",
                                                           events=asked("demand", [text])))
    assert answered and "demand" not in slots_set(events)
    assert slots_set(events)["requested_slot"] == "demand"


# ---------------------------------------------------------------- the address, said where another question was asked

@pytest.mark.parametrize("answer, place", [
    ("在我们镇上租的一个门面，河北省保定市清苑区 臧村镇 东街 原信用社对面", "臧村镇东街"),
    ("村里的小卖部 山东省菏泽市曹县 青堌集镇 西街", "青堌集镇西街"),
    ("没招牌 就在湖南省衡阳市衡南县 云集镇 中心路", "云集镇中心路"),
])
def test_a_piece_of_the_address_is_never_the_shops_name(answer, place):
    values, error = fill("merchant_name", answer)
    assert "merchant_name" not in values and error is not None
    assert place in values["merchant_address"]


@pytest.mark.parametrize("answer", ["宜宾市翠屏区长江大道18号的鑫源家电城", "鑫源家电城 在宜宾市翠屏区长江大道18号"])
def test_a_shop_named_with_its_address_keeps_its_name(answer):
    values, error = fill("merchant_name", answer)
    assert values["merchant_name"] == "鑫源家电城" and values.get("merchant_address")


@pytest.mark.parametrize("answer", ["北京市朝阳区 望京街道 阜通东大街 6号 方恒购物中心 B1",
                                    "广州市天河区 体育西路 191号", "浙江省温州市鹿城区五马街12号"])
def test_an_address_asked_the_product_goes_to_the_address(answer):
    values, error = fill("product", answer)
    assert "product" not in values and values.get("merchant_address") and error == dialogue.OTHER_FIELD


@pytest.mark.parametrize("answer", ["北京市朝阳区的羊绒大衣", "深圳的房子装修"])
def test_a_product_said_with_a_place_is_still_the_product(answer):
    values, error = fill("product", answer)
    assert values.get("product") and error is None


@pytest.mark.parametrize("platform", ["携程", "美团", "拼多多"])
def test_the_platform_said_twice_as_the_seller_is_no_product(platform):
    held = {"problem": f"{platform}上退票扣了八成手续费", "platform": platform, "product": f"{platform}上退票"}
    assert dialogue.another_field("merchant_name", platform, held) is None


def test_the_account_asked_twice_is_never_set_aside_for_other_facts():
    slots = dict(FULL_COMPLAINT, problem=None, merchant_name=None, requested_slot="problem")
    events, messages = run(forms.ValidateComplaintForm(),
                           tracker("福奈特洗衣（望京店）", slots=slots, active_loop="complaint_form",
                                   events=asked("problem", ["羊绒大衣干洗", "福奈特洗衣（望京店）"])))
    assert "最后再确认" not in " ".join(m.get("text") or "" for m in messages)


@pytest.mark.parametrize("answer, shop, street", [
    ("中国联通（营业厅在成都市武侯区 科华北路 65号）", "中国联通", "科华北路65号"),
    ("中国电信 营业厅在 南宁市青秀区 民族大道 100号", "中国电信", "民族大道100号"),
    ("苏宁易购（店在武汉市洪山区 珞喻路 20号）", "苏宁易购", "珞喻路20号"),
])
def test_the_address_told_with_the_shop_is_kept_whole(answer, shop, street):
    values, _ = fill("merchant_name", answer)
    assert shop in values["merchant_name"] and street in values["merchant_address"]


@pytest.mark.parametrize("answer, paid", [("宽带一年1200", "1200.00"), ("年卡每年398", "398.00"),
                                          ("课程学费8800", "8800.00")])
def test_a_sum_said_with_the_thing_and_how_often_is_the_amount(answer, paid):
    values, _ = fill("merchant_address", answer)
    assert values.get("amount") == paid and "merchant_address" not in values


@pytest.mark.parametrize("answer", ["一月15号", "每月15号", "一年前", "十一月十八", "一月十五"])
def test_a_day_or_a_time_ago_is_no_sum(answer):
    values, _ = fill("purchase_date", answer)
    assert "amount" not in values


@pytest.mark.parametrize("shop, product", [("爱奇艺", "爱奇艺年卡会员"), ("小米", "小米手环8"),
                                           ("海澜之家", "海澜之家羽绒服"), ("诚达二手车", "帕萨特 车行叫诚达二手车")])
def test_the_seller_named_before_the_thing_bought_is_the_shop(shop, product):
    held = {"problem": "开了会员没提醒就自动续费", "product": product}
    assert dialogue.another_field("merchant_name", shop, held) is None
