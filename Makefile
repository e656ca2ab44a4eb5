# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install run test lint clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e . --group dev
	touch $@

# The console chat over ./seeds (builds the index on first use).
run: install
	$(BIN)/article-bot chat

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check index bot tests

clean:
	rm -rf $(VENV) .pytest_cache
