"""Packing the calls of io_parallel PIPELINE tops into states with per-call delays (issue 16, branch toppack).

`bench/pipeline_top_schedules.py` showed, on 42 HLS schedules, that an io_parallel PIPELINE top's design
latency is its state count minus one, and that HLS places each call as one operation: a call of latency L
spans L + 1 states; 0-cycle calls (and the first and last states of longer ones) share a state while their
delays sum to at most the budget (clock minus uncertainty). This script tries rules built on that, with delays
the model could know, and scores them against the current `glue.design_latency` ("pipeline"):

* `pack_states`: greedy; each call is (latency, first-state ns, last-state ns) (a 0-cycle call has one
  delay); a call whose first state does not fit beside what the current state holds opens a new state; a call
  of latency L >= 1 then adds L states and leaves its last-state delay in the current one. Latency =
  states - 1 (no output register: V2 and U6 report 0).
* The delays (`fit_delays`, `model_delays`), each the median of what HLS gives such calls in the schedules of
  the designs of the fit:
  - ReLU: per tool ("vivado"/"vitis") and whether its output converts (`activation.converts`);
  - batch normalisation (`normalize`): one constant; `linear` and inlined quantizers between layers: 0 ns;
  - the top's first call when it is an inlined HGQ input quantizer (`h_quantize*`, rounding adders): one
    constant (the non-call operations on state 1's critical path);
  - a 0-cycle constant-weight Dense: the model's path (`logic.tree_path_ns`, the path
    `logic.constant_kernel_timing` turns into cycles) times a fitted scale (the median of HLS delay / model
    path; pooled, or per tool for the `hybrid_tool` rows);
  - a call of at least one cycle: first state `edge_in` x budget, last state `edge_out` x budget (medians of
    the HLS first-/last-state delays over the budget); any other 0-cycle call: `edge_out` x budget.
* Rules: `in_sample`/`design_out`/`repo_out`: the packing for every top; `hybrid_*`: the packing only for a
  top whose every call takes 0 cycles (any other top keeps the current rule); `oracle`: the packing with each
  call's delays taken from the design's own schedule (a check of the packing, not a rule); the first line
  also packs the schedule's own spans (its [k/n] counts) with its delays.

Scored as docs/cost-model-record.md scores candidate rules: each call's latency the REPORTED instance latency
(0 when inlined; "reported" rows), then the model's own layer latencies (the estimate,
`glue.estimate_project_files`; "estimated" rows); within band (max(1 cycle, 10 %)) / exact. Every fitted
constant is fitted on all designs (in-sample), without the design (leave-one-design-out: `design_out`) and
without its repository (leave-one-repository-out: `repo_out`). MIRRORS holds the designs' repositories as
`fetch` leaves them (`<owner>+<name>/repo`); a design without a schedule contributes no delays and its oracle
is the current rule.

    PYTHONPATH=src nice -n 19 .venv/bin/python bench/pipeline_top_packing.py MIRRORS \
        > results/bench/pipeline_top_packing.md
"""

import re
import statistics
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline_top_chains import _CALL, held_out_sets, pipeline_top_estimate, reported_designs
from pipeline_top_schedules import schedule_text, states

from fpgaprune.core.hardware.activation import converts
from fpgaprune.core.hardware.calibration import latency_band_error
from fpgaprune.core.hardware.cost import constant_kernel
from fpgaprune.core.hardware.glue import (
    _NOT_PROCESSES,
    design_activations,
    design_latency,
)
from fpgaprune.core.hardware.heldout import read_table
from fpgaprune.core.hardware.logic import constants_for, tree_path_ns
from fpgaprune.core.hardware.structures import as_matrix

_CALL_OP = re.compile(
    r"^ST_(\d+) : Operation (\d+) \[(\d+)/(\d+)\] \(([\d.]+)ns\)\s+--->\s+\"%(\w+) = call [^@]*@\"?(\w+)"
)


