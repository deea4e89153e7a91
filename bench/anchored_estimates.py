"""Report-anchored estimates on the blind scorings: est(target) x report(ref) / est(ref) against the raw one.

A user with one csynth report of a design of their family (same repository, HLS tool and version, part, clock
and io type) scales the estimate of another design by the reference's report / estimate, per resource. This
bench measures that from the blind score files alone (estimates made once, blind, with the model of their
day; no refit, no Vivado): every ordered pair (target, reference) of distinct designs of one set and group.

Populations: the pooled small sets (`heldout.BLIND_FIRST_SCORING_LABELS`, sets 8 and 12-25, rows
`heldout.BLIND_LEFT_OUT` left out), design totals and weight layers whose name and kind the reference has;
set 9 (`cost_model_heldout9.csv`, 987 one-layer designs) and set 10 (`cost_model_heldout10_main.csv`, 454
chains), design totals, each one group. The small sets' reuse factors are read from the stored projects'
weight layers (`project.read_project`); sets 9 and 10 carry theirs.

Errors (as the bands): LUT, FF |x - r| / r (rows with r = 0 dropped); DSP |x - r| / max(1, r); latency in band
units |x - r| / max(1, 0.1 r). Anchored value: est(t) x rep(ref) / est(ref); where est(ref) = 0 the ratio is 1
if rep(ref) = 0, else there is no anchor and the raw estimate stands (counted as `no_anchor`).

Rules, fixed before any result was looked at:
* `all refs`: per target, the median of its anchored errors over every reference of its group; the table gives
  the median (p90) over targets of that, against the median (p90) of the same targets' raw errors.
* `nearest`: per target, the one reference whose estimated design LUT is nearest (|log ratio|; ties: name).
* `same network` (sets 9 and 10): per target, the median over references of the same network (`model_name`),
  i.e. other reuse factors / strategy of the same layer sizes and weight bits.
* regime split: a pair is `same regime` when ref and target have the same strategy (the set of their weight
  layers' strategies) and the same RF class (every weight layer RF = 1, or not); per target the median over
  the references of each kind; `worse` / `better` count pairs whose anchored error is above / below the raw.
* verdict rule for building `estimate --reference`: anchoring "clearly helps" if, on the pooled small sets'
  design totals, the `all refs` median of LUT and FF each drop by at least 30 % of the raw median and their
  p90 does not rise.

    PYTHONPATH=src nice -n 19 .venv/bin/python bench/anchored_estimates.py [--out-dir results/bench]
"""

import argparse
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from fpgaprune.core.hardware import heldout as h
from fpgaprune.core.hardware.project import read_project

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "core" / "hardware" / "data"
RESULTS = ROOT / "results" / "bench"
METRICS = ("lut", "ff", "dsp", "latency_cycles")
GROUP = ("set", "repo", "hls_tool", "hls_version", "part", "clock_ns", "io_type")


def relative_error(metric: str, value, report):
    """The band's error of `value` against `report` (arrays): NaN where a LUT/FF report is 0."""
    value, report = np.asarray(value, float), np.asarray(report, float)
    if metric == "dsp":
        return np.abs(value - report) / np.maximum(1.0, report)
    if metric == "latency_cycles":
        return np.abs(value - report) / np.maximum(1.0, 0.1 * report)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(report > 0, np.abs(value - report) / np.where(report > 0, report, 1.0), np.nan)


def anchor_ratio(estimate_ref, report_ref):
    """rep(ref) / est(ref); 1 where both are 0; NaN (no anchor) where only the estimate is 0."""
    estimate_ref, report_ref = np.asarray(estimate_ref, float), np.asarray(report_ref, float)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = report_ref / np.where(estimate_ref > 0, estimate_ref, 1.0)
    return np.where(estimate_ref > 0, ratio, np.where(report_ref == 0, 1.0, np.nan))


def weight_layer_rf(set_dir: Path, design: str) -> list[int]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        layers, _, _ = read_project(set_dir / "projects" / design)
    return [layer.reuse_factor for layer in layers]


