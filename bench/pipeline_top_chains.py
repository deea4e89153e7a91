"""Design latency of io_parallel PIPELINE tops against the chained combinational paths of their calls (#16).

`glue.design_latency` ("pipeline": sum of the calls' latencies + one cycle per call of at least one cycle + 1)
misses io_parallel designs whose calls take 0 cycles each (held-out set 2: G6 reports 6 cycles, estimate 1).
Hypothesis: the top's PIPELINE chains consecutive 0-cycle (combinational) instances and cuts a register when
their summed delay exceeds the clock budget (clock minus uncertainty, `Target.budget_ns`).

For every stored held-out design whose top is "pipeline" (`glue._project_schedule`), this prints one row per
design: the report's design latency, the estimate (`glue.estimate_project`), the composition of the REPORTED
instance latencies (`glue.design_latency`), the 0-cycle calls (reported; a call without an instance in the
report was inlined and counts as 0), the model's combinational path (ns) summed over every maximal run of
consecutive 0-cycle calls, and candidate rules, each composed from the reported instance latencies so the
layer model's errors are out of them:

* `chain`: current rule + `_cycles(run ns, budget)` per run of 0-cycle calls (the hypothesis);
* `greedy`: current rule + the registers of a greedy packing of each run's calls into budgets
  (`packed_registers`: an instance is never split);
* `comb_states`: only for a top whose every call takes 0 cycles, the packing's registers alone (states - 1,
  no output register; `combinational_states`); every other top keeps the current rule;
* `handshake`: one cycle per call whatever its latency (sum + calls);
* `zero_calls`: current rule + one cycle per 0-cycle call with an instance (not inlined).

The path of a call: a constant-weight Dense kernel product_delay_ns + tree levels x adder_ns (its target's
constants, `logic.constant_kernel_timing`), a ReLU whose output converts `activation.RELU_ADDER_NS`, other
calls (quantizers, ReLUs that only wire, ...) 0 ns.

    PYTHONPATH=src .venv/bin/python bench/pipeline_top_chains.py \
        > results/bench/pipeline_top_chains.md
"""

import re
import warnings
from pathlib import Path

from fpgaprune.core.hardware.activation import RELU_ADDER_NS, converts
from fpgaprune.core.hardware.calibration import latency_band_error
from fpgaprune.core.hardware.cost import constant_kernel
from fpgaprune.core.hardware.glue import (
    _NOT_PROCESSES,
    _project_schedule,
    design_activations,
    design_latency,
    estimate_project_files,
)
from fpgaprune.core.hardware.heldout import manifest_tool, manifest_version, read_table
from fpgaprune.core.hardware.logic import _cycles, constants_for, product_delay_ns, tree_levels
from fpgaprune.core.hardware.project import project_layers, read_project_files
from fpgaprune.core.hardware.structures import as_matrix

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
_CALL = re.compile(r"nnet::(\w+)\s*<[^;]*?>\s*\([^;]*\)\s*;[ \t]*(?://[ \t]*(\S+))?")


def held_out_sets() -> list[str]:
    names = [path.name for path in DATA.glob("heldout*") if (path / "projects").is_dir()]
    return sorted(names, key=lambda s: int(s[7:] or 1))


def dense_path_ns(layer, weights, target) -> float | None:
    """The model's combinational path of a constant-weight kernel (None for a ROM layer or a convolution)."""
    if not layer.constant_weights or layer.kind != "dense":
        return None
    kernel = constant_kernel(layer, as_matrix(layer, weights).astype(float), target)
    constants = constants_for(target.hls_tool, target.calibration_group)
    levels = int(tree_levels(kernel.terms).max(initial=0))
    return product_delay_ns(kernel, constants) + levels * constants.adder_ns


def call_paths(files, layers, weights, target) -> dict[str, float]:
    paths = {layer.name: dense_path_ns(layer, w, target) for layer, w in zip(layers, weights)}
    for relu in design_activations(files):
        paths[relu.name] = RELU_ADDER_NS[target.hls_tool] if converts(relu.output_type) else 0.0
    return paths


def chain_runs(calls: list[tuple[str, int, float]]) -> list[float]:
    """Summed path ns of each maximal run of consecutive 0-cycle calls."""
    runs, current = [], None
    for _, latency, path in calls:
        if latency == 0:
            current = (current or 0.0) + (path or 0.0)
        elif current is not None:
            runs.append(current)
            current = None
    if current is not None:
        runs.append(current)
    return runs


def packed_registers(calls: list[tuple[str, int, float]], budget_ns: float) -> int:
    """Registers a greedy packing of each run of 0-cycle calls into clock budgets adds: an instance cannot be
    split by a register, so a call whose path does not fit in what is left of the state starts a new one
    (the states of G6's top schedule, `myproject.verbose.sched.rpt`)."""
    registers, used = 0, None
    for _, latency, path in calls:
        if latency != 0:
            used = None
            continue
        path = path or 0.0
        if used is not None and used + path > budget_ns:
            registers, used = registers + 1, path
        else:
            used = (used or 0.0) + path
    return registers


