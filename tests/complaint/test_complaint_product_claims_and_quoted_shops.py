"""The product read from a story (issue 16), without what surrounds it.

- What it was labelled or claimed to be, run on after it ("金镯子标三十克") is the claim the problem keeps, no part of
  the name.
- A bare word for "the service" ("我没订的业务", "做的项目") says not which one: nothing is read (the form asks), rather
  than storing the word.
- Where a shop is, said before its name in quotes ("订了桂林阳朔“…度假酒店”的房间"), is no product."""
from complaint.extract import extract_all, find_demands, find_product, find_story_product, normalise_product


# the label's claim
def test_a_weight_on_the_label_ends_the_name():
    assert find_story_product("买的银手链标二十克 回家一称十七克") == "银手链"
    assert normalise_product("金吊坠标五克").value == "金吊坠"


def test_what_a_coat_is_claimed_to_be():
    assert find_product("网上买的棉服号称白鹅绒 剪开全是碎布") == "棉服"
    assert normalise_product("羽绒被 号称九五白鸭绒").value == "羽绒被"


def test_what_the_tag_or_wrapper_says():
    assert find_product("超市买的腊肉吊牌写着无添加 结果查出防腐剂") == "腊肉"
    assert normalise_product("围巾 标签上写的纯羊绒").value == "围巾"


def test_words_with_a_label_inside_them_are_kept():
    assert normalise_product("标签打印机").value == "标签打印机"
    assert normalise_product("商标贴纸").value == "商标贴纸"


# a bare word for the service
def test_a_service_nobody_ordered_names_no_product():
    assert find_product("电信一直扣钱 我没开的业务扣了三个月") is None
    assert "product" not in extract_all("联通乱扣费 不知道哪来的业务")


def test_a_treatment_called_only_a_project():
    assert find_story_product("在美容店做的项目 做完脸上起疹子") is None


def test_the_service_named_is_still_read():
    assert find_product("移动私自开通了视频彩铃业务 每月扣十块") == "视频彩铃业务"


# a place before a shop named in quotes
def test_a_town_before_a_quoted_hotel_is_no_product():
    said = "在同程订了黄山汤口镇“云谷山居度假酒店”两晚的房间 到店说满房"
    assert find_product(said) is None
    assert find_story_product(said) is None


def test_a_district_before_a_quoted_inn():
    assert find_product("在去哪儿订了丽江古城“青石板客栈”的房间 到了没房") is None


def test_a_brand_before_its_product_in_quotes_is_kept():
    assert find_product("买了良品铺子“每日坚果”礼盒 发霉了") == "良品铺子"


# a service switched on without asking, told, is no demand
def test_a_service_switched_on_is_told_not_asked():
    assert find_demands("运营商给我开通了会员 每月自动扣费") == []
    assert find_demands("赶紧给我开通") == ["继续履行"]
