# Two entry points (README): `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := corpus/packets/sf-01-eligible

.PHONY: setup demo test bench corpus cjk-font chromium

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

# The evidence page is tested in a real headless browser (tests/report/test_evidence_browser.py): Debian's
# chromium, installed where apt is available; elsewhere those tests skip and say why.
chromium:
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || ! command -v apt-get >/dev/null || \
		(apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || \
		echo "chromium could not be installed: the browser tests will skip" >&2

test: setup cjk-font chromium
	$(BIN)/pytest -q

# Byte-compiled first, as an installed package is: where PYTHONDONTWRITEBYTECODE is set (as in some CI and
# sandbox images) every process would otherwise compile the project's sources again, about 0.2 s of its start.
bench: setup
	$(BIN)/python -m compileall -q grantcheck ingest extractors checklists >/dev/null
	$(BIN)/python bench/benchmark.py

corpus: setup cjk-font
	$(BIN)/python -m corpus.generate corpus/packets
