"""Said as people say it: names surname first or spelt out, and "刚才" that is about the talk, not the purchase."""
import pytest

from actions import dialogue
from complaint.extract import normalise_name
from complaint.extract.text import ERR_PARTIAL


@pytest.mark.parametrize("said, name", [
    ("我姓刘 刘海波", "刘海波"),
    ("免贵姓孙，叫孙丽娟", "孙丽娟"),
    ("姓郑 全名郑一鸣", "郑一鸣"),
    ("本人姓上官 上官婉清", "上官婉清"),
    ("我姓胡，古月胡，胡东升", "胡东升"),
    ("何小燕 人可何", "何小燕"),
    ("赵磊，走肖赵的赵", "赵磊"),
    ("我叫程远 禾口程", "程远"),
    ("许倩 是言午许", "许倩"),
    ("章立新 立早章 电话不方便给", "章立新"),
    ("叶青 口十叶", "叶青"),
    # after 姓 no space is needed: the marker says where the surname ends
    ("我姓邱邱志强", "邱志强"),
    ("免贵姓宋叫宋雨桐", "宋雨桐"),
    ("我姓司马司马光明。", "司马光明"),
])
def test_common_ways_of_saying_a_name(said, name):
    assert normalise_name(said).value == name


@pytest.mark.parametrize("said", ["木子李", "我姓黄", "免贵姓黄"])
def test_a_surname_alone_is_only_part_of_a_name(said):
    assert normalise_name(said).error == ERR_PARTIAL


def test_a_stated_surname_that_the_name_does_not_begin_with_is_no_name():
    assert normalise_name("我姓周 叫李建军").value is None


@pytest.mark.parametrize("said, name", [("我姓冯 冯德伦", "冯德伦"), ("邓超，双又邓的邓", "邓超"),
                                        ("王 王建国", "王建国")])
def test_the_complaint_form_takes_the_name_as_said(said, name):
    values, error = dialogue.fill_from_message({"text": said, "intent": {"name": "inform"}}, "complaint_form",
                                               "complainant_name", {"problem": "买的电饭煲煮饭夹生"})
    assert values.get("complainant_name") == name
    assert (error is None) == (name is not None)


@pytest.mark.parametrize("said, name", [("我姓冯 冯德伦", "冯德伦"), ("免贵姓欧阳，叫欧阳明", "欧阳明")])
def test_a_name_said_when_asked_the_demand_is_the_name_not_the_demand(said, name):
    values, _ = dialogue.fill_from_message({"text": said, "intent": {"name": "inform"}}, "complaint_form",
                                           "demand", {"problem": "买的电饭煲煮饭夹生"})
    assert values.get("complainant_name") == name and "demand" not in values


@pytest.mark.parametrize("said, bought_today", [
    ("就是我刚才说的那个 乱扣费", False), ("刚才跟你讲过了 手机黑屏", False), ("刚才不是告诉你了吗", False),
    ("刚才在楼下买的包子", True), ("刚刚下单的", True),
])
def test_just_now_is_the_purchase_date_only_when_it_is_about_buying(said, bought_today):
    from complaint.extract import find_date, today_in_china
    assert (find_date(said) == today_in_china().isoformat()) == bought_today


@pytest.mark.parametrize("form, taken", [("complaint_form", False), ("report_form", True)])
def test_a_nickname_does_for_a_report_but_a_complaint_asks_the_full_name(form, taken):
    values, error = dialogue.fill_from_message({"text": "叫我小郑就行", "intent": {"name": "inform"}}, form,
                                               "complainant_name", {"problem": "药店卖过期药", "anonymous": False})
    assert (values.get("complainant_name") == "小郑") == taken
    assert (error == "partial") == (not taken)
    if not taken:
        assert "全名" in dialogue.reask("complainant_name", error, form)


@pytest.mark.parametrize("said", ["牛奶", "电饭煲"])
def test_the_thing_bought_said_at_the_name_question_is_no_name(said):
    values, error = dialogue.fill_from_message({"text": said, "intent": {"name": "inform"}}, "complaint_form",
                                               "complainant_name", {"problem": "买到过期货", "product": said})
    assert "complainant_name" not in values and error is not None
