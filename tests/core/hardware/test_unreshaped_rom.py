"""Un-reshaped Resource weight ROMs: hls4ml 0.7.0-0.8.1's Vitis-backend `nnet_dense_resource.h` (no
`ARRAY_RESHAPE` on the weights): `structures.weight_rom_bram` and
`project.library_leaves_weights_unreshaped`."""

from dataclasses import replace
from pathlib import Path

import pytest

from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.project import (
    library_leaves_weights_unreshaped,
    read_project,
    read_project_files,
)
from fpgaprune.core.hardware.structures import (
    REGISTER_ROM_MAX_BITS,
    as_matrix,
    bram_geometry,
    rom_word_bits,
    weight_rom_bram,
)

DATA = Path(__file__).parent / "data"


def _dense(shape, rf, bits, unreshaped=True):
    return LayerHardware(
        "fc", "dense", shape, rf, "resource", weight_type=f"fixed<{bits},2>", weights_unreshaped=unreshaped
    )


def test_reshaped_layers_keep_the_column_geometry():
    layer = _dense((64, 32), 32, 16, unreshaped=False)
    assert weight_rom_bram(layer) == bram_geometry(layer).bram_18k


def test_one_rom_copy_per_two_read_ports_by_hand():
    # 2,048 x 8 bits: one 2048 x 9 block a copy; block factor 64 -> 32 copies; RF 32 <= n_in: no outidx
    assert weight_rom_bram(_dense((64, 32), 32, 8)) == 32
    # 315 x 8 bits (one block), block factor 7 (odd): 4 copies
    assert weight_rom_bram(_dense((45, 7), 45, 8)) == 4


def test_rom_depth_is_padded_to_a_power_of_two():
    # 2,380 x 16 (V4's size): 4096 deep -> four 1024 x 18 blocks (three without the padding);
    # 1,000 x 16 fits one 1024 x 18 block; block factor 1, n_out 1 (RF = n_in): no outidx
    assert weight_rom_bram(_dense((2380, 1), 2380, 16)) == 4
    assert weight_rom_bram(_dense((1000, 1), 1000, 16)) == 1


def test_small_roms_are_registers():
    words = REGISTER_ROM_MAX_BITS["vitis"] // 8
    assert weight_rom_bram(_dense((words, 1), words, 8)) == 0
    assert weight_rom_bram(_dense((words + 1, 1), words + 1, 8)) == 1


def test_rem0_kernel_adds_the_outidx_rom():
    # RF = 2,048 = 64 x n_in (n_in 32): outidx 2,048 words of 0..63 (6 bits) -> 1 block (2048 x 9);
    # weights 2,048 x 8 at block factor 1 -> 1 block
    assert weight_rom_bram(_dense((32, 64), 2048, 8)) == 2


@pytest.mark.parametrize(
    ("project", "expected"),
    [
        ("heldout12/projects/V4", True),  # Vitis backend (config), project.tcl says vivado, no `using kernel`
        ("heldout7/projects/T7", True),
        ("heldout6/projects/S4", True),
        ("heldout7/projects/T4", False),  # hls4ml 1.x code generator: `using kernel =`
        ("heldout19/projects/L2", False),
        ("heldout8/projects/U8", False),  # Vivado backend
    ],
)
def test_detection_from_the_project_files(project, expected):
    files = read_project_files(DATA / project)
    assert library_leaves_weights_unreshaped(files.root / "firmware" / "nnet_utils", files) is expected


def test_a_shipped_library_decides(tmp_path):
    files = read_project_files(DATA / "heldout12/projects/V4")
    nnet_utils = tmp_path / "nnet_utils"
    nnet_utils.mkdir()
    header = "void dense_resource_rf_leq_nin(...) {\n"
    (nnet_utils / "nnet_dense_resource.h").write_text(header + "    // no reshape\n}\n")
    assert library_leaves_weights_unreshaped(nnet_utils, files)
    (nnet_utils / "nnet_dense_resource.h").write_text(
        header + "    #pragma HLS ARRAY_RESHAPE variable=weights block factor=block_factor\n}\n"
    )
    assert not library_leaves_weights_unreshaped(nnet_utils, replace(files))


def test_v4_reads_as_unreshaped_with_the_reported_bram():
    # V4's csynth report (set 12): 140 BRAM for `dense` (2,380 x 16 bits, block factor 70)
    layers, _, _ = read_project(DATA / "heldout12/projects/V4", "vitis")
    dense = next(layer for layer in layers if layer.name == "dense")
    assert dense.weights_unreshaped
    assert weight_rom_bram(dense) == 140


