"""The joint reuse-factor / pruning knapsack against brute force over every candidate and every subset."""

import itertools
import math

import numpy as np
import pytest

from fpgaprune.core.joint import Candidate, JointProblem, kept_costs, solve_joint
from fpgaprune.core.knapsack import BudgetInfeasible


def _options(candidates):
    """One layer's (candidate, subset) rows (candidate, mask bits, value, dsp, bram, latency, ii)."""
    rows = []
    for c, cand in enumerate(candidates):
        n = len(cand.values)
        positive = [i for i in np.argsort(-np.asarray(cand.values), kind="stable") if cand.values[i] > 0]
        floor = set(positive[: cand.min_keep])
        for bits in itertools.product((False, True), repeat=n):
            keep = np.array(bits, dtype=bool)
            if not all(keep[i] for i in floor):
                continue
            dsp, bram = kept_costs(cand, keep)
            rows.append(
                (c, bits, float(np.asarray(cand.values)[keep].sum()), dsp, bram, cand.latency_cycles, cand.ii)
            )
    return rows


def brute_force(problem: JointProblem) -> float:
    """The best kept value over every candidate choice and every subset of structures (-inf: infeasible)."""
    return max((value for value, _ in _feasible(problem)), default=-math.inf)


def brute_force_least_share(problem: JointProblem) -> float:
    """The smallest largest share of a DSP / BRAM_18K capacity among the feasible choices of best value."""
    feasible = list(_feasible(problem))
    best = max(value for value, _ in feasible)
    return min(share for value, share in feasible if value >= best - 1e-9)


def _feasible(problem: JointProblem):
    """(kept value, largest share of a finite capacity) of every feasible choice and subset."""
    per_layer = [_options(cands) for cands in problem.layers.values()]
    for combo in itertools.product(*per_layer):
        dsp, bram = sum(o[3] for o in combo), sum(o[4] for o in combo)
        latency, ii = _design_latency(problem, [o[5] for o in combo]), max(o[6] for o in combo)
        if (
            dsp <= problem.capacities[0] + 1e-9
            and bram <= problem.capacities[1] + 1e-9
            and latency <= problem.latency_budget
            and ii <= problem.ii_limit
        ):
            yield sum(o[2] for o in combo), _largest_share([dsp, bram], problem.capacities)


def _largest_share(used, capacities) -> float:
    return max((u / c for u, c in zip(used, capacities) if math.isfinite(c) and c > 0), default=0.0)


def _design_latency(problem: JointProblem, latencies) -> float:
    """The layers one after another (the sum) or at the same time (the slowest), by the problem's rule."""
    return max(latencies) if problem.latency_rule == "max" else sum(latencies)


def _random_candidate(rng, rf, n):
    values = rng.random(n) * (rng.random(n) > 0.15)  # some structures already worthless
    costs = np.column_stack([rng.integers(0, 3, n), rng.integers(0, 2, n)]).astype(float)
    return Candidate(
        "resource",
        rf,
        values / max(values.sum(), 1e-9),
        costs,
        fixed=rng.integers(0, 3, 2).astype(float),
        latency_cycles=float(rf + 2),
        ii=float(rf),
        min_keep=int(rng.integers(0, 2)),
    )


def _random_problem(seed):
    rng = np.random.default_rng(seed)
    layers = {
        f"l{i}": [
            _random_candidate(rng, rf, int(rng.integers(2, 5))) for rf in (1, 2, 4)[: rng.integers(2, 4)]
        ]
        for i in range(int(rng.integers(2, 4)))
    }
    total = sum(kept_costs(c, np.ones(len(c.values), bool)) for cands in layers.values() for c in cands) / 3
    capacities = np.floor(total * rng.uniform(0.3, 0.9, 2))
    rule = "max" if seed % 4 >= 2 else "sum"  # io_stream layers run at the same time: the slowest counts
    latencies = [rng.choice([c.latency_cycles for c in cands]) for cands in layers.values()]
    latency = max(latencies) if rule == "max" else sum(latencies)
    ii_limit = 4.0 if seed % 3 == 0 else math.inf
    start = {name: 0 for name in layers} if seed % 2 else None  # a first choice to warm-start from
    return JointProblem(layers, capacities, float(latency), ii_limit, start, latency_rule=rule)


