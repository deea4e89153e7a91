"""Knapsack solvers on hand-checkable problems, against brute force and against each other."""

import itertools
import math
import time

import numpy as np
import pytest

from fpgaprune.core import knapsack
from fpgaprune.core.knapsack import Budget, KnapsackProblem, problem_from_budgets, solve

EXACT = ("grouped", "mip_scip", "mip_cbc")


def _feasible(problem: KnapsackProblem, keep: np.ndarray) -> bool:
    return bool(np.all(problem.costs[keep].sum(axis=0) <= problem.capacities + 1e-9))


def _brute_force_optimum(problem: KnapsackProblem) -> float:
    n = problem.n_items
    best = 0.0
    for mask in itertools.product((False, True), repeat=n):
        keep = np.array(mask)
        if _feasible(problem, keep):
            best = max(best, float(problem.values[keep].sum()))
    return best


def _random_problem(seed: int, n: int, n_groups: int | None = None, fill: float = 0.4) -> KnapsackProblem:
    """Values like L1 norms; cost vectors drawn per item, or per group when n_groups is given."""
    rng = np.random.default_rng(seed)
    values = np.abs(rng.normal(1.0, 0.5, n)) * rng.uniform(0.2, 3.0, n)
    if n_groups is None:
        costs = rng.integers(0, 6, (n, 2)).astype(float)
    else:
        rows = rng.integers(0, 6, (n_groups, 2)).astype(float)
        costs = rows[rng.integers(0, n_groups, n)]
    return KnapsackProblem(values, costs, np.floor(fill * costs.sum(axis=0)), ("dsp", "bram_18k"))


# ---------------------------------------------------------------- exact answers


@pytest.mark.parametrize("solver", ("auto",) + EXACT)
def test_hls4ml_one_dimensional_example(solver):
    # hls4ml's knapsack docstring example: the optimum keeps items 0, 2, 3 (value 4 + 6 + 8).
    problem = KnapsackProblem([4, 5, 6, 8, 3], [[2], [5], [3], [2], [5]], [8], ("dsp",))
    solution = solve(problem, solver)
    assert solution.objective == 18
    assert solution.keep.tolist() == [True, False, True, True, False]
    assert solution.status == "optimal" and solution.gap <= 1e-7


@pytest.mark.parametrize("seed", range(6))
def test_exact_solvers_match_brute_force_in_two_dimensions(seed):
    problem = _random_problem(seed, n=12)
    optimum = _brute_force_optimum(problem)
    for solver in EXACT:
        solution = solve(problem, solver, rel_gap=0.0)
        assert _feasible(problem, solution.keep), solver
        assert solution.objective == pytest.approx(optimum, rel=1e-9), solver
        assert solution.bound >= optimum * (1 - 1e-9), solver


@pytest.mark.parametrize("seed", range(3))
def test_greedy_is_feasible_and_its_bound_is_valid(seed):
    problem = _random_problem(seed, n=12)
    optimum = _brute_force_optimum(problem)
    solution = solve(problem, "greedy")
    assert _feasible(problem, solution.keep)
    assert solution.objective <= optimum + 1e-9
    assert solution.bound >= optimum - 1e-9
    assert solution.status in ("heuristic", "optimal")


def test_greedy_bound_holds_on_larger_instances():
    for problem in (_random_problem(8, n=3000, fill=0.3), _random_problem(9, n=3000, n_groups=4, fill=0.3)):
        greedy, exact = solve(problem, "greedy"), solve(problem, "auto")
        assert _feasible(problem, greedy.keep)
        assert greedy.objective <= exact.objective <= greedy.bound


def test_greedy_is_not_optimal_on_a_known_case():
    # Ratio order takes item 0 (2 per DSP) first, then item 1 no longer fits; the optimum keeps item 1.
    problem = KnapsackProblem([2, 10], [[1], [10]], [10], ("dsp",))
    greedy, exact = solve(problem, "greedy"), solve(problem, "mip_scip")
    assert (greedy.objective, exact.objective) == (2, 10)
    assert greedy.bound == 2 + 10 * 0.9  # fractional knapsack: item 0, then 9/10 of item 1
    assert greedy.status == "heuristic"