def schedule_calls(text: str) -> list[dict]:
    """The top's call operations in schedule order: callee, first state, per-state delays (ns)."""
    calls: dict[str, dict] = {}
    for line in text.splitlines():
        match = _CALL_OP.match(line)
        if not match:
            continue
        state, operation, _, span, ns, name, callee = match.groups()
        if callee.startswith("_ssdm"):
            continue
        call = calls.setdefault(
            name, {"callee": callee, "state": int(state), "op": int(operation), "span": int(span), "ns": []}
        )
        call["ns"].append(float(ns))
    return sorted(calls.values(), key=lambda c: (c["state"], c["op"]))


def input_quantizer_ns(text: str) -> float:
    """Delay of the inlined operations (HGQ input quantizer's adders) on state 1's critical path."""
    found = states(text)
    if not found:
        return 0.0
    return sum(ns for op, _, ns in found[0][1] if op != "call")


def call_kind(function: str, label: str, first: bool) -> str:
    if function == "relu":
        return "relu"
    if function == "normalize":
        return "normalize"
    if function == "linear":
        return "linear"
    if function.startswith("h_") and "quantiz" in function:
        return "input_quantizer" if first else "quantizer"
    if function.startswith("dense"):
        return "dense"
    return "other"


def design_calls(root: Path, design: dict, instances: dict) -> dict | None:
    name = design["design"]
    pipeline = pipeline_top_estimate(root, design)
    if pipeline is None:
        return None
    files, layers, weights, target, estimate = pipeline
    estimated = {n: int(layer["latency_cycles"]) for n, layer in estimate["layers"].items()}
    estimated.update({n: int(a.get("latency_cycles", 0)) for n, a in estimate["activations"].items()})
    constants = constants_for(target.hls_tool, target.calibration_group)
    paths = {}
    for layer, w in zip(layers, weights):
        if layer.constant_weights and layer.kind == "dense":
            paths[layer.name] = tree_path_ns(
                constant_kernel(layer, as_matrix(layer, w).astype(float), target), constants
            )
    relus = {relu.name: converts(relu.output_type) for relu in design_activations(files)}
    reported = instances.get(name, {})
    calls = []
    found = [(f, label) for f, label in _CALL.findall(files.source) if f not in _NOT_PROCESSES]
    for index, (function, label) in enumerate(found):
        calls.append(
            {
                "label": label,
                "kind": call_kind(function, label, index == 0),
                "reported": int(reported[label]["latency_max"]) if label in reported else 0,
                "instance": label in reported,
                "estimated": estimated.get(label, 0),
                "path": paths.get(label),
                "converts": relus.get(label),
            }
        )
    return {
        "design": name,
        "repo": design["repo"],
        "tool": target.hls_tool,
        "version": target.version,
        "budget": target.budget_ns,
        "calls": calls,
        "estimate": int(estimate["totals"]["latency_cycles"]),
    }


def attach_schedule(row: dict, text: str | None) -> None:
    """Each call's HLS delays (first and last state ns; None without a schedule), matched in order."""
    row["scheduled"] = text is not None
    row["states"] = len(states(text)) if text else None
    if text is None:
        return
    ops = iter(schedule_calls(text))
    for call in row["calls"]:
        call["hls"] = None
        if call["instance"] or call["kind"] in ("relu", "dense", "normalize", "linear"):
            op = next(ops, None)
            if op is not None:
                call["hls"] = (op["ns"][0], op["ns"][-1])
                call["span"] = op["span"] - 1
                call["callee"] = op["callee"]
        elif call["kind"] == "input_quantizer":
            ns = input_quantizer_ns(text)
            call["hls"] = (ns, ns)


def pack_states(calls: list[tuple[int, float, float]], budget: float) -> int:
    """States of a greedy packing: (latency, first ns, last ns) per call, in order."""
    count, used = 0, None
    for latency, first, last in calls:
        if used is None or used + first > budget + 1e-9:
            count, used = count + 1, first
        else:
            used += first
        if latency > 0:
            count, used = count + latency, last
    return count


# --- the fitted delays ---------------------------------------------------------------------------------


def relu_group(row: dict, call: dict) -> tuple:
    return (row["tool"], bool(call["converts"]))


