"""Custom actions for the 12315 assistant (rasa-sdk action server: python -m rasa_sdk --actions actions)."""
