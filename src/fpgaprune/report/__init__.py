"""Result tables, plots and report material, from the pipeline's records only (never models).

`aggregate` (records -> `results/tables/`), `write_experiment` (one experiment's tables),
`read_summary`, and the figures of `plots`.
"""

from fpgaprune.report.aggregate import aggregate, read_summary, write_experiment

__all__ = ["aggregate", "read_summary", "write_experiment"]
