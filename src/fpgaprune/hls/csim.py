"""hls4ml's bit-accurate C simulation (g++) of a design, and its agreement with Keras.

The design is compiled once, with tracing of the logits layer, and run on the test samples: the
traced "output" layer gives the logits computed in fixed point, the top function the softmax
outputs. Both are compared with Keras on the same samples. A regression's or an autoencoder's outputs are
compared value by value, and its metric (mse, mae) taken on the C-simulated outputs (`output_agreement`).

g++ builds the simulation library at `CSIM_CFLAGS` (-O1) instead of hls4ml's -O3: LeNet-5's build
takes 128 instead of 287 CPU seconds with bit-identical logits (docs/hls.md, `bench/csim_build.py`).
The code is fixed-point integer arithmetic, which no optimisation level changes.
"""

import contextlib
import faulthandler
import gc
import io
import logging
import math
import multiprocessing
import shutil
import signal
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from fpgaprune.compat import keras

import numpy as np

from fpgaprune.core.hardware.precision import fixed_type_of, overflow_bound, quantize, value_range
from fpgaprune.core.hls_config import DOUBLE_TRANSPOSED_BACKENDS
from fpgaprune.core.objective import CLASSIFIER, Objective, joined_outputs, predicted_classes
from fpgaprune.data.dataset import Inputs, n_samples, samples
from fpgaprune.hls.progress import heartbeat
from fpgaprune.hls.quiet import quietly
from fpgaprune.io import scratch_dir

log = logging.getLogger(__name__)

LOGITS_LAYER = "output"
CSIM_CFLAGS = "-O1 -fPIC"
_HLS4ML_CFLAGS = 'CFLAGS="-O3 -fPIC"'  # the line of hls4ml's build_lib.sh template that sets them


def run_csim(
    hls_model, x: Inputs, logits_name: str = LOGITS_LAYER, cflags: str = CSIM_CFLAGS
) -> tuple[np.ndarray, np.ndarray, float]:
    """Compile the project with g++ and simulate it on `x`.

    Args:
        hls_model: hls4ml ModelGraph whose logits layer is traced (`convert.hls4ml_config`).
        x: inputs, one sample per row (any float dtype; simulated in double).
        logits_name: the traced layer ("output" in the zoo; a user model's last weight layer).
        cflags: g++ flags of the build, in place of hls4ml's "-O3 -fPIC".

    Returns:
        (softmax outputs, logits, wall seconds for compilation and simulation).

    Raises:
        FileNotFoundError: g++ is not installed.
        ValueError: g++ cannot compile the project (its errors went to stderr before this).
    """
    outputs, trace, wall_s = _simulated(hls_model, x, cflags)
    return (
        np.asarray(outputs).reshape(n_samples(x), -1),
        np.asarray(trace[logits_name]).reshape(n_samples(x), -1),
        wall_s,
    )


def simulated_outputs(hls_model, x: Inputs, cflags: str = CSIM_CFLAGS) -> tuple[np.ndarray, float]:
    """A project's C simulation on `x` (compiled with g++ as `run_csim` compiles it): every output of the
    design joined one row per sample (`core.objective.joined_outputs`), and the wall seconds it took."""
    outputs, _, wall_s = _simulated(hls_model, x, cflags)
    return joined_outputs(outputs, n_samples(x)), wall_s


def _simulated(hls_model, x: Inputs, cflags: str) -> tuple:
    """(outputs, trace, wall seconds) of the project's C simulation on `x` (`_traced`), with a line at its
    start and end; FileNotFoundError without g++."""
    missing = csim_unavailable()
    if missing:
        raise FileNotFoundError(missing)
    start = time.perf_counter()
    log.info("C simulation: hls4ml compiles the project with g++, then simulates %d samples", n_samples(x))
    outputs, trace = _traced(hls_model, x, cflags)
    wall_s = time.perf_counter() - start
    log.info("C simulation: %d samples done in %.0f s", n_samples(x), wall_s)
    return outputs, trace, wall_s


def _traced(hls_model, x: Inputs, cflags: str) -> tuple:
    """`hls_model.trace(x)` built with `cflags`, apart (`_trace_apart`), a progress line while it runs."""
    with (
        heartbeat(
            lambda s: f"C simulation: compiling and simulating {n_samples(x)} samples, {s:.0f} s so far",
            logger=log,
        ),
        build_flags(hls_model, cflags),
    ):
        return _trace_apart(hls_model, _contiguous(x))


def _contiguous(x: Inputs) -> Inputs:
    """`x` as hls4ml's C simulation reads it: C-ordered float64, each input's array of a model of several."""
    if isinstance(x, list):
        return [np.ascontiguousarray(array, dtype=np.float64) for array in x]
    return np.ascontiguousarray(x, dtype=np.float64)


_FORK = multiprocessing.get_context("fork")  # the child needs the parent's hls4ml model: no new interpreter
_PRINTED_TAIL = 30  # lines of what hls4ml printed (g++'s errors) shown when the simulation fails


