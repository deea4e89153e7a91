import pytest

from fpgaprune.core.selection.schedule import (
    BinarySchedule,
    ConstantSchedule,
    PolynomialSchedule,
    Waypoints,
    make_schedule,
)


def _run(schedule, accept):
    """Drive a schedule with an acceptance rule; return the targets tried."""
    history, target = [], schedule.first()
    while target is not None:
        history.append((target, accept(target)))
        target = schedule.next(history)
    return [t for t, _ in history]


def test_polynomial_ramp_is_cubic_and_ends_at_final():
    tried = _run(PolynomialSchedule(final=0.9, steps=3), lambda t: True)
    assert tried == pytest.approx([0.9 - 0.9 * (2 / 3) ** 3, 0.9 - 0.9 * (1 / 3) ** 3, 0.9])


def test_polynomial_backs_off_to_midpoint_after_a_rejection():
    tried = _run(PolynomialSchedule(final=0.8, steps=2, resolution=0.05), lambda t: t <= 0.75)
    assert tried[:2] == pytest.approx([0.7, 0.8])
    assert tried[2] == pytest.approx(0.75)  # midpoint of accepted 0.7 and rejected 0.8
    assert max(t for t in tried if t <= 0.75) == pytest.approx(0.75)


def test_after_a_rejection_a_ramp_removes_no_larger_share_of_the_rest_than_its_last_accepted_step():
    tried = _run(PolynomialSchedule(final=0.9, steps=3), lambda t: t <= 0.8)
    first = 0.9 - 0.9 * (2 / 3) ** 3
    midpoint = (first + 0.9 - 0.9 * (1 / 3) ** 3) / 2
    assert tried[:3] == pytest.approx([first, 0.9 - 0.9 * (1 / 3) ** 3, midpoint])
    # not the rejected ramp target again: the rest shrinks by the last accepted step's factor
    assert tried[3] == pytest.approx(1 - (1 - midpoint) ** 2 / (1 - first))
    assert 0.79 <= max(t for t in tried if t <= 0.8) <= 0.8


def test_constant_steps_shrink_after_a_rejection_too():
    assert _run(ConstantSchedule(final=0.75, step=0.25), lambda t: True) == pytest.approx([0.25, 0.5, 0.75])
    tried = _run(ConstantSchedule(final=0.75, step=0.25), lambda t: t <= 0.65)
    assert tried[:4] == pytest.approx([0.25, 0.5, 0.75, 0.625])
    assert tried[4] == pytest.approx(1 - 0.375**2 / 0.5)  # 0.625 kept 0.375/0.5 of what 0.5 left


def test_growth_doubles_the_step_after_each_acceptance():
    tried = _run(ConstantSchedule(final=0.9, step=0.5, growth=2), lambda t: t <= 0.7)
    assert tried[:3] == pytest.approx([0.5, 0.9, 0.7])
    assert tried[3] == pytest.approx(1 - 0.3 * (0.3 / 0.5) ** 2)  # 0.7 kept 0.6 of the rest; now 0.36
    with pytest.raises(ValueError, match="growth must be >= 1"):
        ConstantSchedule(final=0.9, growth=0.5)


def test_constant_steps_and_stops_after_final():
    assert _run(ConstantSchedule(final=0.3, step=0.1), lambda t: True) == pytest.approx([0.1, 0.2, 0.3])


def test_binary_converges_on_the_acceptance_threshold():
    tried = _run(BinarySchedule(final=0.9, resolution=0.01), lambda t: t <= 0.62)
    assert tried[0] == 0.9
    best = max(t for t in tried if t <= 0.62)
    assert 0.61 <= best <= 0.62


def test_binary_stops_at_once_when_final_is_accepted():
    assert _run(BinarySchedule(final=0.5), lambda t: True) == [0.5]


def test_every_schedule_stops_when_nothing_is_accepted():
    for schedule in (PolynomialSchedule(0.9), ConstantSchedule(0.9), BinarySchedule(0.9)):
        assert len(_run(schedule, lambda t: False)) < 20


def test_make_schedule_and_validation():
    assert make_schedule(0.5, {"kind": "constant", "step": 0.25}).get_config() == {
        "kind": "constant",
        "final": 0.5,
        "step": 0.25,
        "resolution": 0.005,
        "growth": 1.0,
        "span": 1.0,
    }
    with pytest.raises(ValueError, match="unknown schedule 'cosine'; known: polynomial, constant, binary"):
        make_schedule(0.5, {"kind": "cosine"})
    with pytest.raises(ValueError, match=r"final must be in \(0, 1\], got 1.5"):
        PolynomialSchedule(final=1.5)
    assert PolynomialSchedule(final=1.0).first() > 0  # 1: an absolute budget reached (fpgaprune.optimize)


