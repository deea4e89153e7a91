"""Stream FIFOs and lookup tables against the held-out reports (docs/cost-model-record.md section 2.6)."""

import csv
import shutil
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware.glue import (
    bram18_blocks,
    design_activations,
    design_memories,
    estimate_project,
    fifo_bram_18k,
    fifo_family,
    is_dataflow_top,
    vuplus_fifo_bram_18k,
)
from fpgaprune.core.hardware.heldout import manifest_fifo_family, read_table
from fpgaprune.core.hardware.project import (
    project_layers,
    read_project,
    read_project_config,
    read_project_files,
)

HELDOUT = Path(__file__).parent / "data" / "heldout"
PROJECTS = HELDOUT / "projects"
# H10: Vivado HLS turned io_parallel arrays between its DATAFLOW processes into FIFOs (78 BRAM), which
# hls4ml does not declare (its pointwise Conv1D layers are read since branch conv1d). Documented, not checked.
CHECKED = [f"H{i}" for i in range(1, 10)]


def _table(name):
    with (HELDOUT / name).open(newline="") as handle:
        return list(csv.DictReader(handle))


def _reported(design: str, function_names=("softmax", "tanh", "sigmoid")):
    fifos = defaultdict(int)
    for row in _table("fifos.csv"):
        if row["design"] == design:
            fifos[row["fifo"].split("_V_")[0]] += int(row["bram_18k"])
    tables = sum(
        int(r["bram_18k"])
        for r in _table("instances.csv")
        if r["design"] == design and r["function"] in function_names
    )
    total = next(
        int(r["bram_18k"]) for r in _table("summary.csv") if r["design"] == design and r["row"] == "Total"
    )
    return fifos, tables, total


def test_bram_blocks_follow_the_bram18_aspect_ratios():
    assert bram18_blocks(1024, 18) == 1 and bram18_blocks(676, 16) == 1 and bram18_blocks(2, 1400) == 78
    assert bram18_blocks(2048, 18) == 2 and bram18_blocks(4096, 8) == 2


def test_small_fifos_are_shift_registers():
    assert fifo_bram_18k(16, 16, "vivado") == 0 and fifo_bram_18k(36, 16, "vivado") == 1
    assert fifo_bram_18k(36, 16, "vitis") == 0 and fifo_bram_18k(676, 64, "vitis") == 4


def test_vitis_fifos_of_depth_two_or_less_are_shift_registers_whatever_their_bits():
    assert fifo_bram_18k(1, 1264, "vitis") == 0 and fifo_bram_18k(2, 1400, "vitis") == 0
    assert fifo_bram_18k(3, 1264, "vitis") == bram18_blocks(3, 1264)  # depth 3: the bits decide again
    assert fifo_bram_18k(4, 3072, "vitis") == 171  # V3's depth-4 FIFO of 3,072 bits: 171 BRAM in its report
    assert fifo_bram_18k(2, 1400, "vivado") == 78  # Vivado HLS has no depth cut (H10's channel: 78 BRAM)


def test_s5s_depth_one_fifo_of_1264_bits_takes_no_bram_as_reported():
    """S5 (set 6, Vitis HLS 2023.1, xcvu13p): `layer12_out` is one FIFO of depth 1 x 1,264 bits, 0 BRAM and
    2,058 FF in its report (source csynth report); the estimate (source estimate) puts it and S5's other
    depth-1 FIFOs in registers. (Its deeper FIFOs are not all right: the report has 9 BRAM where the
    estimate has 41, 62 before branch fifomap: five of them are VU+ LUTRAM, docs/cost-model-record.md 2.6;
    this rule does not move them.)"""
    design_dir = Path(__file__).parent / "data" / "heldout6" / "projects" / "S5"
    target = read_project(design_dir)[2]
    assert target.hls_tool == "vitis"
    fifos = [
        m for m in design_memories(read_project_files(design_dir), "vitis", target.part) if m.kind == "fifo"
    ]
    with (design_dir.parents[1] / "fifos.csv").open(newline="") as handle:
        reported = {r["fifo"]: r for r in csv.DictReader(handle) if r["design"] == "S5"}
    wide = next(m for m in fifos if m.name == "layer12_out")
    assert (wide.depth, wide.width, wide.bram_18k) == (1, 1264, 0)
    row = reported["layer12_out_U"]
    assert (int(row["depth"]), int(row["bits"]), int(row["bram_18k"])) == (1, 1264, 0)
    assert int(row["ff"]) == 2058
    shallow = {m.name: m.bram_18k for m in fifos if m.depth <= 2}
    assert shallow == {"layer12_out": 0, "layer13_out": 0, "layer15_out": 0, "layer16_out": 0}
    assert all(int(reported[f"{name}_U"]["bram_18k"]) == 0 for name in shallow)


