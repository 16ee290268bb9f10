"""How the bench counts a question asked again (bench/conversation.Repeats): the same question right
after a digression the bot answered came back once, no repeat; three times running without one is."""
from bench.conversation import Repeats
from bench.bench_loops import PLAIN, records
from complaint import fields

LAW_ANSWER = "可以要求退一赔三……\n我们接着登记刚才的信息。"
ASK_PHONE = "请留一个联系电话。"


def _runs(replies):
    repeats = Repeats()
    return max(repeats.see(asked, text) for asked, text in replies)


def test_a_question_back_after_a_law_answer_is_no_repeat():
    assert _runs([("phone", ASK_PHONE), ("phone", LAW_ANSWER), ("phone", "电话号码是11位数字，请再说一下。")]) == 2


def test_the_same_question_three_times_running_without_a_digression_is_still_three():
    assert _runs([("phone", ASK_PHONE), ("phone", "请再说一下电话。"), ("phone", "电话号码格式不对。")]) == 3
    # the same words three times count as well, whatever slot is asked
    assert _runs([(None, "请问您要投诉还是举报？")] * 3) == 3


def test_only_one_digression_in_a_run_comes_back_free():
    status = "查询进度需要受理编号……\n我们接着登记刚才的信息。"
    # a second digression: every ask counts, the first came-back too (three already after it)
    assert _runs([("phone", ASK_PHONE), ("phone", LAW_ANSWER), ("phone", status)]) == 3
    assert _runs([("phone", ASK_PHONE), ("phone", LAW_ANSWER), ("phone", status), ("phone", "电话格式不对。")]) == 4
    # another question in between starts the count again, and its own digression comes back free
    assert _runs([("phone", ASK_PHONE), ("phone", LAW_ANSWER), ("amount", "请问花了多少钱？"),
                  ("amount", LAW_ANSWER), ("amount", "金额没听清，请再说一下。")]) == 2


def test_the_loop_probe_asks_a_law_and_a_status_question_at_the_last_question_and_expects_a_ticket():
    probes = {p["id"]: p for p in records()}
    for kind in ("complaint", "report"):
        last = fields.form_order(kind)[-1]
        for digression in ("law", "status"):
            probe = probes[f"{kind}:{last}:{digression}_then_answer"]
            said = probe["answers"][last]
            # the question, a wrong shape, then the answer: a ticket must come of it
            assert said[0].endswith("？") and said[-1] == PLAIN[last] and said[1] != said[-1]
            assert probe["must_file"]


def test_a_question_back_after_another_item_was_changed_is_no_repeat_twice_a_run():
    name_changed = "好的，商家名称已改为：苏宁易购（翠屏店）。\n请留一个联系电话。"
    address_changed = "好的，商家地址已改为：宜宾市翠屏区西街5号。\n请留一个联系电话。"
    noted = "好的，已记下购买日期：2026-11-30。\n请留一个联系电话。"
    assert _runs([("phone", ASK_PHONE), ("phone", name_changed), ("phone", address_changed)]) == 1
    # a third change, or the same change said again, counts: a misreading cannot loop unseen
    assert _runs([("phone", ASK_PHONE), ("phone", name_changed), ("phone", address_changed), ("phone", noted)]) == 2
    assert _runs([("phone", ASK_PHONE), ("phone", name_changed), ("phone", name_changed)]) == 2
