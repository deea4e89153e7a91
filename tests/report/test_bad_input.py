"""aggregate and experiment-tables on bad input, fast: a damaged record or summary is one line naming the file
and what is wrong (exit code 2), and a refused or failed call leaves the tables of the last one whole."""

import json
from pathlib import Path

import pandas as pd
import pytest

from fpgaprune.cli import main
from fpgaprune.records import METRICS_SCHEMA, RESOURCES_SCHEMA
from fpgaprune.report.aggregate import aggregate, write_experiment
from fpgaprune.report.records import read_records

from .test_chain import _records

EXPERIMENT = "digits_mlp"
DESIGNS = ("designs.csv", "designs.md", "designs.tex", "designs.html")


@pytest.fixture
def tables(tmp_path) -> Path:
    """results/tables of a run (test_chain.py's records): aggregate, then the experiment's design tables."""
    out = tmp_path / "results/tables"
    aggregate(_records(tmp_path), out)
    write_experiment(out / "summary.csv", EXPERIMENT, out / EXPERIMENT)
    return out


def _contents(folder: Path) -> dict[str, bytes]:
    """Every file in `folder` (temporaries included) and its bytes."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def _one_line_error(capsys) -> str:
    error = capsys.readouterr().err
    assert error.count("\n") == 1, error
    return error


def test_an_unknown_experiment_leaves_its_designs_tables_as_they_were(tables, capsys):
    """experiment-tables wrote a header-only designs.csv, then said the experiment was unknown."""
    before = _contents(tables / EXPERIMENT)
    args = ["--summary", str(tables / "summary.csv"), "--experiment", "jets", "--out-dir"]
    assert main(["experiment-tables", *args, str(tables / EXPERIMENT)]) == 2
    error = _one_line_error(capsys)
    assert f"no design of experiment 'jets' in {tables / 'summary.csv'}; experiments: {EXPERIMENT}" in error
    assert _contents(tables / EXPERIMENT) == before


def test_a_write_failing_midway_leaves_every_old_designs_table(tables, monkeypatch):
    """The four files are written beside their names first and renamed together: a full disk on the third
    leaves all four of the last call, not a new CSV beside old documents."""
    before = _contents(tables / EXPERIMENT)
    (tables / "summary.csv").write_text((tables / "summary.csv").read_text().replace("0.945", "0.9"))
    write_text, calls = Path.write_text, []

    def full_disk(path, text, *args, **kwargs):
        calls.append(path)
        if len(calls) == 3:
            raise OSError(28, "No space left on device", str(path))
        return write_text(path, text, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full_disk)
    with pytest.raises(OSError, match="No space left"):
        write_experiment(tables / "summary.csv", EXPERIMENT, tables / EXPERIMENT)
    assert len(calls) == 3 and _contents(tables / EXPERIMENT) == before


def test_a_summary_of_other_columns_is_named_with_the_columns_it_lacks(tmp_path, capsys):
    """A CSV of columns a,b raised pandas' KeyError 'experiment'."""
    summary = tmp_path / "s.csv"
    summary.write_text("a,b\n1,2\n")
    assert main(["experiment-tables", "--summary", str(summary), "--experiment", "e", "--out-dir", "t"]) == 2
    error = _one_line_error(capsys)
    assert (
        f"no columns experiment, rf_setting, method, target, status, accuracy and 24 more in {summary}"
        in error
    )


def test_plot_names_the_columns_its_tables_lack(tmp_path, capsys):
    """`fpgaprune plot` on a summary or sparsity table of other columns raised pandas' KeyError."""
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n")
    tables = ["--summary", str(other), "--sparsity", str(other)]
    assert main(["plot", *tables, "--experiment", "e", "--out-dir", str(tmp_path / "p")]) == 2
    missing = "no columns experiment, rf_setting, method, target, status, accuracy and 24 more"
    assert f"{missing} in {other}, which the figures read" in _one_line_error(capsys)


def test_a_summary_without_the_numbers_columns_is_refused_before_anything_is_written(tmp_path, capsys):
    """A CSV of experiment,design only, of the right experiment, raised KeyError 'yosys_lut' after writing
    designs.csv."""
    summary, out = tmp_path / "s.csv", tmp_path / "t"
    summary.write_text("experiment,design\ne,d\n")
    assert (
        main(["experiment-tables", "--summary", str(summary), "--experiment", "e", "--out-dir", str(out)])
        == 2
    )
    assert (
        f"no columns rf_setting, method, target, status, accuracy, hls_accuracy and 23 more in {summary}, "
        in (_one_line_error(capsys))
    )
    assert not out.exists()


