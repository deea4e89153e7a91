"""The io_parallel softmax chain (`softmaxchain`, branch smaxrule): hls4ml's operations cut into states of the
clock budget with delays read from HLS schedules. The expected cycles are the schedules' own state counts less
one (docs/cost-model-record.md 2.4 "io_parallel softmax latency: the chain"), so these rows are in-sample for
the delay tables; what they check is that the chain reproduces the schedules it was read from."""

import pytest

from fpgaprune.core.hardware.auxiliary import SOFTMAX_PARALLEL_LATENCY, AuxiliaryLayer, estimate_auxiliary
from fpgaprune.core.hardware.multipliers import Target
from fpgaprune.core.hardware.softmaxchain import (
    SOFTMAX_DELAYS,
    chain_states,
    parallel_softmax_cycles,
    softmax_delays,
)


def _target(part, tool, version, clock_ns, uncertainty):
    return Target(
        part=part, hls_tool=tool, hls_version=version, clock_ns=clock_ns, clock_uncertainty=uncertainty
    )


# (design, part, tool, version, clock, uncertainty, implementation, n_in, saturating sum, schedule's cycles)
SCHEDULES = [
    ("B1", "xc7z020-clg400-1", "vivado", "2020.1", 5.0, 0.125, "stable", 5, True, 14),
    ("B3", "xc7z020-clg400-1", "vivado", "2020.1", 5.0, 0.125, "stable", 5, False, 13),
    ("C1", "xc7a35t-csg324-3", "vivado", "2019.2", 5.0, 0.125, "stable", 3, False, 10),
    ("D1", "xcvu9p-flga2104-2L-e", "vivado", "2019.2.1", 5.0, 0.125, "latency", 5, False, 2),
    ("J1", "xcvu13p-flga2577-2-e", "vivado", "2020.1", 5.0, 0.125, "stable", 5, True, 4),
    ("K1", "xcu250-figd2104-2L-e", "vitis", "2022.2", 5.0, 0.27, "stable", 5, True, 5),
    ("G1", "xcu50-fsvh2104-2-e", "vitis", "2024.1", 5.0, 0.27, "stable", 5, True, 4),
    ("Z1", "xcu250-figd2104-2L-e", "vitis", "2023.2", 10.0, 0.27, "stable", 2, True, 2),
]


@pytest.mark.parametrize("row", SCHEDULES, ids=[row[0] for row in SCHEDULES])
def test_the_chain_reproduces_the_schedules_it_was_read_from(row):
    _, part, tool, version, clock, uncertainty, implementation, n_in, saturating, cycles = row
    target = _target(part, tool, version, clock, uncertainty)
    assert parallel_softmax_cycles(n_in, implementation, saturating, target) == cycles


def test_at_a_long_clock_everything_but_the_loads_chains():
    # H1-H3 (pominiq/DNNonSilicon, xc7z020-1 at 25 ns): 2 cycles, the two loads' state boundaries only.
    target = _target("xc7z020-clg400-1", "vivado", "2020.1", 25.0, 0.125)
    assert parallel_softmax_cycles(3, "stable", True, target) == 2


def test_a_load_is_a_state_boundary_and_ops_chain_within_the_budget():
    assert chain_states([("op", 1.0), ("op", 1.0)], 2.0) == (1, 2.0)
    assert chain_states([("op", 1.0), ("op", 1.5)], 2.0) == (2, 1.5)
    assert chain_states([("op", 0.5), ("load", 1.0), ("op", 0.5)], 4.0) == (2, 1.5)


def test_parts_without_a_table_take_the_nearest_grade_of_their_fabric():
    seven = {
        grade: _target(f"xc7a100t-csg324-{grade}", "vivado", "2020.1", 5.0, 0.125) for grade in (1, 2, 3)
    }
    assert softmax_delays(seven[1]) is SOFTMAX_DELAYS["7series", 1]
    assert softmax_delays(seven[2]) is SOFTMAX_DELAYS["7series", 1]  # a tie goes to the slower grade
    assert softmax_delays(seven[3]) is SOFTMAX_DELAYS["7series", 3]
    assert softmax_delays(_target("xc7z020", "vivado", "2020.1", 5.0, 0.125)) is SOFTMAX_DELAYS["7series", 1]
    kintex = _target("xcku035-fbva676-1-c", "vivado", "2020.1", 5.0, 0.125)
    assert softmax_delays(kintex) is SOFTMAX_DELAYS["ultrascale", 2]
    newer = _target("xcku035-fbva676-1-c", "vitis", "2023.1", 5.0, 0.27)
    assert softmax_delays(newer) is SOFTMAX_DELAYS["ultrascale", 2, "vitis2023"]


def _softmax(implementation="stable", n_in=5):
    features = {"stream_bits": 0.0, "parallel_bits": 16.0 * n_in, "fixed": 1.0}
    return AuxiliaryLayer("softmax", "s", features, 0, n_in=n_in, implementation=implementation)


def test_softmaxes_the_chain_does_not_cover_keep_the_constant():
    target = _target("xc7z020-clg400-1", "vivado", "2020.1", 5.0, 0.125)
    assert estimate_auxiliary(_softmax(), hls_tool="vivado", target=target)["latency_cycles"] == 13
    legacy = estimate_auxiliary(_softmax("legacy"), hls_tool="vivado", target=target)
    assert legacy["latency_cycles"] == SOFTMAX_PARALLEL_LATENCY["vivado"]
    no_target = estimate_auxiliary(_softmax(), hls_tool="vivado")  # no part, no budget
    assert no_target["latency_cycles"] == SOFTMAX_PARALLEL_LATENCY["vivado"]
