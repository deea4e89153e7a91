#!/usr/bin/env bash
# PQuantML (pquant-ml 0.1.0) in its own venv: set it up, then prune the pipeline's LeNet-5 baseline with
# its Wanda N:M pattern at each target (bench/pquant/prune.py; arguments are passed on). Run from the
# repository root after the baseline exists (config/bench-peer.yaml); then `.venv/bin/python bench/peer.py`
# counts DSP/BRAM with fpgaprune's cost model and evaluates the pruned weights beside the other methods.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="${PQUANT_VENV:-results/bench/pquant/venv}"
PQUANT_VENV="$venv" bash "$here/setup.sh"
KERAS_BACKEND=tensorflow "$venv/bin/python" "$here/prune.py" "$@"
