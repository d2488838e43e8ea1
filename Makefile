# Set-up is part of every target: a fresh machine needs only python3 and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/unionextract --pretty fixtures/*.txt

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts
	$(BIN)/mypy

bench: $(STAMP)
	-$(BIN)/python -m pip install --quiet -e ".[bench]"  # Duckling is optional: the bench says when it is missing
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

fuzz: $(STAMP)
	$(BIN)/python scripts/fuzz.py $(FUZZ_ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
