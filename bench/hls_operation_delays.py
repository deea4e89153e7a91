"""The delays HLS itself gives the operations of hls4ml's layer functions (issue 16; a study, nothing fitted).

For every held-out design whose repository snapshot (`MIRRORS/<owner>+<name>/repo`, a bare git directory as
`fetch` leaves it) keeps the verbose schedules HLS wrote next to the csynth report (`<solution>/.autopilot/db/
<function>.verbose.sched.rpt`, at the manifest's commit, else the snapshot's newest), this reads every
layer function's schedule (not the top's) and writes:

* `--ops-raw CSV`: one row per scheduled operation of kind add/sub/mul/select/icmp/call/...: the function,
  the state it starts in, its cycles ([k/n] -> n), its result width, for a `mul` its variable operand's
  width and whether the other operand is a constant, the core HLS binds (`Core`/`CoreInst`: MulnS,
  Multiplier, DSP48, AddSub, Adder, TAddSub), whether it is grouped into a ternary adder or a DSP, HLS's
  delay (ns), and its position in the function's data flow (`add_depth`, `path_ns`, `packed_state`);
  `--ops CSV`: those rows counted over tool, family, clock, kind, core, cycles, widths and delay;
* `--functions CSV`: one row per function: tool, version, family, part, clock, uncertainty, FSM states,
  pipeline depth, the report's latency, the deepest chain of non-zero-delay additions in one state (an
  addition's operand defined by an addition in the same state extends the chain), and for a Latency
  Dense/Conv function whose layer the held-out project reads (`heldout.read_design_project`), the model's
  kernel latency (`logic.constant_kernel_timing` on `cost.constant_kernel`, the target's group constants)
  and its inputs (tree levels, product ns, adder ns, budget);
* on stdout a markdown summary (the tables of docs/cost-model-record.md 2.3 "HLS's own operation delays
  (study)").

    PYTHONPATH=src .venv/bin/python bench/hls_operation_delays.py MIRRORS \
        --ops results/bench/hls_operation_delays_ops.csv \
        --functions results/bench/hls_operation_delays_functions.csv > results/bench/hls_operation_delays.md
"""

import argparse
import csv
import re
import statistics
import subprocess
import warnings
from collections import defaultdict
from math import ceil
from pathlib import Path

from csynth_tree import snapshot

from fpgaprune.core.hardware.cost import constant_kernel
from fpgaprune.core.hardware.heldout import read_design_project, read_table
from fpgaprune.core.hardware.logic import (
    constant_kernel_timing,
    constants_for,
    product_delay_ns,
    tree_levels,
)
from fpgaprune.core.hardware.structures import as_matrix

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
KINDS = ("add", "sub", "mul", "select", "icmp", "call", "xor", "and", "or", "shl", "ashr", "lshr", "mux")

_OPERATION = re.compile(
    r"^ST_(\d+) : Operation (\d+) \[(\d+)/(\d+)\] \(([\d.]+)ns\)(.*?)--->\s+\"(.*?)\"(?:\s+\[[^\]]*\])?"
    r"\s+--->\s+Operation \d+ '(\w+)'.*?<Delay = ([\d.]+)>(.*)$"
)
_ASSIGN = re.compile(r"^%(\S+) = (\w+) (?:nsw |nuw )*i(\d+) (.*)$")
_CAST = re.compile(r"^%(\S+) = (?:sext|zext|trunc) i(\d+) ")
_CORE = re.compile(r"<(?:Core|CoreInst) = \"(\w+)\">")
_CORE_IMPL = re.compile(r"Core \d+ '(\w+)'")
_HEADER = {
    "tool": re.compile(r"== (Vivado HLS|Vitis HLS) Report"),
    "version": re.compile(r"\* Version:\s+(\S+)"),
    "family": re.compile(r"\* Product family:\s+(\S+)"),
    "part": re.compile(r"\* Target device:\s+(\S+)"),
    "states": re.compile(r"\* Number of FSM states : (\d+)"),
    "depth": re.compile(r"Pipeline-0 : II = \d+, D = (\d+)"),
}
_CLOCK = re.compile(r"Target clock period: ([\d.]+) ?ns, clock uncertainty: ([\d.]+) ?ns")
_LATENCY = re.compile(r"\|\s+(\d+)\|\s+(\d+)\|")
_STATE_DELAY = re.compile(r"^State (\d+) <SV = \d+> <Delay = ([\d.]+)>", re.MULTILINE)
_LIMIT = re.compile(r"SpecResourceLimit\(i32 (\d+)")


