"""One pruning job: a trained model, a design, a method and a target in; a pruned model and its record out."""

import logging
import math
import time
from collections.abc import Mapping
from dataclasses import replace

import numpy as np

from fpgaprune.config import Experiment, Pruning, job_seed
from fpgaprune.core.budget import ResourceBudget, optimised, whole_count, within_budget
from fpgaprune.core.hardware.cost import combined_latency, estimate_model, latency_rule, value_held_weights
from fpgaprune.core.hardware.layer import LayerHardware, unrolling_ways
from fpgaprune.core.hardware.multipliers import Target
from fpgaprune.core.knapsack import BudgetInfeasible
from fpgaprune.core.objective import CLASSIFIER, JointObjective, Objective
from fpgaprune.core.selection.joint_select import (
    LATENCY_MEASURES,
    JointSelector,
    bounded_layers_latency,
    candidate_settings,
    latency_budget_cycles,
    layers_latency,
)
from fpgaprune.core.selection.methods import JOINT_METHOD, PEER_METHOD, get_method, layer_structures
from fpgaprune.core.selection.schedule import OneStep, make_schedule
from fpgaprune.core.selection.select import KnapsackSelector
from fpgaprune.data.dataset import samples
from fpgaprune.models.build import built_kernel, copy_model, kernel_builder
from fpgaprune.models.user import weight_holder
from fpgaprune.pruning.finetune import (
    Distillation,
    GroupLasso,
    apply_masks,
    evaluate_quality,
    finetune,
    keras_masks,
    loss_gradients,
)
from fpgaprune.pruning.loop import PruneOutcome, iterative_prune, untrained_step

log = logging.getLogger(__name__)
_GRADIENT_SAMPLES = 4096


def prune(
    model,
    data,
    experiment: Experiment,
    layers: list[LayerHardware],
    method_name: str,
    target: float | None,
    setting: str | None = None,
    budget: Mapping[str, float] | None = None,
    seed: int | None = None,
    checkpoints=None,
    part: str | None = None,
) -> tuple[object, dict[str, np.ndarray], dict]:
    """One pruning job's work, whatever the method: (pruned model, masks by layer, record).

    hls4ml's own method may be unable to run a configuration: the record then says `unsupported`
    with hls4ml's error, and the masks are empty. `setting` (the reuse setting of `layers`) is
    needed by knapsack_rf; `budget` (absolute counts, `target` None) and `part` are for the knapsack methods;
    `checkpoints` (`prune_model`) for every method but hls4ml's own, whose loop cannot resume.
    """
    if method_name != PEER_METHOD:
        masks, record = prune_model(
            model,
            data,
            experiment=experiment,
            layers=layers,
            method_name=method_name,
            target=target,
            setting=setting,
            budget=budget,
            seed=seed,
            checkpoints=checkpoints,
            part=part,
        )
        return model, masks, record
    if checkpoints is not None:
        log.info(
            "%s runs hls4ml's own loop, which keeps no checkpoints: interrupted, it starts again", PEER_METHOD
        )
    if budget or target is None:
        raise ValueError(f"{PEER_METHOD} takes a share removed (hls4ml's own loop), not absolute counts")
    from fpgaprune.pruning.peer import PeerUnsupported, prune_with_hls4ml

    reference = evaluate_quality(model, data.x_val, data.y_val, data.objective)
    before = structure_dsp(model, layers, experiment.cost_target)
    try:
        model, peer = prune_with_hls4ml(model, data, experiment=experiment, layers=layers, target=target)
    except PeerUnsupported as error:  # said once: by the job's summary line (`records.pruning_summary`), or
        # by `fpgaprune.optimize`'s error
        return model, {}, {"status": "unsupported", "error": str(error), "target": target}
    masks, record = describe_pruned(
        model, data, layers=layers, target=target, cost_target=experiment.cost_target
    )
    dsp = {"unpruned": before, "pruned": structure_dsp(model, layers, experiment.cost_target)}
    record = {**record, "peer": {**peer, "dsp": dsp}}
    return model, masks, judge_peer(record, data.objective, reference, experiment.pruning.rtol)


def prune_model(
    model,
    data,
    *,
    experiment: Experiment,
    layers: list[LayerHardware],
    method_name: str,
    target: float | None,
    setting: str | None = None,
    budget: Mapping[str, float] | None = None,
    seed: int | None = None,
    checkpoints=None,
    part: str | None = None,
) -> tuple[dict[str, np.ndarray], dict]:
    """Prune `model` in place with one of the knapsack-based methods.

    Args:
        model: the trained baseline (modified in place; ends pruned, pruned weights exact zeros).
        data: the prepared dataset.
        experiment: the experiment (its `pruning` and `training` settings).
        layers: the design's weight layers (`Experiment.design(setting, pruned=True)`).
        method_name: knapsack_dsp, knapsack_dsp_bram, knapsack_rf, knapsack_lut, magnitude or structured.
        target: share of the method's baseline resources to remove (of the `pruning.layers` alone, if given);
            None with an absolute `budget` (the schedule's steps lie on the way to the budget; the record's
            `target` is None and `reached_target` the share of that way accepted).
        setting: the name of the reuse setting of `layers` (knapsack_rf: its baseline and default latency
            budget).
        budget: absolute counts the design's weight layers may use ({"dsp": 1500, ...}; a part's budget comes
            here as what its reserve left them, `core.budget.reserve_part`); the knapsack enforces the
            method's resources among them, the others are checked against the final estimate.
        seed: the job's seed: the final fine-tuning is reseeded from it and the target, as a pruning pass
            does (`passes.prune_targets`), so one job and a pass give the same model.
        checkpoints: a `passes.Checkpoints` (needs `seed`): the walk is saved after every accepted step and
            resumes from the last saved walk (without the group-lasso training again); as every walk with a
            seed is reseeded from (seed, the step's target) after each accepted step (a pass too), an
            interrupted job rerun reaches the result of an uninterrupted one, with or without checkpoints.
        part: the part whose share `budget` is (less its reserve; `--part`, `fit`), which a refusal names as
            the way to more (a higher utilization, a larger part) instead of a count the user did not give.

    Returns:
        (masks by layer name, JSON-able record: accuracies, sparsity, estimates, knapsack, steps; knapsack_rf
        adds `design`, the chosen reuse factor and strategy of every layer).

    Raises:
        ValueError: an absolute budget below what must remain (the per-layer floor and what is not
            pruned), before any training; neither or both of a target and a budget.
    """
    if (target is None) == (not budget):
        raise ValueError("give either a target (share removed) or an absolute budget")
    way = 1.0 if target is None else target  # an absolute budget: the schedule's way to it
    pruner = Pruner(model, data, experiment, layers, method_name, setting, budget, part)
    standing = OVER
    if budget:
        standing = _unpruned_standing(model, layers, budget, experiment.cost_target, _latency_budget(pruner))
    if standing == MET:
        masks, record = pruner.finish(model, data, way, PruneOutcome(target=way))
        return masks, _with_budget(record, target, budget)
    if standing == TOO_SLOW:
        outcome = _speed_up(pruner, model, data, checkpoints, seed)
    elif budget and (kept := _implementations_alone(pruner, model, data)) is not None:
        outcome = kept
    else:
        outcome = _walk(pruner, model, data, way, checkpoints, seed)
    if seed is not None:
        reseed(seed, "final", way)
    masks, record = pruner.finish(model, data, way, outcome)
    return masks, _with_budget(record, target, budget)


