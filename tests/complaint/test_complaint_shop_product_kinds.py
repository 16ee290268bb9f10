"""Kinds of phrasing of the merchant, platform, address and product that new consumers used
(issue 16), each checked with wordings of our own."""
import pytest

from complaint import extract as ex


# A platform's sales channel or promotion said between the platform and the shop
@pytest.mark.parametrize("answer, shop, platform", [
    ("淘宝 聚划算 优衣库官方旗舰店", "优衣库官方旗舰店", "淘宝"),
    ("京东 秒杀 华为官方旗舰店", "华为官方旗舰店", "京东"),
    ("拼多多百亿补贴 数码之家", "数码之家", "拼多多"),
    ("淘宝 天天特卖 家居好物店", "家居好物店", "淘宝"),
])
def test_a_sales_channel_beside_the_shop_is_not_its_name(answer, shop, platform):
    assert ex.normalise_merchant(answer).value == shop
    assert ex.find_platform(answer) == platform


@pytest.mark.parametrize("answer", ["百亿补贴", "京东秒杀", "直播间买的"])
def test_a_sales_channel_alone_names_no_shop(answer):
    assert ex.normalise_merchant(answer).error == ex.ERR_PARTIAL


# "…特卖" ends a shop's name as 专卖 does
@pytest.mark.parametrize("answer, shop", [("唯品会 耐克特卖", "耐克特卖"),
                                         ("李宁官方特卖", "李宁官方特卖"),
                                         ("唯品会上的 森马品牌特卖", "森马品牌特卖")])
def test_a_sale_outlet_keeps_its_name(answer, shop):
    assert ex.normalise_merchant(answer).value == shop


# "微信视频号" is the 视频号 platform, not a shop
@pytest.mark.parametrize("answer, shop", [("微信视频号 茗香茶舍", "茗香茶舍"),
                                         ("微信视频号上的 山里人家土特产", "山里人家土特产"),
                                         ("视频号 老周果园", "老周果园")])
def test_the_wechat_video_platform_is_where_the_shop_sells(answer, shop):
    assert ex.normalise_merchant(answer).value == shop
    assert ex.find_platform(answer) == "视频号"


# A judgement of the shop is no name of it
@pytest.mark.parametrize("text", ["装修公司就是骗子", "这家店就是黑店", "商家是一帮奸商", "那个公司是骗子公司"])
def test_a_judgement_is_not_the_shops_name(text):
    assert ex.find_merchant(text) is None
    assert "merchant_name" not in ex.extract_all(text)


# A shop described by what it does or sells, or by its trade alone, is asked for its name
@pytest.mark.parametrize("answer", ["市场里那个做窗帘的", "就是那个修手机的", "街口那个收旧手机的",
                                    "二手房中介", "婚姻中介", "留学中介"])
def test_a_shop_described_by_its_trade_is_asked_for_its_name(answer):
    assert ex.normalise_merchant(answer).error == ex.ERR_PARTIAL


# Words of a sentence inside a shop's own name (联想, 梦想, 有点甜) do not make it a sentence
@pytest.mark.parametrize("answer", ["联想京东自营官方旗舰店", "梦想家具专卖店", "有点甜食品专营店"])
def test_a_shops_own_name_keeps_words_that_look_like_a_sentence(answer):
    assert ex.normalise_merchant(answer).value == answer


# A number that is a sum is not the 1688 platform
@pytest.mark.parametrize("text", ["1688", "花了1688", "1688元", "交了1688块"])
def test_a_sum_of_1688_is_no_platform(text):
    assert ex.find_platform(text) is None


@pytest.mark.parametrize("text", ["在1688上进的货", "1688批发的", "阿里巴巴上买的"])
def test_the_1688_platform_named_where_it_sells(text):
    assert ex.find_platform(text) == "1688"


# A retailer's counter in a shop is bought in person, not on its platform
@pytest.mark.parametrize("text", ["苏宁易购海信专柜 在万达三楼", "苏宁易购海尔柜台", "苏宁易购格力专柜"])
def test_a_retailers_counter_is_no_online_platform(text):
    assert ex.find_platform(text) is None
    assert ex.online_shop(text, "苏宁易购") is None


# An autonomous prefecture begins the address
@pytest.mark.parametrize("address", ["凉山彝族自治州西昌市长安中路12号", "甘孜藏族自治州康定市炉城镇向阳街8号",
                                     "延边朝鲜族自治州延吉市光明街33号"])
def test_an_autonomous_prefecture_is_kept_whole(address):
    assert ex.normalise_address(address).value == address
    assert ex.find_address(f"店在{address}") == address


# 市场 is a market, not a city
@pytest.mark.parametrize("text", ["金牌橱柜 在建材市场二楼", "在花鸟市场买的", "就在农贸市场门口"])
def test_a_market_is_no_city(text):
    assert ex.find_address(text) is None