def test_greedy_weighs_a_one_unit_budget_by_its_share():
    # Shares per unit: 1/1 DSP, 1/4 BRAM. Item 1 (4 per 1.25 shares) goes before item 0 (3 per 1 share);
    # a one-unit budget counted as no share would put item 0 (3 per 0) first and keep only it.
    problem = KnapsackProblem([3.0, 4.0], [[1.0, 0.0], [1.0, 1.0]], [1.0, 4.0], ("dsp", "bram_18k"))
    solution = solve(problem, "greedy")
    assert solution.keep.tolist() == [False, True]
    assert solution.objective == 4.0


def test_greedy_with_a_zero_budget_orders_what_costs_none_of_it():
    # No DSP left: item 3 is dropped; the rest cost BRAM only, 1.5 per 2 before 1 per 4.
    problem = KnapsackProblem(
        [1.0, 1.5, 1.5, 5.0],
        [[0.0, 4.0], [0.0, 2.0], [0.0, 2.0], [1.0, 0.0]],
        [0.0, 4.0],
        ("dsp", "bram_18k"),
    )
    solution = solve(problem, "greedy")
    assert solution.keep.tolist() == [False, True, True, False]
    assert (solution.objective, solution.bound, solution.status) == (3.0, 3.0, "optimal")


def test_greedy_fills_the_room_its_prefix_leaves_with_later_items():
    # ratio order 0, 1, 3, 2, 4: the prefix 0, 1, 3 fits, item 2 does not; item 4 still fits the DSP left
    problem = KnapsackProblem(
        [10.0, 10.0, 1.0, 1.0, 0.1],
        [[5.0, 0.0], [0.0, 5.0], [6.0, 0.0], [0.0, 4.0], [1.0, 0.0]],
        [10.0, 10.0],
        ("dsp", "bram_18k"),
    )
    solution = solve(problem, "greedy")
    assert solution.keep.tolist() == [True, True, False, True, True]
    assert solution.objective == pytest.approx(21.1)


def test_topk_equals_mip_when_all_costs_are_equal():
    rng = np.random.default_rng(3)
    values = rng.uniform(0, 1, 500)
    problem = KnapsackProblem(values, np.tile([2.0, 1.0], (500, 1)), [301.0, 200.0], ("dsp", "bram_18k"))
    topk, mip = solve(problem), solve(problem, "mip_scip", rel_gap=0.0)
    assert topk.solver == "topk" and topk.gap == 0
    assert topk.keep.sum() == 150  # floor(301 / 2) = 150 < 200
    assert topk.objective == pytest.approx(mip.objective, rel=1e-12)
    assert topk.objective == pytest.approx(np.sort(values)[-150:].sum(), rel=1e-12)


