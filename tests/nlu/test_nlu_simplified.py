"""bot/nlu/simplified.py in the Rasa environment: the pipeline's first component replaces a
message written in traditional characters or Cantonese by its simplified Mandarin form,
leaves simplified text alone, and does the same to training examples. The script runs in
.venv-rasa and prints one JSON line."""
import pytest
from rasa_testlib import RASA_PYTHON, run_in_rasa_env

pytestmark = pytest.mark.skipif(not RASA_PYTHON.exists(), reason="the Rasa environment (.venv-rasa) is not set up")

SCRIPT = r"""
import json, sys, tempfile
from pathlib import Path
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from bot.nlu.simplified import SimplifiedChinese

texts = json.loads(sys.argv[1])
with tempfile.TemporaryDirectory() as folder:
    component = SimplifiedChinese.create(SimplifiedChinese.get_default_config(), LocalModelStorage(Path(folder)),
                                         Resource("simplified"), ExecutionContext(GraphSchema({}), "test"))
    processed = [m.get("text") for m in component.process([Message(data={"text": t}) for t in texts])]
    data = component.process_training_data(TrainingData([Message(data={"text": t, "intent": "x"}) for t in texts]))
    trained = [m.get("text") for m in data.training_examples]
    output = Message(data={"text": texts[0]})
    component.process([output])
print(json.dumps({"processed": processed, "trained": trained, "output": output.as_dict(only_output_properties=True)},
                 ensure_ascii=False))
"""

TEXTS = ["我想投訴一間健身房", "佢哋收咗錢唔退", "网上买的耳机没声音", "Switch 遊戲卡 399"]
READ = ["我想投诉一间健身房", "他们收了钱不退", "网上买的耳机没声音", "Switch 游戏卡 399"]


@pytest.fixture(scope="module")
def result():
    import json

    out, _ = run_in_rasa_env(SCRIPT, json.dumps(TEXTS, ensure_ascii=False))
    return out


def test_messages_are_read_in_simplified_characters(result):
    assert result["processed"] == READ


def test_training_examples_are_converted_the_same_way(result):
    assert result["trained"] == READ


def test_the_parse_result_text_is_the_simplified_text(result):
    # what the processor puts in parse_data["text"], i.e. tracker.latest_message["text"]
    assert result["output"]["text"] == READ[0]