def _project_layer(project: str, name: str, hls_tool: str):
    layers, _, _ = read_project(DATA / project, hls_tool)
    return next(layer for layer in layers if layer.name == name)


@pytest.mark.parametrize(
    ("project", "layer", "expected"),
    [
        # Memory rows of U1's per-kernel csynth reports (jeanleos/umons, Vivado HLS 2020.1): the weights
        # and the rem0 kernel's outidx ROM, 1,152 x 4 bits (1 BRAM), 576 x 2 (1), 288 x 3 (in LUTs)
        ("heldout8/projects/U1", "conv2d_44", 3),
        ("heldout8/projects/U1", "conv2d_46", 2),
        ("heldout8/projects/U1", "conv2d_43", 1),
        # U3 (fastmachinelearning/hls4ml-live-demo, Vivado HLS 2019.2): 9,216-word weights and outidx
        ("heldout8/projects/U3", "q_conv2d_batchnorm_1", 10),
        ("heldout8/projects/U3", "q_conv2d_batchnorm", 2),
    ],
)
def test_vivado_rem0_kernels_count_their_outidx_rom(project, layer, expected):
    hardware = _project_layer(project, layer, "vivado")
    assert not hardware.weights_unreshaped
    assert weight_rom_bram(hardware, "vivado") == expected


def test_outidx_register_cut_off_is_per_tool():
    # RF 288 = 8 x n_in 36: outidx 288 x 3 = 864 bits, in LUTs under Vivado HLS (U1); RF 576 = 4 x 144:
    # 576 x 2 = 1,152 bits, in a BRAM under Vivado HLS (U1); Vitis HLS keeps up to 1,280 bits in registers
    # (both templates, branch diag22), so 1,152 bits take no block there and 512 x 4 = 2,048 bits one
    small = _dense((36, 8), 288, 11, unreshaped=False)
    large = _dense((144, 4), 576, 11, unreshaped=False)
    larger = _dense((32, 16), 512, 11, unreshaped=False)
    assert 288 * 3 <= REGISTER_ROM_MAX_BITS["vivado"] < 576 * 2 <= REGISTER_ROM_MAX_BITS["vitis"] < 512 * 4
    assert weight_rom_bram(small, "vivado") == bram_geometry(small).bram_18k
    assert weight_rom_bram(large, "vivado") == bram_geometry(large).bram_18k + 1
    assert weight_rom_bram(large, "vitis") == bram_geometry(large).bram_18k
    assert weight_rom_bram(larger, "vitis") == bram_geometry(larger).bram_18k + 1


@pytest.mark.parametrize(
    ("layer", "expected"),
    [
        # Memory rows of A1's per-kernel csynth reports (set 22, adi7312/wedrowiec, Vitis HLS 2024.2, hls4ml
        # 1.x's reshaped Vivado template, one multiplier a layer): the weight ROM (kept word 7 bits) in one
        # block and `outidx` 2,048 x 5, 1,024 x 5, 512 x 4 bits in one more; dense_7's 64 x 2 in registers
        # (0 BRAM, 2 FF, 2 LUT). Before branch diag22 Vitis HLS counted no outidx on this template: 1 each.
        ("dense_4", 2),
        ("dense_5", 2),
        ("dense_6", 2),
        ("dense_7", 1),
    ],
)
def test_vitis_rem0_kernels_on_the_reshaped_template_count_their_outidx_rom(layer, expected):
    layers, kernels, _ = read_project(DATA / "heldout22/projects/A1", "vitis")
    hardware, kernel = next((item, k) for item, k in zip(layers, kernels, strict=True) if item.name == layer)
    assert not hardware.weights_unreshaped and hardware.reuse_factor == hardware.n_in * hardware.n_out
    matrix = as_matrix(hardware, kernel)
    assert rom_word_bits(hardware, matrix) == 7  # the reports' `w*_ROM` rows: RF words of 7 bits
    assert weight_rom_bram(hardware, "vitis", matrix) == expected


def test_rf_up_to_n_in_has_no_outidx_rom():
    # RF <= n_in runs dense_resource_rf_leq_nin, which keeps no index array (valid reuse factors above
    # n_in are multiples of it, `reuse.py`, so every Resource layer with RF > n_in runs the rem0 kernel)
    leq = _dense((64, 32), 32, 16, unreshaped=False)
    assert weight_rom_bram(leq, "vivado") == bram_geometry(leq).bram_18k
