"""Flattening the records of a real short run (conftest.py) into designs, resources and sparsity tables."""

import json
from pathlib import Path

import pytest

from fpgaprune.report.records import read_records

from .conftest import BUILT, EXPERIMENT, FAILED, SETTING, TARGET, UNBUILT, read

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tables(record_paths):
    return read_records(record_paths)


def _design(method):
    return f"{EXPERIMENT}/rf{SETTING}/{method}" + ("" if method == "baseline" else f"/t{TARGET:g}")


def test_every_design_is_a_row_and_the_failed_method_keeps_its_reason(tables, real_run):
    designs = tables.designs.set_index("design")
    assert sorted(designs.index) == sorted(_design(m) for m in ("baseline", BUILT, UNBUILT, FAILED))
    failed = designs.loc[_design(FAILED)]
    prune_record = read(real_run / f"results/{_design(FAILED)}/metrics.json")
    assert prune_record["status"] == "unsupported"
    assert failed["status"] == "unsupported" and prune_record["error"] in failed["note"]


def test_accuracies_are_the_records_own(tables, real_run):
    designs = tables.designs.set_index("design")
    results = real_run / "results"
    assert (
        designs.loc[_design("baseline"), "accuracy"]
        == read(results / f"{EXPERIMENT}/baseline/metrics.json")["accuracy"]
    )
    assert (
        designs.loc[_design(BUILT), "accuracy"]
        == read(results / f"{_design(BUILT)}/metrics.json")["accuracy"]
    )
    hls = read(results / f"{_design(BUILT)}/hls/hls_metrics.json")
    assert designs.loc[_design(BUILT), "hls_accuracy"] == hls["hls_accuracy"]
    assert designs.loc[_design(BUILT), "hls_samples"] == hls["n_samples"] == 40
    assert designs.loc[[_design(UNBUILT), _design(FAILED)], "hls_accuracy"].isna().all()


def test_resources_keep_every_source_and_fall_back_to_the_prune_estimate(tables, real_run):
    resources = tables.resources
    sources = resources.groupby("design")["source"].unique().map(sorted).to_dict()
    assert sources[_design("baseline")] == sources[_design(BUILT)] == ["estimate", "hls_code"]
    assert sources[_design(UNBUILT)] == ["estimate"] and _design(FAILED) not in sources
    built = read(real_run / f"results/{_design(BUILT)}/hls/resources.json")
    dsp = resources.query("design == @_design(@BUILT) and metric == 'dsp'").set_index("source")["value"]
    assert dsp["hls_code"] == built["by_source"]["hls_code"]["total"]["dsp"]
    unbuilt = read(real_run / f"results/{_design(UNBUILT)}/metrics.json")["estimate"]["totals"]
    lut = resources.query("design == @_design(@UNBUILT) and metric == 'lut'")["value"]
    assert lut.tolist() == [unbuilt["lut"]]
    notes = tables.designs.set_index("design")["note"]
    assert "resources from the prune record's estimate" in notes[_design(UNBUILT)]


def test_latency_in_ns_is_cycles_times_the_clock(tables, real_run):
    built = read(real_run / f"results/{_design(BUILT)}/hls/resources.json")
    values = tables.resources.query("design == @_design(@BUILT) and source == 'estimate'").set_index(
        "metric"
    )["value"]
    assert values["latency_ns"] == values["latency_cycles"] * built["design"]["clock_period_ns"]


def test_sparsity_rows_follow_the_model_layer_order(tables, real_run):
    rows = tables.sparsity[tables.sparsity["design"] == _design(BUILT)]
    assert rows["layer"].tolist() == ["fc1", "fc2", "output"]
    record = read(real_run / f"results/{_design(BUILT)}/metrics.json")
    assert rows.set_index("layer")["sparsity"].to_dict() == record["sparsity"]
    assert _design(FAILED) not in set(tables.sparsity["design"])


def test_a_file_that_is_not_a_record_is_named(tmp_path, record_paths):
    stray = tmp_path / "other.json"
    stray.write_text(json.dumps({"schema": "something/1"}))
    with pytest.raises(ValueError, match=r"other\.json: not a metrics\.json or hls/resources\.json"):
        read_records([*record_paths, stray])


def test_a_design_without_its_baseline_record_is_refused(record_paths):
    without = [p for p in record_paths if not str(p).endswith(f"{EXPERIMENT}/baseline/metrics.json")]
    with pytest.raises(ValueError, match="no baseline record results/digits_mlp/baseline/metrics.json"):
        read_records(without)


