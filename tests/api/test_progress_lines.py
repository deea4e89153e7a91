"""What `fpgaprune optimize` tells the user before its first training and after its last: the unpruned
design against the budget, and why a run ended short of it."""

import re

import numpy as np
import pytest

from fpgaprune.api import nothing_to_prune, start_line, unbudgeted_weights_line, unoptimised_cuts
from fpgaprune.cli import outcome_line, stopped_why
from fpgaprune.core.budget import parse_budget
from fpgaprune.core.devices import fit
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.multipliers import Target

UNPRUNED = {"dsp": 944, "bram_18k": 264, "lut": 74080, "ff": 33970}


def test_the_start_line_gives_the_unpruned_estimate_and_what_each_count_removes():
    line = start_line(UNPRUNED, parse_budget(fit("xczu3eg", 0.7)), "knapsack_dsp_bram")
    assert line.startswith("unpruned design (estimate, weight layers): DSP 944, BRAM_18K 264, LUT 74,080")
    assert "DSP 252 (remove 73 %)" in line  # 0.7 x 360 DSP of the ZU3EG
    assert "BRAM_18K 302 (met already)" in line  # 0.7 x 432
    assert "LUT 49,392 (remove 33 %, checked at the end, not optimised)" in line  # not DSP, BRAM


def test_the_start_line_says_a_lut_count_bounds_knapsack_rf_s_choice():
    """A Conv1D time-series classifier (QKeras, io_stream, Vitis) under --budget dsp=150,lut=24000 and
    knapsack_rf: the line said LUT was "not optimised" while the selection kept its implementations' LUT
    within 24,000 (`selection.lut_bound`: 20,938 chosen)."""
    unpruned = {"dsp": 295, "bram_18k": 52, "lut": 25357, "ff": 11995}
    budget = parse_budget({"dsp": 150, "lut": 24000})
    joint = start_line(unpruned, budget, "knapsack_rf")
    assert "LUT 24,000 (remove 5 %, bounds knapsack_rf's choice of reuse factors and strategies, " in joint
    assert "not optimised" not in joint
    assert "LUT 24,000 (remove 5 %, checked at the end, not optimised)" in start_line(
        unpruned, budget, "knapsack_dsp"
    )


def test_a_count_the_method_does_not_optimise_and_must_fall_is_warned_about_before_training():
    """The Conv1D tagger on xc7z020 at 0.8: the weight layers may use LUT 3,290 of their 19,288, which
    knapsack_dsp_bram does not optimise; the run walked to its DSP budget and ended over_budget on LUT."""
    unpruned = {"dsp": 472, "bram_18k": 212, "lut": 19288, "ff": 14004}
    weight_layers = parse_budget({"dsp": 172, "bram_18k": 194, "lut": 3290, "ff": 36379})
    (line,) = unoptimised_cuts(unpruned, weight_layers, "knapsack_dsp_bram")  # FF is met already
    assert line == (
        "LUT 3,290 asks 83 % less than the unpruned weight layers' 19,288 (estimate), and knapsack_dsp_bram "
        "does not optimise LUT: it falls only with what is pruned for DSP, BRAM_18K, so the run may end "
        "over_budget; --method knapsack_lut budgets LUT, or raise that count (with --part: a higher "
        "utilization or a larger part)"
    )
    # knapsack_rf takes a LUT count as a bound of its choice; knapsack_lut leaves DSP to the end
    assert unoptimised_cuts(unpruned, weight_layers, "knapsack_rf") == []
    dsp, bram = unoptimised_cuts(unpruned, weight_layers, "knapsack_lut")
    assert dsp.startswith("DSP 172 asks 64 % less") and "--method knapsack_dsp budgets DSP" in dsp
    assert bram.startswith("BRAM_18K 194 asks 8 % less") and "knapsack_dsp_bram budgets BRAM_18K" in bram
    assert unoptimised_cuts(unpruned, parse_budget({"dsp": 0.5}), "knapsack_dsp") == []  # a share


def test_a_method_whose_counts_are_met_already_is_refused_when_another_count_is_over():
    """A QKeras CNN on xc7z020 at 0.8 under Vivado HLS: its 8-bit products are LUTs (DSP 37 of the weight
    layers' 166, LUT 144,267 of 26,751); knapsack_dsp_bram kept every structure at every step of its walk
    and ended over_budget. The way out names the method that budgets the count that is over."""
    unpruned = {"dsp": 37, "bram_18k": 0, "lut": 144267, "ff": 43697}
    weight_layers = parse_budget({"dsp": 166, "bram_18k": 138, "lut": 26751, "ff": 80193})
    assert nothing_to_prune(unpruned, weight_layers, "knapsack_dsp_bram") == (
        "knapsack_dsp_bram budgets DSP, BRAM_18K, which the unpruned weight layers meet already (DSP 37 of "
        "166, BRAM_18K 0 of 138; estimate), so it would prune nothing; over the budget is LUT 144,267 > "
        "26,751, which it does not optimise: --method knapsack_lut budgets LUT (or raise that count; with "
        "--part, a higher utilization or a larger part)"
    )
    assert "--method knapsack_lut budgets LUT" in nothing_to_prune(unpruned, weight_layers, "knapsack_dsp")
    # knapsack_lut prunes for the LUT that is over; knapsack_rf takes a LUT count as a bound of its choice
    assert nothing_to_prune(unpruned, weight_layers, "knapsack_lut") is None
    assert nothing_to_prune(unpruned, weight_layers, "knapsack_rf") is None
    # a count the method optimises must fall: it prunes; every count met: the run trains nothing (status ok)
    assert nothing_to_prune({**unpruned, "dsp": 400}, weight_layers, "knapsack_dsp_bram") is None
    assert nothing_to_prune({**unpruned, "lut": 20000}, weight_layers, "knapsack_dsp_bram") is None
    assert nothing_to_prune(unpruned, parse_budget({"dsp": 0.5}), "knapsack_dsp") is None  # a share
    ff_only = nothing_to_prune({**unpruned, "ff": 90000}, weight_layers, "knapsack_lut")
    assert ff_only is None  # LUT must fall, which knapsack_lut prunes for
    ff_over = nothing_to_prune({**unpruned, "lut": 20000, "ff": 90000}, weight_layers, "knapsack_dsp_bram")
    assert "over the budget is FF 90,000 > 80,193" in ff_over and "no method budgets FF" in ff_over


