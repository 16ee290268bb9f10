"""Kinds of value a round of new users met (the values read from what they said; all wordings our own):
a house or building number in an address is no day of purchase; "去年的今天" is that day a year back; a
month said alone is read as a month (its day then asked); a compound surname with a given name of one or
two characters of any kind is a name."""
import datetime as dt

import pytest

from complaint import extract as ex

TODAY = dt.date(2026, 12, 7)


# ---------------------------------------------------------------- a number in an address is no day

@pytest.mark.parametrize("said", ["杭州市西湖区 文三路 12号 华星科技大厦", "南京市鼓楼区中山北路 8号 某某购物广场二楼",
                                  "深圳市南山区科技园 三号办公楼 6层", "在建设路 18号 那家店办的卡",
                                  "园区 5号馆 的展位"])
def test_a_house_or_building_number_is_no_day(said):
    assert ex.find_date(said, TODAY) is None


@pytest.mark.parametrize("said, date", [("5号在店里买的", "2026-12-05"), ("上个月 9号买的", "2026-11-09"),
                                        ("那天是3号，在超市付的钱", "2026-12-03")])
def test_a_day_said_with_the_buying_is_still_read(said, date):
    assert ex.find_date(said, TODAY) == date


# ---------------------------------------------------------------- this day of a year before

@pytest.mark.parametrize("said, date", [("去年的今天", "2025-12-07"), ("前年今天办的", "2024-12-07"),
                                        ("就是去年这天买的", "2025-12-07")])
def test_this_day_a_year_back_is_not_today(said, date):
    assert ex.normalise_date(said, TODAY).value == date


# ---------------------------------------------------------------- a month said alone

@pytest.mark.parametrize("said, value, month", [("6月份", "2026-06-01", "6月"),
                                                ("差不多九月份买的", "2026-09-01", "9月"),
                                                ("十月份开始扣的钱", "2026-10-01", "10月"),
                                                ("应该是12月吧", "2026-12-01", "12月")])
def test_a_month_alone_is_the_month_with_its_day_to_ask(said, value, month):
    parsed = ex.normalise_date(said, TODAY)
    assert parsed.value == value and ex.rough_date(said) == month


def test_a_month_alone_later_than_this_one_is_last_years():
    assert ex.normalise_date("十二月份", dt.date(2026, 3, 2)).value == "2025-12-01"


@pytest.mark.parametrize("said", ["6月二十几号", "10月份那一次", "5月和6月都买过"])
def test_a_month_with_more_said_is_not_taken_as_the_month(said):
    assert ex.normalise_date(said, TODAY).value is None


# ---------------------------------------------------------------- compound surnames

@pytest.mark.parametrize("said", ["东方不败", "纳兰若水", "纳兰博", "完颜阿骨", "上官无悔", "我叫宇文不凡"])
def test_a_compound_surname_and_any_given_name_is_a_name(said):
    assert ex.normalise_name(said).value == said.removeprefix("我叫")


@pytest.mark.parametrize("said", ["欧阳", "纳兰"])
def test_a_compound_surname_alone_asks_for_the_whole_name(said):
    assert ex.normalise_name(said).error == ex.ERR_PARTIAL


@pytest.mark.parametrize("said", ["东方不知道", "欧阳没有", "司马不是"])
def test_a_sentence_after_a_compound_surname_is_no_name(said):
    assert ex.normalise_name(said).value is None


# ---------------------------------------------------------------- merchants said with a hedge, a remark or bare

@pytest.mark.parametrize("said, name", [("他们自己说是什么宏图教育咨询有限公司", "宏图教育咨询有限公司"),
                                        ("好像叫什么永盛超市", "永盛超市"),
                                        ("听说是叫啥大发家具城", "大发家具城"),
                                        ("店员自称是康美贸易公司的", "康美贸易公司")])
def test_a_name_said_with_a_hedge_is_the_name(said, name):
    assert ex.normalise_merchant(said).value == name
    assert ex.find_merchant(said) == name  # (found in free text too: the dialogue's check of an answer)


@pytest.mark.parametrize("said, name", [("顺风搬家（这是他们在网上挂的名字）", "顺风搬家"),
                                        ("阿强开锁(我记得是这个)", "阿强开锁"),
                                        ("好邻居家政（网上叫的）", "好邻居家政")])
def test_a_remark_in_brackets_after_the_name_is_no_part_of_it(said, name):
    assert ex.normalise_merchant(said).value == name


@pytest.mark.parametrize("said", ["老庙黄金（南京路店）", "学大教育(徐汇校区)"])
def test_a_branch_in_brackets_stays(said):
    assert ex.normalise_merchant(said).value == ex.clean(said).replace("(", "（").replace(")", "）")


@pytest.mark.parametrize("said, name", [("百度", "百度"), ("网易", "网易"), ("优酷", "优酷")])
def test_an_internet_company_said_bare_is_the_seller(said, name):
    assert ex.normalise_merchant(said).value == name
    assert ex.normalise_name(said).value is None


