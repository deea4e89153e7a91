"""Our DSP and BRAM_18K estimates against real synthesis reports, and against hls4ml's own estimators.

Two report sets: the public calibration set (data/calibration, Latency strategy only) and
tests/hardware/data/resource_layers.csv (Resource strategy at RF > 1, see its README.md).
hls4ml's numbers come from calling its estimators (VivadoDSPEstimator for DSP, the BRAM part of
VivadoMultiObjectiveEstimator) on LayerAttributes, and subtracting their per-structure savings for
the structures the layer has pruned (all-zero weights or patterns), as hls4ml's knapsack does.
"""

from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware.calibration import (
    error_summary,
    leave_one_case_out,
    model_errors,
    read_calibration,
    relative_error,
)
from fpgaprune.core.hardware.structures import zero_patterns

RESOURCE_TABLE = Path(__file__).parent / "data" / "resource_layers.csv"


@pytest.fixture(scope="module")
def rows(vivado_reports):
    """The trusted rows of the public calibration set (data/calibration, see its README.md)."""
    return read_calibration(vivado_reports)


@pytest.fixture(scope="module")
def resource_rows():
    return read_calibration(RESOURCE_TABLE.parent, RESOURCE_TABLE.name)


def _estimates_of(rows) -> dict:
    pytest.importorskip("hls4ml")
    from fpgaprune.compat import keras  # noqa: F401  (hls4ml needs the Keras 2 alias)

    return {row.layer.name: _hls4ml_estimate(row) for row in rows}


@pytest.fixture(scope="module")
def hls4ml_estimates(rows):
    return _estimates_of(rows)


@pytest.fixture(scope="module")
def hls4ml_resource_estimates(resource_rows):
    return _estimates_of(resource_rows)


def _hls4ml_estimate(row) -> dict:
    from hls4ml.model.types import FixedPrecisionType
    from hls4ml.optimization.dsp_aware_pruning.attributes import LayerAttributes, hls4mlAttributes
    from hls4ml.optimization.dsp_aware_pruning.objectives.vivado_objectives import (
        VivadoDSPEstimator,
        VivadoMultiObjectiveEstimator,
    )

    layer, fixed = row.layer, row.layer.weight_type
    precision = FixedPrecisionType(fixed.width, fixed.integer, fixed.signed)
    strategy = "Latency" if layer.strategy == "latency" else "Resource"  # hls4ml's pruner knows no 'unrolled'
    attributes = hls4mlAttributes(
        layer.n_in, layer.n_out, layer.io_type, strategy, precision, precision, layer.reuse_factor
    )
    shape = layer.kernel_shape
    dsp = _after_pruning(
        VivadoDSPEstimator,
        row,
        LayerAttributes(
            layer.name, "Dense", [], shape, None, None, True, None, {"hls4ml_attributes": attributes}
        ),
    )
    both = _after_pruning(
        VivadoMultiObjectiveEstimator,
        row,
        LayerAttributes(
            layer.name, "Dense", [], shape, None, None, True, None, {"hls4ml_attributes": attributes}
        ),
    )
    return {"dsp": int(dsp[0]), "bram_18k": int(both[1])}


def _after_pruning(estimator, row, attributes) -> np.ndarray:
    resources = np.array(estimator.layer_resources(attributes), dtype=float)
    optimizable, optimization = estimator.is_layer_optimizable(attributes)
    if not optimizable:
        return resources
    attributes.optimization_attributes = optimization
    savings = np.array(estimator.layer_savings(attributes), dtype=float)
    return resources - savings * _pruned_structures(row, optimization)


def _pruned_structures(row, optimization) -> int:
    kind = optimization.structure_type.value
    if row.kernel is None:  # rows without weights have n_zeros_hls == 0 (read_calibration checks)
        return 0
    if kind == "unstructured":
        return int((row.kernel == 0).sum())
    if kind == "pattern":  # groups of consecutive_patterns all-zero patterns
        dead = zero_patterns(row.layer, row.kernel)
        groups = dead[: dead.size - dead.size % optimization.consecutive_patterns]
        return int(groups.reshape(-1, optimization.consecutive_patterns).all(axis=1).sum())
    raise AssertionError(f"unexpected hls4ml structure {kind}")


def _hls4ml_errors(rows, estimates, resource):
    return [relative_error(estimates[row.layer.name][resource], row.report[resource]) for row in rows]


def _by_strategy(rows):
    strategies = sorted({row.layer.strategy for row in rows})
    return {strategy: [row for row in rows if row.layer.strategy == strategy] for strategy in strategies}


