"""Fixes for Rasa 3.6.21 itself, applied in every Rasa process that loads this model.

Rasa imports the `bot` package when it loads the model (config.yml names the component
bot.nlu.e5_featurizer), and bot/__init__.py installs what is here.

1. Every reply from the action server is checked with `jsonschema.validate(reply, schema)`,
which first checks the large event schema against the JSON Schema meta-schema, on
every action call. Profiled under load (py-spy, 30 concurrent complaints) that
meta-schema check was 59% of the Rasa server's CPU. The schema never changes, so it is
checked once and its validator kept; replies are still validated exactly as before
(same validator class, same best_match error).

2. Rasa parses each message (the NLU graph) inside its event loop, so while the e5
encoder runs (about a third of a turn) no other conversation moves. The encoder is C
called through ctypes, which releases the GIL: parsing in worker threads
(RASA_NLU_THREADS, default 2) lets the loop run other conversations' dialogue
meanwhile, and two encodings run on two cores. The per-sender lock still orders each
conversation's turns. Give the encoder one OpenMP thread then (RASA_OMP_THREADS=1,
the Procfile's default): with more, idle OpenMP threads spin on the cores the others
need. Measured (bench_load, default mode, 2 cores, N=50): 28 turns/s before, 33 with
one worker, 40 with two.

3. Every event read back from the tracker store (all of a conversation's events, on
every turn) looks its class up with `Event.resolve_by_type`, which walks the whole
Event class tree each time: 9% of the server's GIL time under load. Looked up in a
dict instead (rebuilt when a name is not in it, so later-imported events still
resolve; the first class of a name wins, as before).

4. Each call to the action server opened a new HTTP session and TCP connection and
encoded the whole tracker with the standard json module (together about 15% of the
server's GIL time). The sessions share one connector, which keeps connections alive
(closed after 2 s idle, before rasa-sdk's Sanic closes them at 5 s), and encode with
orjson.
The in-memory tracker store (default mode) encodes and decodes with orjson too.

5. Each message runs two graphs (NLU, then the policies) through dask's local
scheduler, whose bookkeeping per run cost 7% of the server's GIL time for graphs of a
dozen nodes. They run here in a topological order computed once per set of targets;
each node gets its parents' outputs as dask gave them.

6. Checking an action's reply against the event schema tried every event type of its
`oneOf` for every event (8%). Each branch fixes `event` to one constant, so exactly
the branch named by the event can match: that branch is checked directly. A reply it
does not pass goes to the full validator, whose error Rasa reports as before.

7. Every tracker Rasa builds (several per turn: read from the store, the temporary
ones of slot validation and forms, each prior state the policies replay) copies every
slot with copy.copy, 5% of the GIL time. A slot is a plain object: its copy is a new
instance with the same attribute dict, which is what copy.copy makes of it, faster.
"""
from __future__ import annotations

import ast
import asyncio
import atexit
import hashlib
import importlib
import inspect
import json
import logging
import os
import warnings
from concurrent.futures import ThreadPoolExecutor
from typing import Any

log = logging.getLogger(__name__)

KEEPALIVE_S = 2.0
# The fixes copy or replace these Rasa 3.6.21 methods; on another version they are skipped.
RASA_VERSION = "3.6.21"
# RASA_FIXES=off runs Rasa exactly as shipped (to compare, or to rule the fixes out).
SWITCH = "RASA_FIXES"
# sha256 of the source of every upstream method a fix copies or replaces, as in 3.6.21.
# tests/bot/test_bot_rasa_fixes.py fails when one changes, so a Rasa upgrade cannot
# silently keep an outdated copy.
UPSTREAM_SOURCES = {
    "rasa.core.actions.action:RemoteAction._validate_action_result":
        "24da0f6bdeb2d44f1f85da375a5aca57cd0a9fb2cdd5cfa722914761d759c018",
    "rasa.core.processor:MessageProcessor.parse_message":
        "1cd8ac2218759de291356ab4572cd9748de9c1b0584aa7267d8da78600c868a5",
    "rasa.shared.core.events:Event.resolve_by_type":
        "ffabe9999fc8f7f3c65533056a95af7a71f79d3565e5b43f507cc8128246d10f",
    "rasa.utils.endpoints:EndpointConfig.session":
        "f6136492eac7ede36e18bfb9f7c205970b6a9eb4f27251cae2bba69d4c3c5581",
    "rasa.utils.endpoints:EndpointConfig.request":
        "bc49eb77a158ac1ebfd9312c3caa11fff50aac1cf5f2c32de1b5d838c9558f81",
    "rasa.core.tracker_store:SerializedTrackerAsText.serialise_tracker":
        "9b5296636c64cb81ef12ebe864f613031c6a2697f8c259a6daad1fa7c423cd94",
    "rasa.core.tracker_store:TrackerStore.deserialise_tracker":
        "483ade0e472befce66be8864130ff22ddb3b95552f56b404df6f7afc29127b40",
    "rasa.engine.runner.dask:DaskGraphRunner.run":
        "ce0438b9b8e79330fad85a733a9081fa43dc7b8537bc045fbaa414ab21062275",
    "rasa.shared.core.trackers:DialogueStateTracker.__init__":
        "174966138a5c0aa0c41b72fe766f629d6e9f0df4327278cbe179f314c26d1499",
}
_installed = False


