"""The masked fine-tuning and the accept/back-off loop on a real (tiny) digits model."""

import logging

import numpy as np
import pytest

from fpgaprune.config import Training
from fpgaprune.core.knapsack import BudgetInfeasible
from fpgaprune.core.objective import CLASSIFIER
from fpgaprune.core.selection.schedule import ConstantSchedule, make_schedule
from fpgaprune.core.zoo import get_architecture
from fpgaprune.data import load_dataset
from fpgaprune.models.build import build_model
from fpgaprune.pruning.finetune import (
    Distillation,
    GroupLasso,
    MaskedTrainer,
    evaluate_accuracy,
    finetune,
    loss_gradients,
)
from fpgaprune.pruning.loop import iterative_prune, planned_steps, rejections_in_a_row
from fpgaprune.train import set_seed, train_baseline

LAYERS = ["fc1", "fc2", "output"]


def _walk(trained, digits, select, schedule, **settings):
    """`iterative_prune` with these tests' batch size and learning rate."""
    return iterative_prune(trained, digits, select, schedule, batch_size=64, learning_rate=0.003, **settings)


@pytest.fixture(scope="module")
def digits(tmp_path_factory):
    return load_dataset("digits", data_home=tmp_path_factory.mktemp("home"), seed=3)


@pytest.fixture(scope="module")
def baseline_weights(digits):
    """The trained digits MLP's weights, trained once for the module (each test training its own took half
    the file's time)."""
    set_seed(3)
    model = build_model(get_architecture("digits_mlp"))
    train_baseline(model, digits, Training(epochs=8, batch_size=64, learning_rate=0.005, patience=3))
    return model.get_weights()


@pytest.fixture
def trained(baseline_weights):
    """A fresh model holding the trained weights (each test prunes its own copy)."""
    set_seed(3)
    model = build_model(get_architecture("digits_mlp"))
    model.set_weights(baseline_weights)
    return model


def _smallest_share(model, share):
    """Masks removing the `share` smallest-magnitude weights of each layer."""
    masks = {}
    for name in LAYERS:
        kernel = model.get_layer(name).kernel.numpy()
        masks[name] = np.abs(kernel) > np.quantile(np.abs(kernel), share)
    return masks


def test_pruned_weights_stay_exact_zeros_through_finetuning(trained, digits):
    masks = _smallest_share(trained, 0.5)
    finetune(
        trained,
        digits,
        masks,
        epochs=2,
        batch_size=64,
        learning_rate=0.005,
        penalty=GroupLasso(
            {n: np.arange(trained.get_layer(n).kernel.numpy().size).reshape(masks[n].shape) for n in LAYERS},
            alpha=1e-4,
        ),
    )
    for name in LAYERS:
        kernel = trained.get_layer(name).kernel.numpy()
        assert np.all(kernel[~masks[name]] == 0)
        assert np.count_nonzero(kernel[masks[name]]) == masks[name].sum()


def test_pruned_weights_stay_zero_after_every_optimizer_step(trained, digits):
    """The masks act on the gradients during training, not only as a re-masking at the end of `finetune`."""

    from fpgaprune.pruning.finetune import MaskedTrainer, apply_masks

    masks = _smallest_share(trained, 0.5)
    apply_masks(trained, masks)
    before = {name: trained.get_layer(name).kernel.numpy() for name in LAYERS}
    trainer = MaskedTrainer(trained, tuple(LAYERS), CLASSIFIER)
    trainer.start(masks, learning_rate=0.01, iterations=5)
    for start in range(0, 5 * 64, 64):
        trainer.train_on_batch(digits.x_train[start : start + 64], digits.y_train[start : start + 64])
        for name in LAYERS:
            assert np.all(trained.get_layer(name).kernel.numpy()[~masks[name]] == 0), (name, start)
    for name in LAYERS:  # the kept weights did train
        assert not np.allclose(trained.get_layer(name).kernel.numpy()[masks[name]], before[name][masks[name]])