def _trace_apart(hls_model, x: Inputs) -> tuple:
    """`hls_model.trace(x)` in a forked child process, whose outputs come back through a pipe: hls4ml's C++
    asserts its own cases (a Resource GRU's recurrent kernel run with the other case's function), and the
    assertion aborted fpgaprune itself, leaving its temporary directories and no line saying why.

    The project is written here, before the fork (hls4ml's `write` saves the Keras model, and TensorFlow is
    not safe to use in a forked child); the child compiles and simulates only, and logs nothing (a lock
    another thread held at the fork would stay held). Nor may the child collect the parent's garbage: a
    TensorFlow object's finalizer run there crashed it (SIGSEGV, whenever the parent left cyclic garbage of
    Keras models), so everything the parent holds at the fork is frozen out of the collector's reach.
    What hls4ml printed comes back: logged at debug level, its last lines as a warning when the simulation
    failed (g++'s errors).

    Raises:
        ValueError: g++ cannot compile the project, or the simulation stopped (a signal: an assertion).
    """
    hls_model.config.trace_output = True  # as `trace` sets it before it writes
    quietly(hls_model.write)
    receive, send = _FORK.Pipe(duplex=False)
    child = _FORK.Process(target=_trace_and_send, args=(hls_model, x, send), daemon=True)
    with _garbage_frozen():
        child.start()
    send.close()
    try:
        outcome, printed, result = receive.recv()
    except EOFError:  # the child died before it sent anything
        outcome, printed, result = "died", "", None
    except BaseException:  # interrupted here (Ctrl-C): the child goes too
        child.kill()
        raise
    finally:
        child.join()
        receive.close()
    for line in printed.splitlines():
        log.debug("hls4ml: %s", line)
    if outcome == "ok":
        return result
    if tail := printed.splitlines()[-_PRINTED_TAIL:]:
        log.warning("hls4ml printed, last %d lines:\n%s", len(tail), "\n".join(tail))
    if outcome == "error" and result.startswith("Failed to compile project"):  # hls4ml's build_lib.sh failed
        raise ValueError(
            f"g++ cannot compile the project hls4ml wrote ({result}; g++'s last lines are logged above), so "
            "there is no C simulation: if g++ itself works (`g++ --version`), an hls4ml limitation for this "
            "model or configuration"
        )  # a broken g++ was called "an hls4ml limitation" (a review, 2026-12-07)
    if outcome == "error" and "cannot open shared object file" in result:  # g++ said ok, built nothing
        raise ValueError(f"the library g++ built cannot be loaded ({result}): check g++ (`g++ --version`)")
    if outcome == "error":
        raise ValueError(f"hls4ml's C simulation failed: {result}")
    raise ValueError(
        f"the C simulation stopped ({_how_it_stopped(child.exitcode)}), so there is no C simulation: "
        "an hls4ml limitation for this model or configuration"
    )


def _how_it_stopped(code: int | None) -> str:
    """A dead child's exit code in words: hls4ml's assertions abort (their message is printed above)."""
    if code is None or code >= 0:
        return f"exit code {code}"
    try:
        name = signal.Signals(-code).name
    except ValueError:  # a real-time signal, which has no name
        return f"signal {-code}"
    if name == "SIGABRT":
        return f"signal {name}; an assertion of hls4ml's C++ prints its message above"
    return f"signal {name}"


@contextmanager
def _garbage_frozen():
    """Within the block, the objects tracked so far are out of the cyclic garbage collector's reach (a child
    forked here inherits them so, and never collects them); afterwards the parent collects them again."""
    frozen_before = gc.get_freeze_count()
    gc.freeze()
    try:
        yield
    finally:
        if not frozen_before:  # what the caller froze itself stays frozen
            gc.unfreeze()


def _trace_and_send(hls_model, x: Inputs, send) -> None:
    """The child of `_trace_apart`: compile the written project and trace, then send ("ok" | "error", what
    hls4ml printed, the result or the error's text). `trace` writes the project again first: here that is
    skipped, as `_trace_apart` wrote it. A crash here is the parent's one line: Python's fault handler, which
    pytest or `-X faulthandler` turn on, would print every thread's stack for it first, and Ctrl-C or a
    SIGTERM to the whole process group (SLURM's) a traceback of this child beside the parent's line."""
    faulthandler.disable()
    for stop in (signal.SIGINT, signal.SIGTERM):  # the parent, interrupted, stops this child: no traceback
        signal.signal(stop, signal.SIG_DFL)
    hls_model.write = lambda: None
    buffer = io.StringIO()
    try:
        with contextlib.redirect_stdout(buffer):
            result = hls_model.trace(x)
        send.send(("ok", buffer.getvalue(), result))
    except Exception as error:  # noqa: BLE001 (hls4ml raises a bare Exception when build_lib.sh fails; any is sent)
        send.send(("error", buffer.getvalue(), str(error)))
    finally:
        send.close()


@contextmanager
def build_flags(hls_model, cflags: str):
    """Within the block, hls4ml builds `hls_model`'s C-simulation library with `cflags`.

    hls4ml has no option for them: it writes build_lib.sh from a template with CFLAGS="-O3 -fPIC"
    whenever it writes the project, and `trace` and `compile` write the project right before running
    that script. So within the block this model object's own `write` is followed by replacing that
    line (hls4ml's classes and templates are untouched). A script without the line (another hls4ml
    version) is built as hls4ml wrote it, with a warning.
    """
    write = hls_model.write

    def write_with_flags():
        write()
        script = Path(hls_model.config.get_output_dir()) / "build_lib.sh"
        text = script.read_text()
        if _HLS4ML_CFLAGS not in text:
            log.warning("%s has no line %s: built with hls4ml's own flags", script, _HLS4ML_CFLAGS)
            return
        script.write_text(text.replace(_HLS4ML_CFLAGS, f'CFLAGS="{cflags}"'))

    hls_model.write = write_with_flags
    try:
        yield
    finally:
        del hls_model.write  # the class's method again


def csim_unavailable() -> str | None:
    """Why hls4ml's C simulation cannot run here (no g++ on PATH), or None when it can."""
    if shutil.which("g++") is not None:
        return None
    return (
        "g++ is not on PATH: hls4ml's C simulation needs it (Debian: apt-get install g++; "
        "RHEL: dnf install gcc-c++; on a cluster e.g. module load gcc)"
    )