def small_set_rows(label: str) -> pd.DataFrame:
    """One blind score file's rows with the design's group keys, strategy, RF class and estimated LUT."""
    set_name = "heldout" + label.split("_")[0]
    rows = pd.read_csv(RESULTS / f"cost_model_heldout{label}.csv", keep_default_na=False)
    left_out = rows.apply(lambda row: h.left_out_of_pool(row, h.BLIND_LEFT_OUT), axis=1)
    rows = rows[~left_out & rows["metric"].isin(METRICS)].copy()
    manifest = pd.read_csv(DATA / set_name / "MANIFEST.tsv", sep="\t")
    layers = rows[rows["kind"] != "design"]
    designs = pd.DataFrame({"design": sorted(rows["design"].unique())})
    designs["io_type"] = designs["design"].map(
        lambda d: (
            "io_stream" if (layers[layers["design"] == d]["io_type"] == "io_stream").any() else "io_parallel"
        )
    )
    designs["strategy"] = designs["design"].map(
        lambda d: "+".join(sorted(set(layers[layers["design"] == d]["strategy"]))) or "none"
    )
    designs["rf_class"] = designs["design"].map(
        lambda d: "RF=1" if all(rf == 1 for rf in weight_layer_rf(DATA / set_name, d)) else "RF>1"
    )
    designs = designs.merge(manifest[["design", *GROUP[1:-1]]], on="design")
    rows = rows.drop(columns=["strategy", "io_type"]).merge(designs, on="design")
    rows["set"] = set_name
    rows["network"] = rows["design"]
    return rows


def grid_rows(path: Path, set_name: str) -> pd.DataFrame:
    """Set 9's or 10's design-total rows as one group (one repository, tool, part, 5 ns, io_parallel)."""
    rows = pd.read_csv(path)
    rows = rows[rows["metric"].isin(METRICS)].copy()
    designs = pd.read_csv(DATA / set_name / "designs.csv")
    extra = designs[["design", "model_name", "strategy"]].rename(columns={"model_name": "network"})
    rows = rows.drop(columns=[c for c in ("strategy",) if c in rows]).merge(extra, on="design")
    rows["rf_class"] = np.where(rows["rf"] == 1, "RF=1", "RF>1")
    rows["layer"], rows["kind"], rows["set"] = "(design)", "design", set_name
    for key in GROUP[1:]:
        rows[key] = set_name
    return rows


def with_size(rows: pd.DataFrame) -> pd.DataFrame:
    """Adds `size`: the design's estimated LUT (what a user has of every design without a report; NaN for a
    design whose total is left out of the pool)."""
    lut = rows[(rows["kind"] == "design") & (rows["metric"] == "lut")]
    size = dict(zip(zip(lut["set"], lut["design"]), lut["estimate"].astype(float)))
    rows = rows.copy()
    rows["size"] = [size.get((s, d), np.nan) for s, d in zip(rows["set"], rows["design"])]
    return rows


def pair_matrices(block: pd.DataFrame) -> dict:
    """Raw and anchored errors of every (target, reference) pair of one group, layer and metric."""
    metric = block["metric"].iloc[0]
    estimate, report = block["estimate"].to_numpy(float), block["report"].to_numpy(float)
    ratio = anchor_ratio(estimate, report)  # per reference
    anchored = estimate[:, None] * np.where(np.isnan(ratio), 1.0, ratio)[None, :]
    raw = relative_error(metric, estimate, report)
    anchored_error = relative_error(metric, anchored, report[:, None])
    strategy, rf_class = block["strategy"].to_numpy(), block["rf_class"].to_numpy()
    same = (strategy[:, None] == strategy[None, :]) & (rf_class[:, None] == rf_class[None, :])
    valid = ~np.eye(len(block), dtype=bool) & ~np.isnan(raw)[:, None]
    return {
        "raw": raw,
        "anchored": anchored_error,
        "no_anchor": np.broadcast_to(np.isnan(ratio)[None, :], anchored.shape),
        "same": same,
        "network": block["network"].to_numpy()[:, None] == block["network"].to_numpy()[None, :],
        "valid": valid,
        "size": block["size"].to_numpy(float),
        "design": block["design"].to_numpy(),
    }


def nearest_reference(sizes: np.ndarray, names: np.ndarray, target: int, allowed: np.ndarray) -> int | None:
    candidates = np.flatnonzero(allowed)
    if not len(candidates):
        return None
    distance = np.abs(np.log(np.maximum(sizes[candidates], 1.0) / max(sizes[target], 1.0)))
    return int(candidates[np.lexsort((names[candidates], distance))[0]])


