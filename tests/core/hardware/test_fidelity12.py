"""Fidelity12's LUT term of hls4ml's `dense_resource_rf_gt_nin_rem0` kernel (docs/cost-model-record.md
2.3)."""

from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware import LayerHardware
from fpgaprune.core.hardware.cost import rom_kernel
from fpgaprune.core.hardware.fit import fit_rem0_term, leave_one_group_out_rem0
from fpgaprune.core.hardware.heldout import SET9_FIT_N_IN, read_set9_rem0_lut_rows
from fpgaprune.core.hardware.logic import REM0_LUT, accumulator_crossbar_bits, rem0_kernel_features

DATA = Path(__file__).parent / "data"
# measured on set 9's fit half by leave_one_group_out_rem0, one n_in a group (fidelity12): median and worst
# relative LUT error (before fold-in of sets 8, 12-14, branch foldin, which refitted the other constants:
# 0.103, 0.67; before branch selmux, whose per-input ROM `input_mux` took over this term's input part:
# 0.1038, 0.6153; before branch resourcelut, whose ROM fit leaves out Vivado HLS's input-multiplexer copies
# and prices packed-input shifters: 0.1075, 0.676)
MEASURED_REM0_CV = (0.1069, 0.6135)


def _kernel(n_in, n_out, reuse_factor, strategy="resource", io_type="io_parallel"):
    layer = LayerHardware(
        "fc", "dense", (n_in, n_out), reuse_factor=reuse_factor, strategy=strategy, io_type=io_type
    )
    return rom_kernel(layer, None)


def test_crossbar_of_a_small_rem0_kernel_worked_by_hand():
    # n_in 128, n_out 8, RF 512: block_factor = 128 * 8 / 512 = 2 multipliers, outscale = 512 / 128 = 4;
    # multiplier im adds into acc[outidx[ir] + 4 * im] with outidx[] filled at run time, so each of the 2 may
    # reach all 8 accumulators of 16 bits (ap_fixed<16,6>): 2 * 8 * 16 = 256 triples
    kernel = _kernel(128, 8, 512)
    assert kernel.rem0_kernel
    assert accumulator_crossbar_bits(kernel) == 256
    # all multipliers read data[in_index]: one 128-to-1 multiplexer of 16-bit inputs, 128 * 16 input bits
    assert rem0_kernel_features(kernel) == {"kernel": 1.0, "crossbar": 256.0, "input_mux": 2048.0}


def test_term_only_where_the_rem0_kernel_runs_and_was_seen():
    outscale_two = {"kernel": 1.0, "crossbar": 0.0, "input_mux": 256 * 16.0}
    assert rem0_kernel_features(_kernel(256, 8, 512)) == outscale_two  # RF / n_in = 2: no crossbar
    nothing = {"kernel": 0.0, "crossbar": 0.0, "input_mux": 0.0}
    assert rem0_kernel_features(_kernel(6, 360, 30)) == nothing  # R1's GRU kernel: RF 30 < 384
    assert not _kernel(128, 8, 512, io_type="io_stream").rem0_kernel
    assert not _kernel(128, 8, 64).rem0_kernel  # RF <= n_in
    assert not _kernel(128, 8, 512, strategy="resource_unrolled").rem0_kernel


def test_constants_in_code_are_the_fit_on_set9_fit_half():
    rows = read_set9_rem0_lut_rows(DATA)
    assert len(rows) == 435
    assert {int(row.group) for row in rows} == set(SET9_FIT_N_IN)
    fitted = fit_rem0_term(rows)
    # abs: the input term is ~0 since branch selmux and its last digits follow the estimates' rounding
    assert fitted == pytest.approx(REM0_LUT["vivado"], rel=1e-3, abs=1e-3)


def test_leave_one_n_in_out_is_the_documented_band():
    held_out = leave_one_group_out_rem0(read_set9_rem0_lut_rows(DATA))
    errors = np.concatenate([np.asarray(v) for v in held_out.values()])
    assert sorted(map(int, held_out)) == sorted(SET9_FIT_N_IN)
    assert np.median(errors) == pytest.approx(MEASURED_REM0_CV[0], abs=0.002)
    assert errors.max() == pytest.approx(MEASURED_REM0_CV[1], abs=0.01)
