"""The Snakemake workflow on a user's model file and data file with an absolute DSP budget and a part's
budget, run for real."""

import csv
import json
import math
import subprocess
import sys

import pytest

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
    hls: {csim_samples: 50, synthesis: estimate, part: xczu3eg-sbva484-1-e}
    pruning: {schedule: {kind: polynomial, steps: 2}, epochs_per_step: 1, final_epochs: 1,
              regularise_epochs: 0, rtol: 0.5}
    methods: [knapsack_dsp]
    targets: [0.5]
    budgets: [{dsp: 100}]
    fit: {part: xczu3eg, utilization: 0.5}
"""
DESIGN = "results/mine/rf2/knapsack_dsp/b-dsp100"
# Half a ZU3EG: DSP 180, BRAM_18K 216, LUT 35,280, FF 70,560. The unpruned design (RF 2, 12-bit products in
# DSPs) needs 341 DSP in all, so DSP binds; BRAM_18K, LUT and FF fit before and after pruning.
PART = fit("xczu3eg", 0.5)
PART_DESIGN = f"results/mine/rf2/knapsack_dsp/{budget_folder(ResourceBudget(absolute=PART))}"


@pytest.fixture(scope="module")
def finished_run(repo, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("model_file")
    (workdir / "config.yaml").write_text(CONFIG)
    make_model_file(workdir, MAKE_MODEL, 0)
    done = run_workflow(repo, workdir)
    assert done.returncode == 0, done.stderr[-3000:]
    return workdir, done.stderr


def test_a_part_reserves_what_pruning_cannot_change_and_binds_the_whole_design(finished_run):
    """`fit:` as `fpgaprune optimize --part`: the parts outside the weight layers, estimated from the unpruned
    design, are reserved out of the part's counts and the weight layers are pruned to the rest, so that the
    pruned design's whole hls4ml project (its estimate, as `fpgaprune estimate` gives it) fits the part."""
    from fpgaprune.core.hardware.glue import estimate_project_files
    from fpgaprune.core.hardware.project import read_project_files
    from fpgaprune.records import WHOLE_PROJECT_METRICS

    workdir, console = finished_run

    def whole_project(design: str) -> dict:
        _, result = estimate_project_files(read_project_files(workdir / design / "hls/project"))
        return result["totals"]

    record = json.loads((workdir / PART_DESIGN / "metrics.json").read_text())
    part = record["budget"]["part"]
    assert (part["part"], part["utilization"], part["chip"]) == ("xczu3eg", 0.5, dict(PART))
    assert part["source"] == "estimate" and part["reserved"]["lut"] > 0 and part["reserved"]["ff"] > 0
    for resource, count in PART.items():
        assert part["weight_layers"][resource] == math.floor(count - part["reserved"][resource] + 1e-9)
    assert record["budget"]["absolute"] == part["weight_layers"]  # what the knapsack was given
    # the reserve is the pipeline's own unpruned design's: its DSP and BRAM_18K outside the weight layers are
    # the baseline project's whole estimate less its weight layers (LUT and FF differ: the reserve's project
    # builds the weight layers as the pruned design does, Resource_Unrolled, which the project costs apart)
    baseline = "results/mine/rf2/baseline"
    weights = json.loads((workdir / baseline / "hls/resources.json").read_text())["by_source"]["estimate"]
    recorded = weights["whole_project"]["total"]  # every built design's record holds its whole project
    assert {key: recorded[key] for key in WHOLE_PROJECT_METRICS} == {
        key: whole_project(baseline)[key] for key in WHOLE_PROJECT_METRICS
    }
    for resource in ("dsp", "bram_18k"):
        expected = whole_project(baseline)[resource] - weights["total"][resource]
        assert part["reserved"][resource] == expected, resource
    assert part["whole_unpruned"]["dsp"] > PART["dsp"]  # pruning was needed
    totals = record["estimate"]["totals"]
    assert totals["dsp"] <= part["weight_layers"]["dsp"]  # the knapsack's resource, within what was left
    assert record["status"] == "ok" and part["met"] is True
    pruned = whole_project(PART_DESIGN)
    for resource, count in PART.items():
        assert part["whole_design"][resource] == totals[resource] + part["reserved"][resource]
        assert pruned[resource] <= count, resource  # the whole pruned project within the part's counts
    # DSP and BRAM_18K outside the weight layers do not move with pruning: the record's sum is the project's
    assert (
        pruned["dsp"] == part["whole_design"]["dsp"]
        and pruned["bram_18k"] == part["whole_design"]["bram_18k"]
    )
    assert "whole design (estimate, reserve included) dsp" in console
    log = (workdir / f"results/logs/prune/{PART_DESIGN.removeprefix('results/')}.log").read_text()
    assert "reserved for the parts pruning cannot change" in log


