"""Apps where consumers buy accounts, groceries and tickets are platforms like the others: named in an
answer they say where the shop sells ("交易猫app" asked the address), and never out of a sum."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said, platform", [("号是在交易猫上买的", "交易猫"), ("朴朴超市送来的菜", "朴朴"),
                                            ("京东到家下的单", "京东到家"), ("在12306上订的票", "铁路12306"),
                                            ("京东买的", "京东")])
def test_these_apps_are_platforms(said, platform):
    assert ex.find_platform(said) == platform


@pytest.mark.parametrize("said", ["一共12306元", "车票是12306块吗不是", "京东方的屏幕"])
def test_a_sum_or_a_company_is_no_platform(said):
    assert ex.find_platform(said) is None
