"""Choosing which structures to keep under resource budgets: a 0-1 multidimensional knapsack.

Every structure s (a DSP pattern, a BRAM slice, a single weight, ...) of every prunable layer is one
item with a value v_s (its importance) and a cost vector c_s (the DSP, BRAM_18K, LUT, FF it costs
while kept). One global problem decides, for all layers at once, which items to keep:

    maximise  sum_s v_s x_s   subject to  sum_s c_sj x_s <= capacity_j  for each budgeted resource j,
    x_s in {0, 1}  (1 = keep).

Solvers (`solve(problem, solver=...)`):

- ``topk``: all cost vectors equal; keeping the k most valuable items is exact.
- ``grouped``: few distinct cost vectors. Within a group of equal cost vectors an optimal solution
  keeps a value-sorted prefix (exchanging a kept item for a more valuable dropped one of the same
  group stays feasible and does not lose value), so the problem becomes one integer count k_g per
  group with the concave objective P_g(k_g) = sum of the k_g largest values. Its LP relaxation
  (GLOP, segments of P_g added as cutting planes) gives dual prices; reduced-cost fixing (below)
  leaves each k_g a window, in which SCIP maximises P_g exactly. The MIP's size is the number of
  groups plus the window widths, not the number of items, and after one np.sort per group every
  step works on counts (binary searches), so 1,000,000 structures take about 0.2 CPU-seconds.
- ``mip_scip`` / ``mip_cbc``: any cost vectors. The LP relaxation (GLOP) gives dual prices; items
  whose reduced cost exceeds the LP-to-incumbent gap are fixed (reduced-cost fixing), and the
  remaining core is solved as a 0-1 MIP by SCIP or CBC through pywraplp. CBC reports no dual bound
  once it stops on the gap, so its bound is objective * (1 + rel_gap), what its stopping rule
  proves; it was measured to overrun time_limit_s by about a second, SCIP keeps to it.
- ``greedy``: value per budget share, as a baseline and fallback; it is not exact.

Every solution carries a proven upper bound and gap = (bound - objective) / max(|objective|, tiny),
so a solver that stops at its time limit reports how far from optimal it may be instead of claiming
optimality. Items with value <= 0 are never kept (they add nothing), items that alone exceed a
capacity can never be kept, and items that cost nothing budgeted are always kept.
"""

import functools
import itertools
import logging
import math
import time
from dataclasses import dataclass

import numpy as np
from ortools.linear_solver import pywraplp

log = logging.getLogger(__name__)

SOLVERS = ("auto", "topk", "grouped", "mip_scip", "mip_cbc", "greedy")
GROUPED_MAX_GROUPS = 1000  # "auto" uses the grouped solver up to this many distinct cost vectors
CORE_SIZE = 100  # items left free in the first reduced-cost-fixed MIP
_TINY = 1e-12


class BudgetInfeasible(ValueError):
    """The structures that must remain already cost more than a budget allows."""


@dataclass(frozen=True)
class Budget:
    """What may remain of one resource: a share removed (`target`) or an absolute count.

    Attributes:
        resource: resource name, one of the problem's resources (e.g. "dsp", "bram_18k").
        target: share of the baseline to remove, in [0, 1] (0.8 keeps at most 20 %).
        absolute: the most of the resource that may remain (e.g. 200 DSP).
    """

    resource: str
    target: float | None = None
    absolute: float | None = None

    def __post_init__(self):
        if (self.target is None) == (self.absolute is None):
            raise ValueError(f"budget for {self.resource!r}: give exactly one of target= and absolute=")
        if self.target is not None and not 0.0 <= self.target <= 1.0:
            raise ValueError(f"budget for {self.resource!r}: target {self.target} must lie in [0, 1]")
        if self.absolute is not None and not self.absolute >= 0.0:
            raise ValueError(f"budget for {self.resource!r}: absolute {self.absolute} must be >= 0")


@dataclass(frozen=True, eq=False)
class KnapsackProblem:
    """A validated knapsack instance (arrays are copied to float64 and made read-only).

    Attributes:
        values: (n,) importance of each structure; finite.
        costs: (n, m) resources each structure costs while kept; finite and >= 0.
        capacities: (m,) the most each resource may total over kept structures; >= 0, inf = no budget.
        resources: m resource names, one per cost column.
    """

    values: np.ndarray
    costs: np.ndarray
    capacities: np.ndarray
    resources: tuple[str, ...]

    def __post_init__(self):
        values, costs, capacities = (_frozen(a) for a in (self.values, self.costs, self.capacities))
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "costs", costs)
        object.__setattr__(self, "capacities", capacities)
        object.__setattr__(self, "resources", tuple(self.resources))
        _validate_problem(values, costs, capacities, self.resources)

    @property
    def n_items(self) -> int:
        return self.values.size


