"""Fixtures of the channel tests; the stand-ins themselves live in channels_testlib.py."""
from __future__ import annotations

import pytest

from channels_testlib import BridgeProcess, FakeBackend, FakeRasa, HandoffBackend


@pytest.fixture(scope="module")
def fake_rasa():
    rasa = FakeRasa()
    yield rasa
    rasa.server.close()


@pytest.fixture(scope="module")
def fake_backend():
    backend = FakeBackend()
    yield backend
    backend.server.close()


@pytest.fixture(scope="module")
def handoff_backend(fake_rasa, tmp_path_factory):
    """The real backend process, for agent replies to handed-off conversations."""
    backend = HandoffBackend(fake_rasa.url, tmp_path_factory.mktemp("handoff-backend"))
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def start_bridge(tmp_path_factory):
    started: list[BridgeProcess] = []

    def start(module: str, env: dict[str, str]) -> BridgeProcess:
        log_path = tmp_path_factory.mktemp("bridge") / f"{module}.log"
        bridge = BridgeProcess(module, env, log_path)
        started.append(bridge)
        return bridge

    yield start
    for bridge in started:
        bridge.stop()
