"""Masks at a target: structures and costs from the cost model, values from importance, one knapsack."""

import logging
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

import numpy as np

from fpgaprune.core.budget import way_share
from fpgaprune.core.hardware.cost import DEFAULT_TARGET, estimate_model
from fpgaprune.core.hardware.layer import LayerHardware, unrolling_ways
from fpgaprune.core.hardware.multipliers import Target
from fpgaprune.core.knapsack import Budget, BudgetInfeasible, problem_from_budgets, solve
from fpgaprune.core.selection.importance import NEEDS_GRADIENTS, group_values, normalise, weight_scores
from fpgaprune.core.selection.methods import LayerStructures, Method, get_method, layer_structures

log = logging.getLogger(__name__)
_MAX_REPAIRS = 20  # re-solves at lowered capacities when shared products make the kept set cost more
# What a kept set may cost above a budget and still be within it, relative to the budget: the rounding of a
# sum of 10^5-10^6 float costs (an autoencoder's 168,543 kept structures summed 2.4e-9 DSP above 46,213)
_SUM_NOISE = 1e-9

Gradients = Callable[[object], tuple[dict, dict]]  # model -> (mean gradient, mean squared gradient) by layer


def _excess(cost: np.ndarray, budget: np.ndarray) -> np.ndarray:
    """What a kept set costs above the budget, per resource; 0 within the sum's rounding (`_SUM_NOISE`): an
    absolute 1e-9 took an autoencoder's rounding for an excess, lowered the capacity by it, solved the same
    knapsack 20 times more and warned "DSP 46,213.00 > 46,213.00"."""
    excess = np.clip(cost - budget, 0.0, None)
    return np.where(excess > _SUM_NOISE * np.maximum(np.abs(budget), 1.0), excess, 0.0)


def _nothing_to_drop(problem, solution, excess: np.ndarray) -> bool:
    """Whether no structure the knapsack kept beyond the floor costs any of a resource in `excess`: dropping
    them would not lower it, so no repair can."""
    kept = problem.costs[np.asarray(solution.keep, bool)]
    return not np.any(kept[:, excess > 0] > 0)


