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

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

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
	$(BIN)/python benchmarks/update_readme.py

clean:
	rm -rf $(VENV) sitroom.db sitroom.db-wal sitroom.db-shm
