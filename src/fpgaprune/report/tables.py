"""The result tables: the summary (one row per design), per-experiment tables and the headline.

Each resource number of the hls4ml design is taken from the most authoritative source that has it
(`PRECEDENCE`) and its source is kept beside it (`source_*` columns). A reduction compares a pruned
design with the baseline design of the same experiment and reuse-factor setting in the best source
both have, so a synthesis result is never divided by an estimate.

yosys synthesises a different circuit, da4ml's multiplier-free implementation of the same model (no
DSPs, no BRAM, more LUTs): its LUT and FF go to their own `yosys_*` columns and are never mixed
with the hls4ml design's numbers, which would describe a design that does not exist.
"""

import math
import re

import pandas as pd

from fpgaprune.core.selection.methods import METHOD_NAMES
from fpgaprune.report.records import (
    BASELINE,
    IDENTITY,
    REGRESSION_COLUMNS,
    WHOLE_DESIGN_COLUMNS,
    RecordTables,
    budget_label,
    design_id,
)
from fpgaprune.report.render import Cell, Table

_VENDOR = ("vivado", "vitis")
PRECEDENCE = {
    # hls_code counts the multipliers the firmware allows: exact for Resource_Unrolled (where the
    # estimate equals it), only an upper bound for Latency layers, whose constant products HLS
    # simplifies; so it is the last resort, and kept in its own column (dsp_hls_code).
    "dsp": (*_VENDOR, "estimate", "hls_code"),
    "bram_18k": (*_VENDOR, "estimate"),
    "lut": (*_VENDOR, "estimate"),
    "ff": (*_VENDOR, "estimate"),
    "latency_cycles": (*_VENDOR, "estimate"),
    "latency_ns": (*_VENDOR, "estimate"),
    "ii": (*_VENDOR, "estimate"),
}
REDUCED = ("dsp", "bram_18k", "lut", "ff")
METHOD_ORDER = (BASELINE, *METHOD_NAMES)
PRUNED_OK = ("ok", "target_not_reached", "over_budget")  # pruned designs, whatever stopped them
HEADLINE_MAX_LOSS_POINTS = 1.0
SUMMARY_COLUMNS = (
    *IDENTITY,
    "dataset",
    "model",
    "reached_target",
    "status",
    "accuracy",
    "val_accuracy",
    "hls_accuracy",
    "hls_samples",
    "accuracy_loss_points",
    "val_accuracy_loss_points",
    *PRECEDENCE,
    "source_dsp",
    "source_bram_18k",
    "source_lut",
    "source_ff",
    "source_latency",
    "source_ii",
    *WHOLE_DESIGN_COLUMNS,
    *(f"{m}_reduction_pct" for m in REDUCED),
    *(f"source_{m}_reduction" for m in REDUCED),
    "dsp_hls_code",
    "yosys_lut",
    "yosys_ff",
    "yosys_lut_reduction_pct",
    "synthesis",
    "synthesis_status",
    "layer_settings",
    "note",
)
# With a regression's designs: its metric (mse, mae; lower is better), Keras test and C-simulation values
# and the Keras value's change against the experiment's baseline in % (positive: worse); accuracy empty
SUMMARY_REGRESSION_COLUMNS = (*REGRESSION_COLUMNS, "metric_change_pct")
LABELS = {"dsp": "DSP", "bram_18k": "BRAM_18K", "lut": "LUT", "ff": "FF"}


class SourceLookup:
    """Resource values of every design by metric and source, from the long resources table."""

    def __init__(self, resources: pd.DataFrame):
        self._values: dict[tuple[str, str], dict[str, float]] = {}
        for design, metric, source, value in resources[["design", "metric", "source", "value"]].itertuples(
            index=False
        ):
            self._values.setdefault((design, metric), {})[source] = value

    def best(self, design: str, metric: str) -> tuple[float | None, str | None]:
        """(value, source) of the most authoritative source that has `metric` for `design`."""
        values = self._values.get((design, metric), {})
        source = next((s for s in PRECEDENCE[metric] if s in values), None)
        return (values[source], source) if source else (None, None)

    def value(self, design: str, metric: str, source: str) -> float | None:
        """`metric` of `design` as `source` gives it (None if it does not)."""
        return self._values.get((design, metric), {}).get(source)

    def common(
        self, design: str, baseline: str, metric: str
    ) -> tuple[float | None, float | None, str | None]:
        """(design value, baseline value, source) in the best source both designs have."""
        ours, theirs = self._values.get((design, metric), {}), self._values.get((baseline, metric), {})
        source = next((s for s in PRECEDENCE[metric] if s in ours and s in theirs), None)
        return (ours[source], theirs[source], source) if source else (None, None, None)