def test_hls_records_without_their_prune_record_are_refused(record_paths):
    without = [p for p in record_paths if not str(p).endswith(f"{_design(BUILT)}/metrics.json")]
    with pytest.raises(ValueError, match="without its prune record"):
        read_records(without)


def test_summary_has_design_latency_in_cycles_and_ns_for_every_design_with_resources(tables, real_run):
    """summary.csv's latency columns come from the model's estimate (or a vendor report) for every design."""
    from fpgaprune.report.tables import summary_table

    summary = summary_table(tables).set_index("design")
    with_numbers = [_design(m) for m in ("baseline", BUILT, UNBUILT)]
    clock = read(real_run / f"results/{_design(BUILT)}/hls/resources.json")["design"]["clock_period_ns"]
    for design in with_numbers:
        row = summary.loc[design]
        assert row["latency_cycles"] >= 0 and row["source_latency"] in ("estimate", "vivado", "vitis")
        assert row["latency_ns"] == pytest.approx(row["latency_cycles"] * clock)
    unbuilt = read(real_run / f"results/{_design(UNBUILT)}/metrics.json")["estimate"]["totals"]
    assert summary.loc[_design(UNBUILT), "latency_cycles"] == unbuilt["latency_cycles"]


def test_summary_has_each_built_designs_whole_project_and_says_whence(tables, real_run):
    """summary.csv's `design_*` columns: the whole design (`fpgaprune estimate` of the written project: weight
    layers, activations, tables and glue) for each design hls4ml built, source `estimate`; a design not built
    has none (its prune record holds the weight layers' estimate only)."""
    from fpgaprune.core.hardware.glue import estimate_project_files
    from fpgaprune.core.hardware.project import read_project_files
    from fpgaprune.report.tables import summary_table

    summary = summary_table(tables).set_index("design")
    for method in ("baseline", BUILT):
        row, folder = summary.loc[_design(method)], real_run / f"results/{_design(method)}/hls"
        _, result = estimate_project_files(read_project_files(folder / "project"))
        clock = read(folder / "resources.json")["design"]["clock_period_ns"]
        assert row["source_design"] == "estimate"
        for metric in ("dsp", "bram_18k", "lut", "ff", "latency_cycles"):
            assert row[f"design_{metric}"] == result["totals"][metric], metric
        assert row["design_latency_ns"] == pytest.approx(result["totals"]["latency_cycles"] * clock)
        assert row["design_lut"] > row["lut"]  # more than the weight layers: the activations and glue
    unbuilt = summary.loc[_design(UNBUILT)]
    assert unbuilt[["design_dsp", "design_latency_cycles", "source_design"]].isna().all()


def test_a_pass_s_own_copies_of_its_designs_are_read_once(tables, real_run, record_paths, tmp_path):
    """`fpgaprune aggregate results/**/metrics.json ...` by hand listed each pass design three times: from
    t0.5/, its pass's targets/t0.5/ and checkpoint/t0.5/ (a review, 2026-12-07)."""
    import shutil

    built = real_run / f"results/{_design(BUILT)}"
    copies = []
    for folder in ("targets", "checkpoint"):
        copy = tmp_path / f"results/{EXPERIMENT}/rf{SETTING}/{BUILT}/{folder}/t{TARGET:g}"
        shutil.copytree(built, copy)
        copies += [copy / "metrics.json", copy / "hls/resources.json", copy / "hls/hls_metrics.json"]
    again = read_records([*record_paths, *copies])
    assert sorted(again.designs["design"]) == sorted(tables.designs["design"])


def test_records_of_two_versions_of_the_code_are_warned_of(record_paths, tmp_path, caplog):
    """Tables of one run compared designs computed by three digests of fpgaprune's code without a word (a
    review, 2026-12-07). One record's digest changed, in a copy: one warning naming both."""
    import os
    import shutil

    root = Path(os.path.commonpath(record_paths))
    copies = []
    for path in record_paths:
        copy = tmp_path / path.relative_to(root)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, copy)
        copies.append(copy)
    changed = read(copies[-1])
    changed["stack"]["fpgaprune_source"] = "0" * 64
    copies[-1].write_text(json.dumps(changed))
    with caplog.at_level("WARNING"):
        read_records(record_paths)
    assert not [r for r in caplog.records if "versions of fpgaprune's code" in r.getMessage()]
    with caplog.at_level("WARNING"):
        read_records(copies)
    (line,) = [r.getMessage() for r in caplog.records if "versions of fpgaprune's code" in r.getMessage()]
    assert line.startswith("the records come from 2 versions of fpgaprune's code") and "00000000 (1)" in line
