"""A correction at the summary that spells a character out to explain it ("马鞍的鞍", "枫叶的枫") keeps the
spelling out of the value: the value said is the one corrected, and a value already held as said changes nothing
(the spelling had been stored in the address in place of the street)."""
import datetime as dt

import pytest

from actions import dialogue

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize("said, held, value", [
    ("地址是枫桥镇 不是风桥 枫叶的枫", "江苏省苏州市虎丘区枫桥镇寒山寺路", None),
    ("地址是凤鸣路 凤凰的凤", "浙江省桐乡市梧桐街道奉鸣路12号", "浙江省桐乡市梧桐街道凤鸣路12号"),
    ("地址写错了 是鞍钢路8号 马鞍的鞍", "辽宁省营口市站前区安钢路8号", "辽宁省营口市站前区鞍钢路8号"),
])
def test_a_spelling_beside_a_corrected_address_is_no_part_of_it(said, held, value):
    field, got = dialogue.correction(said, TODAY, {"merchant_address": held, "phone": "13912345678"})
    assert field == "merchant_address"
    # (a part said is put in its place in the address held, as the summary does)
    assert (dialogue.address_part_corrected(held, got, said) if got else got) == value
