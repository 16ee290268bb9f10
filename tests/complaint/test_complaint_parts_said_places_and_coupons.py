"""Readers of the twenty-sixth round (issue 16): a name said in parts with their words, then whole; who the caller is
said beside the name; where a stall stands said before its name; a shop called by a name that people give it; 的
between a district or a crossing and the place; a tower's room ending the address; a coupon's worth beside the sum
paid."""
import datetime as dt

import pytest

from complaint import extract as ex


@pytest.mark.parametrize("answer, name", [
    ("复姓司马 名叫晓东 司马晓东", "司马晓东"),        # the compound surname, the given name, then the whole
    ("姓诸葛 名字是明远 诸葛明远", "诸葛明远"),
    ("我姓林 名字叫思琪 林思琪", "林思琪"),
    ("就填我 我是车主 孟雪", "孟雪"),                   # whose name to put down and who the caller is, then the name
    ("写我的 我是业主 钱文博", "钱文博"),
    ("姓欧阳，叫欧阳娜娜", "欧阳娜娜"),
])
def test_name_said_in_parts_then_whole(answer, name):
    assert ex.normalise_name(answer).value == name


@pytest.mark.parametrize("answer, shop", [
    ("商场一楼右手边那家小米之家", "小米之家"),            # where it stands, then its name
    ("夜市最里面的阿强烧烤", "阿强烧烤"),
    ("小区门口对面的好邻居便利店", "好邻居便利店"),
    ("附近的学生都叫它王老师书法班", "王老师书法班"),      # the name people give it, whoever they are
    ("没有招牌 家长们一般叫它小太阳托管", "小太阳托管"),
])
def test_merchant_without_where_it_stands_or_who_calls_it(answer, shop):
    assert ex.normalise_merchant(answer).value == shop


@pytest.mark.parametrize("text, address", [
    ("杭州市西湖区的银泰百货三楼", "杭州市西湖区银泰百货三楼"),
    ("在武汉市洪山区珞喻路和卓刀泉路交叉口的群光广场5楼买的", "武汉市洪山区珞喻路和卓刀泉路交叉口群光广场5楼"),
    ("公司在成都市高新区天府大道和锦城大道交口的环球中心B座2306，合同是去年签的",
     "成都市高新区天府大道和锦城大道交口环球中心B座2306"),
    ("办公室在长沙市岳麓区麓谷大道的中电软件园7栋1203", "长沙市岳麓区麓谷大道中电软件园7栋1203"),
])
def test_address_without_de_and_with_the_towers_room(text, address):
    assert ex.find_address(text, landmark=True) == address


@pytest.mark.parametrize("answer, amount", [
    ("实付2159元，用了一张40的优惠券", "2159.00"),          # the coupon's worth is no sum paid
    ("我付了368 红包抵了10块", "368.00"),
    ("金额写错了 应该是1280 我用了50块的代金券", "1280.00"),
    ("实际付了860 优惠券抵了50", "860.00"),
])
def test_sum_paid_beside_a_coupon(answer, amount):
    assert ex.normalise_amount(answer).value == amount


@pytest.mark.parametrize("text, name", [
    ("复姓司马 名叫晓东 司马晓东", "司马晓东"),          # in free text too: the whole name, not the given name
    ("我姓林 名字叫思琪 林思琪", "林思琪"),
    ("复姓上官 名字是婉清 上官婉清", "上官婉清"),
])
def test_find_name_said_in_parts_then_whole(text, name):
    assert ex.find_name(text) == name


@pytest.mark.parametrize("text", [
    "手机话费这两个月莫名多扣了三十块",                  # the line's charges, no phone bought
    "宽带月租突然涨了 也没通知",
    "联系人：周明，手机：一五八 六六二 三四 九 一零",     # a contact label read out in words
])
def test_no_device_from_charges_or_contact_labels(text):
    assert ex.find_product(text) is None or ex.find_product(text) not in ("手机", "宽带")


@pytest.mark.parametrize("text, product", [
    ("买的银手镯发票写足银 结果检测不是", "银手镯"),      # what the paper says is no part of the name
    ("买的金项链标签印的18K 实际不是", "金项链"),
    ("买的黄金吊坠 发票写的是足金", "黄金吊坠"),
])
def test_story_product_stops_before_what_a_paper_says(text, product):
    assert ex.find_story_product(text) == product


@pytest.mark.parametrize("text, absent", [
    ("物业上门说水管老化必须换他们指定的 收了三百", "换货"),   # what they said must be done, no demand
    ("客服说这个型号只能寄回厂家检测", "退货"),
    ("检测出来甲醛超标三倍多 要求赔偿", "三倍赔偿"),         # a comparison, no multiple claimed
    ("这家的价格比别家贵了两倍 我要退差价", "两倍赔偿"),
])
def test_demand_not_from_what_they_required_or_compared(text, absent):
    assert absent not in ex.find_demands(text)


@pytest.mark.parametrize("text, demand", [
    ("缺的分量给我补足 不然退钱", "继续履行"),              # what is short made up is the contract performed
    ("把少上的课时补齐", "继续履行"),
    ("地板要换回合同约定的品牌", "继续履行"),
    ("检测出来甲醛超标三倍多 要求赔偿", "赔偿"),
])
def test_demand_made_up_or_put_back_as_agreed(text, demand):
    assert demand in ex.find_demands(text)


@pytest.mark.parametrize("text, platform", [
    ("收到的球鞋是假的 拿去得物鉴定没通过", None),        # the platform checked the goods, it did not sell them
    ("淘宝上买的包 得物验货说是仿的", "淘宝"),
    ("健身房在朋友圈发的案例图都是P的", None),           # the seller's own posts, no purchase there
    ("拼多多上下单的 后来去得物验了是假的", "拼多多"),
])
def test_platform_not_from_checking_or_showing(text, platform):
    assert ex.find_platform(text) == platform


@pytest.mark.parametrize("text, day", [
    ("上个月十八", dt.date(2026, 11, 18)),                 # the day in words, no 号 after it
    ("上个月 就是发工资那天 上个月二十六", dt.date(2026, 11, 26)),
    ("上上个月二十吧", dt.date(2026, 10, 20)),
])
def test_last_month_day_without_hao(text, day):
    assert ex.normalise_date(text, today=dt.date(2026, 12, 8)).value == day.isoformat()


@pytest.mark.parametrize("text", ["上个月十五块钱买的", "上个月十二次"])
def test_last_month_count_is_no_day(text):
    assert ex.normalise_date(text, today=dt.date(2026, 12, 8)).value == "2026-11-01"


@pytest.mark.parametrize("answer, shop", [
    ("便民大药房（南湖区解放大道）", "便民大药房"),         # the district and street in brackets: where, no branch
    ("好又多超市（建设路66号）", "好又多超市"),              # a door number in brackets
    ("星巴克（万象城店）", "星巴克（万象城店）"),            # a branch stays
    ("中通快递（城东网点）", "中通快递（城东网点）"),
    ("中国邮政（拱墅区湖墅南路支局）", "中国邮政（拱墅区湖墅南路支局）"),   # a branch named by its street stays
])
def test_merchant_without_its_address_in_brackets(answer, shop):
    assert ex.normalise_merchant(answer).value == shop
    assert ex.find_merchant(f"上个月在{answer}办的业务") == shop


@pytest.mark.parametrize("text", ["按协议把钱全退给我", "就一个要求 按协议来退", "按协议上写的赔"])
def test_demand_as_the_agreement_says_is_performance(text):
    assert "继续履行" in ex.find_demands(text)