@pytest.mark.parametrize("seed, n, n_groups", [(0, 300, 3), (1, 300, 6), (2, 2000, 4), (3, 2000, 12)])
def test_grouped_matches_item_level_mip(seed, n, n_groups):
    problem = _random_problem(seed, n=n, n_groups=n_groups, fill=0.3)
    grouped = solve(problem, "grouped", rel_gap=0.0)
    mip = solve(problem, "mip_scip", rel_gap=0.0)
    assert grouped.status == mip.status == "optimal"
    assert _feasible(problem, grouped.keep)
    assert grouped.objective == pytest.approx(mip.objective, rel=1e-9)


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("layout", ("interleaved", "one_run_per_group"))
def test_grouped_fast_path_agrees_with_item_level_mip(seed, layout):
    # Repeated cost vectors, either scattered over the items or one run per group (runs not in
    # group order), and repeated values (ties inside a group).
    rng = np.random.default_rng(100 + seed)
    rows = rng.integers(0, 5, (int(rng.integers(2, 7)), 2)).astype(float)
    group = rng.integers(0, rows.shape[0], 400)
    if layout == "one_run_per_group":
        group = rng.permutation(rows.shape[0])[np.sort(group)]
    values, costs = rng.integers(1, 20, 400) * 0.5, rows[group]
    problem = KnapsackProblem(values, costs, np.floor(0.3 * costs.sum(axis=0)), ("dsp", "bram_18k"))
    grouped = solve(problem, "grouped", rel_gap=0.0)
    mip = solve(problem, "mip_scip", rel_gap=0.0)
    assert grouped.status == mip.status == "optimal"
    assert _feasible(problem, grouped.keep)
    assert grouped.objective == pytest.approx(mip.objective, rel=1e-12)
    assert grouped.bound >= mip.objective * (1 - 1e-12) and mip.bound >= grouped.objective * (1 - 1e-12)


def test_scip_and_cbc_agree():
    problem = _random_problem(7, n=3000, fill=0.3)
    scip, cbc = solve(problem, "mip_scip"), solve(problem, "mip_cbc")
    assert scip.status == cbc.status == "optimal"
    assert scip.objective == pytest.approx(cbc.objective, rel=2e-7)
    assert scip.bound >= cbc.objective and cbc.bound >= scip.objective


# ---------------------------------------------------------------- choice of solver and item handling


def test_auto_picks_the_solver_that_applies(monkeypatch):
    assert solve(_random_problem(0, n=50, n_groups=1)).solver == "topk"
    assert solve(_random_problem(0, n=50, n_groups=5)).solver == "grouped"
    monkeypatch.setattr(knapsack, "GROUPED_MAX_GROUPS", 3)
    assert solve(_random_problem(0, n=50, n_groups=5)).solver == "mip_scip"


@pytest.mark.parametrize("solver", ("auto", "greedy") + EXACT)
def test_forced_items(solver):
    # item 0 is worthless, item 1 costs no budgeted resource, item 2 exceeds the budget alone,
    # the last column has no budget (inf) and must not matter.
    problem = KnapsackProblem(
        [0.0, 1.0, 9.0, 2.0, 3.0],
        [[1, 100], [0, 100], [5, 0], [1, 0], [2, 0]],
        [3.0, math.inf],
        ("dsp", "lut"),
    )
    solution = solve(problem, solver)
    assert solution.keep.tolist() == [False, True, False, True, True]
    assert solution.objective == 6.0 and solution.status == "optimal"


@pytest.mark.parametrize("solver", EXACT)
def test_time_limit_returns_a_feasible_solution_with_its_gap(solver):
    # Building the models alone takes longer than 1 ms, so every solver stops at the limit.
    problem = _random_problem(5, n=20_000, n_groups=5, fill=0.3)
    solution = solve(problem, solver, time_limit_s=0.001)
    assert solution.status == "time_limit"
    assert _feasible(problem, solution.keep)
    assert solution.bound >= solution.objective > 0 and solution.gap > 1e-7


def test_rounding_excess_is_repaired():
    problem = KnapsackProblem([1.0, 2.0, 3.0], [[1], [1], [1]], [2.0], ("dsp",))
    assert knapsack._repaired(problem, np.ones(3, dtype=bool)).tolist() == [False, True, True]


def test_repair_drops_the_least_valuable_until_every_budget_holds(caplog):
    problem = KnapsackProblem(
        [3.0, 1.0, 2.0, 1.0, 5.0], [[1, 0], [1, 1], [0, 1], [1, 0], [1, 1]], [2.0, 1.0], ("dsp", "bram_18k")
    )
    with caplog.at_level("WARNING", logger="fpgaprune.core.knapsack"):
        feasible = np.array([True, False, False, False, True])
        assert knapsack._repaired(problem, feasible) is feasible  # nothing exceeded: unchanged, not logged
        assert not caplog.records
        repaired = knapsack._repaired(problem, np.ones(5, dtype=bool))  # drops 1, 3 (value 1), then 2
    assert repaired.tolist() == [True, False, False, False, True]
    assert "exceeded a budget by [2.0, 2.0]" in caplog.records[0].getMessage()