def test_the_hls_job_of_a_part_records_the_written_project_and_the_status_follows_it(finished_run):
    """The hls job of a `fit:` design records the written project's whole design (`fpgaprune estimate` of
    it) against the part's counts in resources.json's `budget.part`, as `optimize --part --hls` does in
    metrics.json; summary.csv's status is over_budget exactly when a count is exceeded, and the console's hls
    line shows the whole design against the part's counts."""
    workdir, console = finished_run
    project = workdir / PART_DESIGN / "hls/project"
    command = [sys.executable, "-m", "fpgaprune", "estimate", "--json", str(project)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=True, cwd=workdir)
    estimate = json.loads(done.stdout)["totals"]
    part = json.loads((workdir / PART_DESIGN / "hls/resources.json").read_text())["budget"]["part"]
    assert part["chip"] == dict(PART)
    assert part["whole_design"] == {
        **{r: estimate[r] for r in ("dsp", "bram_18k", "lut", "ff")},
        "source": "estimate of the written hls4ml project",
    }
    over = [r for r, count in PART.items() if estimate[r] > count]
    assert part["met"] is (not over)
    with open(workdir / "results/tables/summary.csv", newline="") as table:
        rows = {row["design"]: row for row in csv.DictReader(table)}
    prune_status = json.loads((workdir / PART_DESIGN / "metrics.json").read_text())["status"]
    assert rows[PART_DESIGN.removeprefix("results/")]["status"] == ("over_budget" if over else prune_status)
    line = "; whole design (estimate of the written hls4ml project) " + ", ".join(
        f"{r} {estimate[r]:.0f}/{PART[r]:.0f}" for r in ("dsp", "bram_18k", "lut", "ff")
    )
    assert line + (": over_budget" if over else "") in console
    # a design without a part's budget records none and keeps the prune job's status
    assert "budget" not in json.loads((workdir / DESIGN / "hls/resources.json").read_text())


def test_a_part_whose_reserve_fills_it_stops_before_any_training(finished_run):
    workdir, _ = finished_run
    out = workdir / "too_small"
    command = [sys.executable, "-m", "fpgaprune", "prune", "--model", "results/mine/baseline/model.h5"]
    command += ["--data", "data.npz", "--config", "config.yaml", "--experiment", "mine", "--rf-setting", "2"]
    command += [
        "--method",
        "knapsack_dsp",
        "--part",
        "xczu3eg",
        "--utilization",
        "0.01",
        "--seed",
        "1",
        "--out-dir",
        str(out),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False, cwd=workdir)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 1, done.stderr[-3000:]
    assert (
        "the parts pruning cannot change" in lines[0] and "raise experiments.mine.fit.utilization" in lines[0]
    )
    assert not out.exists()


def test_a_model_file_is_pruned_to_its_dsp_budget_and_a_target_and_replacing_it_reruns_prune(
    repo, finished_run
):
    tmp_path = finished_run[0]
    prune = json.loads((tmp_path / DESIGN / "metrics.json").read_text())
    assert prune["budget"]["met"] and prune["budget_folder"] == "b-dsp100", (prune["status"], prune["steps"])
    resources = json.loads((tmp_path / DESIGN / "hls/resources.json").read_text())
    dsp = {source: entry["total"]["dsp"] for source, entry in resources["by_source"].items()}
    # the written project's estimate is the prune job's, layer by layer (same quantised kernels, same layers)
    written = {name: layer["dsp"] for name, layer in resources["by_source"]["estimate"]["layers"].items()}
    assert written == {name: layer["dsp"] for name, layer in prune["estimate"]["layers"].items()}
    assert dsp["estimate"] <= 100 and dsp["hls_code"] <= 100  # the firmware's multipliers too
    share = json.loads((tmp_path / "results/mine/rf2/knapsack_dsp/t0.5/metrics.json").read_text())
    assert share["budget_folder"] == "t0.5" and share["status"] in ("ok", "target_not_reached")  # its pass
    baseline = json.loads((tmp_path / "results/mine/baseline/metrics.json").read_text())
    assert baseline["method"] == "baseline" and baseline["val_accuracy"] is not None
    # each budget job's checkpoints lie beside its design folder (no output: Snakemake keeps them for a rerun,
    # which resumes the walk), keyed by the job's identity
    identity = json.loads((tmp_path / f"{DESIGN}.checkpoint/identity.json").read_text())
    assert (identity["budget"], identity["seed"]) == ({"absolute": {"dsp": 100}}, prune["seed"])
    walked = any(step["accepted"] for step in prune["steps"])
    assert (tmp_path / f"{DESIGN}.checkpoint/walk.json").is_file() == walked
    part = json.loads((tmp_path / f"{PART_DESIGN}.checkpoint/identity.json").read_text())["budget"]
    assert part == {"absolute": dict(PART), "part": "xczu3eg", "utilization": 0.5}

    make_model_file(tmp_path, MAKE_MODEL, 1)  # a new model file (and data): what depends on it runs again
    dry = run_workflow(repo, tmp_path, "-n", "--quiet", "rules")
    assert dry.returncode == 0, dry.stderr[-3000:]
    assert "baseline_file" in dry.stdout and "prune" in dry.stdout and "train" not in dry.stdout


