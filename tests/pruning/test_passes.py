"""One pruning pass over several targets on a real digits model: records, checkpoints, resuming."""

import shutil
from dataclasses import replace

import numpy as np
import pytest

from fpgaprune.core.zoo import get_architecture
from fpgaprune.data import load_dataset
from fpgaprune.io import OUTPUT_MARKER, read_json
from fpgaprune.models.build import build_model
from fpgaprune.models.load import load_model_file
from fpgaprune.pruning.passes import PassStore, prune_targets
from fpgaprune.pruning.run import Pruner
from fpgaprune.train import set_seed, train_baseline

from ..configs import make_experiment

pytestmark = pytest.mark.slow  # trains a digits MLP and walks it to two targets, several times (minutes)

TARGETS = [0.4, 0.7]


@pytest.fixture(scope="module")
def digits(tmp_path_factory):
    return load_dataset("digits", data_home=tmp_path_factory.mktemp("home"), seed=5)


@pytest.fixture(scope="module")
def experiment():
    pruning = {
        "rtol": 0.5,
        "epochs_per_step": 1,
        "final_epochs": 1,
        "regularise_epochs": 0,
        "schedule": {"kind": "constant", "step": 0.25},
    }
    return make_experiment(
        reuse_factors=[4],
        hls={"strategy": "resource"},
        pruning=pruning,
        training={"epochs": 4, "batch_size": 64, "learning_rate": 0.005, "patience": 2},
    )


@pytest.fixture(scope="module")
def baseline(digits, experiment):
    set_seed(5)
    model = build_model(get_architecture("digits_mlp"))
    train_baseline(model, digits, experiment.training)
    return model.get_weights()


def _store(root, targets=TARGETS):
    return PassStore({t: root / f"t{t}" for t in targets}, root / "checkpoint", {"run": 1}, {"seed": 5})


def _run(root, digits, experiment, baseline, method="knapsack_dsp", targets=TARGETS):
    model = build_model(get_architecture("digits_mlp"))
    model.set_weights(baseline)
    set_seed(5)
    prune_targets(
        model,
        digits,
        experiment=experiment,
        layers=experiment.design("4", pruned=True),
        method_name=method,
        targets=targets,
        store=_store(root, targets),
        seed=5,
        setting="4",
    )
    return {t: read_json(root / f"t{t}/metrics.json") for t in targets}


def test_one_pass_writes_each_target_and_a_resumed_pass_redoes_only_the_unreached(
    tmp_path, digits, experiment, baseline, monkeypatch
):
    # The first pass keeps a copy of its checkpoints as they were right after writing 0.4.
    save_walk = PassStore.save_walk

    def keep_a_copy(store, walk):
        save_walk(store, walk)
        if walk.outcome.target == 0.4:
            shutil.copytree(store.checkpoint_dir, tmp_path / "checkpoint_at_0.4")

    monkeypatch.setattr(PassStore, "save_walk", keep_a_copy)
    first = _run(tmp_path / "first", digits, experiment, baseline)

    low, high = first[0.4], first[0.7]
    assert low["status"] == high["status"] == "ok"
    assert (low["reached_target"], high["reached_target"]) == (0.4, 0.7)
    assert (low["budget_folder"], high["budget_folder"]) == ("t0.4", "t0.7")
    walked = [step["target"] for step in high["steps"]]
    assert walked[:2] == pytest.approx([0.25, 0.4])  # the ramp's 0.25, then the waypoint 0.4
    assert [step["target"] for step in low["steps"]] == walked[: len(low["steps"])]
    assert low["selection"]["kept_cost"]["dsp"] > high["selection"]["kept_cost"]["dsp"]
    for target in TARGETS:
        masks = np.load(tmp_path / f"first/t{target}/masks.npz")
        kernel = load_model_file(tmp_path / f"first/t{target}/model.h5").get_layer("fc1").kernel.numpy()
        assert np.all(kernel[~masks["fc1"]] == 0)

    # Interrupted after writing 0.4: its checkpoints, no output folder (Snakemake deletes a rerun
    # job's outputs).
    shutil.copytree(tmp_path / "checkpoint_at_0.4", tmp_path / "resumed/checkpoint")
    resumed_at = []
    walk = Pruner.walk

    def spy(pruner, model, data, schedule, resume=None, **kwargs):
        resumed_at.append(resume.outcome.target if resume else None)
        return walk(pruner, model, data, schedule, resume=resume, **kwargs)

    monkeypatch.setattr(Pruner, "walk", spy)
    again = _run(tmp_path / "resumed", digits, experiment, baseline)

    assert resumed_at == [0.4]
    assert again[0.4] == first[0.4]  # put back, not recomputed
    assert [s["target"] for s in again[0.7]["steps"]] == walked
    assert [s["val_accuracy"] for s in again[0.7]["steps"]] == [s["val_accuracy"] for s in high["steps"]]
    assert (again[0.7]["accuracy"], again[0.7]["val_accuracy"]) == (high["accuracy"], high["val_accuracy"])