def agreement(
    y: np.ndarray, keras_probs, keras_logits, hls_probs, hls_logits, objective: Objective = CLASSIFIER
) -> dict:
    """Accuracy of both, and how closely the C simulation follows Keras.

    Args:
        y: true class indices.
        keras_probs, keras_logits: Keras softmax outputs and logits on the same samples (a classifier of
            logits, `objective`: its outputs are its logits).
        hls_probs, hls_logits: the C simulation's.

    Returns:
        JSON-able dict: sample count, both accuracies and their difference in points; for the
        logits the fraction of samples whose logits are all bit-identical, the largest absolute
        difference and the argmax agreement; for the softmax outputs argmax agreement and the
        largest absolute difference. A binary classifier's class (one sigmoid output) is whether its
        probability exceeds 0.5, its logit 0 (`predicted_classes`): its "argmax agreement" is that.
    """
    keras_logits, hls_logits = np.asarray(keras_logits, np.float64), np.asarray(hls_logits, np.float64)
    compared = class_agreement(y, keras_probs, hls_probs, objective)
    logits = {
        **_closeness(keras_logits, hls_logits),
        "argmax_agreement": float(
            np.mean(predicted_classes(hls_logits, 0.0) == predicted_classes(keras_logits, 0.0))
        ),
    }
    return {**compared, "logits": logits}


def class_agreement(y: np.ndarray, keras_outputs, hls_outputs, objective: Objective = CLASSIFIER) -> dict:
    """`agreement` on a classifier's outputs alone (one output of a model of several, whose logits are not
    traced): the sample count, both accuracies and their difference in points, the outputs' class
    agreement and largest absolute difference."""
    keras_classes, hls_classes = objective.classes(keras_outputs), objective.classes(hls_outputs)
    keras_correct = int(np.sum(keras_classes == y))
    hls_correct = int(np.sum(hls_classes == y))
    return {
        "n_samples": len(y),
        "keras_accuracy": keras_correct / len(y),
        "hls_accuracy": hls_correct / len(y),
        # from the counts: the two fractions subtracted gave 0.5000000000000004 for one sample in 200
        "accuracy_diff_points": 100 * (hls_correct - keras_correct) / len(y),
        "output": {
            "argmax_agreement": float(np.mean(hls_classes == keras_classes)),
            "max_abs_diff": float(
                np.max(np.abs(np.asarray(hls_outputs, np.float64) - np.asarray(keras_outputs, np.float64)))
            ),
        },
    }


def _closeness(keras_values, hls_values) -> dict:
    """The fraction of samples whose values are all bit-identical and the largest absolute difference."""
    keras_values = np.asarray(keras_values, np.float64).reshape(len(keras_values), -1)
    hls_values = np.asarray(hls_values, np.float64).reshape(len(hls_values), -1)
    return {
        "bit_exact_fraction": float(np.mean(np.all(hls_values == keras_values, axis=1))),
        "max_abs_diff": float(np.max(np.abs(hls_values - keras_values))),
    }


def output_agreement(
    objective: Objective, y: np.ndarray, keras_outputs, keras_last, hls_outputs, hls_last
) -> dict:
    """A regression's C simulation against Keras: the metric on both outputs and how closely they agree.

    Args:
        objective: the regression's metric (mse or mae).
        y: the targets.
        keras_outputs, keras_last: Keras's model outputs and last weight layer's outputs on the same samples.
        hls_outputs, hls_last: the C simulation's.

    Returns:
        JSON-able dict: sample count, the metric's name, its Keras and C-simulation values (`keras_mse`,
        `hls_mse`) and their difference; for the outputs and the last weight layer the fraction of samples
        that are bit-identical and the largest absolute difference.
    """
    n, metric = len(y), objective.metric
    targets = np.asarray(y, np.float64).reshape(n, -1)
    keras_value, hls_value = objective.score(keras_outputs, y), objective.score(hls_outputs, y)
    return {
        "n_samples": n,
        "metric": metric,
        f"keras_{metric}": keras_value,
        f"hls_{metric}": hls_value,
        f"{metric}_diff": hls_value - keras_value,
        f"{metric}_of_the_mean": objective.score(np.broadcast_to(np.mean(targets, axis=0), targets.shape), y),
        "output": _closeness(keras_outputs, hls_outputs),
        "last_weight_layer": _closeness(keras_last, hls_last),
    }


@dataclass(frozen=True)
class KerasPass:
    """What Keras computes on the simulated samples (`keras_pass`)."""

    probs: np.ndarray  # the model's outputs (softmax; a regression's values; of several: joined rows)
    logits: np.ndarray | None  # the logits layer's outputs (None for a model of several outputs)
    wrapping: list[dict]  # the layers whose outputs leave a result type that wraps


