"""`fpgaprune.optimize(checkpoint_dir=...)` and `fpgaprune optimize`: a rerun resumes, a finished run is done.

An untrained digits MLP on 40 random samples, pruned to 300 DSP at rtol 0.01: its walk rejects a step,
accepts two, then rejects three and stops, so an interruption after an accepted step leaves accepted and
rejected steps to redo. The two tests that walk it three times are marked slow.
"""

import json
import re
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import yaml

import fpgaprune
from fpgaprune.cli import main
from fpgaprune.pruning.passes import Checkpoints

from ..resume_files import PRUNING, Interrupted, interrupt_after, log_messages, write_tiny_files


@pytest.fixture
def tiny(tmp_path):
    return write_tiny_files(tmp_path)


def _optimize(tiny, checkpoint_dir, **overrides):
    model, _, arrays, hls = tiny
    pairs = [(arrays[f"x_{s}"], arrays[f"y_{s}"]) for s in ("train", "val", "test")]
    settings = {"budget": {"dsp": 300}, "method": "knapsack_dsp", "seed": 3, "pruning": PRUNING} | overrides
    return fpgaprune.optimize(
        model, *pairs, hls_config=yaml.safe_load(hls.read_text()), checkpoint_dir=checkpoint_dir, **settings
    )


@pytest.mark.slow
def test_an_interrupted_run_resumes_from_its_last_accepted_step_and_reaches_the_uninterrupted_result(
    tiny, tmp_path, monkeypatch, caplog
):
    whole = _optimize(tiny, tmp_path / "whole")
    steps = whole.history
    done = [step["accepted"] for step in steps].index(True) + 1  # interrupted after the first accepted step
    after = [step["accepted"] for step in steps[done:]]
    assert True in after and False in after  # what is redone holds an accepted and a rejected step

    with monkeypatch.context() as patch:
        interrupt_after(1, patch)
        with pytest.raises(Interrupted):
            _optimize(tiny, tmp_path / "stopped")
    caplog.clear()
    with caplog.at_level("INFO"):
        resumed = _optimize(tiny, tmp_path / "stopped")

    messages = log_messages(caplog)
    resuming = [m for m in messages if m.startswith("resuming from step")]
    reached, where = steps[done - 1]["target"], tmp_path / "stopped"
    line = f"resuming from step {done + 1}: {done} steps done, 1 accepted, reached {reached:.3f}"
    assert resuming == [f"{line} (checkpoints in {where})"]
    assert not [m for m in messages if "group-lasso training" in m]  # done before the interruption
    assert len([m for m in messages if ": pruning to " in m]) == len(after)  # only the steps not done
    # the same walk: every step's target, verdict and validation accuracy, then the same model
    for key in ("target", "accepted", "val_accuracy"):
        assert [step[key] for step in resumed.history] == [step[key] for step in steps]
    assert resumed.masks.keys() == whole.masks.keys()
    assert all(np.array_equal(resumed.masks[name], whole.masks[name]) for name in whole.masks)
    for a, b in zip(resumed.model.get_weights(), whole.model.get_weights(), strict=True):
        assert np.array_equal(a, b)
    assert (resumed.metrics["accuracy"], resumed.metrics["val_accuracy"]) == (
        whole.metrics["accuracy"],
        whole.metrics["val_accuracy"],
    )
    assert resumed.metrics["estimate"]["totals"] == whole.metrics["estimate"]["totals"]
    assert resumed.summary() == whole.summary() and not resumed.complete_before


def test_a_finished_run_is_returned_without_training_and_another_identity_starts_afresh(
    tiny, tmp_path, monkeypatch, caplog
):
    one_step = PRUNING | {"schedule": {"kind": "polynomial", "steps": 1}, "rtol": 0.001}
    first = _optimize(tiny, tmp_path / "ck", pruning=one_step)
    caplog.clear()
    with caplog.at_level("INFO"):
        again = _optimize(tiny, tmp_path / "ck", pruning=one_step)
    assert again.complete_before
    assert [m for m in log_messages(caplog) if m.startswith("this run finished before")]
    assert not [r for r in caplog.records if r.name.startswith("fpgaprune.pruning")]  # nothing trained
    assert again.summary() == first.summary() and again.history == first.history
    assert all(np.array_equal(again.masks[name], first.masks[name]) for name in first.masks)

    caplog.clear()
    interrupt_after(1, monkeypatch)
    with caplog.at_level("INFO"), pytest.raises(Interrupted):
        _optimize(tiny, tmp_path / "ck", pruning=one_step, seed=4)  # another seed: another result
    afresh = [m for m in log_messages(caplog) if "starting afresh" in m]
    assert afresh == [  # the setting named (it said only "another configuration", a review, 2026-12-07)
        f"checkpoints in {tmp_path / 'ck'} belong to another configuration (seed differs); starting afresh"
    ]
    assert not [m for m in log_messages(caplog) if m.startswith("resuming")]
    assert [m for m in log_messages(caplog) if "group-lasso training" in m]  # trained from the start
    assert json.loads((tmp_path / "ck/identity.json").read_text())["seed"] == 4
    assert not (tmp_path / "ck/result.json").exists()  # the other run's result went with its checkpoints


