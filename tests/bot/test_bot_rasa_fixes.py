"""bot/rasa_fixes.py in the Rasa environment: each speed-up behaves as the Rasa code it
replaces (action reply validation, event class look-up, graph runs, message parsing
off the event loop, slot copies, the in-memory tracker store, kept-alive action
calls). Each script runs in .venv-rasa and prints one JSON line."""
import pytest
from rasa_testlib import RASA_PYTHON, ROOT, run_in_rasa_env

pytestmark = pytest.mark.skipif(not RASA_PYTHON.exists(), reason="the Rasa environment (.venv-rasa) is not set up")

SCRIPT = r"""
import json
import bot  # installs the fix, as loading the model does
from jsonschema import ValidationError, validators
from rasa.core.actions.action import RemoteAction

checks = []
original = validators.Draft202012Validator.check_schema.__func__
validators.Draft202012Validator.check_schema = classmethod(lambda cls, s: (checks.append(1), original(cls, s))[1])

action = RemoteAction("action_anything", None)
good = {"events": [{"event": "slot", "name": "phone", "value": "13912345678"}], "responses": [{"text": "好的"}]}
bad = [{"events": [{"event": "slot"}], "responses": []},        # a slot event without its name
       {"events": [{"event": "no_such_event"}], "responses": []},
       {"events": [], "responses": "不是列表"}]
results = {"good": [action._validate_action_result(good) for _ in range(3)], "bad": []}
for reply in bad:
    try:
        action._validate_action_result(reply)
        results["bad"].append("accepted")
    except ValidationError as error:
        results["bad"].append("Failed to validate Action server response" in error.message)
results["meta_schema_checks"] = len(checks)
print(json.dumps(results))
"""


def test_action_replies_validated_and_schema_checked_once():
    results, _ = run_in_rasa_env(SCRIPT)
    assert results["good"] == [True, True, True]
    assert results["bad"] == [True, True, True]
    assert results["meta_schema_checks"] == 1


SAME_VERDICTS = r"""
import copy, json, random
import bot
from jsonschema import ValidationError, validate
from rasa.core.actions.action import RemoteAction

schema = RemoteAction.action_response_format_spec()
action = RemoteAction("action_anything", None)
valid_events = [
    {"event": "slot", "name": "phone", "value": "13912345678"}, {"event": "slot", "name": "amount", "value": None},
    {"event": "action", "name": "utter_greet", "policy": None, "confidence": 1.0},
    {"event": "active_loop", "name": "complaint_form"}, {"event": "followup", "name": "complaint_form"},
    {"event": "bot", "text": "您好", "timestamp": 1.5, "metadata": {}},
    {"event": "user", "text": "我要投诉", "parse_data": {"intent": {"name": "file_complaint", "confidence": 0.9},
                                                      "entities": [{"entity": "phone", "value": "139"}]}},
    {"event": "entities", "entities": [{"entity": "product", "value": "电视"}]},
    {"event": "reset_slots"}, {"event": "restart"}, {"event": "session_started"},
]
broken = [
    lambda e: e.pop("event"), lambda e: e.update(event=7), lambda e: e.update(event="no_such_event"),
    lambda e: e.update(name=12), lambda e: e.pop("name", None), lambda e: e.pop("value", None),
    lambda e: e.update(timestamp="yesterday"), lambda e: e.update(metadata=[1]), lambda e: e.update(confidence="high"),
    lambda e: e.update(parse_data={"intent": {"name": 3}}), lambda e: e.update(entities=[{"value": 1}]),
    lambda e: e.update(text=5), lambda e: None,
]
rng = random.Random(12315)
replies = [{"events": [], "responses": []}, {}, {"events": None}, {"events": "x"}, {"responses": [1]}, [], "text",
           {"events": [1]}, {"events": [{"event": "slot", "name": "a", "value": 1}], "extra": True}]
for _ in range(3000):
    events = []
    for _ in range(rng.randint(0, 4)):
        event = copy.deepcopy(rng.choice(valid_events))
        if rng.random() < 0.3:
            rng.choice(broken)(event)
        events.append(event)
    reply = {"events": events, "responses": rng.choice([[], [{"text": "好的"}], [{"text": 1}], ["x"], None])}
    if rng.random() < 0.1:
        reply.pop("responses")
    replies.append(reply)

def verdict(check, reply):
    try:
        check(reply)
        return "ok"
    except ValidationError as error:
        return "invalid"

def rasa_own(reply):
    validate(reply, schema)

verdicts = [(verdict(rasa_own, r), verdict(action._validate_action_result, r)) for r in replies]
print(json.dumps({"n": len(verdicts), "differ": sum(a != b for a, b in verdicts),
                  "valid": sum(a == "ok" for a, _ in verdicts), "invalid": sum(a == "invalid" for a, _ in verdicts)}))
"""


