"""The product answered as a plan (issue 16).

- 有 inside a word (有线, 有机, 有声) is no verb that ends the name: "有线电视宽带融合套餐" was read as '电视'.
- What came free with it, said after ("199元合约套餐 送的手机"), is not what was bought: '手机' was stored.
- A plan named with its monthly price ("199元合约套餐") keeps the price as part of its name."""
from complaint.extract import find_product, normalise_product


def test_a_wired_tv_and_broadband_bundle():
    assert normalise_product("有线电视宽带融合套餐").value == "有线电视宽带融合套餐"


def test_organic_and_audio_names_keep_their_first_word():
    assert normalise_product("有机蔬菜礼盒").value == "有机蔬菜礼盒"
    assert find_product("超市买的有机大米 里面有虫子") == "有机大米"


def test_a_verb_of_having_still_ends_the_name():
    assert find_product("买的挂面有霉点") == "挂面"


def test_a_phone_given_with_a_plan_is_no_product():
    assert normalise_product("128元畅享套餐 送的手机").value == "128元畅享套餐"
    assert normalise_product("宽带 还送了路由器").value == "宽带"


def test_the_gift_said_alone_is_still_the_answer():
    assert normalise_product("赠品耳机").value == "赠品耳机"


def test_a_plan_with_its_price():
    assert normalise_product("59元的流量套餐").value == "59元的流量套餐"


# a model said apart before the service done on it
def test_a_model_then_the_repair_done_on_it():
    assert normalise_product("红米12 手机换电池").value == "红米12手机换电池"


def test_a_model_then_the_screen_replaced():
    assert normalise_product("vivo X90 手机维修").value.startswith("vivo X90手机")


def test_a_model_then_the_kind_alone_is_as_before():
    assert normalise_product("小米13 手机").value == "小米13手机"
