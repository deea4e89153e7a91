"""A user's data: arrays or an `.npz` file with x_train, y_train, x_val, y_val (and optionally x_test,
y_test, class_names), checked against the model before any training. A model of several inputs takes one
array per input and split: in a file `x_train/<input name>` (`np.savez(path, **{"x_train/tracks": ...})`),
in Python a list in the model's input order or a dict by input name, as Keras takes them.

Labels may be class indices (integers) or one-hot rows; inputs are cast to float32. A regression's targets
(`core.objective`) are float32 arrays of the model's output shape; an autoencoder's may be left out (no y
array at all: the targets are the inputs). Every problem is one line naming the array and what was expected.
"""

import logging
import zipfile
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from fpgaprune.core.objective import CLASSIFIER, Objective, is_binary
from fpgaprune.data.dataset import Dataset, Inputs
from fpgaprune.io import check_not_lfs_pointer

log = logging.getLogger(__name__)

REQUIRED = ("x_train", "y_train", "x_val", "y_val")
OPTIONAL = ("x_test", "y_test", "class_names")
InputShape = tuple | Mapping[str, tuple]  # a model's input shape, or each of its inputs' by name (in order)


def read_data_file(path: str | Path, targets_optional: bool = False) -> dict:
    """The arrays of a user's `.npz` (no pickled objects are read). With `targets_optional` (an autoencoder's
    data for `fpgaprune optimize`), a file without any y array is read too: its targets are its inputs
    (`inputs_as_targets`). Name -> array; a model of several inputs' `x_<split>/<input name>` arrays are
    gathered into a dict `x_<split>` by input name.

    Raises:
        FileNotFoundError: no such file.
        ValueError: not an .npz, or an array is missing (named, with the expected keys).
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such data file")
    check_not_lfs_pointer(path, "data file")
    if not zipfile.is_zipfile(path):  # np.load would call anything else pickled data to load unsafely
        raise ValueError(
            f"{path}: not a NumPy .npz (a zip of arrays: np.savez(path, x_train=..., y_train=..., x_val=..., "
            "y_val=...))"
        )
    try:
        with np.load(path, allow_pickle=False) as npz:
            arrays = {key: npz[key] for key in npz.files}
    except (ValueError, OSError) as error:
        raise ValueError(f"{path}: not a NumPy .npz of plain arrays ({str(error).splitlines()[0]})") from None
    except MemoryError as error:  # a traceback (a review, 2026-12-07)
        raise ValueError(
            f"{path}: its arrays do not fit in this machine's memory ({str(error).splitlines()[0]}); give "
            "fewer samples"
        ) from None
    arrays = _inputs_by_name(arrays, path)
    inputs_only = targets_optional and not any(key.startswith("y_") for key in arrays)
    if inputs_only and any(isinstance(value, dict) for value in arrays.values()):
        raise ValueError(
            f"{path}: no y arrays, which only an autoencoder's data leaves out (its one input is its "
            "target); give y_train, y_val (and y_test with x_test/<input name>) for a model of several inputs"
        )
    if inputs_only:  # an autoencoder's: x_train, x_val and optionally x_test
        arrays = inputs_as_targets(arrays)
    missing = [key for key in REQUIRED if key not in arrays]
    if missing or ("x_test" in arrays) != ("y_test" in arrays):
        missing = missing or [key for key in ("x_test", "y_test") if key not in arrays]
        holds = f"{', '.join(REQUIRED)} and optionally {', '.join(OPTIONAL)}"
        if inputs_only:
            holds = (
                "x_train, x_val and optionally x_test (an autoencoder's, without y_*: the targets) or "
                + holds
            )
        unknown = sorted(set(arrays) - set(REQUIRED) - set(OPTIONAL))
        found = f" (it has {', '.join(unknown)}, which fpgaprune does not read)" if unknown else ""
        raise ValueError(
            f"{path}: missing array {missing[0]}{found}; a data file holds {holds} (a model of several "
            "inputs: x_train/<input name> for each input, and so for x_val and x_test)"
        )
    if unread := sorted(set(arrays) - set(REQUIRED) - set(OPTIONAL)):  # `x_trian` beside x_train: a typo?
        log.warning(
            "%s: array%s %s not read (a data file holds %s and optionally %s)",
            path,
            "s" if len(unread) > 1 else "",
            ", ".join(unread) + (" are" if len(unread) > 1 else " is"),
            ", ".join(REQUIRED),
            ", ".join(OPTIONAL),
        )
    return arrays


def _inputs_by_name(arrays: dict, path: Path) -> dict:
    """`arrays` (of the file `path`) with the arrays `x_<split>/<input name>` of a model of several inputs
    gathered into one dict `x_<split>` by input name, in the file's order, and so the targets
    `y_<split>/<output name>` of a model of several outputs."""
    grouped = {}
    for key in [key for key in arrays if "/" in key]:
        split, name = key.split("/", 1)
        if split not in (*REQUIRED, "x_test", "y_test") or not name:
            raise ValueError(
                f"{path}: array {key}: arrays are given per input as x_train/<input name> (and x_val, "
                "x_test), per output as y_train/<output name> (and y_val, y_test)"
            )
        if split in arrays:
            one = "input" if split.startswith("x_") else "output"
            raise ValueError(
                f"{path}: both {split} and {key} given: give {split} alone for a model of one {one}"
            )
        grouped.setdefault(split, {})[name] = arrays.pop(key)
    return arrays | grouped


def inputs_as_targets(arrays: dict) -> dict:
    """`arrays` with y_<split> = x_<split> for every split: an autoencoder's targets are its inputs."""
    return arrays | {f"y_{key[2:]}": value for key, value in arrays.items() if key.startswith("x_")}


