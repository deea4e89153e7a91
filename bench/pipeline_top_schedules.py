"""The states of io_parallel PIPELINE tops in their HLS schedules (issue 16): how 0-cycle calls are chained.

For every held-out design `bench/pipeline_top_chains.py` lists (an io_parallel top under `#pragma HLS
PIPELINE`), this reads the top function's verbose schedule HLS wrote next to the csynth report
(`<solution>/.autopilot/db/<top>.verbose.sched.rpt`, in the repository at the manifest's commit, else its
newest snapshot) from a local git mirror (`MIRRORS/<owner>+<name>/repo`, a bare git directory as `fetch`
leaves it; a design without one is listed as such). It prints, per design, the report's design latency,
the schedule's state count, and each state's critical-path delay with the calls on that path
(`call_retN -> function`, delay ns; `add` rows are inlined operations such as an HGQ quantizer's rounding
adders), and a summary of the delay HLS gives each ReLU call on a critical path.

    PYTHONPATH=src .venv/bin/python bench/pipeline_top_schedules.py MIRRORS \
        > results/bench/pipeline_top_schedules.md
"""

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from csynth_tree import snapshot
from pipeline_top_chains import DATA, held_out_sets, set_rows

from fpgaprune.core.hardware.heldout import read_table

_STATE = re.compile(r"^\s*<State (\d+)>: ([\d.]+)\s*ns")
_PATH_OP = re.compile(r"^\s*'(\w+)' operation .*?\('(\w+)'.*\(([\d.]+) ns\)\s*$")
_CALLEE = re.compile(r"to '(\w+)")


def schedule_text(mirrors: Path, design: dict) -> str | None:
    mirror = snapshot(mirrors, design["repo"])
    report = design["csynth_report"]
    path = re.sub(r"syn/report/(\w+)_csynth\.rpt$", r".autopilot/db/\1.verbose.sched.rpt", report)
    if path == report:  # a report copied out of its solution directory: no schedule next to it
        return None
    for revision in (design["commit"], "HEAD"):
        shown = subprocess.run(
            ["git", "-C", str(mirror), "show", f"{revision}:{path}"],
            check=False,
            capture_output=True,
            text=True,
        )
        if shown.returncode == 0:
            return shown.stdout
    return None


def states(text: str) -> list[tuple[float, list[tuple[str, str, float]]]]:
    """[(state delay ns, [(operation, name -> callee, delay ns) on its critical path])]."""
    timing = text.split("Timing report")[-1]
    result = []
    for line in timing.splitlines():
        state = _STATE.match(line)
        if state:
            result.append((float(state.group(2)), []))
            continue
        operation = _PATH_OP.match(line)
        if operation and result:
            callee = _CALLEE.search(line)
            label = operation.group(2) + (f" -> {callee.group(1)}" if callee else "")
            result[-1][1].append((operation.group(1), label, float(operation.group(3))))
    return result


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: pipeline_top_schedules.py MIRRORS (fetched <owner>+<name>/repo snapshots)")
    mirrors = Path(sys.argv[1])
    manifests = {}
    for name in held_out_sets():
        for design in read_table(DATA / name / "MANIFEST.tsv", "\t"):
            manifests[(name, design["design"])] = design
    relu_delays = []
    print(
        "| set | design | tool | clock ns | report latency | schedule states | states - 1 = report | "
        "state delays ns (critical-path calls) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name in held_out_sets():
        for row in set_rows(name):
            design = manifests[(name, row["design"])]
            text = schedule_text(mirrors, design)
            if text is None:
                print(
                    f"| {name} | {row['design']} | {row['tool']} | {row['clock']:g} | {row['report']} | "
                    "no schedule in the mirror | | |"
                )
                continue
            found = states(text)
            cells = []
            for delay, path in found:
                calls = ", ".join(f"{label} {ns:g}" for op, label, ns in path if op in ("call", "add"))
                cells.append(f"{delay:g}" + (f" ({calls})" if calls else ""))
                relu_delays += [
                    (row["design"], row["tool"], ns)
                    for op, label, ns in path
                    if op == "call" and "relu" in label
                ]
            print(
                f"| {name} | {row['design']} | {row['tool']} | {row['clock']:g} | {row['report']} "
                f"| {len(found)} "
                f"| {'yes' if len(found) - 1 == row['report'] else 'no'} | {'; '.join(cells)} |"
            )
    print()
    print("ReLU calls on a state's critical path (delay HLS gives the call, ns), by tool:")
    print()
    for tool in sorted({tool for _, tool, _ in relu_delays}):
        delays = sorted({ns for _, t, ns in relu_delays if t == tool})
        designs = sorted({d for d, t, _ in relu_delays if t == tool})
        print(f"* {tool}: {', '.join(f'{ns:g}' for ns in delays)} ({', '.join(designs)})")


if __name__ == "__main__":
    main()