@pytest.mark.parametrize("seed", range(40))
def test_joint_optimum_equals_brute_force(seed):
    problem = _random_problem(seed)
    expected = brute_force(problem)
    if expected == -math.inf:
        with pytest.raises(BudgetInfeasible):
            solve_joint(problem)
        return
    solution = solve_joint(problem)
    assert solution.objective == pytest.approx(expected, abs=1e-9)
    assert solution.gap <= 1e-6 and solution.status == "optimal"
    _assert_feasible(problem, solution)
    # among the choices of that value, one with the least largest share (the secondary term may cost w)
    chosen = {name: problem.layers[name][c] for name, c in solution.choice.items()}
    used = sum(kept_costs(chosen[name], solution.keep[name]) for name in chosen)
    assert solution.tie_break in ("least_use", "first_stage")
    least = brute_force_least_share(problem)
    assert least - 1e-9 <= _largest_share(used, problem.capacities) <= least + 1e-3 + 1e-9


def _assert_feasible(problem, solution):
    chosen = {name: problem.layers[name][c] for name, c in solution.choice.items()}
    used = sum(kept_costs(chosen[name], solution.keep[name]) for name in chosen)
    assert np.all(used <= problem.capacities + 1e-9)
    assert _design_latency(problem, [c.latency_cycles for c in chosen.values()]) <= problem.latency_budget
    assert max(c.ii for c in chosen.values()) <= problem.ii_limit
    value = sum(float(np.asarray(chosen[n].values)[solution.keep[n]].sum()) for n in chosen)
    assert value == pytest.approx(solution.objective)


def _layer(values, fast_cost, slow_cost):
    """Two candidates: RF 1 (1 cycle, `fast_cost` DSP per structure) and RF 4 (5 cycles, `slow_cost`)."""
    values = np.asarray(values, float)
    n = values.size
    return [
        Candidate(
            "latency", 1, values, np.column_stack([np.full(n, fast_cost), np.zeros(n)]), np.zeros(2), 1, 1
        ),
        Candidate(
            "resource", 4, values, np.column_stack([np.full(n, slow_cost), np.zeros(n)]), np.zeros(2), 5, 4
        ),
    ]


def test_joint_choice_beats_every_fixed_reuse_factor():
    # Two layers; the latency budget (6 cycles) allows one slow layer, not two. The budget of 6 DSP keeps
    # 3 structures of each layer at RF 1 or with one layer at RF 4 (1 DSP each) more of that layer.
    layers = {"a": _layer([0.4, 0.3, 0.2, 0.1], 2, 1), "b": _layer([0.7, 0.1, 0.1, 0.1], 2, 1)}
    problem = JointProblem(layers, np.array([6.0, math.inf]), latency_budget=6)
    joint = solve_joint(problem)
    fixed = []
    for c in range(2):  # the same setting in every layer: only the candidates of index c
        only = JointProblem({n: [cands[c]] for n, cands in layers.items()}, problem.capacities, 6)
        fixed.append(brute_force(only))
    assert fixed[1] == -math.inf  # both at RF 4: 10 cycles
    assert joint.objective == pytest.approx(brute_force(problem))
    assert joint.objective > max(fixed) + 0.05
    assert sorted(joint.choice.values()) == [0, 1]


def test_under_the_max_rule_each_layer_may_be_as_slow_as_the_budget():
    # io_stream: the layers run at the same time. At a 5-cycle budget both layers may take RF 4 (5 cycles
    # each, 10 summed), which keeps 6 structures on 6 DSP; summed, neither can (6 cycles with one), and RF 1's
    # 2 DSP a structure keep the 3 most valuable.
    layers = {"a": _layer([0.4, 0.3, 0.2, 0.1], 2, 1), "b": _layer([0.7, 0.1, 0.1, 0.1], 2, 1)}
    budgets = {"capacities": np.array([6.0, math.inf]), "latency_budget": 5}
    parallel = solve_joint(JointProblem(layers, **budgets))
    stream = solve_joint(JointProblem(layers, **budgets, latency_rule="max"))
    assert parallel.choice == {"a": 0, "b": 0} and stream.choice == {"a": 1, "b": 1}
    assert stream.objective == pytest.approx(0.4 + 0.3 + 0.2 + 0.7 + 0.1 + 0.1)
    assert parallel.objective == pytest.approx(0.7 + 0.4 + 0.3)


def test_an_unknown_latency_rule_is_one_line():
    with pytest.raises(ValueError, match="latency_rule 'mean' unknown; use one of sum, max"):
        JointProblem({}, np.zeros(2), latency_rule="mean")


