"""Figures drawn from the tables of a real short run, and from a real (tiny) knapsack benchmark."""

import subprocess
import sys

import matplotlib.image
import pandas as pd
import pytest

from fpgaprune.report.plots import pareto_front

from .conftest import EXPERIMENT, FAILED, cli, fpgaprune


def test_pareto_front_keeps_designs_no_other_beats_on_both_axes():
    designs = pd.DataFrame({"dsp": [10, 20, 20, 30, 40], "accuracy": [0.80, 0.85, 0.83, 0.84, 0.90]})
    front = pareto_front(designs)
    assert list(zip(front["dsp"], front["accuracy"])) == [(10, 0.80), (20, 0.85), (40, 0.90)]


def test_a_regressions_pareto_front_keeps_the_lower_losses():
    """A regression's metric (summary.csv's metric_value) is better lower: the front keeps designs no other
    beats on both fewer DSPs and a lower loss."""
    designs = pd.DataFrame({"dsp": [10, 20, 20, 30, 40], "metric_value": [0.30, 0.20, 0.25, 0.22, 0.10]})
    front = pareto_front(designs, "metric_value", higher_is_better=False)
    assert list(zip(front["dsp"], front["metric_value"])) == [(10, 0.30), (20, 0.20), (40, 0.10)]


def _assert_figure(stem, *texts):
    image = matplotlib.image.imread(stem.with_suffix(".png"))
    assert image.shape[0] > 300 and image.shape[1] > 600
    assert image[..., :3].std() > 0.05  # not a blank canvas
    svg = stem.with_suffix(".svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    for text in texts:
        assert text in svg


@pytest.mark.slow
def test_experiment_figures_name_sources_and_list_the_failed_method(tables_dir, tmp_path):
    fpgaprune(
        tmp_path,
        "plot",
        "--summary",
        str(tables_dir / "summary.csv"),
        "--sparsity",
        str(tables_dir / "sparsity.csv"),
        "--experiment",
        EXPERIMENT,
        "--out-dir",
        str(tmp_path),
    )
    _assert_figure(tmp_path / "pareto", "DSP (estimate)", f"{FAILED} t0.5 (unsupported)", "Pareto front")
    _assert_figure(tmp_path / "reduction_vs_rf", "DSP reduction (%)", f"{FAILED} t0.5 (unsupported)")
    _assert_figure(tmp_path / "sparsity", "fc1", "fc2", "output", f"{FAILED} t0.5 (unsupported)")


@pytest.mark.slow
def test_knapsack_scaling_figure_from_the_real_benchmark(repo, tmp_path):
    csv = tmp_path / "knapsack_scaling.csv"
    bench = subprocess.run(
        [
            sys.executable,
            str(repo / "bench/knapsack_scaling.py"),
            "--sizes",
            "200",
            "400",
            "--repeats",
            "1",
            "--out",
            str(csv),
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert bench.returncode == 0, bench.stderr[-2000:]
    fpgaprune(tmp_path, "plot-knapsack", str(csv), "--out-dir", str(tmp_path))
    solvers = pd.read_csv(csv)["solver"].unique()
    _assert_figure(tmp_path / "knapsack_scaling", "solve time (s)", *solvers)


def test_knapsack_scaling_without_its_csv_is_one_line(tmp_path):
    result = cli("plot-knapsack", str(tmp_path / "knapsack_scaling.csv"), "--out-dir", str(tmp_path))
    assert result.returncode == 2 and "run bench/knapsack_scaling.py first" in result.stderr
    assert not list(tmp_path.glob("*.png"))