def test_a_failed_job_and_a_bad_config_each_end_the_console_with_one_line_naming_the_cause(
    repo, finished_run, tmp_path
):
    """A job's one-line error was above Snakemake's block of the job's command, the console ending with
    'At least one job did not complete successfully'; a config error came with Snakemake's file, line and
    stack lines about common.smk. Now the cause is one line: the failed job's at the end of the run, the
    config's alone."""
    for name in ("mlp.h5", "data.npz"):  # the run's model and data files (whichever seed wrote them last)
        (tmp_path / name).write_bytes((finished_run[0] / name).read_bytes())
    (tmp_path / "config.yaml").write_text(
        CONFIG.replace(
            "reuse_factors: [2]",
            "reuse_factors: [{name: r, reuse_factor: 2, layers: {fc9: {reuse_factor: 1}}}]",
        )
    )
    failed = run_workflow(repo, tmp_path)
    assert failed.returncode != 0
    console = failed.stdout + failed.stderr
    (line,) = [line for line in console.splitlines() if line.startswith("fpgaprune: ")]
    assert line == (
        "fpgaprune: baseline_file failed (log results/logs/baseline_file/mine.log): mlp.h5: config key "
        "experiments.mine.reuse_factors[0].layers: unknown layer 'fc9'; the model's weight layers: fc1, "
        "output"
    )
    assert console.index(line) > console.index("Error in rule baseline_file")

    (tmp_path / "config.yaml").write_text(CONFIG.replace("rtol: 0.5", "rtl: 0.5"))
    dry = run_workflow(repo, tmp_path, "-n")
    assert dry.returncode != 0
    only = (
        "fpgaprune: config key experiments.mine.pruning: Additional properties are not allowed ('rtl' was "
        "unexpected); did you mean rtol?"
    )
    assert (dry.stdout + dry.stderr).strip().splitlines() == [only]


def test_a_written_project_over_the_part_makes_the_design_over_budget_in_the_tables(finished_run, tmp_path):
    """The over direction on the run's own records: the fit design's hls record as the hls job writes it when
    the written project exceeds a count of the part (`with_written_project` against a part one DSP smaller
    than that project's estimate, the case of a BatchNormalization whose products grew in the fine-tuning);
    aggregation turns the prune job's status into over_budget and names the exceeded count."""
    from fpgaprune.core.budget import with_written_project
    from fpgaprune.report.records import read_records

    workdir, _ = finished_run
    design = tmp_path / PART_DESIGN
    (design / "hls").mkdir(parents=True)
    for name in ("metrics.json", "hls/hls_metrics.json"):
        (design / name).write_text((workdir / PART_DESIGN / name).read_text())
    resources = json.loads((workdir / PART_DESIGN / "hls/resources.json").read_text())
    part = resources["budget"]["part"]
    whole = part["whole_design"]
    smaller = {**part, "chip": {**part["chip"], "dsp": whole["dsp"] - 1}}
    resources["budget"]["part"] = with_written_project(smaller, whole)
    assert resources["budget"]["part"]["met"] is False
    (design / "hls/resources.json").write_text(json.dumps(resources))
    baseline = workdir / "results/mine/baseline/metrics.json"
    paths = [
        baseline,
        design / "metrics.json",
        design / "hls/resources.json",
        design / "hls/hls_metrics.json",
    ]
    row = read_records(paths).designs.set_index("design").loc[PART_DESIGN.removeprefix("results/")]
    assert json.loads((design / "metrics.json").read_text())["status"] != "over_budget"
    assert row["status"] == "over_budget"
    assert f"DSP {whole['dsp']:,.0f} > {whole['dsp'] - 1:,.0f}" in row["note"]
    # an hls record written before the hls job recorded the check keeps the prune job's status, with a note
    del resources["budget"]
    (design / "hls/resources.json").write_text(json.dumps(resources))
    row = read_records(paths).designs.set_index("design").loc[PART_DESIGN.removeprefix("results/")]
    assert row["status"] == json.loads((design / "metrics.json").read_text())["status"]
    assert "rerun the design's hls job" in row["note"]


def test_the_workflow_without_a_configfile_outside_the_repository_says_so_in_one_line(repo, tmp_path):
    """`snakemake -s .../workflow/Snakefile` in the user's folder without --configfile gave Snakemake's
    'WorkflowError in file .../Snakefile, line 15: Workflow defines configfile config/config.yaml but it is
    not present or accessible'; now one line names what to give."""
    command = [sys.executable, "-m", "snakemake", "-s", str(repo / "workflow/Snakefile"), "-n"]
    dry = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path)
    assert dry.returncode != 0
    (line,) = (dry.stdout + dry.stderr).strip().splitlines()
    assert line.startswith("fpgaprune: no --configfile given and no config/config.yaml in ")
    assert "give yours, snakemake --configfile mine.yaml" in line
