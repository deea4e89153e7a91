"""The pruning methods compared by the pipeline, as structure choices for one global knapsack.

Every method picks, per weight layer, the structure type it prunes and the resources its budget
counts; the knapsack then keeps the most important structures within (1 - target) of the baseline:
- `knapsack_dsp`: DSP patterns (RF weights of one multiplier) in Resource layers, single weights in
  Latency layers (at RF 1 each non-trivial product is a multiplier); budget on DSP.
- `knapsack_dsp_bram`: BRAM slices (the adjacent patterns that fill whole BRAM columns) in Resource
  layers, single weights elsewhere; budgets on DSP and BRAM_18K together.
- `knapsack_rf`: as `knapsack_dsp_bram`, and each layer's strategy and reuse factor are chosen too,
  under a latency budget (`fpgaprune.core.selection.joint_select`, solved by `fpgaprune.core.joint`).
- `knapsack_lut`: the structures of `knapsack_dsp`; budget on LUT (estimates: a weight's multiplier or
  shift-add bits and its share of the adder tree, a Resource_Unrolled pattern's multiplier and adder). For
  designs whose products are built in LUTs (8-bit operands under Vitis HLS: docs/cost-model-record.md 2.1).
- `magnitude`: global unstructured magnitude pruning (raw |w|, no per-layer normalisation and no
  per-layer floor, as with TF-MOT); budget on the number of weights.
- `structured`: whole neurons/filters by L1 norm, the output layer excluded; budget on neurons.
Costs of hardware resources come from the cost model (`fpgaprune.core.hardware.cost.structure_costs`),
recomputed from the current weights at every step (a Latency weight's DSP depends on its value).
"""

from dataclasses import dataclass

import numpy as np

from fpgaprune.core.hardware.cost import DEFAULT_TARGET, structure_costs
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.multipliers import Target

JOINT_METHOD = "knapsack_rf"  # the reuse factor and strategy of each layer are chosen with the structures


@dataclass(frozen=True)
class Method:
    name: str
    resources: tuple[str, ...]
    normalise: bool = True  # importance normalised per layer
    layer_floor: bool = True  # every layer keeps a share of its structures (pruning.max_layer_sparsity)
    # The knapsack sees costs rounded to this unit (0: exact); what is kept is re-costed exactly and held to
    # the budget (`KnapsackSelector`). LUT shares are fractions with many distinct sums: at rel_gap 1e-7 the
    # exact MIP is a subset-sum SCIP did not close in 60 s on LeNet-5 at RF 1 (target 0.75); on whole LUTs
    # (0.5 LUT at most per weight of 24-65, within the estimate's error band) it took 0.2 s (docs/pruning.md
    # section 6).
    cost_unit: float = 0.0

    def structure(self, layer: LayerHardware, is_last: bool) -> str | None:
        """Structure type pruned in `layer`, or None when the layer is not pruned."""
        if self.name in ("knapsack_dsp", "knapsack_lut"):
            return "pattern"  # the cost model treats a Latency pattern as one weight
        if self.name in ("knapsack_dsp_bram", JOINT_METHOD):
            return "bram_slice" if layer.weights_in_bram else "pattern"
        if self.name == "magnitude":
            return "single"
        return None if is_last else "neuron"


METHODS = {
    m.name: m
    for m in (
        Method("knapsack_dsp", ("dsp",)),
        Method("knapsack_dsp_bram", ("dsp", "bram_18k")),
        Method(JOINT_METHOD, ("dsp", "bram_18k")),
        Method("knapsack_lut", ("lut",), cost_unit=1.0),
        Method("magnitude", ("weights",), normalise=False, layer_floor=False),
        Method("structured", ("neurons",)),
    )
}
PEER_METHOD = "hls4ml_dsp_aware"  # run by hls4ml itself: fpgaprune.pruning.peer
# hls4ml's own loop judges accuracy: a regression (`core.objective`) is pruned by the other methods
REGRESSION_PEER_REFUSAL = (
    f"method {PEER_METHOD} runs hls4ml's own loop, which judges classifiers on accuracy: a regression takes "
    "a knapsack method (knapsack_dsp_bram, ...), magnitude or structured"
)
METHOD_NAMES = (*METHODS, PEER_METHOD)


def check_method(name: str) -> None:
    """Raise one line when `name` is not a pruning method (knapsack-based or the peer)."""
    if name not in METHOD_NAMES:
        raise ValueError(f"unknown pruning method {name!r}; known: {', '.join(METHOD_NAMES)}")


def get_method(name: str) -> Method:
    """The knapsack-based method `name` (the peer has no `Method`: it is hls4ml's own loop)."""
    check_method(name)
    if name == PEER_METHOD:
        raise ValueError(f"{PEER_METHOD} is hls4ml's own pruning loop, not a knapsack method")
    return METHODS[name]


@dataclass(frozen=True)
class LayerStructures:
    """One pruned layer's structures: group id of each weight and each group's cost per budgeted resource."""

    layer: LayerHardware
    structure: str
    group_ids: np.ndarray
    costs: np.ndarray  # (n_groups, n_resources)

    @property
    def n_groups(self) -> int:
        return self.costs.shape[0]


def layer_structures(
    method: Method,
    layers: list[LayerHardware],
    kernels: dict[str, np.ndarray],
    target: Target = DEFAULT_TARGET,
) -> list[LayerStructures]:
    """The structures `method` prunes in each layer, with costs computed from `kernels` for `target` (the
    part and HLS tool decide which products are DSPs)."""
    result = []
    for index, layer in enumerate(layers):
        structure = method.structure(layer, index == len(layers) - 1)
        if structure is not None:
            costs = structure_costs(layer, kernels[layer.name], structure, target)
            columns = [_cost_column(resource, costs) for resource in method.resources]
            result.append(LayerStructures(layer, structure, costs.group_ids, np.column_stack(columns)))
    return result


def _cost_column(resource: str, costs) -> np.ndarray:
    if resource == "weights":
        return np.bincount(costs.group_ids.ravel(), minlength=costs.n_groups).astype(float)
    if resource == "neurons":
        return np.ones(costs.n_groups)
    return costs.cost[resource]
