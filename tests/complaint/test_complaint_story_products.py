"""The thing bought, read from a story: taken where the words say it was bought or what the
story is about; a word used for something else in the story is no answer, and the form asks."""
import pytest

from actions import dialogue
from complaint import extract as ex


@pytest.mark.parametrize("story, product", [
    ("上个月买的那个扫地机器人，用了一周就不转了", "扫地机器人"),
    ("给孩子报的编程课，机构跑路了", "编程课"),
    ("网上买了一双耐克跑鞋，穿了两天就开胶了", "耐克跑鞋"),
    ("进口红酒喝着像兑了水", "进口红酒"),          # the head is 红酒, not 口红
    ("直播间买的黄金吊坠 克重不够", "黄金吊坠"),      # the whole name after 买的, not its first word
    ("买的手机壳碎了", "手机壳"),
    ("牛肉干是过期的", "牛肉干"),
    ("订的婚宴 结婚前一周说酒店要装修 婚宴办不了", "婚宴"),
    ("健身房办了张年卡，结果倒闭了", "健身年卡"),
    ("手机号码被别人用我的身份证办了副卡", "副卡"),
    ("我要投诉美的空调", "美的空调"),
    ("热水器漏水 把楼下都泡了", "热水器"),
    ("冰箱不制冷", "冰箱"),
    ("我2月6号在宜宾鑫源家电城花3999买的电视自燃了", "电视"),
    ("他们卖给我的手机是翻新机", "手机"),
    ("在京东买了iPhone 15 Pro 屏幕有坏点", "iPhone 15 Pro"),
    ("买的瓷砖铺上去一个月就开裂", "瓷砖"),       # 铺上去 goes on the floor, no 瓷砖铺 (a shop)
    ("装修用的瓷砖有问题", "瓷砖"),               # what it is for is no other act
    ("抖音上买了两盒所谓进口的奶粉 收到的罐子上全是中文贴纸", "奶粉"),   # the thing after the last 的
    ("我的手机号被莫名其妙开通了咪咕视频会员 每个月扣二十五", "咪咕视频会员"),
    ("在美容医院做的双眼皮 两万一 做完一边大一边小", "双眼皮"),  # 双 begins the word here, no measure
    ("我在淘宝买的美的电饭煲坏了", "美的电饭煲"),
    ("热水器买了半年就坏了", "热水器"),             # 半年 is how long, not what
])
def test_the_thing_bought_in_a_story(story, product):
    assert ex.find_story_product(story) == product


@pytest.mark.parametrize("story", [
    "洗衣店把我衣服洗坏了",                        # the object of what the shop did
    "搬家公司把我家具磕坏了好几处 还临时加价",
    "改衣服 改坏了 裤腿剪短了一截",                 # a service done on it
    "装的空调 安装费说好200 装完收了我800",
    "营业员说办合约机送话费 结果送的话费要分24个月返",  # a service word in passing
    "我在婚宴上吃坏了肚子，酒店装修得挺好但菜是馊的",
    "外卖点的麻辣烫里面有头发",
    "4S店卖车的时候强制买他们的保险和装饰 不买就不给提车",  # two things: which one is asked
    "问一下办了卡商家不退怎么办 我想投诉",           # a card of no kind
    "携程上订了三亚的酒店 提前付了钱 到了前台说没房了",  # the thing is what follows 的, not the place
    "网上买的衣服",                                  # a kind of thing: which one is asked
    "投诉瑞思英语去年3月5号报的课两万四 老师换了五六个",  # 课 alone, the sum cut off
    "衣服穿一次开线能退吗",
    "手机屏碎了去修 修完回来指纹用不了",             # a repair was bought
    "在天鹅到家找的保姆 上门做了三天把我家的衣服洗坏了",
])
def test_a_story_word_that_is_no_purchase_is_asked_about(story):
    assert ex.find_story_product(story) is None
    got, _ = dialogue.fill_from_message({"text": story, "intent": {"name": "file_complaint"}},
                                        "complaint_form", None, {})
    assert "product" not in got


def test_the_answer_to_the_product_question_is_taken_as_said():
    got, error = dialogue.fill_from_message({"text": "羊绒大衣干洗", "intent": {"name": "inform"}},
                                            "complaint_form", "product", {"problem": "洗衣店把我衣服洗坏了"})
    assert error is None and got["product"] == "羊绒大衣干洗"


def test_an_answer_to_another_question_keeps_only_a_sure_product():
    # the problem asked: the story names the thing bought after 买的
    got, _ = dialogue.fill_from_message({"text": "直播间买的黄金吊坠 克重不够 说5克实际称了4.2克",
                                         "intent": {"name": "inform"}}, "complaint_form", "problem", {})
    assert got["product"] == "黄金吊坠"
    got, _ = dialogue.fill_from_message({"text": "搬家公司把我家具磕坏了好几处 还临时加价",
                                         "intent": {"name": "inform"}}, "complaint_form", "problem", {})
    assert "product" not in got and got["problem"]


def test_a_verb_after_the_thing_is_not_part_of_its_name():
    assert ex.find_story_product("充电宝充了一晚上鼓包了 差点着火") == "充电宝"


@pytest.mark.parametrize("answer, product", [
    ("早教课程 一百节", "早教课程"), ("民宿 住了两晚", "民宿"), ("爱他美奶粉 两罐", "爱他美奶粉"),
    ("张家界四日游", "张家界四日游"), ("双眼皮手术", "双眼皮手术"), ("vivo X100手机维修", "vivo X100手机维修"),
    ("套餐", "套餐"), ("手机副卡", "手机副卡"),
    ("买的是一台格力空调", "格力空调"), ("办的是游泳年卡", "游泳年卡"),
    ("吃的火锅", "火锅"), ("点的是麻辣香锅", "麻辣香锅"),
])
def test_the_answer_to_the_product_question(answer, product):
    assert ex.normalise_product(answer).value == product


def test_the_whole_answer_is_the_product_whatever_it_sounds_like():
    # "装修押金" read as a wish to complain is still the answer to the question asked
    got, _ = dialogue.fill_from_message({"text": "装修押金", "intent": {"name": "file_complaint"}},
                                        "complaint_form", "product", {})
    assert got["product"] == "装修押金"


@pytest.mark.parametrize("story, product", [
    ("在地摊上买到假茅台 喝着味道不对", "茅台"),             # what it turned out to be is the problem
    ("定做的窗帘跟样品颜色差很多", "窗帘"),                   # compared with something: the thing ends there
])
def test_the_thing_without_what_it_turned_out_to_be_or_was_compared_with(story, product):
    assert ex.find_story_product(story) in (product, "定做的" + product)


def test_a_count_then_a_pause_says_nothing_more_of_the_thing():
    assert ex.find_story_product("早上买了三斤 多收了二十块") is None


def test_an_answer_with_what_it_cost_after_the_thing_is_the_thing():
    assert ex.normalise_product("种植牙 做了两颗 一共一万六").value == "种植牙"


def test_an_answer_that_says_where_it_was_bought_first_is_the_thing_after():
    assert ex.normalise_product("饿了么 一杯奶茶").value == "奶茶"
