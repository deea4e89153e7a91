"""The iterative pruning loop: raise the target step by step, fine-tune, accept or back off.

Each step asks a selector for masks at the current target (re-solved from the current weights),
fine-tunes under them and accepts the step when the validation accuracy is at least
rtol x the reference accuracy (a regression's validation loss at most the reference loss / rtol: the data's
`objective`, `core.objective`). A step that falls short first gets `recovery_epochs` more fine-tuning
under the same masks (near the end most rejections miss the threshold by less than the validation
set's noise). With `accept_early`, the fine-tuning ends after the first epoch that clears the bar.
A rejected step restores the last accepted weights and the schedule backs off; after more than
`max_failures` rejections in a row the loop stops (an accepted step starts the count again: in a long
walk, rejections that miss the bar by the validation set's noise add up, and a count over the whole
walk stopped it where the next step would have passed). A target whose budget cannot hold what must
remain (the per-layer floor) counts as a rejected step, without fine-tuning. A backed-off target whose
selection keeps the same structures as a step rejected since the last accepted one (coarse structures:
a smaller target can round to the same selection) is rejected without fine-tuning and does not count
towards `max_failures`: fine-tuning it again from the same weights repeats that step, and the rejection
it added ended walks a smaller target could have continued. The best (highest
accepted target) model is kept. After every accepted step the loop's state (`Walk`) goes
to an optional callback, and a walk can resume from such a state (one pass over several targets,
resumable after an interruption).
"""

import logging
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from fpgaprune.core.knapsack import BudgetInfeasible
from fpgaprune.core.objective import CLASSIFIER, Objective
from fpgaprune.core.selection.schedule import OneStep
from fpgaprune.pruning.finetune import Distillation, GroupLasso, apply_masks, finetune

log = logging.getLogger(__name__)

Selector = Callable[[object, float], tuple[dict[str, np.ndarray], dict]]
History = list[tuple[float, bool]]


@dataclass
class PruneOutcome:
    """What the loop reached: the accepted target (0 if none), its masks (None: no step accepted, or the one
    untrained step of `run._speed_up`, which prunes nothing) and selection record, and
    `val_quality`: its validation metric (`data.objective`: a classifier's accuracy, a regression's loss).
    `val_accuracy` is its deprecated name (until 2026-12-03 the field held a regression's loss under it)."""

    target: float = 0.0
    masks: dict[str, np.ndarray] | None = None
    selection: dict = field(default_factory=dict)
    val_quality: float | None = None
    steps: list[dict] = field(default_factory=list)

    @classmethod
    def from_state(cls, state: dict) -> "PruneOutcome":
        """An outcome from its saved fields (a checkpoint's `walk.json`; one written before the rename has
        `val_accuracy`)."""
        state = dict(state)
        if "val_accuracy" in state:
            state["val_quality"] = state.pop("val_accuracy")
        return cls(**state)

    @property
    def val_accuracy(self) -> float | None:
        """Deprecated: `val_quality` (a regression's validation loss is no accuracy)."""
        warnings.warn("PruneOutcome.val_accuracy is deprecated: use val_quality", DeprecationWarning, 2)
        return self.val_quality

    @val_accuracy.setter
    def val_accuracy(self, value: float | None) -> None:
        warnings.warn("PruneOutcome.val_accuracy is deprecated: use val_quality", DeprecationWarning, 2)
        self.val_quality = value


@dataclass
class Walk:
    """Where the loop stands: the last accepted weights, the outcome so far, the schedule's history
    of (target, accepted) and the number of rejected steps (over the whole walk); enough to resume."""

    weights: list[np.ndarray]
    outcome: PruneOutcome = field(default_factory=PruneOutcome)
    history: History = field(default_factory=list)
    failures: int = 0