@dataclass(frozen=True, eq=False)
class KnapsackSolution:
    """The structures to keep and how good that choice is proven to be.

    Attributes:
        keep: (n,) bool, True = keep the structure.
        objective: total value kept.
        bound: proven upper bound on the best possible objective.
        gap: (bound - objective) / max(|objective|, 1e-12).
        seconds: wall time of `solve`.
        solver: the solver that ran ("auto" is resolved).
        status: "optimal" (gap <= rel_gap), "time_limit" (stopped by it), "heuristic" (greedy, not
            proven) or "not_proven" (an exact solver stopped above rel_gap without a time limit).
    """

    keep: np.ndarray
    objective: float
    bound: float
    gap: float
    seconds: float
    solver: str
    status: str

    def record(self) -> dict:
        """The scalar fields plus the number of kept structures, for JSON records."""
        return {
            "objective": self.objective,
            "bound": self.bound,
            "gap": self.gap,
            "seconds": self.seconds,
            "solver": self.solver,
            "status": self.status,
            "n_kept": int(self.keep.sum()),
            "n_items": int(self.keep.size),
        }


def problem_from_budgets(values, costs, resources, baseline, budgets, fixed=None) -> KnapsackProblem:
    """Build a problem whose capacities come from budgets on the baseline design.

    A `target` budget allows floor((1 - target) * baseline) of the resource in total (hls4ml's
    rule); an `absolute` budget allows that count. Resources without a budget are unconstrained.

    Args:
        values: (n,) importance of each structure.
        costs: (n, m) cost of each structure while kept, columns in the order of `resources`.
        resources: m resource names.
        baseline: (m,) resources of the unpruned design.
        budgets: iterable of `Budget`, at most one per resource.
        fixed: (m,) resources that remain whatever is pruned (non-prunable layers); they count
            against the budget. Default: none.

    Returns:
        KnapsackProblem with capacity = allowed total - fixed per budgeted resource, inf otherwise.
    """
    resources = tuple(resources)
    baseline = _vector(baseline, len(resources), "baseline")
    fixed = np.zeros(len(resources)) if fixed is None else _vector(fixed, len(resources), "fixed")
    capacities = np.full(len(resources), np.inf)
    for budget in _checked_budgets(budgets, resources):
        j = resources.index(budget.resource)
        allowed = _allowed_total(budget, baseline[j])
        if allowed < fixed[j]:
            raise BudgetInfeasible(
                f"the pruned layers' budget for {budget.resource!r} allows {allowed:g} of their "
                f"{baseline[j]:g} but {fixed[j]:g} of theirs cannot be pruned; raise the budget"
            )
        capacities[j] = allowed - fixed[j]
    return KnapsackProblem(values, costs, capacities, resources)


def solve(
    problem: KnapsackProblem, solver: str = "auto", rel_gap: float = 1e-7, time_limit_s: float = 60.0
) -> KnapsackSolution:
    """Choose the structures to keep.

    Args:
        problem: the instance.
        solver: one of SOLVERS. "auto" picks topk when all cost vectors are equal, grouped when
            there are at most GROUPED_MAX_GROUPS distinct cost vectors, mip_scip otherwise.
        rel_gap: the exact solvers stop once (bound - objective) <= rel_gap * |objective|.
        time_limit_s: wall-time limit; at the limit the best solution found is returned with
            status "time_limit" and its gap.

    Returns:
        KnapsackSolution.
    """
    if solver not in SOLVERS:
        raise ValueError(f"unknown knapsack solver {solver!r}; valid: {', '.join(SOLVERS)}")
    if not 0.0 <= rel_gap < 1.0:
        raise ValueError(f"rel_gap {rel_gap} must lie in [0, 1)")
    if not time_limit_s > 0:
        raise ValueError(f"time_limit_s {time_limit_s} must be > 0")
    start = time.perf_counter()
    free, always_kept, sub_values, sub_costs, sub_caps = _reduce(problem)
    chosen, grouping = _choose_solver(sub_costs) if solver == "auto" else (solver, None)
    function = _SOLVER_FUNCTIONS[chosen]
    if grouping is not None:
        function = functools.partial(function, grouping=grouping)
    sub_keep, sub_bound, timed_out = function(
        sub_values, sub_costs, sub_caps, rel_gap, start + time_limit_s, chosen
    )
    keep = always_kept.copy()
    keep[free] = sub_keep
    keep = _repaired(problem, keep)
    objective = float(problem.values[keep].sum())
    bound = max(objective, float(problem.values[always_kept].sum()) + float(sub_bound))
    gap = (bound - objective) / max(abs(objective), _TINY)
    status = _status(chosen, gap, rel_gap, timed_out)
    solution = KnapsackSolution(keep, objective, bound, gap, time.perf_counter() - start, chosen, status)
    log.info(
        "knapsack: keeps %d of %d structures, %s (gap %.2g, %s solver, %.2f s)",
        int(keep.sum()),
        keep.size,
        status,
        gap,
        chosen,
        solution.seconds,
    )
    return solution


