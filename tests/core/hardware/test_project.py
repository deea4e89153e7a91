import re

import numpy as np
import pytest

from fpgaprune.core.hardware.cost import estimate_model
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.project import kernel_from_hls_order, read_project, read_weights_file
from fpgaprune.core.hardware.structures import zero_patterns

from .hls4ml_projects import CONV_KERNEL, DENSE_SHAPE, sparse_kernel, write_project

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
    (tmp_path / "w.txt").write_text("1, two")
    with pytest.raises(ValueError, match="comma-separated"):
        read_weights_file(tmp_path / "w.txt")


def test_reads_sizes_given_as_defines_h_macros(project, tmp_path):
    """Older hls4ml writes `n_in = N_INPUT_1_1` in parameters.h and the number in defines.h."""
    import shutil

    _, _, path = project
    copy = tmp_path / "old"
    shutil.copytree(path, copy, ignore=shutil.ignore_patterns("*.so", "*.o"))
    firmware = copy / "firmware"
    parameters = (firmware / "parameters.h").read_text()
    macros = {}

    def to_macro(match):
        name = f"OLD_{match.group(1).upper()}_{len(macros)}"
        macros[name] = match.group(2)
        return f"static const unsigned {match.group(1)} = {name};"

    old = re.sub(r"static const unsigned (n_in|n_out|n_chan|n_filt) = (\d+);", to_macro, parameters)
    assert macros, "the fixture's parameters.h has no size to turn into a macro"
    (firmware / "parameters.h").write_text(old)
    defines = "".join(f"#define {name} {value}\n" for name, value in macros.items())
    (firmware / "defines.h").write_text(defines + (firmware / "defines.h").read_text())
    assert read_project(copy)[0] == read_project(path)[0]