@pytest.mark.parametrize("address, units", [("郑州市二七区", True), ("广西柳州市城中区", True), ("成都市", True),
                                            ("杭州萧山区市心路", False), ("成都市幸福小区", False),
                                            ("株洲市天元区湘江大道99号", False)])
def test_an_address_of_administrative_units_only(address, units):
    assert ex.units_only(address) is units


# What the goods turned out to be, a bare word or a loan is not what was bought (the form asks)
@pytest.mark.parametrize("story", ["拼多多上买了个山寨货", "淘宝买到的全是次品", "在美团团购了个套餐 到店不给用",
                                   "给孩子报了个班 老师跑了", "网上买了个包 拉链坏了",
                                   "让我扫了个码 结果是开通了分期贷款",
                                   "订了一家超贵的 结果服务很差", "诱导办了网贷 退课贷款不取消",
                                   "宽带办了个寂寞", "会员充了个寂寞"])
def test_a_story_that_does_not_say_what_was_bought_leaves_the_product_to_ask(story):
    assert ex.find_story_product(story) is None


@pytest.mark.parametrize("answer", ["假货", "买到次品了", "拼多多买到山寨货"])
def test_what_it_turned_out_to_be_is_no_product_answer(answer):
    assert ex.normalise_product(answer).value is None
    assert ex.find_product(answer) is None


# A stay booked at a hotel is what was bought: the stay there
@pytest.mark.parametrize("story, stay", [("在飞猪订了一家民宿 结果不让住", "民宿住宿"),
                                         ("去哪儿上订的宾馆 到了说没房", "宾馆住宿"),
                                         ("同程订的酒店 前台说超售了", "酒店住宿")])
def test_a_booked_stay_is_the_product(story, stay):
    assert ex.find_story_product(story) == stay


# An answer of nouns only is the product as said, whatever words of a sentence are inside them
@pytest.mark.parametrize("answer", ["有线电视", "不锈钢锅", "无糖饮料", "无线耳机"])
def test_a_product_answer_of_nouns_only_is_kept_whole(answer):
    assert ex.normalise_product(answer).value == answer


@pytest.mark.parametrize("answer", ["电视有问题", "电视坏了", "电视不亮"])
def test_a_product_answer_that_goes_on_as_a_sentence_keeps_the_thing(answer):
    assert ex.normalise_product(answer).value == "电视"


# A phone number is no phone
@pytest.mark.parametrize("story", ["手机号莫名其妙被扣了好多钱", "我的手机号被停机了", "手机号被运营商乱扣费"])
def test_a_phone_number_is_not_a_phone_bought(story):
    assert ex.find_story_product(story) is None


# Hair and nail salons keep a member card
@pytest.mark.parametrize("story, card", [("理发店办了卡 现在不让用了", "美发会员卡"),
                                         ("在美甲店办了卡 店关门了", "美甲会员卡"),
                                         ("健身房办了卡 跑路了", "健身卡")])
def test_a_salons_card_is_its_member_card(story, card):
    assert ex.find_story_product(story) == card


# A value asked back and denied is a correction: what follows is the answer
@pytest.mark.parametrize("said, meant", [("链家？不是 叫安居客栈房产中介", "叫安居客栈房产中介"),
                                         ("上周五？不是，上周四", "上周四"), ("三千？不是 是三千五", "三千五")])
def test_a_value_asked_back_and_denied_leaves_the_one_after(said, meant):
    assert ex.self_corrected(said) == meant


@pytest.mark.parametrize("said", ["这种能算质量问题吗？不是吧", "是不是质量问题"])
def test_a_question_is_no_correction(said):
    assert ex.self_corrected(said) == said


# The carriers by their everyday names are the companies
@pytest.mark.parametrize("answer, shop", [("电信", "中国电信"),
                                         ("联通营业厅（人民路店）", "中国联通营业厅（人民路店）"),
                                         ("中国电信营业厅（五一广场店）", "中国电信营业厅（五一广场店）"),
                                         ("移动营业厅（解放路营业厅）", "中国移动（解放路营业厅）"),
                                         ("移动 解放路营业厅", "中国移动（解放路营业厅）")])
def test_a_carrier_by_its_everyday_name_is_the_company(answer, shop):
    assert ex.normalise_merchant(answer).value == shop


# Several things named in a product answer: the first, as precisely as it was said
@pytest.mark.parametrize("answer, product", [("手机话费 彩铃业务", "手机话费"), ("华为手机 Mate60", "华为手机"),
                                            ("宽带 视频会员", "宽带")])
def test_the_first_thing_named_is_kept_as_said(answer, product):
    assert ex.normalise_product(answer).value == product