def keras_pass(
    hls_model, model, x: Inputs, logits_name: str | None = LOGITS_LAYER, batch: int = 1024
) -> KerasPass:
    """One Keras pass over `x`: the predictions, the logits, and the layers that wrap in hls4ml's types.

    A layer is listed in `wrapping` when its Keras outputs on `x` leave the range of a result type that
    wraps (ap_fixed's default): a value out of range wraps around to the other end of the type, so the
    C simulation then differs from Keras whatever the pruning did; the fix is a wider type in the
    hls4ml configuration. Types that saturate (QKeras activations, fpgaprune's softmax) are not listed:
    saturation is what Keras does too. A Keras layer with its own activation (Dense(...,
    activation="relu")) is checked before that activation, against the type and the accumulator hls4ml gives
    the layer before it splits the activation off (until 2026-12-07 at its output: a Dense's ReLU hid a sum
    of -40 that wraps to +24 in `fixed<16,6>`), and at the activation's output against the type of the
    activation it splits off (`split_activations`): what is listed does wrap.

    Args:
        hls_model: hls4ml's ModelGraph of `model`.
        model: the model converted (`convert.prepare_model`'s, whose layer names hls4ml kept).
        x: the simulated inputs.
        logits_name: the logits layer of `model`; its Keras logits are the output of the last Keras layer the
            hls4ml layer computes (a batch normalisation after it, which hls4ml folds in: a jet tagger's
            logits were compared before its batch normalisation until 2026-12-05, "max |diff| 26.2"). None
            for a model of several outputs (compared on its outputs, `core.objective.joined_outputs`).
        batch: samples per Keras call (as `predict(batch_size=...)`).

    Returns:
        KerasPass; each `wrapping` row names the layer, its type, the type's range and the Keras range.
    """
    types, sums = _wrapping_types(hls_model, model), _wrapping_sums(hls_model, model)
    splits, accumulators = _wrapping_split_types(hls_model, model), _wrapping_accumulators(hls_model, model)
    checked = types.keys() | sums.keys() | splits.keys() | accumulators.keys()
    watched = [layer.name for layer in model.layers if layer.name in checked]
    from fpgaprune.models.user import applies_own_activation, clipping_relus, fused_clipping, output_names

    by_name = {layer.name: layer for layer in model.layers}
    fused = {name: clips for name in splits if (clips := fused_clipping(by_name[name]))}
    summed = [name for name in watched if name in types.keys() | accumulators.keys() | fused.keys()]
    summed = [name for name in summed if applies_own_activation(by_name[name])]
    tensors, sum_tensors = _chain_tensors(model, summed)
    clipped = {
        name: read for name, read in clipping_relus(model).items() if name in types and read in tensors
    }
    read = [tensors[clipped.get(name, name)] for name in watched]  # a clipping ReLU's: its input
    read += [sum_tensors[name] for name in summed]
    if logits_name is None:  # a model of several outputs: no logits, every output
        outputs = [tensors[name] for name in output_names(model)]
    else:
        outputs = [tensors[_keras_computed(hls_model, model, logits_name)], tensors[None]]
    multi = keras.Model(model.inputs, [*read, *outputs])
    ranges, sum_ranges, computed = {}, {}, []
    for start in range(0, n_samples(x), batch):
        got = multi.predict_on_batch(samples(x, slice(start, start + batch)))
        got = got if isinstance(got, list) else [got]
        computed.append(got[len(read) :])
        for name, value in zip(watched, got):
            _widen(ranges, name, np.maximum(value, 0) if name in clipped else value)
        for name, value in zip(summed, got[len(watched) : len(read)]):
            _widen(sum_ranges, name, value)
    found = _wrapping_rows(by_name, types, splits, clipped, fused, ranges, sum_ranges)
    for name in (name for name in watched if name in sums):  # an average's sum: n times its mean
        accum, n = sums[name]
        row = _wrapping_row(name, accum, n * ranges[name][0], n * ranges[name][1])
        found.append(row and {**row, "variable": "accum", "summed": n})
    before = {**ranges, **sum_ranges}  # what a weight layer writes before the activation split off it
    for name in (name for name in watched if name in accumulators):  # a weight layer's sum
        accum, n = accumulators[name]
        row = _wrapping_row(name, accum, *before[name])
        found.append(row and {**row, "variable": "accum", "summed": n})
    found = [row for row in found if row]
    if logits_name is None:
        joined = [joined_outputs(list(batch_outputs), len(batch_outputs[0])) for batch_outputs in computed]
        return KerasPass(np.concatenate(joined), None, found)
    logits, probs = (np.concatenate([batch_outputs[i] for batch_outputs in computed]) for i in (0, 1))
    return KerasPass(probs, logits, found)


DEPARTURE_SHARE = 0.1  # a layer departs when its C-simulation outputs differ by this share of Keras's rms
DEPARTURE_SAMPLES = 64  # samples traced layer by layer (every layer's outputs come back for each)


def layer_departures(hls_model, model, x: Inputs, csim_s: float | None = None) -> list[dict]:
    """How far each layer's C-simulation outputs lie from Keras's, in the design's order, on up to
    `DEPARTURE_SAMPLES` of `x`: where a design that loses accuracy starts to compute something else.

    Every layer with a Keras output to match (`_traced_keras_layers`) is traced in a copy of the project
    written to a temporary directory (the project the user gets is not rewritten) and compared with it. The
    copy is built by g++ again: the line that starts it says so, with the C simulation's time `csim_s` (a
    road-sign CNN's took 800 s, and its trace began with no word of a second build).

    Returns:
        [{"layer": hls4ml layer, "keras_layer": the Keras layer it is named by (whose configuration decides
        it), "relative_rms": rms(C simulation - Keras) / rms(Keras) of the output it computes}], layers of
        another size left out.
    """
    pairs = _traced_keras_layers(hls_model, model)
    x = samples(x, slice(0, DEPARTURE_SAMPLES))
    if not pairs or not n_samples(x):
        return []
    tensors = _chain_tensors(model)[0]
    keras_values = keras.Model(model.inputs, [tensors[k] for *_, k in pairs]).predict(x, verbose=0)
    keras_values = keras_values if isinstance(keras_values, list) else [keras_values]
    took = f"; the C simulation took {csim_s:.0f} s" if csim_s is not None else ""
    log.info(
        "C simulation: the layers traced on %d samples, to find where it departs from Keras (g++ builds the "
        "project again%s)",
        n_samples(x),
        took,
    )
    traced = _trace_layers(hls_model, [name for name, *_ in pairs], x)
    rows = []
    for (name, keras_name, _), expected in zip(pairs, keras_values):
        simulated = traced.get(name)
        expected = np.asarray(expected, np.float64).reshape(n_samples(x), -1)
        if simulated is None or np.asarray(simulated).size != expected.size:
            continue
        difference = np.asarray(simulated, np.float64).reshape(expected.shape) - expected
        scale = max(float(np.sqrt(np.mean(expected**2))), np.finfo(np.float32).tiny)
        relative = float(np.sqrt(np.mean(difference**2)) / scale)
        rows.append({"layer": name, "keras_layer": keras_name, "relative_rms": relative})
    return rows


