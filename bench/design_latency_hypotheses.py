"""Blocking-process rules for Vivado HLS io_stream DATAFLOW latency, scored on the reports (issue 16, E3).

Six Vivado HLS io_stream designs (E3, U2, U3, X7, N1, N2) report a design latency thousands of cycles above
their slowest process, where `glue.design_latency` ("stream": max + one cycle per process) is right for the
others. This scores candidate rules of the kind "a consumer waits for its producer to finish" on every Vivado
HLS io_stream design of the stored held-out sets, with each process taking its REPORTED latency (as in
`bench/design_latency_composition.py`), so only the composition is tested. The process graph is read from the
top function: each `nnet::` call's stream arguments (clone_stream: one input, the rest outputs; add,
concatenate, ...: two inputs, one output; every other call: first argument in, second out).

A process starts one cycle after each producer starts and ends no earlier than one cycle after each producer
ends (the streaming composition); on a "blocking" edge it starts only when its producer has ended, less the
cycles it spends before its first read (a zero-padding's top rows and left pad: `_cycles_before_first_read`).

    .venv/bin/python bench/design_latency_hypotheses.py [--subsets]

`--subsets` tries every subset of the zero-paddings of E3, U2, N1 and N2 as the blocking ones, and up to three
blocking processes of any kind on the plain chains E3, X7 and U3, and prints the three closest to each
report: whether any choice of blocking processes reproduces them.
"""

import argparse
import itertools
import re
import warnings
from pathlib import Path

from fpgaprune.core.hardware.heldout import read_design_project, read_table
from fpgaprune.core.hardware.project import define_macros, read_project_files, struct_settings

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
_CALL = re.compile(r"nnet::(\w+)\s*<([^;]*?)>\s*\(([^;]*)\)\s*;[ \t]*(?://[ \t]*(\S+))?")
_NOT_PROCESSES = ("load_weights_from_txt", "save_layer_output", "print_result")
_TWO_INPUTS = ("add", "subtract", "multiply", "average", "maximum", "minimum", "dot1d")
_SUBSET_DESIGNS = ("E3", "U2", "N1", "N2")
_CHAIN_DESIGNS = ("E3", "X7", "U3")


def _stream_ports(function: str, arguments: list[str]) -> tuple[list[str], list[str]]:
    if function == "clone_stream":
        return arguments[:1], arguments[1:]
    if function in _TWO_INPUTS or function.startswith("concatenate"):
        return arguments[:2], arguments[2:3]
    return arguments[:1], arguments[1:2]


def _cycles_before_first_read(function: str, settings: dict, latency: int) -> int:
    """A zero-padding's cycles before its first read: its latency x the share of its outputs written first
    (pad_top rows and pad_left columns; zeropad1d: pad_left). 0 for any other process."""
    if function == "zeropad2d_cl":
        first = settings.get("pad_top", 0) * settings.get("out_width", 0) + settings.get("pad_left", 0)
        outputs = settings.get("out_height", 1) * settings.get("out_width", 1)
    elif function == "zeropad1d_cl":
        first, outputs = settings.get("pad_left", 0), settings.get("out_width", 1)
    else:
        return 0
    return round(latency * first / max(outputs, 1))


def process_graph(project_dir: Path, instances: dict) -> list[dict]:
    """The top function's processes in call order: name, function, input and output streams, reported
    latency (0 for a call the report has no instance of), cycles before the first read, and whether it reads
    only top-level inputs."""
    files = read_project_files(project_dir)
    macros = define_macros(files.defines)
    processes, written = [], set()
    for function, template, arguments, name in _CALL.findall(files.source):
        if function in _NOT_PROCESSES:
            continue
        inputs, outputs = _stream_ports(function, [a.strip() for a in arguments.split(",")])
        latency = int(instances[name]["latency_max"]) if name in instances else 0
        config = template.split(",")[-1].strip()
        settings = {
            k: int(v) for k, v in struct_settings(files.parameters, config, macros).items() if v.isdigit()
        }
        processes.append(
            {
                "name": name,
                "function": function,
                "inputs": inputs,
                "outputs": outputs,
                "latency": latency,
                "before_read": _cycles_before_first_read(function, settings, latency),
                "reads_top_input": not written.intersection(inputs),
            }
        )
        written.update(outputs)
    return processes


