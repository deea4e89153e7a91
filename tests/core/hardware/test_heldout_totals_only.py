"""A held-out set of design totals only (no per-instance report rows, as hls4ml's own CI baselines give):
scored by design, and a design the estimate refuses is named, not dropped (`heldout.design_comparisons`)."""

import shutil
from pathlib import Path

import pytest

from fpgaprune.core.hardware.heldout import (
    design_comparisons,
    layer_comparisons,
    pooled_errors,
    refused_designs,
)

SET_25 = Path(__file__).parent / "data" / "heldout25"
MANIFEST_HEADER = "design\trepo\tcommit\tproject_dir\tcsynth_report\thls_tool\thls_version\tpart\tclock_ns\n"


@pytest.fixture
def totals_only_set(tmp_path):
    """Set 25's design F1 as a totals-only set, beside a design whose project has no parameters.h."""
    root = tmp_path / "heldout_totals"
    shutil.copytree(SET_25 / "projects" / "F1", root / "projects" / "F1")
    shutil.copytree(SET_25 / "projects" / "F1", root / "projects" / "F2")
    (root / "projects" / "F2" / "firmware" / "parameters.h").unlink()
    row = "\trepo/x\t0\tp\tp/r.rpt\tVivado HLS\t2020.1\txc7z020-clg400-1\t5.0\n"
    (root / "MANIFEST.tsv").write_text(MANIFEST_HEADER + "F1" + row + "F2" + row)
    total = {line.split(",")[1]: line for line in (SET_25 / "summary.csv").read_text().splitlines()}["Total"]
    (root / "summary.csv").write_text(
        "design,row,dsp,bram_18k,lut,ff,latency_max,ii\n" + total + "\n" + total.replace("F1", "F2", 1) + "\n"
    )
    return root


def test_a_set_without_instance_rows_has_no_layer_comparisons(totals_only_set):
    assert layer_comparisons(totals_only_set) == []


def test_a_refused_design_is_named_with_its_message_and_the_others_are_scored(totals_only_set):
    failures = []
    comparisons = design_comparisons(totals_only_set, failures)
    assert {c.design for c in comparisons} == {"F1"}
    assert {c.metric for c in comparisons} == {"dsp", "bram_18k", "lut", "ff", "latency_cycles", "ii"}
    assert [design for design, _ in failures] == ["F2"]
    assert "parameters.h" in failures[0][1]


def test_without_a_failures_list_the_refusal_is_raised(totals_only_set):
    with pytest.raises((ValueError, OSError), match="parameters.h"):
        design_comparisons(totals_only_set)


def test_a_refused_design_in_a_score_file_counts_in_the_median_as_the_worst(tmp_path):
    """bench/cost_model_heldout.py writes a refused design: estimate `refused`, error inf per metric; the
    pool's median counts it as the worst error, its worst is the estimated designs'."""
    rows = ["design,layer,kind,strategy,io_type,metric,estimate,report,error"]
    rows += [f"H1,(design),design,,,{m},1.0,1.0,{e}" for m, e in (("lut", 0.1), ("ff", 0.3))]
    rows += [f"H2,(design),design,,,{m},1.0,1.0,{e}" for m, e in (("lut", 0.2), ("ff", 0.4))]
    rows += [f"H3,(design),design,,,{m},refused,,inf" for m in ("lut", "ff")]
    (tmp_path / "cost_model_heldout99_blind.csv").write_text("\n".join(rows) + "\n")
    scores = [tmp_path / "cost_model_heldout99_blind.csv"]
    assert pooled_errors(scores, designs=True) == {"lut": (0.2, 0.2), "ff": (0.4, 0.4)}
    assert refused_designs(scores) == ["heldout99_blind/H3"]
