"""The one place that sets up Keras 2 for QKeras and hls4ml on TensorFlow >= 2.16.

Import Keras from here (`from fpgaprune.compat import keras`) and never `import tensorflow`
before this module: TensorFlow reads TF_USE_LEGACY_KERAS once, at its own import.

What it does, and why:
- TF_USE_LEGACY_KERAS=1 makes `tf.keras` the legacy Keras 2 (package tf_keras), which QKeras needs.
- `sys.modules["keras"] = tf_keras`: hls4ml picks its parser by `keras.__version__`; without the
  alias a tf_keras model goes to the Keras 3 parser and fails.
- OR-Tools >= 9.7 moved the knapsack solver; hls4ml's own DSP-aware pruning imports the old
  module `ortools.algorithms.pywrapknapsack_solver`, so a thin adapter is registered under that name.
- hls4ml 1.3.0's pruning regularizers return an Enum from get_config, which Keras cannot
  serialise; the patched get_config returns its value.

Quiet logs (set up here because it must happen before TensorFlow is imported):
- TF_CPP_MIN_LOG_LEVEL=3 hides TensorFlow's C++ log lines: the failed GPU probe ("failed call to
  cuInit") on machines without a GPU and a NodeDef attribute note at every `fit`. C++ errors that
  matter reach Python as exceptions; set TF_CPP_MIN_LOG_LEVEL=0 to see every line.
- Lines written to stderr before absl::InitializeLog ignore that setting: while TensorFlow is
  imported, stderr is held back and written out again without the known startup notes (no CUDA
  driver, oneDNN on, the absl banner); any other line passes through.
- QKeras logs on the root logger (`keras dict linear` for every quantizer it reads): its records
  are named `qkeras`, and below WARNING they are shown only in debug logging.
- Two tf_keras UserWarnings about choices this package makes on purpose (HDF5 model files, QKeras
  quantizers as constraints) are ignored.
"""

import contextlib
import logging
import os
import re
import sys
import tempfile
import types
import warnings
from pathlib import Path


def _keras_bound_before() -> str | None:
    """The modules imported before this one when TensorFlow bound Keras 3 (TensorFlow reads
    TF_USE_LEGACY_KERAS once, at its import), which QKeras and hls4ml's Keras 2 parser cannot use. A user's
    script importing qkeras first got a 40-line Keras traceback ending in 'qcnn.h5: cannot load the model ...
    it may be truncated or written by another Keras version'; tensorflow or keras first, an ImportError from
    inside Keras ('cannot import name config from tf_keras')."""
    tensorflow = sys.modules.get("tensorflow")
    if tensorflow is None or getattr(tensorflow, "_tf_uses_legacy_keras", True):
        return None
    return " and ".join(name for name in ("tensorflow", "keras", "qkeras") if name in sys.modules)


if _first := _keras_bound_before():
    raise ImportError(
        f"{_first} imported before fpgaprune: TensorFlow bound Keras 3, which QKeras and hls4ml cannot use: "
        "import fpgaprune first (`from fpgaprune.compat import keras` at the top of the script or notebook, "
        "before tensorflow, keras, qkeras and hls4ml), or set TF_USE_LEGACY_KERAS=1 in the environment"
    )
os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

_STARTUP_NOTES = re.compile(
    r"All log messages before absl::InitializeLog\(\) is called"
    r"|cudart_stub\.cc:\d+\] Could not find cuda drivers"
    r"|port\.cc:\d+\] oneDNN custom operations are on"
)


@contextlib.contextmanager
def _stderr_without(noise: re.Pattern):
    """Hold back what is written to file descriptor 2 inside the block (C++ code included), then write
    it out again without the lines that match `noise`."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as held:
        os.dup2(held.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            held.seek(0)
            lines = held.read().decode(errors="replace").splitlines(keepends=True)
            sys.stderr.write("".join(line for line in lines if not noise.search(line)))
            sys.stderr.flush()


class _QKerasOnRoot(logging.Filter):
    """Names QKeras's root-logger records `qkeras`; drops those below WARNING unless debug logging is on."""

    def filter(self, record: logging.LogRecord) -> bool:
        if "qkeras" not in Path(record.pathname).parts:
            return True
        record.name = "qkeras"
        return record.levelno >= logging.WARNING or logging.getLogger().isEnabledFor(logging.DEBUG)


logging.getLogger().addFilter(_QKerasOnRoot())
warnings.filterwarnings("ignore", message="You are saving your model as an HDF5 file", category=UserWarning)
warnings.filterwarnings("ignore", message=r"The `keras.constraints.serialize\(\)` API", category=UserWarning)

with _stderr_without(_STARTUP_NOTES):
    import tf_keras

sys.modules["keras"] = tf_keras
keras = tf_keras


def _register_knapsack_adapter():
    try:
        import ortools.algorithms.pywrapknapsack_solver  # noqa: F401

        return
    except ModuleNotFoundError:
        pass
    from ortools import algorithms
    from ortools.algorithms.python import knapsack_solver

    kinds = knapsack_solver.SolverType

    class KnapsackSolver:
        KNAPSACK_DYNAMIC_PROGRAMMING_SOLVER = kinds.KNAPSACK_DYNAMIC_PROGRAMMING_SOLVER
        KNAPSACK_MULTIDIMENSION_BRANCH_AND_BOUND_SOLVER = (
            kinds.KNAPSACK_MULTIDIMENSION_BRANCH_AND_BOUND_SOLVER
        )
        KNAPSACK_MULTIDIMENSION_CBC_MIP_SOLVER = kinds.KNAPSACK_MULTIDIMENSION_CBC_MIP_SOLVER

        def __init__(self, kind, name):
            self._solver = knapsack_solver.KnapsackSolver(kind, name)

        def set_time_limit(self, seconds):
            self._solver.set_time_limit(float(min(seconds, 1e9)))  # hls4ml passes sys.float_info.max

        def Init(self, profits, weights, capacities):
            self._solver.init(profits, weights, capacities)

        def Solve(self):
            return self._solver.solve()

        def BestSolutionContains(self, index):
            return self._solver.best_solution_contains(index)

    module = types.ModuleType("ortools.algorithms.pywrapknapsack_solver")
    module.KnapsackSolver = KnapsackSolver
    sys.modules[module.__name__] = module
    algorithms.pywrapknapsack_solver = module


def patch_hls4ml_regularizers():
    """Make hls4ml's DSP-aware pruning regularizers serialisable (call before using that API)."""
    from hls4ml.optimization.dsp_aware_pruning.keras import regularizers

    for cls in (regularizers.DenseRegularizer, regularizers.Conv2DRegularizer):
        if getattr(cls.get_config, "_fpgaprune_patched", False):
            continue
        original = cls.get_config

        def get_config(self, _original=original):
            config = _original(self)
            structure = config.get("structure_type")
            if hasattr(structure, "value"):
                config["structure_type"] = structure.value
            return config

        get_config._fpgaprune_patched = True
        cls.get_config = get_config


_register_knapsack_adapter()
