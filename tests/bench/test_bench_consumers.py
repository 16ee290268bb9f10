"""The simulated-consumer driver (bench/bench_consumers.py): its comparison rules and
date rules on their own, then three tune conversations and a plain one through the real
processes, where a deliberately wrong expected value must come out as a field error."""
import copy
import datetime as dt
import json

import pytest

from bench import bench_consumers as bc

TODAY = dt.date(2026, 12, 4)  # a Friday


@pytest.mark.parametrize("rule, expected", [
    ("days:-1", dt.date(2026, 12, 3)),
    ("lastweek:3", dt.date(2026, 11, 25)),
    ("thisweek:1", dt.date(2026, 11, 30)),
    ("thisweek:6", dt.date(2026, 11, 28)),  # Saturday not yet come: last week's
    ("lastmonth:31", dt.date(2026, 11, 30)),
    ("md:2-6", dt.date(2026, 2, 6)),
    ("md:12-25", dt.date(2025, 12, 25)),
    ("lastyear:11-11", dt.date(2025, 11, 11)),
    ("ymd:2025-03-08", dt.date(2025, 3, 8)),
])
def test_date_rules_resolve_against_the_day_of_the_run(rule, expected):
    assert bc.resolve_date(rule, TODAY) == expected


def test_comparison_rules():
    assert bc.check_merchant("苏宁易购(万达店)", ["苏宁易购（万达店）"])
    assert not bc.check_merchant("万达店", ["苏宁易购（万达店）"])
    assert not bc.check_merchant("苏宁易", ["苏宁易购"])
    # a branch written in brackets or run on is the same name; a branch left out or added is not
    assert bc.check_merchant("中国联通（城北营业厅）", ["中国联通城北营业厅"])
    assert bc.check_merchant("华联超市河西店", ["华联超市（河西店）"])
    assert not bc.check_merchant("华联超市", ["华联超市（河西店）"])
    assert not bc.check_merchant("华联超市（河西店）", ["华联超市"])
    assert bc.check_name("阿依古丽•买买提", "阿依古丽·买买提")
    assert bc.check_phone("+86 138-0013-8000", "13800138000")
    assert bc.check_phone("0831-2345678-123", "08312345678123")
    assert not bc.check_phone("13800138001", "13800138000")
    assert bc.check_product("电热水壶", ["电热水壶", "小熊电热水壶"])
    assert not bc.check_product("就是那个电热水壶啊", ["电热水壶"])
    assert bc.check_product("少儿英语", ["少儿英语课程"]) and not bc.check_product("黄金", ["黄金吊坠"])
    assert bc.check_address("四川省宜宾市翠屏区人民路3号", "宜宾市翠屏区人民路3号")
    assert not bc.check_address("人民路3号", "宜宾市翠屏区人民路3号")
    assert bc.check_address("网络店铺：淘宝网店", ["淘宝"])
    assert bc.check_demand("退货、赔偿", ["退货", "赔偿"])
    assert not bc.check_demand("退货", ["退货", "赔偿"])
    assert bc.check_problem("电视看着看着自燃了", [["自燃", "起火"]])
    assert bc.check_platform("京东商城", "京东") and bc.check_platform(None, None)
    assert bc.check_amount("3999.00", 3999) and not bc.check_amount("1", 599)


def test_consumer_answers_in_order_then_repeats_and_interjects_once():
    consumer = bc.Consumer({"opening": ["我要投诉"], "answers": {"demand": ["能赔多少啊", "退钱"]},
                            "interrupts": [{"after": "demand", "say": "刚才电话说错了"}]})
    assert consumer.pending == ["我要投诉"]
    assert consumer.answer("demand") == "能赔多少啊"
    assert consumer.queued == ["刚才电话说错了"]  # said on the next turn, once
    assert [consumer.answer("demand"), consumer.answer("demand")] == ["退钱", "退钱"]
    assert consumer.queued == ["刚才电话说错了"]
    assert consumer.answer("order_no") == "没有了"
    assert bc.press("[按钮]匿名举报", [{"title": "匿名举报", "payload": "/affirm"}]) == "/affirm"
    assert bc.press("[按钮]匿名举报", []) == "匿名举报"


def test_data_files_are_well_formed():
    tune, holdout = bc.load("tune"), bc.load("holdout")
    assert len(tune) + len(holdout) >= 240
    assert len({r["family"] for r in tune}) >= 15 and len({r["family"] for r in holdout}) >= 15
    every = bc.load("all")  # every writer's set: no id twice, so a result names one conversation
    assert len({r["id"] for r in every}) == len(every)
    for record in every:
        exp = bc.expected_values(record, TODAY)  # every date rule resolves
        assert set(exp) == set(bc.COMPLAINT_FIELDS if record["kind"] == "complaint" else bc.REPORT_FIELDS)
        assert record["opening"], record["id"]


PLAIN = {  # the answers tests/e2e/test_e2e_dialogue.py stores and checks
    "id": "plain", "set": "test", "family": "appliance", "kind": "complaint", "opening": ["我要投诉"],
    "answers": {"problem": "在国美买的冰箱不制冷，找售后也不管", "merchant_address": "宜宾市翠屏区人民路3号",
                "purchase_date": "昨天", "amount": "两千八", "demand": "换货", "complainant_name": "李明",
                "phone": "0831-2345678", "product": "冰箱", "merchant_name": "国美"},
    "expected": {"complainant_name": "李明", "phone": "08312345678", "merchant_name": ["国美"], "platform": None,
                 "merchant_address": "宜宾市翠屏区人民路3号", "product": ["冰箱"], "purchase_date": "days:-1",
                 "amount": 2800, "demand": ["换货"], "problem": [["不制冷"]]},
}


@pytest.fixture(scope="module")
def stack():
    running, db_path = bc.start_stack()
    running.db_path = db_path
    yield running
    running.stop_all()


@pytest.mark.e2e
def test_driver_runs_tune_conversations_and_reports_wrong_values(stack):
    url, token = stack.env["RASA_URL"], stack.env["RASA_TOKEN"]
    records = bc.load("tune")[:3] + [PLAIN]
    results = bc.run(records, url, token, stack.db_path, concurrency=2, max_turns=30, progress=False)
    for record, result in zip(records, results):
        assert result.id == record["id"] and 0 < result.turns <= 30
        assert result.tickets == bc.stored_tickets(stack.db_path, result.sender)
        assert result.complete == (not result.failures)
        if len(result.tickets) == 1:
            checked = bc.COMPLAINT_FIELDS if record["kind"] == "complaint" else bc.REPORT_FIELDS
            assert set(result.field_ok) == set(checked)

    plain = results[-1]
    assert plain.complete, plain.failures
    # the same stored ticket, checked against what a consumer did NOT mean
    wrong = copy.deepcopy(PLAIN)
    wrong["expected"].update(phone="08312345679", merchant_name=["国美电器（人民路店）"], amount=2900)
    bc.check(wrong, plain, plain.tickets, bc.china_today())
    assert sorted(f for f in plain.failures if f.startswith("field:")) == [
        "field:amount", "field:merchant_name", "field:phone"]
    assert not plain.complete

    # a consumer who never gives a usable phone: the conversation ends (loop found or
    # turn cap) without counting as complete
    stubborn = copy.deepcopy(PLAIN)
    stubborn.update(id="stubborn", answers={**PLAIN["answers"], "phone": "不告诉你"})
    [result] = bc.run([stubborn], url, token, stack.db_path, max_turns=14, progress=False)
    assert result.turns <= 14 and not result.complete
    json.dumps(result.__dict__, default=str)  # results serialise for --json
