"""Merchant, platform and the online shop's place as consumers say them in stories and in
chatty answers (issue 16): a name said with hedges, quotes, where the shop is or what kind of
seller it is; a weak guess from a story (a place, an everyday word, a kind of shop) is not taken
as the name, the form asks for it; a platform where an advert was only seen is not where it was
bought; an online shop's place is its platform."""
from __future__ import annotations

import pytest

from complaint import extract as ex
from complaint.extract.platform import find_platform, online_shop


@pytest.mark.parametrize("text, name", [
    # a name with hedges or in quotes
    ("店名好像是星巴克（国贸店）", "星巴克（国贸店）"),
    ("好像叫H&M", "H&M"),
    ("叫什么来着 好像是乐刻运动", "乐刻运动"),
    ("应该是叫鲜丰水果吧", "鲜丰水果"),
    ("我记得是叫老王烧烤", "老王烧烤"),
    ("貌似是良品铺子", "良品铺子"),
    ("店名叫“良品铺子”", "良品铺子"),
    ("是叫幸福里火锅没错", "幸福里火锅"),
    ("叫幸福里", "幸福里"),
    ("它叫M&G晨光文具", "M&G晨光文具"),
    # where the shop is, said before it
    ("是万达三楼那家乐刻健身", "乐刻健身"),
    ("菜市场里的刘记猪肉档", "刘记猪肉档"),
    # read off a receipt or a sign
    ("小票上写的是永辉超市（五一广场店）", "永辉超市（五一广场店）"),
    ("店招上写着“老街坊饺子馆”", "老街坊饺子馆"),
    ("名字是ZARA 太古里店", "ZARA（太古里店）"),
    # the kind of seller after the name
    ("快手上一个叫二驴的主播", "二驴"),
    ("闲鱼上一个叫数码小王的卖家", "数码小王"),
    ("是个叫做美丽人生的美容院", "美丽人生"),
    ("是安踏的专卖店 在步行街", "安踏专卖店"),
    # stalls with a name
    ("老李水果摊", "老李水果摊"),
    ("张姐烧饼摊位", "张姐烧饼摊位"),
])
def test_a_name_said_in_an_answer(text, name):
    assert ex.normalise_merchant(text).value == name


@pytest.mark.parametrize("text, name", [
    ("在万达三楼那家乐刻健身办的卡", "乐刻健身"),
    ("就是楼下那家叫好邻居的便利店", "好邻居"),
    ("在一家叫做甜蜜蜜的蛋糕店订的生日蛋糕", "甜蜜蜜"),
    ("抖音上一个叫小杨哥的主播卖的", "小杨哥"),
    ("一家叫乐享生活的淘宝店", "乐享生活"),
    ("他们家叫幸福里火锅", "幸福里火锅"),
    ("商家名字我看下 叫百果园（南山店）", "百果园（南山店）"),
    ("在钱大妈买的肉", "钱大妈"),
    ("在Costco买的", "Costco"),
])
def test_a_name_told_in_a_story(text, name):
    assert ex.find_merchant(text) == name


@pytest.mark.parametrize("text", [
    # a place, an everyday word or a kind of shop: too weak to be taken as the name
    "在他家买的手机屏幕碎了", "我昨天在单位楼下吃的午饭", "在成都买的火锅底料", "在老家买的房子漏水",
    "从厂家直接订的沙发", "在官网买的耳机不响了", "我在那个培训班报的名", "是在景区里买的纪念品",
    "在高铁上买的盒饭", "在直播间买的玉镯是假的", "去年在一家4S店买的车", "我要投诉一个旅行社",
    "在一个小摊上买的", "我在商场里一家卖鞋的店买的鞋",
])
def test_a_weak_guess_in_a_story_is_not_taken_as_the_name(text):
    assert ex.find_merchant(text) is None
    assert "merchant_name" not in ex.extract_all(text)


@pytest.mark.parametrize("answer", [
    "是一个卖烤红薯的小摊", "是路边摊", "旅行社", "他家", "单位", "官网",
    # a story said at the merchant question names what was bought or what went wrong, not the shop
    "上周在路上买的烤肠吃了拉肚子", "在老家买的房子漏水", "美的冰箱不制冷",
])
def test_an_answer_that_names_no_shop_is_asked_again(answer):
    assert ex.normalise_merchant(answer).value is None