def first_departure(rows: list[dict]) -> tuple[dict, dict | None] | None:
    """(the first row of `layer_departures` above `DEPARTURE_SHARE`, else the largest; the row before it),
    None without rows."""
    if not rows:
        return None
    index = next(
        (i for i, row in enumerate(rows) if row["relative_rms"] > DEPARTURE_SHARE),
        int(np.argmax([row["relative_rms"] for row in rows])),
    )
    return rows[index], rows[index - 1] if index else None


def _traced_keras_layers(hls_model, model) -> list[tuple[str, str, str]]:
    """(hls4ml layer, the Keras layer it is named by, the Keras layer whose output it computes), in the
    design's order. A Keras layer hls4ml removed (a Dropout, a Flatten, a batch normalisation folded into the
    layer before) is computed by the hls4ml layer that writes its input, which is still named by its own
    Keras layer (whose configuration decides it); a layer whose activation hls4ml splits off
    (`<name>_<activation>`, reading `<name>`) by that activation, its own hls4ml layer then having no Keras
    output to match. Layers hls4ml adds (a stream's Clone) are left out."""
    from fpgaprune.models.user import inbound_layers

    layers = list(hls_model.get_layers())
    names = {layer.name for layer in layers}
    split = split_activations(hls_model, model)
    computes: dict[str, str] = {}  # Keras layer -> the hls4ml layer that computes its output
    named: dict[str, str] = {}  # hls4ml layer -> the Keras layer it is named by
    for layer in model.layers:
        if layer.name in names:
            computes[layer.name] = split.get(layer.name, layer.name)
            named[computes[layer.name]] = layer.name
            continue
        inbound = inbound_layers(layer) if layer._inbound_nodes else []
        if len(inbound) == 1 and inbound[0].name in computes:
            computes[layer.name] = computes[inbound[0].name]
    last = {hls_name: keras_name for keras_name, hls_name in computes.items()}  # the last Keras layer
    return [
        (layer.name, named.get(layer.name, last[layer.name]), last[layer.name])
        for layer in layers
        if layer.name in last and layer.get_attr("function_cpp", None) is not None
    ]


def _keras_computed(hls_model, model, hls_name: str) -> str:
    """The last Keras layer whose output hls4ml's layer `hls_name` computes (`_traced_keras_layers`): itself,
    or a layer hls4ml folded into it; `hls_name` where none is found."""
    return next(
        (keras for name, _, keras in _traced_keras_layers(hls_model, model) if name == hls_name), hls_name
    )


def split_activations(hls_model, model) -> dict[str, str]:
    """Keras layer -> the activation hls4ml split off it and kept (`<name>_<activation>`, reading `<name>`,
    no Keras layer of its own; a linear one is kept when its type differs): that hls4ml layer computes the
    Keras layer's output, in its own result type."""
    keras_names = {layer.name for layer in model.layers}
    return {
        layer.inputs[0]: layer.name
        for layer in hls_model.get_layers()
        if layer.name not in keras_names
        and len(layer.inputs) == 1
        and layer.inputs[0] in keras_names
        and layer.name.startswith(f"{layer.inputs[0]}_")
    }


def _trace_layers(hls_model, names: list[str], x: Inputs) -> dict:
    """`hls_model.trace(x)`'s outputs of the layers `names` (only they traced: hls4ml cannot trace a stream's
    Clone), the project written to a temporary directory; the model's output directory, stamp and layers'
    trace settings are restored afterwards."""
    traced = {layer.name: layer.get_attr("trace", False) for layer in hls_model.get_layers()}
    config = hls_model.config.config
    kept = {key: config.get(key) for key in ("OutputDir", "Stamp")}
    try:
        with scratch_dir("trace") as folder:
            config["OutputDir"] = str(Path(folder) / "project")
            for layer in hls_model.get_layers():
                layer.set_attr("trace", layer.name in names)
            _, trace = _traced(hls_model, x, CSIM_CFLAGS)
    finally:
        config.update(kept)
        for layer in hls_model.get_layers():
            layer.set_attr("trace", traced[layer.name])
    return trace


def _chain_tensors(model, summed=()) -> tuple[dict, dict]:
    """Layer name -> that layer's output in `model`, retraced on its input (None: the last), and for the
    layers `summed` their outputs before their own activation (`models.user.retraced_with_sums`).

    `convert.prepare_model` calls the user's layers on a new input, so `layer.output` is the output of
    their first call (the user's model), not of `model`'s.
    """
    from fpgaprune.models.user import retraced_with_sums

    tensors, sums = retraced_with_sums(
        model, model.inputs if len(model.inputs) > 1 else model.inputs[0], summed
    )
    tensors[None] = tensors[model.layers[-1].name]
    return tensors, sums


def _widen(ranges: dict, name: str, value: np.ndarray) -> None:
    """`ranges[name]`, (lowest, highest) seen, widened to hold `value`."""
    low, high = ranges.get(name, (np.inf, -np.inf))
    ranges[name] = (min(low, float(np.min(value))), max(high, float(np.max(value))))


def _wrapping_types(hls_model, model) -> dict:
    """Layer name -> hls4ml result type, for the layers of `model` whose type wraps."""
    names = {layer.name for layer in model.layers}
    return {
        layer.name: layer.get_output_variable().type.precision
        for layer in hls_model.get_layers()
        if layer.name in names and _wraps(layer.get_output_variable().type.precision)
    }