def test_a_second_call_reuses_the_models_trainer_and_trains_as_a_new_one_would(trained, digits):
    """The trainer is built and traced once per model and kind of fine-tuning; each call resets Adam and sets
    its own masks and schedule, so the weights are those a new trainer gives, to the bit."""
    from fpgaprune.pruning.finetune import _trainer

    settings = {"batch_size": 64, "learning_rate": 0.003}
    copy = build_model(get_architecture("digits_mlp"))
    copy.set_weights(trained.get_weights())
    first, second = _smallest_share(trained, 0.3), _smallest_share(trained, 0.5)
    for model in (trained, copy):
        finetune(model, digits, first, epochs=2, **settings)
    built = _trainer(trained, tuple(sorted(second)), digits.objective, None, None, False)
    copy.__dict__.pop("_fpgaprune_trainers")  # the copy builds a new one
    for model in (trained, copy):
        finetune(model, digits, second, epochs=2, **settings)
    assert _trainer(trained, tuple(sorted(second)), digits.objective, None, None, False) is built
    assert all(np.array_equal(a, b) for a, b in zip(trained.get_weights(), copy.get_weights(), strict=True))
    trained.get_layer("fc2").trainable = False  # another set of trainable variables: another trainer
    assert _trainer(trained, tuple(sorted(second)), digits.objective, None, None, False) is not built


def test_distillation_mixes_label_and_teacher_cross_entropy(trained, digits):
    teacher = build_model(
        get_architecture("digits_mlp")
    )  # untrained: its soft targets differ from the labels
    x, y = digits.x_val[:64], digits.y_val[:64]
    prediction = trained(x).numpy()
    hard = -np.mean(np.log(prediction[np.arange(len(y)), y]))
    soft = -np.mean(np.sum(teacher(x).numpy() * np.log(prediction), axis=1))
    for share in (0.0, 0.3, 1.0):
        loss = float(Distillation(teacher, share).loss(y, teacher(x), trained(x)))
        assert loss == pytest.approx((1 - share) * hard + share * soft, rel=1e-4)


@pytest.mark.parametrize("outputs", [3, 1])
def test_a_classifier_of_logits_distils_on_the_probabilities_of_the_teachers_and_its_own_logits(outputs):
    """The teacher's soft targets are its logits' softmax (one logit's sigmoid), and both terms read the
    student's logits as those probabilities: the loss is the probability model's on them."""
    from fpgaprune.compat import keras

    import tensorflow as tf

    from fpgaprune.core.objective import Objective

    rng = np.random.default_rng(0)
    x = rng.normal(size=(32, 5)).astype(np.float32)
    y = rng.integers(0, max(outputs, 2), size=32)
    labels = y.reshape(-1, 1).astype(np.float32) if outputs == 1 else y
    teacher = keras.Sequential([keras.Input((5,)), keras.layers.Dense(outputs)])
    student = rng.normal(size=(32, outputs)).astype(np.float32)
    probabilities = tf.math.sigmoid if outputs == 1 else tf.nn.softmax
    logits = Distillation(teacher, 0.4, Objective(from_logits=True))
    soft = logits.soft_targets(x)
    assert np.allclose(soft, probabilities(teacher(x)).numpy(), atol=1e-6)
    expected = Distillation(teacher, 0.4).loss(labels, soft, probabilities(student))
    assert float(logits.loss(labels, soft, student)) == pytest.approx(float(expected), rel=1e-4)


def test_finetuning_with_a_teacher_keeps_masks_and_recovers(trained, digits):
    teacher = build_model(get_architecture("digits_mlp"))
    teacher.set_weights(trained.get_weights())
    masks = _smallest_share(trained, 0.7)
    pruned_only = finetune(trained, digits, masks, epochs=0, batch_size=64, learning_rate=0.003)
    accuracy = finetune(
        trained,
        digits,
        masks,
        epochs=2,
        batch_size=64,
        learning_rate=0.003,
        distillation=Distillation(teacher, 0.5),
    )
    assert accuracy > pruned_only + 0.05
    for name in LAYERS:
        assert np.all(trained.get_layer(name).kernel.numpy()[~masks[name]] == 0)


def test_group_lasso_is_alpha_times_sum_of_group_norms(trained):
    ids = {"output": np.repeat(np.arange(16)[:, None], 10, axis=1)}  # one group per input row
    kernel = trained.get_layer("output").kernel.numpy()
    expected = 0.01 * np.linalg.norm(kernel, axis=1).sum()
    assert float(GroupLasso(ids, 0.01)(trained)) == pytest.approx(expected, rel=1e-5)


