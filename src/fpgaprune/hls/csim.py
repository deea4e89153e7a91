"""hls4ml's bit-accurate C simulation (g++) of a design, and its agreement with Keras.

The design is compiled once, with tracing of the logits layer, and run on the test samples: the
traced "output" layer gives the logits computed in fixed point, the top function the softmax
outputs. Both are compared with Keras on the same samples.
"""

import logging
import shutil
import time

import numpy as np

from fpgaprune.hls.progress import heartbeat
from fpgaprune.hls.quiet import quietly

log = logging.getLogger(__name__)

LOGITS_LAYER = "output"


def run_csim(
    hls_model, x: np.ndarray, logits_name: str = LOGITS_LAYER
) -> tuple[np.ndarray, np.ndarray, float]:
    """Compile the project with g++ and simulate it on `x`.

    Args:
        hls_model: hls4ml ModelGraph whose logits layer is traced (`convert.hls4ml_config`).
        x: inputs, one sample per row (any float dtype; simulated in double).
        logits_name: the traced layer ("output" in the zoo; a user model's last weight layer).

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
    with heartbeat(
        lambda s: f"C simulation: compiling and simulating {len(x)} samples, {s:.0f} s so far", logger=log
    ):
        outputs, trace = quietly(hls_model.trace, np.ascontiguousarray(x, dtype=np.float64))
    wall_s = time.perf_counter() - start
    log.info("C simulation: %d samples done in %.0f s", len(x), wall_s)
    return (
        np.asarray(outputs).reshape(len(x), -1),
        np.asarray(trace[logits_name]).reshape(len(x), -1),
        wall_s,
    )


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
