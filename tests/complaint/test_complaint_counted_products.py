"""The product read after the buying (issue 16): how many is no part of the thing's name.

"买了一床" was stored as the product '一床'; "买了条裤子" as '条裤子' (the 一 dropped in speech leaves the
measure word); "蚕丝被" was cut at 被 as if it began a passive."""
from complaint.extract import find_product, find_story_product, normalise_product


# a count and one character: how many of a thing named elsewhere, not its name
def test_a_count_of_beds_is_no_product():
    assert find_product("老人家被忽悠着买了一床 两万多") is None
    assert find_story_product("老人家被忽悠着买了一床 两万多") is None


def test_the_thing_named_before_its_count_is_found():
    assert find_product("店里一直推那种理疗床垫，我爸后来也买了一床") == "床垫"


def test_tables_counted_at_a_banquet_are_no_product():
    assert find_story_product("寿宴订了十二桌 菜少了两道") is None
    assert find_product("寿宴订了十二桌 菜少了两道") is None


# the measure word said without its 一
def test_a_dropped_one_before_trousers():
    assert find_product("网上买了条牛仔裤 洗一次就掉色") == "牛仔裤"


def test_a_dropped_one_before_an_umbrella():
    assert find_story_product("超市买了把折叠伞 打开就散架") == "折叠伞"


def test_a_dropped_one_before_a_lipstick_answered():
    assert normalise_product("买了支唇膏").value == "唇膏"


def test_words_that_begin_like_a_measure_are_kept():
    assert find_product("买了条形码扫描枪 扫不出来") == "条形码扫描枪"
    assert find_product("办了副卡 每个月乱扣钱") == "副卡"


# a quilt: 被 after what it is filled with
def test_silk_quilt_kept_whole():
    assert find_story_product("买了一床桑蚕丝被 盖了两天就结团") == "桑蚕丝被"


def test_down_quilt_kept_whole():
    assert find_product("商场买的鹅绒被 一直往外钻毛") == "鹅绒被"


def test_a_passive_after_a_thing_still_ends_it():
    assert find_product("买的电饭煲被摔坏了") == "电饭煲"