# ---------------------------------------------------------------- validation and construction


def _frozen(array) -> np.ndarray:
    """A read-only float64 copy; column-major, so each resource's costs are contiguous (fast column scans)."""
    array = np.array(array, dtype=float, order="F")
    array.setflags(write=False)
    return array


def _validate_problem(values, costs, capacities, resources) -> None:
    if values.ndim != 1:
        raise ValueError(f"values must be 1-D (one per structure), got shape {values.shape}")
    if costs.ndim != 2 or costs.shape != (values.size, len(resources)):
        raise ValueError(
            f"costs must have shape (n_structures, n_resources) = ({values.size}, {len(resources)}), "
            f"got {costs.shape}"
        )
    if capacities.shape != (len(resources),):
        raise ValueError(
            f"capacities must have one entry per resource ({len(resources)}), got {capacities.shape}"
        )
    if not np.all(np.isfinite(values)):
        raise ValueError("values contain NaN or inf; every structure needs a finite importance")
    if not np.all(np.isfinite(costs)) or np.any(costs < 0):
        raise ValueError("costs must be finite and >= 0 (a kept structure cannot free resources)")
    if np.any(np.isnan(capacities)) or np.any(capacities < 0):
        raise ValueError(
            f"capacities {capacities.tolist()} must be >= 0 (inf = no budget); "
            f"a budget below the unprunable part cannot be met"
        )


def _vector(array, length: int, name: str) -> np.ndarray:
    array = np.asarray(array, dtype=float)
    if array.shape != (length,) or not np.all(np.isfinite(array)) or np.any(array < 0):
        raise ValueError(
            f"{name} must hold {length} finite values >= 0 (one per resource), got {array.tolist()}"
        )
    return array


def _checked_budgets(budgets, resources) -> list[Budget]:
    budgets = list(budgets)
    names = [b.resource for b in budgets]
    for name in names:
        if name not in resources:
            raise ValueError(f"budget for unknown resource {name!r}; resources: {', '.join(resources)}")
        if names.count(name) > 1:
            raise ValueError(f"more than one budget for {name!r}; give one per resource")
    return budgets


def _allowed_total(budget: Budget, baseline: float) -> float:
    if budget.absolute is not None:
        return float(budget.absolute)
    return float(math.floor(round((1.0 - budget.target) * baseline, 9)))  # round: (1-0.8)*100 -> 20


# ---------------------------------------------------------------- shared steps of every solver


def _reduce(problem: KnapsackProblem):
    """Split off the items whose fate is forced; return the free items' sub-problem.

    Returns:
        free (n,) bool, always_kept (n,) bool, and the free items' values,
        costs and capacities restricted to the budgeted resources.
    """
    costs, caps = _budgeted(problem)
    fits_alone = _all_columns(costs.T <= (caps + _tolerance(caps))[:, None])
    positive = problem.values > 0
    costs_nothing = _all_columns(costs.T == 0)
    always_kept = positive & costs_nothing
    free = positive & fits_alone & ~costs_nothing
    if free.all():
        return free, always_kept, problem.values, costs, caps
    return free, always_kept, problem.values[free], costs[free], caps


def _budgeted(problem: KnapsackProblem):
    """The cost columns and capacities of the budgeted resources (no copy when all are budgeted)."""
    budgeted = np.isfinite(problem.capacities)
    costs = problem.costs if budgeted.all() else problem.costs[:, budgeted]
    return costs, problem.capacities[budgeted]


def _all_columns(table: np.ndarray) -> np.ndarray:
    """Row-wise AND over the first axis of an (m, n) bool table; faster than np.all(axis=...) for small m."""
    result = np.ones(table.shape[1], dtype=bool)
    for row in table:
        result &= row
    return result


def _tolerance(caps: np.ndarray) -> np.ndarray:
    return 1e-9 * np.maximum(1.0, caps)