def test_large_groups_are_exact_with_lazy_segments():
    rng = np.random.default_rng(7)
    values = np.sort(rng.random(500))[::-1]
    costs = np.column_stack([rng.integers(1, 3, 500), np.zeros(500)]).astype(float)
    layer = [
        Candidate("resource", 2, values, costs, np.zeros(2), 3, 2),
        Candidate("resource", 4, values, costs / 2, np.zeros(2), 6, 4),
    ]
    problem = JointProblem({"x": layer, "y": layer}, np.array([300.0, math.inf]), latency_budget=9)
    solution = solve_joint(problem)
    # exact check without brute force: for each choice the single-resource optimum is a greedy
    # by value per DSP only when costs are equal, so compare with the item-level MIP instead
    from fpgaprune.core.knapsack import KnapsackProblem, solve

    best = -math.inf
    for cx, cy in [(0, 0), (0, 1), (1, 0)]:
        items = KnapsackProblem(
            np.concatenate([values, values]),
            np.vstack([layer[cx].costs, layer[cy].costs]),
            np.array([300.0, math.inf]),
            ("dsp", "bram_18k"),
        )
        best = max(best, solve(items, solver="mip_scip", rel_gap=1e-9).objective)
    assert solution.objective == pytest.approx(best, rel=1e-7)
    assert solution.gap <= 1e-6


def test_infeasible_budgets_are_one_line():
    layers = {"a": _layer([0.5, 0.5], 2, 1)}
    layers["a"] = [
        Candidate(c.strategy, c.reuse_factor, c.values, c.costs, np.array([5.0, 0]), c.latency_cycles, c.ii)
        for c in layers["a"]
    ]
    with pytest.raises(BudgetInfeasible, match="raise a budget"):
        solve_joint(JointProblem(layers, np.array([4.0, math.inf])))


def test_each_joint_solve_logs_one_readable_line(caplog):
    """In words, as the knapsack's (it was the record's dict at every pruning step)."""
    layers = {"a": _layer([0.4, 0.3, 0.2, 0.1], 2, 1), "b": _layer([0.7, 0.1, 0.1, 0.1], 2, 1)}
    with caplog.at_level("INFO", logger="fpgaprune.core.joint"):
        solution = solve_joint(JointProblem(layers, np.array([6.0, math.inf]), latency_budget=6))
    (line,) = [r.getMessage() for r in caplog.records]
    kept = sum(int(np.sum(k)) for k in solution.keep.values())
    assert (
        line.startswith(f"joint knapsack: keeps {kept} structures, {solution.status} (gap ")
        and "{" not in line
    )


def test_a_lut_capacity_bounds_the_choice_of_implementations():
    """An implementation whose products are LUTs costs no DSP: without a LUT capacity it keeps everything;
    with one it is excluded by its LUT (every structure kept), and the DSP implementation keeps what fits."""
    values = np.array([0.4, 0.3, 0.2, 0.1])
    luts = Candidate("latency", 1, values, np.zeros((4, 2)), np.zeros(2), 1, 1, lut=1000.0)
    dsp_costs = np.column_stack([np.ones(4), np.zeros(4)])
    dsps = Candidate("resource", 4, values, dsp_costs, np.zeros(2), 5, 4, lut=100.0)
    free = solve_joint(JointProblem({"a": [luts, dsps]}, np.array([2.0, math.inf])))
    assert free.choice == {"a": 0} and free.keep["a"].all()
    bounded = solve_joint(JointProblem({"a": [luts, dsps]}, np.array([2.0, math.inf]), lut_capacity=500.0))
    assert bounded.choice == {"a": 1} and bounded.keep["a"].tolist() == [True, True, False, False]
    with pytest.raises(BudgetInfeasible, match="LUT"):
        solve_joint(JointProblem({"a": [luts, dsps]}, np.array([2.0, math.inf]), lut_capacity=50.0))


def test_a_start_that_is_the_only_choice_is_solved_once_and_optimal(capfd):
    """A re-selection within one design (each layer one candidate, the start): SCIP was asked to solve the
    same model again with a hint, printed 'ERROR: invalid SCIP stage <10>' and failed, and the optimum was
    reported as time_limit with an infinite gap (a float CNN's knapsack_rf run on xc7z020, its last step)."""
    rng = np.random.default_rng(0)
    layers = {name: [_random_candidate(rng, 1, n)] for name, n in (("a", 6), ("b", 4))}
    problem = JointProblem(layers, capacities=np.array([5.0, 5.0]), start={"a": 0, "b": 0})
    solution = solve_joint(problem)
    assert solution.status == "optimal" and solution.gap <= 1e-7
    assert solution.objective == pytest.approx(brute_force(problem))
    assert "SCIP" not in capfd.readouterr().err


