"""`fpgaprune estimate` on the kinds of hls4ml projects users write (bench/user_project_sweep.py): layers the
model does not cost are named, and a broken project fails with one line saying what is wrong."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from fpgaprune.cli import main
from fpgaprune.core.hardware.glue import unmodelled_layers
from fpgaprune.core.hardware.project import read_project, read_weights_file

LSTM_LEAKY = Path(__file__).parent / "data" / "user_projects" / "lstm_leaky"
BREVITAS_MLP = Path(__file__).parent / "data" / "user_projects" / "brevitas_mlp"
_SOURCE_ENV = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[3] / "src")}


def test_layers_the_model_does_not_cost_are_each_named_in_a_warning(capsys):
    assert main(["estimate", str(LSTM_LEAKY), "--json"]) == 0
    out, err = capsys.readouterr()
    result = json.loads(out)
    # the leaky ReLU is estimated since branch actmore (`otheract`), the LSTM since branch recurrent
    # (`recurrent`), each with a warning saying how thin its check is
    assert list(result["layers"]) == ["fc"] and sorted(result["activations"]) == ["leaky", "lstm"]
    named = {}
    for line in result["warnings"]:
        named.setdefault(line.split(":")[0], []).append(line)
    assert set(named) == {"lstm", "leaky"}
    composed, pipelined = named["lstm"]
    assert "recurrent layer (gru_stack/lstm_stack) is composed from" in composed
    assert "on no LSTM: a thin check" in composed
    assert "pipelined (#pragma HLS PIPELINE)" in pipelined and "up to n_sequence times" in pipelined
    (leaky,) = named["leaky"]
    assert "nnet::leaky_relu is estimated as a ReLU plus its alpha product" in leaky
    assert "not checked" in leaky
    assert err.count("warning: ") == 3
    costed = result["layers"]["fc"]["dsp"] + sum(result["activations"][a]["dsp"] for a in ("leaky", "lstm"))
    assert result["totals"]["dsp"] == costed  # what is costed, and only that


def _brevitas_weights(path: Path) -> list[tuple[np.ndarray, int, float]]:
    """Each QuantLinear's weight as the QONNX file quantizes it (its Quant node: round(w / scale) clipped to
    the narrow signed range of its bits, times scale), in Keras's (in, out) layout, with its bits and scale;
    in the file's order."""
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(path)).graph
    stored = {tensor.name: numpy_helper.to_array(tensor) for tensor in graph.initializer}
    weights = []
    for node in graph.node:
        if node.op_type == "Quant" and node.input[0] in stored:  # a weight's (an activation's reads a tensor)
            weight, scale, zero_point, bits = (stored[name] for name in node.input)
            attributes = {a.name: onnx.helper.get_attribute_value(a) for a in node.attribute}
            assert zero_point == 0 and attributes == {"narrow": 1, "rounding_mode": b"ROUND", "signed": 1}
            top = 2 ** (int(bits) - 1) - 1
            weights.append((np.clip(np.round(weight / scale), -top, top).T * scale, int(bits), float(scale)))
    return weights


