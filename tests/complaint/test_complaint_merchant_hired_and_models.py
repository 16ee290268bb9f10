"""The shop's name (issue 16).

- A company hired by a verb, then the work it was hired for ("找的…装饰工程有限公司装修"): its name starts after the
  verb and ends at its suffix; it was read with the story before it ('房子今年4月找的…有限公司').
- A make and its model said where the shop was asked ("是华为Mate60 换的是屏幕总成") tell the thing more exactly:
  no shop (it was stored as the merchant)."""
from complaint.extract import find_merchant, normalise_merchant


# a company hired, then the work
def test_a_decorator_hired_after_a_story():
    said = "我们家新房前年5月找的苏州锦程装饰工程有限公司装修，现在卫生间渗水"
    assert find_merchant(said, strict=True) == "苏州锦程装饰工程有限公司"


def test_a_removal_company_hired():
    assert find_merchant("老家的房子去年请了顺心搬家公司搬家 柜子摔坏了", strict=True) == "顺心搬家公司"


def test_a_cleaner_hired_for_the_work():
    assert find_merchant("上礼拜叫的洁美保洁公司打扫 地板刮花了", strict=True) == "洁美保洁公司"


def test_the_name_answered_with_the_work_after_it():
    assert normalise_merchant("找的锦程装饰工程有限公司装修").value == "锦程装饰工程有限公司"


# a make and a model, no shop
def test_a_phone_model_and_the_part_changed():
    assert normalise_merchant("是荣耀Magic6 换的是后盖").value is None
    assert normalise_merchant("华为Mate60 换的是屏幕总成").value is None


def test_a_phone_model_said_alone():
    assert normalise_merchant("小米14").value is None
    assert normalise_merchant("苹果15 Pro 换的电池").value is None


def test_shops_of_a_brand_are_still_shops():
    assert normalise_merchant("小米之家").value == "小米之家"
    assert normalise_merchant("华为授权服务中心").value == "华为授权服务中心"
    assert normalise_merchant("7天酒店").value == "7天酒店"
