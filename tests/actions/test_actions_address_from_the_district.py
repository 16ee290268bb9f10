"""An address corrected at the summary from the district on keeps the city already given (issue 16): the
consumer names the street again in the same district, not another city. Addresses of our own."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions.dialogue import address_part_corrected


@pytest.mark.parametrize(("held", "new", "want"), [
    ("广州市黄埔区科学大道万达广场2楼", "黄埔区科学大道万达广场", "广州市黄埔区科学大道万达广场"),
    ("浙江省杭州市西湖区文三路90号", "西湖区文二路18号", "浙江省杭州市西湖区文二路18号"),
    ("四川省凉山彝族自治州昭觉县新城镇", "昭觉县解放路3号", "四川省凉山彝族自治州昭觉县解放路3号"),
    ("内蒙古自治区呼和浩特市赛罕区大学西街", "赛罕区昭乌达路5号", "内蒙古自治区呼和浩特市赛罕区昭乌达路5号"),
])
def test_a_district_said_again_keeps_the_city_held(held, new, want):
    assert address_part_corrected(held, new, new) == want


@pytest.mark.parametrize(("held", "new"), [
    ("北京市朝阳区建国路88号", "海淀区中关村大街27号"),      # another district: not put in the old city
    ("广州市黄埔区科学大道", "深圳市南山区科技园"),            # another city said
    ("成都市锦江区春熙路", "成都市锦江区红星路二段"),          # said whole
])
def test_another_district_or_a_whole_address_is_taken_as_said(held, new):
    assert address_part_corrected(held, new, new) == new
