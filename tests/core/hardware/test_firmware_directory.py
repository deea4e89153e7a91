"""`fpgaprune estimate` of an hls4ml model's firmware on its own, as CMS's L1 trigger emulators package it
(cms-hls4ml/AXOL1TL, CICADA, L1TSC4NGJetModel, TOoLLiP): no hls4ml_config.yml or tcl files (part and tool are
given), the firmware files at the top, the top function renamed, parameters.h's structs indented inside a
namespace, sizes as constants in defines.h and the weights in one header. Such a directory estimates as the
hls4ml project it was packaged from."""

import json
import shutil

import numpy as np
import pytest

from fpgaprune.cli import main

from .hls4ml_projects import sizes_as_names

PART, CLOCK = "xcvu13p-flga2577-2-e", "2.778"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A real hls4ml 1.3 project (write() only) of a 12-16-4 MLP with a batch normalisation, io_parallel."""
    from fpgaprune.compat import keras

    import hls4ml

    rng = np.random.default_rng(0)
    layers = keras.layers
    model = keras.Sequential(
        [
            layers.Input((12,)),
            layers.Dense(16, name="fc1"),
            layers.BatchNormalization(name="bn"),
            layers.Activation("relu", name="relu"),
            layers.Dense(4, name="fc2"),
        ]
    )
    for layer in model.layers:
        layer.set_weights(
            [rng.normal(size=w.shape).round(3) * (rng.random(w.shape) > 0.3) for w in layer.get_weights()]
        )
    bn = model.get_layer("bn")
    gamma, beta, mean, variance = bn.get_weights()
    bn.set_weights([gamma, beta, mean, np.abs(variance) + 0.5])
    config = hls4ml.utils.config_from_keras_model(model, granularity="name", backend="Vitis")
    out = tmp_path_factory.mktemp("project")
    hls4ml.converters.convert_from_keras_model(
        model, hls_config=config, output_dir=str(out), backend="Vitis", io_type="io_parallel", part=PART
    ).write()
    return out


def _packaged(project, folder):
    """`project`'s firmware as CMS's emulators package it: flat, the top function `tagger_v1`, parameters.h
    indented in a namespace, the layer sizes as `static const int` in defines.h, the weights in weights.h."""
    firmware = project / "firmware"
    shutil.copytree(firmware / "nnet_utils", folder / "nnet_utils")
    for name in ("myproject.cpp", "myproject.h"):
        text = (firmware / name).read_text().replace("myproject", "tagger_v1")
        (folder / name.replace("myproject", "tagger_v1")).write_text(text)
    parameters, sizes = sizes_as_names((firmware / "parameters.h").read_text(), "n_in|n_out", "N")
    indented = "\n".join(f"  {line}" if line else line for line in parameters.splitlines())
    (folder / "parameters.h").write_text(f"namespace tagger_v1 {{\n{indented}\n}}\n")
    defines = (firmware / "defines.h").read_text()
    constants = "".join(f"static const int {name} = {value};\n" for name, value in sizes.items())
    (folder / "defines.h").write_text(
        defines.replace("// hls-fpga-machine-learning insert numbers\n", constants)
    )
    arrays = [
        f"weight_t {path.stem}[] = {{{path.read_text().strip()}}};"
        for path in sorted((firmware / "weights").glob("*.txt"))
    ]
    (folder / "weights.h").write_text("namespace tagger_v1 {\n" + "\n".join(arrays) + "\n}\n")
    return folder


def _estimate(capsys, *args):
    assert main(["estimate", *map(str, args), "--json"]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def test_a_firmware_directory_estimates_as_the_project_it_was_packaged_from(project, tmp_path, capsys):
    packaged = _packaged(project, tmp_path / "NN")
    assert not (packaged / "firmware").exists() and not list(packaged.glob("*.tcl"))
    assert main(["estimate", str(packaged)]) == 2  # no part: one line naming the options
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "for firmware on its own, give the part it is built for (fpgaprune estimate --part" in line

    written = _estimate(capsys, project, "--clock", CLOCK)
    alone = _estimate(capsys, packaged, "--part", PART, "--clock", CLOCK, "--hls-tool", "vitis")
    assert alone["layers"] == written["layers"] and alone["totals"] == written["totals"]
    assert alone["activations"] == written["activations"]
    assert set(written["layers"]) == {"fc1", "fc2"} and written["totals"]["dsp"] > 0
    from fpgaprune.core.hardware.glue import estimate_project

    api = estimate_project(packaged, "vitis", part=PART, clock_ns=float(CLOCK))  # the API takes them too
    assert api["layers"] == written["layers"] and api["totals"] == written["totals"]
    scaled = _estimate(capsys, packaged, "--part", PART, "--clock", "5", "--hls-tool", "vitis")
    assert scaled["totals"]["latency_cycles"] <= alone["totals"]["latency_cycles"]  # a slower clock


def test_a_firmware_directory_without_one_top_function_is_one_line(project, tmp_path, capsys):
    packaged = _packaged(project, tmp_path / "NN")
    (packaged / "other.cpp").write_text('#include "parameters.h"\n')
    assert main(["estimate", str(packaged), "--part", PART]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert (
        "the top function's .cpp is the one that includes parameters.h, and 2 do (other, tagger_v1)" in line
    )
    assert main(["estimate", str(packaged), "--part", PART, "--clock", "0"]) == 2
    assert "--clock 0.0: give the clock period in ns" in capsys.readouterr().err
