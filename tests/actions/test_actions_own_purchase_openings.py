"""An opening the classifier reads as a report, told in the consumer's own voice about what they
bought or had done ("我在…买…", "本人在…购买…", a service done on them), is a complaint: the consumer's
loss is what 12315 mediates. Seen while shopping for something else, or asked for as a report, it stays
a report."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import intake


@pytest.mark.parametrize("text", [
    "我在眼镜店配了副眼镜 说是防蓝光的 拿去一测根本不防",
    "本人于上月在某家具城订购沙发一套，到货后发现面料与样品不符",
    "我妈在养生馆报名了理疗课程 交完钱店就关门了",
    "我们在景区团购的门票到了门口说不能用",
    "孩子在培训机构报名的编程课 上了两节老师就换了三个",
])
def test_a_purchase_told_in_ones_own_voice_is_a_complaint(text):
    assert intake.complaint_not_report(text)


@pytest.mark.parametrize("text", [
    "我去超市买菜的时候看到他们把过期的肉重新贴标签",
    "我要举报 我在药店买的口罩是三无产品",
    "那家网吧让未成年人进去上网",
])
def test_what_was_seen_or_a_report_asked_for_stays_a_report(text):
    assert not intake.complaint_not_report(text)