def _choose_solver(costs: np.ndarray):
    """The solver "auto" picks, and the grouping of the cost rows when the grouped solver needs it."""
    if costs.shape[0] == 0:
        return "topk", None
    grouping = _group_rows(costs)
    n_groups = grouping[0].shape[0]
    if n_groups == 1:
        return "topk", None
    return ("grouped", grouping) if n_groups <= GROUPED_MAX_GROUPS else ("mip_scip", None)


def _group_rows(costs: np.ndarray):
    """Distinct cost rows (lexicographic order) and each item's row index.

    Consecutive equal rows (the structures of one layer) form a run and only each run's first row
    is compared, column by column (much faster than np.unique(axis=0), which sorts whole rows).
    """
    n_rows = costs.shape[0]
    starts_run = np.ones(n_rows, dtype=bool)
    starts_run[1:] = ~_all_columns(costs[1:].T == costs[:-1].T)
    starts = np.flatnonzero(starts_run)
    key = np.zeros(starts.size, dtype=np.int64)
    for column in costs[starts].T:
        distinct, index = np.unique(column, return_inverse=True)
        key = np.unique(key * distinct.size + index, return_inverse=True)[1].ravel()
    first = np.unique(key, return_index=True)[1]
    return costs[starts[first]], np.repeat(key, np.diff(np.append(starts, n_rows)))


def _repaired(problem: KnapsackProblem, keep: np.ndarray) -> np.ndarray:
    """Drop the least valuable kept items if solver rounding left a budget exceeded (logged)."""
    costs, caps = _budgeted(problem)
    excess = keep @ costs - caps
    if np.all(excess <= _tolerance(caps)):
        return keep
    log.warning("knapsack solution exceeded a budget by %s after rounding; dropping items", excess.tolist())
    keep = keep.copy()
    for i in np.flatnonzero(keep)[np.argsort(problem.values[keep], kind="stable")]:
        if np.all(costs[keep].sum(axis=0) - caps <= _tolerance(caps)):
            break
        keep[i] = False
    return keep


def _status(solver: str, gap: float, rel_gap: float, timed_out: bool) -> str:
    if gap <= rel_gap * (1 + 1e-6) + 1e-12:  # float noise between solver and NumPy sums
        return "optimal"
    if solver == "greedy":
        return "heuristic"
    return "time_limit" if timed_out else "not_proven"


# ---------------------------------------------------------------- top-k and greedy
# Each solver takes the reduced problem (values > 0, costs >= 0 on budgeted resources, every item
# fits alone and costs something) and returns (keep mask, proven bound, timed_out).


def _solve_topk(values, costs, caps, rel_gap, deadline, name):
    if values.size and not np.all(costs == costs[0]):
        raise ValueError("solver 'topk' needs every structure to have the same cost vector; use 'auto'")
    keep = np.zeros(values.size, dtype=bool)
    if values.size:
        cost = costs[0]
        per_resource = np.floor((caps[cost > 0] + _tolerance(caps[cost > 0])) / cost[cost > 0])
        k = int(min(values.size, per_resource.min()))
        keep[np.argsort(-values, kind="stable")[:k]] = True
    return keep, float(values[keep].sum()), False


def _solve_greedy(values, costs, caps, rel_gap, deadline, name):
    return _greedy_keep(values, costs, caps), _surrogate_bound(values, costs, caps), False


def _greedy_keep(values, costs, caps) -> np.ndarray:
    """Add items by value per budget share (sum_j c_j / cap_j) while they fit."""
    share = costs @ _budget_shares(caps)
    todo = np.argsort(-values / share, kind="stable")
    keep = np.zeros(values.size, dtype=bool)
    residual = caps + _tolerance(caps)
    while todo.size:  # take the longest prefix that fits, then drop all items that no longer fit
        fits = np.all(np.cumsum(costs[todo], axis=0) <= residual, axis=1)
        n_prefix = todo.size if fits.all() else int(np.argmin(fits))
        keep[todo[:n_prefix]] = True
        residual = residual - costs[todo[:n_prefix]].sum(axis=0)
        rest = todo[n_prefix:]
        todo = rest[np.all(costs[rest] <= residual, axis=1)]
    return keep


def _surrogate_bound(values, costs, caps) -> float:
    """Upper bound: the fractional knapsack under one combined budget w.c <= w.cap.

    Any w >= 0 gives a valid bound; this takes the best of each single budget and of w = 1/cap.
    """
    weights = list(np.eye(caps.size)) + [_budget_shares(caps)]
    return min(_fractional_knapsack(values, costs @ w, float(w @ caps)) for w in weights)


def _budget_shares(caps) -> np.ndarray:
    return np.divide(1.0, caps, out=np.zeros_like(caps), where=caps > 0)


