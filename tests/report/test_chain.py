"""The reporting chain in one process, fast: records written by the pipeline's own record builders
(`job_identity`, `design_identity`, `hls_metrics_record`, `resources_record`) go through `aggregate` and
`write_experiment`, and every published number of the headline and design tables is checked against a
value computed here from the inputs. The slow tests (test_aggregate.py) run the same chain on a real run
in subprocesses; this one is what mutation testing (bench/mutation.sh) can see.

One reuse-factor setting (4) of config/test.yaml's digits_mlp: the baseline design (built), knapsack_dsp
at 0.5 (built, 0.5 point loss) and 0.75 (built, 3 points: not eligible), magnitude at 0.5 (not built: the
prune record's estimate) and hls4ml_dsp_aware (unsupported, its hls job skipped).
"""

import json
from pathlib import Path

import pytest

from fpgaprune.records import design_identity, hls_metrics_record, job_identity, kind_of, resources_record
from fpgaprune.report.aggregate import aggregate, read_summary, write_experiment
from fpgaprune.report.tables import REDUCED, SUMMARY_COLUMNS

from .. import configs

SETTING = "4"
BASELINE_ACCURACY = 0.95
SAMPLES = 40
# per design: Keras accuracy, C-sim accuracy (None: not built), estimate totals, firmware DSPs, da4ml LUT, FF;
# knapsack_dsp 0.75 comes before 0.5 on purpose: the tables sort by target, not by record order
DESIGNS = {
    ("baseline", None): (
        0.95,
        0.95,
        {"dsp": 200, "bram_18k": 4, "lut": 9000, "ff": 7000, "latency_cycles": 20, "ii": 4},
        220,
        (30000, 5000),
    ),
    ("knapsack_dsp", 0.75): (
        0.92,
        0.915,
        {"dsp": 50, "bram_18k": 1, "lut": 4000, "ff": 3000, "latency_cycles": 14, "ii": 4},
        50,
        (8000, 2000),
    ),
    ("knapsack_dsp", 0.5): (
        0.945,
        0.94,
        {"dsp": 100, "bram_18k": 2, "lut": 6000, "ff": 5200, "latency_cycles": 16, "ii": 4},
        120,
        (12000, 3000),
    ),
    ("magnitude", 0.5): (
        0.948,
        None,
        {"dsp": 120, "bram_18k": 1, "lut": 7000, "ff": 6000, "latency_cycles": 18, "ii": 4},
        None,
        None,
    ),
}
UNSUPPORTED = "hls4ml_dsp_aware"


def _write(path: Path, record: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record))
    return path


def _prune_record(experiment, method: str, target: float, accuracy, estimate: dict | None, setting=SETTING):
    status = "ok" if estimate else "unsupported"
    record = {
        **job_identity(experiment, method),
        "rf_setting": setting,
        "budget_folder": f"t{target:g}",
        "target": target,
        "status": status,
    }
    if estimate:
        record |= {
            "accuracy": accuracy,
            "val_accuracy": accuracy + 0.01,  # the baseline's 0.96 against its test 0.95: the same losses
            "reached_target": target,
            "estimate": {"totals": estimate},
            "sparsity": {"fc1": target, "fc2": target / 2},
        }
    else:
        record["error"] = "hls4ml's DSP-aware pruning cannot prune 8-bit weights"
    return record


def _hls_records(
    experiment, method: str, target, keras, csim, estimate: dict, firmware, yosys, setting=SETTING
):
    identity = design_identity(
        experiment, setting, method, target, {"fc1": (4, "Resource"), "fc2": (4, "Resource")}
    )
    by_source = {
        "estimate": {"total": estimate},
        "hls_code": {"total": {"dsp": firmware}},
    }
    if yosys is not None:
        by_source["yosys"] = {"implementation": "da4ml", "total": {"lut": yosys[0], "ff": yosys[1]}}
    synthesis = {"requested": "estimate", "used": "estimate", "status": "not run"}
    resources = resources_record(identity, by_source, synthesis, experiment.hls.clock_period)
    metrics = hls_metrics_record(
        identity, "built", hls_accuracy=csim, keras_accuracy=keras, n_samples=SAMPLES
    )
    return resources, metrics