def make_user_dataset(
    arrays: dict,
    input_shape: InputShape,
    n_classes: int,
    name: str = "user",
    objective: Objective = CLASSIFIER,
    output_shape: tuple | None = None,
) -> Dataset:
    """A `Dataset` of the user's splits, checked against the model's input shape and class count.

    Args:
        arrays: x_train, y_train, x_val, y_val and optionally x_test, y_test, class_names.
        input_shape: the model's input shape without the batch axis; a model of several inputs: each input's
            by input name, in the model's input order (`models.user.input_shapes`). Its x arrays are then
            dicts by input name or lists in that order, and the Dataset holds lists in that order.
        n_classes: the model's number of outputs (a classifier of one, its sigmoid the probability of class
            1, has the two classes 0 and 1).
        objective: a regression's targets are checked against `output_shape` (the model's, without the batch
            axis) and kept as float32; it has no class names. The dataset carries it (a classifier of
            logits is fine-tuned and judged on them).

    Raises:
        ValueError: one line naming the array whose shape or labels do not fit.
    """
    check_one_target(arrays)
    input_shape = _shape(input_shape)
    if objective.is_regression:
        return _regression_dataset(arrays, input_shape, tuple(output_shape), name, objective)
    n_classes = 2 if is_binary(n_classes) else n_classes  # one sigmoid output: classes 0 and 1
    splits = {}
    for split in ("train", "val", "test"):
        if f"x_{split}" in arrays:
            splits[split] = _split(split, arrays[f"x_{split}"], arrays[f"y_{split}"], input_shape, n_classes)
    empty = (_no_inputs(input_shape), np.zeros(0, np.int64))
    x_test, y_test = splits.get("test", empty)
    names = [str(c) for c in arrays.get("class_names", range(n_classes))]
    if len(names) != n_classes:
        raise ValueError(f"class_names has {len(names)} names but the model has {n_classes} classes")
    sizes = {split: len(y) for split, (_, y) in splits.items()}
    return Dataset(
        name,
        *splits["train"],
        *splits["val"],
        x_test,
        y_test,
        names,
        {"name": name, "split_sizes": sizes, "class_names": names},
        objective,
    )