def test_record_holds_scalars():
    record = solve(KnapsackProblem([1.0, 2.0], [[1], [1]], [1.0], ("dsp",))).record()
    assert record == {
        "objective": 2.0,
        "bound": 2.0,
        "gap": 0.0,
        "seconds": record["seconds"],
        "solver": "topk",
        "status": "optimal",
        "n_kept": 1,
        "n_items": 2,
    }


# ---------------------------------------------------------------- budgets


def test_seconds_is_the_wall_time_of_solve():
    """bench/knapsack_scaling.py publishes `seconds` as the solve time."""
    start = time.perf_counter()
    solution = solve(_random_problem(0, n=300, n_groups=6))
    assert 0 < solution.seconds <= time.perf_counter() - start


def test_target_budget_is_floored_share_of_baseline():
    problem = problem_from_budgets(
        [1.0],
        [[1.0, 1.0, 1.0]],
        ("dsp", "bram_18k", "lut"),
        baseline=[100, 10, 500],
        budgets=[Budget("dsp", target=0.8), Budget("bram_18k", target=0.75)],
    )
    # (1 - 0.8) * 100 is 19.999999999999996 in floating point: still 20 DSP.
    assert problem.capacities.tolist() == [20.0, 2.0, math.inf]


def test_absolute_budget_and_fixed_resources():
    problem = problem_from_budgets(
        [1.0],
        [[1.0, 1.0]],
        ("dsp", "bram_18k"),
        baseline=[1000, 40],
        budgets=[Budget("dsp", absolute=200), Budget("bram_18k", target=0.5)],
        fixed=[30, 4],
    )
    assert problem.capacities.tolist() == [170.0, 16.0]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({}, "exactly one"),
        ({"target": 0.5, "absolute": 3}, "exactly one"),
        ({"target": 1.5}, r"\[0, 1\]"),
        ({"target": math.nan}, r"\[0, 1\]"),
        ({"absolute": -1}, ">= 0"),
    ],
)
def test_bad_budget(kwargs, message):
    with pytest.raises(ValueError, match=message):
        Budget("dsp", **kwargs)


@pytest.mark.parametrize(
    "budgets, fixed, message",
    [
        ([Budget("lut", target=0.5)], None, "unknown resource 'lut'"),
        ([Budget("dsp", target=0.5), Budget("dsp", absolute=3)], None, "more than one budget"),
        ([Budget("dsp", absolute=3)], [5], "cannot be pruned"),
    ],
)
def test_bad_budgets(budgets, fixed, message):
    with pytest.raises(ValueError, match=message):
        problem_from_budgets([1.0], [[1.0]], ("dsp",), [10], budgets, fixed=fixed)


def test_target_budget_floors_a_fractional_allowance():
    # (1 - 0.5) * 7 = 3.5 DSP and (1 - 0.3) * 9 = 6.3 BRAM allowed: 3 and 6, never rounded up
    problem = problem_from_budgets(
        [1.0],
        [[1.0, 1.0]],
        ("dsp", "bram_18k"),
        baseline=[7, 9],
        budgets=[Budget("dsp", target=0.5), Budget("bram_18k", target=0.3)],
    )
    assert problem.capacities.tolist() == [3.0, 6.0]


def test_a_budget_that_only_the_fixed_resources_fill_prunes_everything_prunable():
    problem = problem_from_budgets(
        [1.0, 2.0], [[1.0], [0.0]], ("dsp",), [10], [Budget("dsp", target=0.5)], fixed=[5]
    )
    assert problem.capacities.tolist() == [0.0]
    assert solve(problem).keep.tolist() == [False, True]  # the free structure stays