def _fractional_knapsack(values, weights, capacity: float) -> float:
    """Dantzig's bound: items by value per weight, the first that does not fit taken fractionally."""
    order = np.argsort(-values / np.maximum(weights, _TINY), kind="stable")
    filled = np.cumsum(weights[order])
    n_full = int(np.searchsorted(filled, capacity, side="right"))
    value = float(values[order[:n_full]].sum())
    if n_full < values.size:
        room = capacity - (filled[n_full - 1] if n_full else 0.0)
        value += float(values[order[n_full]] * room / weights[order[n_full]])
    return value


# ---------------------------------------------------------------- OR-Tools helpers


def _new_solver(backend: str) -> pywraplp.Solver:
    solver = pywraplp.Solver.CreateSolver(backend)
    if solver is None:
        raise ValueError(f"OR-Tools was built without the {backend} solver; choose another knapsack solver")
    return solver


def _run(solver: pywraplp.Solver, rel_gap: float, deadline: float):
    """Solve within the time left; return (status, timed_out)."""
    remaining = deadline - time.perf_counter()
    if remaining <= 0:
        return pywraplp.Solver.NOT_SOLVED, True
    solver.SetTimeLimit(max(1, int(remaining * 1000)))
    params = pywraplp.MPSolverParameters()
    params.SetDoubleParam(params.RELATIVE_MIP_GAP, rel_gap)
    status = solver.Solve(params)
    return status, status != pywraplp.Solver.OPTIMAL and time.perf_counter() >= deadline - 0.01


def _has_solution(status) -> bool:
    return status in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE)


def _knapsack_model(backend: str, values, costs, caps, integer: bool):
    """A 0-1 (or [0, 1] relaxed) knapsack model; returns (solver, variables, constraints)."""
    solver = _new_solver(backend)
    x = [solver.IntVar(0, 1, "") if integer else solver.NumVar(0, 1, "") for _ in range(values.size)]
    objective = solver.Objective()
    for var, value in zip(x, values.tolist()):
        objective.SetCoefficient(var, value)
    objective.SetMaximization()
    rows = []
    for j in range(caps.size):
        row = solver.Constraint(-solver.infinity(), float(caps[j]))
        for var, cost in zip(x, costs[:, j].tolist()):
            if cost:
                row.SetCoefficient(var, cost)
        rows.append(row)
    return solver, x, rows


# ---------------------------------------------------------------- exact solvers: LP prices, then a core MIP


def _solve_mip(values, costs, caps, rel_gap, deadline, name):
    """Item-level exact solver: GLOP prices, then SCIP or CBC on the core items."""
    backend = {"mip_scip": "SCIP", "mip_cbc": "CBC"}[name]
    fixing = _ItemFixing(values, costs, caps, _lp_prices(values, costs, caps, deadline))

    def solve_core(fixed, core):
        return _item_core_mip(values, costs, caps, fixed, core, rel_gap, deadline, backend)

    def value(keep):
        return float(values[keep].sum())

    return _core_search(fixing, _greedy_keep(values, costs, caps), value, solve_core, rel_gap)


def _solve_grouped(values, costs, caps, rel_gap, deadline, name, grouping=None):
    """Exact solver over one count per group of equal cost vectors (see the module docstring)."""
    if values.size == 0:
        return np.zeros(0, dtype=bool), 0.0, False
    groups = _Groups(values, *(grouping or _group_rows(costs)))
    fixing = _GroupFixing(groups, caps, _grouped_lp_prices(groups, caps, deadline))

    def solve_core(lower, upper):
        return _grouped_core_mip(groups, caps, lower, upper, rel_gap, deadline)

    nothing = np.zeros(len(groups.members), dtype=np.int64)
    counts, bound, timed_out = _core_search(fixing, nothing, groups.value, solve_core, rel_gap)
    return groups.keep(counts), bound, timed_out


