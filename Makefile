# The README's commands. Each one does all set-up it needs first (idempotent; seconds when nothing changed).
#   make reproduce   set up, then run the whole pipeline on config/config.yaml
#   make test        set up, then run the test suite
SHELL := /bin/bash
VENV ?= .venv
PYTHON ?= python3
CORES ?= 2
CONFIG ?= config/config.yaml
PYTEST_ARGS ?=
BIN := $(VENV)/bin
STAMP := $(VENV)/.fpgaprune-installed

.PHONY: setup reproduce report test dry-run clean
setup: $(STAMP)
	@scripts/setup-system.sh

$(STAMP): envs/requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "setup: installing Python packages into $(VENV) (first time: a few minutes)"
	$(BIN)/pip install -q --disable-pip-version-check -r envs/requirements.txt 2> >(grep -v "is ignored: it is neither" >&2)
	$(BIN)/pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

reproduce: setup
	$(BIN)/snakemake --cores $(CORES) --configfile $(CONFIG)
	$(BIN)/snakemake --cores $(CORES) --configfile $(CONFIG) --report results/report.html

report: setup
	$(BIN)/snakemake --cores $(CORES) --configfile $(CONFIG) --report results/report.html

dry-run: setup
	$(BIN)/snakemake -n --configfile $(CONFIG)

test: $(STAMP)
	@scripts/setup-system.sh --test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf results .snakemake