def git_show(mirror: Path, revision: str, path: str) -> str | None:
    shown = subprocess.run(
        ["git", "-C", str(mirror), "show", f"{revision}:{path}"], check=False, capture_output=True, text=True
    )
    return shown.stdout if shown.returncode == 0 else None


def schedule_files(mirrors: Path, design: dict) -> tuple[Path, str, list[str]] | None:
    """(mirror, revision, schedule paths) of a design's solution, None when no snapshot keeps any."""
    mirror = snapshot(mirrors, design["repo"])
    report = design.get("csynth_report", "")
    db = re.sub(r"syn/report/\w+_csynth\.rpt$", ".autopilot/db/", report)
    if db == report or not mirror.exists():
        return None
    for revision in (design["commit"], "HEAD"):
        listed = subprocess.run(
            ["git", "-C", str(mirror), "ls-tree", "--name-only", f"{revision}:{db}"],
            check=False,
            capture_output=True,
            text=True,
        )
        paths = [db + name for name in listed.stdout.split() if name.endswith(".verbose.sched.rpt")]
        if paths:
            return mirror, revision, paths
    return None


def parse_header(text: str) -> dict:
    head = {key: (m.group(1) if (m := rx.search(text)) else "") for key, rx in _HEADER.items()}
    clock = _CLOCK.search(text)
    head["clock_ns"], head["uncertainty_ns"] = (clock.group(1), clock.group(2)) if clock else ("", "")
    summary = text.split("+ Latency", 1)[-1][:1200]
    latency = _LATENCY.search(summary)
    head["report_latency"] = latency.group(2) if latency else ""
    delays = [float(d) for _, d in _STATE_DELAY.findall(text)]
    head["state_delay_max_ns"] = max(delays, default="")
    limit = _LIMIT.search(text)
    head["resource_limit"] = limit.group(1) if limit else ""
    return head


def mul_operands(expression: str, widths: dict) -> tuple[int | None, bool]:
    """(width of the variable operand before its extension, whether the other operand is a constant)."""
    operands = [part.strip() for part in expression.split(",")]
    names = [re.sub(r"^i\d+ ", "", op) for op in operands]
    variable = [name for name in names if name.startswith("%")]
    constant = len(variable) < len(names)
    bits = [widths.get(name[1:]) for name in variable]
    bits = [b for b in bits if b is not None]
    return (max(bits) if bits else None), constant


def packed(inputs: list[tuple[int, float]], delay: float, cycles: int, budget: float) -> tuple[int, float]:
    """(state, ns used in it) at which an operation's result is ready when every operation is chained as
    soon as its inputs are (HLS's own delays), a whole operation moves to the next state when it does not
    fit in what is left of the budget, and a core of n cycles ends n - 1 states after it starts."""
    state, used = max(inputs, default=(0, 0.0))
    if delay <= 0:
        return state, used
    if used + delay > budget and used > 0:
        state, used = state + 1, 0.0
    return state + cycles - 1, used + delay if cycles == 1 else delay