def _regression_dataset(
    arrays: dict, input_shape: InputShape, output_shape: tuple, name: str, objective: Objective
) -> Dataset:
    """A regression's `Dataset`: float32 targets of the model's output shape (a column of one value: (n,)
    too), no class names; its provenance says the task and metric."""
    check_regression_arrays(arrays)
    splits = {}
    for split in ("train", "val", "test"):
        if f"x_{split}" not in arrays:
            continue
        inputs = arrays[f"y_{split}"] is arrays[f"x_{split}"]  # an autoencoder's: its inputs, any numbers
        x, y = _split_inputs(split, arrays[f"x_{split}"], arrays[f"y_{split}"], input_shape)
        splits[split] = (x, _targets(split, y, output_shape, inputs))
    empty = (_no_inputs(input_shape), np.zeros((0, *output_shape), np.float32))
    sizes = {split: len(y) for split, (_, y) in splits.items()}
    provenance = {"name": name, "split_sizes": sizes, **objective.as_dict()}
    return Dataset(
        name, *splits["train"], *splits["val"], *splits.get("test", empty), [], provenance, objective
    )


def outputs_targets(y, names: list[str], split: str, aliases: Mapping[str, str] | None = None) -> list:
    """A model of several outputs' targets of one split, one per output in the model's output order: `y` a
    list in that order or a dict by output name (as Keras takes them; `aliases`: other names of outputs,
    `models.user.output_aliases`). ValueError in one line otherwise."""
    if isinstance(y, Mapping):
        y = {(key if key in names else (aliases or {}).get(key, key)): value for key, value in y.items()}
        missing, unknown = [n for n in names if n not in y], sorted(set(y) - set(names))
        if missing or unknown:
            raise ValueError(
                f"y_{split}: targets of outputs {', '.join(map(str, y))}; the model's outputs are "
                f"{', '.join(names)}: give one array per output, by name (in a data file: y_{split}/<output>)"
            )
        return [y[n] for n in names]
    if isinstance(y, (list, tuple)) and len(y) == len(names):
        return list(y)
    given = f"{len(y)} arrays" if isinstance(y, (list, tuple)) else "one array"
    raise ValueError(
        f"y_{split}: {given} for a model of {len(names)} outputs ({', '.join(names)}): give one array per "
        f"output, a list in the model's output order or a dict by output name (in a data file: "
        f"y_{split}/<output>)"
    )


def output_arrays(arrays: dict, names: list[str], aliases: Mapping[str, str] | None = None) -> list[dict]:
    """A model of several outputs' arrays as one dict per output (`names`, in its output order): the inputs
    and that output's targets of every split (`outputs_targets`)."""
    splits = [key.removeprefix("y_") for key in arrays if key.startswith("y_")]
    targets = {split: outputs_targets(arrays[f"y_{split}"], names, split, aliases) for split in splits}
    return [{**arrays, **{f"y_{split}": targets[split][i] for split in splits}} for i in range(len(names))]


def joined_dataset(datasets: list[Dataset], objective, name: str) -> Dataset:
    """The `Dataset` of a model of several outputs from one per output (the same inputs, each output's
    targets as `make_user_dataset` checked them): each split's targets one float32 row per sample, every
    output's target columns in turn (a classifier's class index, a regression's values), as
    `core.objective.JointObjective` reads them."""

    def joined(split: str) -> np.ndarray:
        targets = [np.asarray(getattr(d, f"y_{split}")) for d in datasets]
        columns = [t.reshape(len(t), int(np.prod(t.shape[1:]))) for t in targets]  # (n,): one column
        return np.concatenate(columns, axis=1).astype(np.float32)

    first = datasets[0]
    sizes = {split: len(getattr(first, f"y_{split}")) for split in ("train", "val", "test")}
    provenance = {"name": name, "split_sizes": sizes, **objective.as_dict()}
    splits = [(getattr(first, f"x_{split}"), joined(split)) for split in ("train", "val", "test")]
    return Dataset(name, *splits[0], *splits[1], *splits[2], [], provenance, objective)