def _vitis_memory_fifo_rows():
    """(design, family, depth, bits, report BRAM_18K) of every fifos.csv row of the held-out sets
    synthesised by Vitis HLS that the model puts in memory (source: csynth reports; sets without a design
    MANIFEST skipped)."""
    rows = []
    for manifest_path in sorted((HELDOUT.parent).glob("heldout*/MANIFEST.tsv")):
        fifos = manifest_path.parent / "fifos.csv"
        designs = {d["design"]: d for d in read_table(manifest_path, "\t") if "design" in d}
        if not fifos.exists() or not designs:
            continue
        for row in read_table(fifos):
            family = manifest_fifo_family(designs[row["design"]])
            depth, bits = int(row["depth"]), int(row["bits"])
            if family.startswith("vitis") and fifo_bram_18k(depth, bits, "vitis") > 0:
                rows.append((row["design"], family, depth, bits, int(row["bram_18k"])))
    return rows


def test_vitis_vuplus_bram_fifos_take_one_block_per_32_bits_of_their_width_bin():
    """Every VU+ memory FIFO the reports put in BRAM (K2, S5, S6, Y2, E2: 18 rows, Vitis HLS 2022.2-2024.1)
    reports max(1, next_pow2(width) / 32) blocks whatever its depth, the estimate `fifo_bram_18k` gives for
    family "vitis_vuplus"; `bram18_blocks` (the other parts' rule) gets 5 of them. The VU+ rows HLS keeps in
    LUTRAM (0 BRAM) are not told apart: the estimate keeps them in BRAM (docs/cost-model-record.md 2.6)."""
    vuplus = [r for r in _vitis_memory_fifo_rows() if r[1] == "vitis_vuplus" and r[4] > 0]
    assert len(vuplus) == 18 and {r[0] for r in vuplus} == {"K2", "S5", "S6", "Y2", "E2"}
    for design, family, depth, bits, reported in vuplus:
        assert fifo_bram_18k(depth, bits, "vitis", family) == vuplus_fifo_bram_18k(bits) == reported, design
    assert sum(bram18_blocks(d, b) == reported for _, _, d, b, reported in vuplus) == 5
    assert fifo_family("vitis", "xcu55c-fsvh2892-2L-e") == "vitis_vuplus"


def test_vitis_fifos_on_other_parts_keep_the_bram18_aspect_ratios():
    """On the other parts every Vitis memory FIFO is in BRAM in its report (62 rows), and `bram18_blocks`
    gives the reported blocks of all but T7's two 2,116 x 64-bit FIFOs (14 reported, 16 estimated); the VU+
    rule would get 7."""
    other = [r for r in _vitis_memory_fifo_rows() if r[1] == "vitis"]
    assert len(other) == 62 and all(reported > 0 for *_, reported in other)
    misses = [
        (d, depth, bits)
        for d, _, depth, bits, reported in other
        if fifo_bram_18k(depth, bits, "vitis") != reported
    ]
    assert misses == [("T7", 2116, 64), ("T7", 2116, 64)]
    assert sum(vuplus_fifo_bram_18k(b) == reported for _, _, _, b, reported in other) == 7


@pytest.mark.parametrize("design", CHECKED)
def test_every_stream_fifo_takes_the_reported_bram(design):
    target = read_project(PROJECTS / design)[2]
    estimated = {
        m.name: m.bram_18k
        for m in design_memories(read_project_files(PROJECTS / design), target.hls_tool, target.part)
        if m.kind == "fifo"
    }
    reported, _, _ = _reported(design)
    assert estimated == {name: blocks for name, blocks in reported.items() if name in estimated}
    assert set(reported) <= set(estimated)


@pytest.mark.parametrize("design", CHECKED)
def test_tables_and_design_bram_within_one_block_per_fifo_or_table(design):
    result = estimate_project(PROJECTS / design)
    memories = result["memories"]
    _, reported_tables, reported_total = _reported(design)
    n_tables = sum(m["kind"] == "table" for m in memories)
    n_fifos = sum(m["copies"] for m in memories if m["kind"] == "fifo")
    assert abs(sum(m["bram_18k"] for m in memories if m["kind"] == "table") - reported_tables) <= n_tables
    assert abs(result["totals"]["bram_18k"] - reported_total) <= n_tables + n_fifos