def test_a_model_given_in_memory_is_left_as_it_is_and_the_same_call_again_finds_its_result(tiny, tmp_path):
    """The model given was fine-tuned in place: the same notebook cell run again checksummed the pruned
    weights, discarded the checkpoints ("model_sha256 differs") and pruned the pruned model (a review,
    2026-12-07)."""
    from tensorflow.python.framework import config

    from fpgaprune.models.load import load_model_file

    one_step = PRUNING | {"schedule": {"kind": "polynomial", "steps": 1}, "rtol": 0.001}
    model = load_model_file(tiny[0])
    given = [w.copy() for w in model.get_weights()]
    np.random.seed(123)
    config.disable_op_determinism()
    try:
        first = _optimize((model, *tiny[1:]), tmp_path / "ck", pruning=one_step)
        # the caller's random stream and TensorFlow's ops as they were (a review, 2026-12-07)
        assert np.random.rand() == np.random.RandomState(123).rand()
        assert not config.is_op_determinism_enabled()
    finally:
        config.enable_op_determinism()
    assert first.status == "ok" and first.model is not model
    assert all(np.array_equal(a, b) for a, b in zip(model.get_weights(), given, strict=True))
    assert not all(np.array_equal(a, b) for a, b in zip(first.model.get_weights(), given, strict=True))
    again = _optimize((model, *tiny[1:]), tmp_path / "ck", pruning=one_step)
    assert again.complete_before and again.summary() == first.summary()
    shown = repr(again)  # a notebook cell's last line: the summary, not every mask (20,000 characters)
    assert shown.startswith(f"OptimizeResult(model={again.model.name!r}, status='ok', ") and len(shown) < 1000


@pytest.mark.slow
def test_the_api_builds_and_simulates_the_project_the_command_lines_hls_does(tiny, tmp_path, capsys):
    """The Python API had no --hls: a notebook user got no C simulation (a review, 2026-12-07). Built from
    the saved result, its records equal the command line's for the same run."""
    one_step = PRUNING | {"schedule": {"kind": "polynomial", "steps": 1}, "rtol": 0.001}
    result = _optimize(tiny, None, pruning=one_step)
    with pytest.raises(ValueError, match=r"holds no saved result; save it there first"):
        result.build_hls(tmp_path / "api")
    result.save(tmp_path / "api")
    from_api = result.build_hls(tmp_path / "api", csim_samples=10)
    assert (tmp_path / "api/hls/project/firmware").is_dir()
    assert from_api["hls"]["n_samples"] == 10 and from_api["hls"]["dsp_hls_code"] > 0
    assert from_api["hls"]["project_estimate"]["dsp"] >= from_api["dsp"]  # the whole project holds the layers
    for count in (0, -5, 2.5, True):  # 0 simulated every sample, -5 all but five (a review, 2026-12-07)
        with pytest.raises(ValueError, match=r"^csim_samples .*: give a positive count, or None"):
            result.build_hls(tmp_path / "api", csim_samples=count)
    other = _optimize(tiny, None, pruning=one_step, seed=4)  # another result's files: refused, not mixed
    other.save(tmp_path / "other")
    with pytest.raises(ValueError, match=r"other: holds another result's files \(its metrics.json is not"):
        result.build_hls(tmp_path / "other")
    more = ("--hls", "--csim-samples", "10", "--pruning", json.dumps(one_step))
    assert main(_cli(tiny, tmp_path / "cli", *more)) == 0
    from_cli = json.loads(capsys.readouterr().out)
    assert json.loads(json.dumps(from_api, default=float)) == from_cli
    for name in ("hls_metrics.json", "resources.json"):
        api, cli = (json.loads((tmp_path / f"{where}/hls/{name}").read_text()) for where in ("api", "cli"))
        for record in (api, cli):  # named by the run: the API's "user", the command line's by its files
            del record["design"]["experiment"], record["design"]["dataset"]
        assert _untimed(api) == _untimed(cli), name


