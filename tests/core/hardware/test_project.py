import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware.cost import estimate_model
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.multipliers import DEFAULT_HLS_VERSION, Target
from fpgaprune.core.hardware.precision import parse_precision
from fpgaprune.core.hardware.project import (
    clock_uncertainty,
    kernel_from_hls_order,
    quantizer_outputs,
    read_project,
    read_project_config,
    read_weights_file,
    synthesis_tool,
    synthesis_version,
)
from fpgaprune.core.hardware.structures import zero_patterns

from .hls4ml_projects import CONV_KERNEL, DENSE_SHAPE, sizes_as_names, sparse_kernel, write_project

CASES = {
    "dense-latency": ("dense", DENSE_SHAPE, 1, "Latency", "io_parallel"),
    "dense-unrolled": ("dense", DENSE_SHAPE, 4, "Resource_Unrolled", "io_parallel"),
    "conv-unrolled": ("conv2d", CONV_KERNEL, 6, "Resource_Unrolled", "io_stream"),
}


@pytest.fixture(scope="module", params=list(CASES))
def project(request, tmp_path_factory):
    pytest.importorskip("hls4ml")
    kind, shape, rf, strategy, io_type = CASES[request.param]
    kernel = sparse_kernel(shape, seed=1)
    return (
        CASES[request.param],
        kernel,
        write_project(tmp_path_factory.mktemp(request.param), kind, kernel, rf, strategy, io_type),
    )


def test_reads_layer_settings_and_kernel_in_keras_layout(project):
    (kind, shape, rf, strategy, io_type), kernel, path = project
    layers, kernels, target = read_project(path)
    assert len(layers) == 1
    layer = layers[0]
    assert (layer.name, layer.kind, layer.kernel_shape, layer.reuse_factor) == ("fc", kind, shape, rf)
    assert layer.strategy == strategy.lower() and layer.io_type == io_type
    assert str(layer.weight_type) == "ap_fixed<16,6>" and str(layer.input_type) == "ap_fixed<16,6>"
    assert target.hls_tool == "vitis" and target.clock_ns == 5
    # the stored order (transposed for Resource strategies) maps back to the Keras kernel exactly
    assert np.allclose(kernels[0], kernel, atol=1e-9)


def test_estimate_uses_hls4mls_zero_count(project):
    _, kernel, path = project
    layers, kernels, target = read_project(path)
    parameters = (path / "firmware" / "parameters.h").read_text()
    n_zeros = int(re.search(r"n_zeros = (\d+);", parameters).group(1))
    assert n_zeros == int((kernel == 0).sum())
    estimate = estimate_model(layers, kernels, target).totals
    layer = layers[0]
    if layer.strategy == "resource_unrolled":
        assert estimate["dsp"] == layer.block_factor - int(zero_patterns(layer, kernel).sum())
    assert estimate["source"] == "estimate"


def test_weights_file_of_the_wrong_length(tmp_path):
    path = tmp_path / "w2.txt"
    path.write_text("0.5, 0.25, 0")
    layer = LayerHardware("fc", "dense", (2, 2))
    with pytest.raises(ValueError, match="has 3 values, expected n_in\\*n_out = 2\\*2 = 4"):
        kernel_from_hls_order(layer, read_weights_file(path))


def test_missing_or_foreign_directory(tmp_path):
    with pytest.raises(FileNotFoundError, match="hls4ml_config.yml"):
        read_project(tmp_path)
    with pytest.raises(FileNotFoundError, match="no such weights file"):
        read_weights_file(tmp_path / "w9.txt")
    with pytest.raises(FileNotFoundError, match=f"^{tmp_path}: a folder, not a weights file "):
        read_weights_file(tmp_path)  # "no such weights file" until 2026-12-07 (a review)
    (tmp_path / "w.txt").write_text("1, two")
    with pytest.raises(ValueError, match=r"comma-separated list of numbers \('two' is no number\)$"):
        read_weights_file(tmp_path / "w.txt")
    (tmp_path / "w.txt").write_text(" ".join(["0.25"] * 2000))  # quoted whole in its message until 2026-12-07
    with pytest.raises(ValueError, match=r"\('(0.25 ){8}\.\.\. \(9999 characters\)' is no number\)"):
        read_weights_file(tmp_path / "w.txt")
    (tmp_path / "w.txt").write_bytes(bytes(range(128, 256)) * 8)  # "'utf-8' codec can't decode", no file
    with pytest.raises(ValueError, match=r"w\.txt: not a text file \(binary content\)"):
        read_weights_file(tmp_path / "w.txt")
    values = ",".join(
        ["0.000000000"] * 3000
    )  # the values given in place of their file: an OSError until 2026-12-06
    with pytest.raises(FileNotFoundError) as raised:
        read_weights_file(values)
    assert str(raised.value) == (
        "0.000000000,0.000000000,0.000000000,0.000000000,0.000000000,... (35999 characters): no such weights "
        "file (give the file of values hls4ml writes, e.g. firmware/weights/w2.txt)"
    )