def combinational_states(calls: list[tuple[str, int, float]], budget_ns: float, current: int) -> int:
    """A top whose every call takes 0 cycles: the states of a greedy packing of the calls' paths minus one
    (every schedule read, `bench/pipeline_top_schedules.py`: design latency = states - 1, no output
    register: V2 and U6 report 0); any other top: `current` (the composition in use)."""
    if any(latency for _, latency, _ in calls):
        return current
    return packed_registers(calls, budget_ns)


def pipeline_top_estimate(root: Path, design: dict) -> tuple | None:
    """A stored design's project files, layers, weights, target and estimate; None unless its top is a
    PIPELINE top (io_parallel without DATAFLOW)."""
    files = read_project_files(root / "projects" / design["design"])
    tool, version = manifest_tool(design), manifest_version(design)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        layers, weights, target = project_layers(files, tool, version)
        if _project_schedule(layers, files) != "pipeline":
            return None
        _, estimate = estimate_project_files(files, tool, version)
    return files, layers, weights, target, estimate


def design_row(root: Path, design: dict, totals: dict, instances: dict) -> dict | None:
    name = design["design"]
    estimated = pipeline_top_estimate(root, design)
    if estimated is None:
        return None
    files, layers, weights, target, estimate = estimated
    paths = call_paths(files, layers, weights, target)
    names = [label for function, label in _CALL.findall(files.source) if function not in _NOT_PROCESSES]
    reported = instances.get(name, {})
    calls = [
        (label, int(reported[label]["latency_max"]) if label in reported else 0, paths.get(label))
        for label in names
    ]
    latencies = [latency for _, latency, _ in calls]
    runs = chain_runs(calls)
    current = design_latency(latencies, len(latencies), "pipeline")
    report = int(totals[name]["latency_max"])
    zero_instances = sum(1 for label, latency, _ in calls if latency == 0 and label in reported)
    return {
        "design": name,
        "tool": f"{target.hls_tool} {target.version}",
        "clock": target.clock_ns,
        "budget": target.budget_ns,
        "report": report,
        "estimate": int(estimate["totals"]["latency_cycles"]),
        "composed": current,
        "calls": len(calls),
        "zero": sum(1 for latency in latencies if latency == 0),
        "inlined": sum(1 for label in names if label not in reported),
        "unknown_path": sum(1 for _, latency, path in calls if latency == 0 and path is None),
        "runs_ns": runs,
        "chain": current + sum(_cycles(ns, target.budget_ns) for ns in runs) if len(calls) > 1 else current,
        "greedy": current + packed_registers(calls, target.budget_ns) if len(calls) > 1 else current,
        "comb_states": combinational_states(calls, target.budget_ns, current),
        "handshake": sum(latencies) + len(latencies),
        "zero_calls": current + zero_instances,
        "sequence": " ".join(
            f"{latency}" + (f"/{path:.2f}" if path is not None and latency == 0 else "")
            for _, latency, path in calls
        ),
    }


def reported_designs(set_name: str):
    """A stored set's designs whose report gives a latency: (set folder, MANIFEST row, report totals by
    design, report instances by design and layer) for each."""
    root = DATA / set_name
    totals = {row["design"]: row for row in read_table(root / "summary.csv") if row["row"] == "Total"}
    instances: dict = {}
    for row in read_table(root / "instances.csv"):
        instances.setdefault(row["design"], {})[row["layer"]] = row
    for design in read_table(root / "MANIFEST.tsv", "\t"):
        if design["design"] in totals and totals[design["design"]]["latency_max"]:
            yield root, design, totals, instances


def set_rows(set_name: str) -> list[dict]:
    rows = []
    for root, design, totals, instances in reported_designs(set_name):
        row = design_row(root, design, totals, instances)
        if row is not None:
            rows.append({"set": set_name, **row})
    return rows


RULES = ("estimate", "composed", "chain", "greedy", "comb_states", "handshake", "zero_calls")


def main() -> None:
    rows = [row for name in held_out_sets() for row in set_rows(name)]
    print(
        "| set | design | tool | clock / budget ns | report | " + " | ".join(RULES) + " | calls | 0-cycle "
        "(inlined, no path) | 0-cycle runs (model ns) | reported latency/ns per call |"
    )
    print("|---|---|---|---|---|" + "---|" * len(RULES) + "---|---|---|---|")
    for r in rows:
        runs = ", ".join(f"{ns:.2f}" for ns in r["runs_ns"])
        print(
            f"| {r['set']} | {r['design']} | {r['tool']} | {r['clock']:g} / {r['budget']:.2f} "
            f"| {r['report']} | "
            + " | ".join(str(r[rule]) for rule in RULES)
            + f" | {r['calls']} | {r['zero']} ({r['inlined']}, {r['unknown_path']}) | {runs} "
            f"| {r['sequence']} |"
        )
    print()
    print("| rule | designs within band (max(1 cycle, 10 %)) | exact | median band error | worst |")
    print("|---|---|---|---|---|")
    for rule in RULES:
        errors = sorted(latency_band_error(r[rule], r["report"]) for r in rows)
        exact = sum(1 for r in rows if r[rule] == r["report"])
        print(
            f"| {rule} | {sum(e <= 1 for e in errors)} / {len(rows)} | {exact} | "
            f"{errors[len(errors) // 2]:.2f} | {errors[-1]:.2f} |"
        )


if __name__ == "__main__":
    main()
