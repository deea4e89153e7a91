"""Knapsack selection on the layout hls4ml uses, for every method, on a real (untrained) digits model."""

import numpy as np
import pytest

from fpgaprune.core.hardware.cost import estimate_model, structure_costs
from fpgaprune.core.hardware.multipliers import csd_digits
from fpgaprune.core.hardware.structures import group_ids, zero_patterns
from fpgaprune.core.knapsack import BudgetInfeasible
from fpgaprune.core.selection.methods import get_method, layer_structures
from fpgaprune.core.selection.select import KnapsackSelector
from fpgaprune.core.zoo import get_architecture
from fpgaprune.models.build import build_model, built_kernel
from fpgaprune.train import set_seed

from ...configs import test_experiment


@pytest.fixture(scope="module")
def experiment():
    return test_experiment()


@pytest.fixture(scope="module")
def model():
    set_seed(5)
    return build_model(get_architecture("digits_mlp"))


def _select(model, experiment, method, setting, target, **options):
    layers = experiment.design(setting, pruned=True)
    kernels = {layer.name: model.get_layer(layer.name).kernel.numpy() for layer in layers}
    masks, record = KnapsackSelector(get_method(method), layers, kernels, **options)(model, target)
    return layers, masks, record


def _whole_groups(mask, ids):
    """True when every group is entirely kept or entirely pruned."""
    kept = np.bincount(ids.ravel(), weights=mask.ravel())
    size = np.bincount(ids.ravel())
    return np.all((kept == 0) | (kept == size))


def test_dsp_patterns_are_pruned_whole_and_meet_the_budget(model, experiment):
    layers, masks, record = _select(model, experiment, "knapsack_dsp", "4", 0.5)
    assert record["knapsack"]["status"] == "optimal"
    assert record["kept_cost"]["dsp"] <= record["budget"]["dsp"] + 1e-9
    assert record["budget"]["dsp"] == np.floor(0.5 * record["baseline"]["dsp"])
    pruned_patterns = 0
    for layer in layers:
        assert layer.strategy == "resource_unrolled"
        assert _whole_groups(masks[layer.name], group_ids(layer, "pattern"))
        pruned_patterns += zero_patterns(layer, masks[layer.name].astype(float)).sum()
    assert pruned_patterns >= sum(layer.block_factor for layer in layers) / 2


def test_dsp_and_bram_budgets_hold_together_with_whole_bram_slices(model, experiment):
    layers, masks, record = _select(model, experiment, "knapsack_dsp_bram", "4", 0.6)
    for resource in ("dsp", "bram_18k"):
        assert record["kept_cost"][resource] <= record["budget"][resource] + 1e-9
    for layer in layers:
        assert _whole_groups(masks[layer.name], group_ids(layer, "bram_slice"))


def test_magnitude_keeps_the_largest_weights_globally(model, experiment):
    layers, masks, _ = _select(model, experiment, "magnitude", "1", 0.5)
    kernels = np.concatenate([model.get_layer(layer.name).kernel.numpy().ravel() for layer in layers])
    kept = np.concatenate([masks[layer.name].ravel() for layer in layers])
    assert kept.sum() == kernels.size // 2
    assert np.abs(kernels[kept]).min() >= np.abs(kernels[~kept]).max()


def test_structured_prunes_whole_neurons_and_spares_the_output(model, experiment):
    _, masks, record = _select(model, experiment, "structured", "1", 0.5)
    assert "output" not in masks  # not pruned, so not masked
    for name in ("fc1", "fc2"):
        columns = masks[name].all(axis=0) | ~masks[name].any(axis=0)
        assert columns.all()
    assert record["kept_cost"]["neurons"] <= record["budget"]["neurons"]