def _wrapping_split_types(hls_model, model) -> dict:
    """Keras layer -> (the activation hls4ml split off it, that activation's result type), where the type
    wraps (`split_activations`): a Dense's ReLU or linear output in the Model's default type while the
    Dense has its own (a public regression's `dense_1_relu` reached 50.6 in `fixed<16,6>`, its output's
    `dense_2_linear` 163, and its C simulation's mse was 2935 against Keras's 0.97 with no layer listed)."""
    by_name = {layer.name: layer for layer in hls_model.get_layers()}
    found = {}
    for keras_name, name in split_activations(hls_model, model).items():
        precision = by_name[name].get_output_variable().type.precision
        if _wraps(precision):
            found[keras_name] = (name, precision)
    return found


def _wrapping_sums(hls_model, model) -> dict:
    """Layer name -> (hls4ml accumulator type, values summed), for the average poolings of `model` whose
    accumulator wraps: hls4ml sums a window in `accum_t` before dividing (nnet_pooling.h `avg`,
    nnet_pooling_stream.h `reduce_pool`, `compute_global_pool`). A user's GlobalAveragePooling1D over 16
    steps summed in the default `fixed<16,6>` (granularity='model') and its C simulation lost 3.33 points
    against Keras with no layer listed; with padding 'same' an edge window sums fewer values, so its sum
    is at most n times the mean."""
    names, sums = {layer.name for layer in model.layers}, {}
    for layer in hls_model.get_layers():
        accum = layer.get_attr("accum_t")
        if layer.name not in names or layer.get_attr("pool_op") != "Average" or accum is None:
            continue
        if not _wraps(accum.precision):
            continue
        keys = {
            "GlobalPooling1D": ("n_in",),
            "GlobalPooling2D": ("in_height", "in_width"),
            "Pooling1D": ("pool_width",),
            "Pooling2D": ("pool_height", "pool_width"),
        }.get(layer.class_name, ())
        sizes = [layer.get_attr(key) for key in keys]
        if sizes and all(isinstance(size, int) for size in sizes):
            sums[layer.name] = (accum.precision, math.prod(sizes))
    return sums


# The hls4ml attributes whose product is the number of products a weight layer's output sums, by class
_PRODUCTS_PER_OUTPUT = {
    "Dense": ("n_in",),
    **dict.fromkeys(("Conv1D", "PointwiseConv1D"), ("filt_width", "n_chan")),
    **dict.fromkeys(
        ("Conv2D", "PointwiseConv2D", "Conv2DBatchnorm"), ("filt_height", "filt_width", "n_chan")
    ),
    "DepthwiseConv2D": ("filt_height", "filt_width"),
    "DepthwiseConv1D": ("filt_width",),
}


def _wrapping_accumulators(hls_model, model) -> dict:
    """Layer name -> (hls4ml accumulator type, products summed per output), for the Dense and convolution
    layers of `model` whose accumulator wraps: hls4ml starts it at the bias and adds the products
    (nnet_dense_latency.h, nnet_dense_resource.h), so its last value is the layer's output before any
    activation of its own (`keras_pass` reads that one). A QKeras QDense summing 900 inputs in the Model's
    `ap_fixed<16,6>` (hls4ml gives a QKeras layer no accum of its own) reached 72 in Keras, and its C
    simulation's mse was 751 against Keras's 0.25 with no layer listed."""
    names, found = {layer.name for layer in model.layers}, {}
    for layer in hls_model.get_layers():
        accum, keys = layer.get_attr("accum_t"), _PRODUCTS_PER_OUTPUT.get(layer.class_name)
        if layer.name not in names or accum is None or not keys or not _wraps(accum.precision):
            continue
        counts = [layer.get_attr(key) for key in keys]
        if all(isinstance(count, int) for count in counts):
            found[layer.name] = (accum.precision, math.prod(counts))
    return found


def _wrapping_rows(by_name, types, splits, clipped, fused, ranges, sum_ranges) -> list:
    """The result-type rows of `keras_pass` (None where a type holds its values): each layer's type against
    its Keras output, a weight layer's against its sums before its own activation (`before_activation`), a
    clipping ReLU's against its inputs (`clips`), and the activation hls4ml splits off a weight layer against
    the layer's output, or, where that activation clips in Keras (`models.user.fused_clipping`: a fused
    `quantized_relu` or `quantized_bits`), against what hls4ml casts into it, the sums (`clips`; a review,
    2026-12-07: 10 wrapped to 2.5 in `fixed<8,3>` where Keras clipped it to 3.94, and nothing was listed)."""
    from fpgaprune.models.user import output_activation_name

    rows = []
    for name in (name for name in ranges if name in types):
        row = _wrapping_row(name, types[name], *sum_ranges.get(name, ranges[name]))
        if row and name in clipped:
            row["clips"] = True
        elif row and name in sum_ranges:
            row["before_activation"] = output_activation_name(by_name[name])
        rows.append(row)
    for name in (name for name in ranges if name in splits):
        split, precision = splits[name]
        if name not in fused:
            rows.append(_wrapping_row(split, precision, *ranges[name]))
            continue
        low, high = sum_ranges[name]
        low, high = (max(low, 0.0), max(high, 0.0)) if fused[name] == "relu" else (low, high)
        row = _wrapping_row(split, precision, low, high)
        rows.append(row and {**row, "clips": True, "activation": output_activation_name(by_name[name])})
    return rows


def _wrapping_row(name: str, precision, low: float, high: float) -> dict | None:
    """The report of a layer whose Keras range [low, high] leaves its type's range (None when inside). A value
    above the largest one but below the next step truncates into the type (half a step, when the type
    rounds), not around it: a softmax of 0.999 in `fixed<6,1>` (largest 0.969) was named as wrapping (a
    review, 2026-12-07)."""
    fixed = fixed_type_of(precision)
    type_low, type_high = value_range(fixed)
    if type_low <= low and high < overflow_bound(fixed):
        return None
    return {"layer": name, "type": str(precision), "range": [type_low, type_high], "keras_range": [low, high]}