def test_reads_sizes_given_as_defines_h_macros(project, tmp_path):
    """Older hls4ml writes `n_in = N_INPUT_1_1` in parameters.h and the number in defines.h."""
    import shutil

    _, _, path = project
    copy = tmp_path / "old"
    shutil.copytree(path, copy, ignore=shutil.ignore_patterns("*.so", "*.o"))
    firmware = copy / "firmware"
    old, macros = sizes_as_names((firmware / "parameters.h").read_text(), "n_in|n_out|n_chan|n_filt", "OLD")
    assert macros, "the fixture's parameters.h has no size to turn into a macro"
    (firmware / "parameters.h").write_text(old)
    defines = "".join(f"#define {name} {value}\n" for name, value in macros.items())
    (firmware / "defines.h").write_text(defines + (firmware / "defines.h").read_text())
    assert read_project(copy)[0] == read_project(path)[0]


def test_a_size_written_as_a_product_of_macros_is_multiplied_out():
    """hls4ml 0.5-0.6 write a Dense layer after a flatten as `n_in = OUT_HEIGHT_9*OUT_WIDTH_9*N_FILT_9`."""
    from fpgaprune.core.hardware.project import _constants

    body = "    static const unsigned n_in = OUT_H*OUT_W * N_F;\n    static const unsigned n_out = N_OUT;\n"
    macros = {"OUT_H": "5", "OUT_W": "5", "N_F": "16", "N_OUT": "10"}
    assert _constants(body, macros) == {"n_in": "400", "n_out": "10"}
    assert _constants(body, {})["n_in"] == "OUT_H*OUT_W * N_F"  # unresolved: left as written


@pytest.mark.parametrize("value, share", [("27%", 0.27), ("12.5%", 0.125), (0.5, 0.1), (None, None)])
def test_clock_uncertainty_as_hls4ml_writes_it(value, share):
    assert clock_uncertainty(value, 5.0) == (share if share is None else pytest.approx(share))


def test_clock_uncertainty_beyond_the_period_is_refused():
    with pytest.raises(ValueError, match="ClockUncertainty"):
        clock_uncertainty("120%", 5.0)


def test_heldout_projects_carry_their_clock_uncertainty():
    data = Path(__file__).parent / "data"
    assert read_project(data / "heldout2" / "projects" / "G1")[2].uncertainty == pytest.approx(0.27)
    assert read_project(data / "heldout" / "projects" / "H1")[2].uncertainty == pytest.approx(0.125)


HGQ_QUANTIZER = """
template<typename input_t, typename output_t>
void q_relu_quantizer(input_t *inp, output_t *out) {
    #pragma HLS INLINE

    out[0] = 0;
    out[1] = ap_ufixed<3,5,AP_TRN,AP_WRAP>(inp[1]);
    out[2] = 0;
}
"""


def test_inputs_an_hgq_quantizer_sets_to_zero(tmp_path):
    code_gen = tmp_path / "nnet_code_gen.h"
    code_gen.write_text(HGQ_QUANTIZER)
    source = "nnet::q_relu_quantizer<relu_t, q_t>(layer6_out, layer7_out); // q_relu_quantizer"
    cast = parse_precision("ap_ufixed<3,5,AP_TRN,AP_WRAP>")
    assert quantizer_outputs(source, code_gen) == {"layer7_out": {0: None, 1: cast, 2: None}}
    assert quantizer_outputs(source, tmp_path / "absent.h") == {}


def test_products_of_constant_zero_inputs_are_not_counted():
    # G7 (Lrozzy/hls4ml_OpenML, HGQ): h_dense_37's input quantizer keeps 6 of its 64 inputs; Vitis HLS
    # 2024.1 reports 123 LUT, 0 DSP for the layer, which 146 non-zero weights could not fit in
    root = Path(__file__).parent / "data" / "heldout2" / "projects" / "G7"
    layers, kernels, _ = read_project(root)
    layer, kernel = layers[1], kernels[1]
    stored = kernel_from_hls_order(layer, read_weights_file(root / "firmware" / "weights" / "w8.txt"))
    live_rows = np.flatnonzero(np.any(kernel != 0, axis=1))
    assert layer.name == "h_dense_37" and np.count_nonzero(stored) == 146 and np.count_nonzero(kernel) == 4
    assert set(live_rows) <= {4, 6, 12, 41, 49, 54} and np.array_equal(kernel[live_rows], stored[live_rows])