class KnapsackSelector:
    """(model, target) -> (masks, record): keep the most important structures within the budget.

    The budget of each resource of the method is (1 - target) x its baseline total, the baseline
    being the cost of the structures of the unpruned model. With `absolute` budgets (counts for the
    whole `design`), the target is instead the way from the unpruned design (0) to those counts (1),
    and what the prunable structures may keep is the count minus the design's other resources.

    Layer floor: every layer keeps at least its (1 - max_layer_sparsity) most important structures,
    decided before the knapsack (their costs count against the budget). Without it an additive
    objective empties whole layers at high targets: with per-layer normalised importance each
    structure of a large layer is worth less than one of a small layer, so the knapsack drops the
    large layer's structures first, all of them, and the network loses its signal path (measured on
    LeNet-5 at 87 % DSP: the 400-120 layer went from 17 % to 2 % of its structures in one step and
    validation accuracy from 0.90 to 0.85). Within a layer of equal structure costs, keeping the
    most valuable ones is what an optimal solution under a "keep at least k" constraint does.

    Args:
        method: the pruning method (structure types and budgeted resources).
        layers: hardware description of the design's weight layers, in model order.
        baseline_kernels: layer name -> kernel of the unpruned model.
        importance: l1, l2, taylor or hessian.
        gradients: needed for taylor and hessian.
        solver, rel_gap, time_limit_s: passed to `fpgaprune.core.knapsack.solve`.
        max_layer_sparsity: the most of one layer's structures that may be pruned (1 = no floor);
            ignored by methods without a layer floor (magnitude).
        built_kernel: model layer -> the kernel the hardware is built from, which the costs are taken
            of (a QKeras layer's quantised kernel: a weight that rounds to zero or a power of two needs
            no multiplier); importance is taken of the trained kernel. Default: the layer's kernel.
        weight_holder: (model, weight layer name) -> what holds its `kernel` (default: the model layer).
        target: the part, HLS tool and clock the costs are for (`Experiment.cost_target`): the tool and the
            DSP generation decide which products are DSPs (an 8-bit product is a DSP under Vivado HLS, LUTs
            under Vitis HLS: docs/cost-model-record.md 2.1).
    """

    def __init__(
        self,
        method: Method,
        layers: list[LayerHardware],
        baseline_kernels: dict[str, np.ndarray],
        *,
        importance: str = "l1",
        gradients: Gradients | None = None,
        solver: str = "auto",
        rel_gap: float = 1e-7,
        time_limit_s: float = 60.0,
        max_layer_sparsity: float = 1.0,
        absolute: Mapping[str, float] | None = None,
        design: Sequence[LayerHardware] | None = None,
        built_kernel: Callable[[object], np.ndarray] | None = None,
        weight_holder: Callable[[object, str], object] | None = None,
        target: Target = DEFAULT_TARGET,
    ):
        if NEEDS_GRADIENTS.get(importance) and gradients is None:
            raise ValueError(f"importance {importance!r} needs loss gradients")
        if not 0.0 < max_layer_sparsity <= 1.0:
            raise ValueError(f"max_layer_sparsity {max_layer_sparsity} must lie in (0, 1]")
        if absolute and (design is None or set(absolute) - set(method.resources)):
            raise ValueError(
                f"absolute budgets need the whole design and resources of method {method.name} "
                f"({', '.join(method.resources)}); got {', '.join(absolute)}"
            )
        self.method, self.layers, self.importance, self.gradients = method, layers, importance, gradients
        self.max_layer_sparsity = max_layer_sparsity if method.layer_floor else 1.0
        self.solver_options = {"solver": solver, "rel_gap": rel_gap, "time_limit_s": time_limit_s}
        self.absolute, self.design = dict(absolute or {}), list(design or layers)
        self.built_kernel = built_kernel or trained_kernel
        self.weight_holder = weight_holder or keras_layer
        self.target = target
        baseline = layer_structures(method, layers, baseline_kernels, target)
        self.baseline = np.sum([s.costs.sum(axis=0) for s in baseline], axis=0)
        if not np.any(self.baseline > 0):
            raise ValueError(_unused_resources_message(method, layers, baseline_kernels, target))

    def __call__(
        self, model, target: float, within: Mapping[str, np.ndarray] | None = None
    ) -> tuple[dict[str, np.ndarray], dict]:
        """Masks and record at `target`; with `within` (layer name -> mask), only structures that keep a
        weight there may be kept (a re-selection among what is kept, after fine-tuning)."""
        structures, all_values, all_costs, floor = self._items(model)
        allowed = _allowed(structures, within)
        floor &= allowed
        free = ~floor & allowed
        floor_cost = all_costs[floor].sum(axis=0)
        outside = self._outside_cost(model, all_costs)
        try:
            problem = problem_from_budgets(
                all_values[free],
                self._solver_costs(all_costs[free]),
                self.method.resources,
                self.baseline,
                self._budgets(target, outside),
                fixed=floor_cost,
            )
        except BudgetInfeasible as error:
            raise BudgetInfeasible(f"{error}, {self._floor_hint(structures, floor)}") from None
        solution, keep, kept_cost, repairs = self._solve_within_budget(
            problem, problem.capacities + floor_cost, model, structures, floor, free
        )
        masks, kept, offset = {}, {}, 0
        for s in structures:
            layer_keep = keep[offset : offset + s.n_groups]
            masks[s.layer.name] = layer_keep[s.group_ids]
            kept[s.layer.name] = {
                "structure": s.structure,
                "groups": s.n_groups,
                "kept": int(layer_keep.sum()),
                "floor": int(floor[offset : offset + s.n_groups].sum()),
            }
            offset += s.n_groups
        record = {
            "target": target,
            "budget": dict(zip(self.method.resources, (problem.capacities + floor_cost).tolist())),
            "baseline": self.baseline_costs,
            "kept_cost": dict(zip(self.method.resources, kept_cost.tolist())),
            "layers": kept,
            "knapsack": {**solution.record(), "repairs": repairs},
            "source": "estimate",  # every cost here is the cost model's (it said none, a review, 2026-12-07)
        }
        if self.method.cost_unit:  # the knapsack's gap is that of the rounded costs
            record["knapsack"]["cost_unit"] = self.method.cost_unit
        if self.absolute:
            record["design_budget"] = dict(self.absolute)
            record["outside_cost"] = dict(zip(self.method.resources, outside.tolist()))
        return masks, record

    def reselect(self, model, target: float, masks: Mapping, selection: Mapping):
        """Select again at `target` after fine-tuning, among the structures that keep a weight in `masks`."""
        return self(model, target, within=masks)

    def must_remain(self, model) -> dict[str, float]:
        """What the design keeps of each budgeted resource whatever is pruned: the per-layer floor plus,
        with absolute budgets, everything outside the pruned structures (other layers, fixed parts)."""
        _, _, all_costs, floor = self._items(model)
        remain = all_costs[floor].sum(axis=0) + self._outside_cost(model, all_costs)
        return dict(zip(self.method.resources, remain.tolist()))

    def must_remain_by_layer(self, model) -> dict[str, dict[str, float]]:
        """`must_remain` of an absolute budget, per weight layer of the design: its floor plus what none of
        its prunable structures carries (the whole of a layer not pruned; the multipliers of hls4ml's rolled
        Resource kernel, which pruning does not free), so that a refusal can name where the floor lies."""
        structures, _, all_costs, floor = self._items(model)
        kernels = [self.built_kernel(self.weight_holder(model, layer.name)) for layer in self.design]
        resources = self.method.resources
        remain = {
            e.name: np.array([getattr(e, r) for r in resources], float)
            for e in estimate_model(self.design, kernels, self.target).layers
        }
        offset = 0
        for s in structures:
            costs, kept = all_costs[offset : offset + s.n_groups], floor[offset : offset + s.n_groups]
            remain[s.layer.name] += costs[kept].sum(axis=0) - costs.sum(axis=0)
            offset += s.n_groups
        return {name: dict(zip(resources, counts.tolist())) for name, counts in remain.items()}

    @property
    def baseline_costs(self) -> dict[str, float]:
        """The prunable structures' unpruned cost in each resource the method budgets (what a share's target
        removes a share of; every selection record's `baseline`)."""
        return dict(zip(self.method.resources, self.baseline.tolist()))

    def way_share(self, model) -> float:
        """The schedule's span (`schedule` module docstring): the share of a budgeted resource that target 1
        removes from the prunable structures, in (0, 1].

        With absolute counts, the largest share of a budgeted resource those structures lose at the end of
        the way to the counts (`budget.way_share`). 1 without absolute counts (a share removed: target t
        removes t) and when the counts remove nothing (a budget above the design: the walk's targets are then
        shares removed, as without counts, and every step meets the budget).
        """
        if not self.absolute:
            return 1.0
        _, _, all_costs, _ = self._items(model)
        outside = self._outside_cost(model, all_costs)
        return way_share(self.baseline, outside, self.absolute, self.method.resources) or 1.0

    def _solve_within_budget(self, problem, budget, model, structures, floor, free):
        """Solve, then re-cost what is kept; while it exceeds the budget, lower the capacity by the excess.

        Costs are additive except where identical constant products (same input, same weight) share one
        multiplier: each copy costs its share, and pruning some copies raises the share of those left,
        so a kept set can cost more than the sum the knapsack saw. Re-costing the pruned kernels gives
        the design's true cost; the optimality gap then holds for the tightened capacities. Once the kept
        structures beyond the floor (what each layer keeps) cost nothing of an exceeded resource, a lower
        capacity changes nothing (`_nothing_to_drop`): a jet tagger's knapsack_lut step, its floor 813 LUT
        above the 805 its layers were left, solved the same knapsack 20 more times.
        """
        for repairs in range(_MAX_REPAIRS + 1):
            solution = solve(problem, **self.solver_options)
            keep = floor.copy()
            keep[free] = solution.keep
            cost = self._recost(model, structures, keep)
            excess = _excess(cost, budget)
            stuck = bool(np.any(excess)) and _nothing_to_drop(problem, solution, excess)
            if not np.any(excess) or repairs == _MAX_REPAIRS or stuck:
                break
            problem = replace(
                problem, capacities=np.clip(problem.capacities - self._lowered(excess), 0.0, None)
            )
        if np.any(excess):
            over = ", ".join(
                f"{r.upper()} {c:,.2f} > {b:,.2f}"
                for r, c, b, e in zip(self.method.resources, cost, budget, excess)
                if e
            )
            kept_floor = "; what is over is what each layer must keep (pruning.max_layer_sparsity)"
            log.warning(
                "the pruned layers' kept structures cost more than the step leaves them after %d repairs: %s "
                "(the counts of the prunable structures alone, not of the whole weight layers)%s",
                repairs,
                over,
                kept_floor if stuck else "",
            )
        return solution, keep, cost, repairs

    def _lowered(self, excess: np.ndarray) -> np.ndarray:
        """How much a repair lowers the knapsack's capacities: the excess, and at least the method's
        `cost_unit` where there is one. The knapsack sees whole units, so lowering by a fraction of one often
        changed nothing: a QKeras CNN's knapsack_lut step was 0.03 LUT over after all 20 repairs (0.03
        each)."""
        unit = self.method.cost_unit
        return np.where(excess > 0, np.maximum(excess, unit), 0.0) if unit else excess

    def _solver_costs(self, costs: np.ndarray) -> np.ndarray:
        """The costs the knapsack sees: rounded to the method's `cost_unit` (if any)."""
        unit = self.method.cost_unit
        return np.round(costs / unit) * unit if unit else costs

    def _recost(self, model, structures: list[LayerStructures], keep: np.ndarray) -> np.ndarray:
        """What the kept structures cost once the others are zero (the knapsack's columns)."""
        kernels, kept, offset = {}, [], 0
        for s in structures:
            kept.append(keep[offset : offset + s.n_groups])
            kernels[s.layer.name] = (
                self.built_kernel(self.weight_holder(model, s.layer.name)) * kept[-1][s.group_ids]
            )
            offset += s.n_groups
        recosted = layer_structures(self.method, self.layers, kernels, self.target)
        return np.sum([r.costs[k].sum(axis=0) for r, k in zip(recosted, kept)], axis=0)

    def _floor_hint(self, structures: Sequence[LayerStructures], floor: np.ndarray) -> str:
        """How to let the knapsack keep less than the per-layer floor (an infeasible budget's line): raise
        `max_layer_sparsity`; unless the floor is every structure of layers that have only a few (a
        convolutional autoencoder's BRAM slices at RF 64: 1-3 per layer, each kept whole, where 128 of its 132
        DSP "could not be pruned" at 0.95 and at 0.99 alike), where a method of finer structures helps."""
        whole, offset = [], 0
        for s in structures:
            if s.structure == "bram_slice" and s.n_groups and floor[offset : offset + s.n_groups].all():
                whole.append(f"{s.layer.name} ({s.n_groups} {s.structure})")
            offset += s.n_groups
        raise_it = (
            f"or raise pruning.max_layer_sparsity (now {self.max_layer_sparsity}) so that each layer may "
            "keep less"
        )
        if not whole:
            return raise_it
        return (
            f"{raise_it}; in {', '.join(whole)} the floor of one structure is all they have, whatever "
            "max_layer_sparsity below 1 says: method knapsack_dsp prunes their DSP patterns one at a time "
            "instead of whole BRAM slices"
        )

    def _items(self, model):
        """(structures, values, costs, floor mask) of every prunable structure at the model's weights."""
        kernels = {layer.name: trained_kernel(self.weight_holder(model, layer.name)) for layer in self.layers}
        built = {
            layer.name: self.built_kernel(self.weight_holder(model, layer.name)) for layer in self.layers
        }
        structures = layer_structures(self.method, self.layers, built, self.target)
        values = self._values(structures, kernels, model)
        floor = np.concatenate([self._floor(v) for v in values])
        return structures, np.concatenate(values), np.vstack([s.costs for s in structures]), floor

    def _outside_cost(self, model, all_costs: np.ndarray) -> np.ndarray:
        """The design's resources that no prunable structure carries (zero without absolute budgets)."""
        if not self.absolute:
            return np.zeros(len(self.method.resources))
        kernels = [self.built_kernel(self.weight_holder(model, layer.name)) for layer in self.design]
        totals = estimate_model(self.design, kernels, self.target).totals
        return np.array([totals[r] for r in self.method.resources], float) - all_costs.sum(axis=0)

    def _budgets(self, target: float, outside: np.ndarray) -> list[Budget]:
        """Shares: `target` of every resource. Absolute: `target` is the way from the unpruned design (0)
        to the design budget (1); each resource's allowed count moves linearly along it."""
        if not self.absolute:
            return [Budget(resource, target=target) for resource in self.method.resources]
        budgets = []
        for j, resource in enumerate(self.method.resources):
            if resource not in self.absolute:
                continue
            final = self.absolute[resource] - outside[j]
            allowed = math.floor(max(final, self.baseline[j] - target * (self.baseline[j] - final)) + 1e-9)
            if allowed < 0:
                raise BudgetInfeasible(
                    f"budget for {resource!r} allows {self.absolute[resource]:g} but "
                    f"{outside[j]:g} lies outside the prunable structures; raise the budget"
                )
            budgets.append(Budget(resource, absolute=allowed))
        return budgets

    def _floor(self, values: np.ndarray) -> np.ndarray:
        """The layer's structures kept whatever the budget: its most valuable non-zero ones."""
        count = min(math.ceil((1.0 - self.max_layer_sparsity) * len(values) - 1e-9), int(np.sum(values > 0)))
        floor = np.zeros(len(values), bool)
        floor[np.argsort(-values, kind="stable")[:count]] = True
        return floor

    def _values(self, structures: list[LayerStructures], kernels, model) -> list[np.ndarray]:
        mean, squared = self.gradients(model) if NEEDS_GRADIENTS[self.importance] else ({}, {})
        values = []
        for s in structures:
            name = s.layer.name
            scores = weight_scores(self.importance, kernels[name], mean.get(name), squared.get(name))
            values.append(
                group_values(normalise(scores) if self.method.normalise else scores, s.group_ids, s.n_groups)
            )
        return values


