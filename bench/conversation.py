"""A consumer filing a complaint through Rasa's REST channel, answering what the bot asks.

Shared by the load, fault and abuse drivers (bench/) and the scale-out tests
(tests/scale/). The consumer answers each question the bot asks (matched by the
words of bot/domain's utter_ask_* texts), so the same script follows the form in
whatever order it asks, and skips questions an earlier answer already filled.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

TICKET_NO = re.compile(r"受理编号是\s*([A-Z]{1,4}\d{6,8}-\d{3,8})")
MERCHANTS = [
    ("好运电器商行", "四川省宜宾市翠屏区西郊路20号"),
    ("美好生活超市", "成都市锦江区春熙路12号"),
    ("快乐健身会所", "重庆市渝中区解放碑大道5号"),
]
PRODUCTS = [("电视机", "我买的电视机用了三天就黑屏了，商家说不能退，只能修。"),
            ("冰箱", "新买的冰箱不制冷，找商家换货一直拖着不处理。"),
            ("健身卡", "办的健身卡才用了一个月健身房就关门了，钱也不退。")]
SURNAMES = "王李张刘陈杨赵黄周吴"


@dataclass
class Consumer:
    """What one consumer answers; `index` varies merchant, product, name and phone."""

    index: int
    sender: str

    @property
    def merchant(self) -> tuple[str, str]:
        return MERCHANTS[self.index % len(MERCHANTS)]

    @property
    def product(self) -> tuple[str, str]:
        return PRODUCTS[self.index % len(PRODUCTS)]

    def answers(self) -> dict[str, str]:
        return {
            "problem": self.product[1],
            "product": self.product[0],
            "merchant_name": self.merchant[0],
            "merchant_address": self.merchant[1],
            "purchase_date": "上周三",
            "amount": f"{1000 + self.index % 9000}元",
            "demand": "退货退款",
            "complainant_name": SURNAMES[self.index % len(SURNAMES)] + "小明",
            "phone": f"139{self.index % 100000000:08d}",
        }


# (slot, words of the bot's question); the first match wins, so the summary and the
# filing message, which name every field, come first.
QUESTIONS = [
    ("problem", ("遇到了什么问题", "具体说说发生了什么")),
    ("product", ("哪件商品", "哪项服务")),
    ("merchant_address", ("地址",)),
    ("merchant_name", ("哪家商家", "商家的名称", "商家名称")),
    ("purchase_date", ("哪天", "日期")),
    ("amount", ("多少钱", "金额")),
    ("demand", ("怎么解决", "诉求")),
    ("complainant_name", ("怎么称呼", "姓名")),
    ("phone", ("电话",)),
]


# What the bot says when it has answered a digression and the form goes on (actions/forms.BACK_TO_THE_FORM)
BACK_TO_THE_FORM = "我们接着登记"
# What the bot says when the consumer's words changed another item while a question waited
# ("好的，商家名称已改为：…", "好的，已记下商家地址：…"): progress, no repeat, twice a run
# (actions/forms.CHANGES_EXCUSED)
CHANGE_MADE = re.compile(r"^好的，(?:\S{1,12}已改为|已记下)", re.M)
CHANGES_EXCUSED = 2


@dataclass
class Repeats:
    """How many times running the bot asked the same question, as the consumer sees it: the
    same requested slot, or the same reply text. The question asked again right after a
    digression the bot answered ("…我们接着登记", a law or status question) came back once: that
    one is no repeat. Only once in a run: after a second digression the question back counts, and
    so does the first came-back (a question three times with two digressions between is a repeat)."""

    last_ask: str | None = None
    ask_run: int = 0
    came_back: bool | None = False
    last_text: str | None = None
    text_run: int = 0
    changes: int = 0

    def see(self, asked: str | None, text: str) -> int:
        """Counts one reply; the longer run (slot or text) so far."""
        if asked and asked == self.last_ask:
            if CHANGE_MADE.search(text) and self.changes < CHANGES_EXCUSED and text != self.last_text:
                self.changes += 1  # another item changed: progress, the question after it is no repeat
            elif BACK_TO_THE_FORM in text and not self.came_back:
                self.came_back = True
            elif BACK_TO_THE_FORM in text and self.came_back is True:
                self.ask_run += 2  # a second digression: the first came-back counts after all
                self.came_back = None
            else:
                self.ask_run += 1
        else:
            self.ask_run, self.came_back, self.changes = (1 if asked else 0), False, 0
        self.text_run = self.text_run + 1 if text and text == self.last_text else 1
        self.last_ask, self.last_text = asked, text
        return max(self.ask_run, self.text_run)


def texts_of(replies) -> str:
    if not isinstance(replies, list):
        return ""
    return "\n".join(str(r.get("text") or "") for r in replies if isinstance(r, dict))


def next_message(consumer: Consumer, bot_text: str) -> tuple[str | None, str]:
    """(what to send next or None when done, state): state is one of
    "ask:<slot>", "summary", "filed:<ticket_no>", "queued", "unknown"."""
    found = TICKET_NO.search(bot_text)
    if found:
        return None, f"filed:{found.group(1)}"
    if "请核对" in bot_text:
        return "/affirm", "summary"
    if "不会重复登记" in bot_text or "正在为您提交" in bot_text:
        return None, "queued"
    for slot, words in QUESTIONS:
        if any(w in bot_text for w in words):
            return consumer.answers()[slot], f"ask:{slot}"
    return None, "unknown"


@dataclass
class Outcome:
    sender: str
    ticket_no: str | None = None
    state: str = "started"
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    transcript: list[tuple[str, str]] = field(default_factory=list)


async def file_complaint(client, url: str, consumer: Consumer, max_turns: int = 20,
                         first: str = "我要投诉", outcome: Outcome | None = None,
                         retry_errors: int = 0, retry_pause: float = 1.0, think_s: float = 0.0) -> Outcome:
    """Drives one complaint to its ticket number (httpx.AsyncClient); every turn timed.

    With retry_errors > 0 a turn that failed (connection error, 5xx) is sent again
    after a pause, as a consumer would: the fault runs use it to show that every
    conversation can continue after a process died. With retries, a reply that asks
    nothing (an action failed inside Rasa) counts as a failed turn too.
    """
    import asyncio

    outcome = outcome or Outcome(consumer.sender)
    message: str | None = first
    asked: dict[str, int] = {}
    for _ in range(max_turns):
        if message is None:
            break
        attempts = 0
        while True:
            start = time.perf_counter()
            try:
                response = await client.post(url, json={"sender": consumer.sender, "message": message,
                                                        "metadata": {"channel": "rest"}})
                elapsed = time.perf_counter() - start
                ok = response.status_code == 200
                error = None if ok else f"HTTP {response.status_code}"
            except Exception as exc:  # noqa: BLE001 - every failure is counted, none stops the run
                elapsed, ok, error = time.perf_counter() - start, False, type(exc).__name__
            if ok:
                outcome.latencies.append(elapsed)
                break
            outcome.errors.append(error)
            attempts += 1
            if attempts > retry_errors:
                outcome.state = f"error:{error}"
                return outcome
            await asyncio.sleep(retry_pause)
        bot_text = texts_of(response.json())
        outcome.transcript.append((message, bot_text))
        sent = message
        message, state = next_message(consumer, bot_text)
        if state == "unknown" and retry_errors and len(outcome.errors) < retry_errors:
            outcome.errors.append("no question in the reply")
            message = sent
            await asyncio.sleep(retry_pause)
            continue
        if think_s:
            await asyncio.sleep(think_s)
        outcome.state = state
        if state.startswith("filed:"):
            outcome.ticket_no = state.split(":", 1)[1]
        if state.startswith("ask:"):
            asked[state] = asked.get(state, 0) + 1
            if asked[state] > 3:
                outcome.state = f"stuck:{state}"
                return outcome
    return outcome