def summary_table(tables: RecordTables) -> pd.DataFrame:
    """One row per design with best-source numbers, their sources and the reductions (SUMMARY_COLUMNS; with
    a regression's designs among them also SUMMARY_REGRESSION_COLUMNS, its metric where accuracy is empty)."""
    lookup = SourceLookup(tables.resources)
    baseline_accuracy = {key: _baseline_values(tables.designs, key) for key in ("accuracy", "val_accuracy")}
    rows = [_summary_row(row, lookup, baseline_accuracy) for row in tables.designs.to_dict("records")]
    columns = SUMMARY_COLUMNS
    if regression_metric_of(tables.designs) is not None:  # a classifier-only summary keeps its columns
        reference = _baseline_values(tables.designs, "metric_value")
        rows = [row | {"metric_change_pct": _change_pct(row, reference)} for row in rows]
        columns += SUMMARY_REGRESSION_COLUMNS
    return pd.DataFrame(sorted(rows, key=_order_key), columns=columns)


def _baseline_values(designs: pd.DataFrame, column: str) -> dict[str, float]:
    baselines = designs[designs["method"] == BASELINE]
    return dict(zip(baselines["experiment"], baselines[column]))


def _change_pct(row: dict, reference: dict[str, float]) -> float | None:
    """A regression design's Keras test loss against its experiment's baseline's, in % (positive: worse)."""
    value, baseline = row.get("metric_value"), reference.get(row["experiment"])
    if not (_present(value) and _present(baseline)) or baseline == 0:
        return None
    return round(100 * (value / baseline - 1), 6)


def regression_metric_of(rows: pd.DataFrame) -> str | None:
    """The metric (mse, mae) of an experiment's summary rows when it is a regression, else None."""
    if "metric" not in rows.columns:
        return None
    found = rows["metric"].dropna()
    return str(found.iloc[0]) if len(found) else None


def _summary_row(row: dict, lookup: SourceLookup, baseline_accuracy: dict[str, dict[str, float]]) -> dict:
    design, baseline = row["design"], design_id(row["experiment"], row["rf_setting"], BASELINE, None)
    out = dict(row)
    for metric in PRECEDENCE:
        out[metric], source = lookup.best(design, metric)
        if metric != "latency_ns":  # same source as latency_cycles whenever both exist
            out[_source_column(metric)] = source
    for metric in REDUCED:
        ours, theirs, source = lookup.common(design, baseline, metric)
        valid = row["method"] != BASELINE and theirs is not None and theirs > 0
        out[f"{metric}_reduction_pct"] = 100 * (1 - ours / theirs) if valid else None
        out[f"source_{metric}_reduction"] = source if valid else None
    out.update(_own_source_columns(lookup, design, baseline, row["method"] != BASELINE))
    for key in ("accuracy", "val_accuracy"):  # rounded: 0.95 - 0.94 is 1.0000000000000009 points
        accuracy, reference = row.get(key), baseline_accuracy[key].get(row["experiment"])
        known = _present(accuracy) and _present(reference)
        out[f"{key}_loss_points"] = round(100 * (reference - accuracy), 6) if known else None
    return out


