"""The warning for Vivado HLS Resource kernels whose per-multiplier input multiplexers the LUT omits.

What the reports show (results/bench/resource_input_mux.md, csynth instance lists): Vivado HLS builds one
multiplexer per multiplier where 1 < RF < n_in and the input is not one packed word (S11 fc2 64 of 64, fc3 64
of 64, output 10 of 10; V5 dense_1 200 of 200), shifters for a packed input (S11 fc1) and one shared
multiplexer where RF = n_in (V5 dense_2, dense_3); V5's first layer runs the rf_gt_nin_rem0 kernel.
"""

from pathlib import Path

import pytest

from fpgaprune.core.hardware.glue import estimate_project_files
from fpgaprune.core.hardware.project import read_project_files

DATA = Path(__file__).parent / "data"
PROJECTS = {"S11": DATA / "heldout6" / "projects" / "S11", "V5": DATA / "heldout12" / "projects" / "V5"}


def _warned(design: str, tool: str) -> dict:
    _, result = estimate_project_files(read_project_files(PROJECTS[design]), tool, None)
    lines = [line for line in result["warnings"] if "multiplexers, one per multiplier" in line]
    return {line.split(":")[0]: line for line in lines}


@pytest.mark.parametrize(
    ("design", "layers", "copies"),
    [("S11", ["fc2", "fc3", "output"], [64, 64, 10]), ("V5", ["dense_1"], [200])],
)
def test_vivado_resource_layers_with_per_multiplier_multiplexers_are_warned(design, layers, copies):
    warned = _warned(design, "vivado")
    assert sorted(warned) == layers
    for layer, count in zip(layers, copies, strict=True):
        assert f"as {count} multiplexers" in warned[layer]
        assert f"up to {count * 273:,} higher" in warned[layer]


def test_vitis_shares_the_multiplexers_so_no_warning():
    assert _warned("S11", "vitis") == {}
