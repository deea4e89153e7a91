"""fpgaprune: FPGA resource-aware structured pruning for hls4ml.

The public API (imported lazily, so that `import fpgaprune` imports no framework):
- `optimize(model, train, validation, ...)`: prune your own Keras/QKeras model to a resource budget;
- `estimate(model, hls_config)`: the cost model's estimate of a model's hls4ml design, before pruning;
- `fit(part, utilization)`: the absolute budget an FPGA part gives (for the whole design: `optimize`
  reserves the parts pruning cannot change out of it);
- `load_config(path_or_dict)`: the pipeline's validated, typed configuration.
The package is layered (docs/architecture.md): `core` is pure NumPy/OR-Tools (cost model, knapsack,
selection, design resolution); `config` validates a configuration into typed objects; `records` owns
every record; `data`, `models`, `train`, `pruning`, `hls` and `report` hold the framework glue; `cli`
is the command line used by the Snakemake rules. Importing the package itself imports no framework.
"""

import os

# TensorFlow reads it once, when it is imported: set here, `import fpgaprune` then `import tensorflow` binds
# Keras 2 (tf_keras), which QKeras and hls4ml need (it raised "tensorflow imported before fpgaprune ... import
# fpgaprune first" to a user who had: a review, 2026-12-07); `fpgaprune.compat` sets it too
os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")

__version__ = "0.1.0"
__all__ = ["OptimizeResult", "estimate", "fit", "load_config", "optimize"]

_EXPORTS = {
    "optimize": "fpgaprune.api",
    "OptimizeResult": "fpgaprune.api",
    "estimate": "fpgaprune.api",
    "fit": "fpgaprune.core.devices",
    "load_config": "fpgaprune.config",
}


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'fpgaprune' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_EXPORTS[name]), name)
