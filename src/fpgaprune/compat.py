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
"""

import os
import sys
import types

os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import tf_keras  # noqa: E402

sys.modules["keras"] = tf_keras
keras = tf_keras


def _register_knapsack_adapter():
    try:
        import ortools.algorithms.pywrapknapsack_solver  # noqa: F401

        return
    except ModuleNotFoundError:
        pass
    import ortools.algorithms as algorithms
    from ortools.algorithms.python import knapsack_solver

    kinds = knapsack_solver.SolverType

    class KnapsackSolver:
        KNAPSACK_DYNAMIC_PROGRAMMING_SOLVER = kinds.KNAPSACK_DYNAMIC_PROGRAMMING_SOLVER
        KNAPSACK_MULTIDIMENSION_BRANCH_AND_BOUND_SOLVER = kinds.KNAPSACK_MULTIDIMENSION_BRANCH_AND_BOUND_SOLVER
        KNAPSACK_MULTIDIMENSION_CBC_MIP_SOLVER = kinds.KNAPSACK_MULTIDIMENSION_CBC_MIP_SOLVER

        def __init__(self, kind, name):
            self._solver = knapsack_solver.KnapsackSolver(kind, name)

        def set_time_limit(self, seconds):
            self._solver.set_time_limit(float(min(seconds, 1e9)))  # hls4ml passes sys.float_info.max

        def Init(self, profits, weights, capacities):  # noqa: N802 (the old API's names)
            self._solver.init(profits, weights, capacities)

        def Solve(self):  # noqa: N802
            return self._solver.solve()

        def BestSolutionContains(self, index):  # noqa: N802
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