def parse_operations(text: str) -> list[dict]:
    """Every operation once (the state it starts in), with the widths its casts say its operands had, and
    the non-zero-delay additions on its longest input path: over the whole function (`add_depth`) and within
    the state its result is ready in (`state_add_depth`; a multi-cycle operation is ready in its last
    state). Zero-delay operations (casts, bit selects, grouped adds) pass their inputs' depths on."""
    widths, rows, depth, local, path, pack = {}, [], {}, {}, {}, {}
    clock = _CLOCK.search(text)
    budget = float(clock.group(1)) - float(clock.group(2)) if clock else float("inf")
    for line in text.splitlines():
        match = _OPERATION.match(line)
        if not match:
            continue
        state, _, _, cycles, _, flags, ir, kind, delay, tail = match.groups()
        defined = re.match(r"^%(\S+) = (.*)$", ir)
        if not defined or defined.group(1) in depth:
            continue
        name, rest = defined.groups()
        operands = re.findall(r"%([\w.]+)", rest)
        ready = int(state) + int(cycles) - 1
        counted = kind in ("add", "sub") and float(delay) > 0
        depth[name] = max((depth.get(op, 0) for op in operands), default=0) + counted
        same = [local[op][1] for op in operands if op in local and local[op][0] == int(state)]
        local[name] = (ready, max(same, default=0) + counted)
        # longest chain of single-cycle delays into this result; a multi-cycle core's output is registered
        inputs = [pack[op] for op in operands if op in pack]
        pack[name] = packed(inputs, float(delay), int(cycles), budget)
        path[name] = (
            0.0
            if int(cycles) > 1
            else max((path.get(op, 0.0) for op in operands), default=0.0) + float(delay)
        )
        cast = _CAST.match(ir)
        if cast:
            widths[name] = int(cast.group(2))
        assign = _ASSIGN.match(ir)
        if kind not in KINDS or not assign:
            continue
        _, _, width, expression = assign.groups()
        operand_bits, constant = mul_operands(expression, widths) if kind == "mul" else (None, False)
        core = _CORE.search(tail)
        impl = _CORE_IMPL.search(tail)
        rows.append(
            {
                "name": name,
                "state": int(state),
                "kind": kind,
                "width": int(width),
                "operand_bits": operand_bits,
                "constant_operand": constant,
                "cycles": int(cycles),
                "core": core.group(1) if core else "",
                "core_impl": impl.group(1) if impl else "",
                "grouped": "grouped into" in flags,
                "root": "root node" in flags,
                "delay_ns": float(delay),
                "add_depth": depth[name],
                "state_add_depth": local[name][1],
                "path_ns": round(path[name], 3),
                "packed_state": pack[name][0],
            }
        )
    return rows


def delay_predictions(rows: list[dict], head: dict, model_levels: int | None) -> dict:
    """Latencies a delay-based rule would give from HLS's own delays: the slowest single-cycle `mul`, then
    `depth` additions at the function's median add delay, cut into budgets (clock - uncertainty) as
    `logic._cycles` does, plus the extra cycles of the slowest multi-cycle `mul` core. `hls_depth` takes the
    longest add path HLS built (`add_depth`), `tree_depth` the model's balanced-tree levels."""
    if not head["clock_ns"] or not head["uncertainty_ns"]:
        return {}
    budget = float(head["clock_ns"]) - float(head["uncertainty_ns"])
    adds = [
        r["delay_ns"] for r in rows if r["kind"] in ("add", "sub") and r["delay_ns"] > 0 and not r["root"]
    ]
    add_ns = statistics.median(adds) if adds else 0.0
    single = [r["delay_ns"] for r in rows if r["kind"] == "mul" and r["cycles"] == 1]
    core_cycles = max((r["cycles"] for r in rows if r["kind"] == "mul"), default=1)
    mul_ns = max(single, default=0.0) if core_cycles == 1 else 0.0
    depth = max((r["add_depth"] for r in rows), default=0)
    path_ns = max((r["path_ns"] for r in rows), default=0.0)

    def latency(levels: int) -> int:
        return max(ceil((mul_ns + levels * add_ns) / budget) - 1, 0) + core_cycles - 1

    result = {"budget_ns": round(budget, 3), "add_ns_median": add_ns, "mul_ns_single": mul_ns}
    result["hls_depth_latency"] = latency(depth)
    result["path_ns"] = path_ns
    result["packed_latency"] = max((r["packed_state"] for r in rows), default=0)
    result["path_latency"] = max(ceil(path_ns / budget) - 1, 0) + core_cycles - 1
    if model_levels is not None:
        result["tree_depth_latency"] = latency(model_levels)
    return result


