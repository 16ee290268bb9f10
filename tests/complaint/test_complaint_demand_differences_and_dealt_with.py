"""More demands read as meant (issue 16).

- A difference in money made up, with what it is of between ("补足克重差价", "补齐面积差价"), is money back (退款);
  it was read as the service done (继续履行) or not at all.
- The person or business itself dealt with ("处理这个导游", "把那个司机处理了") is 依法查处; a problem to handle
  ("处理这个问题") is not.
- A loan or instalments tied to the purchase called off ("取消贷款", "取消分期") and the work that makes a home safe
  ("治理甲醛", "把甲醛除掉") are the contract carried out as it should be (继续履行)."""
from complaint.extract import find_demands


def test_a_weight_difference_made_up_in_money():
    assert find_demands("补足克重差价 再赔点") == ["退款", "赔偿"]
    assert find_demands("补齐面积差价") == ["退款"]


def test_hours_made_up_are_still_the_service():
    assert find_demands("补足少上的课时") == ["继续履行"]


def test_a_guide_or_a_driver_dealt_with():
    assert find_demands("退我购物的钱 处理这个导游") == ["退款", "依法查处"]
    assert find_demands("把那个司机处理了") == ["依法查处"]


def test_a_problem_to_handle_is_no_punishment():
    assert "依法查处" not in find_demands("尽快处理这个问题 给我退款")


def test_a_loan_called_off_with_the_money_back():
    assert find_demands("退款 取消贷款") == ["退款", "继续履行"]
    assert find_demands("取消分期 退首付") == ["继续履行", "退款"]


def test_formaldehyde_dealt_with():
    assert find_demands("赔偿检测费 治理甲醛") == ["赔偿", "继续履行"]
    assert find_demands("要求把甲醛除掉") == ["继续履行"]