@pytest.mark.parametrize("said, name", [("饿了么的会员", "饿了么"), ("京东PLUS会员", "京东"), ("爱奇艺VIP", "爱奇艺")])
def test_a_platforms_own_membership_is_sold_by_the_platform(said, name):
    assert ex.normalise_merchant(said).value == name


# ---------------------------------------------------------------- a count and the price of one; a later cost

@pytest.mark.parametrize("said, amount", [("订了20桌，每桌1688", "33760.00"), ("住了两晚 每晚四百", "800.00"),
                                          ("三个人，一人299", "897.00"), ("10桌 一桌两千", "20000.00")])
def test_a_count_and_the_price_of_one_make_the_total(said, amount):
    assert ex.normalise_amount(said).value == amount
    assert ex.find_amount(said) == amount


@pytest.mark.parametrize("said", ["酒席摆了一共30桌", "总共12间房"])
def test_a_count_after_a_total_word_is_no_sum(said):
    assert ex.find_amount(said) is None


@pytest.mark.parametrize("said, amount", [("猫2600，后来看病花了1500", "2600.00"),
                                          ("烫头298，去医院又花了四百多", "298.00"),
                                          ("按摩128 检查花了300", "128.00")])
def test_the_price_of_what_was_bought_not_a_later_cost(said, amount):
    assert ex.normalise_amount(said).value == amount


def test_a_later_cost_in_an_account_is_not_taken_for_the_price():
    assert ex.find_amount("买的猫2600，后来治病花了1500") != "1500.00"
    assert ex.find_amount("住院花了五千") == "5000.00"  # (said alone it is the only sum there is)


# ---------------------------------------------------------------- the thing bought ends where the thing ends

@pytest.mark.parametrize("said, thing", [("给女儿报的钢琴课老师换了三次", "钢琴课"),
                                         ("在那家诊所做的隆鼻失败了", "隆鼻"),
                                         ("买的蓝牙耳机一只不响了", "蓝牙耳机"),
                                         ("网上买的粽子打开全是霉点", "粽子"),
                                         ("二手手机商卖给我一台翻新机", "翻新机")])
def test_the_thing_ends_before_a_person_a_result_a_count_or_a_verb(said, thing):
    assert ex.find_story_product(said) == thing


@pytest.mark.parametrize("said", ["在健身房办了卡，现在不想去了要退", "报的班上了两节 想退"])
def test_what_the_consumer_means_to_do_is_no_thing(said):
    assert ex.find_story_product(said) not in ("要退", "想退")


@pytest.mark.parametrize("said", ["直播间叫“甜甜好物”", "店名叫老街小吃", "他家叫阿明数码"])
def test_a_shop_called_by_its_name_is_no_answer_for_the_thing(said):
    assert ex.normalise_product(said).value is None


def test_a_medicine_against_an_allergy_keeps_its_name():
    assert ex.find_story_product("药店买的抗过敏药没用") == "抗过敏药"


# ---------------------------------------------------------------- where the consumer went, said in a frame

@pytest.mark.parametrize("said, where", [("我去的是温州鹿城区", "温州鹿城区"),
                                         ("当时住的地方是丽江市古城区七一街", "丽江市古城区七一街"),
                                         ("我们去的店在厦门市思明区中山路", "厦门市思明区中山路")])
def test_the_frame_before_a_place_is_no_part_of_the_address(said, where):
    assert ex.normalise_address(said).value == where


# ---------------------------------------------------------------- the same day said again after 就是

@pytest.mark.parametrize("said, date", [("礼拜六，就是前天", "2026-12-05"), ("上周四 也就是12月3号", "2026-12-03"),
                                        ("那个周日 就是昨天", "2026-12-06")])
def test_a_day_said_again_after_jiushi_is_the_one_meant(said, date):
    assert ex.normalise_date(said, TODAY).value == date
    assert ex.find_date(said, TODAY) == date


# ---------------------------------------------------------------- 花 in a noun is no paying

@pytest.mark.parametrize("said", ["被子里全是碎棉花一样的东西", "店里的鲜花一枝都没送到", "放的烟花一半没响"])
def test_the_flower_of_a_noun_is_no_paying(said):
    assert ex.find_amount(said) is None


# ---------------------------------------------------------------- a shop pointed at after the street

@pytest.mark.parametrize("said, where", [("温州鹿城区 五马街那家眼镜店", "温州鹿城区五马街"),
                                         ("长沙市岳麓区 麓山路那个奶茶店", "长沙市岳麓区麓山路"),
                                         ("苏州市姑苏区观前街上那家银楼", "苏州市姑苏区观前街")])
def test_the_shop_pointed_at_after_the_street_is_no_part_of_the_address(said, where):
    assert ex.normalise_address(said).value == where


# ---------------------------------------------------------------- what a shop is like is no name of it

@pytest.mark.parametrize("said", ["我们在一家网红火锅店吃的", "高端酒店", "找了个无证诊所"])
def test_what_a_shop_is_like_and_its_kind_is_no_name(said):
    assert ex.find_merchant(said, strict=True) is None
    assert ex.normalise_merchant(said).value is None