def check_one_target(arrays: dict) -> None:
    """One line for targets given per output (`y_train/<output>`) where one array is read: a model of one
    output's, or the pipeline's (only `fpgaprune optimize` prunes models of several outputs)."""
    for key, value in arrays.items():
        if key.startswith("y_") and isinstance(value, Mapping):
            given = ", ".join(f"{key}/{name}" for name in value)
            raise ValueError(
                f"{key}: one array per output ({given}) is for a model of several outputs, which fpgaprune "
                f"optimize prunes; give {key}, one array, for one output"
            )


def check_sample_counts(arrays: dict) -> None:
    """Every split's x arrays (a model of several inputs: each input's) hold as many samples as its y array
    (`read_data_file`'s arrays; NumPy only, for the pipeline's check before any job).

    Raises:
        ValueError: one line naming the array."""
    check_one_target(arrays)
    for split in ("train", "val", "test"):
        if f"x_{split}" not in arrays:
            continue
        given = arrays[f"x_{split}"]
        inputs = {f"x_{split}/{name}": x for name, x in given.items()} if isinstance(given, dict) else None
        for label, x in (inputs or {f"x_{split}": given}).items():
            _check_samples(label, x, split, arrays[f"y_{split}"])


def _check_samples(label: str, x, split: str, y) -> None:
    """One line when the array `label` holds another number of samples than y_<split>, or either is a single
    value (a 0-d `y_val` was a TypeError traceback: a review, 2026-12-07)."""
    for name, array in ((label, x), (f"y_{split}", y)):
        if not isinstance(array, dict) and np.ndim(array) == 0:
            raise ValueError(f"{name} is a single value, not an array of samples (one row per sample)")
    if len(x) != len(y):
        raise ValueError(f"{label} has {len(x)} samples but y_{split} has {len(y)}; they must match")


def check_regression_arrays(arrays: dict) -> None:
    """What a regression's arrays are refused for before the model is read (NumPy only: the pipeline checks
    a `task: regression` experiment's data file so, before any job): class names, and targets that are not
    numbers or are integers (`_target_values`; an autoencoder's inputs, its targets, may be integers)."""
    if "class_names" in arrays:
        raise ValueError("class_names given for a regression, which has no classes: leave class_names out")
    for split in ("train", "val", "test"):
        if f"y_{split}" in arrays:
            y = arrays[f"y_{split}"]
            _target_values(split, np.asarray(y), inputs=y is arrays.get(f"x_{split}"))


def _targets(split: str, y: np.ndarray, output_shape: tuple, inputs: bool = False) -> np.ndarray:
    """A regression's targets as float32 of the model's output shape (a 1-D array for one output)."""
    _target_values(split, y, inputs)
    if y.ndim == 1 and output_shape == (1,):
        y = y[:, np.newaxis]
    if y.shape[1:] != output_shape:
        one = " (or (n,) for one output)" if output_shape == (1,) else ""
        raise ValueError(
            f"y_{split} has targets of shape {y.shape[1:]} but the model outputs {output_shape}; a "
            f"regression's targets have the output's shape: give y_{split} of shape (n, "
            f"{', '.join(map(str, output_shape))}){one}"
        )
    y = y.astype(np.float32)
    if not np.isfinite(y).all():
        bad = int(np.sum(~np.isfinite(y)))
        raise ValueError(f"y_{split} has {bad} NaN or infinite values; replace or drop them")
    return y


