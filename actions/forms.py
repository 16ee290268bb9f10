"""Form validation actions: one message fills every field it states.

The extraction itself is pure (actions/dialogue.py, complaint/extract/); these
classes adapt it to Rasa's form protocol: return nothing on a digression (so the form
rejects and the rules answer it), slot values when something was understood, and a
specific re-ask when the requested field could not be read.

The question asked takes precedence over what the words sound like (dialogue.form_intent),
and no question is asked more than twice in a row: counted from the tracker's events (a
digression the bot answered, a law or status question, does not count the first time: the
question comes back once after it), the third time takes the consumer's words as given
(free-text fields) or hands the conversation to a person, and the form stops asking.
"""
from __future__ import annotations

import copy
import logging
import re
from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import dialogue, handoff, intake
from complaint import extract as ex
from complaint import fields
from complaint.extract.problem import BUSINESS_DEED, thin_account
from complaint.extract.spoken import answer_core
from complaint.script import as_written

log = logging.getLogger(__name__)

# "不记得了", "忘了", "记不清": the consumer cannot tell (a field the ticket can go without is then left blank).
# Nothing more to tell ("就这样，没别的了", "就这些", "没什么好说的了")
_NO_MORE = re.compile(r"没(?:有)?(?:别的|其他|什么|啥)|就(?:这样|这些|这么多|这点)|没了|没有了|说完了|都说了")
KNOWS_NOT = re.compile(r"不记得|记不得|记不清|想不起|忘了|忘记了?|不知道|不清楚|不太清楚|没印象|说不准|说不清|"
                       r"哪(?:知道|晓得|记得)|不晓得")
_ROUGHLY = {"purchase_date": "比如“上个月中旬”“今年3月”“双十一”；", "amount": "比如“三千多”“两百左右”；",
            "merchant_address": "比如“某某市某某区某某路”或附近的地标；", "product": "比如“电视机”“健身卡”；"}
# Asked while another form runs, these are answered by a rule and the form resumes.
FORM_DIGRESSIONS = {"check_status", "inform_evidence"}
# A question is asked at most this many times in a row (the consumer's answers count, and
# digressions answered but the first); then the form takes the words, or a person takes over.
MAX_ASKS = 2


def optional_slots(form: str) -> set[str]:
    """Slots the form asks that a ticket may go without (购买日期, 金额, 商品, 地址 of a complaint):
    an empty string in one says the consumer could not tell, and it is not asked again."""
    kind = next((k for k, name in fields.FORMS.items() if name == form), None)
    if kind is None or kind == "status":
        return set()
    # a named report needs the name and phone the registry leaves optional (an anonymous one skips them)
    return set(fields.form_order(kind)) - set(fields.required_for(kind)) - {"anonymous", "complainant_name", "phone"}


def unanswered(form: str, slots: dict[str, Any]) -> list[str]:
    """The form's questions still open: empty, or (for a field the ticket needs) blank."""
    optional = optional_slots(form)
    if form == "report_form" and slots.get("anonymous") is False:
        optional = optional | {"complainant_name"}  # "电话留着 名字不写": a named report that withholds the name
    if form == "report_form" and slots.get("anonymous") is False and slots.get("complainant_name"):
        optional = optional | {"phone"}  # a named reporter reached in this chat ("有事在这里找我"): no phone kept
    return [s for s in dialogue.required_slots(form, slots)
            if slots.get(s) is None or (slots.get(s) == "" and s not in optional)]


# Said when a digression was answered and the form goes on ("…我们接着登记刚才的信息。"): a law
# question, a status question, a question about the service, evidence sent, a fact added.
BACK_TO_THE_FORM = "我们接着登记"
# While a question waits, the consumer's words changed another item of the ticket ("店名写错了 是…",
# "地址也不对 是…"): progress, not an answer failed; the question that follows is no repeat, twice a run
# (the same value again, or a third change, counts: a misreading cannot loop). bench/conversation.Repeats
# counts the same, by the words that say the change was made.
CHANGES_EXCUSED = 2
# the words that say such a change was made (a change kept silently is no visible progress: it counts)
CHANGE_MADE = re.compile(r"^好的，(?:\S{1,12}已改为|已记下)", re.M)


def times_asked(events: list[dict[str, Any]], slot: str | None, changes_excused: bool = True) -> int:
    """How many times in a row the form has asked for `slot`: one for each consumer message
    said while it waited for that slot (answers it could not use, questions in between).
    Filling the slot, asking for another or leaving the form starts the count again.

    A digression the bot answered (a law question, a status question: "我们接着登记") is no
    answer the consumer failed to give: the first one in a run does not count, so the question
    comes back once after it; a second one counts, and makes the first count too, so after two
    digressions the question is not asked a third time.

    A message that changed another item of the ticket (CHANGES_EXCUSED) does not count either, unless
    `changes_excused` is False: then the count is how many times in a row the consumer has seen the question."""
    if not slot:
        return 0
    count, requested, counted, excused, changes, changed, told = 0, None, False, False, 0, False, False
    values: dict[str, Any] = {}
    for event in events:
        kind = event.get("event")
        name, value = event.get("name"), event.get("value")
        if counted and changes_excused and changes < CHANGES_EXCUSED:
            # (Rasa records a turn's words before its slot events: the change and its saying, in either order)
            if kind == "slot" and name in fields.FIELDS and name not in (slot, "requested_slot"):
                changed = changed or (value not in (None, "") and value != values.get(name))
            told = told or (kind == "bot" and bool(CHANGE_MADE.search(str(event.get("text") or ""))))
            if changed and told:
                count, counted, changes = count - 1, False, changes + 1
        if kind == "slot" and name == "requested_slot":
            requested = value
            if requested != slot:
                count, excused, changes = 0, False, 0
        elif kind == "slot" and name == slot and value not in (None, ""):
            count, excused, changes = 0, False, 0
        elif kind == "slot" and name in fields.FIELDS and name != slot:
            values[name] = value
        elif (kind == "active_loop" and not event.get("name")) or kind in ("restart", "session_started"):
            count, requested, excused, changes = 0, None, False, 0
        elif kind == "user":
            counted, changed, told = requested == slot, False, False
            count += counted
        elif kind == "bot" and counted and BACK_TO_THE_FORM in str(event.get("text") or ""):
            if excused is False:
                count, counted, excused = count - 1, False, True
            elif excused is True:
                # a second digression in the run: the first is no longer free, so the question
                # is not asked a third time after two digressions
                count, counted, excused = count + 1, False, None
    return count


def set_aside(events: list[dict[str, Any]]) -> set[str]:
    """Slots the form stopped asking for before they were answered (asked twice, then left
    for later): it asks the others first and comes back to these at the end."""
    held: set[str] = set()
    requested, values = None, {}
    for event in events:
        kind = event.get("event")
        if kind == "slot" and event.get("name") == "requested_slot":
            value = event.get("value")
            if requested and value and value != requested and values.get(requested) in (None, ""):
                held.add(requested)
            requested = value
        elif kind == "slot":
            values[event.get("name")] = event.get("value")
            if event.get("value") not in (None, ""):
                held.discard(event.get("name"))
        elif (kind == "active_loop" and not event.get("name")) or kind in ("restart", "session_started"):
            held, requested = set(), None
    return held


def after(events: list[dict[str, Any]], form: str, *names: str) -> bool:
    """True when the form runs right after one of these actions."""
    actions = [e.get("name") for e in events if e.get("event") == "action"]
    if actions and actions[-1] == form:
        actions.pop()  # Rasa marks the form's own run before calling its validation
    return bool(actions) and actions[-1] in names


def opening(events: list[dict[str, Any]], form: str) -> bool:
    """True when the form opens on the consumer's first message (an account to read in full), also when the
    words that opened it were read as calling something off ("那就投诉吧" after a question answered)."""
    return after(events, form, *OPENERS) or (after(events, form, "action_cancel") and _opened_now(events, form))


def _opened_now(events: list[dict[str, Any]], form: str) -> bool:
    """Whether the form became active since the consumer's last message, not being active before it."""
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=0)
    before = None
    for event in events[:last_user]:
        if event.get("event") == "active_loop":
            before = event.get("name")
    return before != form and any(e.get("event") == "active_loop" and e.get("name") == form
                                  for e in events[last_user:])


def opening_text(events: list[dict[str, Any]], form: str) -> str:
    """What the consumer said that opened this registration (the message before the form
    first started since the last ticket was filed or cancelled)."""
    said, opened = "", ""
    for event in events:
        kind = event.get("event")
        if kind == "user":
            said = dialogue.consumer_words(event.get("text"))
        elif kind == "active_loop" and event.get("name") == form and not opened:
            opened = said or " "
        elif dialogue.ends_registration(event):
            opened = ""
    return opened.strip()


def answering_now(events: list[dict[str, Any]], form: str) -> bool:
    """True when the form validates the consumer's new message; False when it comes back
    after a digression a rule answered (the same message, already dealt with)."""
    actions = [e.get("name") for e in events if e.get("event") == "action"]
    if actions and actions[-1] == form:
        actions.pop()  # Rasa marks the form's own run before calling its validation
    return not actions or actions[-1] == "action_listen"

# Asked once when the account leaves out what happened around it (a thin opening, "耳机坏了")
# Both wordings of the complaint's details question start alike (DETAILS_ASKED): the second when the opening
# already said how the business answered ("…店员还不承认"), so only the course is asked
DETAILS_ASKED = "麻烦您再具体说说经过"
DETAILS_QUESTION = f"{DETAILS_ASKED}，比如具体是什么情况、商家是怎么答复的。"
COURSE_QUESTION = f"{DETAILS_ASKED}，比如当时具体是怎么回事。"
# The report's: asked once when the account only says the business did wrong ("这家店有问题")
REPORT_DETAILS_QUESTION = "请再具体说说您看到的情况：商家是怎么做的，比如卖的是什么、您是怎么发现的、大概什么时候。"
# What a report calls the wrongdoing ("卖假货", "过期", "无证经营", "缺斤少两"): a label, no account of what was seen
_WRONGDOING_LABEL = re.compile(r"假|冒|过期|变质|三无|无证|无照|没有?(?:执照|证|许可|营业执照)|虚假|缺斤|短两|"
                               r"乱收费|欺诈|"
                               r"违法|违规|非法|不合格|劣质|以次充好|哄抬|强卖|强买|传销|黑(?:店|诊所|作坊)|山寨|高仿|翻新|"
                               r"不明码标价|偷税|不开发票|不卫生")
# When, what, how it was seen: an account, however short ("上周买的奶粉过期了", "我亲眼看到他们换标签")
_SEEN = re.compile(r"\d|[昨今前上这]天|[上这本]个?(?:月|周|礼拜|星期)|去年|今年|前几天|时候|当时|"
                   r"看到|看见|发现|亲眼|听说|"
                   r"买的|买了|我|俺|结果|说|生产日期|保质期到|标签|价签|称|秤|每斤|一斤")
LABEL_MAX = 12


