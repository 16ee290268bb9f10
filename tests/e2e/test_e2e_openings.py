"""End to end, through Rasa's REST channel with the real backend and action server: how
a conversation opens. A question about rights gets the law answer first and the offer
to file after, whatever the classifier reads in it, and filing then keeps its story;
bare openings lead into the right flow; a whole complaint told first keeps its fields."""
import pytest

from e2e_testlib import Conversation as Chat, ticket_no_in, tickets

pytestmark = pytest.mark.e2e

START_COMPLAINT = "我来帮您登记投诉"
START_REPORT = "我来帮您登记举报"


# the words of each form question (bot/domain) -> the answer a consumer gives
ANSWERS = [("遇到了什么问题", "problem"), ("哪件商品", "product"), ("哪家商家", "merchant_name"),
           ("地址", "merchant_address"), ("哪天", "purchase_date"), ("多少钱", "amount"),
           ("怎么解决", "demand"), ("称呼", "complainant_name"), ("电话", "phone"), ("ODR", "odr")]


def answer_until_summary(chat: Chat, reply: str, answers: dict[str, str], turns: int = 12) -> tuple[str, list[str]]:
    asked = []
    for _ in range(turns):
        if "请核对" in reply:
            return reply, asked
        last = reply.strip().splitlines()[-1]
        field = next((f for words, f in ANSWERS if words in last), None)
        assert field in answers, reply
        asked.append(field)
        reply = chat.say(answers[field])
    return reply, asked


# Questions about rights put with the consumer's own story (the classifier may read
# them as a complaint): answered first, no registration started.
@pytest.mark.parametrize("question", [
    "网购的电饭煲用了三天内胆就掉漆，商家要赔我多少",
    "游泳馆突然关门装修半年，我的年卡还能不能退",
    "理发店说我办的储值卡明年作废，这样合法吗？",
])
def test_a_question_about_rights_gets_the_answer_first_and_the_offer_after(stack, question):
    chat = Chat(stack)
    reply = chat.say(question)
    assert START_COMPLAINT not in reply and START_REPORT not in reply
    assert "《" in reply, reply  # an article quoted
    assert "我要投诉" in reply  # the offer to file
    assert chat.form() is None


def test_filing_after_the_answer_keeps_the_story_and_files_it(stack):
    chat = Chat(stack)
    reply = chat.say("在商场买的羽绒服含绒量只有标的一半，花了1280，商家要赔我多少？")
    assert START_COMPLAINT not in reply and "《" in reply
    reply = chat.say("我要投诉")
    assert START_COMPLAINT in reply and "遇到了什么问题" not in reply
    slots = chat.tracker()["slots"]
    assert "含绒量" in slots["problem"] and slots["product"] == "羽绒服" and float(slots["amount"]) == 1280
    answers = {"merchant_name": "银泰百货", "merchant_address": "宜宾市翠屏区人民路8号", "purchase_date": "上周六",
               "demand": "退货退款", "complainant_name": "李明", "phone": "13912345678", "odr": "不同意",
               "product": "羽绒服"}
    summary, asked = answer_until_summary(chat, reply, answers)
    assert "problem" not in asked and "amount" not in asked  # the story is not asked again
    reply = chat.say("确认")
    [row] = tickets(stack, "ticket_no = ? AND type = 'complaint'", (ticket_no_in(reply),))
    assert "含绒量" in row["problem"] and float(row["amount"]) == 1280


@pytest.mark.parametrize("text, expected, form", [
    ("投诉", START_COMPLAINT, "complaint_form"),
    ("我要投诉", START_COMPLAINT, "complaint_form"),
    ("我想反映个问题", START_COMPLAINT, "complaint_form"),
    ("怎么投诉", START_COMPLAINT, "complaint_form"),
    ("举报", START_REPORT, "report_form"),
    ("你好", "请问有什么可以帮您", None),
    ("在吗", "请问有什么可以帮您", None),
    ("有人吗", "请问有什么可以帮您", None),
])
def test_bare_openings_lead_into_the_right_flow(stack, text, expected, form):
    chat = Chat(stack)
    reply = chat.say(text)
    assert expected in reply, reply
    assert chat.form() == form
    if form == "complaint_form":
        assert "遇到了什么问题" in reply  # and the first question is asked at once
    if form is None:  # the greeting offers the next steps; a button starts the complaint
        reply = chat.say("/file_complaint")
        assert START_COMPLAINT in reply and chat.form() == "complaint_form"


# Short requests to file in words the classifier may not read (nlu_fallback): the filing opens
# (actions.ActionLowConfidence), whatever intent the classifier gives them.
@pytest.mark.parametrize("text, expected, form", [
    ("那就投诉吧", START_COMPLAINT, "complaint_form"),
    ("好 帮我投诉一下他们", START_COMPLAINT, "complaint_form"),
    ("举报一下这家", START_REPORT, "report_form"),
    ("金店买的金手镯 称出来比标签轻了两克", START_COMPLAINT, "complaint_form"),  # a story that asks nothing
])
def test_short_requests_to_file_open_the_filing(stack, text, expected, form):
    chat = Chat(stack)
    reply = chat.say(text)
    assert expected in reply, reply
    assert chat.form() == form


def test_a_message_the_classifier_cannot_read_gets_the_default_reply(stack):
    chat = Chat(stack)
    reply = chat.say("嗯嗯那个啥")
    assert "没有完全理解" in reply or "请问有什么可以帮您" in reply, reply
    assert chat.form() is None


@pytest.mark.parametrize("story, course", [
    # a headline: what went wrong, not what the shop did about it; the course is asked once and goes with it
    ("我上周在国美买的冰箱不制冷 要求退货", "找售后来看了两次，说是正常现象，不给退"),
    ("前天在楼下超市买的酸奶胀袋了，花了28块，要求退款", None),
])
def test_a_whole_story_first_starts_the_complaint_with_its_fields(stack, story, course):
    from complaint.extract import extract_all
    chat = Chat(stack)
    reply = chat.say(story)
    assert START_COMPLAINT in reply and "遇到了什么问题" not in reply and "《" not in reply
    assert ("具体说说经过" in reply) == bool(course), reply
    if course:
        reply = chat.say(course)
        assert "具体说说经过" not in reply, reply
        problem = chat.tracker()["slots"]["problem"]
        assert "不制冷" in problem and "正常现象" in problem, problem
    slots = chat.tracker()["slots"]
    assert chat.form() == "complaint_form"
    assert slots["problem"] and slots["product"] and "退" in slots["demand"]
    # every field the extraction reads in the story is kept by the form that opens
    assert {k for k in extract_all(story) if k != "problem"} <= {k for k, v in slots.items() if v}, slots


@pytest.mark.parametrize("story", ["上周五在菜市场门口卖水果的老张那买了五斤葡萄 回家一称才三斤半 他那秤有问题",
                                   "我妈在养生馆办了张理疗卡充了五千 现在老板卷铺盖跑了 门都锁了"])
def test_a_story_of_the_consumers_own_loss_opens_a_complaint_whatever_it_was_read_as(stack, story):
    # no word asks for an investigation: the consumer wants their loss made good, so the
    # complaint form (which asks the demand) opens even where the classifier read a report
    chat = Chat(stack)
    reply = chat.say(story)
    assert START_COMPLAINT in reply and "登记举报" not in reply, reply
    assert chat.form() == "complaint_form"
    assert chat.tracker()["slots"]["ticket_type"] == "complaint"
    assert chat.tracker()["slots"]["problem"]
