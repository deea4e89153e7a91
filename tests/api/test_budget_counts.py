"""The budget `optimize` reports (`summary()["budget"]`, `--json`): whole counts, as the design is counted."""

import json

from fpgaprune.api import _absolute_budget
from fpgaprune.core.budget import parse_budget


def test_a_share_budget_is_reported_in_whole_counts():
    """A share's budget is what it leaves of the pruned layers plus the rest; the estimate's fractional BRAM
    per structure, summed, made `--json` say "bram_18k": 571.9999999999999 (a user's Conv1D model at dsp=0.5,
    knapsack_dsp_bram)."""
    record = {"pruned_baseline": {"bram_18k": 929.0000000000001, "dsp": 2088.0}}  # the pruned layers'
    budget = _absolute_budget(parse_budget({"dsp": 0.5}), record, {"bram_18k": 1037, "dsp": 2328})
    assert budget == {"bram_18k": 572, "dsp": 1284}
    assert json.dumps(budget) == '{"bram_18k": 572, "dsp": 1284}'
    odd = {"pruned_baseline": {"dsp": 1143.0}}  # a count cannot be 571.5
    assert _absolute_budget(parse_budget({"dsp": 0.5}), odd, {"dsp": 1143.0}) == {"dsp": 571}


def test_a_share_budget_is_the_asked_share_not_where_the_walk_stopped():
    """A walk stopped by validation accuracy at 0.29 of 0.6 reported its last selection's allowance, "budget
    DSP 2,257" beside DSP 2,257 and status target_not_reached (a user's Conv1D model, io_stream, two pruned
    convolutions of 240 DSP in 2,328); the budget is what 0.6 leaves: 2,328 - 0.6 x 240 = 2,184."""
    stopped = {"selection": {"target": 0.2928, "budget": {"dsp": 169.0}}, "pruned_baseline": {"dsp": 240.0}}
    assert _absolute_budget(parse_budget({"dsp": 0.6}), stopped, {"dsp": 2328}) == {"dsp": 2184}
    # none accepted (no selection): the same counts (`--json` said {}: test_progress_lines)
    assert _absolute_budget(parse_budget({"dsp": 0.6}), {**stopped, "selection": {}}, {"dsp": 2328}) == {
        "dsp": 2184
    }


def test_an_absolute_budget_is_reported_as_given():
    budget = _absolute_budget(parse_budget("dsp=100,bram_18k=40"), {}, {})
    assert json.dumps(budget) == '{"dsp": 100, "bram_18k": 40}'


def test_a_share_reached_over_its_counts_is_over_budget_not_ok():
    """A jet tagger's knapsack_lut run at lut=0.5 reached the share, but what each layer keeps (813 LUT of
    the 805 the share left its pruned layers) left the design at LUT 1,621 against the 1,612 the share
    leaves: it ended "ok" with "(over: LUT 1,621 > 1,612)" on the same line. A run short of its target, an
    absolute budget (judged by the pruning run) and a design within the counts keep their status."""
    from fpgaprune.api import share_over_line

    share = parse_budget({"lut": 0.5})
    metrics = {"status": "ok", "estimate": {"totals": {"lut": 1621.0, "dsp": 1.0}}}
    line = share_over_line(metrics, {"lut": 1612}, share, 0.95)
    assert line.startswith("over_budget: the walk reached the share asked, but the design's estimate exceeds")
    assert "(LUT 1,621 > 1,612)" in line and "pruning.max_layer_sparsity 0.95" in line and "\n" not in line
    assert share_over_line({**metrics, "status": "target_not_reached"}, {"lut": 1612}, share, 0.95) is None
    assert share_over_line(metrics, {"lut": 1621}, share, 0.95) is None
    assert share_over_line(metrics, {"lut": 1612}, parse_budget({"lut": 1612}), 0.95) is None
    assert share_over_line(metrics, {}, share, 0.95) is None  # hls4ml's own loop: no counts
    # the share reached, the model kept below the accuracy bar (target_not_reached): over its counts still
    below = {**metrics, "status": "target_not_reached", "target": 0.5, "reached_target": 0.5}
    assert share_over_line(below, {"lut": 1612}, share, 0.95) == line
    # a record without a target (an absolute budget's) short of it: not judged here (it raised a TypeError)
    assert share_over_line({**below, "target": None}, {"lut": 1612}, share, 0.95) is None


def test_a_share_s_walk_stopped_short_whose_design_is_within_its_counts_is_ok():
    """A CMS L1 trigger network's walk stopped at 0.36 of 0.5 (validation accuracy) and the final design was
    DSP 712 against the 720 the share leaves: it said target_not_reached (2026-12-06). Over the counts, an
    absolute budget (judged by the pruning run) or another status keep theirs."""
    from fpgaprune.api import share_met_line

    share = parse_budget({"dsp": 0.5})
    metrics = {"status": "target_not_reached", "reached_target": 0.36, "estimate": {"totals": {"dsp": 712.0}}}
    assert share_met_line(metrics, {"dsp": 720}, share) == (
        "the walk stopped at 0.36 of the share 0.5, but the pruned design's estimate is within the counts "
        "the share leaves (DSP 712 <= 720): ok"
    )
    assert share_met_line(metrics, {"dsp": 711}, share) is None
    assert share_met_line({**metrics, "status": "ok"}, {"dsp": 720}, share) is None
    assert share_met_line(metrics, {"dsp": 720}, parse_budget({"dsp": 720})) is None
    assert share_met_line(metrics, {}, share) is None
    below = {**metrics, "rtol_bar": {"validation": 0.8, "needed": 0.87, "met": False}}
    assert share_met_line(below, {"dsp": 720}, share) is None  # the model kept is below the accuracy bar
    met = {**metrics, "rtol_bar": {"validation": 0.9, "needed": 0.87, "met": True}}
    assert share_met_line(met, {"dsp": 720}, share) is not None