def test_a_quantizer_beyond_the_layer_inputs_is_refused(tmp_path):
    root = tmp_path / "G7"
    shutil.copytree(Path(__file__).parent / "data" / "heldout2" / "projects" / "G7", root)
    code_gen = root / "firmware" / "nnet_utils" / "nnet_code_gen.h"
    code_gen.write_text(code_gen.read_text().replace("out[63] = 0;", "out[99] = 0;"))
    with pytest.raises(ValueError, match="sets input 99, but the layer has 64 inputs"):
        read_project(root)


def _vivado_backend_copy(tmp_path) -> Path:
    """S8 of set 6: written by hls4ml's Vivado backend, synthesised by Vitis HLS 2023.2 (as its report
    says)."""
    source = Path(__file__).parent / "data" / "heldout6" / "projects" / "S8"
    copy = tmp_path / "S8"
    shutil.copytree(source, copy)
    return copy


def test_a_vivado_backend_project_without_traces_of_its_tool_takes_the_backend_s(tmp_path):
    copy = _vivado_backend_copy(tmp_path)
    assert synthesis_tool(copy) is None
    assert read_project(copy)[2].hls_tool == "vivado"
    assert read_project(copy, "vitis")[2].hls_tool == "vitis"  # the user says which tool builds it


@pytest.mark.parametrize(
    "trace, tool",
    [
        ("vitis_hls.log", "vitis"),
        ("vivado_hls.log", "vivado"),
        ("myproject_prj/solution1/syn/report/myproject_csynth.rpt", "vitis"),
    ],
)
def test_the_tool_that_synthesised_a_project_is_read_from_what_it_left(tmp_path, trace, tool):
    copy = _vivado_backend_copy(tmp_path)
    (copy / trace).parent.mkdir(parents=True, exist_ok=True)
    (copy / trace).write_text(
        "\n\n================================================================\n"
        "== Vitis HLS Report for 'myproject'\n"
    )
    assert synthesis_tool(copy) == tool
    assert read_project(copy)[2].hls_tool == tool
    assert read_project(copy, "vivado")[2].hls_tool == "vivado"  # an explicit tool wins


def test_the_vitis_unified_flow_build_script_means_vitis(tmp_path):
    copy = _vivado_backend_copy(tmp_path)
    script = copy / "build_prj.tcl"
    script.write_text(script.read_text().replace("open_project -reset", "open_component -reset", 1))
    assert synthesis_tool(copy) == "vitis"


CALIBRATION = Path(__file__).parent / "data" / "calibration"
_REPORT = "myproject_prj/solution1/syn/report/myproject_csynth.rpt"


@pytest.mark.parametrize(
    "report_copy, version",
    [  # csynth reports of calibration designs (D_HAR_LUT_reuse1: ArgyKokk, B1: Hector-Plata, F1: Thifjj)
        (
            "ArgyKokk+hls4ml_MLP_estimator__D_HAR_LUT_reuse1__HLS_MLPs_HAR_hls4ml_prj_LUT_reuse1__csynth.rpt",
            "2021.1",
        ),
        ("Hector-Plata+hls4ml-tutorial__B1__model_1_hls4ml_prj__csynth.rpt", "2019.2"),
        ("Thifjj+Iris_hls4ml_pynqZ2__F1__projeto_iris_hls_ip_axi__csynth.rpt", "2025.1"),
    ],
)
def test_the_hls_version_is_read_from_the_csynth_report_header(tmp_path, report_copy, version):
    copy = _vivado_backend_copy(tmp_path)
    (copy / _REPORT).parent.mkdir(parents=True)
    shutil.copy(CALIBRATION / report_copy, copy / _REPORT)
    assert synthesis_version(copy) == version
    assert read_project(copy)[2].hls_version == version
    # an explicit version wins, and names its tool: Vitis HLS after 2020.1 (hls4ml's Vivado backend writes the
    # project for either tool)
    given = read_project(copy, hls_version="2023.2")[2]
    assert (given.hls_tool, given.hls_version) == ("vitis", "2023.2")
    given = read_project(copy, hls_version="2019.1")[2]
    assert (given.hls_tool, given.hls_version) == ("vivado", "2019.1")