def test_reply_check_agrees_with_rasas_own_validation():
    results, _ = run_in_rasa_env(SAME_VERDICTS)
    assert results["differ"] == 0
    # both kinds really occur in the sample, so agreement means something
    assert results["valid"] > 500 and results["invalid"] > 500


EVENTS_AND_SLOTS = r"""
import copy, json
import bot
from rasa.shared.core.events import Event, SlotSet, UserUttered, BotUttered, ActionExecuted
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import all_subclasses
from rasa.core.tracker_store import InMemoryTrackerStore
import asyncio

def walk(name):
    for cls in all_subclasses(Event):
        if cls.type_name == name:
            return cls

names = sorted({cls.type_name for cls in all_subclasses(Event)})
same = all(Event.resolve_by_type(n) is walk(n) for n in names)
try:
    Event.resolve_by_type("no_such_event")
    unknown = "accepted"
except ValueError:
    unknown = "ValueError"

domain = Domain.load("bot/domain")
events = [ActionExecuted("action_listen"), UserUttered("我要投诉", {"name": "file_complaint", "confidence": 0.9}),
          SlotSet("phone", "13912345678"), BotUttered("请问您的电话？")]
tracker = DialogueStateTracker.from_events("s1", events, slots=domain.slots)
copies_distinct = all(tracker.slots[s.name] is not s for s in domain.slots)
same_attributes = all(vars(tracker.slots[s.name]) == vars(copy.copy(s)) for s in domain.slots if s.name != "phone")
tracker.slots["merchant_name"].value = "某商店"
original_untouched = next(s for s in domain.slots if s.name == "merchant_name").value is None

async def round_trip():
    store = InMemoryTrackerStore(domain)
    await store.save(tracker)
    back = await store.retrieve("s1")
    return [e.as_dict() for e in back.events] == [e.as_dict() for e in tracker.events], back.get_slot("phone"), \
        back.latest_message.text

same_events, phone, text = asyncio.run(round_trip())
print(json.dumps({"names": len(names), "same": same, "unknown": unknown, "topic": Event.resolve_by_type("topic"),
                  "copies_distinct": copies_distinct, "same_attributes": same_attributes,
                  "original_untouched": original_untouched, "same_events": same_events, "phone": phone, "text": text}))
"""


def test_event_lookup_slot_copies_and_in_memory_store_behave_as_rasa():
    results, _ = run_in_rasa_env(EVENTS_AND_SLOTS)
    assert results["names"] > 15 and results["same"] is True
    assert results["unknown"] == "ValueError" and results["topic"] is None
    assert results["copies_distinct"] and results["same_attributes"] and results["original_untouched"]
    assert results["same_events"] and results["phone"] == "13912345678" and results["text"] == "我要投诉"


MODEL_RUNS = r"""
import asyncio, glob, json, os, threading
import bot
from rasa.core.agent import Agent
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.core.channels.channel import UserMessage
from bot.nlu.e5_featurizer import E5SentenceFeaturizer

threads = set()
process = E5SentenceFeaturizer.process
def recording(self, messages):
    threads.add(threading.current_thread().name)
    return process(self, messages)
E5SentenceFeaturizer.process = recording  # before loading: graph nodes keep the function they found

model = sorted(glob.glob("models/*.tar.gz"), key=os.path.getmtime)[-1]
agent = Agent.load(model)
processor = agent.processor
runner = processor.graph_runner

texts = ["我要投诉", "电视机买了三天就坏了，商家不给退", "13912345678", "消费者权益保护法第七条怎么规定的", "好的"]
same_nlu = []
for text in texts:
    inputs = {"__message__": [UserMessage(text)], "__tracker__": DialogueStateTracker("t", [])}
    target = [processor.model_metadata.nlu_target]
    ours = runner.run(inputs=inputs, targets=target)[target[0]][0].as_dict()
    inputs = {"__message__": [UserMessage(text)], "__tracker__": DialogueStateTracker("t", [])}
    theirs = runner._run_with_dask(inputs=inputs, targets=target)[target[0]][0].as_dict()
    same_nlu.append(ours["intent"] == theirs["intent"] and ours["intent_ranking"] == theirs["intent_ranking"])
threads_direct = sorted(threads)
threads.clear()

async def talk():
    parsed = [await processor.parse_message(UserMessage(t)) for t in texts[:2]]
    replies = await agent.handle_text("我要投诉", sender_id="fix-test")
    return parsed, replies

parsed, replies = asyncio.run(talk())
print(json.dumps({"same_nlu": same_nlu, "threads_direct": threads_direct, "threads_parse": sorted(threads),
                  "intents": [p["intent"]["name"] for p in parsed], "replied": bool(replies)}))
"""