def test_a_summary_without_yosys_columns_has_designs_tables_without_da4ml(tables):
    """A summary written before fpgaprune gave the da4ml circuit its columns (2026-11-21) reads as a run
    without yosys, as do the absolute budget's and a regression's columns it lacks (KeyError 'yosys_lut')."""
    summary = pd.read_csv(tables / "summary.csv")
    older = summary.drop(columns=["yosys_lut", "yosys_ff", "yosys_lut_reduction_pct", "budget"])
    older.to_csv(tables / "older.csv", index=False)
    write_experiment(tables / "older.csv", EXPERIMENT, tables / "older")
    markdown = (tables / "older/designs.md").read_text()
    assert "da4ml" not in markdown and "| knapsack_dsp | 0.5 |" in markdown
    assert "da4ml" in (tables / EXPERIMENT / "designs.md").read_text()  # the full summary has them


def _write(path: Path, record) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record))
    return path


DESIGN = {"experiment": "e", "method": "baseline", "reuse_setting": "4"}
PRUNED = {
    "schema": METRICS_SCHEMA,
    "experiment": "e",
    "method": "magnitude",
    "rf_setting": "4",
    "target": 0.5,
}
DAMAGED = {
    # a JSON list: AttributeError 'list' object has no attribute 'get'
    "list": (
        "l/metrics.json",
        [1, 2],
        "not a metrics.json or hls/resources.json/hls_metrics.json record (a list",
    ),
    # KeyError 'experiment'
    "no experiment": (
        "m/metrics.json",
        {"schema": METRICS_SCHEMA},
        "not a metrics record (no key 'experiment'); give the metrics.json fpgaprune wrote",
    ),
    # KeyError 'design'
    "no design": (
        "x/hls/resources.json",
        {"schema": RESOURCES_SCHEMA, "by_source": "x"},
        "not a resources record (no key 'design')",
    ),
    # AttributeError 'str' object has no attribute 'items'
    "sources a string": (
        "x/hls/resources.json",
        {"schema": RESOURCES_SCHEMA, "by_source": "x", "design": DESIGN},
        "not a resources record ('by_source' is a string, not an object)",
    ),
    "a source a number": (
        "x/hls/resources.json",
        {"schema": RESOURCES_SCHEMA, "by_source": {"vivado": 3}, "design": DESIGN},
        "not a resources record ('by_source.vivado' is a number, not an object)",
    ),
    # KeyError 'reuse_setting'
    "design without its setting": (
        "x/hls/hls_metrics.json",
        {"schema": "fpgaprune.hls_metrics/1", "design": {"experiment": "e", "method": "baseline"}},
        "not a hls_metrics record (no key 'design.reuse_setting')",
    ),
    # KeyError 'rf_setting'
    "prune record without its setting": (
        "p/metrics.json",
        {key: value for key, value in PRUNED.items() if key != "rf_setting"},
        "not a metrics record (no key 'rf_setting')",
    ),
    # KeyError 'totals'
    "estimate without totals": (
        "p/metrics.json",
        {**PRUNED, "estimate": {"dsp": 3}},
        "not a metrics record (no key 'estimate.totals')",
    ),
}


@pytest.mark.parametrize("damage", DAMAGED)
def test_a_damaged_record_is_one_line_naming_the_file_and_the_key(tmp_path, capsys, damage):
    """Each of these raised a KeyError's or AttributeError's traceback from deep in the report."""
    name, record, said = DAMAGED[damage]
    path = _write(tmp_path / name, record)
    assert main(["aggregate", "--out-dir", str(tmp_path / "out"), str(path)]) == 2
    assert f"fpgaprune aggregate: error: {path}: {said}" in _one_line_error(capsys)
    assert not (tmp_path / "out").exists()


def test_a_damaged_record_among_good_ones_leaves_the_last_tables(tables, tmp_path):
    before = _contents(tables)
    damaged = _write(
        tmp_path / "results/digits_mlp/rf4/magnitude/t0.9/metrics.json", {"schema": METRICS_SCHEMA}
    )
    with pytest.raises(
        ValueError, match=r"t0\.9/metrics\.json: not a metrics record \(no key 'experiment'\)"
    ):
        aggregate([*_records(tmp_path), damaged], tables)
    assert _contents(tables) == before


def test_the_pipelines_records_pass_the_check(tmp_path):
    """Every record the pipeline's builders write (a skipped hls job's too) has what the report reads."""
    designs = read_records(_records(tmp_path)).designs
    assert set(designs["method"]) == {"baseline", "knapsack_dsp", "magnitude", "hls4ml_dsp_aware"}