@pytest.mark.slow  # importing hls4ml's pruning package (TensorFlow, QKeras) takes ~15 s
@pytest.mark.parametrize("resource", ["dsp", "bram_18k"])
def test_ours_is_never_worse_than_hls4mls_estimators(rows, hls4ml_estimates, resource):
    for strategy, subset in _by_strategy(rows).items():
        ours = error_summary(model_errors(subset, resource))
        theirs = error_summary(_hls4ml_errors(subset, hls4ml_estimates, resource))
        print(f"\n{resource} {strategy}: ours {ours}  hls4ml {theirs}")
        assert ours["median"] <= theirs["median"], strategy
        assert ours["p90"] <= theirs["p90"], strategy
        assert np.mean(model_errors(subset, resource)) <= np.mean(
            _hls4ml_errors(subset, hls4ml_estimates, resource)
        )


def test_latency_dsp_median_error_within_five_percent(rows):
    latency = _by_strategy(rows).get("latency", [])
    assert len(latency) >= 50, "the calibration set should hold the Latency-strategy layers"
    assert error_summary(model_errors(latency, "dsp"))["median"] <= 0.05


@pytest.fixture(scope="module")
def held_out(rows):
    """Leave-one-design-out DSP errors of the Latency-strategy layers."""
    return leave_one_case_out(_by_strategy(rows)["latency"], "dsp")


def test_latency_dsp_holds_on_held_out_cases(held_out):
    print(f"\nheld-out (leave one case out) dsp latency: {error_summary(held_out)}")
    assert error_summary(held_out)["median"] <= 0.05


@pytest.mark.slow
def test_held_out_errors_beat_hls4ml(rows, held_out, hls4ml_estimates):
    latency = _by_strategy(rows)["latency"]
    theirs = _hls4ml_errors(latency, hls4ml_estimates, "dsp")
    assert error_summary(held_out)["p90"] <= error_summary(theirs)["p90"]
    assert np.mean(held_out) <= np.mean(theirs)


def test_resource_table_holds_plain_resource_layers_at_rf_above_one(resource_rows):
    dense = [row for row in resource_rows if row.layer.strategy == "resource"]
    assert len(dense) == len(resource_rows) >= 9
    assert len({row.case for row in dense}) >= 2
    assert all(row.layer.reuse_factor > 1 for row in dense)


# No public synthesis report of a Resource_Unrolled layer has been found (see data/README.md): the cost
# model's rule for that strategy is not checked against synthesis, only the plain Resource strategy is.
def _resource_strategy_rows(rows, resource_rows):
    subset = [row for row in rows + resource_rows if row.layer.strategy == "resource"]
    assert subset, "the calibration sets should hold Resource-strategy layers"
    return subset


def test_resource_strategy_dsp_is_exact(rows, resource_rows):
    subset = _resource_strategy_rows(rows, resource_rows)
    misses = [(row.layer.name, row.estimate().dsp, row.report["dsp"]) for row in subset]
    assert [miss for miss in misses if miss[1] != miss[2]] == []


def test_resource_strategy_bram_within_one_block(rows, resource_rows):
    subset = _resource_strategy_rows(rows, resource_rows)
    gaps = {row.layer.name: row.estimate().bram_18k - row.report["bram_18k"] for row in subset}
    assert all(abs(gap) <= 1 for gap in gaps.values()), gaps


@pytest.mark.slow  # importing hls4ml's pruning package (TensorFlow, QKeras) takes ~15 s
@pytest.mark.parametrize("resource", ["dsp", "bram_18k"])
def test_resource_rows_ours_is_never_worse_than_hls4mls_estimators(
    resource_rows, hls4ml_resource_estimates, resource
):
    ours = model_errors(resource_rows, resource)
    theirs = _hls4ml_errors(resource_rows, hls4ml_resource_estimates, resource)
    print(f"\n{resource} resource: ours {error_summary(ours)}  hls4ml {error_summary(theirs)}")
    assert error_summary(ours)["median"] <= error_summary(theirs)["median"]
    assert error_summary(ours)["p90"] <= error_summary(theirs)["p90"]
    assert np.mean(ours) <= np.mean(theirs)


def test_f1_is_read_with_the_io_type_of_its_report(rows):
    # its project says io_stream, its report names io_parallel functions (dense_latency_*, relu_ap_fixed_*)
    f1 = [row for row in rows if row.case == "F1"]
    assert f1 and all(row.layer.io_type == "io_parallel" for row in f1)
    assert {row.layer.io_type for row in rows if row.case != "F1"} == {"io_parallel"}
