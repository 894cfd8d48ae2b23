# diplo — the two commands of the README, and their parts.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# NATIVE=0: skip the mypyc build (the extractor then runs as pure Python, as it does whenever
# build/native is missing or older than the sources).
NATIVE ?= 1

.PHONY: run test setup setup-dev native lint typecheck pytest system-deps bench bench-api clean

$(BIN)/diplo: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

setup: $(BIN)/diplo

## make native: compile app/extract with mypyc into build/native (~45 s on 2 cores; nothing
## to do when up to date).  `app.extract` imports it only while it matches the sources.
native: setup
ifeq ($(NATIVE),1)
	$(BIN)/python scripts/build_native.py
endif

## make run: install, create the database, ingest seeds/, serve the API on $(HOST):$(PORT)
run: setup native
	$(BIN)/diplo db upgrade
	$(BIN)/diplo ingest seeds/
	$(BIN)/uvicorn app.main:app --host $(HOST) --port $(PORT)

## make test: install everything the tests need, then lint, type-check and run the suite
test: setup system-deps native lint typecheck pytest

system-deps:
	@bash scripts/system-deps.sh

lint: setup
	$(BIN)/ruff check app tests migrations bench scripts
	$(BIN)/ruff format --check app tests migrations bench scripts

typecheck: setup
	$(BIN)/mypy
	$(BIN)/mypy --strict scripts/build_native.py

# With NATIVE=1 the suite fails unless it runs the compiled extractor (tests/test_native.py).
pytest: setup
	DIPLO_EXPECT_NATIVE=$(NATIVE) $(BIN)/pytest -q

## make bench: extraction, ingest and API benchmarks (API at 1M events, beside Datasette)
bench: setup native
	bash bench/run.sh

## make bench-api: the API benchmark alone (1M events cached in ~/.cache/diplo-bench, wrk, Datasette)
bench-api: setup native
	BENCH_ONLY=api bash bench/run.sh

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache build
