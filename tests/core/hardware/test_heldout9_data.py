"""Integrity of held-out set 9 (the wa-hls4ml pilot, data/heldout9/README.md): the data only, no estimate.

Set 9 is blind: nothing here calls the cost model. These checks guard the committed table against a
broken regeneration (`scripts/extract_wa_pilot.py`): row counts, parameter ranges, the reuse factors
hls4ml 0.8.1 accepts, the derived types, and a quantised weight matrix for every design that needs one.
"""

import csv
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

HELDOUT9 = Path(__file__).parent / "data" / "heldout9"
LAYER_SIZES = set(range(32, 257, 32))  # gen_dense_models.py: range(32, 256 + 32, 32)
WEIGHT_BITS = set(range(2, 15, 2))  # range(2, 14 + 2, 2)
REQUESTED_RFS = {1, 512, 1023}  # iter_manager.py: range(1, 1025, 512 - 1)
DEFAULT_TYPE = "ap_fixed<16,6>"


@pytest.fixture(scope="module")
def designs():
    with open(HELDOUT9 / "designs.csv", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def weights():
    with np.load(HELDOUT9 / "weights.npz") as data:
        return {name: data[name] for name in data.files}


def resource_rf_is_valid(n_in, n_out, rf):
    """hls4ml 0.8.1's Resource-strategy reuse factor rule (FPGABackend._validate_reuse_factor)."""
    multiplier_limit = -(-(n_in * n_out) // min(n_in, rf))
    fits_outputs = multiplier_limit % n_out == 0 or rf >= n_in
    fits_inputs = rf % n_in == 0 or rf < n_in
    return fits_outputs and fits_inputs and (n_in * n_out) % rf == 0


def test_row_counts_by_strategy(designs):
    assert Counter(d["strategy"] for d in designs) == {"resource": 906, "latency": 81}
    assert len({d["design"] for d in designs}) == len(designs)


def test_parameter_ranges(designs):
    for d in designs:
        assert int(d["n_in"]) in LAYER_SIZES and int(d["n_out"]) in LAYER_SIZES
        assert int(d["weight_bits"]) in WEIGHT_BITS
        assert int(d["rf_requested"]) in REQUESTED_RFS
        assert d["model_name"] == f"dense_{d['n_in']}_{d['n_out']}_{d['weight_bits']}b"
        assert d["io_type"] == "io_parallel"
        assert float(d["clock_target_ns"]) == 5.0


def test_reuse_factors_follow_the_strategy(designs):
    for d in designs:
        n_in, n_out, rf = int(d["n_in"]), int(d["n_out"]), int(d["rf_hls4ml"])
        assert resource_rf_is_valid(n_in, n_out, int(d["rf_pilot_column"]))
        if d["strategy"] == "resource":
            assert rf == int(d["rf_pilot_column"])
            assert resource_rf_is_valid(n_in, n_out, rf)
        else:  # hls4ml 0.8.1 keeps a Latency layer's reuse factor as configured
            assert rf == int(d["rf_requested"])


def test_types_are_the_derived_ones(designs):
    for d in designs:
        bits = d["weight_bits"]
        assert d["weight_t"] == d["bias_t"] == f"ap_fixed<{bits},1>"
        assert d["input_t"] == d["accum_t"] == d["result_t"] == DEFAULT_TYPE


def test_report_numbers_are_counts(designs):
    for d in designs:
        for column in ("dsp", "bram_18k", "lut", "ff", "latency_best", "latency_worst", "ii_min", "ii_max"):
            assert int(d[column]) >= 0
        assert int(d["latency_best"]) <= int(d["latency_worst"])
        assert int(d["ii_min"]) <= int(d["ii_max"])
        assert int(d["lut"]) > 0 and int(d["ff"]) > 0 and float(d["clock_est_ns"]) > 0


def test_every_latency_design_has_its_quantised_weights(designs, weights):
    needing = [d for d in designs if d["strategy"] == "latency" or d["rf_hls4ml"] == "1"]
    assert {d["model_name"] for d in needing} == set(weights)
    for d in needing:
        codes = weights[d["model_name"]]
        n_in, n_out, bits = int(d["n_in"]), int(d["n_out"]), int(d["weight_bits"])
        assert codes.shape == (n_in, n_out) and codes.size == n_in * n_out
        half = 2 ** (bits - 1)
        assert codes.min() >= -half and codes.max() <= half - 1
        assert int(np.count_nonzero(codes == 0)) == int(d["n_zero_weights"])
