"""How the timing grid search chooses among points (nearly) tied on the latency error (branch ffclock2)."""

from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware import fit
from fpgaprune.core.hardware.heldout import read_calibration_set
from fpgaprune.core.hardware.logic import CONSTANTS, product_delay_ns, tree_levels

DATA = Path(__file__).parent / "data"
B_DESIGNS = {"B1", "B2", "B3", "B4", "B5"}  # Hector-Plata/hls4ml-tutorial's calibration designs


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


@pytest.mark.parametrize("rule", ["ff", "fewest_bits", "slowest", "smooth", "measured"])
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


def test_measured_tie_break_takes_no_dsp_product_faster_than_hls_schedules(monkeypatch):
    # Vivado HLS UltraScale without Hector-Plata's B1-B4 (bench/vivado_ff_repo_out.py): 420 grid points tie,
    # the first in grid order prices a DSP product at 0 ns; the measured rule keeps the latency error and
    # takes the first tied point whose DSP product is at least HLS's fastest one-cycle multiply there
    constant = [
        p for p in fit.prepare(read_calibration_set(DATA)) if p.constant and p.row.case not in B_DESIGNS
    ]
    group = [constant[i] for i in fit._group_indices(constant, "vivado", "ultrascale")]
    monkeypatch.setattr(fit, "TIMING_TIE_BREAK", "first")
    first = fit._fit_timing(group, CONSTANTS["vivado"])
    monkeypatch.setattr(fit, "TIMING_TIE_BREAK", "measured")
    measured = fit._fit_timing(group, CONSTANTS["vivado"])
    assert first.product_ns + first.dsp_ns < fit.DSP_MULTIPLY_FLOOR_NS["vivado", "ultrascale"]
    assert measured.product_ns + measured.dsp_ns >= fit.DSP_MULTIPLY_FLOOR_NS["vivado", "ultrascale"]
    assert _latency_error(group, measured) == pytest.approx(_latency_error(group, first))
