"""The Rasa assistant: domain, training data, test stories, and its one custom NLU component."""
from bot.rasa_fixes import install as _install_rasa_fixes

_install_rasa_fixes()  # Rasa imports this package when it loads the model (bot/rasa_fixes.py)
