"""fpgaprune: FPGA resource-aware structured pruning for hls4ml.

The package is layered (docs/architecture.md): `core` is pure NumPy/OR-Tools (cost model, knapsack,
selection, design resolution); `config` validates a configuration into typed objects; `records` owns
every record; `data`, `models`, `train`, `pruning`, `hls` and `report` hold the framework glue; `cli`
is the command line used by the Snakemake rules. Importing the package itself imports no framework.
"""

__version__ = "0.1.0"
