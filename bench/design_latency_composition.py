"""Design latency composed from the REPORTED per-instance latencies (issue 16): the composition error alone.

For every held-out design, the top function's layer calls are read from its project (`glue.process_count`'s
calls, in order, each tied to its instance by the layer name hls4ml writes after the call), each call takes
the latency its csynth report gives that instance (0 for a call the report has no instance of: inlined),
and `glue.design_latency` composes them with the project's schedule (io_stream, io_parallel DATAFLOW or
PIPELINE top). The result is compared with the report's design latency in band units (max(1 cycle, 10 %)),
so the layer model's errors are out of it; `bench/cost_model_heldout.py` scores the estimate itself.

    .venv/bin/python bench/design_latency_composition.py [--sets heldout12,heldout13,...] [--previous]

`--previous` composes with the rule before branch designlatency (every io_parallel top: the sum plus one
cycle per boundary between processes) to show what the schedule-aware rule changed.

Designs left out as `heldout.CALIBRATED_HELDOUT_SETS` and `STREAM_WRAPPER_SETS` leave them out are marked,
not dropped; heldout15 is the last scored set (a check, never a rule's choice).
"""

import argparse
import re
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.calibration import latency_band_error
from fpgaprune.core.hardware.glue import design_latency, is_dataflow_top
from fpgaprune.core.hardware.heldout import (
    CALIBRATED_HELDOUT_SETS,
    STREAM_WRAPPER_SETS,
    manifest_tool,
    read_table,
)
from fpgaprune.core.hardware.project import read_project, read_project_config

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
SETS = sorted({*CALIBRATED_HELDOUT_SETS, *STREAM_WRAPPER_SETS}, key=lambda s: int(s[7:] or 1)) + ["heldout15"]
_CALL = re.compile(r"nnet::(\w+)\s*<[^;]*?>\s*\([^;]*\)\s*;[ \t]*(?://[ \t]*(\S+))?")
_NOT_PROCESSES = ("load_weights_from_txt", "save_layer_output", "print_result")


def reported_processes(project_dir: Path, instances: dict, hls_tool: str) -> tuple[list[int], str]:
    """(reported latency of each layer call of the top function, the top's schedule)."""
    project = read_project_config(project_dir).get("ProjectName", "myproject")
    source = (project_dir / "firmware" / f"{project}.cpp").read_text()
    calls = [name for function, name in _CALL.findall(source) if function not in _NOT_PROCESSES]
    latencies = [int(instances[name]["latency_max"]) if name in instances else 0 for name in calls]
    layers, _, _ = read_project(project_dir, hls_tool)
    if any(layer.io_type == "io_stream" for layer in layers):
        return latencies, "stream"
    source = (Path(project_dir) / "firmware" / f"{project}.cpp").read_text()
    return latencies, "dataflow" if is_dataflow_top(source) else "pipeline"


def previous_rule(latencies: list, processes: int, schedule: str) -> int:
    """The composition before branch designlatency: io_stream max + processes, io_parallel sum + one cycle
    per boundary."""
    if not latencies:
        return 0
    if schedule == "stream":
        return max(latencies) + processes
    return sum(latencies) + max(processes - 1, 0)


def set_rows(name: str, compose=design_latency) -> list[tuple]:
    root = DATA / name
    skipped = {*CALIBRATED_HELDOUT_SETS.get(name, ()), *STREAM_WRAPPER_SETS.get(name, ())}
    totals = {row["design"]: row for row in read_table(root / "summary.csv") if row["row"] == "Total"}
    instances: dict = {}
    for row in read_table(root / "instances.csv"):
        instances.setdefault(row["design"], {})[row["layer"]] = row
    rows = []
    for design in read_table(root / "MANIFEST.tsv", "\t"):
        label = design["design"]
        latencies, schedule = reported_processes(
            root / "projects" / label, instances.get(label, {}), manifest_tool(design)
        )
        composed = compose(latencies, len(latencies), schedule)
        report = int(totals[label]["latency_max"])
        error = latency_band_error(composed, report)
        rows.append((label, schedule, composed, report, error, label in skipped))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--previous", action="store_true", help="compose with the rule before designlatency")
    args = parser.parse_args()
    compose = previous_rule if args.previous else design_latency
    print("| set | schedule | designs | median | worst | within band | misses (composed vs report) |")
    print("|---|---|---|---|---|---|---|")
    for name in args.sets.split(","):
        rows = [row for row in set_rows(name, compose) if not row[5]]
        for schedule in ("pipeline", "dataflow", "stream", "all"):
            mine = [row for row in rows if schedule in ("all", row[1])]
            if not mine:
                continue
            errors = np.array([row[4] for row in mine])
            misses = ", ".join(f"{r[0]} {r[2]} vs {r[3]}" for r in mine if r[4] > 1)
            print(
                f"| {name} | {schedule} | {len(mine)} | {np.median(errors):.2f} | {errors.max():.2f} "
                f"| {np.mean(errors <= 1):.2f} | {misses} |"
            )


if __name__ == "__main__":
    main()
