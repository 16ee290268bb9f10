"""A business pointed at but not named ("贵公司", "某物流公司", "该店"), a one-character kind ("馕店", "鞋店"),
or the story run on into a kind ("老板跑路后门店") is no name: the form asks for it. The name read off the
sign or the platform after the word for it ("牌子上写着…", "卖家昵称…") is the name."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said", ["本人在贵公司办理的宽带业务，多次报修无人处理", "在某装修公司装的房子 墙面全裂了",
                                  "该店拒绝退款", "我要举报一个鞋店卖假货"])
def test_a_business_pointed_at_in_a_story_is_no_name(said):
    assert ex.extract_all(said).get("merchant_name") is None


@pytest.mark.parametrize("said", ["贵公司", "某装修公司", "该店", "就是你们公司"])
def test_a_business_pointed_at_is_no_answer_to_the_name(said):
    assert ex.normalise_merchant(said).value is None


@pytest.mark.parametrize("said", ["在健身房办的年卡，老板跑路后门店就没人了", "教练辞职以后机构不给上课了"])
def test_the_story_run_into_a_kind_of_shop_is_no_name(said):
    assert ex.find_merchant(said) is None


@pytest.mark.parametrize("said, name", [("没名字的小摊 招牌上写着 王姐麻辣烫", "王姐麻辣烫"),
                                        ("店铺名：小美优选", "小美优选"), ("主播的网名叫 甜甜好物", "甜甜好物"),
                                        ("贵州茅台专卖店", "贵州茅台专卖店"), ("本来生活", "本来生活")])
def test_the_name_on_the_sign_or_the_platform_is_the_name(said, name):
    assert ex.normalise_merchant(said).value == name


@pytest.mark.parametrize("said, name", [("孙 子小孙 明辉", "孙明辉"), ("陈 耳东陈 思思", "陈思思"),
                                        ("张 弓长张 伟", "张伟")])
def test_a_surname_spelt_between_it_and_the_given_name_makes_one_name(said, name):
    assert ex.normalise_name(said).value == name


@pytest.mark.parametrize("said, name", [("我爸叫周德福 我叫周敏 写我爸的", "周德福"),
                                        ("我叫吴倩 我妈叫何秀英 写我的就行", "吴倩"),
                                        ("我奶奶叫钱桂兰 登记她的名字", "钱桂兰")])
def test_of_two_names_said_the_one_to_put_down_is_taken(said, name):
    assert ex.normalise_name(said).value == name
    assert ex.extract_all(said).get("complainant_name") == name


@pytest.mark.parametrize("said", ["我们单位委托某快递公司寄的样品坏了", "我要举报一个黑诊所",
                                  "家电维修部修坏了我的冰箱", "在汽车美容店洗的车被刮了",
                                  "我喺理发店剪咗个头 剪得好核突"])
def test_an_unlicensed_kind_or_what_a_shop_does_is_no_name(said):
    assert ex.extract_all(said).get("merchant_name") is None


@pytest.mark.parametrize("said, name", [("飞鱼网吧", "飞鱼网吧"), ("蓝调酒吧", "蓝调酒吧"),
                                        ("格力专卖店", "格力专卖店"), ("老周手机维修店", "老周手机维修店")])
def test_names_ending_like_a_kind_keep_their_own_part(said, name):
    assert ex.normalise_merchant(said).value == name


@pytest.mark.parametrize("said", ["公司名字不用写", "店名不需要吧", "名称别写了"])
def test_words_about_the_form_are_no_name(said):
    assert ex.normalise_merchant(said).value is None