def _core_search(fixing, incumbent, value, solve_core, rel_gap):
    """Reduced-cost fixing around the LP prices, with a core that grows until the gap closes.

    With prices lam >= 0, L = lam.cap + sum max(0, rc) bounds every solution (rc = v - c.lam), and
    a solution that drops an item with rc > delta (or keeps one with rc < -delta) is worth at most
    L - delta. So fixing those items and solving the free core exactly proves the bound
    max(core bound, L - delta). The first core holds about CORE_SIZE items; delta then grows
    (at most 4x per round, at least to the next |rc|: with many |rc| = 0 the first delta is 0)
    up to L - incumbent, where the fixing loses nothing.

    Args:
        fixing: `_ItemFixing` (solutions are keep masks) or `_GroupFixing` (solutions are counts).
        incumbent: a feasible solution to start from; the fixed part of each round is one too.
        value: the objective of a solution.
        solve_core: (fixed, free) -> (solution or None, bound, timed_out).

    Returns:
        (solution, bound, timed_out).
    """
    keep, best = incumbent, value(incumbent)
    lagrangian = fixing.lagrangian
    bound, delta, timed_out = lagrangian, fixing.initial_width(), False
    while not timed_out:
        fixed, core, delta = fixing.fix(delta)
        core_keep, core_bound, timed_out = solve_core(fixed, core)
        for candidate in (fixed, core_keep):
            if candidate is not None and value(candidate) > best:
                keep, best = candidate, value(candidate)
        bound = min(bound, max(core_bound, lagrangian - delta))
        n_core = fixing.core_size(fixed, core)
        log.debug("core of %d items (delta %.6g): best %.12g, bound %.12g", n_core, delta, best, bound)
        grown = max(4 * delta, fixing.next_width(delta))  # a width of 0 (many |rc| = 0) must grow too
        next_delta = min(grown, (lagrangian - best) * (1 + 1e-9) + 1e-9 * abs(lagrangian))
        if bound - best <= rel_gap * abs(best) or next_delta <= delta:
            break
        delta = next_delta
    return keep, max(bound, best), timed_out


class _ItemFixing:
    """Reduced-cost fixing of single items: rc_i = v_i - c_i . prices; fixed and core are masks."""

    def __init__(self, values, costs, caps, prices):
        self.reduced = values - costs @ prices
        self.costs, self.caps = costs, caps
        self.lagrangian = float(prices @ caps + np.maximum(self.reduced, 0).sum())

    @staticmethod
    def core_size(fixed, core) -> int:
        return int(np.count_nonzero(core))

    def initial_width(self) -> float:
        if self.reduced.size <= CORE_SIZE:
            return math.inf
        return float(np.partition(np.abs(self.reduced), CORE_SIZE)[CORE_SIZE])

    def fix(self, delta):
        """Items fixed kept (rc > delta) and free (|rc| <= delta); widen delta until the fixed fit."""
        while True:
            fixed = self.reduced > delta
            if np.all(self.costs[fixed].sum(axis=0) <= self.caps + _tolerance(self.caps)):
                return fixed, np.abs(self.reduced) <= delta, delta
            delta = self.next_width(2 * delta)

    def next_width(self, width: float) -> float:
        """The smallest |rc| above width, or inf."""
        wider = np.abs(self.reduced)[np.abs(self.reduced) > width]
        return float(wider.min()) if wider.size else math.inf


class _GroupFixing:
    """The same fixing in count form: group g's items, by value descending, have rc = v - p_g with
    p_g = c_g . prices, so the items fixed kept are a prefix (count `lower`) and the free ones the
    window up to count `upper`; every step is a binary search per group, none touches all items.
    """

    def __init__(self, groups, caps, prices):
        self.groups, self.caps = groups, caps
        self.price = groups.rows @ prices
        positive = groups.count_above(self.price)
        gains = groups.value(positive) - positive @ self.price
        self.lagrangian = float(prices @ caps + gains)

    @staticmethod
    def core_size(lower, upper) -> int:
        return int(np.sum(upper - lower))

    def initial_width(self) -> float:
        """The CORE_SIZE-th smallest |rc|: it lies within CORE_SIZE places of each group's rc = 0."""
        middle = self.groups.count_above(self.price)
        distances = [
            np.abs(values[max(0, k - CORE_SIZE) : k + CORE_SIZE] - price)
            for values, k, price in zip(self.groups.sorted_values, middle, self.price)
        ]
        distances = np.concatenate(distances)
        return (
            math.inf if distances.size <= CORE_SIZE else float(np.partition(distances, CORE_SIZE)[CORE_SIZE])
        )

    def fix(self, delta):
        """Counts fixed kept (rc > delta) and kept at most (rc >= -delta); widen delta until the fixed fit."""
        while True:
            lower = self.groups.count_above(self.price + delta)
            if np.all(lower @ self.groups.rows <= self.caps + _tolerance(self.caps)):
                return lower, self.groups.count_at_least(self.price - delta), delta
            delta = self.next_width(2 * delta)

    def next_width(self, width: float) -> float:
        """The smallest |rc| above width, or inf."""
        above = self.groups.count_above(self.price + width)
        below = self.groups.count_at_least(self.price - width)
        candidates = [math.inf]
        for values, a, b, price in zip(self.groups.sorted_values, above, below, self.price):
            candidates += [values[a - 1] - price] if a > 0 else []
            candidates += [price - values[b]] if b < values.size else []
        return float(min(candidates))


