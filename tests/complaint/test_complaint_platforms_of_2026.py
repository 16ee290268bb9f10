"""The apps people buy through in 2026 China are platforms the reader knows, each by the names people call it:
car apps, second-hand, livestreams, group buying, ride-hailing, homes and courses. None of them turns an
everyday word into a platform ("瓜子" eaten, "运用自如", "得到了赔偿"), and an app that sells its own service
said as the shop stays the shop's name."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said, platform", [
    ("车是懂车帝上下的定金", "懂车帝"), ("汽车之家app上买的二手车", "汽车之家"), ("易车网上订的车", "易车"),
    ("瓜子上买的二手车 公里数被调过", "瓜子二手车"), ("人人车买的车", "人人车"),
    ("美团优选上买的鸡蛋碎了一半", "美团优选"), ("小红薯上买的面膜", "小红书"), ("同程旅行订的火车票", "同程"),
    ("艺龙订的酒店", "同程"), ("毒APP上买的鞋", "得物"), ("贝壳上租的房子", "贝壳找房"),
    ("叫的曹操专车 司机绕了路", "曹操出行"), ("T3出行打的车多扣了钱", "T3出行"), ("哈罗单车锁不上一直计费", "哈啰"),
    ("用闪送寄的文件丢了", "闪送"), ("在作业帮报的寒假班", "作业帮"), ("猿辅导的课", "猿辅导"),
    ("喜马拉雅会员被自动续费", "喜马拉雅"), ("keep上买的私教课", "Keep"), ("斗鱼直播间里买的", "斗鱼"),
    ("途虎养车下单换的轮胎", "途虎养车"), ("群接龙上团的水果", "群接龙"), ("自如租的单间", "自如"),
])
def test_the_apps_of_2026_are_known_by_their_usual_names(said, platform):
    assert ex.find_platform(said) == platform


@pytest.mark.parametrize("said", [
    "买了一袋瓜子 打开全发霉了", "他说他运用自如", "很容易车子就出问题", "最后也没得到赔偿", "你说的有道理",
    "去喜马拉雅山旅游的团", "心态要keep住", "一共58块钱", "哈喽 我要投诉", "这个高途径的事",
])
def test_everyday_words_are_no_platforms(said):
    assert ex.find_platform(said) is None


@pytest.mark.parametrize("said", ["在汽车之家上询的价 去4S店提的车", "懂车帝上看中的车 在店里买的",
                                  "易车上留了电话 销售打过来 后来去店里订的"])
def test_a_car_only_looked_at_on_an_app_was_not_bought_there(said):
    assert ex.find_platform(said) is None


@pytest.mark.parametrize("answer, shop", [("瓜子二手车", "瓜子二手车"), ("曹操出行", "曹操出行"), ("自如", "自如"),
                                          ("爱回收", "爱回收"), ("链家", "链家"),
                                          ("哈啰 前天晚上下的单 十五块", "哈啰")])
def test_an_app_that_sells_its_own_service_is_the_shop_when_named_as_it(answer, shop):
    assert ex.normalise_merchant(answer).value == shop


@pytest.mark.parametrize("answer", ["懂车帝", "汽车之家", "美团优选"])
def test_a_marketplace_alone_is_no_shop(answer):
    assert ex.normalise_merchant(answer).value is None


@pytest.mark.parametrize("said", ["京东电器超级体验店", "天猫优品电器体验店", "京东家电专卖店（县城店）", "京东便利店"])
def test_a_store_of_the_platforms_own_line_keeps_the_platforms_name_and_is_no_platform(said):
    assert ex.normalise_merchant(said).value == said
    assert ex.find_platform(f"在{said}买的冰箱") is None


@pytest.mark.parametrize("said, shop, platform", [("拼多多晨光文具专营店", "晨光文具专营店", "拼多多"),
                                                  ("京东生鲜自营", "京东生鲜自营", "京东")])
def test_a_shop_on_the_platform_is_still_named_apart_from_it(said, shop, platform):
    assert ex.normalise_merchant(said).value == shop
    assert ex.find_platform(said) == platform


@pytest.mark.parametrize("said, platform", [("在点评上团的套餐", "大众点评"), ("某多多上买的拖把", "拼多多"),
                                            ("秀动上抢的音乐节票", "秀动"), ("房天下上找的中介", "房天下"),
                                            ("小鹅通上买的网课", "小鹅通"), ("淘菜菜买的鸡蛋", "淘菜菜")])
def test_more_apps_and_nicknames_are_known(said, platform):
    assert ex.find_platform(said) == platform


@pytest.mark.parametrize("said", ["他给了个差评", "评论区点评一下", "秀动作"])
def test_words_near_those_names_are_no_platforms(said):
    assert ex.find_platform(said) is None
