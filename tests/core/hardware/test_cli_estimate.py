"""The `fpgaprune estimate` and `fpgaprune estimate-layer` commands."""

import json
from pathlib import Path

import numpy as np
import pytest

from fpgaprune.cli import main
from fpgaprune.core.hardware.glue import DESIGN_EXPECTED_ERROR_BY_IO
from fpgaprune.core.hardware.logic import EXPECTED_ERROR_BY_KIND

from .hls4ml_projects import DENSE_SHAPE, sparse_kernel, write_project

LAYER = ["estimate-layer", "--kind", "dense", "--n-in", "16", "--n-out", "64"]


def test_estimate_layer_json_has_the_documented_keys(capsys):
    assert main(LAYER + ["--reuse-factor", "4", "--strategy", "resource", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    bands = {"expected_error", "expected_error_by_kind"}
    assert set(result) == {"dsp", "bram_18k", "lut", "ff", "latency_cycles", "ii", "source", *bands}
    assert (result["dsp"], result["ii"], result["source"]) == (256, 4, "estimate")
    assert set(result["expected_error"]) == {"dsp", "bram_18k", "lut", "ff", "latency_cycles", "ii"}
    # the layer is also shown the band of its own kind (io_parallel Resource), not the pooled one
    (kind, band), *others = result["expected_error_by_kind"].items()
    assert (kind, band["layers"], others) == ("io_parallel resource", ["dense"], [])
    assert band["lut"] == EXPECTED_ERROR_BY_KIND["io_parallel resource"]["lut"]
    assert result["lut"] > 0 and result["ff"] > 0 and result["latency_cycles"] > 4


def _one_live_neuron(tmp_path):
    kernel = np.zeros((16, 64))
    kernel[:, 0] = 1.0  # one live neuron = four live patterns at RF 4
    weights = tmp_path / "w2.txt"
    weights.write_text(", ".join(f"{v:.6f}" for v in kernel.T.ravel()))  # Resource strategies store W.T
    return ["--reuse-factor", "4", "--strategy", "resource_unrolled", "--weights", str(weights), "--json"]


def test_estimate_layer_reads_weights_in_hls4ml_order(tmp_path, capsys):
    assert main(LAYER + _one_live_neuron(tmp_path)) == 0
    assert json.loads(capsys.readouterr().out)["dsp"] == 4


@pytest.mark.parametrize(("tool", "dsp"), [("vitis", 256), ("vivado", 4)])
def test_estimate_layer_costs_a_stream_dense_layer_as_the_backend_runs_it(tmp_path, capsys, tool, dsp):
    """Vitis io_stream Dense runs the rolled kernel: the 60 all-zero patterns keep their multipliers."""
    args = LAYER + _one_live_neuron(tmp_path) + ["--io-type", "io_stream", "--hls-tool", tool]
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["dsp"] == dsp
    assert ("rolled Resource kernel" in err) is (tool == "vitis")


def test_estimate_layer_table_tags_every_number(capsys):
    assert main(LAYER) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[-1] == "source" and lines[1].split()[-1] == "estimate"


def test_conv_layer(capsys):
    args = [
        "estimate-layer",
        "--kind",
        "conv2d",
        "--kernel",
        "3",
        "3",
        "--channels",
        "2",
        "--filters",
        "4",
        "--reuse-factor",
        "9",
        "--strategy",
        "resource",
        "--io-type",
        "io_stream",
        "--json",
    ]
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["dsp"] == 8


@pytest.mark.parametrize(
    "extra,message",
    [
        (["--reuse-factor", "5", "--strategy", "resource"], "nearest valid: 4 or 8"),
        (["--reuse-factor", "1", "--strategy", "resource_unrolled"], "nearest valid: 2"),
        (["--weight-precision", "ap_fixd<16,6>"], "malformed precision"),
        (
            ["--accum-precision", "auto", "--weight-precision", "auto"],
            "accumulator 'auto' cannot be resolved",
        ),
        (["--input-word", "4"], "--input-word is for an io_stream Dense (this is an io_parallel dense)"),
        (
            ["--io-type", "io_stream", "--input-word", "3"],
            "--input-word 3: give a positive divisor of --n-in 16",
        ),
    ],
)
def test_bad_input_is_one_clear_line(extra, message, capsys):
    assert main(LAYER + extra) == 2
    error = capsys.readouterr().err.strip()
    assert message in error and len(error.splitlines()) == 1


def test_a_layer_too_large_to_hold_is_one_line_before_any_array(capsys):
    """--n-in 100000 --n-out 100000 asked NumPy for 74.5 GiB and died of a MemoryError (2026-12-07)."""
    assert main(["estimate-layer", "--kind", "dense", "--n-in", "100000", "--n-out", "100000"]) == 2
    error = capsys.readouterr().err.strip()
    assert error == (
        "fpgaprune estimate-layer: error: layer dense has 10,000,000,000 weights: the estimate holds a few "
        "values per weight in memory and takes layers of up to 10,000,000 (hls4ml's largest designs hold far "
        "fewer)"
    )


def test_a_project_layer_too_large_to_hold_is_one_line_before_its_weights_are_read(tmp_path, capsys):
    """A project's 4000 x 4000 Dense layer (an 80 MB weights file) took 14 s and 2.9 GB; larger ones grew
    without bound (a review, 2026-12-07). The same limit as estimate-layer's, before the weights are read."""
    write_project(tmp_path, "dense", sparse_kernel(DENSE_SHAPE, 5), 4, "Resource", "io_parallel")
    parameters = tmp_path / "firmware" / "parameters.h"
    text = parameters.read_text()
    n_in, n_out = DENSE_SHAPE
    parameters.write_text(
        text.replace(f"n_in = {n_in};", "n_in = 4000;").replace(f"n_out = {n_out};", "n_out = 4000;")
    )
    assert main(["estimate", str(tmp_path)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("fpgaprune estimate: error: layer ") and " has 16,000,000 weights: " in line


@pytest.mark.parametrize("flag", ["--output-pixels", "--input-pixels", "--input-word"])
def test_a_count_of_zero_is_refused_not_taken_as_not_given(flag, capsys):
    with pytest.raises(SystemExit) as stop:
        main(
            [
                "estimate-layer",
                "--kind",
                "conv2d",
                "--n-out",
                "4",
                "--kernel",
                "3",
                "3",
                "--channels",
                "2",
                flag,
                "0",
            ]
        )
    assert stop.value.code == 2
    assert f"argument {flag}: 0: give 1 or more" in capsys.readouterr().err


def test_an_auto_accumulator_is_the_type_hls4ml_writes(capsys):
    """P1's qconv2d_2 (data/heldout4, hls4ml 1.x, `accum: auto`): defines.h holds ap_fixed<18,11>; `auto` is
    estimated as that type, and stderr says so and whose rule it is."""
    conv = ["estimate-layer", "--kind", "conv2d", "--kernel", "3", "3", "--channels", "32", "--filters", "32"]
    types = ["--input-precision", "ap_ufixed<4,0>", "--weight-precision", "ap_fixed<4,1>", "--json"]
    assert main([*conv, *types, "--accum-precision", "auto", "--bias-precision", "ap_fixed<4,1>"]) == 0
    auto, err = capsys.readouterr()
    (note,) = [line for line in err.splitlines() if "'auto'" in line]
    assert "resolved to ap_fixed<18,11>" in note and "source: hls4ml 1.0.0-1.3.0" in note
    assert main([*conv, *types, "--accum-precision", "ap_fixed<18,11>"]) == 0
    explicit, err = capsys.readouterr()
    assert json.loads(auto) == json.loads(explicit) and "'auto'" not in err
    # the bias's type moves it (ap_fixed<16,6>, hls4ml's default, has 10 fractional bits: 17 + 3 bits wide)
    assert main([*conv, *types, "--accum-precision", "auto"]) == 0
    assert "resolved to ap_fixed<21,11>" in capsys.readouterr().err


def test_weights_file_of_the_wrong_length(tmp_path, capsys):
    weights = tmp_path / "w.txt"
    weights.write_text("0.5, 0.25")
    assert main(LAYER + ["--weights", str(weights)]) == 2
    assert "has 2 values, expected n_in*n_out = 16*64 = 1024" in capsys.readouterr().err


def test_estimate_project_directory(tmp_path_factory, capsys):
    pytest.importorskip("hls4ml")
    kernel = sparse_kernel(DENSE_SHAPE, seed=3)
    project = write_project(
        tmp_path_factory.mktemp("cli"), "dense", kernel, 4, "Resource_Unrolled", "io_parallel"
    )
    capsys.readouterr()  # hls4ml's own progress messages
    assert main(["estimate", str(project), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert list(result["layers"]) == ["fc"] and result["totals"]["source"] == "estimate"
    live_patterns = int(
        np.count_nonzero(np.abs(kernel.T).reshape(-1, 4).max(axis=1) >= 2**-10)
    )  # ap_fixed<16,6>
    assert 0 < live_patterns < kernel.size // 4  # the fixture has all-zero patterns
    # Resource_Unrolled at RF 4, 16-bit weights and inputs: one DSP per pattern with a non-zero weight
    assert result["layers"]["fc"]["dsp"] == result["totals"]["dsp"] == live_patterns
    # the totals carry their own band, wider than the layers' (docs/cost-model.md: "How far to trust")
    layer_band, totals_band = result["expected_error"], result["totals_expected_error"]
    assert set(totals_band) == set(layer_band) == {"dsp", "bram_18k", "lut", "ff", "latency_cycles", "ii"}
    assert totals_band["ff"]["heldout_median"] > layer_band["ff"]["heldout_median"]
    # and the band of its io type (one design left out)
    assert result["totals_expected_error_by_io"] == {
        "io_parallel": DESIGN_EXPECTED_ERROR_BY_IO["io_parallel"]
    }
    assert main(["estimate", str(project)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[1].startswith("fc") and table[-3].startswith("total")
    assert table[-2].startswith("expected error per layer")
    assert "io_parallel resource (28 io_parallel Dense layers): lut " in table[-2]  # Resource_Unrolled's kind
    assert table[-1].startswith("expected error design totals")
    assert "io_parallel (51 io_parallel designs): lut " in table[-1]


def test_estimate_missing_directory(tmp_path, capsys):
    assert main(["estimate", str(tmp_path / "nothing")]) == 2
    assert "no such directory" in capsys.readouterr().err
    (tmp_path / "model.h5").write_bytes(b"")  # a file given for the project: said so, not "no such"
    assert main(["estimate", str(tmp_path / "model.h5")]) == 2
    assert "model.h5: a file, not a directory" in capsys.readouterr().err


def test_estimate_takes_the_tool_that_synthesises_the_project(capsys):
    # S7 of set 6: written by the Vivado backend, built by Vitis HLS 2024.1 (657 DSP for model_1 in its
    # report); both tools build its 16-bit products on DSPs (since branch lutproducts Vivado HLS, too, keeps
    # x*c and x*(-c) apart), and their LUT constants differ
    from pathlib import Path

    project = Path(__file__).parent / "data" / "heldout6" / "projects" / "S7"
    layer = {}
    for tool in ("vivado", "vitis"):
        assert main(["estimate", str(project), "--json", "--hls-tool", tool]) == 0
        layer[tool] = json.loads(capsys.readouterr().out)["layers"]["model_1"]
    assert main(["estimate", str(project), "--json"]) == 0  # nothing in the directory names the tool
    assert json.loads(capsys.readouterr().out)["layers"]["model_1"] == layer["vivado"]
    assert layer["vitis"]["dsp"] == layer["vivado"]["dsp"] == 657
    assert layer["vitis"]["lut"] != layer["vivado"]["lut"]


@pytest.mark.parametrize(("design", "warned"), [("T9", ["conv2d_0", "conv2d_1_1", "dense_4"]), ("T8", [])])
def test_estimate_warns_of_weights_that_are_ports(design, warned, capsys):
    # T9 of set 7 (hls4ml 1.0.0, BramFactor 1): `myproject(input_1, layer8_out, w2, b2, w4, b4, w7)`;
    # T8 keeps its weights as constants
    from pathlib import Path

    project = Path(__file__).parent / "data" / "heldout7" / "projects" / design
    assert main(["estimate", str(project), "--json"]) == 0
    out, err = capsys.readouterr()
    # T8 is a VivadoAccelerator project (build_prj.tcl: set_top myproject_axi), T9 is built at its network
    wrapper = [
        line for line in json.loads(out)["warnings"] if line.startswith("the build's top is myproject_axi")
    ]
    assert len(wrapper) == (design == "T8")
    # T9's estimate (its weights costed as constants) exceeds its xcku5p's 1,824 DSP: a line of its own
    capacity = [line for line in json.loads(out)["warnings"] if line.startswith("the estimated design does")]
    assert len(capacity) == (design == "T9") and all("DSP 3,834 of 1,824" in line for line in capacity)
    wrapper += capacity
    warnings = [line for line in json.loads(out)["warnings"] if line not in wrapper]
    assert [line.split(":")[0] for line in warnings] == warned
    assert all("BramFactor" in line for line in warnings)
    # stderr names the layers sharing one warning text on one line
    expected = [f"warning: {', '.join(warned)}: its weights are a port"] if warned else []
    ported = [line for line in err.splitlines() if "_axi" not in line]
    assert [line[: len(e)] for line, e in zip(ported, expected)] == expected
    assert err.count("warning: ") == len(expected) + len(wrapper)


def test_estimate_warns_of_narrow_products(capsys):
    # U4 of set 8: 3-bit x 5-bit products that Vivado HLS 2020.1 built in LUTs where the model has DSPs
    from pathlib import Path

    project = Path(__file__).parent / "data" / "heldout8" / "projects" / "U4"
    assert main(["estimate", str(project)]) == 0
    err = capsys.readouterr().err
    # both convolutions too, q_conv2d_1 with q_dense's 3-bit x 5-bit products on one line
    assert "warning: q_conv2d_1, q_dense: its 3-bit x 5-bit products are narrow enough" in err
    assert "warning: q_conv2d: its 8-bit x 4-bit products" in err
    assert "warning: the build's top is myproject_axi" in err  # a VivadoAccelerator project's wrapper
    # its Alveo U50 is not in fpgaprune's device table: estimated as its name reads, and said so
    assert "warning: part xcu50-fsvh2104-2-e: device xcu50 is not in fpgaprune's device table" in err
    assert err.count("warning: ") == 4


def test_warnings_are_grouped_by_text_and_a_line_naming_no_layer_stays_whole():
    from fpgaprune.cli import _grouped_by_text

    lines = ["a: narrow", "b: narrow", "no layer named here", "no layer named here", "c: wide"]
    assert _grouped_by_text(lines) == ["a, b: narrow", "no layer named here", "c: wide"]


def test_estimate_table_gives_a_layer_without_weights_that_takes_dsps_a_row_of_its_own(capsys):
    # set 12's V1: Dense layers 4 + 0 + 2 DSPs; its two BatchNormalization layers 32 + 16 and two ReLUs none.
    # A user looking for the DSPs beyond the Dense layers' sees BN1 and BN2, not "4 other layers 48"
    project = Path(__file__).parent / "data" / "heldout12" / "projects" / "V1"
    assert main(["estimate", str(project), "--hls-tool", "vitis", "--json"]) == 0
    activations = json.loads(capsys.readouterr().out)["activations"]
    assert main(["estimate", str(project), "--hls-tool", "vitis"]) == 0
    lines = capsys.readouterr().out.splitlines()
    for name in ("BN1", "BN2"):
        row = next(line.split() for line in lines if line.startswith(f"{name} "))
        assert row[1:3] == ["normalize", str(activations[name]["dsp"])]
    assert (activations["BN1"]["dsp"], activations["BN2"]["dsp"]) == (32, 16)
    others = next(line.split() for line in lines if line.endswith("estimate") and "other layers" in line)
    assert others[:4] == ["2", "other", "layers", "0"]  # relu1 and relu2
    note = next(line for line in lines if line.startswith("other layers: "))
    assert note.startswith("other layers: 2 relu; each takes no DSP or BRAM and under 10% of the design's")
    assert next(line.split() for line in lines if line.startswith("total"))[1] == "54"  # the report's 54


def test_a_layer_without_weights_has_a_row_for_a_dsp_a_bram_or_a_tenth_of_the_lut_or_ff():
    from fpgaprune.cli import _shown_alone

    totals = {"lut": 1000, "ff": 500}
    assert _shown_alone({"dsp": 1, "lut": 0, "ff": 0}, totals)
    assert _shown_alone({"bram_18k": 2, "lut": 0, "ff": 0}, totals)
    assert _shown_alone({"lut": 100, "ff": 0}, totals)  # a tenth of the LUT
    assert _shown_alone({"lut": 0, "ff": 50}, totals)
    assert not _shown_alone({"lut": 99, "ff": 49}, totals)


def test_estimate_table_gives_a_recurrent_layer_a_row_of_its_own(capsys):
    # uw-acme's toptagging GRU (tests/core/hardware/data/recurrent, R2): its gru_stack is the design's largest
    # part (132 of 198 DSPs in its report), so it is a row like the Dense layers, not inside "other layers"
    project = Path(__file__).parent / "data" / "recurrent" / "projects" / "R2"
    assert main(["estimate", str(project), "--json"]) == 0
    gru = json.loads(capsys.readouterr().out)["activations"]["layer1"]
    assert main(["estimate", str(project)]) == 0
    lines = capsys.readouterr().out.splitlines()
    row = next(line.split() for line in lines if line.startswith("layer1 "))
    assert row[1:6] == ["gru", "resource", "30", str(gru["dsp"]), str(gru["bram_18k"])]
    others = next(line.split() for line in lines if "other layers" in line)
    assert others[:2] == ["2", "other"]  # the ReLU and the sigmoid; the GRU is not counted twice
    total = next(line.split() for line in lines if line.startswith("total"))
    assert total[1] == "198"  # the report's 198 DSPs: the rows add up to the totals


def test_estimate_table_shows_a_poolings_bram_in_its_own_row(capsys):
    # set 4's P10: its encoded max_pooling1d's 32 window FIFOs take 32 BRAM_18K (`pooling`), so it has a row
    # of its own; the streams+tables row holds the design's memories only
    project = Path(__file__).parent / "data" / "heldout4" / "projects" / "P10"
    assert main(["estimate", str(project), "--hls-tool", "vivado", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    memories = sum(memory["bram_18k"] for memory in result["memories"])
    assert sum(a.get("bram_18k", 0) for a in result["activations"].values()) == 32
    assert main(["estimate", str(project), "--hls-tool", "vivado"]) == 0
    lines = capsys.readouterr().out.splitlines()
    pooling = next(line.split() for line in lines if line.startswith("max_pooling1d "))
    others = next(line.split() for line in lines if "other layers" in line)
    streams = next(line.split() for line in lines if "tables+glue" in line)
    assert (pooling[1:4], others[4], streams[4]) == (["pooling1d_cl", "0", "32"], "0", str(memories))


def test_estimate_hls_version_picks_the_calibration_group_and_says_so(capsys):
    """R1 (set 20, xc7z020) names no version: the newest is assumed (Vitis >= 2022.1 7-series LUT constants);
    --hls-version 2021.1 takes the older group's, and stderr says which version each estimate is for."""
    r1 = str(Path(__file__).parent / "data" / "heldout20" / "projects" / "R1")
    luts, notes = {}, {}
    for version in (None, "2021.1"):
        extra = [] if version is None else ["--hls-version", version]
        assert main(["estimate", r1, "--hls-tool", "vitis", "--json", *extra]) == 0
        out, err = capsys.readouterr()
        luts[version] = json.loads(out)["totals"]["lut"]
        notes[version] = [line for line in err.splitlines() if line.startswith("note: HLS version")]
    assert len(notes[None]) == 1 and "assumed" in notes[None][0]
    assert notes["2021.1"] == ["note: HLS version 2021.1 (Vitis HLS, estimated for)"]
    assert luts[None] != luts["2021.1"]
    layer = ["estimate-layer", "--kind", "dense", "--n-in", "16", "--n-out", "4", "--hls-version", "2019.2"]
    assert (
        main(layer) == 0
    )  # a Vivado HLS release: estimated for Vivado HLS, the default tool being Vitis HLS
    assert "note: Vivado HLS version 2019.2\n" in capsys.readouterr().err
    assert main(["estimate", r1, "--hls-version", "2030.1"]) == 0  # a release after the calibration's newest
    assert (
        "note: HLS version 2030.1 (Vitis HLS, estimated for; newer than the newest Vitis HLS the cost model "
        "is calibrated on (2025.2), whose rules it is given)"
    ) in capsys.readouterr().err


def test_estimate_table_rows_add_up_to_the_totals(capsys):
    # P3 of set 4: an io_stream CNN with FIFOs, zero paddings and ReLUs; the row after the layers and the
    # other layers holds what the totals count beyond them (FIFOs' BRAM, LUT and FF; the glue)
    project = Path(__file__).parent / "data" / "heldout4" / "projects" / "P3"
    assert main(["estimate", str(project), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert main(["estimate", str(project)]) == 0
    table = capsys.readouterr().out.splitlines()
    glue_line = next(line for line in table if "streams+" in line)
    # the last columns: dsp, bram_18k, lut, ff, latency_cycles, ii, source
    dsp, bram, lut, ff, *_, source = glue_line.split()[-7:]
    assert source == "estimate"
    glue_values = {"dsp": int(dsp), "bram_18k": int(bram), "lut": int(lut), "ff": int(ff)}
    assert glue_values["bram_18k"] == sum(memory["bram_18k"] for memory in result["memories"]) > 0
    assert glue_values["lut"] > 0 and glue_values["ff"] > 0  # the FIFOs' logic is in the totals
    layers = [result["layers"][name] for name in result["layers"]] + list(result["activations"].values())
    for key in ("dsp", "bram_18k", "lut", "ff"):
        counted = sum(values.get(key, 0) for values in layers)
        assert counted + glue_values[key] == result["totals"][key]


def test_estimate_layer_warns_when_its_constants_rest_on_one_repository(capsys):
    # Vitis HLS before 2022.1 on 7-series parts: LUT constants from ArgyKokk's designs alone
    seven_series = LAYER + ["--part", "xc7z020clg400-1"]
    assert main(seven_series + ["--hls-version", "2021.1"]) == 0
    assert "warning: vitis HLS 2021.1 on 7series parts: the model's LUT constants" in capsys.readouterr().err
    assert main(seven_series + ["--hls-version", "2023.2"]) == 0
    assert "one public repository" not in capsys.readouterr().err


def test_estimate_on_fpgaprunes_hls_directory_names_the_project_inside(tmp_path, capsys):
    """`fpgaprune estimate .../hls` (what `optimize --hls` and the pipeline write) names hls/project."""
    write_project(
        tmp_path / "hls" / "project", "dense", sparse_kernel(DENSE_SHAPE, 5), 4, "Resource", "io_parallel"
    )
    assert main(["estimate", str(tmp_path / "hls")]) == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and error[0].endswith(f"the hls4ml project is in {tmp_path / 'hls' / 'project'}")
    assert main(["estimate", str(tmp_path / "hls" / "project")]) == 0
    capsys.readouterr()
    # optimize's --out (a user's `fpgaprune estimate pruned`) and the project's firmware/ name it too
    for given in (tmp_path, tmp_path / "hls" / "project" / "firmware"):
        assert main(["estimate", str(given)]) == 2
        (line,) = capsys.readouterr().err.strip().splitlines()
        assert line.endswith(f"the hls4ml project is in {tmp_path / 'hls' / 'project'}"), line


def test_estimate_on_a_folder_of_projects_names_them(tmp_path, capsys):
    """A folder holding projects p1/ and p2/ got the generic "no readable hls4ml_config.yml" (a review,
    2026-12-07): its projects are named, to give one."""
    for name in ("p1", "p2"):
        write_project(tmp_path / name, "dense", sparse_kernel(DENSE_SHAPE, 5), 4, "Resource", "io_parallel")
    assert main(["estimate", str(tmp_path)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.endswith("; hls4ml projects are in its folders p1, p2: give one"), line


def test_a_convolution_without_its_pixel_counts_says_it_is_costed_as_one_pixel(capsys):
    """A user's 3x3 Conv2D on a 6x6 image (io_stream) without --output-pixels/--input-pixels was costed as a
    1-pixel image, latency 15 cycles instead of 540, and nothing said so."""
    conv = ["estimate-layer", "--kind", "conv2d", "--kernel", "3", "3", "--channels", "8", "--filters", "16"]
    conv += ["--reuse-factor", "4", "--strategy", "resource", "--io-type", "io_stream", "--json"]
    assert main(conv) == 0
    one, err = capsys.readouterr()
    (note,) = [line for line in err.splitlines() if "1-pixel image" in line]
    assert "--output-pixels (out_h*out_w" in note and "--input-pixels (in_h*in_w" in note
    assert main([*conv, "--output-pixels", "16", "--input-pixels", "36"]) == 0
    image, err = capsys.readouterr()
    assert "1-pixel image" not in err
    assert json.loads(one)["latency_cycles"] < json.loads(image)["latency_cycles"]
    assert main([*conv[:-5], "--output-pixels", "16"]) == 0  # io_parallel reads no input pixel count
    assert "1-pixel image" not in capsys.readouterr().err
    assert main(LAYER) == 0  # a Dense layer has no pixels
    assert "1-pixel image" not in capsys.readouterr().err


def test_estimate_layer_of_a_first_layer_matches_the_project_estimate(tmp_path_factory, capsys):
    """A design's first layer reads the model's input, which hls4ml packs into one word (the rolled Resource
    kernel indexes it with shifters). A user's Conv1D tagger's conv1 (RF 3, Resource, xc7z020) was 2,117 LUT
    in `fpgaprune estimate` of the project and 1,314 in `estimate-layer`, which had no way to say so;
    `--reads-model-input` gives the project's number."""
    pytest.importorskip("hls4ml")
    kernel = sparse_kernel(DENSE_SHAPE, seed=5)
    project = write_project(tmp_path_factory.mktemp("first"), "dense", kernel, 4, "Resource", "io_parallel")
    capsys.readouterr()  # hls4ml's own progress messages
    assert main(["estimate", str(project), "--json"]) == 0
    in_project = json.loads(capsys.readouterr().out)["layers"]["fc"]
    weights = tmp_path_factory.mktemp("w") / "w.txt"
    weights.write_text(", ".join(f"{v:.6f}" for v in kernel.T.ravel()))  # Resource strategies store W.T
    n_in, n_out = DENSE_SHAPE
    layer = ["estimate-layer", "--kind", "dense", "--n-in", str(n_in), "--n-out", str(n_out)]
    layer += ["--reuse-factor", "4", "--strategy", "resource", "--accum-precision", "auto"]
    layer += ["--part", "xcvu13p-flga2577-2-e", "--weights", str(weights), "--json"]
    alone = {}
    for reads in (False, True):
        assert main(layer + ["--reads-model-input"] * reads) == 0
        alone[reads] = json.loads(capsys.readouterr().out)
    keys = ("dsp", "bram_18k", "lut", "ff", "latency_cycles")
    assert {key: alone[True][key] for key in keys} == {key: in_project[key] for key in keys}
    assert alone[False]["lut"] < alone[True]["lut"]  # the packed word's shifters


def test_estimate_layer_of_a_dense_after_a_flatten_matches_the_project_estimate(capsys):
    """An io_stream Dense after a Flatten reads its input one pixel's channels per stream word (set 25's F1:
    the 128 values of a 4x4x8 image in 16 words of 8), which sets its latency and II; `estimate-layer` had
    no way to say so and gave 6 cycles where `fpgaprune estimate` of the project gives 22. `--input-word 8`
    gives the project's numbers."""
    project = Path(__file__).parent / "data" / "heldout25" / "projects" / "F1"
    assert main(["estimate", str(project), "--json"]) == 0
    in_project = json.loads(capsys.readouterr().out)["layers"]["encoded_vector"]
    layer = ["estimate-layer", "--kind", "dense", "--n-in", "128", "--n-out", "16", "--strategy", "resource"]
    layer += [
        "--weight-precision",
        "ap_fixed<6,2>",
        "--input-precision",
        "ap_ufixed<12,3,AP_RND_CONV,AP_SAT>",
    ]
    layer += ["--accum-precision", "ap_fixed<16,6>", "--io-type", "io_stream", "--part", "xc7z020clg400-1"]
    layer += ["--hls-tool", "vivado", "--hls-version", "2020.1", "--clock", "5", "--json"]
    layer += ["--weights", str(project / "firmware" / "weights" / "w7.txt")]
    alone = {}
    for word in (0, 8):
        assert main(layer + ["--input-word", str(word)] * bool(word)) == 0
        alone[word] = json.loads(capsys.readouterr().out)
    keys = ("dsp", "bram_18k", "lut", "ff", "latency_cycles", "ii")
    assert {key: alone[8][key] for key in keys} == {key: in_project[key] for key in keys}
    assert alone[0]["latency_cycles"] < alone[8]["latency_cycles"]  # one word read instead of 16


def test_the_note_says_where_the_hls_version_came_from(tmp_path, capsys):
    """hls4ml's write() records no HLS tool version (hls4ml_config.yml's `Version: 1.0.0` is the IP's), so a
    project fpgaprune wrote (`optimize --hls`, the pipeline's hls job) said "HLS version 2020.1 (assumed: the
    project names none; give --hls-version)", as if fpgaprune had chosen a version and not recorded it. It
    chose none: its pruning costs the design for the backend's tool at the same assumed version
    (`Experiment.cost_target`), which the note now says, with the version's origin in --json."""
    from ... import configs

    project = write_project(
        tmp_path / "prj", "dense", sparse_kernel(DENSE_SHAPE, 3), 4, "Resource", "io_parallel"
    )
    notes, versions = [], []
    for log in (None, "v2023.1 (64-bit)"):
        if log is not None:  # once synthesised: the tool's log names the version
            banner = f"****** Vitis HLS - High-Level Synthesis from C, C++ and OpenCL {log}\n"
            (project / "vitis_hls.log").write_text(banner)
        assert main(["estimate", str(project), "--json"]) == 0
        out, err = capsys.readouterr()
        versions.append(json.loads(out)["hls_version"])
        notes += [line for line in err.splitlines() if line.startswith("note: HLS version")]
    pruned_for = configs.test_experiment().cost_target  # hls.backend Vitis, as the project's
    assert (pruned_for.hls_tool, pruned_for.hls_version, pruned_for.version) == ("vitis", None, "2025.2")
    assert versions == [
        {"tool": "vitis", "version": "2025.2", "assumed": True, "from": "assumed"},
        {"tool": "vitis", "version": "2023.1", "assumed": False, "from": "project"},
    ]
    assumed = (
        "note: HLS version 2025.2 (assumed: the newest Vitis HLS version the cost model is calibrated on; "
        "the project names none, as hls4ml records no tool version and only a csynth report or HLS log names "
        "one, and fpgaprune prunes the designs it writes for this version too; give --hls-version for yours)"
    )
    named = (
        "note: HLS version 2023.1 (Vitis HLS, estimated for: named by the project's csynth report or HLS log)"
    )
    assert notes == [assumed, named]


def test_estimate_layer_schedules_into_what_the_clock_uncertainty_leaves(capsys):
    """A 64-input Latency Dense at 2 ns: the more of the period HLS keeps as margin, the more cycles its adder
    tree takes; the default is the tool's (Vitis HLS 27 %), and a margin past the period is one line."""
    layer = ["estimate-layer", "--kind", "dense", "--n-in", "64", "--n-out", "32", "--clock", "2", "--json"]
    cycles = {}
    for margin in (None, "27%", "40%"):
        assert main(layer + ([] if margin is None else ["--clock-uncertainty", margin])) == 0
        cycles[margin] = json.loads(capsys.readouterr().out)["latency_cycles"]
    assert cycles[None] == cycles["27%"] < cycles["40%"]
    assert main(layer + ["--clock-uncertainty", "2.5"]) == 2
    assert "ClockUncertainty '2.5' is not below the clock period (2 ns)" in capsys.readouterr().err


def test_estimate_json_gives_what_lies_outside_the_layers(capsys):
    """`--json` gave the table's "streams+tables+glue" row only as a difference (a review, 2026-12-07):
    `outside_layers` is the totals less every layer's and activation's estimate. Set 25's F1: its 33 FIFOs'
    BRAM and logic; set 27's H18 (a MaxPooling1D alone): the 0-cycle top's 363 x 16-bit input port + 2."""
    data = Path(__file__).parent / "data"
    for project, bram in (
        (data / "heldout25" / "projects" / "F1", 1),
        (data / "heldout27" / "projects" / "H18", 0),
    ):
        assert main(["estimate", str(project), "--json"]) == 0
        result = json.loads(capsys.readouterr().out)
        estimates = [*result["layers"].values(), *result["activations"].values()]
        for key in ("dsp", "bram_18k", "lut", "ff"):
            expected = result["totals"][key] - sum(e.get(key, 0) for e in estimates)
            assert result["outside_layers"][key] == expected, key
        assert result["outside_layers"]["bram_18k"] == bram
    assert result["outside_layers"]["ff"] == 363 * 16 + 2
