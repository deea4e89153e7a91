"""Choosing each layer's reuse factor and strategy together with what to prune (method `knapsack_rf`).

Each prunable layer l has candidates c: a (strategy, reuse factor) pair hls4ml can implement. A
candidate defines the layer's structures (BRAM slices where the weights sit in BRAM, else DSP
patterns / single weights), their values v (importance per structure, normalised per layer, so a
layer's full value is the same under every candidate), their costs (DSP, BRAM_18K while kept), a
fixed cost (what no pruning removes), the layer's latency and II. One problem picks one candidate
per layer and which structures to keep:

    maximise    sum_l sum_c [ F_lc y_lc + sum_{g in G_lc} P_g(k_g) ]
    subject to  sum_c y_lc = 1                                        every layer one candidate
                0 <= k_g <= n_g y_lc,  k_g integer                    structures kept in group g
                sum_lc f_lcj y_lc + sum_g a_gj k_g <= cap_j           j = DSP, BRAM_18K
                sum_lc lat_lc y_lc <= latency budget                  design latency (cycles; or, by
                y_lc = 0 where lat_lc > latency budget                  `latency_rule`, its slowest layer's)
                y_lc = 0 where ii_lc > II limit                       optional II limit

G_lc are the groups of the candidate's structures with equal cost vectors a_g; P_g(k) is the sum of
the k largest values of group g (a concave, piecewise-linear function of k). It is exact: for a
fixed choice of candidates and counts, keeping the k_g most valuable members of each group is
optimal (swapping a kept member for a more valuable dropped one of the same group costs the same),
so the item-level problem and this one have the same optimum. F_lc and f_lc hold the structures
every layer keeps (`min_keep`, the per-layer floor) and those that cost nothing budgeted (always
kept). P_g enters as a variable t_g <= every segment of P_g (the line through (i, P_g(i)) and
(i+1, P_g(i+1))); segments are added lazily: the MIP (SCIP) is solved with a few segments, every
group whose t_g over-estimates P_g(k_g) gets the segments at k_g, and it is solved again until
none does. Each MIP is a relaxation of the exact problem, so its bound is a proven upper bound, and
when no segment is violated its solution is exact: the reported gap is (bound - objective) / objective.

Ties. Many choices can have the optimal value V* (when every structure can be kept, every choice that
keeps them all), and SCIP returns any of them. When the first stage is proven within its gap, a second
stage chooses among the choices worth as much as its solution V1 (V1 - 1e-9 max(1, V1), rounding) the
one that uses least of the budgeted resources J (DSP, BRAM_18K with a finite, positive capacity; LUT
with a finite `lut_capacity`, counted as in its constraint):

    minimise    z + w s,   w = 1e-3
    subject to  the constraints above, and
                sum_l sum_c [ F_lc y_lc ] + sum_g t_g >= V1 - 1e-9 max(1, V1)
                r_j = use_j / cap_j,  z >= r_j                       j in J
                s = (sum_j r_j + lat / lat_max) / (|J| + 1)

z is the largest share of a capacity used: the design keeps the most headroom in its tightest
resource, the one an estimate error breaks first. The sum of the shares would trade that headroom
for slack elsewhere: of 1,305 DSP / 160,703 LUT and 1,022 DSP / 199,230 LUT under 1,474 DSP /
207,360 LUT (whole-design estimates, docs/pruning.md section 5) it takes the second, 96 % of the
LUT, by 0.006; the largest share takes the first (89 % against 96 %). s breaks ties in z by the
other shares and the latency (lat: the design latency by `latency_rule`; lat_max: that of every
layer's slowest allowed candidate; at equal value and use, faster is better); it can cost z at most
w. The value floor is V1, not V1 (1 - rel_gap): trading value within the gap would prune structures
the first stage keeps to free a DSP (a design that keeps every structure needs no training; one
that drops a structure worth 1e-8 does). The second stage keeps the first's segments and its loop
(t_g exact at the end), with SCIP's feasibility tolerance at 1e-9. Its solution is taken when the
loop ends within what is left of `time_limit_s`, is worth V1 (exactly, from P_g) and uses less
(z + w s) than the first stage's; else the first stage's stands. The reported objective is the
returned solution's value; the bound, and so the gap, are the first stage's (the second stage
proves no bound on the value).

Latency and II per candidate do not depend on k here: they are the cost model's values with every
structure of the current weights kept. For Resource strategies they are exact (RF + a tail cycle
count, II = RF); for constant-weight layers (Latency, Resource at RF 1) pruning can only shorten the
adder trees, so the value is an upper bound for every k.
"""

