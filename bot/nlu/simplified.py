"""The consumer's message in simplified characters, before anything reads it.

First in config.yml's pipeline: a message written in traditional characters (Hong Kong,
Macau, Taiwan) or in written Cantonese is replaced by its simplified Mandarin form
(complaint.script.to_simplified: OpenCC tw2s + hk2s, and a short Cantonese table), so
the tokenizer, the featurizers and the intent classifier read 投诉 where the consumer
wrote 投訴, and the parse result's "text" (what rasa-sdk's `tracker.latest_message["text"]`
gives the actions and their value readers) is the simplified text. The user event's own
"text" (the conversation log, the ticket's transcript) keeps what the consumer wrote.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from complaint import script
from complaint.script import to_simplified


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class SimplifiedChinese(GraphComponent):
    """Sets each message's text to its simplified form (a no-op for simplified text)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @staticmethod
    def required_packages() -> List[Text]:
        return ["opencc"]

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[Text]:
        # the conversion lives in complaint/script.py: a change there re-runs it on the
        # training data instead of taking Rasa's cached output
        return hashlib.sha256(Path(script.__file__).read_bytes()).hexdigest()

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SimplifiedChinese":
        return cls()

    @staticmethod
    def _convert(message: Message) -> None:
        text = message.get(TEXT)
        if isinstance(text, str) and text:
            simplified = to_simplified(text)
            if simplified != text:
                message.set(TEXT, simplified)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        for message in training_data.training_examples:
            self._convert(message)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._convert(message)
        return messages