def upstream_fingerprint(target: str) -> str:
    """sha256 of one upstream method's source ("module:Class.method"), read from the file
    on disk, so it is the shipped code even after install() replaced the attribute."""
    module_name, qualname = target.split(":")
    source = inspect.getsource(importlib.import_module(module_name))
    nodes: list = ast.parse(source).body
    node: Any = None
    for part in qualname.split("."):
        node = next(n for n in nodes if isinstance(n, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                    and n.name == part)
        nodes = node.body
    return hashlib.sha256((ast.get_source_segment(source, node) or "").encode()).hexdigest()


def install() -> None:
    """Applies every fix once per process (later calls do nothing)."""
    global _installed
    try:
        import rasa
    except ImportError:  # not a Rasa environment (the 3.11 venv imports nothing from here)
        return
    if _installed:
        return
    _installed = True
    if os.environ.get(SWITCH, "").strip().lower() in ("0", "off", "false", "no"):
        log.warning("bot.rasa_fixes: %s=%s, Rasa runs without the project's fixes", SWITCH, os.environ[SWITCH])
        return
    if rasa.__version__ != RASA_VERSION:
        log.warning("bot.rasa_fixes: written for Rasa %s, this is Rasa %s: fixes skipped (Rasa runs as shipped; "
                    "check each against the new version before enabling them)", RASA_VERSION, rasa.__version__)
        return
    _cache_action_reply_validator()
    _parse_messages_off_the_loop()
    _event_classes_by_name()
    _keep_action_connections_alive()
    _in_memory_trackers_with_orjson()
    _run_graphs_in_fixed_order()
    _copy_slots_directly()


def _copy_slots_directly() -> None:
    import copy
    import copyreg
    import types

    import rasa.shared.core.trackers as trackers
    from rasa.shared.core.slots import Slot

    plain: dict = {}

    def is_plain(cls: type) -> bool:
        # what copy.copy would copy as "new object, same __dict__"
        if cls not in plain:
            plain[cls] = (not hasattr(cls, "__copy__") and cls.__reduce_ex__ is object.__reduce_ex__
                          and cls.__reduce__ is object.__reduce__ and not copyreg._slotnames(cls))
        return plain[cls]

    def copy_slot(value: Any) -> Any:
        cls = type(value)
        if isinstance(value, Slot) and is_plain(cls):
            clone = cls.__new__(cls)
            clone.__dict__.update(value.__dict__)
            return clone
        return copy.copy(value)

    # Only the trackers module sees this namespace; copy.deepcopy is unchanged.
    trackers.copy = types.SimpleNamespace(copy=copy_slot, deepcopy=copy.deepcopy)


def _event_classes_by_name() -> None:
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    by_name: dict = {}
    resolve_by_walking = Event.resolve_by_type

    def rebuild() -> None:
        by_name.clear()
        for cls in all_subclasses(Event):
            by_name.setdefault(cls.type_name, cls)

    def resolve_by_type(type_name: str, default: Any = None) -> Any:
        cls = by_name.get(type_name)
        if cls is None:
            rebuild()
            cls = by_name.get(type_name)
        if cls is None:  # topic, the default, or Rasa's own error, as before
            return resolve_by_walking(type_name, default)
        return cls

    Event.resolve_by_type = staticmethod(resolve_by_type)


def _branch_checker(schema: dict, cls: Any) -> Any:
    """A check equivalent to `schema` for valid replies (see 6. above), or None if the
    schema is not shaped as expected (then only the full validator runs)."""
    try:
        event_schema = schema["properties"]["events"]["items"]
        branches = {branch["properties"]["event"]["const"]: cls(branch) for branch in event_schema["oneOf"]}
    except (KeyError, TypeError):
        return None
    if set(schema) - {"type", "properties"} or set(schema["properties"]) - {"events", "responses"}:
        return None
    event_base = cls({k: v for k, v in event_schema.items() if k != "oneOf"})
    events_list = cls({k: v for k, v in schema["properties"]["events"].items() if k != "items"})
    top = cls({"type": schema["type"], "properties": {
        "responses": schema["properties"].get("responses", {})}})

    def check(result: Any) -> bool:
        if not top.is_valid(result):
            return False
        events = result.get("events")
        if events is None:
            return "events" not in result
        if not events_list.is_valid(events):
            return False
        for event in events:
            branch = branches.get(event.get("event")) if isinstance(event, dict) else None
            if branch is None or not event_base.is_valid(event) or not branch.is_valid(event):
                return False
        return True

    return check


def _dumps(value: Any) -> str:
    import orjson

    try:  # numpy scalars (intent confidences) and int keys as json.dumps writes them
        return orjson.dumps(value, option=orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS).decode()
    except TypeError:  # anything else orjson does not know: the old way
        return json.dumps(value)


def _keep_action_connections_alive() -> None:
    import ssl

    import aiohttp
    from aiohttp import ContentTypeError
    from rasa.shared.exceptions import FileNotFoundException
    from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT, ClientResponseError, EndpointConfig, concat_url

    connectors: dict = {}  # event loop -> its connector; held here until exit

    def session(self: Any) -> aiohttp.ClientSession:
        # What EndpointConfig.session() builds, on a shared connector (kept-alive
        # connections) and with orjson. Closing the session leaves the connector open.
        loop = asyncio.get_running_loop()
        connector = connectors.get(loop)
        if connector is None or connector.closed:
            connector = connectors[loop] = aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_S)
        auth = (aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"])
                if self.basic_auth else None)
        return aiohttp.ClientSession(headers=self.headers, auth=auth, connector=connector, connector_owner=False,
                                     timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
                                     json_serialize=_dumps)

    async def request(self: Any, method: str = "post", subpath: Any = None,
                      content_type: Any = "application/json", compress: bool = False, **kwargs: Any) -> Any:
        # Rasa 3.6.21's EndpointConfig.request, on the shared session.
        headers = {}
        if content_type:
            headers["Content-Type"] = content_type
        if "headers" in kwargs:
            headers.update(kwargs.pop("headers"))
        if self.headers:
            headers.update(self.headers)
        sslcontext = None
        if self.cafile:
            try:
                sslcontext = ssl.create_default_context(cafile=self.cafile)
            except FileNotFoundError as e:
                raise FileNotFoundException(
                    f"Failed to find certificate file, '{os.path.abspath(self.cafile)}' does not exist.") from e
        async with session(self) as client, client.request(
                method, concat_url(self.url, subpath), headers=headers, params=self.combine_parameters(kwargs),
                compress=compress, ssl=sslcontext, **kwargs) as response:
            if response.status >= 400:
                raise ClientResponseError(response.status, response.reason, await response.content.read())
            try:
                return await response.json()
            except ContentTypeError:
                return None

    @atexit.register
    def _close_connections() -> None:
        # At exit the loops are gone: close() only marks each connector closed (no
        # "Unclosed connector" then); its awaitable is not awaited, hence the filter.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            for connector in connectors.values():
                pending = connector.close()
                del pending

    EndpointConfig.request = request


