# diplo — the two commands of the README, and their parts.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup setup-dev lint typecheck pytest system-deps bench bench-api clean

$(BIN)/diplo: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

setup: $(BIN)/diplo

## make run: install, create the database, ingest seeds/, serve the API on $(HOST):$(PORT)
run: setup
	$(BIN)/diplo db upgrade
	$(BIN)/diplo ingest seeds/
	$(BIN)/uvicorn app.main:app --host $(HOST) --port $(PORT)

## make test: install everything the tests need, then lint, type-check and run the suite
test: setup system-deps lint typecheck pytest

system-deps:
	@bash scripts/system-deps.sh

lint: setup
	$(BIN)/ruff check app tests migrations bench
	$(BIN)/ruff format --check app tests migrations bench

typecheck: setup
	$(BIN)/mypy

pytest: setup
	$(BIN)/pytest -q

## make bench: extraction, ingest and API benchmarks (API at 1M events, beside Datasette)
bench: setup
	bash bench/run.sh

## make bench-api: the API benchmark alone (1M events cached in ~/.cache/diplo-bench, wrk, Datasette)
bench-api: setup
	BENCH_ONLY=api bash bench/run.sh

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
