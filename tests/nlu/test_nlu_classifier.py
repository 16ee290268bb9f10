"""bot/nlu/neighbour_classifier.py in the Rasa environment: an intent made of separate
islands (here: two opposite clusters each), which no linear boundary over the vector
can draw, is learnt from the nearest-example similarities; the trained classifier
survives Rasa's model storage unchanged; a blank message gets no intent instead of an
error. The script runs in .venv-rasa and prints one JSON line."""
import pytest
from rasa_testlib import RASA_PYTHON, run_in_rasa_env

pytestmark = pytest.mark.skipif(not RASA_PYTHON.exists(), reason="the Rasa environment (.venv-rasa) is not set up")

ISLANDS = r"""
import json, sys, tempfile
from pathlib import Path
import numpy as np
from scipy.sparse import coo_matrix
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, INTENT, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from bot.nlu.neighbour_classifier import NeighbourLogisticRegressionClassifier

rng = np.random.default_rng(7)
axes = np.eye(8, dtype=np.float32)
# "alpha" lies around +x and -x, "beta" around +y and -y: opposite islands of one intent
centres = {"alpha": [axes[0], -axes[0]], "beta": [axes[1], -axes[1]]}

def message(vector, intent=None):
    m = Message(data={TEXT: "x", **({INTENT: intent} if intent else {})})
    m.add_features(Features(coo_matrix(np.ones((1, 1))), FEATURE_TYPE_SENTENCE, TEXT, "sparse"))
    m.add_features(Features(12 * vector[None, :], FEATURE_TYPE_SENTENCE, TEXT, "e5"))
    return m

def noisy(centre):
    return (centre + 0.15 * rng.standard_normal(8)).astype(np.float32)

train = [message(noisy(c), intent) for intent, cs in centres.items() for c in cs for _ in range(15)]
tests = [(noisy(c), intent) for intent, cs in centres.items() for c in cs for _ in range(10)]

def accuracy(component):
    messages = component.process([message(v) for v, _ in tests])
    return sum(m.get("intent")["name"] == intent for m, (_, intent) in zip(messages, tests)) / len(tests)

out = {}
with tempfile.TemporaryDirectory() as folder:
    storage = LocalModelStorage(Path(folder))
    context = ExecutionContext(GraphSchema({}), "test")
    for name, cls in (("plain", LogisticRegressionClassifier), ("neighbours", NeighbourLogisticRegressionClassifier)):
        resource = Resource(name)
        component = cls.create({**cls.get_default_config(), "max_iter": 500}, storage, resource, context)
        component.train(TrainingData(train))
        out[name] = accuracy(component)
        if name == "neighbours":
            loaded = cls.load({**cls.get_default_config(), "max_iter": 500}, storage, resource, context)
            first = component.process([message(v) for v, _ in tests])
            again = loaded.process([message(v) for v, _ in tests])
            out["same_after_load"] = ([a.get("intent_ranking") for a in first]
                                      == [b.get("intent_ranking") for b in again])
            out["ranking_names"] = sorted(r["name"] for r in first[0].get("intent_ranking"))
            # a blank message has no features: no intent (the FallbackClassifier makes it
            # nlu_fallback), and the message beside it is still classified
            blank, beside = loaded.process([Message(data={TEXT: " "}), message(tests[0][0])])
            out["blank"] = [blank.get("intent"), blank.get("intent_ranking")]
            out["beside"] = beside.get("intent")["name"]
print(json.dumps(out))
"""


def test_islands_of_one_intent_are_learnt_and_survive_storage():
    results, _ = run_in_rasa_env(ISLANDS)
    assert results["neighbours"] == 1.0
    assert results["plain"] < 0.8  # the same features without the neighbours: no line separates the islands
    assert results["same_after_load"] is True
    assert results["ranking_names"] == ["alpha", "beta"]
    assert results["blank"] == [{"name": None, "confidence": 0.0}, []]
    assert results["beside"] == "alpha"
