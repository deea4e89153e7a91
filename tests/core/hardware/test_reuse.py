import pytest

from fpgaprune.core.hardware.reuse import (
    check_reuse_factor,
    is_valid_reuse_factor,
    nearest_valid_reuse_factors,
    valid_reuse_factors,
)


def _hls4ml_rule(n_in, n_out, rf):
    """hls4ml 1.3.0 FPGABackend._validate_reuse_factor, restated."""
    multiplier_limit = -(-(n_in * n_out) // min(n_in, rf))
    ok = (multiplier_limit % n_out == 0) or rf >= n_in
    ok = ok and (rf % n_in == 0 or rf < n_in)
    return ok and (n_in * n_out) % rf == 0


@pytest.mark.parametrize("n_in,n_out", [(16, 64), (32, 5), (400, 120), (120, 84), (27, 16), (25, 6), (7, 3)])
def test_agrees_with_hls4mls_rule_for_every_rf(n_in, n_out):
    for rf in range(1, n_in * n_out + 1):
        assert is_valid_reuse_factor(n_in, n_out, rf) == _hls4ml_rule(n_in, n_out, rf), rf


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
