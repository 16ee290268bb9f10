"""An opening the classifier read as a report that starts with 投诉 and whom it is against, and names nothing
to report, is a complaint; questions about complaining and reports stay as they were."""
import pytest

from actions import intake


@pytest.mark.parametrize("text", [
    "投诉城东一家电器行 卖的空调是展示机",
    "我要投诉幸福里物业 电梯坏了半个月",
    "投诉一个装修队 工期拖了两个月",
])
def test_starts_with_complaint(text):
    assert intake.complaint_not_report(text)


@pytest.mark.parametrize("text", [
    "投诉电话是多少",
    "投诉有用吗",
    "投诉的进度怎么样了",
    "我想投诉一家无证经营的小诊所",
    "投诉这家店卖假烟 要求查处",
])
def test_not_read_as_a_complaint_opening(text):
    assert not intake.complaint_not_report(text)


@pytest.mark.parametrize("text", [
    "火锅店宰客 一盘毛肚收两百",
    "洗个牙收五百 别家才一百",
])
def test_overcharging_told_asks_which_kind(text):
    assert intake.report_unsure(text)
