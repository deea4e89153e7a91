"""The Snakemake workflow on a user's regression model file (`model: {file: ..., task: regression}`), run for
real: baseline_file, the prune jobs, the hls jobs (C simulation compared value by value) and the tables, each
judged on the validation mse as `fpgaprune optimize` judges a regression; and bad regression configs stopped
with one line before any training."""

import csv
import json

import numpy as np
import pytest

from .snakemake_runs import make_model_file, run_workflow

pytestmark = pytest.mark.slow

# A float 8-16-1 Dense regression fitted to a smooth function of three inputs (seeded: the same file
# every run)
MAKE_MODEL = """
import sys
import numpy as np
from fpgaprune.compat import keras

rng = np.random.default_rng(int(sys.argv[1]))
x = rng.normal(size=(700, 8)).astype("float32")
y = (np.tanh(x[:, :3]) @ np.array([1.0, -0.5, 0.25]) + 0.1 * x[:, 3]).astype("float32")
np.savez("reg.npz", x_train=x[:400], y_train=y[:400], x_val=x[400:550], y_val=y[400:550],
         x_test=x[550:], y_test=y[550:])
inputs = keras.Input((8,), name="features")
h = keras.layers.Dense(16, name="fc1")(inputs)
h = keras.layers.Activation("relu", name="relu1")(h)
model = keras.Model(inputs, keras.layers.Dense(1, name="out")(h), name="reg")
model.compile("adam", "mse")
model.fit(x[:400], y[:400], epochs=20, batch_size=32, verbose=0)
model.save("reg.h5")
"""

CONFIG = """
experiments:
  reg:
    model: {file: reg.h5, task: regression, metric: mse}
    dataset: {file: reg.npz}
    reuse_factors: [1]
    hls: {csim_samples: 50, synthesis: estimate, part: xczu3eg-sbva484-1-e}
    pruning: {schedule: {kind: polynomial, steps: 2}, epochs_per_step: 1, final_epochs: 1,
              regularise_epochs: 0, rtol: 0.8}
    methods: [knapsack_dsp]
    targets: [0.5]
    budgets: [{dsp: 100}]
"""
DESIGN = "results/reg/rf1/knapsack_dsp/b-dsp100"
SHARE = "results/reg/rf1/knapsack_dsp/t0.5"


