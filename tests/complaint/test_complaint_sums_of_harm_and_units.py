"""Sums that are not what was paid (all wordings our own): a cost of the harm done ("去医院…花了", "看病", a loss)
is never the price, even said alone; kilowatt-hours charged ("充了30度") are no sum; what was charged
("扣了我…") is."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said", ["孩子摔伤了，送医院拍片花了380", "我被烫了去医院包扎花了两百",
                                  "赔我看病的钱，诊所花了150", "水管爆了家里损失了五千块"])
def test_a_cost_of_the_harm_is_not_the_price(said):
    assert ex.find_amount(said) is None


def test_the_price_said_beside_the_harm_is_still_the_sum():
    assert ex.find_amount("电暖器花了399，我被烫了去医院又花了200") == "399.00"


@pytest.mark.parametrize("said", ["在医院体检花了560，报告全错了", "诊所洗牙花了300"])
def test_a_medical_service_bought_is_its_price(said):
    assert ex.find_amount(said) is not None


@pytest.mark.parametrize("said, value", [("充了30度电扣了我95", "95.00"), ("快充15度，扣了我四十八块", "48.00"),
                                         ("共享充电宝扣了我120", "120.00")])
def test_what_was_charged_not_the_kilowatt_hours(said, value):
    assert ex.find_amount(said) == value


@pytest.mark.parametrize("said", ["充了30度电", "一晚上充了12度"])
def test_kilowatt_hours_alone_are_no_sum(said):
    assert ex.find_amount(said) is None and ex.normalise_amount(said).value is None


def test_a_rough_charge_after_the_kilowatt_hours_is_the_answer():
    assert ex.normalise_amount("充了20度扣了我70多").value == "70.00"
