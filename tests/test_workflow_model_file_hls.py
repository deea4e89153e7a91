"""The Snakemake workflow on a user's model file whose design is its hls4ml configuration file
(`model: {file: ..., hls_config: hls.yml}`), run for real and compared with `fpgaprune optimize --hls-config`
on the same files."""

import json
import subprocess
import sys
import textwrap

import numpy as np
import pytest
import yaml

from fpgaprune.core.budget import ResourceBudget, budget_folder
from fpgaprune.core.devices import fit

from .snakemake_runs import make_model_file, run_workflow

pytestmark = pytest.mark.slow

MAKE_MODEL = """
import sys
import numpy as np
from fpgaprune.compat import keras
import qkeras

rng = np.random.default_rng(int(sys.argv[1]))
x = (np.round(rng.normal(size=(900, 16)) * 2**8) / 2**8).astype("float32")
y = np.argmax(x[:, :5] @ (2 * np.eye(5) + rng.normal(size=(5, 5))), axis=1)
np.savez("data.npz", x_train=x[:600], y_train=y[:600], x_val=x[600:750], y_val=y[600:750],
         x_test=x[750:], y_test=y[750:])
bits = "quantized_bits(12,2,alpha=1)"
inputs = keras.Input((16,), name="features")
h = keras.layers.Dense(32, name="fc1")(inputs)
h = keras.layers.Activation("relu", name="relu1")(h)
logits = qkeras.QDense(5, kernel_quantizer=bits, bias_quantizer=bits, name="output")(h)
model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x[:600], y[:600], epochs=2, batch_size=32, verbose=0)
model.save("mlp.h5")
"""

# What the pipeline had no key for: the float layer's own weight, bias and result types, the result type of a
# layer without weights (relu1) and the input's, beside per-layer reuse factors, the IO type and the part.
HLS_YML = """
IOType: io_parallel
Part: xczu3eg-sbva484-1-e
HLSConfig:
  Model: {Precision: "fixed<16,6>", ReuseFactor: 2, Strategy: Resource}
  LayerName:
    features: {Precision: {result: "fixed<14,6>"}}
    fc1: {ReuseFactor: 4, Precision: {weight: "fixed<10,2>", bias: "fixed<10,2>", result: "fixed<18,8>"}}
    relu1: {Precision: {result: "ufixed<10,4>"}}
"""

PRUNING = {
    "schedule": {"kind": "polynomial", "steps": 2},
    "epochs_per_step": 1,
    "final_epochs": 1,
    "regularise_epochs": 0,
    "rtol": 0.5,
}
CONFIG = {
    "experiments": {
        "mine": {
            "model": {"file": "mlp.h5", "hls_config": "hls.yml"},
            "dataset": {"file": "data.npz"},
            "hls": {"csim_samples": 50, "synthesis": "estimate"},
            "pruning": PRUNING,
            "methods": ["knapsack_dsp"],
            "targets": [],
            "budgets": [{"dsp": 120}],  # the unpruned design: 208 DSP (estimate)
            "fit": {"part": "xczu3eg", "utilization": 0.5},  # hls.yml's Part; DSP 180 for the whole design
        }
    }
}
DESIGN = "results/mine/rfhls_config/knapsack_dsp/b-dsp120"
PART = fit("xczu3eg", 0.5)
PART_DESIGN = f"results/mine/rfhls_config/knapsack_dsp/{budget_folder(ResourceBudget(absolute=PART))}"