def target_records(matrices: dict, rule: str, split: str) -> list[tuple]:
    """(raw error, anchored error, pairs, worse, better, no_anchor) of every target under a rule and split."""
    m = matrices
    records = []
    for t in range(len(m["raw"])):
        allowed = m["valid"][t].copy()
        if split == "same regime":
            allowed &= m["same"][t]
        elif split == "other regime":
            allowed &= ~m["same"][t]
        if rule == "same network":
            allowed &= m["network"][t]
        if rule == "nearest":
            r = nearest_reference(m["size"], m["design"], t, allowed)
            allowed = np.zeros_like(allowed)
            if r is not None:
                allowed[r] = True
        refs = np.flatnonzero(allowed)
        if not len(refs):
            continue
        anchored = m["anchored"][t, refs]
        raw = m["raw"][t]
        records.append(
            (
                raw,
                float(np.median(anchored)),
                len(refs),
                int((anchored > raw + 1e-9).sum()),
                int((anchored < raw - 1e-9).sum()),
                int(m["no_anchor"][t, refs].sum()),
            )
        )
    return records


def summary_rows(rows: pd.DataFrame, population: str, level: str, rules) -> list[dict]:
    blocks = {}
    for key, block in rows.groupby([*GROUP, "layer", "kind", "metric"], sort=True):
        if len(block) > 1:
            blocks.setdefault(key[-1], []).append(pair_matrices(block.sort_values("design")))
    out = []
    for metric in METRICS:
        for rule in rules:
            for split in ("all", "same regime", "other regime"):
                records = [r for m in blocks.get(metric, []) for r in target_records(m, rule, split)]
                if records:
                    out.append(summary_row(population, level, metric, rule, split, records))
    return out


def summary_row(population, level, metric, rule, split, records) -> dict:
    raw, anchored, pairs, worse, better, no_anchor = (np.array(column) for column in zip(*records))
    return {
        "population": population,
        "level": level,
        "metric": metric,
        "rule": rule,
        "split": split,
        "targets": len(records),
        "pairs": int(pairs.sum()),
        "raw_median": round(float(np.median(raw)), 4),
        "raw_p90": round(float(np.percentile(raw, 90)), 4),
        "anchored_median": round(float(np.median(anchored)), 4),
        "anchored_p90": round(float(np.percentile(anchored, 90)), 4),
        "targets_worse": int((anchored > raw + 1e-9).sum()),
        "targets_better": int((anchored < raw - 1e-9).sum()),
        "pairs_worse": int(worse.sum()),
        "pairs_better": int(better.sum()),
        "pairs_no_anchor": int(no_anchor.sum()),
    }


def markdown(summary: pd.DataFrame) -> str:
    columns = ["population", "level", "metric", "rule", "split", "targets", "pairs"]
    lines = [
        "| " + " | ".join(columns) + " | raw median (p90) | anchored median (p90) | targets worse/better | "
        "pairs worse/better (no anchor) |",
        "|" + "---|" * (len(columns) + 4),
    ]
    for row in summary.to_dict("records"):
        lines.append(
            "| "
            + " | ".join(str(row[c]) for c in columns)
            + f" | {row['raw_median']:.3f} ({row['raw_p90']:.2f}) | {row['anchored_median']:.3f} "
            f"({row['anchored_p90']:.2f}) | {row['targets_worse']}/{row['targets_better']} | "
            f"{row['pairs_worse']}/{row['pairs_better']} ({row['pairs_no_anchor']}) |"
        )
    return "\n".join(lines) + "\n"


def verdict(summary: pd.DataFrame) -> str:
    """The docstring's rule: on the small sets' design totals (`all refs`), LUT's and FF's anchored medians
    each at most 0.7 of the raw and their p90 not above the raw p90."""
    rows = summary[
        (summary["population"] == "small sets")
        & (summary["level"] == "design")
        & (summary["rule"] == "all refs")
        & (summary["split"] == "all")
        & summary["metric"].isin(["lut", "ff"])
    ]
    checks = [
        f"{r.metric}: median {r.raw_median:.3f} -> {r.anchored_median:.3f} "
        f"({'ok' if r.anchored_median <= 0.7 * r.raw_median else 'NOT <= 0.7x'}), p90 {r.raw_p90:.2f} -> "
        f"{r.anchored_p90:.2f} ({'ok' if r.anchored_p90 <= r.raw_p90 else 'RISES'})"
        for r in rows.itertuples()
    ]
    helps = all(
        r.anchored_median <= 0.7 * r.raw_median and r.anchored_p90 <= r.raw_p90 for r in rows.itertuples()
    )
    return (
        f"Verdict (rule fixed before the run): anchoring "
        f"{'clearly helps' if helps else 'does NOT clearly help'}; " + "; ".join(checks)
    )


