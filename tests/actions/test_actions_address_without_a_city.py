"""An address that names no city or district ("解放路88号", "人民医院对面") leaves the ticket with no bureau to
go to: the form asks once which city and district (the street kept), then takes what it is told: the city
with the street, a whole address said again, or the street alone when the consumer cannot say. An address in
a city, an online shop, or a question asked twice already, is taken as said."""
import pytest

from actions import forms
from tests.actions.test_actions_forms import asked, run, slots_set, tracker


def ask_city(street, form="complaint_form", slots=None):
    t = tracker(street, slots=dict({"requested_slot": "merchant_address"}, **(slots or {})), active_loop=form,
                events=asked("merchant_address", [street], form=form))
    action = forms.ValidateComplaintForm() if form == "complaint_form" else forms.ValidateReportForm()
    return run(action, t)


@pytest.mark.parametrize("street", ["建设路112号", "火车站对面那条街上", "中心医院斜对面"])
def test_a_street_in_no_city_is_asked_its_city_once(street):
    events, messages = ask_city(street)
    assert "哪个城市" in messages[-1]["text"] and street in messages[-1]["text"]
    got = slots_set(events)
    assert "merchant_address" not in got or got["merchant_address"] is None


@pytest.mark.parametrize("street", ["成都市武侯区科华北路65号", "昆明五华区青年路", "拼多多上的网店", "东莞长安镇"])
def test_an_address_in_a_city_or_online_is_taken_as_said(street):
    events, messages = ask_city(street)
    assert not any("哪个城市" in m.get("text", "") for m in messages)
    assert slots_set(events).get("merchant_address")


def answer_city(street, said, form="complaint_form"):
    question = f"{forms.CITY_QUESTION}“{street}”是在哪个城市、哪个区县呢？比如“杭州市上城区”。"
    events = asked("merchant_address", [street], form=form)[:-2] + [
        {"event": "bot", "text": question}, *asked("merchant_address", [said], form=form)[1:]]
    t = tracker(said, slots={"requested_slot": "merchant_address"}, active_loop=form, events=events)
    action = forms.ValidateComplaintForm() if form == "complaint_form" else forms.ValidateReportForm()
    return run(action, t)


@pytest.mark.parametrize("said, stored", [
    ("武汉市江汉区", "武汉市江汉区建设路112号"),
    ("在绵阳", "绵阳建设路112号"),
    ("记不清了", "建设路112号"),
    ("南宁市青秀区建设路112号", "南宁市青秀区建设路112号"),
])
def test_the_answer_is_taken_with_the_street(said, stored):
    events, messages = answer_city("建设路112号", said)
    assert slots_set(events)["merchant_address"] == stored
    assert not any("哪个城市" in m.get("text", "") for m in messages)


def test_a_report_asks_the_city_too():
    events, messages = ask_city("胜利路35号", form="report_form", slots={"ticket_type": "report"})
    assert "哪个城市" in messages[-1]["text"]


def test_the_shops_name_with_its_district_is_enough():
    events, messages = ask_city("建设路112号", slots={"merchant_name": "绵阳市涪城区好邻居超市"})
    assert slots_set(events).get("merchant_address") == "建设路112号"
