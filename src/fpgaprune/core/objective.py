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

from dataclasses import dataclass, replace
from itertools import pairwise

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

    def reproduces_targets(self, value: float, targets) -> bool:
        """Whether a regression's loss `value` on `targets` says the model gives the targets themselves (its
        own outputs as targets): below float32's rounding of them, not only 0, as TensorFlow's threaded sums
        move predictions' last bits from one call to the next (an mse of 1e-15 where the test expected 0)."""
        if not self.is_regression:
            return False
        steps = np.spacing(np.abs(np.asarray(targets, dtype=np.float32)).astype(np.float32))
        tolerance = 16 * float(np.mean(steps.astype(np.float64)))  # float32 steps of the targets, not spread
        return value <= (tolerance**2 if self.metric == "mse" else tolerance)

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

    def on_test(self) -> "Objective":
        """The objective test values are scored with: itself (its metric is absolute)."""
        return self


CLASSIFIER = Objective()
JOINT = "joint"
RELATIVE_QUALITY = "relative_quality"


@dataclass(frozen=True)
class OutputObjective:
    """One output of a model of several: its name, objective, values (the output's width: a classifier's
    classes, 1 for one sigmoid; a regression's values), its unpruned model's validation value and validation
    loss (`loss_scale`: fine-tuning divides the output's loss by it, so that every output's loss starts at
    about 1 and none drowns the others, as the judgement, relative per output, treats them alike) and its
    unpruned model's test value (`reference_test`; None without a test split), which test values are relative
    to (`JointObjective.on_test`)."""

    name: str
    objective: Objective
    width: int
    reference: float
    loss_scale: float = 1.0
    reference_test: float | None = None

    @property
    def target_width(self) -> int:
        """The columns of its targets: a classifier's one class index, a regression's values."""
        return self.width if self.objective.is_regression else 1

    def relative(self, value: float) -> float:
        """`value` as a share of the reference's quality: value / reference (accuracy), reference / value
        (a loss); 1 for the unpruned model, higher is better, inf for a loss of 0 (a perfect output)."""
        if self.objective.higher_is_better:
            return value / self.reference if self.reference > 0 else float(value >= self.reference)
        if value == 0:
            return float("inf")
        return self.reference / value


@dataclass(frozen=True)
class JointObjective:
    """A model of several outputs judged on each (`OutputObjective`): its quality is the worst output's,
    relative to the unpruned model's (`OutputObjective.relative`), so that `pruning.rtol` read against the
    unpruned model's 1 accepts a step exactly when every output keeps rtol of its own quality (an accuracy
    >= rtol x its unpruned value, a loss <= its unpruned value / rtol). The model's outputs are read as one
    row per sample of every output's values in order (`models.user.joined_model`), the targets as one row of
    every output's target columns in order (a classifier's class index, a regression's values)."""

    outputs: tuple[OutputObjective, ...]
    task = JOINT
    metric = RELATIVE_QUALITY
    from_logits = False
    higher_is_better = True
    is_regression = False
    ends_in_probabilities = False

    def columns(self, widths) -> list[slice]:
        """The column slices of consecutive `widths` (each output's values or target columns)."""
        edges = np.cumsum([0, *widths])
        return [slice(int(low), int(high)) for low, high in pairwise(edges)]

    def split(self, outputs, y) -> list[tuple[np.ndarray, np.ndarray]]:
        """(the output's values, its targets) per output, from the joined rows."""
        outputs = np.asarray(outputs, np.float64).reshape(len(outputs), -1)
        y = np.asarray(y).reshape(len(y), -1)
        values = self.columns(o.width for o in self.outputs)
        targets = self.columns(o.target_width for o in self.outputs)
        pairs = []
        for output, v, t in zip(self.outputs, values, targets):
            target = y[:, t] if output.objective.is_regression else y[:, t.start].astype(np.int64)
            pairs.append((outputs[:, v], target))
        return pairs

    def per_output(self, outputs, y) -> dict[str, float | None]:
        """Each output's own metric on the joined rows."""
        return {
            output.name: output.objective.score(values, target)
            for output, (values, target) in zip(self.outputs, self.split(outputs, y))
        }

    def score(self, outputs, y) -> float | None:
        """The worst output's quality relative to the unpruned model's; None without samples."""
        if len(y) == 0:
            return None
        values = self.per_output(outputs, y)
        # np.min, not min: a NaN output (a fine-tuning that blew up) makes the score NaN, which meets no bar
        return float(np.min([output.relative(values[output.name]) for output in self.outputs]))

    def needed(self, reference: float, rtol: float) -> float:
        return rtol * reference

    def meets(self, value: float | None, needed: float) -> bool:
        return value is not None and value >= needed

    def reproduces_targets(self, value: float, targets) -> bool:
        """Never said of the joined outputs' relative quality: each regression output is checked on its own
        loss before (`Objective.reproduces_targets`, in `api._several_outputs`)."""
        return False

    def key(self, prefix: str = "") -> str:
        return f"{prefix}{self.metric}"

    def on_test(self) -> "JointObjective":
        """The objective test values are scored with: each output relative to its unpruned model's test value
        (its validation value where none was measured), so that the test relative quality of the unpruned
        model is 1 as its validation one is."""
        return JointObjective(
            tuple(
                replace(o, reference=o.reference_test) if o.reference_test is not None else o
                for o in self.outputs
            )
        )

    def as_dict(self) -> dict:
        outputs = [
            {
                "name": o.name,
                **o.objective.as_dict(),
                "width": o.width,
                "reference_val": o.reference,
                **({"reference_test": o.reference_test} if o.reference_test is not None else {}),
                "loss_scale": o.loss_scale,
            }
            for o in self.outputs
        ]
        return {"task": JOINT, "metric": self.metric, "higher_is_better": True, "outputs": outputs}

    @classmethod
    def from_dict(cls, values: dict) -> "JointObjective":
        return cls(
            tuple(
                OutputObjective(
                    o["name"],
                    Objective.from_dict(o),
                    int(o["width"]),
                    float(o["reference_val"]),
                    float(o.get("loss_scale", 1.0)),
                    None if o.get("reference_test") is None else float(o["reference_test"]),
                )
                for o in values["outputs"]
            )
        )


def joined_outputs(outputs, n: int) -> np.ndarray:
    """A model's outputs on `n` samples as one row per sample: the one output flattened, or every output of a
    model of several (a list, as Keras and hls4ml give them) flattened and joined in order."""
    parts = outputs if isinstance(outputs, (list, tuple)) else [outputs]
    return np.concatenate([np.asarray(part, np.float64).reshape(n, -1) for part in parts], axis=1)


def objective_from_dict(values: dict) -> "Objective | JointObjective":
    """The objective `as_dict` wrote (a record's `quality`), of one output or several."""
    return JointObjective.from_dict(values) if values.get("task") == JOINT else Objective.from_dict(values)


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
