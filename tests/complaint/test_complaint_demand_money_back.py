"""Demands read right (all wordings our own): what comes back to the consumer ("退回来", a sum or what was
charged too much "退给我") is a refund, no goods sent back nor a service to carry on; an account asked for
keeps the refund beside it; the cost of making the body good ("修复的医疗费") asks for no repair."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said", ["钱全部退回来，再给我个交代", "扣的都退回来", "押的那些都退回来"])
def test_what_comes_back_is_a_refund(said):
    assert "退款" in ex.find_demands(said)


def test_the_refund_stays_beside_an_account_asked_for():
    assert ex.find_demands("全都退回来，还得给个说法") == ["退款", "赔礼道歉"]


@pytest.mark.parametrize("said", ["把460退给我", "多扣的一百二退给我", "把乱收的退了", "把多要的八十退了"])
def test_a_sum_or_an_overcharge_back_is_only_a_refund(said):
    assert ex.find_demands(said) == ["退款"]


@pytest.mark.parametrize("said, demands", [("把洗衣机退了", ["退货", "退款"]), ("把合同原件还给我", ["继续履行"])])
def test_goods_back_and_things_handed_over_are_still_read(said, demands):
    assert ex.find_demands(said) == demands


@pytest.mark.parametrize("said", ["赔偿后续修复的医疗费", "疤痕修复的费用他们出", "赔我皮肤修复的钱"])
def test_the_cost_of_making_the_body_good_is_no_repair(said):
    assert "维修" not in ex.find_demands(said)


@pytest.mark.parametrize("said", ["免费修复", "把划痕修复好"])
def test_a_repair_asked_for_is_still_read(said):
    assert "维修" in ex.find_demands(said)
