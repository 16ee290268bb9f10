"""Console fixtures: the real backend app with a staff login (helpers: console_testlib.py)."""
from __future__ import annotations

import threading

import pytest

from console_testlib import login, make_app


@pytest.fixture()
def app(tmp_path):
    app = make_app(tmp_path)
    yield app
    app.extensions["db"].dispose()


@pytest.fixture()
def agent(app):
    client = app.test_client()
    return client, login(client)


@pytest.fixture(scope="session")
def live_server_factory():
    """Serves an app with waitress (the production server) on a free loopback port."""
    from waitress.server import create_server

    from tools.stack import free_port

    servers = []

    def start(app, threads: int = 8):
        port = free_port()
        server = create_server(app, host="127.0.0.1", port=port, threads=threads)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        servers.append(server)
        return f"http://127.0.0.1:{port}"

    yield start
    for server in servers:
        server.close()
