"""hls4ml's bit-accurate C simulation (g++) of a design, and its agreement with Keras.

The design is compiled once, with tracing of the logits layer, and run on the test samples: the
traced "output" layer gives the logits computed in fixed point, the top function the softmax
outputs. Both are compared with Keras on the same samples.

g++ builds the simulation library at `CSIM_CFLAGS` (-O1) instead of hls4ml's -O3: LeNet-5's build
takes 128 instead of 287 CPU seconds with bit-identical logits (docs/hls.md, `bench/csim_build.py`).
The code is fixed-point integer arithmetic, which no optimisation level changes.
"""

import logging
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from fpgaprune.hls.progress import heartbeat
from fpgaprune.hls.quiet import quietly

log = logging.getLogger(__name__)

LOGITS_LAYER = "output"
CSIM_CFLAGS = "-O1 -fPIC"
_HLS4ML_CFLAGS = 'CFLAGS="-O3 -fPIC"'  # the line of hls4ml's build_lib.sh template that sets them


def run_csim(
    hls_model, x: np.ndarray, logits_name: str = LOGITS_LAYER, cflags: str = CSIM_CFLAGS
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
    """
    missing = csim_unavailable()
    if missing:
        raise FileNotFoundError(missing)
    start = time.perf_counter()
    log.info("C simulation: hls4ml compiles the project with g++, then simulates %d samples", len(x))
    with (
        heartbeat(
            lambda s: f"C simulation: compiling and simulating {len(x)} samples, {s:.0f} s so far", logger=log
        ),
        build_flags(hls_model, cflags),
    ):
        outputs, trace = quietly(hls_model.trace, np.ascontiguousarray(x, dtype=np.float64))
    wall_s = time.perf_counter() - start
    log.info("C simulation: %d samples done in %.0f s", len(x), wall_s)
    return (
        np.asarray(outputs).reshape(len(x), -1),
        np.asarray(trace[logits_name]).reshape(len(x), -1),
        wall_s,
    )


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


def agreement(y: np.ndarray, keras_probs, keras_logits, hls_probs, hls_logits) -> dict:
    """Accuracy of both, and how closely the C simulation follows Keras.

    Args:
        y: true class indices.
        keras_probs, keras_logits: Keras softmax outputs and logits on the same samples.
        hls_probs, hls_logits: the C simulation's.

    Returns:
        JSON-able dict: sample count, both accuracies and their difference in points; for the
        logits the fraction of samples whose logits are all bit-identical, the largest absolute
        difference and the argmax agreement; for the softmax outputs argmax agreement and the
        largest absolute difference.
    """
    keras_logits, hls_logits = np.asarray(keras_logits, np.float64), np.asarray(hls_logits, np.float64)
    keras_accuracy = float(np.mean(np.argmax(keras_probs, axis=1) == y))
    hls_accuracy = float(np.mean(np.argmax(hls_probs, axis=1) == y))
    return {
        "n_samples": len(y),
        "keras_accuracy": keras_accuracy,
        "hls_accuracy": hls_accuracy,
        "accuracy_diff_points": 100 * (hls_accuracy - keras_accuracy),
        "logits": {
            "bit_exact_fraction": float(np.mean(np.all(hls_logits == keras_logits, axis=1))),
            "max_abs_diff": float(np.max(np.abs(hls_logits - keras_logits))),
            "argmax_agreement": float(
                np.mean(np.argmax(hls_logits, axis=1) == np.argmax(keras_logits, axis=1))
            ),
        },
        "output": {
            "argmax_agreement": float(
                np.mean(np.argmax(hls_probs, axis=1) == np.argmax(keras_probs, axis=1))
            ),
            "max_abs_diff": float(np.max(np.abs(np.asarray(hls_probs, np.float64) - keras_probs))),
        },
    }


def wrapping_layers(hls_model, model, x: np.ndarray) -> list[dict]:
    """Layers whose Keras outputs on `x` leave the range of a result type that wraps (ap_fixed's default).

    A value out of range wraps around to the other end of the type, so the C simulation then differs from
    Keras whatever the pruning did; the fix is a wider type in the hls4ml configuration. Types that
    saturate (QKeras activations, fpgaprune's softmax) are not listed: saturation is what Keras does too.

    A Keras layer with its own activation (Dense(..., activation="relu")) is checked at that activation's
    output, against the type hls4ml gives the layer before it splits the activation off: what is
    listed does wrap, a negative excursion hidden by the activation is not listed.

    Args:
        hls_model: hls4ml's ModelGraph of `model`.
        model: the chain of layers converted (`convert.prepare_model`'s, whose layer names hls4ml kept).
        x: the simulated inputs.

    Returns:
        One dict per wrapping layer: name, type, its range and the Keras outputs' range.
    """
    names = {layer.name for layer in model.layers}
    types = {
        layer.name: layer.get_output_variable().type.precision
        for layer in hls_model.get_layers()
        if layer.name in names and _wraps(layer.get_output_variable().type.precision)
    }
    found = []
    for name, (low, high) in _output_ranges(model, x, set(types)).items():
        type_low, type_high = _fixed_range(types[name])
        if low < type_low or high > type_high:
            found.append(
                {
                    "layer": name,
                    "type": str(types[name]),
                    "range": [type_low, type_high],
                    "keras_range": [low, high],
                }
            )
    return found


def _output_ranges(
    model, x: np.ndarray, names: set[str], batch: int = 1024
) -> dict[str, tuple[float, float]]:
    """(min, max) of the outputs of the layers `names` of the chain `model` on `x`, in batches."""
    ranges = {}
    for start in range(0, len(x) if names else 0, batch):
        values = x[start : start + batch]
        for layer in model.layers:
            if layer is not model.layers[0]:
                values = layer(values, training=False)
            if layer.name in names:
                low, high = float(np.min(values)), float(np.max(values))
                old = ranges.get(layer.name, (low, high))
                ranges[layer.name] = (min(low, old[0]), max(high, old[1]))
    return ranges


def log_wrapping(found: list[dict]) -> None:
    """One warning per wrapping layer, naming the fix."""
    for row in found:
        log.warning(
            "layer %s: Keras outputs reach [%.3g, %.3g] but its hls4ml result type %s wraps outside "
            "[%.3g, %.3g]: the C simulation differs from Keras there; give it more integer bits in the "
            "hls4ml configuration (LayerName: {%s: {Precision: {result: ...}}}) or let hls4ml infer them "
            "(config_from_keras_model(..., granularity='name'))",
            row["layer"],
            *row["keras_range"],
            row["type"],
            *row["range"],
            row["layer"],
        )


def accumulators_wrap(hls_model, names) -> bool:
    """Every layer in `names` sums in a fixed-point accumulator that wraps (ap_fixed's default): its sums
    are exact modulo 2^width, so the order of the additions does not change a bit of the result."""
    layers = {layer.name: layer for layer in hls_model.get_layers()}
    return all(
        name in layers
        and layers[name].get_attr("accum_t") is not None
        and _wraps(layers[name].get_attr("accum_t").precision)
        for name in names
    )


def _wraps(precision) -> bool:
    if not all(hasattr(precision, a) for a in ("width", "integer", "signed")):
        return False  # not a fixed-point type (e.g. hls4ml's float or exponent types)
    mode = getattr(precision, "saturation_mode", None)
    return mode is None or str(mode).upper().removeprefix("AP_") == "WRAP"


def _fixed_range(precision) -> tuple[float, float]:
    """The smallest and largest value of a fixed-point type."""
    step = 2.0 ** (int(precision.integer) - int(precision.width))
    if precision.signed:
        return -(2.0 ** (int(precision.integer) - 1)), 2.0 ** (int(precision.integer) - 1) - step
    return 0.0, 2.0 ** int(precision.integer) - step
