"""A shop's address in brackets after its name, and a market stall's number (issue 16): the bracket was kept as
if it were the branch ("陈记肉铺（湖南省…17号摊）"), and the stall's 摊 was cut off the address."""
from complaint.extract import find_address, find_merchant


def test_an_address_in_brackets_after_a_called_name_is_no_part_of_it():
    assert find_merchant("商家叫老周面馆（襄阳市樊城区长虹路6号）") == "老周面馆"


def test_an_address_in_brackets_in_a_sentence():
    assert find_merchant("在阿英海鲜（湛江市霞山区海滨大道9号）买的虾是死的") == "阿英海鲜"


def test_a_branch_in_brackets_that_names_its_city_is_kept():
    assert find_merchant("在名创优品（武汉市江汉路店）买的") == "名创优品（武汉市江汉路店）"


def test_a_market_said_before_a_stall_name_is_where():
    assert find_merchant("在集贸市场刘记干货店买的木耳") == "刘记干货店"


def test_a_stall_number_keeps_its_stall():
    assert find_address("衡阳市雁峰区蔬菜批发市场8号摊") == "衡阳市雁峰区蔬菜批发市场8号摊"


def test_a_stall_numbered_as_a_booth():
    assert find_address("义乌市稠城街道国际商贸城二区105号档口") == "义乌市稠城街道国际商贸城二区105号档口"


def test_a_stall_said_with_its_suffix():
    assert find_address("肇庆市端州区菜市场3号摊位 卖鱼的") == "肇庆市端州区菜市场3号摊位"


def test_a_market_before_a_stall_name_called_one():
    assert find_merchant("商家：集贸市场王婶豆腐摊（岳阳市岳阳楼区东茅岭路12号）") == "王婶豆腐摊"


def test_a_market_alone_called_the_seller_is_kept():
    assert find_merchant("商家是城西农贸市场") == "城西农贸市场"
