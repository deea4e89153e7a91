"""Leave-one-design-out of the sigmoid/tanh LUT and FF (`tablelogic`, branch tablelogic): per instance, the
report against no estimate (before: 0) and the estimate with its tool's constants fitted without the design;
per design, the totals of `glue.estimate_project` before (without the sigmoid/tanh terms), in-sample and with
the left-out constants.

    PYTHONPATH=src .venv/bin/python bench/table_logic_loo.py
"""

from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import heldout as h
from fpgaprune.core.hardware import tablelogic as t
from fpgaprune.core.hardware.glue import estimate_project

D = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"


def err(estimate, report):
    return abs(estimate - report) / max(report, 1)


rows = h.read_table_logic_rows(D)
left_out = t.leave_one_design_out(rows)
print("instances:", len(rows), "designs:", len({row[3] for row in rows}))
for tool in ("vivado", "vitis"):
    for metric in ("lut", "ff"):
        mine = [(row, estimate) for row, estimate in left_out if row[2] == tool]
        errors = [err(estimate[metric], row[1][metric]) for row, estimate in mine]
        print(
            f"{tool} {metric}: {len(mine)} instances, before (0) median 1.000, left out median "
            f"{np.median(errors):.3f} mean {np.mean(errors):.3f}, sum report "
            f"{sum(r[1][metric] for r, _ in mine)} sum left-out estimate {sum(e[metric] for _, e in mine)}"
        )
for row, estimate in left_out:
    layer, report, tool, design = row
    print(
        f"  {design} {tool} {layer.function} {'stream' if layer.stream else 'parallel'} n={layer.values}"
        f" lut {report['lut']} vs {estimate['lut']}, ff {report['ff']} vs {estimate['ff']}"
    )

sets = {}
for name in sorted({*h.CALIBRATED_HELDOUT_SETS, *h.STREAM_WRAPPER_SETS}):
    for design in h.read_table(D / name / "MANIFEST.tsv", "\t"):
        sets[design["design"]] = (name, design)
designs = sorted({row[3] for row in rows})
errors = {label: {"lut": [], "ff": []} for label in ("before", "in-sample", "left out")}
for design in designs:
    name, manifest = sets[design]
    totals = estimate_project(D / name / "projects" / design, h.manifest_tool(manifest))["totals"]
    report = next(
        r for r in h.read_table(D / name / "summary.csv") if r["design"] == design and r["row"] == "Total"
    )
    mine = [(row, estimate) for row, estimate in left_out if row[3] == design]
    line = [f"{name}/{design}"]
    for metric in ("lut", "ff"):
        inside = sum(t.estimate_table_activation(row[0], row[2])[metric] for row, _ in mine)
        out = sum(estimate[metric] for _, estimate in mine)
        values = {
            "before": totals[metric] - inside,
            "in-sample": totals[metric],
            "left out": totals[metric] - inside + out,
        }
        for label, value in values.items():
            errors[label][metric].append(err(value, int(report[metric])))
        line.append(
            f"{metric} report {report[metric]} before {values['before']} in {values['in-sample']}"
            f" out {values['left out']}"
        )
    print("  " + "; ".join(line))
for metric in ("lut", "ff"):
    for label, values in errors.items():
        print(
            f"design {metric} {label}: {len(values[metric])} designs, median {np.median(values[metric]):.3f}"
            f" mean {np.mean(values[metric]):.3f}"
        )
