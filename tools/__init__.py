"""Developer tooling: start the assistant's processes for `make run` and the tests."""
