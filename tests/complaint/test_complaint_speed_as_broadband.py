"""A line's speed named alone as what was bought is broadband of that speed (issue 16): "办了千兆 测速才一百兆"
stored the product '千兆', no product a clerk would write."""
from complaint.extract import find_product, find_story_product, normalise_product


def test_gigabit_bought_in_a_story():
    assert find_story_product("上个月办了千兆 晚上网速只有几十兆") == "千兆宽带"


def test_gigabit_installed_found_in_free_text():
    assert find_product("家里装了个千兆 一到晚上就卡") == "千兆宽带"


def test_a_speed_answered_alone():
    assert normalise_product("500M").value == "500M宽带"


def test_a_speed_said_with_its_service_is_kept_as_said():
    assert find_product("办的两百兆宽带 老是断网") == "两百兆宽带"


def test_other_things_bought_unchanged():
    assert normalise_product("路由器").value == "路由器"