@pytest.fixture(scope="module")
def finished_run(repo, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("regression_file")
    (workdir / "config.yaml").write_text(CONFIG)
    make_model_file(workdir, MAKE_MODEL)
    done = run_workflow(repo, workdir)
    assert done.returncode == 0, done.stderr[-3000:]
    return workdir, done.stderr


def _copy_files(finished_run, workdir, labels: bool = False) -> None:
    """The finished run's model and data files in `workdir`; with `labels` its targets as class labels
    (int64), as a classifier's data file holds them."""
    source = finished_run[0]
    (workdir / "reg.h5").write_bytes((source / "reg.h5").read_bytes())
    arrays = dict(np.load(source / "reg.npz"))
    if labels:
        arrays |= {key: (y > 0).astype(np.int64) for key, y in arrays.items() if key.startswith("y_")}
    np.savez(workdir / "reg.npz", **arrays)


def _record(workdir, path: str) -> dict:
    return json.loads((workdir / path).read_text())


def _keys(record: dict) -> set[str]:
    return set(record) | {f"quality.{k}" for k in record.get("quality", {})}


def test_baseline_file_records_the_model_files_mse_never_an_accuracy(finished_run):
    from fpgaprune.compat import keras

    workdir, console = finished_run
    baseline = _record(workdir, "results/reg/baseline/metrics.json")
    assert not [key for key in _keys(baseline) if "accuracy" in key]
    assert baseline["quality"] == {
        "task": "regression",
        "metric": "mse",
        "higher_is_better": False,
        "split": "validation",
        "baseline": baseline["val_mse"],
    }
    # the values are the model file's mean squared errors on the data file's splits
    model = keras.models.load_model(workdir / "reg.h5", compile=False)
    arrays = np.load(workdir / "reg.npz")
    for key, split in (("mse", "test"), ("val_mse", "val"), ("train_mse", "train")):
        outputs = model.predict(arrays[f"x_{split}"], verbose=0)[:, 0].astype(np.float64)
        expected = np.mean(np.square(outputs - arrays[f"y_{split}"]))
        assert baseline[key] == pytest.approx(expected, rel=1e-5), key
    assert f"baseline reg: test mse {baseline['mse']:.4g}, val mse {baseline['val_mse']:.4g}" in console


def test_the_prune_jobs_walk_on_the_validation_mse_to_their_budget_and_target(finished_run):
    workdir, console = finished_run
    reference = _record(workdir, "results/reg/baseline/metrics.json")["val_mse"]
    for folder in (DESIGN, SHARE):
        record = _record(workdir, f"{folder}/metrics.json")
        assert not [key for key in _keys(record) if "accuracy" in key], folder
        assert record["quality"]["task"] == "regression" and record["quality"]["metric"] == "mse"
        assert record["reference_val_mse"] == reference  # the unpruned model file's, as baseline_file's
        assert record["quality"]["pruned"] == record["val_mse"]
        for step in record[
            "steps"
        ]:  # rtol 0.8 read as a loss ratio: accepted when val mse <= reference / 0.8
            assert step["accepted"] == (step["val_mse"] <= reference / 0.8), (folder, step)
        assert f"{folder.removeprefix('results/reg/rf1/knapsack_dsp/')}: " in console
    prune = _record(workdir, f"{DESIGN}/metrics.json")
    assert prune["budget"]["absolute"] == {"dsp": 100} and prune["budget_folder"] == "b-dsp100"
    assert prune["status"] == "ok" and prune["budget"]["met"], (prune["status"], prune["steps"])
    assert prune["estimate"]["totals"]["dsp"] <= 100 and prune["selection"]["kept_cost"]["dsp"] <= 100
    assert f"prune reg rf1 knapsack_dsp b-dsp100: reached 1.00, mse {prune['mse']:.4g}" in console


def test_the_hls_jobs_build_the_prunes_models_and_compare_their_outputs_value_by_value(finished_run):
    workdir, _ = finished_run
    for folder in (DESIGN, SHARE):
        metrics = _record(workdir, f"{folder}/hls/hls_metrics.json")
        assert (
            metrics["metric"] == "mse" and "hls_accuracy" not in metrics and "keras_accuracy" not in metrics
        )
        assert metrics["n_samples"] == 50 and metrics["keras_mse"] is not None
        if metrics["csim"]["status"] == "ok":  # g++ present
            assert metrics["mse_diff"] == pytest.approx(metrics["hls_mse"] - metrics["keras_mse"])
        # the written project holds the prune job's pruned weights: its zero weights are the prune's masks'
        masks = np.load(workdir / folder / "masks.npz")
        layers = _record(workdir, f"{folder}/hls/resources.json")["by_source"]["estimate"]["layers"]
        assert {name: layers[name]["zero_weights"] for name in masks.files} == {
            name: int(np.sum(masks[name] == 0)) for name in masks.files
        }
        # and its estimate is the prune job's, layer by layer: a float kernel is quantized in the type the
        # project declares (`core.design.rounded`; in the truncating `hls.precision` layer out's DSPs were
        # 12 in the prune against 15 in the written project)
        pruned = _record(workdir, f"{folder}/metrics.json")["estimate"]["layers"]
        metrics = ("dsp", "lut", "ff", "bram_18k")
        assert {name: {m: layers[name][m] for m in metrics} for name in pruned} == {
            name: {m: layer[m] for m in metrics} for name, layer in pruned.items()
        }, folder


def test_the_tables_and_the_report_show_the_mse_and_say_the_accuracy_headline_does_not_apply(finished_run):
    workdir, _ = finished_run
    with open(workdir / "results/tables/summary.csv", newline="") as table:
        rows = {row["design"]: row for row in csv.DictReader(table)}
    baseline = _record(workdir, "results/reg/baseline/metrics.json")
    for folder in (DESIGN, SHARE):
        row, prune = rows[folder.removeprefix("results/")], _record(workdir, f"{folder}/metrics.json")
        hls = _record(workdir, f"{folder}/hls/hls_metrics.json")
        assert row["accuracy"] == row["hls_accuracy"] == row["accuracy_loss_points"] == ""
        assert row["metric"] == "mse" and float(row["metric_value"]) == pytest.approx(prune["mse"])
        if hls.get("hls_mse") is not None:
            assert float(row["hls_metric_value"]) == pytest.approx(hls["hls_mse"])
        change = 100 * (prune["mse"] / baseline["mse"] - 1)
        assert float(row["metric_change_pct"]) == pytest.approx(change, abs=1e-5)
        assert row["status"] == prune["status"]
    with open(workdir / "results/tables/headline.csv", newline="") as table:
        (headline,) = csv.DictReader(table)
    assert (
        headline["dsp_reduction_pct"] == ""
        and "the accuracy-loss headline does not apply" in headline["note"]
    )
    designs = (workdir / "results/tables/reg/designs.md").read_text()
    assert "| mse | C-sim mse |" in designs and "acc. %" not in designs
    assert "mse: Keras test mean squared error (a regression: lower is better)" in designs
    assert (workdir / "results/plots/reg/pareto.svg").read_text().count(
        "Keras test mse (lower is better)"
    ) == 1


OTHER_METRIC = (
    "fpgaprune: config key experiments.reg.model: metric 'accuracy' does not go with task regression: give "
    "one of mse, mae"
)
HLS4ML_LOOP = (
    "fpgaprune: config key experiments.reg.methods: method hls4ml_dsp_aware runs hls4ml's own loop, which "
    "judges classifiers on accuracy: a regression takes a knapsack method (knapsack_dsp_bram, ...), "
    "magnitude or structured; remove hls4ml_dsp_aware"
)
INTEGER_TARGETS = (
    "fpgaprune: config key experiments.reg.dataset.file: reg.npz: y_train holds int64 values, as class "
    "labels do: a regression's targets are floats (store y.astype('float32') if they are values to fit); "
    "for a classifier leave out --task regression (task='regression'): its outputs are then its logits, or "
    "class probabilities after a softmax"
)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("metric: mse", "metric: accuracy"), OTHER_METRIC),
        (("methods: [knapsack_dsp]", "methods: [hls4ml_dsp_aware]"), HLS4ML_LOOP),
        (None, INTEGER_TARGETS),  # class labels in the data file of a task: regression
    ],
    ids=["metric_of_another_task", "hls4ml_loop", "integer_targets"],
)
def test_a_bad_regression_config_stops_the_run_with_one_line_before_any_job(
    repo, finished_run, tmp_path, change, expected
):
    _copy_files(finished_run, tmp_path, labels=change is None)
    (tmp_path / "config.yaml").write_text(CONFIG.replace(*change) if change else CONFIG)
    dry = run_workflow(repo, tmp_path, "-n")
    assert dry.returncode != 0
    assert (dry.stdout + dry.stderr).strip().splitlines() == [expected]


