"""bench/peer.py's bookkeeping: which rows of an earlier run it keeps, how it reads PQuantML's report and
how it summarises the seeds."""

import csv
import importlib.util
import json
import sys

import pytest

from tests.conftest import REPO

_spec = importlib.util.spec_from_file_location("bench_peer", REPO / "bench" / "peer.py")
peer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(peer)

IDENTITY = {
    "seed": 1,
    "baseline_accuracy": 0.9017,
    "baseline_dsp": 5333,
    "baseline_bram_18k": 1380,
    "recipe": "abc",
}


def _row(method, target, status="ok", **changes):
    row = dict.fromkeys(peer.COLUMNS, "")
    row.update(method=method, target=target, status=status, **IDENTITY)
    row.update(changes)
    return row


def _write_csv(path, rows, columns=peer.COLUMNS):
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def test_a_rerun_keeps_rows_of_the_same_baseline_and_recipe_that_ran(tmp_path):
    path = tmp_path / "peer.csv"
    _write_csv(
        path,
        [
            _row("knapsack_dsp", 0.5),
            _row("magnitude", 0.5, status="target_not_reached"),
            _row("knapsack_dsp", 0.75, baseline_dsp=5358),  # another baseline
            _row("magnitude", 0.75, recipe="other"),  # another recipe
            _row("magnitude", 0.9, seed=2),  # another seed
            _row("pquant_wanda_nm", 0.5, status="not run: results/bench/pquant/pquant.json missing"),
        ],
    )
    kept = peer.reusable_rows(path, IDENTITY)
    assert [(row["method"], row["target"]) for row in kept] == [("knapsack_dsp", "0.5"), ("magnitude", "0.5")]


def test_a_rerun_runs_everything_without_a_table_or_with_an_older_layout(tmp_path):
    path = tmp_path / "peer.csv"
    assert peer.reusable_rows(path, IDENTITY) == []
    old_columns = [c for c in peer.COLUMNS if c not in ("target", "recipe")]
    _write_csv(path, [_row("knapsack_dsp", 0.9)], columns=old_columns)
    assert peer.reusable_rows(path, IDENTITY) == []


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "pquant.json"
    results = [
        {"target": 0.5, "status": "ok", "weights": "pruned_0.5.npz", "sparsity": 0.5, "wall_s": 1.0},
        {"target": 0.9, "status": "ValueError: cannot reshape", "wall_s": 0.5},
    ]
    path.write_text(json.dumps({"results": results}))
    return path


def test_pquant_entry_gives_the_weights_of_a_pruned_target(report):
    status, weights, entry = peer.pquant_entry(report, 0.5)
    assert (status, weights, entry["sparsity"]) == ("ok", report.parent / "pruned_0.5.npz", 0.5)


def test_pquant_entry_says_why_there_are_no_weights(report, tmp_path):
    assert peer.pquant_entry(report, 0.9)[:2] == ("failed: ValueError: cannot reshape", None)
    assert peer.pquant_entry(report, 0.75)[0] == f"not run: no target 0.75 in {report}"
    assert peer.pquant_entry(tmp_path / "absent.json", 0.5)[0].startswith("not run: ")
    error = "ModuleNotFoundError: No module named 'pquant'"
    report.write_text(json.dumps({"error": error, "results": []}))
    assert peer.pquant_entry(report, 0.5)[:2] == (f"failed: {error}", None)


def _run_main(monkeypatch, *argv):
    monkeypatch.setattr(sys, "argv", ["peer.py", *argv])
    peer.main()


def test_a_rerun_of_one_seed_keeps_the_rows_of_the_other_seeds(tmp_path):
    path = tmp_path / "peer.csv"
    other_seed = _row("magnitude", 0.5, seed=2, recipe="older")
    _write_csv(path, [_row("knapsack_dsp", 0.5), _row("knapsack_dsp", 0.9, baseline_dsp=1), other_seed])
    others, reused = peer.earlier_rows(path, IDENTITY)
    assert [(row["seed"], row["method"]) for row in others] == [("2", "magnitude")]
    assert [(row["method"], row["target"]) for row in reused] == [("knapsack_dsp", "0.5")]
    assert peer.earlier_rows(path, IDENTITY, fresh=True) == (others, [])


def test_summarise_gives_median_range_and_winners_over_seeds():
    rows = [
        _row("knapsack_dsp", 0.5, seed=1, accuracy="0.90", dsp=100),
        _row("knapsack_dsp", 0.5, seed=2, accuracy="0.80", dsp=120),
        _row("knapsack_dsp", 0.5, seed=3, accuracy="0.85", dsp=110),
        _row("magnitude", 0.5, seed=1, accuracy="0.90", dsp=90),  # ties seed 1
        _row("magnitude", 0.5, seed=2, accuracy="0.82", dsp=90),
        _row("magnitude", 0.5, seed=3, accuracy="0.70", dsp=90),
        _row("structured", 0.5, seed=1, status="not run: x"),  # no accuracy: left out
        _row("knapsack_dsp_bram", 0.5, seed=1, accuracy="0.90", dsp=90),  # one seed, so no median to compare
    ]
    knapsack, magnitude, one_seed = peer.summarise(rows)
    spread = (knapsack["accuracy_median"], knapsack["accuracy_min"], knapsack["accuracy_max"])
    assert spread == (0.85, 0.8, 0.9)
    assert (knapsack["dsp_median"], knapsack["seeds"], knapsack["best_at_seeds"]) == (110, "1 2 3", "1 3")
    assert (magnitude["accuracy_median"], magnitude["best_at_seeds"]) == (0.82, "1 2")
    assert (one_seed["best_at_seeds"], one_seed["best_median"]) == ("1", False)
    assert knapsack["best_median"] and not magnitude["best_median"]


def test_report_only_rewrites_table_and_figure_from_the_csv(tmp_path, monkeypatch):
    rows = [
        _row(m, t, seed=s, accuracy=0.9 - t / 10, dsp=1000 * (1 - t), budget_dsp=1000 * (1 - t))
        for m in ("knapsack_dsp", "magnitude")
        for t in (0.5, 0.9)
        for s in (1, 2)
    ]
    _write_csv(tmp_path / "peer.csv", rows)
    _run_main(monkeypatch, "--report-only", "--out-dir", str(tmp_path))
    table = (tmp_path / "peer.md").read_text()
    assert (
        "seeds 1, 2" in table
        and "| 0.90 | `knapsack_dsp` | 1 2 | **0.8100** | 0.8100-0.8100 | 100 | 1 2 |" in table
    )
    assert (tmp_path / "peer.png").stat().st_size > 0


def test_report_only_without_rows_says_what_to_run(tmp_path, monkeypatch):
    with pytest.raises(SystemExit, match="no rows to report"):
        _run_main(monkeypatch, "--report-only", "--out-dir", str(tmp_path))
