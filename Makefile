# Two entry points (README): `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := corpus/packets/sf-01-eligible

.PHONY: setup demo test bench corpus cjk-font

$(BIN)/grantcheck: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

setup: $(BIN)/grantcheck

demo: setup
	$(BIN)/grantcheck verify $(SAMPLE) --format md

# PDFium renders the corpus PDFs' non-embedded STSong-Light with a system CJK font (synthetic scans).
CJK_FONT := /usr/share/fonts/truetype/wqy/wqy-microhei.ttc

cjk-font:
	@test -f $(CJK_FONT) || ! command -v apt-get >/dev/null || \
		(apt-get update -qq && apt-get install -y -qq fonts-wqy-microhei >/dev/null)

test: setup cjk-font
	$(BIN)/pytest -q

bench: setup
	$(BIN)/python bench/benchmark.py

corpus: setup cjk-font
	$(BIN)/python -m corpus.generate corpus/packets