def _own_source_columns(lookup: SourceLookup, design: str, baseline: str, pruned: bool) -> dict:
    """The firmware's multiplier count; LUT, FF and LUT reduction of the da4ml circuit (yosys)."""
    lut, reference = lookup.value(design, "lut", "yosys"), lookup.value(baseline, "lut", "yosys")
    reduction = 100 * (1 - lut / reference) if pruned and lut is not None and reference else None
    return {
        "dsp_hls_code": lookup.value(design, "dsp", "hls_code"),
        "yosys_lut": lut,
        "yosys_ff": lookup.value(design, "ff", "yosys"),
        "yosys_lut_reduction_pct": reduction,
    }


def _source_column(metric: str) -> str:
    return "source_latency" if metric.startswith("latency") else f"source_{metric}"


def _order_key(row: dict) -> tuple:
    method = row["method"]
    rank = METHOD_ORDER.index(method) if method in METHOD_ORDER else len(METHOD_ORDER)
    budget = row["budget"] if _present(row.get("budget")) else ""
    target = row["target"] if _present(row["target"]) else (2.0 if budget else -1.0)  # counts after shares
    return row["experiment"], rf_order_key(row["rf_setting"]), rank, method, target, budget


def rf_order_key(setting: str) -> tuple:
    """Numeric reuse-factor settings in numeric order, then named ones alphabetically."""
    return (0, int(setting), "") if re.fullmatch(r"\d+", str(setting)) else (1, 0, str(setting))


def _present(value) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def headline_table(
    summary: pd.DataFrame, resources: pd.DataFrame, max_loss_points: float = HEADLINE_MAX_LOSS_POINTS
) -> pd.DataFrame:
    """Per experiment, the largest DSP and BRAM_18K reduction of a pruned design within `max_loss_points`.

    Args:
        summary: the summary table.
        resources: the long resources table (for the values behind each reduction).
        max_loss_points: largest accepted Keras validation-accuracy loss against the baseline's, in
            percentage points (test accuracy is reported, not chosen on).

    Returns:
        One row per experiment: baseline accuracy, then for dsp and bram_18k the reduction, the
        baseline and pruned values and their common source, the chosen design and its accuracy.
    """
    lookup = SourceLookup(resources)
    rows = []
    for experiment, group in summary.groupby("experiment", sort=True):
        baseline = group[group["method"] == BASELINE].iloc[0]
        row = {
            "experiment": experiment,
            "dataset": baseline["dataset"],
            "model": baseline["model"],
            "baseline_accuracy": baseline["accuracy"],
            "max_loss_points": max_loss_points,
        }
        metric = regression_metric_of(group)
        if metric is not None:  # an accuracy-loss criterion does not apply: said, no reduction chosen
            row |= {f"{resource}_{key}": None for resource in ("dsp", "bram_18k") for key in REDUCTION_KEYS}
            row["note"] = _not_applicable(experiment, metric)
            rows.append(row)
            continue
        for metric in ("dsp", "bram_18k"):
            row.update(_best_reduction(group, metric, max_loss_points, lookup))
        row["note"] = "; ".join(
            _why_none(group, metric, max_loss_points)
            for metric in ("dsp", "bram_18k")
            if not _present(row[f"{metric}_reduction_pct"])
        )
        rows.append(row)
    return pd.DataFrame(rows)


def _not_applicable(experiment: str, metric: str) -> str:
    return (
        f"a regression, judged on its {metric} (lower is better): the accuracy-loss headline does not apply; "
        f"its designs, {metric} and reductions are in results/tables/{experiment}/designs.md"
    )


def _why_none(group: pd.DataFrame, metric: str, max_loss_points: float) -> str:
    """Why an experiment has no headline reduction of `metric`."""
    name, baselines = LABELS[metric], group.loc[group["method"] == BASELINE, metric]
    pruned = group[group["method"] != BASELINE]
    if baselines.isna().all():
        return f"{name}: the baseline designs have no numbers"
    if (baselines.fillna(0) == 0).all():
        return f"{name}: the baseline designs use none"
    if pruned[f"{metric}_reduction_pct"].isna().all():
        return f"{name}: no pruned design has a number comparable with its baseline"
    return f"{name}: no pruned design within {max_loss_points:g} point of the baseline accuracy"


