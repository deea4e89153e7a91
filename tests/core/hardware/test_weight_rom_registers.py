"""The reshaped weight ROM as HLS builds it (branch vivadoromreg): the word narrowed to its top lane's range
(`structures.rom_word_bits`), and Vivado HLS keeping a ROM whose storage the template leaves free in
registers (`structures.weight_rom_bram`, `project.library_leaves_weight_storage_free`). The expected numbers
are the Memory rows of the designs' per-function csynth reports (words x bits, BRAM_18K), read in the
repositories' snapshots at the commits of the sets' MANIFEST.tsv."""

from dataclasses import replace
from pathlib import Path

import pytest

from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.project import (
    library_leaves_weight_storage_free,
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


def _project(project: str, hls_tool: str = "vivado") -> dict:
    layers, kernels, _ = read_project(DATA / project, hls_tool)
    return {layer.name: (layer, as_matrix(layer, kernel)) for layer, kernel in zip(layers, kernels)}


@pytest.mark.parametrize(
    ("project", "widths"),
    [
        # T8 (rfforelli/Unsupervised-rotation-detection-and-label-learning, Vivado HLS 2020.1):
        # w4_V 60 x 11515, w8_V 64 x 380, w12_V 64 x 92, w16_V 48 x 19 (nominal 11520, 384, 96, 24)
        ("heldout7/projects/T8", {"q_dense": 11515, "q_dense_1": 380, "q_dense_2": 92, "q_dense_3": 19}),
        # U1 (jeanleos/umons, Vivado HLS 2020.1): 16-bit weights, one lane, 10-12 bits kept
        (
            "heldout8/projects/U1",
            {"conv2d_42": 10, "conv2d_43": 11, "conv2d_44": 12, "conv2d_45": 12}
            | {"conv2d_46": 11, "conv2d_47": 11},
        ),
        # N4 (Berk-Bilgin/ML-fpga, Vivado HLS 2020.1): 2-word ROMs of 40-512 lanes
        (
            "heldout17/projects/N4",
            {"q_conv1d_7": 318, "q_conv1d_6": 639, "q_conv1d_5": 1277, "q_dense_1": 4093},
        ),
        # S12 (Gabriele-bot/PYNQ_IA, Vivado HLS 2020.1)
        ("heldout6/projects/S12", {"fc1": 2041, "fc2": 1019, "fc3": 1018}),
    ],
)
def test_word_narrows_to_the_top_lane_range(project, widths):
    layers = _project(project)
    assert {name: rom_word_bits(*layers[name]) for name in widths} == widths


def test_unknown_weights_keep_the_nominal_word():
    layer, _ = _project("heldout7/projects/T8")["q_dense_3"]
    assert rom_word_bits(layer) == layer.block_factor * layer.weight_type.width == 24


@pytest.mark.parametrize(
    ("project", "free"),
    [
        ("heldout7/projects/T8", True),  # hls4ml <= 0.8: binding commented out, no `using kernel`
        ("heldout3/projects/K7", True),
        ("heldout6/projects/S11", True),
        ("heldout8/projects/U1", False),  # hls4ml 1.0.0: ROM_nP_BRAM binding, `using kernel`
        ("heldout4/projects/P1", False),
    ],
)
def test_storage_free_follows_the_code_generator(project, free):
    files = read_project_files(DATA / project)
    assert library_leaves_weight_storage_free(DATA / project / "firmware" / "nnet_utils", files) is free
    layers = _project(project)
    assert {layer.weights_storage_free for layer, _ in layers.values() if layer.weights_in_bram} == {free}


def test_storage_free_reads_the_shipped_library(tmp_path):
    files = read_project_files(DATA / "heldout7/projects/T8")
    library = tmp_path / "nnet_dense_resource.h"
    commented = "    //#pragma HLS RESOURCE variable=weights core=RAM_2P_BRAM Commenting out\n"
    library.write_text("void dense_resource_rf_leq_nin() {\n" + commented + "}\n")
    assert library_leaves_weight_storage_free(tmp_path, files)
    bound = "        #pragma HLS RESOURCE variable=weights core=ROM_nP_BRAM\n"
    library.write_text("void dense_resource_rf_leq_nin() {\n" + commented + bound + "}\n")
    assert not library_leaves_weight_storage_free(tmp_path, files)


@pytest.mark.parametrize(
    ("project", "layer", "blocks"),
    [
        ("heldout7/projects/T8", "q_dense_3", 0),  # 48 x 19 = 912 bits, registers (nominal 1,152)
        ("heldout6/projects/S11", "output", 0),  # 16 x 60 = 960 bits, registers
        ("heldout3/projects/K7", "conv2", 0),  # 144 x 6 = 864 bits, registers (Vivado HLS 2019.2)
        ("heldout17/projects/N4", "q_conv1d_7", 0),  # 2 x 318 = 636 bits, registers
        ("heldout4/projects/P5", "output", 1),  # 32 x 35 = 1,120 bits, 1 BRAM (instance report)
        ("heldout17/projects/N4", "q_conv1d_6", 18),  # 2 x 639 = 1,278 bits, 18 BRAM
        ("heldout8/projects/U1", "conv2d_47", 1),  # 72 x 11 = 792 bits but bound: 1 BRAM
        ("heldout4/projects/P3", "conv2d_147", 7),  # 9 x 238 bits: 7 columns of 36 (nominal 256: 8)
    ],
)
def test_weight_rom_blocks_match_the_reports(project, layer, blocks):
    hardware, matrix = _project(project)[layer]
    assert weight_rom_bram(hardware, "vivado", matrix) == blocks


def _free(n_in: int, free: bool = True) -> LayerHardware:
    # RF = n_in (no rem0 outidx ROM), one 16-bit lane: n_in x 16 bits
    return LayerHardware(
        "fc", "dense", (n_in, 1), n_in, "resource", weight_type="fixed<16,6>", weights_storage_free=free
    )


def test_registers_only_under_vivado_and_up_to_its_cut_off():
    at_cut, above = _free(60), _free(61)
    assert 60 * 16 == REGISTER_ROM_MAX_BITS["vivado"] < 61 * 16
    assert weight_rom_bram(at_cut, "vivado") == 0
    assert weight_rom_bram(above, "vivado") == bram_geometry(above).bram_18k == 1
    assert weight_rom_bram(at_cut, "vitis") == 1  # no free reshaped ROM of Vitis HLS in the data
    assert weight_rom_bram(replace(at_cut, weights_storage_free=False), "vivado") == 1