def test_design_bram_measured_per_design():
    """The numbers docs/cost-model-record.md 2.6 gives: exact on 8 of 9 designs, off by 2 on H4 (H8, H9 one
    over before branch vivadoromreg: their 36 x 12-bit conv2d ROMs are in registers)."""
    differences = {d: estimate_project(PROJECTS / d)["totals"]["bram_18k"] - _reported(d)[2] for d in CHECKED}
    assert differences == {"H1": 0, "H2": 0, "H3": 0, "H4": 2, "H5": 0, "H6": 0, "H7": 0, "H8": 0, "H9": 0}


def test_project_without_hls4ml_config_is_read_from_project_tcl(tmp_path):
    shutil.copytree(PROJECTS / "H9", tmp_path / "prj")
    (tmp_path / "prj" / "hls4ml_config.yml").unlink()
    config = read_project_config(tmp_path / "prj")
    assert config["Part"] == "xcu50-fsvh2104-2-e" and float(config["ClockPeriod"]) == 10
    layers, _, target = read_project(tmp_path / "prj")
    assert target.clock_ns == 10 and {layer.io_type for layer in layers} == {"io_stream"}


def test_project_without_any_configuration_is_one_clear_error(tmp_path):
    shutil.copytree(PROJECTS / "H9" / "firmware", tmp_path / "prj" / "firmware")
    with pytest.raises(FileNotFoundError, match="project.tcl"):
        read_project(tmp_path / "prj")


def test_activation_sizes_given_as_defines_h_macros_are_read():
    """Older hls4ml (set 4's P5) writes `n_in = N_LAYER_2` in the ReLU config and defines it in defines.h."""
    project = Path(__file__).parent / "data" / "heldout4" / "projects" / "P5"
    assert "n_in = N_LAYER_2;" in (project / "firmware" / "parameters.h").read_text()
    relus = design_activations(read_project_files(project))
    assert [(relu.name, relu.n) for relu in relus] == [("relu1", 64), ("relu2", 32), ("relu3", 32)]


def test_softmax_dsps_are_one_product_per_exp_table_read():
    # every softmax instance of held-out sets 1-7 but P8's (synthesised to 11 LUTs, 0 DSP) and G2's, P2's,
    # T2's (repeats or a mismatched project; their numbers equal G1's, P1's, T1's)
    from fpgaprune.core.hardware.glue import design_softmax_dsp
    from fpgaprune.core.hardware.heldout import manifest_tool, read_table

    checked = 0
    for name in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7"):
        root = HELDOUT.parent / name
        manifest = {row["design"]: row for row in read_table(root / "MANIFEST.tsv", "\t")}
        for row in read_table(root / "instances.csv"):
            if row["function"] != "softmax" or row["design"] in ("P8", "G2", "P2", "T2"):
                continue
            files = read_project_files(root / "projects" / row["design"])
            _, _, target = project_layers(files, manifest_tool(manifest[row["design"]]))
            assert design_softmax_dsp(files, target) == int(row["dsp"]), row["design"]
            checked += 1
    assert checked >= 20


def test_io_parallel_softmax_tables_take_the_reported_bram():
    # every io_parallel softmax instance of held-out sets 1-7 but P8's (synthesised to 11 LUTs, no BRAM):
    # Vivado HLS H1-H3, S11, S12; Vitis HLS G1, K1, S3, T1-T3 (twice the blocks per table copy)
    from fpgaprune.core.hardware.heldout import manifest_tool, read_table

    checked = 0
    for name in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7"):
        root = HELDOUT.parent / name
        manifest = {row["design"]: row for row in read_table(root / "MANIFEST.tsv", "\t")}
        for row in read_table(root / "instances.csv"):
            if row["function"] != "softmax" or "array" in row["module"] or row["design"] == "P8":
                continue
            tool, part = manifest_tool(manifest[row["design"]]), manifest[row["design"]]["part"]
            memories = design_memories(read_project_files(root / "projects" / row["design"]), tool, part)
            mine = [
                m
                for m in memories
                if m.kind == "table" and m.name.split(".")[0].endswith("_" + row["config"])
            ]
            assert sum(m.bram_18k for m in mine) == int(row["bram_18k"]), row["design"]
            checked += 1
    assert checked >= 10


