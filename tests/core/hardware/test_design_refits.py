"""`glue.estimate_project_files` with replaced constants (bench/design_totals_cv.py's leave-one-design-out):
the constants in code given explicitly change nothing, and each replaced part moves only its own share."""

from dataclasses import replace
from pathlib import Path

import pytest

from fpgaprune.core.hardware import glue
from fpgaprune.core.hardware.auxiliary import (
    AUXILIARY_CONSTANTS,
    SOFTMAX_PARALLEL_LATENCY,
    STREAM_SOFTMAX_LATENCY,
)
from fpgaprune.core.hardware.batchnorm import BATCHNORM_CONSTANTS, BATCHNORM_STREAM_TAIL
from fpgaprune.core.hardware.logic import STREAM_WRAPPERS, constants_for
from fpgaprune.core.hardware.project import project_layers, read_project_files
from fpgaprune.core.hardware.tablelogic import TABLE_ACTIVATION_LATENCY, TABLE_LOGIC_CONSTANTS

PROJECTS = Path(__file__).parent / "data" / "heldout" / "projects"
# H1: io_parallel with a softmax (PIPELINE top); H4: io_stream with FIFOs and a softmax
DESIGNS = ("H1", "H4")


def _files_and_target(design):
    files = read_project_files(PROJECTS / design)
    return files, project_layers(files)[2]


def _written(tool, group):
    return {
        "constants": constants_for(tool, group),
        "wrapper": STREAM_WRAPPERS[tool],
        "glue": {
            "FIFO_FF": glue.FIFO_FF,
            "FIFO_LUT": glue.FIFO_LUT,
            "CHANNEL_REGISTER_FF": glue.CHANNEL_REGISTER_FF,
            "CHANNEL_CONTROL_LUT": glue.CHANNEL_CONTROL_LUT,
            "TOP_REGISTER_FF": glue.TOP_REGISTER_FF,
        },
        "batchnorm": (BATCHNORM_CONSTANTS, BATCHNORM_STREAM_TAIL),
        "auxiliary": AUXILIARY_CONSTANTS,
        "table_logic": TABLE_LOGIC_CONSTANTS[tool],
        "activation_latency": {
            "parallel": SOFTMAX_PARALLEL_LATENCY,
            "stream": STREAM_SOFTMAX_LATENCY,
            "table": TABLE_ACTIVATION_LATENCY,
        },
    }


@pytest.mark.parametrize("design", DESIGNS)
def test_the_constants_in_code_given_explicitly_change_nothing(design):
    files, target = _files_and_target(design)
    default = glue.estimate_project_files(files)[1]
    given = glue.estimate_project_files(
        files, refits=glue.Refits(**_written(target.hls_tool, target.calibration_group))
    )[1]
    assert given["totals"] == default["totals"]
    assert given["layers"] == default["layers"]


@pytest.mark.parametrize("design", DESIGNS)
def test_replaced_layer_constants_move_the_totals_by_the_layers_own_change(design):
    files, target = _files_and_target(design)
    default = glue.estimate_project_files(files)[1]
    written = constants_for(target.hls_tool, target.calibration_group)
    doubled = replace(written, lut_adder=2 * written.lut_adder, ff_register=2 * written.ff_register)
    wrapper = STREAM_WRAPPERS[target.hls_tool]
    wrapper = replace(
        wrapper, lut={kind: {k: 2 * v for k, v in terms.items()} for kind, terms in wrapper.lut.items()}
    )
    moved = glue.estimate_project_files(files, refits=glue.Refits(constants=doubled, wrapper=wrapper))[1]
    change = {}
    for resource in ("lut", "ff"):
        layers_before = sum(layer[resource] for layer in default["layers"].values())
        change[resource] = sum(layer[resource] for layer in moved["layers"].values()) - layers_before
        assert moved["totals"][resource] - default["totals"][resource] == change[resource]
    assert change["lut"] > 0


def test_replaced_fifo_constants_move_the_ff_by_the_fifos_own_change():
    files, target = _files_and_target("H4")
    family = glue.fifo_family(target.hls_tool, target.part)
    fifos = [
        m for m in glue.design_memories(files, target.hls_tool, target.part) if m.kind in ("fifo", "channel")
    ]
    assert fifos
    table = {
        f: {kind: (c[0] + 1.0, *c[1:]) for kind, c in kinds.items()} for f, kinds in glue.FIFO_FF.items()
    }
    default = glue.estimate_project_files(files)[1]["totals"]
    moved = glue.estimate_project_files(files, refits=glue.Refits(glue={"FIFO_FF": table}))[1]["totals"]
    before = round(sum(glue.fifo_ff(m.depth, m.width, m.bram_18k > 0, family) * m.copies for m in fifos))
    after = round(
        sum(glue.fifo_ff(m.depth, m.width, m.bram_18k > 0, family, table) * m.copies for m in fifos)
    )
    assert after - before == sum(m.copies for m in fifos)  # one more FF per FIFO
    assert moved["ff"] - default["ff"] == after - before
    assert moved["lut"] == default["lut"]


def test_a_replaced_softmax_latency_constant_does_not_move_a_chained_softmax():
    """Branch smaxrule: H1's io_parallel stable softmax is timed by `softmaxchain` (delays read from HLS
    schedules, nothing fitted), so a refitted `SOFTMAX_PARALLEL_LATENCY` leaves it and the design latency
    alone; its chained cycles are what the design latency composes."""
    files, _ = _files_and_target("H1")
    default = glue.estimate_project_files(files)[1]
    slower = {tool: cycles + 5 for tool, cycles in SOFTMAX_PARALLEL_LATENCY.items()}
    moved = glue.estimate_project_files(files, refits=glue.Refits(activation_latency={"parallel": slower}))[1]
    assert moved["activations"] == default["activations"]
    assert moved["totals"]["latency_cycles"] == default["totals"]["latency_cycles"]
    latencies = [layer["latency_cycles"] for layer in default["layers"].values()]
    latencies += [a["latency_cycles"] for a in default["activations"].values()]
    calls = glue.process_count(files)
    schedule = glue._project_schedule(project_layers(files)[0], files)
    assert default["totals"]["latency_cycles"] == glue.design_latency(latencies, calls, schedule)
