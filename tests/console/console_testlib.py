"""Shared by the console tests (imported as `console_testlib`): the scripted calls, the
real backend app (SQLite, migrated to head) with two staff accounts, and the login."""
from __future__ import annotations

from backend import create_app, migrate
from backend.auth import create_staff

SERVICE_TOKEN = "svc-console-test-token"
ASR_TOKEN = "asr-console-test-token"
AGENT, PASSWORD = "agent1", "hotline-12315"

# The three scripted calls of issue 7, line by line as the caller speaks.
TV_FIRE = [
    "喂，你好，我要投诉。",
    "我2月6号在宜宾鑫源家电城花3999买的一台电视，昨天晚上看着看着突然自燃了，家里差点着火。",
    "商家说过了保修期不管，这种情况商家要不要负责？",
    "我要求商家赔偿损失。",
    "我叫王建国，电话是138 0831 2345。",
    "商家地址在宜宾市翠屏区南岸西路88号。",
]
GYM_CARD = [
    "你好，我去年11月在星辰健身办了一张健身卡，交了3680元。",
    "现在健身房突然关门了，老板也联系不上。",
    "我这卡里的钱还能要回来吗？",
]
COUNTERFEIT = [
    "我上周在拼多多一家叫潮品汇的店买了双耐克运动鞋，花了899块。",
    "收到一看是假货，鞋标都是歪的。",
    "卖假货是不是可以退一赔三？",
]


def make_app(tmp_path, **overrides):
    app = create_app({
        "DATABASE_URL": f"sqlite:///{tmp_path / 'console.db'}",
        "SECRET_KEY": "console-test-secret",
        "BACKEND_SERVICE_TOKEN": SERVICE_TOKEN,
        "CONSOLE_ASR_TOKEN": ASR_TOKEN,
        "CONSOLE_USE_RASA": "0",  # no Rasa model in unit tests: the Python extractors only
        "RASA_URL": "http://127.0.0.1:9",
        "TESTING": True,
        **overrides,
    })
    migrate.upgrade(app.extensions["db"].engine)
    create_staff(app.extensions["db"], AGENT, PASSWORD)
    create_staff(app.extensions["db"], "agent2", PASSWORD)
    return app


def login(client, username=AGENT) -> dict:
    """Logs in through the backend's own endpoint; returns the CSRF header to send."""
    csrf = client.get("/api/v1/auth/csrf").get_json()["csrf_token"]
    r = client.post("/api/v1/auth/login", json={"username": username, "password": PASSWORD},
                    headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200, r.get_data(as_text=True)
    return {"X-CSRF-Token": r.get_json()["csrf_token"]}
