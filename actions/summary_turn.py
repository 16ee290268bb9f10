"""What the consumer says at the summary when it is no change and no question (issue 16).

The summary waits for "确认提交". A consumer who answers it with thanks, a goodbye or a greeting
("好的谢谢", "嗯嗯 谢谢", "行 麻烦了", "拜拜", "在吗") used to hear the goodbye, and the ticket was never filed
while they believed it was. Here:
- words that accept, with or without thanks or a goodbye ("好的谢谢", "可以 提交吧", "没毛病", "確認") file it;
- thanks or a goodbye alone ("谢谢", "拜拜", "不用了谢谢") are told plainly that nothing is submitted yet,
  with the buttons; said again, the registration is kept (nothing the consumer said is lost) and they
  hear how to come back and confirm it: filing what was never accepted is worse than waiting;
- a greeting or words outside the service are answered and the summary offered again; after two
  reminders in a row the reply changes (never the same words three times running).

action_summary_turn runs first at the summary for goodbye, greet, out_of_scope and nlu_fallback
(bot/data/rules.yml). Where it has nothing to say it returns no events and the rule goes on with the
action that always answered that intent (action_out_of_scope, action_correct_field); where it answers
it ends the turn (FollowupAction("action_listen")).
"""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import dialogue, forms

# Words that accept what was shown (simplified and traditional; "是" and "对" alone too: the summary asked)
_ACCEPT = tuple("""好的 好滴 好嘞 好哒 好啊 好呀 好吧 好 行 行吧 行的 可以 可以的 嗯嗯 嗯 恩恩 恩 ok okay okk
    没问题 沒問題 没毛病 沒毛病 没错 沒錯 对的 對的 对 對 是的 是 确认 確認 确定 確定 确认无误 確認無誤 无误 無誤
    信息无误 資料無誤 提交 确认提交 確認提交 就这样 就這樣 那就这样 同意 中 妥 收到 👌 👍""".split())
# Thanks and goodbyes: polite words that accept nothing by themselves
_THANKS = ("谢谢", "謝謝", "谢了", "謝了", "多谢", "多謝", "感谢", "感謝", "谢谢你们", "谢谢您", "麻烦了", "麻煩了",
           "麻烦你了", "麻烦您了", "麻煩你了", "辛苦了", "辛苦你了", "辛苦您了", "辛苦", "thanks", "thank you", "thx",
           "🙏")
_BYE = ("拜拜", "再见", "再見", "bye", "byebye", "88")
# Heard, not accepted ("知道了", "明白了 谢谢"), or waiting for a ticket never filed ("等你们消息"): told as thanks are
_HEARD = ("知道了", "知道", "了解", "明白了", "明白", "懂了", "等你们消息", "等消息", "等通知", "等你们通知",
          "等你们电话", "等电话", "等回复", "等你们回复")
# A greeting is none of these ("你好" is no "好")
_GREET = ("你好", "您好", "在吗", "在嗎", "哈喽", "嗨", "hello", "hi")
# Said around the words above and meaning nothing by itself
# (impatience said with them, "就这样 别再问了", "行了行了 快点", urges on and changes nothing)
_FILLER = tuple("""吧 啊 呀 哈 啦 了 哦 噢 喔 呢 呗 嘛 的 那 那就 就 我 你 您 你们 您们 帮我 给我 请 麻烦 那麻烦 没事
    哈哈 呵呵 嘿嘿 亲 别再问了 别问了 不要再问了 不用再问了 别再问 快点 赶紧 快 都说了 说了多少遍了
    处理 处理一下 尽快 尽早 早点 抓紧 快些 快点儿 赶快 赶紧的 一下 帮忙 帮我们 给 一定 务必 越快越好 辛苦 们""".split())
# Asking for it to go ahead ("提交吧", "交上去", "快点处理", "赶紧给办了"): accepts what was shown
_GO_AHEAD = tuple("""交上去 报上去 提上去 发过去 发上去 上报 登记吧 办 办了 办吧 办理 受理 去办 处理吧 快点处理 尽快处理
    赶紧处理 抓紧处理 早点处理 帮忙处理 帮我处理 给我处理 处理一下吧 就这么办 就这么着 照这个来""".split())

