"""summary.csv's whole-design columns (`records.whole_design`) from a design's resources.json, as
`records.resources_record` writes it."""

from fpgaprune.records import resources_record, whole_design

WEIGHT_LAYERS = {"dsp": 40, "lut": 900, "latency_cycles": 6}
WHOLE = {"dsp": 41, "bram_18k": 2, "lut": 1500, "ff": 800, "latency_cycles": 9}
ESTIMATE = {"scope": "weight layers", "total": WEIGHT_LAYERS, "whole_project": {"total": WHOLE}}


def _resources(**by_source) -> dict:
    design = {"experiment": "x", "reuse_setting": "4", "method": "baseline", "target": None}
    synthesis = {"requested": "estimate", "used": "estimate", "status": "not run"}
    return resources_record(design, by_source, synthesis, clock_period_ns=5.0)


def test_a_synthesis_reports_totals_are_the_whole_design_before_the_estimate():
    vivado = {"total": {"dsp": 39, "bram_18k": 2, "lut": 1400, "ff": 700, "latency_cycles": 8}}
    source, values = whole_design(_resources(estimate=ESTIMATE, vivado=vivado))
    assert (source, values["lut"], values["latency_ns"]) == ("vivado", 1400, 40.0)


def test_the_estimate_of_the_whole_project_not_of_the_weight_layers():
    source, values = whole_design(_resources(estimate=ESTIMATE))
    assert (source, values["lut"], values["latency_cycles"], values["latency_ns"]) == (
        "estimate",
        1500,
        9,
        45.0,
    )


def test_a_record_without_a_whole_project_has_no_whole_design():
    """Records written before 2026-12-07 without a synthesis report, a project the cost model could not
    estimate, a design not built."""
    old = {key: value for key, value in ESTIMATE.items() if key != "whole_project"}
    unavailable = {**old, "whole_project": {"unavailable": "no weight layer"}}
    for resources in (_resources(estimate=old), _resources(estimate=unavailable), {}):
        assert whole_design(resources) is None
