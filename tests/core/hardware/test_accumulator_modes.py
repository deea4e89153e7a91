"""Accumulators that round or saturate (docs/cost-model-record.md 2.3): the model has no data for them, so it
warns.

The data checks read the types of the calibration rows and of every weight layer of held-out sets 1-15
(`parameters.h`'s `accum_t` and the layer call's result type, resolved through `defines.h`); sets 16 and 17
are blind and not read here.
"""

import csv
import re
import shutil
from pathlib import Path

import pytest

from fpgaprune.core.hardware.glue import design_warnings
from fpgaprune.core.hardware.logic import accumulator_mode_warning
from fpgaprune.core.hardware.precision import parse_precision
from fpgaprune.core.hardware.project import read_project, read_project_files

DATA = Path(__file__).parent / "data"
PROJECT_SETS = ("heldout", *(f"heldout{n}" for n in (2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15)))
WEIGHT_CALL = re.compile(r"nnet::(?:dense|\w*conv\w*)<\s*[\w:]+\s*,\s*([\w:]+)\s*,\s*(config\d+)\s*>\s*\(")
TYPEDEF = re.compile(r"typedef\s+(.+?)\s+(\w+);")
ARRAY = re.compile(r"nnet::array<\s*(.+?)\s*,\s*[\w*\s]+>$")


@pytest.mark.parametrize(
    ("accum", "warned"),
    [
        ("ap_fixed<16,6>", None),
        ("fixed<16,6,TRN,WRAP>", None),
        ("ap_fixed<16,6,AP_RND,AP_SAT>", ("rounds each product", "AP_RND", "saturates every", "AP_SAT")),
        ("ap_fixed<20,8,AP_RND_CONV>", ("rounds each product", "AP_RND_CONV")),
        ("ap_fixed<18,8,AP_TRN,AP_SAT_SYM>", ("saturates every", "AP_SAT_SYM")),
    ],
)
def test_rounding_or_saturating_accumulators_warn(accum, warned):
    warning = accumulator_mode_warning(parse_precision(accum))
    if warned is None:
        assert warning is None
    else:
        assert all(part in warning for part in warned) and "under-estimated" in warning
        assert ("rounds" in warning) == ("AP_RND" in accum) and ("saturates" in warning) == ("SAT" in accum)


def test_design_warnings_name_the_layer_whose_accumulator_saturates(tmp_path):
    # set 5's Q2 (one Dense, accum_t = model_default_t = ap_fixed<16,6>), made to round and saturate
    project = shutil.copytree(DATA / "heldout5" / "projects" / "Q2", tmp_path / "Q2")
    layers, _, _ = read_project(project)
    assert not any(
        "accumulator" in line for line in design_warnings(read_project_files(project), layers, "vitis")
    )
    parameters = project / "firmware" / "parameters.h"
    text = parameters.read_text()
    assert text.count("typedef model_default_t accum_t;") == 1
    parameters.write_text(text.replace("model_default_t accum_t;", "ap_fixed<16,6,AP_RND,AP_SAT> accum_t;"))
    layers, _, _ = read_project(project)
    lines = [
        line
        for line in design_warnings(read_project_files(project), layers, "vitis")
        if "accumulator" in line
    ]
    assert lines == [f"dense: {accumulator_mode_warning(parse_precision('ap_fixed<16,6,AP_RND,AP_SAT>'))}"]


def test_estimate_layer_prints_the_accumulator_warning(capsys):
    from fpgaprune.cli import main

    layer = ["estimate-layer", "--kind", "dense", "--n-in", "16", "--n-out", "8"]
    assert main(layer) == 0
    assert "its accumulator" not in capsys.readouterr().err
    assert main(layer + ["--accum-precision", "ap_fixed<16,6,AP_RND,AP_SAT>"]) == 0
    assert "warning: dense: its accumulator ap_fixed<16,6,AP_RND,AP_SAT> rounds" in capsys.readouterr().err


def _resolve(types: dict, name: str) -> str:
    for _ in range(10):
        if name not in types:
            break
        name = types[name]
    element = ARRAY.match(name.strip())
    return element.group(1) if element else name.strip()


def _weight_layer_types(project: Path):
    """(config, accum type, result type) of each weight-layer call in the project's firmware."""
    firmware = project / "firmware"
    types = {alias: definition for definition, alias in TYPEDEF.findall((firmware / "defines.h").read_text())}
    parameters = (firmware / "parameters.h").read_text()
    for source in sorted(firmware.glob("*.cpp")):
        for result, config in WEIGHT_CALL.findall(source.read_text()):
            structs = [f"{config}_mult", config]
            bodies = [
                re.search(rf"struct\s+{s}\s*:\s*nnet::\w+\s*\{{(.*?)\n\}};", parameters, re.DOTALL)
                for s in structs
            ]
            body = next(b.group(1) for b in bodies if b and "accum_t;" in b.group(1))
            accum = {alias: name for name, alias in TYPEDEF.findall(body)}["accum_t"]
            yield config, parse_precision(_resolve(types, accum)), parse_precision(_resolve(types, result))


def _rows(path: Path) -> list[dict]:
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle))


def _rounds_or_saturates(fixed) -> bool:
    return (fixed.rounding, fixed.overflow) != ("TRN", "WRAP")


def test_no_calibration_or_heldout_weight_layer_rounds_or_saturates_its_accumulator():
    # why the model warns instead of costing it: nothing to fit a constant on
    accumulators = [row["accum_type"] for row in _rows(DATA / "calibration" / "layers.csv")]
    accumulators += [row["accum_type"] for row in _rows(DATA / "resource_layers.csv")]
    for name in ("heldout9", "heldout10"):
        accumulators += [row["accum_t"] for row in _rows(DATA / name / "designs.csv")]
    assert not any(_rounds_or_saturates(parse_precision(accum)) for accum in accumulators)
    layers = [
        (name, project.name, config, accum, result)
        for name in PROJECT_SETS
        for project in sorted((DATA / name / "projects").iterdir())
        for config, accum, result in _weight_layer_types(project)
    ]
    assert len(layers) == 334  # Dense/Conv/depthwise/pointwise calls of the 13 sets
    assert not [layer for layer in layers if _rounds_or_saturates(layer[3])]
    # result types: only set 8's U3 (an hls4ml 0.6 branch with ReLU merged into its three convolutions, left
    # out of every fit) rounds and saturates, so the once-per-output cast cannot be told apart there either
    rounding_results = {
        (name, design, str(result)) for name, design, _, _, result in layers if _rounds_or_saturates(result)
    }
    assert rounding_results == {("heldout8", "U3", "ap_fixed<8,3,AP_RND,AP_SAT>")}
    assert sum(_rounds_or_saturates(layer[4]) for layer in layers) == 3
