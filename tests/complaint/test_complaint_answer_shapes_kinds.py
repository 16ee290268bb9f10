"""Kinds of answer shape the answer-shapes probe found changing the shop's, the address' and the
name's value (issue 16), each in our own wording."""
import pytest

from complaint import extract as ex
from complaint.extract.spoken import answer_core


# ---------------------------------------------------------------- what is said around any answer
@pytest.mark.parametrize("said, core", [
    ("嗯 红星美凯龙～", "红星美凯龙"), ("呃，林家铺子！！", "林家铺子"), ("那个 嗯 雷振宇 谢谢啦", "雷振宇"),
    ("滨江路19号 🙏", "滨江路19号"), ("好运来超市[抱拳]", "好运来超市"), ("郑雨桐。谢谢！", "郑雨桐"),
    ("ＭＵＪＩ（来福士店）", "MUJI(来福士店)"),
])
def test_the_answer_without_sounds_marks_emoji_and_thanks(said, core):
    assert answer_core(said) == core


@pytest.mark.parametrize("said", ["娃哈哈", "星空网吧", "蓝调酒吧", "嗯嗯", "额尔敦"])
def test_what_only_looks_like_a_sound_or_particle_stays(said):
    assert answer_core(said) == said


# ---------------------------------------------------------------- names
@pytest.mark.parametrize("said, name", [
    ("那个邱晓燕", "邱晓燕"), ("就是蒋志鹏", "蒋志鹏"), ("是古丽米拉", "古丽米拉"),
    ("雷振宇～", "雷振宇"), ("葛书婷😊", "葛书婷"), ("尹海波，麻烦了", "尹海波"), ("嗯，祁红梅!", "祁红梅"),
])
def test_a_name_said_with_words_around_it(said, name):
    assert ex.normalise_name(said).value == name


# ---------------------------------------------------------------- shops
@pytest.mark.parametrize("said, name", [
    ("那个潮汕牛肉火锅（南门店）", "潮汕牛肉火锅（南门店）"), ("那个顺风车行", "顺风车行"),
    ("就是桃李面包坊", "桃李面包坊"), ("嗯嗯 林家铺子", "林家铺子"), ("天一阁书店～", "天一阁书店"),
    ("乐活健身（东湖店）🙏", "乐活健身（东湖店）"), ("新华书店谢谢", "新华书店"),
])
def test_a_shop_named_with_words_around_it(said, name):
    assert ex.normalise_merchant(said).value == name


@pytest.mark.parametrize("said, name", [
    ("美家乐装饰那家", "美家乐装饰"), ("是金太阳幼教中心这家", "金太阳幼教中心"), ("稻花香食品厂那家", "稻花香食品厂"),
])
def test_a_shop_named_then_pointed_at(said, name):
    assert ex.normalise_merchant(said).value == name


@pytest.mark.parametrize("said", ["解放路那家", "商场二楼那家", "小区对面那家"])
def test_a_place_pointed_at_still_asks_which_shop(said):
    assert ex.normalise_merchant(said).value is None


@pytest.mark.parametrize("said, name", [
    ("在宏达汽修厂修的", "宏达汽修厂"), ("是在又一村菜馆吃的", "又一村菜馆"), ("在苏宁易购买的", "苏宁易购"),
    ("从都市丽人专卖店买的", "都市丽人专卖店"), ("在安心家政约的", "安心家政"),
])
def test_an_answer_bought_at_a_shop_names_the_whole_shop(said, name):
    # (a verb inside the name, 修 of 汽修厂 or 又 of 又一村, does not end it)
    assert ex.normalise_merchant(said).value == name


@pytest.mark.parametrize("said", ["在老家买的", "在网上买的", "在楼下超市买的"])
def test_bought_at_a_place_or_a_kind_of_shop_is_no_name(said):
    assert ex.normalise_merchant(said).value is None


# ---------------------------------------------------------------- addresses and platforms
@pytest.mark.parametrize("said, address", [
    ("那个长沙市岳麓区 麓山南路 12号", "长沙市岳麓区麓山南路12号"),
    ("就是厦门市思明区中山路88号", "厦门市思明区中山路88号"),
    ("是兰州市城关区张掖路5号啊", "兰州市城关区张掖路5号"),
    ("那个宁夏回族自治区银川市兴庆区解放西街", "宁夏回族自治区银川市兴庆区解放西街"),
])
def test_an_address_said_with_words_around_it(said, address):
    assert ex.normalise_address(said).value == address
    assert address.startswith(ex.find_address(said))


