"""`fpgaprune prune --budget` (the pipeline's prune_budget job) resumes from its checkpoints.

An untrained digits MLP on 40 random samples, a user's model and data files with its hls4ml configuration (as
tests/api/test_optimize_resume.py has them), pruned to 300 DSP at rtol 0.01: its walk accepts and rejects
steps, so an interruption after the first accepted step leaves accepted and rejected steps to redo.
"""

import json
import signal

import numpy as np
import pytest
import yaml

from fpgaprune.cli import main
from fpgaprune.models.load import load_model_file
from fpgaprune.pruning.loop import PruneOutcome, Walk
from fpgaprune.pruning.passes import Checkpoints

from ..resume_files import PRUNING, interrupt_after, log_messages, write_tiny_files

TIMES = ("wall_s", "seconds", "files")


@pytest.fixture
def tiny(tmp_path):
    """The config file of an experiment on an untrained digits MLP file, random data and an hls4ml config."""
    write_tiny_files(tmp_path)
    experiment = {
        "model": {"file": str(tmp_path / "model.h5"), "hls_config": str(tmp_path / "hls.yml")},
        "dataset": {"file": str(tmp_path / "data.npz")},
        "pruning": PRUNING,
        "methods": ["knapsack_dsp"],
        "targets": [],
        "budgets": [{"dsp": 300}],
    }
    (tmp_path / "config.yaml").write_text(yaml.safe_dump({"experiments": {"mine": experiment}}))
    return tmp_path


def _job(root, out, *more, seed=3) -> list[str]:
    """The pipeline's prune_budget command for `out` (its checkpoints beside it, as the rule gives them)."""
    args = ["prune", "--model", str(root / "model.h5"), "--data", str(root / "data.npz")]
    args += ["--config", str(root / "config.yaml"), "--experiment", "mine", "--rf-setting", "hls_config"]
    args += ["--method", "knapsack_dsp", "--budget", "dsp=300", "--seed", str(seed), "--out-dir", str(out)]
    return [*args, *more]


def _untimed(entry):
    """A metrics.json record without what differs from run to run: the times (`wall_s`, each step's
    `seconds`, the solver's `solve_s`) and the files' checksums (the h5 and zip containers hold their write
    time)."""
    if isinstance(entry, dict):
        return {k: _untimed(v) for k, v in entry.items() if k not in TIMES}
    if isinstance(entry, list):
        return [_untimed(v) for v in entry]
    return entry


@pytest.mark.slow
def test_an_interrupted_budget_job_resumes_from_its_last_accepted_step_and_reaches_the_uninterrupted_result(
    tiny, monkeypatch, caplog
):
    whole = tiny / "b-dsp300"
    assert main(_job(tiny, whole)) == 0
    record = json.loads((whole / "metrics.json").read_text())
    steps = record["steps"]
    done = [step["accepted"] for step in steps].index(True) + 1  # interrupted after the first accepted step
    after = [step["accepted"] for step in steps[done:]]
    assert True in after and False in after  # what is redone holds an accepted and a rejected step
    assert (tiny / "b-dsp300.checkpoint/walk.json").is_file()  # beside the design folder, not in it

    stopped = tiny / "stopped" / "b-dsp300"
    with monkeypatch.context() as patch:
        interrupt_after(1, patch)  # Ctrl-C: one line, exit code 130
        assert main(_job(tiny, stopped)) == 128 + signal.SIGINT
    checkpoint_dir = tiny / "stopped" / "b-dsp300.checkpoint"
    assert not stopped.exists() and (checkpoint_dir / "walk.json").is_file()
    caplog.clear()
    with caplog.at_level("INFO"):
        assert main(_job(tiny, stopped)) == 0

    messages = log_messages(caplog)
    reached = steps[done - 1]["target"]
    line = f"resuming from step {done + 1}: {done} steps done, 1 accepted, reached {reached:.3f}"
    assert [m for m in messages if m.startswith("resuming from step")] == [
        f"{line} (checkpoints in {checkpoint_dir})"
    ]
    assert not [m for m in messages if "group-lasso training" in m]  # done before the interruption
    assert len([m for m in messages if ": pruning to " in m]) == len(after)  # only the steps not done
    # the same walk and the same design: every step, accuracy, estimate and the budget's verdict, then masks
    # and weights
    resumed = json.loads((stopped / "metrics.json").read_text())
    assert _untimed(resumed) == _untimed(record)
    assert [step["val_accuracy"] for step in resumed["steps"]] == [step["val_accuracy"] for step in steps]
    with np.load(whole / "masks.npz") as a, np.load(stopped / "masks.npz") as b:
        assert a.files == b.files and all(np.array_equal(a[name], b[name]) for name in a.files)
    for a, b in zip(
        load_model_file(stopped / "model.h5").get_weights(),
        load_model_file(whole / "model.h5").get_weights(),
        strict=True,
    ):
        assert np.array_equal(a, b)


