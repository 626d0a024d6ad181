# Everything starts from a fresh clone: `make demo` or `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO   := var/demo
GUICHET := $(BIN)/guichet -c $(DEMO)/guichet.toml

.PHONY: install demo test lint typecheck layers unit clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: install
	$(GUICHET) init --demo
	$(GUICHET) check-config
	$(GUICHET) db upgrade
	$(GUICHET) demo feed
	$(GUICHET) run --once
	$(GUICHET) requests list
	@echo "Acknowledgements written to $(DEMO)/outbox/ ; try: $(GUICHET) requests show <REF>"

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

layers: install
	$(BIN)/lint-imports

unit: install
	$(BIN)/pytest

test: lint typecheck layers unit

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache .pytest_cache