# A car named only as a car is asked which one
@pytest.mark.parametrize("story", ["买新车被加装了一堆东西不加就不给提车", "4S店买的汽车有问题", "刚买的新车就漏油",
                                   "新车三个月变速箱坏了能换车吗"])
def test_a_car_named_only_as_a_car_is_asked_which(story):
    assert ex.find_story_product(story) is None


# A one-character kind that begins a name is the name's own
@pytest.mark.parametrize("text, shop", [("匿名举报一下 城东电器城卖翻新冰箱", "城东电器城"),
                                        ("举报 店小二火锅店用过期的肉", "店小二火锅店"),
                                        ("投诉 行家电器行不给保修", "行家电器行")])
def test_a_name_that_begins_with_a_kind_keeps_it(text, shop):
    assert ex.find_merchant(text, strict=True) == shop


# A shop pointed at ("电脑城那家店") is asked for its name
@pytest.mark.parametrize("answer", ["电脑城那家店", "商场里那个店铺", "步行街那间店"])
def test_a_shop_pointed_at_is_asked_for_its_name(answer):
    assert ex.normalise_merchant(answer).error == ex.ERR_PARTIAL


# What the shop does, said beside its name, is not the name
@pytest.mark.parametrize("answer, shop", [("菜市场里卖肉的 摊位23号 老李猪肉摊", "老李猪肉摊"),
                                         ("修手机的 叫快修宝", "快修宝"), ("做窗帘的 美居布艺", "美居布艺")])
def test_a_description_beside_the_name_leaves_the_name(answer, shop):
    assert ex.normalise_merchant(answer).value == shop


# The name someone gave themselves, said as theirs: taken (staff check it)
@pytest.mark.parametrize("answer, shop", [("他们说是 华润燃气", "华润燃气"), ("自称是国家电网的", "国家电网"),
                                         ("对方说是中国移动", "中国移动")])
def test_the_name_they_gave_is_taken(answer, shop):
    assert ex.normalise_merchant(answer).value == shop


# A retailer then its branch: the retailer's own shop
@pytest.mark.parametrize("answer, shop", [("苏宁易购 新街口店", "苏宁易购（新街口店）"),
                                         ("盒马 五道口店", "盒马（五道口店）")])
def test_a_retailer_then_its_branch(answer, shop):
    assert ex.normalise_merchant(answer).value == shop


# An address cut at a unit is no shop ("…小店区坞城路农贸市场": 小店 is a district)
@pytest.mark.parametrize("text", ["太原市小店区坞城路农贸市场", "长沙市开福区湘江中路步行街",
                                  "成都市武侯区一环路南一段20号"])
def test_a_piece_of_an_address_is_no_shop(text):
    assert "merchant_name" not in ex.extract_all(text)


# How long it was used, after 买了, is not what was bought
@pytest.mark.parametrize("story, product", [("电视买了半年屏幕出竖线", "电视"), ("空调买了三个月就不制冷", "空调"),
                                           ("洗衣机买了不到一年就漏水", "洗衣机")])
def test_how_long_after_bought_is_not_the_thing(story, product):
    assert ex.find_story_product(story) == product


# A remark after the thing's name is no part of it
@pytest.mark.parametrize("answer, product", [("环保板材 说是E0级", "环保板材"),
                                            ("实木地板 号称进口的", "实木地板"),
                                            ("奶粉 好像是澳洲的", "奶粉")])
def test_a_remark_after_the_product_is_left_out(answer, product):
    assert ex.normalise_product(answer).value == product


# What the consumer felt or found is no product
@pytest.mark.parametrize("answer", ["修完我就觉得拍照不对", "我感觉质量不对", "用了我才发现不对劲"])
def test_a_feeling_is_no_product(answer):
    assert ex.normalise_product(answer).value is None


# A name introduced as whose it is or in which language
@pytest.mark.parametrize("answer, name", [("Ethan 中文名叫 周奕辰", "周奕辰"), ("我妈叫阿依莫·吉克", "阿依莫·吉克"),
                                         ("我妈叫闫凤兰", "闫凤兰"), ("身份证上是李娜", "李娜"),
                                         ("大名叫刘建华", "刘建华")])
def test_a_name_introduced_for_someone_or_in_another_language(answer, name):
    assert ex.normalise_name(answer).value == name


# A count that says no number ("一堆", "好多", "各种") is no part of the thing; a kind of thing is asked
@pytest.mark.parametrize("story, product", [("我妈在直播间买了一堆保健品 说能治高血压", None),
                                           ("网上买了好多零食 都过期了", None),
                                           ("买了一堆纳豆红曲胶囊 吃了没用", "纳豆红曲胶囊"),
                                           ("订了好几箱车厘子 全是烂的", "车厘子")])
def test_a_count_without_a_number_is_no_part_of_the_thing(story, product):
    assert ex.find_story_product(story) == product
