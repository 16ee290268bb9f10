"""A story that says the platform's own shop sold the goods ("在京东自营买的…") names the seller: the whole message
holds the merchant (京东自营) as well as the platform, so the form does not ask the shop again (the explorer was asked
"请问是哪家商家" after telling it)."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text, shop, platform", [
    ("上周在京东自营买的海尔洗衣机，用了三天就漏水，我要求换新的，我叫黄敏", "京东自营", "京东"),
    ("11月3号在天猫超市买的奶粉 结块了 花了398", "天猫超市", "天猫"),
])
def test_the_platform_s_own_shop_in_a_story_is_the_merchant(text, shop, platform):
    found = ex.extract_all(text)
    assert found.get("merchant_name") == shop and found.get("platform") == platform


def test_a_platform_alone_is_still_no_merchant():
    found = ex.extract_all("在淘宝买的羽绒服 跑绒很严重 花了599")
    assert found.get("platform") == "淘宝" and not found.get("merchant_name")
