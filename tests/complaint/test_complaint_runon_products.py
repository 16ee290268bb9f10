"""The thing bought, in a story said in one breath (no pause, no punctuation): its name stops
where the sentence goes on — a connective (然后, 接着), a filler sound (嗯), where in the thing
(里面, 上面), a part with what is wrong with it (标签全是…), or what befell it (丢了, 吃了)."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("story, product", [
    ("网上买的那款电动牙刷然后用了三天就充不进电", "电动牙刷"),
    ("前几天订的那个蛋糕嗯然后拿回家一看是坏的", "蛋糕"),
    ("买的茶叶罐里面全是碎末子", "茶叶罐"),
    ("团购的火锅套餐上面写的是双人份", "火锅套餐"),
    ("买的橄榄油瓶子上面全是英文", "橄榄油瓶子"),
    ("买的红枣外面一层白霜", "红枣"),
    ("买的进口奶酪标签全是手写的", "进口奶酪"),
    ("买的筋膜枪丢了半个零件", "筋膜枪"),
    ("网购的行李箱摔坏了一个轮子", "行李箱"),
    ("买了两个疗程吃完一点效果没有", None),           # 疗程 counts courses of something unnamed
    ("网上买的水果全坏了", None),                    # 全 goes on; 水果 is a kind (asked)
])
def test_a_name_ends_where_the_sentence_goes_on(story, product):
    assert ex.find_story_product(story) == product


@pytest.mark.parametrize("story", [
    "寄的一箱车厘子 路上压烂了",              # the goods or the delivery: which the consumer means is asked
    "我寄了两只土鸡给我妈 到了全臭了",
    "邮寄的字画 收到的时候框碎了",
    "寄的快递丢了 快递员不认",
    "寄的包裹被人签收了",
])
def test_what_was_sent_by_courier_is_asked(story):
    assert ex.find_story_product(story) is None


@pytest.mark.parametrize("story, product", [
    ("买电脑的时候店员非要我加钱买他们的延保", "电脑"),   # the forced extra is the dispute
    ("装宽带硬要我办他们的副卡", None),
    ("去车行提车 逼着我买了他们的装潢套餐", None),
    ("买空调必须另外交安装材料费", "空调"),             # the purchase said before the forcing stays
])
def test_what_was_forced_is_not_what_was_bought(story, product):
    assert ex.find_story_product(story) == product


@pytest.mark.parametrize("story", [
    "中介卖我的二手房漏水",              # the seller's act in front of the thing: not whose it is
    "那个车商卖我的新车是事故车",
    "4S店卖我的车是修过的",
])
def test_a_seller_in_front_of_the_thing_is_no_modifier(story):
    assert ex.find_story_product(story) in (None, "二手房")


@pytest.mark.parametrize("story, product", [
    ("闲鱼上淘了一台二手的kindle卖家说是九成新 到手屏幕有划痕", "kindle"),
    ("网上买的加湿器商家说七天无理由 现在又不认", "加湿器"),
    ("办了张游泳卡说是全年通用 暑假却不让进", "游泳卡"),
    ("买的羊肉串老板缺斤少两", "羊肉串"),
])
def test_a_name_ends_where_someone_else_speaks_or_acts(story, product):
    assert ex.find_story_product(story) == product


@pytest.mark.parametrize("story, product", [
    ("营业厅给我办了个什么宽带融合 每个月多扣五十", "宽带融合"),   # named, if indefinitely
    ("说是我开通了什么彩铃业务", "彩铃业务"),
    ("买了个什么净化器 根本没用", "净化器"),
    ("美容院让我做了个啥项目 脸就肿了", None),                      # 项目 says no thing: asked
])
def test_something_named_indefinitely_is_that_thing(story, product):
    assert ex.find_story_product(story) == product