def iterative_prune(
    model,
    data,
    select: Selector,
    schedule,
    *,
    reference_accuracy: float,
    rtol: float,
    epochs_per_step: int,
    batch_size: int,
    learning_rate: float,
    max_failures: int = 3,
    recovery_epochs: int = 0,
    accept_early: bool = False,
    fade_epochs: int = 0,
    penalty: GroupLasso | None = None,
    distillation: Distillation | None = None,
    resume: Walk | None = None,
    on_accepted: Callable[[Walk], None] | None = None,
    towards: str | None = None,
) -> PruneOutcome:
    """Prune `model` in place towards the schedule's final target; see the module docstring.

    Args:
        model: trained Keras model, modified in place (ends with the best accepted weights).
        data: a prepared `fpgaprune.data.Dataset`.
        select: (model, target) -> (masks by layer name, JSON-able selection record).
        schedule: a schedule from `fpgaprune.core.selection.schedule`.
        reference_accuracy: validation accuracy of the unpruned model (a regression's: its validation loss,
            `data.objective`).
        rtol: accept a step when val accuracy >= rtol * reference_accuracy (a loss: <= reference / rtol).
        recovery_epochs: fine-tuning epochs more for a step that falls short, before it is rejected.
        accept_early: end a step's fine-tuning (and its recovery) after the first epoch whose validation
            accuracy clears the bar, instead of after all its epochs.
        fade_epochs: the weights a step removes fade out over its first this many epochs (`finetune`).
        resume: a `Walk` handed to `on_accepted` earlier: the model takes its weights and the
            schedule continues from its history.
        on_accepted: called with the walk after every accepted step; it may change the model's
            weights, the loop restores the accepted ones after it.
        towards: what the schedule's targets are shares of the way to, for the step lines ("the budget":
            an absolute budget's walk, whose final is 1); None: a share removed ("of the final 0.9").

    Returns:
        The outcome; `masks` is None when no step was accepted (the model is then unchanged).
    """
    walk = resume or Walk(model.get_weights())
    model.set_weights(walk.weights)
    outcome, history = walk.outcome, walk.history
    rejected: list[tuple[float, dict[str, np.ndarray]]] = []  # (target, masks) since the last accepted step
    target = schedule.next(history) if history else schedule.first()
    objective = data.objective
    needed = objective.needed(reference_accuracy, rtol)
    while target is not None:
        start = time.perf_counter()
        log.info(step_start_line(len(outcome.steps) + 1, target, outcome.target, schedule.final, towards))
        masks, selection, val_quality, record = _step(
            model,
            data,
            select,
            target,
            epochs=epochs_per_step,
            needed=needed,
            recovery_epochs=recovery_epochs,
            accept_early=accept_early,
            fade_epochs=fade_epochs,
            rejected=rejected,
            batch_size=batch_size,
            learning_rate=learning_rate,
            penalty=penalty,
            distillation=distillation,
        )
        ok = objective.meets(val_quality, needed)
        outcome.steps.append(
            {
                "target": target,
                "accepted": ok,
                objective.key("val_"): val_quality,
                **record,
                "seconds": time.perf_counter() - start,
                **_summary(selection),
            }
        )
        history.append((target, ok))
        if ok and target >= outcome.target:
            outcome.target, outcome.masks, outcome.selection, outcome.val_quality = (
                target,
                masks,
                selection,
                val_quality,
            )
            walk.weights = model.get_weights()
            rejected.clear()
            if on_accepted is not None:
                on_accepted(walk)
                model.set_weights(walk.weights)
        elif not ok:
            walk.failures += 1
            model.set_weights(walk.weights)
            if masks is not None and "same_as_rejected" not in record:
                rejected.append((target, masks))
        in_a_row = rejections_in_a_row(history, outcome.steps)
        more = planned_steps(schedule, history) - len(history)
        log.info(
            step_end_line(
                outcome, schedule.final, towards, needed, more, max_failures + 1 - in_a_row, objective
            )
        )
        if in_a_row > max_failures:
            log.info("stopping after %d rejected steps in a row", in_a_row)
            break
        target = schedule.next(history)
        if target is None and not ok:
            log.info("%s", _no_smaller_step_line(history, schedule))
    model.set_weights(walk.weights)
    if outcome.masks is not None:
        apply_masks(model, outcome.masks)
    return outcome