# what the headline holds of each resource's chosen design (`_best_reduction`)
REDUCTION_KEYS = (
    "reduction_pct",
    "baseline",
    "pruned",
    "source",
    "design",
    "method",
    "rf_setting",
    "target",
    "budget",
    "accuracy",
    "hls_accuracy",
    "status",
)


def _best_reduction(group: pd.DataFrame, metric: str, max_loss_points: float, lookup: SourceLookup) -> dict:
    column = f"{metric}_reduction_pct"
    # decided on validation accuracy, test accuracy reported: the design was chosen on the test set's, which
    # then reported it (a review, 2026-12-07)
    eligible = group[
        (group["method"] != BASELINE)
        & group["status"].isin(PRUNED_OK)
        & (group["val_accuracy_loss_points"] <= max_loss_points + 1e-9)
        & group[column].notna()
    ]
    if eligible.empty:
        return {f"{metric}_{key}": None for key in REDUCTION_KEYS}
    best = eligible.sort_values([column, "val_accuracy"], ascending=False).iloc[0]
    baseline = design_id(best["experiment"], best["rf_setting"], BASELINE, None)
    pruned, reference, source = lookup.common(best["design"], baseline, metric)
    values = (
        best[column],
        reference,
        pruned,
        source,
        best["design"],
        best["method"],
        best["rf_setting"],
        best["target"],
        best["budget"],
        best["accuracy"],
        best["hls_accuracy"],
        best["status"],
    )
    return {f"{metric}_{key}": value for key, value in zip(REDUCTION_KEYS, values)}


def headline_display(headline: pd.DataFrame) -> Table:
    """The headline as a display table (reductions with baseline → pruned values and sources)."""
    rows = []
    for row in headline.to_dict("records"):
        cells = [
            Cell(row["experiment"]),
            Cell(f"{row['dataset']} / {row['model']}"),
            Cell(_pct(row["baseline_accuracy"])),
        ]
        for metric in ("dsp", "bram_18k"):
            cells += _headline_cells(row, metric)
        rows.append(cells + [Cell(_text(row["note"]))])
    loss = headline["max_loss_points"].iloc[0] if len(headline) else HEADLINE_MAX_LOSS_POINTS
    header = [
        "experiment",
        "dataset / model",
        "baseline acc. %",
        "DSP reduction",
        "DSP: baseline → pruned",
        "DSP design (acc. %)",
        "BRAM reduction",
        "BRAM_18K: baseline → pruned",
        "BRAM design (acc. %)",
        "note",
    ]
    notes = [
        (
            "Each reduction is the largest among pruned designs whose Keras validation accuracy is within "
            f"{loss:g} percentage point of the baseline's (the accuracy shown is the test set's), against "
            "the baseline design of the same reuse-factor setting, in the best source both designs have. "
            "'-': none (the note says why)."
        )
    ]
    return Table(f"Resource reduction at ≤ {loss:g} point accuracy loss", header, rows, notes)


def _headline_cells(row: dict, metric: str) -> list[Cell]:
    if not _present(row.get(f"{metric}_reduction_pct")):
        return [Cell("-"), Cell("-"), Cell("-")]
    source = row[f"{metric}_source"]
    budget = budget_label({"target": row[f"{metric}_target"], "budget": row[f"{metric}_budget"]})
    design = f"{row[f'{metric}_method']} rf{row[f'{metric}_rf_setting']} {budget}"
    return [
        Cell(f"{row[f'{metric}_reduction_pct']:.1f} %", source),
        Cell(f"{_count(row[f'{metric}_baseline'])} → {_count(row[f'{metric}_pruned'])}", source),
        Cell(f"{design} ({_pct(row[f'{metric}_accuracy'])}){_over_budget(row.get(f'{metric}_status'))}"),
    ]


def _over_budget(status) -> str:
    """A headline design over its budget says so (a Conv1D tagger's headline was its xc7z020 design, whose
    whole project exceeded the part's LUT, with nothing in the row saying that it did not fit)."""
    return ", over its budget" if status == "over_budget" else ""