def fit_delays(rows: list[dict]) -> dict:
    """Median HLS delays per kind from the schedules of `rows` (None where no row has one)."""
    samples: dict = {}
    for row in rows:
        if not row["scheduled"]:
            continue
        for call in row["calls"]:
            hls = call.get("hls")
            if hls is None:
                continue
            zero = call["reported"] == 0
            if call["kind"] == "relu" and zero:
                samples.setdefault(("relu",) + relu_group(row, call), []).append(hls[0])
            elif call["kind"] == "normalize" and zero:
                samples.setdefault(("normalize",), []).append(hls[0])
            elif call["kind"] == "input_quantizer":
                samples.setdefault(("input_quantizer",), []).append(hls[0])
            elif call["kind"] == "dense" and zero and call["path"]:
                samples.setdefault(("dense_scale",), []).append(hls[0] / call["path"])
                samples.setdefault(("dense_scale", row["tool"]), []).append(hls[0] / call["path"])
            elif not zero:
                samples.setdefault(("edge_in",), []).append(hls[0] / row["budget"])
                samples.setdefault(("edge_out",), []).append(hls[1] / row["budget"])
    fitted = {key: statistics.median(values) for key, values in samples.items()}
    relus = [v for key, v in fitted.items() if key[0] == "relu"]
    fitted[("relu_any",)] = statistics.median(relus) if relus else 1.0
    return fitted


def model_delays(row: dict, call: dict, latency: int, fitted: dict) -> tuple[float, float]:
    """(first-state ns, last-state ns) of a call from the fitted constants; `fitted["per_tool_dense"]` takes
    the Dense scale of the design's tool (else the pooled one)."""
    budget = row["budget"]
    if latency > 0:
        return fitted[("edge_in",)] * budget, fitted[("edge_out",)] * budget
    kind = call["kind"]
    if kind == "relu":
        ns = fitted.get(("relu",) + relu_group(row, call), fitted[("relu_any",)])
    elif kind == "normalize":
        ns = fitted.get(("normalize",), 0.0)
    elif kind == "input_quantizer":
        ns = fitted.get(("input_quantizer",), 0.0)
    elif kind in ("quantizer", "linear"):
        ns = 0.0
    elif kind == "dense" and call["path"] is not None:
        scale = fitted.get(("dense_scale",), 1.0)
        if fitted.get("per_tool_dense"):
            scale = fitted.get(("dense_scale", row["tool"]), scale)
        ns = scale * call["path"]
    else:
        ns = fitted[("edge_out",)] * budget
    return ns, ns


def packed_latency(row: dict, key: str, fitted: dict | None, modelled: tuple = ()) -> int:
    """states - 1 of the packing; latencies from `key` ("reported"/"estimated"); delays from `fitted`, or the
    schedule's own (oracle) when None; with `modelled` kinds, the schedule's own delays but for the calls of
    those kinds, which take `fitted`'s (the ablation of the all-0-cycle tops)."""
    calls = []
    for call in row["calls"]:
        latency = call.get(key, call["reported"])
        if fitted is None or (modelled and call["kind"] not in modelled and call.get("hls")):
            hls = call.get("hls") or (0.0, 0.0)
            calls.append((latency, hls[0], hls[1]))
        else:
            calls.append((latency, *model_delays(row, call, latency, fitted)))
    return max(pack_states(calls, row["budget"]) - 1, 0)


def hybrid_latency(row: dict, key: str, fitted: dict) -> int:
    """The packing only for a top whose every call takes 0 cycles; any other top the current rule."""
    if any(call.get(key, call["reported"]) for call in row["calls"]):
        return current_latency(row, key)
    return packed_latency(row, key, fitted)


def current_latency(row: dict, key: str) -> int:
    latencies = [call[key] for call in row["calls"]]
    return design_latency(latencies, len(latencies), "pipeline")


def set_rows(set_name: str, mirrors: Path) -> list[dict]:
    rows = []
    for root, design, totals, instances in reported_designs(set_name):
        row = design_calls(root, design, instances)
        if row is None:
            continue
        row["set"] = set_name
        row["report"] = int(totals[design["design"]]["latency_max"])
        attach_schedule(row, schedule_text(mirrors, design))
        rows.append(row)
    return rows


