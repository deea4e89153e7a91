"""A model pruned before it is given (hls4ml's 70 %-pruned jet tagger, a TOPO trigger MLP at 80 % zeros) keeps
its exact zeros: until 2026-12-05 the group-lasso training and the fine-tuning gave them weights again."""

import numpy as np
import yaml

import fpgaprune
from fpgaprune.models.load import load_model_file

from ..resume_files import PRUNING, log_messages, write_tiny_files


def test_the_given_models_exact_zeros_stay_zero_through_every_training(tmp_path, caplog):
    model_file, _, arrays, hls = write_tiny_files(tmp_path)
    model = load_model_file(model_file)
    rng = np.random.default_rng(5)
    zeros = {}
    for layer in model.layers:
        if getattr(layer, "kernel", None) is not None:
            kernel = layer.kernel.numpy()
            zeros[layer.name] = rng.random(kernel.shape) < 0.6  # pruned before: 60 % exact zeros
            layer.kernel.assign(np.where(zeros[layer.name], 0.0, kernel))
    pairs = [(arrays[f"x_{s}"], arrays[f"y_{s}"]) for s in ("train", "val", "test")]
    with caplog.at_level("INFO"):
        result = fpgaprune.optimize(
            model,
            *pairs,
            hls_config=yaml.safe_load(hls.read_text()),
            budget={"dsp": 300},
            method="knapsack_dsp",
            seed=3,
            pruning=PRUNING,
        )
    assert any(step["accepted"] for step in result.history)  # a walk that trained and pruned
    for name, zero in zeros.items():
        kernel = result.model.get_layer(name).kernel.numpy()
        assert not np.any(kernel[zero]), name  # none given a weight again
        assert np.any(kernel[~zero] != 0), name
    stay = [m for m in log_messages(caplog) if "exact-zero weights" in m]
    total = sum(zero.size for zero in zeros.values())
    count = sum(int(zero.sum()) for zero in zeros.values())
    share = f"{100 * count / total:.0f} % of the pruned layers'"
    line = f"the model's {count} exact-zero weights ({share}) stay zero: it was pruned before, and what was "
    assert stay == [line + "pruned is not given weights again"]