def label_only(text: str | None) -> bool:
    """A report's account that only names the wrongdoing ("卖假货", "药房卖过期药", "五金店卖假冒插座"): what
    was seen is asked once."""
    told = re.sub(r"^(?:我要|我想|想|要)?(?:举报|反映)(?:一下)?[\s，,。：:]*", "", ex.clean(text or ""))
    letters = re.sub(r"[^\u4e00-\u9fa5A-Za-z]", "", told)
    return 0 < len(letters) <= LABEL_MAX and bool(_WRONGDOING_LABEL.search(told)) and not _SEEN.search(told)


# An account this short (letters, after the words asking to file) is a headline ("电话费乱扣的") unless it says what the
# business did about it (headline()); when the details were asked, the answer goes with it
DETAILS_MAX = 20


def seen_untold(text: str | None) -> bool:
    """A report's short opening that says what the business does without what was seen ("饭店后厨有老鼠",
    "淘宝店卖假冒儿童安全座椅的"): what was seen is asked once when the report's account comes up."""
    told = re.sub(r"^(?:我要|我想|想|要)?(?:举报|反映)(?:一下)?[\s，,。：:]*", "", dialogue.consumer_words(text))
    return short_account(text) and not _SEEN.search(ex.clean(told))


def short_account(text: str | None) -> bool:
    """Whether an account says what went wrong in a headline's few words (DETAILS_MAX letters at most), asking
    nothing: what happened is asked once."""
    told = dialogue.strip_opening(dialogue.consumer_words(text))
    letters = re.sub(r"[^\u4e00-\u9fa5A-Za-z]", "", told)
    return 0 < len(letters) <= DETAILS_MAX and not dialogue.is_question(told)


# How the business answered or dealt with it ("师傅一直不上门", "店里不给换", "客服说是正常的", "找售后也不管"): the
# second half of what the details question asks
_BUSINESS_ANSWERED = re.compile(rf"{BUSINESS_DEED}|答复|回复|不[回上]|没有人|推脱|推给|"
                                r"客服|售后|店家|商家|店里|店员|师傅|经理|一直没|还没")


def headline(account: str | None, said: str | None = None, told_before: bool = False) -> bool:
    """A short opening, told or asked ("健身房跑路了", "考研班说不过退费 现在不认账", "办了卡商家不退怎么办"): a 12315
    operator asks for the course once before the other questions (what the business answered too, unless told).
    One that tells the case in its facts is whole: three of what, where, when, how much and what is wanted ("我2月6号
    在鑫源家电城花3999买的电视自燃了"), or two beside what the business did about it, or told with a question answered
    before the form opened ("在商场买的羽绒服含绒量只有标的一半，花了1280")."""
    told = dialogue.strip_opening(dialogue.consumer_words(account))
    letters = re.sub(r"[^\u4e00-\u9fa5A-Za-z]", "", told)
    if not 0 < len(letters) <= DETAILS_MAX:
        return False
    found = set(ex.extract_all(dialogue.consumer_words(said or account)))
    facts = {"where" if k in ("merchant_name", "platform") else k for k in found
             if k in ("product", "merchant_name", "platform", "purchase_date", "amount", "demand")}
    return len(facts) < (2 if told_before or business_answered(account) else 3)


def business_answered(account: str | None) -> bool:
    """Whether a short account already says how the business answered ("…现在不认账", "店员还不承认"): it lowers
    what makes the account whole, and the details question then asks only for the course."""
    return bool(_BUSINESS_ANSWERED.search(dialogue.strip_opening(dialogue.consumer_words(account))))


# "投诉一个卖电暖器的", "举报 那家黑网吧": to file against someone named, not about a ticket filed ("投诉的进度",
# "投诉过了", "投诉电话多少")
_FILES_AGAINST = re.compile(r"(?:^|[\s，,。])(?:我)?(?:想|要)?(投诉|举报)(?:一下)?\s*"
                            r"(?:一个|一家|个|家|那个|这个|那家|这家)?\s*"
                            r"(?!的|过|了|进度|结果|编号|电话|热线|怎么|啥|什么|哪|多久|要|需要|能|可以)"
                            r"[\u4e00-\u9fa5A-Za-z]{2,}")
# A first message this long (letters) that asks nothing of a ticket is a story told at once, even with the consumer's
# phone in it ("…拖了两个多月都没送…我叫马秀兰，电话158…"); a status request with a phone ("查进度 电话138…") is a
# line
STORY_LETTERS = 40


def _told_at_length(words: str) -> bool:
    return len(re.sub(r"[^\u4e00-\u9fa5A-Za-z]", "", words)) >= STORY_LETTERS


# Said before it when the report opened with a label only ("卖假货"), asked when the report's problem comes up, and
# before the complaint's when the story was told before the form opened
_TOLD_FIRST = re.compile(r"^您刚才说“(.+?)”。")


def _told_back(events: list[dict[str, Any]]) -> bool:
    """Whether the last details question said the story back ("您刚才说“…”。麻烦您再具体说说经过…")."""
    for event in reversed(events):
        said = str(event.get("text") or "")
        if event.get("event") == "bot" and (DETAILS_ASKED in said or REPORT_DETAILS_QUESTION in said):
            return bool(_TOLD_FIRST.match(said))
    return False


def details_asked(events: list[dict[str, Any]]) -> bool:
    """Whether the details question was asked since this registration opened (it is asked once)."""
    asked = False
    for event in events:
        kind = event.get("event")
        said = str(event.get("text") or "")
        if kind == "bot" and (DETAILS_ASKED in said or REPORT_DETAILS_QUESTION in said):
            asked = True
        elif dialogue.ends_registration(event) or kind in ("restart", "session_started"):
            asked = False
    return asked


