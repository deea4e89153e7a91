"""Refit the constant-kernel constants with the model in the source tree, then score held-out sets (medians).

For structural experiments on the timing/register model (branch tightclock): `logic.FABRIC_CONSTANTS` are
pinned for the committed structure, so an experimental structure is scored with constants refitted on the
calibration data (`fit.fit_constants`, as tests/core/hardware/test_fit.py does), never on the sets scored.
Prints, per set and metric, the number of weight layers and the median error (all layers, and the Latency
strategy's). Sets 1-8 and 12-14 are calibration sets (in sample); never pass heldout18 or heldout19.

    PYTHONPATH=src .venv/bin/python bench/tight_clock_heldout_refit.py heldout11 heldout15 ...
"""

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import logic
from fpgaprune.core.hardware.fit import fit_constants, prepare
from fpgaprune.core.hardware.heldout import (
    design_repositories,
    layer_comparisons,
    read_calibration_set,
    read_set9_rom_ff_rows,
)

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
BLIND = ("heldout18", "heldout19")  # the blind checks: not to be read here


def refit_fabric_constants() -> None:
    """Replace `logic.FABRIC_CONSTANTS` in place by a fresh fit on the calibration data."""
    prepared = prepare(read_calibration_set(DATA))
    set9, repositories = read_set9_rom_ff_rows(DATA), design_repositories(DATA)
    for key, old in list(logic.FABRIC_CONSTANTS.items()):
        fitted = fit_constants(prepared, *key, rom_ff_rows=set9, repositories=repositories)
        logic.FABRIC_CONSTANTS[key] = replace(fitted, source=old.source)
        print(*key, fitted.product_ns, fitted.dsp_ns, fitted.adder_ns, fitted.shared_tail, file=sys.stderr)


def main() -> None:
    sets = sys.argv[1:]
    if any(name in BLIND for name in sets):
        raise SystemExit(f"{BLIND} are blind checks and are not scored here")
    refit_fabric_constants()
    groups = {"all": lambda c: True, "latency-strategy": lambda c: c.strategy == "latency"}
    for name in sets:
        comparisons = layer_comparisons(DATA / name)
        for metric in ("lut", "ff", "latency_cycles"):
            for label, keep in groups.items():
                errors = [c.error for c in comparisons if c.metric == metric and keep(c)]
                print(name, metric, label, len(errors), round(float(np.median(errors)), 3) if errors else "-")


if __name__ == "__main__":
    main()