def pair_table(rows: pd.DataFrame) -> pd.DataFrame:
    """Every (target, reference) pair of the small sets, design totals and layers, with both raw errors."""
    out = []
    for key, block in rows.groupby([*GROUP, "layer", "kind", "metric"], sort=True):
        if len(block) < 2:
            continue
        block = block.sort_values("design")
        m = pair_matrices(block)
        for t, r in zip(*np.nonzero(m["valid"])):
            out.append(
                {
                    **dict(zip([*GROUP, "layer", "kind", "metric"], key)),
                    "target": m["design"][t],
                    "reference": m["design"][r],
                    "same_regime": bool(m["same"][t, r]),
                    "target_regime": f"{block['strategy'].iloc[t]} {block['rf_class'].iloc[t]}",
                    "reference_regime": f"{block['strategy'].iloc[r]} {block['rf_class'].iloc[r]}",
                    "raw_error": round(float(m["raw"][t]), 4),
                    "reference_raw_error": round(float(m["raw"][r]), 4),
                    "anchored_error": round(float(m["anchored"][t, r]), 4),
                    "no_anchor": bool(m["no_anchor"][t, r]),
                }
            )
    return pd.DataFrame(out)


def worse_by_reference_error(pairs: pd.DataFrame) -> list[str]:
    """How often anchoring is worse when the reference's own raw error is above / not above the target's."""
    lines = []
    for (level, metric), block in pairs.groupby([pairs["kind"] == "design", "metric"]):
        for label, part in (
            ("ref raw error > target's", block[block["reference_raw_error"] > block["raw_error"]]),
            ("ref raw error <= target's", block[block["reference_raw_error"] <= block["raw_error"]]),
        ):
            worse = int((part["anchored_error"] > part["raw_error"] + 1e-9).sum())
            lines.append(f"| {'design' if level else 'layer'} | {metric} | {label} | {len(part)} | {worse} |")
    return ["| level | metric | pairs where | pairs | anchored worse |", "|---|---|---|---|---|", *lines]


def twin_note(rows: pd.DataFrame, population: str) -> str:
    """How many targets' `nearest` reference has the same estimated LUT and the same reported LUT (twins)."""
    block = rows[rows["metric"] == "lut"].sort_values("design")
    m = pair_matrices(block)
    report = block["report"].to_numpy(float)
    equal_size = equal_both = 0
    for t in range(len(block)):
        r = nearest_reference(m["size"], m["design"], t, m["valid"][t])
        equal_size += m["size"][r] == m["size"][t]
        equal_both += m["size"][r] == m["size"][t] and report[r] == report[t]
    return (
        f"{population}: the `nearest` reference of {equal_size} of {len(block)} targets has the same "
        f"estimated LUT, {equal_both} of them also the same reported LUT (near-identical designs, e.g. other "
        "weight bits)."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=RESULTS)
    args = parser.parse_args()
    small = with_size(pd.concat([small_set_rows(label) for label in h.BLIND_FIRST_SCORING_LABELS]))
    set9 = with_size(grid_rows(RESULTS / "cost_model_heldout9.csv", "heldout9"))
    set10 = with_size(grid_rows(RESULTS / "cost_model_heldout10_main.csv", "heldout10"))
    small_rules, grid_rules = ("all refs", "nearest"), ("all refs", "nearest", "same network")
    summary = pd.DataFrame(
        [
            *summary_rows(small[small["kind"] == "design"], "small sets", "design", small_rules),
            *summary_rows(small[small["kind"] != "design"], "small sets", "layer", small_rules),
            *summary_rows(set9, "set 9", "design", grid_rules),
            *summary_rows(set10, "set 10", "design", grid_rules),
        ]
    )
    pairs = pair_table(small)
    text = "\n\n".join(
        [
            "# Report-anchored estimates on the blind scorings (`bench/anchored_estimates.py`)",
            verdict(summary),
            markdown(summary).strip(),
            "Small sets, pairs by the reference's own raw error (`anchored_estimates_pairs.csv`):",
            "\n".join(worse_by_reference_error(pairs)),
            twin_note(set9, "set 9") + " " + twin_note(set10, "set 10"),
        ]
    )
    args.out_dir.mkdir(parents=True, exist_ok=True)
    summary.to_csv(args.out_dir / "anchored_estimates.csv", index=False)
    pairs.to_csv(args.out_dir / "anchored_estimates_pairs.csv", index=False)
    (args.out_dir / "anchored_estimates.md").write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
