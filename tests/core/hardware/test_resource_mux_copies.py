"""Branch resourcelut: the Resource kernel's LUT as its csynth rows list it (docs/cost-model-record.md 2.17,
`bench/resource_mux_copies.py`): the ROM fit leaves out the input-multiplexer copies Vivado HLS lists at a
design-wide price (`heldout.MUX_COPIES_TABLE`), and a packed input word is selected by shifters
(`logic.rom_input_shifters`), not by per-input multiplexers."""

import csv
from dataclasses import replace
from pathlib import Path

import pytest

from fpgaprune.core.hardware import LayerHardware, cost
from fpgaprune.core.hardware.cost import estimate_layer, rom_kernel
from fpgaprune.core.hardware.fit import refit_rom
from fpgaprune.core.hardware.heldout import MUX_COPIES_TABLE, read_calibration_set
from fpgaprune.core.hardware.logic import (
    CONSTANTS,
    NO_STREAM_WRAPPER,
    RomKernel,
    input_mux_copies_warning,
    rom_input_shifters,
    rom_kernel_features,
    select_chain_luts,
)
from fpgaprune.core.hardware.multipliers import Target

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def rom_rows():
    return [row for row in read_calibration_set(DATA) if not row.layer.constant_weights]


def _name(row) -> str:
    return row.layer.name.split("/", 1)[-1]


def test_the_copies_are_the_multipliers_beyond_the_shared_selection_where_the_warning_names_the_layer(
    rom_rows,
):
    table = {(r["case"], r["layer"]): r for r in csv.DictReader((DATA / MUX_COPIES_TABLE).open())}
    warned = [row for row in rom_rows if input_mux_copies_warning(row.layer, row.target.hls_tool)]
    assert {(row.case, _name(row)) for row in warned} >= set(table)  # every table row is a warned layer
    for row in warned:
        layer = row.layer
        copies = layer.block_factor - -(-layer.n_in // layer.reuse_factor)
        listed = table.get((row.case, _name(row)))
        # R2's output_sigmoid: 2 multipliers, 2 shared selections, no copy (and no table row)
        assert (int(listed["copies"]) if listed else 0) == copies
        if listed:
            assert int(listed["copies_lut"]) == copies * int(listed["lut_each"])
            assert row.report["lut_mux_copies"] == int(listed["copies_lut"]) < row.report["lut"]
    # the evidence: R1 (13 LUT a copy) and S11/S12 (145); Vitis HLS rows list none
    assert {int(r["lut_each"]) for r in table.values()} == {13, 145}
    assert all(row.target.hls_tool == "vivado" for row in rom_rows if "lut_mux_copies" in row.report)


def test_the_rom_fit_fits_the_lut_without_the_copies(rom_rows):
    start = CONSTANTS["vivado"]
    fitted = refit_rom(rom_rows, start).rom_lut
    taken_out = []
    for row in rom_rows:
        report = {**row.report, "lut": row.report["lut"] - row.report.get("lut_mux_copies", 0)}
        report.pop("lut_mux_copies", None)
        taken_out.append(replace(row, report=report))
    assert refit_rom(taken_out, start).rom_lut == pytest.approx(fitted)
    with_copies = [
        replace(row, report={k: v for k, v in row.report.items() if k != "lut_mux_copies"})
        for row in rom_rows
    ]
    assert refit_rom(with_copies, start).rom_lut != pytest.approx(fitted)


def _kernel(n_in, rf, data_bits=16, packed=True):
    return RomKernel(n_in, 8, rf, n_in * 8 / rf, data_bits, 16, 16, input_packed=packed)


def test_packed_input_shifters_by_hand():
    assert rom_input_shifters(_kernel(16, 8)) == 2  # S11/S12 fc1: ceil(16 / 8) selections of a 256-bit word
    assert rom_input_shifters(_kernel(100, 50, 18)) == 2  # Y3's dense: 2 of 1,800 bits
    assert rom_input_shifters(_kernel(64, 128, 32)) == 1  # U9's encoder (RF > n_in): 1 of 2,048 bits
    assert rom_input_shifters(_kernel(16, 8, packed=False)) == 0
    packed, unpacked = (
        rom_kernel_features(_kernel(100, 50, 18))[0],
        rom_kernel_features(_kernel(100, 50, 18, False))[0],
    )
    assert packed["input_shifter"] == 2 * 100 * 18 and packed["input_mux"] == 0.0
    assert unpacked["input_shifter"] == 0.0 and unpacked["input_mux"] == 100.0


def test_the_packed_calibration_rows_are_the_ones_whose_reports_list_shifters(rom_rows):
    packed = {
        (row.case, _name(row))
        for row in rom_rows
        if rom_kernel(row.layer, row.kernel, row.target).input_packed
    }
    # results/bench/resource_mux_copies.md: the rows with `lshr` shifters and no per-input phi multiplexer
    assert packed == {("S11", "fc1"), ("S12", "fc1"), ("U9", "encoder_dense"), ("Y3", "dense")}


def test_select_chains_by_hand():
    # T8's q_dense (900 inputs, RF 60, 16 bits): 15 selections of 60 inputs, 59 selects each, 16 LUT a select
    assert (
        select_chain_luts(900, 60, 16) == 15 * 59 * 16 == 14160
    )  # the report's 885 `select` rows, 14,160 LUT
    assert select_chain_luts(784, 196, 16) == 4 * 195 * 16  # K8's output: 780 rows, 12,480 LUT
    assert select_chain_luts(64, 64, 16) == select_chain_luts(32, 64, 16) == 0.0  # RF >= n_in: no chain


def test_select_chains_only_for_vivado_io_stream_resource_kernels(monkeypatch):
    """T8's q_dense shape: the rule adds its 14,160 LUT to the Vivado HLS io_stream estimate and nothing to
    the Vitis HLS or io_parallel ones (the estimates with the rule set to 0 are the comparison)."""
    layer = LayerHardware(
        "fc",
        "dense",
        (900, 64),
        reuse_factor=60,
        strategy="resource",
        io_type="io_stream",
        input_type="ap_fixed<16,6>",
    )
    vivado = Target(part="xcu250-figd2104-2L-e", hls_tool="vivado", clock_ns=5.0)
    cases = [
        (layer, vivado),
        (layer, replace(vivado, hls_tool="vitis")),
        (replace(layer, io_type="io_parallel"), vivado),
    ]

    def luts():
        return [estimate_layer(case, None, target, wrapper=NO_STREAM_WRAPPER).lut for case, target in cases]

    with_chains = luts()
    monkeypatch.setattr(cost, "select_chain_luts", lambda *args: 0.0)
    assert [a - b for a, b in zip(with_chains, luts())] == [14160, 0, 0]
