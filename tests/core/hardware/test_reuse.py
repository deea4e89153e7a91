import pytest

from fpgaprune.core.hardware.reuse import (
    check_reuse_factor,
    is_valid_reuse_factor,
    nearest_valid_reuse_factors,
    valid_reuse_factors,
)

# hls4ml's own rule, imported: tests/hls/test_reuse_factors.py (every size of 1..64 x 1..16, every RF)


def test_paper_lenet_reuse_factors_are_valid():
    assert is_valid_reuse_factor(400, 120, 25)
    assert is_valid_reuse_factor(120, 84, 12)


def test_valid_list_and_nearest():
    assert valid_reuse_factors(4, 3) == [1, 2, 4, 12]
    assert nearest_valid_reuse_factors(64, 32, 3) == [2, 4]
    assert nearest_valid_reuse_factors(4, 3, 20) == [12]


def test_check_names_where_and_nearest_values():
    with pytest.raises(ValueError, match=r"fc1: reuse factor 3 .* nearest valid: 2 or 4"):
        check_reuse_factor(64, 32, 3, "fc1")
    with pytest.raises(ValueError, match="whole number"):
        check_reuse_factor(64, 32, 2.0, "fc1")
    check_reuse_factor(64, 32, 4, "fc1")


def test_latency_takes_any_rf_as_hls4ml_builds_it():
    """hls4ml's Latency strategy validates no RF (multiplier limit ceil(n_in*n_out/RF))."""
    check_reuse_factor(64, 32, 3, "fc1", "latency")
    with pytest.raises(ValueError, match="whole number >= 1"):
        check_reuse_factor(64, 32, 0, "fc1", "latency")
    with pytest.raises(ValueError, match="nearest valid: 2 or 4"):
        check_reuse_factor(64, 32, 3, "fc1", "resource_unrolled")
