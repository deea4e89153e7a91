"""hls4ml 0.2-0.6's io_parallel Latency Conv1D/Conv2D (`LayerHardware.whole_call_conv`).

Its `conv_1d_latency_cl` / `conv_2d_latency_cl` (`nnet_conv1d_latency.h`, `nnet_conv2d_latency.h` at v0.5.0
and v0.6.0) compute every output position in one call under a function-scope `#pragma HLS PIPELINE`, with one
`ALLOCATION mul limit=compute_multiplier_limit(weights)`: ceil(non-zero products of every non-padded
position / RF). Its config structs (`vivado_template.py`'s `conv1d_config_template`) have no `n_partitions`,
which 0.7 and later write with the `PartitionLoop` kernel. The projects here: set 24's I1 (a development
library of 2021-05, between v0.5.0 and v0.6.0), read only (its Conv1D kernel is hand-edited, so it is never
estimated here), and a one-layer project hand-written in v0.6.0's template.
"""

import warnings
from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware.cost import _whole_call_limit, estimate_layer
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.project import read_project

I1 = Path(__file__).parent / "data" / "heldout24" / "projects" / "I1"
IN_WIDTH, N_CHAN, FILT_WIDTH, N_FILT = 8, 2, 3, 4
TYPES = {"weight_type": "ap_fixed<16,6>", "input_type": "ap_fixed<16,6>", "accum_type": "ap_fixed<16,6>"}


