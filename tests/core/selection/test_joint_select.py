"""knapsack_rf on a real (untrained) digits model: candidates, budgets and the design it chooses."""

import math
import re
from dataclasses import replace

import numpy as np
import pytest

from fpgaprune.core.design import LayerHls, design_layers
from fpgaprune.core.hardware.cost import estimate_model
from fpgaprune.core.hardware.reuse import is_valid_reuse_factor
from fpgaprune.core.hardware.structures import group_ids
from fpgaprune.core.selection.joint_select import (
    JointSelector,
    bounded_layers_latency,
    candidate_settings,
    latency_budget_cycles,
    layers_latency,
)
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


def _selector(
    experiment,
    model,
    latency_budget,
    ii_limit=None,
    rf_candidates=None,
    target=None,
    io_type="io_parallel",
    prunable=None,
    **extra,
):
    layers = experiment.weight_layers
    setting = experiment.setting("4").resolve(layers, "test")
    candidates = {
        layer.name: candidate_settings(
            layer, io_type, ("latency", "resource"), rf_candidates or {"min": 1, "max": 32}
        )
        for layer in layers
    }
    kernels = {layer.name: model.get_layer(layer.name).kernel.numpy() for layer in layers}
    return JointSelector(
        layers,
        setting,
        prunable or [layer.name for layer in layers],
        candidates,
        experiment.precisions,
        io_type,
        kernels,
        latency_budget=latency_budget,
        ii_limit=ii_limit,
        target=target or experiment.cost_target,
        max_layer_sparsity=0.95,
        **extra,
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
    # 8 x 8-bit products on DSPs (as Vivado HLS builds them, `lut_max_bits` 6), so that a faster
    # implementation costs DSPs; Vitis HLS builds constant 8 x 8 products in LUTs (docs/cost-model-record.md
    # 2.1), which leaves its Latency-strategy candidates nothing to trade
    target = replace(experiment.cost_target, lut_max_bits=6)
    loose = _selector(experiment, model, latency_budget=math.inf, target=target)(model, 0.5)[1]
    tight_budget = loose["latency_cycles"] - 1
    tight = _selector(experiment, model, latency_budget=tight_budget, target=target)(model, 0.5)[1]
    assert tight["latency_cycles"] <= tight_budget < loose["latency_cycles"]
    assert tight["knapsack"]["objective"] <= loose["knapsack"]["objective"] + 1e-9


def test_io_stream_layers_may_each_take_the_latency_budget(experiment, model):
    """io_stream layers run at the same time (one DATAFLOW region), so the budget bounds the slowest layer,
    as the design estimate does (`glue.design_latency` "stream"): at the slowest RF-4 layer's latency the
    other layers may rise to it. Before, the budget bound their sum, and the same budget allowed less."""
    own = estimate_model(
        _selector(experiment, model, math.inf, io_type="io_stream").design({}),
        [model.get_layer(layer.name).kernel.numpy() for layer in experiment.weight_layers],
        experiment.cost_target,
    )
    budget = max(layer.latency_cycles for layer in own.layers)
    stream = _selector(experiment, model, budget, io_type="io_stream", rf_candidates=[1, 2, 4, 8, 16, 32])
    masks, record = stream(model, 0.5)
    design = stream.design(record)
    kernels = [model.get_layer(layer.name).kernel.numpy() * masks[layer.name] for layer in design]
    latencies = [
        layer.latency_cycles for layer in estimate_model(design, kernels, experiment.cost_target).layers
    ]
    assert max(latencies) <= record["latency_cycles"] <= budget < sum(latencies)
    assert record["budget"]["latency_cycles"] == budget


def test_a_latency_budget_no_candidate_meets_is_refused_before_any_selection(experiment, model):
    fastest = r"the fastest reuse factors and strategies take [\d,]+ cycles \(estimate, the weight layers' "
    fastest += "latency; "
    with pytest.raises(
        ValueError, match=fastest + r"\w+ [\d,]+ at its fastest\), above the latency budget of 1;"
    ):
        _selector(experiment, model, 1)


def test_an_ii_limit_no_candidate_meets_names_the_layer_and_its_smallest_ii(experiment, model):
    # "conv1 inf at its fastest, above the latency budget of 693" (a review, 2026-12-07); this MLP's layers
    # are Dense: ParallelizationFactor, which applies to io_parallel convolutions only, is not suggested
    with pytest.raises(ValueError) as refused:
        _selector(experiment, model, 10**6, ii_limit=0.5)
    line = str(refused.value)
    assert re.match(
        r"no candidate of \w+ has an II within pruning\.knapsack_rf\.ii_limit 0\.5 \(its smallest: ", line
    )
    assert "inf" not in line and "parallelization_factors" not in line


def test_layers_not_pruned_above_the_latency_budget_are_refused_in_one_line(experiment, model):
    with pytest.raises(
        ValueError, match=r"the layers not pruned take \d+ cycles \(estimate\), above the latency"
    ):
        _selector(experiment, model, 1, io_type="io_stream", prunable=["fc1"])


def test_parallelization_candidates_only_for_io_parallel_latency_conv():
    conv = WeightLayer("c1", "conv2d", 9, 4, (3, 3, 1, 4), positions=64)
    settings = candidate_settings(
        conv, "io_parallel", ("latency", "resource"), [1, 3, 9], {"min": 1, "max": 8}
    )
    assert {s.parallelization_factor for s in settings if s.strategy == "latency"} == {1, 2, 4, 8}
    assert {s.parallelization_factor for s in settings if s.strategy == "resource"} == {1}
    assert candidate_settings(conv, "io_parallel", ("latency",), [1], [3, 16]) == [LayerHls(1, "latency", 16)]
    assert candidate_settings(conv, "io_stream", ("latency",), [1], [2, 4]) == [LayerHls(1, "latency")]
    dense = WeightLayer("fc", "dense", 16, 10, (16, 10))
    assert candidate_settings(dense, "io_parallel", ("latency",), [1], [1, 2]) == [LayerHls(1, "latency")]
    pointwise = WeightLayer("phi", "conv1d", 4, 8, (1, 4, 8), positions=16)  # a Dense over 16 particles
    factors = candidate_settings(pointwise, "io_parallel", ("latency",), [1], [1, 4, 16, 32])
    assert [s.parallelization_factor for s in factors] == [1, 4, 16]


@pytest.fixture(scope="module")
def conv_model():
    """Conv2D 3x3 (4 filters, 8x8 output pixels) -> Dense 256-10: the pixel loop sets the latency."""
    from fpgaprune.compat import keras

    keras.utils.set_random_seed(3)
    inputs = keras.Input(shape=(8, 8, 1))
    x = keras.layers.Conv2D(4, 3, padding="same", activation="relu", name="conv1")(inputs)
    x = keras.layers.Flatten()(x)
    return keras.Model(inputs, keras.layers.Dense(10, name="output")(x))


def _conv_selector(experiment, model, latency_budget, parallelization):
    layers = [
        WeightLayer("conv1", "conv2d", 9, 4, (3, 3, 1, 4), positions=64),
        WeightLayer("output", "dense", 256, 10, (256, 10)),
    ]
    setting = {"conv1": LayerHls(1, "latency"), "output": LayerHls(16, "resource")}
    candidates = {
        layer.name: candidate_settings(
            layer, "io_parallel", ("latency", "resource"), [1, 16, 32], parallelization
        )
        for layer in layers
    }
    kernels = {layer.name: model.get_layer(layer.name).kernel.numpy() for layer in layers}
    selector = JointSelector(
        layers,
        setting,
        ["conv1", "output"],
        candidates,
        experiment.precisions,
        "io_parallel",
        kernels,
        latency_budget=latency_budget,
        ii_limit=None,
        target=experiment.cost_target,
    )
    return selector, kernels


def test_a_parallelization_factor_buys_no_latency_when_the_pixels_share_one_multiplier_limit(
    experiment, conv_model
):
    """hls4ml's Latency convolution puts one `ALLOCATION mul limit=multiplier_limit` (one pixel's count) over
    the PF pixels of a `PartitionLoop` iteration (docs/cost-model-record.md 2.10; held-out N7, N8). The
    selector times a Latency layer as if every kept weight were a full product, so PF pixels take PF times the
    issue cycles: no ParallelizationFactor meets a budget below the pixel count that PF 1 misses."""
    refused = r"take [\d,]+ cycles .*conv1 [\d,]+ at its fastest[^)]*\), above .* 60;"
    for parallelization in ([1], {"min": 1, "max": 16}):  # refused before any selection
        with pytest.raises(ValueError, match=refused):
            _conv_selector(experiment, conv_model, 60, parallelization)
    selector, _ = _conv_selector(experiment, conv_model, 1000, {"min": 1, "max": 16})
    _, record = selector(conv_model, 0.5)
    assert record["latency_cycles"] <= 1000


def test_latency_bound_holds_for_any_weights_fine_tuning_gives(experiment, conv_model):
    """A constant-weight (Latency) layer is timed as if every weight were kept and a full product:
    fine-tuning after the step may turn shifts into products and so may not push it over the budget."""
    selector, kernels = _conv_selector(experiment, conv_model, 1000, [1])
    masks, record = selector(conv_model, 0.5)
    design = selector.design(record)
    assert design[0].strategy == "latency"
    rng = np.random.default_rng(0)
    for _ in range(5):  # any kept weights: dense, full-width values
        tuned = [rng.normal(0, 3, kernels[layer.name].shape) * masks[layer.name] for layer in design]
        assert (
            estimate_model(design, tuned, experiment.cost_target).totals["latency_cycles"]
            <= (record["latency_cycles"])
        )


@pytest.mark.parametrize(("backend", "built"), [("Vitis", "resource"), ("Vivado", "resource_unrolled")])
def test_io_stream_dense_candidates_are_costed_as_the_backend_runs_them(backend, built):
    """hls4ml 1.3's Vitis io_stream Dense runs the rolled Resource kernel (`runs_unrolled_kernel`)."""
    layer = WeightLayer("fc", "dense", 16, 10, (16, 10))
    settings = candidate_settings(layer, "io_stream", ("resource",), [4, 160], backend=backend)
    # Resource_Unrolled cannot take RF = n_in * n_out; the rolled Resource kernel can
    assert [s.reuse_factor for s in settings] == ([4, 160] if backend == "Vitis" else [4])
    experiment = digits_experiment()
    selector = JointSelector(
        [layer], {"fc": LayerHls(4, "resource")}, ["fc"], {"fc": settings[:1]}, experiment.precisions,
        "io_stream", {"fc": np.ones((16, 10))}, latency_budget=10**6, ii_limit=None,
        target=experiment.cost_target, backend=backend,
    )  # fmt: skip
    assert [hw.strategy for hw in selector.hardware["fc"]] == [built]
    assert [hw.strategy for hw in selector.design({})] == [built]


def test_a_lut_count_keeps_the_choice_from_trading_dsps_for_luts(experiment, model):
    """Unbounded, knapsack_rf meets a quarter of the DSPs within 15 cycles by building every layer at Latency
    RF 1, whose products the estimate puts in LUTs (32,777 -> 84,353 LUT here, pruning: kept value 2.92 of
    3); with a LUT count the chosen implementations (each with every structure kept) stay within it, or
    within the job's own design's LUT where that is more (a design already above the count cannot be made
    infeasible): 15,837 LUT at the job's own LUT. (At half the DSPs within 40 cycles, as this test was
    first, many choices keep every structure: the all-Latency one was a tie, which the least-use tie break
    now settles with fc1 at Resource RF 32, 64 DSP and 27,710 LUT.)"""

    def built_lut(selector, target):
        masks, record = selector(model, target)
        design = selector.design(record)
        kernels = [model.get_layer(layer.name).kernel.numpy() * masks[layer.name] for layer in design]
        return estimate_model(design, kernels, experiment.cost_target).totals, record

    start_design = experiment.design("4", pruned=True)
    start = estimate_model(
        start_design,
        [model.get_layer(layer.name).kernel.numpy() for layer in start_design],
        experiment.cost_target,
    ).totals
    free, record = built_lut(_selector(experiment, model, latency_budget=15), 0.75)
    assert free["lut"] > 2 * start["lut"] and "lut_bound" not in record
    assert record["knapsack"]["objective"] < 2.95  # it prunes: the value, not a tie, takes the LUT products
    for count in (1.0, 1.5 * start["lut"]):
        bounded, record = built_lut(_selector(experiment, model, latency_budget=15, lut_budget=count), 0.75)
        bound = record["lut_bound"]
        assert bound["capacity"] == pytest.approx(max(count, start["lut"]), rel=0.02)
        assert bounded["lut"] <= bound["chosen"] <= bound["capacity"] + 1e-6
        assert bounded["dsp"] <= record["budget"]["dsp"]  # the DSP budget still met


def test_a_latency_budget_and_lut_count_no_choice_meets_together_are_refused_before_training(
    experiment, model
):
    """Each alone can be met: 12 cycles by the fast Latency RF 1 layers, a LUT count of 1 by the job's own
    RF 4 design (a design above the count keeps to its own LUT); together no choice meets them, and the walk
    found every step infeasible and said validation accuracy stopped it (a QKeras MLP at 100 ns with
    lut=80000). `check_choice` says so before any training; a looser latency passes."""
    refused = r"^no choice of reuse factors and strategies meets both the latency budget of 12 cycles "
    count = r"; raise the latency budget or the LUT count \(--budget lut=\)$"
    with pytest.raises(
        ValueError, match=refused + r"\(the weight layers' latency\) and the LUT count.*" + count
    ):
        _selector(experiment, model, 12, lut_budget=1.0).check_choice(model)
    # a part's share: the LUT count is no number the user gave, so the way out is the part's
    part = r"; raise the latency budget, or give a higher --utilization or a larger part than "
    part += r"xcu250-figd2104-2L-e "
    with pytest.raises(
        ValueError, match=refused + r".*" + part + r"\(the LUT count is the part's share less"
    ):
        _selector(experiment, model, 12, lut_budget=1.0, lut_part="xcu250-figd2104-2L-e").check_choice(model)
    _selector(experiment, model, 18, lut_budget=1.0).check_choice(model)  # its own design: 18 cycles
    _selector(experiment, model, 12).check_choice(model)  # no LUT count: the latency alone is checked


@pytest.fixture(scope="module")
def sparse_mlp():
    """A Dense 21-128-64-1 with four weights in five zero and the rest on 1/512 steps (as a trigger MLP
    rebuilt from its hls4ml weights): at Latency RF 1 its sparse adder trees are shallower than dense ones."""
    from fpgaprune.compat import keras

    rng = np.random.default_rng(21)
    inputs = keras.Input(shape=(21,))
    x = inputs
    for name, units in (("fc1", 128), ("fc2", 64), ("output", 1)):
        x = keras.layers.Dense(units, name=name)(x)
    model = keras.Model(inputs, x)
    for layer in model.layers[1:]:
        kernel = np.round(rng.normal(0, 0.5, layer.kernel.shape) * 512) / 512
        kernel[rng.random(kernel.shape) < 0.8] = 0.0
        layer.kernel.assign(kernel.astype("float32"))
    return model


def test_the_own_design_is_a_choice_within_the_default_latency_budget(experiment, sparse_mlp):
    """The default latency budget is the job's design timed as the candidates are (`bounded_layers_latency`:
    a Latency layer with no weight zero and every product full, as training may make it). It was the design's
    estimate at its weights, 6 cycles here, while its own Latency RF 1 candidates were timed 3 + 4 + 3: the
    job's own design was refused as too slow for its own budget (a sparse trigger MLP)."""
    layers = [WeightLayer(layer.name, "dense", *layer.kernel.shape, tuple(layer.kernel.shape))
              for layer in sparse_mlp.layers[1:]]  # fmt: skip
    setting = {layer.name: LayerHls(1, "latency") for layer in layers}
    kernels = {layer.name: sparse_mlp.get_layer(layer.name).kernel.numpy() for layer in layers}
    # the trigger MLP's hls4ml design: 16-bit weights, Vitis on a VU13P at 2.5 ns
    target = replace(experiment.cost_target, part="xcvu13p-flga2577-2-e", clock_ns=2.5)
    types = replace(
        experiment.precisions, weight="ap_fixed<16,7>", bias="ap_fixed<16,7>", input="ap_fixed<16,6>"
    )
    own = design_layers(layers, setting, types, "io_parallel", pruned=True)
    budget = bounded_layers_latency(own, [kernels[layer.name] for layer in own], target)
    assert (layers_latency(own, [kernels[layer.name] for layer in own], target), budget) == (6, 10)
    candidates = {
        layer.name: candidate_settings(layer, "io_parallel", ("latency", "resource"), [1, 2, 4])
        for layer in layers
    }
    selector = JointSelector(
        layers, setting, list(setting), candidates, types, "io_parallel", kernels,
        latency_budget=budget, ii_limit=None, target=target,
    )  # fmt: skip
    _, record = selector(sparse_mlp, 0.0)  # nothing removed: the own design is a solution
    assert record["latency_cycles"] <= budget
    # a budget the bound misses is refused with the estimate at the current weights beside the bound
    at_weights = (
        r"fc2 4 at its fastest, 2 at its current weights: a Latency layer is timed with no weight zero"
    )
    with pytest.raises(
        ValueError, match=r"take 10 cycles .*" + at_weights + r".* above the latency budget of 7"
    ):
        JointSelector(
            layers, setting, list(setting), candidates, types, "io_parallel", kernels,
            latency_budget=7, ii_limit=None, target=target,
        )  # fmt: skip