@pytest.mark.parametrize("text, platform", [
    ("某宝买的", "淘宝"), ("狗东上下单的", "京东"), ("滴滴打车多收钱", "滴滴"), ("网易严选买的毛巾", "网易严选"),
    ("看到抖音广告就在抖音下单了", "抖音"),
    ("在抖音刷到广告 去店里办的卡", None),   # an advert seen there; bought in the shop
    ("小红书上种草的 去实体店买的", None),
])
def test_the_platform_is_where_it_was_bought(text, platform):
    assert find_platform(text) == platform


@pytest.mark.parametrize("text, address", [
    ("在拼多多上买的衣服是假货", "网店（拼多多）"),
    ("抖音直播间买的面膜", "网店（抖音）"),
    ("闲鱼上买的二手相机", "网店（闲鱼）"),
    ("微信视频号上买的", "网店（视频号）"),
    ("我在抖音团购了一个美容院的项目 到店不让用", None),   # used in a place: its address is asked
    ("美团上团购的自助餐", None),
    ("携程订的酒店到了没房", None),
])
def test_an_online_shop_has_its_platform_for_a_place(text, address):
    assert online_shop(text, find_platform(text)) == address


@pytest.mark.parametrize("answer, address", [
    ("淘宝", "网店（淘宝）"), ("抖音上", "网店（抖音）"), ("在淘宝上买的", "网店（淘宝）"),
    ("拼多多直播", "网店（拼多多）"),
    ("网上买的", "网店：网上买的"), ("爱回收app", "网店：爱回收app"),
])
def test_answering_the_address_question_with_the_platform(answer, address):
    assert ex.normalise_address(answer).value == address


def test_a_platform_used_to_book_a_place_is_not_the_address():
    # "是在美团上团购的" at the address question: the restaurant's place is still asked
    assert ex.normalise_address("是在美团上团购的") == ex.Parsed(None, ex.ERR_PARTIAL)


@pytest.mark.parametrize("answer, name", [
    # a brand that is an everyday word, with its kind and branch
    ("华为专卖店(万象城店)", "华为专卖店（万象城店）"), ("格力专卖店", "格力专卖店"), ("美的专卖店", "美的专卖店"),
    # several clauses: the one that names the shop, in order; one that calls it by name wins over a description
    ("王记装修队 老板叫王建国", "王记装修队"),               # a person called by name is not the shop
    ("顺丰速运 我们那个网点叫顺丰（南山网点）", "顺丰（南山网点）"),
    ("小区门口那家干洗店 叫洁净坊", "洁净坊"),
    ("淘宝上的 叫花花家居", "花花家居"),
    ("大润发（城东店） 在城东购物中心 杭州市上城区解放路10号", "大润发（城东店）"),
    ("我叫李娜 电话13912345678 店是美丽家纺", "美丽家纺"),   # the consumer's own name said with it
    # the whole answer when it goes on from the name found in it
    ("市第一医院西门停车场", "市第一医院西门停车场"),
    # a name with words of a sentence in it, vouched for by its branch or by 叫
    ("你我他便利店（北门店）", "你我他便利店（北门店）"), ("店叫我爱我家小吃", "我爱我家小吃"),
    ("京东物流", "京东物流"),                              # the platform's other business is a company
])
def test_a_name_in_an_answer_of_several_kinds(answer, name):
    assert ex.normalise_merchant(answer).value == name


def test_a_shop_pointed_at_by_its_brand_alone_is_asked_which_one_and_taken_when_said_again():
    assert ex.normalise_merchant("就那家永辉") == ex.Parsed(None, ex.ERR_PARTIAL)
    assert ex.merchant_as_said("就那家永辉") == "永辉"


@pytest.mark.parametrize("text, name", [
    ("在沃尔玛买的牛奶过期了", None),                         # a bare brand: which of its shops is asked
    ("在沃尔玛（建设路店）买的牛奶过期了", "沃尔玛（建设路店）"),
    ("在鑫源家电城买的电视", "鑫源家电城"),
    ("我们小区的物业每年物业费照收", None), ("举报一家燃气公司乱收费", None), ("举报 网吧禁止自带饮料", None),
])
def test_only_a_name_the_story_vouches_for_fills_the_merchant(text, name):
    assert ex.find_merchant(text, strict=True) == name


