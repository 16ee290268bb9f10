"""Read from a long story (issue 16).

- A card, course or package that covers two things joined before it ("游泳+羽毛球的年卡") was read as the first
  thing alone ('游泳'): it is one name, the card's.
- Upkeep the business does ("泳池检修暂停") is no repair asked for, and an account it would not give ("也不给说法")
  is no apology asked for: both were added to the demand of a story that asked only the money back."""
from complaint.extract import find_demands, find_product, find_story_product, normalise_product


# a card of two things
def test_a_card_for_two_sports_in_a_story():
    said = "上个月在小区门口的健身房给女儿办了跆拳道+舞蹈的季卡，花了2600，现在门都锁了"
    assert find_product(said) == "跆拳道舞蹈季卡"
    assert find_story_product(said) == "跆拳道舞蹈季卡"


def test_a_course_of_two_subjects():
    assert find_product("报了物理加化学的辅导班 老师教得一塌糊涂") == "物理化学辅导班"


def test_a_card_of_two_answered_at_the_product_question():
    assert normalise_product("瑜伽和普拉提的次卡").value == "瑜伽普拉提次卡"
    assert normalise_product("洗车＋打蜡的会员卡").value == "洗车打蜡会员卡"


def test_who_shares_the_card_is_no_part_of_it():
    assert normalise_product("我和老婆的会员卡").value == "会员卡"


# upkeep and an account refused, told in the story
def test_upkeep_of_the_pool_is_no_repair_asked_for():
    said = "球馆贴了告示说场地检修，关了一个多月，要求退剩下的钱"
    assert find_demands(said) == ["退款"]


def test_an_account_not_given_is_no_apology_asked_for():
    assert find_demands("店里推来推去也不给说法 要求全额退款") == ["退款"]
    assert find_demands("物业一直没个交代 我要求赔偿") == ["赔偿"]


def test_an_account_asked_for_is_still_read():
    assert find_demands("退钱 还要给我个说法") == ["退款", "赔礼道歉"]
    assert find_demands("不给说法就不走了 必须给个说法") == ["赔礼道歉"]
    assert find_demands("尽快修好") == ["维修"]
    assert find_demands("派人上门给我检修 查不出来就换") == ["维修", "换货"]
