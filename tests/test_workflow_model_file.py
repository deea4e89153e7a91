"""The Snakemake workflow on a user's model file and data file with an absolute DSP budget, run for real."""

import json
import subprocess
import sys
import textwrap

import pytest

from .snakemake_runs import snakemake_command

pytestmark = pytest.mark.slow

MAKE_MODEL = """
import sys
import numpy as np
from fpgaprune.compat import keras
import qkeras

rng = np.random.default_rng(int(sys.argv[1]))
x = rng.normal(size=(900, 16)).astype("float32")
y = np.argmax(x[:, :5] @ (2 * np.eye(5) + rng.normal(size=(5, 5))), axis=1)
np.savez("data.npz", x_train=x[:600], y_train=y[:600], x_val=x[600:750], y_val=y[600:750],
         x_test=x[750:], y_test=y[750:])
bits = "quantized_bits(12,2,alpha=1)"
inputs = keras.Input((16,), name="features")
h = qkeras.QDense(32, kernel_quantizer=bits, bias_quantizer=bits, name="fc1")(inputs)
h = qkeras.QActivation("quantized_relu(10,4)", name="relu1")(h)
logits = qkeras.QDense(5, kernel_quantizer=bits, bias_quantizer=bits, name="output")(h)
model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x[:600], y[:600], epochs=2, batch_size=32, verbose=0)
model.save("mlp.h5")
"""

CONFIG = """
experiments:
  mine:
    model: {file: mlp.h5}
    dataset: {file: data.npz}
    reuse_factors: [2]
    hls: {csim_samples: 50, synthesis: estimate}
    pruning: {schedule: {kind: polynomial, steps: 2}, epochs_per_step: 1, final_epochs: 1,
              regularise_epochs: 0, rtol: 0.5}
    methods: [knapsack_dsp]
    targets: [0.5]
    budgets: [{dsp: 100}]
"""
DESIGN = "results/mine/rf2/knapsack_dsp/b-dsp100"


def _snakemake(repo, workdir, *args):
    command = snakemake_command(repo, workdir, workdir / "config.yaml", "--cores", "2", *args)
    return subprocess.run(command, capture_output=True, text=True, timeout=1200, check=False, cwd=workdir)


def _make_model(workdir, seed: int) -> None:
    (workdir / "make_model.py").write_text(textwrap.dedent(MAKE_MODEL))
    subprocess.run([sys.executable, "make_model.py", str(seed)], cwd=workdir, check=True, capture_output=True)


def test_a_model_file_is_pruned_to_its_dsp_budget_and_a_target_and_replacing_it_reruns_prune(repo, tmp_path):
    (tmp_path / "config.yaml").write_text(CONFIG)
    _make_model(tmp_path, seed=0)
    done = _snakemake(repo, tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    resources = json.loads((tmp_path / DESIGN / "hls/resources.json").read_text())
    dsp = {source: entry["total"]["dsp"] for source, entry in resources["by_source"].items()}
    assert dsp["estimate"] <= 100 and dsp["hls_code"] <= 100  # the firmware's multipliers too
    prune = json.loads((tmp_path / DESIGN / "metrics.json").read_text())
    assert prune["budget"]["met"] and prune["budget_folder"] == "b-dsp100"
    share = json.loads((tmp_path / "results/mine/rf2/knapsack_dsp/t0.5/metrics.json").read_text())
    assert share["budget_folder"] == "t0.5" and share["status"] in ("ok", "target_not_reached")  # its pass
    baseline = json.loads((tmp_path / "results/mine/baseline/metrics.json").read_text())
    assert baseline["method"] == "baseline" and baseline["val_accuracy"] is not None

    _make_model(tmp_path, seed=1)  # a new model file (and data): what depends on it runs again
    dry = _snakemake(repo, tmp_path, "-n", "--quiet", "rules")
    assert dry.returncode == 0, dry.stderr[-3000:]
    assert "baseline_file" in dry.stdout and "prune" in dry.stdout and "train" not in dry.stdout
