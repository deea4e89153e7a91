"""The resources.json record: each number tagged with the most authoritative source that has it."""

import pytest

from fpgaprune.records import RESOURCES_SCHEMA as SCHEMA
from fpgaprune.records import design_summary, pruning_summary, resources_record, training_summary

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


def test_pruning_summary_names_the_design_what_was_reached_and_the_method_resources():
    record = {"experiment": "fmnist_lenet5", "rf_setting": "1", "method": "knapsack_dsp", "target": 0.9,
              "status": "target_not_reached", "reached_target": 0.87, "accuracy": 0.89164,
              "selection": {"baseline": {"dsp": 5320.0}, "kept_cost": {"dsp": 732.0}}}
    assert pruning_summary(record) == (
        "prune fmnist_lenet5 rf1 knapsack_dsp t0.9: reached 0.87, acc 0.8916, dsp 5320 -> 732 (pruned layers)"
    )


def test_pruning_summary_of_an_unsupported_method_says_why():
    record = {"experiment": "e", "rf_setting": "4", "method": "hls4ml_dsp_aware", "target": 0.5,
              "status": "unsupported", "error": "8-bit weights\nmore detail"}
    assert pruning_summary(record) == "prune e rf4 hls4ml_dsp_aware t0.5: unsupported (8-bit weights)"


def test_design_summary_gives_csim_accuracy_and_sourced_resources():
    resources = resources_record(
        {"experiment": "x", "reuse_setting": "4", "method": "baseline", "target": None},
        {"estimate": ESTIMATE, "hls_code": HLS_CODE, "yosys": {"total": {"lut": 1234}}},
        {"requested": "yosys", "used": "yosys", "status": "ok"},
        clock_period_ns=4.0,
    )
    metrics = {"status": "built", "hls_accuracy": 0.95, "keras_accuracy": 0.9475, "n_samples": 200}
    assert design_summary(metrics, resources) == (
        "hls x rf4 baseline: C sim acc 0.9500 (Keras 0.9475, 200 samples), DSP 40 (estimate),"
        " BRAM18 2 (estimate), LUT 900 (estimate), LUT 1234 (yosys, da4ml)"
    )


def test_training_summary():
    record = {"experiment": "digits_mlp", "accuracy": 0.95278, "val_accuracy": 0.96944, "epochs_run": 15}
    assert training_summary(record) == "train digits_mlp: test acc 0.9528, val acc 0.9694, 15 epochs"
