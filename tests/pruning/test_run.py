"""A whole pruning job restricted to some layers (pruning.layers) on a real digits model."""

import numpy as np
import pytest

from fpgaprune.core.zoo import get_architecture
from fpgaprune.data import load_dataset
from fpgaprune.models.build import build_model
from fpgaprune.pruning.run import prune_model
from fpgaprune.train import set_seed, train_baseline

from ..configs import make_experiment


@pytest.fixture(scope="module")
def digits(tmp_path_factory):
    return load_dataset("digits", data_home=tmp_path_factory.mktemp("home"), seed=5)


def _experiment(pruning):
    return make_experiment(reuse_factors=[4], hls={"strategy": "resource"}, pruning=pruning,
                           training={"epochs": 4, "batch_size": 64, "learning_rate": 0.005, "patience": 2})


def test_only_the_named_layers_are_pruned_and_the_target_is_their_share(repo, digits):
    experiment = _experiment({"layers": ["fc1"], "rtol": 0.5, "epochs_per_step": 1, "final_epochs": 1,
                                    "regularise_epochs": 0, "schedule": {"kind": "constant"}})
    set_seed(5)
    model = build_model(get_architecture("digits_mlp"))
    train_baseline(model, digits, experiment.training)

    masks, record = prune_model(
        model,
        digits,
        experiment=experiment,
        layers=experiment.design("4", pruned=True),
        method_name="knapsack_dsp",
        target=0.6,
    )

    assert record["pruned_layers"] == ["fc1"] and record["reached_target"] == 0.6
    assert set(record["selection"]["layers"]) == {"fc1"}
    fc1_dsp = record["selection"]["baseline"]["dsp"]
    assert fc1_dsp == model.get_layer("fc1").kernel.shape.num_elements() / 4  # fc1 alone, RF 4
    assert record["selection"]["kept_cost"]["dsp"] <= 0.4 * fc1_dsp
    assert record["sparsity"]["fc1"] >= 0.6 - 1e-9
    assert record["sparsity"]["fc2"] == record["sparsity"]["output"] == 0.0
    assert masks["fc2"].all() and masks["output"].all() and not masks["fc1"].all()
    assert np.array_equal(model.get_layer("fc1").kernel.numpy() != 0, masks["fc1"])


def test_an_unknown_layer_is_named_before_any_work():
    with pytest.raises(
        ValueError, match=r"pruning\.layers: unknown layer 'fc9'; the model's weight layers: fc1, fc2, output"
    ):
        _experiment({"layers": ["fc9"]})


def test_hls4ml_peer_reports_a_layer_subset_as_unsupported(digits):
    from fpgaprune.pruning.peer import PeerUnsupported, prune_with_hls4ml

    experiment = _experiment({"layers": ["fc1"]})
    with pytest.raises(PeerUnsupported, match="pruning.layers: .* no per-layer opt-out"):
        prune_with_hls4ml(
            build_model(get_architecture("digits_mlp")),
            digits,
            experiment=experiment,
            layers=experiment.design("4", pruned=True),
            target=0.5,
        )
