"""A fix for Rasa 3.6.21 itself, applied in every Rasa process that loads this model.

Rasa imports the `bot` package when it loads the model (config.yml names the component
bot.nlu.e5_featurizer), and bot/__init__.py installs what is here.

Every reply from the action server is checked with `jsonschema.validate(reply, schema)`,
which first checks the large event schema against the JSON Schema meta-schema, on
every action call. Profiled under load (py-spy, 30 concurrent complaints) that
meta-schema check was 59% of the Rasa server's CPU. The schema never changes, so it is
checked once and its validator kept; replies are still validated exactly as before
(same validator class, same best_match error).
"""
from __future__ import annotations

from typing import Any


def install() -> None:
    try:
        from rasa.core.actions.action import RemoteAction
    except ImportError:  # not a Rasa environment (the 3.11 venv imports nothing from here)
        return
    if getattr(RemoteAction, "_validator_cached", False):
        return
    from jsonschema import exceptions, validators
    from rasa.shared.constants import DOCS_BASE_URL

    validator = None

    def _validate_action_result(self: Any, result: dict) -> bool:
        nonlocal validator
        if validator is None:
            schema = self.action_response_format_spec()
            cls = validators.validator_for(schema)
            cls.check_schema(schema)
            validator = cls(schema)
        error = exceptions.best_match(validator.iter_errors(result))
        if error is not None:  # as Rasa words it
            error.message += (
                f". Failed to validate Action server response from API, "
                f"make sure your response from the Action endpoint is valid. "
                f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
            )
            raise error
        return True

    RemoteAction._validate_action_result = _validate_action_result
    RemoteAction._validator_cached = True
