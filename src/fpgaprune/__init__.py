"""fpgaprune: FPGA resource-aware structured pruning for hls4ml.

The package is layered (see DESIGN.md): `hardware` and `knapsack` are pure NumPy/OR-Tools;
`data`, `models`, `train`, `pruning`, `hls` and `report` hold the framework glue; `cli` is the
command line used by the Snakemake rules. Importing the package itself imports no framework.
"""

__version__ = "0.1.0"