def _no_smaller_step_line(history, schedule) -> str:
    """Why a walk ends at a rejected step before `max_failures`: its back-off would be a smaller step than
    the schedule's resolution. The step's line had said "2 more rejected in a row end the walk" and the walk
    ended there, unexplained (a Conv1D classifier at 0.884 of the way, step 92 to 0.887 rejected). A
    `OneStep` schedule has no smaller step at all: every target of its way selects the same."""
    if isinstance(schedule, OneStep):
        return "stopping: every smaller target selects the same as the rejected one; no smaller step is tried"
    accepted = max((t for t, ok in history if ok), default=0.0)
    # the lowest rejection above it, which the back-off halves towards (a binary schedule's last is not it)
    rejected = min((t for t, ok in history if not ok and t > accepted), default=history[-1][0])
    inner = getattr(schedule, "schedule", None)  # waypoints wrap the schedule
    resolution = getattr(schedule, "resolution", None) or getattr(inner, "resolution", None)
    within = f" ({resolution:g})" if resolution is not None else ""
    return (
        f"stopping: the rejected target {rejected:.3f} lies within the schedule's resolution{within} of the "
        f"highest accepted, {accepted:.3f}; no smaller step is left"
    )


def untrained_step(target: float, selection: dict, val_quality: float, objective: Objective, seconds: float):
    """The record of a step accepted without fine-tuning, whose selection keeps every structure: the model is
    the one it was, `val_quality` its validation metric (`run.prune_model`'s one selection for a design made
    faster within counts it meets already)."""
    return {
        "target": target,
        "accepted": True,
        objective.key("val_"): val_quality,
        "fine_tuned": False,
        "seconds": seconds,
        **_summary(selection),
    }


def rejections_in_a_row(history: History, steps: list[dict] = ()) -> int:
    """Rejected steps since the last accepted one, less those of `steps` (the walk's step records, aligned
    with the end of `history`) that repeated an earlier rejection's selection."""
    count = 0
    repeats = [False] * (len(history) - len(steps)) + ["same_as_rejected" in step for step in steps]
    for (_, accepted), repeat in zip(reversed(history), reversed(repeats)):
        if accepted:
            break
        count += not repeat
    return count


def planned_steps(schedule, history: History = (), limit: int = 1000) -> int:
    """Steps of the walk in all: those of `history` and those the schedule takes after them when every one is
    accepted. A rejection makes the schedule back off and then take smaller steps, so the count is taken
    again after every step: a polynomial 5-step walk whose first step is rejected has 20 steps ahead."""
    history = list(history)
    target = schedule.next(history) if history else schedule.first()
    while target is not None and len(history) < limit:
        history.append((target, True))
        target = schedule.next(history)
    return len(history)


def _reached(reached: float, final: float, towards: str | None) -> str:
    """How far the walk has got: "0.600 of the final 0.900 (67 %)", or "0.600 of the way to the budget"
    (an absolute budget's walk, whose final is 1)."""
    if towards:
        return f"{reached:.3f} of the way to {towards}"
    return f"{reached:.3f} of the final {final:.3f} ({100 * reached / final:.0f} %)"


def step_start_line(number: int, target: float, reached: float, final: float, towards: str | None) -> str:
    """The line before a step (the CLI, the API's logging and the pipeline's logs all show it): its number
    in the walk so far, its target and how far the accepted steps have got."""
    way = f"of the way to {towards}" if towards else f"of the final {final:.3f}"
    share = "" if towards else f" ({100 * reached / final:.0f} %)"
    return f"step {number}: pruning to {target:.3f} {way}; reached {reached:.3f}{share} so far"


