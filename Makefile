# plans: `make run` starts the assistant, `make test` checks it. Both work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: install run serve ui ingest test test-unit test-reliability test-browser eval bench bench-scale clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Index data/plans (unchanged files are skipped), then run the API (:8000) and the chat (:8501).
run: install
	$(VENV)/bin/plans ingest
	scripts/run.sh

ingest: install
	$(VENV)/bin/plans ingest

serve: install
	$(VENV)/bin/plans serve

ui: install
	$(VENV)/bin/plans ui

## The evaluation gate, then the whole test suite; the held-out test of the real plans asks
## the evaluation's index (the real plans are read once). Fails when either fails.
EVAL_INDEX := .plans-eval-index
test: install
	rm -rf $(EVAL_INDEX)
	$(VENV)/bin/plans --index $(EVAL_INDEX) eval; e=$$?; \
	PLANS_TEST_REAL_INDEX="$(CURDIR)/$(EVAL_INDEX)" $(PY) -m pytest -m "not browser"; t=$$?; \
	rm -rf $(EVAL_INDEX); test $$e -eq 0 -a $$t -eq 0

test-unit: install
	$(PY) -m pytest -m "not browser"

## Fuzzing (schemathesis), concurrent uploads and kill -9 crash tests (also part of `test`).
test-reliability: install
	$(PY) -m pytest -m reliability

## A real browser (headless Chromium) against the chat; installs Debian's chromium if absent.
test-browser: install
	$(PY) -m pytest -m browser

eval: install
	$(VENV)/bin/plans eval

## Speed: warm /v1/ask p50/p95 over the dev questions, and ingestion time of data/plans.
bench: install
	$(PY) benchmarks/bench.py

## The index at 10k, 50k and 100k generated chunks (about an hour on 2 cores); results in benchmarks/results/scale.md.
bench-scale: install
	$(PY) benchmarks/scale.py

clean:
	rm -rf .plans-index .plans-eval-index eval/reports/latest .pytest_cache