def _untimed(record):
    """A record without what differs from run to run (times, and the paths the project was written to)."""
    if isinstance(record, dict):
        return {k: _untimed(v) for k, v in record.items() if not k.endswith(("_s", "seconds", "path", "dir"))}
    if isinstance(record, list):
        return [_untimed(v) for v in record]
    return record


def test_a_checkpoint_folder_holding_other_files_is_refused_and_kept(tiny, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("mine")
    with pytest.raises(ValueError, match="notes.txt, which are not pruning checkpoints"):
        _optimize(tiny, mine)
    # checkpoints of another run with a file added since: not deleted when a new identity replaces them
    Checkpoints(tmp_path / "old", {"run": 1})
    (tmp_path / "old/notes.txt").write_text("mine")
    with pytest.raises(ValueError, match="notes.txt, which are not pruning checkpoints"):
        Checkpoints(tmp_path / "old", {"run": 2})
    assert (mine / "notes.txt").read_text() == (tmp_path / "old/notes.txt").read_text() == "mine"


def _cli(tiny, out, *more) -> list[str]:
    model, data, _, hls = tiny
    args = ["optimize", "--model", str(model), "--data", str(data), "--hls-config", str(hls)]
    args += ["--budget", "dsp=300", "--method", "knapsack_dsp", "--seed", "3", "--out", str(out), "--json"]
    return [*args, "--pruning", json.dumps(PRUNING), *more]


@pytest.mark.slow
def test_the_command_line_resumes_beside_out_and_a_finished_run_says_it_is_complete(
    tiny, tmp_path, monkeypatch, capsys, caplog
):
    uninterrupted = _optimize(tiny, tmp_path / "api")
    out = tmp_path / "pruned"
    with monkeypatch.context() as patch:
        interrupt_after(2, patch)  # Ctrl-C: one line and exit code 130, no traceback
        assert main(_cli(tiny, out)) == 128 + signal.SIGINT
    assert not out.exists() and (tmp_path / "pruned.checkpoint/walk.json").is_file()
    assert capsys.readouterr().err.splitlines()[-1] == (
        "fpgaprune optimize: stopped by Ctrl-C before it finished; the same command run again resumes "
        f"from the last accepted pruning step saved in {tmp_path / 'pruned.checkpoint'}"
    )
    caplog.clear()
    with caplog.at_level("INFO"):
        assert main(_cli(tiny, out)) == 0
    summary = json.loads(capsys.readouterr().out)
    assert [m for m in log_messages(caplog) if m.startswith("resuming from step") and "2 accepted" in m]
    assert summary == json.loads(json.dumps(uninterrupted.summary()))  # the API's uninterrupted run
    written = {path.name: path.stat().st_mtime_ns for path in out.iterdir()}

    caplog.clear()
    with caplog.at_level("INFO"):
        assert main(_cli(tiny, out)) == 0
    assert json.loads(capsys.readouterr().out) == summary
    messages = log_messages(caplog)
    assert f"complete: {out} holds this run's result; nothing is redone" in messages
    assert not [r for r in caplog.records if r.name.startswith("fpgaprune.pruning")]
    assert {path.name: path.stat().st_mtime_ns for path in out.iterdir()} == written  # not rewritten

    monkeypatch.chdir(
        tmp_path
    )  # the same files by relative paths (they started afresh: a review, 2026-12-07)
    model, data, arrays, hls = tiny
    relative = (Path(model).relative_to(tmp_path), Path(data).relative_to(tmp_path), arrays, Path(hls).name)
    caplog.clear()
    with caplog.at_level("INFO"):
        assert main(_cli(relative, Path("pruned"))) == 0
    assert json.loads(capsys.readouterr().out) == summary
    assert "complete: pruned holds this run's result; nothing is redone" in log_messages(caplog)
    assert not [r for r in caplog.records if r.name.startswith("fpgaprune.pruning")]

    (out / "metrics.json").unlink()  # an output lost: written again from the checkpoints, not retrained
    caplog.clear()
    with caplog.at_level("INFO"):
        assert main(_cli(tiny, out)) == 0
    assert json.loads(capsys.readouterr().out) == summary
    assert not [r for r in caplog.records if r.name.startswith("fpgaprune.pruning")]
    assert (out / "metrics.json").is_file()


def test_a_checkpoint_dir_inside_out_is_refused_before_any_work(tiny, tmp_path, capsys):
    out = tmp_path / "pruned"
    assert main([*_cli(tiny, out), "--checkpoint-dir", str(out / "ck")]) == 2
    assert "lies inside it or holds it" in capsys.readouterr().err
    assert not out.exists()


def test_an_out_inside_a_checkpoint_folder_is_refused_before_any_work(tiny, tmp_path, capsys):
    """A finished `--out pruned.checkpoint/inner` (or `save()` there) was deleted without a word when the run
    owning pruned.checkpoint started afresh with other settings (a review, 2026-12-07)."""
    from fpgaprune.api import OptimizeResult

    checkpoints = tmp_path / "pruned.checkpoint"
    checkpoints.mkdir()
    (checkpoints / "identity.json").write_text("{}")
    inner = checkpoints / "inner"
    assert main(_cli(tiny, inner)) == 2
    error = capsys.readouterr().err.strip()
    assert error.endswith(
        f"{inner}: is inside the checkpoint folder {checkpoints}, which its run replaces when its "
        "settings change; write the output elsewhere"
    )
    result = OptimizeResult(None, {}, {}, {}, {}, None, inputs=(tiny[0],))
    with pytest.raises(ValueError, match="is inside the checkpoint folder"):
        result.save(inner)
    assert not inner.exists()


def test_a_part_of_no_known_device_in_the_hls_config_is_warned_of_before_any_estimate(tiny, tmp_path, caplog):
    """`Part: xcfoo-bar` was costed as a 7-series part without a word until the run's last line (a review,
    2026-12-07)."""
    hls = tmp_path / "foo.yml"
    hls.write_text(tiny[3].read_text() + "Part: xcfoo-bar\n")
    args = _cli((*tiny[:3], hls), tmp_path / "out")
    args[args.index("dsp=300")] = "dsp=1"  # refused after the model loads: below what must remain
    with caplog.at_level("INFO"):
        assert main(args) == 2
    messages = log_messages(caplog)
    (warned,) = [i for i, m in enumerate(messages) if "device xcfoo is not in fpgaprune's device table" in m]
    assert messages[warned].startswith("hls_config Part: part xcfoo-bar: device xcfoo")
    assert not [m for m in messages[:warned] if "estimate" in m]  # before the unpruned model's estimate


def test_optimize_into_an_out_another_run_writes_is_refused_before_any_work(tiny, tmp_path, capsys):
    """Two runs into one --out both pruned; the loser failed at the end naming a temporary folder (a review,
    2026-12-07)."""
    from fpgaprune.io import exclusive_outputs

    out = tmp_path / "pruned"
    with exclusive_outputs(out):  # another run's, as the lock sees it
        assert main(_cli(tiny, out)) == 2
    assert (
        capsys.readouterr()
        .err.strip()
        .endswith(
            f"{out}: another fpgaprune run is writing it; wait for that run to end or give another path"
        )
    )
    assert not out.exists()


def test_save_refuses_the_folder_holding_the_model_it_read(tiny, tmp_path):
    """`optimize("api_out/model.h5", ...).save("api_out")` replaced the input model and the earlier result
    beside it, where `optimize --out` refuses the same (a review, 2026-12-07)."""
    from fpgaprune.api import OptimizeResult

    model = tiny[0]
    before = model.read_bytes()
    with pytest.raises(ValueError, match=f"holds the input {model}"):
        OptimizeResult(None, {}, {}, {}, {}, None, inputs=(model,)).save(model.parent)
    assert model.read_bytes() == before


def test_a_walk_checkpoint_comes_back_as_it_was_saved_and_a_torn_one_is_not_used(tmp_path, caplog):
    from fpgaprune.pruning.loop import PruneOutcome, Walk

    store = Checkpoints(tmp_path / "ck", {"run": 1})
    masks = {"fc1": np.array([[True, False]])}
    steps = [{"target": 0.3, "accepted": False}, {"target": 0.2, "accepted": True}]
    saved = Walk(
        [np.ones((1, 2)), np.zeros(2)],
        PruneOutcome(0.2, masks, {"kept": 1}, 0.5, steps),
        [(0.3, False), (0.2, True)],
        1,
    )
    store.save_walk(saved, span=0.75)
    with caplog.at_level("INFO"):
        back = Checkpoints(tmp_path / "ck", {"run": 1}).walk()
    assert back.history == saved.history and back.failures == 1 and back.outcome.steps == steps
    assert all(np.array_equal(a, b) for a, b in zip(back.weights, saved.weights, strict=True))
    assert np.array_equal(back.outcome.masks["fc1"], masks["fc1"]) and store.span() == 0.75
    assert log_messages(caplog) == [
        f"resuming from step 3: 2 steps done, 1 accepted, reached 0.200 (checkpoints in {tmp_path / 'ck'})"
    ]

    np.savez(tmp_path / "ck/walk.npz", weight_0=np.zeros((1, 2)))  # killed between walk.npz and walk.json
    caplog.clear()
    with caplog.at_level("INFO"):
        assert store.walk() is None
    assert [m for m in log_messages(caplog) if "cut short while it was written" in m]


def test_a_store_discards_only_the_folder_it_made_and_saved_nothing_in(tmp_path):
    """A run refused before its walk (a budget below what must remain) left `<out>.checkpoint/` holding only
    identity.json; a folder with a saved walk, or one the store found (the same identity), stays."""
    from fpgaprune.pruning.loop import PruneOutcome, Walk

    unused = Checkpoints(tmp_path / "unused", {"run": 1})
    unused.discard_unused()
    assert not (tmp_path / "unused").exists()
    used = Checkpoints(tmp_path / "used", {"run": 1})
    used.save_walk(Walk([np.ones(2)], PruneOutcome(0.2, None, None, 0.5, []), [(0.2, True)], 0))
    used.discard_unused()
    assert (tmp_path / "used/walk.json").is_file()
    Checkpoints(tmp_path / "found", {"run": 1})
    found = Checkpoints(tmp_path / "found", {"run": 1})  # a rerun's store: the folder was there
    found.discard_unused()
    assert (tmp_path / "found/identity.json").is_file()


def test_a_walk_saved_by_other_code_is_not_resumed_and_the_line_says_what_changed(tmp_path, caplog):
    """fpgaprune's version stays 0.1.0 while its code changes: the identity's stack holds a digest of its
    files, so a walk is resumed only by the code that saved it."""
    from fpgaprune.pruning.loop import PruneOutcome, Walk
    from fpgaprune.records import job_identity, source_digest

    from ..configs import test_experiment

    identity = {**job_identity(test_experiment(), "knapsack_dsp"), "seed": 3}
    assert identity["stack"]["fpgaprune_source"] == source_digest() and len(source_digest()) == 16
    older = {**identity, "stack": identity["stack"] | {"fpgaprune_source": "0123456789abcdef"}}
    Checkpoints(tmp_path / "ck", older).save_walk(
        Walk([np.ones(2)], PruneOutcome(0.2, None, None, 0.5, []), [(0.2, True)], 0)
    )
    with caplog.at_level("INFO"):
        store = Checkpoints(tmp_path / "ck", identity)
    assert store.walk() is None and not (tmp_path / "ck/walk.json").exists()
    changed = f"fpgaprune_source 0123456789abcdef -> {source_digest()}"
    assert log_messages(caplog) == [
        f"checkpoints in {tmp_path / 'ck'} were saved by other code ({changed}); starting afresh"
    ]


@pytest.mark.slow
def test_sigterm_stops_the_command_line_with_one_line_and_the_rerun_resumes(tiny, tmp_path):
    """A SLURM time limit or `timeout` sends SIGTERM, which ended Python at once: no line, and the temporary
    projects left behind. It now stops the run as Ctrl-C does."""
    out = tmp_path / "pruned"
    command = [sys.executable, "-m", "fpgaprune", *_cli(tiny, out)]
    run = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = []
    for line in run.stderr:  # the walk's third step starts after its first accepted one was saved
        lines.append(line.rstrip("\n"))
        if ": step 3: pruning to " in line:
            run.send_signal(signal.SIGTERM)
            break
    lines += run.stderr.read().splitlines()
    assert run.wait(timeout=300) == 128 + signal.SIGTERM
    assert lines[-1] == (
        "fpgaprune optimize: stopped by SIGTERM before it finished; the same command run again resumes "
        f"from the last accepted pruning step saved in {tmp_path / 'pruned.checkpoint'}"
    )
    assert not [line for line in lines if line.startswith("Traceback")] and not out.exists()

    rerun = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr
    # from step 3, or a later one where the walk ran ahead of this reader of its lines (a loaded machine)
    resumed = re.search(r"resuming from step (\d+): (\d+) steps done, \d+ accepted", rerun.stderr)
    assert resumed and int(resumed[1]) >= 3 and int(resumed[2]) == int(resumed[1]) - 1, rerun.stderr
