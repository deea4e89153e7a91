"""The resources.json record: each number tagged with the most authoritative source that has it."""

import pytest

from fpgaprune.records import RESOURCES_SCHEMA as SCHEMA, resources_record

ESTIMATE = {
    "total": {"dsp": 40, "bram_18k": 2, "lut": 900, "ff": 700, "latency_cycles": 12, "ii": 4},
    "layers": {"fc1": {"dsp": 32, "lut": 600}, "output": {"dsp": 8, "lut": 300}},
}
HLS_CODE = {"total": {"dsp": 48}, "layers": {"fc1": {"dsp": 32}, "output": {"dsp": 16}}}


def test_estimate_wins_over_hls_code_and_latency_gets_ns():
    record = resources_record(
        {"experiment": "x"},
        {"estimate": ESTIMATE, "hls_code": HLS_CODE},
        {"requested": "estimate", "used": "estimate", "status": "not run"},
        clock_period_ns=4.0,
    )
    assert record["schema"] == SCHEMA
    assert record["total"]["dsp"] == {"value": 40, "source": "estimate"}
    assert record["total"]["latency_ns"] == {"value": 48.0, "source": "estimate"}
    assert record["by_source"]["hls_code"]["total"] == {"dsp": 48}
    assert record["by_source"]["estimate"]["total"]["latency_ns"] == 48.0
    assert [layer["name"] for layer in record["layers"]] == ["fc1", "output"]
    assert record["layers"][1]["dsp"] == {"value": 8, "source": "estimate"}


def test_vendor_report_wins_and_hls_code_fills_gaps():
    vitis = {"total": {"dsp": 44, "lut": 2000, "latency_cycles": 15, "ii": 4}, "layers": {"fc1": {"dsp": 30}}}
    record = resources_record({}, {"hls_code": HLS_CODE, "vitis": vitis}, {}, clock_period_ns=5.0)
    assert record["total"]["dsp"] == {"value": 44, "source": "vitis"}
    assert record["total"]["latency_ns"] == {"value": 75.0, "source": "vitis"}
    assert "bram_18k" not in record["total"]  # no source has it
    assert record["layers"][0] == {"name": "fc1", "dsp": {"value": 30, "source": "vitis"}}
    assert record["layers"][1] == {"name": "output", "dsp": {"value": 16, "source": "hls_code"}}


def test_yosys_describes_another_circuit_and_never_enters_the_total():
    yosys = {"implementation": "da4ml", "total": {"lut": 123, "ff": 45, "dsp": 0, "latency_cycles": 5}}
    record = resources_record({}, {"estimate": ESTIMATE, "yosys": yosys}, {}, clock_period_ns=5.0)
    assert record["total"]["lut"] == {"value": 900, "source": "estimate"}
    assert record["by_source"]["yosys"]["total"]["latency_ns"] == 25.0


def test_unknown_source():
    with pytest.raises(ValueError, match="unknown resource source"):
        resources_record({}, {"vivado_estimate": {"total": {}}}, {}, clock_period_ns=5.0)
