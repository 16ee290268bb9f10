"""Scale-out fixtures: two Rasa servers on the shared stores (deploy/endpoints.yml).

The stack starts once per test session on free ports, with its own PostgreSQL
databases, Redis key prefix and RabbitMQ exchange/queue (all removed afterwards).
Everything skips, saying why, when PostgreSQL, Redis or RabbitMQ do not answer.
"""
from __future__ import annotations

import pytest

from tools.run_scaled import (ScaledStack, create_databases, drop_stores, free_port_settings, missing_services,
                              scaled_settings)
from tools.stack import ROOT


def _model_present() -> bool:
    return any((ROOT / "models").glob("*.tar.gz"))


@pytest.fixture(scope="session")
def scaled_env():
    env = scaled_settings(free_port_settings())
    missing = missing_services(env)
    if missing:
        pytest.skip("scale-out tests need PostgreSQL, Redis and RabbitMQ; not reachable: " + ", ".join(missing))
    if not _model_present():
        pytest.skip("no trained Rasa model in models/ (run `make train`)")
    # Rasa calls one action server directly (the load balancer has its own test);
    # the knowledge base is not warmed up: these conversations do not ask about law.
    env |= {"ACTION_ENDPOINT_URL": f"http://127.0.0.1:{env['ACTIONS1_PORT']}/webhook", "ACTIONS_WARM_UP": "0",
            "FILING_RETRIES": "1"}
    return env


@pytest.fixture(scope="session")
def scaled_stack(scaled_env, tmp_path_factory):
    """backend, one action server, rasa1 and rasa2 (started together), the analytics consumer."""
    env = scaled_env | {"OUTBOX_PATH": str(tmp_path_factory.mktemp("outbox") / "outbox.db")}
    create_databases(env)
    stack = ScaledStack(env=env, log_dir=tmp_path_factory.mktemp("scaled-logs"))
    try:
        stack.start("backend")
        stack.start_together(["actions1", "rasa1", "rasa2"], timeout=300)
        stack.start("analytics")
        yield stack
    finally:
        stack.stop_all()
        drop_stores(env)
