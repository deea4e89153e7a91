"""hls4ml's batch normalisation (`nnet::normalize`): DSPs and timing from the templates, LUT/FF fitted on
held-out sets 3-7 and (since branch foldin) 8, 12-14, scored on sets 8 and 12 (docs/cost-model-record.md
2.6)."""

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware.batchnorm import (
    BATCHNORM_CONSTANTS,
    BATCHNORM_STREAM_TAIL,
    BatchNormLayer,
    estimate_batchnorm,
    fit_batchnorm_constants,
    fit_stream_tail,
    product_stage,
)
from fpgaprune.core.hardware.glue import design_batchnorms, estimate_project
from fpgaprune.core.hardware.heldout import batchnorm_left_out_estimates, metric_error, read_batchnorm_rows
from fpgaprune.core.hardware.logic import lone_product_stage
from fpgaprune.core.hardware.multipliers import Target
from fpgaprune.core.hardware.precision import parse_precision
from fpgaprune.core.hardware.project import read_project_files

DATA = Path(__file__).parent / "data"
VITIS = Target(part="xcu250-figd2104-2L-e", hls_tool="vitis", clock_ns=5.0)
SIXTEEN = parse_precision("ap_fixed<16,6>")
# median and worst per metric (bench/batchnorm_heldout.py): the fit rows with each design left out of the fit
# (since branch foldin with set 12's V1), and the instances of sets 8 (U2, never fitted on: over its device)
# and 12 (V1, fitted on since branch foldin, so in-sample); since branch foldin2 the fit rows have set 15's Y2
# (two) and set 18's M1 (one); before foldin2 in comments; since branch bnlat the products' stage
# (`product_stage`)
MEASURED_LEFT_OUT = {
    "dsp": (0.0, 0.6),
    "lut": (0.4141, 1.3889),  # before foldin2: 0.4376, 1.7222; before fold-in: 0.4239, 1.8556
    # ff before bnlat (no product stage FF): 0.0504, 1.0 (M1 at 0 of 12,963 FF)
    "ff": (0.0332, 0.7686),  # before foldin2: 0.0672, 0.9075; before fold-in: 0.096
    "latency_cycles": (0.0, 6.0),  # before foldin2: 0.1972, 6.0; before fold-in: 0.3364
}
MEASURED_HELD_OUT = {
    "dsp": (0.0, 0.0),
    "lut": (
        0.6344,
        0.6803,
    ),  # before foldin2: 0.6145, 0.6557; before fold-in (V1 not fitted on): 0.6834, 0.7664
    # ff before bnlat: 0.3557, 1.1765 (worst: U2's 34-FF instance, 74 -> 78 now)
    "ff": (0.3345, 1.2941),  # before foldin2: 0.4217, 0.8529
    # latency_cycles before bnlat: 0.0085, 0.0389 (U2 one cycle further under: the Vivado tail -1)
    "latency_cycles": (0.011, 0.0486),
}


def _layer(scales, io_type="io_parallel", n_in=4, size=4, reuse_factor=1, n_filt=-1):
    return BatchNormLayer(
        "bn", n_in, n_filt, reuse_factor, io_type, size, SIXTEEN, SIXTEEN, SIXTEEN,
        None if scales is None else np.asarray(scales, dtype=float),
    )  # fmt: skip


def test_constant_scales_cost_a_dsp_only_when_they_need_a_multiplier():
    # ap_fixed<16,6> scales (10 fractional bits): 0 and 0.5 (one CSD digit) are free, 0.75 = 1 - 1/4 a
    # shift-add, 0.6669921875 = 683/1024 (CSD 1010101011 -> 6 digits) a real 16 x 11-bit multiplier: a DSP
    assert estimate_batchnorm(_layer([0.0, 0.5, 0.75, 683 / 1024]), VITIS)["dsp"] == 1
    # unknown scales: every product a real multiplier of the scale type's width (an upper bound)
    assert estimate_batchnorm(_layer(None), VITIS)["dsp"] == 4


def test_vivado_scales_follow_the_dense_kernels_constant_product_rule():
    # Vivado HLS builds a constant product with an operand of at most 4 bits in LUTs
    # (docs/cost-model-record.md 2.1): 0.0107421875 = 11/1024 is a 4-bit operand (three CSD digits, a real
    # multiplier), its 16 x 4 product a LUT multiplier; 683/1024 (a 10-bit operand) x 16-bit data a DSP, as
    # under Vitis HLS
    vivado = Target(hls_tool="vivado")
    assert estimate_batchnorm(_layer([11 / 1024, 683 / 1024, 0.0, 0.0]), vivado)["dsp"] == 1
    assert estimate_batchnorm(_layer([11 / 1024, 683 / 1024, 0.0, 0.0]), VITIS)["dsp"] == 2