def score(rows: list[dict], values: dict) -> str:
    errors = sorted(latency_band_error(values[r["design"]], r["report"]) for r in rows)
    exact = sum(1 for r in rows if values[r["design"]] == r["report"])
    within = sum(e <= 1 for e in errors)
    return f"{within} / {len(rows)} | {exact} | {statistics.median(errors):.2f} | {errors[-1]:.2f}"


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: pipeline_top_packing.py MIRRORS")
    mirrors = Path(sys.argv[1])
    rows = [row for name in held_out_sets() for row in set_rows(name, mirrors)]
    fitted_all = fit_delays(rows)
    mismatched = [
        f"{r['design']} {c['label']} -> {c['callee']}"
        for r in rows
        for c in r["calls"]
        if c.get("callee")
        and c["kind"] in ("relu", "dense", "normalize", "linear")
        and not c["callee"].startswith(c["kind"])
    ]
    print(
        "Calls matched to the schedule's by order whose callee is not of their kind: "
        + (", ".join(mismatched) or "none")
    )
    spans = {r["design"]: packed_latency(r, "span", None) for r in rows if r["scheduled"]}
    print(
        "Oracle check (the schedule's own spans and delays): states - 1 reproduced on "
        f"{sum(spans[d] == r['states'] - 1 for d, r in ((r['design'], r) for r in rows if r['scheduled']))}"
        f" of {len(spans)} schedules; misses: "
        + ", ".join(
            f"{r['design']} {spans[r['design']]} vs {r['states'] - 1}"
            for r in rows
            if r["scheduled"] and spans[r["design"]] != r["states"] - 1
        )
    )
    print(
        "Fitted delays (all schedules):", {" ".join(map(str, k)): round(v, 3) for k, v in fitted_all.items()}
    )
    print()
    results: dict = {}
    for key in ("reported", "estimated"):
        results[(key, "current")] = {r["design"]: current_latency(r, key) for r in rows}
        results[(key, "oracle")] = {
            r["design"]: packed_latency(r, key, None) if r["scheduled"] else current_latency(r, key)
            for r in rows
        }
        results[(key, "in_sample")] = {r["design"]: packed_latency(r, key, fitted_all) for r in rows}
        results[(key, "design_out")] = {
            r["design"]: packed_latency(r, key, fit_delays([o for o in rows if o is not r])) for r in rows
        }
        results[(key, "repo_out")] = {
            r["design"]: packed_latency(r, key, fit_delays([o for o in rows if o["repo"] != r["repo"]]))
            for r in rows
        }
        results[(key, "hybrid_design_out")] = {
            r["design"]: hybrid_latency(r, key, fit_delays([o for o in rows if o is not r])) for r in rows
        }
        results[(key, "hybrid_repo_out")] = {
            r["design"]: hybrid_latency(r, key, fit_delays([o for o in rows if o["repo"] != r["repo"]]))
            for r in rows
        }
        for label, pick in (
            ("hybrid_tool_design_out", lambda r, o: o is not r),
            ("hybrid_tool_repo_out", lambda r, o: o["repo"] != r["repo"]),
        ):
            results[(key, label)] = {
                r["design"]: hybrid_latency(
                    r, key, {**fit_delays([o for o in rows if pick(r, o)]), "per_tool_dense": True}
                )
                for r in rows
            }
    labels = (
        "current",
        "oracle",
        "in_sample",
        "design_out",
        "repo_out",
        "hybrid_design_out",
        "hybrid_repo_out",
        "hybrid_tool_design_out",
        "hybrid_tool_repo_out",
    )
    print(
        "| set | design | tool | budget | report | states-1 | "
        + " | ".join(f"{k[:3]} {l}" for k in ("reported", "estimated") for l in labels)
        + " | calls (kind latency hls-ns) |"
    )
    print("|---|---|---|---|---|---|" + "---|" * (2 * len(labels)) + "---|")
    for r in rows:
        cells = " | ".join(
            str(results[(k, l)][r["design"]]) for k in ("reported", "estimated") for l in labels
        )
        seq = " ".join(
            f"{c['kind'][:4]}{c['reported']}/{c['estimated']}"
            + (
                f"({c['hls'][0]:.2f}" + (f",{c['hls'][1]:.2f}" if c["reported"] else "") + ")"
                if c.get("hls")
                else ""
            )
            + (f"[{c['path']:.2f}]" if c["path"] else "")
            for c in r["calls"]
        )
        print(
            f"| {r['set']} | {r['design']} | {r['tool']} {r['version']} | {r['budget']:.2f} "
            f"| {r['report']} | {(r['states'] - 1) if r['states'] else ''} | {cells} | {seq} |"
        )
    print()
    print("| latencies | rule | within band | exact | median band | worst |")
    print("|---|---|---|---|---|---|")
    for key in ("reported", "estimated"):
        for label in labels:
            print(f"| {key} | {label} | {score(rows, results[(key, label)])} |")
    ablation(rows)
    for label in labels[3:]:  # the left-out fits
        print()
        print(f"io_parallel design latency left out (results/bench/design_totals_cv.csv), {label}:")
        print()
        print("| rule | designs | median band | p90 | within band | exact |")
        print("|---|---|---|---|---|---|")
        cv_summary(rows, results, label)