def _target_values(split: str, y: np.ndarray, inputs: bool = False) -> None:
    """Integer targets are refused, as class labels given to a regression by mistake (a model of one output
    trained on them, `--task regression`, pruned on their error), unless they are the inputs (an
    autoencoder's)."""
    if not np.issubdtype(y.dtype, np.number):
        raise ValueError(f"y_{split} holds {y.dtype} values: a regression's targets are numbers")
    if not inputs and not np.issubdtype(y.dtype, np.floating):
        raise ValueError(
            f"y_{split} holds {y.dtype} values, as class labels do: a regression's targets are floats (store "
            f"y.astype('float32') if they are values to fit); for a classifier leave out --task regression "
            f"(task='regression'): its outputs are then its logits, or class probabilities after a softmax"
        )


def _reshape_hint(given: tuple, wanted: tuple) -> str:
    """How to give the model's shape when only an axis of length 1 differs (images saved without their
    channel axis, the commonest case: (28, 28) for (28, 28, 1)), the channels come first (PyTorch's order,
    an ONNX model's data), or a flattening would do; else nothing."""
    if given + (1,) == wanted:
        return " (a channel axis is missing: save x[..., np.newaxis])"
    if (1,) + given == wanted:
        return " (an axis of length 1 is missing in front: save x[:, np.newaxis])"
    if given == wanted + (1,):
        return " (one axis too many: save x[..., 0])"
    if len(given) > 1 and given[1:] + given[:1] == wanted:
        return (
            " (channels first, as PyTorch orders them; the model reads them last, as hls4ml builds it: save "
            "np.moveaxis(x, 1, -1))"
        )
    if int(np.prod(given)) == int(np.prod(wanted)):
        return f" (the same {int(np.prod(given))} values per sample: save x.reshape(len(x), *{wanted}))"
    return ""


def _shape(input_shape: InputShape) -> InputShape:
    """`input_shape` as tuples: one, or one per input name."""
    if isinstance(input_shape, Mapping):
        return {name: tuple(shape) for name, shape in input_shape.items()}
    return tuple(input_shape)


def _no_inputs(input_shape: InputShape) -> Inputs:
    """Inputs of no sample (a split left out)."""
    if isinstance(input_shape, Mapping):
        return [np.zeros((0, *shape), np.float32) for shape in input_shape.values()]
    return np.zeros((0, *input_shape), np.float32)


def _split(split: str, x, y, input_shape: InputShape, n_classes: int) -> tuple[Inputs, np.ndarray]:
    x, y = _split_inputs(split, x, y, input_shape)
    return x, _labels(split, y, n_classes)


def _split_inputs(split: str, x, y, input_shape: InputShape) -> tuple[Inputs, np.ndarray]:
    """x as float32 (a model of several inputs: a list of one array per input, in its order), checked
    against the model's input shapes and y's length; y as an array."""
    y = np.asarray(y)
    if isinstance(input_shape, Mapping):
        given = _per_input(split, x, list(input_shape))
        arrays = [_inputs(f"x_{split}/{name}", given[name], shape) for name, shape in input_shape.items()]
        checked = [(f"x_{split}/{name}", array) for name, array in zip(input_shape, arrays)]
    else:
        if isinstance(x, Mapping):  # a ValueError as every refusal of the data (one line, no traceback)
            raise ValueError(  # noqa: TRY004
                f"x_{split} holds arrays by input name but the model has one input: give one array"
            )
        arrays = _inputs(f"x_{split}", x, input_shape)
        checked = [(f"x_{split}", arrays)]
    for label, array in checked:
        _check_samples(label, array, split, y)
    return arrays, y


