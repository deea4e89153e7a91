"""bench/peer.py's bookkeeping: which rows of an earlier run it keeps, and how it reads PQuantML's report."""

import csv
import importlib.util
import json

import pytest

from tests.conftest import REPO

_spec = importlib.util.spec_from_file_location("bench_peer", REPO / "bench" / "peer.py")
peer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(peer)

IDENTITY = {"baseline_accuracy": 0.9017, "baseline_dsp": 5333, "baseline_bram_18k": 1380, "recipe": "abc"}


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
