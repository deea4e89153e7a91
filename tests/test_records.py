"""Records: resources.json tags each number with its most authoritative source; files are verified against
checksums; each job's one-line summary."""

import json

import pytest

from fpgaprune.records import (
    METRICS_SCHEMA,
    design_summary,
    output_checksums,
    pruning_summary,
    resources_record,
    source_digest,
    training_summary,
    verify_recorded_file,
)
from fpgaprune.records import RESOURCES_SCHEMA as SCHEMA

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
    record = {
        "experiment": "fmnist_lenet5",
        "rf_setting": "1",
        "method": "knapsack_dsp",
        "target": 0.9,
        "status": "target_not_reached",
        "reached_target": 0.87,
        "accuracy": 0.89164,
        "selection": {"baseline": {"dsp": 5320.0}, "kept_cost": {"dsp": 732.0}},
    }
    assert pruning_summary(record) == (
        "prune fmnist_lenet5 rf1 knapsack_dsp t0.9: target_not_reached, reached 0.87, acc 0.8916, "
        "dsp 5320 -> 732 (pruned layers, the selection's count)"
    )
    assert pruning_summary({**record, "status": "ok"}).startswith(
        "prune fmnist_lenet5 rf1 knapsack_dsp t0.9: reached"
    )
    below = {
        **record,
        "reached_target": 0.9,
        "rtol_bar": {"validation": 0.843, "needed": 0.8731, "met": False},
    }
    assert pruning_summary(below).startswith(
        "prune fmnist_lenet5 rf1 knapsack_dsp t0.9: target_not_reached, reached 0.90, acc 0.8916 (validation "
        "0.843 below the bar 0.8731), dsp 5320"
    )


def test_pruning_summary_of_a_budget_says_its_status_and_the_weight_layers_against_the_counts():
    """A Conv1D tagger's budget job (dsp=120) ended over_budget, its weight layers estimated at 142 DSP, and
    the console said only 'reached 0.94, acc 0.6480, dsp 400 -> 70 (pruned layers)'."""
    record = {
        "experiment": "tagger",
        "rf_setting": "hls_config",
        "method": "knapsack_dsp",
        "target": None,
        "budget_folder": "b-dsp120",
        "status": "over_budget",
        "reached_target": 0.936,
        "accuracy": 0.648,
        "selection": {"baseline": {"dsp": 400.0}, "kept_cost": {"dsp": 70.0}},
        "budget": {
            "absolute": {"dsp": 120},
            "met": False,
            "resources": {"dsp": {"used": 142, "budget": 120}},
        },
    }
    assert pruning_summary(record) == (
        "prune tagger rfhls_config knapsack_dsp b-dsp120: over_budget, reached 0.94, acc 0.6480, "
        "dsp 400 -> 70 (pruned layers, the selection's count); weight layers (estimate) dsp 142/120"
    )


def test_pruning_summary_of_an_unsupported_method_says_why():
    record = {
        "experiment": "e",
        "rf_setting": "4",
        "method": "hls4ml_dsp_aware",
        "target": 0.5,
        "status": "unsupported",
        "error": "8-bit weights\nmore detail",
    }
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
        "hls x rf4 baseline: C sim acc 0.9500 (Keras 0.9475, 200 samples), DSP 40 (estimate, weight layers),"
        " BRAM_18K 2 (estimate, weight layers), LUT 900 (estimate, weight layers), LUT 1234 (yosys, da4ml)"
    )


def test_design_summary_gives_the_whole_projects_estimate_beside_the_weight_layers():
    """The line gave the weight layers' LUT alone (900), which a user read as the design's; the whole
    project's estimate (activations, tables, glue) follows it since 2026-12-07."""
    whole = {"dsp": 41, "bram_18k": 4, "lut": 1500, "ff": 800, "latency_cycles": 9}
    resources = resources_record(
        {"experiment": "x", "reuse_setting": "4", "method": "baseline", "target": None},
        {"estimate": {**ESTIMATE, "whole_project": {"total": whole}}, "hls_code": HLS_CODE},
        {"requested": "estimate", "used": "estimate", "status": "not run"},
        clock_period_ns=4.0,
    )
    metrics = {"status": "built", "hls_accuracy": 0.95, "keras_accuracy": 0.9475, "n_samples": 200}
    assert design_summary(metrics, resources).endswith(
        "LUT 900 (estimate, weight layers); whole project (estimate) DSP 41, BRAM_18K 4, LUT 1500, FF 800, "
        "latency 9 cycles"
    )


def test_training_summary():
    record = {"experiment": "digits_mlp", "accuracy": 0.95278, "val_accuracy": 0.96944, "epochs_run": 15}
    assert training_summary(record) == "train digits_mlp: test acc 0.9528, val acc 0.9694, 15 epochs"


def _job_output(directory, content=b"weights"):
    directory.mkdir()
    (directory / "model.h5").write_bytes(content)
    record = {"schema": METRICS_SCHEMA, **output_checksums(directory, ["model.h5"])}
    (directory / "metrics.json").write_text(json.dumps(record))
    return directory / "model.h5", record