def state_profile(rows: list[dict]) -> dict:
    """The states where multiplications and additions start, and the add count of each state."""
    muls = sorted({r["state"] for r in rows if r["kind"] == "mul"})
    adds = defaultdict(int)
    for r in rows:
        if r["kind"] in ("add", "sub") and r["delay_ns"] > 0:
            adds[r["state"]] += 1
    return {
        "mul_states": " ".join(map(str, muls)),
        "mul_cycles_max": max((r["cycles"] for r in rows if r["kind"] == "mul"), default=""),
        "adds_by_state": " ".join(f"{state}:{n}" for state, n in sorted(adds.items())),
    }


def reported_instances(root: Path, design: str) -> dict:
    return {row["module"]: row for row in read_table(root / "instances.csv") if row["design"] == design}


def model_kernels(root: Path, design: dict) -> dict:
    """{module: model timing} of the Latency constant-weight Dense/Conv layers of a held-out project."""
    instances = {row["layer"]: module for module, row in reported_instances(root, design["design"]).items()}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            layers, weights, target = read_design_project(root, design)
    except (ValueError, KeyError, OSError) as error:  # listed without the model's numbers
        return {"_error": str(error)[:80]}
    constants = constants_for(target.hls_tool, target.calibration_group)
    result = {}
    for layer, w in zip(layers, weights):
        if not layer.constant_weights or layer.strategy != "latency" or layer.name not in instances:
            continue
        kernel = constant_kernel(layer, as_matrix(layer, w).astype(float), target)
        latency, _ = constant_kernel_timing(kernel, constants, target.budget_ns)
        result[instances[layer.name]] = {
            "layer": layer.name,
            "layer_kind": layer.kind,
            "model_latency": latency,
            "model_levels": int(tree_levels(kernel.terms).max(initial=0)),
            "model_product_ns": product_delay_ns(kernel, constants),
            "model_adder_ns": constants.adder_ns,
            "model_budget_ns": round(target.budget_ns, 3),
            "model_group": f"{target.hls_tool}/{target.calibration_group}",
            "io_type": layer.io_type,
            "uses_dsp": kernel.uses_dsp,
            "limit_binds": kernel.limit_binds,
        }
    return result


def held_out_designs():
    for manifest in sorted(DATA.glob("heldout*/MANIFEST.tsv")):
        for design in read_table(manifest, "\t"):
            if "csynth_report" in design:
                yield manifest.parent, design


def scan(mirrors: Path) -> tuple[list[dict], list[dict]]:
    operations, functions = [], []
    for root, design in held_out_designs():
        found = schedule_files(mirrors, design)
        if found is None:
            continue
        mirror, revision, paths = found
        top = re.search(r"(\w+)_csynth\.rpt$", design["csynth_report"]).group(1)
        kernels, reported = None, reported_instances(root, design["design"])
        for path in sorted(paths):
            function = Path(path).name.removesuffix(".verbose.sched.rpt")
            if function == top:
                continue
            text = git_show(mirror, revision, path) or ""
            rows = parse_operations(text)
            if kernels is None:
                kernels = model_kernels(root, design)
            key = {"set": root.name, "design": design["design"], "function": function}
            head = parse_header(text)
            delays = [r["delay_ns"] for r in rows if r["kind"] in ("add", "sub") and r["delay_ns"] > 0]
            instance = reported.get(function, {})
            function_dsp = instance.get("dsp", "")
            functions.append(
                {
                    **key,
                    "revision": revision[:8],
                    **head,
                    "operations": len(rows),
                    "instance_latency": instance.get("latency_max", ""),
                    "instance_dsp": function_dsp,
                    "add_chain_per_state": max((r["state_add_depth"] for r in rows), default=0),
                    "add_depth": max((r["add_depth"] for r in rows), default=0),
                    "add_ns_max": max(delays, default=""),
                    **state_profile(rows),
                    **delay_predictions(rows, head, kernels.get(function, {}).get("model_levels")),
                    **kernels.get(function, {}),
                }
            )
            context = {k: head[k] for k in ("tool", "version", "family", "clock_ns", "uncertainty_ns")}
            context["function_dsp"] = function_dsp
            for row in rows:
                operations.append({**key, **context, **row})
    return operations, functions


