"""`make run-scaled`: the assistant in scale-out mode (deploy/README.md).

HAProxy in front of two Rasa servers and two action servers; Rasa keeps conversations
in PostgreSQL, locks them in Redis and publishes events to RabbitMQ; the backend uses
PostgreSQL; the analytics consumer feeds the staff page /analytics.

The processes are deploy/Procfile.scaled, the settings deploy/scaled.env on top of the
usual ones (tools/stack.py). Tests and benchmarks use `ScaledStack` to start the same
commands on free ports.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from dotenv import dotenv_values

from tools.stack import ROOT, REQUIRES, Stack, free_port, procfile, settings, wait_healthy

PROCFILE = ROOT / "deploy" / "Procfile.scaled"
SCALED_ENV = ROOT / "deploy" / "scaled.env"
RASA_INSTANCES = ("rasa1", "rasa2")
ACTION_INSTANCES = ("actions1", "actions2")


def scaled_settings(overrides: dict[str, str] | None = None) -> dict[str, str]:
    """deploy/scaled.env's values where .env and the environment say nothing, then overrides."""
    explicit = set(os.environ)
    if (ROOT / ".env").exists():
        explicit |= set(dotenv_values(ROOT / ".env"))
    scaled = {k: v or "" for k, v in dotenv_values(SCALED_ENV).items() if k not in explicit}
    scaled.update(overrides or {})
    return settings(scaled)


def free_port_settings() -> dict[str, str]:
    """Every port of the scaled stack on a free loopback port, and private names for
    the shared stores, so a test run never touches a running installation's data."""
    run = uuid.uuid4().hex[:10]
    ports = {key: str(free_port()) for key in (
        "RASA_PORT", "ACTIONS_PORT", "BACKEND_PORT", "RASA1_PORT", "RASA2_PORT",
        "ACTIONS1_PORT", "ACTIONS2_PORT", "HAPROXY_STATS_PORT", "PUBLIC_PORT")}
    return ports | {
        "DATABASE_URL": f"postgresql+psycopg://postgres@127.0.0.1:5432/complaints_t{run}",
        "TRACKER_DB": f"rasa_tracker_t{run}",
        "REDIS_LOCK_PREFIX": f"t{run}",
        "RABBITMQ_EXCHANGE": f"rasa-exchange-t{run}",
        "RABBITMQ_QUEUE": f"rasa_events_t{run}",
    }


def health_url(name: str, env: dict[str, str]) -> str | None:
    if name == "backend":
        return f"{env['BACKEND_URL']}/healthz"
    if name in ACTION_INSTANCES:
        return f"http://127.0.0.1:{env[name.upper() + '_PORT']}/health"
    if name in RASA_INSTANCES:
        return f"http://127.0.0.1:{env[name.upper() + '_PORT']}/status?token={env['RASA_TOKEN']}"
    if name == "lb":
        return f"http://127.0.0.1:{env['HAPROXY_STATS_PORT']}/"
    return None


# ------------------------------------------------------------------ shared services

def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


def missing_services(env: dict[str, str]) -> list[str]:
    """The shared services (PostgreSQL, Redis, RabbitMQ) that do not answer."""
    from sqlalchemy.engine import make_url

    db = make_url(env["DATABASE_URL"])
    wanted = {
        f"PostgreSQL (tracker store) {env['TRACKER_DB_HOST']}:{env['TRACKER_DB_PORT']}":
            (env["TRACKER_DB_HOST"], int(env["TRACKER_DB_PORT"])),
        f"Redis {env['REDIS_HOST']}:{env['REDIS_PORT']}": (env["REDIS_HOST"], int(env["REDIS_PORT"])),
        f"RabbitMQ {env['RABBITMQ_HOST']}:{env['RABBITMQ_PORT']}": (env["RABBITMQ_HOST"], int(env["RABBITMQ_PORT"])),
    }
    if db.get_backend_name() == "postgresql":
        wanted[f"PostgreSQL (backend) {db.host}:{db.port or 5432}"] = (db.host or "127.0.0.1", db.port or 5432)
    return [name for name, (host, port) in wanted.items() if not _reachable(host, port)]


def _pg_admin_url(env: dict[str, str]) -> str:
    user, password = env["TRACKER_DB_USER"], env["TRACKER_DB_PASSWORD"]
    auth = f"{user}:{password}@" if password else f"{user}@"
    return f"postgresql://{auth}{env['TRACKER_DB_HOST']}:{env['TRACKER_DB_PORT']}/{env['TRACKER_LOGIN_DB']}"


def create_databases(env: dict[str, str]) -> None:
    """Creates the backend's and the tracker store's PostgreSQL databases if missing.

    Rasa would create its own (login_db), but two instances starting together race.
    """
    import psycopg
    from sqlalchemy.engine import make_url

    targets = [(_pg_admin_url(env), env["TRACKER_DB"])]
    db = make_url(env["DATABASE_URL"])
    if db.get_backend_name() == "postgresql":
        admin = db.set(drivername="postgresql", database="postgres")
        targets.append((admin.render_as_string(hide_password=False), db.database))
    for admin_url, name in targets:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None:
                conn.execute(f'CREATE DATABASE "{name}"')


