"""Custom NLU components of the Rasa pipeline (config.yml names them by module path)."""
