#!/usr/bin/env bash
# Create PQuantML's own venv (Keras 3, TensorFlow 2.20) under results/bench/pquant/venv (gitignored, under
# results/): pquant-ml 0.1.0 cannot share the project's venv (tf-keras 2, QKeras).
# Usage: bash bench/pquant/setup.sh   (from the repository root; rerun is a no-op once installed)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="${PQUANT_VENV:-results/bench/pquant/venv}"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
# Install only when requirements.txt changed since the last successful install (its hash in the venv)
stamp="$venv/.requirements.sha256"
wanted="$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet -r "$here/requirements.txt"
    echo "$wanted" > "$stamp"
fi
"$venv/bin/python" -c "import pquant, keras, tensorflow as tf; print('pquant', pquant.__version__ if hasattr(pquant, '__version__') else '0.1.0', 'keras', keras.__version__, 'tf', tf.__version__)"