def log_wrapping(found: list[dict]) -> None:
    """One warning per wrapping layer, naming the fix."""
    from fpgaprune.hls.convert import INPUT_NAME

    for row in found:
        if row.get("variable") == "accum":
            log.warning(
                "layer %s: its hls4ml accumulator %s sums %d values to [%.3g, %.3g] in Keras and wraps "
                "outside [%.3g, %.3g]: the C simulation differs from Keras there; give it more integer "
                "bits in the hls4ml configuration (LayerName: {%s: {Precision: {accum: ...}}})",
                row["layer"],
                row["type"],
                row["summed"],
                *row["keras_range"],
                *row["range"],
                row["layer"],
            )
            continue
        if row.get("clips"):
            log.warning(
                "layer %s: its %s of inputs reaching [%.3g, %.3g] is clipped by Keras, but its hls4ml "
                "result type %s wraps outside [%.3g, %.3g] (no SAT): the C simulation differs from Keras "
                "there; give the type saturation (LayerName: {%s: {Precision: {result: "
                "ap_fixed<W,I,RND,SAT>}}}) or more integer bits",
                row["layer"],
                row.get("activation", "ReLU"),
                *row["keras_range"],
                row["type"],
                *row["range"],
                row["layer"],
            )
            continue
        # hls4ml infers no input's type; a result it infers (`auto`) is already as wide as it infers it
        infer = (
            ""
            if row["layer"].startswith(INPUT_NAME)
            else (
                " (where its result is given, `auto` lets hls4ml infer one, as config_from_keras_model(..., "
                "granularity='name') writes it)"
            )
        )
        reach = (
            f"its sums before its {row['before_activation']}"
            if "before_activation" in row
            else "Keras outputs"
        )
        log.warning(
            "layer %s: %s reach [%.3g, %.3g] but its hls4ml result type %s wraps outside "
            "[%.3g, %.3g]: the C simulation differs from Keras there; give it more integer bits in the "
            "hls4ml configuration (LayerName: {%s: {Precision: {result: ...}}})%s",
            row["layer"],
            reach,
            *row["keras_range"],
            row["type"],
            *row["range"],
            row["layer"],
            infer,
        )


def truncated_weights(hls_model) -> list[dict]:
    """The weight layers of `hls_model` whose weights lie off their fixed-point type's grid while the type
    truncates (ap_fixed's default TRN: every such weight loses up to one step, always downwards), as
    {"layer", "type"}. A float model under a configuration whose Model `Precision` is `ap_fixed<16,6>`: a
    float ResNet-style CNN's C simulation lost 2 points on 200 Fashion-MNIST images (argmax agreement 0.965,
    logits up to 0.58 apart), the same loss as its Keras model with the weights floored to 2^-10; rounded
    instead, the argmax agreed on every image (2026-12-04). QKeras weights lie on their grid: never named."""
    found = []
    for layer, fixed, values in _fixed_point_weights(hls_model):
        scaled = values * 2.0**fixed.fractional  # QKeras: quantised
        if fixed.rounding == "TRN" and np.any(scaled != np.round(scaled)):
            found.append({"layer": layer.name, "type": str(fixed)})
    return found


def _fixed_point_weights(hls_model):
    """(layer, its weight type, its weights as float64) of each layer of `hls_model` with fixed-point
    weights."""
    for layer in hls_model.get_layers():
        weights = layer.weights.get("weight")
        fixed = None if weights is None else fixed_type_of(weights.type.precision)
        if fixed is not None:
            yield layer, fixed, np.asarray(weights.data, dtype=np.float64)


# a layer's weights are coarse when their type moves them by this share of their rms, or stores this share of
# the non-zero ones as 0 (one large weight hides many lost small ones from the rms)
COARSE_WEIGHTS = 0.05
# a batch normalisation's scale is coarse from this share on (chosen, not fitted): it moves every value of its
# channel alike (a JetID-L1 interaction network's input scale, one channel 2.5 % off in ap_fixed<20,10>, made
# its C simulation's classes differ from Keras's on 10.5 % of the jets, one run, 2026-12-06)
COARSE_SCALE = 0.01


def coarse_weights(hls_model) -> list[dict]:
    """The weight layers of `hls_model` whose weights their fixed-point type stores off by more than
    `COARSE_WEIGHTS` of their rms or stores that share of the non-zero ones as 0 (too few fractional bits for
    how small they are), a batch normalisation's scale too (off by `COARSE_SCALE` of any channel's own), as
    {"layer", "variable" ("weight", "scale"),
    "type",
    "relative_rms", "zeroed": the share of the non-zero weights stored as 0, "largest": the largest |weight|,
    "suggested": the type of the same width with the fewest integer bits that hold it}. A float ResNet-8's
    batch normalisations folded into its convolutions left weights of median 0.002, two steps of
    `fixed<16,6>`: 13 % of them became 0 and the C simulation lost 94 points; a rounding type, which the
    truncation line asks for, still lost 38, and `fixed<18,4,RND_CONV,SAT>` none (2026-12-05)."""
    found = []
    constants = (*_fixed_point_weights_of(hls_model), *_batchnorm_scales(hls_model))
    for layer, fixed, values, variable in constants:
        if not np.any(values):
            continue
        stored = quantize(values, fixed) * 2.0**-fixed.fractional
        relative = float(np.sqrt(np.mean((stored - values) ** 2) / np.mean(values**2)))
        if (
            variable == "scale"
        ):  # each channel's own: a small scale is off for all its values however large the rest
            nonzero = values != 0
            relative = float(np.max(np.abs(stored[nonzero] - values[nonzero]) / np.abs(values[nonzero])))
        zeroed = float(np.mean(stored[values != 0] == 0))
        if max(relative, zeroed) <= (COARSE_SCALE if variable == "scale" else COARSE_WEIGHTS):
            continue
        largest = float(np.max(np.abs(values)))
        found.append(
            {
                "layer": layer.name,
                "variable": variable,
                "type": str(fixed),
                "relative_rms": relative,
                "zeroed": zeroed,
                "largest": largest,
                "suggested": f"fixed<{fixed.width},{_integer_bits_holding(largest)}>",
            }
        )
    return found


