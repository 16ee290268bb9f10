"""Two rules a harm's answer may need beside the type's own (issue 17: a second issue missed):
the victim's own share of the fault when the business says so (民法典1173: it lessens, not
removes, the business's liability), only where someone was hurt; and equipment used past its
inspection (特种设备安全法40), also when a business asks about its fine. Our own wordings."""
import pytest

from knowledge_base import answer
from knowledge_base.answering import cued_articles
from tests.kb.kb_testlib import keys


@pytest.mark.parametrize("question", [
    "孩子在儿童乐园的滑梯上摔伤了胳膊，乐园说是孩子自己乱跑造成的",
    "在餐厅被热汤烫伤了，店里说是我自己没注意碰翻的",
    "健身房的教练让我别做这个动作，我没听劝结果腰受伤了，他们说自己有责任的是我",
])
def test_the_victims_own_fault_is_cued_where_someone_was_hurt(question):
    assert "民法典:1173" in cued_articles(question, ["民法典:1173"]), question


@pytest.mark.parametrize("question", [
    "手机屏幕是我自己不小心摔的，保修还管吗",
    "衣服是我自己洗缩水的，还能退吗",
    "电脑自己玩游戏的时候死机了，售后说是我自己的原因",
])
def test_ones_own_fault_with_goods_is_no_tort_rule(question):
    assert "民法典:1173" not in cued_articles(question, ["民法典:1173"]), question


@pytest.mark.parametrize("question", [
    "小区电梯的检验合格证已经过期三个月了，物业还在用，坐着心里发慌",
    "我开了个小游乐场，碰碰车的年检过期了还在运营，被查到会罚多少",
    "商场扶梯的检验标志到期了没换，昨天突然停了差点把人摔倒",
])
def test_equipment_past_its_inspection_gets_the_inspection_rule(kb, question):
    cited = set(keys(answer(question)))
    assert {"特种设备安全法:40", "特种设备安全法:84", "特种设备安全法:39"} & cited, (question, cited)
