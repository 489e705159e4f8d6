# Every target creates .venv on first use: a fresh machine needs only python3.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test eval bench train serve clean browser postgres

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# Ingest the sample corpus in examples/ into the default store (an SQLite file in the
# user data folder, or $$CONSENSUS_DB), print its film reports, then serve the web app.
HOST ?= 127.0.0.1
PORT ?= 8000
demo: $(STAMP)
	$(BIN)/consensus ingest examples
	$(BIN)/consensus report --format text
	@echo "consensus: film pages at http://$(HOST):$(PORT)/  (JSON API at http://$(HOST):$(PORT)/api/films; Ctrl-C stops)"
	$(BIN)/consensus serve --host $(HOST) --port $(PORT)

# The web app and JSON API over the default store (or $$CONSENSUS_DB).
serve: $(STAMP)
	@echo "consensus: film pages at http://$(HOST):$(PORT)/"
	$(BIN)/consensus serve --host $(HOST) --port $(PORT)

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/python -m eval

bench: $(STAMP)
	$(BIN)/python bench/bench_analyze.py

train: $(STAMP)
	$(BIN)/python -m train

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