def _design_records(experiment, results: Path, designs: dict, setting: str) -> list[Path]:
    paths = []
    for (method, target), (keras, csim, estimate, firmware, yosys) in designs.items():
        folder = results / f"rf{setting}/{method}" / ("" if target is None else f"t{target:g}")
        if target is not None:
            record = _prune_record(experiment, method, target, keras, estimate, setting)
            paths.append(_write(folder / "metrics.json", record))
        if csim is not None:
            resources, metrics = _hls_records(
                experiment, method, target, keras, csim, estimate, firmware, yosys, setting
            )
            paths += [
                _write(folder / "hls/resources.json", resources),
                _write(folder / "hls/hls_metrics.json", metrics),
            ]
    return paths


def _records(root: Path, designs=None, settings=(SETTING,), unsupported=True) -> list[Path]:
    """Every record of the run below `root/results`, as the aggregate rule passes them (`designs`: DESIGNS,
    at every reuse-factor setting of `settings`)."""
    experiment = configs.test_experiment()
    results = root / "results" / experiment.name
    training = {**job_identity(experiment, "baseline"), "accuracy": BASELINE_ACCURACY, "val_accuracy": 0.96}
    paths = [_write(results / "baseline/metrics.json", training)]
    for setting in settings:
        paths += _design_records(experiment, results, designs or DESIGNS, setting)
    if not unsupported:
        return paths
    folder = results / f"rf{SETTING}/{UNSUPPORTED}/t0.5"
    skipped = hls_metrics_record(
        design_identity(experiment, SETTING, UNSUPPORTED, 0.5, {}),
        "skipped",
        reason="the prune job recorded unsupported",
    )
    paths += [
        _write(folder / "metrics.json", _prune_record(experiment, UNSUPPORTED, 0.5, None, None)),
        _write(folder / "hls/hls_metrics.json", skipped),
    ]
    return paths


@pytest.fixture
def tables(tmp_path) -> Path:
    """results/tables of the run: aggregate, then the experiment's design tables.

    Function-scoped on purpose: mutation testing maps each function to the tests that call it, and calls
    made while a shared fixture is set up would count for the first test only.
    """
    out = tmp_path / "results/tables"
    aggregate(_records(tmp_path), out)
    write_experiment(out / "summary.csv", "digits_mlp", out / "digits_mlp")
    return out


