"""A part swapped in a repair is the repairer's deceit, not a repair's delay (issue 17).

The delay type (installation_repair_delay) held one example of a part swapped at the repair shop,
the fraud the repairer type (repair_overcharge, 维修服务乱收费与偷换零件) is about; it is that
type's example now. How answers type such stories: tests/kb/test_kb_garage_and_car_waits.py."""
from knowledge_base.guide import load_types

SWAP = ("换了零件", "被换了", "偷换", "调包", "掉包")


def test_the_delay_types_examples_tell_no_part_swapped():
    delay = next(t for t in load_types() if t.id == "installation_repair_delay")
    assert not [e for e in delay.examples if any(w in e for w in SWAP)]


def test_the_repairers_type_holds_the_swapped_part():
    repairer = next(t for t in load_types() if t.id == "repair_overcharge")
    assert len([e for e in repairer.examples if any(w in e for w in SWAP)]) >= 2