def _per_input(split: str, x, names: list[str]) -> dict:
    """The arrays of a model of several inputs by input name: given as a dict by name or a list in order."""
    where = f"x_{split}/<input name> in a data file, a list in the model's input order or a dict by name"
    if isinstance(x, Mapping):
        unknown = [key for key in x if key not in names]
        if unknown:
            raise ValueError(
                f"x_{split}/{unknown[0]} is no input of the model: its inputs are {', '.join(names)}"
            )
        missing = [name for name in names if name not in x]
        if missing:
            raise ValueError(
                f"x_{split}/{missing[0]} missing: the model's inputs are {', '.join(names)}, one array each"
            )
        return dict(x)
    if isinstance(x, (list, tuple)) and len(x) == len(names):
        return dict(zip(names, x))
    given = f"{len(x)} arrays" if isinstance(x, (list, tuple)) else "one array"
    raise ValueError(
        f"x_{split} is {given} but the model has {len(names)} inputs ({', '.join(names)}): give one array "
        f"per input, as {where}"
    )


def _inputs(label: str, x, input_shape: tuple) -> np.ndarray:
    """One input's samples as float32, checked against its shape, type and values (`label` names them)."""
    x = np.asarray(x)
    if x.shape[1:] != input_shape:
        raise ValueError(
            f"{label} has samples of shape {x.shape[1:]} but the model takes {input_shape}"
            f"{_reshape_hint(x.shape[1:], tuple(input_shape))}"
        )
    if not np.issubdtype(x.dtype, np.number) or np.iscomplexobj(x):  # complex: astype drops the imaginary
        raise ValueError(f"{label} must be real numbers, got {x.dtype}")
    if len(x) == 0:  # Keras fails on it after training has started, or the metrics are None
        no_test = (
            " (to have no test split, leave x_test and y_test out, or test=None)" if "test" in label else ""
        )
        raise ValueError(f"{label} has no samples; every split given needs at least one{no_test}")
    x = x.astype(np.float32)
    finite = np.isfinite(x)
    if not finite.all():  # one NaN makes every weight NaN after the first update: a useless pruning run
        first = np.argwhere(~finite)[0]
        at = tuple(int(i) for i in first[1:])
        raise ValueError(
            f"{label} has {int(np.sum(~finite))} NaN or infinite values (the first in sample {first[0]}, "
            f"at {at}); replace or drop them"
        )
    if (largest := float(np.max(np.abs(x)))) > LARGEST_TRAINABLE_INPUT:  # training ended with NaN weights
        first = np.argwhere(np.abs(x) > LARGEST_TRAINABLE_INPUT)[0]
        raise ValueError(
            f"{label} holds values up to {largest:.3g} (the first in sample {first[0]}, at "
            f"{tuple(int(i) for i in first[1:])}): above {LARGEST_TRAINABLE_INPUT:.2g}, whose square "
            "overflows float32, training's gradients overflow and the weights become NaN; scale the inputs, "
            "or replace a placeholder value"
        )
    return x


# The largest input magnitude whose square float32 holds: Adam keeps the squares of gradients, which a
# larger input makes infinite (a 3.4e38 placeholder for a missing value trained the weights into NaN and
# failed after the group-lasso training, naming the weights: a review, 2026-12-07)
LARGEST_TRAINABLE_INPUT = float(np.sqrt(np.finfo(np.float32).max))