@pytest.mark.parametrize(
    "log, banner, version",
    [  # the first banner line each tool writes into its log
        (
            "vitis_hls.log",
            "****** Vitis HLS - High-Level Synthesis from C, C++ and OpenCL v2023.1 (64-bit)",
            "2023.1",
        ),
        (
            "vivado_hls.log",
            "****** Vivado(TM) HLS - High-Level Synthesis from C, C++ and SystemC v2019.2 (64-bit)",
            "2019.2",
        ),
    ],
)
def test_the_hls_version_is_read_from_the_log_banner(tmp_path, log, banner, version):
    copy = _vivado_backend_copy(tmp_path)
    (copy / log).write_text(f"\n{banner}\n  **** SW Build 3854077 on 2023-05-04-21:11:55\n")
    assert synthesis_version(copy) == version


def test_a_project_without_report_or_log_has_no_version_and_the_calibration_s_newest_is_assumed():
    r1 = Path(__file__).parent / "data" / "heldout20" / "projects" / "R1"  # the stored project: no report
    assert synthesis_version(r1) is None
    target = read_project(r1)[2]
    assert target.hls_version is None
    assert target.version == DEFAULT_HLS_VERSION["vitis"]


def test_a_given_tool_other_than_the_one_that_built_the_project_takes_its_own_assumed_version(tmp_path):
    """B1's report (Vivado HLS 2019.2) in the project: estimated for Vitis HLS, its version is not 2019.2 (no
    Vitis HLS release) but the newest the calibration has; a given Vivado HLS 2023.1 is one line."""
    copy = _vivado_backend_copy(tmp_path)
    (copy / _REPORT).parent.mkdir(parents=True)
    shutil.copy(
        CALIBRATION / "Hector-Plata+hls4ml-tutorial__B1__model_1_hls4ml_prj__csynth.rpt", copy / _REPORT
    )
    assert (read_project(copy)[2].hls_tool, read_project(copy)[2].hls_version) == ("vivado", "2019.2")
    vitis = read_project(copy, "vitis")[2]
    assert (vitis.hls_version, vitis.version) == (None, DEFAULT_HLS_VERSION["vitis"])
    with pytest.raises(ValueError, match=r"^Vivado HLS 2023.1: no such release .*give the tool as vitis"):
        read_project(copy, "vivado", "2023.1")


def test_a_malformed_hls_version_is_refused():
    with pytest.raises(ValueError, match="HLS version"):
        Target(hls_version="v2023")


def test_an_unknown_tool_is_refused(tmp_path):
    with pytest.raises(ValueError, match="hls_tool"):
        read_project(_vivado_backend_copy(tmp_path), "quartus")


def test_hls4ml_0_6_config_names_the_part_xilinxpart():
    """hls4ml 0.6 writes `XilinxPart:` in hls4ml_config.yml; its build_prj.tcl names no project (V5)."""
    v5 = Path(__file__).parent / "data" / "heldout12" / "projects" / "V5"
    config = read_project_config(v5)
    assert (config["Part"], config["ProjectName"]) == ("xc7a100tcsg324-1", "model_1_hls4ml_prj")
    layers, _, target = read_project(v5)
    assert [layer.n_in for layer in layers] == [2, 200, 100, 50]
    assert target.part == "xc7a100tcsg324-1"


def _conv2d_struct(n_partitions, **overrides):
    struct = {
        "in_height": 10,
        "in_width": 10,
        "out_height": 10,
        "out_width": 10,
        "filt_height": 3,
        "filt_width": 3,
        "stride_height": 1,
        "stride_width": 1,
        "pad_top": 1,
        "pad_left": 1,
        "n_partitions": n_partitions,
    }
    return {key: str(value) for key, value in {**struct, **overrides}.items()}


def test_window_live_counts_the_pixel_slots_whose_tap_is_not_padding_in_every_partition():
    """hls4ml's fill_buffer: slot i of partition p is pixel p * PF + i (row-major); padding is a constant 0.
    A 3x3 'same' Conv2D on 10x10 (held-out N6-N8): at PF 100 a corner tap reads 81 pixels, an edge tap 90;
    at PF 10 (one output row a partition) only the first and last slot lose their outer column."""
    from fpgaprune.core.hardware.project import window_live

    assert window_live(_conv2d_struct(1), "conv2d") == (81, 90, 81, 90, 100, 90, 81, 90, 81)
    assert window_live(_conv2d_struct(10), "conv2d") == (9, 10, 9, 9, 10, 9, 9, 10, 9)
    assert window_live(_conv2d_struct(100), "conv2d") == ()  # PF 1: every tap is read in some partition
    assert window_live(_conv2d_struct(1, pad_top=0, pad_left=0, in_height=12, in_width=12), "conv2d") == ()
    conv1d = {"in_width": "8", "out_width": "8", "filt_width": "3", "pad_left": "1", "n_partitions": "1"}
    assert window_live(conv1d, "conv1d") == (7, 8, 7)
    # hls4ml's Conv1D struct names its dilation `dilation` (Conv2D: dilation_height, dilation_width); at 2 the
    # 'same' padding is 2 a side and the outer taps lose two pixels each
    dilated = {**conv1d, "pad_left": "2", "dilation": "2"}
    assert window_live(dilated, "conv1d") == (6, 8, 6)
    assert window_live({key: value for key, value in conv1d.items() if key != "n_partitions"}, "conv1d") == ()