def _parse_messages_off_the_loop() -> None:
    from rasa.core.processor import MessageProcessor

    executor = ThreadPoolExecutor(max_workers=max(1, int(os.environ.get("RASA_NLU_THREADS") or 2)),
                                  thread_name_prefix="nlu")
    parse_in_loop = MessageProcessor._parse_message_with_graph

    async def parse_message(self: Any, message: Any, tracker: Any = None,
                            only_output_properties: bool = True) -> dict:
        # Rasa 3.6.21's parse_message, with the graph run in the worker thread.
        if self.http_interpreter:
            parse_data = await self.http_interpreter.parse(message)
        else:
            if tracker is None:
                from rasa.shared.core.trackers import DialogueStateTracker

                tracker = DialogueStateTracker.from_events(message.sender_id, [])
            parse_data = await asyncio.get_running_loop().run_in_executor(
                executor, parse_in_loop, self, message, tracker, only_output_properties)
        self._update_full_retrieval_intent(parse_data)
        self._check_for_unseen_features(parse_data)
        return parse_data

    MessageProcessor.parse_message = parse_message


def _in_memory_trackers_with_orjson() -> None:
    import orjson
    from rasa.core.tracker_store import InMemoryTrackerStore
    from rasa.shared.core.conversation import Dialogue

    def serialise_tracker(tracker: Any) -> str:
        return _dumps(tracker.as_dialogue().as_dict())

    def deserialise_tracker(self: Any, sender_id: str, serialised_tracker: Any) -> Any:
        # Rasa's own method with orjson.loads for json.loads (the store holds only
        # what serialise_tracker wrote).
        tracker = self.init_tracker(sender_id)
        tracker.recreate_from_dialogue(Dialogue.from_parameters(orjson.loads(serialised_tracker)))
        return tracker

    InMemoryTrackerStore.serialise_tracker = staticmethod(serialise_tracker)
    InMemoryTrackerStore.deserialise_tracker = deserialise_tracker


