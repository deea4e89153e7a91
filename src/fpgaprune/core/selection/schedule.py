"""Schedules that raise the pruning target step by step (pure Python, serialisable).

The pruning loop asks a schedule for its first target, then, after each fine-tuning step, for the
next one given the history of (target, accepted) pairs; None means stop.
- `PolynomialSchedule`: the cubic ramp of Zhu & Gupta (2017) in `steps` steps up to `final`;
- `ConstantSchedule`: equal increments of `step` up to `final`;
- `BinarySchedule`: tries `final` first, then bisects between the highest accepted and the lowest
  rejected target.
After a rejected step the ramps back off to the midpoint between the highest accepted target and
the rejected one; every schedule stops once that gap is below `resolution`. Once a step has been
rejected, a ramp's later steps leave its plan and remove the same share of what remains as the
largest step accepted since (`_adapted_step`; growth 1: the same share, 2: the step doubles in
log(remaining) after each acceptance): near the end a fixed ramp removes a third or more of the
remaining structures per step, and retrying the target that failed wastes the rejections allowed.
What remains is the budgeted resource: 1 - target for a share removed, 1 - `span` x target on the
way to absolute counts, whose end (target 1) removes the share `span` (set by the pruning job, not
by the config). A step that would end within `resolution` of `final` goes to `final`, so a ramp
reaches it in a finite number of steps even where the rest shrinks geometrically towards it.
`Waypoints` makes any of them stop at several targets on its way to the largest (one pruning
pass for all of an experiment's targets). `OneStep` goes to `final` at once and never backs off, for a walk
whose every target selects the same (knapsack_rf making a design faster within counts it meets already).
"""

from dataclasses import asdict, dataclass, fields
from itertools import pairwise
from math import exp, log

History = list[tuple[float, bool]]


@dataclass(frozen=True)
class PolynomialSchedule:
    final: float
    steps: int = 5
    initial: float = 0.0
    power: float = 3.0
    resolution: float = 0.005
    growth: float = 1.0
    span: float = 1.0

    def __post_init__(self):
        _validate_fraction("final", self.final, allow_one=True)
        _validate_fraction("initial", self.initial, allow_zero=True)
        if self.steps < 1:
            raise ValueError(f"steps must be at least 1, got {self.steps}")
        _validate_growth(self.growth)
        _validate_fraction("span", self.span, allow_one=True)

    def first(self) -> float:
        return self._ramp(1)

    def next(self, history: History) -> float | None:
        tried, ok = history[-1]
        if not ok:
            return _back_off(history, self.resolution)
        if tried >= self.final:
            return None
        ramp = next((t for t in map(self._ramp, range(1, self.steps + 1)) if t > tried + 1e-9), self.final)
        return _snapped(
            _adapted_step(history, ramp, self.final, self.growth, self.span), self.final, self.resolution
        )

    def _ramp(self, k: int) -> float:
        return self.final + (self.initial - self.final) * (1 - k / self.steps) ** self.power

    def get_config(self) -> dict:
        return {"kind": "polynomial", **asdict(self)}


@dataclass(frozen=True)
class ConstantSchedule:
    final: float
    step: float = 0.1
    resolution: float = 0.005
    growth: float = 1.0
    span: float = 1.0

    def __post_init__(self):
        _validate_fraction("final", self.final, allow_one=True)
        _validate_fraction("step", self.step)
        _validate_growth(self.growth)
        _validate_fraction("span", self.span, allow_one=True)

    def first(self) -> float:
        return min(self.step, self.final)

    def next(self, history: History) -> float | None:
        tried, ok = history[-1]
        if not ok:
            return _back_off(history, self.resolution)
        if tried >= self.final:
            return None
        planned = min(tried + self.step, self.final)
        return _snapped(
            _adapted_step(history, planned, self.final, self.growth, self.span), self.final, self.resolution
        )

    def get_config(self) -> dict:
        return {"kind": "constant", **asdict(self)}


@dataclass(frozen=True)
class BinarySchedule:
    final: float
    resolution: float = 0.01

    def __post_init__(self):
        _validate_fraction("final", self.final, allow_one=True)

    def first(self) -> float:
        return self.final

    def next(self, history: History) -> float | None:
        rejected = [t for t, ok in history if not ok]
        if not rejected:
            return None
        low = _highest_accepted(history)
        return _midpoint(low, min(t for t in rejected if t > low), self.resolution)

    def get_config(self) -> dict:
        return {"kind": "binary", **asdict(self)}