def test_adaptive_group_lasso_weighs_each_structure_by_its_inverse_norm(trained):
    ids = {"output": np.repeat(np.arange(16)[:, None], 10, axis=1)}
    kernel = trained.get_layer("output").kernel.numpy().copy()
    kernel[0] = 0.0  # an all-zero structure: weight 0, no share in the mean
    trained.get_layer("output").kernel.assign(kernel)
    norms = np.linalg.norm(kernel.astype(np.float64), axis=1)[1:]
    penalty = GroupLasso(ids, 0.01, adaptive=True)
    penalty.reweight(trained)
    weights = penalty._groups["output"][2].numpy()
    assert weights[0] == 0.0
    np.testing.assert_allclose(weights[1:], norms.mean() / norms, rtol=1e-5)
    uniform = GroupLasso(ids, 0.01)
    uniform.reweight(trained)  # no-op
    # equal shares of the same total: the adaptive penalty's value is the uniform one at reweighting
    assert float(penalty(trained)) == pytest.approx(float(uniform(trained)), rel=1e-4)
    assert float(uniform(trained)) == pytest.approx(0.01 * norms.sum(), rel=1e-4)
    kernel[1] *= 2  # a structure that grows after reweighting is penalised by its fixed weight
    trained.get_layer("output").kernel.assign(kernel)
    assert float(penalty(trained)) - float(uniform(trained)) == pytest.approx(
        0.01 * (weights[1] - 1) * norms[0], rel=1e-3
    )


def test_loop_accepts_easy_steps_and_backs_off_from_hard_ones(trained, digits):
    reference = evaluate_accuracy(trained, digits.x_val, digits.y_val)
    outcome = _walk(
        trained,
        digits,
        lambda model, target: (_smallest_share(model, target), {"target": target}),
        ConstantSchedule(final=0.99, step=0.33),
        reference_accuracy=reference,
        rtol=0.97,
        epochs_per_step=2,
        max_failures=2,
    )
    tried = [s["target"] for s in outcome.steps]
    assert tried[0] == pytest.approx(0.33)
    assert any(not s["accepted"] for s in outcome.steps)  # 99 % of an MLP this small cannot keep accuracy
    assert 0.33 <= outcome.target < 0.99
    assert outcome.val_quality >= 0.97 * reference
    final = evaluate_accuracy(trained, digits.x_val, digits.y_val)
    assert final == pytest.approx(outcome.val_quality, abs=1e-6)  # the model holds the best accepted weights
    for name, mask in outcome.masks.items():
        assert np.all(trained.get_layer(name).kernel.numpy()[~mask] == 0)


def test_step_lines_of_an_absolute_budget_say_the_way_to_the_budget(trained, digits, caplog):
    """A budget's walk runs to 1.0, the whole way to its counts: "of the final 1.000" read as a share."""
    reference = evaluate_accuracy(trained, digits.x_val, digits.y_val)
    for towards, words in ((None, "of the final 1.000"), ("the budget", "of the way to the budget")):
        caplog.clear()
        with caplog.at_level("INFO", logger="fpgaprune.pruning.loop"):
            _walk(
                trained,
                digits,
                lambda model, target: (_smallest_share(model, target), {"target": target}),
                ConstantSchedule(final=1.0, step=0.5),
                reference_accuracy=reference,
                rtol=0.01,
                epochs_per_step=0,
                max_failures=0,
                towards=towards,
            )
        reached = "" if towards else " (0 %)"
        assert f"step 1: pruning to 0.500 {words}; reached 0.000{reached} so far\n" in caplog.text
        half = "0.500 of the way to the budget" if towards else "0.500 of the final 1.000 (50 %)"
        end = "the budget" if towards else "the final"
        assert f" s); reached {half}; 1 more step to {end} if each is accepted\n" in caplog.text


def test_a_rejected_step_says_how_many_more_rejections_end_the_walk(trained, digits, caplog):
    """The lines give no total of steps: after rejections "k/n" counted the (smaller) steps if all later ones
    were accepted, which grows fast (a user's line went 12/52, 13/92, 14/172, another's read 9/284, and then
    the walk stopped). Each rejected line says how many more rejections in a row end the walk instead."""
    with caplog.at_level("INFO", logger="fpgaprune.pruning.loop"):
        _walk(
            trained,
            digits,
            lambda model, target: (_smallest_share(model, target), {"target": target}),
            ConstantSchedule(final=1.0, step=0.5),
            reference_accuracy=2.0,  # no accuracy reaches rtol x 2: every step is rejected
            rtol=0.9,
            epochs_per_step=0,
            max_failures=2,
        )
    lines = [r.getMessage() for r in caplog.records]
    rejected = [line for line in lines if ": rejected (" in line]
    assert [line.split(":")[0] for line in rejected] == ["step 1", "step 2", "step 3"]
    assert all("/" not in line.split(":")[0] for line in lines if line.startswith("step "))
    assert all("; reached 0.000 of the final 1.000 (0 %)" in line for line in rejected)
    assert rejected[0].endswith("; 2 more rejected in a row end the walk")
    assert rejected[1].endswith("; 1 more rejected in a row ends the walk")
    assert rejected[2].endswith("(0 %)") and "stopping after 3 rejected steps in a row" in caplog.text


