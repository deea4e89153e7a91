"""Why the 'measured' timing tie-break (branch vivadoff) made 15 held-out layers' latency worse.

Every weight layer of held-out sets 1-8 and 11-21 is estimated with the model of two source trees (this
worktree's `src` and the `src` of another commit, extracted with `git archive`), the layers that are
calibration rows (`heldout.CALIBRATED_HELDOUT_SETS`, `heldout.calibration_rows`) are marked, and for each
layer whose latency estimate moved, the kernel's timing as the model sees it is printed: tool, version, part,
clock budget, operand widths, DSP products (model `uses_dsp` against the report's DSP column), adder levels,
the critical path (product delay + levels x adder_ns, one kernel call) against the clock budget, the
estimates and the report (all latency numbers: estimate vs csynth report, cycles).

    PYTHONPATH=src:. .venv/bin/python bench/tie_break_regressions.py [--before f3aae8b] \
        [--out results/bench/tie_break_regressions.csv]

`--dump FILE` (used internally): write the per-layer rows of the model on PYTHONPATH to FILE.
"""

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "core" / "hardware" / "data"
SETS = [f"heldout{n}" if n > 1 else "heldout" for n in (1, *range(2, 9), *range(11, 22))]
FIELDS = [
    *("set", "design", "layer", "kind", "io_type", "strategy", "tool", "version", "part", "fabric"),
    *("speed_grade", "clock_ns", "budget_ns", "data_bits", "operand_bits", "weight_bits", "accum_bits"),
    *("reuse_factor", "n_in", "n_out", "uses_dsp", "fabric_multipliers", "limit_binds", "levels"),
    *("product_ns", "dsp_ns", "adder_ns", "product_delay", "path_ns", "path_budgets", "kernel_latency"),
    *("latency", "report_latency", "report_dsp", "estimate_dsp", "calibrates"),
]


