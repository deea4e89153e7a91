"""Records of a real short pipeline run, written by the real `fpgaprune` commands (config/test.yaml); train,
prune and hls run in the test's process (`fpgaprune_here`).

One reuse-factor setting (RF 4) of the digits MLP: the trained baseline and its hls4ml design;
`knapsack_dsp` pruned and built by hls4ml (C simulation on a few samples, resources from the
estimate and the firmware); `magnitude` pruned but not built (its numbers fall back to the prune
record's estimate); and hls4ml's own `hls4ml_dsp_aware`, which cannot prune 8-bit weights and is
recorded as `unsupported` by the real peer wrapper.
"""

import contextlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from ..configs import test_yaml

EXPERIMENT = "digits_mlp"
SETTING = "4"
TARGET = 0.5
BUILT, UNBUILT, FAILED = "knapsack_dsp", "magnitude", "hls4ml_dsp_aware"
CSIM_SAMPLES = 40


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run one `fpgaprune` command; returns the finished process."""
    return subprocess.run(
        [sys.executable, "-m", "fpgaprune", *args],
        cwd=cwd,
        check=False,
        capture_output=True,
        text=True,
        timeout=900,
    )


def fpgaprune(workdir: Path, *args: str) -> None:
    """Run one `fpgaprune` command in `workdir`; fail the fixture with its stderr if it fails."""
    result = cli(*args, cwd=workdir)
    assert result.returncode == 0, f"fpgaprune {args[0]} failed:\n{result.stderr[-3000:]}"


def fpgaprune_here(workdir: Path, *args: str) -> None:
    """Run one `fpgaprune` command (`fpgaprune.cli.main`) in this process, in `workdir`: the run's train,
    prune and hls commands, each of which would pay TensorFlow's import (about 8 s) again in a process of its
    own. Without --threads: TensorFlow's thread count cannot change once this process has run it."""
    from fpgaprune.cli import main

    with contextlib.chdir(workdir):
        assert main(list(args)) == 0, f"fpgaprune {args[0]} failed (its log is in the captured output)"


def _write_config(workdir: Path) -> str:
    """config/test.yaml with one reuse setting, the three methods and one target, as the jobs' config file."""
    config = test_yaml(reuse_factors=[int(SETTING)], methods=[BUILT, UNBUILT, FAILED], targets=[TARGET])
    (workdir / "config.yaml").write_text(yaml.safe_dump(config))
    return "config.yaml"


def _design(method: str) -> str:
    return f"results/{EXPERIMENT}/rf{SETTING}/{method}/t{TARGET}"


def _design_job(config: str, method: str) -> list[str]:
    """The arguments `prune` and `hls` share: data, config, experiment, reuse-factor setting, method."""
    return [
        "--data",
        "results/data/digits.npz",
        "--config",
        config,
        "--experiment",
        EXPERIMENT,
        "--rf-setting",
        SETTING,
        "--method",
        method,
    ]


def _prune(workdir: Path, settings: str, method: str) -> None:
    fpgaprune_here(
        workdir,
        "prune",
        "--model",
        f"results/{EXPERIMENT}/baseline/model.h5",
        *_design_job(settings, method),
        "--target",
        str(TARGET),
        "--seed",
        "3",
        "--out-dir",
        _design(method),
    )


def _hls(workdir: Path, settings: str, model: str, method: str, out_dir: str, *extra: str) -> None:
    fpgaprune_here(
        workdir,
        "hls",
        "--model",
        model,
        *_design_job(settings, method),
        "--max-samples",
        str(CSIM_SAMPLES),
        "--synthesis",
        "estimate",
        "--out-dir",
        out_dir,
        *extra,
    )


@pytest.fixture(scope="session")
def real_run(repo, tmp_path_factory) -> Path:
    """Working directory of the run; its `results/` holds the records (see the module docstring)."""
    pytest.importorskip("hls4ml")
    workdir = tmp_path_factory.mktemp("report_run")
    settings = _write_config(workdir)
    fpgaprune(
        workdir,
        "prepare-data",
        "digits",
        "--out",
        "results/data/digits.npz",
        "--provenance",
        "results/data/digits.json",
        "--seed",
        "1",
    )
    fpgaprune_here(
        workdir,
        "train",
        "--data",
        "results/data/digits.npz",
        "--config",
        settings,
        "--experiment",
        EXPERIMENT,
        "--seed",
        "2",
        "--out-dir",
        f"results/{EXPERIMENT}/baseline",
    )
    for method in (BUILT, UNBUILT, FAILED):
        _prune(workdir, settings, method)
    _hls(
        workdir,
        settings,
        f"results/{EXPERIMENT}/baseline/model.h5",
        "baseline",
        f"results/{EXPERIMENT}/rf{SETTING}/baseline/hls",
    )
    for method in (BUILT, FAILED):
        _hls(
            workdir,
            settings,
            f"{_design(method)}/model.h5",
            method,
            f"{_design(method)}/hls",
            "--target",
            str(TARGET),
            "--prune-record",
            f"{_design(method)}/metrics.json",
        )
    return workdir


@pytest.fixture(scope="session")
def record_paths(real_run) -> list[Path]:
    """Every record of the run, as the aggregate rule passes them."""
    results = real_run / "results"
    paths = sorted(results.glob("*/baseline/metrics.json")) + sorted(results.glob("*/rf*/*/t*/metrics.json"))
    return paths + sorted(results.glob("*/rf*/**/hls/*.json"))


@pytest.fixture(scope="session")
def tables_dir(record_paths, tmp_path_factory) -> Path:
    """results/tables of the run, written by the aggregate and experiment-tables commands."""
    out = tmp_path_factory.mktemp("tables")
    fpgaprune(out, "aggregate", *map(str, record_paths), "--out-dir", str(out))
    fpgaprune(
        out,
        "experiment-tables",
        "--summary",
        str(out / "summary.csv"),
        "--experiment",
        EXPERIMENT,
        "--out-dir",
        str(out / EXPERIMENT),
    )
    return out


def read(path: Path) -> dict:
    return json.loads(path.read_text())
