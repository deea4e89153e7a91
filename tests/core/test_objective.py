"""The objective's rule: which way a metric is better and what a step must reach (pure NumPy)."""

import numpy as np
import pytest

from fpgaprune.core.objective import CLASSIFIER, REGRESSION, Objective, predicted_classes


def test_a_loss_is_accepted_below_the_reference_over_rtol_and_an_accuracy_above_rtol_times_it():
    mse = Objective("regression", "mse")
    needed = mse.needed(0.2, 0.8)
    assert needed == pytest.approx(0.25)  # the loss may grow by 1/0.8 - 1 = 25 %
    assert mse.meets(0.24, needed) and mse.meets(0.1, needed)
    assert not mse.meets(0.26, needed) and not mse.meets(None, needed)
    accuracy_needed = CLASSIFIER.needed(0.9, 0.8)
    assert accuracy_needed == pytest.approx(0.72)
    assert CLASSIFIER.meets(0.73, accuracy_needed) and not CLASSIFIER.meets(0.71, accuracy_needed)


def test_scores_are_the_metric_of_the_outputs_against_the_targets():
    outputs = np.array([[1.0, 2.0], [0.0, 0.0]])
    targets = np.array([[1.0, 0.0], [0.0, 1.0]])
    assert Objective("regression", "mse").score(outputs, targets) == pytest.approx((4 + 1) / 4)
    assert Objective("regression", "mae").score(outputs, targets) == pytest.approx((2 + 1) / 4)
    assert Objective("regression").score(outputs[:, :1], np.array([1.0, 1.0])) == pytest.approx(0.5)
    assert CLASSIFIER.score(np.array([[0.2, 0.8], [0.9, 0.1]]), np.array([1, 1])) == 0.5
    assert CLASSIFIER.score(np.zeros((0, 2)), np.zeros(0)) is None


def test_a_binary_classifiers_class_is_its_sigmoid_output_above_one_half():
    """One output column is a binary classifier's probability of class 1 (its logit's threshold is 0); more
    columns are classes by argmax."""
    probabilities = np.array([[0.2], [0.5], [0.51], [0.99]])
    assert predicted_classes(probabilities).tolist() == [0, 0, 1, 1]
    assert predicted_classes(np.array([-0.1, 0.0, 0.3]), 0.0).tolist() == [0, 0, 1]
    assert predicted_classes(np.array([[0.1, 0.7, 0.2], [0.5, 0.2, 0.3]])).tolist() == [1, 0]
    assert CLASSIFIER.score(probabilities, np.array([0, 1, 1, 1])) == 0.75


def test_records_name_the_metric_as_they_always_named_accuracy():
    assert (
        CLASSIFIER.key("val_") == "val_accuracy"
        and CLASSIFIER.key("reference_val_") == "reference_val_accuracy"
    )
    assert Objective("regression", "mae").key("val_") == "val_mae"


@pytest.mark.parametrize(
    ("task", "metric", "message"),
    [
        ("classification", "mse", "metric 'mse' does not go with task classification: give one of accuracy"),
        (
            "regression",
            "accuracy",
            "metric 'accuracy' does not go with task regression: give one of mse, mae",
        ),
        ("ranking", "mse", "task 'ranking': give one of classification, regression"),
    ],
)
def test_a_task_and_metric_that_do_not_go_together_are_refused_in_one_line(task, metric, message):
    with pytest.raises(ValueError) as error:
        Objective(task, metric)
    assert str(error.value) == message


def test_a_classifier_of_logits_takes_the_argmax_and_one_logit_above_zero():
    logits = Objective(from_logits=True)
    assert logits.classes(np.array([[-0.3], [0.2], [0.0]])).tolist() == [0, 1, 0]
    assert logits.classes(np.array([[-1.0, 2.0, 0.5], [3.0, -2.0, 0.0]])).tolist() == [1, 0]
    assert logits.score(np.array([[-0.3], [0.2]]), np.array([0, 1])) == 1.0
    assert CLASSIFIER.score(np.array([[-0.3], [0.2]]), np.array([0, 1])) == 0.5  # read as probabilities
    assert logits.ends_in_probabilities is False and CLASSIFIER.ends_in_probabilities is True


def test_a_records_objective_reads_back_and_a_classifier_of_probabilities_writes_what_it_wrote():
    """`as_dict` of the classifier of probabilities has no from_logits key (its records and run identities
    are as before); a classifier of logits' and a regression's read back from what they wrote."""
    assert CLASSIFIER.as_dict() == {"task": "classification", "metric": "accuracy", "higher_is_better": True}
    for objective in (Objective(from_logits=True), Objective("regression", "mae")):
        assert Objective.from_dict(objective.as_dict()) == objective
    with pytest.raises(ValueError, match="^from_logits is a classifier's; task regression has outputs"):
        Objective("regression", "mse", from_logits=True)


def _joint():
    from fpgaprune.core.objective import JointObjective, OutputObjective

    return JointObjective(
        (
            OutputObjective("cls", Objective(), 3, 0.8, loss_scale=0.5),
            OutputObjective("pt", Objective("regression"), 2, 0.02),
        )
    )