@dataclass(frozen=True)
class Waypoints:
    """`schedule` (towards the largest target) made to step on every target of `targets` on its way.

    A proposed step beyond the lowest target not yet accepted is cut back to that target; when the
    inner schedule ends after an accepted step (a binary schedule without rejections), the next
    pending target follows. Back-off and stopping are the inner schedule's. With one target it is the
    inner schedule unchanged.
    """

    schedule: PolynomialSchedule | ConstantSchedule | BinarySchedule
    targets: tuple[float, ...]

    def __post_init__(self):
        if not self.targets or list(self.targets) != sorted(set(self.targets)):
            raise ValueError(f"waypoint targets must be distinct and ascending, got {list(self.targets)}")
        if self.targets[-1] != self.schedule.final:
            raise ValueError(
                f"the schedule must end at the largest target {self.targets[-1]}, not {self.schedule.final}"
            )

    @property
    def final(self) -> float:
        return self.schedule.final

    def first(self) -> float:
        return min(self.schedule.first(), self.targets[0])

    def next(self, history: History) -> float | None:
        reached = _highest_accepted(history)
        pending = [t for t in self.targets if t > reached + 1e-9]
        proposed = self.schedule.next(history)
        if proposed is None:
            return pending[0] if pending and history[-1][1] else None
        return min(proposed, pending[0]) if pending else proposed

    def get_config(self) -> dict:
        return {**self.schedule.get_config(), "waypoints": list(self.targets)}


@dataclass(frozen=True)
class OneStep:
    """`final` in one step, no back-off: for a walk in which every target selects the same, where a smaller
    step repeats the one before (knapsack_rf making a design that meets its counts faster for its latency
    budget: the capacity is the count at every target of the way; `pruning.run.prune_model`)."""

    final: float = 1.0

    def first(self) -> float:
        return self.final

    def next(self, history: History) -> None:
        return None

    def get_config(self) -> dict:
        return {"kind": "one_step", "final": self.final}


SCHEDULES = {"polynomial": PolynomialSchedule, "constant": ConstantSchedule, "binary": BinarySchedule}


def make_schedule(final: float, config: dict, span: float = 1.0):
    """A schedule towards `final` from its config: {"kind": polynomial|constant|binary, ...fields}; `span`
    is the share of the budgeted resource removed at target 1 (module docstring; binary takes none)."""
    config = dict(config)
    kind = config.pop("kind", "polynomial")
    if kind not in SCHEDULES:
        raise ValueError(f"unknown schedule {kind!r}; known: {', '.join(SCHEDULES)}")
    allowed = [f.name for f in fields(SCHEDULES[kind]) if f.name not in ("final", "span")]
    unknown = sorted(set(config) - set(allowed))
    if unknown:
        raise ValueError(f"schedule {kind} does not take {', '.join(unknown)}; it takes {', '.join(allowed)}")
    spanned = {"span": span} if "span" in {f.name for f in fields(SCHEDULES[kind])} else {}
    return SCHEDULES[kind](final=final, **config, **spanned)


def _back_off(history: History, resolution: float) -> float | None:
    return _midpoint(_highest_accepted(history), history[-1][0], resolution)


def _adapted_step(history: History, planned: float, final: float, growth: float, span: float) -> float:
    """`planned`, or, once a step was rejected, as far towards `final` as the largest step accepted since: in
    log(rest), rest(t) = 1 - span x t, step i of the k accepted since the last rejection (from the highest
    target accepted before it) allows its size x growth^(k - i + 1). Steps cut short (by a ramp point, a
    waypoint or the final target) are no evidence against longer ones, so they do not shrink the next."""
    last_rejection = max((i for i, (_, ok) in enumerate(history) if not ok), default=None)
    if last_rejection is None:
        return planned
    before = [t for t, ok in history[:last_rejection] if ok]
    since = [t for t, ok in history[last_rejection:] if ok]
    rests = [1 - span * t for t in [max(before, default=0.0), *since]]
    k = len(since)
    allowed = max(log(a / b) * growth ** (k - i) for i, (a, b) in enumerate(pairwise(rests)))
    return min(final, (1 - rests[-1] * exp(-allowed)) / span)


def _snapped(target: float, final: float, resolution: float) -> float:
    """`target`, or `final` when `target` falls short of it by less than `resolution`."""
    return final if final - target < resolution else target


def _highest_accepted(history: History) -> float:
    return max((t for t, ok in history if ok), default=0.0)


def _midpoint(low: float, high: float, resolution: float) -> float | None:
    return None if high - low < resolution else (low + high) / 2


def _validate_fraction(name: str, value: float, *, allow_zero: bool = False, allow_one: bool = False) -> None:
    """`value` in (0, 1), with 0 or 1 allowed when asked (a final target of 1: an absolute budget reached)."""
    if not ((value >= 0 if allow_zero else value > 0) and (value <= 1 if allow_one else value < 1)):
        interval = f"{'[' if allow_zero else '('}0, 1{']' if allow_one else ')'}"
        raise ValueError(f"{name} must be in {interval}, got {value}")


def _validate_growth(growth: float) -> None:
    if not growth >= 1:
        raise ValueError(f"growth must be >= 1 (1: no step larger than the last accepted), got {growth}")
