"""Budgets as shares removed or absolute counts, in the API's and the CLI's forms."""

import pytest

from fpgaprune.core.budget import optimised, parse_budget, way_share, within_budget


def test_absolute_counts_and_the_cli_form_agree():
    assert parse_budget({"dsp": 1500, "bram_18k": 300}) == parse_budget("dsp=1500, bram_18k=300")
    assert parse_budget("dsp=1500").absolute == {"dsp": 1500.0}


def test_a_share_applies_to_every_resource():
    budget = parse_budget({"dsp": 0.9})
    assert budget.share == 0.9 and not budget.absolute


@pytest.mark.parametrize(
    "given, message",
    [
        ({}, "empty budget"),
        ({"dsps": 10}, "unknown resource 'dsps'"),
        ({"dsp": 0}, "share removed in"),
        ({"dsp": 0.9, "bram_18k": 300}, "mixes shares"),
        ({"dsp": 0.9, "bram_18k": 0.5}, "one share"),
        ("dsp:1500", "not RESOURCE=NUMBER"),
    ],
)
def test_malformed_budgets_are_one_line(given, message):
    with pytest.raises(ValueError, match=message):
        parse_budget(given)


def test_a_method_enforces_only_its_resources():
    budget = parse_budget({"dsp": 100, "lut": 5000})
    assert optimised(budget, ("dsp", "bram_18k"), "knapsack_dsp_bram") == {"dsp": 100}
    with pytest.raises(ValueError, match="add a count for dsp"):
        optimised(parse_budget({"lut": 5000}), ("dsp",), "knapsack_dsp")


def test_a_part_budgets_lut_for_knapsack_lut():
    from fpgaprune.core.devices import fit

    counts = fit("xcu250-figd2104-2L-e", 0.5)
    budget = parse_budget(counts)
    assert optimised(budget, ("lut",), "knapsack_lut") == {"lut": counts["lut"]}
    assert optimised(budget, ("dsp",), "knapsack_dsp") == {"dsp": counts["dsp"]}


def test_within_budget_reports_every_resource():
    report = within_budget({"dsp": 90, "lut": 6000}, {"dsp": 100, "lut": 5000})
    assert report["met"] is False
    assert report["resources"]["dsp"] == {"used": 90, "budget": 100, "met": True}


def test_way_share_is_the_largest_share_a_count_removes_from_the_prunable_structures():
    resources = ("dsp", "bram_18k")
    # dsp: 100 prunable, 10 outside; 60 for the design leaves 50 of 100: half removed
    assert way_share([100, 50], [10, 0], {"dsp": 60}, resources) == pytest.approx(0.5)
    # both counted: bram keeps 10 of 50 (0.8 removed), the larger share
    assert way_share([100, 50], [10, 0], {"dsp": 60, "bram_18k": 10}, resources) == pytest.approx(0.8)
    assert way_share([100, 50], [10, 0], {"dsp": 500}, resources) == 0.0  # above the design
    assert way_share([100, 50], [10, 0], {"dsp": 5}, resources) == 1.0  # below what lies outside
    assert way_share([100, 50], [10, 0], {}, resources) == 0.0