# `fpgaprune optimize` with one TensorFlow thread, as the pipeline's prune job runs (--threads 1)
OPTIMIZE = """
import sys
from fpgaprune.train import set_threads
set_threads(1)
from fpgaprune.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _write(workdir, config=None, hls_yml=HLS_YML) -> None:
    (workdir / "config.yaml").write_text(yaml.safe_dump(config or CONFIG))
    (workdir / "hls.yml").write_text(textwrap.dedent(hls_yml))


@pytest.fixture(scope="module")
def finished_run(repo, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("model_file_hls")
    make_model_file(workdir, MAKE_MODEL)
    _write(workdir)
    done = run_workflow(repo, workdir)
    assert done.returncode == 0, done.stderr[-3000:]
    return workdir


def _optimize(workdir, design: str, out: str, *args: str):
    """`fpgaprune optimize` on the same model, data and hls.yml, with the prune job's seed and settings."""
    seed = json.loads((workdir / design / "metrics.json").read_text())["seed"]
    command = [sys.executable, "-c", OPTIMIZE, "optimize", "--model", "mlp.h5", "--data", "data.npz"]
    command += ["--hls-config", "hls.yml", "--method", "knapsack_dsp", "--seed", str(seed)]
    command += ["--pruning", json.dumps(PRUNING), "--out", out, *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False, cwd=workdir)
    assert done.returncode == 0, done.stderr[-3000:]
    return workdir / out


@pytest.fixture(scope="module")
def optimized(finished_run):
    """`optimize --hls` to the budget job's counts."""
    return _optimize(
        finished_run, DESIGN, "optimized", "--budget", "dsp=120", "--hls", "--csim-samples", "50"
    )


def _weights(path) -> dict[str, np.ndarray]:
    import h5py

    arrays = {}
    with h5py.File(path, "r") as saved:
        saved["model_weights"].visititems(
            lambda name, item: arrays.update({name: item[()]}) if isinstance(item, h5py.Dataset) else None
        )
    return arrays


def test_the_model_script_writes_the_same_model_file_every_run(finished_run, tmp_path):
    """The comparisons below hold for one model: a second run of the script writes the run's weights (its
    initial weights were not seeded, so every run of these tests pruned another model)."""
    make_model_file(tmp_path, MAKE_MODEL)
    first, second = _weights(finished_run / "mlp.h5"), _weights(tmp_path / "mlp.h5")
    assert set(first) == set(second) and any("fc1" in name for name in first)
    for name, values in first.items():
        assert np.array_equal(values, second[name]), name


def test_the_prune_job_costs_and_prunes_the_files_design_as_optimize_does(finished_run, optimized):
    workdir = finished_run
    job = json.loads((workdir / DESIGN / "metrics.json").read_text())
    api = json.loads((optimized / "metrics.json").read_text())
    assert job["rf_setting"] == api["rf_setting"] == "hls_config"
    assert job["estimate"] == api["estimate"]  # the file's types, reuse factors and part, costed alike
    assert job["estimate"]["totals"]["dsp"] <= 120 and job["status"] == api["status"]
    job_masks, api_masks = np.load(workdir / DESIGN / "masks.npz"), np.load(optimized / "masks.npz")
    assert set(job_masks) == set(api_masks) == {"fc1", "output"}
    for name in job_masks:
        assert np.array_equal(job_masks[name], api_masks[name]), name


def test_a_parts_reserve_is_the_files_projects_as_optimizes(finished_run):
    """`fit:` reserves what lies outside the weight layers of the project the file describes (its relu1 and
    input types, its tables), as `optimize --part` does on the same files: the same reserve and masks."""
    workdir = finished_run
    api = _optimize(workdir, PART_DESIGN, "optimized_part", "--part", "xczu3eg", "--utilization", "0.5")
    job = json.loads((workdir / PART_DESIGN / "metrics.json").read_text())["budget"]["part"]
    assert job == json.loads((api / "metrics.json").read_text())["budget"]["part"]
    assert job["source"] == "estimate" and job["reserved"]["lut"] > 0 and job["chip"] == dict(PART)
    job_masks, api_masks = np.load(workdir / PART_DESIGN / "masks.npz"), np.load(api / "masks.npz")
    for name in ("fc1", "output"):
        assert np.array_equal(job_masks[name], api_masks[name]), name