def _mip_bound(solver, status, objective: float, rel_gap: float) -> float:
    bound = solver.Objective().BestBound()
    if solver.SolverVersion().startswith("Cbc") and status == pywraplp.Solver.OPTIMAL:
        # CBC reports its incumbent as the bound once the gap closes; its stopping rule proves this.
        bound = max(bound, objective + rel_gap * abs(objective))
    return bound


# ---------------------------------------------------------------- item-level LP and MIP


def _lp_prices(values, costs, caps, deadline) -> np.ndarray:
    """Dual prices of the budgets in the LP relaxation (GLOP, dual simplex); zeros if it fails."""
    solver, _, rows = _knapsack_model("GLOP", values, costs, caps, integer=False)
    solver.SetSolverSpecificParametersAsString("use_dual_simplex: true")
    status, _ = _run(solver, 0.0, deadline)
    if status != pywraplp.Solver.OPTIMAL:
        log.warning("LP relaxation not solved (status %d); the MIP runs without reduced-cost fixing", status)
        return np.zeros(caps.size)
    return np.maximum(0.0, [row.dual_value() for row in rows])


def _item_core_mip(values, costs, caps, fixed, core, rel_gap, deadline, backend):
    """0-1 MIP over the core items with the fixed ones kept; return (keep, bound, timed_out)."""
    index = np.flatnonzero(core)
    residual = np.maximum(0.0, caps - costs[fixed].sum(axis=0))
    solver, x, _ = _knapsack_model(backend, values[index], costs[index], residual, integer=True)
    offset = float(values[fixed].sum())
    solver.Objective().SetOffset(offset)
    status, timed_out = _run(solver, rel_gap, deadline)
    if not _has_solution(status):
        return None, math.inf, timed_out
    keep = fixed.copy()
    keep[index] = np.array([var.solution_value() for var in x]) > 0.5
    return keep, _mip_bound(solver, status, float(values[keep].sum()), rel_gap), timed_out


# ---------------------------------------------------------------- grouped LP and MIP


class _Groups:
    """Items grouped by equal cost vector, each group's values sorted descending.

    Attributes:
        rows: (G, m) the distinct cost vectors.
        members: G index arrays, the items of each group (in item order).
        sorted_values: G arrays, each group's values by value descending (so by reduced cost too).
        prefix: G arrays P_g with P_g[k] = sum of the k largest values of group g.
    """

    def __init__(self, values, rows, group):
        self.rows = rows
        self.members = _members_by_group(group, rows.shape[0])
        self._values = [values[m] for m in self.members]
        self._ascending = [np.sort(v) for v in self._values]  # a sort, not an argsort: 4x faster
        self.sorted_values = [a[::-1] for a in self._ascending]
        self.prefix = [np.concatenate(([0.0], np.cumsum(v))) for v in self.sorted_values]

    def count_above(self, thresholds) -> np.ndarray:
        """Per group, how many values exceed its threshold."""
        return np.array(
            [a.size - np.searchsorted(a, t, "right") for a, t in zip(self._ascending, thresholds)]
        )

    def count_at_least(self, thresholds) -> np.ndarray:
        """Per group, how many values are >= its threshold."""
        return np.array([a.size - np.searchsorted(a, t, "left") for a, t in zip(self._ascending, thresholds)])

    def value(self, counts) -> float:
        """Sum of P_g(k_g)."""
        return float(sum(p[k] for p, k in zip(self.prefix, counts)))

    def keep(self, counts) -> np.ndarray:
        """The keep mask of the k_g most valuable items of each group (ties: the first in item order)."""
        keep = np.zeros(sum(m.size for m in self.members), dtype=bool)
        for members, values, descending, k in zip(self.members, self._values, self.sorted_values, counts):
            if k > 0:
                kept = values > descending[k - 1]
                ties = np.flatnonzero(values == descending[k - 1])
                kept[ties[: k - np.count_nonzero(kept)]] = True
                keep[members[kept]] = True
        return keep

    def count_model(self, backend, caps, lower, upper, integer):
        """Counts k_g in [lower_g, upper_g] under the budgets, with P_g modelled by variables t_g.

        Returns:
            (solver, counts, totals); the objective sum t_g is set, segments are added by the caller.
        """
        solver = _new_solver(backend)
        make = solver.IntVar if integer else solver.NumVar
        counts = [make(float(lo), float(hi), "") for lo, hi in zip(lower, upper)]
        totals = [solver.NumVar(0.0, float(p[hi]), "") for p, hi in zip(self.prefix, upper)]
        for j in np.flatnonzero(self.rows.any(axis=0)):
            used = sum(float(self.rows[g, j]) * counts[g] for g in np.flatnonzero(self.rows[:, j]))
            solver.Add(used <= float(caps[j]))
        solver.Maximize(sum(totals))
        return solver, counts, totals

    def add_segment(self, solver, count, total, g: int, i: int) -> None:
        """t_g <= the line through (i, P_g(i)) and (i + 1, P_g(i + 1))."""
        p = self.prefix[g]
        slope = float(p[i + 1] - p[i])
        row = solver.Constraint(-solver.infinity(), float(p[i]) - slope * i)  # t - slope * k <= ...
        row.SetCoefficient(total, 1.0)
        row.SetCoefficient(count, -slope)