def compose(processes: list[dict], blocks) -> int:
    """Design latency: the last end of any process; `blocks(process, producer)` picks the blocking edges."""
    writer, times = {}, {}
    for process in processes:
        start, end = 0, process["latency"]
        for stream in process["inputs"]:
            producer = writer.get(stream)
            if producer is None:  # a top-level input
                continue
            producer_start, producer_end = times[producer["name"]]
            if blocks(process, producer):
                start = max(start, producer_end - process["before_read"])
            start = max(start, producer_start + 1)
            end = max(end, producer_end + 1)
        end = max(end, start + process["latency"])
        times[process["name"]] = (start, end)
        writer.update({stream: process for stream in process["outputs"]})
    return max((end for _, end in times.values()), default=0)


def _is_padding(process: dict) -> bool:
    return process["function"].startswith("zeropad")


RULES = {
    "stream (max + n, glue)": lambda process, producer: False,
    "padding waits for its producer": lambda process, producer: _is_padding(process),
    "consumer waits for the input padding": lambda process, producer: (
        _is_padding(producer) and producer["reads_top_input"]
    ),
}


def vivado_stream_designs() -> list[tuple[str, str, Path, dict, int]]:
    """(set, design, project dir, instances by layer, report latency) of every Vivado HLS io_stream design."""
    designs = []
    sets = [p for p in DATA.glob("heldout*") if (p / "summary.csv").is_file()]
    for root in sorted(sets, key=lambda p: int(p.name[7:] or 1)):
        totals = {r["design"]: r for r in read_table(root / "summary.csv") if r["row"] == "Total"}
        instances: dict = {}
        for row in read_table(root / "instances.csv"):
            instances.setdefault(row["design"], {})[row["layer"]] = row
        for design in read_table(root / "MANIFEST.tsv", "\t"):
            label, project_dir = design["design"], root / "projects" / design["design"]
            if not design["hls_tool"].lower().startswith("vivado") or label not in totals:
                continue
            layers, _, _ = read_design_project(root, design)
            if not any(layer.io_type == "io_stream" for layer in layers):
                continue
            report = int(totals[label]["latency_max"])
            designs.append((root.name, label, project_dir, instances.get(label, {}), report))
    return designs


def best_blocking_sets(processes: list[dict], report: int, candidates: list[str], most: int, keep: int = 3):
    """The `keep` sets of at most `most` blocking processes (from `candidates`) closest to the report."""
    scored = []
    for size in range(min(most, len(candidates)) + 1):
        for chosen in itertools.combinations(candidates, size):
            latency = compose(processes, lambda process, producer, c=set(chosen): process["name"] in c)
            scored.append((abs(latency - report), latency, chosen))
    return [(latency, chosen) for _, latency, chosen in sorted(scored)[:keep]]


def print_blocking_sets(graphs: dict, reports: dict) -> None:
    """Every subset of blocking zero-paddings (E3, U2, N1, N2); up to 3 blocking processes of any kind on the
    plain chains (E3, X7, U3)."""
    for label in _SUBSET_DESIGNS:
        paddings = [p["name"] for p in graphs[label] if _is_padding(p)]
        for latency, chosen in best_blocking_sets(graphs[label], reports[label], paddings, len(paddings)):
            print(f"{label} report {reports[label]:,}: {latency:,} blocking {', '.join(chosen) or 'none'}")
    for label in _CHAIN_DESIGNS:
        names = [p["name"] for p in graphs[label][1:]]
        for latency, chosen in best_blocking_sets(graphs[label], reports[label], names, 3):
            print(f"{label} report {reports[label]:,}: {latency:,} blocking {', '.join(chosen) or 'none'}")


def main() -> None:
    warnings.simplefilter("ignore")  # read_project's approximation notes on pointwise convolutions
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subsets", action="store_true", help="best subsets of blocking zero-paddings")
    args = parser.parse_args()
    print("| set | design | report | " + " | ".join(RULES) + " |")
    print("|---" * (3 + len(RULES)) + "|")
    graphs, reports = {}, {}
    for name, label, project_dir, instances, report in vivado_stream_designs():
        reports[label] = report
        processes = graphs[label] = process_graph(project_dir, instances)
        cells = []
        for blocks in RULES.values():
            latency = compose(processes, blocks)
            cells.append(f"{latency:,} ({(latency - report) / max(report, 1):+.1%})")
        print(f"| {name} | {label} | {report:,} | " + " | ".join(cells) + " |")
    if args.subsets:
        print_blocking_sets(graphs, reports)


if __name__ == "__main__":
    main()