def test_a_walk_that_has_no_smaller_step_left_says_so(trained, digits, caplog):
    """A Conv1D classifier's walk rejected step 92 (0.887, the highest accepted 0.884), its line said "2 more
    rejected in a row end the walk", and it ended there: the back-off was below the schedule's resolution."""
    with caplog.at_level("INFO", logger="fpgaprune.pruning.loop"):
        outcome = _walk(
            trained,
            digits,
            lambda model, target: (_smallest_share(model, target), {"target": target}),
            ConstantSchedule(final=1.0, step=0.5, resolution=0.6),  # the midpoint of 0 and 0.5: too close
            reference_accuracy=2.0,  # every step is rejected
            rtol=0.9,
            epochs_per_step=0,
            max_failures=2,
        )
    assert [s["target"] for s in outcome.steps] == [0.5]
    assert caplog.records[-1].getMessage() == (
        "stopping: the rejected target 0.500 lies within the schedule's resolution (0.6) of the highest "
        "accepted, 0.000; no smaller step is left"
    )
    assert "stopping after" not in caplog.text


def test_an_accepted_step_says_how_far_the_walk_got_and_the_steps_left_if_each_is_accepted(
    trained, digits, caplog
):
    """0.25 of a final 0.75 is a third of the way, and two more steps of 0.25 reach the final; the last
    accepted step, at the final, says no more."""
    with caplog.at_level("INFO", logger="fpgaprune.pruning.loop"):
        _walk(
            trained,
            digits,
            lambda model, target: (_smallest_share(model, target), {"target": target}),
            ConstantSchedule(final=0.75, step=0.25),
            reference_accuracy=1.0,
            rtol=0.0,  # every step is accepted
            epochs_per_step=0,
            max_failures=0,
        )
    accepted = [r.getMessage() for r in caplog.records if ": accepted (" in r.getMessage()]
    assert len(accepted) == 3
    assert accepted[0].startswith("step 1: target 0.250, val accuracy ")
    assert accepted[0].endswith(
        "; reached 0.250 of the final 0.750 (33 %); 2 more steps to the final if each is accepted"
    )
    assert accepted[1].endswith(
        "; reached 0.500 of the final 0.750 (67 %); 1 more step to the final if each is accepted"
    )
    assert accepted[2].endswith("; reached 0.750 of the final 0.750 (100 %)")
    assert "step 3: pruning to 0.750 of the final 0.750; reached 0.500 (67 %) so far" in caplog.text


def test_a_step_that_falls_short_is_fine_tuned_more_before_it_is_rejected(trained, digits):
    reference = evaluate_accuracy(trained, digits.x_val, digits.y_val)
    random_masks = {
        name: np.random.default_rng(0).random(trained.get_layer(name).kernel.shape) > 0.5 for name in LAYERS
    }
    outcome = _walk(
        trained,
        digits,
        lambda model, target: (random_masks, {"target": target}),
        ConstantSchedule(final=0.5, step=0.5),
        reference_accuracy=reference,
        rtol=0.85,
        epochs_per_step=0,  # masks alone: half the weights at random cost more than 15 %
        recovery_epochs=8,
        max_failures=0,
    )
    (step,) = outcome.steps
    assert step["val_accuracy_before_recovery"] < 0.85 * reference <= step["val_accuracy"]
    assert step["accepted"] and outcome.target == pytest.approx(0.5)


def test_an_infeasible_target_is_a_rejected_step_without_finetuning(trained, digits):
    def select(model, target):
        if target > 0.5:
            raise BudgetInfeasible("budget for 'dsp' allows 1 but 2 cannot be pruned")
        return _smallest_share(model, target), {"target": target}

    reference = evaluate_accuracy(trained, digits.x_val, digits.y_val)
    outcome = _walk(
        trained,
        digits,
        select,
        ConstantSchedule(final=0.9, step=0.45),
        reference_accuracy=reference,
        rtol=0.9,
        epochs_per_step=1,
        max_failures=0,
    )
    assert [s["accepted"] for s in outcome.steps] == [True, False]
    assert outcome.steps[1]["val_accuracy"] is None and "cannot be pruned" in outcome.steps[1]["infeasible"]
    assert outcome.target == pytest.approx(0.45)


