"""Products whose name begins with a measure character (issue 16): "台式电脑主机" was stored as '式电脑主机', as if
its 台 were the count of a machine; so were 台灯, 条纹衬衫, 床头柜, 桶装水, 袋鼠奶粉 and the like. Only a count said
with its number, or one of the words that never begins a thing ("买了条裤子"), is taken off."""
import pytest

from complaint.extract import find_product, find_story_product, normalise_product


@pytest.mark.parametrize("said, thing", [
    ("台式电脑主机", "台式电脑主机"),
    ("台式机", "台式机"),
    ("护眼台灯", "护眼台灯"),
    ("台灯", "台灯"),
    ("条纹T恤", "条纹T恤"),
    ("床头柜", "床头柜"),
    ("桶装矿泉水", "桶装矿泉水"),
    ("袋鼠牌奶粉", "袋鼠牌奶粉"),
    ("双人床", "双人床"),
    ("箱包", "箱包"),
    ("盒装酸奶", "盒装酸奶"),
    ("瓶装饮料", "瓶装饮料"),
    ("手机支架", "手机支架"),
])
def test_answered_at_the_product_question_the_word_is_kept(said, thing):
    assert normalise_product(said).value == thing


def test_a_desktop_bought_in_a_story_keeps_its_first_character():
    assert find_product("上个月在数码城买了台式机 开机两天就蓝屏") == "台式机"
    assert find_story_product("前阵子在商场买了台式电脑，用了没几天风扇就响得厉害") == "台式电脑"


def test_a_desk_lamp_and_a_striped_shirt_in_a_story():
    assert find_product("网上买的条纹衬衫 洗了一回就缩水") == "条纹衬衫"
    assert find_product("在超市买了台灯 插上电不亮") == "台灯"


def test_a_bedside_cabinet_and_bottled_water():
    assert find_product("家具城买的床头柜 抽屉拉不开") == "床头柜"
    assert find_story_product("小区门口店里订的桶装水，喝了拉肚子") == "桶装水"


def test_a_count_said_with_its_number_is_still_taken_off():
    assert normalise_product("一台台式机").value == "台式机"
    assert find_product("买了一台台灯 开关坏了") == "台灯"
    assert find_product("买了台电视 没几天黑屏") == "电视"


def test_a_count_without_its_one_is_still_taken_off():
    assert find_product("买了条围巾 起球严重") == "围巾"
    assert find_product("买了个护手霜 用了过敏") == "护手霜"
    assert find_product("买了把手电筒 充不进电") == "手电筒"
    assert find_product("买了瓶洗发水 是假的") == "洗发水"