@pytest.mark.parametrize("method", ["structured", "knapsack_rf", "knapsack_dsp_bram", "hls4ml_dsp_aware"])
def test_every_method_writes_every_target_of_its_pass(tmp_path, digits, experiment, baseline, method):
    # hls4ml's own loop runs for long on this float model; a layer subset makes it refuse at once, which is
    # enough to check that the pass writes each target's record (its real runs: bench/peer.py)
    scope = ("fc1",) if method == "hls4ml_dsp_aware" else None
    two_steps = replace(
        experiment,
        pruning=replace(
            experiment.pruning, final_epochs=0, schedule={"kind": "constant", "step": 0.3}, layers=scope
        ),
    )
    records = _run(tmp_path, digits, two_steps, baseline, method, targets=[0.3, 0.6])

    for target, record in records.items():
        assert record["budget_folder"] == f"t{target}" and record["target"] == target
        if method == "hls4ml_dsp_aware":  # its own loop, once per target from the baseline
            assert record["status"] == "unsupported" and "pruning.layers" in record["error"]
            continue
        assert record["status"] in ("ok", "target_not_reached")
        assert ("design" in record) == (method == "knapsack_rf")  # the reuse factors it chose
        masks = np.load(tmp_path / f"t{target}/masks.npz")
        model = load_model_file(tmp_path / f"t{target}/model.h5")
        for name, mask in masks.items():
            assert np.all(model.get_layer(name).kernel.numpy()[~mask] == 0)
    if method != "hls4ml_dsp_aware":
        low, high = (records[t]["steps"] for t in (0.3, 0.6))
        assert high[: len(low)] == low  # one walk: the larger target's steps continue the smaller's


def test_checkpoints_of_another_configuration_are_ignored(tmp_path):
    store = _store(tmp_path)
    (tmp_path / "checkpoint/t0.4").mkdir()
    (tmp_path / "checkpoint/t0.4/metrics.json").write_text("{}")
    (tmp_path / f"checkpoint/t0.4/{OUTPUT_MARKER}").write_text("")  # as the store's copies (atomic_dir) have
    assert store.written() == [0.4]
    other = PassStore({0.4: tmp_path / "t0.4"}, tmp_path / "checkpoint", {"run": 2}, {})
    assert other.written() == [] and other.restore() is None


def test_a_checkpoint_folder_with_foreign_files_is_not_deleted(tmp_path):
    (tmp_path / "checkpoint").mkdir()
    (tmp_path / "checkpoint/notes.txt").write_text("mine")
    with pytest.raises(ValueError, match="not pruning checkpoints"):
        _store(tmp_path)
    assert (tmp_path / "checkpoint/notes.txt").read_text() == "mine"


def test_a_checkpoint_folder_that_is_a_file_or_holds_an_unreadable_identity(tmp_path, caplog):
    """A --checkpoint-dir naming a file gave a NotADirectoryError traceback, an empty identity.json
    "Expecting value: line 1 column 1" (2026-12-07): now one line; checkpoints of no readable identity start
    afresh."""
    from fpgaprune.pruning.passes import Checkpoints

    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(ValueError, match=r"checkpoint folder .*notes\.txt: is a file; give a folder"):
        Checkpoints(tmp_path / "notes.txt", {"run": 1})
    with pytest.raises(ValueError, match=r"notes\.txt is a file, not a folder"):
        Checkpoints(tmp_path / "notes.txt" / "inside", {"run": 1})
    Checkpoints(tmp_path / "ck", {"run": 1})
    (tmp_path / "ck" / "identity.json").write_text("")
    with caplog.at_level("WARNING"):
        store = Checkpoints(tmp_path / "ck", {"run": 1})
    assert any(
        "identity.json: unreadable; its checkpoints are not used" in r.getMessage() for r in caplog.records
    )
    assert read_json(tmp_path / "ck" / "identity.json") == store.identity == {"run": 1}
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_a_target_the_schedule_reaches_by_float_steps_is_written_at_its_step(
    tmp_path, digits, experiment, baseline
):
    """A constant step of 0.1 reaches 0.30000000000000004, not 0.3: t0.3 was skipped at its step and written
    afterwards with the walk's final design (a review's t0.4 held the 0.6 design, 15 steps, status ok)."""
    stepped = replace(
        experiment,
        pruning=replace(experiment.pruning, final_epochs=0, schedule={"kind": "constant", "step": 0.1}),
    )
    assert 0.1 + 0.1 + 0.1 != 0.3  # what the schedule adds up
    records = _run(tmp_path, digits, stepped, baseline, targets=[0.3, 0.5])
    low, high = records[0.3], records[0.5]
    assert low["reached_target"] == 0.3 and high["reached_target"] == 0.5
    assert len(low["steps"]) < len(high["steps"]) and high["steps"][: len(low["steps"])] == low["steps"]