def test_the_start_line_of_a_share_names_the_method():
    line = start_line(UNPRUNED, parse_budget({"dsp": 0.6}), "knapsack_dsp")
    assert line.endswith("target: remove 60 % of what knapsack_dsp budgets in the pruned layers")


def test_a_run_stopped_by_accuracy_says_so_and_how_far_it_got():
    metrics = {"reached_target": 0.609, "target": None, "reference_val_accuracy": 0.95}
    why = stopped_why(metrics, "over_budget", 0.99)
    assert "stopped the pruning at 0.61 of the way to the budget" in why and "rtol 0.99 x 0.9500" in why
    share = stopped_why({**metrics, "target": 0.9}, "target_not_reached", 0.99)
    assert "at 0.61 of 0.9:" in share
    assert stopped_why({**metrics, "reached_target": 1.0}, "ok", 0.99) == ""
    # the whole way reached but the final estimate above a count: not accuracy's doing
    assert stopped_why({**metrics, "reached_target": 1.0}, "over_budget", 0.99) == ""


def test_the_last_line_names_the_counts_over_the_budget_in_resource_order():
    """A part's run (the user's Conv1D tagger on xc7z020 at 0.8) ended 'over_budget: DSP 173, BRAM_18K 107,
    LUT 50,487, FF 57,236 (...), budget DSP 176, ...' with no word of which count was over, and resumed it
    printed the budget as --json's object had it, alphabetically (BRAM_18K, DSP, FF, LUT)."""
    summary = {
        "status": "over_budget",
        "dsp": 169,
        "bram_18k": 77,
        "lut": 11217,
        "ff": 8495,
        "budget": {"bram_18k": 224, "dsp": 176, "ff": 85120, "lut": 42560},  # as read back from JSON
        "reserved": {"dsp": 4, "bram_18k": 30, "lut": 39270, "ff": 48741},
        "whole_design": {"dsp": 173, "bram_18k": 107, "lut": 50487, "ff": 57236},
    }
    assert outcome_line(summary, hls=True) == (
        "over_budget: DSP 173, BRAM_18K 107, LUT 50,487, FF 57,236 (estimate, whole design: weight layers "
        "169, 77, 11,217, 8,495 in the written hls4ml project), budget DSP 176, BRAM_18K 224, LUT 42,560, "
        "FF 85,120 (over: LUT 50,487 > 42,560)"
    )
    counts = {"status": "ok", "dsp": 120, "bram_18k": 74, "lut": 9912, "ff": 7604, "budget": {"dsp": 120}}
    assert outcome_line(counts, hls=False).endswith("(estimate, weight layers), budget DSP 120")
    # the design latency is the whole design's, not the weight layers' (a review, 2026-12-07: it read
    # "design latency 273 cycles (estimate, weight layers)" and "latency 280 cycles (280 cycles)")
    latency = {"given": "280 cycles", "cycles": 280, "design_estimate": 273, "met": True}
    assert outcome_line({**counts, "latency_budget": latency}, hls=False).endswith(
        "(estimate, weight layers), design latency 273 cycles (estimate, whole design), budget DSP 120, "
        "latency 280 cycles"
    )


def test_a_share_stopped_short_says_its_target_was_not_reached_not_that_it_is_over():
    """A 16-8-3-8-16 autoencoder at dsp=0.5 (knapsack_dsp, rtol 0.9) stopped at 0.24 of 0.5 by its validation
    MSE ended "target_not_reached: DSP 212, ... budget DSP 146 (over: DSP 212 > 146)": a share's budget is the
    counts the share leaves, so a walk stopped short is above them by construction, and the status of a share
    is target_not_reached; "over" read as an over_budget the status did not say."""
    summary = {"status": "target_not_reached", "dsp": 212, "bram_18k": 0, "lut": 10570, "ff": 1261}
    summary["budget"] = {"dsp": 146}
    assert outcome_line(summary, hls=False, share=0.5) == (
        "target_not_reached: DSP 212, BRAM_18K 0, LUT 10,570, FF 1,261 (estimate, weight layers), "
        "budget (a share of 0.5 removed): DSP 146 (not reached: DSP 212 > 146)"
    )
    reached = {**summary, "status": "ok", "dsp": 140}
    assert outcome_line(reached, hls=False, share=0.5).endswith("budget (a share of 0.5 removed): DSP 146")
    # no step accepted: the share's counts all the same (`test_a_share_with_no_step_accepted_...`)
    rejected = {**summary, "dsp": 680, "target": 0.5, "reached_target": 0.0}
    assert outcome_line(rejected, hls=False, share=0.5).endswith(
        "budget (a share of 0.5 removed): DSP 146 (not reached: no step accepted; DSP 680 > 146)"
    )
    # a summary written before the counts were kept without a selection (the line said "removed: , ...")
    line = outcome_line({**rejected, "budget": {}}, hls=False, share=0.5)
    assert line.endswith("target 0.5 removed (no step accepted)")
    # magnitude and structured budget weights or neurons, no hardware count: how far the walk got (it said
    # "none (no step accepted)" of a walk that had reached its target)
    weights = {**summary, "status": "ok", "budget": {}, "target": 0.5, "reached_target": 0.5}
    assert outcome_line(weights, hls=False, share=0.5).endswith("target 0.5 removed (reached 0.5)")
    metrics = {"reached_target": 0.244, "target": 0.5, "reference_val_accuracy": 0.95}
    assert stopped_why(metrics, "target_not_reached", 0.9).endswith("or a smaller share)")