@pytest.mark.parametrize(
    "kwargs, allowed",
    [({"target": 0.0}, 10), ({"target": 1.0}, 0), ({"absolute": 0}, 0), ({"absolute": 0.5}, 0.5)],
)
def test_boundary_budgets_are_accepted(kwargs, allowed):
    problem = problem_from_budgets([1.0], [[1.0]], ("dsp",), [10], [Budget("dsp", **kwargs)])
    assert problem.capacities.tolist() == [allowed]


@pytest.mark.parametrize(
    "baseline, fixed, message",
    [
        ([-1, 1], None, r"baseline must hold 2 finite values >= 0 \(one per resource\), got \[-1.0, 1.0\]"),
        ([math.nan, 1], None, "baseline must hold 2 finite values"),
        ([1, 2, 3], None, "baseline must hold 2 finite values"),
        ([10, 10], [1, -1], "fixed must hold 2 finite values"),
        ([10, 10], [1], "fixed must hold 2 finite values"),
    ],
)
def test_bad_baseline_or_fixed_vector_is_named(baseline, fixed, message):
    with pytest.raises(ValueError, match=message):
        problem_from_budgets([1.0], [[1.0, 1.0]], ("dsp", "lut"), baseline, [], fixed=fixed)


def test_unknown_budget_resource_lists_the_known_ones():
    with pytest.raises(ValueError, match="unknown resource 'ff'; resources: dsp, lut$"):
        problem_from_budgets([1.0], [[1.0, 1.0]], ("dsp", "lut"), [10, 10], [Budget("ff", target=0.5)])


def test_auto_solves_a_problem_the_reduction_empties():
    # kept for free, worthless, too big to fit: every fate is forced and nothing is left to choose
    solution = solve(KnapsackProblem([1.0, 0.0, 2.0], [[0.0], [1.0], [10.0]], [5.0], ("dsp",)))
    assert solution.keep.tolist() == [True, False, False]
    assert (solution.solver, solution.status, solution.objective, solution.bound) == (
        "topk",
        "optimal",
        1.0,
        1.0,
    )


@pytest.mark.parametrize("solver", ("topk", "greedy") + EXACT)
def test_every_solver_handles_a_sub_problem_of_zero_or_one_item(solver):
    # kept for free, worthless, too big to fit: the reduction leaves no item to choose
    solution = solve(KnapsackProblem([1.0, 0.0, 2.0], [[0.0], [1.0], [10.0]], [5.0], ("dsp",)), solver)
    assert solution.keep.tolist() == [True, False, False]
    assert (solution.objective, solution.bound, solution.status) == (1.0, 1.0, "optimal")
    # one structure fits, the other cannot fit alone: one item is left, and kept
    solution = solve(KnapsackProblem([1.0, 5.0], [[1.0], [9.0]], [5.0], ("dsp",)), solver)
    assert solution.keep.tolist() == [True, False]
    assert (solution.objective, solution.bound, solution.status) == (1.0, 1.0, "optimal")


def test_grouped_with_a_group_split_in_two_runs():
    # cost vectors A A B A: as many equal neighbours (1) as groups minus one, yet group A is two runs
    problem = KnapsackProblem([5.0, 4.0, 1.0, 3.0], [[1.0], [1.0], [2.0], [1.0]], [2.0], ("dsp",))
    solution = solve(problem, "grouped")
    assert solution.keep.tolist() == [True, True, False, False]
    assert (solution.objective, solution.status) == (9.0, "optimal")