OPERATION_KEYS = (
    "tool", "version", "family", "clock_ns", "uncertainty_ns", "kind", "core", "cycles", "grouped", "root",
    "constant_operand", "width", "operand_bits", "delay_ns",
)  # fmt: skip


def operation_counts(operations: list[dict]) -> list[dict]:
    """The operations counted over `OPERATION_KEYS`, with where a `mul` lands (`_mul_binding`)."""
    counts = defaultdict(int)
    for r in operations:
        lands = _mul_binding(r) if r["kind"] == "mul" else ""
        counts[tuple(r[k] for k in OPERATION_KEYS) + (lands,)] += 1
    return [
        {**dict(zip(OPERATION_KEYS + ("mul_lands",), key)), "count": n}
        for key, n in sorted(counts.items(), key=lambda kv: tuple(str(k) for k in kv[0]))
    ]


def write_csv(path: str, rows: list[dict]) -> None:
    fields = list(dict.fromkeys(k for row in rows for k in row))
    with open(path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fields)
        writer.writeheader()
        writer.writerows(rows)


def _width_band(bits: int) -> str:
    for low, high in ((1, 8), (9, 12), (13, 16), (17, 20), (21, 24), (25, 32), (33, 48)):
        if low <= bits <= high:
            return f"{low}-{high}"
    return "49+"


def _range(values: list[float]) -> str:
    low, high = min(values), max(values)
    median = statistics.median(values)
    return f"{median:g}" if low == high else f"{median:g} ({low:g}-{high:g})"


def print_add_table(operations: list[dict]) -> None:
    print("HLS's delay of one `add`/`sub` (not in a ternary adder or DSP), ns: median (range), [count]")
    print()
    groups = defaultdict(list)
    for r in operations:
        if r["kind"] in ("add", "sub") and r["delay_ns"] > 0 and not r["root"] and not r["grouped"]:
            groups[r["tool"], r["version"], r["family"]].append(r)
    bands = sorted(
        {_width_band(r["width"]) for rows in groups.values() for r in rows},
        key=lambda b: int(b.split("-")[0][:2]),
    )
    print("| tool | version | family | " + " | ".join(f"{b} bits" for b in bands) + " |")
    print("|---|---|---|" + "---|" * len(bands))
    for (tool, version, family), rows in sorted(groups.items()):
        cells = []
        for band in bands:
            delays = [r["delay_ns"] for r in rows if _width_band(r["width"]) == band]
            cells.append(f"{_range(delays)} [{len(delays)}]" if delays else "")
        print(f"| {tool} | {version} | {family} | " + " | ".join(cells) + " |")
    print()


def _mul_binding(row: dict) -> str:
    """Where a `mul` lands as far as the function's csynth row tells: no DSP in the function -> LUTs."""
    if row["core"] in ("DSP48", "MulnS") or row["cycles"] > 1:
        return "DSP core" if row["core"] == "DSP48" else f"{row['core']} (pipelined core)"
    if row["function_dsp"] == "0":
        return "LUT (function has 0 DSP)"
    return "DSP or LUT (function has DSPs)"