def test_a_run_within_its_budget_below_the_accuracy_bar_says_which_bar():
    """A share reached, the model kept below rtol x the unpruned model's (`rtol_bar`): target_not_reached,
    and the line says by how much, where the budget alone would read as met."""
    bar = {"validation": 0.843, "needed": 0.8731, "met": False}
    summary = {"status": "target_not_reached", "dsp": 140, "bram_18k": 0, "lut": 9000, "ff": 1200}
    summary |= {"budget": {"dsp": 146}, "target": 0.5, "reached_target": 0.5, "rtol_bar": bar}
    assert outcome_line(summary, hls=False, share=0.5).endswith(
        "DSP 146 (below the bar: validation accuracy 0.843, rtol asks 0.8731)"
    )
    loss = {**summary, "metric": "mse", "rtol_bar": {"validation": 0.012, "needed": 0.0111, "met": False}}
    assert outcome_line(loss, hls=False).endswith("(below the bar: validation mse 0.012, rtol asks 0.0111)")
    met = {**summary, "status": "ok", "rtol_bar": {**bar, "validation": 0.88, "met": True}}
    assert outcome_line(met, hls=False, share=0.5).endswith("budget (a share of 0.5 removed): DSP 146")


def test_a_pipeline_hls_job_of_counts_warns_when_the_whole_project_exceeds_them(tmp_path, capsys, caplog):
    """A Conv1D classifier's pipeline job (budgets: [{dsp: 150, lut: 24000}]) wrote a project whose estimate
    was LUT 30,938 and its hls job said nothing, where `optimize --hls` warned; now it logs and warns too.
    A share's job (no counts) logs nothing more."""
    import json

    from fpgaprune.cli import _check_written_project, main

    from ..core.hardware.hls4ml_projects import DENSE_SHAPE, sparse_kernel, write_project

    project = write_project(
        tmp_path / "hls" / "project", "dense", sparse_kernel(DENSE_SHAPE, 3), 4, "Resource", "io_parallel"
    )
    assert main(["estimate", str(project), "--json"]) == 0
    lut = json.loads(capsys.readouterr().out)["totals"]["lut"]
    resources = {
        "by_source": {
            "estimate": {**_estimated(project)["by_source"]["estimate"], "total": {"lut": lut // 4}}
        }
    }
    counts = {"budget": {"absolute": {"lut": lut // 2}}}
    with caplog.at_level("INFO"):
        assert _check_written_project(project.parent, resources, counts) is resources
    (warning,) = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert f"the whole project's estimate exceeds the budget (LUT {lut:,.0f} > {lut // 2:,.0f})" in warning
    assert "whole hls4ml project (estimate" in caplog.text
    caplog.clear()
    with caplog.at_level("INFO"):
        _check_written_project(project.parent, resources, {"target": 0.5})
    assert "whole hls4ml project" not in caplog.text


def _estimated(project) -> dict:
    """What a built design's resources.json holds of the cost model: its `estimate` source."""
    from fpgaprune.hls.run import estimate_source

    return {"by_source": {"estimate": estimate_source(project)}}


def test_optimize_hls_gives_the_whole_project_estimate_and_warns_above_the_budget(tmp_path, capsys, caplog):
    """`optimize --hls` logs the totals `fpgaprune estimate` gives for the written project (weight layers,
    layers without weights, tables, glue), which every built design's resources.json records, and warns for
    each budgeted count they exceed."""
    import json

    import numpy as np

    from fpgaprune.api import checked_project_estimate
    from fpgaprune.cli import main

    from ..core.hardware.hls4ml_projects import DENSE_SHAPE, sparse_kernel, write_project

    project = write_project(
        tmp_path / "prj", "dense", sparse_kernel(DENSE_SHAPE, 3), 4, "Resource", "io_parallel"
    )
    assert main(["estimate", str(project), "--json"]) == 0
    expected = json.loads(capsys.readouterr().out)["totals"]
    with caplog.at_level("INFO"):
        totals = checked_project_estimate(project, _estimated(project), {"dsp": 10_000.0})
    assert totals == {key: expected[key] for key in ("dsp", "bram_18k", "lut", "ff", "latency_cycles", "ii")}
    assert not [r for r in caplog.records if r.levelname == "WARNING"]
    assert f"LUT {expected['lut']:,.0f}" in caplog.text
    caplog.clear()
    with caplog.at_level("INFO"):
        checked_project_estimate(
            project, _estimated(project), {"dsp": 10_000.0, "lut": float(np.floor(expected["lut"] / 2))}
        )
    (warning,) = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert (
        f"LUT {expected['lut']:,.0f} > {np.floor(expected['lut'] / 2):,.0f}" in warning
        and "DSP" not in warning
    )
    assert "leave room for the rest" in warning
    caplog.clear()
    half = float(np.floor(expected["lut"] / 2))
    with caplog.at_level("INFO"):  # the weight layers alone over it: not the rest's doing
        checked_project_estimate(project, _estimated(project), {"lut": half}, weights={"lut": half + 1})
    (warning,) = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert "the weight layers alone exceed LUT (status over_budget)" in warning
    assert "leave room for the rest" not in warning
    caplog.clear()
    with caplog.at_level("INFO"):  # a part's: the weight layers over their share (the walk stopped short)
        checked_project_estimate(
            project,
            _estimated(project),
            {"lut": half},
            whole=True,
            weights={"lut": 9},
            weights_budget={"lut": 8},
        )
    (warning,) = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert "the weight layers alone exceed their share of it (LUT 9 > 8; status over_budget)" in warning
    assert "a lower --utilization" not in warning
    caplog.clear()
    with caplog.at_level("INFO"):  # within their share: the rest grew, prune further
        checked_project_estimate(
            project,
            _estimated(project),
            {"lut": half},
            whole=True,
            weights={"lut": 7},
            weights_budget={"lut": 8},
        )
    (warning,) = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert "prune further (a lower --utilization" in warning


def test_optimize_help_shows_the_schemas_defaults():
    """The defaults `fpgaprune optimize --help` names are the ones a run without the option takes."""
    from fpgaprune.cli import SCHEMA_DEFAULTS_SHOWN
    from fpgaprune.config import load_config

    config = load_config({"experiments": {"e": {"model": "digits_mlp", "dataset": "digits"}}})
    pruning = config.experiment("e").pruning
    taken = {"epochs_per_step": pruning.epochs_per_step, "rtol": pruning.rtol, "seed": config.seed}
    assert taken == SCHEMA_DEFAULTS_SHOWN


def test_a_budget_part_other_than_the_designs_is_refused_and_a_missing_part_warned(caplog):
    """`--part` gives the budget, the hls config's Part the design: a ZU3EG budget for a design costed for
    a VU9P is a mistake; without a Part the design takes the schema's default part, maybe not the user's."""
    import pytest

    from fpgaprune.api import check_part_device
    from fpgaprune.cli import check_budget_part

    design = {"HLSConfig": {"Model": {"ReuseFactor": 1}}, "Part": "xczu3eg-sbva484-1-e"}
    check_budget_part("xczu3eg", design)  # the same device: package and speed grade do not matter
    check_budget_part("XCZU3EG-sfvc784-2-e", design)
    with pytest.raises(
        ValueError, match="--part xcvu9p sets the budget but the hls config's Part is xczu3eg"
    ):
        check_budget_part("xcvu9p", design)
    check_budget_part("xczu3eg", {"Model": {"ReuseFactor": 1}})  # no Part: optimize warns (once)
    assert "names no Part" not in caplog.text
    with caplog.at_level("WARNING"):
        check_part_device("xczu3eg", {"Model": {"ReuseFactor": 1}}, "--part xczu3eg")
    assert "--part xczu3eg sets the budget, but the hls config names no Part" in caplog.text


def test_the_apis_part_budget_for_another_device_than_the_designs_is_refused_before_the_model_loads(tmp_path):
    """`fpgaprune.optimize(budget=fit("xcvu9p", 0.5), hls_config={"Part": "xczu3eg..."})` pruned the ZU3EG
    design to the VU9P's counts without a word (only `--part` was checked). The model file here does not
    exist: the line names the part."""
    import pytest

    from fpgaprune.api import optimize

    pair = (np.zeros((2, 3)), np.zeros(2))
    design = {
        "HLSConfig": {"Model": {"ReuseFactor": 1, "Precision": "fixed<16,6>"}},
        "Part": "xczu3eg-sbva484-1-e",
    }
    with pytest.raises(ValueError) as error:
        optimize(tmp_path / "none.h5", pair, pair, hls_config=design, budget=fit("xcvu9p", 0.5))
    assert str(error.value) == (
        "fit('xcvu9p', 0.5) sets the budget but the hls config's Part is xczu3eg-sbva484-1-e, the part the "
        "design is costed and built for: give the same device to both"
    )
    with pytest.raises(FileNotFoundError):  # the same device: past the check, to the model file
        optimize(tmp_path / "none.h5", pair, pair, hls_config=design, budget=fit("xczu3eg", 0.5))


def test_a_resource_no_count_bounds_that_grew_is_named():
    """knapsack_rf met a user's dsp=300 with fc1 and out at Latency RF 1, whose 10-bit products are LUTs:
    LUT 74,080 -> 157,799 and the run said 'ok'. A rise above 10 % of a resource the budget leaves free is
    now a warning; a bounded resource, or one that fell, is not."""
    from fpgaprune.api import unbounded_growth

    final = {"dsp": 192, "bram_18k": 54, "lut": 157799, "ff": 13191}
    (line,) = unbounded_growth(UNPRUNED, final, parse_budget({"dsp": 300}), "knapsack_rf")
    assert line.startswith("LUT rose from 74,080 to 157,799 (x2.1; estimate, weight layers)")
    assert "add a lut count to the budget" in line
    assert unbounded_growth(UNPRUNED, final, parse_budget({"dsp": 300, "lut": 200000}), "knapsack_rf") == []
    # a share budgets the method's resources: DSP and BRAM_18K for knapsack_rf, so LUT is free; a share is
    # not a count, so the line says how to give one (it said "add a lut count to the budget" beside dsp=0.5)
    (share,) = unbounded_growth(UNPRUNED, final, parse_budget({"dsp": 0.5}), "knapsack_rf")
    assert share.startswith("LUT rose")
    assert share.endswith(
        "a share removed (--budget ...=0.5) is not a count: give counts instead (--budget dsp=N,lut=M) or "
        "budget a whole part (--part)"
    )
    assert (
        unbounded_growth(UNPRUNED, {**final, "lut": 80000}, parse_budget({"dsp": 300}), "knapsack_rf") == []
    )


def test_the_start_line_of_a_part_names_the_weight_layers_budget_it_left():
    """With a part, the counts are what the reserve left the weight layers (the line before gives both)."""
    parsed = parse_budget({"dsp": 242, "bram_18k": 242, "lut": 23008, "ff": 70189})
    line = start_line(UNPRUNED, parsed, "knapsack_dsp_bram", reserved=True)
    assert "the weight layers' budget (the part's less the reserve) DSP 242" in line
    assert "; budget DSP" not in line and "; budget DSP 242" in start_line(
        UNPRUNED, parsed, "knapsack_dsp_bram"
    )


def test_a_parts_whole_design_is_the_written_projects_estimate_and_over_it_the_status_says_so(tmp_path):
    """optimize --part --hls: the user's BatchNormalization MLP reported status ok and a whole design of DSP
    180 (weight layers 101 + the unpruned project's reserve 79) within the part's 180, beside a warning that
    the written project's estimate was DSP 186 (its BatchNormalization products grew in the fine-tuning).
    Now the whole design is the project's estimate, and over a count the status is over_budget, in the
    summary and in metrics.json."""
    import json

    from fpgaprune.api import _whole_design_from_project, checked_project_estimate

    from ..core.hardware.hls4ml_projects import DENSE_SHAPE, sparse_kernel, write_project

    project = write_project(
        tmp_path / "prj", "dense", sparse_kernel(DENSE_SHAPE, 3), 4, "Resource", "io_parallel"
    )
    totals = checked_project_estimate(project, _estimated(project), {})
    whole = {r: totals[r] for r in ("dsp", "bram_18k", "lut", "ff")}
    metrics_path = tmp_path / "metrics.json"
    for spare, status in ((0, "ok"), (-1, "over_budget")):
        chip = {"dsp": whole["dsp"] + spare, "lut": whole["lut"]}
        reserve_based = {r: 0.0 for r in chip} | {"source": "estimate"}  # what the record and summary had
        part = {"chip": chip, "whole_design": reserve_based, "met": True}
        metrics_path.write_text(json.dumps({"status": "ok", "budget": {"met": True, "part": part}}))
        summary = {"status": "ok", "budget": chip, "whole_design": reserve_based}
        summary, written = _whole_design_from_project(metrics_path, summary, totals)
        metrics = json.loads(metrics_path.read_text())
        assert written == metrics  # the record it returns is the one it wrote
        assert summary["whole_design"] == metrics["budget"]["part"]["whole_design"]
        assert summary["whole_design"] == whole | {"source": "estimate of the written hls4ml project"}
        assert summary["status"] == metrics["status"] == status
        assert metrics["budget"]["part"]["met"] == (status == "ok")


def test_a_tolerance_outside_0_1_is_refused_in_one_line_saying_what_it_means(tmp_path):
    """--rtol 1.5 (or pruning: {rtol: 0}) was refused as 'config key experiments.reg.pruning.rtol: 1.5 is
    greater than the maximum of 1', without what rtol means for a loss; the check runs before the model
    loads."""
    import pytest

    from fpgaprune.api import optimize

    pair = (np.zeros((2, 3)), np.zeros(2))
    for given in ({"rtol": 1.5}, {"rtol": -0.5}, {"pruning": {"rtol": 0}}):
        with pytest.raises(ValueError) as error:
            optimize(tmp_path / "none.h5", pair, pair, hls_config={}, budget={"dsp": 0.5}, **given)
        message = str(error.value)
        assert message.startswith("rtol ") and "give a number in (0, 1]" in message, message
        assert "validation loss <= the unpruned model's / rtol" in message


def test_a_share_with_no_step_accepted_gives_the_counts_it_asked_for_and_that_none_was_reached(
    tmp_path, capsys
):
    """`--budget dsp=0.9` whose walk accepted no step printed `"budget": {}` in --json (the counts came from
    the last accepted selection), which reads as no budget. A float MLP whose validation labels are its own
    predictions, at rtol 1: every step that changes one prediction is rejected."""
    import json

    from fpgaprune.compat import keras

    import yaml

    from fpgaprune.cli import main

    keras.utils.set_random_seed(0)
    inputs = keras.Input((16,), name="features")
    h = keras.layers.Dense(32, activation="relu", name="fc1")(inputs)
    logits = keras.layers.Dense(5, name="output")(h)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))
    model.compile("adam", "sparse_categorical_crossentropy")
    model.save(tmp_path / "model.h5")
    x = np.random.default_rng(0).normal(size=(300, 16)).astype("float32")
    y = model.predict(x, verbose=0).argmax(axis=1)  # the unpruned model's validation accuracy is 1
    np.savez(tmp_path / "data.npz", x_train=x[:200], y_train=y[:200], x_val=x[200:], y_val=y[200:])
    hls = {"HLSConfig": {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 4, "Strategy": "Resource"}}}
    (tmp_path / "hls.yml").write_text(yaml.safe_dump({**hls, "IOType": "io_parallel"}))
    args = ["optimize", "--model", str(tmp_path / "model.h5"), "--data", str(tmp_path / "data.npz")]
    args += ["--hls-config", str(tmp_path / "hls.yml"), "--budget", "dsp=0.9", "--rtol", "1"]
    args += [
        "--epochs-per-step",
        "1",
        "--pruning",
        "{regularise_epochs: 0, final_epochs: 0, max_failures: 2}",
    ]
    assert main([*args, "--out", str(tmp_path / "out"), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    metrics = json.loads((tmp_path / "out/metrics.json").read_text())
    assert metrics["steps"] and not any(step["accepted"] for step in metrics["steps"])  # what this tests
    assert summary["status"] == "target_not_reached" and metrics["selection"] == {}
    assert (summary["target"], summary["reached_target"]) == (0.9, 0.0)
    # every weight layer pruned: the share is of the unpruned design's DSP and BRAM_18K (knapsack_dsp_bram)
    unpruned = metrics["pruned_baseline"]
    assert set(unpruned) == {"dsp", "bram_18k"} and unpruned["dsp"] == summary["dsp"] > 0
    assert metrics["pruned_baseline_source"] == "estimate"
    assert summary["budget"] == {r: np.floor(summary[r] - 0.9 * unpruned[r] + 1e-6) for r in unpruned}


def test_a_shares_walk_stopped_short_is_named_target_not_reached_beside_the_whole_project(tmp_path, caplog):
    """A float ResNet-style CNN's `optimize --budget dsp=0.5 --hls` stopped at 0.33 of the way (status
    target_not_reached) and the warning under the written project's estimate said '(status over_budget)'
    beside the last line's target_not_reached; a count's walk stays over_budget."""
    from fpgaprune.api import checked_project_estimate

    from ..core.hardware.hls4ml_projects import DENSE_SHAPE, sparse_kernel, write_project

    project = write_project(
        tmp_path / "prj", "dense", sparse_kernel(DENSE_SHAPE, 3), 4, "Resource", "io_parallel"
    )
    for status in ("target_not_reached", "over_budget"):
        caplog.clear()
        with caplog.at_level("INFO"):
            checked_project_estimate(
                project, _estimated(project), {"dsp": 1.0}, weights={"dsp": 5.0, "status": status}
            )
        (warning,) = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
        assert f"the weight layers alone exceed DSP (status {status}), what the budget binds" in warning


def test_a_run_whose_last_steps_were_infeasible_says_so_not_accuracy():
    """A QKeras MLP at 100 ns with lut=80000 found every step infeasible and the last line said validation
    accuracy stopped it."""
    infeasible = "no choice of reuse factors and structures meets the DSP, BRAM_18K, LUT and latency budgets"
    steps = [
        {"accepted": True, "target": 0.3},
        {"accepted": False, "target": 0.6, "infeasible": infeasible},
        {"accepted": False, "target": 0.45, "infeasible": infeasible},
    ]
    metrics = {"reached_target": 0.3, "target": None, "reference_val_accuracy": 0.95, "steps": steps}
    why = stopped_why(metrics, "over_budget", 0.99)
    assert why == f" (the steps beyond 0.30 of the way to the budget were infeasible: {infeasible})"
    rejected = {**metrics, "steps": [*steps, {"accepted": False, "target": 0.35, "val_accuracy": 0.5}]}
    assert "stopped the pruning at 0.30" in stopped_why(rejected, "over_budget", 0.99)


def test_weights_whose_products_cost_nothing_the_method_budgets_are_warned_about_before_training():
    """hls4ml example-models' qkeras_3layer (6-bit weights, Vitis, Latency): 2,681 of its 2,706 nonzero
    weights are LUT products, which knapsack_dsp_bram keeps for free; at a DSP share of 0.5 it went from
    DSP 19, LUT 55,309 to DSP 7, LUT 55,130 and said ok. Here a 16 x 8 Dense of 6-bit and of 16-bit weights
    on 16-bit data (Vitis HLS, xcvu9p): the 6-bit products are LUTs (the cost model's rule), the 16-bit ones
    DSPs."""
    target = Target(part="xcvu9p-flga2577-2-e", hls_tool="vitis")
    kernel = np.random.default_rng(0).uniform(-0.9, 0.9, (16, 8)).round(3)
    kernel[0, :] = 0  # pruned weights are not counted

    def layer(bits: int) -> LayerHardware:
        weight = f"fixed<{bits},1>"
        return LayerHardware(
            "fc", "dense", (16, 8), 1, "latency", weight_type=weight, input_type="fixed<16,6>"
        )

    narrow = np.round(kernel * 16) / 16  # on the 6-bit grid
    line = unbudgeted_weights_line([layer(6)], [narrow], target, "knapsack_dsp_bram")
    live = int(np.count_nonzero(narrow))
    share = re.match(
        rf"[\d,]+ of the pruned layers' {live} nonzero weights \((\d+) %\) take no DSP or ", line
    )
    assert share and int(share.group(1)) > 50  # the rule's LUT products: most 6-bit ones, not all
    assert line.endswith(
        "so knapsack_dsp_bram keeps them at every step and their LUTs stay; --method knapsack_lut budgets LUT"
    )
    assert unbudgeted_weights_line([layer(6)], [narrow], target, "knapsack_lut") is None  # it budgets LUT
    assert unbudgeted_weights_line([layer(6)], [narrow], target, "knapsack_rf") is None  # may move the RF
    for method in ("magnitude", "structured"):  # shares of weights or neurons, no hardware (a KeyError until
        assert unbudgeted_weights_line([layer(6)], [narrow], target, method) is None  # 2026-12-05)
    wide = np.round(kernel * 2**14) / 2**14
    assert unbudgeted_weights_line([layer(16)], [wide], target, "knapsack_dsp") is None  # DSP products
    # hls4ml's rolled Resource kernel (RF n_in x n_out) keeps its multiplier and ROM whatever is pruned: its
    # weights cost nothing the budget counts, but not as LUT products (a public autoencoder's line named
    # knapsack_lut, which then refused it); the refusal that follows says what to change
    rolled = LayerHardware(
        "fc", "dense", (16, 8), 128, "resource", weight_type="fixed<6,1>", input_type="fixed<16,6>"
    )
    assert rolled.runs_rolled_kernel
    assert unbudgeted_weights_line([rolled], [narrow], target, "knapsack_dsp_bram") is None


def test_a_share_budget_holds_the_whole_project_to_no_count():
    """A share is of the unpruned weight layers' own counts: the whole project (tables, glue) is not held to
    it (a QKeras MLP's weight layers had 0 BRAM_18K, its share 0, and its softmax tables were warned over)."""
    from fpgaprune.api import project_budget

    counts = {"dsp": 800.0, "bram_18k": 0.0}
    assert project_budget({"budget": counts, "target": 0.5, "reached_target": 0.2}) == {}
    assert project_budget({"budget": counts}) == counts  # counts the user gave
    part = {"budget": counts, "target": 0.5, "whole_design": {"dsp": 900}}  # a part's, a share of it walked
    assert project_budget(part) == counts


def test_the_weights_that_cost_nothing_are_counted_in_the_layers_pruning_names_alone(caplog):
    """A public QKeras MLP pruned in two of its four layers (`pruning.layers`) was told that "1,345 of the
    pruned layers' 1,345 nonzero weights" take no DSP: all four layers' weights. Here a 6-bit fc1 (LUT
    products) and a 16-bit fc2 (DSP products): pruning fc2 alone warns of nothing."""
    from fpgaprune.compat import keras

    import qkeras

    import fpgaprune

    keras.utils.set_random_seed(0)
    inputs = keras.Input((16,), name="x")
    narrow, wide = "quantized_bits(6,0,alpha=1)", "quantized_bits(16,2,alpha=1)"
    h = qkeras.QDense(32, kernel_quantizer=narrow, bias_quantizer=narrow, name="fc1")(inputs)
    h = qkeras.QDense(5, kernel_quantizer=wide, bias_quantizer=wide, name="fc2")(h)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(h))
    x = np.random.default_rng(0).normal(size=(64, 16)).astype(np.float32)
    y = np.argmax(model.predict(x, verbose=0), axis=1)
    hls_config = {"Model": {"Precision": "ap_fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"}}
    warned = {}
    for scope in ({}, {"layers": ["fc2"]}):
        caplog.clear()
        with caplog.at_level("WARNING"):
            fpgaprune.optimize(
                model, (x, y), (x, y), hls_config=hls_config, budget={"dsp": 100000}, method="knapsack_dsp",
                pruning=scope,
            )  # fmt: skip
        warned[str(scope)] = [r.getMessage() for r in caplog.records if "take no DSP" in r.getMessage()]
    assert len(warned["{}"]) == 1 and "of the pruned layers' " in warned["{}"][0]
    assert warned["{'layers': ['fc2']}"] == []


def test_inputs_the_design_wraps_are_warned_of_before_training(caplog):
    from fpgaprune.compat import keras

    import fpgaprune

    keras.utils.set_random_seed(0)
    inputs = keras.Input((4,), name="features")
    model = keras.Model(inputs, keras.layers.Dense(3, activation="softmax", name="out")(inputs))
    x = np.random.default_rng(0).normal(size=(64, 4)).astype(np.float32) * 100  # beyond fixed<16,6>'s 32
    y = np.argmax(model.predict(x, verbose=0), axis=1)
    hls_config = {"Model": {"Precision": "ap_fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"}}
    with caplog.at_level("INFO"):
        fpgaprune.optimize(model, (x, y), (x, y), hls_config=hls_config, budget={"dsp": 100000})
    messages = [r.getMessage() for r in caplog.records]
    (warning,) = [m for m in messages if "lie outside [-32, 32)" in m]
    assert warning.startswith("x_train: ")
    assert "(ap_fixed<16,6>, features's result), which wraps them" in warning
    start = next(i for i, m in enumerate(messages) if m.startswith("unpruned design"))
    assert messages.index(warning) < start  # before any training


@pytest.mark.parametrize("hls_config", [False, True])
def test_a_pipeline_model_files_inputs_outside_its_input_type_are_warned_of_by_baseline(
    tmp_path, caplog, hls_config
):
    """The pipeline's first job on a model file (`fpgaprune baseline`) warns as `optimize` does, with the
    pipeline's input type (`hls.input_precision`) or the model's hls4ml configuration's."""
    from fpgaprune.compat import keras

    import yaml

    from fpgaprune.cli import main

    keras.utils.set_random_seed(0)
    inputs = keras.Input((4,), name="features")
    model = keras.Model(inputs, keras.layers.Dense(3, activation="softmax", name="out")(inputs))
    model.save(tmp_path / "m.h5")
    x = np.random.default_rng(0).normal(size=(90, 4)).astype(np.float32) * 100
    y = np.argmax(model.predict(x, verbose=0), axis=1)
    np.savez(tmp_path / "d.npz", x_train=x[:60], y_train=y[:60], x_val=x[60:], y_val=y[60:])
    given = {"file": "m.h5"}
    if hls_config:
        (tmp_path / "hls.yml").write_text(
            yaml.safe_dump({"Model": {"Precision": "ap_fixed<16,6>", "ReuseFactor": 1}})
        )
        given["hls_config"] = str(tmp_path / "hls.yml")
    experiment = {"model": given, "dataset": {"file": "d.npz"}, "methods": ["knapsack_dsp"], "targets": [0.5]}
    if not hls_config:  # the pipeline's own design
        experiment |= {"reuse_factors": [1], "hls": {"input_precision": "ap_fixed<16,6>"}}
    (tmp_path / "config.yaml").write_text(yaml.safe_dump({"experiments": {"mine": experiment}}))
    args = [
        "baseline", "--model", str(tmp_path / "m.h5"), "--data", str(tmp_path / "d.npz"),
        "--config", str(tmp_path / "config.yaml"), "--experiment", "mine", "--seed", "1",
        "--out-dir", str(tmp_path / "b"),
    ]  # fmt: skip
    with caplog.at_level("WARNING"):
        assert main(args) == 0  # no test split: its summary says n/a (it raised a TypeError until 2026-12-05)
    (warning,) = [r.getMessage() for r in caplog.records if "lie outside [-32, 32)" in r.getMessage()]
    assert warning.startswith("x_train: ") and "features's result), which" in warning


def test_hls4ml_s_own_loop_is_bounded_in_dsp_by_its_share_and_told_it_takes_no_counts():
    """hls4ml_dsp_aware on an already pruned jet tagger at dsp=0.3: "DSP rose from 945 to 1,111 ... and no
    count of the budget bounds it: ... add a dsp count to the budget", though the budget given was dsp=0.3
    and the method takes no counts. Its DSP is judged by its status now (`pruning.run.judge_peer`)."""
    from fpgaprune.api import unbounded_growth

    before = {"dsp": 945, "bram_18k": 0, "lut": 45488, "ff": 4084}
    after = {"dsp": 1111, "bram_18k": 0, "lut": 138382, "ff": 4084}
    (line,) = unbounded_growth(before, after, parse_budget({"dsp": 0.3}), "hls4ml_dsp_aware")
    assert line == (
        "LUT rose from 45,488 to 138,382 (x3.0; estimate, weight layers) and no count of the budget bounds "
        "it: hls4ml_dsp_aware traded it for what it budgets; a share removed (--budget ...=0.3) is not a "
        "count, and hls4ml_dsp_aware takes only shares: give counts to a knapsack method (--method "
        "knapsack_dsp --budget dsp=N,lut=M) or budget a whole part (--part)"
    )
    dsp, _ = unbounded_growth(before, after, parse_budget({"dsp": 0.3}), "magnitude")
    assert dsp.startswith("DSP rose") and "(--method knapsack_dsp --budget dsp=N)" in dsp  # not dsp=N,dsp=M


def test_hls4ml_s_own_loop_short_of_its_share_says_what_it_did_not_that_no_step_was_accepted():
    """Its record has no steps: reached 0 is DSP not removed (or risen), and the line says by how much and,
    below the bar, the validation accuracy; it said "ok: ... target 0.3 removed (no counts)"."""
    metrics = {
        "method": "hls4ml_dsp_aware",
        "target": 0.3,
        "reached_target": 0.0,
        "reference_val_accuracy": 1.0,
        "val_accuracy": 0.942,
        "peer": {"dsp": {"unpruned": 945.0, "pruned": 1111.0}},
    }
    assert stopped_why(metrics, "target_not_reached", 0.97) == (
        " (hls4ml's loop took DSP 945 -> 1,111, not 30 % less (estimate); validation accuracy 0.942 below "
        "rtol 0.97 x 1.0000: the warnings above say why)"
    )
    met = {**metrics, "reached_target": 0.4, "peer": {"dsp": {"unpruned": 945.0, "pruned": 567.0}}}
    assert stopped_why(met, "target_not_reached", 0.97) == (
        " (validation accuracy 0.942 below rtol 0.97 x 1.0000: the warnings above say why)"
    )
    summary = {"status": "target_not_reached", "dsp": 1111, "bram_18k": 0, "lut": 138382, "ff": 10154}
    summary |= {"budget": {"dsp": 661}, "reached_target": 0.0, "method": "hls4ml_dsp_aware"}
    assert outcome_line(summary, hls=False, share=0.3).endswith(
        "budget (a share of 0.3 removed): DSP 661 (not reached: DSP 1,111 > 661)"
    )


def test_a_design_written_for_pruning_above_the_configured_one_is_said_before_and_after():
    """6-bit weights under hls4ml's Resource kernel pair two products per DSP (estimate); written for pruning
    as Resource_Unrolled the estimate charges one each, so a share of that larger count was removed and a
    QKeras MLP ended at 187 DSP against its own unpruned 139, with no line saying so."""
    from fpgaprune.api import larger_than_given_line, written_otherwise_line
    from fpgaprune.core.hardware.cost import estimate_model

    kernel = np.round(np.random.default_rng(0).uniform(-1, 1, (64, 32)) * 16) / 16
    vivado = Target(hls_tool="vivado", part="xcvu9p-flga2104-2L-e")
    given, written = (
        [
            LayerHardware(
                "fc1", "dense", (64, 32), 8, strategy, weight_type="fixed<6,1>", input_type="ufixed<6,2>"
            )
        ]
        for strategy in ("resource", "resource_unrolled")
    )
    configured, baseline = (estimate_model(layers, [kernel], vivado).totals for layers in (given, written))
    assert configured["dsp"] == 128 and baseline["dsp"] == 256
    line = written_otherwise_line(configured, baseline, given, written)
    assert line.startswith(
        "the design as the hls4ml configuration gives it takes DSP 128 (estimate); written "
    )
    assert "(fc1 as Resource_Unrolled" in line and "it takes 256 before any pruning" in line
    assert written_otherwise_line(baseline, baseline, written, written) is None
    assert "takes DSP 187 (estimate, weight layers), more than the 128" in larger_than_given_line(
        configured, {"dsp": 187}
    )
    assert larger_than_given_line(configured, {"dsp": 100}) is None


def test_a_whole_project_the_model_cannot_estimate_is_warned_of_not_raised(tmp_path, caplog):
    """The design is built and simulated when its whole estimate is read: an unavailable one (recorded with
    its reason, `hls.run.whole_project_estimate`) is one warning, and the budget is not checked against it (it
    raised, losing the line that the pruning is done; a review, 2026-12-07)."""
    from fpgaprune.api import checked_project_estimate

    resources = {"by_source": {"estimate": {"whole_project": {"unavailable": "no weight layer call found"}}}}
    with caplog.at_level("WARNING"):
        assert checked_project_estimate(tmp_path / "project", resources, {"dsp": 10.0}) is None
    (warning,) = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warning == (
        "the whole project's estimate is unavailable (no weight layer call found); it is not checked against "
        "the budget"
    )


def test_a_latency_dense_vivado_hls_will_not_unroll_is_warned_of_before_training(caplog):
    """A Dense of 80 x 60 = 4,800 products under the Vivado backend's Latency strategy: Vivado HLS stops
    unrolling loops of more than 4,096 iterations (`logic.unroll_limit_warning`), so the pruned design is
    unlikely to build; `optimize` says so before the walk (it said nothing; a review, 2026-12-07)."""
    from fpgaprune.compat import keras

    import fpgaprune

    keras.utils.set_random_seed(0)
    inputs = keras.Input((80,), name="x")
    h = keras.layers.Dense(60, activation="relu", name="fc1")(inputs)
    model = keras.Model(inputs, keras.layers.Dense(3, activation="softmax", name="out")(h))
    x = np.random.default_rng(0).normal(size=(64, 80)).astype(np.float32)
    y = np.argmax(model.predict(x, verbose=0), axis=1)
    hls_config = {
        "Backend": "Vivado",
        "HLSConfig": {"Model": {"Precision": "ap_fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"}},
    }
    with caplog.at_level("INFO"):
        fpgaprune.optimize(model, (x, y), (x, y), hls_config=hls_config, budget={"dsp": 100000})
    messages = [r.getMessage() for r in caplog.records]
    (warning,) = [m for m in messages if "Vivado HLS stops unrolling" in m]
    assert warning.startswith("fc1: its Latency kernel unrolls 4,800 products")
    start = next(i for i, m in enumerate(messages) if m.startswith("unpruned design"))
    assert messages.index(warning) < start  # before any training


def test_a_written_project_slower_than_the_latency_its_design_met_is_warned_of():
    from fpgaprune.api import project_latency_over_line

    latency = {"given": "150 cycles", "cycles": 150, "design_estimate": 120, "met": True}
    line = project_latency_over_line(latency, {"latency_cycles": 263})
    assert line.startswith("the written hls4ml project's estimate takes 263 cycles, over the latency 150 ")
    assert project_latency_over_line(latency, {"latency_cycles": 150}) is None
    assert project_latency_over_line({**latency, "met": False}, {"latency_cycles": 263}) is None
    assert project_latency_over_line(None, {"latency_cycles": 263}) is None
    assert project_latency_over_line(latency, None) is None  # the whole project's estimate unavailable


def test_optimize_names_narrow_products_as_estimate_does():
    """`fpgaprune estimate` warns that 8-bit x 8-bit products may trade DSP for LUT; optimize said nothing,
    and after --hls stated the firmware's LUT products as settled (a review, 2026-12-07). One line a text."""
    from fpgaprune.api import layer_warnings

    def dense(name: str, bits: int) -> LayerHardware:
        return LayerHardware(
            name, "dense", (16, 8), weight_type=f"fixed<{bits},1>", input_type=f"fixed<{bits},3>"
        )

    (names, line), *_ = layer_warnings([dense("fc1", 8), dense("fc2", 8), dense("out", 16)], "vitis")
    assert names == ["fc1", "fc2"] and "its DSP and LUT numbers may trade places" in line
    assert layer_warnings([dense("out", 16)], "vitis") == []