ABLATION_KINDS = (
    ("dense",),
    ("relu",),
    ("normalize",),
    ("input_quantizer",),
    ("relu", "normalize", "input_quantizer"),
)


def ablation(rows: list[dict]) -> None:
    """The all-0-cycle tops (reported latencies) packed with the schedule's own delays but for one kind of
    call, which takes the leave-one-design-out fitted delay: where the model's delays lose the states."""
    zero = [r for r in rows if r["scheduled"] and not any(c["reported"] for c in r["calls"])]
    print()
    print("All-0-cycle tops, schedule delays but one kind fitted (leave-one-design-out), states - 1:")
    print()
    print("| design | report | schedule's delays | " + " | ".join("+".join(k) for k in ABLATION_KINDS) + " |")
    print("|---|---|---|" + "---|" * len(ABLATION_KINDS))
    for r in zero:
        fitted = fit_delays([o for o in rows if o is not r])
        cells = [str(packed_latency(r, "reported", fitted, kinds)) for kinds in ABLATION_KINDS]
        print(
            f"| {r['design']} | {r['report']} | {packed_latency(r, 'reported', None)} | {' | '.join(cells)} |"
        )


CV_CSV = Path(__file__).resolve().parents[1] / "results" / "bench" / "design_totals_cv.csv"


def cv_summary(rows: list[dict], results: dict, label: str) -> None:
    """io_parallel design latency of results/bench/design_totals_cv.csv (left out) with `label`'s estimate in
    place of the current rule's for the designs it moves (only where the CSV's left-out estimate equals the
    current rule on the in-sample layer latencies, so the layers' refits do not enter)."""
    moved = {
        r["design"]: results[("estimated", label)][r["design"]]
        for r in rows
        if results[("estimated", label)][r["design"]] != results[("estimated", "current")][r["design"]]
    }
    cv = [
        row
        for row in read_table(CV_CSV)
        if row["metric"] == "latency_cycles" and row["io_type"] == "io_parallel"
    ]
    current = {r["design"]: results[("estimated", "current")][r["design"]] for r in rows}
    before, after, lines = [], [], []
    for row in cv:
        left_out, report = int(row["left_out_estimate"]), float(row["report"])
        new = left_out
        if row["design"] in moved:
            if left_out != current[row["design"]]:
                lines.append(
                    f"{row['design']}: left-out {left_out} != in-sample {current[row['design']]}, kept"
                )
            else:
                new = moved[row["design"]]
                lines.append(
                    f"{row['design']} (report {report:g}): {left_out} -> {new}, band "
                    f"{latency_band_error(left_out, report):.2f} -> {latency_band_error(new, report):.2f}"
                )
        before.append(latency_band_error(left_out, report))
        after.append(latency_band_error(new, report))
    for name, errors in (("current", before), (label, after)):
        ordered = sorted(errors)
        p90 = float(np.percentile(ordered, 90))
        print(
            f"| {name} | {len(ordered)} | {statistics.median(ordered):.4g} | {p90:.4g} | "
            f"{sum(e <= 1 for e in ordered)} | {sum(e == 0 for e in ordered)} |"
        )
    print()
    for line in lines:
        print(f"* {line}")


if __name__ == "__main__":
    main()
