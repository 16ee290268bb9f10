"""Demands said as the work to be done properly or made up (继续履行: "下周之前给我铺好", "重新帮我装",
"把落下的课补上", "按套餐来给", "赶紧复机"), a damaged part made good (维修: "把划痕给我喷好"), a charge
not to be paid (退款: "不付解约费"), and the merchant to bear it (赔偿: "店家应该负责")."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said, demands", [
    ("下周之前给我铺好，不然退钱", ["继续履行", "退款"]),
    ("重新帮我装一遍", ["继续履行"]),
    ("把落下的课补上", ["继续履行"]),
    ("按套餐来给我上菜", ["继续履行"]),
    ("赶紧复机，耽误我生意", ["继续履行"]),
    ("把划痕给我喷好", ["维修"]),
    ("袖口给我缝好", ["维修"]),
    ("这笔服务费我们不付，不付服务费", ["退款"]),
    ("店家应该负责", ["赔偿"]),
])
def test_demands_in_everyday_words(said, demands):
    assert ex.find_demands(said) == demands


@pytest.mark.parametrize("said", ["补上差价", "让他们负责处理", "他们叫我自己去修"])
def test_these_are_not_the_new_kinds(said):
    found = ex.find_demands(said)
    assert "维修" not in found or said == "他们叫我自己去修"
    assert not (said == "补上差价" and "继续履行" in found)
    assert not (said == "让他们负责处理" and "赔偿" in found)


@pytest.mark.parametrize("said, kinds", [("病历我都留着", "病历"), ("聊天记录都截图了", "聊天记录、截图"),
                                         ("收款单据还在", "单据")])
def test_proof_held_in_other_words(said, kinds):
    assert ex.find_evidence(said) == kinds
