"""knapsack_rf on a real (untrained) digits model: candidates, budgets and the design it chooses."""

import math

import numpy as np
import pytest

from fpgaprune.core.design import LayerHls
from fpgaprune.core.hardware.cost import estimate_model
from fpgaprune.core.hardware.reuse import is_valid_reuse_factor
from fpgaprune.core.hardware.structures import group_ids
from fpgaprune.core.selection.joint_select import JointSelector, candidate_settings, latency_budget_cycles
from fpgaprune.core.zoo import WeightLayer, get_architecture
from fpgaprune.models.build import build_model
from fpgaprune.train import set_seed

from ...configs import test_experiment as digits_experiment


@pytest.fixture(scope="module")
def experiment():
    return digits_experiment()


@pytest.fixture(scope="module")
def model():
    set_seed(5)
    return build_model(get_architecture("digits_mlp"))


def _selector(experiment, model, latency_budget, ii_limit=None, rf_candidates=None):
    layers = experiment.weight_layers
    setting = experiment.setting("4").resolve(layers, "test")
    candidates = {
        layer.name: candidate_settings(
            layer, "io_parallel", ("latency", "resource"), rf_candidates or {"min": 1, "max": 32}
        )
        for layer in layers
    }
    kernels = {layer.name: model.get_layer(layer.name).kernel.numpy() for layer in layers}
    return JointSelector(
        layers,
        setting,
        [layer.name for layer in layers],
        candidates,
        experiment.precisions,
        "io_parallel",
        kernels,
        latency_budget=latency_budget,
        ii_limit=ii_limit,
        target=experiment.cost_target,
        max_layer_sparsity=0.95,
    )


def test_candidates_are_implementable_and_not_duplicated():
    layer = WeightLayer("fc", "dense", 16, 10, (16, 10))
    settings = candidate_settings(layer, "io_parallel", ("latency", "resource"), {"min": 1, "max": 160})
    assert all(is_valid_reuse_factor(16, 10, s.reuse_factor) for s in settings)
    assert LayerHls(1, "latency") in settings and LayerHls(1, "resource") not in settings  # same design
    assert LayerHls(160, "resource") not in settings  # hls4ml cannot unroll it
    assert [s.reuse_factor for s in settings if s.strategy == "latency"] == [1]  # no multiplier limit
    assert [s.reuse_factor for s in candidate_settings(layer, "io_parallel", ("resource",), [2, 3, 4])] == [
        2,
        4,
    ]


def test_latency_budget_forms():
    assert latency_budget_cycles({"cycles": 40}, "4", 5.0, None) == 40
    assert latency_budget_cycles({"ns": 99.0}, "4", 5.0, None) == 19  # whole cycles within 99 ns
    assert latency_budget_cycles({"like": "1"}, "4", 5.0, {"1": 7.0, "4": 18.0}.get) == 7
    assert latency_budget_cycles(None, "4", 5.0, {"1": 7.0, "4": 18.0}.get) == 18


def test_choice_meets_every_budget_in_the_estimate_of_the_built_design(experiment, model):
    selector = _selector(experiment, model, latency_budget=18, ii_limit=4)
    masks, record = selector(model, 0.75)
    assert record["knapsack"]["status"] == "optimal" and record["knapsack"]["gap"] <= 1e-6
    design = selector.design(record)
    for layer in design:  # masks keep or drop whole structures of the chosen implementation
        spec = record["design"][layer.name]
        assert (layer.reuse_factor, layer.strategy.startswith("latency")) == (
            spec["reuse_factor"],
            spec["strategy"] == "latency",
        )
        ids = group_ids(layer, "bram_slice" if layer.weights_in_bram else "pattern")
        kept, size = np.bincount(ids.ravel(), masks[layer.name].ravel()), np.bincount(ids.ravel())
        assert np.all((kept == 0) | (kept == size))
    kernels = [model.get_layer(layer.name).kernel.numpy() * masks[layer.name] for layer in design]
    totals = estimate_model(design, kernels, experiment.cost_target).totals
    assert (
        totals["dsp"] <= math.ceil(record["budget"]["dsp"])
        and totals["bram_18k"] <= record["budget"]["bram_18k"]
    )
    assert totals["latency_cycles"] <= 18 and totals["ii"] <= 4
    assert record["latency_cycles"] >= totals["latency_cycles"]  # a bound for any fine-tuned weights


def test_a_tighter_latency_budget_changes_the_choice(experiment, model):
    loose = _selector(experiment, model, latency_budget=math.inf)(model, 0.5)[1]
    tight_budget = loose["latency_cycles"] - 1
    tight = _selector(experiment, model, latency_budget=tight_budget)(model, 0.5)[1]
    assert tight["latency_cycles"] <= tight_budget < loose["latency_cycles"]
    assert tight["knapsack"]["objective"] <= loose["knapsack"]["objective"] + 1e-9