@pytest.mark.parametrize("said, name", [("就是菜场门口那个「水果批发」的摊子", "水果批发"),
                                        ("夜市里一家“烧烤”的档口", "烧烤"),
                                        ("商场三楼「眼镜验光」那家", "眼镜验光")])
def test_a_name_in_quotes_is_the_name_as_the_sign_says_it(said, name):
    assert ex.normalise_merchant(said).value == name


# ---------------------------------------------------------------- a card named by the kind of shop

@pytest.mark.parametrize("said, card", [("游泳馆的储值卡", "游泳卡"), ("投诉 洗车店会员卡", "洗车卡"),
                                        ("美甲店的预付卡退不了", "美甲会员卡")])
def test_a_card_named_by_the_kind_of_shop_is_that_kinds_card(said, card):
    assert ex.find_product(said) == card


# ---------------------------------------------------------------- a month alone in a story, said with the buying

@pytest.mark.parametrize("said, month", [("孩子的钢琴课，差不多七月份报的名，老师换了三个", "7月"),
                                         ("冰箱是三月份买的，现在不制冷了", "3月"),
                                         ("在他们家充了卡，大概10月份充的", "10月")])
def test_a_month_alone_said_with_the_buying_is_found_and_its_day_asked(said, month):
    assert ex.find_date(said, TODAY) is not None and ex.rough_date(said) == month


def test_a_month_said_of_something_else_is_no_purchase_date():
    assert ex.find_date("会员卡十月份就到期了", TODAY) is None


# ---------------------------------------------------------------- whose neighbourhood; taken to a kind of shop

@pytest.mark.parametrize("said, name", [("就是我们小区门口的刘记五金", "刘记五金"),
                                        ("我们村口的张记小卖部", "张记小卖部"),
                                        ("咱们镇上的老马修车铺", "老马修车铺")])
def test_whose_neighbourhood_before_the_shop_is_no_part_of_it(said, name):
    assert ex.normalise_merchant(said).value == name


@pytest.mark.parametrize("said", ["在丽江被一个地接骗去银器店", "导游硬是拉到一家茶叶店", "被司机带去的一家玉器店"])
def test_being_taken_to_a_kind_of_shop_names_none(said):
    assert ex.find_merchant(said) is None


# ---------------------------------------------------------------- dates settled among other words

@pytest.mark.parametrize("said, date", [("十月二十号 那天是周二", "2026-10-20"),
                                        ("好像是十一月二号 不对 三号 当天是星期二", "2026-11-03"),
                                        ("11月9号，那天刚好是周一", "2026-11-09")])
def test_a_weekday_said_to_confirm_the_day_is_no_date_of_its_own(said, date):
    assert ex.normalise_date(said, TODAY).value == date
    assert ex.find_date(said, TODAY) == date


@pytest.mark.parametrize("said, date", [("月初吧 三号 嗯 三号", "2026-12-03"),
                                        ("上个月中旬 十六号 对 十六号", "2026-11-16"),
                                        ("卡是2024年3月办的 写3月8号", "2024-03-08")])
def test_the_exact_day_said_after_a_rough_one_even_twice_or_to_be_written(said, date):
    assert ex.normalise_date(said, TODAY).value == date


# ---------------------------------------------------------------- no branch, no sum, not the streamer

@pytest.mark.parametrize("said, name", [("店名是 潮玩小铺 三钻店", "潮玩小铺"), ("阿福家腊肉 淘宝店", "阿福家腊肉"),
                                        ("优品生活馆 拼多多店", "优品生活馆")])
def test_the_platform_or_the_sellers_rating_after_the_name_is_no_branch(said, name):
    assert ex.normalise_merchant(said).value == name


def test_a_real_branch_after_a_space_stays():
    assert ex.normalise_merchant("永辉超市 城北店").value == "永辉超市（城北店）"


@pytest.mark.parametrize("said, amount", [("押一付三 押金四千二", "4200.00"), ("押二付一，押金三千", "3000.00"),
                                          ("押一付三 一个月一千八", "1800.00")])
def test_how_rent_is_paid_is_no_sum(said, amount):
    assert ex.normalise_amount(said).value == amount


@pytest.mark.parametrize("said, name", [("快手上的 玉满堂翡翠 主播叫阿玉", "玉满堂翡翠"),
                                        ("抖音 宝丽珠宝 那个主播叫琳琳", "宝丽珠宝"),
                                        ("厂区门口的 快乐小卖部", "快乐小卖部")])
def test_the_shop_named_beside_a_streamer_or_a_place_is_the_shop(said, name):
    assert ex.normalise_merchant(said).value == name


@pytest.mark.parametrize("said, date", [("是前天去的 就是周六", "2026-12-05"), ("12月2号 也就是礼拜三", "2026-12-02"),
                                        ("那天就是昨天", "2026-12-06")])
def test_a_weekday_said_again_after_jiushi_yields_to_the_day_said_otherwise(said, date):
    assert ex.normalise_date(said, TODAY).value == date
