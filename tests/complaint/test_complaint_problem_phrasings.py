"""What went wrong, in the words people use for charges never agreed, promises broken and
services that failed: each is an account of a complaint."""
import pytest

from actions import dialogue
from complaint import extract as ex


@pytest.mark.parametrize("story", [
    "投诉中国移动 我的手机号被莫名其妙开通了咪咕视频会员 每个月扣二十五 扣了半年了 我从来没订过",
    "快递员不送上门 每次都直接扔驿站",
    "民宿照片和实际完全不一样 房间有霉味",
    "装修公司收了钱不干活 现在联系不上了",
    "美容院做的双眼皮一边大一边小",
    "家里没信号 报修一个月没人管",
])
def test_an_account_of_what_went_wrong(story):
    assert ex.find_problem(story)


def test_a_complaint_told_at_the_status_question_is_a_complaint():
    assert dialogue.tells_a_complaint("投诉中国移动 我的手机号被莫名其妙开通了咪咕视频会员 每个月扣二十五 我从来没订过")


@pytest.mark.parametrize("said, amount", [("交的是4800 我刚看了收据", "4800.00"), ("其实付了3200", "3200.00")])
def test_a_sum_corrected_at_the_summary_in_paying_words(said, amount):
    assert dialogue.correction(said) == ("amount", amount)


@pytest.mark.parametrize("said, held, amount", [
    ("钱不对 是三千六百九 3690", "3990.00", "3690.00"),
    ("押金是三千 不是两千", "2000.00", "3000.00"),   # the value it is not names the field
])
def test_a_sum_corrected_without_its_field_name(said, held, amount):
    assert dialogue.correction(said, filled={"amount": held, "product": "装修押金"}) == ("amount", amount)


@pytest.mark.parametrize("story, vague", [
    ("热水器买了半年就坏了商家不给修", True),    # broke, and they refuse: what is wrong with it is asked
    ("直播买的东西不给退", True),
    ("洗衣店把我衣服洗坏了", True),
    ("在华润万家买的猪肉有问题", True),
    ("冰箱不制冷", False),
    ("手机买回来就是坏的 屏幕有条线", False),
    ("热水器漏水 把楼下都泡了", False),
    ("电话费乱扣的", False),
])
def test_an_account_that_only_says_it_broke_or_was_refused(story, vague):
    assert dialogue.vague_account(story) is vague


@pytest.mark.parametrize("answer", ["就是直播买的手机", "网上买的衣服"])
def test_what_was_bought_is_no_account_of_what_went_wrong(answer):
    assert ex.normalise_problem(answer).value is None


@pytest.mark.parametrize("said, phone", [
    ("电话最后一位是1 不是0", "18510203041"),
    ("尾号是5678", "18510205678"),
    ("后四位应该是1234", "18510201234"),
    ("手机号最后一位是7 13855123457", "13855123457"),   # the whole number said wins
])
def test_a_phone_corrected_by_its_last_digits(said, phone):
    assert dialogue.correction(said, filled={"phone": "18510203040"}) == ("phone", phone)


@pytest.mark.parametrize("text", ["早上菜市场门口一个流动摊贩卖病死猪肉", "有个摊贩卖注水肉", "村里小卖部在卖假烟",
                                  "那家作坊私宰生猪", "五金店卖劣质电线", "这家超市的牛奶不合格", "他们售假"])
def test_unlawful_goods_a_report_names_are_what_went_wrong(text):
    assert ex.find_problem(text)


@pytest.mark.parametrize("text", ["买了两斤猪肉", "假期去的", "请假了没去成", "在合格证上看到的厂名"])
def test_goods_and_leave_words_alone_are_no_trouble(text):
    assert ex.find_problem(text) is None
