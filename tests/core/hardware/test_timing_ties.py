"""How the timing grid search chooses among points (nearly) tied on the latency error (branch ffclock2)."""

from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware import fit
from fpgaprune.core.hardware.heldout import read_calibration_set
from fpgaprune.core.hardware.logic import CONSTANTS, product_delay_ns, tree_levels

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def vitis_ultrascale():
    constant = [p for p in fit.prepare(read_calibration_set(DATA)) if p.constant]
    return [constant[i] for i in fit._group_indices(constant, "vitis", "ultrascale")]


def _latency_error(prepared, timing) -> float:
    """The grid search's objective at one timing point (band units, each row capped at 5)."""
    total = 0.0
    for item in prepared:
        kernel, report = item.kernel, item.row.report["latency_cycles"]
        budget = item.row.target.budget_ns
        start = product_delay_ns(kernel, timing)
        levels = float(tree_levels(kernel.terms).max(initial=0))
        latency = max(np.ceil((start + levels * timing.adder_ns) / budget) - 1, 0)
        if kernel.limit_binds:
            last = max(np.ceil((start + timing.adder_ns) / budget) - 1, 0)
            latency = max(latency, kernel.issues + last + timing.shared_tail)
        total += min(abs(latency - report) / max(1.0, 0.1 * report), 5.0)
    return total


@pytest.mark.parametrize("rule", ["ff", "fewest_bits", "slowest", "smooth"])
def test_every_tie_break_keeps_the_best_latency_error(vitis_ultrascale, rule, monkeypatch):
    monkeypatch.setattr(fit, "TIMING_TIE_BREAK", rule)
    best = _latency_error(vitis_ultrascale, fit._fit_timing(vitis_ultrascale, CONSTANTS["vitis"]))
    monkeypatch.setattr(fit, "TIMING_TIE_BREAK", "first")
    assert best == pytest.approx(
        _latency_error(vitis_ultrascale, fit._fit_timing(vitis_ultrascale, CONSTANTS["vitis"]))
    )


def test_a_tie_band_trades_latency_error_within_the_band_for_the_ff_fit(vitis_ultrascale, monkeypatch):
    monkeypatch.setattr(fit, "TIMING_TIE_BREAK", "ff")
    exact = fit._fit_timing(vitis_ultrascale, CONSTANTS["vitis"])
    monkeypatch.setattr(fit, "TIMING_TIE_BANDS", 3.0)
    near = fit._fit_timing(vitis_ultrascale, CONSTANTS["vitis"])
    assert _latency_error(vitis_ultrascale, near) <= _latency_error(vitis_ultrascale, exact) + 3.0 + 1e-9
    assert fit._ff_residual(vitis_ultrascale, near) <= fit._ff_residual(vitis_ultrascale, exact)