import logging
import math
import time
from dataclasses import dataclass

import numpy as np
from ortools.linear_solver import pywraplp

from fpgaprune.core.knapsack import BudgetInfeasible

log = logging.getLogger(__name__)

RESOURCES = ("dsp", "bram_18k")
LATENCY_RULES = ("sum", "max")
_TINY = 1e-12
_FULL_SEGMENTS = 32  # groups up to this size get every segment from the start
_VALUE_TOLERANCE = 1e-9  # the second stage's value floor below the first stage's value (relative; rounding)
_SECONDARY_WEIGHT = 1e-3  # w: the other shares and the latency, breaking ties in the largest share


@dataclass(frozen=True, eq=False)
class Candidate:
    """One way to implement a layer, with its structures.

    Attributes:
        strategy: configured strategy (latency | resource).
        reuse_factor: hls4ml reuse factor.
        values: (n,) value of each structure (>= 0).
        costs: (n, 2) DSP and BRAM_18K each structure costs while kept.
        fixed: (2,) DSP and BRAM_18K no pruning removes.
        latency_cycles: layer latency (cycles).
        ii: layer initiation interval (cycles).
        min_keep: the most valuable non-zero structures kept whatever the budget (the floor).
        parallelization_factor: an io_parallel convolution's output positions computed at once (1 elsewhere).
        lut: the layer's LUT with every structure kept (an upper bound of any kept set's: pruning removes
            products and adder terms), which `JointProblem.lut_capacity` bounds.
    """

    strategy: str
    reuse_factor: int
    values: np.ndarray
    costs: np.ndarray
    fixed: np.ndarray
    latency_cycles: float
    ii: float
    min_keep: int = 0
    parallelization_factor: int = 1
    lut: float = 0.0

    @property
    def label(self) -> str:
        parallel = f"/PF{self.parallelization_factor}" if self.parallelization_factor > 1 else ""
        return f"{self.strategy}/RF{self.reuse_factor}{parallel}"


@dataclass(frozen=True)
class JointProblem:
    """Candidates per layer and the budgets (inf = none).

    Attributes:
        layers: layer name -> its candidates.
        capacities: (2,) DSP and BRAM_18K the prunable layers may use in total.
        latency_budget: cycles the prunable layers may take in total.
        ii_limit: the largest II a layer may have.
        start: layer name -> candidate index of a choice to solve first (e.g. the job's own setting): its
            optimum is a feasible incumbent and a hint; None: none.
        lut_capacity: LUT the chosen candidates may use in total, each counted with every structure kept
            (`Candidate.lut`): a bound on the choice of implementations, not on the kept structures.
        latency_rule: how the layers' latencies make the one the budget bounds: "sum" (layers one after
            another, io_parallel) or "max" (layers at the same time, io_stream: the slowest one's).
    """

    layers: dict
    capacities: np.ndarray
    latency_budget: float = math.inf
    ii_limit: float = math.inf
    start: dict | None = None
    lut_capacity: float = math.inf
    latency_rule: str = "sum"

    def __post_init__(self):
        if self.latency_rule not in LATENCY_RULES:
            raise ValueError(
                f"latency_rule {self.latency_rule!r} unknown; use one of {', '.join(LATENCY_RULES)}"
            )