_KIND = {**{w: "filler" for w in _FILLER}, **{w: "greet" for w in _GREET}, **{w: "bye" for w in _BYE},
         **{w: "thanks" for w in _THANKS + _HEARD}, **{w: "accept" for w in _ACCEPT + _GO_AHEAD}}
_WORD = re.compile("|".join(re.escape(w) for w in sorted(_KIND, key=len, reverse=True)), re.I)
_BETWEEN = re.compile(r"[\s，,。.！!~～、？?…:：;；\"'“”‘’()（）\[\]【】]+")

# In every reminder that the registration waits: how the reminders in a row are counted
MARKER = "还没有提交"
_BUTTONS_KEPT = [{"title": "确认提交", "payload": "/affirm"}, {"title": "取消", "payload": "/cancel"}]
_BUTTONS_GUARD = [{"title": "确认提交", "payload": "/affirm"}, {"title": "需要修改", "payload": "/deny"},
                  {"title": "转人工", "payload": "/human_handoff"}]


def kind_of(text: str | None) -> str:
    """What a short message at the summary is: "accept" (words that accept, with or without thanks or a
    goodbye), "thanks" (thanks or a goodbye alone), "greet", or "other" (anything with more in it)."""
    words = _BETWEEN.sub(" ", dialogue.consumer_words(text)).strip()
    if not words:
        return "other"
    found: list[str] = []
    at = 0
    for part in words.split(" "):
        at = 0
        while at < len(part):
            match = _WORD.match(part, at)
            if not match:
                return "other"
            found.append(_KIND.get(match.group(0).lower()) or _KIND[match.group(0)])
            at = match.end()
    kinds = set(found)
    if "accept" in kinds and "greet" not in kinds:
        return "accept"
    if kinds & {"thanks", "bye"}:
        return "thanks"
    if "greet" in kinds:
        return "greet"
    return "other"


def _names_a_change(text: str | None, slots: dict[str, Any]) -> bool:
    """Whether the words name an item of the summary and give it a new value ("车型写具体点 大众朗逸")."""
    from actions.actions import written_as
    words = dialogue.consumer_words(text)
    if not dialogue.FIELD_WORD.search(words):
        return False
    field, value = dialogue.correction(written_as(words), filled=slots)
    return field is not None and value not in (None, "")


async def filed_if_accepted(dispatcher: CollectingDispatcher, tracker: Tracker,
                            domain: DomainDict) -> list[EventType] | None:
    """Words at the summary that accept what was shown, whatever intent they were read as ("对 快点处理哈" read
    as a no): the ticket is filed as "确认提交" files it (None: they do not accept)."""
    if not forms.at_summary(tracker) or kind_of((tracker.latest_message or {}).get("text")) != "accept":
        return None
    from actions.actions import ActionSubmitTicket
    return _turn_ended(await ActionSubmitTicket().run(dispatcher, tracker, domain))


def _turn_ended(events: list[EventType]) -> list[EventType]:
    """Another action's events, ending the turn unless they name what follows."""
    return list(events) if any(e.get("event") == "followup" for e in events) else [
        *events, FollowupAction("action_listen")]


def _turns(tracker: Tracker) -> list[tuple[dict[str, Any], list[str]]]:
    """The consumer's earlier messages, each with what the assistant said after it (the latest message left out)."""
    turns: list[tuple[dict[str, Any], list[str]]] = []
    for event in tracker.events:
        if event.get("event") == "user":
            turns.append((event, []))
        elif event.get("event") == "bot" and turns:
            turns[-1][1].append(event.get("text") or "")
    return turns[:-1]  # the last is the message being answered


def _intent(event: dict[str, Any]) -> str | None:
    return ((event.get("parse_data") or {}).get("intent") or {}).get("name")


def reminders_in_a_row(tracker: Tracker, thanks_only: bool = False) -> int:
    """How many messages in a row, just before this one, were answered with a reminder that the
    registration is not yet submitted (thanks_only: only those that were thanks or a goodbye)."""
    count = 0
    for event, said in reversed(_turns(tracker)):
        if not any(MARKER in text for text in said):
            break
        if thanks_only and not (kind_of(event.get("text")) == "thanks" or (
                _intent(event) == "goodbye" and kind_of(event.get("text")) != "accept")):
            break
        count += 1
    return count


