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

# Analyze the sample corpus in examples/ and print the film reports.
demo: $(STAMP)
	$(BIN)/consensus report examples --format text

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
