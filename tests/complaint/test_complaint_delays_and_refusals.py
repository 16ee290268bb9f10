"""Trouble told as lateness or as a thing not allowed (issue 16, the eighteenth round): "拖了两个月工期", "延期交房",
"到现在还没装完", "物业不让装充电桩" name what went wrong; a consumer urging ("别再拖了", "不能再拖了") or asking for
more time tells nothing. Wordings of our own."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said", ["橱柜厂拖了两个月还没送", "开发商延期交房快一年了", "合同写六十天 现在逾期一个多月",
                                  "工期早过了 瓦工还没来", "新房到现在还没装完", "手机送修二十天还没修好"])
def test_lateness_past_what_was_agreed_names_trouble(said):
    assert ex.names_trouble(said) and ex.find_problem(said)


@pytest.mark.parametrize("said", ["小区物业不让业主装充电桩", "商场不让带小孩进去试衣服 说是规定",
                                  "健身房不允许转卡 也不给退"])
def test_a_thing_not_allowed_names_trouble(said):
    assert ex.names_trouble(said)


@pytest.mark.parametrize("said", ["您别再拖了 赶紧处理", "不能再拖了 麻烦快点", "衣服太长拖地", "拖鞋"])
def test_urging_or_the_word_alone_names_no_trouble(said):
    assert not ex.names_trouble(said)


@pytest.mark.parametrize("said", ["电热毯插上电一点都不热", "新买的冰柜不冷 东西都化了", "洗碗机洗不干净 碗上全是油",
                                  "空调开到十六度还是不凉"])
def test_what_it_is_for_not_done_names_trouble(said):
    assert ex.names_trouble(said) and ex.find_problem(said)


@pytest.mark.parametrize("said", ["今年冬天不冷", "这款不热销", "请冷静一下", "天气不热了再去"])
def test_weather_and_sales_name_no_trouble(said):
    assert not ex.names_trouble(said)


@pytest.mark.parametrize("said", ["奶茶店挂的是别人的证", "那家诊所借别人的执照开的", "用别人家的营业执照在卖酒"])
def test_a_licence_not_its_own_names_trouble(said):
    assert ex.names_trouble(said)


@pytest.mark.parametrize("said, kind", [("我有录屏", "录屏"), ("直播回放我都留着", "直播回放"),
                                        ("店里的录像我保存了", "录像")])
def test_a_screen_recording_or_replay_held_is_proof(said, kind):
    assert ex.find_evidence(said) == kind and not ex.find_product(said)


@pytest.mark.parametrize("said", ["录像机坏了", "买的录屏软件用不了"])
def test_a_recorder_or_recording_software_bought_is_no_proof(said):
    assert ex.find_evidence(said) is None
