"""yosys LUT mappings side by side on the da4ml designs of a run: wall and CPU time, and the cells.

Every da4ml project a workflow run wrote (`RUN/results/<experiment>/rf<setting>/**/hls/da4ml`, the
digits_mlp_yosys designs of the default run) is copied to a scratch folder and synthesised by the
pipeline's own `fpgaprune.hls.yosys.synthesize` once per mapping (default: `-abc9`, then `-nowidelut`,
the pipeline's `MAPPING`). CPU time is that of the yosys child (getrusage).

Writes results/bench/yosys_mapping.csv (one row per design and mapping) and a Markdown table beside it.

Usage: .venv/bin/python bench/yosys_mapping.py --run RUN_DIR [--mappings -abc9 -nowidelut]
       [--out results/bench/yosys_mapping.csv]
"""

import argparse
import csv
import datetime
import platform
import resource
import shutil
import tempfile
from pathlib import Path

from fpgaprune.hls.da import TOP
from fpgaprune.hls.yosys import MAPPING, synthesize
from fpgaprune.io import atomic_path

COLUMNS = ("design", "mapping", "wall_s", "cpu_s", "lut", "ff", "carry4", "muxf", "inv", "yosys_version")


def da4ml_projects(run: Path) -> dict[str, Path]:
    """The da4ml folders of a run, named by their design path (`digits_mlp_yosys/rf4/knapsack_dsp/t0.5`)."""
    results = run / "results"
    return {
        str(path.parent.parent.relative_to(results)): path
        for path in sorted(results.glob("*/rf*/**/hls/da4ml"))
        if (path / "src").is_dir()
    }


def yosys_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(design: str, project: Path, mapping: str, scratch: Path) -> dict:
    work = scratch / f"{design.replace('/', '_')}{mapping}"
    shutil.copytree(project, work)
    cpu = yosys_cpu()
    cells = synthesize(work, TOP, mapping=mapping)
    return {
        "design": design,
        "mapping": mapping,
        "wall_s": round(cells["wall_s"], 1),
        "cpu_s": round(yosys_cpu() - cpu, 1),
        **{key: cells[key] for key in COLUMNS[4:]},
    }


def write(rows: list[dict], out: Path, run: Path) -> None:
    with atomic_path(out) as tmp, tmp.open("w", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"# yosys mappings on the da4ml designs of {run} ({when}, {platform.node()}, one run each)",
        "",
        "| " + " | ".join(COLUMNS[:-1]) + " |",
        "|" + "---|" * (len(COLUMNS) - 1),
        *("| " + " | ".join(str(row[key]) for key in COLUMNS[:-1]) + " |" for row in rows),
        "",
        f"{rows[0]['yosys_version']}; the pipeline maps with `{MAPPING}`.",
    ]
    with atomic_path(out.with_suffix(".md")) as tmp:
        tmp.write_text("\n".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", type=Path, required=True, help="a workflow run folder (has results/)")
    parser.add_argument("--mappings", nargs="+", default=["-abc9", MAPPING])
    parser.add_argument("--out", type=Path, default=Path("results/bench/yosys_mapping.csv"))
    args = parser.parse_args()
    projects = da4ml_projects(args.run)
    if not projects:
        parser.error(
            f"{args.run}/results has no */rf*/**/hls/da4ml folder: run the workflow with synthesis: yosys"
        )
    with tempfile.TemporaryDirectory(prefix="yosys-mapping-") as scratch:
        rows = [
            measure(design, project, mapping, Path(scratch))
            for design, project in projects.items()
            for mapping in args.mappings
        ]
    write(rows, args.out, args.run)


if __name__ == "__main__":
    main()
