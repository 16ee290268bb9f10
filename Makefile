# One entry point for newcomers and CI:
#   make run    set everything up (venvs, Rasa model, knowledge-base index) and start the assistant
#   make test   set everything up and run every test
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYENV_ROOT ?= $(shell pyenv root 2>/dev/null || echo $$HOME/.pyenv)
PY311 ?= $(PYENV_ROOT)/versions/3.11.7/bin/python
PY310 ?= $(PYENV_ROOT)/versions/3.10.13/bin/python
VENV := .venv
RASA_VENV := .venv-rasa
PY := $(VENV)/bin/python
RASA := $(RASA_VENV)/bin/rasa
RASA_ARGS := --config config.yml --domain bot/domain --data bot/data
export PYTHONUNBUFFERED := 1
# Rasa and TensorFlow: no telemetry, quiet logs, no network look-ups.
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: help setup train kb run test bench browser lock validate lint typecheck clean run-scaled vendor-chartjs

# `make help` lists every target with the text after its `##`.
help: ## this list
	@grep -hE '^[a-z][a-z-]*:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## (.*)/  make \1\t\2/' | expand -t 22

# A venv is rebuilt only when its lock file changes (the stamp records that).
$(VENV)/.stamp: requirements.txt
	test -x $(PY) || $(PY311) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip wheel
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(RASA_VENV)/.stamp: requirements-rasa.txt
	test -x $(RASA_VENV)/bin/python || $(PY310) -m venv $(RASA_VENV)
	$(RASA_VENV)/bin/python -m pip install -q --upgrade pip wheel
	$(RASA_VENV)/bin/python -m pip install -q -r requirements-rasa.txt
	touch $@

setup: $(VENV)/.stamp $(RASA_VENV)/.stamp ## create both virtual environments from the lock files
	@mkdir -p var models

# Trains only when the model's inputs changed since the last training (Rasa 3.6 itself
# would restore every component from its cache but still write a new model each time).
# complaint/script.py: the pipeline's first component (bot/nlu/simplified.py) converts with it.
RASA_INPUTS := config.yml complaint/script.py $(shell find bot/data bot/domain bot/nlu -type f \( -name '*.yml' -o -name '*.py' \) 2>/dev/null)
models/.trained: $(RASA_INPUTS) $(RASA_VENV)/.stamp
	@mkdir -p models
	$(RASA) train $(RASA_ARGS) --out models
	touch $@

train: setup ## train the Rasa model if its data, domain or config changed
	@ls models/*.tar.gz >/dev/null 2>&1 || rm -f models/.trained  # model deleted: train again
	@$(MAKE) --no-print-directory models/.trained
	@echo "Rasa model: $$(ls -t models/*.tar.gz | head -1)"

validate: setup ## rasa data validate on the domain and training data
	$(RASA) data validate $(RASA_ARGS)

# Builds or refreshes the knowledge-base index (a no-op when nothing changed).
kb: setup ## build the knowledge-base index (a no-op when its sources are unchanged)
	$(PY) -m knowledge_base build

# The dashboard's Chart.js is vendored from the npm package (committed, so nothing is
# fetched at run time); this re-fetches it and checks it is the same file.
CHARTJS_VERSION := 4.5.1
CHARTJS_SHA256 := 48444a82d4edcb5bec0f1965faacdde18d9c17db3063d042abada2f705c9f54a
vendor-chartjs: ## re-fetch backend/casework's Chart.js from npm and check its sha256
	@tmp=$$(mktemp -d) && cd $$tmp && npm pack --silent chart.js@$(CHARTJS_VERSION) >/dev/null && \
	  tar xzf chart.js-$(CHARTJS_VERSION).tgz && \
	  echo "$(CHARTJS_SHA256)  package/dist/chart.umd.min.js" | sha256sum -c --quiet && \
	  cp package/dist/chart.umd.min.js $(CURDIR)/backend/casework/static/vendor/chart.umd.min.js && \
	  cp package/LICENSE.md $(CURDIR)/backend/casework/static/vendor/chart.js.LICENSE.md && \
	  rm -rf $$tmp && echo "Chart.js $(CHARTJS_VERSION) vendored"

# Debian's Chromium drives the browser tests (Playwright, executable_path);
# the CJK font makes the Chinese in their screenshots legible.
browser: ## Debian's Chromium and a CJK font for the browser tests (apt only when missing)
	@command -v chromium >/dev/null || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; }
	@fc-list 2>/dev/null | grep -qi wqy || echo "note: no CJK font (fonts-wqy-microhei): screenshots show boxes for Chinese; tests are unaffected"

run: train kb ## set up everything and start the assistant (Ctrl-C stops it)
	$(PY) -m tools.run

# Scale-out mode (deploy/README.md): HAProxy (Debian's package, installed if missing)
# in front of two Rasa and two action servers; PostgreSQL, Redis and RabbitMQ.
run-scaled: train kb ## scale-out mode: HAProxy, two Rasa and two action servers (deploy/README.md)
	@command -v haproxy >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null; }
	$(PY) -m tools.run_scaled

test: train kb browser ## set up everything and run every test (CI runs this)
	$(PY) -m pytest -q tests

bench: train kb browser ## print the benchmark figures (AREAS="kb dialogue" for some)
	$(PY) -m bench $(AREAS)

# Re-pin both environments from requirements*.in (run after editing them).
lock: ## re-pin both environments from requirements*.in
	$(PY) -m pip install -q -r requirements.in
	{ echo "# Generated by 'make lock' from requirements.in: every package pinned."; \
	  $(PY) -m pip freeze --exclude-editable | sed 's/^torch==\(.*\)+cpu$$/torch==\1/'; } > requirements.txt
	$(RASA_VENV)/bin/python -m pip install -q -r requirements-rasa.in
	{ echo "# Generated by 'make lock' from requirements-rasa.in: every package pinned."; \
	  $(RASA_VENV)/bin/python -m pip freeze --exclude-editable; } > requirements-rasa.txt

# Typed packages (mypy.ini) and the lint rules (ruff.toml); both in .venv.
lint: setup ## ruff over all the Python in the project
	$(VENV)/bin/ruff check .

typecheck: setup ## mypy over the typed packages (listed in mypy.ini)
	$(VENV)/bin/mypy

# Build outputs only: the databases under var/ (tickets, and the outbox of complaints
# not yet delivered to the backend) are what consumers said, and stay.
clean: ## remove the environments, models, index and caches (keeps var/*.db)
	rm -rf $(VENV) $(RASA_VENV) models .rasa var/kb .pytest_cache .mypy_cache .ruff_cache test-artifacts