@pytest.mark.parametrize("text, platform", [
    ("苏宁易购（新街口店）买的冰箱", None),   # the retailer's own shop sold it
    ("在唯品会上的一家店买的", "唯品会"), ("京东物流把快递弄丢了", None),
])
def test_a_retailer_is_a_platform_only_when_a_shop_sells_on_it(text, platform):
    assert find_platform(text) == platform


def test_a_place_found_on_a_platform_has_an_address():
    assert online_shop("民宿是在小红书上找的", "小红书") is None


@pytest.mark.parametrize("answer, name", [
    ("我爱你花店（城南店）", "我爱你花店（城南店）"),     # a name with its branch is taken as said
    ("卖烧饼的张姐", "卖烧饼的张姐"), ("菜场里卖鱼的老王", "菜场里卖鱼的老王"),   # a stall's keeper as known
    ("58同城上的 好运搬家", "好运搬家"),                # where it was found, then the name
    ("叫幸福里", "幸福里"),
])
def test_stalls_branches_and_names_after_where_they_sell(answer, name):
    assert ex.normalise_merchant(answer).value == name


@pytest.mark.parametrize("text", ["孩子偷偷充了游戏 游戏公司不给退", "出了车祸保险公司不赔"])
def test_a_short_word_before_company_is_a_kind_of_company(text):
    assert ex.find_merchant(text, strict=True) is None


@pytest.mark.parametrize("text, name", [
    ("匿名举报 银泰百货二楼那个卖包的 卖假货", None),       # the mall is where the seller is
    ("在万达广场三楼的老街坊饺子馆吃坏了肚子", "老街坊饺子馆"),
])
def test_a_mall_and_its_floor_are_where_the_shop_is(text, name):
    assert ex.find_merchant(text, strict=True) == name


@pytest.mark.parametrize("answer, name", [
    ("叫“小美的店”", "小美的店"),                        # a quoted name is the name as written
    ("抖音号叫 小美好物", "小美好物"), ("昵称叫 阿花家", "阿花家"),  # an account's name
    ("淘宝 店铺名叫 优品生活馆", "优品生活馆"),             # a space after 叫
    ("天猫旗舰店 欧莱雅官方旗舰店", "欧莱雅官方旗舰店"),     # "a flagship store on 天猫" is no name
    ("京东自营的", "京东自营"),
    ("是中国联通的营业厅", "中国联通营业厅"),
    ("绿源电动车专卖 就在建材市场里面", "绿源电动车专卖"),
])
def test_more_ways_to_say_the_name(answer, name):
    assert ex.normalise_merchant(answer).value == name


@pytest.mark.parametrize("answer", ["就是个人 没有店 微信上卖的", "是一个卖烤红薯的小摊"])
def test_a_seller_described_is_asked_for_a_name(answer):
    assert ex.normalise_merchant(answer) == ex.Parsed(None, ex.ERR_PARTIAL)


def test_a_shop_whose_name_holds_app_is_no_online_shop():
    assert ex.normalise_address("Apple Store 三里屯店").value is None or "网店" not in ex.normalise_address(
        "Apple Store 三里屯店").value


@pytest.mark.parametrize("text, name", [
    ("直播间买的金手链 拿去金店一看是铜的", None),                    # where it was taken, a kind of shop
    ("拿到老凤祥（南京路店）鉴定说是假的", None),                     # who checked it is not who sold it
    ("在周大福（南京路店）买的 拿去检测是假的", "周大福（南京路店）"),
])
def test_a_shop_it_was_taken_to_is_not_the_seller(text, name):
    assert ex.find_merchant(text, strict=True) == name


@pytest.mark.parametrize("answer, address", [
    ("郑州 金水区 花园路 88号", "郑州金水区花园路88号"),            # typed in pieces (voice input)
    ("南宁市 青秀区 民族大道 136号", "南宁市青秀区民族大道136号"),
    ("成都市武侯区科华北路65号 具体门牌记不清了", "成都市武侯区科华北路65号"),   # a remark after it
    ("不太清楚 大概在长沙五一广场附近", "长沙五一广场附近"),
])
def test_an_address_said_in_pieces_or_with_remarks(answer, address):
    assert ex.normalise_address(answer).value == address


@pytest.mark.parametrize("text", ["牌子上写的一小时五块 收了我六十", "小票上写的是38元"])
def test_a_price_read_off_a_sign_is_no_name(text):
    assert ex.find_merchant(text, strict=True) is None