def test_a_brevitas_models_project_from_hls4mls_qonnx_flow_holds_its_quantized_weights_exactly(capsys):
    """hls4ml's QONNX flow writes a Brevitas weight of scale 2^-7 at 6 bits as ap_fixed<6,-1> (fewer integer
    bits than the sign): read as 6-bit weights of 7 fractional bits holding the file's quantized values
    exactly, and the design estimated with no layer left uncosted (brevitas_mlp/, README.md there)."""
    layers, kernels, _ = read_project(BREVITAS_MLP)
    quantized = _brevitas_weights(BREVITAS_MLP / "brevitas_mlp.onnx")
    assert [layer.name for layer in layers] == ["Dense_MatMul_0", "Dense_MatMul_1", "Dense_MatMul_2"]
    assert [bits for _, bits, _ in quantized] == [6, 8, 8]
    assert min(layer.weight_type.integer for layer in layers) < 0  # the case this project is here for
    for layer, kernel, (values, bits, scale) in zip(layers, kernels, quantized, strict=True):
        assert (layer.weight_type.width, layer.weight_type.fractional) == (bits, -np.log2(scale))
        np.testing.assert_array_equal(kernel, values)
    assert main(["estimate", str(BREVITAS_MLP), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert list(result["layers"]) == [layer.name for layer in layers]
    assert sorted(result["activations"]) == ["Relu_0", "Relu_1"]
    # the narrow products' DSP-or-LUT warning only: no layer unmodelled, no QONNX-specific refusal
    assert result["warnings"] and all("narrow enough that HLS builds them" in w for w in result["warnings"])


def test_unmodelled_layers_leave_out_estimated_layers_and_pass_through_copies():
    source = """
    nnet::dense<input_t, layer2_t, config2>(input_1, layer2_out, w2, b2); // fc1
    nnet::linear<layer2_t, layer3_t, linear_config3>(layer2_out, layer3_out); // fc1_linear
    nnet::depthwise_conv_2d_cl<layer3_t, layer4_t, config4>(layer3_out, layer4_out, w4, b4); // dw
    nnet::gru_stack<layer4_t, layer5_t, config5>(layer4_out, layer5_out, w5, wr5, b5, br5); // gru
    nnet::add<layer5_t, layer2_t, layer6_t, config6>(layer5_out, layer2_out, layer6_out); // add
    """
    assert unmodelled_layers(source, {"fc1"}) == [
        ("dw", "depthwise_conv_2d_cl", True),
        ("gru", "gru_stack", True),
        ("add", "add", False),
    ]


def _broken_copy(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    shutil.copytree(LSTM_LEAKY, project)
    return project


def _one_error_line(capsys, args) -> str:
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("fpgaprune estimate: error: ")
    return err


def test_a_missing_weights_file_is_one_line_naming_the_layer_and_the_fix(tmp_path, capsys):
    project = _broken_copy(tmp_path)
    (project / "firmware" / "weights" / "w3.txt").unlink()
    err = _one_error_line(capsys, ["estimate", str(project)])
    assert "w3.txt: layer fc's weights file is missing" in err and "hls4ml's write()" in err


def test_a_config_struct_without_a_member_is_one_line_not_a_traceback(tmp_path, capsys):
    project = _broken_copy(tmp_path)
    parameters = project / "firmware" / "parameters.h"
    text = parameters.read_text()
    assert "static const unsigned reuse_factor = 1;" in text
    parameters.write_text(text.replace("static const unsigned reuse_factor = 1;", ""))
    err = _one_error_line(capsys, ["estimate", str(project)])
    assert "layer fc: struct config3 in firmware/parameters.h has no reuse_factor" in err


def test_an_edited_count_or_a_binary_header_is_one_line_naming_the_file(tmp_path, capsys):
    """`reuse_factor = abc;` was "invalid literal for int() with base 10: 'abc'", a binary parameters.h
    "'utf-8' codec can't decode ...": neither named the file (2026-12-07)."""
    project = _broken_copy(tmp_path)
    parameters = project / "firmware" / "parameters.h"
    text = parameters.read_text()
    parameters.write_text(
        text.replace("static const unsigned reuse_factor = 1;", "static const unsigned reuse_factor = abc;")
    )
    err = _one_error_line(capsys, ["estimate", str(project)])
    assert "layer fc: struct config3 in firmware/parameters.h holds 'abc' where a count is written" in err
    parameters.write_bytes(bytes(range(256)))
    err = _one_error_line(capsys, ["estimate", str(project)])
    assert f"{parameters}: not a text file; is this a directory written by hls4ml's write()?" in err


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_weights_that_are_not_finite_are_refused(tmp_path, capsys, value):
    project = _broken_copy(tmp_path)
    weights = project / "firmware" / "weights" / "w3.txt"
    values = weights.read_text().split(",")
    weights.write_text(",".join([value, *values[1:]]))
    err = _one_error_line(capsys, ["estimate", str(project)])
    assert "w3.txt: 1 of its 4 values are not finite (value 0 is" in err


def test_read_weights_file_still_reads_finite_values(tmp_path):
    path = tmp_path / "w.txt"
    path.write_text("0.5, -0.25,\n0\n")
    np.testing.assert_array_equal(read_weights_file(path), [0.5, -0.25, 0.0])


@pytest.mark.parametrize(
    ("text", "reason"),
    [("IOType: [io_parallel\n", "not YAML at line 2"), ("- a\n", "not a mapping"), ("", "empty")],
)
def test_a_corrupt_config_is_estimated_from_the_tcl_files_and_says_so(tmp_path, capsys, text, reason):
    assert main(["estimate", str(LSTM_LEAKY), "--json"]) == 0
    intact = json.loads(capsys.readouterr().out)
    project = _broken_copy(tmp_path)
    (project / "hls4ml_config.yml").write_text(text)
    assert main(["estimate", str(project), "--json"]) == 0
    out, err = capsys.readouterr()
    result = json.loads(out)
    assert result["totals"] == intact["totals"]  # project.tcl and parameters.h hold the same settings
    assert result["warnings"][0].startswith(f"hls4ml_config.yml: {reason}; ProjectName, Backend, part")
    assert f"warning: hls4ml_config.yml: {reason};" in err
    assert not any(line.startswith("hls4ml_config.yml") for line in intact["warnings"])


def test_the_io_type_parameters_h_was_written_with_wins_over_an_edited_yml(tmp_path, capsys):
    """An io_stream project whose hls4ml_config.yml was edited to `IOType: io_parallel` was costed as
    io_parallel without a word (its Dense layer's FF 402 -> 0, design latency 85 -> 210 ns; a review,
    2026-12-07): the firmware builds what parameters.h's structs say, so the estimate follows them and warns
    of the yml."""
    stored = Path(__file__).parent / "data" / "user_projects" / "merges_stream"
    assert main(["estimate", str(stored), "--json"]) == 0
    as_written = json.loads(capsys.readouterr()[0])
    edited = tmp_path / "merges_stream"
    shutil.copytree(stored, edited)
    config = edited / "hls4ml_config.yml"
    config.write_text(config.read_text().replace("IOType: io_stream", "IOType: io_parallel"))
    assert main(["estimate", str(edited), "--json"]) == 0
    result = json.loads(capsys.readouterr()[0])
    assert result["totals"] == as_written["totals"] and result["layers"] == as_written["layers"]
    assert (
        "hls4ml_config.yml says IOType io_parallel, but parameters.h's layers were written as io_stream: "
        "estimated as io_stream, which the firmware builds (write the project again to change it)"
    ) in result["warnings"]


def test_a_clock_faster_than_any_fabric_or_a_weight_far_outside_its_type_is_one_line(tmp_path, capsys):
    """`--clock 1e-9` asked NumPy for 74.5 GiB (a traceback) and `--clock 0.001` printed 9,999-cycle layers; a
    weight of 1e300 leaked NumPy's cast warnings and costed arbitrary mantissas (a review, 2026-12-07)."""
    stored = Path(__file__).parent / "data" / "user_projects" / "merges_stream"
    assert main(["estimate", str(stored), "--clock", "1e-9"]) == 2
    assert capsys.readouterr().err.strip() == (
        "fpgaprune estimate: error: clock period 1e-09 ns is below 0.5 ns (2 GHz), faster than any FPGA "
        "fabric runs; give the period in ns (e.g. 5 for 200 MHz)"
    )
    edited = tmp_path / "project"
    shutil.copytree(stored, edited)
    weights = edited / "firmware" / "weights" / "w2.txt"
    values = weights.read_text().split(",")
    weights.write_text(",".join(["1e300", *values[1:]]))
    assert main(["estimate", str(edited)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"fpgaprune estimate: error: {weights}: layer ") and "\n" not in err
    assert "value 1e+300 is far outside ap_fixed<" in err


def _unprivileged(command: list[str]) -> list[str]:
    """`command` run without root's right to read any file (as a user's run is), or as it is for a user."""
    if os.geteuid() != 0:
        return command
    if shutil.which("setpriv") is None:
        pytest.skip("needs setpriv to drop root's file-reading capabilities")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all", *command]


def test_an_unreadable_report_is_warned_of_and_an_unreadable_weights_file_named_as_unreadable(tmp_path):
    """An unreadable csynth report stopped the whole estimate (its tool and version were read from its header
    first), with "choose a place you may write to", the advice for an output (a review, 2026-12-07)."""
    project = tmp_path / "project"
    shutil.copytree(Path(__file__).parent / "data" / "user_projects" / "merges_stream", project)
    report = project / "myproject_prj" / "solution1" / "syn" / "report" / "myproject_csynth.rpt"
    report.parent.mkdir(parents=True)
    report.write_text("== Vitis HLS Report for 'myproject'\n* Version:        2023.1 (Build 1)\n")
    report.chmod(0)
    command = _unprivileged([sys.executable, "-m", "fpgaprune", "estimate", str(project)])
    run = subprocess.run(command, capture_output=True, text=True, check=False, env=_SOURCE_ENV)
    assert run.returncode == 0, run.stderr[-2000:]
    assert f"warning: the csynth report is not read ([Errno 13] Permission denied: '{report}')" in run.stderr
    weights = project / "firmware" / "weights" / "w2.txt"
    weights.chmod(0)
    run = subprocess.run(command, capture_output=True, text=True, check=False, env=_SOURCE_ENV)
    assert run.returncode == 2
    assert run.stderr.strip().splitlines()[-1] == (
        f"fpgaprune estimate: error: {weights}: permission denied reading it; make it readable (chmod) or "
        "give a copy"
    )


def test_a_backend_hls4ml_never_had_is_warned_of(tmp_path, capsys):
    """`Backend: Foo` was estimated as a Vivado HLS project without a word (a review, 2026-12-07)."""
    project = tmp_path / "project"
    shutil.copytree(Path(__file__).parent / "data" / "user_projects" / "merges_stream", project)
    config = project / "hls4ml_config.yml"
    backend = next(line for line in config.read_text().splitlines() if line.startswith("Backend:"))
    config.write_text(config.read_text().replace(backend, "Backend: Foo"))
    assert main(["estimate", str(project), "--json"]) == 0
    (line,) = [w for w in json.loads(capsys.readouterr()[0])["warnings"] if "Backend" in w]
    assert line.startswith("hls4ml_config.yml's Backend Foo is no hls4ml backend of an AMD HLS tool")


@pytest.mark.parametrize(
    "cut, error",
    [
        ("#define N_", "error: firmware/defines.h defines no N_"),  # was "invalid literal for int() ..."
        ("model_default_t;", "error: type model_default_t is defined by no typedef"),  # was "malformed"
    ],
)
def test_a_cut_defines_h_names_what_it_lacks(tmp_path, capsys, cut, error):
    """A defines.h without its size macros or a typedef gave Python's parser errors (a review, 2026-12-07)."""
    project = tmp_path / "project"
    shutil.copytree(Path(__file__).parent / "data" / "heldout" / "projects" / "H1", project)
    defines = project / "firmware" / "defines.h"
    defines.write_text("\n".join(line for line in defines.read_text().splitlines() if cut not in line))
    assert main(["estimate", str(project)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert error in line and "write it again with hls4ml's write()" in line, line


def test_a_report_of_another_design_in_the_project_is_warned_of(tmp_path, capsys):
    """Another design's csynth report put where the build leaves one was compared row by row without a word
    when part and clock matched (a review, 2026-12-07): its instances of config structs the project does not
    have say so. (The 125 held-out designs' layer instances all name config structs of their projects.)"""
    data = Path(__file__).parent / "data"
    project = tmp_path / "project"
    shutil.copytree(data / "heldout" / "projects" / "H1", project)
    report = project / "myproject_prj" / "solution1" / "syn" / "report" / "myproject_csynth.rpt"
    report.parent.mkdir(parents=True)
    other = "Hector-Plata+hls4ml-tutorial__B5__model_3_hls4ml_prj_pynq__csynth.rpt"
    shutil.copy(data / "calibration" / other, report)
    assert main(["estimate", str(project), "--json"]) == 0
    warnings = json.loads(capsys.readouterr()[0])["warnings"]
    (line,) = [w for w in warnings if "config structs this project does not have" in w]
    assert line == (
        "the csynth report has instances of config structs this project does not have (relu_config7, "
        "relu_config10, config11 and 1 more): it may be another design's; compare with care"
    )


def test_a_folder_where_a_project_file_or_report_belongs_is_named_so(tmp_path, capsys):
    """parameters.h as a folder was "not found", `--report` given a folder "no such file" (a review)."""
    project = tmp_path / "project"
    shutil.copytree(Path(__file__).parent / "data" / "heldout" / "projects" / "H1", project)
    assert main(["estimate", str(project), "--report", str(tmp_path)]) == 2
    assert (
        capsys.readouterr()
        .err.strip()
        .endswith(f"--report {tmp_path}: a folder, not a file (give a <top>_csynth.rpt)")
    )
    parameters = project / "firmware" / "parameters.h"
    parameters.unlink()
    parameters.mkdir()
    assert main(["estimate", str(project)]) == 2
    assert f"{parameters}: a folder, not a file;" in capsys.readouterr().err


def test_a_struct_cut_open_in_parameters_h_is_named(tmp_path, capsys):
    """config2 cut after its strategy line, then config4: config4's sizes were read as dense's and the weights
    file blamed ("has 512 values, expected ... 384", a review, 2026-12-07)."""
    project = tmp_path / "project"
    shutil.copytree(Path(__file__).parent / "data" / "heldout" / "projects" / "H1", project)
    parameters = project / "firmware" / "parameters.h"
    lines = parameters.read_text().splitlines()
    second = next(index for index, line in enumerate(lines) if "struct config4" in line)
    cut = next(index for index, line in enumerate(lines) if "strategy" in line)
    parameters.write_text("\n".join(lines[: cut + 1] + lines[second:]) + "\n")
    assert main(["estimate", str(project)]) == 2
    assert (
        capsys.readouterr()
        .err.strip()
        .endswith(
            f"{parameters}: struct config2 is not closed before struct config4 begins; the file is cut or "
            "edited: write the project again with hls4ml's write()"
        )
    )
