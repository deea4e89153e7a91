"""Every io_parallel softmax instance of the stored held-out sets: report against the constant rule
(`auxiliary.SOFTMAX_PARALLEL_LATENCY`) and the chain (`softmaxchain.parallel_softmax_cycles`).

Reads each set's MANIFEST.tsv and instances.csv (csynth instance rows) and the project as `heldout` does (the
manifest's tool, version, part and clock; the project's clock uncertainty). Errors in band units
(`calibration.latency_band_error`); the instances `heldout` leaves out of the softmax fits (P8, L1)
are left out here too. Writes results/bench/softmax_chain_rows.{csv,txt}; the delays are read
from schedules, nothing is fitted here, so every row is in-sample for the chain's tables where its schedule
was read (the `schedule` column).

    PYTHONPATH=src nice -n 19 .venv/bin/python bench/softmax_chain_rows.py [--out-dir results/bench]
"""

import argparse
import csv
from dataclasses import replace
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.auxiliary import SOFTMAX_PARALLEL_LATENCY, _parallel_softmax, chained_softmax
from fpgaprune.core.hardware.calibration import latency_band_error
from fpgaprune.core.hardware.glue import design_auxiliary
from fpgaprune.core.hardware.heldout import _AUXILIARY_LEFT_OUT, manifest_tool, manifest_version, read_table
from fpgaprune.core.hardware.project import project_target, read_project_files
from fpgaprune.core.hardware.softmaxchain import parallel_softmax_cycles, softmax_delays

DATA = Path("tests/core/hardware/data")
# Designs whose softmax schedule the delay tables were read from (softmaxchain.SOFTMAX_DELAYS' sources).
SCHEDULES_READ = {"B1", "B2", "B3", "C1", "D1", "J1", "K1", "Y1", "G1", "G2", "T1", "T2", "T3", "Z1", "Z2"}


def softmax_rows(data: Path = DATA) -> list[dict]:
    rows = []
    for root in sorted(data.glob("heldout*"), key=lambda p: (len(p.name), p.name)):
        if not (root / "MANIFEST.tsv").exists() or not (root / "instances.csv").exists():
            continue
        instances = read_table(root / "instances.csv")
        for design in read_table(root / "MANIFEST.tsv", "\t"):
            project = root / "projects" / design["design"]
            if not project.exists():
                continue
            reported = {row["layer"]: row for row in instances if row["design"] == design["design"]}
            files = read_project_files(project)
            target = replace(
                project_target(files, manifest_tool(design), manifest_version(design)),
                part=design["part"],
                clock_ns=float(design["clock_ns"]),
            )
            for layer in design_auxiliary(files):
                if not _parallel_softmax(layer) or layer.name not in reported:
                    continue
                if "softmax" in _AUXILIARY_LEFT_OUT.get(design["design"], ()):  # P8: reported at 0 cycles
                    continue
                report = reported[layer.name]["latency_max"]
                if not report:
                    continue
                report = int(float(report))
                chain = (
                    parallel_softmax_cycles(layer.n_in, layer.implementation, layer.saturating_sum, target)
                    if chained_softmax(layer)
                    else None
                )
                old = SOFTMAX_PARALLEL_LATENCY[target.hls_tool]
                rows.append(
                    {
                        "set": root.name,
                        "design": design["design"],
                        "repo": design.get("repo", ""),
                        "tool": f"{target.hls_tool} {target.version}",
                        "part": target.part,
                        "budget_ns": round(target.budget_ns, 3),
                        "table": softmax_delays(target).source.split(" (")[0] if chain is not None else "",
                        "impl": layer.implementation,
                        "n_in": layer.n_in,
                        "sum": "SAT" if layer.saturating_sum else "wrap",
                        "report": report,
                        "old": old,
                        "new": chain,
                        "old_band": round(latency_band_error(old, report), 3),
                        "new_band": None if chain is None else round(latency_band_error(chain, report), 3),
                        "schedule": design["design"] in SCHEDULES_READ,
                    }
                )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=Path("results/bench"))
    args = parser.parse_args()
    rows = softmax_rows()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with open(args.out_dir / "softmax_chain_rows.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    lines = []
    for row in rows:
        lines.append(
            f"{row['set']:10s} {row['design']:4s} {row['tool']:14s} {row['part']:22s} "
            f"{row['budget_ns']:6.3f} "
            f"{row['impl']:7s} n={row['n_in']:<3d} {row['sum']:4s} report {row['report']:3d} "
            f"old {row['old']:2d} new {row['new'] if row['new'] is not None else '-':>2} "
            f"sched {'yes' if row['schedule'] else 'no'}"
        )
    chained = [r for r in rows if r["new"] is not None]
    for label, key in (("old", "old_band"), ("new", "new_band")):
        errors = np.array([r[key] for r in chained])
        exact = int(np.sum(errors == 0))
        lines.append(
            f"{label}: {len(errors)} instances, median {np.median(errors):.3f} band units, "
            f"mean {errors.mean():.3f}, worst {errors.max():.3f}, exact {exact}"
        )
    text = "\n".join(lines)
    (args.out_dir / "softmax_chain_rows.txt").write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