def test_a_model_without_softmax_on_class_labels_is_pruned_as_a_classifier_of_its_logit(
    repo, finished_run, tmp_path
):
    """Without `task`, the task is inferred as optimize infers it: a model of one output without a sigmoid,
    labelled with the integers 0 and 1, is a binary classifier of its logit (until 2026-12-05 refused in one
    line). baseline_file, the prune job and the hls job (C simulation) judge it at logit 0."""
    from fpgaprune.compat import keras

    _copy_files(finished_run, tmp_path, labels=True)
    (tmp_path / "config.yaml").write_text(CONFIG.replace(", task: regression, metric: mse", ""))
    done = run_workflow(repo, tmp_path, f"{DESIGN}/hls/hls_metrics.json")
    assert done.returncode == 0, done.stderr[-3000:]
    model = keras.models.load_model(tmp_path / "reg.h5", compile=False)
    arrays = np.load(tmp_path / "reg.npz")
    baseline = _record(tmp_path, "results/reg/baseline/metrics.json")
    assert baseline["quality"]["task"] == "classification" and baseline["quality"]["from_logits"] is True
    logit = model.predict(arrays["x_val"], verbose=0)[:, 0]
    assert baseline["val_accuracy"] == pytest.approx(np.mean((logit > 0) == arrays["y_val"]))
    prune = _record(tmp_path, f"{DESIGN}/metrics.json")
    assert prune["quality"]["from_logits"] is True and "val_mse" not in prune
    assert prune["reference_val_accuracy"] == baseline["val_accuracy"]
    hls = _record(tmp_path, f"{DESIGN}/hls/hls_metrics.json")
    pruned = keras.models.load_model(tmp_path / DESIGN / "model.h5", compile=False)
    x, y = arrays["x_test"][: hls["n_samples"]], arrays["y_test"][: hls["n_samples"]]
    assert hls["keras_accuracy"] == pytest.approx(np.mean((pruned.predict(x, verbose=0)[:, 0] > 0) == y))
    assert hls["output"]["argmax_agreement"] >= 0.95


