"""Method `knapsack_rf`: each step chooses every prunable layer's (strategy, reuse factor) and what it keeps.

The candidates of a layer are the (strategy, reuse factor) pairs hls4ml implements as given
(`core.hardware.reuse`) within the configured range; Latency only at RF 1 (at RF > 1 hls4ml's
multiplier limit makes latency and DSPs depend on the pruning non-monotonically). For each candidate and
the current weights the cost model gives the structures (BRAM slices where the weights sit in BRAM,
else DSP patterns, as `knapsack_dsp_bram`), their DSP and BRAM_18K, the fixed part, latency and II;
the importance of a weight is normalised per layer, so a layer is worth the same under every
candidate. `core.joint`
solves the choice exactly. Budgets: a `target` removes that share of the DSP and BRAM_18K of the
job's reuse setting (of the prunable layers, as the other methods), or absolute counts for the whole
design (`absolute`, as `KnapsackSelector`: the target is then the way from the unpruned design to
them, and the layers not pruned take their share first); the latency budget is the whole
design's weight layers' (`combined_latency`: their sum under io_parallel, the slowest one's under
io_stream), the layers that are not pruned included.
"""

import logging
import math
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from fpgaprune.core.budget import parse_latency, way_share
from fpgaprune.core.design import (
    DEFAULT_BACKEND,
    LayerHls,
    Precisions,
    design_layer,
    design_layers,
    implemented_strategy,
)
from fpgaprune.core.hardware.cost import (
    combined_latency,
    estimate_layer,
    estimate_model,
    latency_rule,
    structure_costs,
)
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.multipliers import Target
from fpgaprune.core.hardware.reuse import valid_reuse_factors
from fpgaprune.core.joint import RESOURCES, Candidate, JointProblem, floor_cost, kept_costs, solve_joint
from fpgaprune.core.knapsack import Budget, BudgetInfeasible, problem_from_budgets
from fpgaprune.core.selection.importance import NEEDS_GRADIENTS, group_values, normalise, weight_scores
from fpgaprune.core.selection.select import keras_layer, trained_kernel
from fpgaprune.core.zoo import WeightLayer

log = logging.getLogger(__name__)


def candidate_settings(
    layer: WeightLayer,
    io_type: str,
    strategies: Sequence[str],
    rf_candidates,
    parallelization=(1,),
    backend: str = DEFAULT_BACKEND,
) -> list[LayerHls]:
    """The (strategy, reuse factor, parallelization factor) triples of one layer that hls4ml implements.

    Args:
        layer: the weight layer.
        io_type: io_parallel or io_stream.
        strategies: configured strategies to try (latency, resource).
        rf_candidates: {"min": a, "max": b} or a list of reuse factors; only valid ones are used.
        parallelization: {"min": a, "max": b} or a list of ParallelizationFactors for io_parallel
            convolutions in the Latency strategy (output positions computed at once); only divisors of the
            layer's output positions are used; other layers and strategies take 1.
        backend: the hls4ml backend (`core.hardware.layer.runs_unrolled_kernel`).
    """
    wanted = _wanted(rf_candidates)
    settings = []
    for strategy in strategies:
        for rf in valid_reuse_factors(layer.n_in, layer.n_out):
            setting = LayerHls(rf, strategy)
            if wanted(rf) and _implementable(setting, layer, io_type, strategies, backend):
                settings.extend(_parallel_variants(setting, layer, io_type, parallelization))
    return settings


def _parallel_variants(
    setting: LayerHls, layer: WeightLayer, io_type: str, parallelization
) -> list[LayerHls]:
    """`setting` with every wanted ParallelizationFactor an io_parallel Latency convolution can take (a Conv1D
    or Conv2D; a Dense over a multidimensional input is one to hls4ml, `models.user._pointwise_dense`)."""
    if not layer.is_conv or io_type != "io_parallel" or setting.strategy != "latency":
        return [setting]
    wanted = _wanted(parallelization)
    factors = [pf for pf in range(1, layer.positions + 1) if layer.positions % pf == 0 and wanted(pf)]
    return [LayerHls(setting.reuse_factor, setting.strategy, pf) for pf in factors or [1]]


