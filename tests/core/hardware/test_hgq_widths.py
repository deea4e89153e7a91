"""HGQ's per-element input widths (`project.quantizer_outputs` -> `LayerHardware.row_operand_bits`)."""

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware.cost import _constant_products, estimate_model
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.multipliers import LUT_MAX_BITS
from fpgaprune.core.hardware.project import read_project

DATA = Path(__file__).parent / "data"


def test_hgq_element_widths_put_narrowed_products_in_luts():
    # G3 (Lrozzy/hls4ml_OpenML, HGQ, Vitis HLS, xcu50): h_dense_22's input array is ap_ufixed<11,7>, wider
    # than Vitis's LUT-multiplier limit (10 bits); its nnet_code_gen.h quantizer casts input 2 to
    # ap_ufixed<6,3> (7 bits once held in the array's 4 fractional bits), input 4 to ap_ufixed<10,6> (10
    # bits) and sets input 14 to 0. The report (heldout2/instances.csv) gives the layer 0 DSP.
    layers, kernels, target = read_project(DATA / "heldout2" / "projects" / "G3")
    layer, kernel = layers[2], kernels[2]
    assert layer.name == "h_dense_22" and layer.input_type.width == 11 > LUT_MAX_BITS["vitis"]
    assert len(layer.row_operand_bits) == layer.n_in == 32
    assert (layer.row_operand_bits[2], layer.row_operand_bits[4], layer.row_operand_bits[14]) == (7, 10, 0)
    one_width = replace(layer, row_operand_bits=())
    per_row = _constant_products(layer, kernel, target)
    declared = _constant_products(one_width, kernel, target)
    # input 2 x output 5 is a real multiplier (3+ CSD digits): 11 bits wide it is a DSP, 7 bits wide LUTs
    assert per_row.real[2, 5] and declared.dsp_each[2, 5] == 1
    assert per_row.dsp_each[2, 5] == 0 and per_row.lut_each[2, 5] > 0
    assert int((declared.dsp_each > 0).sum()) == 14 and not per_row.dsp_each.any()
    estimate = estimate_model([layer], [kernel], target).layers[0]
    assert estimate.dsp == 0 and estimate_model([one_width], [kernel], target).layers[0].dsp > 0


def test_projects_without_a_code_gen_file_keep_one_width():
    # G1 (set 2, not HGQ: its nnet_code_gen.h defines no quantizer) and H1 (set 1)
    for project in (DATA / "heldout2" / "projects" / "G1", DATA / "heldout" / "projects" / "H1"):
        layers, _, _ = read_project(project)
        assert not any(layer.row_operand_bits for layer in layers)
        assert all(np.ndim(layer.row_data_operand_bits) == 0 for layer in layers)


def test_row_widths_must_match_the_dense_inputs():
    with pytest.raises(ValueError, match="3 row operand widths given for a dense layer of 4 inputs"):
        LayerHardware("d", "dense", (4, 2), row_operand_bits=(8, 8, 8))
    with pytest.raises(ValueError, match="per-row widths are read for Dense layers only"):
        LayerHardware("c", "conv1d", (1, 4, 2), row_operand_bits=(8, 8, 8, 8))
    layer = LayerHardware("d", "dense", (4, 2), input_type="ap_fixed<16,6>", row_operand_bits=(0, 7, 12, 3))
    assert layer.data_operand_bits == 12 and layer.row_data_operand_bits.shape == (4, 1)
