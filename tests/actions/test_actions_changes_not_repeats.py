"""While a question waits, a message that changed another item of the ticket ("店名写错了 是…") is
progress, not an answer failed: the question that follows is no repeat, twice a run; the same value
again, or a third change, counts (so a misreading of the answer as a change cannot loop)."""
from actions import dialogue, forms


def _waiting(slot):
    return [{"event": "active_loop", "name": "complaint_form"},
            {"event": "slot", "name": "requested_slot", "value": slot}, {"event": "bot", "text": "请留一个联系电话。"}]


def _said(text, changed=None, said="好的，{}已改为：{}。", bot_first=True):
    """A turn as Rasa records it: the consumer's words, the bot's (before the slot events of the
    correction action that said them), the slot changed."""
    events = [{"event": "user", "text": text, "parse_data": {"intent": {"name": "correct"}}}]
    if not changed:
        return events + [{"event": "bot", "text": "请留一个联系电话。"}]
    slot = {"event": "slot", "name": changed[0], "value": changed[1]}
    bot = {"event": "bot", "text": said.format(dialogue.FIELD_LABELS[changed[0]], changed[1])}
    return events + ([bot, slot] if bot_first else [slot, bot])


def test_two_changes_of_other_items_do_not_count_as_asks():
    events = _waiting("phone") + _said("店名写错了 是苏宁易购", ("merchant_name", "苏宁易购")) \
        + _said("地址也不对 是西街5号", ("merchant_address", "西街5号"))
    assert forms.times_asked(events, "phone") == 0


def test_a_third_change_or_the_same_value_again_counts():
    shop = _said("店名是苏宁", ("merchant_name", "苏宁"))
    two = _waiting("phone") + shop + _said("地址西街", ("merchant_address", "西街"))
    assert forms.times_asked(two + _said("日期是昨天", ("purchase_date", "2026-12-05")), "phone") == 1
    again = _waiting("phone") + shop + shop
    assert forms.times_asked(again, "phone") == 1


def test_a_message_that_changed_nothing_still_counts():
    events = _waiting("phone") + _said("嗯嗯") + _said("好的")
    assert forms.times_asked(events, "phone") == 2


def test_a_change_kept_without_saying_so_counts():
    # the account said at another question is kept, but the bot only asks again: no visible progress
    silent = "请告诉我商家所在的地址。"
    events = _waiting("merchant_address") + _said("这家店卖过期牛奶", ("problem", "卖过期牛奶"), silent) \
        + _said("店里卖过期的酸奶", ("problem", "卖过期的酸奶"), silent)
    assert forms.times_asked(events, "merchant_address") == 2


def test_the_change_and_its_saying_count_in_either_order():
    events = _waiting("phone") + _said("店名写错了 是苏宁", ("merchant_name", "苏宁"), bot_first=False) \
        + _said("地址也不对 是西街5号", ("merchant_address", "西街5号"))
    assert forms.times_asked(events, "phone") == 0