@dataclass(frozen=True, eq=False)
class JointSolution:
    """The chosen candidate and kept structures of every layer, and how good the choice is proven to be.

    Attributes:
        choice: layer name -> index of the chosen candidate.
        keep: layer name -> (n,) bool over the chosen candidate's structures.
        objective, bound, gap: kept value, proven upper bound, (bound - objective) / objective.
        seconds: wall time; rounds: MIP solves (segments added between them).
        status: optimal | time_limit.
        tie_break: how the choice among equal values was made (module docstring): least_use (the second
            stage's), first_stage (it ran but found nothing better or ran out of time), none (not run: the
            first stage not proven within its gap, or no time left).
    """

    choice: dict
    keep: dict
    objective: float
    bound: float
    gap: float
    seconds: float
    rounds: int
    status: str
    tie_break: str = "none"

    def record(self) -> dict:
        return {
            "objective": self.objective,
            "bound": self.bound,
            "gap": self.gap,
            "seconds": self.seconds,
            "rounds": self.rounds,
            "status": self.status,
            "tie_break": self.tie_break,
            "solver": "joint_scip",
        }


def solve_joint(problem: JointProblem, rel_gap: float = 1e-7, time_limit_s: float = 60.0) -> JointSolution:
    """Choose candidates and kept structures (module docstring).

    Raises:
        BudgetInfeasible: no choice meets the budgets (each layer's floor included).
        ValueError: a layer has no candidate.
    """
    start = time.perf_counter()
    deadline = start + time_limit_s
    parts = {name: [_Reduced(c) for c in candidates] for name, candidates in problem.layers.items()}
    for name, reduced in parts.items():
        if not reduced:
            raise ValueError(f"layer {name}: no (strategy, reuse factor) candidate; widen the range")
    model = _JointModel(parts, problem)
    incumbent, rounds = None, 0
    if problem.start is not None and not model.allows_only(problem.start):
        # the given choice first: a feasible incumbent and a hint for SCIP. When it is the only choice allowed
        # (a re-selection within one design) the restricted model is the whole one: SCIP, asked again with a
        # hint for the model it has solved, printed "ERROR: invalid SCIP stage <10>" and failed, and its
        # optimum was reported as "time_limit (gap inf)"
        model.restrict(problem.start)
        status, timed_out, rounds = _segment_loop(model, rel_gap, deadline)
        if _has_solution(status):
            incumbent = model.solution()
            model.hint_current()
        model.restrict(None)
    status, timed_out, more = _segment_loop(model, rel_gap, deadline)
    rounds += more
    best = model.solution() if _has_solution(status) else None
    bound = model.bound() if best is not None else math.inf
    if best is None or (incumbent is not None and incumbent[2] > best[2]):
        best = incumbent
    if best is None:
        if timed_out:
            raise BudgetInfeasible(
                "the joint knapsack found no solution within its time limit; raise pruning.time_limit_s"
            )
        raise BudgetInfeasible(
            "no choice of reuse factors and structures meets the DSP, BRAM_18K, LUT and "
            "latency budgets with every layer's floor; raise a budget"
        )
    bound = max(best[2], bound)
    tie_break = "none"
    if _within_gap(best[2], bound, rel_gap) and time.perf_counter() < deadline:
        least, more = _least_use(model, best, bound, rel_gap, deadline)
        rounds += more
        tie_break = "first_stage" if least is None else "least_use"
        best = best if least is None else least
    choice, keep, objective = best
    gap = (bound - objective) / max(abs(objective), _TINY)
    status = "optimal" if _within_gap(objective, bound, rel_gap) else "time_limit"
    seconds = time.perf_counter() - start
    solution = JointSolution(choice, keep, objective, bound, gap, seconds, rounds, status, tie_break)
    log.info(
        "joint knapsack: keeps %d structures, %s (gap %.2g, %d MIP rounds, %.2f s; tie break: %s)",
        sum(int(np.sum(kept)) for kept in keep.values()),
        status,
        gap,
        rounds,
        solution.seconds,
        tie_break.replace("_", " "),
    )
    return solution


