"""The thing bought, as people put it in a story: named before the buying ("净水器刚装的"), with what
they say of it after a pause ("…买了 压根没法用"), beside things of the home the trouble harmed
("…地板全泡了"); and a shop's name said after who runs it ("我表哥开的…")."""
from __future__ import annotations

import pytest

from complaint import extract as ex


@pytest.mark.parametrize("story, thing", [
    ("这台投影仪买了 压根看不清", "投影仪"),           # the adverb begins what is said of it
    ("钢琴课报了 完全没人教", "钢琴课"),
    ("Python课程买了 实在太水了", "Python课程"),
    ("空气炸锅刚买的 第二次用就不热了", "空气炸锅"),
])
def test_a_thing_named_before_its_buying_is_the_thing(story, thing):
    assert ex.find_story_product(story) == thing
    assert ex.find_product(story) == thing


@pytest.mark.parametrize("story", [
    "鞋买了 根本穿不进去",       # a bare word of one character: asked
    "昨天买的 根本打不开",       # when, not what
    "朋友圈买的 确实是假的",     # where, not what
    "直播间买的 居然是空盒子",
])
def test_what_follows_a_pause_and_an_adverb_is_no_thing(story):
    found = ex.find_story_product(story)
    assert found is None or found not in story.split(" ", 1)[1]


@pytest.mark.parametrize("story, thing", [
    ("前年家里装的新风系统 今年一开就有怪味", "新风系统"),
    ("安装了一台燃气壁挂炉 用了一周就点不着火", "燃气壁挂炉"),
    ("刚装的净水器 接口一直滴水", "净水器"),
])
def test_a_thing_installed_for_the_consumer_is_what_was_bought(story, thing):
    assert ex.find_story_product(story) == thing


@pytest.mark.parametrize("story", [
    "楼上暖气片爆了 地板全泡了",
    "热水管崩开 沙发都被烫坏了",
    "顶上渗水 衣柜跟着发霉",
])
def test_things_harmed_by_the_trouble_are_not_what_was_bought(story):
    assert ex.find_story_product(story) is None


@pytest.mark.parametrize("answer, name", [
    ("我表姐开的小鹿烘焙 就在菜场边上", "小鹿烘焙"),
    ("一个宝妈开的甜心手作", "甜心手作"),
    ("群主自己开的鲜果时光", "鲜果时光"),
    ("新开的好邻居便利店", "好邻居便利店"),
])
def test_a_shop_named_after_who_runs_it_is_its_name(answer, name):
    assert ex.normalise_merchant(answer).value == name


@pytest.mark.parametrize("answer", ["医生开的药", "开的发票上没写", "老乡开的饭馆"])
def test_what_was_issued_or_a_bare_kind_after_run_by_is_no_name(answer):
    assert ex.normalise_merchant(answer).value is None


@pytest.mark.parametrize("answer", [
    "这样算不算消费欺诈呀",
    "他们这种属于霸王条款吧",
    "算违规经营吧",
    "那这个构不构成诈骗",
])
def test_a_question_about_the_law_said_for_the_shop_is_no_name(answer):
    assert ex.normalise_merchant(answer).value is None


@pytest.mark.parametrize("answer, name", [("这家叫算盘子小吃", "算盘子小吃"), ("就是那家华联超市", "华联超市")])
def test_a_name_said_after_a_pointer_is_still_read(answer, name):
    assert ex.normalise_merchant(answer).value == name


@pytest.mark.parametrize("story, thing", [
    ("我的手机卡 突然停机了", "手机卡"),                  # the longer list word, not 手机
    ("电动自行车买回来刹车就失灵", "电动自行车"),
    ("扫地机器人买了三天就不回充", "扫地机器人"),
])
def test_the_longest_word_the_list_knows_is_the_thing(story, thing):
    assert ex.find_story_product(story) == thing


@pytest.mark.parametrize("story, thing", [
    ("以旧换新的电视机 旧电视说好抵五百只抵了两百", "电视机"),   # how it was paid is no part of its name
    ("以旧换新旧冰箱折了三百 新的一直不制冷", "冰箱"),
    ("以旧换新时的油烟机 旧机没给抵钱", "油烟机"),
])
def test_how_it_was_paid_is_no_part_of_the_thing(story, thing):
    assert ex.find_story_product(story) == thing


@pytest.mark.parametrize("story, thing", [
    ("智能手表买了测心率根本不准", "智能手表"),      # the clause goes on after the buying
    ("年夜饭预订了 酒楼临时涨价", "年夜饭"),
    ("降噪耳机入手了两周就没声了", "降噪耳机"),
])
def test_the_thing_before_its_buying_when_the_clause_goes_on(story, thing):
    assert ex.find_story_product(story) == thing


@pytest.mark.parametrize("story", ["平板电脑店换了个屏 原装的配件也被换了", "修理铺换了块电池 充电器也不见了",
                                   "物流运的沙发 到了腿断了"])  # the goods or the carriage: which is asked
def test_a_repair_or_a_carriage_leaves_the_service_to_ask(story):
    assert ex.find_story_product(story) is None


@pytest.mark.parametrize("answer, thing", [
    ("丧葬一条龙套餐", "丧葬一条龙套餐"),     # words that describe the package, before it
    ("婚庆一条龙套餐", "婚庆一条龙套餐"),
    ("整屋定制衣柜", "整屋定制衣柜"),
])
def test_an_answer_naming_the_thing_before_its_list_word_keeps_the_name(answer, thing):
    assert ex.normalise_product(answer).value == thing


@pytest.mark.parametrize("answer", ["坏掉的手机", "他们的套餐", "一直用的套餐"])
def test_a_sentence_before_the_list_word_is_no_part_of_the_name(answer):
    assert ex.normalise_product(answer).value != answer


@pytest.mark.parametrize("answer, things", [
    ("换机油 还有机滤", "换机油和机滤"),
    ("补牙 以及洗牙", "补牙和洗牙"),
    ("上门清洗 外加消毒", "上门清洗和消毒"),
])
def test_two_things_named_as_one_list_are_joined(answer, things):
    assert ex.normalise_product(answer).value == things


@pytest.mark.parametrize("story, thing", [
    ("直播间买的真丝睡衣 到手是化纤的 上周三买的 两百九", "真丝睡衣"),   # when it was bought is no thing
    ("双十一买的 充电宝 一周就鼓包", "充电宝"),
    ("昨天下午买的 榴莲 打开是坏的", "榴莲"),
])
def test_when_it_was_bought_said_before_the_buying_is_no_thing(story, thing):
    assert ex.find_story_product(story) == thing