# The float Conv1D tagger of docs/your-model.md as a new user converts it (bench/user_project_sweep.py
# `conv1d_tagger_vitis`: granularity="name", `auto` results, Resource, Vitis, io_parallel, xc7z020): hls4ml
# 1.3 writes a DATAFLOW top (it does for any io_parallel convolution, `SetPipelineStyle`) whose seven
# completely partitioned arrays between the calls are channels; the convolutions' and Dense layers' auto sums
# are 37-40 bits wide.
TAGGER = Path(__file__).parent / "data" / "user_projects" / "conv1d_tagger_vitis"
TAGGER_CHANNELS = {
    "layer2_out": (37, 112),  # conv1's sum, 14 pixels x 8 filters
    "layer3_out": (16, 112),  # its ReLU
    "layer4_out": (38, 96),  # conv2's sum, 12 x 8
    "layer5_out": (16, 96),  # its ReLU (the Flatten is an alias of it, no array)
    "layer7_out": (40, 16),  # fc1's sum
    "layer8_out": (16, 16),  # its ReLU
    "layer9_out": (37, 4),  # the output Dense's sum, into the softmax
}


def _vitis_dataflow_reports():
    """Per channel, over the io_parallel DATAFLOW reports of Vitis HLS on parts other than Virtex UltraScale+
    (the FIFO family of an xc7z020; P8, U8, U9, Y3): median FIFO-row LUT, Register FF and Expression +
    Multiplexer LUT per report FIFO; and the FF of every shift-register FIFO of that family in the sets."""
    per_channel, fifo_ff = defaultdict(list), []
    for root in sorted(HELDOUT.parent.glob("heldout*")):
        if not (root / "fifos.csv").is_file():
            continue
        fifos, summary = read_table(root / "fifos.csv"), read_table(root / "summary.csv")
        for design in read_table(root / "MANIFEST.tsv", "\t"):
            name = design["design"]
            mine = [f for f in fifos if f["design"] == name]
            if manifest_fifo_family(design) != "vitis" or not mine:
                continue
            fifo_ff += [int(f["ff"]) for f in mine if int(f["bram_18k"]) == 0]
            if not is_dataflow_top(read_project_files(root / "projects" / name).source):
                continue
            rows = {r["row"]: r for r in summary if r["design"] == name}
            per_channel["fifo_lut"].append(int(rows["FIFO"]["lut"]) / len(mine))
            per_channel["register_ff"].append(int(rows["Register"]["ff"]) / len(mine))
            control = int(rows["Expression"]["lut"]) + int(rows["Multiplexer"]["lut"])
            per_channel["control_lut"].append(control / len(mine))
    return {key: float(np.median(values)) for key, values in per_channel.items()}, fifo_ff


def test_a_conv1d_taggers_glue_is_its_channels_at_the_reports_cost():
    files = read_project_files(TAGGER)
    assert is_dataflow_top(files.source)
    memories = design_memories(files, "vitis", "xc7z020clg400-1")
    channels = [m for m in memories if m.kind == "channel"]
    assert {m.name: (m.width, m.copies) for m in channels} == TAGGER_CHANNELS
    # depth 2, and Vitis HLS keeps a FIFO of depth <= 2 in shift registers whatever its width: no BRAM, no
    # ping-pong buffer (every DATAFLOW report's Memory row is 0)
    assert {(m.depth, m.bram_18k) for m in channels} == {(2, 0)}
    assert [m.kind for m in memories if m.kind != "channel"] == ["table", "table"]  # the softmax's two

    reports, fifo_ff = _vitis_dataflow_reports()
    assert len(fifo_ff) > 3000 and set(fifo_ff) == {99}  # 99 FF per FIFO whatever its width (5-832 bits)
    count = sum(copies for _, copies in TAGGER_CHANNELS.values())
    evidence_ff = count * (99 + reports["register_ff"])
    evidence_lut = count * (reports["fifo_lut"] + reports["control_lut"])

    result = estimate_project(TAGGER)
    totals = result["totals"]
    parts = [*result["layers"].values(), *result["activations"].values()]
    glue_ff = totals["ff"] - sum(part["ff"] for part in parts)
    glue_lut = totals["lut"] - sum(part["lut"] for part in parts)
    assert count == 452
    assert abs(glue_ff - evidence_ff) <= 0.01 * evidence_ff, (glue_ff, evidence_ff)
    assert abs(glue_lut - evidence_lut) <= 0.02 * evidence_lut, (glue_lut, evidence_lut)
    # the glue is more than the four weight layers' LUT, as csynth would report it
    assert glue_lut > sum(layer["lut"] for layer in result["layers"].values())


def test_the_top_input_bits_are_its_reshaped_ports():
    """`top_input_bits`: set 20's R2 reads five ports of ap_fixed<16,6> (21, 1, 1, 13 and 1 values, the sizes
    `defines.h` macros); the output array, partitioned not reshaped, is no input."""
    from fpgaprune.core.hardware.glue import top_input_bits

    r2 = Path(__file__).parent / "data" / "heldout20" / "projects" / "R2"
    assert top_input_bits(read_project_files(r2)) == (21 + 1 + 1 + 13 + 1) * 16