def test_several_outputs_are_judged_each_on_its_own_metric_relative_to_the_unpruned_model():
    """The joined rows hold cls's 3 probabilities then pt's 2 values; the targets cls's class then pt's two
    values. cls's accuracy 1/2 is 0.625 x its 0.8; pt's mse 0.03 is 1.5 x its 0.02, a quality of 0.667: the
    worst, 0.625, is the score, which rtol 0.6 accepts and rtol 0.65 does not (cls is below 0.65 x 0.8)."""
    joint = _joint()
    outputs = np.array([[0.1, 0.8, 0.1, 1.2, 0.0], [0.7, 0.2, 0.1, 2.0, 0.0]])
    y = np.array([[1, 1.0, 0.2], [2, 2.2, 0.0]])
    assert joint.per_output(outputs, y) == pytest.approx({"cls": 0.5, "pt": 0.03})
    assert joint.score(outputs, y) == pytest.approx(0.625)
    assert joint.meets(joint.score(outputs, y), joint.needed(1.0, 0.6))
    assert not joint.meets(joint.score(outputs, y), joint.needed(1.0, 0.65))
    assert joint.score(outputs[:0], y[:0]) is None
    a_perfect_loss = np.array([[0.1, 0.8, 0.1, 1.0, 0.2]]), np.array([[1, 1.0, 0.2]])
    assert joint.per_output(*a_perfect_loss)["pt"] == 0 and joint.score(*a_perfect_loss) == pytest.approx(
        1.25
    )


def test_a_joint_objective_is_written_and_read_back_as_a_record_holds_it():
    from fpgaprune.core.objective import objective_from_dict

    joint = _joint()
    written = joint.as_dict()
    assert (written["task"], written["metric"], written["higher_is_better"]) == (
        "joint",
        "relative_quality",
        True,
    )
    assert written["outputs"][1] == {
        "name": "pt", "task": "regression", "metric": "mse", "higher_is_better": False, "width": 2,
        "reference_val": 0.02, "loss_scale": 1.0,
    }  # fmt: skip
    assert objective_from_dict(written) == joint and objective_from_dict(Objective().as_dict()) == Objective()


def test_test_values_are_relative_to_the_unpruned_models_test_values_where_measured():
    """cls's unpruned test accuracy 0.5 (validation 0.8), pt's not measured: on test, cls's 1/2 is 1.0 of its
    unpruned value and pt's mse 0.03 stays 0.667 of its validation 0.02; a record keeps the test value."""
    from dataclasses import replace

    from fpgaprune.core.objective import objective_from_dict

    joint = _joint()
    cls, pt = joint.outputs
    measured = replace(joint, outputs=(replace(cls, reference_test=0.5), pt))
    outputs = np.array([[0.1, 0.8, 0.1, 1.2, 0.0], [0.7, 0.2, 0.1, 2.0, 0.0]])
    y = np.array([[1, 1.0, 0.2], [2, 2.2, 0.0]])
    assert measured.score(outputs, y) == pytest.approx(0.625)  # validation: relative to 0.8
    assert measured.on_test().score(outputs, y) == pytest.approx(0.02 / 0.03)
    assert joint.on_test() == joint and Objective().on_test() == Objective()
    written = measured.as_dict()
    assert written["outputs"][0]["reference_test"] == 0.5 and "reference_test" not in written["outputs"][1]
    assert objective_from_dict(written) == measured


def test_outputs_are_joined_one_row_a_sample_each_flattened_in_order():
    from fpgaprune.core.objective import joined_outputs

    joined = joined_outputs([np.ones((2, 3)), np.zeros((2, 2, 1))], 2)
    assert joined.shape == (2, 5) and joined[:, :3].all() and not joined[:, 3:].any()
    assert joined_outputs(np.ones((2, 4, 1)), 2).shape == (2, 4)


def test_a_nan_output_makes_the_joint_score_nan_which_meets_no_bar():
    """Python's min skips a NaN unless it comes first: a step whose fine-tuning broke a head was accepted."""
    joint = _joint()
    outputs = np.array([[0.1, 0.8, 0.1, np.nan, 0.0]])
    score = joint.score(outputs, np.array([[1, 1.0, 0.2]]))
    assert np.isnan(score) and not joint.meets(score, joint.needed(1.0, 0.5))


def test_a_loss_within_float_rounding_of_zero_says_the_targets_are_the_models_own_outputs():
    """The regression test labelled with the model's own predictions measured an mse of about 1e-15, not 0
    (TensorFlow's threaded sums), and the run trained where one line should have refused it."""
    targets = np.array([0.5, -2.0, 3.0])
    mse, mae = Objective(REGRESSION, "mse"), Objective(REGRESSION, "mae")
    assert mse.reproduces_targets(0.0, targets) and mse.reproduces_targets(1e-15, targets)
    assert not mse.reproduces_targets(1e-6, targets) and mae.reproduces_targets(1e-7, targets)
    assert not mae.reproduces_targets(1e-3, targets) and not Objective().reproduces_targets(0.0, [0, 1])
    # targets far from 0 with a spread of 1: an mse of 0.0026 is a real model's error, not rounding
    offset = 1e4 + np.random.default_rng(0).normal(size=1000)
    assert not mse.reproduces_targets(0.0026, offset) and mse.reproduces_targets(1e-7, offset)