def _walk(pruner: "Pruner", model, data, way: float, checkpoints, seed: int | None, one_step: bool = False):
    """The walk of `prune_model`, reseeded from (seed, the step's target) after every accepted step, so that
    a walk resumed from `checkpoints` is the uninterrupted one, whether or not it keeps checkpoints; with
    `checkpoints`, resumed from the last saved walk if any (its schedule's span saved with it: an absolute
    budget's span is reckoned from the weights after the group-lasso training) and saved after every
    accepted step. `one_step`: straight to `way`, no back-off (`_speed_up`)."""
    if checkpoints is not None and seed is None:
        raise ValueError("a walk with checkpoints needs the job's seed (it reseeds after every checkpoint)")
    resume = checkpoints.walk() if checkpoints is not None else None
    given = model.get_weights() if resume is None else None
    if resume is None:
        pruner.regularise(model, data)
        span = pruner.selector.way_share(model)
    else:
        span = checkpoints.span()
        reseed(seed, "walk", resume.outcome.target)

    def on_accepted(walk) -> None:
        if checkpoints is not None:
            checkpoints.save_walk(walk, span)
        if seed is not None:
            reseed(seed, "walk", walk.outcome.target)

    schedule = OneStep(way) if one_step else pruner.schedule(model, way, span)
    outcome = pruner.walk(model, data, schedule, resume=resume, on_accepted=on_accepted)
    if given is not None and outcome.masks is None and not one_step:
        _keep_given(model, given)
    return outcome


def _keep_given(model, given: list) -> None:
    """A walk that accepted no step returns the model as it was given: the group-lasso training's weights,
    which no step's validation accepted, are not the result. An autoencoder of hls4ml's MLPerf Tiny anomaly
    detection (QDense 128-128-8-128-128, validation mse 70.1) came back at 833.5 after its two epochs of it,
    status target_not_reached, every step infeasible (2026-12-05)."""
    if any(np.any(before != now) for before, now in zip(given, model.get_weights(), strict=True)):
        log.info("no step was accepted: the model is kept as it was given (the group-lasso training undone)")
        model.set_weights(given)


def _latency_budget(pruner: "Pruner") -> float | None:
    """knapsack_rf's latency budget in cycles; None for the other methods."""
    return pruner.selector.latency_budget if isinstance(pruner.selector, JointSelector) else None


# Where the unpruned design stands against an absolute budget (`_unpruned_standing`).
OVER, MET, TOO_SLOW = "over a count", "met", "within the counts, over the latency budget"


def _unpruned_standing(
    model,
    layers: list[LayerHardware],
    budget: Mapping[str, float],
    cost_target: Target,
    latency_budget: float | None = None,
) -> str:
    """OVER when the unpruned design's estimate exceeds a count of `budget` (the walk prunes it); MET when it
    is within every count and any latency budget: then nothing is pruned and nothing trained (the walk
    fine-tuned 14 epochs to keep every structure and returned a retrained model as the pruned one); TOO_SLOW
    when it is within the counts but above knapsack_rf's latency budget, and is made faster within them
    (`_speed_up`): kept as it was, a Conv1D classifier was recorded `ok` at 785 cycles under a 343-cycle
    budget, and refusing it (until 2026-12-04) left a jet tagger that fit its part 15 cycles over 100 ns."""
    built = list(_built_kernels(model, layers).values())
    estimate = estimate_model(layers, built, cost_target)
    totals = estimate.totals
    if not within_budget(totals, budget)["met"]:
        return OVER
    io_type = _io_type(layers)
    latency = combined_latency((layer.latency_cycles for layer in estimate.layers), io_type)
    if latency_budget is not None and latency > latency_budget:
        log.info(
            "%s: the unpruned design meets the counts (estimate) but not the latency budget: %s > %s cycles "
            "(estimate, %s); it chooses faster reuse factors and strategies within the counts",
            JOINT_METHOD,
            f"{latency:,.0f}",
            f"{latency_budget:,.0f}",
            LATENCY_MEASURES[latency_rule(io_type)],
        )
        return TOO_SLOW
    log.info(
        "the unpruned design (estimate %s) is within the budget (%s): nothing to prune, the model is kept "
        "as it is, untrained",
        ", ".join(f"{r.upper()} {totals[r]:,.0f}" for r in budget),
        ", ".join(f"{r.upper()} {count:,.0f}" for r, count in budget.items()),
    )
    return MET


def _speed_up(pruner: "Pruner", model, data, checkpoints, seed: int | None) -> PruneOutcome:
    """A design within its counts but above knapsack_rf's latency budget, made faster in one step. Every
    target of the way to counts the design meets has the count itself as its capacity, so every step of a walk
    selected the same design (the jet tagger of docs/your-model.md on 0.12 of an xcu250: group-lasso training
    and 5 steps of 11-22 s, each keeping every structure). One selection at the budget chooses the
    implementations: when it keeps every structure, nothing is trained (the unpruned weights in the faster
    design; training towards zeros that nothing removes is wasted); when it prunes to stay within the counts,
    the walk takes that one step (group lasso, fine-tuning and acceptance as any step; no back-off, as a
    smaller target selects the same) and the final fine-tuning follows."""
    start = time.perf_counter()
    masks, selection = pruner.select(model, 1.0)
    pruned = sum(int(np.sum(~mask)) for mask in masks.values())
    if pruned:
        log.info(
            "%s: the design fast enough prunes %s of %s weights to stay within the counts: one step to the "
            "budget, fine-tuned",
            JOINT_METHOD,
            f"{pruned:,}",
            f"{sum(mask.size for mask in masks.values()):,}",
        )
        return _walk(pruner, model, data, 1.0, checkpoints, seed, one_step=True)
    return _untrained(pruner, data, selection, start, "keeps every structure within the counts")


