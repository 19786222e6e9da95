# Two entry points (README): `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := corpus/packets/sf-01-eligible

.PHONY: setup demo test bench corpus

$(BIN)/grantcheck: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

setup: $(BIN)/grantcheck

demo: setup
	$(BIN)/grantcheck verify $(SAMPLE) --format md

test: setup
	$(BIN)/pytest -q

bench: setup
	$(BIN)/python bench/benchmark.py

corpus: setup
	$(BIN)/python -m corpus.generate corpus/packets