def _within_gap(objective: float, bound: float, rel_gap: float) -> bool:
    return (bound - objective) / max(abs(objective), _TINY) <= rel_gap * (1 + 1e-6) + 1e-12


def _least_use(model, first: tuple, bound: float, rel_gap: float, deadline: float):
    """The second stage (module docstring): ((choice, keep, objective), rounds) of the choice worth the first
    stage's value that uses least of the budgeted resources; (None, rounds) when the first stage's stands
    (also when the rounding allowance would take the value out of the gap to the first stage's bound)."""
    value = first[2]
    floor = value - _VALUE_TOLERANCE * max(1.0, abs(value))
    model.minimise_use(floor)
    status, timed_out, rounds = _segment_loop(model, rel_gap, deadline)
    if not _has_solution(status) or timed_out:
        return None, rounds
    second = model.solution()
    worth = second[2] >= floor and _within_gap(second[2], bound, rel_gap)
    if not worth or model.use_measure(second[0], second[1]) >= model.use_measure(first[0], first[1]):
        return None, rounds
    return second, rounds


def _segment_loop(model, rel_gap: float, deadline: float):
    """Solve, add the violated segments, solve again until none is violated; (status, timed_out, rounds)."""
    rounds = 0
    while True:
        rounds += 1
        status, timed_out = model.solve(rel_gap, deadline)
        if not _has_solution(status) or timed_out or not model.add_violated_segments():
            return status, timed_out, rounds


def _has_solution(status) -> bool:
    return status in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE)


class _Reduced:
    """A candidate split into always-kept structures and groups of equal cost, members by value."""

    def __init__(self, candidate: Candidate):
        self.candidate = candidate
        values, costs = np.asarray(candidate.values, float), np.asarray(candidate.costs, float)
        order = np.argsort(-values, kind="stable")
        positive = order[values[order] > 0]
        floor = positive[: min(candidate.min_keep, positive.size)]
        rest = positive[floor.size :]
        free = rest[np.all(costs[rest] == 0, axis=1)]
        self.kept = np.concatenate([floor, free])
        self.fixed_value = float(values[self.kept].sum())
        self.fixed_cost = np.asarray(candidate.fixed, float) + costs[floor].sum(axis=0)
        self.groups = _groups(rest[np.any(costs[rest] > 0, axis=1)], values, costs)


@dataclass(frozen=True)
class _Group:
    members: np.ndarray  # structure indices, by value descending
    cost: np.ndarray  # (2,)
    prefix: np.ndarray  # prefix[k] = sum of the k largest values


def _groups(items: np.ndarray, values: np.ndarray, costs: np.ndarray) -> list[_Group]:
    rows, inverse = np.unique(costs[items], axis=0, return_inverse=True)
    groups = []
    for g, row in enumerate(rows):
        members = items[inverse.ravel() == g]
        members = members[np.argsort(-values[members], kind="stable")]
        groups.append(_Group(members, row, np.concatenate(([0.0], np.cumsum(values[members])))))
    return groups


