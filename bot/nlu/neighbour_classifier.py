"""Intent classifier: logistic regression that also sees the message's nearest examples.

A linear model over n-grams and one e5 vector draws one boundary per intent, but some
intents are many small islands: `out_of_scope` holds trivia, small talk and insults;
`non_consumer_dispute` holds wages, neighbours, private landlords and investments. Next
to the features Rasa's LogisticRegressionClassifier reads, this classifier adds, per
intent, how close the message's e5 vector is to that intent's nearest training examples
(mean cosine of the k nearest). Training examples are scored without themselves, so the
model learns how far a new message usually lies from its own intent's examples.

Measured in 5-fold cross-validation of the intents (bench/RESULTS.md, `make bench
AREAS=nlu`), same data and featurizers: intent F1 0.915 with Rasa's
LogisticRegressionClassifier, 0.919 with this one; the cost is one 384 x N product per
message (N training examples, about 2,500).
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

import numpy as np
from scipy.sparse import csr_matrix, hstack
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)

NEIGHBOURS_FILE = "neighbours.npz"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class NeighbourLogisticRegressionClassifier(LogisticRegressionClassifier):
    """Rasa's logistic regression plus per-intent nearest-example similarities.

    The similarities come from the dense sentence features (the e5 vector of
    bot.nlu.e5_featurizer), normalised to unit length, so the featurizer's scale does
    not matter here.
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # neighbours: k nearest examples averaged per intent; neighbour_weight: the
        # similarities lie in a narrow band (e5 cosines of 0.7-0.95), so a linear model
        # next to thousands of counts needs them larger (30-40 best in cross-validation)
        return {**LogisticRegressionClassifier.get_default_config(), "neighbours": 3,
                "neighbour_weight": 40.0}

    def __init__(self, config: Dict[Text, Any], name: Text, model_storage: ModelStorage,
                 resource: Resource) -> None:
        super().__init__(config, name, model_storage, resource)
        self._vectors = np.zeros((0, 0), dtype=np.float32)  # training examples, unit length
        self._labels = np.zeros(0, dtype=object)
        self._intents: List[Text] = []

    @staticmethod
    def _unit_vectors(messages: List[Message]) -> np.ndarray:
        rows = []
        for message in messages:
            dense = message.get_dense_features(attribute=TEXT)[1]
            if dense is None:
                raise ValueError("NeighbourLogisticRegressionClassifier needs a dense sentence "
                                 "featurizer (bot.nlu.e5_featurizer.E5SentenceFeaturizer) before it")
            rows.append(np.asarray(dense.features, dtype=np.float32).reshape(-1))
        vectors = np.vstack(rows)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)

    def _similarities(self, vectors: np.ndarray, leave_self_out: bool = False) -> np.ndarray:
        """Per intent, the mean cosine of the k training examples nearest to each vector."""
        cosines = vectors @ self._vectors.T
        if leave_self_out:  # vectors are the training examples themselves, in order
            np.fill_diagonal(cosines, -1.0)
        k = int(self.config["neighbours"])
        out = np.zeros((len(vectors), len(self._intents)), dtype=np.float32)
        for column, intent in enumerate(self._intents):
            own = cosines[:, self._labels == intent]
            nearest = np.partition(own, own.shape[1] - k, axis=1)[:, -k:] if own.shape[1] > k else own
            out[:, column] = nearest.mean(axis=1)
        return float(self.config["neighbour_weight"]) * out

    def _create_X(self, messages: List[Message], leave_self_out: bool = False) -> csr_matrix:
        """Rasa's features (n-gram counts, e5 vector) with the similarities beside them."""
        base = super()._create_X(messages)
        near = self._similarities(self._unit_vectors(messages), leave_self_out)
        return hstack([base, csr_matrix(near)]).tocsr()

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if not examples:
            logger.debug("No intent examples: %s is not trained.", self.__class__.__name__)
            return self._resource
        self._vectors = self._unit_vectors(examples)
        self._labels = np.array([e.get(INTENT) for e in examples], dtype=object)
        self._intents = sorted(set(self._labels))
        self.clf.fit(self._create_X(examples, leave_self_out=True), list(self._labels))
        self.persist()
        return self._resource

    def process(self, messages: List[Message]) -> List[Message]:
        if not self._intents:  # untrained (no intents in the data)
            return messages
        # an empty or blank message has no tokens, so no features: like Rasa's DIET, it
        # gets no intent, and the FallbackClassifier after this turns it into nlu_fallback
        featurised = []
        for message in messages:
            if message.get_dense_features(attribute=TEXT)[1] is not None:
                featurised.append(message)
            else:
                message.set("intent", {"name": None, "confidence": 0.0}, add_to_output=True)
                message.set("intent_ranking", [], add_to_output=True)
        if featurised:
            super().process(featurised)  # Rasa's ranking, over _create_X above
        return messages

    def persist(self) -> None:
        super().persist()  # the regression, as Rasa stores it (skops)
        with self._model_storage.write_to(self._resource) as model_dir:
            np.savez(model_dir / NEIGHBOURS_FILE, vectors=self._vectors,
                     labels=np.array(self._labels, dtype=str), intents=np.array(self._intents, dtype=str))

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "NeighbourLogisticRegressionClassifier":
        component = super().load(config, model_storage, resource, execution_context, **kwargs)
        try:
            with model_storage.read_from(resource) as model_dir:
                stored = np.load(model_dir / NEIGHBOURS_FILE)
                component._vectors = stored["vectors"]
                component._labels = stored["labels"].astype(object)
                component._intents = list(stored["intents"])
        except (ValueError, FileNotFoundError):
            logger.debug("No stored examples for %s: it stays untrained.", resource.name)
        return component
