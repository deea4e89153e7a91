"""The warning for a Latency Dense that Vivado HLS will not unroll (`logic.unroll_limit_warning`).

Vivado HLS stops unrolling loops of more than 4,096 iterations (hls4ml issues #904, #1013: "XFORM 203-504 Stop
unrolling loop") and hls4ml's build script partitions no array above 4,096 elements (#1157); no stored Vivado
HLS report has a larger Latency Dense (set 9's stop at 3,072 products), while Vitis HLS built S3's 105 x 72
dense1 (7,560 products, 3,996 DSP, 1 cycle).
"""

from pathlib import Path

import pytest

from fpgaprune.cli import main
from fpgaprune.core.hardware.glue import estimate_project_files
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.logic import VIVADO_UNROLL_LIMIT, unroll_limit_warning
from fpgaprune.core.hardware.project import read_project_files

S3 = Path(__file__).parent / "data" / "heldout6" / "projects" / "S3"


def _dense(n_in: int, n_out: int, strategy: str = "latency") -> LayerHardware:
    return LayerHardware("fc", "dense", (n_in, n_out), strategy=strategy)


def test_only_vivado_latency_dense_layers_beyond_the_limit_are_warned():
    assert VIVADO_UNROLL_LIMIT == 4096
    assert unroll_limit_warning(_dense(64, 64), "vivado") is None  # 4,096: at the limit
    line = unroll_limit_warning(_dense(65, 64), "vivado")
    assert "unrolls 4,160 products" in line and "Resource strategy" in line
    assert unroll_limit_warning(_dense(65, 64), "vitis") is None
    assert unroll_limit_warning(_dense(65, 64, "resource"), "vivado") is None


@pytest.mark.parametrize(("tool", "warned"), [("vivado", ["dense1"]), ("vitis", [])])
def test_a_real_project_is_warned_under_vivado_hls_only(tool, warned):
    # S3 (Vitis HLS 2023.1, reported at 1 cycle): dense1 105 x 72, dense2 72 x 48 (3,456), output 48 x 1
    _, result = estimate_project_files(read_project_files(S3), tool, None)
    lines = [line for line in result["warnings"] if "stops unrolling" in line]
    assert [line.split(":")[0] for line in lines] == warned


def test_estimate_layer_prints_it(capsys):
    args = ["estimate-layer", "--kind", "dense", "--n-in", "400", "--n-out", "250", "--hls-tool", "vivado"]
    assert main(args) == 0
    assert "warning: dense: its Latency kernel unrolls 100,000 products" in capsys.readouterr().err