# The top function of an hls4ml 0.5 project (filipemlins/nas-hls4ml, model_multistart/0: LeNet-like, Resource)
OLD_TOP = """#include "myproject.h"
#include "parameters.h"

void myproject(input_t input1[N_INPUT_1_1*N_INPUT_2_1*N_INPUT_3_1], result_t layer19_out[N_LAYER_17]) {
    nnet::conv_2d_large_cl<input_t, layer3_t, config3>(input1, layer3_out, w3, b3);
    nnet::relu<layer3_t, layer5_t, relu_config5>(layer3_out, layer5_out);
    nnet::pooling2d_cl<layer5_t, config6>(layer5_out, layer6_out);
    nnet::dense_large<layer10_t, layer11_t, config11>(layer10_out, layer11_out, w11, b11);
    nnet::dense_large<layer16_t, layer17_t, config17>(layer16_out, layer17_out, w17, b17);
    nnet::softmax<layer17_t, result_t, softmax_config19>(layer17_out, layer19_out);
}
"""


def test_an_io_parallel_project_of_pooling_alone_is_estimated_and_an_io_stream_one_refused(tmp_path):
    """Set 27's H18 (hls4ml's CI test of a MaxPooling1D model, written with hls4ml 1.3.0) was refused ("give
    the hls4ml project of a model with at least one"); its report: 0 cycles, FF 5,810 = the 363 x 16-bit
    input port + 2. An io_stream design without a weight layer is refused in one line (its schedule and
    FIFOs are read from the weight layers)."""
    from fpgaprune.core.hardware.glue import estimate_project

    data = Path(__file__).parent / "data" / "heldout27" / "projects"
    layers, kernels, target = read_project(data / "H18")
    assert (layers, kernels, target.part) == ([], [], "xcvu13p-flga2577-2-e")
    result = estimate_project(data / "H18")
    assert set(result["activations"]) == {"max_pooling1d"} and result["layers"] == {}
    assert (result["totals"]["latency_cycles"], result["totals"]["ff"]) == (0, 363 * 16 + 2)
    stream = tmp_path / "H9"
    shutil.copytree(data / "H9", stream)  # io_stream Dense 1->64 + ReLU, the Dense call removed
    source = stream / "firmware" / "myproject.cpp"
    source.write_text("\n".join(line for line in source.read_text().split("\n") if "nnet::dense" not in line))
    with pytest.raises(ValueError) as error:
        read_project(stream)
    assert str(error.value) == (
        f"{stream}: no Dense, Conv1D, Conv2D, GRU or LSTM layer call found in myproject.cpp; the estimate "
        "starts from them, so a design of pooling or activation layers alone is estimated only for "
        "io_parallel: give the hls4ml project of a model with at least one such layer"
    )


def test_an_hls4ml_0_5_project_is_refused_naming_its_old_layer_functions(tmp_path):
    """`fpgaprune estimate` of such a project said "no Dense, Conv1D, Conv2D, GRU or LSTM layer call found"
    beside its nnet::dense_large and nnet::conv_2d_large_cl: hls4ml <= 0.5's Resource kernels (0.6 replaced
    them), which the cost model does not read."""
    firmware = tmp_path / "hls4ml_prj" / "firmware"
    firmware.mkdir(parents=True)
    (firmware / "myproject.cpp").write_text(OLD_TOP)
    (firmware / "parameters.h").write_text("")
    (firmware / "defines.h").write_text("")
    (tmp_path / "hls4ml_prj" / "build_prj.tcl").write_text("set_part {xc7z007sclg225-1}\n")
    with pytest.raises(ValueError) as error:
        read_project(tmp_path / "hls4ml_prj")
    assert str(error.value) == (
        f"{firmware / 'myproject.cpp'}: calls nnet::conv_2d_large_cl, nnet::dense_large, the weight layers "
        "of hls4ml <= 0.5, which the estimate does not read (it models the kernels of hls4ml >= 0.6): write "
        "the project again with hls4ml >= 0.6, or take the numbers of its own synthesis (csynth report)"
    )