def _kind_word(tracker: Tracker) -> str:
    return "举报" if tracker.get_slot("ticket_type") == "report" else "投诉"


def thanks_reply(tracker: Tracker, text: str | None) -> tuple[str, list[dict[str, str]]]:
    """Thanks or a goodbye at the summary: the first time, that nothing is submitted yet; again, that it is kept."""
    kind, before = _kind_word(tracker), reminders_in_a_row(tracker, thanks_only=True)
    if before == 0:
        polite = "不客气！" if re.search(r"谢|謝|感|麻烦|麻煩|辛苦|thank|thx", text or "", re.I) else ""
        return (f"{polite}提醒您一下：这份{kind}{MARKER}。请核对上面的信息，无误请点“确认提交”；"
                "需要修改请点“需要修改”或直接告诉我哪里不对；不想登记了请点“取消”。", forms.SUMMARY_BUTTONS)
    if before % 2 == 1:
        return (f"好的，这份{kind}先为您保留，{MARKER}，您说的信息都不会丢。您方便的时候回到这里，"
                "直接回复“确认提交”就能提交；如果不想提交了，回复“取消”即可。感谢您的来电，再见！", _BUTTONS_KEPT)
    return (f"您的{kind}信息一直为您保留着，{MARKER}。需要提交时回复“确认提交”，不需要了回复“取消”。", _BUTTONS_KEPT)


def guard_reply(tracker: Tracker) -> tuple[str, list[dict[str, str]]]:
    """After two reminders in a row: said differently, with a person offered."""
    return (f"您的{_kind_word(tracker)}信息都为您保留着，{MARKER}。核对无误请回复“确认提交”；"
            "哪里不对直接告诉我新的内容；也可以说“转人工”，请工作人员帮您核对。", _BUTTONS_GUARD)


class ActionSummaryTurn(Action):
    """A message at the summary read as goodbye, greeting, out of scope or unclear: words that accept file the
    ticket; thanks or a goodbye are told it is not submitted yet (again: it is kept); the rest goes on to the
    action the rule names next, unless the summary was already offered twice in a row."""

    def name(self) -> str:
        return "action_summary_turn"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        message = tracker.latest_message or {}
        text = message.get("text")
        intent = (message.get("intent") or {}).get("name")
        if not forms.at_summary(tracker):
            if intent == "goodbye":
                dispatcher.utter_message(response="utter_goodbye")
            elif intent == "greet":
                dispatcher.utter_message(response="utter_greet")
            return []
        kind = kind_of(text)
        filed = await filed_if_accepted(dispatcher, tracker, domain)
        if filed is not None:
            return filed
        if kind == "other" and intent == "out_of_scope" and _names_a_change(text, dict(tracker.current_slot_values())):
            # "车型写具体点 大众朗逸 其他都对" read as outside the service: a change of an item it names (unclear
            # words go on to action_correct_field by their rule)
            from actions.actions import ActionCorrectField
            return _turn_ended(await ActionCorrectField().run(dispatcher, tracker, domain))
        if kind == "thanks" or intent == "goodbye":
            said, buttons = thanks_reply(tracker, text)
            dispatcher.utter_message(text=said, buttons=buttons)
            return [FollowupAction("action_listen")]
        if intent not in ("greet", "out_of_scope") and kind != "greet":
            return []  # unclear words: read as a change by the action the rule names next
        before = reminders_in_a_row(tracker)
        if before >= 3:
            # the guard said too: the summary itself once more (and the count starts again)
            from actions.actions import summary_text
            if intent == "greet" or kind == "greet":
                dispatcher.utter_message(text="您好，我在的。请您再核对一下：")
            dispatcher.utter_message(text=summary_text(dict(tracker.current_slot_values())),
                                     buttons=forms.SUMMARY_BUTTONS)
            return [FollowupAction("action_listen")]
        if before == 2:
            said, buttons = guard_reply(tracker)
            dispatcher.utter_message(text=said, buttons=buttons)
            return [FollowupAction("action_listen")]
        if intent == "greet" or kind == "greet":
            forms.offer_summary_again(dispatcher, tracker, "您好，我在的。")
            return [FollowupAction("action_listen")]
        return []  # out of scope: answered by action_out_of_scope, which offers the summary again