@pytest.mark.parametrize("text, name", [
    ("我去年在星辰健身办了一张健身卡", "星辰健身"),        # a name of its own before its trade
    ("在万达那边的乐刻健身办了张年卡", "乐刻健身"),
    ("在朋友家装修的时候", None), ("在老家健身办的卡", None), ("在那个什么舞蹈学校报的名", None),
])
def test_a_name_before_its_trade_is_vouched_for(text, name):
    assert ex.find_merchant(text, strict=True) == name


def test_a_trade_name_complained_about_is_asked_for_its_branch():
    # "我要投诉德邦物流": which of its branches is asked (a shop's kind or a branch would vouch for it)
    assert ex.find_merchant("我要投诉德邦物流", strict=True) is None


def test_a_shop_named_with_what_it_did_is_the_shop_alone():
    # "康乐药房卖假药" answers which shop and what it did: the name stops where the deed starts
    for said, shop in (("康乐药房卖假药", "康乐药房"), ("好利来蛋糕店不给退", "好利来蛋糕店")):
        assert ex.normalise_merchant(said).value == shop, said
    assert ex.normalise_merchant("人民医院东侧停车场").value == "人民医院东侧停车场"


def test_a_demand_said_with_a_bare_yao_in_a_whole_story_is_kept():
    from complaint.extract import extract_all
    story = "在快手直播间买的和田玉吊坠 商家不认账 店铺叫玉满堂精品 花了2280 要退货退款还要三倍赔偿"
    assert extract_all(story)["demand"] == "退货、退款、三倍赔偿"
    assert "demand" not in extract_all("能要退货吗")


@pytest.mark.parametrize("answer, name", [
    ("新东方 朝阳校区", "新东方（朝阳校区）"),                 # a branch typed after a space, whatever its kind
    ("顺丰速运 高新区网点", "顺丰速运（高新区网点）"),
    ("中国石油加油站 叫东湖加油站", "中国石油加油站（东湖加油站）"),  # the shop, then which of its branches
    ("拼多多上拍的 店铺叫 好运来家居", "好运来家居"),           # where it was bought, then the shop
    ("饿了么点的 河边的 阿婆私房菜", "阿婆私房菜"),
    ("快手上 主播叫大胖 店铺叫胖哥优选旗舰店", "胖哥优选旗舰店"),  # a streamer called so is not the shop
    ("楼盘叫阳光城 物业是碧桂园服务", "碧桂园服务"),            # a place called so; the kind, then which
    ("门头上写着 老李修车行", "老李修车行"),                    # the name as written on the shop
    ("叫极客手机维修 在银泰城三楼", "极客手机维修"),             # a shop with 手机 in its name
    ("Hello Kitty 主题餐厅", "Hello Kitty主题餐厅"),
])
def test_the_name_among_where_and_who_in_an_answer(answer, name):
    assert (ex.normalise_merchant(answer).value or "").replace(" ", "") == name.replace(" ", "")


@pytest.mark.parametrize("text", [
    "我爸在超市买的米 生虫了", "住宾馆的时候手机被偷了", "楼下装修物业不管", "房子没交付物业就收费",
])
def test_words_of_the_story_before_a_kind_of_shop_are_no_name(text):
    assert ex.find_merchant(text, strict=True) is None


@pytest.mark.parametrize("text, name", [
    ("订的是春秋旅行社（虹桥门店）的团 导游强制购物", "春秋旅行社（虹桥门店）"),
    ("小区物业绿城物业（丹桂苑）收费不公示", "绿城物业（丹桂苑）"),
])
def test_who_it_was_said_before_the_name_is_left_out(text, name):
    assert ex.find_merchant(text, strict=True) == name


def test_a_platform_that_sold_on_its_own_account_or_named_alone_twice_is_the_merchant():
    assert ex.normalise_merchant("小红书上买的 就是小红书自己卖的").value == "小红书"
    assert ex.merchant_as_said("携程上订的 机票是东航的") == "携程"


def test_a_shop_then_which_of_its_branches_said_in_a_story_is_one_name():
    story = "比亚迪4S店 叫城西店 在宜宾市翠屏区 上周提的车"
    assert ex.extract_all(story).get("merchant_name") == "比亚迪4S店（城西店）"