def _untrained(pruner: "Pruner", data, selection: dict, start: float, why: str) -> PruneOutcome:
    """The outcome of one selection at the budget that keeps every structure (nothing pruned or trained),
    said in one line naming the implementations chosen."""
    log.info(
        "%s: %s (latency %s cycles, estimate) %s: nothing is pruned or trained",
        JOINT_METHOD,
        ", ".join(f"{name} {_implementation(spec)}" for name, spec in selection["design"].items()),
        f"{selection['latency_cycles']:,.0f}",
        why,
    )
    step = untrained_step(1.0, selection, pruner.reference, data.objective, time.perf_counter() - start)
    return PruneOutcome(target=1.0, selection=selection, val_quality=pruner.reference, steps=[step])


def _implementations_alone(pruner: "Pruner", model, data) -> PruneOutcome | None:
    """knapsack_rf's design over a count at the reuse factors given but within it at others it may choose,
    every structure kept: the untrained outcome of that one selection at the budget (nothing pruned, nothing
    trained); None for another method, or when the selection prunes or the budget needs a walk. A QKeras CNN
    on 0.7 of an xc7z020 ran group lasso, 5 steps each keeping all 328 structures and the final
    fine-tuning, and returned retrained weights under all-one masks (a review, 2026-12-07)."""
    if not isinstance(pruner.selector, JointSelector):
        return None
    start = time.perf_counter()
    try:
        masks, selection = pruner.select(model, 1.0)
    except BudgetInfeasible:  # the walk says why, step by step
        return None
    if any(np.any(~mask) for mask in masks.values()):
        return None
    return _untrained(pruner, data, selection, start, "meets the budget with every structure kept")


def _implementation(spec: Mapping) -> str:
    """'resource/4' (strategy/reuse factor, and /parallelization factor above 1) of a selection's layer."""
    factor = spec.get("parallelization_factor", 1)
    return f"{spec['strategy']}/{spec['reuse_factor']}" + (f"/{factor}" if factor > 1 else "")


def weight_layers_latency(model, layers: list[LayerHardware], cost_target: Target) -> float:
    """The weight layers' latency estimate with the model's weights, as knapsack_rf combines it
    (`joint_select.layers_latency`)."""
    return layers_latency(layers, list(_built_kernels(model, layers).values()), cost_target)


def _io_type(layers: list[LayerHardware]) -> str:
    return layers[0].io_type if layers else "io_parallel"


def _with_budget(record: dict, target: float | None, budget: Mapping[str, float] | None) -> dict:
    """The record of an absolute budget: no target (`reached_target` is the share of the way to the budget),
    and the final estimate against every count. Its status is `over_budget` when the final estimate exceeds
    a count (whether validation accuracy stopped the walk short, `target_not_reached` otherwise, or the kept
    structures could not be brought back to it): one word for the outcome, in this record as in
    `OptimizeResult.status`, the CLI's line and its --json."""
    if not budget:
        return record
    budget = {r: whole_count(count) for r, count in budget.items()}  # a budget folder's b-dsp120 said 120.0
    within = within_budget(record["estimate"]["totals"], budget)
    status = record["status"] if within["met"] else "over_budget"
    return {**record, "status": status, "target": target, "budget": {"absolute": dict(budget), **within}}


def reseed(seed: int, *parts) -> None:
    """Seed Python, NumPy and TensorFlow from the job's seed and `parts`."""
    from fpgaprune.train import set_seed

    set_seed(job_seed(seed, *map(str, parts)))


