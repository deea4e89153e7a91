"""The batch normalisation model (`core.hardware.batchnorm`) on the public reports' normalize instances.

Fit rows: the sets of `heldout.BATCHNORM_SETS` (3-7 and, since branch foldin, 8 and 12-14: V1's two),
in-sample and with each design left out of the fit (`fit_batchnorm_constants`, `fit_stream_tail` on the
other designs).
Others: set 8's U2 (over its device, never fitted on), set 12's V1 (fitted on since foldin) and set 15's Y2
(blind, never fitted on).
Prints one markdown table per group (median and worst per metric) and one row per instance.

    .venv/bin/python bench/batchnorm_heldout.py
"""

from pathlib import Path

from fpgaprune.core.hardware.batchnorm import estimate_batchnorm
from fpgaprune.core.hardware.heldout import (
    batchnorm_left_out_estimates,
    error_table,
    metric_error,
    read_batchnorm_rows,
)

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
METRICS = ("dsp", "lut", "ff", "latency_cycles", "ii")


def errors(estimate: dict, report: dict) -> dict:
    return {m: metric_error(m, estimate[m], report[m]) for m in METRICS}


def main() -> None:
    fit_rows = read_batchnorm_rows(DATA)
    held_out = read_batchnorm_rows(DATA, {"heldout8": (), "heldout12": (), "heldout15": ()})
    groups = {
        "fit rows, in-sample": [(r, estimate_batchnorm(r.layer, r.target)) for r in fit_rows],
        "fit rows, design left out": list(zip(fit_rows, batchnorm_left_out_estimates(fit_rows))),
        "sets 8 (U2), 12 (V1) and 15 (Y2)": [(r, estimate_batchnorm(r.layer, r.target)) for r in held_out],
    }
    for title, pairs in groups.items():
        table = error_table(title, {"all": [errors(e, r.report) for r, e in pairs]}, METRICS)
        print("\n".join(table), end="\n\n")
        for row, estimate in pairs:
            cells = " | ".join(f"{estimate[m]} / {row.report[m]}" for m in METRICS)
            print(f"| {row.design}/{row.layer.name} ({row.target.hls_tool}, {row.layer.io_type}) | {cells} |")
        print()


if __name__ == "__main__":
    main()