DESIGN_HEADER = [
    "method",
    "target / budget",
    "status",
    "acc. %",
    "C-sim acc. %",
    "DSP",
    "DSP −%",
    "BRAM_18K",
    "BRAM −%",
    "LUT",
    "LUT −%",
    "FF",
    "FF −%",
    "latency (cycles)",
    "latency (ns)",
    "II",
    "note",
]


YOSYS_HEADER = ["da4ml LUT", "da4ml LUT −%", "da4ml FF"]
YOSYS_NOTE = (
    "da4ml: yosys synthesis of da4ml's multiplier-free implementation of the same model, another circuit "
    "than the hls4ml design (no DSPs, no BRAM); its LUT reduction is against the baseline's da4ml circuit."
)


# The summary columns the designs tables read; every summary fpgaprune wrote has them
DESIGN_TABLE_COLUMNS = (
    "experiment",
    "rf_setting",
    "method",
    "target",
    "status",
    "accuracy",
    "hls_accuracy",
    "hls_samples",
    *REDUCED,
    *(f"source_{m}" for m in REDUCED),
    *(f"{m}_reduction_pct" for m in REDUCED),
    *(f"source_{m}_reduction" for m in REDUCED),
    "latency_cycles",
    "latency_ns",
    "ii",
    "source_latency",
    "source_ii",
    "note",
)
# Read when present, else taken as empty: a summary written before 2026-11-21 has no yosys columns (read as a
# run without yosys, whose columns are empty), nor an absolute budget's or a regression's
OPTIONAL_DESIGN_TABLE_COLUMNS = (
    "budget",
    "yosys_lut",
    "yosys_ff",
    "yosys_lut_reduction_pct",
    *REGRESSION_COLUMNS,
)


def experiment_tables(summary: pd.DataFrame, experiment: str, source: str = "the summary") -> list[Table]:
    """One display table per reuse-factor setting of `experiment`: every design, failed ones included.

    Args:
        summary: the summary table (`summary.csv`).
        experiment: the experiment's name.
        source: how errors name the summary (its file).

    Raises:
        ValueError: the summary lacks a column of `DESIGN_TABLE_COLUMNS`, or has no design of `experiment`.
    """
    check_columns(summary, DESIGN_TABLE_COLUMNS, source, "the designs tables")
    rows = summary[summary["experiment"] == experiment]
    if rows.empty:
        known = ", ".join(sorted(summary["experiment"].dropna().astype(str).unique())) or "none"
        raise ValueError(f"no design of experiment {experiment!r} in {source}; experiments: {known}")
    absent = [column for column in OPTIONAL_DESIGN_TABLE_COLUMNS if column not in rows.columns]
    rows = rows.reindex(columns=[*rows.columns, *absent])  # absent: empty, as in a run without them
    tables, yosys = [], bool(rows["yosys_lut"].notna().any())
    metric = regression_metric_of(rows)
    header = DESIGN_HEADER[:-1] + (YOSYS_HEADER if yosys else []) + DESIGN_HEADER[-1:]
    if metric is not None:  # a regression's columns hold its metric, named so
        header = [{"acc. %": metric, "C-sim acc. %": f"C-sim {metric}"}.get(h, h) for h in header]
    for setting in sorted(rows["rf_setting"].unique(), key=rf_order_key):
        designs = rows[rows["rf_setting"] == setting].to_dict("records")
        tables.append(
            Table(
                f"{experiment}, reuse-factor setting {setting}",
                header,
                [_design_cells(row, yosys, metric) for row in designs],
                [_accuracy_note(designs, metric)] + ([YOSYS_NOTE] if yosys else []),
            )
        )
    return tables


def check_columns(frame: pd.DataFrame, needed, source: str, reader: str) -> None:
    """Raise ValueError (one line) naming the columns of `needed` that `frame` (the table `source`, read by
    `reader`) lacks: a KeyError's traceback otherwise."""
    missing = [column for column in needed if column not in frame.columns]
    if missing:
        named = ", ".join(missing[:6]) + (f" and {len(missing) - 6} more" if len(missing) > 6 else "")
        raise ValueError(
            f"no column{'s' if len(missing) > 1 else ''} {named} in {source}, which {reader} read; "
            "give the table `fpgaprune aggregate` writes"
        )