def test_layer_floor_keeps_the_most_important_structures_of_every_layer(model, experiment):
    layers, masks, record = _select(model, experiment, "knapsack_dsp", "4", 0.8, max_layer_sparsity=0.9)
    assert record["kept_cost"]["dsp"] <= record["budget"]["dsp"] + 1e-9
    for layer in layers:
        ids = group_ids(layer, "pattern")
        kept = record["layers"][layer.name]
        assert kept["floor"] == int(np.ceil(0.1 * kept["groups"])) and kept["kept"] >= kept["floor"]
        values = np.bincount(ids.ravel(), weights=np.abs(model.get_layer(layer.name).kernel.numpy()).ravel())
        kept_groups = np.bincount(ids.ravel(), weights=masks[layer.name].ravel()) > 0
        floor_values = np.sort(values)[::-1][: kept["floor"]]
        assert np.isin(floor_values, values[kept_groups]).all()


def test_without_the_floor_the_knapsack_empties_the_largest_layer(model, experiment):
    _, _, free = _select(model, experiment, "knapsack_dsp", "4", 0.8, max_layer_sparsity=1.0)
    assert free["layers"]["fc1"]["kept"] == 0 and free["layers"]["fc1"]["floor"] == 0
    _, _, floored = _select(model, experiment, "knapsack_dsp", "4", 0.8, max_layer_sparsity=0.95)
    assert floored["layers"]["fc1"]["kept"] == floored["layers"]["fc1"]["floor"] == 26


def test_magnitude_has_no_floor(model, experiment):
    _, _, record = _select(model, experiment, "magnitude", "1", 0.9, max_layer_sparsity=0.5)
    assert all(layer["floor"] == 0 for layer in record["layers"].values())


def test_a_floor_above_the_budget_is_a_clear_error(model, experiment):
    with pytest.raises(BudgetInfeasible, match="max_layer_sparsity"):
        _select(model, experiment, "knapsack_dsp", "4", 0.9, max_layer_sparsity=0.5)


def test_an_absolute_budget_counts_the_whole_design_and_its_unpruned_layers(model, experiment):
    from fpgaprune.core.hardware.cost import estimate_model
    from fpgaprune.pruning.finetune import apply_masks

    design = experiment.design("4", pruned=True)
    prunable = design[:2]  # the output layer is not pruned: its DSPs count against the budget
    kernels = {layer.name: model.get_layer(layer.name).kernel.numpy() for layer in prunable}
    selector = KnapsackSelector(
        get_method("knapsack_dsp"), prunable, kernels, absolute={"dsp": 100}, design=design
    )
    masks, record = selector(model, 1.0)
    output_dsp = estimate_model(design[2:], [model.get_layer("output").kernel.numpy()]).totals["dsp"]
    assert record["outside_cost"]["dsp"] == pytest.approx(output_dsp)
    assert record["kept_cost"]["dsp"] + output_dsp <= 100
    pruned = type(model).from_config(model.get_config())
    pruned.set_weights(model.get_weights())
    apply_masks(pruned, masks)
    kernels_after = [pruned.get_layer(layer.name).kernel.numpy() for layer in design]
    assert estimate_model(design, kernels_after).totals["dsp"] <= 100
    half_way = selector(model, 0.5)[1]["budget"]["dsp"]
    assert record["budget"]["dsp"] < half_way < record["baseline"]["dsp"]


def test_must_remain_is_the_floor_plus_the_unpruned_rest(model, experiment):
    design = experiment.design("4", pruned=True)
    kernels = {layer.name: model.get_layer(layer.name).kernel.numpy() for layer in design}
    selector = KnapsackSelector(
        get_method("knapsack_dsp"),
        design,
        kernels,
        max_layer_sparsity=0.5,
        absolute={"dsp": 1},
        design=design,
    )
    remain = selector.must_remain(model)["dsp"]
    assert remain == pytest.approx(sum(layer.block_factor for layer in design) / 2, abs=3)
    with pytest.raises(BudgetInfeasible):
        selector(model, 1.0)