@pytest.mark.parametrize("said, place", [
    ("地址是快手", "网店（快手）"), ("地址：微信视频号", "网店（视频号）"), ("就是拼多多！", "网店（拼多多）"),
])
def test_an_online_shops_place_said_as_its_address(said, place):
    assert ex.normalise_address(said).value == place


@pytest.mark.parametrize("said, platform", [
    ("大麦ａｐｐ上抢的票", "大麦"), ("ｊｄ上买的", "京东"), ("在ＰＤＤ下的单", "拼多多"),
])
def test_a_platform_typed_in_full_width_letters(said, platform):
    assert ex.find_platform(said) == platform


# ---------------------------------------------------------------- a kind of shop, then its name
@pytest.mark.parametrize("said, name", [
    ("公园门口那个小卖部 叫顺心商店", "顺心商店"), ("车站里的快餐店 叫好味来快餐店", "好味来快餐店"),
    ("村口小卖部 叫兴旺商店", "兴旺商店"), ("招牌叫 甜心蛋糕店", "甜心蛋糕店"), ("门头叫 老周五金店", "老周五金店"),
])
def test_a_kind_of_shop_or_one_pointed_at_then_its_own_name(said, name):
    assert ex.normalise_merchant(said).value == name


@pytest.mark.parametrize("said, name", [
    ("中石化加油站 叫城南加油站", "中石化加油站（城南加油站）"), ("我爱我家 望京店", "我爱我家（望京店）"),
    ("中国联通 北门那个营业厅", "中国联通"), ("国家电网 镇上那个营业厅", "国家电网"),
])
def test_a_chain_and_which_of_its_shops(said, name):
    assert ex.normalise_merchant(said).value == name


@pytest.mark.parametrize("said, name", [
    ("带团的 金桥旅游公司", "金桥旅游公司"), ("街上的 老邓五金店", "老邓五金店"), ("他们老板开的 宏运驾校", "宏运驾校"),
    ("卖肉的 牌子上写的 张屠户鲜肉", "张屠户鲜肉"), ("修车的 门头上印的 飞驰汽修", "飞驰汽修"),
])
def test_who_or_where_said_with_de_before_the_name(said, name):
    assert ex.normalise_merchant(said).value == name


@pytest.mark.parametrize("said", ["农资店", "镇上那个种子店", "发型屋", "那家理发屋"])
def test_more_kinds_of_shop_are_no_name(said):
    assert ex.normalise_merchant(said).value is None


@pytest.mark.parametrize("text", ["我爸去营业厅办的宽带", "我老婆跑到药店买的", "孩子进网吧玩了一下午"])
def test_where_someone_went_is_no_shops_name(text):
    assert ex.find_merchant(text, strict=True) is None


@pytest.mark.parametrize("text, name", [
    ("上个月在临朐县民主路苏宁电器买的", "民主路苏宁电器"), ("在洛阳市中州路老凤祥金店买的金镯子", "中州路老凤祥金店"),
    ("去年在太和县人民路好又多超市买的", "人民路好又多超市"),
])
def test_the_county_or_city_before_a_street_shop_is_its_address(text, name):
    assert ex.find_merchant(text, strict=True) == name


@pytest.mark.parametrize("text", ["在万家福超市楼上", "永辉超市二楼那家", "就在夜市口子上", "五金门市部里面"])
def test_a_supermarket_or_night_market_is_no_city(text):
    assert ex.find_address(text) is None


@pytest.mark.parametrize("text", ["显示本人签收 可我根本没收到", "说要本人到场才能办", "快递写的本人已取"])
def test_myself_inside_a_sentence_introduces_no_name(text):
    assert ex.find_name(text) is None


@pytest.mark.parametrize("text, name", [("本人吕建华，电话在后面", "吕建华"), ("我本人孟庆东", "孟庆东")])
def test_myself_then_a_name(text, name):
    assert ex.find_name(text) == name


@pytest.mark.parametrize("text, name", [
    ("我姓葛 叫葛书婷～", "葛书婷"), ("免贵姓尹 尹海波🙏", "尹海波"), ("我叫祁红梅！！", "祁红梅"),
])
def test_a_name_found_in_a_message_that_ends_with_marks(text, name):
    assert ex.find_name(text) == name


@pytest.mark.parametrize("said, name", [
    ("他家门口写的 福来超市", "福来超市"), ("店门前写着 阿香米线", "阿香米线"),
    ("卖菜的 棚子外面挂着 老秦蔬菜", "老秦蔬菜"),
])
def test_a_name_read_where_it_is_written(said, name):
    assert ex.normalise_merchant(said).value == name
