"""The warning for Vivado HLS io_parallel convolutions whose PartitionLoop result multiplexers the LUT omits.

What the reports show (results/bench/partition_mux.md; K6's per-function csynth reports, read in the fetched
calwilee/hls4ml-automated-testing at its MANIFEST commit, not copied): Vivado HLS 2020.1 builds hls4ml's
`*(res++)` result writes over a 9-iteration PartitionLoop as a write flag and a value multiplexer per result,
selected by the result offset: the depthwise layer 144 `myproject_mux_1287_*` (72 results, 128 inputs), the
pointwise layer 360 `myproject_mux_2568_*` (180 results, 256 inputs), each priced 1,362 LUT (196,128 and
490,320 of the layers' 207,860 and 496,752 LUT). No other stored Vivado HLS report has these multiplexers
(set 27's H11, a partitioned Resource Conv2D, has design totals only), so the model costs none of them and
names the layers instead; Vitis HLS builds no such multiplexers. The second copy of the results K6 also holds
is costed (`cost.PARTITION_RESULT_COPIES`).
"""

from pathlib import Path

from fpgaprune.core.hardware.glue import estimate_project_files
from fpgaprune.core.hardware.project import read_project_files

DATA = Path(__file__).parent / "data"
K6 = DATA / "heldout3" / "projects" / "K6"
N7 = DATA / "heldout17" / "projects" / "N7"  # Vitis HLS 2023.1, conv1 at PF 10: 10 partitions
H10 = (
    DATA / "heldout" / "projects" / "H10"
)  # Vivado HLS 2019.2, pointwise Conv1D in one call (no PartitionLoop)


def _warned(project: Path, tool: str) -> dict:
    _, result = estimate_project_files(read_project_files(project), tool, None)
    lines = [line for line in result["warnings"] if "`*(res++)` result writes" in line]
    return {line.split(":")[0]: line for line in lines}


def test_k6s_partitioned_convolutions_are_warned_with_the_reports_multiplexer_counts():
    warned = _warned(K6, "vivado")
    assert sorted(warned) == ["separable_conv2d_depthwise", "separable_conv2d_pointwise"]
    depthwise, pointwise = warned["separable_conv2d_depthwise"], warned["separable_conv2d_pointwise"]
    # the report's instance lists: 144 mux_1287 (128 inputs) and 360 mux_2568 (256 inputs)
    assert "over the 9 PartitionLoop iterations as 144 128-input multiplexers" in depthwise
    assert "as 360 256-input multiplexers" in pointwise
    # the bound at the highest per-instance price seen (1,362) equals what K6's report holds
    assert "up to 196,128 higher" in depthwise and "up to 490,320 higher" in pointwise
    # the second copy of the results is costed since set 27 (`cost.PARTITION_RESULT_COPIES`), not warned of
    assert "FF" not in depthwise and "FF" not in pointwise


def test_vivado_holds_a_partitioned_convolutions_results_twice_vitis_once():
    """K6's report (`res_*` and `ap_return_*_preg`, both convolutions) and set 27's H11 (Vivado HLS 2020.1,
    a Resource Conv2D of 49 partitions: 52,870 FF = 2 x 25,088 result bits + 2,694) hold each result twice;
    P8 and set 27's H48 (Vitis HLS 2024.1, the same Conv2D: 33,150 = 25,088 + 8,062) once."""
    from fpgaprune.core.hardware.cost import partition_result_bits
    from fpgaprune.core.hardware.project import read_project

    set27 = DATA / "heldout27" / "projects"
    ((conv,), _, _) = read_project(set27 / "H11")
    assert (conv.strategy, conv.output_positions, conv.n_out, conv.accum_type.width) == (
        "resource",
        49,
        32,
        16,
    )
    assert partition_result_bits(conv, "vivado") == 2 * 25_088
    assert partition_result_bits(conv, "vitis") == 25_088
    assert "over the 49 PartitionLoop iterations" in _warned(set27 / "H11", "vivado")["conv2d"]


def test_no_warning_without_a_partition_loop_or_on_vitis():
    assert _warned(N7, "vitis") == {}
    assert _warned(K6, "vitis") == {}
    assert _warned(H10, "vivado") == {}


def test_estimate_layer_names_a_partitioned_vivado_convolution(capsys):
    from fpgaprune.cli import main

    layer = ["estimate-layer", "--kind", "conv2d", "--kernel", "3", "3", "--channels", "2", "--filters", "4"]
    layer += ["--output-pixels", "36", "--input-pixels", "64"]
    assert main(layer + ["--hls-tool", "vivado"]) == 0
    (line,) = [line for line in capsys.readouterr().err.split("\n") if "`*(res++)` result writes" in line]
    # PF 1: 36 partitions, 36 x 4 = 144 results, 288 multiplexers of 256 inputs
    assert "over the 36 PartitionLoop iterations as 288 256-input multiplexers" in line
    assert f"up to {288 * 1362:,} higher" in line
    assert main(layer + ["--hls-tool", "vitis"]) == 0
    assert "`*(res++)` result writes" not in capsys.readouterr().err