def test_a_file_matching_its_record_passes_and_a_changed_one_is_named(tmp_path):
    model, record = _job_output(tmp_path / "baseline")
    assert record["files"]["model.h5"]["bytes"] == len(b"weights")
    verify_recorded_file(model)
    model.write_bytes(b"zeroed!")  # same size, other content
    with pytest.raises(ValueError) as error:
        verify_recorded_file(model)
    message = str(error.value)
    assert "\n" not in message and message.startswith(f"{model}: changed since it was written")
    assert (
        record["files"]["model.h5"]["sha256"] in message
        and str(tmp_path / "baseline" / "metrics.json") in message
    )
    assert f"delete {tmp_path / 'baseline'} and rerun" in message


def test_a_users_own_file_has_nothing_to_verify(tmp_path):
    (tmp_path / "model.h5").write_bytes(b"mine")
    verify_recorded_file(tmp_path / "model.h5")


def test_a_damaged_record_is_named(tmp_path):
    model, _ = _job_output(tmp_path / "baseline")
    (tmp_path / "baseline" / "metrics.json").write_text('{"schema": ')
    with pytest.raises(ValueError, match=r"baseline/metrics.json: not a JSON record"):
        verify_recorded_file(model)


def test_design_summary_of_a_pruned_design_names_its_folder_and_omits_missing_numbers():
    design = {"experiment": "x", "reuse_setting": "4", "method": "knapsack_dsp", "target": 0.5}
    resources = resources_record(
        {**design, "budget_folder": "b-dsp600"}, {"hls_code": HLS_CODE}, {}, clock_period_ns=4.0
    )
    built = {"status": "built", "csim": {"reason": "no g++"}}
    assert (
        design_summary(built, resources)
        == "hls x rf4 knapsack_dsp b-dsp600: no C simulation (no g++), DSP 48 (hls_code)"
    )
    resources["design"].pop("budget_folder")
    resources["design"].pop("reuse_setting")
    assert (
        design_summary({"status": "built"}, resources)
        == "hls x rf? knapsack_dsp t0.5: no C simulation (not run), DSP 48 (hls_code)"
    )
    skipped = {"status": "skipped", "reason": "the prune job recorded unsupported"}
    assert (
        design_summary(skipped, resources)
        == "hls x rf? knapsack_dsp t0.5: skipped (the prune job recorded unsupported)"
    )
    assert design_summary({"status": "failed"}, resources) == "hls x rf? knapsack_dsp t0.5: failed ()"


def test_pruning_summary_of_an_absolute_budget_without_a_selection_baseline():
    record = {
        "experiment": "e",
        "rf_setting": "4",
        "method": "magnitude",
        "target": 1.0,
        "budget_folder": "b-dsp600",
        "status": "ok",
        "accuracy": 0.9,
        "selection": {},
    }
    assert pruning_summary(record) == "prune e rf4 magnitude b-dsp600: acc 0.9000"


def test_a_record_without_checksums_is_not_verified_but_logged(tmp_path, caplog):
    (tmp_path / "model.h5").write_bytes(b"weights")
    (tmp_path / "metrics.json").write_text(json.dumps({"schema": METRICS_SCHEMA}))
    with caplog.at_level("WARNING", logger="fpgaprune.records"):
        verify_recorded_file(tmp_path / "model.h5")
    model, record = tmp_path / "model.h5", tmp_path / "metrics.json"
    expected = f"{model}: {record} holds no checksum of it (an older fpgaprune wrote it); not verified"
    assert caplog.messages == [expected]
    (tmp_path / "metrics.json").write_text(json.dumps({"schema": METRICS_SCHEMA, "files": {"masks.npz": {}}}))
    verify_recorded_file(tmp_path / "model.h5")


# --- the records' fields (docs/hls.md's example), as the readers and the report look them up ---------------