def test_the_loop_stops_after_rejections_in_a_row_not_in_all(trained, digits):
    calls = []

    def select(model, target):  # the 2nd and 4th steps are rejected, each followed by an accepted one
        calls.append(target)
        if len(calls) in (2, 4):
            raise BudgetInfeasible("rejected for the test")
        return _smallest_share(model, target), {"target": target}

    outcome = _walk(
        trained,
        digits,
        select,
        ConstantSchedule(final=0.6, step=0.2),
        reference_accuracy=1.0,
        rtol=0.0,
        epochs_per_step=0,
        max_failures=1,
    )
    accepted = [s["accepted"] for s in outcome.steps]
    assert accepted.count(False) == 2 and accepted[:4] == [True, False, True, False]
    assert outcome.target == pytest.approx(0.6)  # two rejections in all, never two in a row
    assert rejections_in_a_row([(0.2, True), (0.4, False), (0.3, False)]) == 2
    assert rejections_in_a_row([(0.2, False), (0.4, True)]) == 0


def test_gradients_have_kernel_shapes(trained, digits):
    mean, squared = loss_gradients(trained, digits.x_val, digits.y_val, LAYERS, batch_size=100)
    for name in LAYERS:
        assert mean[name].shape == trained.get_layer(name).kernel.shape
        assert np.all(squared[name] >= np.square(mean[name]) - 1e-12)  # E[g^2] >= E[g]^2


def test_planned_steps_counts_the_schedule_when_every_step_is_accepted():
    assert planned_steps(ConstantSchedule(final=0.75, step=0.25)) == 3
    assert planned_steps(make_schedule(0.5, {"kind": "polynomial", "steps": 4})) == 4


def test_planned_steps_after_a_rejection_counts_the_smaller_steps_that_follow():
    """After a rejection the schedule backs off and then takes smaller steps, so the count is taken from the
    history (an accepted step's line: "N more steps to the final if each is accepted")."""
    constant = ConstantSchedule(final=0.75, step=0.25)
    # back off to 0.375, then 0.479, 0.566, 0.638, 0.699, 0.75: six more after the two taken
    assert planned_steps(constant, [(0.25, True), (0.5, False)]) == 2 + 6
    polynomial = make_schedule(1.0, {"kind": "polynomial", "steps": 5})
    assert planned_steps(polynomial, []) == 5
    assert planned_steps(polynomial, [(polynomial.first(), True)]) == 5  # on plan: the same count
    assert planned_steps(polynomial, [(polynomial.first(), False)]) == 1 + 19


def test_the_teachers_probabilities_are_computed_once_per_training_set(trained, digits):
    teacher = build_model(get_architecture("digits_mlp"))
    distillation = Distillation(teacher, 0.5)
    soft = distillation.soft_targets(digits.x_train)
    np.testing.assert_allclose(soft, teacher(digits.x_train).numpy(), rtol=1e-5, atol=1e-7)
    assert distillation.soft_targets(digits.x_train) is soft  # every fine-tuning call reuses them
    other = digits.x_train[:10].copy()
    np.testing.assert_allclose(distillation.soft_targets(other), soft[:10], rtol=1e-5, atol=1e-7)


def _epochs_logged(caplog) -> int:
    return sum("fine-tune epoch" in r.getMessage() for r in caplog.records)


def test_finetuning_stops_after_the_first_epoch_that_reaches_stop_at(trained, digits, caplog):
    masks = _smallest_share(trained, 0.5)
    options = {"batch_size": 64, "learning_rate": 0.003}
    with caplog.at_level(logging.INFO, logger="fpgaprune.pruning.finetune"):
        finetune(trained, digits, masks, epochs=3, stop_at=1.01, **options)  # never reached: all 3
        assert _epochs_logged(caplog) == 3
        caplog.clear()
        accuracy = finetune(trained, digits, masks, epochs=3, stop_at=0.0, **options)
    assert _epochs_logged(caplog) == 1
    assert "val_acc" in caplog.records[0].getMessage()
    assert accuracy == pytest.approx(evaluate_accuracy(trained, digits.x_val, digits.y_val))