def test_grouped_keeps_the_first_of_equally_important_structures_of_interleaved_groups():
    """Two cost vectors alternating (not one run each): within a group, the kept structures of the value at
    its cut are the first ones in structure order, as with top-k."""
    values = np.random.default_rng(1).choice([1.0, 2.0], size=400)
    costs = np.tile([[1.0, 0.0], [0.0, 1.0]], (200, 1))  # one budget per group, each cut among value 2
    solution = solve(KnapsackProblem(values, costs, [50.0, 40.0], ("dsp", "bram_18k")), "grouped")
    assert solution.keep.sum() == 90 and solution.objective == 180.0
    for group in (np.arange(0, 400, 2), np.arange(1, 400, 2)):
        kept, group_values = solution.keep[group], values[group]
        ties = kept[group_values == 2.0]
        assert ties.tolist() == sorted(ties.tolist(), reverse=True)  # a prefix of the tied structures


def test_topk_keeps_the_first_of_equally_important_structures():
    problem = KnapsackProblem([1.0, 2.0, 2.0, 2.0, 1.0], [[1.0]] * 5, [2.0], ("dsp",))
    assert solve(problem, solver="topk").keep.tolist() == [False, True, True, False, False]
    values = np.random.default_rng(0).choice([1.0, 2.0], size=200)  # long enough for NumPy's unstable sorts
    problem = KnapsackProblem(values, [[1.0]] * 200, [50.0], ("dsp",))
    expected = np.zeros(200, dtype=bool)
    expected[np.flatnonzero(values == 2.0)[:50]] = True
    assert solve(problem, solver="topk").keep.tolist() == expected.tolist()


def test_greedy_keeps_the_first_of_equally_valuable_structures():
    """Equal value per budget share: the first structures win, as with top-k (a stable sort)."""
    values = np.random.default_rng(0).choice([1.0, 2.0], size=200)  # long enough for NumPy's unstable sorts
    problem = KnapsackProblem(values, [[1.0]] * 200, [50.0], ("dsp",))
    expected = np.zeros(200, dtype=bool)
    expected[np.flatnonzero(values == 2.0)[:50]] = True
    solution = solve(problem, solver="greedy")
    assert solution.keep.tolist() == expected.tolist()
    assert (solution.objective, solution.status) == (100.0, "optimal")


def test_topk_with_one_free_structure_and_a_resource_it_does_not_use():
    # the second structure cannot fit alone; the first costs no BRAM, which is budgeted too
    problem = KnapsackProblem([1.0, 5.0], [[1.0, 0.0], [9.0, 0.0]], [5.0, 2.0], ("dsp", "bram_18k"))
    solution = solve(problem)
    assert (solution.keep.tolist(), solution.solver, solution.status) == ([True, False], "topk", "optimal")
    problem = KnapsackProblem([3.0, 1.0, 2.0], [[1.0, 0.0]] * 3, [2.0, 1.0], ("dsp", "bram_18k"))
    assert solve(problem, solver="topk").keep.tolist() == [True, False, True]


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "values, costs, capacities, message",
    [
        ([1.0, math.nan], [[1], [1]], [1], "NaN or inf"),
        ([1.0, 2.0], [[1], [-1]], [1], ">= 0"),
        ([1.0, 2.0], [[1], [1]], [-1], "capacities"),
        ([1.0, 2.0], [[1], [1]], [math.nan], "capacities"),
        ([1.0, 2.0], [[1, 1], [1, 1]], [1], "shape"),
        ([[1.0, 2.0]], [[1], [1]], [1], "1-D"),
    ],
)
def test_bad_problem(values, costs, capacities, message):
    with pytest.raises(ValueError, match=message):
        KnapsackProblem(values, costs, capacities, ("dsp",))


def test_bad_solver_arguments():
    problem = KnapsackProblem([1.0, 2.0], [[1], [2]], [2], ("dsp",))
    with pytest.raises(ValueError, match="valid: auto, topk, grouped, mip_scip, mip_cbc, greedy"):
        solve(problem, "cplex")
    with pytest.raises(ValueError, match="same cost vector"):
        solve(problem, "topk")
    for rel_gap in (-0.1, 1.0):
        with pytest.raises(ValueError, match="rel_gap"):
            solve(problem, rel_gap=rel_gap)
    with pytest.raises(ValueError, match="time_limit_s"):
        solve(problem, time_limit_s=0)