def _grouped_lp_prices(groups: _Groups, caps, deadline) -> np.ndarray:
    """Dual prices of the LP relaxation in count form, by cutting planes (GLOP).

    The LP over counts has one segment per item; only segments where the LP over-estimates P_g are
    added, round by round, until none is violated (then it is the exact LP relaxation).
    """
    sizes = [len(m) for m in groups.members]
    segments = [_initial_segments(size) for size in sizes]
    while True:
        solver, counts, totals = groups.count_model("GLOP", caps, np.zeros(len(sizes)), sizes, integer=False)
        for g, segs in enumerate(segments):
            for i in segs:
                groups.add_segment(solver, counts[g], totals[g], g, i)
        status, _ = _run(solver, 0.0, deadline)
        if status != pywraplp.Solver.OPTIMAL:
            log.warning("grouped LP not solved (status %d); solving without reduced-cost fixing", status)
            return np.zeros(caps.size)
        if not _add_violated_segments(groups, segments, counts, totals):
            rows = solver.constraints()[: int(groups.rows.any(axis=0).sum())]
            prices = np.zeros(caps.size)
            prices[np.flatnonzero(groups.rows.any(axis=0))] = [row.dual_value() for row in rows]
            return np.maximum(0.0, prices)


def _initial_segments(size: int) -> set[int]:
    """Segments at 0, 1, 3, 7, ... from both ends of a group: a coarse outer approximation."""
    steps = [2**e - 1 for e in range(int(math.log2(size)) + 1)]
    return {i for s in steps for i in (s, size - 1 - s) if 0 <= i < size}


def _add_violated_segments(groups: _Groups, segments, counts, totals) -> bool:
    """Add the segment under each count where t_g over-estimates P_g; False if none was."""
    added = False
    for p, segs, k, t in zip(groups.prefix, segments, counts, totals):
        k, t = k.solution_value(), t.solution_value()
        i = min(math.floor(k + 1e-9), len(p) - 2)
        if t > p[i] + (p[i + 1] - p[i]) * (k - i) + 1e-9 * max(1.0, p[-1]) and i not in segs:
            segs.add(i)
            added = True
    return added


def _grouped_core_mip(groups: _Groups, caps, lower, upper, rel_gap, deadline):
    """MIP over counts: k_g in [lower_g, upper_g], P_g exact there; returns (counts, bound, timed_out)."""
    solver, counts, totals = groups.count_model("SCIP", caps, lower, upper, integer=True)
    for g, (lo, hi) in enumerate(zip(lower, upper)):
        for i in range(lo, hi):
            groups.add_segment(solver, counts[g], totals[g], g, i)
    status, timed_out = _run(solver, rel_gap, deadline)
    if not _has_solution(status):
        return None, math.inf, timed_out
    chosen = np.array([round(k.solution_value()) for k in counts])
    return chosen, _mip_bound(solver, status, groups.value(chosen), rel_gap), timed_out


def _members_by_group(group: np.ndarray, n_groups: int) -> list[np.ndarray]:
    """Each group's item indices in item order; slices of one arange when every group is one run."""
    if np.count_nonzero(group[1:] != group[:-1]) == n_groups - 1:
        bounds = np.flatnonzero(np.diff(group, prepend=-1, append=-1))
        runs = {group[a]: np.arange(a, b) for a, b in itertools.pairwise(bounds)}
        return [runs[g] for g in range(n_groups)]
    small = group.astype(np.int16) if n_groups <= np.iinfo(np.int16).max else group
    order = np.argsort(small, kind="stable")  # a stable sort of 16-bit keys is a radix sort in NumPy
    bounds = np.searchsorted(group[order], np.arange(n_groups + 1))
    return [order[a:b] for a, b in itertools.pairwise(bounds)]


_SOLVER_FUNCTIONS = {
    "topk": _solve_topk,
    "greedy": _solve_greedy,
    "grouped": _solve_grouped,
    "mip_scip": _solve_mip,
    "mip_cbc": _solve_mip,
}