def test_stream_scales_change_with_the_iteration_unless_one_word_or_after_a_convolution():
    # 8 values in words of 4: scale[i * 4 + j] changes with i, so the 4 products are real multipliers
    varying = _layer([0.5] * 8, io_type="io_stream", n_in=8, size=4)
    assert estimate_batchnorm(varying, VITIS)["dsp"] == 4
    # after a convolution (n_filt 4) scale[j % 4] is a constant: 0.5 is a shift
    after_conv = _layer([0.5] * 4, io_type="io_stream", n_in=8, size=4, n_filt=4)
    assert estimate_batchnorm(after_conv, VITIS)["dsp"] == 0


def test_stream_timing_follows_the_multiplier_limit():
    # K9's bn_dense_0: 42 values in one word at RF 256: multiplier_limit ceil(42 / 256) = 1, so one DSP does
    # the 42 products, II 42, the loop one product stage deeper (reported: 1 DSP, latency 42, II 42)
    layer = _layer(None, io_type="io_stream", n_in=42, size=42, reuse_factor=256)
    vivado = Target(hls_tool="vivado")
    cycles = product_stage(layer, vivado)[0]
    estimate = estimate_batchnorm(layer, vivado)
    latency = 42 + cycles + BATCHNORM_STREAM_TAIL["vivado"]
    assert (estimate["dsp"], estimate["latency_cycles"], estimate["ii"]) == (1, latency, 42 + cycles)


def test_products_take_the_lone_product_rule():
    # each real product is `logic.lone_product_stage`'s one-product kernel: at Vitis 5 ns a 16 x 16-bit DSP
    # product and its add fit the cycle (0 cycles, 0 FF: V1, S1-S3 report 0 and 0); at 2.8 ns (M1's clock,
    # 2.45 ns budget) it takes a cycle, and its FF counts once per real product (0.5 is a shift: none)
    fast, slow = VITIS, Target(part="xcvu9p-flga2104-2L-e", hls_tool="vitis", clock_ns=2.8)
    scales = [683 / 1024, 683 / 1024, 0.5, 0.0]
    one = lone_product_stage(slow, 16, 16, 16, 1)
    assert one[0] == 1 and one[1] > 0
    assert product_stage(_layer(scales), fast) == (0, 0.0)
    assert product_stage(_layer(scales), slow) == (1, 2 * one[1])
    estimate = estimate_batchnorm(_layer(scales), slow)
    assert (estimate["latency_cycles"], estimate["ff"]) == (1, round(2 * one[1]))
    # QKeras power-of-two scales (no scale type) are shifts: no stage
    assert product_stage(replace(_layer(scales), scale_type=None), slow) == (0, 0.0)


def test_constants_in_code_are_the_fit_on_the_calibrating_sets():
    rows = read_batchnorm_rows(DATA)
    assert len(rows) == 23  # sets 3-7's 18, since branch foldin V1's two, since foldin2 Y2's two and M1's one
    assert fit_batchnorm_constants(rows) == BATCHNORM_CONSTANTS
    assert fit_stream_tail(rows) == BATCHNORM_STREAM_TAIL


@pytest.mark.parametrize(
    "rows_of, measured",
    [("left out", MEASURED_LEFT_OUT), ("held out", MEASURED_HELD_OUT)],
)
def test_errors_are_the_documented_bands(rows_of, measured):
    if rows_of == "left out":
        rows = read_batchnorm_rows(DATA)
        pairs = list(zip(rows, batchnorm_left_out_estimates(rows)))
    else:
        rows = read_batchnorm_rows(DATA, {"heldout8": (), "heldout12": ()})
        assert len(rows) == 8
        pairs = [(row, estimate_batchnorm(row.layer, row.target)) for row in rows]
    for metric, (median, worst) in measured.items():
        errors = [metric_error(metric, estimate[metric], row.report[metric]) for row, estimate in pairs]
        assert np.median(errors) == pytest.approx(median, abs=0.002), metric
        assert max(errors) == pytest.approx(worst, abs=0.01), metric


def test_sizes_written_as_products_of_macros_are_read():
    # U2's config4: n_in = OUT_HEIGHT_2*OUT_WIDTH_2*N_FILT_2 (64 x 64 pixels x 4 filters), n_filt = 4
    layer = design_batchnorms(read_project_files(DATA / "heldout8" / "projects" / "U2"))[0]
    assert (layer.n_in, layer.n_filt, layer.size, layer.iterations) == (64 * 64 * 4, 4, 4, 64 * 64)


def test_design_totals_count_the_batch_normalisation_dsps():
    # V1 (set 12): Dense layers 4 + 0 + 2 DSPs, BN1 32 and BN2 16: the report's 54
    project = DATA / "heldout12" / "projects" / "V1"
    result = estimate_project(project, "vitis")
    assert (result["activations"]["BN1"]["dsp"], result["activations"]["BN2"]["dsp"]) == (32, 16)
    assert result["totals"]["dsp"] == 54
