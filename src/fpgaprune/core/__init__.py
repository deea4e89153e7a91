"""The pure core: hardware cost model, structures, knapsack, selection and per-layer design.

NumPy and OR-Tools only; never TensorFlow, QKeras or hls4ml (tests/core/test_purity.py and the
import-linter contracts in pyproject.toml check it).
"""
