# Two commands for a fresh machine:  `make run`  and  `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test test-fast bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[web,test,ray,postgres]'
	touch $(STAMP)

# Ingest the bundled sample corpus, run the whole pipeline, write report.json, list the stories.
run: setup
	$(BIN)/storyline analyze sample/ --db sample.db --out report.json
	$(BIN)/storyline stories --db sample.db

# Every test, the real-data (slow) and browser ones included; each skips with a reason when
# ../shared/data or /usr/bin/chromium is absent.
test: setup
	$(BIN)/python -m pytest -q

test-fast: setup
	$(BIN)/python -m pytest -q -m "not slow and not browser"

clean:
	rm -rf $(VENV) sample.db sample.db-wal sample.db-shm report.json
