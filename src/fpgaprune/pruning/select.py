"""Masks at a target: structures and costs from the cost model, values from importance, one knapsack."""

import logging
from collections.abc import Callable

import numpy as np

from fpgaprune.hardware.layer import LayerHardware
from fpgaprune.knapsack import Budget, problem_from_budgets, solve
from fpgaprune.pruning.importance import NEEDS_GRADIENTS, group_values, normalise, weight_scores
from fpgaprune.pruning.methods import LayerStructures, Method, layer_structures

log = logging.getLogger(__name__)

Gradients = Callable[[object], tuple[dict, dict]]  # model -> (mean gradient, mean squared gradient) by layer


class KnapsackSelector:
    """(model, target) -> (masks, record): keep the most important structures within the budget.

    The budget of each resource of the method is (1 - target) x its baseline total, the baseline
    being the cost of the structures of the unpruned model.

    Args:
        method: the pruning method (structure types and budgeted resources).
        layers: hardware description of the design's weight layers, in model order.
        baseline_kernels: layer name -> kernel of the unpruned model.
        importance: l1, l2, taylor or hessian.
        gradients: needed for taylor and hessian.
        solver, rel_gap, time_limit_s: passed to `fpgaprune.knapsack.solve`.
    """

    def __init__(self, method: Method, layers: list[LayerHardware], baseline_kernels: dict[str, np.ndarray], *,
                 importance: str = "l1", gradients: Gradients | None = None, solver: str = "auto",
                 rel_gap: float = 1e-7, time_limit_s: float = 60.0):
        if NEEDS_GRADIENTS.get(importance) and gradients is None:
            raise ValueError(f"importance {importance!r} needs loss gradients")
        self.method, self.layers, self.importance, self.gradients = method, layers, importance, gradients
        self.solver_options = {"solver": solver, "rel_gap": rel_gap, "time_limit_s": time_limit_s}
        baseline = layer_structures(method, layers, baseline_kernels)
        self.baseline = np.sum([s.costs.sum(axis=0) for s in baseline], axis=0)

    def __call__(self, model, target: float) -> tuple[dict[str, np.ndarray], dict]:
        kernels = {layer.name: model.get_layer(layer.name).kernel.numpy() for layer in self.layers}
        structures = layer_structures(self.method, self.layers, kernels)
        values = self._values(structures, kernels, model)
        problem = problem_from_budgets(
            np.concatenate(values), np.vstack([s.costs for s in structures]), self.method.resources,
            self.baseline, [Budget(resource, target=target) for resource in self.method.resources],
        )
        solution = solve(problem, **self.solver_options)
        masks, kept, offset = {}, {}, 0
        for s in structures:
            keep = solution.keep[offset:offset + s.n_groups]
            masks[s.layer.name] = keep[s.group_ids]
            kept[s.layer.name] = {"structure": s.structure, "groups": s.n_groups, "kept": int(keep.sum())}
            offset += s.n_groups
        record = {
            "target": target,
            "budget": dict(zip(self.method.resources, problem.capacities.tolist())),
            "baseline": dict(zip(self.method.resources, self.baseline.tolist())),
            "kept_cost": dict(zip(self.method.resources, (problem.costs[solution.keep].sum(axis=0)).tolist())),
            "layers": kept,
            "knapsack": solution.record(),
        }
        return masks, record

    def _values(self, structures: list[LayerStructures], kernels, model) -> list[np.ndarray]:
        mean, squared = self.gradients(model) if NEEDS_GRADIENTS[self.importance] else ({}, {})
        values = []
        for s in structures:
            name = s.layer.name
            scores = weight_scores(self.importance, kernels[name], mean.get(name), squared.get(name))
            values.append(group_values(normalise(scores) if self.method.normalise else scores, s.group_ids, s.n_groups))
        return values