def test_must_remain_by_layer_names_where_the_floor_lies(model, experiment):
    """A layer not pruned keeps its whole estimate, a pruned one its floor; the layers add up to
    `must_remain` (a budget's refusal names the largest: a CNN's two io_stream Dense layers on Vitis'
    rolled Resource kernel held 168 of the 186 DSP that had to remain)."""
    design = experiment.design("4", pruned=True)
    kernels = {layer.name: model.get_layer(layer.name).kernel.numpy() for layer in design}
    pruned, kept = design[0], design[1:]
    selector = KnapsackSelector(
        get_method("knapsack_dsp"),
        [pruned],
        {pruned.name: kernels[pruned.name]},
        max_layer_sparsity=0.5,
        absolute={"dsp": 1},
        design=design,
    )
    by_layer = selector.must_remain_by_layer(model)
    assert list(by_layer) == [layer.name for layer in design]
    estimate = {e.name: e.dsp for e in estimate_model(design, list(kernels.values())).layers}
    assert all(by_layer[layer.name]["dsp"] == estimate[layer.name] for layer in kept)
    assert by_layer[pruned.name]["dsp"] == pytest.approx(pruned.block_factor / 2, abs=2)
    assert by_layer[pruned.name]["dsp"] < estimate[pruned.name]
    total = sum(counts["dsp"] for counts in by_layer.values())
    assert total == pytest.approx(selector.must_remain(model)["dsp"])


def test_costs_are_those_of_the_quantised_kernels_the_hardware_builds():
    """QKeras keeps float kernels; hls4ml builds the quantised ones, where a weight that rounds to zero or a
    power of two needs no multiplier. The knapsack must cost those, so that its kept cost is the design's."""
    experiment = test_experiment(
        hls={"precision": "ap_fixed<16,6>", "io_type": "io_parallel", "strategy": "latency"}
    )
    set_seed(5)
    model = build_model(get_architecture("digits_mlp"), experiment.quantization)
    layers = experiment.design("1", pruned=True)
    built = {layer.name: built_kernel(model.get_layer(layer.name)) for layer in layers}
    trained = [model.get_layer(layer.name).kernel.numpy() for layer in layers]
    built_dsp = estimate_model(layers, list(built.values())).totals["dsp"]
    assert estimate_model(layers, trained).totals["dsp"] != built_dsp  # else this test proves nothing
    selector = KnapsackSelector(get_method("knapsack_dsp"), layers, built, built_kernel=built_kernel)
    masks, record = selector(model, 0.5)
    pruned = [built[layer.name] * masks[layer.name] for layer in layers]
    assert record["baseline"]["dsp"] == built_dsp
    assert estimate_model(layers, pruned).totals["dsp"] <= record["budget"]["dsp"]
    assert record["kept_cost"]["dsp"] <= record["budget"]["dsp"] == np.floor(0.5 * built_dsp)
    # identical products share a multiplier, so the first solution cost more than the knapsack's sum:
    # the selector lowered its capacity and solved again
    assert record["knapsack"]["repairs"] >= 1


def test_reselection_within_kept_structures_gives_the_design_back_to_its_budget():
    """After fine-tuning, weights that cost nothing when selected (rounded to zero or a power of two) can need
    a multiplier; selecting again `within` the kept masks keeps a subset that fits the budget again."""
    experiment = test_experiment(
        hls={"precision": "ap_fixed<16,6>", "io_type": "io_parallel", "strategy": "latency"}
    )
    set_seed(5)
    model = build_model(get_architecture("digits_mlp"), experiment.quantization)
    layers = experiment.design("1", pruned=True)
    built = {layer.name: built_kernel(model.get_layer(layer.name)) for layer in layers}
    selector = KnapsackSelector(get_method("knapsack_dsp"), layers, built, built_kernel=built_kernel)
    masks, record = selector(model, 0.5)
    rng = np.random.default_rng(0)
    for layer in layers:  # "fine-tuning": every kept weight moves to a value that needs a multiplier
        keras_layer = model.get_layer(layer.name)
        moved = np.where(masks[layer.name], rng.uniform(0.3, 0.45, layer.kernel_shape), 0.0)
        keras_layer.kernel.assign(moved.astype(np.float32))

    def dsp(kept):
        kernels = [built_kernel(model.get_layer(layer.name)) * kept[layer.name] for layer in layers]
        return estimate_model(layers, kernels).totals["dsp"]

    assert dsp(masks) > record["budget"]["dsp"]  # over the budget after the move
    again, _ = selector(model, 0.5, within=masks)
    for layer in layers:
        assert not np.any(again[layer.name] & ~masks[layer.name]), layer.name  # a subset of what was kept
    assert dsp(again) <= record["budget"]["dsp"]