def test_every_record_carries_its_identity_and_the_stack_that_made_it():
    from importlib import metadata
    from platform import python_version

    from fpgaprune import __version__
    from fpgaprune.records import design_identity, hls_metrics_record, job_identity

    from . import configs

    experiment = configs.test_experiment()
    hls = experiment.hls
    strategies = {"fc1": (4, "Resource_Unrolled"), "fc2": (1, "Latency")}
    design = design_identity(experiment, "4", "magnitude", None, strategies, "b-dsp600", {"fc1": 2})
    assert design == {
        "experiment": "digits_mlp",
        "dataset": experiment.dataset,
        "model": experiment.model,
        "quantization": experiment.as_dict()["quantization"],
        "reuse_setting": "4",
        "method": "magnitude",
        "target": None,
        "budget_folder": "b-dsp600",
        "backend": hls.backend,
        "part": hls.part,
        "clock_period_ns": hls.clock_period,
        "io_type": hls.io_type,
        "precision": hls.precision,
        "input_precision": hls.input_precision,
        "accum_precision": hls.accum_precision,
        "layers": {
            "fc1": {"reuse_factor": 4, "strategy": "Resource_Unrolled", "parallelization_factor": 2},
            "fc2": {"reuse_factor": 1, "strategy": "Latency"},
        },
    }
    plain = configs.test_experiment(hls={**experiment.as_dict()["hls"], "input_precision": None})
    assert design_identity(plain, "4", "baseline", None, {})["input_precision"] == plain.hls.precision
    stack = {"python": python_version(), "fpgaprune": __version__, "ortools": metadata.version("ortools")}
    stack["fpgaprune_source"] = source_digest()
    head = {"fpgaprune_version": __version__}
    job = job_identity(experiment, "baseline")
    assert job["quantization"] == experiment.as_dict()["quantization"] and job | head == job
    hls_metrics = hls_metrics_record(design, "skipped", reason="why")
    assert (
        hls_metrics["status"] == "skipped"
        and hls_metrics["design"] is design
        and hls_metrics | head == hls_metrics
    )
    synthesis = {"requested": "estimate", "used": "estimate", "status": "not run"}
    resources = resources_record(design, {"estimate": ESTIMATE}, synthesis, clock_period_ns=5.0)
    assert resources["synthesis"] is synthesis and resources | head == resources
    for record in (job, hls_metrics, resources):
        assert record["stack"] | stack == record["stack"]


def test_a_package_that_is_not_installed_has_no_version(monkeypatch):
    from fpgaprune import records

    monkeypatch.setattr(records, "STACK_PACKAGES", ("ortools", "no-such-package-fpgaprune"))
    versions = records.stack_versions()
    assert versions["no-such-package-fpgaprune"] is None and versions["ortools"]


def test_a_record_of_another_program_is_no_kind():
    from fpgaprune.records import kind_of

    assert kind_of({"schema": "other.metrics/1"}) is None and kind_of({}) is None
    assert kind_of({"schema": METRICS_SCHEMA}) == "metrics"


def test_json_that_is_no_object_is_no_kind(tmp_path):
    """A metrics.json holding a JSON list raised AttributeError 'list' object has no attribute 'get'."""
    from fpgaprune.records import kind_of

    assert kind_of([1, 2]) is None and kind_of(3) is None and kind_of("fpgaprune.metrics/1") is None
    (tmp_path / "model.h5").write_bytes(b"mine")
    (tmp_path / "metrics.json").write_text("[1, 2]")
    verify_recorded_file(tmp_path / "model.h5")  # another program's record: nothing to verify against


def test_sources_with_layers_only_and_layer_latency_in_ns():
    layers_only = {"layers": {"fc1": {"dsp": 32, "latency_cycles": 3}}}
    record = resources_record({}, {"hls_code": layers_only}, {}, clock_period_ns=4.0)
    assert record["total"] == {}
    assert record["by_source"]["hls_code"] == {**layers_only, "total": {}}
    assert record["layers"][0]["latency_ns"] == {"value": 12.0, "source": "hls_code"}


def test_unknown_source_names_the_known_ones():
    with pytest.raises(ValueError) as error:
        resources_record({}, {"vivado_estimate": {"total": {}}}, {}, clock_period_ns=5.0)
    assert str(error.value) == (
        "unknown resource source(s) ['vivado_estimate']; sources: vivado, vitis, estimate, hls_code, yosys"
    )


def test_design_summary_of_an_absolute_budget_names_its_folder():
    design = {"experiment": "x", "reuse_setting": "4", "method": "knapsack_dsp", "target": None}
    resources = resources_record({**design, "budget_folder": "b-dsp600"}, {"hls_code": HLS_CODE}, {}, 4.0)
    skipped = {"status": "skipped", "reason": "why"}
    assert design_summary(skipped, resources) == "hls x rf4 knapsack_dsp b-dsp600: skipped (why)"


def test_design_summary_of_a_parts_budget_gives_the_written_projects_whole_design_against_the_part():
    from fpgaprune.core.budget import with_written_project

    design = {"experiment": "x", "reuse_setting": "2", "method": "knapsack_dsp", "target": None}
    resources = resources_record({**design, "budget_folder": "b-dsp180"}, {"estimate": ESTIMATE}, {}, 4.0)
    built = {"status": "built", "hls_accuracy": 0.9, "keras_accuracy": 0.9, "n_samples": 50}
    chip = {"dsp": 180, "bram_18k": 216, "lut": 35280, "ff": 70560}
    for dsp, end in ((180, ""), (184, ": over_budget")):
        project = {"dsp": dsp, "bram_18k": 4, "lut": 20000, "ff": 9000}
        part = with_written_project({"part": "xczu3eg", "utilization": 0.5, "chip": chip}, project)
        line = design_summary(built, resources | {"budget": {"part": part}})
        assert line.startswith("hls x rf2 knapsack_dsp b-dsp180: C sim acc 0.9000")
        assert line.endswith(
            f"; whole design (estimate of the written hls4ml project) dsp {dsp}/180, bram_18k 4/216, "
            f"lut 20000/35280, ff 9000/70560{end}"
        )