def drop_stores(env: dict[str, str]) -> None:
    """Removes what a test run created: its databases, Redis keys, exchange and queue."""
    import pika
    import psycopg
    import redis
    from sqlalchemy.engine import make_url

    db = make_url(env["DATABASE_URL"])
    with psycopg.connect(_pg_admin_url(env), autocommit=True) as conn:
        for name in (env["TRACKER_DB"], db.database):
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    client = redis.Redis(host=env["REDIS_HOST"], port=int(env["REDIS_PORT"]), db=int(env["REDIS_DB"]))
    for key in client.scan_iter(f"{env['REDIS_LOCK_PREFIX']}:*"):
        client.delete(key)
    connection = pika.BlockingConnection(rabbitmq_parameters(env))
    channel = connection.channel()
    channel.queue_delete(env["RABBITMQ_QUEUE"])
    channel.exchange_delete(env["RABBITMQ_EXCHANGE"])
    connection.close()


def rabbitmq_parameters(env: dict[str, str]):
    import pika

    return pika.ConnectionParameters(
        host=env["RABBITMQ_HOST"], port=int(env["RABBITMQ_PORT"]),
        credentials=pika.PlainCredentials(env["RABBITMQ_USER"], env["RABBITMQ_PASSWORD"]),
        connection_attempts=3, retry_delay=1)


def check_prerequisites(env: dict[str, str]) -> None:
    if shutil.which("haproxy") is None:
        raise SystemExit("haproxy is not installed: `make run-scaled` installs Debian's package "
                         "(apt-get install haproxy)")
    missing = missing_services(env)
    if missing:
        raise SystemExit("scale-out mode needs these services, which do not answer: "
                         + ", ".join(missing) + " (see deploy/README.md)")


# ------------------------------------------------------------------ processes

@dataclass
class ScaledStack(Stack):
    """The processes of deploy/Procfile.scaled, each logging to its own file."""

    def command(self, name: str) -> str:
        return procfile(PROCFILE)[name]

    def spawn(self, name: str) -> subprocess.Popen:
        log = open(self.log_dir / f"{name}.log", "ab")
        proc = subprocess.Popen(
            ["bash", "-c", f"exec {self.command(name)}"], cwd=ROOT, env=self.env,
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        self.procs[name] = proc
        return proc

    def start(self, name: str, timeout: float = 240) -> None:
        self.start_together([name], timeout)

    def start_together(self, names: list[str], timeout: float = 240) -> None:
        """Starts the processes at once and waits until each answers its health check."""
        procs = {name: self.spawn(name) for name in names}

        def wait(name: str) -> None:
            url = health_url(name, self.env)
            if url:
                try:
                    wait_healthy(url, timeout, procs[name])
                except Exception as exc:
                    raise RuntimeError(f"{name} did not start: {exc}\n{self.log_tail(name)}") from exc

        with ThreadPoolExecutor(len(names)) as pool:
            for future in [pool.submit(wait, name) for name in names]:
                future.result()

    def stop_all(self) -> None:
        """SIGTERM to every process at once (each Rasa takes seconds to shut down), then wait."""
        with ThreadPoolExecutor(max(len(self.procs), 1)) as pool:
            list(pool.map(self.stop, list(self.procs)))

    def start_all(self, with_analytics: bool = True, timeout: float = 240) -> None:
        """backend, action servers, Rasa servers, load balancer (and the consumer)."""
        self.start("backend", timeout)
        self.start_together(list(ACTION_INSTANCES) + list(RASA_INSTANCES), timeout)
        self.start("lb", timeout)
        wait_healthy(f"{self.env['RASA_URL']}/", 30)
        if with_analytics:
            self.start("analytics", timeout)


def main() -> int:
    from honcho.manager import Manager

    from tools.stack import ensure_secrets

    written = ensure_secrets()  # random secrets on the first start, kept in .env
    if written:
        print(f"First start: random {', '.join(written)} written to .env (kept from now on).", flush=True)
    env = scaled_settings()
    check_prerequisites(env)
    create_databases(env)
    procs = {name: cmd for name, cmd in procfile(PROCFILE).items()
             if all(env.get(key) for key in REQUIRES.get(name, ()))}
    manager = Manager()
    for name, cmd in procs.items():
        manager.add_process(name, cmd, env=env, cwd=str(ROOT))
    print(
        "\n12315 消费维权助手 is starting in scale-out mode:\n"
        f"  Rasa entry (HAProxy)   {env['RASA_URL']}/webhooks/rest/webhook  "
        f"-> :{env['RASA1_PORT']}, :{env['RASA2_PORT']}\n"
        f"  action entry (HAProxy) {env['ACTION_ENDPOINT_URL']}  -> :{env['ACTIONS1_PORT']}, :{env['ACTIONS2_PORT']}\n"
        f"  public entry (HAProxy) http://{env['PUBLIC_HOST']}:{env['PUBLIC_PORT']}/socket.io/, /wechat, "
        f"{env['TELEGRAM_WEBHOOK_PATH']}  (nothing else)\n"
        f"  HAProxy statistics     http://127.0.0.1:{env['HAPROXY_STATS_PORT']}/\n"
        f"  backend                {env['BACKEND_URL']}/  (analytics: {env['BACKEND_URL']}/analytics)\n"
        f"  tracker store          postgresql {env['TRACKER_DB_HOST']}:{env['TRACKER_DB_PORT']}/{env['TRACKER_DB']}\n"
        f"  lock store             redis {env['REDIS_HOST']}:{env['REDIS_PORT']}/{env['REDIS_DB']}\n"
        f"  event broker           rabbitmq {env['RABBITMQ_HOST']}:{env['RABBITMQ_PORT']} "
        f"exchange {env['RABBITMQ_EXCHANGE']} queue {env['RABBITMQ_QUEUE']}\n"
        "Each Rasa instance takes about half a minute to load its model. Ctrl-C stops everything.\n",
        flush=True,
    )
    manager.loop()
    return manager.returncode or 0


if __name__ == "__main__":
    sys.exit(main())
