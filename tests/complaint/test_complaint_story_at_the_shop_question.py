"""Asked which shop it was, a consumer may go on telling what happened there: how dirty, how rude, what they
would not do, when the order went in. Those words are no shop's name (the question is asked again); names that
hold such a word as part of a brand stay names."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("answer", [
    "厨房里脏得要命", "他家的服务员态度特别恶劣", "那老板凶得很", "售后真不靠谱", "店员太敷衍了",
    "他们死活不给退", "就是不肯认账", "卫生也太差了吧", "昨天晚上八点下的单",
])
def test_what_happened_at_the_shop_is_no_name(answer):
    assert ex.normalise_merchant(answer).value is None


@pytest.mark.parametrize("answer", ["太二酸菜鱼", "很久以前羊肉串", "不二家", "好利来", "乱世佳人服装店",
                                    "真功夫", "黑白灰服装", "老乡鸡（万达店）"])
def test_names_with_such_words_in_them_stay_names(answer):
    assert ex.normalise_merchant(answer).value == answer


@pytest.mark.parametrize("answer, shop", [("滴滴 周五早上下的单", "滴滴"), ("闪送 上午十点下的单 三十块", "闪送")])
def test_an_app_named_beside_when_it_was_ordered_is_the_shop(answer, shop):
    assert ex.normalise_merchant(answer).value == shop


@pytest.mark.parametrize("answer", ["那个收银员骂人", "售后一直推来推去", "老板特别横", "店里又脏又乱", "这种黑心商家",
                                    "客服就是不处理"])
def test_who_did_what_there_is_no_name_either(answer):
    assert ex.normalise_merchant(answer).value is None


@pytest.mark.parametrize("answer, shop", [("小肥羊 服务员态度差", "小肥羊"), ("横店影视城", "横店影视城"),
                                          ("又一村饭店", "又一村饭店"), ("老板娘火锅", "老板娘火锅")])
def test_a_name_with_a_story_beside_it_or_such_words_in_it_is_the_name(answer, shop):
    assert ex.normalise_merchant(answer).value == shop