def _read(path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        layers, kernels, _ = read_project(path)
    return layers, kernels, [str(warning.message) for warning in caught]


def write_v06_conv1d_project(root: Path, kernel: np.ndarray, rf: int = 1, strategy: str = "latency") -> Path:
    """One io_parallel Conv1D ('same' padding: pad 1 and 1, out_width = in_width) in the form hls4ml 0.6.0's
    `conv1d_config_template` and `conv_mult_config_template` write (sizes as defines.h macros)."""
    firmware = root / "firmware"
    (firmware / "weights").mkdir(parents=True)
    (root / "hls4ml_config.yml").write_text(
        "Backend: Vivado\nClockPeriod: 5\nIOType: io_parallel\nPart: xcvu9p-flga2577-2-e\n"
        "ProjectName: myproject\n"
    )
    (firmware / "defines.h").write_text(
        f"#define N_INPUT_1_1 {IN_WIDTH}\n#define N_INPUT_2_1 {N_CHAN}\n"
        f"#define N_OUTPUTS_2 {IN_WIDTH}\n#define N_FILT_2 {N_FILT}\n"
        "typedef ap_fixed<16,6> model_default_t;\ntypedef ap_fixed<16,6> input_t;\n"
        "typedef ap_fixed<16,6> layer2_t;\n"
    )
    (firmware / "parameters.h").write_text(
        f"""// conv1d
struct config2_mult : nnet::dense_config {{
    static const unsigned n_in = {FILT_WIDTH * N_CHAN};
    static const unsigned n_out = N_FILT_2;
    static const unsigned reuse_factor = {rf};
    static const unsigned strategy = nnet::{strategy};
    typedef model_default_t accum_t;
    typedef model_default_t bias_t;
    typedef model_default_t weight_t;
    template<class x_T, class y_T, class res_T>
    using product = nnet::product::mult<x_T, y_T, res_T>;
}};

struct config2 : nnet::conv1d_config {{
    static const unsigned pad_left = 1;
    static const unsigned pad_right = 1;
    static const unsigned in_width = N_INPUT_1_1;
    static const unsigned n_chan = N_INPUT_2_1;
    static const unsigned filt_width = {FILT_WIDTH};
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = N_FILT_2;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = N_OUTPUTS_2;
    static const unsigned reuse_factor = {rf};
    static const unsigned n_zeros = 0;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::{strategy};
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = N_INPUT_1_1;
    static const ap_uint<filt_width> pixels[min_width];
    typedef model_default_t accum_t;
    typedef model_default_t bias_t;
    typedef model_default_t weight_t;
    typedef config2_mult mult_config;
}};
const ap_uint<config2::filt_width> config2::pixels[] = {{0}};
"""
    )
    (firmware / "myproject.cpp").write_text(
        "void myproject(input_t conv1d_input[N_INPUT_1_1*N_INPUT_2_1],\n"
        "    layer2_t layer2_out[N_OUTPUTS_2*N_FILT_2]) {\n"
        "    nnet::conv_1d_cl<input_t, layer2_t, config2>(conv1d_input, layer2_out, w2, b2); // conv1d\n}\n"
    )
    stored = kernel if strategy == "latency" else np.transpose(kernel, (2, 0, 1))  # 0.6 transposes Resource
    (firmware / "weights" / "w2.txt").write_text(", ".join(f"{value:.6f}" for value in stored.ravel()))
    return root


@pytest.fixture
def kernel():
    return np.round(np.random.default_rng(5).uniform(-4, 4, (FILT_WIDTH, N_CHAN, N_FILT)), 4)


def _conv(rf: int = 1, whole_call: bool = True, window_live=(7, 8, 7)) -> LayerHardware:
    return LayerHardware(
        "conv1d",
        "conv1d",
        (FILT_WIDTH, N_CHAN, N_FILT),
        rf,
        output_positions=IN_WIDTH,
        input_positions=IN_WIDTH,
        parallelization_factor=IN_WIDTH,
        window_live=window_live,
        whole_call_conv=whole_call,
        **TYPES,
    )


def test_set_24_i1_reads_its_conv1d_layers_as_the_whole_call_kernel():
    # read only: I1's parameters.h has no n_partitions (hls4ml 2021-05); its Dense layers are unaffected
    layers, _, messages = _read(I1)
    convs = [layer for layer in layers if layer.is_conv]
    assert [(layer.name, layer.output_positions) for layer in convs] == [("conv1d", 10), ("conv1d_1", 10)]
    assert all(layer.whole_call_conv and layer.parallelization_factor == 10 for layer in convs)
    assert all(layer.window_live == () for layer in convs)  # stride 14 / kernel 1: no padding
    assert not any(layer.whole_call_conv for layer in layers if not layer.is_conv)
    old = [message for message in messages if "<= 0.6" in message]
    assert len(old) == 2 and all("not calibrated" in message for message in old)


def test_a_v06_conv1d_project_is_read_with_every_position_and_its_padding(tmp_path, kernel):
    (layer,), (read,), messages = _read(write_v06_conv1d_project(tmp_path, kernel))
    assert layer.whole_call_conv and layer.parallelization_factor == layer.output_positions == IN_WIDTH
    # 'same' padding: the first tap is padding at position 0, the last at position 7 (`mult[...] = 0`)
    assert layer.window_live == (7, 8, 7)
    assert np.allclose(read, kernel)
    (message,) = messages
    assert message.startswith("conv1d: hls4ml <= 0.6's io_parallel Latency conv1d")
    assert "all 8 positions" in message


def test_a_v06_resource_conv1d_is_still_one_position_an_iteration(tmp_path, kernel):
    # 0.6's conv_1d_resource_cl: a ColLoop over the positions, each dense_resource on one window
    (layer,), _, messages = _read(write_v06_conv1d_project(tmp_path, kernel, rf=2, strategy="resource"))
    assert not layer.whole_call_conv and layer.parallelization_factor == 1
    assert messages == []


def test_every_live_product_gets_its_own_multiplier_at_rf_1(kernel):
    one_window = LayerHardware("d", "dense", (FILT_WIDTH * N_CHAN, N_FILT), **TYPES)
    per_window = estimate_layer(one_window, kernel.reshape(-1, N_FILT))
    old = estimate_layer(_conv(window_live=()), kernel)
    # every one of the 8 positions has its own products; the old reading (PF 1) had one window's
    assert old.dsp == IN_WIDTH * per_window.dsp > 0
    assert old.ii == 1
    # one pipelined call: the window kernel's latency, without 0.7's fill_buffer stage
    assert old.latency_cycles == per_window.latency_cycles
    # 0.7's kernel at n_partitions 1: one pixel's limit binds over the 8 pixels' products
    partitioned = estimate_layer(_conv(whole_call=False, window_live=()), kernel)
    assert (partitioned.dsp, partitioned.ii) == (per_window.dsp, IN_WIDTH)


def test_the_limit_counts_every_non_padded_non_zero_product(kernel):
    pruned = kernel.copy()
    pruned[0, 1, :] = 0.0  # tap 0 of channel 1: 4 products of 7 positions gone
    live = (7 + 8 + 7) * N_CHAN * N_FILT - 7 * N_FILT
    matrix = pruned.reshape(-1, N_FILT)
    assert _whole_call_limit(_conv(), matrix) == live
    assert _whole_call_limit(_conv(rf=3), matrix) == -(-live // 3)


def test_at_rf_2_the_limit_halves_the_multipliers_and_doubles_the_interval(kernel):
    full, half = estimate_layer(_conv(), kernel), estimate_layer(_conv(rf=2), kernel)
    assert half.ii == 2
    assert half.dsp <= -(-full.dsp // 2) + 1