class Pruner:
    """What every step of a pruning walk shares: the selector, the reference accuracy, the group-lasso
    penalty and the fine-tuning options, set up from the trained baseline (a walk that resumes later
    sets them up from the baseline too: the teacher of distillation is the unpruned model)."""

    def __init__(
        self,
        model,
        data,
        experiment: Experiment,
        layers: list[LayerHardware],
        method_name: str,
        setting: str | None = None,
        budget: Mapping[str, float] | None = None,
        part: str | None = None,
    ):
        self.options, self.layers, self.cost_target = experiment.pruning, layers, experiment.cost_target
        self.towards = "the budget" if budget else None  # what the schedule's 1.0 is, for the step lines
        self.prunable = pruned_layers(layers, self.options)
        _warn_rolled(self.prunable)
        self.selector = make_selector(model, data, experiment, layers, method_name, setting, budget, part)
        self.given = given_nonzero(model, self.prunable)
        self.select = KeepingZeros(self.selector, self.given) if self.given else self.selector
        self.reference = evaluate_quality(model, data.x_val, data.y_val, data.objective)
        if data.objective.reproduces_targets(self.reference, data.y_val):
            raise ValueError(
                f"the unpruned model's validation {data.objective.metric} is 0 but for float rounding "
                f"({self.reference:.2g}), so every pruning step would "
                f"have to keep it 0 (the bar is it divided by rtol) and none can be accepted: are the "
                "validation targets the model's own outputs? Give targets it does not reproduce exactly"
            )
        kernels = _kernels(model, self.prunable)
        self.penalty = _group_lasso(
            get_method(method_name), self.prunable, kernels, self.options, self.cost_target
        )
        self.training = {
            "batch_size": experiment.training.batch_size,
            "learning_rate": self.options.learning_rate,
            "distillation": _distillation(model, self.options.distillation, data.objective),
        }

    def regularise(self, model, data) -> None:
        """Group-lasso training before pruning (`pruning.regularise_epochs`), if the method has a penalty."""
        if self.options.regularise_epochs and self.penalty is not None:
            epochs = self.options.regularise_epochs
            log.info("group-lasso training for %d epoch%s before pruning", epochs, "" if epochs == 1 else "s")
            finetune(model, data, self.given, epochs=epochs, penalty=self.penalty, **self.training)

    def schedule(self, model, final: float, span: float | None = None):
        """The walk's schedule (`pruning.schedule`) towards `final`, spanning the selector's `way_share` (or
        `span`, a resumed walk's): on the way to absolute counts, target 1 removes the share of the budgeted
        resource they need."""
        if span is None:
            span = self.selector.way_share(model)
        return make_schedule(final, self.options.schedule, span=span)

    def walk(self, model, data, schedule, **resumable) -> PruneOutcome:
        """The iterative loop along `schedule` (`resumable`: resume, on_accepted of `iterative_prune`)."""
        return iterative_prune(
            model,
            data,
            self.select,
            schedule,
            reference_accuracy=self.reference,
            rtol=self.options.rtol,
            epochs_per_step=self.options.epochs_per_step,
            max_failures=self.options.max_failures,
            recovery_epochs=self.options.recovery_epochs,
            accept_early=self.options.accept_early,
            fade_epochs=self.options.fade_epochs,
            penalty=self.penalty,
            towards=self.towards,
            **self.training,
            **resumable,
        )

    def finish(self, model, data, target: float, outcome: PruneOutcome) -> tuple[dict[str, np.ndarray], dict]:
        """Fine-tune `model` (at the walk's weights) for `final_epochs` within the reached target's budget
        (`fine_tune_within_budget`); its masks (each in its Keras kernel's shape, `keras_masks`) and record at
        `target`, judged by the accuracy bar (`judged_by_bar`)."""
        walked = model.get_weights() if outcome.masks is not None and self.options.final_epochs else None
        if walked is not None:
            final = self.fine_tune_within_budget(model, data, outcome)
        elif outcome.masks is not None:  # the last step's fine-tuning may have raised the cost: no final one
            final = self.refitted(model, outcome)
        else:
            final = outcome
        record = self.record(model, data, target, final)
        line = self.below_bar(data, record, fine_tuned=walked is not None)
        if line and walked is not None:
            record, final = self.walked_instead(model, data, target, (record, final), walked, outcome, line)
        elif line:
            log.warning("%s", line)
        ones = {layer.name: np.ones(layer.kernel_shape, bool) for layer in self.layers}
        return keras_masks(model, ones | (final.masks or {})), self.judged_by_bar(data, record)

    def record(self, model, data, target: float, outcome: PruneOutcome) -> dict:
        """`final_record` of the model at `outcome`."""
        layers, prunable, selector = self.layers, self.prunable, self.selector
        return final_record(model, data, layers, prunable, selector, self.reference, target, outcome)

    def judged_by_bar(self, data, record: dict) -> dict:
        """`record` with `rtol_bar` (the validation value kept, the value rtol asks of the unpruned model's,
        whether it is met) and status `target_not_reached` when it is not, as hls4ml's own method below the
        bar is judged (`judge_peer`). A QKeras CNN's final model at 0.843, below the 0.873 every accepted step
        met, was recorded `ok` until 2026-12-06."""
        value = record[data.objective.key("val_")]
        if value is None or self.reference is None:
            return record
        bar = rtol_bar(data.objective, value, self.reference, self.options.rtol)
        return {**record, "status": record["status"] if bar["met"] else "target_not_reached", "rtol_bar": bar}

    def below_bar(self, data, record: dict, fine_tuned: bool = True) -> str | None:
        """`below_bar_line` of a final record."""
        value = record[data.objective.key("val_")]
        return below_bar_line(data.objective, value, self.reference, self.options.rtol, fine_tuned)

    def refitted(self, model, outcome: PruneOutcome) -> PruneOutcome:
        """The walk's outcome brought back within its budget without training (`refit`)."""
        outcome, dropped = self.refit(model, outcome)
        return replace(outcome, selection={**outcome.selection, "refit_dropped_weights": dropped})

    def walked_instead(self, model, data, target: float, finished, walked, outcome, line: str):
        """The record and outcome to keep when the final fine-tuning left the model below the bar every
        accepted step met (`line`): the walk's own model (its weights `walked`, brought within the budget as
        without final epochs) when its validation metric is better, else the fine-tuned one, with the
        warning. A QKeras CNN's walk accepted its last step at 0.883 (bar 0.873) and its final fine-tuning
        and re-selection ended at 0.843, recorded `ok` (2026-12-06)."""
        record, final = finished
        fine_tuned = model.get_weights()
        model.set_weights(walked)
        walk = self.refitted(model, outcome)
        walk_record = self.record(model, data, target, walk)
        key, objective = data.objective.key("val_"), data.objective
        if not objective.meets(walk_record[key], record[key]) or walk_record[key] == record[key]:
            model.set_weights(fine_tuned)
            apply_masks(model, final.masks)
            log.warning(
                "%s (the walk's own model, brought within its budget, scored %.4g)", line, walk_record[key]
            )
            return record, final
        log.warning(
            "after the final fine-tuning the %s was %.4g, worse than the %.4g every accepted step met: the "
            "walk's own model (%.4g) is kept instead",
            objective.key("validation "),
            record[key],
            objective.needed(self.reference, self.options.rtol),
            walk_record[key],
        )
        if line := self.below_bar(data, walk_record):
            log.warning("%s", line)
        return walk_record, walk

    def fine_tune_within_budget(self, model, data, outcome: PruneOutcome) -> PruneOutcome:
        """Fine-tune for `final_epochs` and select again within the reached target (`refit`); when that drops
        weights, fine-tune what is left once more with the weights whose value holds their cost down frozen
        (`core.hardware.cost.value_held_weights`), so that this fine-tuning cannot raise the cost again.

        A design is thus recorded as trained under its final masks. Dropping weights after the last
        fine-tuning, untrained, cost LeNet-5's 0.92 design of the default run 5 points of test accuracy
        (0.8518 after 56 weights were dropped, 2026-11-30) and its 0.75 designs 0.5-1.4 points. The
        selection record gets `refit_dropped_by_round` and their sum, `refit_dropped_weights`.
        """
        finetune(model, data, outcome.masks, epochs=self.options.final_epochs, **self.training)
        outcome, dropped = self.refit(model, outcome)
        rounds = [dropped]
        if dropped:
            frozen = self.value_held(model)
            finetune(
                model, data, outcome.masks, epochs=self.options.final_epochs, frozen=frozen, **self.training
            )
            outcome, again = self.refit(model, outcome)
            rounds.append(again)
            if again:
                log.warning(
                    "the fine-tuning after the re-selection raised the cost again; %d weights were dropped "
                    "after it, untrained",
                    again,
                )
        selection = {**outcome.selection, "refit_dropped_by_round": rounds}
        return replace(outcome, selection=selection | {"refit_dropped_weights": sum(rounds)})

    def value_held(self, model) -> dict[str, np.ndarray]:
        """The kept weights of each pruned constant-weight layer whose value holds its DSP cost down."""
        return {
            layer.name: value_held_weights(
                layer, built_kernel(weight_holder(model, layer.name), layer.fused_batchnorm), self.cost_target
            )
            for layer in self.prunable
            if layer.constant_weights
        }

    def refit(self, model, outcome: PruneOutcome) -> tuple[PruneOutcome, int]:
        """Select again at the reached target among the kept structures, without training, after a
        fine-tuning (a walk that stopped short is held to the target it reached, not the one it aimed at);
        the outcome and the number of weights it dropped.

        Fine-tuning moves weights that cost nothing when they were selected (rounding to zero or to a
        power of two, identical products sharing a multiplier) onto values that need one, so the design
        can end above its budget (measured: LeNet-5 knapsack_dsp_bram 899 DSP selected, 940 estimated
        after fine-tuning). The knapsack within the kept structures gives it back to the budget, dropping
        the least important. knapsack_rf keeps the design it chose.
        """
        if not outcome.masks:
            return outcome, 0
        try:
            masks, selection = self.select.reselect(model, outcome.target, outcome.masks, outcome.selection)
        except BudgetInfeasible as error:
            log.warning(
                "after fine-tuning, the pruned layers' kept structures cannot be brought back to the step's "
                "budget for them: %s",
                error,
            )
            return outcome, 0
        dropped = sum(int(np.sum(outcome.masks[n] & ~m)) for n, m in masks.items())
        if not dropped:
            return outcome, 0
        log.info("after fine-tuning: %d weights more pruned to keep to the budget", dropped)
        apply_masks(model, masks)
        return replace(outcome, masks={**outcome.masks, **masks}, selection=selection), dropped