def dump(out: str) -> None:
    """Per-layer rows of the model on sys.path (this function runs under either source tree)."""
    warnings.simplefilter("ignore")
    from fpgaprune.core.hardware import heldout
    from fpgaprune.core.hardware.cost import _copies, constant_kernel, estimate_layer
    from fpgaprune.core.hardware.logic import (
        constant_kernel_timing,
        constants_for,
        product_delay_ns,
        tree_levels,
    )
    from fpgaprune.core.hardware.structures import as_matrix

    rows = []
    for name in SETS:
        root = DATA / name
        skip = heldout.CALIBRATED_HELDOUT_SETS.get(name)
        calibrating = set()
        if skip is not None:
            calibrating = {
                (r.case, r.layer.name.split("/", 1)[1]) for r in heldout.calibration_rows(root, skip)
            }
        instances = heldout.read_table(root / "instances.csv")
        for design in heldout.read_table(root / "MANIFEST.tsv", "\t"):
            d = design["design"]
            layers, kernels, target = heldout.read_design_project(root, design)
            reported = {r["layer"]: r for r in instances if r["design"] == d}
            constants = constants_for(target.hls_tool, target.calibration_group)
            for layer, weights in zip(layers, kernels):
                estimate = estimate_layer(layer, weights, target)
                report = reported[layer.name]
                row = {
                    "set": name,
                    "design": d,
                    "layer": layer.name,
                    "kind": layer.kind,
                    "io_type": layer.io_type,
                    "strategy": layer.strategy,
                    "tool": target.hls_tool,
                    "version": target.version,
                    "part": target.part,
                    "fabric": target.calibration_group,
                    "speed_grade": target.speed_grade,
                    "clock_ns": target.clock_ns,
                    "budget_ns": round(target.budget_ns, 4),
                    "data_bits": layer.input_type.width,
                    "operand_bits": layer.data_operand_bits,
                    "weight_bits": layer.weight_type.width,
                    "accum_bits": layer.accum_type.width,
                    "reuse_factor": layer.reuse_factor,
                    "n_in": layer.n_in,
                    "n_out": layer.n_out,
                    "product_ns": constants.product_ns,
                    "dsp_ns": constants.dsp_ns,
                    "adder_ns": constants.adder_ns,
                    "latency": estimate.latency_cycles,
                    "report_latency": report["latency_max"],
                    "report_dsp": report["dsp"],
                    "estimate_dsp": estimate.dsp,
                    "calibrates": (heldout.calibration_case(name, d), layer.name) in calibrating,
                }
                if layer.constant_weights:
                    matrix = None if weights is None else as_matrix(layer, weights)
                    kernel = constant_kernel(layer, matrix, target)
                    levels = int(tree_levels(kernel.terms).max(initial=0))
                    delay = product_delay_ns(kernel, constants)
                    path = delay + levels * constants.adder_ns
                    try:  # the arrival-timed tree (branch tiecost), where the source tree has it
                        from fpgaprune.core.hardware.logic import tree_path_ns

                        path = tree_path_ns(kernel, constants)
                    except ImportError:
                        pass
                    row.update(
                        uses_dsp=kernel.uses_dsp,
                        fabric_multipliers=kernel.fabric_multipliers,
                        limit_binds=kernel.limit_binds,
                        levels=levels,
                        product_delay=delay,
                        path_ns=round(path, 3),
                        path_budgets=round(path / target.budget_ns, 3),
                        kernel_latency=constant_kernel_timing(kernel, constants, target.budget_ns)[0],
                    )
                    row["copies"] = _copies(layer)
                rows.append(row)
    with open(out, "w", newline="") as handle:
        writer = csv.DictWriter(handle, FIELDS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def band(estimate: float, report: float) -> float:
    """The latency error in band units (max(1 cycle, 10 %) of the report), as `heldout.metric_error`."""
    return abs(estimate - report) / max(1.0, 0.1 * report)


def run_under(src: Path, out: Path) -> None:
    env = dict(os.environ, PYTHONPATH=f"{src}:{ROOT}")
    subprocess.run([sys.executable, __file__, "--dump", str(out)], env=env, check=True, cwd=ROOT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--before",
        default="f3aae8b",
        help="commit of the model before (default: main's parent of the vivadoff merge)",
    )
    parser.add_argument("--out", default=None, help="CSV of the moved layers (both models' rows)")
    parser.add_argument("--all", action="store_true", help="also list calibrating layers that moved")
    parser.add_argument("--dump", default=None)
    args = parser.parse_args()
    if args.dump:
        dump(args.dump)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        archive = subprocess.run(
            ["git", "archive", args.before, "src"], cwd=ROOT, check=True, capture_output=True
        ).stdout
        (tmp / "before").mkdir()
        subprocess.run(["tar", "-x", "-C", str(tmp / "before")], input=archive, check=True)
        run_under(tmp / "before" / "src", tmp / "before.csv")
        run_under(ROOT / "src", tmp / "after.csv")
        with open(tmp / "before.csv") as b, open(tmp / "after.csv") as a:
            before, after = list(csv.DictReader(b)), list(csv.DictReader(a))
    assert [(r["set"], r["design"], r["layer"]) for r in before] == [
        (r["set"], r["design"], r["layer"]) for r in after
    ]
    moved, better, worse = [], 0, 0
    for b, a in zip(before, after):
        if b["latency"] == a["latency"]:
            continue
        if a["calibrates"] == "True" and not args.all:
            continue
        report = float(a["report_latency"])
        eb, ea = band(float(b["latency"]), report), band(float(a["latency"]), report)
        verdict = "better" if ea < eb else "worse" if ea > eb else "same"
        better += verdict == "better"
        worse += verdict == "worse"
        moved.append((b, a, eb, ea, verdict))
    print(
        f"latency moved on {len(moved)} layers ({'all' if args.all else 'non-calibration'}): "
        f"{better} better, {worse} worse\n"
    )
    header = (
        "| set | design/layer | tool version part | clock (budget) ns | data/operand x weight bits, accum "
        "| RF | n_in x n_out | uses_dsp (model DSP / report DSP) | levels | path before -> after ns "
        "(budgets) | layer latency before -> after | report | verdict |"
    )
    print(header)
    print("|---" * (header.count("|") - 1) + "|")
    for b, a, eb, ea, verdict in moved:
        print(
            f"| {a['set']} | {a['design']}/{a['layer']} ({a['kind']}, {a['io_type']}, {a['strategy']}) "
            f"| {a['tool']} {a['version']} {a['part']} | {a['clock_ns']} ({a['budget_ns']}) "
            f"| {a['data_bits']}/{a['operand_bits']} x {a['weight_bits']}, {a['accum_bits']} "
            f"| {a['reuse_factor']} | {a['n_in']} x {a['n_out']} "
            f"| {a['uses_dsp']} ({a['estimate_dsp']} / {a['report_dsp']}) | {a['levels']} "
            f"| {b['product_delay']}+{b['levels']}x{b['adder_ns']}={b['path_ns']} ({b['path_budgets']}) -> "
            f"{a['product_delay']}+{a['levels']}x{a['adder_ns']}={a['path_ns']} ({a['path_budgets']}) "
            f"| {b['latency']} -> {a['latency']} | {a['report_latency']} | {verdict} ({eb:.2f} -> {ea:.2f}) |"
        )
    if args.out:
        with open(args.out, "w", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["model", *FIELDS, "band_error"])
            for b, a, eb, ea, _ in moved:
                writer.writerow(["before", *[b[f] for f in FIELDS], round(eb, 4)])
                writer.writerow(["after", *[a[f] for f in FIELDS], round(ea, 4)])


if __name__ == "__main__":
    main()