def _wanted(candidates) -> Callable[[int], bool]:
    """{"min": a, "max": b} or a list of integers -> whether a value is among them."""
    if isinstance(candidates, Mapping):
        return lambda value: candidates["min"] <= value <= candidates["max"]
    return set(candidates).__contains__


def _implementable(setting: LayerHls, layer: WeightLayer, io_type: str, strategies, backend: str) -> bool:
    if setting.strategy == "resource" and setting.reuse_factor == 1 and "latency" in strategies:
        return False  # Resource at RF 1 keeps constant weights: the same design as Latency at RF 1
    if setting.strategy == "latency" and setting.reuse_factor > 1:
        # hls4ml's multiplier limit ceil(n/RF) - floor(zeros/RF) makes such a layer's latency and DSPs depend
        # on which weights are pruned, not monotonically: the all-kept latency is no bound
        # (LeNet-5: +6 cycles)
        return False
    unrolled = implemented_strategy(setting, layer.kind, io_type, True, backend) == "resource_unrolled"
    return not (unrolled and setting.reuse_factor >= layer.n_weights)  # hls4ml cannot unroll that


# what the budget bounds, by `latency_rule`, as the log lines and errors name it
LATENCY_MEASURES = {"sum": "the weight layers' latency", "max": "the slowest weight layer's latency"}


def layers_latency(layers: Sequence[LayerHardware], kernels, target: Target) -> float:
    """The latency estimate (cycles) of weight layers with `kernels`, combined as the budget counts it
    (`combined_latency`)."""
    io_type = layers[0].io_type if layers else "io_parallel"
    estimate = estimate_model(layers, kernels, target)
    return combined_latency((layer.latency_cycles for layer in estimate.layers), io_type)


def latency_bound(
    layer: LayerHardware, estimate, target: Target, cache: dict | None = None
) -> tuple[float, float]:
    """Latency and II that hold whatever weights the layer holds after training (group lasso, fine-tuning).

    Resource layers take RF plus a tail whatever the weights: their `estimate`. A constant-weight (Latency)
    layer's adder trees and products depend on its weights: training may turn a shift into a real product or
    a zero that no mask holds into a term, and add cycles. Its bound is the layer with no weight zero and
    every product a full multiplier (`estimate_layer` without weights; kept in `cache` by layer and setting).
    """
    if layer.strategy != "latency":
        return float(estimate.latency_cycles), float(estimate.ii)
    cache = {} if cache is None else cache
    key = (layer.name, _key(layer))
    if key not in cache:
        cache[key] = estimate_layer(layer, None, target)
    worst = cache[key]
    return float(max(estimate.latency_cycles, worst.latency_cycles)), float(max(estimate.ii, worst.ii))


def bounded_layers_latency(layers: Sequence[LayerHardware], kernels, target: Target) -> float:
    """The weight layers' latency (cycles) as knapsack_rf times them (`latency_bound`), combined as the budget
    counts it: the default latency budget, so that the job's own design is a choice within it (a sparse
    trigger MLP's own design took 6 cycles at its weights, was timed 10 and was refused until 2026-12-05)."""
    io_type = layers[0].io_type if layers else "io_parallel"
    timings = [
        latency_bound(layer, estimate_layer(layer, k, target), target) for layer, k in zip(layers, kernels)
    ]
    return combined_latency((latency for latency, _ in timings), io_type)


def latency_budget_cycles(
    spec: Mapping | None, own_setting: str, clock_ns: float, setting_latency: Callable[[str], float]
) -> float:
    """The design latency budget in cycles.

    Args:
        spec: {"cycles": N}, {"ns": T} (floor(T / clock)), {"like": SETTING} or None (like `own_setting`).
        own_setting: the job's reuse setting.
        clock_ns: the clock period.
        setting_latency: setting name -> its unpruned design's latency (cycles).
    """
    spec = spec or {"like": own_setting}
    if "like" in spec:
        return float(setting_latency(spec["like"]))
    return float(parse_latency(dict(spec), clock_ns).cycles)