class _JointModel:
    """The MIP of the module docstring, with segments of P_g added on demand."""

    def __init__(self, parts: dict, problem: JointProblem):
        self.parts, self.problem = parts, problem
        self.solver = pywraplp.Solver.CreateSolver("SCIP")
        if self.solver is None:
            raise ValueError("OR-Tools was built without SCIP, which the joint knapsack needs")
        self.y, self.k, self.t, self.segments = {}, {}, {}, {}
        self._variables()
        self._constraints()

    def _variables(self) -> None:
        solver, objective = self.solver, self.solver.Objective()
        allowed = self._allowed()
        for name, reduced in self.parts.items():
            for c, part in enumerate(reduced):
                y = self.y[name, c] = solver.IntVar(0, 1 if allowed[name, c] else 0, "")
                objective.SetCoefficient(y, part.fixed_value)
                if not allowed[name, c]:
                    continue
                for g, group in enumerate(part.groups):
                    n = group.members.size
                    k = self.k[name, c, g] = solver.IntVar(0, n, "")
                    t = self.t[name, c, g] = solver.NumVar(0, float(group.prefix[-1]), "")
                    solver.Add(k <= n * y)
                    solver.Add(t <= float(group.prefix[-1]) * y)
                    objective.SetCoefficient(t, 1.0)
                    self.segments[name, c, g] = set()
                    for i in _initial_segments(n):
                        self._add_segment(name, c, g, i)
        objective.SetMaximization()
        self.allowed = allowed

    def _allowed(self) -> dict:
        """Candidates within the II limit whose latency fits: alone under the "max" rule, with the fastest of
        every other layer under "sum"."""
        ii_ok = {
            (name, c): part.candidate.ii <= self.problem.ii_limit
            for name, reduced in self.parts.items()
            for c, part in enumerate(reduced)
        }
        fastest = {
            name: min(
                (p.candidate.latency_cycles for c, p in enumerate(reduced) if ii_ok[name, c]),
                default=math.inf,
            )
            for name, reduced in self.parts.items()
        }
        if self.problem.latency_rule == "sum":
            total = sum(fastest.values())
            others = {name: total - latency for name, latency in fastest.items()}
        else:
            others = dict.fromkeys(fastest, 0.0)
        return {
            (name, c): ii_ok[name, c]
            and others[name] + part.candidate.latency_cycles <= self.problem.latency_budget + 1e-9
            for name, reduced in self.parts.items()
            for c, part in enumerate(reduced)
        }

    def restrict(self, choice: dict | None) -> None:
        """Allow only `choice` (layer name -> candidate index); None: every allowed candidate again."""
        for (name, c), y in self.y.items():
            y.SetUb(1 if self.allowed[name, c] and (choice is None or choice.get(name) == c) else 0)

    def allows_only(self, choice: dict) -> bool:
        """True when `choice` (layer name -> candidate index) is the only candidate allowed in every layer."""
        return all(c == choice.get(name) for (name, c), allowed in self.allowed.items() if allowed)

    def hint_current(self) -> None:
        """Give SCIP the last solution as a starting point."""
        variables = [*self.y.values(), *self.k.values(), *self.t.values()]
        self.solver.SetHint(variables, [v.solution_value() for v in variables])

    def _constraints(self) -> None:
        solver = self.solver
        for name, reduced in self.parts.items():
            solver.Add(sum(self.y[name, c] for c in range(len(reduced))) == 1)
        for j, cap in enumerate(self.problem.capacities):
            if math.isfinite(cap):
                solver.Add(self._resource(j) <= float(cap))
        if math.isfinite(self.problem.latency_budget) and self.problem.latency_rule == "sum":
            latency = sum(
                float(p.candidate.latency_cycles) * self.y[name, c]
                for name, reduced in self.parts.items()
                for c, p in enumerate(reduced)
            )
            solver.Add(latency <= float(self.problem.latency_budget))
        if math.isfinite(self.problem.lut_capacity):
            solver.Add(self._lut() <= float(self.problem.lut_capacity))

    def _resource(self, j: int):
        terms = []
        for name, reduced in self.parts.items():
            for c, part in enumerate(reduced):
                terms.append(float(part.fixed_cost[j]) * self.y[name, c])
                terms.extend(
                    float(group.cost[j]) * self.k[name, c, g]
                    for g, group in enumerate(part.groups)
                    if (name, c, g) in self.k
                )
        return sum(terms)

    def _add_segment(self, name: str, c: int, g: int, i: int) -> None:
        """t_g <= P(i) + (P(i+1) - P(i)) (k_g - i)."""
        prefix = self.parts[name][c].groups[g].prefix
        slope = float(prefix[i + 1] - prefix[i])
        row = self.solver.Constraint(-self.solver.infinity(), float(prefix[i]) - slope * i)
        row.SetCoefficient(self.t[name, c, g], 1.0)
        row.SetCoefficient(self.k[name, c, g], -slope)
        self.segments[name, c, g].add(i)

    def solve(self, rel_gap: float, deadline: float):
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            return pywraplp.Solver.NOT_SOLVED, True
        self.solver.SetTimeLimit(max(1, int(remaining * 1000)))
        params = pywraplp.MPSolverParameters()
        params.SetDoubleParam(params.RELATIVE_MIP_GAP, rel_gap)
        status = self.solver.Solve(params)
        return status, status != pywraplp.Solver.OPTIMAL and time.perf_counter() >= deadline - 0.01

    def add_violated_segments(self) -> bool:
        """Add segments around k_g of every group whose t_g exceeds P_g(k_g); False if none was added.

        A group can exceed P_g(k_g) by SCIP's feasibility tolerance with its segments at k_g already in
        the model: nothing is added then (solving the unchanged model again would return the same
        solution; SCIP even refuses it), and the solution's objective is computed exactly from P_g.

        Besides the two segments through (k_g, P_g(k_g)), segments at k_g +- 2, 4, 8, ... are added, so
        that a next solution near k_g is also exact (few rounds instead of one per step of k).
        """
        violated = []
        for key, t in self.t.items():
            prefix = self.parts[key[0]][key[1]].groups[key[2]].prefix
            k = round(self.k[key].solution_value())
            if t.solution_value() > prefix[k] + 1e-9 * max(1.0, prefix[-1]):
                violated.append((key, k, prefix.size - 1))
        added = False
        for key, k, n in violated:  # after reading every value: adding a row invalidates the solution
            ladder = {k - 1, k} | {k + s * 2**e for e in range(1, max(n, 2).bit_length()) for s in (-1, 1)}
            for i in sorted(i for i in ladder if 0 <= i < n and i not in self.segments[key]):
                self._add_segment(*key, i)
                added = True
        return added

    def solution(self) -> tuple[dict, dict, float]:
        """(choice, keep masks, exact objective) of the last MIP solution."""
        choice, keep, objective = {}, {}, 0.0
        for name, reduced in self.parts.items():
            c = next(c for c in range(len(reduced)) if self.y[name, c].solution_value() > 0.5)
            part = reduced[c]
            mask = np.zeros(np.asarray(part.candidate.values).size, dtype=bool)
            mask[part.kept] = True
            objective += part.fixed_value
            for g, group in enumerate(part.groups):
                k = round(self.k[name, c, g].solution_value())
                mask[group.members[:k]] = True
                objective += float(group.prefix[k])
            choice[name], keep[name] = c, mask
        return choice, keep, objective

    def bound(self) -> float:
        return float(self.solver.Objective().BestBound())

    def minimise_use(self, floor: float) -> None:
        """Make the model the second stage's (module docstring): value >= floor, minimise z + w s."""
        solver = self.solver
        value = solver.Constraint(float(floor), solver.infinity())
        for (name, c), y in self.y.items():
            value.SetCoefficient(y, self.parts[name][c].fixed_value)
        for t in self.t.values():
            value.SetCoefficient(t, 1.0)
        shares = []
        for use, cap in self._budgeted_uses():
            share = solver.NumVar(0, solver.infinity(), "")
            solver.Add(share * float(cap) == use)
            shares.append(share)
        largest = solver.NumVar(0, solver.infinity(), "")
        for share in shares:
            solver.Add(largest >= share)
        secondary = list(shares)
        latency_max = self._latency_max()
        if latency_max > 0:
            secondary.append(self._latency_expression() * (1.0 / latency_max))
        solver.Minimize(largest + sum(secondary) * (_SECONDARY_WEIGHT / max(len(secondary), 1)))
        # the value floor is within a rounding error of the first stage's value: SCIP's default feasibility
        # tolerance (1e-6) would let it drop a structure worth less than that
        if not solver.SetSolverSpecificParametersAsString("numerics/feastol = 1e-9\n"):
            raise ValueError("SCIP refused numerics/feastol; this OR-Tools build cannot run the tie break")

    def use_measure(self, choice: dict, keep: dict) -> float:
        """z + w s of a choice and its kept structures (module docstring), computed from the candidates."""
        chosen = {name: self.parts[name][c].candidate for name, c in choice.items()}
        used = sum(kept_costs(chosen[name], keep[name]) for name in chosen)
        lut = sum(float(candidate.lut) for candidate in chosen.values())
        shares = [
            use / cap for use, cap in zip([*used, lut], self._capacities()) if math.isfinite(cap) and cap > 0
        ]
        secondary = list(shares)
        latency_max = self._latency_max()
        if latency_max > 0:
            latency = self._combine([candidate.latency_cycles for candidate in chosen.values()])
            secondary.append(latency / latency_max)
        return max(shares, default=0.0) + _SECONDARY_WEIGHT * sum(secondary) / max(len(secondary), 1)

    def _capacities(self) -> list[float]:
        """DSP, BRAM_18K and LUT capacities (inf: none)."""
        return [*map(float, self.problem.capacities), float(self.problem.lut_capacity)]

    def _budgeted_uses(self) -> list:
        """(use expression, capacity) of DSP, BRAM_18K and LUT where the capacity is finite and > 0."""
        uses = [self._resource(j) for j in range(len(RESOURCES))] + [self._lut()]
        return [(use, cap) for use, cap in zip(uses, self._capacities()) if math.isfinite(cap) and cap > 0]

    def _lut(self):
        return sum(
            float(p.candidate.lut) * self.y[name, c]
            for name, reduced in self.parts.items()
            for c, p in enumerate(reduced)
        )

    def _combine(self, latencies) -> float:
        latencies = list(latencies)
        return max(latencies, default=0.0) if self.problem.latency_rule == "max" else sum(latencies)

    def _latency_max(self) -> float:
        """The design latency of every layer's slowest allowed candidate."""
        return self._combine(
            max(
                (p.candidate.latency_cycles for c, p in enumerate(reduced) if self.allowed[name, c]),
                default=0.0,
            )
            for name, reduced in self.parts.items()
        )

    def _latency_expression(self):
        """The chosen candidates' design latency: their sum, or under "max" a variable >= every layer's."""
        per_layer = [
            sum(float(p.candidate.latency_cycles) * self.y[name, c] for c, p in enumerate(reduced))
            for name, reduced in self.parts.items()
        ]
        if self.problem.latency_rule == "sum":
            return sum(per_layer)
        slowest = self.solver.NumVar(0, self.solver.infinity(), "")
        for latency in per_layer:
            self.solver.Add(slowest >= latency)
        return slowest


def _initial_segments(size: int) -> list[int]:
    """Every segment of a small group; else segments at 0, 1, 3, 7, ... from both ends and evenly between."""
    if size <= _FULL_SEGMENTS:
        return list(range(size))
    steps = [2**e - 1 for e in range(int(math.log2(size)) + 1)]
    even = np.linspace(0, size - 1, _FULL_SEGMENTS).astype(int).tolist()
    return sorted({i for s in steps for i in (s, size - 1 - s) if 0 <= i < size} | set(even))


def floor_cost(candidate: Candidate) -> np.ndarray:
    """(2,) DSP and BRAM_18K the candidate uses whatever is pruned: its fixed part and its floor."""
    return _Reduced(candidate).fixed_cost


def kept_costs(candidate: Candidate, keep: np.ndarray) -> np.ndarray:
    """(2,) DSP and BRAM_18K of a candidate keeping the structures `keep`."""
    return np.asarray(candidate.fixed, float) + np.asarray(candidate.costs, float)[keep].sum(axis=0)
