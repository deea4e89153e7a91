# The README's commands. Each one does all set-up it needs first (idempotent; seconds when nothing changed).
#   make reproduce   set up, then run the whole pipeline on config/config.yaml
#   make test        set up, then run the test suite
#   make lock        recompile envs/requirements.txt (and envs/fpgaprune.yaml) from envs/requirements.in
# No root needed: system tools are optional, scripts/setup-system.sh says what each missing one costs.
SHELL := /bin/bash
VENV ?= .venv
CORES ?= 2
CONFIG ?= config/config.yaml
PYTEST_ARGS ?=
# pytest-xdist workers of `make test` (tests/conftest.py keeps tests sharing a costly fixture on one worker);
# 0 runs the suite in this process.
TEST_WORKERS ?= 2
BIN := $(VENV)/bin
STAMP := $(VENV)/.fpgaprune-installed

# Supported Python: 3.11 only. The lock (TensorFlow 2.21 + tf-keras + QKeras 0.9 + hls4ml 1.3 + OR-Tools 9.7,
# numpy 2.4.6) was installed and tested together on 3.11; numpy 2.4.6 needs >= 3.11, and 3.12+ is
# untested. Taken from PATH (python3.11, else python3 if it is 3.11), or give it: make PYTHON=/path/python3.11
SUPPORTED_PYTHON := 3.11
IS_SUPPORTED = $(1) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null
PYTHON ?= $(firstword $(foreach p,python3.11 python3,$(shell command -v $(p) >/dev/null && \
	$(call IS_SUPPORTED,$(p)) && echo $(p))))

.PHONY: setup reproduce report test dry-run lock clean
setup: $(STAMP)
	@scripts/setup-system.sh --venv $(VENV)

$(STAMP): envs/requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(MAKE) --no-print-directory venv
	@echo "setup: installing the locked Python packages into $(VENV) (first time: about a minute, 3 GB)"
	@# the lock's uv, wheel and setuptools first (by pip, with pip's own index settings); uv installs the lock
	@# about 3x faster than pip (docs/installation.md), compiling the bytecode as pip does and trusting the
	@# system's certificates (a site's TLS proxy: uv's own roots refuse it, seen here). Where uv cannot
	@# reach the index (a site mirror set in pip.conf only), pip installs it; without wheel and setuptools
	@# pip would fall back to the deprecated `setup.py install` for the few source-only packages.
	$(BIN)/pip install -q --disable-pip-version-check -c envs/requirements.txt uv wheel setuptools \
	  2> >(grep -v "is ignored: it is neither" >&2)
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode --system-certs \
	  -r envs/requirements.txt || { \
	  echo "setup: uv could not install the lock (above; a package mirror? set UV_DEFAULT_INDEX to it):" \
	       "installing it with pip instead (a few minutes)" >&2; \
	  $(BIN)/pip install -q --disable-pip-version-check -r envs/requirements.txt \
	    2> >(grep -v "is ignored: it is neither" >&2); }
	$(BIN)/pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

.PHONY: venv
venv:
	@if [ -z "$(PYTHON)" ]; then \
	  echo "setup: no Python $(SUPPORTED_PYTHON) found (tried python3.11, python3): install it (e.g. 'module load" \
	       "python/3.11', 'uv python install 3.11', conda) and run: make PYTHON=/path/to/python3.11" >&2; exit 2; fi
	@version=$$($(PYTHON) -c 'import platform; print(platform.python_version())' 2>/dev/null || echo 'not runnable'); \
	if ! $(call IS_SUPPORTED,$(PYTHON)); then \
	  echo "setup: $(PYTHON) is Python $$version; fpgaprune supports $(SUPPORTED_PYTHON) only (its pinned" \
	       "TensorFlow/QKeras/hls4ml stack was verified there): make PYTHON=/path/to/python3.11" >&2; exit 2; fi; \
	echo "setup: creating $(VENV) with $(PYTHON) (Python $$version)"
	@$(PYTHON) -m venv $(VENV)

reproduce: setup
	$(BIN)/snakemake --cores $(CORES) --configfile $(CONFIG)
	$(BIN)/snakemake --cores $(CORES) --configfile $(CONFIG) --report results/report.html

report: setup
	$(BIN)/snakemake --cores $(CORES) --configfile $(CONFIG) --report results/report.html

dry-run: setup
	$(BIN)/snakemake -n --configfile $(CONFIG)

test: $(STAMP)
	@scripts/setup-system.sh --test --venv $(VENV)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadscope --no-loadscope-reorder $(PYTEST_ARGS)

# pip-compile runs from a throwaway venv, so the project's venv never gets pip-tools; one per user, as a shared
# /tmp folder made by one user cannot be written (or must not be trusted) by another.
LOCK_TOOLS := $(or $(TMPDIR),/tmp)/fpgaprune-pip-tools-$(shell id -u)
lock:
	@test -x $(LOCK_TOOLS)/bin/pip-compile || { $(PYTHON) -m venv $(LOCK_TOOLS) && $(LOCK_TOOLS)/bin/pip install -q pip-tools; }
	$(LOCK_TOOLS)/bin/pip-compile --quiet --upgrade --allow-unsafe --strip-extras --no-emit-index-url \
	  --no-emit-find-links --no-emit-trusted-host --annotation-style=line \
	  --output-file=envs/requirements.txt envs/requirements.in
	$(PYTHON) scripts/conda-env.py

clean:
	rm -rf results .snakemake
