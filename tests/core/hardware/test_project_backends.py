"""`fpgaprune estimate` of projects hls4ml 1.3 writes for its other backends (write() only): a project of a
backend no AMD HLS tool builds (Quartus, oneAPI, Catapult) is refused in one line naming the backend, before
its ac_fixed types or missing firmware/ could be misread; a VivadoAccelerator project, whose build's top is
the AXI wrapper around the network, is estimated with a line saying the wrapper is not counted."""

import json

import pytest

from fpgaprune.cli import main


def _written(out_dir, backend: str, first=None):
    from fpgaprune.compat import keras

    hls4ml = pytest.importorskip("hls4ml")
    first = first or [keras.layers.Input((8,)), keras.layers.Dense(4, activation="relu")]
    model = keras.Sequential([*first, keras.layers.Dense(3)])
    config = hls4ml.utils.config_from_keras_model(model, granularity="name", backend=backend)
    hls_model = hls4ml.converters.convert_from_keras_model(
        model, hls_config=config, backend=backend, output_dir=str(out_dir), io_type="io_parallel"
    )
    hls_model.write()
    return out_dir


@pytest.mark.parametrize(
    "backend, tool",
    [
        ("Quartus", "Intel's HLS Compiler"),
        ("oneAPI", "Intel's oneAPI compiler"),
        ("Catapult", "Siemens's Catapult HLS"),
    ],
)
def test_a_project_of_a_backend_no_amd_tool_builds_is_one_line_naming_it(tmp_path, capsys, backend, tool):
    project = _written(tmp_path / backend, backend)
    capsys.readouterr()
    assert main(["estimate", str(project)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert f"the {backend} backend, built by {tool}" in line and "backend='Vitis'" in line


def _warnings(capsys, project) -> list[str]:
    capsys.readouterr()  # hls4ml's write() lines
    assert main(["estimate", str(project), "--json"]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)["warnings"]


def test_an_accelerator_project_says_its_axi_wrapper_is_not_in_the_totals(tmp_path, capsys):
    wrapped = _warnings(capsys, _written(tmp_path / "accelerator", "VivadoAccelerator"))
    (line,) = [line for line in wrapped if "_axi" in line]
    assert line.startswith("the build's top is myproject_axi") and "not in them" in line
    assert not [line for line in _warnings(capsys, _written(tmp_path / "vitis", "Vitis")) if "_axi" in line]


def test_weights_no_call_reads_are_named_as_a_layer_hls4ml_wrote_no_call_for(tmp_path, capsys):
    """hls4ml 1.3's Vitis backend loads a SimpleRNN's weights (w2, wr2, b2) but writes no call of it: the
    Dense after it reads an array nothing sets. The estimate (the Dense alone) says so."""
    from fpgaprune.compat import keras

    rnn = _written(tmp_path / "rnn", "Vitis", [keras.layers.Input((5, 3)), keras.layers.SimpleRNN(4)])
    (line,) = [line for line in _warnings(capsys, rnn) if "loaded but" in line]
    assert line.startswith("weights w2, wr2, b2 are loaded but no call of the top function reads them")
    assert not [
        line for line in _warnings(capsys, _written(tmp_path / "mlp", "Vitis")) if "loaded but" in line
    ]


def test_libero_whose_writer_needs_its_compiler_is_refused_by_name_too(tmp_path):
    """hls4ml 1.3 writes a Libero project only where Microchip's `shls` is installed (it is not here): the
    refusal reads the Backend alone, before any other file."""
    from fpgaprune.core.hardware.project import refuse_non_amd_backend

    with pytest.raises(ValueError, match=r"the Libero backend, built by Microchip's SmartHLS \(Libero\)"):
        refuse_non_amd_backend({"Backend": "Libero"}, tmp_path)
    refuse_non_amd_backend({"Backend": "VitisAccelerator"}, tmp_path)  # AMD's: read on
