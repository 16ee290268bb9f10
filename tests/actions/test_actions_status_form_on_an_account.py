"""A first message classified as a status request that holds no number, asks nothing of a ticket filed and
tells what went wrong or whom it is against opens the registration it means, with the words kept; a real
status question stays in the status form."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import forms
from complaint import extract as ex
from tests.actions.test_actions_forms import run, tracker


def _status_opened(said):
    events = [{"event": "user", "text": said, "parse_data": {"intent": {"name": "check_status"}}},
              {"event": "action", "name": "status_form"}, {"event": "active_loop", "name": "status_form"}]
    return run(forms.ValidateStatusForm(), tracker(said, intent="check_status", events=events,
                                                   active_loop="status_form"))


@pytest.mark.parametrize("said, form", [
    ("装空调的师傅说用的铜管 结果拆开是铝的", "complaint_form"),        # promised one thing, another given
    ("中午抽空打的字 投诉一家卖热水器的", "complaint_form"),            # whom it is against
    ("举报 街口那家无证的小诊所", "report_form"),
])
def test_an_account_or_a_target_opens_the_registration(said, form):
    events, _ = _status_opened(said)
    assert any(e.get("event") == "followup" and e.get("name") == form for e in events), events


@pytest.mark.parametrize("said", ["我上个月的投诉怎么样了", "之前投诉的那个商家还没退钱", "投诉电话是多少"])
def test_a_question_about_a_ticket_stays_a_status_request(said):
    events, _ = _status_opened(said)
    assert not any(e.get("event") == "followup" and e.get("name") in ("complaint_form", "report_form")
                   for e in events)


def test_a_promise_broken_is_trouble_told_and_how_the_consumer_writes_is_not():
    for said in ("宣传是纯棉 实际是化纤", "说好包安装 结果上门要收两百"):
        assert ex.names_trouble(said), said
    assert not ex.names_trouble("在公司偷偷弄的 字打得慢")


@pytest.mark.parametrize("said", [
    # a whole story pasted at once, the consumer's phone at its end
    "去年十月在县城的家具城订了一套实木沙发，交了八千，说好一个月送货，到现在拖了两个多月都没送，老板电话也不接了。"
    "我要求退定金。我叫马秀兰，电话15836271104。",
    "我在小区门口的理发店办了一张两千的卡，剪了三次店就关门了，墙上贴着转让，老板微信把我拉黑了，"
    "卡里还剩一千七没用，我的手机是13907216655，麻烦你们处理一下",
    "前天在夜市吃的烧烤，回家一家三口都上吐下泻，去医院花了六百多，医生说是食物不干净，摊主说不关他的事，"
    "电话 0371-65432109",
])
def test_a_long_story_with_the_consumers_phone_opens_the_complaint(said):
    events, _ = _status_opened(said)
    assert any(e.get("event") == "followup" and e.get("name") == "complaint_form" for e in events), events


@pytest.mark.parametrize("said", ["查一下进度 电话13812345678", "我的手机13912345678 之前投诉的怎么样了",
                                  "13700001111 麻烦帮我查查"])
def test_a_status_request_with_a_phone_stays_a_status_request(said):
    events, _ = _status_opened(said)
    assert not any(e.get("event") == "followup" and e.get("name") in ("complaint_form", "report_form")
                   for e in events)