class JointSelector:
    """(model, target) -> (masks, record) for `knapsack_rf`; see the module docstring.

    Args:
        weight_layers: the model's weight layers.
        setting: layer name -> the job's reuse setting (its baseline and the non-pruned layers).
        prunable: names of the layers whose implementation and structures are chosen.
        candidates: layer name -> its candidate settings (`candidate_settings`).
        precisions, io_type: the design's types and IO.
        baseline_kernels: layer name -> kernel of the unpruned model (every weight layer).
        latency_budget: design latency budget in cycles (`latency_budget_cycles`).
        ii_limit: largest II of any layer (None: no limit).
        target: FPGA part, HLS tool and clock of the cost model.
        importance, gradients, rel_gap, time_limit_s, max_layer_sparsity: as `KnapsackSelector`.
        absolute: DSP/BRAM_18K counts the whole design may use (None: the target is a share removed).
        built_kernel: model layer -> the kernel hardware is built from (QKeras: quantised), which is costed;
            importance comes from the trained kernel. Default: the trained kernel.
        weight_holder: as `KnapsackSelector`'s.
        backend: the hls4ml backend (`core.hardware.layer.runs_unrolled_kernel`).
        lut_budget: a LUT count of all the weight layers, which bounds the choice of implementations.
        lut_part: the part whose share (less its reserve) `lut_budget` is; None: a count given as such. What
            `check_choice` asks the user to raise.
    """

    def __init__(
        self,
        weight_layers: Sequence[WeightLayer],
        setting: Mapping[str, LayerHls],
        prunable: Sequence[str],
        candidates: Mapping[str, list[LayerHls]],
        precisions: Precisions,
        io_type: str,
        baseline_kernels: Mapping[str, np.ndarray],
        *,
        latency_budget: float,
        ii_limit: int | None,
        target: Target,
        importance: str = "l1",
        gradients=None,
        rel_gap: float = 1e-7,
        time_limit_s: float = 60.0,
        max_layer_sparsity: float = 1.0,
        absolute: Mapping[str, float] | None = None,
        built_kernel: Callable[[object], np.ndarray] | None = None,
        weight_holder: Callable[[object, str], object] | None = None,
        backend: str = DEFAULT_BACKEND,
        lut_budget: float | None = None,
        lut_part: str | None = None,
    ):
        if NEEDS_GRADIENTS.get(importance) and gradients is None:
            raise ValueError(f"importance {importance!r} needs loss gradients")
        self.weight_layers, self.setting, self.prunable = list(weight_layers), dict(setting), list(prunable)
        self.precisions, self.io_type, self.target, self.backend = precisions, io_type, target, backend
        self.importance, self.gradients, self.max_layer_sparsity = importance, gradients, max_layer_sparsity
        self.solver_options = {"rel_gap": rel_gap, "time_limit_s": time_limit_s}
        self._worst = {}
        index = {layer.name: i for i, layer in enumerate(self.weight_layers)}
        self.hardware = {
            name: [
                design_layer(
                    self.weight_layers, index[name], s, precisions, io_type, pruned=True, backend=backend
                )
                for s in candidates[name]
            ]
            for name in self.prunable
        }
        job_design = self.design({})
        self.baseline = sum(
            self._total(layer, baseline_kernels[layer.name])
            for layer in job_design
            if layer.name in self.prunable
        )
        fixed_layers = [layer for layer in job_design if layer.name not in self.prunable]
        fixed = [estimate_layer(layer, baseline_kernels[layer.name], target) for layer in fixed_layers]
        timings = [self._timing(layer, e) for layer, e in zip(fixed_layers, fixed)]
        self.outside = np.array([sum(getattr(e, r) for e in fixed) for r in RESOURCES], float)
        self.lut_left = None if lut_budget is None else float(lut_budget) - sum(e.lut for e in fixed)
        self.lut_part = lut_part
        self.absolute = dict(absolute or {})
        self.built_kernel = built_kernel or trained_kernel
        self.weight_holder = weight_holder or keras_layer
        if set(self.absolute) - set(RESOURCES):
            raise ValueError(
                f"knapsack_rf budgets {', '.join(RESOURCES)}; got {', '.join(sorted(self.absolute))}"
            )
        self.fixed_latency = combined_latency((latency for latency, _ in timings), io_type)
        self.fixed_ii = float(max((ii for _, ii in timings), default=0))
        self.latency_budget = float(latency_budget)
        self.ii_limit = math.inf if ii_limit is None else float(ii_limit)
        if self.fixed_ii > self.ii_limit:
            raise ValueError(
                f"the layers not pruned have II {self.fixed_ii:g} > the II limit {ii_limit}; "
                "raise pruning.knapsack_rf.ii_limit or prune those layers too"
            )
        if self.fixed_latency > self.latency_budget:
            raise ValueError(
                f"the layers not pruned take {self.fixed_latency:,.0f} cycles (estimate), above the latency "
                f"budget of {self.latency_budget:,.0f}; raise pruning.knapsack_rf.latency_budget or prune "
                "those layers too"
            )
        self._check_fastest(baseline_kernels)

    def check_choice(self, model) -> None:
        """One line, before any training, when no choice of implementations meets the latency budget and the
        LUT count together even with every structure kept (each alone is `_check_fastest`'s and the count's
        own check): the walk found every step infeasible (a QKeras MLP at 100 ns with lut=80000: its fast
        layers are Latency RF 1, 187,364 LUT). The way out it names is the LUT count where it was given, the
        part's utilization or a larger part where the count is a part's share (`lut_part`)."""
        if math.isinf(self.latency_budget) or self.lut_left is None:
            return
        try:
            self(model, 0.0)
        except BudgetInfeasible:
            raise ValueError(
                f"no choice of reuse factors and strategies meets both the latency budget of "
                f"{self.latency_budget:,.0f} cycles ({LATENCY_MEASURES[latency_rule(self.io_type)]}) and the "
                f"LUT count ({self.lut_left:,.0f} for the weight layers; estimates, each implementation's "
                "LUT counted with every structure kept, as the choice is bounded): the implementations fast "
                f"enough take more LUT; {self._lut_way_out()}"
            ) from None

    def _lut_way_out(self) -> str:
        """How to allow what `check_choice` refuses: more latency, or more LUT where the count comes from."""
        if self.lut_part is None:
            return "raise the latency budget or the LUT count (--budget lut=)"
        return (
            "raise the latency budget, or give a higher --utilization or a larger part than "
            f"{self.lut_part} (the LUT count is the part's share less the reserve)"
        )

    def _check_fastest(self, kernels: Mapping[str, np.ndarray]) -> None:
        """One line, before any training, when even every pruned layer's fastest candidate (within the II
        limit; timed as `_timing` times it) exceeds the latency budget. Where a Latency layer's bound is
        above its estimate at the current weights, the line gives both (`fpgaprune estimate` shows the
        latter)."""
        if math.isinf(self.latency_budget):  # no budget: no candidate to time
            return
        fastest, at_weights = {}, {}
        for name in self.prunable:
            estimates = [(hw, estimate_layer(hw, kernels[name], self.target)) for hw in self.hardware[name]]
            timed = [(self._timing(hw, e), e) for hw, e in estimates]
            fits = [(latency, e.latency_cycles) for (latency, ii), e in timed if ii <= self.ii_limit]
            if not fits:  # every candidate's II is above the limit: said so, not "inf cycles" (a review)
                least_ii = min(ii for (_, ii), _ in timed)
                raise ValueError(
                    f"no candidate of {name} has an II within pruning.knapsack_rf.ii_limit "
                    f"{self.ii_limit:g} (its smallest: {least_ii:,.0f}, estimate); raise the limit or give "
                    f"{name} faster candidates ({self._faster_options()})"
                )
            fastest[name], at_weights[name] = min(fits)
        least = combined_latency([self.fixed_latency, *fastest.values()], self.io_type)
        if least <= self.latency_budget + 1e-9:
            return
        slowest = max(fastest, key=fastest.get)
        raise ValueError(
            f"the fastest reuse factors and strategies take {least:,.0f} cycles (estimate, "
            f"{LATENCY_MEASURES[latency_rule(self.io_type)]}; {slowest} {fastest[slowest]:,.0f} at its "
            f"fastest{_bound_note(fastest[slowest], at_weights[slowest])}), above the latency budget of "
            f"{self.latency_budget:,.0f}; give a larger latency budget or faster candidates "
            f"({self._faster_options()})"
        )

    def _faster_options(self) -> str:
        """The settings that give the pruned layers faster candidates: the reuse factors and strategies, and
        the ParallelizationFactor where a layer is an io_parallel convolution (it applies to no other)."""
        options = ["pruning.knapsack_rf.rf_candidates", "strategies"]
        convolutions = any(
            hw.kind != "dense" and hw.io_type == "io_parallel"
            for name in self.prunable
            for hw in self.hardware[name]
        )
        if convolutions:
            options.append("parallelization_factors")
        return ", ".join(options)

    def design(self, selection: Mapping) -> list[LayerHardware]:
        """Hardware of every weight layer: the selection's choice, the job's setting elsewhere."""
        chosen = {
            name: LayerHls(spec["reuse_factor"], spec["strategy"], spec.get("parallelization_factor", 1))
            for name, spec in selection.get("design", {}).items()
        }
        return design_layers(
            self.weight_layers,
            {**self.setting, **chosen},
            self.precisions,
            self.io_type,
            pruned=True,
            backend=self.backend,
        )

    def __call__(self, model, target: float, hardware=None) -> tuple[dict[str, np.ndarray], dict]:
        """Masks and record at `target`, choosing each layer's implementation among `hardware` (layer name
        -> candidate implementations; default: every candidate)."""
        hardware = hardware or self.hardware
        kernels, scores = self._kernels_and_scores(model)
        built = {
            name: [self._candidate(hw, kernels[name], scores[name]) for hw in hardware[name]]
            for name in self.prunable
        }
        capacities = self._capacities(target)
        problem = JointProblem(
            {name: [c for c, _ in cands] for name, cands in built.items()},
            capacities,
            self._prunable_latency_budget(),
            self.ii_limit,
            own := self._own_choice(hardware),
            self._lut_capacity(built, own),
            latency_rule(self.io_type),
        )
        solution = solve_joint(problem, **self.solver_options)
        masks, layers = {}, {}
        for name, c in solution.choice.items():
            candidate, group_ids = built[name][c]
            masks[name] = solution.keep[name][group_ids]
            layers[name] = self._layer_record(
                hardware[name][c], candidate, solution.keep[name], len(built[name])
            )
        record = self._record(target, capacities, solution, layers)
        if math.isfinite(problem.lut_capacity):  # LUT of the chosen implementations, every structure kept
            chosen = sum(built[name][c][0].lut for name, c in solution.choice.items())
            record["lut_bound"] = {"capacity": problem.lut_capacity, "chosen": chosen}
        return masks, record

    def _prunable_latency_budget(self) -> float:
        """Cycles the prunable layers may take: the budget less the layers not pruned when latencies add up;
        the whole budget for each layer when the slowest one counts."""
        if latency_rule(self.io_type) == "max":
            return self.latency_budget
        return self.latency_budget - self.fixed_latency

    def _lut_capacity(self, built: Mapping, own: dict | None) -> float:
        """LUT the chosen implementations may use (each with every structure kept): the LUT count less the
        layers not pruned, or the job's own choice's LUT where that is more (a design already above the count
        keeps to what it has; the choice may not trade DSPs for more LUTs). Unbounded without a count, and
        when the job's own choice is not among the candidates (a re-selection within a chosen design)."""
        if self.lut_left is None or own is None:
            return math.inf
        own_lut = sum(built[name][c][0].lut for name, c in own.items())
        return max(self.lut_left, own_lut)

    def reselect(self, model, target: float, masks: Mapping, selection: Mapping):
        """Select again at `target` after fine-tuning: the design `selection` chose, among the structures
        that keep a weight in `masks` (pruned weights are zeros: they cost and are worth nothing)."""
        chosen = {layer.name: [layer] for layer in self.design(selection) if layer.name in self.prunable}
        again, record = self(model, target, hardware=chosen)
        return {name: again[name] & np.asarray(masks[name], bool) for name in again}, record

    def _capacities(self, target: float) -> np.ndarray:
        """DSP and BRAM_18K the prunable layers may use. Shares: `target` of their baseline removed. Absolute:
        `target` is the way from the unpruned design (0) to the design budget (1), less the layers not pruned;
        a resource without a count is not budgeted."""
        if not self.absolute:
            return problem_from_budgets(
                np.zeros(0),
                np.zeros((0, len(RESOURCES))),
                RESOURCES,
                self.baseline,
                [Budget(resource, target=target) for resource in RESOURCES],
            ).capacities
        capacities = np.full(len(RESOURCES), math.inf)
        for j, resource in enumerate(RESOURCES):
            if resource in self.absolute:
                final = self.absolute[resource] - self.outside[j]
                way = self.baseline[j] - target * (self.baseline[j] - final)
                capacities[j] = math.floor(max(final, way) + 1e-9)
        return capacities

    @property
    def baseline_costs(self) -> dict[str, float]:
        """The pruned layers' cost in each resource at the job's design, unpruned (`KnapsackSelector`'s)."""
        return dict(zip(RESOURCES, self.baseline.tolist()))

    def way_share(self, model) -> float:
        """The schedule's span, in (0, 1], as `KnapsackSelector.way_share`: the largest share of a budgeted
        resource the prunable structures lose on the way to the absolute counts; 1 without counts and when
        the counts remove nothing (a budget above the design)."""
        if not self.absolute:
            return 1.0
        return way_share(self.baseline, self.outside, self.absolute, RESOURCES) or 1.0

    def must_remain(self, model) -> dict[str, float]:
        """A lower bound of what the design keeps whatever is chosen: the layers not pruned plus, per pruned
        layer, its cheapest candidate's fixed part and floor (each resource on its own)."""
        kernels, scores = self._kernels_and_scores(model)
        least = np.zeros(len(RESOURCES))
        for name in self.prunable:
            candidates = (self._candidate(hw, kernels[name], scores[name])[0] for hw in self.hardware[name])
            least += np.min([floor_cost(candidate) for candidate in candidates], axis=0)
        return dict(zip(RESOURCES, (self.outside + least).tolist()))

    def _kernels_and_scores(self, model) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
        """The kernels hls4ml builds (costs) and the importance of the trained weights, per pruned layer."""
        trained = {name: self.weight_holder(model, name).kernel.numpy() for name in self.prunable}
        built = {name: self.built_kernel(self.weight_holder(model, name)) for name in self.prunable}
        return built, self._scores(model, trained)

    def _own_choice(self, hardware) -> dict | None:
        """The job's own setting as a candidate index per layer (the solver's first incumbent), if present."""
        own = {}
        for name in self.prunable:
            keys = [_key(hw) for hw in hardware[name]]
            setting = self.setting[name]
            key = (setting.reuse_factor, setting.strategy == "latency", setting.parallelization_factor)
            if key not in keys:
                return None
            own[name] = keys.index(key)
        return own

    def _candidate(self, layer: LayerHardware, kernel: np.ndarray, scores: np.ndarray):
        """(Candidate, group id of every weight) of one implementation of a layer, for the current weights."""
        structure = "bram_slice" if layer.weights_in_bram else "pattern"
        costs = structure_costs(layer, kernel, structure, self.target)
        estimate = estimate_layer(layer, kernel, self.target)
        values = group_values(scores, costs.group_ids, costs.n_groups)
        per_structure = np.round(
            np.column_stack([costs.cost[r] for r in RESOURCES]), 9
        )  # float noise splits groups
        fixed = np.array([costs.fixed[r] for r in RESOURCES])
        floor = math.ceil((1.0 - self.max_layer_sparsity) * costs.n_groups - 1e-9)
        latency, ii = self._timing(layer, estimate)
        candidate = Candidate(
            "latency" if layer.strategy == "latency" else "resource",
            layer.reuse_factor,
            values,
            per_structure,
            fixed,
            latency,
            ii,
            floor,
            layer.parallelization_factor,
            float(estimate.lut),
        )
        return candidate, costs.group_ids

    def _timing(self, layer: LayerHardware, estimate) -> tuple[float, float]:
        """`latency_bound` of one implementation (its all-nonzero estimate computed once)."""
        return latency_bound(layer, estimate, self.target, self._worst)

    def _total(self, layer: LayerHardware, kernel: np.ndarray) -> np.ndarray:
        costs = structure_costs(
            layer, kernel, "bram_slice" if layer.weights_in_bram else "pattern", self.target
        )
        return np.array([costs.fixed[r] + costs.cost[r].sum() for r in RESOURCES])

    def _scores(self, model, kernels) -> dict[str, np.ndarray]:
        mean, squared = self.gradients(model) if NEEDS_GRADIENTS[self.importance] else ({}, {})
        return {
            name: normalise(weight_scores(self.importance, kernel, mean.get(name), squared.get(name)))
            for name, kernel in kernels.items()
        }

    @staticmethod
    def _layer_record(
        layer: LayerHardware, candidate: Candidate, keep: np.ndarray, n_candidates: int
    ) -> dict:
        dsp, bram = kept_costs(candidate, keep)
        return {
            "structure": "bram_slice" if layer.weights_in_bram else "pattern",
            "groups": int(keep.size),
            "kept": int(keep.sum()),
            "floor": candidate.min_keep,
            "reuse_factor": candidate.reuse_factor,
            "strategy": candidate.strategy,
            "parallelization_factor": candidate.parallelization_factor,
            "implemented": layer.strategy,
            "dsp": float(dsp),
            "bram_18k": float(bram),
            "latency_cycles": candidate.latency_cycles,
            "ii": candidate.ii,
            "candidates": n_candidates,
        }

    def _record(self, target: float, capacities: np.ndarray, solution, layers: dict) -> dict:
        keys = ("reuse_factor", "strategy", "parallelization_factor")
        design = {name: {key: getattr(s, key) for key in keys} for name, s in self.setting.items()}
        design |= {name: {key: r[key] for key in keys} for name, r in layers.items()}
        return {
            "target": target,
            "budget": {
                **dict(zip(RESOURCES, capacities.tolist())),
                "latency_cycles": self.latency_budget,
                "ii": None if math.isinf(self.ii_limit) else self.ii_limit,
            },
            "baseline": self.baseline_costs,
            "kept_cost": {r: sum(layer[r] for layer in layers.values()) for r in RESOURCES},
            "latency_cycles": combined_latency(
                [self.fixed_latency, *(layer["latency_cycles"] for layer in layers.values())], self.io_type
            ),
            "ii": max([self.fixed_ii, *(layer["ii"] for layer in layers.values())]),
            "design": design,
            "layers": layers,
            "knapsack": solution.record(),
            "source": "estimate",  # every cost above is the cost model's
        }


def _bound_note(bound: float, at_weights: float) -> str:
    """What a refusal adds where a Latency layer's bound (`latency_bound`) is above its estimate now."""
    if bound <= at_weights:
        return ""
    return (
        f", {at_weights:,.0f} at its current weights: a Latency layer is timed with no weight zero and every "
        "product full, which training may bring"
    )


def _key(layer: LayerHardware) -> tuple[int, bool, int]:
    return layer.reuse_factor, layer.strategy == "latency", layer.parallelization_factor