def _labels(split: str, y: np.ndarray, n_classes: int) -> np.ndarray:
    """Class indices from integer labels (a column of them too, as pandas gives them) or one-hot rows."""
    if y.ndim == 2 and y.shape[1] == 1 and n_classes > 1:  # (n, 1) was refused as a shape
        y = y[:, 0]
    one_hot = y.ndim == 2 and y.shape[1] == n_classes
    if one_hot and np.all((y == 0) | (y == 1)) and np.all(y.sum(axis=1) == 1):
        return np.argmax(y, axis=1).astype(np.int64)
    if one_hot:  # the shape was right and the message said to give that shape
        row = int(np.argmax(~(np.all((y == 0) | (y == 1), axis=1) & (y.sum(axis=1) == 1))))
        raise ValueError(
            f"y_{split} has rows of {n_classes} columns that are not one-hot (row {row}: "
            f"{np.array2string(y[row], precision=3, threshold=12)}): give class indices or rows of one 1 "
            "and zeros (smoothed or soft labels: their argmax)"
        )
    if y.ndim == 2:
        raise ValueError(
            f"y_{split} has shape {y.shape}: give class indices or one-hot rows of "
            f"{n_classes} columns (the model's outputs)"
        )
    if not (np.issubdtype(y.dtype, np.number) or y.dtype == bool):
        raise ValueError(
            f"y_{split} holds {y.dtype} values: give integer class indices (0..{n_classes - 1}) or one-hot "
            "rows; map class names to indices and put the names in class_names"
        )
    if y.ndim != 1 or not np.all(np.isfinite(y)) or not np.all(np.equal(np.mod(y, 1), 0)):
        odd = y.reshape(-1)[np.argmax(~(np.isfinite(y) & (np.mod(y, 1) == 0)).reshape(-1))]
        raise ValueError(
            f"y_{split} must hold integer class indices or one-hot rows, not {y.dtype} values such as "
            f"{odd:g}; values to fit are a regression's targets (--task regression, task='regression')"
        )
    if len(y) and (y.min() < 0 or y.max() >= n_classes):
        raise ValueError(
            f"y_{split} has labels from {y.min()} to {y.max()} but the model has {n_classes} "
            f"classes (labels 0..{n_classes - 1})"
        )
    return y.astype(np.int64)


def load_data_file(
    path: str | Path,
    input_shape: InputShape,
    n_classes: int,
    objective: Objective = CLASSIFIER,
    output_shape: tuple | None = None,
) -> Dataset:
    """A user's `.npz` as a `Dataset`, checked against the model (`read_data_file`, `make_user_dataset`); a
    regression's (`objective`, the model's `output_shape`) may leave out y_* (an autoencoder's).

    Raises:
        FileNotFoundError, ValueError: one line naming the file or array.
    """
    try:
        arrays = read_data_file(path, targets_optional=objective.is_regression)
        return make_user_dataset(arrays, input_shape, n_classes, Path(path).stem, objective, output_shape)
    except ValueError as error:
        message = str(error)
        raise ValueError(message if message.startswith(str(path)) else f"{path}: {message}") from None


def check_experiment_files(name: str, experiment) -> None:
    """A pipeline experiment's model file exists and its data file holds its arrays, before any job (NumPy
    only, no TensorFlow: Snakemake itself may run without it, and parses the workflow again in every cluster
    job; `fpgaprune check-config` checks the same: it said "ok" of a config whose model file was missing, a
    review, 2026-12-07). What needs Keras (a loadable model, supported layers, shapes and classes against the
    data, the task inferred from the model when `model.task` is not given, reuse factors for its layers) is
    checked by the first job, `baseline_file`, before any training. A regression's file (`task: regression`,
    or no task) may leave out every y_* (an autoencoder's: the targets are the inputs); with `task:
    regression` its targets are checked here as optimize checks them (floats, no class_names).

    Raises:
        FileNotFoundError, ValueError: one line naming the config key.
    """
    from fpgaprune.core.objective import CLASSIFICATION, REGRESSION

    if not Path(experiment.model_file).is_file():
        raise FileNotFoundError(
            f"config key experiments.{name}.model.file: {experiment.model_file}: no such file"
        )
    where = f"config key experiments.{name}.dataset.file: {experiment.dataset_file}"
    try:
        arrays = read_data_file(experiment.dataset_file, targets_optional=experiment.task != CLASSIFICATION)
    except FileNotFoundError as error:  # "nope.npz: no such data file" named no config key (a review)
        raise FileNotFoundError(f"config key experiments.{name}.dataset.file: {error}") from None
    try:
        check_sample_counts(arrays)
        if experiment.task == REGRESSION:
            check_regression_arrays(arrays)
    except ValueError as error:
        raise ValueError(f"{where}: {error}") from None