def step_end_line(
    outcome: PruneOutcome,
    final: float,
    towards: str | None,
    needed: float,
    more: int,
    rejections_left: int,
    objective: Objective = CLASSIFIER,
) -> str:
    """The line after a step: accepted or rejected, how far the walk has got, and where it can go from there.

    The walk has no fixed number of steps (a rejection backs off and smaller steps follow), so the line gives
    no total: an accepted step says how many more steps reach the final if every one is accepted (`more`,
    `planned_steps` less the steps taken), a rejected one how many more rejections in a row end the walk."""
    step = outcome.steps[-1]
    value = step[objective.key("val_")]
    verdict = "accepted" if step["accepted"] else "rejected"
    reached = _reached(outcome.target, final, towards)
    bar = f"{'<= ' if objective.is_regression else ''}{_shown(objective, needed)}"
    line = (
        f"step {len(outcome.steps)}: target {step['target']:.3f}, val {objective.metric} "
        f"{_shown(objective, value)} (needs {bar}): {verdict} ({step['seconds']:.0f} s); reached {reached}"
    )
    if step["accepted"] and more > 0:
        end = towards or "the final"
        line += f"; {more} more step{'s' if more > 1 else ''} to {end} if each is accepted"
    elif not step["accepted"] and rejections_left > 0:
        line += (
            f"; {rejections_left} more rejected in a row end{'s' if rejections_left == 1 else ''} the walk"
        )
    return line


def _step(
    model,
    data,
    select: Selector,
    target: float,
    *,
    epochs: int,
    needed: float,
    recovery_epochs: int,
    accept_early: bool,
    fade_epochs: int,
    rejected: list[tuple[float, dict[str, np.ndarray]]],
    **finetuning,
):
    """Masks at `target`, their selection record, the validation accuracy after fine-tuning under them
    (with `recovery_epochs` more when it is below `needed`; None if the target is infeasible or its masks
    are those of a `rejected` step) and a record entry: the accuracy before the recovery epochs, or the
    rejected target whose selection it repeats."""
    try:
        masks, selection = select(model, target)
    except BudgetInfeasible as error:
        log.info("target %.3f is infeasible: %s", target, error)
        return None, {"infeasible": str(error)}, None, {}
    same = next((tried for tried, kept in rejected if _same_masks(masks, kept)), None)
    if same is not None:
        log.info(
            "target %.3f keeps the same structures as the rejected target %.3f: rejected without "
            "fine-tuning, not counted as a rejection",
            target,
            same,
        )
        return masks, selection, None, {"same_as_rejected": same}
    if accept_early:
        finetuning["stop_at"] = needed
    value = finetune(model, data, masks, epochs=epochs, fade_epochs=fade_epochs, **finetuning)
    objective = data.objective
    if value is None or objective.meets(value, needed) or not recovery_epochs:
        return masks, selection, value, {}
    log.info(
        "target %.3f: val %s %s %s %s; %d epochs more",
        target,
        objective.metric,
        _shown(objective, value),
        "<" if objective.higher_is_better else ">",
        _shown(objective, needed),
        recovery_epochs,
    )
    recovered = finetune(model, data, masks, epochs=recovery_epochs, **finetuning)
    return masks, selection, recovered, {objective.key("val_") + "_before_recovery": value}


def _shown(objective: Objective, value: float | None) -> str:
    """A metric's value in the step lines: an accuracy to 4 decimals, a loss to 4 significant digits."""
    if value is None:
        return "-"
    return f"{value:.4g}" if objective.is_regression else f"{value:.4f}"


def _same_masks(a: dict[str, np.ndarray], b: dict[str, np.ndarray]) -> bool:
    return a.keys() == b.keys() and all(np.array_equal(a[name], b[name]) for name in a)


def _summary(selection: dict) -> dict:
    """The scalar entries of a selection record and the structures kept per layer, for the per-step log."""
    summary = {k: v for k, v in selection.items() if isinstance(v, (int, float, str, bool))}
    if "layers" in selection:
        summary["kept"] = {name: layer["kept"] for name, layer in selection["layers"].items()}
    return summary