def _run_graphs_in_fixed_order() -> None:
    from rasa.engine.exceptions import GraphRunError
    from rasa.engine.runner.dask import DaskGraphRunner

    def plan(self: Any, targets: tuple) -> list:
        """[(node name, node, the names it needs)] in an order where needs come first."""
        plans = self.__dict__.setdefault("_plans", {})
        if targets not in plans:
            nodes = self._graph_schema.minimal_graph_schema(list(targets)).nodes
            order: list = []
            done: set = set()

            def visit(name: str) -> None:
                if name in done or name not in nodes:
                    return
                done.add(name)
                for need in nodes[name].needs.values():
                    visit(need)
                order.append((name, self._instantiated_nodes[name], tuple(nodes[name].needs.values())))

            for target in targets:
                visit(target)
            plans[targets] = order
        return plans[targets]

    def run(self: Any, inputs: Any = None, targets: Any = None) -> dict:
        run_targets = tuple(targets if targets else self._graph_schema.target_names)
        steps = plan(self, run_targets)
        node_names = {name for name, _, _ in steps}
        outputs: dict = {}
        for input_name, input_value in (inputs or {}).items():
            if isinstance(input_value, str) and input_value in node_names:
                raise GraphRunError(
                    f"Input value '{input_value}' clashes with a node name. Make sure that none of the input "
                    f"names passed to the `run` method are the same as node names in the graph schema.")
            outputs[input_name] = (input_name, input_value)
        try:
            for name, node, needs in steps:
                # a need that is neither a node nor an input reaches the node as its name (as in dask)
                outputs[name] = node(*(outputs.get(need, need) for need in needs))
        except RuntimeError as e:
            raise GraphRunError("Error running runner.") from e
        return dict(outputs[target] for target in run_targets)

    DaskGraphRunner._run_with_dask = DaskGraphRunner.run  # kept for the tests' comparison
    DaskGraphRunner.run = run


def _cache_action_reply_validator() -> None:
    from rasa.core.actions.action import RemoteAction

    from jsonschema import exceptions, validators
    from rasa.shared.constants import DOCS_BASE_URL

    validator = None
    quick_check = None

    def _validate_action_result(self: Any, result: dict) -> bool:
        nonlocal validator, quick_check
        if validator is None:
            schema = self.action_response_format_spec()
            cls = validators.validator_for(schema)
            cls.check_schema(schema)
            validator = cls(schema)
            quick_check = _branch_checker(schema, cls)
        if quick_check is not None and quick_check(result):
            return True
        error = exceptions.best_match(validator.iter_errors(result))
        if error is not None:  # as Rasa words it
            error.message += (
                f". Failed to validate Action server response from API, "
                f"make sure your response from the Action endpoint is valid. "
                f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
            )
            raise error
        return True

    RemoteAction._validate_action_result = _validate_action_result