def print_mul_table(operations: list[dict]) -> None:
    print(
        "HLS's `mul` operations by tool, family, core (`Core`/`CoreInst`), where they land, cycles, constant "
        "operand or not, variable operand bits: delay ns median (range) [count]"
    )
    print()
    groups = defaultdict(list)
    for r in operations:
        if r["kind"] == "mul":
            key = (r["tool"], r["version"], r["family"], r["core"] or "-", _mul_binding(r), r["cycles"])
            key += ("const" if r["constant_operand"] else "var", _width_band(r["operand_bits"] or r["width"]))
            groups[key].append(r["delay_ns"])
    print("| tool | version | family | core | lands | cycles | other operand | variable bits | delay ns |")
    print("|---|---|---|---|---|---|---|---|---|")
    for key, delays in sorted(groups.items(), key=lambda kv: tuple(str(k) for k in kv[0])):
        print("| " + " | ".join(str(k) for k in key) + f" | {_range(delays)} [{len(delays)}] |")
    print()


def priced_kernels(functions: list[dict]) -> list[dict]:
    """io_parallel Latency Dense functions (whole layer = the kernel) with a report latency and a schedule."""
    return [
        f
        for f in functions
        if f.get("io_type") == "io_parallel"
        and f.get("layer_kind") == "dense"
        and f["instance_latency"] != ""
        and f["states"]
    ]