def _kept_all(strategy, rf, dsp_each, lut, latency=1.0, n=4):
    """A candidate whose n equal structures cost `dsp_each` DSP each, with `lut` LUT every structure kept."""
    costs = np.column_stack([np.full(n, float(dsp_each)), np.zeros(n)])
    return Candidate(strategy, rf, np.full(n, 1.0 / n), costs, np.zeros(2), latency, 1.0, lut=float(lut))


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_among_equal_values_the_least_used_capacity_share_is_chosen(order):
    """Both candidates keep every structure (value 1); A uses 40 % of the DSPs and 10 % of the LUTs, B 20 %
    and 30 %: B leaves the most headroom in its tightest resource, whichever order the candidates come in,
    and every solve returns it."""
    a, b = _kept_all("latency", 1, 10, 1000), _kept_all("resource", 2, 5, 3000)
    candidates = [(a, b)[i] for i in order]
    problem = JointProblem({"x": candidates}, np.array([100.0, math.inf]), lut_capacity=10000.0)
    for _ in range(3):
        solution = solve_joint(problem)
        assert candidates[solution.choice["x"]] is b and solution.keep["x"].all()
        assert solution.objective == pytest.approx(1.0) and solution.status == "optimal"
        assert solution.tie_break in ("least_use", "first_stage")


def test_the_largest_share_not_the_sum_decides():
    """The jet tagger's two designs at 0.12 of an xcu250 (whole-design estimates, docs/pruning.md section 5):
    1,305 DSP / 160,703 LUT (largest share 0.885, sum 1.660) and 1,022 DSP / 199,230 LUT (0.961, 1.654) under
    1,474 DSP / 207,360 LUT; both keep every structure. The first is chosen: 11 % DSP headroom against 4 %
    LUT headroom; the sum of shares would have taken the second."""
    fewer_lut = _kept_all("latency", 1, 1305 / 4, 160703)
    fewer_dsp = _kept_all("resource", 4, 1022 / 4, 199230)
    for candidates in ([fewer_lut, fewer_dsp], [fewer_dsp, fewer_lut]):
        problem = JointProblem({"x": candidates}, np.array([1474.0, math.inf]), lut_capacity=207360.0)
        solution = solve_joint(problem)
        assert candidates[solution.choice["x"]] is fewer_lut


def test_at_equal_value_and_use_the_faster_choice_is_chosen():
    slow, fast = (
        _kept_all("resource", 4, 5, 1000, latency=9.0),
        _kept_all("resource", 2, 5, 1000, latency=5.0),
    )
    for candidates in ([slow, fast], [fast, slow]):
        problem = JointProblem({"x": candidates}, np.array([100.0, math.inf]), lut_capacity=10000.0)
        assert candidates[solve_joint(problem).choice["x"]] is fast


def test_the_tie_break_does_not_trade_value_within_the_gap():
    """Keeping both structures is optimal; dropping the one worth 1e-8 (below rel_gap x value) would halve the
    DSP share. The second stage keeps the first stage's value, so nothing is pruned (no training needed)."""
    costs = np.column_stack([np.ones(2), np.zeros(2)])
    one = Candidate("resource", 2, np.array([1 - 1e-8, 1e-8]), costs, np.zeros(2), 3, 2)
    solution = solve_joint(JointProblem({"x": [one]}, np.array([10.0, math.inf])), rel_gap=1e-7)
    assert solution.keep["x"].all() and solution.status == "optimal"


def test_a_second_stage_out_of_time_leaves_the_first_stages_solution(monkeypatch):
    """The second stage gets no time (its deadline already past): the value problem's solution, objective,
    bound, gap and status stand, and the record says the first stage's choice was kept."""
    from fpgaprune.core import joint

    a, b = _kept_all("latency", 1, 10, 1000), _kept_all("resource", 2, 5, 3000)
    problem = JointProblem({"x": [a, b]}, np.array([100.0, math.inf]), lut_capacity=10000.0)
    least_use = joint._least_use
    monkeypatch.setattr(
        joint,
        "_least_use",
        lambda model, first, bound, rel_gap, deadline: least_use(model, first, bound, rel_gap, 0.0),
    )
    solution = solve_joint(problem)
    assert solution.tie_break == "first_stage" and solution.record()["tie_break"] == "first_stage"
    assert solution.objective == pytest.approx(1.0) and solution.keep["x"].all()
    assert solution.status == "optimal" and solution.gap <= 1e-7 and solution.bound == pytest.approx(1.0)