# An 8-3-8 Dense autoencoder; its data file holds no y_* (the targets are the inputs)
MAKE_AUTOENCODER = """
import numpy as np
from fpgaprune.compat import keras

rng = np.random.default_rng(0)
x = (rng.normal(size=(500, 3)) @ rng.normal(size=(3, 8))).astype("float32")
np.savez("ae.npz", x_train=x[:300], x_val=x[300:400], x_test=x[400:])
inputs = keras.Input((8,), name="features")
h = keras.layers.Activation("relu", name="relu1")(keras.layers.Dense(3, name="enc")(inputs))
model = keras.Model(inputs, keras.layers.Dense(8, name="dec")(h), name="ae")
model.compile("adam", "mse")
model.fit(x[:300], x[:300], epochs=5, batch_size=32, verbose=0)
model.save("ae.h5")
"""


def test_an_autoencoders_data_file_without_targets_is_its_inputs_and_the_task_is_inferred(repo, tmp_path):
    """No `task` and no y_* in the data file: as optimize, a model without a softmax whose targets (its
    inputs) are floats of its output's shape is a regression; baseline_file records its reconstruction mse."""
    from fpgaprune.compat import keras

    make_model_file(tmp_path, MAKE_AUTOENCODER)
    config = CONFIG.replace("reg.h5, task: regression, metric: mse", "ae.h5").replace("reg.npz", "ae.npz")
    (tmp_path / "config.yaml").write_text(config)
    done = run_workflow(repo, tmp_path, "results/reg/baseline/metrics.json")
    assert done.returncode == 0, done.stderr[-3000:]
    baseline = _record(tmp_path, "results/reg/baseline/metrics.json")
    assert baseline["quality"]["task"] == "regression" and baseline["quality"]["metric"] == "mse"
    x_val = np.load(tmp_path / "ae.npz")["x_val"]
    model = keras.models.load_model(tmp_path / "ae.h5", compile=False)
    expected = np.mean(np.square(model.predict(x_val, verbose=0).astype(np.float64) - x_val))
    assert baseline["val_mse"] == pytest.approx(expected, rel=1e-5)
    log = (tmp_path / "results/logs/baseline_file/reg.log").read_text()
    inputs = "the data holds no y arrays: its targets are its inputs (an autoencoder's)"
    assert f"task: regression (the model does not end in a softmax and {inputs}" in log