def given_nonzero(model, layers: list[LayerHardware]) -> dict[str, np.ndarray]:
    """Layer name -> where its kernel as given is not exactly zero, for the pruned layers that hold exact
    zeros (a model pruned before), with one line saying they stay zero. Until 2026-12-05 the group-lasso
    training and the fine-tuning gave them weights again: hls4ml's 70 %-pruned jet tagger came back with
    3,597 non-zero weights of its 1,205 and LUT 45,488 -> 118,008 at `--budget dsp=0.3`."""
    kernels = _kernels(model, layers)
    nonzero = {name: kernel != 0 for name, kernel in kernels.items() if not np.all(kernel != 0)}
    if nonzero:
        zeros = sum(int(np.sum(~mask)) for mask in nonzero.values())
        total = sum(kernel.size for kernel in kernels.values())
        log.info(
            "the model's %d exact-zero weights (%.0f %% of the pruned layers') stay zero: it was pruned "
            "before, and what was pruned is not given weights again",
            zeros,
            100 * zeros / total,
        )
    return nonzero


class KeepingZeros:
    """The selections of a selector whose masks also prune the weights the given model holds at exact zero
    (`given_nonzero`): the knapsack keeps no structure without a non-zero weight, but a kept structure's zero
    weights would grow in the fine-tuning (`Pruner.select`; `Pruner.selector` is the selector itself)."""

    def __init__(self, selector, nonzero: Mapping[str, np.ndarray]):
        self.selector, self.nonzero = selector, nonzero

    def __call__(self, model, target: float, **options):
        masks, record = self.selector(model, target, **options)
        return self._within_given(masks), record

    def reselect(self, model, target: float, masks: Mapping, selection: Mapping):
        masks, record = self.selector.reselect(model, target, masks, selection)
        return self._within_given(masks), record

    def _within_given(self, masks: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
        return {
            name: mask & np.reshape(self.nonzero[name], mask.shape) if name in self.nonzero else mask
            for name, mask in masks.items()
        }


def make_selector(
    model,
    data,
    experiment: Experiment,
    layers: list[LayerHardware],
    method_name: str,
    setting: str | None = None,
    budget: Mapping[str, float] | None = None,
    part: str | None = None,
):
    """The selector of a knapsack-based job: knapsack_rf's joint one, or the knapsack (checked against
    an absolute `budget` before any training; `part`: the part whose share `budget` is, `prune_model`)."""
    options, method = experiment.pruning, get_method(method_name)
    prunable = pruned_layers(layers, options)
    gradients = _gradient_function(data, prunable)
    absolute = optimised(ResourceBudget(absolute=budget or {}), method.resources, method_name)
    if method.name == JOINT_METHOD:
        selector = _joint_selector(
            experiment,
            setting,
            prunable,
            _built_kernels(model, layers),
            gradients,
            absolute,
            (budget or {}).get("lut"),
            part,
        )
    else:
        selector = KnapsackSelector(
            method,
            prunable,
            _built_kernels(model, prunable),
            importance=options.importance,
            gradients=gradients,
            solver=options.solver,
            rel_gap=options.rel_gap,
            time_limit_s=options.time_limit_s,
            max_layer_sparsity=options.max_layer_sparsity,
            absolute=absolute,
            design=layers,
            built_kernel=kernel_builder(layers),
            weight_holder=weight_holder,
            target=experiment.cost_target,
        )
    if absolute:
        check_feasible(selector, model, absolute, options.max_layer_sparsity, part)
    return selector


def rtol_bar(objective: Objective, value: float | None, reference: float, rtol: float) -> dict:
    """A record's `rtol_bar`: its validation `value`, the value rtol asks of the unpruned model's `reference`
    and whether `value` meets it."""
    needed = objective.needed(reference, rtol)
    return {"validation": value, "needed": needed, "met": objective.meets(value, needed)}


def below_bar_line(
    objective: Objective, value: float, reference: float, rtol: float, fine_tuned: bool = True
) -> str | None:
    """One warning line when the final fine-tuning (not `fine_tuned`: the re-selection within the budget,
    without final epochs) left the model's validation metric worse than the bar every accepted step met (rtol
    x the unpruned model's): an LSTM tagger's walk accepted its steps at >= 0.950 and ended at 0.946 after
    it, and nothing said so. None when it meets the bar."""
    needed = objective.needed(reference, rtol)
    if value is None or objective.meets(value, needed):
        return None
    name = objective.key("validation ")
    after, more = (
        ("the final fine-tuning", "more") if fine_tuned else ("the re-selection, untrained,", "some")
    )
    return (
        f"after {after} the {name} is {value:.4g}, worse than the {needed:.4g} every accepted step met (rtol "
        f"{rtol} of the unpruned model's {reference:.4g}): the pruned model is kept, below the bar (status "
        f"target_not_reached, or over_budget where a count is over too); {more} pruning.final_epochs or a "
        "smaller target may keep it within"
    )


def final_record(model, data, layers, prunable, selector, reference: float, target: float, outcome) -> dict:
    """The record of a pruned model, its estimate for the selector's cost target; knapsack_rf's names the
    design chosen at the accepted step. `pruned_baseline`: the pruned layers' unpruned cost per resource the
    method budgets (`selector.baseline_costs`), of which a share's target is a share, recorded whether or
    not a step was accepted (the selection, then empty, held it alone, and a share's --json budget read
    `{}`); rounded to 6 decimals, as the sum of per-structure shares left DSP 1815.999999999999 (a user's
    int() read 1815)."""
    baseline = {resource: round(cost, 6) for resource, cost in selector.baseline_costs.items()}
    pruned = {
        "pruned_layers": [layer.name for layer in prunable],
        "pruned_baseline": baseline,
        "pruned_baseline_source": "estimate",  # the cost model's, as every number of a selection
    }
    if isinstance(selector, JointSelector):
        design = selector.design(outcome.selection)
        return {
            **_record(model, data, design, reference, target, outcome, selector.target),
            **pruned,
            "design": _design_record(design),
        }
    return {**_record(model, data, layers, reference, target, outcome, selector.target), **pruned}


def _time_text(ns: float) -> str:
    """A duration in ns below a microsecond (6 cycles at 2.5 ns: "15 ns", shown as "0.0 us" until
    2026-12-05), else in us with one decimal."""
    return f"{ns:,.4g} ns" if ns < 1000 else f"{ns / 1000:,.1f} us"


def _bound_note(cycles: float, at_weights: float | None) -> str:
    """Why a budget taken from a design is above that design's estimate (a sparse MLP: 10 cycles, 6 at its
    weights, 2026-12-05)."""
    if at_weights is None or at_weights >= cycles:
        return ""
    return (
        f", its Latency layers timed with no weight zero and every product full as training may make them: "
        f"{at_weights:,.0f} at the given weights"
    )


def _latency_budget_line(
    cycles: float, spec, clock_ns: float, io_type: str = "io_parallel", at_weights: float | None = None
) -> str:
    """knapsack_rf's latency budget and, when it is the design's own, how to allow more: a float CNN on
    xc7z020 (RF 1, io_stream) kept every layer at RF 1 through a 110-step walk and ended over_budget, where
    `latency_budget: {cycles: 4000}` let it reach its DSP budget in 5 steps (conv2 RF 36, fc1 RF 128).
    Under io_stream the budget binds the slowest weight layer (`joint_select.latency_rule`), which the line
    names with what the project adds. `at_weights`: the design's latency at the given weights, said where the
    budget, timed as knapsack_rf times its candidates (`joint_select.latency_bound`), is above it."""
    measure, note = LATENCY_MEASURES[latency_rule(io_type)], _bound_note(cycles, at_weights)
    line = f"{JOINT_METHOD}: latency budget {cycles:,.0f} cycles ({_time_text(cycles * clock_ns)}; estimate, "
    if spec is None:
        line += f"{measure} in the hls4ml configuration's design{note}): " + (
            "a layer's reuse factor may rise until it is as slow as that layer (io_stream layers run at the "
            "same time), not further"
            if io_type == "io_stream"
            else "reuse factors that add latency are not chosen"
        )
        line += (
            "; pruning.knapsack_rf.latency_budget allows more "
            "(--pruning '{knapsack_rf: {latency_budget: {ns: 20000}}}')"
        )
    else:
        line += f"{measure}{note}; pruning.knapsack_rf.latency_budget {dict(spec)})"
    if io_type == "io_stream":
        line += (
            "; the project's latency (`fpgaprune estimate`) adds about a cycle per process and any slower "
            "process without weights"
        )
    return line


def check_feasible(
    selector: KnapsackSelector,
    model,
    absolute: Mapping[str, float],
    max_layer_sparsity: float,
    part: str | None = None,
):
    """Raise one line when an absolute budget is below what the design keeps whatever is pruned, or, for
    knapsack_rf, when no choice of implementations meets its latency budget and LUT count together (`part`:
    the part whose share the budget is, which the way out names)."""
    if isinstance(selector, JointSelector):
        selector.check_choice(model)
    remain = selector.must_remain(model)
    for resource, count in absolute.items():
        if count < remain[resource]:
            # a part's budget reaches here as the weight layers' share of it (the part's less the reserve),
            # which the user cannot give as a count: the way out names the part's knobs instead
            where = _remain_by_layer(selector, model, resource)
            more = (
                "give at least that"
                if part is None
                else f"give a higher utilization or a larger part than {part} (the budget is its share less "
                "the reserve)"
            )
            raise ValueError(
                f"budget {resource}={count:g} is below what must remain of the design: "
                f"{math.ceil(remain[resource]):,}{where} (the per-layer floor at pruning.max_layer_sparsity="
                f"{max_layer_sparsity} plus the layers and parts that are not pruned); {more}, allow sparser "
                "layers (pruning.max_layer_sparsity) or make those layers cheaper in the hls4ml "
                f"configuration (a higher ReuseFactor with the Resource strategy){_rf_hint(selector)}"
            )


def _rf_hint(selector) -> str:
    """The way out a method with fixed reuse factors adds: knapsack_rf chooses them (a float io_stream CNN
    at RF 1 on xc7z020 was refused by knapsack_dsp_bram; knapsack_rf reached the part's DSP at the design's
    latency)."""
    if isinstance(selector, JointSelector):
        return ""
    return f", or let --method {JOINT_METHOD} choose them at no more latency than this design"


def _remain_by_layer(selector, model, resource: str, most: int = 4) -> str:
    """', of which fc1 128, output 40, ...': the layers holding most of what must remain of `resource` (a
    CNN on xc7z020 was told only "below what must remain: 186", where 168 were two io_stream Dense layers on
    Vitis' rolled Resource kernel, which pruning does not shrink); empty for knapsack_rf's selector."""
    if not hasattr(selector, "must_remain_by_layer"):
        return ""
    by_layer = {name: counts[resource] for name, counts in selector.must_remain_by_layer(model).items()}
    largest = sorted((item for item in by_layer.items() if item[1] >= 0.5), key=lambda item: -item[1])
    if not largest:
        return ""
    named = ", ".join(f"{name} {count:,.0f}" for name, count in largest[:most])
    return f", of which {named}" + (f" and {len(largest) - most} more layers" if len(largest) > most else "")


def _joint_latency_budget(experiment: Experiment, setting: str, kernels) -> float:
    """knapsack_rf's latency budget in cycles, logged. One taken from a design (`{like: S}`, by default the
    job's own) is that design timed as the selector times its candidates (`bounded_layers_latency`), so that
    the design is a choice within it; the line also says its estimate at the given weights where that is less.
    """
    spec, target = experiment.pruning.knapsack_rf.latency_budget, experiment.cost_target
    clock, io_type = experiment.hls.clock_period, experiment.hls.io_type

    def kernels_of(design):
        return [kernels[layer.name] for layer in design]

    def setting_latency(name: str) -> float:
        design = experiment.design(name, pruned=True)
        return bounded_layers_latency(design, kernels_of(design), target)

    budget = latency_budget_cycles(spec, setting, clock, setting_latency)
    at_weights = None
    if spec is None or "like" in spec:
        design = experiment.design(spec["like"] if spec else setting, pruned=True)
        at_weights = layers_latency(design, kernels_of(design), target)
    log.info("%s", _latency_budget_line(budget, spec, clock, io_type, at_weights))
    return budget


def _joint_selector(
    experiment: Experiment,
    setting: str | None,
    prunable,
    kernels,
    gradients,
    absolute=None,
    lut=None,
    part: str | None = None,
) -> JointSelector:
    """The knapsack_rf selector of a job on reuse setting `setting` (kernels: every weight layer's;
    `absolute`: DSP/BRAM_18K counts of the whole design; `lut`: a LUT count of all the weight layers, which
    bounds the choice of reuse factors and strategies, `JointSelector._lut_capacity`; `part`: the part whose
    share that count is)."""
    if setting is None:
        raise ValueError(f"{JOINT_METHOD} needs the job's reuse setting (its baseline and latency budget)")
    options, joint = experiment.pruning, experiment.pruning.knapsack_rf
    target, io_type = experiment.cost_target, experiment.hls.io_type
    candidates = {
        layer.name: candidate_settings(
            layer,
            io_type,
            joint.strategies,
            joint.rf_candidates,
            joint.parallelization_factors,
            backend=experiment.hls.backend,
        )
        for layer in experiment.weight_layers
        if layer.name in {p.name for p in prunable}
    }
    budget = _joint_latency_budget(experiment, setting, kernels)
    resolved = experiment.setting(setting).resolve(experiment.weight_layers, f"experiment {experiment.name}")
    return JointSelector(
        experiment.weight_layers,
        resolved,
        [layer.name for layer in prunable],
        candidates,
        experiment.precisions,
        io_type,
        kernels,
        latency_budget=budget,
        ii_limit=joint.ii_limit,
        target=target,
        importance=options.importance,
        gradients=gradients,
        rel_gap=options.rel_gap,
        time_limit_s=options.time_limit_s,
        max_layer_sparsity=options.max_layer_sparsity,
        absolute=absolute,
        built_kernel=kernel_builder(prunable),
        weight_holder=weight_holder,
        backend=experiment.hls.backend,
        lut_budget=lut,
        lut_part=part,
    )


def _design_record(design: list[LayerHardware]) -> dict:
    """Layer name -> the reuse factor and strategy hls4ml is to build (the accepted step's choice)."""
    return {
        layer.name: {
            "reuse_factor": layer.reuse_factor,
            "strategy": "latency" if layer.strategy == "latency" else "resource",
            "parallelization_factor": layer.parallelization_factor,
        }
        for layer in design
    }


def pruned_layers(layers: list[LayerHardware], options: Pruning) -> list[LayerHardware]:
    """The design layers the pruner may touch: `pruning.layers`, or all of them."""
    scope = options.layers
    return [layer for layer in layers if scope is None or layer.name in scope]


def _warn_rolled(prunable: list[LayerHardware]) -> None:
    """One warning naming the pruned layers built with hls4ml's rolled Resource kernel, where zeros save
    nothing (io_parallel Conv2D; Vitis io_stream Dense: `core.hardware.layer.runs_unrolled_kernel`).
    Resource at RF 1 keeps constant weights, which HLS simplifies as in Latency: no warning."""
    rolled = [layer for layer in prunable if layer.runs_rolled_kernel]
    if rolled:
        log.warning(
            "layers %s run hls4ml's rolled Resource kernel: weights pruned there save no DSP or BRAM "
            "(to save them: %s)",
            ", ".join(layer.name for layer in rolled),
            unrolling_ways(rolled),
        )


def describe_pruned(
    model, data, *, layers: list[LayerHardware], target: float, cost_target: Target
) -> tuple[dict[str, np.ndarray], dict]:
    """Masks (non-zero weights) and evaluation record of a model pruned elsewhere (hls4ml's pruning), its
    estimate for `cost_target` (`Experiment.cost_target`)."""
    masks = {name: kernel != 0 for name, kernel in _kernels(model, layers).items()}
    return masks, {"status": "ok", "target": target, **_evaluation(model, data, layers, cost_target)}


def structure_dsp(model, layers: list[LayerHardware], cost_target: Target) -> float:
    """The weight layers' DSP as the knapsack methods count it: knapsack_dsp's structures (patterns, single
    weights), costed at the weights hls4ml builds; what hls4ml's own method is judged on."""
    structures = layer_structures(
        get_method("knapsack_dsp"), layers, _built_kernels(model, layers), cost_target
    )
    return float(sum(s.costs.sum() for s in structures))


def judge_peer(record: dict, objective: Objective, reference: float, rtol: float) -> dict:
    """hls4ml's own method's record judged by the knapsack methods' rules: `ok` only when the DSP it removed
    (`record["peer"]["dsp"]`, `structure_dsp`) is the share asked and validation accuracy meets rtol x the
    unpruned model's; `target_not_reached` otherwise, each reason logged. `reached_target`: the share of
    DSP removed (0 when it rose); `pruned_baseline`: the DSP the share is of. (It said `ok` whatever it
    did: a jet tagger's DSP rose 945 -> 1,111 at dsp=0.3, another's stayed at 2,846.)"""
    dsp, target = record["peer"]["dsp"], record["target"]
    removed = 1 - dsp["pruned"] / dsp["unpruned"] if dsp["unpruned"] else 0.0
    value = record[objective.key("val_")]
    lines = [peer_short_line(dsp, target), peer_bar_line(objective, value, reference, rtol)]
    for line in filter(None, lines):
        log.warning("%s", line)
    return {
        **record,
        "status": "target_not_reached" if any(lines) else "ok",
        "rtol_bar": rtol_bar(objective, value, reference, rtol),
        "reached_target": _share(max(removed, 0.0)),
        objective.key("reference_val_"): reference,
        **_quality(objective, reference, value),
        "pruned_baseline": {"dsp": dsp["unpruned"]},
        "pruned_baseline_source": "estimate",  # `structure_dsp`: the cost model's structures
    }


def peer_short_line(dsp: Mapping[str, float], target: float) -> str | None:
    """Why hls4ml's own method did not reach its share of DSP (`judge_peer`); None when it did."""
    before, after = dsp["unpruned"], dsp["pruned"]
    if not before:
        return (
            "target_not_reached: pruning frees no DSP of the weight layers (estimate: their products are "
            f"LUTs, or a rolled Resource kernel's), so {PEER_METHOD}'s share removes none; --method "
            "knapsack_lut budgets LUT"
        )
    if 1 - after / before >= target - 1e-9:
        return None
    took = f"the weight layers' DSP, {before:,.0f} -> {after:,.0f}"
    what = f"raised {took}" if after > before else f"removed {100 * (1 - after / before):.0f} % of {took}"
    return (
        f"target_not_reached: {PEER_METHOD} {what} (estimate, as the knapsack methods count it), where "
        f"{100 * target:g} % less was asked: hls4ml's loop counts DSP by its own model, ends after "
        "pruning.max_failures rejected steps and lets zero weights grow again in its rewinding epochs; "
        "--method knapsack_dsp walks to the share by this estimate"
    )


def peer_bar_line(objective: Objective, value: float, reference: float, rtol: float) -> str | None:
    """Why hls4ml's own method's model falls short of the accuracy bar (`judge_peer`); None if it meets it."""
    needed = objective.needed(reference, rtol)
    if objective.meets(value, needed):
        return None
    return (
        f"target_not_reached: after {PEER_METHOD}'s loop the validation {objective.metric} is {value:.4g}, "
        f"worse than the {needed:.4g} rtol {rtol:g} asks of the unpruned model's {reference:.4g}: a lower "
        "rtol (--rtol, pruning.rtol) or a smaller share"
    )


def _record(model, data, layers, reference, target, outcome, cost_target: Target) -> dict:
    evaluation = _evaluation(model, data, layers, cost_target)
    objective = data.objective
    return {
        "status": "ok" if outcome.target >= target - 1e-9 else "target_not_reached",
        "target": target,
        "reached_target": _share(outcome.target),
        objective.key("reference_val_"): reference,
        **evaluation,
        **_quality(objective, reference, evaluation[objective.key("val_")]),
        "selection": outcome.selection,
        "steps": [
            {**step, "target": _share(step["target"])} if "target" in step else step for step in outcome.steps
        ],
    }


def _share(value: float) -> float:
    """A share of the way as the records write it: 6 decimals (the schedule's arithmetic wrote "target":
    0.4879999999999999 for 0.488, and a `reached_target` so)."""
    return round(float(value), 6)


def _evaluation(model, data, layers, cost_target: Target) -> dict:
    """Test and validation accuracy, per-layer sparsity and the cost model's estimate of the design.

    Sparsity counts the model's pruned (zero) weights; the estimate costs the weights hls4ml builds
    (`built_kernel`: QKeras layers' quantised kernels), so that it agrees with the hls design's.
    """
    kernels = _kernels(model, layers)
    built = list(_built_kernels(model, layers).values())
    objective = data.objective
    outputs = {"outputs": output_values(model, data)} if isinstance(objective, JointObjective) else {}
    return {
        objective.key(): evaluate_quality(model, data.x_test, data.y_test, objective.on_test()),
        objective.key("val_"): evaluate_quality(model, data.x_val, data.y_val, objective),
        **outputs,
        "sparsity": {name: float(np.mean(k == 0)) for name, k in kernels.items()},
        "estimate": estimate_model(layers, built, cost_target).as_dict(),
    }


def output_values(model, data) -> dict[str, dict]:
    """A model of several outputs' record per output (`core.objective.JointObjective`): its metric, its
    validation and test values (test None without a test split) and its unpruned model's (`reference_test`
    None where it was not measured)."""
    objective = data.objective
    values = {}
    for split in ("val", "test"):
        x, y = getattr(data, f"x_{split}"), getattr(data, f"y_{split}")
        predicted = model.predict(x, batch_size=1024, verbose=0) if len(y) else None
        values[split] = objective.per_output(predicted, y) if len(y) else {}
    return {
        output.name: {
            "metric": output.objective.metric,
            "val": values["val"].get(output.name),
            "test": values["test"].get(output.name),
            "reference_val": output.reference,
            "reference_test": output.reference_test,
        }
        for output in objective.outputs
    }


def _kernels(model, layers) -> dict[str, np.ndarray]:
    return {layer.name: weight_holder(model, layer.name).kernel.numpy() for layer in layers}


def _built_kernels(model, layers) -> dict[str, np.ndarray]:
    """The kernels hls4ml builds (QKeras: quantised; a fused BatchNormalization's scale applied), which the
    cost model costs."""
    return {
        layer.name: built_kernel(weight_holder(model, layer.name), layer.fused_batchnorm) for layer in layers
    }


def _gradient_function(data, layers):
    n = min(len(data.y_train), _GRADIENT_SAMPLES)
    names = [layer.name for layer in layers]
    return lambda model: loss_gradients(
        model, samples(data.x_train, slice(0, n)), data.y_train[:n], names, objective=data.objective
    )


def _quality(objective, baseline: float | None, pruned: float | None) -> dict:
    """What a regression or a classifier of logits was judged on (`quality`: the objective, the unpruned
    and the pruned model's validation values); a classifier of probabilities' record stays as it was (its
    accuracies)."""
    if objective == CLASSIFIER:
        return {}
    return {"quality": {**objective.as_dict(), "split": "validation", "baseline": baseline, "pruned": pruned}}


def _distillation(model, share: float, objective: Objective = CLASSIFIER) -> Distillation | None:
    """The unpruned model, frozen, as the teacher of fine-tuning (a regression's: its outputs as targets of
    an error term, `Distillation.loss`); None when `share` is 0."""
    if share <= 0:
        return None
    teacher = copy_model(model)
    teacher.trainable = False
    return Distillation(teacher, share, objective)


def _group_lasso(method, layers, kernels, options: Pruning, cost_target: Target) -> GroupLasso | None:
    if options.group_lasso <= 0:
        return None
    groups = {s.layer.name: s.group_ids for s in layer_structures(method, layers, kernels, cost_target)}
    return GroupLasso(groups, options.group_lasso, adaptive=options.group_lasso_adaptive)