def test_unknown_schedule_argument_names_the_allowed_ones():
    with pytest.raises(ValueError, match="schedule constant does not take steps; it takes step, resolution"):
        make_schedule(0.5, {"kind": "constant", "steps": 3})


# ---------------------------------------------------------------- waypoints: one pass over several targets


def test_waypoints_step_on_every_target_of_a_ramp():
    schedule = Waypoints(PolynomialSchedule(final=0.9, steps=3), (0.5, 0.7, 0.9))
    ramp = [0.9 - 0.9 * (2 / 3) ** 3, 0.9 - 0.9 * (1 / 3) ** 3]  # 0.633, 0.867
    assert _run(schedule, lambda t: True) == pytest.approx([0.5, ramp[0], 0.7, ramp[1], 0.9])


def test_waypoints_back_off_below_a_rejected_target_and_stop_with_the_inner_schedule():
    schedule = Waypoints(ConstantSchedule(final=0.8, step=0.3, resolution=0.05), (0.5, 0.8))
    tried = _run(schedule, lambda t: t <= 0.6)
    assert tried[:3] == pytest.approx([0.3, 0.5, 0.8])
    assert tried[3] == pytest.approx(0.65)  # midpoint of accepted 0.5 and rejected 0.8
    assert tried[4] == pytest.approx(0.575)  # 0.65 rejected too: midpoint of 0.5 and 0.65
    assert len(tried) < 20  # the inner schedule's resolution ends the walk


def test_waypoints_make_a_binary_schedule_visit_each_target():
    assert _run(Waypoints(BinarySchedule(final=0.9), (0.5, 0.75, 0.9)), lambda t: True) == [0.5, 0.75, 0.9]


def test_one_waypoint_is_the_schedule_unchanged():
    inner = PolynomialSchedule(final=0.8, steps=4, resolution=0.05)
    accept = lambda t: t <= 0.7
    assert _run(Waypoints(inner, (0.8,)), accept) == _run(inner, accept)


@pytest.mark.parametrize("targets", [(), (0.7, 0.5), (0.5, 0.5, 0.9), (0.5, 0.8)])
def test_waypoints_need_ascending_targets_ending_at_the_schedule_final(targets):
    with pytest.raises(ValueError, match="waypoint targets|largest target"):
        Waypoints(PolynomialSchedule(final=0.9), targets)


def test_waypoints_end_where_their_schedule_ends():
    assert Waypoints(PolynomialSchedule(final=0.9), (0.5, 0.9)).final == 0.9


def _rejecting_once(step: int):
    """An acceptance rule that rejects only the `step`-th target tried (1-based)."""
    tried = []

    def accept(target: float) -> bool:
        tried.append(target)
        return len(tried) != step

    return accept


def test_after_a_rejection_the_way_to_absolute_counts_ends_in_a_few_steps():
    """Target 1 is the budget reached: rest(t) = 1 - span x t stays above zero there, so steps of a fixed
    share of the rest reach it; with span 1 (the rest shrinks to zero) the resolution's snap ends the way."""
    tried = _run(PolynomialSchedule(final=1.0, steps=5, span=0.6), _rejecting_once(2))
    assert tried[-1] == 1.0 and len(tried) <= 8
    tried = _run(PolynomialSchedule(final=1.0, steps=5), _rejecting_once(2))
    assert tried[-1] == 1.0 and len(tried) <= 20


def test_a_step_cut_short_does_not_shrink_the_steps_after_it():
    """A waypoint cuts a step short after the rejection; the next step is as long as the back-off's."""
    schedule = Waypoints(PolynomialSchedule(final=0.92, steps=5), (0.75, 0.92))
    tried = _run(schedule, _rejecting_once(2))
    assert tried[:5] == pytest.approx([0.449, 0.721, 0.585, 0.688, 0.75], abs=1e-3)
    since = (1 - 0.585) / (1 - 0.688)  # the share of the rest each step accepted after the rejection removed
    assert (1 - 0.75) / (1 - tried[5]) == pytest.approx(since, rel=1e-2)
    assert tried[-1] == 0.92 and len(tried) <= 10


def test_a_step_within_resolution_of_final_goes_to_final():
    tried = _run(ConstantSchedule(final=0.9, step=0.3, resolution=0.05), _rejecting_once(2))
    assert tried[-1] == 0.9
    assert all(0.9 - t >= 0.05 for t in tried[:-1])
