"""The Rasa assistant: domain, training data, test stories, and its one custom NLU component."""