def test_graph_runs_and_parsing_off_the_loop_give_rasas_results():
    if not list((ROOT / "models").glob("*.tar.gz")):
        pytest.skip("no trained Rasa model in models/ (run `make train`)")
    results, _ = run_in_rasa_env(MODEL_RUNS, timeout=600)
    assert results["same_nlu"] == [True] * 5
    assert results["threads_direct"] == ["MainThread"]
    assert results["threads_parse"] and all(name.startswith("nlu") for name in results["threads_parse"])
    assert results["intents"][0] == "file_complaint" and results["replied"]


KEEP_ALIVE = r"""
import asyncio, json
import numpy as np
import bot
from aiohttp import web
from rasa.utils.endpoints import EndpointConfig

async def main():
    peers, bodies = set(), []
    async def handler(request):
        peers.add(request.transport.get_extra_info("peername"))
        bodies.append(await request.json())
        return web.json_response({"events": [], "responses": [{"text": "收到"}]})
    app = web.Application()
    app.router.add_post("/webhook", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
    answers = [await endpoint.request(json={"text": "电视机自燃了", "confidence": np.float32(0.5), "n": i})
               for i in range(5)]
    await asyncio.sleep(2.5)  # past the keep-alive: the next call opens a new connection
    answers.append(await endpoint.request(json={"text": "again", "n": 5}))
    await runner.cleanup()
    return answers, bodies, len(peers)

answers, bodies, connections = asyncio.run(main())
print(json.dumps({"answers": answers, "bodies": bodies, "connections": connections}, ensure_ascii=False))
"""


def test_action_calls_keep_their_connection_and_close_cleanly():
    results, stderr = run_in_rasa_env(KEEP_ALIVE)
    assert results["answers"] == [{"events": [], "responses": [{"text": "收到"}]}] * 6
    assert [b["n"] for b in results["bodies"]] == list(range(6))
    assert results["bodies"][0] == {"text": "电视机自燃了", "confidence": 0.5, "n": 0}
    assert results["connections"] == 2  # five calls on one connection, then a fresh one after idling
    assert "Unclosed" not in stderr


UPSTREAM = r"""
import json
import bot.rasa_fixes as fixes  # importing the module applies nothing (bot/__init__ does)
changed = {t: fixes.upstream_fingerprint(t) != digest for t, digest in fixes.UPSTREAM_SOURCES.items()}
print(json.dumps(changed))
"""


def test_the_rasa_methods_the_fixes_copy_are_unchanged():
    """A Rasa upgrade that changes a method a fix copies or replaces fails here, so the
    copy is read again against the new code instead of silently undoing the change."""
    changed, _ = run_in_rasa_env(UPSTREAM)
    assert len(changed) == 9
    assert [target for target, differs in changed.items() if differs] == []


GUARDS = r"""
import json, logging, sys
logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
import rasa
mode = sys.argv[1]
if mode == "other-version":
    rasa.__version__ = "3.7.0"
import bot  # install() runs here
from rasa.core.actions.action import RemoteAction
from rasa.core.processor import MessageProcessor
print(json.dumps({"validator_patched": RemoteAction._validate_action_result.__module__ == "bot.rasa_fixes",
                  "parse_patched": MessageProcessor.parse_message.__module__ == "bot.rasa_fixes"}))
"""


@pytest.mark.parametrize("mode, env, said", [
    ("other-version", {}, "written for Rasa 3.6.21, this is Rasa 3.7.0: fixes skipped"),
    ("switched-off", {"RASA_FIXES": "off"}, "RASA_FIXES=off, Rasa runs without the project's fixes"),
    ("default", {}, None),
])
def test_fixes_skip_on_another_version_or_when_switched_off(mode, env, said, monkeypatch):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    patched, stderr = run_in_rasa_env(GUARDS, mode)
    if said is None:
        assert patched == {"validator_patched": True, "parse_patched": True}
    else:
        assert patched == {"validator_patched": False, "parse_patched": False}
        assert said in stderr