def test_a_design_without_the_budgeted_resource_is_a_clear_error():
    """8-bit weights times 8-bit inputs at RF 1 are LUT products under Vitis HLS (docs/cost-model-record.md
    2.1): a DSP budget on them has nothing to remove."""
    experiment = test_experiment(
        hls={"precision": "ap_fixed<16,6>", "input_precision": "ufixed<8,3>", "io_type": "io_parallel"}
    )
    set_seed(5)
    model = build_model(get_architecture("digits_mlp"), experiment.quantization)
    layers = experiment.design("1", pruned=True)
    built = {layer.name: built_kernel(model.get_layer(layer.name)) for layer in layers}
    assert estimate_model(layers, list(built.values())).totals["dsp"] == 0
    with pytest.raises(ValueError, match="method knapsack_dsp budgets dsp, which the layers it prunes do "):
        KnapsackSelector(get_method("knapsack_dsp"), layers, built, built_kernel=built_kernel)
    with pytest.raises(ValueError, match="choose knapsack_lut"):  # the method that has something to remove
        KnapsackSelector(get_method("knapsack_dsp"), layers, built, built_kernel=built_kernel)


def _lut_design():
    """An 8-bit QKeras digits MLP (untrained) with 8-bit inputs, io_parallel Latency RF 1 under Vitis HLS:
    every product is built in LUTs (docs/cost-model-record.md 2.1). (experiment, model, layers, built
    kernels)."""
    experiment = test_experiment(
        hls={
            "precision": "ap_fixed<16,6>",
            "input_precision": "ufixed<8,3>",
            "io_type": "io_parallel",
            "strategy": "latency",
            "backend": "Vitis",
        }
    )
    set_seed(5)
    model = build_model(get_architecture("digits_mlp"), experiment.quantization)
    layers = experiment.design("1", pruned=True)
    built = {layer.name: built_kernel(model.get_layer(layer.name)) for layer in layers}
    return experiment, model, layers, built


def _weight_luts(layers, kernels, target) -> float:
    """The estimated LUT of the weights' products and adder-tree shares (what the knapsack prunes)."""
    return sum(
        structure_costs(layer, kernels[layer.name], "pattern", target).cost["lut"].sum() for layer in layers
    )


def test_knapsack_lut_meets_its_lut_budget_on_a_design_of_lut_products():
    experiment, model, layers, built = _lut_design()
    target = experiment.cost_target
    assert estimate_model(layers, list(built.values()), target).totals["dsp"] == 0  # nothing for knapsack_dsp
    selector = KnapsackSelector(
        get_method("knapsack_lut"), layers, built, built_kernel=built_kernel, target=target
    )
    masks, record = selector(model, 0.6)
    baseline = _weight_luts(layers, built, target)
    assert record["baseline"]["lut"] == pytest.approx(baseline)
    assert record["budget"]["lut"] == np.floor(0.4 * baseline)
    pruned = {layer.name: built[layer.name] * masks[layer.name] for layer in layers}
    assert record["kept_cost"]["lut"] == pytest.approx(_weight_luts(layers, pruned, target))
    assert _weight_luts(layers, pruned, target) <= record["budget"]["lut"]
    assert record["knapsack"]["status"] == "optimal" and record["knapsack"]["cost_unit"] == 1.0
    removed = (
        estimate_model(layers, list(built.values()), target).totals["lut"]
        - estimate_model(layers, list(pruned.values()), target).totals["lut"]
    )
    assert removed >= 0.5 * baseline  # the design's estimate loses the LUT the weights cost