def said_this_turn(events: list[dict[str, Any]], text: str) -> bool:
    """Whether the bot said `text` (its start) since the consumer's last message."""
    for event in reversed(events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot" and str(event.get("text") or "").startswith(text):
            return True
    return False


def details_asked_this_turn(events: list[dict[str, Any]]) -> bool:
    """Whether the complaint's details question (said back after a story, or alone) came since the consumer's last
    message: the form's plain problem question would ask it twice (asked_in_own_words also counts other slots')."""
    for event in reversed(events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot" and DETAILS_ASKED in str(event.get("text") or ""):
            return True
    return False


# The guide's own scale: about 0.5 and above is confident; below 0.3 it is a guess.
GUIDE_MIN_SCORE = 0.3


def _guide_for(problem: str) -> tuple[str | None, list[str]]:
    """(dispute type id, demands the type allows) from the dispute guide, if it is installed."""
    try:
        from knowledge_base.guide import match  # optional: another folder, may be absent
        matches = match(problem)
    except Exception as exc:  # noqa: BLE001 - the guide is an optional helper
        log.info("dispute guide unavailable: %s", exc)
        return None, []
    if not matches:
        return None, []
    best = matches[0]
    if float(getattr(best, "score", 0) or 0) < GUIDE_MIN_SCORE:
        return None, []
    kind = getattr(best, "type", None)
    type_id = getattr(kind, "id", None)
    demands = [str(d) for d in (getattr(kind, "demands", None) or [])]
    return (str(type_id) if type_id else None), demands


def stuck_way(form: str, slot: str, filled: dict[str, Any], held: set[str]) -> str:
    """Where a question asked twice without an answer goes: "blank" (a field the ticket can go
    without, left empty), "later" (asked again after the others), "status" (the status form
    says where the number is) or "person" (the consumer is handed to a hotline agent)."""
    later = [s for s in unanswered(form, filled) if s != slot and s not in held]
    if slot in optional_slots(form) and (slot in held or not later):
        return "blank"
    if later and slot not in held and form != "status_form":
        return "later"
    return "status" if form == "status_form" else "person"


def back_to_the_form(tracker: Tracker, said: str = "我们接着登记刚才的信息。") -> str:
    """What a digression's answer ends with inside a form: "我们接着登记…", unless the question
    waiting has been asked twice and the form, coming back, hands the consumer to a person
    (then nothing: "接着登记" followed by a hand-over would contradict itself)."""
    form, slot = tracker.active_loop_name, tracker.get_slot("requested_slot")
    if not form or not slot:
        return said if form else ""
    events = [*tracker.events, {"event": "bot", "text": BACK_TO_THE_FORM}]
    if times_asked(events, slot) < MAX_ASKS:
        return said
    filled = dict(tracker.current_slot_values())
    return "" if stuck_way(form, slot, filled, set_aside(tracker.events)) == "person" else said


# Said when a complaint's consumer asks to stay anonymous: the honest answer and the choice (the report is a button)
ANONYMITY_CHOICE = ("投诉需要留真实姓名和联系电话，市场监管部门才能以您的名义和商家调解、帮您争取退赔；"
                    "您的个人信息会依法保密，只用于处理这件投诉。如果不想留任何个人信息，也可以点“改为匿名举报”，"
                    "但举报只反映商家的违法行为，不能为您调解退赔，处理结果也无法告知您。想继续投诉的话，")
# Whether an item must be given ("必须填吗", "一定要写吗", "可以不填吗")
_MUST_FILL = re.compile(r"(?:一定|必须|非得|必需|都)(?:要|得)?(?:填|写|说|回答)|(?:可以|能)不(?:填|写|说)")
# "改成匿名举报", "那就匿名举报吧": the report itself chosen, not only anonymity asked about
_REPORT_CHOSEN = re.compile(r"(?:改成|改为|换成|那就|就|还是|我要|直接)(?:匿名)?举报")


def anonymity_offered(events: list[dict[str, Any]]) -> bool:
    """Whether the consumer was told, in this registration, that staying anonymous means a report."""
    offered = False
    for event in events:
        if event.get("event") == "bot" and str(event.get("text") or "").startswith(ANONYMITY_CHOICE[:20]):
            offered = True
        elif dialogue.ends_registration(event) or event.get("event") in ("restart", "session_started"):
            offered = False
    return offered


# The end of the question on which day of a month said ("请问是3月几号？记不清…"): the form's own date question
# does not follow it in the same turn (ActionAskPurchaseDate)
DAY_QUESTION_END = "记不清具体哪天的话，回复“不记得了”就按您说的登记。"
# A month said without its day ("10月", what ex.rough_date gives for "今年十月份")
_A_MONTH = re.compile(r"\d{1,2}月")


def month_recorded(date: str) -> str:
    """What is recorded for a month whose day the consumer does not know (the date field needs a day): said plainly,
    so that the 1st shown in the summary is no surprise."""
    year, month = int(date[:4]), int(date[5:7])
    return f"好的，购买日期按{year}年{month}月登记；具体哪天记不清没关系，系统里会记作{month}月1日。"


# Said when something the consumer adds to the account mid-form goes with it (CHANGE_MADE: progress, not a failed
# answer to the question waiting)
ADDED_TO_ACCOUNT = "好的，已记下您补充的情况，会一并写进问题描述。"


def both_asked(events: list[dict[str, Any]]) -> bool:
    """Whether this registration was opened for a complaint and an investigation together (intake.BOTH_NOTE said
    since the last registration ended): the demand told gets 查处."""
    told = False
    for event in events:
        if dialogue.ends_registration(event) or event.get("event") in ("restart", "session_started"):
            told = False
        elif event.get("event") == "bot" and event.get("text") == intake.BOTH_NOTE:
            told = True
    return told


_THANKS = re.compile(r"谢|謝|感谢|感謝|麻烦|麻煩|辛苦|thank|thx", re.I)


def thanks_only(text: str | None) -> bool:
    """Whether the words only thank ("谢谢", "好的 谢谢你", "辛苦了"): no value, no failed answer. Words that accept
    ("好的谢谢") count here too, a goodbye alone ("拜拜") does not."""
    from actions.summary_turn import kind_of
    words = dialogue.consumer_words(text)
    return kind_of(words) in ("thanks", "accept") and bool(_THANKS.search(words))


def _said_again(requested: str, text: str, form: str) -> str | None:
    """The answer said after "I said it before" in the same message ("一开始就说了，价签9.9结账收15.9"), if those
    words give the question's value; None when the message only refers back."""
    clauses = [c for c in re.split(r"[，,。；;！!]+", dialogue.consumer_words(text)) if c.strip()]
    if len(clauses) < 2 or not dialogue.refers_back(clauses[0]):
        return None
    rest = "，".join(clauses[1:])
    # (an account is read as the problem reads it: "价签9.9结账收15.9" names no trouble word)
    told = requested == "problem" and len(ex.clean(rest)) >= 8 and not dialogue.is_question(rest) \
        and dialogue.normalise("problem", rest).value is not None
    return rest if told or dialogue.gives_value(requested, rest, form) else None


def _asked_again(requested: str, filled: dict[str, Any]) -> list[EventType]:
    """The same question next, after the form answered or explained something in its own turn (set
    explicitly: otherwise a question set aside earlier, the first left open, would jump in)."""
    return [SlotSet("failed_attempts", filled.get("failed_attempts") or 0), SlotSet("requested_slot", requested)]


class _ValidateForm(Action, ABC):
    @property
    @abstractmethod
    def form(self) -> str:
        """The form this action validates."""

    def name(self) -> str:
        return f"validate_{self.form}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        events = await self._validate(dispatcher, tracker, domain)
        if self.form != "report_form":
            return events
        slots = dict(tracker.current_slot_values())
        slots.update({e["name"]: e.get("value") for e in events if e.get("event") == "slot"})
        asked = next((e.get("value") for e in reversed(events)
                      if e.get("event") == "slot" and e.get("name") == "requested_slot"), "unset")
        if slots.get("anonymous") and (asked == "unset" and not slots.get("requested_slot")
                                       or asked in ("complainant_name", "phone")):
            # an anonymous report never asks who reported it, whatever turn brought the form back (a change made at
            # its summary left the next question to the domain's order, which asked the name)
            missing = [s for s in unanswered(self.form, slots) if s not in ("complainant_name", "phone")]
            events = [*events, SlotSet("requested_slot", missing[0] if missing else None)]
        return events

    async def _validate(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                        domain: DomainDict) -> list[EventType]:
        requested = tracker.get_slot("requested_slot")
        filled = dict(tracker.current_slot_values())
        told_before = False  # the account was told (and a question in it answered) before this form opened
        rough_question: str | None = None  # what exactly happened, asked last (after what was kept is said)
        message = tracker.latest_message or {}
        text = message.get("text") or ""
        if requested and dialogue.without_echo(text) != text:
            # "你问店名啊？ 叫鑫旺门窗": the question asked back is no part of the answer (nor a question to answer)
            text = dialogue.without_echo(text)
            message = dict(message, text=text)
        plain = dialogue.without_opener(dialogue.without_urging(text)) if requested else text
        if plain != text:
            # "能不能快点 少儿编程课", "我跟你说啊 智能马桶": urging beside the answer, or words that only open
            # it, are no part of it
            text = plain
            message = dict(message, text=text)
        said_intent = (message.get("intent") or {}).get("name")
        if said_this_turn(tracker.events, dialogue.STARTED_OVER):
            return []  # started again on this message ("全部重来"): nothing in it to read, the first question follows
        if self.form == "report_form" and filled.get("anonymous") and after(tracker.events, self.form, "action_cancel"):
            # anonymity chosen in words read as calling the report off ("那算了 不留了 匿名吧": actions.ActionCancel):
            # the report goes on with what is still missing, or its summary
            missing = unanswered(self.form, filled)
            return [SlotSet("requested_slot", missing[0] if missing else None)]
        if requested and not answering_now(tracker.events, self.form):
            # back after a digression: nothing new to read; the question is asked again
            # unless it has been asked twice already
            if times_asked(tracker.events, requested) >= MAX_ASKS:
                return self._stop_asking(dispatcher, tracker, requested, filled, said=False)
            return []
        if self.form != "status_form" and dialogue.starts_over(text):
            # "全部重来": the same registration from its first question, every answer dropped (no cancel)
            from actions.actions import taken_up_again
            again = taken_up_again(dispatcher, tracker, text)
            if again is not None:
                return again
        if requested and requested != "odr_consent" and self.form != "status_form":
            # "为什么要问钱？", "要我名字做什么": why it is asked, in a sentence; "你真笨", "听不懂人话吗": an apology.
            # Then the same question, as after any digression (free once in a run, so no loop)
            why = dialogue.asks_why(text, requested)
            if why or dialogue.rude(text):
                said = dialogue.why_asked(why, self.form) if why else dialogue.RUDE_APOLOGY
                return self._said_then_asked_again(dispatcher, tracker, requested, filled, said)
            if thanks_only(text):
                # "谢谢", "好 谢谢你" while a question waits: politeness, no answer failed (nor "不记得"): the question
                # again, as after any digression (free once in a run, so no loop)
                return self._said_then_asked_again(dispatcher, tracker, requested, filled, "不客气。")
        first = re.split(r"[？?，,。！!]", dialogue.consumer_words(text).strip())[0]
        if requested and (dialogue.asks_meaning(text) or (
                first and _MUST_FILL.search(first) and dialogue.asks_meaning(first))):
            # "什么意思？": the question is explained once (an ask like any other); not understood
            # again, it is not asked a third time, as for any answer the form cannot use. "这个必须填吗？每个月都扣的":
            # whether it must be given is asked, whatever is said after it (it was read as a law question or a
            # status request), and said first
            explained = fields.explain(requested, self.form.removesuffix("_form"))
            if explained and _MUST_FILL.search(first or text):
                explained = (f"不是必填的，记不清也没关系。{explained}"
                             if requested in optional_slots(self.form) else f"需要填写。{explained}")
            if explained and times_asked(tracker.events, requested) < MAX_ASKS:
                dispatcher.utter_message(text=explained)
                return _asked_again(requested, filled)
            if explained:
                return self._stop_asking(dispatcher, tracker, requested, filled, said=True)
        if requested and requested not in ("anonymous", "odr_consent") and _ONLY_CONFIRMS.fullmatch(
                dialogue.consumer_words(text).strip(" ，,。.！!~～")) \
                and not (requested == "problem" and self._details_pending(tracker, filled)):
            # "确认", "好的", "对" sent while a question is still open (as if the summary had come, or to
            # say "go on"): never a value, and no failed answer of a consumer who goes along: the first is
            # answered with what the question wants (a digression, free once), the next asked again plainly
            if times_asked(tracker.events, requested) < MAX_ASKS:
                events = [*tracker.events, {"event": "bot", "text": BACK_TO_THE_FORM}]
                if times_asked(events, requested) < times_asked(tracker.events, requested):
                    explained = fields.explain(requested, self.form.removesuffix("_form")) or ""
                    lead = "还没到确认提交这一步，还差几项信息需要登记" \
                        if re.search(r"确认|确定|提交|无误|没问题", text) else "好的"
                    dispatcher.utter_message(text=f"{lead}，{BACK_TO_THE_FORM}。{explained}".strip(),
                                             **self._choices(requested))
                else:
                    dispatcher.utter_message(text="还没到确认提交这一步，还差几项信息需要登记。")
                return _asked_again(requested, filled)
            return self._stop_asking(dispatcher, tracker, requested, filled, said=True)
        if self.form == "status_form" and requested is None and tracker.get_slot("awaiting_confirmation") \
                and tracker.get_slot("ticket_type") in ("complaint", "report"):
            # a question at the summary read as a status request ("投诉要多久有结果", "刚才那个怎么样了"): answered,
            # and the summary waits on; the status form never opens over a ticket not yet confirmed. More that went
            # wrong, told there and read so ("昨天看到的 保质期到4号的还在卖"), goes into the account
            from actions.actions import _more_told, added_to_account
            more = None if dialogue.DIGRESSION_CUES["check_status"].search(text) \
                else _more_told(dialogue.consumer_words(text), dict(tracker.current_slot_values()))
            if more:
                return [SlotSet("query_ticket_no", None), SlotSet("requested_slot", None), ActiveLoop(None),
                        *added_to_account(dispatcher, dict(tracker.current_slot_values()), more)]
            offer_summary_again(dispatcher, tracker,
                                dialogue.service_answer(dialogue.consumer_words(text)) or status_reply(tracker, text))
            return [SlotSet("query_ticket_no", None), SlotSet("requested_slot", None), ActiveLoop(None),
                    FollowupAction("action_listen")]
        if self.form == "status_form":
            switched = self._switch_to_filing(dispatcher, text, requested)
            if switched is not None:
                return switched
            own = self._ticket_filed_here(tracker, text, requested)
            if own:
                # "刚才那个怎么样了": the ticket filed in this chat is looked up without its number or phone
                return [SlotSet("query_ticket_no", own), SlotSet("requested_slot", None), ActiveLoop(None),
                        FollowupAction("action_check_status")]
            if requested in (None, "query_ticket_no") and not ex.find_ticket_no(text) and (
                    dialogue.asks_number(text) or (requested and KNOWS_NOT.search(ex.clean(text)))):
                # "我忘了编号了": where the number is, and who can look it up without it (no question again)
                dispatcher.utter_message(text=NUMBER_LOST, buttons=NUMBER_LOST_BUTTONS)
                return [SlotSet("query_ticket_no", None), SlotSet("requested_slot", None), ActiveLoop(None),
                        FollowupAction("action_listen")]
        elif requested is None:
            # a story told before this form opened, to the status question or before the "是商家吗"
            # check, is read with this message; so is one the status form handed over
            carried = intake.unread_accounts(tracker.events)
            told_before = bool(carried)
            if carried or after(tracker.events, self.form, "status_form"):
                words = dialogue.consumer_words(text)
                text = "，".join(carried + ([words] if words and (not carried or ex.extract_all(words)) else []))
                said_intent = "file_complaint" if self.form == "complaint_form" else "file_report"
                message = dict(message, text=text, intent=dict(message.get("intent") or {}, name=said_intent))
        # the question asked first: "退钱，按规定赔偿" answers the demand; "冰箱不制冷了" read
        # as cancel answers the question; a question about something else is a digression
        intent = dialogue.form_intent(said_intent, text, requested, self.form, held=filled)
        if said_intent == "correct" and intent == "inform":
            # a slip put right inside the answer: read as the answer it is (the readers see no correction)
            message = dict(message, intent=dict(message.get("intent") or {}, name="inform"))
        words = dialogue.consumer_words(text)
        switch_to = intake.asks_to_file(text) if self.form in ("complaint_form", "report_form") else None
        # "我不举报了，我要投诉": the registration under way refused and the other asked for is a switch, not a cancel
        refused = _REFUSED_KIND.search(ex.clean(words))
        refused_for_other = bool(switch_to and refused
                                 and refused.group(1) == fields.KIND_LABELS.get(self.form.removesuffix("_form")))
        kind_here = self.form.removesuffix("_form")
        goes_on = _GOES_ON.search(ex.clean(words)) if self.form != "status_form" and not refused else None
        chosen = {"投诉": "complaint", "举报": "report"}.get(goes_on.group(1)) if goes_on else None
        if chosen == kind_here and requested and (intent == "cancel" or (
                len(ex.clean(words)) <= 20 and not dialogue.gives_value(requested, text, self.form))):
            # "嗯我想想……算了还是投诉吧" inside the complaint: the registration under way is kept, not dropped;
            # the question waiting comes again
            dispatcher.utter_message(text=f"好的，{BACK_TO_THE_FORM}{fields.KIND_LABELS.get(kind_here, '')}的信息。",
                                     **self._choices(requested))
            return _asked_again(requested, filled)
        if chosen and chosen != kind_here and intent == "cancel":
            switch_to, intent = chosen, "inform"  # "算了还是举报吧" in a complaint: a switch, not a cancel
        also_investigated = self.form == "complaint_form" and bool(_ALSO_REPORT.search(ex.clean(words))) \
            and bool(dialogue.demands_meant(words))
        if self.form == "complaint_form" and intake.wants_both(words):
            # "我要投诉也要举报" opened this complaint: 查处 goes into its demand, no switch to a report
            switch_to, also_investigated = None, also_investigated or bool(dialogue.demands_meant(words))
        if also_investigated and switch_to == "report":
            # "退钱，还要举报他们虚假宣传": the consumer's own remedy and an investigation too; a complaint that asks
            # for both (查处 goes with the demand), never a report that drops the refund
            switch_to = None
        if switch_to and f"{switch_to}_form" != self.form \
                and (intent not in ("cancel", "human_handoff") or refused_for_other) \
                and not ex.wants_anonymity(words) \
                and (len(ex.clean(words)) <= 15 or _SWITCH_CUE.match(ex.clean(words)) or refused_for_other):
            # "我要举报" in a complaint, "还是投诉吧" in a report: the other registration, with what was told kept
            return self._switch_kind(dispatcher, switch_to)
        if self.form == "complaint_form" and ex.wants_anonymity(words):
            # "匿名的", "我不想实名": a complaint is mediated in the consumer's name; staying anonymous is a report.
            # Asked for by name ("改为匿名举报"), it is one; else ("投诉能匿名吗", "我想匿名") the consumer is told
            # and chooses: never a report they did not ask for, that drops the refund they want
            if intake.asks_to_file(words) == "report" or _REPORT_CHOSEN.search(ex.clean(words)) \
                    or anonymity_offered(tracker.events):
                # told what anonymity means and asking for it again ("匿名", "还是匿名吧"): the report is chosen
                # (never the same explanation a second time running)
                return self._as_anonymous_report(dispatcher)
            return self._offer_anonymous_report(dispatcher, requested, filled)
        if requested is None and intent in ("correct", "ask_law") and opening(tracker.events, self.form):
            intent = "file_complaint" if self.form == "complaint_form" else "file_report"  # the account that opened it
            message = dict(message, intent=dict(message.get("intent") or {}, name=intent))
        added = dialogue.adds_to_account(words) if requested not in (None, "problem", "odr_consent") \
            and self.form != "status_form" and filled.get("problem") and intent not in ("cancel", "human_handoff") \
            else None
        if added and not dialogue.gives_value(requested, added, self.form) \
                and not set(ex.extract_all(added)) & {"phone", "amount", "purchase_date", "merchant_address",
                                                      "merchant_name", "complainant_name", "demand", "platform"}:
            # "补充一下，他们还卖处方药" while another question waits: it goes with the account told (never a new
            # registration, never a failed answer), and the question waiting comes again
            told = str(filled["problem"])
            problem = told if added in told else (dialogue.normalise("problem", f"{told}；{added}").value or told)
            dispatcher.utter_message(text=ADDED_TO_ACCOUNT)
            return [SlotSet("problem", problem), *_asked_again(requested, filled)]
        if requested and self.form != "status_form" and intent not in ("cancel", "human_handoff", "check_status") \
                and (dialogue.asks_status(words) or dialogue.asks_number(words)):
            # "刚才那个怎么样了", "上次投诉的到哪一步了" read as an answer: a question about a ticket, never a value
            # (刚才 is no date); answered as the rules answer a status request (a digression, free once)
            dispatcher.utter_message(text=f"{status_reply(tracker, text)}\n{back_to_the_form(tracker)}".strip())
            if times_asked([*tracker.events, {"event": "bot", "text": BACK_TO_THE_FORM}], requested) >= MAX_ASKS:
                return self._stop_asking(dispatcher, tracker, requested, filled, said=False)
            return _asked_again(requested, filled)
        preset: tuple[dict[str, Any], str | None] | None = None
        said_again = _said_again(requested, text, self.form) \
            if requested and self.form != "status_form" and dialogue.refers_back(text) else None
        if said_again:
            # "一开始就说了，价签9.9结账收15.9": said before and said again here: the words after it are the answer
            # (it said it could not find the account told in that very message)
            text, words = said_again, dialogue.consumer_words(said_again)
            message = dict(message, text=said_again)
        if requested and self.form != "status_form" and dialogue.refers_back(text) \
                and intent not in ("cancel", "human_handoff") and not dialogue.gives_value(requested, text, self.form) \
                and not (requested in ("complainant_name", "phone") and dialogue.refuses_identity(text, requested)):
            # ("我一开始就说了不方便留名啊" refuses again: read as the refusal it is, below)
            # "我刚才说过了", "跟前面一样": the value said before is taken; none found, asked once more, politely
            said = [str(filled.get("problem") or "")] + [
                str(e.get("text") or "") for e in tracker.events if e.get("event") == "user"][:-1]
            earlier = dialogue.earlier_value(requested, said)
            label = dialogue.FIELD_LABELS.get(requested, requested)
            if earlier:
                shown = fields.display(requested, earlier)
                dispatcher.utter_message(text=f"好的，按您前面说的，{label}记为：{shown}。")
                preset = ({requested: earlier}, None)
            elif times_asked(tracker.events, requested) < MAX_ASKS:
                dispatcher.utter_message(text=f"抱歉，前面的对话里我没能找到{label}，麻烦您再说一下。")
                return [SlotSet(requested, None), SlotSet("failed_attempts", filled.get("failed_attempts") or 0)]
        service = dialogue.service_answer(words, self.form) \
            if requested and self.form != "status_form" and intent not in ("cancel", "human_handoff") \
            and times_asked(tracker.events, requested) < MAX_ASKS else None
        answered = set(dialogue.fill_from_message(dict(message, intent={"name": "inform"}), self.form, requested,
                                                  filled)[0]) if service else set()
        asks_privacy = dialogue.is_question(words) and not ex.wants_anonymity(words)
        if asks_privacy:
            # "举报人的信息你们会保密吗" asks about privacy (保密 is read as anonymity): no choice made
            answered.discard("anonymous")
        if service and ((dialogue.gives_value(requested, text, self.form)
                         and not (asks_privacy and requested == "anonymous")) or {requested, "anonymous"} & answered):
            service = None  # "想想还是匿名吧 怕被报复" answers the question (anonymous), whatever else it asks
        if service:
            # a question about the service in between ("投诉要收费吗", "多久能处理好", "会告诉商家吗"): answered
            # in a sentence, then the same question once more; answered inside the form's own turn, it
            # counts as an ask (no "我们接着登记" marker), so two of them do not bring a question a third time
            dispatcher.utter_message(text=f"{service}\n我们继续登记。")
            return _asked_again(requested, filled)
        if intent in dialogue.DIGRESSION_INTENTS or (intent in FORM_DIGRESSIONS and self.form != "status_form"):
            return []  # the form rejects; a rule answers and brings the form back
        if requested and self.form != "status_form" and intent not in dialogue.NON_ANSWER_INTENTS \
                and dialogue.is_question(words) and (
                    (_RIGHTS_QUESTION.search(ex.clean(words)) and not dialogue.gives_value(requested, text, self.form))
                    or (requested == "demand" and dialogue.asks_whether(words))) \
                and times_asked(tracker.events, requested) < MAX_ASKS:
            # "这种能算质量问题吗" read as an answer, "这种能赔吗？" asked for the demand: a question about rights,
            # answered, then the same question (asked twice, "能赔吗" is taken as the demand it names)
            await _answer_law(dispatcher, tracker, domain)
            return _asked_again(requested, filled)
        if requested == "odr_consent":
            return self._odr_answer(dispatcher, intent, times_asked(tracker.events, requested))
        values, error = preset or dialogue.fill_from_message(message, self.form, requested, filled)
        details_answer = requested == "problem" and self.form != "status_form" and not filled.get("problem") \
            and details_asked(tracker.events)
        if details_answer:
            # asked what happened, the consumer tells the story: only what happened is read from it ("我有副卡 主号
            # 转不了" names no product, "上个月11号去的营业厅" no purchase); the other items are asked in their turn
            asked_here = set(dialogue.required_slots(self.form, dict(filled, **values))) - {"problem"}
            values = {k: v for k, v in values.items() if k not in asked_here}  # (a platform is asked nowhere)
        if requested == "problem" and not values.get("problem") and self._details_pending(tracker, filled):
            # asked for the details of an account that already said what went wrong, the consumer has no
            # more to tell ("不清楚", "就这些", "对"): the account told is the problem, and the form goes on
            told, added = str(self._details_pending(tracker, filled)), dialogue.consumer_words(text).strip()
            if len(re.sub(r"[^\u4e00-\u9fa5A-Za-z]", "", added)) >= 6 and not KNOWS_NOT.search(added) \
                    and not _NO_MORE.search(added):
                # "物业收垃圾清运费 物业费里已经包含了": more was told, though in no trouble word: it goes with it
                values = dict(values, problem=f"{told}：{added}")
            else:
                values = dict(values, problem=told)
                dispatcher.utter_message(text="好的，那就按您刚才说的情况登记。")
            error = None

        events: list[EventType] = []
        if requested is None and opening(tracker.events, self.form) and intake.asks_about_rights(text):
            # an opening that asks about rights ("…怎么办", "…合理吗") is answered first; "只是想问问"
            # leaves the registration, otherwise it goes on with the account already told
            if intake.only_asking(text):
                outside = copy.copy(tracker)
                outside.active_loop = {}  # answered as outside a form: the next steps offered
                await _answer_law(dispatcher, outside, domain)
                return [SlotSet("requested_slot", None), ActiveLoop(None), FollowupAction("action_listen")]
            in_form = copy.copy(tracker)
            in_form.active_loop = {"name": self.form}  # answered as inside the form: "我们接着登记"
            await _answer_law(dispatcher, in_form, domain)
        if requested is None and not filled.get("problem") and "problem" not in values \
                and opening(tracker.events, self.form) and dialogue.is_question(text):
            # the story told with a question (or with "订了什么会员") is the problem: it is not asked again
            account = dialogue.consumer_words(text)
            names = set(ex.extract_all(account)) & {"product", "merchant_name", "amount", "platform"}
            if (ex.find_problem(account) or names) and len(account) >= dialogue.OPENING_ACCOUNT_MIN \
                    and not dialogue.vague_account(account):
                values["problem"] = dialogue.normalise("problem", account).value
        if self.form == "complaint_form" and requested is None and values.get("problem") \
                and not filled.get("problem") and opening(tracker.events, self.form) \
                and (headline(values["problem"], text, told_before) or (thin_account(values["problem"])
                                                                          and not told_before)) \
                and not details_asked(tracker.events):
            # "饭店吃出虫子", "考研班说不过退费 现在不认账": what went wrong in a few words; the details are asked
            # once (the answer goes with these words) before the other questions, also of a short story told with
            # a question answered before the form opened (a longer one is taken as the consumer chose to tell it)
            story = dialogue.strip_opening(dialogue.consumer_words(values["problem"]))
            question = COURSE_QUESTION if business_answered(values["problem"]) else DETAILS_QUESTION
            values = {k: v for k, v in values.items() if k != "problem"}
            # a story told before the form opened is said back: the answer goes with it (_details_pending)
            dispatcher.utter_message(text=f"您刚才说“{story}”。{question}" if told_before else question)
        if self.form == "report_form" and requested is None and values.get("problem") \
                and not filled.get("problem") and opening(tracker.events, self.form) \
                and (label_only(values["problem"]) or seen_untold(values["problem"])) \
                and not details_asked(tracker.events) and not told_before:
            # "举报 这家店卖假货": only what the business is said to do; what was seen is asked once when the
            # report's account comes up (ActionAskReportProblem), and the answer goes with these words
            values = {k: v for k, v in values.items() if k != "problem"}
        if said_intent == "ask_law" and intent != said_intent and dialogue.is_question(text):
            # an answer that is also a question about rights: the value is kept and the question answered
            await _answer_law(dispatcher, tracker, domain)
        if requested == "problem" and values.get("problem") and not filled.get("problem"):
            said = [dialogue.consumer_words(e.get("text")) for e in tracker.events if e.get("event") == "user"]
            before = said[-2] if len(said) >= 2 and times_asked(tracker.events, "problem") >= 2 else ""
            asked_details = details_asked(tracker.events)
            thin = self.form == "report_form" and label_only(text)  # a report's label only: "卖假货"
            if (dialogue.vague_account(text) or thin) and times_asked(tracker.events, "problem") < MAX_ASKS \
                    and not (before and dialogue.vague_account(before)) and not asked_details:
                # "耳机坏了": asked once what exactly happened; the next answer goes with it
                values = {k: v for k, v in values.items() if k != "problem"}
                error = "rough"
                rough_question = DETAILS_QUESTION if self.form == "complaint_form" else REPORT_DETAILS_QUESTION
            else:
                # an opening, or the answer before, that only said something was wrong ("猪肉有问题"),
                # or told it in a few words before the details were asked ("饭店吃出虫子"), goes with what happened
                opened = opening_text(tracker.events, self.form)
                told_back = self._details_pending(tracker, filled) \
                    if self.form == "complaint_form" and _told_back(tracker.events) else None
                if told_back and told_back not in values["problem"]:
                    # the story told before the form opened, said back with the details question, goes with it
                    values["problem"] = f"{told_back}：{values['problem']}"
                earlier_words = () if told_back else (before, opened)  # said back: already with the answer
                for earlier in earlier_words:
                    if earlier and (dialogue.vague_account(earlier)
                                    or (asked_details and earlier == opened and thin_account(earlier))
                                    or (asked_details and short_account(earlier))
                                    or (asked_details and self.form == "report_form" and label_only(earlier))) \
                            and dialogue.strip_opening(earlier) not in values["problem"]:
                        values["problem"] = f"{dialogue.strip_opening(earlier)}：{values['problem']}"
                        break
        if values.get("problem") and not filled.get("dispute_type") and self.form == "complaint_form":
            dispute_type, demands = _guide_for(values["problem"])
            if dispute_type:
                events.append(SlotSet("dispute_type", dispute_type))
            if demands:
                events.append(SlotSet("suggested_demands", demands))

        if requested == "purchase_date":
            values, error = self._rough_date(dispatcher, tracker, text, values, error)
        if requested == "merchant_address" and self.form != "status_form" and not filled.get("merchant_address"):
            values, error = self._city_of_address(dispatcher, tracker, text, values, error, filled)
        reopened = dialogue.opens_on_earlier_field(text, requested, filled) \
            if requested and self.form != "status_form" else None
        slip = dialogue.corrects_earlier(text, requested, filled, self.form) \
            if requested and self.form != "status_form" \
            and (reopened or (error is not None and not values.get(requested))) \
            and intent not in ("cancel", "human_handoff") else None
        if slip:
            # "不对 日期说错了 是8月22号" asked the sum: the answer before is changed, said back (progress,
            # not a failed answer), and the question waiting is asked again
            slot, value = slip
            dispatcher.utter_message(
                text=f"好的，{dialogue.FIELD_LABELS.get(slot, slot)}已改为：{fields.display(slot, value)}。")
            values, error = {slot: value, requested: None}, None
        if self.form == "complaint_form" and values.get("demand") and both_asked(tracker.events):
            # the consumer asked for the business to be dealt with too, and was told 查处 goes into the demand
            values["demand"] = dialogue.with_investigation(values["demand"])
        if also_investigated:
            values["demand"] = dialogue.with_investigation(values.get("demand") or filled.get("demand")
                                                           or dialogue.normalise("demand", words).value)
            if requested == "demand":
                error = None
        failures = float(filled.get("failed_attempts") or 0)
        answered_else = {k: v for k, v in values.items() if k not in (requested, "problem", "anonymous")}
        if said_intent not in ("affirm", "deny", "correct") and not details_answer \
                and not after(tracker.events, self.form, "action_correct_field"):
            # what the message says about fields already filled is pointed out, never dropped silently
            # (a correction just made says it itself)
            changes = {k: v for k, v in dialogue.restated(message, self.form, filled, requested=requested).items()
                       if k not in values}
            if changes:
                dispatcher.utter_message(text=dialogue.restated_notice(changes, filled))
        stuck: list[EventType] | None = None
        if requested and error is not None and requested not in values:
            # a story that names the shop is still the story; a product answer that names the shop is not a product
            given = (dialogue.as_given(requested, dialogue.consumer_words(text), held=filled)
                     if requested in ("problem", "demand") or not answered_else else None)
            if error == dialogue.REFUSED and times_asked(tracker.events, requested) >= MAX_ASKS:
                # told why a complaint needs a name and a phone, the consumer still will not give them: the choice
                # of an anonymous report is offered once (theirs to take: it drops the refund); refused after it,
                # the report is the only registration left to them, and the summary shows it before anything is filed
                if not anonymity_offered(tracker.events):
                    return self._offer_anonymous_report(dispatcher, requested, filled)
                return self._as_anonymous_report(dispatcher)
            if times_asked(tracker.events, requested) >= MAX_ASKS and given:
                # asked twice: the consumer's own words are the answer
                values[requested] = given
                failures = 0
            elif requested in optional_slots(self.form) and error != "rough" and (
                    requested in set_aside(tracker.events)
                    or (times_asked(tracker.events, requested) >= MAX_ASKS
                        and (KNOWS_NOT.search(ex.clean(text))
                             or not [s for s in unanswered(self.form, dict(filled, **values)) if s != requested]))):
                # the date or the sum, asked again at the end and still not told: left blank (never a
                # reason to hand the consumer over), and the form goes on
                dispatcher.utter_message(text=f"没关系，{dialogue.FIELD_LABELS.get(requested, requested)}先不填，"
                                              "工作人员核实时会再向您了解。")
                values[requested] = ""
                failures = 0
            elif times_asked(tracker.events, requested) >= MAX_ASKS and (
                    not answered_else or times_asked(tracker.events, requested) > MAX_ASKS):
                # a message that answered other questions ("13800138000" asked the name) is progress,
                # not a failure: it earns one more ask before the form stops asking
                stuck = self._stop_asking(dispatcher, tracker, requested, dict(filled, **values), said=True)
            elif answered_else:
                # the message answered other questions: say what was kept; the form asks again, no failure counted
                kept = dialogue.acknowledge(answered_else)
                held = set_aside(tracker.events)
                now = dict(filled, **values)
                later = [s for s in unanswered(self.form, now) if s != requested and s not in held]
                if times_asked(tracker.events, requested, changes_excused=False) >= MAX_ASKS and later \
                        and requested not in held and requested != "problem" and self.form != "status_form":
                    # the consumer keeps telling other things while this question waits (asked twice in a
                    # row already): it is set aside and asked last, never a third time in a row
                    label = dialogue.FIELD_LABELS.get(requested, requested)
                    dispatcher.utter_message(text=f"{kept}{label}我们最后再确认，先登记其他信息。")
                    stuck = [SlotSet(requested, None), SlotSet("requested_slot", later[0])]
                else:
                    dispatcher.utter_message(text=kept)
                values[requested] = None
            elif error == "rough":
                values[requested] = None  # asked which day of the month, or what exactly happened (above)
            else:
                failures += 1
                reask = dialogue.reask(requested, error, self.form)
                if requested == "phone" and _NO_PHONE.search(ex.clean(text)):
                    # "我没有手机": no number was wrong; any phone that reaches the consumer will do
                    reask = NO_PHONE_REASK + ("不想留的话，也可以匿名举报。" if self.form == "report_form" else "")
                other = dialogue.another_field(requested, text, filled) if error == dialogue.OTHER_FIELD else None
                said_other = dialogue.normalise(other, text).value if other in fields.FIELDS else None
                if other and said_other and filled.get(other) not in (None, "") \
                        and not dialogue.same_value(other, str(said_other), filled[other]):
                    # the shop's name said at the address question when another name is kept: pointed out, the
                    # consumer decides (never stored as the address)
                    reask = dialogue.restated_notice({other: said_other}, filled) + reask
                elif other and (values.get(other) not in (None, "") or filled.get(other) not in (None, "")):
                    # "王小明" said again when asked the demand: that answer is already kept; this question is another
                    reask = f"好的，{dialogue.FIELD_LABELS.get(other, '这一项')}已经记下了。{reask}"
                elif other in ("purchase_date", "amount") and other in dialogue.required_slots(self.form, filled):
                    # "上个星期" asked the shop: when it was bought is asked in its turn, this question first
                    reask = f"{dialogue.FIELD_LABELS.get(other, '这一项')}稍后会再问您。{reask}"
                brand = ex.pointed_brand(text) if requested == "merchant_name" else None
                if brand:  # "就那家国美": the brand is known, its shop is what staff need
                    reask = (f"好的，是{brand}。请问是{brand}的哪家门店？说分店名或所在位置就行，"
                             f"比如“{brand}（万达店）”；不清楚是哪家分店的话，再说一遍“{brand}”也可以。")
                if requested in optional_slots(self.form) and KNOWS_NOT.search(ex.clean(text)):
                    label = dialogue.FIELD_LABELS.get(requested, requested)
                    reask = (f"记不清也没关系，说个大概就行，{_ROUGHLY.get(requested, '')}"
                             f"实在想不起来，回复“不记得了”，{label}就先不填。")
                dispatcher.utter_message(text=reask, **self._choices(requested))
                values[requested] = None
        elif values:
            failures = 0
        if self.form == "report_form" and requested == "phone" and values.get("anonymous") \
                and filled.get("complainant_name"):
            # "电话就不留了" after the name: an anonymous report, said so (the name is not kept either), never silently
            dispatcher.utter_message(text=f"好的，不留电话的话，这条举报就按匿名登记，“{filled['complainant_name']}”"
                                          "这个姓名也不会记录。如果还是想实名举报，留一个电话就可以。")
        if rough_question:
            # after "好的，已记下商品或服务：电饭煲。": the question comes last, where the consumer looks for it
            dispatcher.utter_message(text=rough_question)
        if self.form == "report_form" and values.get("anonymous") and not filled.get("anonymous"):
            # an anonymous report keeps no identity, not even one given before the choice
            values.update({s: None for s in ("complainant_name", "phone") if filled.get(s) is not None})
        if values.get("complainant_name"):
            # read from the simplified text, stored as the consumer wrote it (鄧淑儀, not 邓淑仪)
            values["complainant_name"] = as_written(values["complainant_name"], " ".join(
                str(e.get("text") or "") for e in tracker.events if e.get("event") == "user"))
        for slot, value in values.items():
            events.append(SlotSet(slot, value))
        events.append(SlotSet("failed_attempts", failures))
        if stuck is not None:
            return events + stuck
        filled.update(values)

        # the report form needs a name and phone only when the reporter is not anonymous
        missing = unanswered(self.form, filled)
        if self.form == "complaint_form" and not missing:
            events.extend(self._odr_question(filled))
            if any(e.get("name") == "requested_slot" for e in events):
                return events
        held = set_aside(tracker.events)
        if self.form == "report_form" or not missing or held & set(missing):
            # what was set aside comes last
            order = [s for s in missing if s not in held] + [s for s in missing if s in held]
            events.append(SlotSet("requested_slot", order[0] if order else None))
        return events

    @staticmethod
    def _rough_date(dispatcher: CollectingDispatcher, tracker: Tracker, text: str, values: dict[str, Any],
                    error: str | None) -> tuple[dict[str, Any], str | None]:
        """"今年三月份" answers the date with a month: asked once which day ("记不清" keeps the month);
        "不记得了" after a month said takes that month."""
        asked = times_asked(tracker.events, "purchase_date")
        said = ex.clean(dialogue.consumer_words(text))
        if not values.get("purchase_date") and KNOWS_NOT.search(said) and asked >= MAX_ASKS:
            # "10月份吧 具体哪天忘了" when the day has been asked already: the month is recorded, and said so (the
            # first time, the day is asked once: many remember it when asked)
            rest = "，".join(c for c in dialogue._clauses(said) if not KNOWS_NOT.search(c))
            date = ex.normalise_date(rest).value if rest and _A_MONTH.fullmatch(ex.rough_date(rest) or "") else None
            if date:
                dispatcher.utter_message(text=month_recorded(date))
                return dict(values, purchase_date=date), None
        month = ex.rough_date(text) if values.get("purchase_date") else None
        if month and asked < MAX_ASKS:
            values = {k: v for k, v in values.items() if k != "purchase_date"}
            which = f"{month}几号" if month.endswith("月") else "具体是哪天"
            dispatcher.utter_message(text=f"请问是{which}？{DAY_QUESTION_END}")
            return values, "rough"
        if month and _A_MONTH.fullmatch(month):
            # a month said when the day has been asked already: recorded, and the consumer told how
            dispatcher.utter_message(text=month_recorded(str(values["purchase_date"])))
            return values, error
        if not values.get("purchase_date") and asked >= 2 and KNOWS_NOT.search(said):
            told = [dialogue.consumer_words(e.get("text")) for e in tracker.events if e.get("event") == "user"]
            earlier = next((t for t in reversed(told[:-1]) if ex.rough_date(t)), None)
            date = (ex.normalise_date(earlier).value or ex.find_date(earlier)) if earlier else None
            if date:
                if _A_MONTH.fullmatch(ex.rough_date(earlier) or ""):
                    dispatcher.utter_message(text=month_recorded(date))  # what is recorded, said plainly
                return dict(values, purchase_date=date), None
        return values, error

    @staticmethod
    def _city_of_address(dispatcher: CollectingDispatcher, tracker: Tracker, text: str, values: dict[str, Any],
                         error: str | None, filled: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        """"解放路88号", "人民医院对面": an address in no city or district leaves the complaint with no bureau to
        go to. The city is asked once (the street kept); whatever is said then is taken: the city with the
        street ("杭州市上城区" -> 杭州市上城区解放路88号), a whole address, or the street alone ("不清楚")."""
        asked = _city_asked_last(tracker.events)
        if asked is not None:
            street, said = asked, answer_core(dialogue.consumer_words(text))
            # "在绵阳", "是武汉江汉区的", "就在柳州": the place without the words around it
            said = re.sub(r"(?:的|那边|那里|这边)$", "", re.sub(r"^(?:是|在|就在|就是|它在|店在|那是)+", "", said))
            found = values.get("merchant_address")
            if found and (street in str(found) or not ex.units_only(str(found))):
                return values, None  # a whole address said again (or the city with the street)
            if said and not KNOWS_NOT.search(said) and not _NO_MORE.search(said) and len(said) <= 20 \
                    and (found or _REGION_WORD.search(said) or _in_a_division(said)):
                place = str(found) if found else said
                return dict(values, merchant_address=f"{place}{street}"), None
            return dict(values, merchant_address=street), None
        street = values.get("merchant_address")
        if street and error is None and KNOWS_NOT.search(str(street)):
            # "具体地址我哪知道": not knowing is no street to ask the city of; the address is asked as before
            return {k: v for k, v in values.items() if k != "merchant_address"}, ex.ERR_FORMAT
        if not street or error is not None or times_asked(tracker.events, "merchant_address") >= MAX_ASKS \
                or _city_asked(tracker.events) or _in_a_division(str(street), filled):
            return values, error
        dispatcher.utter_message(text=f"{CITY_QUESTION}“{street}”是在哪个城市、哪个区县呢？比如“杭州市上城区”。"
                                      "投诉举报要交给商家所在地的市场监管部门，知道城市才能转对地方。")
        return {k: v for k, v in values.items() if k != "merchant_address"}, "rough"

    def _details_pending(self, tracker: Tracker, filled: dict[str, Any]) -> str | None:
        """The account told before the details question, when that question waits for its answer (the
        problem not yet kept): what the consumer said just before it was asked."""
        if self.form == "status_form" or filled.get("problem") or not details_asked(tracker.events):
            return None
        said, told = "", ""
        for event in tracker.events:
            text = str(event.get("text") or "")
            if event.get("event") == "user":
                said = dialogue.consumer_words(event.get("text"))
            elif event.get("event") == "bot" and (
                    (self.form == "complaint_form" and DETAILS_ASKED in text)
                    or (self.form == "report_form" and REPORT_DETAILS_QUESTION in text)):
                first = _TOLD_FIRST.match(text)  # asked when the account came up: of the opening's words
                told = first.group(1) if first else said
        account = dialogue.strip_opening(told) if told else ""
        if len(re.sub(r"[^\u4e00-\u9fa5A-Za-z]", "", account)) < (4 if self.form == "complaint_form" else 2):
            return None
        return dialogue.normalise("problem", account).value or account  # told in so few words: kept as told

    @staticmethod
    def _ticket_filed_here(tracker: Tracker, text: str, requested: str | None) -> str | None:
        """The ticket filed in this conversation, when the status question names no other number:
        asked as the form opens, or given as the answer to the number ("就刚才那个", "忘了")."""
        own = tracker.get_slot("ticket_no")
        if not own or requested not in (None, "query_ticket_no"):
            return None
        named = ex.find_ticket_no(text)
        return own if named in (None, own) else None

    @staticmethod
    def _switch_to_filing(dispatcher: CollectingDispatcher, text: str, requested: str | None) -> list[EventType] | None:
        """Asked for a ticket number, the consumer asks to complain or report ("我是要投诉"), or
        opens with a whole complaint that holds no number: that form opens with what was said."""
        kind = intake.asks_to_file(text)
        words = ex.clean(dialogue.consumer_words(text))
        if kind is None and requested is None and not ex.find_ticket_no(text) \
                and not dialogue.DIGRESSION_CUES["check_status"].search(words) \
                and not (dialogue.asks_status(words) or dialogue.asks_number(words)
                         or (ex.find_phone(words) and not _told_at_length(words))
                         or intake.about_filed(words)) \
                and (dialogue.tells_a_complaint(text) or _FILES_AGAINST.search(words) or _told_at_length(words)
                     or (ex.names_trouble(words) and not dialogue.is_question(words))):
            # a first message with no number and nothing asked of a ticket is no status request: it tells what
            # went wrong ("刷墙的说用的立邦 结果是杂牌"), at length, or whom it is against ("投诉一个卖电暖器的")
            kind = "report" if _FILES_AGAINST.search(words) and _FILES_AGAINST.search(words).group(1) == "举报" \
                else "complaint"
        if kind is None:
            return None
        dispatcher.utter_message(response="utter_start_complaint" if kind == "complaint" else "utter_start_report")
        return [SlotSet("query_ticket_no", None), SlotSet("requested_slot", None), SlotSet("ticket_type", kind),
                ActiveLoop(None), FollowupAction("complaint_form" if kind == "complaint" else "report_form")]

    @staticmethod
    def _switch_kind(dispatcher: CollectingDispatcher, kind: str) -> list[EventType]:
        """From a complaint to a report or back, keeping the shop, its address and what happened (a
        report asks nothing of the purchase or the demand; a complaint asks them)."""
        if kind == "report":
            dispatcher.utter_message(text="好的，改为登记举报。您刚才说的商家和情况都已保留，举报需要的信息我再补问几项。")
            cleared = ("product", "purchase_date", "amount", "demand", "odr_consent", "odr_checked")
        else:
            dispatcher.utter_message(text="好的，改为登记投诉。您刚才说的商家和情况都已保留，投诉还需要再补充几项信息。")
            cleared = ("anonymous",)
        return [SlotSet("ticket_type", kind), *(SlotSet(s, None) for s in cleared), SlotSet("requested_slot", None),
                SlotSet("failed_attempts", 0), ActiveLoop(None), FollowupAction(f"{kind}_form")]

    def _said_then_asked_again(self, dispatcher: CollectingDispatcher, tracker: Tracker, requested: str,
                               filled: dict[str, Any], said: str) -> list[EventType]:
        """A digression the form answers in its own turn (why a question is asked, an apology): the answer,
        then the question once more. The first in a run is free, as a digression the rules answer is
        ("我们接着登记"); a second counts, and the question is not asked a third time."""
        events = [*tracker.events, {"event": "bot", "text": BACK_TO_THE_FORM}]
        if times_asked(events, requested) < MAX_ASKS:
            free = times_asked(events, requested) < times_asked(tracker.events, requested)
            dispatcher.utter_message(text=f"{said}{BACK_TO_THE_FORM}。" if free else said, **self._choices(requested))
            return _asked_again(requested, filled)
        dispatcher.utter_message(text=said)
        return self._stop_asking(dispatcher, tracker, requested, filled, said=False)

    @staticmethod
    def _offer_anonymous_report(dispatcher: CollectingDispatcher, requested: str | None,
                                filled: dict[str, Any]) -> list[EventType]:
        """Anonymity asked for in a complaint: what each choice means, the report one button away, and the
        question waiting once more (giving it goes on with the complaint)."""
        dispatcher.utter_message(text=f"{ANONYMITY_CHOICE}{BACK_TO_THE_FORM}。" if requested else ANONYMITY_CHOICE,
                                 buttons=[{"title": "改为匿名举报", "payload": "改为匿名举报"}])
        return _asked_again(requested, filled) if requested else []

    @staticmethod
    def _as_anonymous_report(dispatcher: CollectingDispatcher) -> list[EventType]:
        """The complaint goes on as an anonymous report, with what was told kept and no identity."""
        dispatcher.utter_message(text=dialogue.ANONYMOUS_REPORT)
        return [SlotSet("ticket_type", "report"), SlotSet("anonymous", True), SlotSet("complainant_name", None),
                SlotSet("phone", None), SlotSet("requested_slot", None), SlotSet("failed_attempts", 0),
                ActiveLoop(None), FollowupAction("report_form")]

    def _choices(self, slot: str) -> dict[str, Any]:
        """Buttons that go with a re-ask, where the answer is one of a few. The question that follows a re-ask
        carries its own buttons for the anonymity and the demand (utter_ask_anonymous, action_ask_demand):
        none here then, or the consumer sees each button twice."""
        if slot in ("complainant_name", "phone") and self.form == "report_form":
            return {"buttons": [{"title": "匿名举报", "payload": "匿名举报"}]}
        return {}

    def _stop_asking(self, dispatcher: CollectingDispatcher, tracker: Tracker, slot: str,
                     filled: dict[str, Any], said: bool) -> list[EventType]:
        """The question was asked twice and still has no answer; it is not asked a third time.

        The form asks the other questions first and comes back to this one at the end;
        a question set aside once already, or the last one left, goes to a person: what
        was collected goes to the hotline agent with the transcript, the consumer hears so
        once, and the form stops. `said`: the consumer's message was read (not a digression).
        """
        missing = [s for s in unanswered(self.form, filled) if s != slot]
        held = set_aside(tracker.events)
        later = [s for s in missing if s not in held]
        way = stuck_way(self.form, slot, filled, held)
        if way == "blank":
            # a field the ticket can go without (the date, the sum), asked again at the end and still
            # not told: left blank, never a reason to hand the consumer over
            if said:
                dispatcher.utter_message(text=f"没关系，{dialogue.FIELD_LABELS.get(slot, slot)}先不填，"
                                              "工作人员核实时会再向您了解。")
            return [SlotSet(slot, ""), SlotSet("requested_slot", later[0] if later else (missing[0] if missing
                                                                                         else None))]
        if way == "later":
            if said:
                dispatcher.utter_message(
                    text=f"没关系，{dialogue.FIELD_LABELS.get(slot, slot)}我们最后再确认，先登记其他信息。")
            return [SlotSet(slot, None), SlotSet("requested_slot", later[0])]
        if way == "status":
            dispatcher.utter_message(
                text=f"抱歉，没能识别出{dialogue.FIELD_LABELS.get(slot, slot)}。受理编号在登记成功的消息里，"
                     "以TS（投诉）或JB（举报）开头；找不到的话，可以拨打12315热线查询，或转人工客服。",
                buttons=[{"title": "转人工客服", "payload": "/human_handoff"}])
            return [SlotSet(slot, None), SlotSet("requested_slot", None), ActiveLoop(None),
                    FollowupAction("action_listen")]
        from actions.actions import channel_of
        return [SlotSet(slot, None), *handoff.give_up(dispatcher, tracker, channel_of(tracker))]

    @staticmethod
    def _odr_question(filled: dict[str, Any]) -> list[EventType]:
        """A complete complaint against an ODR enterprise asks first whether the merchant may handle it."""
        if filled.get("odr_consent") is not None or filled.get("odr_checked") or not filled.get("merchant_name"):
            return []
        try:
            from actions.filing import odr_merchant
            found = odr_merchant(str(filled["merchant_name"]))
        except Exception:  # noqa: BLE001 - without the check the complaint goes to the bureau as usual
            log.exception("ODR check failed")
            found = None
        events: list[EventType] = [SlotSet("odr_checked", True)]
        if not found:
            return events
        return events + [SlotSet("odr_merchant", found["merchant_name"]), SlotSet("requested_slot", "odr_consent")]

    @staticmethod
    def _odr_answer(dispatcher: CollectingDispatcher, intent: str | None, asked: int = 1) -> list[EventType]:
        if intent in ("affirm", "deny"):
            return [SlotSet("odr_consent", intent == "affirm"), SlotSet("requested_slot", None)]
        if asked >= MAX_ASKS:
            # asked twice: the usual way, without the merchant handling it first
            dispatcher.utter_message(text="好的，那这次投诉直接交市场监管部门处理，不先转给商家。")
            return [SlotSet("odr_consent", False), SlotSet("requested_slot", None)]
        dispatcher.utter_message(text="请回复“同意”让商家先行处理，或回复“不同意”直接交市场监管部门。",
                                 buttons=[{"title": "同意先让商家处理", "payload": "/affirm"},
                                          {"title": "不同意，直接交市场监管部门", "payload": "/deny"}])
        return [SlotSet("odr_consent", None)]


# How a change of registration is said ("还是投诉吧", "算了我想举报它", "不对 我想举报"): a request, not an answer
NO_PHONE_REASK = "没有手机也没关系，留一个能联系到您的电话就行：家里或单位的座机（请带区号），或者家人的手机都可以。"
# No phone of one's own ("我没有手机", "老人家没手机", "没电话")
_NO_PHONE = re.compile(r"没(?:有)?(?:用)?(?:手机|电话|手机号)|不用手机")
# The registration under way refused ("我不举报了", "算了不投诉了"): which one
_REFUSED_KIND = re.compile(r"(?:不|别|不想|不要|不用)(?:再)?(投诉|举报)了?")
# The registration under way chosen again after a hesitation ("算了还是投诉吧", "想了想还是投诉"): go on
_GOES_ON = re.compile(r"(?:还是|继续|接着)(?:要|想|继续|接着)?(投诉|举报)")
# An investigation asked on top of the consumer's own remedy ("还要举报", "也要举报", "顺便举报")
_ALSO_REPORT = re.compile(r"(?:还|也|并|同时|顺便|另外|再)(?:要|想|得)?(?:举报|查处|曝光)")
_SWITCH_CUE = re.compile(r"(?:还是|算了|改成|改为|换成|不对|那|那我|我还是|不投诉了|不举报了)")


# What confirms the summary, said while a question of the form still waits for its answer
_ONLY_CONFIRMS = re.compile(r"(?:确认|确定|确认提交|提交|确认无误|没问题|信息无误|无误|对的|是的|没错|好的|ok|OK|Ok)"
                            r"(?:提交|了|吧|啊)?")


# A question about the consumer's rights, said while a question of the form waits
_RIGHTS_QUESTION = re.compile(r"违法|合法|算不算|能算|算是|属于|欺诈|质量问题|三包|赔多少|怎么赔|能赔|能退|可以退|"
                              r"可以要求|"
                              r"有权|该不该|应不应该|霸王条款|有没有责任|要负责|担责")


def names_a_right(words: str) -> bool:
    """Whether the words speak of the consumer's rights ("能退吗", "算不算欺诈", "能赔多少")."""
    return bool(_RIGHTS_QUESTION.search(ex.clean(words)))


async def _answer_law(dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> None:
    from actions.actions import ActionAnswerLaw
    try:
        await ActionAnswerLaw().run(dispatcher, tracker, domain)
    except Exception:  # noqa: BLE001 - the answer given is kept whatever the knowledge base does
        log.exception("law answer inside the form failed")


# Asked once when the address names no city or district ("解放路88号"): which city
CITY_QUESTION = "好的。请问"
_CITY_ASKED = re.compile(r"^好的。请问“(.+?)”是在哪个城市、哪个区县呢")
# A division named in an answer ("杭州", "西湖区", "东莞长安镇"), or an online shop (no city to ask)
_REGION_WORD = re.compile(r"省|自治区|市(?!场)|区|县|旗|州|盟|镇|乡")


def _in_a_division(address: str, filled: dict[str, Any] | None = None) -> bool:
    """Whether the address (with the shop's name and platform) lets the complaint go to a bureau: it names a
    province, city or district, or the shop is online. True when that cannot be checked (never asked then)."""
    filled = filled or {}
    if re.search(r"网店|网上|线上|平台|app|APP|小程序|直播|公众号|微信|淘宝|京东|拼多多|抖音|快手|美团", address):
        return True
    try:
        from backend.jurisdiction import locate
        found = locate(address, filled.get("platform"), filled.get("merchant_name"))
        zone = _ZONE_OF_A_CITY.match(address)
        if found.basis == "none" and not (found.province or found.city) and zone:
            # "武汉东湖新技术开发区…": a development zone of a named city; the city is said, no question needed
            found = locate(f"{zone.group(1)}市", filled.get("platform"), filled.get("merchant_name"))
    except Exception:  # noqa: BLE001 - without the division tables the address is taken as said
        log.exception("jurisdiction lookup failed")
        return True
    return found.basis != "none" or bool(found.province or found.city)


# A city's name, then one of its development zones ("武汉东湖新技术开发区", "西安高新技术产业开发区", "长春净月经开区")
_ZONE_OF_A_CITY = re.compile(r"([\u4e00-\u9fa5]{2,4}?)(?:[\u4e00-\u9fa5]{0,4}?)"
                             r"(?:高新技术产业开发区|新技术产业开发区|新技术开发区|高新技术开发区|高新区|经济技术开发区|"
                             r"经济开发区|经开区|工业园区|开发区|保税区|新区)")


def _city_asked_last(events: list[dict[str, Any]]) -> str | None:
    """The street kept when the bot's last words before this message asked for its city; else None."""
    users = 0
    for event in reversed(events):
        if event.get("event") == "user":
            users += 1
            if users > 1:
                return None
        elif event.get("event") == "bot" and users == 1:
            m = _CITY_ASKED.match(str(event.get("text") or ""))
            if m:
                return m.group(1)
    return None


def _city_asked(events: list[dict[str, Any]]) -> bool:
    """Whether the city was asked since this registration opened (it is asked once)."""
    asked = False
    for event in events:
        if event.get("event") == "bot" and _CITY_ASKED.match(str(event.get("text") or "")):
            asked = True
        elif dialogue.ends_registration(event) or event.get("event") in ("restart", "session_started"):
            asked = False
    return asked


class ActionAskMerchantAddress(Action):
    """Asks where the shop is, unless the form has just asked which city the street said is in."""

    def name(self) -> str:
        return "action_ask_merchant_address"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if not said_this_turn(tracker.events, CITY_QUESTION + "“"):
            dispatcher.utter_message(response="utter_ask_merchant_address")
        return []


def asked_in_own_words(events: list[dict[str, Any]]) -> bool:
    """Whether the validation has just asked the question waiting in its own words this turn (which day of the
    month said, which city the street is in, the details of the account): the form's usual question for the same
    slot would ask it a second time in one breath, and the more general question after the exact one."""
    for event in reversed(events):
        if event.get("event") == "user":
            return False
        said = str(event.get("text") or "")
        if event.get("event") == "bot" and (DAY_QUESTION_END in said or said.startswith(CITY_QUESTION + "“")
                                            or DETAILS_ASKED in said):
            return True
    return False


class ActionAskPurchaseDate(Action):
    """Asks when it was bought, unless the form has just asked which day of the month said."""

    def name(self) -> str:
        return "action_ask_purchase_date"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if not asked_in_own_words(tracker.events):
            dispatcher.utter_message(response="utter_ask_purchase_date")
        return []


class ValidateComplaintForm(_ValidateForm):
    form = "complaint_form"  # type: ignore[assignment]


class ValidateReportForm(_ValidateForm):
    form = "report_form"  # type: ignore[assignment]


class ValidateStatusForm(_ValidateForm):
    form = "status_form"  # type: ignore[assignment]


DEFAULT_DEMANDS = ["退货", "换货", "维修", "退款", "赔偿"]


class ActionAskDemand(Action):
    """Asks for the demand with buttons: those the dispute type allows, else the usual five."""

    def name(self) -> str:
        return "action_ask_demand"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        # what the dispute type allows first, then the usual ones
        suggested = [d for d in (tracker.get_slot("suggested_demands") or []) if d]
        demands = list(dict.fromkeys(suggested + DEFAULT_DEMANDS))
        dispatcher.utter_message(
            text=fields.get("demand").question,
            buttons=[{"title": d, "payload": d} for d in demands[:6]],
        )
        return []


class ActionAskProblem(Action):
    """Asks what happened, unless the form has just asked for the details in its own words."""

    def name(self) -> str:
        return "action_ask_problem"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if not details_asked_this_turn(tracker.events):
            dispatcher.utter_message(text=fields.get("problem").question)
        return []


class ActionAskReportProblem(Action):
    """The report's question on what the business did, unless the form has just asked for the
    details in its own words (one question a turn)."""

    def name(self) -> str:
        return "action_ask_report_form_problem"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if said_this_turn(tracker.events, REPORT_DETAILS_QUESTION):
            return []
        opened = dialogue.strip_opening(opening_text(tracker.events, "report_form"))
        if not tracker.get_slot("problem") and opened and (label_only(opened) or seen_untold(opened)) \
                and ex.find_problem(opened) \
                and not intake.asks_to_file(opened) and not details_asked(tracker.events):
            # the report opened with a label only ("这家店卖假货"): what was seen, asked once
            dispatcher.utter_message(text=f"您刚才说“{opened}”。{REPORT_DETAILS_QUESTION}")
            return []
        dispatcher.utter_message(response="utter_ask_report_form_problem")
        return []


class ActionAskOdrConsent(Action):
    """The merchant joined the online dispute resolution (ODR) scheme: may it handle the complaint first?"""

    def name(self) -> str:
        return "action_ask_odr_consent"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        merchant = tracker.get_slot("odr_merchant") or tracker.get_slot("merchant_name") or "这家商家"
        dispatcher.utter_message(
            text=f"{merchant}是在线消费纠纷解决（ODR）企业，可以先由商家直接和您协商处理：商家须在10个工作日内处理，"
                 "到期没有解决或您不满意的，会转交市场监管部门。请问您同意先让商家处理吗？"
                 "不同意的话，投诉直接交市场监管部门，7个工作日内予以处理并告知您。",
            buttons=[{"title": "同意先让商家处理", "payload": "/affirm"},
                     {"title": "不同意，直接交市场监管部门", "payload": "/deny"}],
        )
        return []


class ActionCorrectionWithoutTicket(Action):
    """A message read as a correction while nothing is being registered: a consumer's
    account ("我2月6号在…买的电视自燃了，订单号是…") starts the complaint it tells; anything
    else is told there is nothing to change."""

    def name(self) -> str:
        return "action_correction_without_ticket"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        text = (tracker.latest_message or {}).get("text") or ""
        if dialogue.tells_a_complaint(text):
            dispatcher.utter_message(response="utter_start_complaint")
            return [SlotSet("ticket_type", "complaint"), FollowupAction("complaint_form")]
        dispatcher.utter_message(
            text="目前没有正在登记的信息需要修改。如需投诉或举报，请直接说“我要投诉”或“我要举报”；查询已提交的登记，请说“查询进度”。",
            buttons=[{"title": "我要投诉", "payload": "/file_complaint"},
                     {"title": "我要举报", "payload": "/file_report"},
                     {"title": "查询进度", "payload": "/check_status"}])
        return []


# Said when the consumer has no ticket number to hand ("我忘了编号了")
NUMBER_LOST = ("没关系。受理编号在当时登记成功的那条消息里，以TS（投诉）或JB（举报）开头，"
               "您可以往上翻翻聊天记录或短信找一找。"
               "实在找不到的话，可以拨打12315热线，报上登记时留的姓名和电话请工作人员帮您查；也可以点“转人工客服”。")


NUMBER_LOST_BUTTONS = [{"title": "转人工客服", "payload": "/human_handoff"}]


# The actions that open a form with the consumer's first message still to read.
OPENERS = {"utter_start_complaint", "utter_start_report", "action_correction_without_ticket"}


class ActionStatusDigression(Action):
    """"查询进度" while a complaint or report is being registered: looks it up when the
    message carries the number and phone, otherwise says how; the form then resumes."""

    def name(self) -> str:
        return "action_status_digression"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        text = (tracker.latest_message or {}).get("text") or ""
        dispatcher.utter_message(text=f"{status_reply(tracker, text)}\n{back_to_the_form(tracker)}".strip())
        return []


def status_reply(tracker: Tracker, text: str) -> str:
    """A status question asked while a registration is under way (in a form, or at its summary): the
    ticket it names (with the phone), or the one filed earlier in this chat, is looked up; else it says
    how, and that the registration under way has no number until it is confirmed."""
    ticket_no, phone = ex.find_ticket_no(text), ex.find_phone(text)
    own = tracker.get_slot("ticket_no")  # filed earlier in this chat: known without number or phone
    if own and ticket_no in (None, own):
        ticket_no, phone = own, None
    kind = "举报" if tracker.get_slot("ticket_type") == "report" else "投诉"
    if tracker.get_slot("awaiting_confirmation") and tracker.active_loop_name not in ("complaint_form", "report_form"):
        reply = (f"您这次的{kind}还没有提交，所以还没有受理编号：确认提交后会马上告诉您编号，"
                 "之后随时发“查询进度”就能查看处理情况。"
                 "以前登记过的，请把编号和登记时留的电话一起发给我。")
    elif tracker.get_slot("anonymous") and kind == "举报" or re.search(r"匿名|没留电话|没有留电话|不留电话", text):
        # an anonymous report keeps no phone: its progress is looked up in the chat that filed it, by its number
        reply = ("匿名举报不留电话也能查进度：提交后会给您一个受理编号，在这次对话里随时说“查询进度”就能查看处理情况，"
                 "请把编号保存好。")
    else:
        reply = ("查询进度需要受理编号和登记时留的电话。您可以先把这次登记完成，之后说“查询进度”，"
                 "我再帮您查；也可以把编号和电话一起发给我。")
    if ticket_no and (phone or ticket_no == own):
        try:
            from actions.filing import lookup_status
            status = lookup_status(ticket_no, phone, conversation_id=tracker.sender_id)
            reply = (f"编号 {ticket_no} 当前状态：{status.get('status_label') or status.get('status')}。" if status
                     else f"没有查到编号 {ticket_no} 对应、且登记电话一致的记录，请核对后再试。")
        except Exception:  # noqa: BLE001 - the registration goes on either way
            log.exception("status lookup failed")
            reply = "抱歉，查询系统暂时不可用，请稍后再试，或拨打12315热线查询。"
    return reply


# The summary's buttons (actions.ActionShowSummary shows them with the summary)
SUMMARY_BUTTONS = [{"title": "确认提交", "payload": "/affirm"},
                   {"title": "需要修改", "payload": "/deny"},
                   {"title": "取消", "payload": "/cancel"}]


def at_summary(tracker: Tracker) -> bool:
    """Whether the summary is shown and waits for its confirmation (no form runs)."""
    return bool(tracker.get_slot("awaiting_confirmation")) and not tracker.active_loop_name \
        and tracker.get_slot("ticket_type") in ("complaint", "report")


def offer_summary_again(dispatcher: CollectingDispatcher, tracker: Tracker, said: str = "") -> None:
    """After a question answered at the summary: the ticket is still there, waiting to be confirmed."""
    kind = "举报" if tracker.get_slot("ticket_type") == "report" else "投诉"
    again = (f"您的{kind}信息都还在，还没有提交：核对无误请点“确认提交”；需要修改请直接告诉我哪里不对，或说“取消”。")
    dispatcher.utter_message(text=f"{said}\n{again}".strip(), buttons=SUMMARY_BUTTONS)


def slot_values(tracker: Tracker) -> dict[str, Any]:
    return dict(tracker.current_slot_values())
