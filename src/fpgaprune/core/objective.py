"""What a pruned network is judged on: the task, its quality metric and which way that metric is better.

A classifier is judged on accuracy (higher is better): its class is the argmax of its outputs, or, for a
binary classifier with one sigmoid output (the probability of class 1), whether that exceeds 0.5
(`predicted_classes`); a classifier whose outputs are logits (`from_logits`: no softmax or sigmoid after its
last layer, as a trigger's design often leaves it out) takes the same argmax, or for one output whether the
logit exceeds 0; a regression or an autoencoder on a loss of its outputs
against the targets, the mean squared error by default or the mean absolute error (lower is better). One rule
accepts a pruning step for both, `pruning.rtol` read as a ratio of qualities: a classifier keeps a step when
its validation accuracy >= rtol x the unpruned model's, a regression when its validation loss <= the unpruned
model's / rtol (rtol 0.97: the loss may grow by 3.1 %). Pure NumPy: the pruning loop, the records and the C
simulation's comparison read the same object.
"""

from dataclasses import dataclass

import numpy as np

CLASSIFICATION = "classification"
REGRESSION = "regression"
TASKS = (CLASSIFICATION, REGRESSION)
REGRESSION_METRICS = ("mse", "mae")


@dataclass(frozen=True)
class Objective:
    """The task and its metric: accuracy for a classification, mse (the default) or mae for a regression;
    `from_logits`: a classifier's outputs are logits, not class probabilities."""

    task: str = CLASSIFICATION
    metric: str | None = None
    from_logits: bool = False

    def __post_init__(self):
        if self.task not in TASKS:
            raise ValueError(f"task {self.task!r}: give one of {', '.join(TASKS)}")
        if self.from_logits and self.task != CLASSIFICATION:
            raise ValueError(f"from_logits is a classifier's; task {self.task} has outputs, not logits")
        if self.metric is None:
            object.__setattr__(self, "metric", "accuracy" if self.task == CLASSIFICATION else "mse")
        allowed = ("accuracy",) if self.task == CLASSIFICATION else REGRESSION_METRICS
        if self.metric not in allowed:
            raise ValueError(
                f"metric {self.metric!r} does not go with task {self.task}: give one of {', '.join(allowed)}"
            )

    @property
    def higher_is_better(self) -> bool:
        return self.task == CLASSIFICATION

    @property
    def is_regression(self) -> bool:
        return self.task == REGRESSION

    @property
    def ends_in_probabilities(self) -> bool:
        """Whether the model's outputs are class probabilities (a softmax, or one sigmoid), as it must then
        end in."""
        return self.task == CLASSIFICATION and not self.from_logits

    def classes(self, outputs) -> np.ndarray:
        """A classifier's class index per sample from its outputs (`predicted_classes`; one logit: > 0)."""
        return predicted_classes(outputs, 0.0 if self.from_logits else 0.5)

    def needed(self, reference: float, rtol: float) -> float:
        """The worst validation value a step may reach and be accepted: rtol x the reference accuracy, or the
        reference loss / rtol."""
        return rtol * reference if self.higher_is_better else reference / rtol

    def meets(self, value: float | None, needed: float) -> bool:
        """Whether `value` is at least as good as `needed` (None: no value, never)."""
        if value is None:
            return False
        return value >= needed if self.higher_is_better else value <= needed

    def score(self, outputs: np.ndarray, y: np.ndarray) -> float | None:
        """The metric of the model's `outputs` against the targets `y` (class indices for a classifier);
        None without samples."""
        if len(y) == 0:
            return None
        outputs = np.asarray(outputs, np.float64)
        if self.task == CLASSIFICATION:
            return float(np.mean(self.classes(outputs) == y))
        error = outputs.reshape(len(y), -1) - np.asarray(y, np.float64).reshape(len(y), -1)
        return float(np.mean(np.square(error)) if self.metric == "mse" else np.mean(np.abs(error)))

    def key(self, prefix: str = "") -> str:
        """A record's name for the metric: `val_accuracy` (as the records always wrote it), `val_mse`."""
        return f"{prefix}{self.metric}"

    def as_dict(self) -> dict:
        logits = {"from_logits": True} if self.from_logits else {}
        return {"task": self.task, "metric": self.metric, **logits, "higher_is_better": self.higher_is_better}

    @classmethod
    def from_dict(cls, values: dict) -> "Objective":
        """The objective `as_dict` wrote (a record's `quality`)."""
        return cls(values["task"], values["metric"], bool(values.get("from_logits", False)))


CLASSIFIER = Objective()


def predicted_classes(outputs, threshold: float = 0.5) -> np.ndarray:
    """A classifier's class index per sample: the argmax of its outputs, or, with one output (a binary
    classifier's sigmoid probability of class 1), 1 where it exceeds `threshold` (0.5; on the logit before
    the sigmoid: 0)."""
    outputs = np.asarray(outputs, np.float64).reshape(len(outputs), -1)
    if outputs.shape[1] == 1:
        return (outputs[:, 0] > threshold).astype(np.int64)
    return np.argmax(outputs, axis=1)


def is_binary(outputs: int) -> bool:
    """Whether a classifier of `outputs` outputs is a binary one (one sigmoid output, labels 0 and 1)."""
    return outputs == 1
