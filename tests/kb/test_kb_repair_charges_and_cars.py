"""Two kinds of wrong answer left from the last round (issue 17), in our own words, none taken
from any set:

- a charge for a repair or a house call ('修洗衣机收了我六百多') had no dispute type, or the
  laundry's (洗衣机 shares 洗衣店's words) or the repair delay's: the laundry type is not for a
  washing machine with no laundry told, the delay type not for a part said to be replaced and
  found not to be, with no wait told (answering.TYPE_UNLESS); an appliance that no longer does
  its work ('不排水', '不脱水') is a fault (_FAULT); and a charge disputed for a repair quotes the
  duty to mark a service's price (消法20: a cue, and the type's remedy on it);
- a car told by its maker's or its model's name, or as the car bought ('新买的车'), was typed
  as general goods: the cars field reads those names (fields._CAR_NAMES), and the general goods
  types give way to the household-car rules for the car itself (fields.CAR_BOUGHT), not for a
  tyre bought alone or a toy car."""
import pytest

from knowledge_base import answer
from knowledge_base.fields import mentioned_fields

from tests.kb.kb_testlib import keys

PRICE_DUTY = "消费者权益保护法:20"
REPAIR_FRAUD = "侵害消费者权益行为处罚办法:13"
CAR_RULES = "家用汽车产品修理更换退货责任规定"


@pytest.mark.parametrize("question", [
    "洗衣机不转了叫师傅上门，检查了一下收了三百八",
    "油烟机坏了找人上门修，修完收了我五百五",
    "晚上被锁在门外，叫的开锁师傅开个门要了四百块",
    "马桶堵了叫人来通，十来分钟收了六百",
])
def test_a_charge_for_a_repair_is_the_repairers_charge_with_the_duty_to_mark_prices(kb, question):
    reply = answer(question)
    assert reply.dispute_type == "repair_overcharge", (question, reply.dispute_type)
    assert PRICE_DUTY in keys(reply) and REPAIR_FRAUD in keys(reply), keys(reply)
    assert "民法典:784" not in keys(reply)  # no laundry's care of clothes
    assert "明码标价" in reply.summary, reply.summary[:200]


@pytest.mark.parametrize("question", [
    "燃气热水器维修说换了新的点火器收了两百，我看了还是旧的那个",
    "空调师傅说压缩机换了新的，收了一千多，后来别人一看根本没换",
    "洗衣机修的时候说电机换了新的，收了我七百，拆开看还是原来那个",
])
def test_a_part_said_replaced_and_found_not_is_the_repairers_deceit_not_a_delay(kb, question):
    reply = answer(question)
    assert reply.dispute_type == "repair_overcharge", (question, reply.dispute_type)
    assert REPAIR_FRAUD in keys(reply), keys(reply)
    assert "谎报" in reply.summary.split("。")[0], reply.summary[:120]  # the deceit leads, not a delay


@pytest.mark.parametrize("question, wanted", [
    ("新洗衣机用了两个月就不排水了，商家说只能修", "quality_three_guarantees"),
    ("洗衣机用了半年就不脱水了能换吗", "quality_three_guarantees"),
    ("洗衣机报修半个月了售后还没上门", "installation_repair_delay"),
    ("送去干洗的羊绒大衣回来起球了，店里说是家里洗衣机洗过的缘故", "laundry_damage"),
])
def test_a_washing_machine_is_goods_and_a_laundry_is_still_a_laundry(kb, question, wanted):
    assert answer(question).dispute_type == wanted, question


@pytest.mark.parametrize("question", [
    "新买的卡罗拉漏油，经销商不肯给换",
    "问界M9交车第三天车机就黑屏了，能退吗",
    "上个月买的Model Y，天窗一下雨就往里渗水",
    "新买的车后视镜折叠失灵",
])
def test_a_car_told_by_its_name_or_as_bought_is_answered_with_the_household_car_rules(kb, question):
    assert "cars" in mentioned_fields(question), question
    reply = answer(question)
    assert reply.dispute_type == "household_car_three_guarantees", (question, reply.dispute_type)
    assert any(k.startswith(CAR_RULES) for k in keys(reply)), keys(reply)


@pytest.mark.parametrize("question", [
    "网上买的轮胎装上一周就漏气了",
    "给儿子买的遥控车玩具坏了",
    "买的车厘子一半是烂的",
])
def test_a_tyre_a_toy_car_or_cherries_are_no_car_bought(kb, question):
    assert answer(question).dispute_type != "household_car_three_guarantees", question


def test_names_that_are_everyday_words_need_their_model_suffix():
    assert "cars" not in mentioned_fields("宋朝的瓷器是假的，店家说是真品")
    assert "cars" not in mentioned_fields("在高尔夫球场办的会员卡不让退")
    assert "cars" in mentioned_fields("宋PLUS开了三个月电池就不行了")