def test_the_hls_job_builds_the_files_design_as_optimize_does(finished_run, optimized):
    """The pruned design's hls4ml project has the file's types (the float layer's weights, relu1's result) and
    the same layer configurations and types as `optimize --hls` writes; the records say the file's part."""
    workdir = finished_run
    for name in ("parameters.h", "defines.h"):
        job = (workdir / DESIGN / "hls/project/firmware" / name).read_text()
        assert job == (optimized / "hls/project/firmware" / name).read_text(), name
    defines = (workdir / DESIGN / "hls/project/firmware/defines.h").read_text()
    assert "ap_fixed<10,2>" in defines and "ap_ufixed<10,4>" in defines and "ap_fixed<14,6>" in defines
    resources = json.loads((workdir / DESIGN / "hls/resources.json").read_text())
    assert resources["design"]["part"] == "xczu3eg-sbva484-1-e"
    assert resources["design"]["layers"]["fc1"]["reuse_factor"] == 4
    baseline = json.loads((workdir / "results/mine/rfhls_config/baseline/hls/resources.json").read_text())
    assert baseline["design"]["layers"]["output"] == {"reuse_factor": 2, "strategy": "Resource"}
    summary = (workdir / "results/tables/summary.csv").read_text()
    assert DESIGN.removeprefix("results/") in summary


def test_changing_the_file_reruns_what_depends_on_it(repo, finished_run):
    workdir = finished_run
    dry = run_workflow(repo, workdir, "-n", "--quiet", "rules")
    assert dry.returncode == 0 and "prune_budget" not in dry.stdout, dry.stdout + dry.stderr[-2000:]
    _write(workdir, hls_yml=HLS_YML.replace("ufixed<10,4>", "ufixed<12,4>"))
    dry = run_workflow(repo, workdir, "-n", "--quiet", "rules")
    assert dry.returncode == 0, dry.stderr[-3000:]
    for rule in ("baseline_file", "prune_budget", "hls_baseline", "hls_pruned"):
        assert rule in dry.stdout, rule
    _write(workdir)


@pytest.mark.parametrize(
    ("hls_yml", "hls", "line"),
    [
        (
            HLS_YML.replace("ReuseFactor: 4", "ReuseFactr: 4"),
            {},
            (
                "fpgaprune: config key experiments.mine.model.hls_config: hls_config "
                "LayerName.fc1.ReuseFactr: unknown key, did you mean ReuseFactor? (hls4ml ignores keys it "
                "does not know, so the design would silently take the default)"
            ),
        ),
        (
            HLS_YML,
            {"io_type": "io_stream"},
            (
                "fpgaprune: config key experiments.mine.hls.io_type: 'io_stream', but the design is the "
                "hls_config file hls.yml's, which gives 'io_parallel' (IOType; io_parallel when not given); "
                "remove the key (or change the file)"
            ),
        ),
        ("- a list", {}, "fpgaprune: config key experiments.mine.model.hls_config: hls.yml: not a mapping; "),
    ],
)
def test_a_bad_file_or_a_conflicting_key_stops_before_any_job(repo, tmp_path, hls_yml, hls, line):
    config = json.loads(json.dumps(CONFIG))
    config["experiments"]["mine"]["hls"].update(hls)
    _write(tmp_path, config, hls_yml)
    (tmp_path / "mlp.h5").write_text("checked by baseline_file")
    (tmp_path / "data.npz").write_bytes(b"")
    dry = run_workflow(repo, tmp_path, "-n")
    assert dry.returncode != 0
    (only,) = (dry.stdout + dry.stderr).strip().splitlines()
    assert only.startswith(line), only


def test_a_layer_name_the_model_lacks_fails_baseline_file_with_one_line(repo, finished_run, tmp_path):
    workdir = finished_run
    for name in ("mlp.h5", "data.npz"):
        (tmp_path / name).write_bytes((workdir / name).read_bytes())
    _write(tmp_path, hls_yml=HLS_YML.replace("relu1:", "relu_1:"))
    failed = run_workflow(repo, tmp_path)
    assert failed.returncode != 0
    console = failed.stdout + failed.stderr
    (line,) = [line for line in console.splitlines() if line.startswith("fpgaprune: ")]
    assert line == (
        "fpgaprune: baseline_file failed (log results/logs/baseline_file/mine.log): mlp.h5 with hls_config "
        "hls.yml: hls_config LayerName.relu_1: the model has no such layer (hls4ml would ignore the entry): "
        "rename it to the layer it was meant for, or remove it; the model's layers: features, fc1, relu1, "
        "output, softmax"
    )