def _fixed_point_weights_of(hls_model):
    """`_fixed_point_weights` with each variable's name ("weight")."""
    return ((layer, fixed, values, "weight") for layer, fixed, values in _fixed_point_weights(hls_model))


def _batchnorm_scales(hls_model):
    """(layer, its scale type, its scale as float64, "scale") of each batch normalisation hls4ml keeps a
    layer: a JetID-L1 interaction network's input scale in the configuration's `ap_fixed<20,10>` kept 10
    fraction bits (one channel 2.5 % off) and its C simulation departed there (2026-12-06)."""
    for layer in hls_model.get_layers():
        scale = layer.weights.get("scale") if layer.class_name == "BatchNormalization" else None
        fixed = None if scale is None else fixed_type_of(scale.type.precision)
        if fixed is not None:
            yield layer, fixed, np.asarray(scale.data, dtype=np.float64), "scale"


def _integer_bits_holding(largest: float) -> int:
    """The fewest integer bits (at least 1, sign included) of a signed type whose range holds +-`largest`."""
    return max(1, math.floor(math.log2(largest)) + 2)  # 2^(I-1) > largest


def wrapped_constants(hls_model) -> list[dict]:
    """The constants of `hls_model` (a layer's weights, bias, a batch normalisation's scale) that leave their
    fixed-point type's range while the type wraps (ap_fixed's default), as {"layer", "variable", "type",
    "range", "values"}: the design multiplies by another number (the other end of the type). A pruned DS-CNN
    (Fashion-MNIST 16x16, io_stream) had a BatchNormalization after a depthwise layer, which hls4ml keeps a
    layer of its own, whose refitted scale reached 32.8 where the channel it reads had been nearly pruned
    away: `ap_fixed<16,6>` wrapped it to -31.2, and the C simulation agreed with Keras's argmax on 0.85 of 200
    images (2026-12-04). A batch normalisation fused into a weight layer is its weights' (hls4ml types the
    product)."""
    found = []
    for layer in hls_model.get_layers():
        for variable, weights in layer.weights.items():
            fixed = fixed_type_of(weights.type.precision)
            if fixed is None or fixed.overflow != "WRAP":
                continue
            values = np.asarray(weights.data, dtype=np.float64)  # QKeras: quantised
            low, high = value_range(fixed)
            if values.size and (values.min() < low or values.max() > high):
                found.append(
                    {
                        "layer": layer.name,
                        "variable": variable,
                        "type": str(weights.type.precision),
                        "range": [low, high],
                        "values": [float(values.min()), float(values.max())],
                    }
                )
    return found


def log_wrapped_constants(found: list[dict]) -> None:
    """One warning per constant `wrapped_constants` found, with the fix."""
    for row in found:
        (low, high), (least, most) = row["range"], row["values"]
        log.warning(
            "layer %s: its %s reaches [%.4g, %.4g], outside %s's [%.4g, %.4g], and the type wraps, so the "
            "design multiplies by other values than Keras; give it more integer bits in the hls4ml "
            "configuration (LayerName: {%s: {Precision: {%s: ...}}})",
            row["layer"],
            row["variable"],
            least,
            most,
            row["type"],
            low,
            high,
            row["layer"],
            row["variable"],
        )


def twin_is_exact(hls_model, names) -> bool:
    """Whether hls4ml's Resource kernel computes the bits of the Resource_Unrolled layers `names`.

    Each layer must sum in a fixed-point accumulator that wraps (ap_fixed's default): its sums are exact
    modulo 2^width, so the order of the additions does not change a bit of the result. And its weights
    must be fixed-point, whose zeros add nothing: a 1-bit xnor weight (QKeras `binary`) stored as 0
    stands for -1, and Resource_Unrolled's generator leaves out the products of the zeros it stores,
    which Resource computes (exponent weights are left to the written project too). And it must not be a
    QConv2DBatchnorm under a backend whose Resource kernel reads its folded weights transposed twice
    (`DOUBLE_TRANSPOSED_BACKENDS`).
    """
    return twin_blocker(hls_model, names) is None


def twin_blocker(hls_model, names) -> str | None:
    """Why hls4ml's Resource kernel cannot stand in for the Resource_Unrolled layers `names`
    (`twin_is_exact`), in words for the line that says the written project is built instead; None when it
    can."""
    layers = {layer.name: layer for layer in hls_model.get_layers()}
    backend = hls_model.config.backend.name.lower()
    for name in names:
        layer = layers.get(name)
        if layer is None:
            return f"{name} is no layer of the design"
        if not _wrapping_accumulator(layer):
            return f"{name}'s accumulator does not wrap (its sums then depend on their order)"
        if not _fixed_weights(layer):
            return f"{name}'s weights are not fixed-point (1-bit xnor or exponent weights)"
        if layer.class_name == "Conv2DBatchnorm" and backend in DOUBLE_TRANSPOSED_BACKENDS:
            return f"{name} is a QConv2DBatchnorm, whose folded weights {backend}'s Resource kernel turns"
    return None


def _wrapping_accumulator(layer) -> bool:
    return layer.get_attr("accum_t") is not None and _wraps(layer.get_attr("accum_t").precision)


def _fixed_weights(layer) -> bool:
    weights = layer.weights.get("weight")
    return weights is not None and fixed_type_of(weights.type.precision) is not None


def _wraps(precision) -> bool:
    """Whether `precision` is a fixed-point type that wraps (not a float type, not saturating)."""
    fixed = fixed_type_of(precision)
    return fixed is not None and fixed.overflow == "WRAP"
