"""Source precedence, reductions in one source, ordering: hand-built inputs of the selection logic."""

import pandas as pd

from fpgaprune.report.tables import SourceLookup, rf_order_key


def _long(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["design", "source", "metric", "value"])


def test_the_most_authoritative_source_wins_per_metric():
    lookup = SourceLookup(
        _long(
            [
                ("d", "estimate", "dsp", 10),
                ("d", "hls_code", "dsp", 12),
                ("h", "hls_code", "dsp", 12),
                ("d", "estimate", "lut", 900),
                ("d", "yosys", "lut", 700),
                ("d", "yosys", "bram_18k", 0),
                ("d", "estimate", "bram_18k", 4),
                ("v", "vitis", "lut", 500),
                ("v", "estimate", "lut", 900),
            ]
        )
    )
    assert lookup.best("d", "dsp") == (10, "estimate")  # hls_code is only an upper bound for Latency layers
    assert lookup.best("h", "dsp") == (12, "hls_code")
    # yosys synthesises da4ml's multiplier-free circuit, not the hls4ml design: never its numbers
    assert lookup.best("d", "lut") == (900, "estimate") and lookup.best("d", "bram_18k") == (4, "estimate")
    assert lookup.value("d", "lut", "yosys") == 700
    assert lookup.best("v", "lut") == (500, "vitis")
    assert lookup.best("d", "ff") == (None, None)


def test_reductions_compare_numbers_of_one_source():
    lookup = SourceLookup(
        _long(
            [
                ("pruned", "estimate", "dsp", 30),
                ("pruned", "hls_code", "dsp", 40),
                ("base", "estimate", "dsp", 60),
                ("base", "vivado", "dsp", 55),
            ]
        )
    )
    assert lookup.common("pruned", "base", "dsp") == (30, 60, "estimate")
    assert lookup.common("pruned", "base", "lut") == (None, None, None)


def test_reuse_factor_settings_sort_numerically_then_by_name():
    assert sorted(["paper", "16", "4", "1", "conv3_dense2"], key=rf_order_key) == [
        "1",
        "4",
        "16",
        "conv3_dense2",
        "paper",
    ]
