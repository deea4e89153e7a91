"""Time `glue.estimate_project` and `fpgaprune estimate` on the largest held-out projects, and count the files
each reads.

Projects: N2 (a CNN, the most layer calls), U2 (the most weights files, with batch normalisation), T8 (the
largest weights files), P3 (a CNN autoencoder). For each: the median (and spread) of several runs of
`estimate_project(project, tool)` and of the CLI's `estimate PROJECT --hls-tool TOOL --json` in-process
(output discarded), and how often one call opens each file (counted through `pathlib.Path.open`, which
`read_text` uses). Writes results/bench/project_estimate[_LABEL].json.

    PYTHONPATH=src .venv/bin/python bench/bench_project_estimate.py [--repeats 9] [--label before]
"""

import argparse
import contextlib
import io
import pathlib
import platform
import statistics
import time
import warnings
from collections import Counter
from functools import partial
from pathlib import Path

from fpgaprune.cli import main as cli_main
from fpgaprune.core.hardware.glue import estimate_project
from fpgaprune.io import write_json

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
PROJECTS = {  # design: (held-out set, the tool its MANIFEST names)
    "N2": ("heldout17", "vivado"),
    "U2": ("heldout8", "vivado"),
    "T8": ("heldout7", "vivado"),
    "P3": ("heldout4", "vivado"),
}


def _median_seconds(call, repeats: int) -> dict:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return {"median_s": statistics.median(times), "min_s": min(times), "max_s": max(times)}


def _estimate(project: Path, tool: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        estimate_project(project, tool)


def _cli(project: Path, tool: str) -> None:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert cli_main(["estimate", str(project), "--hls-tool", tool, "--json"]) == 0


def _opened_files(call, project: Path) -> Counter:
    """How often `call()` opens each file (path relative to the project)."""
    opened, original = Counter(), pathlib.Path.open

    def counting_open(self, *args, **kwargs):
        opened[str(Path(self).resolve().relative_to(project.resolve()))] += 1
        return original(self, *args, **kwargs)

    pathlib.Path.open = counting_open
    try:
        call()
    finally:
        pathlib.Path.open = original
    return opened


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--label", default="", help="appended to the output file name, e.g. before/after")
    args = parser.parse_args()
    suffix = f"_{args.label}" if args.label else ""
    out = Path(__file__).resolve().parents[1] / "results" / "bench" / f"project_estimate{suffix}.json"
    results = []
    for design, (set_name, tool) in PROJECTS.items():
        project = DATA / set_name / "projects" / design
        _estimate(project, tool)  # warm the imports and the page cache
        row = {"design": design, "set": set_name, "hls_tool": tool}
        for name, call in (("estimate_project", _estimate), ("cli_estimate_json", _cli)):
            row[name] = _median_seconds(partial(call, project, tool), args.repeats)
            opened = _opened_files(partial(call, project, tool), project)
            row[f"{name}_opens"] = {"total": sum(opened.values()), "most": max(opened.values())}
            row[f"{name}_opens_per_file"] = dict(sorted(opened.items()))
        results.append(row)
        print(
            f"{design}: estimate_project {row['estimate_project']['median_s'] * 1e3:.1f} ms "
            f"({row['estimate_project_opens']['total']} opens, at most "
            f"{row['estimate_project_opens']['most']} of one file); CLI estimate --json "
            f"{row['cli_estimate_json']['median_s'] * 1e3:.1f} ms ({row['cli_estimate_json_opens']['total']} "
            f"opens, at most {row['cli_estimate_json_opens']['most']})"
        )
    write_json(
        out,
        {
            "benchmark": "estimate_project and `fpgaprune estimate --json` on held-out projects",
            "label": args.label,
            "repeats": args.repeats,
            "python": platform.python_version(),
            "machine": platform.machine(),
            "results": results,
        },
    )
    print(f"-> {out}")


if __name__ == "__main__":
    main()
