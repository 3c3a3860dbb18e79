# Two commands set up everything: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/sitroom ingest --demo --db sitroom.db
	$(BIN)/sitroom list --db sitroom.db
	@echo
	@echo "Open the dashboard:  $(BIN)/sitroom serve --db sitroom.db"
	@echo "              then:  http://127.0.0.1:8000/   (API: http://127.0.0.1:8000/api/v1/claims, docs/api.md)"

test: $(STAMP)
	bash scripts/ensure_chromium.sh
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	scripts/with_postgres.sh $(BIN)/python -m pytest -q   # a throwaway PostgreSQL for the store tests

# Accuracy and speed figures (a few minutes); the 1M-event ledger query benchmark
# (benchmarks/ledger_queries.py, ~20 min to build its store) is run separately.
bench: $(STAMP)
	$(BIN)/pip install -q -c constraints.txt -e '.[test,eval]'
	$(BIN)/python benchmarks/newswire_ingest.py
	$(BIN)/python benchmarks/timex_eval.py
	$(BIN)/python benchmarks/polnear_eval.py
	$(BIN)/python benchmarks/quotes_vs_textacy.py
	$(BIN)/python benchmarks/plover_gold.py
	$(BIN)/python benchmarks/own_corpus_eval.py
	$(BIN)/python benchmarks/ledger_ingest.py
	scripts/with_postgres.sh $(BIN)/python benchmarks/scale.py
	$(BIN)/python benchmarks/update_readme.py

clean:
	rm -rf $(VENV) sitroom.db sitroom.db-wal sitroom.db-shm
