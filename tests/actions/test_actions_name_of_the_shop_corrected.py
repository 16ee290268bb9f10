"""'名字是…' said of a shop ("名字是诚艺家装工作室") corrects the shop's name, not the consumer's; a person's
name after 名字 stays the consumer's. "人工加材料" is the labour paid for, never a request for a person."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import re

import pytest

from actions import dialogue

HELD = {"merchant_name": "顺达装饰工作室", "complainant_name": "林晓东", "phone": "13912345678"}


@pytest.mark.parametrize("said, value", [
    ("不对 名字是顺发装饰工作室 发财的发", "顺发装饰工作室"),
    ("刚才打错了 名字叫金鼎家具城", "金鼎家具城"),
    ("名字应该是老王汽修店", "老王汽修店"),
])
def test_a_shops_name_after_mingzi_corrects_the_shop(said, value):
    field, got = dialogue.correction(said, filled=HELD)
    assert field == "merchant_name" and value in str(got)


def test_a_persons_name_after_mingzi_corrects_the_consumer():
    assert dialogue.correction("名字写错了 是林晓冬", filled=HELD) == ("complainant_name", "林晓冬")


@pytest.mark.parametrize("said", ["人工加材料 八千五", "人工和材料一共三千", "人工+辅料两千"])
def test_labour_paid_is_no_request_for_a_person(said):
    assert not re.search(dialogue.PERSON, said)
    assert re.search(dialogue.PERSON, "帮我转人工")


@pytest.mark.parametrize("said, field, value", [
    # the value it is not is the one held: that field is corrected, whatever other field is named in passing
    ("不好意思 不是百草味 是盐津铺子旗舰店 我把订单看串了", "merchant_name", "盐津铺子旗舰店"),
    ("搞错了 不是空气净化器 是加湿器 订单里两个东西", "product", "加湿器"),
    ("不是华联超市，是物美超市，小票我拿错了", "merchant_name", "物美超市"),
])
def test_the_value_it_is_not_names_the_field_over_a_field_said_in_passing(said, field, value):
    held = {"merchant_name": "百草味官方旗舰店" if "百草味" in said else "华联超市", "product": "空气净化器",
            "problem": "收到就坏了"}
    assert dialogue.correction(said, filled=held) == (field, value)


@pytest.mark.parametrize("said, value", [
    # two sums told, and the one to write down named
    ("金额我说的是办卡的3000 卡里还剩1850 你记剩的1850吧", "1850.00"),
    ("一共交了两千 退了我五百 金额就写一千五", "1500.00"),
    ("我写的是888 那是原价 实际付的698 按实际的填", "698.00"),
])
def test_the_sum_asked_to_be_written_down_is_the_new_amount(said, value):
    assert dialogue.correction(said, filled={"amount": "3000.00", "merchant_name": "悦心美容"}) == ("amount", value)
