# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install run test lint clean docker-test

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e . --group dev
	touch $@

# The Telegram bot when TELEGRAM_BOT_TOKEN is set (environment or .env), else the console chat
# over the same engine. Either builds the index of ./seeds on first use.
run: install
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ] || grep -qs '^TELEGRAM_BOT_TOKEN=.' .env; then \
		$(BIN)/article-bot serve; \
	else \
		$(BIN)/article-bot chat; \
	fi

test: install
	$(BIN)/python -m pytest

# The Docker image built and run for real (engine, base image, build, compose up against the
# Bot API stand-in, healthcheck, down). Minutes, root, apt: not part of `make test`.
docker-test: install
	$(BIN)/python tests/docker_e2e.py

lint: install
	$(BIN)/ruff check index bot tests

clean:
	rm -rf $(VENV) .pytest_cache .build