def _markdown_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the first table of a Markdown document."""
    lines = [line for line in path.read_text().splitlines() if line.startswith("| ")]
    cells = [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines]
    header, rows = cells[0], [row for row in cells[2:] if row != cells[0] and not row[0].startswith("---")]
    return header, rows


def _estimate(text) -> str:
    return f"{text}<sup>e</sup>"


def test_the_records_are_the_kinds_the_reader_knows(tmp_path):
    kinds = sorted(str(kind_of(json.loads(path.read_text()))) for path in _records(tmp_path))
    assert kinds == ["hls_metrics"] * 4 + ["metrics"] * 5 + ["resources"] * 3


def test_summary_numbers_come_from_the_records(tables):
    summary = read_summary(tables / "summary.csv")
    assert list(summary.columns) == list(SUMMARY_COLUMNS)
    (baseline,) = summary[summary["method"] == "baseline"].to_dict("records")
    assert all(baseline[f"{m}_reduction_pct"] != baseline[f"{m}_reduction_pct"] for m in REDUCED)  # NaN
    assert all(baseline[f"source_{m}_reduction"] != baseline[f"source_{m}_reduction"] for m in REDUCED)
    for (method, target), (keras, csim, estimate, firmware, yosys) in DESIGNS.items():
        same_target = summary["target"].isna() if target is None else summary["target"] == target
        (row,) = summary[(summary["method"] == method) & same_target].to_dict("records")
        assert row["accuracy"] == pytest.approx(keras)
        assert row["accuracy_loss_points"] == pytest.approx(100 * (BASELINE_ACCURACY - keras))
        assert row["dsp"] == estimate["dsp"] and row["source_dsp"] == "estimate"
        assert row["latency_ns"] == pytest.approx(
            estimate["latency_cycles"] * configs.test_experiment().hls.clock_period
        )
        if target is not None:
            base = DESIGNS[("baseline", None)][2]
            for metric in ("dsp", "bram_18k", "lut", "ff"):
                expected = 100 * (1 - estimate[metric] / base[metric])
                assert row[f"{metric}_reduction_pct"] == pytest.approx(expected), metric
        if csim is None:
            assert row["hls_accuracy"] != row["hls_accuracy"] and row["dsp_hls_code"] != row["dsp_hls_code"]
        else:
            assert row["hls_accuracy"] == pytest.approx(csim) and row["dsp_hls_code"] == firmware
            assert (row["yosys_lut"], row["yosys_ff"]) == yosys and row["hls_samples"] == SAMPLES


def test_headline_picks_each_resource_s_largest_cut_within_one_point(tables):
    header, rows = _markdown_rows(tables / "headline.md")
    row = dict(zip(header, rows[0]))
    base = DESIGNS[("baseline", None)][2]
    dsp, bram = DESIGNS[("knapsack_dsp", 0.5)], DESIGNS[("magnitude", 0.5)]  # 0.75 loses 3 points
    assert row["experiment"] == "digits_mlp" and row["dataset / model"] == "digits / digits_mlp"
    assert row["baseline acc. %"] == f"{100 * BASELINE_ACCURACY:.2f}"
    assert row["DSP reduction"] == _estimate(f"{100 * (1 - dsp[2]['dsp'] / base['dsp']):.1f} %")
    assert row["DSP: baseline → pruned"] == _estimate(f"{base['dsp']} → {dsp[2]['dsp']}")
    assert row["DSP design (acc. %)"] == f"knapsack_dsp rf4 t0.5 ({100 * dsp[0]:.2f})"
    assert row["BRAM reduction"] == _estimate(f"{100 * (1 - bram[2]['bram_18k'] / base['bram_18k']):.1f} %")
    assert row["BRAM_18K: baseline → pruned"] == _estimate(f"{base['bram_18k']} → {bram[2]['bram_18k']}")
    assert row["BRAM design (acc. %)"] == f"magnitude rf4 t0.5 ({100 * bram[0]:.2f})"
    assert row["note"] == ""
    assert "within 1 percentage point" in (tables / "headline.md").read_text()


def test_headline_csv_names_each_chosen_design_and_its_csim_accuracy(tables):
    import pandas as pd

    (row,) = pd.read_csv(tables / "headline.csv").to_dict("records")
    assert (
        row["dsp_design"] == "digits_mlp/rf4/knapsack_dsp/t0.5"
        and row["bram_18k_design"] == "digits_mlp/rf4/magnitude/t0.5"
    )
    assert row["dsp_hls_accuracy"] == pytest.approx(DESIGNS[("knapsack_dsp", 0.5)][1])
    assert row["bram_18k_hls_accuracy"] != row["bram_18k_hls_accuracy"]  # NaN: magnitude was not built


def _expected_design_row(method: str, target, keras, csim, estimate, firmware, yosys) -> dict:
    base, base_yosys = DESIGNS[("baseline", None)][2], DESIGNS[("baseline", None)][4]
    cut = {m: "" if target is None else _estimate(f"{100 * (1 - estimate[m] / base[m]):.1f}") for m in base}
    row = {
        "method": method,
        "target / budget": "" if target is None else f"{target:g}",
        "status": "ok",
        "acc. %": f"{100 * keras:.2f}",
        "C-sim acc. %": "" if csim is None else f"{100 * csim:.2f}",
        "DSP": _estimate(f"{estimate['dsp']:,}"),
        "DSP −%": cut["dsp"],
        "BRAM_18K": _estimate(f"{estimate['bram_18k']:,}"),
        "BRAM −%": cut["bram_18k"],
        "LUT": _estimate(f"{estimate['lut']:,}"),
        "LUT −%": cut["lut"],
        "FF": _estimate(f"{estimate['ff']:,}"),
        "FF −%": cut["ff"],
        "latency (cycles)": _estimate(f"{estimate['latency_cycles']}"),
        "latency (ns)": _estimate(
            f"{estimate['latency_cycles'] * configs.test_experiment().hls.clock_period:.1f}"
        ),
        "II": _estimate(f"{estimate['ii']}"),
    }
    if yosys is None:
        return row | {"da4ml LUT": "", "da4ml LUT −%": "", "da4ml FF": ""}
    yosys_cut = "" if target is None else f"{100 * (1 - yosys[0] / base_yosys[0]):.1f}<sup>y</sup>"
    return row | {
        "da4ml LUT": f"{yosys[0]:,}<sup>y</sup>",
        "da4ml LUT −%": yosys_cut,
        "da4ml FF": f"{yosys[1]:,}<sup>y</sup>",
    }


def test_design_table_shows_every_design_s_numbers_with_their_sources(tables):
    header, rows = _markdown_rows(tables / "digits_mlp/designs.md")
    shown = {
        (row["method"], row["target / budget"]): row for row in (dict(zip(header, cells)) for cells in rows)
    }
    assert list(shown) == [
        ("baseline", ""),
        ("knapsack_dsp", "0.5"),
        ("knapsack_dsp", "0.75"),
        ("magnitude", "0.5"),
        (UNSUPPORTED, "0.5"),
    ]
    for (method, target), values in DESIGNS.items():
        expected = _expected_design_row(method, target, *values)
        actual = shown[(method, "" if target is None else f"{target:g}")]
        assert {key: actual[key] for key in expected} == expected
    assert (
        shown[("magnitude", "0.5")]["note"]
        == "no hls/resources.json: resources from the prune record's estimate"
    )
    assert shown[("baseline", "")]["note"] == ""
    unsupported = shown[(UNSUPPORTED, "0.5")]
    assert unsupported["status"] == "unsupported"
    numbers = [column for column in header if column not in ("method", "target / budget", "status", "note")]
    assert [unsupported[column] for column in numbers] == [""] * len(numbers)  # no number, not "nan"
    assert "cannot prune 8-bit weights" in unsupported["note"]


def test_design_table_notes_name_the_csim_sample_count(tables):
    text = (tables / "digits_mlp/designs.md").read_text()
    assert f"C-sim acc.: hls4ml's C simulation on {SAMPLES} test samples." in text
    assert "acc.: Keras test accuracy." in text and "da4ml: yosys synthesis" in text
    assert "## digits_mlp, reuse-factor setting 4" in text


def _aggregated(root: Path, **records) -> Path:
    out = root / "results/tables"
    aggregate(_records(root, **records), out)
    write_experiment(out / "summary.csv", "digits_mlp", out / "digits_mlp")
    return out


def test_headline_says_why_it_has_no_number(tmp_path):
    # every pruned design loses more than a point; the baseline uses no BRAM
    base = {"dsp": 200, "bram_18k": 0, "lut": 1, "ff": 7000, "latency_cycles": 20, "ii": 4}
    pruned = {**base, "dsp": 80}
    designs = {
        ("baseline", None): (0.95, 0.95, base, 200, None),
        ("knapsack_dsp", 0.5): (0.93, 0.93, pruned, 80, None),
    }
    tables = _aggregated(tmp_path, designs=designs, unsupported=False)
    (pruned_row,) = read_summary(tables / "summary.csv").query("method == 'knapsack_dsp'").to_dict("records")
    assert pruned_row["lut_reduction_pct"] == 0.0  # 1 LUT -> 1 LUT
    assert pruned_row["bram_18k_reduction_pct"] != pruned_row["bram_18k_reduction_pct"]  # NaN: nothing to cut
    header, rows = _markdown_rows(tables / "headline.md")
    row = dict(zip(header, rows[0]))
    assert [row[column] for column in header[3:9]] == ["-"] * 6
    assert row["note"] == (
        "DSP: no pruned design within 1 point of the baseline accuracy; "
        "BRAM_18K: the baseline designs use none"
    )


def test_design_tables_follow_numeric_reuse_factor_order_and_show_da4ml_only_when_run(tmp_path):
    designs = {key: (*values[:4], None) for key, values in DESIGNS.items()}  # no yosys numbers
    text = (
        _aggregated(tmp_path, designs=designs, settings=("16", "4")) / "digits_mlp/designs.md"
    ).read_text()
    titles = [line for line in text.splitlines() if line.startswith("## ")]
    assert titles == ["## digits_mlp, reuse-factor setting 4", "## digits_mlp, reuse-factor setting 16"]
    assert "da4ml" not in text
    summary = read_summary(tmp_path / "results/tables/summary.csv")  # the summary too: 4 before 16
    settings = summary["rf_setting"].astype(int).tolist()
    assert settings == sorted(settings) and set(settings) == {4, 16}


def test_an_experiment_without_designs_is_named_with_the_known_ones(tmp_path):
    from fpgaprune.report.aggregate import read_summary
    from fpgaprune.report.tables import experiment_tables

    summary = read_summary(_aggregated(tmp_path, unsupported=False) / "summary.csv")
    with pytest.raises(
        ValueError, match=r"^no design of experiment 'jets' in the summary; experiments: digits_mlp$"
    ):
        experiment_tables(summary, "jets")


def test_a_run_without_designs_yet_writes_an_empty_headline(tmp_path):
    experiment = configs.test_experiment()
    training = {**job_identity(experiment, "baseline"), "accuracy": BASELINE_ACCURACY, "val_accuracy": 0.96}
    out = tmp_path / "results/tables"
    aggregate([_write(tmp_path / "results/digits_mlp/baseline/metrics.json", training)], out)
    header, rows = _markdown_rows(out / "headline.md")
    assert header[:2] == ["experiment", "dataset / model"] and rows == []
    assert "within 1 percentage point" in (out / "headline.md").read_text()