def test_knapsack_lut_removes_the_weights_that_cost_more_luts_at_equal_importance():
    """Every trained weight of fc1 has the same magnitude (the same importance); the built ones alternate
    between powers of two (one CSD digit: a shift, ~28 LUT with its adder-tree share) and constants of three
    CSD digits or more (a LUT multiplier, ~41-58 LUT), all different within an input's row so that no product
    is shared. The knapsack meets the budget by removing expensive ones only: it keeps more weights so."""
    experiment, model, layers, _ = _lut_design()
    target, fc1 = experiment.cost_target, layers[0]
    model.get_layer("fc1").kernel.assign(np.full(fc1.kernel_shape, 0.3, np.float32))
    rows, columns = np.indices(fc1.kernel_shape)
    expensive = (rows + columns) % 2 == 0
    mantissas = np.array([m for m in range(1, 128) if csd_digits(np.array(m)) >= 3])  # of 7 fraction bits
    built = np.where(
        expensive, mantissas[(rows * 16 + columns // 2) % mantissas.size] / 128, 2.0 ** -(1 + columns % 6)
    )
    costs = structure_costs(fc1, built, "pattern", target).cost["lut"][group_ids(fc1, "pattern")]
    assert costs[expensive].min() > costs[~expensive].max()  # every multiplier costs more than any shift
    selector = KnapsackSelector(
        get_method("knapsack_lut"), [fc1], {"fc1": built}, built_kernel=lambda layer: built, target=target
    )
    masks, record = selector(model, 0.3)
    pruned = ~masks["fc1"]
    assert pruned.any() and np.all(expensive[pruned])
    assert record["kept_cost"]["lut"] <= record["budget"]["lut"]


def test_knapsack_lut_prunes_to_an_absolute_lut_count_of_the_whole_design():
    experiment, model, layers, built = _lut_design()
    target = experiment.cost_target
    total = estimate_model(layers, list(built.values()), target).totals["lut"]
    budget = {"lut": round(0.6 * total)}
    selector = KnapsackSelector(
        get_method("knapsack_lut"),
        layers,
        built,
        built_kernel=built_kernel,
        target=target,
        absolute=budget,
        design=layers,
    )
    masks, record = selector(model, 1.0)  # the end of the way to the budget
    pruned = [built[layer.name] * masks[layer.name] for layer in layers]
    assert estimate_model(layers, pruned, target).totals["lut"] <= budget["lut"]
    assert record["design_budget"] == budget
    # what lies outside the prunable structures is what the design keeps with every weight pruned (the
    # layers' fixed parts, e.g. their output registers' `lut_output`), up to the rounding of the layer
    # estimates (it was the rounding alone while Vitis UltraScale's `lut_output` was fitted at 0)
    emptied = [np.zeros_like(built[layer.name]) for layer in layers]
    kept_when_empty = estimate_model(layers, emptied, target).totals["lut"]
    assert record["outside_cost"]["lut"] == pytest.approx(kept_when_empty, abs=1)


def test_knapsack_lut_on_layers_whose_luts_pruning_cannot_change_is_a_clear_error(model, experiment):
    """A Resource layer that is not unrolled keeps every multiplier (and its LUT) whatever is pruned."""
    layers = experiment.design("4", pruned=False)
    assert all(layer.strategy == "resource" for layer in layers)
    kernels = {layer.name: model.get_layer(layer.name).kernel.numpy() for layer in layers}
    with pytest.raises(ValueError, match="budgets lut, which pruning the layers does not change") as error:
        KnapsackSelector(get_method("knapsack_lut"), layers, kernels)
    names = ", ".join(layer.name for layer in layers)
    assert f"build layers {names} with the latency strategy, or choose magnitude" in str(error.value)


def test_a_repair_lowers_a_whole_unit_capacity_by_at_least_one_unit(model, experiment):
    """knapsack_lut's knapsack sees whole LUTs: a repair that lowered its capacity by the excess alone (0.03
    LUT) changed nothing it could see, and a QKeras CNN's step ended 0.03 LUT over its budget after all 20
    repairs. A method without a cost unit lowers by the excess."""
    _, _, layers, built = _lut_design()
    lut = KnapsackSelector(get_method("knapsack_lut"), layers, built, built_kernel=built_kernel)
    assert lut._lowered(np.array([0.03])).tolist() == [1.0]
    assert lut._lowered(np.array([2.5])).tolist() == [2.5] and lut._lowered(np.array([0.0])).tolist() == [0.0]
    design = experiment.design("4", pruned=True)
    kernels = {layer.name: model.get_layer(layer.name).kernel.numpy() for layer in design}
    dsp = KnapsackSelector(get_method("knapsack_dsp"), design, kernels)
    assert dsp._lowered(np.array([0.03])).tolist() == [0.03]


def test_the_rounding_of_a_large_sum_is_no_excess_and_a_whole_unit_is():
    """A 784-128-64-2-64-128-784 autoencoder's 168,543 kept structures were re-costed 2.4e-9 DSP above its
    budget of 46,213: taken for an excess (absolute 1e-9), the capacity lowered by it changed nothing, the
    knapsack was solved 20 more times and the step warned "DSP 46,213.00 > 46,213.00"."""
    from fpgaprune.core.selection.select import _excess

    budget = np.array([46213.0, 0.0])
    assert _excess(budget + np.array([2.4e-9, 0.0]), budget).tolist() == [0.0, 0.0]
    assert _excess(budget + np.array([1.0, 0.0]), budget).tolist() == [1.0, 0.0]
    assert _excess(np.array([46212.0, 0.01]), budget).tolist() == [0.0, 0.01]  # a small budget's excess


def test_a_floor_of_whole_bram_slices_names_the_layers_and_the_finer_method(model, experiment):
    """A convolutional autoencoder at RF 64 had 1-3 BRAM slices per layer: the floor of one slice kept each
    layer whole, and the line said to raise max_layer_sparsity, which changed nothing at 0.99;
    knapsack_dsp reached the target. The line now names those layers and that method."""
    from dataclasses import replace

    layers = [
        replace(layer, reuse_factor=layer.n_weights // 2) for layer in experiment.design("4", pruned=True)
    ]
    kernels = {layer.name: model.get_layer(layer.name).kernel.numpy() for layer in layers}
    selector = KnapsackSelector(get_method("knapsack_dsp_bram"), layers, kernels, max_layer_sparsity=0.99)
    with pytest.raises(BudgetInfeasible) as error:
        selector(model, 0.5)
    slices = {
        s.layer.name: s.n_groups for s in layer_structures(get_method("knapsack_dsp_bram"), layers, kernels)
    }
    assert set(slices.values()) == {1}
    names = ", ".join(f"{layer.name} (1 bram_slice)" for layer in layers)
    assert f"in {names} the floor of one structure is all they have" in str(error.value)
    assert str(error.value).endswith(
        "method knapsack_dsp prunes their DSP patterns one at a time instead of whole BRAM slices"
    )


def test_a_repair_stops_when_only_what_costs_nothing_is_left_to_drop():
    """A jet tagger's knapsack_lut step had a floor (what each layer keeps) of 813 LUT above the 805 its
    layers were left: the knapsack kept only structures of no LUT beyond it and was solved 20 more times at
    lower capacities, each the same. A repair helps only while a kept structure costs some of the excess."""
    from fpgaprune.core.knapsack import KnapsackProblem, solve
    from fpgaprune.core.selection.select import _nothing_to_drop

    problem = KnapsackProblem(
        np.array([1.0, 2.0, 3.0]), np.array([[0.0], [0.0], [4.0]]), np.array([0.0]), ("lut",)
    )
    solution = solve(problem)
    assert solution.keep.tolist() == [True, True, False]  # the free LUT costs nothing
    assert _nothing_to_drop(problem, solution, np.array([8.0]))
    wider = KnapsackProblem(problem.values, problem.costs, np.array([4.0]), ("lut",))
    assert not _nothing_to_drop(wider, solve(wider), np.array([8.0]))  # its kept 4 LUT could go