def test_accept_early_ends_a_step_once_validation_clears_the_bar(trained, digits, caplog):
    reference = evaluate_accuracy(trained, digits.x_val, digits.y_val)
    options = {
        "reference_accuracy": reference,
        "rtol": 0.5,  # an easy bar: the first epoch clears it
        "epochs_per_step": 3,
    }
    select = lambda model, target: (_smallest_share(model, target), {"target": target})
    with caplog.at_level(logging.INFO, logger="fpgaprune.pruning.finetune"):
        outcome = _walk(
            trained, digits, select, ConstantSchedule(final=0.4, step=0.2), accept_early=True, **options
        )
    assert [s["accepted"] for s in outcome.steps] == [True, True]
    assert _epochs_logged(caplog) == 2  # one epoch per step, not three


def test_removed_weights_fade_linearly_while_the_kept_ones_train(trained, digits):
    masks = _smallest_share(trained, 0.5)
    start = {n: trained.get_layer(n).kernel.numpy().copy() for n in LAYERS}
    fading = {n: np.where(masks[n], 0, start[n]) for n in LAYERS}
    trainer = MaskedTrainer(trained, tuple(LAYERS), CLASSIFIER, fades=True)
    trainer.start(masks, learning_rate=0.001, iterations=2, fading=fading, fade_iterations=4)
    trainer.fit(digits.x_train[:128], digits.y_train[:128], batch_size=64, epochs=1, verbose=0)  # 2 updates
    for name in LAYERS:
        kernel = trained.get_layer(name).kernel.numpy()
        removed = ~masks[name]
        np.testing.assert_allclose(kernel[removed], 0.5 * start[name][removed], rtol=1e-6)  # 1 - 2/4
        assert np.mean(kernel[masks[name]] != start[name][masks[name]]) > 0.5  # the kept ones train


def test_a_faded_step_ends_with_exact_zeros_and_stops_early_only_after_the_fade(trained, digits, caplog):
    masks = _smallest_share(trained, 0.5)
    with caplog.at_level(logging.INFO, logger="fpgaprune.pruning.finetune"):
        finetune(
            trained, digits, masks, epochs=3, fade_epochs=2, stop_at=0.0, batch_size=64, learning_rate=0.003
        )
    assert _epochs_logged(caplog) == 2  # the bar (0) is cleared at once, but not checked during the fade
    for name in LAYERS:
        kernel = trained.get_layer(name).kernel.numpy()
        assert np.all(kernel[~masks[name]] == 0)
        assert np.count_nonzero(kernel[masks[name]]) == masks[name].sum()


def test_a_backed_off_target_with_a_rejected_steps_selection_is_not_fine_tuned_again(trained, digits, caplog):
    """Coarse structures: the back-off from a rejected 0.8 to 0.4 selects the very structures 0.8 did.
    Fine-tuning them again from the same weights repeated the rejected step, and its rejection ended the
    walk (the user's QKeras MLP: two rejections of one selection, 0.244 and 0.122, stopped it at 0). Now the
    repeat is rejected without fine-tuning, not counted, and the walk goes on to a smaller selection."""

    def select(model, target):  # two selections only: 80 % of the weights above 0.3, 10 % below
        return _smallest_share(model, 0.8 if target > 0.3 else 0.1), {"target": target}

    reference = evaluate_accuracy(trained, digits.x_val, digits.y_val)
    with caplog.at_level(logging.INFO, logger="fpgaprune.pruning"):
        outcome = _walk(
            trained,
            digits,
            select,
            ConstantSchedule(final=0.8, step=0.8),
            reference_accuracy=reference,
            rtol=0.95,
            epochs_per_step=1,
            max_failures=1,
        )
    first, repeat, smaller = outcome.steps[:3]
    assert (first["target"], first["accepted"]) == (0.8, False) and first["val_accuracy"] < 0.95 * reference
    assert repeat["target"] == pytest.approx(0.4) and repeat["same_as_rejected"] == 0.8
    assert repeat["val_accuracy"] is None and not repeat["accepted"]
    assert smaller["target"] == pytest.approx(0.2) and smaller["accepted"]
    assert outcome.target >= 0.2
    fine_tuned = [r for r in caplog.records if r.getMessage().startswith("fine-tune epoch")]
    assert len(fine_tuned) == sum("same_as_rejected" not in step for step in outcome.steps)  # not repeats