@pytest.mark.slow
def test_a_config_changed_only_in_what_the_job_does_not_read_keeps_its_checkpoints(tiny, monkeypatch, caplog):
    """Another budget and method for other jobs, synthesis switched on and another C-simulation count (which
    only the hls jobs read): the interrupted job resumes. They used to start it afresh, and Snakemake, which
    reran it for them, likewise every other prune job of the experiment (2026-12-07)."""
    out = tiny / "b-dsp300"
    with monkeypatch.context() as patch:
        interrupt_after(1, patch)
        assert main(_job(tiny, out)) == 128 + signal.SIGINT
    config = yaml.safe_load((tiny / "config.yaml").read_text())
    mine = config["experiments"]["mine"]
    mine |= {"methods": ["knapsack_dsp", "knapsack_dsp_bram"], "budgets": [{"dsp": 300}, {"dsp": 200}]}
    mine["hls"] = {"synthesis": "yosys", "csim_samples": 50}
    (tiny / "config.yaml").write_text(yaml.safe_dump(config))
    caplog.clear()
    with caplog.at_level("INFO"):
        assert main(_job(tiny, out)) == 0
    messages = log_messages(caplog)
    assert [m for m in messages if m.startswith("resuming from step ")]
    assert not [m for m in messages if "starting afresh" in m]


@pytest.mark.slow
def test_checkpoints_of_another_identity_are_replaced_with_one_line_and_the_job_starts_afresh(tiny, caplog):
    out = tiny / "b-dsp300"
    old = Checkpoints(tiny / "b-dsp300.checkpoint", {"run": "another"})  # a walk another job saved
    outcome = PruneOutcome(0.5, None, {}, 0.1, [{"target": 0.5, "accepted": True}])
    old.save_walk(Walk([np.zeros(1)], outcome, [(0.5, True)], 0), span=1.0)
    with caplog.at_level("INFO"):
        assert main(_job(tiny, out, seed=4)) == 0
    messages = log_messages(caplog)
    afresh = [m for m in messages if "starting afresh" in m]
    differ = "another configuration (baseline_sha256, budget, data_sha256 and 10 more differ)"  # 2026-12-07
    assert afresh == [f"checkpoints in {tiny / 'b-dsp300.checkpoint'} belong to {differ}; starting afresh"]
    assert not [m for m in messages if m.startswith("resuming")]
    assert [m for m in messages if "group-lasso training" in m]  # trained from the start
    identity = json.loads((tiny / "b-dsp300.checkpoint/identity.json").read_text())
    assert (identity["seed"], identity["budget"]) == (4, {"absolute": {"dsp": 300}})
    assert identity["baseline_sha256"] and identity["data_sha256"] and identity["hls_config_sha256"]
    assert json.loads((out / "metrics.json").read_text())["seed"] == 4


def test_a_checkpoint_folder_of_the_users_and_one_inside_the_design_folder_are_refused(tiny, capsys):
    mine = tiny / "b-dsp300.checkpoint"
    mine.mkdir()
    (mine / "notes.txt").write_text("mine")
    assert main(_job(tiny, tiny / "b-dsp300")) == 2
    assert "notes.txt, which are not pruning checkpoints" in capsys.readouterr().err
    assert (mine / "notes.txt").read_text() == "mine" and sorted(p.name for p in mine.iterdir()) == [
        "notes.txt"
    ]
    assert not (tiny / "b-dsp300").exists()

    out = tiny / "other"
    assert main(_job(tiny, out, "--checkpoint-dir", str(out / "ck"))) == 2
    assert "lies inside it or holds it" in capsys.readouterr().err
    assert not out.exists()


def test_a_walk_saved_with_the_old_val_accuracy_field_resumes_and_the_old_name_still_reads(tmp_path):
    """`PruneOutcome.val_accuracy` held a regression's validation loss; it is `val_quality` now. A checkpoint
    written before the rename (`walk.json`'s outcome with `val_accuracy`) resumes with its value, and the old
    attribute reads and writes the new field with a DeprecationWarning."""
    store = Checkpoints(tmp_path / "old.checkpoint", {"run": "old"})
    store.save_walk(Walk([np.zeros(1)], PruneOutcome(0.5, None, {}, 0.0625, []), [(0.5, True)], 0))
    walk_json = tmp_path / "old.checkpoint/walk.json"
    state = json.loads(walk_json.read_text())
    state["outcome"]["val_accuracy"] = state["outcome"].pop("val_quality")  # as the old code wrote it
    walk_json.write_text(json.dumps(state))
    outcome = store.walk().outcome
    assert (outcome.target, outcome.val_quality) == (0.5, 0.0625)
    with pytest.warns(DeprecationWarning, match="use val_quality"):
        assert outcome.val_accuracy == 0.0625
    with pytest.warns(DeprecationWarning):
        outcome.val_accuracy = 0.125
    assert outcome.val_quality == 0.125
