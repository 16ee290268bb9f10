"""The paths of ARCHITECTURE.md's "How to add a field / a channel / a dispute type",
each done once: what the registry (or the guide folder) holds, every service picks up.

Fields and channels are registered in a fresh interpreter before the services are
imported, as a plug-in or a new registry entry would be; the dispute type is a new YAML
file in a copy of the guide folder."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(script: str) -> dict:
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "ACTIONS_WARM_UP": "0", "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


ADD_FIELD = r"""
import json
from complaint import fields
from complaint.extract import Parsed
fields.register(fields.Field("warranty_no", "保修卡号", max_length=40,
                             normalise=lambda text, today=None: Parsed(text.strip().upper() or None),
                             spoken_question="请问保修卡上的编号是多少？"))
from backend.schemas import TicketIn
from backend.api import csv_columns
from backend.console.suggest import FIELD_LABELS, SuggestionEngine
from backend.models import Ticket
from actions.actions import COMPLAINT_FIELDS
from actions import dialogue
from complaint import ticket
body = {"type": "complaint", "channel": "web", "complainant_name": "张三", "phone": "13800138000",
        "merchant_name": "某店", "problem": "坏了", "demand": "退货"}
accepted = TicketIn.model_validate({**body, "warranty_no": "wx-1"}).warranty_no
try:
    TicketIn.model_validate({**body, "warranty_no": "x" * 41})
    too_long = "accepted"
except Exception:
    too_long = "refused"
print(json.dumps({
    "schema": accepted, "too_long": too_long,
    "payload": ticket.payload({"warranty_no": "WX-1"}, "complaint", "web", "c")["warranty_no"],
    "csv": dict(csv_columns()).get("warranty_no"),
    "console": FIELD_LABELS.get("warranty_no"),
    "summary": "warranty_no" in COMPLAINT_FIELDS,
    "normalised": dialogue.normalise("warranty_no", " wx-1 ").value,
    "label": dialogue.FIELD_LABELS["warranty_no"],
    "column": "warranty_no" in Ticket.__table__.columns,
}, ensure_ascii=False))
"""


def test_a_new_field_reaches_schema_payload_summary_csv_and_console():
    got = _run(ADD_FIELD)
    assert got == {"schema": "wx-1", "too_long": "refused", "payload": "WX-1", "csv": "保修卡号", "console": "保修卡号",
                   "summary": True, "normalised": "WX-1", "label": "保修卡号",
                   # the one step the registry cannot do: the model column and its migration,
                   # which test_complaint_registry.py demands of every registered field
                   "column": False}


ADD_CHANNEL = r"""
import json
from complaint import channels
channels.register(channels.Channel("dingtalk", "钉钉", "dingtalk"))
from backend.schemas import TicketIn, TicketFilter
from backend.analytics.views import CHANNEL_LABELS
from backend.analytics.consumer import channel_of as analytics_channel
body = {"type": "report", "channel": "dingtalk", "merchant_name": "某店",
        "merchant_address": "宜宾市翠屏区某路1号", "problem": "卖假货"}
print(json.dumps({
    "ticket": TicketIn.model_validate(body).channel,
    "filter": TicketFilter.model_validate({"channel": "dingtalk"}).channel,
    "sender": channels.channel_of(None, "dingtalk:staff42"),
    "analytics": [CHANNEL_LABELS["dingtalk"], analytics_channel({"sender_id": "dingtalk:1"})],
    "handoff": "dingtalk" in channels.handoff_names(),
}, ensure_ascii=False))
"""


def test_a_new_channel_is_accepted_and_recognised_everywhere():
    assert _run(ADD_CHANNEL) == {"ticket": "dingtalk", "filter": "dingtalk", "sender": "dingtalk",
                                 "analytics": ["钉钉", "dingtalk"], "handoff": True}


NEW_TYPE = """\
- id: pet_grooming
  name: 宠物美容洗护纠纷
  examples:
    - 宠物店给我家狗洗澡把皮肤烫伤了
    - 猫咪送去美容回来耳朵被剪破了
    - 宠物洗护店把我的狗剃得太短感冒了
    - 给狗狗做美容结果被店员弄丢了
    - 宠物店洗澡后狗一直呕吐
    - 宠物美容办了会员卡，店要关门不退钱
    - 狗狗在宠物店寄养期间受伤了
    - 宠物美容师把猫的胡子剪掉了
    - 宠物店药浴后狗全身起红疹
    - 给泰迪做造型，剪出来完全不是说好的样子
    - 宠物店洗澡没吹干，狗着凉生病
    - 宠物店收了美容费却只洗了澡
    - 宠物店寄养回来瘦了一大圈
    - 宠物美容时把狗的腿弄骨折了
    - 宠物店说好的精洗变成了普通洗
  articles: [~消法:11, ~消法:40, ~消法:48]
  remedies:
    - 经营者提供的服务造成消费者财产损害的，应当依法承担赔偿责任（消费者权益保护法第十一条、第四十八条）。
  evidence:
    - 消费凭证、与店家的聊天记录、宠物受伤的照片和就医记录
  next_steps:
    - 先与店家协商赔偿医疗费用。
    - "@12315"
  demands: [退款, 赔偿]
"""


def test_a_new_dispute_type_is_one_yaml_entry(tmp_path):
    from backend.schemas import TicketIn
    from knowledge_base import guide

    folder = tmp_path / "guide"
    shutil.copytree(guide.GUIDE_DIR, folder)
    (folder / "pets.yaml").write_text(NEW_TYPE, encoding="utf-8")
    types, background = guide._load(folder)
    new = next(t for t in types if t.id == "pet_grooming")
    assert new.demands == ["退款", "赔偿"] and new.articles[0].endswith(":11")
    best = guide.Matcher(types, background).match("我家狗在宠物店洗澡被烫伤了，店家不管")[0]
    assert best.type.id == "pet_grooming"
    # the ticket takes it as its dispute type; the form offers its demands as buttons
    body = {"type": "complaint", "channel": "web", "complainant_name": "张三", "phone": "13800138000",
            "merchant_name": "某宠物店", "problem": "狗被烫伤", "demand": "赔偿", "dispute_type": new.id}
    assert TicketIn.model_validate(body).dispute_type == "pet_grooming"