def _unused_resources_message(method: Method, layers, kernels, target: Target) -> str:
    """Why `method` has nothing to prune, and which method has: knapsack_lut where the products are LUTs."""
    lut_method = get_method("knapsack_lut")
    rolled = [layer for layer in layers if layer.runs_rolled_kernel]
    if method == lut_method:
        unroll = (
            f"build layers {', '.join(layer.name for layer in rolled)} with {unrolling_ways(rolled)}, or "
            if rolled
            else ""
        )
        return (
            f"method {method.name} budgets lut, which pruning the layers does not change (all-zero layers, "
            "or Resource layers, which keep every multiplier whatever is pruned); "
            f"{unroll}choose magnitude or structured"
        )
    luts = sum(s.costs.sum() for s in layer_structures(lut_method, layers, kernels, target))
    instead = ("knapsack_lut (a LUT budget), " if luts > 0 else "") + "magnitude or structured"
    resources = ", ".join(method.resources)
    if rolled:
        return (
            f"method {method.name} budgets {resources}, which pruning cannot lower here: layers "
            f"{', '.join(layer.name for layer in rolled)} run hls4ml's rolled Resource kernel, which keeps "
            f"every multiplier and ROM word whatever is pruned, and the other layers use none; build those "
            f"layers with {unrolling_ways(rolled)}, or choose {instead}"
        )
    return (
        f"method {method.name} budgets {resources}, which the layers it prunes do not use "
        "(their products are shift-adds or LUT multipliers: docs/cost-model-record.md 2.1); "
        f"choose {instead}, or wider precisions"
    )


def keras_layer(model, name: str):
    """The model layer of weight layer `name` (the selectors' default `weight_holder`; a user's model passes
    `models.user.weight_holder`, which also holds a recurrent layer's two products)."""
    return model.get_layer(name)


def trained_kernel(layer) -> np.ndarray:
    """A model layer's kernel as trained (the selectors' default `built_kernel`)."""
    return layer.kernel.numpy()


def _allowed(structures: list[LayerStructures], within: Mapping[str, np.ndarray] | None) -> np.ndarray:
    """Per structure: whether it keeps a weight in `within` (all True without it)."""
    if within is None:
        return np.ones(sum(s.n_groups for s in structures), bool)
    return np.concatenate(
        [
            np.bincount(s.group_ids.ravel(), weights=within[s.layer.name].ravel(), minlength=s.n_groups) > 0
            for s in structures
        ]
    )
