"""What the resume tests share (tests/api/test_optimize_resume.py, tests/pruning/test_budget_resume.py): an
untrained digits MLP file on 40 random samples with an hls4ml configuration, pruned to 300 DSP at rtol 0.01
(its walk accepts and rejects steps), and a way to interrupt a walk right after a checkpoint."""

import numpy as np
import yaml

from fpgaprune.pruning.passes import Checkpoints

PRUNING = {
    "rtol": 0.01,
    "epochs_per_step": 1,
    "regularise_epochs": 1,
    "final_epochs": 1,
    "schedule": {"kind": "polynomial", "steps": 3},
}


class Interrupted(KeyboardInterrupt):
    """Ctrl-C (or SLURM's signal) right after a checkpoint was saved."""


def write_tiny_files(folder):
    """(model file, data file, arrays, hls4ml config file) of an untrained digits MLP on random data."""
    from fpgaprune.core.zoo import get_architecture
    from fpgaprune.models.build import build_model, save_model
    from fpgaprune.train import set_seed

    set_seed(0)
    model = build_model(get_architecture("digits_mlp"))
    save_model(model, folder / "model.h5")
    rng = np.random.default_rng(0)
    arrays = {}
    for split, n in (("train", 40), ("val", 20), ("test", 20)):
        arrays[f"x_{split}"] = np.round(rng.random((n, *model.input_shape[1:])) * 1024) / 1024
        arrays[f"y_{split}"] = rng.integers(0, model.output_shape[-1], n)
    np.savez(folder / "data.npz", **arrays)
    hls = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 4, "Strategy": "Resource"}}
    (folder / "hls.yml").write_text(yaml.safe_dump(hls))
    return folder / "model.h5", folder / "data.npz", arrays, folder / "hls.yml"


def interrupt_after(accepted: int, monkeypatch) -> None:
    """Stop the walk (KeyboardInterrupt) right after the checkpoint of its `accepted`-th accepted step."""
    save_walk = Checkpoints.save_walk

    def save_then_stop(store, walk, span=None):
        save_walk(store, walk, span)
        if sum(step["accepted"] for step in walk.outcome.steps) == accepted:
            raise Interrupted

    monkeypatch.setattr(Checkpoints, "save_walk", save_then_stop)


def log_messages(caplog) -> list[str]:
    return [record.getMessage() for record in caplog.records]
