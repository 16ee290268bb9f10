"""A report-sounding opening that tells the consumer's own food or goods gone wrong is a complaint;
the product question's answer names the service, not a demand; "能赔吗" at the demand is answered first."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import dialogue, forms, intake
from tests.actions.test_actions_forms import FULL_COMPLAINT, asked, run, slots_set, tracker


@pytest.mark.parametrize("text", [
    "镇上那个超市 卖给我妈一袋发霉的大米", "和同事在那家烧烤店吃的饭 羊肉串里吃出一根铁丝",
    "那家面馆的牛肉面里有只苍蝇", "水果摊的秤有问题 三斤只有两斤半", "楼下小卖部缺斤短两",
])
def test_a_consumers_own_food_or_weighed_goods_gone_wrong_is_a_complaint(text):
    assert intake.complaint_not_report(text)


@pytest.mark.parametrize("text", ["那家饭店后厨里有老鼠", "店里有蟑螂 太脏了", "举报菜市场有人缺斤少两",
                                  "这家药店无证经营"])
def test_what_was_seen_in_a_business_stays_a_report(text):
    assert not intake.complaint_not_report(text)


@pytest.mark.parametrize("answer", ["小米13换电池", "华为手机换屏幕", "空调加氟维修"])
def test_an_answer_to_the_product_question_names_the_service_not_a_demand(answer):
    values, _ = dialogue.fill_from_message({"text": answer, "intent": {"name": "inform"}}, "complaint_form",
                                           "product", {"problem": "修完以后指纹用不了了"})
    assert "demand" not in values


@pytest.mark.parametrize("text, whether", [("这种情况能赔吗", True), ("可以全部退吗？", True),
                                           ("我要退货 能退吗", False), ("退一赔三", False),
                                           ("能要求三倍赔偿吗", False)])
def test_whether_a_remedy_can_be_had_is_asked_not_said(text, whether):
    assert dialogue.asks_whether(text) is whether


def test_asked_whether_it_can_be_compensated_the_law_is_answered_and_the_demand_asked_again(monkeypatch):
    answered = []

    async def law(dispatcher, tracker_, domain):
        answered.append(tracker_.latest_message["text"])

    monkeypatch.setattr(forms, "_answer_law", law)
    slots = dict(FULL_COMPLAINT, demand=None, requested_slot="demand")
    events, _ = run(forms.ValidateComplaintForm(), tracker("这种能赔吗？", slots=slots, active_loop="complaint_form",
                                                             events=asked("demand", ["这种能赔吗？"])))
    assert answered and "demand" not in slots_set(events)
    # asked twice, the question is taken as the demand it names
    events, _ = run(forms.ValidateComplaintForm(), tracker("这种能赔吗？", slots=slots, active_loop="complaint_form",
                                                             events=asked("demand", ["这种能赔吗？", "这种能赔吗？"])))
    assert "赔偿" in slots_set(events)["demand"]
