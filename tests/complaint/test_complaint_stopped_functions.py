"""A function that stopped ("没法出热水了", "无法开机", "刷不开门") tells what went wrong; the consumer's own
saying, knowing or accepting ("我没法确定", "不能肯定", "无法接受") and questions ("能不能快点") do not
(complaint/extract/problem.py, issue 16)."""
import pytest

from actions import dialogue
from complaint import extract as ex
from complaint.extract.problem import normalise_problem


@pytest.mark.parametrize("text", [
    "热水器装好一个月就没法出热水了", "投影仪突然无法开机", "新买的路由器连不上网", "门禁卡刷不开门",
    "扫地机器人不能自动回充", "电动牙刷没办法正常使用", "烤箱点不着火", "微波炉不能转了", "电话一直打不通",
])
def test_a_function_that_stopped_names_trouble(text):
    assert ex.names_trouble(text)
    assert ex.find_problem(text)
    assert normalise_problem(text).value


@pytest.mark.parametrize("text", [
    "这个我没法确定", "日子不能肯定", "我也无法理解", "这事我没法接受", "你们能不能快点", "不能再拖了",
    "我不能说", "具体哪天想不起来了", "说不出来是哪家", "可不可以匿名", "电话我不能留",
])
def test_the_consumers_own_saying_knowing_or_asking_names_no_trouble(text):
    assert not ex.names_trouble(text)
    assert ex.find_problem(text) is None


@pytest.mark.parametrize("text", [
    "在国美买的洗碗机用了两周就不能烘干了", "充电宝才买三天就无法给手机充电",
    "家里的净水器没法出水，师傅来了两次还是一样",
])
def test_a_stopped_function_said_with_what_happened_is_no_vague_account(text):
    # told what went wrong: the form does not ask again what exactly happened
    assert not dialogue.vague_account(text)


@pytest.mark.parametrize("said, refused", [
    ("网上买的鞋子不退", "网上买的鞋子不能退"), ("空调坏了不给修", "空调坏了无法修"), ("店里不给换", "店里没法换"),
])
def test_a_refusal_said_with_a_modal_is_still_only_the_dispute(said, refused):
    # "不能退" is the merchant's answer, like "不退": what went wrong is still asked
    assert dialogue.vague_account(said) == dialogue.vague_account(refused)


# A person said after 商家是 ("商家是我投诉的", "他们自己开的") is never the shop's name; a name that
# starts like one ("我爱我家小吃") still is when it is called one.
def test_a_person_after_merchant_is_no_name():
    from complaint import extract as ex

    for said in ("会不会告诉商家是我投诉的？", "商家是我朋友介绍的", "商家是他们推荐给我的"):
        assert ex.extract_all(said).get("merchant_name") is None, said
    assert ex.extract_all("商家叫我爱我家小吃").get("merchant_name") == "我爱我家小吃"
    assert ex.extract_all("在我家楼下的永辉超市买的").get("merchant_name") == "永辉超市"
    assert ex.normalise_merchant("你我他便利店（北门店）").value == "你我他便利店（北门店）"


# Only part of it works ("只有一边响"): trouble told, an answer to the problem question (it was read as
# no problem, and its first words as the product: "耳机只")
@pytest.mark.parametrize("said", ["蓝牙音箱只有左边有声音", "热水器只剩一档能用", "台灯只有一半能亮",
                                  "充电宝只能充到60"])
def test_only_part_of_it_working_is_trouble(said):
    assert normalise_problem(said).value == said


@pytest.mark.parametrize("said", ["我就只有一个要求", "只要把钱退给我", "只有收据没有发票"])
def test_only_without_a_part_that_works_is_no_trouble(said):
    assert normalise_problem(said).value is None


@pytest.mark.parametrize("said, thing", [("电饭煲只保温不煮饭", "电饭煲"), ("投影仪就是不亮", "投影仪"),
                                         ("路由器老是掉线", "路由器"), ("吹风机突然不热了", "吹风机")])
def test_the_thing_ends_before_the_adverb_of_what_it_does(said, thing):
    assert ex.find_story_product(said) == thing