@pytest.mark.parametrize("solver", ("mip_scip", "mip_cbc", "grouped"))
def test_exact_solvers_at_exactly_the_first_core_size(solver):
    """CORE_SIZE free items: the first core holds all of them (no fixing), and the optimum is found."""
    rng = np.random.default_rng(4)
    n = knapsack.CORE_SIZE
    costs = rng.integers(1, 6, (n, 2)).astype(float)  # every item costs something and fits alone
    capacities = np.floor(0.3 * costs.sum(axis=0))
    problem = KnapsackProblem(rng.uniform(0.2, 3.0, n), costs, capacities, ("dsp", "ff"))
    solution = solve(problem, solver, rel_gap=1e-9)
    assert solution.objective == pytest.approx(_milp_optimum(problem), rel=1e-7)
    assert _feasible(problem, solution.keep) and solution.status == "optimal"


# ---------------------------------------------------------------- the bound where reduced-cost fixing acts


def _milp_optimum(problem: KnapsackProblem) -> float:
    """The proven optimum by SciPy's HiGHS MILP, independent of OR-Tools."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    result = milp(
        -problem.values,
        constraints=LinearConstraint(problem.costs.T, -np.inf, problem.capacities),
        integrality=np.ones(problem.n_items),
        bounds=Bounds(0, 1),
    )
    assert result.success, result.message
    return -result.fun


def _lp_relaxation(problem: KnapsackProblem) -> float:
    """The LP relaxation's optimum by SciPy's HiGHS: an upper bound no proven bound may exceed."""
    from scipy.optimize import linprog

    result = linprog(-problem.values, A_ub=problem.costs.T, b_ub=problem.capacities, bounds=(0, 1))
    assert result.success, result.message
    return -result.fun


@pytest.mark.parametrize("solver, n_groups", [("mip_scip", None), ("mip_cbc", None), ("grouped", 40)])
@pytest.mark.parametrize("seed", range(3))
def test_bound_with_reduced_cost_fixing_lies_between_optimum_and_lp(
    monkeypatch, solver, n_groups, seed, caplog
):
    """A first core of 5 items forces fixing to act (the optimum lies outside it), so the bound must
    carry the fixing term L - delta: the core MIP's own bound holds only for the fixed problem."""
    monkeypatch.setattr(knapsack, "CORE_SIZE", 5)
    problem = _random_problem(seed, n=400, n_groups=n_groups, fill=0.3)
    optimum, relaxation = _milp_optimum(problem), _lp_relaxation(problem)
    with caplog.at_level("DEBUG", logger="fpgaprune.core.knapsack"):
        solution = solve(problem, solver, rel_gap=1e-9)
    first_core = int(
        next(r.getMessage() for r in caplog.records if r.getMessage().startswith("core of")).split()[2]
    )
    assert first_core < n_groups if n_groups else first_core < problem.n_items  # fixing removed variables
    assert _feasible(problem, solution.keep)
    assert optimum * (1 - 1e-9) <= solution.bound <= relaxation * (1 + 1e-9)
    assert solution.objective == pytest.approx(optimum, rel=1e-7)
    assert solution.gap == pytest.approx((solution.bound - solution.objective) / solution.objective)
    assert solution.status == "optimal"