def print_function_table(functions: list[dict]) -> None:
    rows = priced_kernels(functions)
    print(
        "io_parallel Latency Dense functions: HLS's schedule against the model (`constant_kernel_timing`). "
        "report = the function's csynth latency; depth = the pipeline's states; mul states = states where a "
        "`mul` starts (cycles of the slowest); adds = non-zero-delay add/sub per state; chain = most such "
        "adds chained in one state; add depth = most on one path through the function"
    )
    print()
    print(
        "| set | design | layer | tool | part | clock / unc. | model: group, levels, product ns, adder ns "
        "| model | report | states | max state ns | limit | mul states (cycles) | adds by state | chain "
        "| add depth | max add ns |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for f in rows:
        print(
            f"| {f['set']} | {f['design']} | {f['layer']} | {f['tool'].split()[0]} {f['version']} "
            f"| {f['part']} "
            f"| {f['clock_ns']} / {f['uncertainty_ns']} | {f['model_group']}, {f['model_levels']}, "
            f"{f['model_product_ns']:g}, {f['model_adder_ns']:g} | {f['model_latency']} "
            f"| {f['instance_latency']} | {f['states']} | {f['state_delay_max_ns']} | {f['resource_limit']} "
            f"| {f['mul_states']} ({f['mul_cycles_max']}) | {f['adds_by_state']} "
            f"| {f['add_chain_per_state']} | {f['add_depth']} | {f['add_ns_max']} |"
        )
    print()
    print_prediction_summary(rows)
    misses = defaultdict(list)
    for f in rows:
        miss = int(f["instance_latency"]) - int(f["model_latency"])
        misses[
            "under by 2+" if miss >= 2 else "under by 1" if miss == 1 else "right" if miss == 0 else "over"
        ].append(f)
    print("| report - model | functions | designs | states = report + 1 |")
    print("|---|---|---|---|")
    for label in ("under by 2+", "under by 1", "right", "over"):
        group = misses[label]
        match = sum(int(f["states"]) == int(f["instance_latency"]) + 1 for f in group)
        designs = ", ".join(sorted({f["design"] for f in group}))
        print(f"| {label} | {len(group)} | {designs} | {match} |")
    print()


def print_pipeline_check(functions: list[dict]) -> None:
    """`packed` against the states of every readable layer function that is one pipeline (depth = states)."""
    counts = defaultdict(lambda: [0, 0])
    for f in functions:
        if not f["tool"] or f.get("packed_latency", "") == "" or not f["depth"] or f["depth"] != f["states"]:
            continue
        kind = f["function"].split("_")[0]
        counts[kind][int(f["packed_latency"]) == int(f["states"]) - 1] += 1
    total = [sum(c[i] for c in counts.values()) for i in (0, 1)]
    print(
        f"Every single-pipeline layer function (depth = FSM states), {sum(total)}: `packed` = states - 1 for "
        f"{total[1]}; by the function name's first word (exact / other): "
        + ", ".join(f"{kind} {c[1]}/{c[0]}" for kind, c in sorted(counts.items()))
    )
    print()


def print_prediction_summary(all_rows: list[dict]) -> None:
    """How many kernels each latency reproduces: the model, and HLS's own delays on its own add path or on the
    model's balanced tree (`delay_predictions`), for kernels whose multiplier limit binds and the others."""
    for binds in (False, True):
        rows = [f for f in all_rows if f["limit_binds"] is binds]
        print(
            f"Kernels whose multiplier limit {'binds' if binds else 'does not bind'} "
            "(the model's `limit_binds`), "
            f"{len(rows)}: the model against rules built from HLS's own delays (`delay_predictions`)"
        )
        print()
        _prediction_table(rows)
    print(
        "Longest add path HLS built minus the model's tree levels, per kernel: "
        + _histogram([int(f["add_depth"]) - int(f["model_levels"]) for f in all_rows])
    )
    print()


def _prediction_table(rows: list[dict]) -> None:
    print()
    print("| latency rule (io_parallel Latency Dense kernels) | exact | under | over | sum abs error |")
    print("|---|---|---|---|---|")
    rules = (
        ("model (`constant_kernel_timing`)", "model_latency"),
        ("HLS delays, HLS's add path", "hls_depth_latency"),
        ("HLS delays, model's tree levels", "tree_depth_latency"),
        ("HLS's own longest delay path, packed perfectly", "path_latency"),
        ("HLS's own delays, whole operations chained ASAP (`packed`)", "packed_latency"),
    )
    for label, key in rules:
        pairs = [(int(f[key]), int(f["instance_latency"])) for f in rows if f.get(key, "") != ""]
        exact = sum(a == b for a, b in pairs)
        under = sum(a < b for a, b in pairs)
        over = sum(a > b for a, b in pairs)
        error = sum(abs(a - b) for a, b in pairs)
        print(f"| {label} | {exact} / {len(pairs)} | {under} | {over} | {error} |")
    print()


def _histogram(values: list[int]) -> str:
    counts = sorted(collections_counter(values).items())
    return ", ".join(f"{value:+d}: {count}" for value, count in counts)


def collections_counter(values):
    counts = defaultdict(int)
    for value in values:
        counts[value] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirrors", type=Path, help="the directory of fetched snapshots, <owner>+<name>/repo")
    parser.add_argument("--ops", required=True, help="operation delays counted by kind, width, core, ...")
    parser.add_argument("--ops-raw", help="every operation, one row each (about 60 MB)")
    parser.add_argument("--functions", required=True)
    args = parser.parse_args()
    operations, functions = scan(args.mirrors)
    write_csv(args.ops, operation_counts(operations))
    if args.ops_raw:
        write_csv(args.ops_raw, operations)
    write_csv(args.functions, functions)
    designs = sorted({(f["set"], f["design"]) for f in functions})
    absent = sorted({f["design"] for f in functions if not f["tool"]})
    print(f"{len(functions)} layer functions of {len(designs)} designs, {len(operations)} operations.")
    print(
        f"{sum(not f['tool'] for f in functions)} schedules are listed but absent from the snapshots (large "
        f"blobs), counted above with no operations: {', '.join(absent)}."
    )
    print()
    print_add_table(operations)
    print_mul_table(operations)
    print_function_table(functions)
    print_pipeline_check(functions)


if __name__ == "__main__":
    main()
