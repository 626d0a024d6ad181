# Everything starts from a fresh clone: `make demo` or `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO   := var/demo
GUICHET := $(BIN)/guichet -c $(DEMO)/guichet.toml

.PHONY: install mail-servers bench-email demo test lint typecheck layers unit clean

install: $(STAMP)

# Dovecot (Debian) for the IMAP integration tests only: `make demo` needs no
# server. CI runs as root on a clean machine and installs it; elsewhere, a
# missing Dovecot is reported and the IMAP tests skip (with CI=true they fail).
mail-servers:
	@if test -x /usr/sbin/dovecot || command -v dovecot >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd; \
	else echo "note: dovecot-imapd is not installed (sudo apt-get install dovecot-imapd);" \
	  "the IMAP integration tests will be skipped"; fi

# E-mail intake throughput against a local Dovecot (not part of `make test`).
bench-email: install mail-servers
	$(BIN)/python -m bench.email_intake

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
	@echo "Acknowledgements and identity-check codes are in $(DEMO)/outbox/ ; try: $(GUICHET) requests show <REF>"

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

layers: install
	$(BIN)/lint-imports

unit: install mail-servers
	$(BIN)/pytest

test: lint typecheck layers unit

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache .pytest_cache

# Deadline sweep over 1,000,000 requests on SQLite and PostgreSQL: timings and
# query plans (not part of `make test`; GUICHET_BENCH_PG_URL picks the server).
.PHONY: bench-scheduler
bench-scheduler: install
	$(BIN)/python -m bench.bench_scheduler

# Request classifier: quality on the external set beside a TF-IDF baseline,
# language detectors, load time, throughput, latency, memory (one core).
.PHONY: bench-nlp
bench-nlp: install
	OMP_NUM_THREADS=1 $(BIN)/python -m bench.bench_nlp
