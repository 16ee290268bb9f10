"""A merchant's name as the consumer tells it (all wordings our own): a platform's own shop of a brand keeps the
platform ("天猫自营的…" is no "自营的…"); a person with no company is named by what he does and how he is called
(never a bare "姓王"); the part of a name the consumer cannot recall ("什么") is no part of it."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said, name", [("京东自营的海尔官方旗舰店", "京东自营海尔官方旗舰店"),
                                        ("京东上的自营小米旗舰店", "京东自营小米旗舰店"),
                                        ("就是京东直营的九阳旗舰店", "京东直营九阳旗舰店")])
def test_a_platforms_own_shop_keeps_the_platform(said, name):
    assert ex.normalise_merchant(said).value == name


@pytest.mark.parametrize("said, name", [
    ("没公司，就是个包工头，姓赵，工友都叫他老赵", "包工头老赵"),
    ("一个装修师傅 叫孙志强", "装修师傅孙志强"),
    ("就是个瓦工，姓何", "何姓瓦工"),
    ("个人，叫郑国华，没有店", "郑国华"),
])
def test_a_person_with_no_company(said, name):
    assert ex.normalise_merchant(said).value == name


@pytest.mark.parametrize("said", ["老周装修队 就一个包工头叫周大海", "叫诚信家装 老板姓吴"])
def test_a_shops_name_beside_the_person_is_the_name(said):
    assert "姓" not in (ex.normalise_merchant(said).value or "姓")


@pytest.mark.parametrize("said, name", [("福瑞康什么健康科技公司", "福瑞康健康科技公司"),
                                        ("好像叫金百合什么酒店", "金百合酒店"),
                                        ("叫什么来着 德隆生物科技有限公司", "德隆生物科技有限公司")])
def test_the_part_not_recalled_is_left_out(said, name):
    assert ex.normalise_merchant(said).value == name


def test_not_knowing_the_name_at_all_is_still_said_so():
    assert ex.normalise_merchant("叫什么不知道").value is None