@pytest.mark.parametrize("solver", ("mip_scip", "mip_cbc"))
def test_items_fixed_by_reduced_cost_can_fill_a_budget_exactly(monkeypatch, solver, caplog):
    """Ten very valuable structures fill the BRAM budget and are fixed as kept: the core MIP has no BRAM
    left, so a core structure costing BRAM must not be kept (and then repaired away after rounding)."""
    monkeypatch.setattr(knapsack, "CORE_SIZE", 5)
    rng = np.random.default_rng(0)
    values = np.concatenate([np.full(10, 100.0), rng.uniform(0.5, 1.5, 60)])
    low_costs = np.column_stack([rng.integers(1, 4, 60), rng.integers(0, 2, 60)])
    costs = np.concatenate([np.ones((10, 2)), low_costs]).astype(float)
    problem = KnapsackProblem(values, costs, [40.0, 10.0], ("dsp", "bram_18k"))
    with caplog.at_level("WARNING", logger="fpgaprune.core.knapsack"):
        solution = solve(problem, solver, rel_gap=1e-9)
    assert solution.objective == pytest.approx(_milp_optimum(problem), rel=1e-9)
    assert solution.keep[:10].all() and solution.status == "optimal"
    assert not caplog.records  # no budget was exceeded, nothing repaired


@pytest.mark.parametrize("solver", ("mip_scip", "mip_cbc"))
@pytest.mark.parametrize("seed", (0, 1, 2, 3, 4, 13))  # 13: LP prices raised to >= 1 stop at 258 of 259
def test_fixing_keeps_the_structures_at_exactly_the_width_free(monkeypatch, solver, seed):
    """Integer values and costs give equal |reduced costs|; the width delta is always one of them, and a
    structure with |rc| = delta must stay in the core (free), or an optimum that keeps it is lost."""
    monkeypatch.setattr(knapsack, "CORE_SIZE", 20)
    rng = np.random.default_rng(seed)
    values = rng.integers(1, 6, 150).astype(float)
    costs = rng.integers(0, 6, (150, 2)).astype(float)
    problem = KnapsackProblem(values, costs, np.floor(0.3 * costs.sum(axis=0)), ("dsp", "bram_18k"))
    solution = solve(problem, solver, rel_gap=1e-9)
    optimum = _milp_optimum(problem)
    assert solution.objective == pytest.approx(optimum, rel=1e-9)
    assert optimum * (1 - 1e-9) <= solution.bound and solution.status == "optimal"


@pytest.mark.parametrize("solver, n_groups", [("grouped", 40), ("mip_scip", None), ("mip_cbc", None)])
def test_a_fixing_width_of_zero_still_grows(monkeypatch, solver, n_groups, caplog):
    """Integer values: more than CORE_SIZE structures have rc = 0 exactly, so the first width is 0. It
    must grow (4 x 0 = 0 stopped the search at 525 of 526, "not_proven")."""
    monkeypatch.setattr(knapsack, "CORE_SIZE", 5)
    rng = np.random.default_rng(0)
    values = rng.integers(1, 6, 300).astype(float)
    if n_groups:
        costs = rng.integers(0, 6, (n_groups, 2)).astype(float)[rng.integers(0, n_groups, 300)]
    else:
        costs = rng.integers(0, 6, (300, 2)).astype(float)
    problem = KnapsackProblem(values, costs, np.floor(0.3 * costs.sum(axis=0)), ("dsp", "bram_18k"))
    with caplog.at_level("DEBUG", logger="fpgaprune.core.knapsack"):
        solution = solve(problem, solver, rel_gap=1e-9)
    assert "(delta 0)" in caplog.records[0].getMessage()  # the case this test is about
    assert solution.objective == pytest.approx(_milp_optimum(problem), rel=1e-9)
    assert solution.status == "optimal"


def test_each_solve_logs_one_readable_line(caplog):
    """One line per solve in words (it was the record's dict, at every pruning step); the record itself,
    objective and bound included, stays in metrics.json."""
    problem = KnapsackProblem([4, 5, 6, 8, 3], [[2], [5], [3], [2], [5]], [8], ("dsp",))
    with caplog.at_level("INFO", logger="fpgaprune.core.knapsack"):
        solution = solve(problem, solver="mip_scip")
    (line,) = [r.getMessage() for r in caplog.records]
    kept = int(solution.keep.sum())
    assert line.startswith(f"knapsack: keeps {kept} of 5 structures, {solution.status} (gap ")
    assert "mip_scip solver" in line and "{" not in line