def _design_cells(row: dict, yosys: bool, regression_metric: str | None = None) -> list[Cell]:
    if regression_metric is None:
        quality = [Cell(_pct(row["accuracy"])), Cell(_pct(row["hls_accuracy"]))]
    else:
        quality = [Cell(_loss(row["metric_value"])), Cell(_loss(row["hls_metric_value"]))]
    cells = [
        Cell(row["method"]),
        Cell(budget_label(row).removeprefix("t")),  # 0.9, or an absolute budget's counts
        Cell(row["status"]),
        *quality,
    ]
    for metric in REDUCED:
        cells.append(Cell(_count(row[metric]), _text(row[f"source_{metric}"])))
        reduction = row[f"{metric}_reduction_pct"]
        cells.append(
            Cell(f"{reduction:.1f}" if _present(reduction) else "", _text(row[f"source_{metric}_reduction"]))
        )
    latency_source = _text(row["source_latency"])
    cells += [
        Cell(_count(row["latency_cycles"]), latency_source),
        Cell(f"{row['latency_ns']:.1f}" if _present(row["latency_ns"]) else "", latency_source),
        Cell(_count(row["ii"]), _text(row["source_ii"])),
    ]
    if yosys:
        reduction = row["yosys_lut_reduction_pct"]
        cells += [
            Cell(_count(row["yosys_lut"]), "yosys"),
            Cell(f"{reduction:.1f}" if _present(reduction) else "", "yosys"),
            Cell(_count(row["yosys_ff"]), "yosys"),
        ]
    return cells + [Cell(" ".join(_text(row["note"]).split()))]


def _accuracy_note(designs: list[dict], metric: str | None = None) -> str:
    samples = {int(row["hls_samples"]) for row in designs if _present(row["hls_samples"])}
    label = "acc." if metric is None else metric
    simulated = (
        f"C-sim {label}: hls4ml's C simulation on {', '.join(map(str, sorted(samples)))} test samples. "
        if samples
        else ""
    )
    measured = (
        "acc.: Keras test accuracy."
        if metric is None
        else f"{metric}: Keras test {METRIC_NAMES.get(metric, metric)} (a regression: lower is better)."
    )
    return (
        f"{measured} {simulated}−%: reduction against the baseline design of this setting, "
        f"in the source its mark names.{_implementation_note(designs)}"
    )


def _implementation_note(designs: list[dict]) -> str:
    """Said of the settings whose pruned designs hls4ml builds as Resource_Unrolled and whose baseline as
    Resource: their LUT and FF reductions are partly the implementation's (a digits MLP's rf4 baseline as
    Resource_Unrolled: LUT 32,777 against 58,762, so -69 % was -45 % of pruning; a review, 2026-12-07)."""
    unrolled = {
        row["rf_setting"]
        for row in designs
        if row["method"] != BASELINE and "Resource_Unrolled/" in _text(row.get("layer_settings"))
    }
    settings = sorted(
        str(row["rf_setting"])
        for row in designs
        if row["method"] == BASELINE
        and row["rf_setting"] in unrolled
        and "Resource_Unrolled/" not in _text(row.get("layer_settings"))
    )
    if not settings:
        return ""
    return (
        f" At {', '.join('rf' + s for s in settings)} the pruned designs are Resource_Unrolled (the pruned "
        "products left out) and the baseline Resource: the LUT and FF reductions include that change of "
        "implementation, not pruning alone (`fpgaprune estimate` of the baseline as Resource_Unrolled tells "
        "them apart)."
    )


METRIC_NAMES = {"mse": "mean squared error", "mae": "mean absolute error"}


def _loss(value) -> str:
    return f"{value:.4g}" if _present(value) else ""


def _text(value) -> str:
    return str(value) if _present(value) else ""


def _pct(fraction) -> str:
    return f"{100 * fraction:.2f}" if _present(fraction) else ""


def _count(value) -> str:
    return f"{value:,.0f}" if _present(value) else ""
