"""Two kinds of reading the thing: what a shop is told to sell ("那家超市卖发霉的面包") names the thing, without what
it turned out to be (发霉的, 假冒的, which the problem keeps) or who sells it (卖水果的老周); and a thing counted with a
measure word ("买了把雨伞", "入手了一枚戒指", "订了张沙发") keeps its name without the count, by every reader."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said, thing", [
    ("楼下超市卖发霉的面包", "面包"),
    ("有个主播在直播间卖假冒的五粮液", "五粮液"),
    ("那个母婴店卖临期奶粉还不打折", "奶粉"),
    ("他们卖给我一双高仿的运动鞋", "运动鞋"),
    ("村口小卖部卖给我孙子过期的辣条", "辣条"),
    ("菜市场卖注水的牛肉", "牛肉"),
    ("我要举报一个卖三无面膜的微商", "面膜"),
])
def test_what_a_shop_sells_names_the_thing_without_what_it_turned_out_to_be(said, thing):
    assert ex.find_story_product(said) == thing
    assert ex.find_product(said) == thing


@pytest.mark.parametrize("said", ["他们卖假的阿胶", "这家卖过期的饮料"])
def test_the_problem_keeps_what_the_goods_turned_out_to_be(said):
    assert ex.find_problem(said) and ("假" in ex.find_problem(said) or "过期" in ex.find_problem(said))


@pytest.mark.parametrize("said", ["卖家一直不回消息", "外卖里吃出一根头发", "在家电卖场买的", "他把车位卖给外面的人了",
                                  "一斤卖三十块", "卖的人说不能退", "他们家到底卖不卖"])
def test_words_of_selling_that_name_no_thing_sold(said):
    found = ex.find_story_product(said)
    assert found is None or not any(word in found for word in ("人", "外面", "三十", "头发里", "不卖"))


def test_who_sells_it_is_no_part_of_the_thing():
    assert ex.find_story_product("菜场门口卖水果的老周那里买了三斤荔枝") == "荔枝"
    assert ex.find_product("举报一个卖自制香肠的网店") == "自制香肠"


@pytest.mark.parametrize("said, thing", [
    ("买了把雨伞 第一次用骨架就断了", "雨伞"), ("上个月入手了一枚钻戒", "钻戒"), ("在家具城订了张沙发", "沙发"),
    ("给老人买了双棉拖鞋", "棉拖鞋"), ("网上买了俩充电宝", "充电宝"), ("买了颗珍珠吊坠", "珍珠吊坠"),
    ("订了张往返机票", "往返机票"), ("买了条羊绒围巾", "羊绒围巾"),
])
def test_a_counted_thing_keeps_its_name_without_the_count(said, thing):
    for reader in (ex.find_product, ex.find_story_product, lambda t: ex.normalise_product(t).value,
                   lambda t: ex.extract_all(t).get("product")):
        assert reader(said) == thing, reader


@pytest.mark.parametrize("answer, thing", [("个玉石手镯", "玉石手镯"), ("一条珍珠项链", "珍珠项链"),
                                           ("张按摩床垫", "按摩床垫"), ("双儿童运动鞋", "儿童运动鞋"),
                                           ("一枚金戒指", "金戒指")])
def test_a_count_said_with_the_thing_as_the_answer_is_no_part_of_it(answer, thing):
    assert ex.find_story_product(answer) == thing
    assert ex.normalise_product(answer).value == thing


@pytest.mark.parametrize("said", ["做了个双眼皮", "去了趟张家界", "买了个套餐"])
def test_words_that_begin_with_a_measure_keep_it(said):
    found = ex.find_story_product(said) or ex.find_product(said) or ""
    assert not found or found[0] in "双张套"


@pytest.mark.parametrize("said, thing", [("健身房办的年卡能退吗", "健身年卡"),
                                         ("网上买的扫地机器人能换新的吗", "扫地机器人"),
                                         ("买到的翻新平板能退吗", "翻新平板"),
                                         ("得物买的球鞋鉴定是真的 穿两天开胶了", "球鞋")])
def test_a_question_of_what_may_be_had_for_it_is_no_part_of_the_thing(said, thing):
    assert ex.find_story_product(said) == thing


@pytest.mark.parametrize("said", ["网上买到假货能赔几倍", "买到高仿的能要求三倍赔偿吗", "牛排买到拼接的算欺诈吗"])
def test_a_question_about_fakes_names_no_thing(said):
    found = ex.find_story_product(said)
    assert found is None or not any(word in found for word in ("能", "算", "赔"))
