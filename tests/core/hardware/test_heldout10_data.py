"""Integrity of held-out set 10 (wa-hls4ml 2- and 3-layer Dense chains, data/heldout10/README.md): data only.

Set 10 is blind: nothing here calls the cost model. These checks guard the committed tables against a broken
transcription or regeneration (`scripts/extract_wa_multilayer.py`): the copied source rows agree with the
fields the source repeats, the design table matches them, the per-layer reuse factors are ones hls4ml 0.8.1's
Resource strategy accepts, and the report numbers are plausible counts.
"""

import csv
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from tests.core.hardware.test_heldout9_data import DEFAULT_TYPE, resource_rf_is_valid

HELDOUT10 = Path(__file__).parent / "data" / "heldout10"
CONFIGURED_RFS = {1024, 2047, 3070, 4093}  # iter_manager.py: range(1024, 4097, 1024 - 1)
LAYER_SIZES = set(range(8, 129, 8))  # the names seen: 8 ... 128 in steps of 8
WEIGHT_BITS = set(range(2, 17, 2))
PAGES = {"3layer": {"0", "1000000", "2070000"}, "2layer": {"0", "4500000", "9012686"}}


def read_csv(name):
    with open(HELDOUT10 / name, newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def source_rows():
    return read_csv("source_rows.csv")


@pytest.fixture(scope="module")
def designs():
    return read_csv("designs.csv")


def sizes_and_bits(model_name):
    parts = model_name.split("_")
    return [int(p) for p in parts[1:-1]], int(parts[-1].rstrip("b"))


def test_counts(source_rows, designs):
    assert len(designs) == len(source_rows) == 454
    assert Counter(d["source_table"] for d in designs) == {"3layer": 220, "2layer": 234}
    assert {(d["source_table"], d["page_offset"]) for d in designs} == {
        (table, page) for table, pages in PAGES.items() for page in pages
    }
    assert len({d["design"] for d in designs}) == len(designs)


def test_source_rows_agree_with_their_repeated_fields(source_rows):
    for row in source_rows:
        sizes, bits = sizes_and_bits(row["model_name"])
        assert len(sizes) - 1 == int(row["source"][0])
        assert row["model_string"] == "-".join(map(str, sizes))
        assert (int(row["d_in"]), int(row["d_out"]), int(row["prec"])) == (sizes[0], sizes[-1], bits)
        assert row["IntervalMin_hls"] == row["BestLatency_hls"]
        assert row["IntervalMax_hls"] == row["WorstLatency_hls"]
        assert int(row["rf_times_precision"]) == int(row["rf"]) * bits
        assert row["strategy"] == "resource" and row["hls_synth_success"] == "TRUE"


def test_designs_match_the_source_rows(source_rows, designs):
    for row, d in zip(source_rows, designs, strict=True):
        assert d["model_name"] == row["model_name"] and d["artifact8"] == row["artifact8"]
        assert d["rf_configured"] == row["rf"] and d["layer_sizes"] == row["model_string"]
        assert (d["lut"], d["ff"], d["dsp"], d["bram_18k"]) == (
            row["LUT_hls"],
            row["FF_hls"],
            row["DSP_hls"],
            row["BRAM_18K_hls"],
        )
        assert (d["latency_best"], d["latency_worst"], d["clock_est_ns"]) == (
            row["BestLatency_hls"],
            row["WorstLatency_hls"],
            row["EstimatedClockPeriod_hls"],
        )


def test_parameter_ranges_and_types(designs):
    for d in designs:
        sizes = [int(s) for s in d["layer_sizes"].split("-")]
        assert set(sizes) <= LAYER_SIZES and len(sizes) - 1 == int(d["n_dense"])
        assert int(d["weight_bits"]) in WEIGHT_BITS
        assert int(d["rf_configured"]) in CONFIGURED_RFS
        assert d["io_type"] == "io_parallel" and d["strategy"] == "resource"
        assert float(d["clock_target_ns"]) == 5.0
        assert d["weight_t"] == d["bias_t"] == f"ap_fixed<{d['weight_bits']},1>"
        assert d["input_t"] == d["accum_t"] == d["result_t"] == DEFAULT_TYPE


def test_layer_reuse_factors_are_valid_resource_ones(designs):
    for d in designs:
        sizes = [int(s) for s in d["layer_sizes"].split("-")]
        rfs = [int(r) for r in d["rf_hls4ml"].split("-")]
        assert len(rfs) == len(sizes) - 1
        for (n_in, n_out), rf in zip(pairwise(sizes), rfs, strict=True):
            assert resource_rf_is_valid(n_in, n_out, rf)
            assert rf <= n_in * n_out


def test_report_numbers_are_counts(designs):
    for d in designs:
        for column in ("dsp", "lut", "ff", "uram", "latency_best", "latency_worst"):
            assert int(d[column]) >= 0
        assert float(d["bram_18k"]) >= 0 and float(d["bram_18k"]) * 2 == int(float(d["bram_18k"]) * 2)
        assert int(d["latency_best"]) <= int(d["latency_worst"])
        assert int(d["lut"]) > 0 and int(d["ff"]) > 0 and 0 < float(d["clock_est_ns"]) < 5.0
