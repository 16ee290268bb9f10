"""A rented home in need of repair (issue 17: a wrong dispute type): the landlord's repair
duty under the lease (民法典712/713), not a repairer's delay, a repair overcharge or a
product's three guarantees. Our own wordings, not taken from any dev set."""
import pytest

from knowledge_base import answer


@pytest.mark.parametrize("question", [
    "租的房子热水器坏了一个月，房东一直拖着不修",
    "在长租公寓租的房，空调不制冷，管家说要我自己出钱修",
    "租房合同还没到期，卫生间漏水，房东不管，我自己找人修了能让房东出钱吗",
])
def test_a_rented_homes_repair_gets_the_landlords_duty(question):
    reply = answer(question)
    cited = [c["key"] for c in reply.citations]
    assert reply.confident and {"民法典:712", "民法典:713"} & set(cited), (question, cited)
    assert reply.dispute_type not in ("installation_repair_delay", "repair_overcharge",
                                      "quality_three_guarantees"), question


def test_an_agents_fee_for_a_flat_not_rented_is_still_the_agents_rule():
    cited = [c["key"] for c in answer("租房中介带我看了三套房都没租成，还要收我看房费").citations]
    assert "民法典:712" not in cited and "民法典:964" in cited, cited


@pytest.mark.parametrize("question", [
    "在长租公寓租了一间房，房租交到年底，二房东没付房东钱，房东直接换锁不让我进",
    "租了个房子刚住一个月，房东说欠费被停电了一个星期也不管",
    "租的公寓冬天一直不供暖，跟房东说了好几次都不解决，房租能少交吗",
])
def test_a_rented_home_cut_off_or_locked_gets_the_landlords_duty_to_keep_it_fit(question):
    reply = answer(question)
    cited = [c["key"] for c in reply.citations]
    assert reply.confident and "民法典:708" in cited, (question, cited)
