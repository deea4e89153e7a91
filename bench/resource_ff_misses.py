"""Where the Resource kernel's FF estimate misses: each register group of the report beside the model term
that stands for it (issue 16, branch resourceff).

For every Resource-strategy calibration row at RF > 1 (`heldout.read_calibration_set`), the layer's own
per-function csynth report (read as `bench/resource_register_table.py` reads it, from `fetch` snapshots
MIRRORS/<owner>+<name>/repo at the MANIFEST's commit) gives its Register table grouped by name
(`resource_register_table.register_groups`: result `ap_return_*_preg`, accumulator, input copies, control,
pipeline) and its Instance FF; beside each group, the in-code model term that counts it
(`logic.rom_kernel_features` x `rom_ff`, the rem0 term `logic.rem0_kernel_ffs`):

* result + accumulator (report) against the "accumulator" term (n_out x accum bits x its constant);
* input (report) against "input" (n_in x data bits where `RomKernel.input_registers`);
* pipeline (report) against "multiplier" (multipliers x `multiplier_register_bits`);
* control (report) against "control" (one fitted constant a kernel);
* Instance FF (report: pipelined multiplier cores, a packed input's shifters) against nothing.

Also: whether the function is a DATAFLOW process (`ap_continue` among its ports), the ReuseLoop's iteration
latency (loop depth), the input copies (input FF / (n_in x data bits)) and the estimate (`row.estimate()`,
constants in code) against the report's Total FF. Sources: csynth reports (HLS estimates); model columns are
estimates with the constants in code (not one design out: results/bench/cost_model_cv.csv has those).

With --variants (no report read; without it, appended to the .md), a study of two register groups the model
does not count as the reports do, each tried as a change of the `rom_ff` features and scored by leaving one
design out of the ROM fit alone (`fit._fit_rom` on the other designs' ROM rows and set 9's fit half, the rem0
terms in code as offsets; the one-design-out FF of bench/cost_model_cv.py for these rows, which refits nothing
else for them; "in code" equals its rows):

* "result counted": every calibration kernel's `ap_return_*_preg` (n_out x accumulator bits, which equal
  the result bits in every such row) added at 1 FF a bit, not fitted; 0 for set 9's designs, whose one layer
  writes the top function's output port (hls4ml 0.8.1's DATAFLOW top, no returned value);
* "result fitted": the same count as a fifth fitted feature;
* "no product register at multscale 1": the "multiplier" feature 0 for a Vivado HLS kernel with a 1-stage
  core whose multipliers each add into their own accumulator (block factor = n_out; R2's layer3 and recurrent
  kernel, 16 and 0 pipeline FF reported);
* both "result counted" and "no product register at multscale 1".

    PYTHONPATH=src .venv/bin/python bench/resource_ff_misses.py /work/.mirror \
        [--out results/bench/resource_ff_misses.csv] [--variants]
"""

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
# sibling scripts of bench/
from resource_kernel_table import _LOOP, _breakdown, resource_reports, write_tables
from resource_register_table import register_groups

from fpgaprune.core.hardware import fit
from fpgaprune.core.hardware.cost import rom_kernel
from fpgaprune.core.hardware.heldout import read_calibration_set, read_set9_rom_ff_rows
from fpgaprune.core.hardware.logic import CONSTANTS, rem0_kernel_ffs, rom_kernel_features

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"

# the rows issue 16's FF work names (docs/cost-model-record.md 2.3, "What the Resource kernel's FF misses")
ASKED = {
    ("R1", "gru.kernel"),
    ("R1", "dense_0"),
    ("R1", "output_softmax"),
    ("R2", "layer1.kernel"),
    ("R2", "layer1.recurrent_kernel"),
    ("U9", "encoder_dense"),
    ("Y3", "dense"),
    ("S11", "fc1"),
    ("S11", "output"),
}


def _process(text: str) -> bool:
    interface = text.split("== Interface", 1)[-1]
    return "|ap_continue " in interface


def table(mirrors: Path) -> list[dict]:
    rom_ff = CONSTANTS["vivado"].rom_ff  # shared by both tools (`refit_constants`)
    rows = []
    for row, name, text in resource_reports(mirrors):
        layer = row.layer
        if layer.reuse_factor == 1 or not text:
            continue
        kernel = rom_kernel(layer, row.kernel, row.target)
        model = {key: rom_ff[key] * value for key, value in rom_kernel_features(kernel)[1].items()}
        groups = register_groups(text)
        loop = _LOOP.search(text)
        input_bits = layer.n_in * layer.input_type.width
        rows.append(
            {
                "case": row.case,
                "layer": name,
                "asked": "yes" if (row.case, name) in ASKED else "",
                "tool": row.target.hls_tool,
                "n_in": layer.n_in,
                "n_out": layer.n_out,
                "rf": layer.reuse_factor,
                "block_factor": layer.block_factor,
                "input_packed": layer.input_packed,
                "process": _process(text),
                "loop_depth": int(loop.group(4)) if loop else "",
                "report_ff": row.report["ff"],
                "estimate_ff": row.estimate().ff,
                "report_result_acc": groups.get("result", 0) + groups.get("accumulator", 0),
                "model_accumulator": round(model["accumulator"]),
                "report_input": groups.get("input", 0),
                "input_copies": round(groups.get("input", 0) / input_bits, 2),
                "model_input": round(model["input"]),
                "report_pipeline": groups.get("pipeline", 0),
                "model_multiplier": round(model["multiplier"]),
                "report_control": groups.get("control", 0),
                "model_control": round(model["control"]),
                "report_instance_ff": _breakdown(text).get("instance_ff", 0),
                "model_rem0": round(rem0_kernel_ffs(kernel, row.target.hls_tool)),
            }
        )
    return rows


VARIANTS = (
    "in code",
    "result counted",
    "result fitted",
    "no product register at multscale 1",
    "result counted, no product register at multscale 1",
)


def _variant_features(name: str, whole: set, own_accumulators: set):
    """`rom_kernel_features` with the variant's change (`whole`: ids of set 9's kernels;
    `own_accumulators`: ids of the Vivado HLS kernels with 1-stage cores whose multipliers each add into
    their own accumulator)."""

    def features(kernel):
        lut, ff = rom_kernel_features(kernel)
        ff = dict(ff)
        if name == "result fitted":
            ff["result"] = 0.0 if id(kernel) in whole else float(kernel.n_out * kernel.accum_bits)
        if name.endswith("multscale 1") and id(kernel) in own_accumulators:
            ff["multiplier"] = 0.0
        return lut, ff

    return features


def _variant_offset(name: str):
    """The fit's offset (`fit._fit_rom` gives set 9's rows none): the rem0 term, plus the counted results."""
    counted = name.startswith("result counted")

    def offset(kernel, tool, constants=None):
        extra = float(kernel.n_out * kernel.accum_bits) if counted else 0.0
        return rem0_kernel_ffs(kernel, tool, constants) + extra

    return offset


def _key(prepared) -> tuple:
    return prepared.row.case, prepared.row.layer.name.split("/", 1)[-1]


def variants() -> list[str]:
    """One design out of the ROM fit alone, per variant: (median, p90) over the ROM rows and each row."""
    prepared = [p for p in fit.prepare(read_calibration_set(DATA)) if not p.constant]
    own = {
        id(p.kernel)
        for p in prepared
        if p.row.target.hls_tool == "vivado"
        and not p.kernel.pipelined_core
        and p.kernel.multipliers == p.kernel.n_out
    }
    set9 = read_set9_rom_ff_rows(DATA)
    whole = {id(kernel) for kernel, _ in set9}
    errors, estimates = {}, {}
    original = fit.rom_kernel_features, fit.rem0_kernel_ffs
    try:
        for name in VARIANTS:
            features, offset = _variant_features(name, whole, own), _variant_offset(name)
            fit.rom_kernel_features, fit.rem0_kernel_ffs = features, offset
            for case in sorted({p.row.case for p in prepared}):
                training = [p for p in prepared if p.row.case != case]
                constants = fit._fit_rom(training, CONSTANTS["vivado"], set9)
                for p in (p for p in prepared if p.row.case == case):
                    ff = features(p.kernel)[1]
                    value = sum(constants.rom_ff[k] * v for k, v in ff.items())
                    value = round(value + offset(p.kernel, p.row.target.hls_tool))
                    estimates[name, _key(p)] = value
                    errors[name, _key(p)] = abs(value - p.row.report["ff"]) / p.row.report["ff"]
    finally:
        fit.rom_kernel_features, fit.rem0_kernel_ffs = original
    keys = sorted({_key(p) for p in prepared}, key=lambda k: (k[0] not in ("R1", "R2"), k))
    lines = ["| variant | median | p90 |", "|---|---|---|"]
    for name in VARIANTS:
        mine = np.array([errors[name, key] for key in keys])
        lines.append(f"| {name} | {np.median(mine):.3f} | {np.percentile(mine, 90):.3f} |")
    lines += ["", "| case | layer | report | " + " | ".join(VARIANTS) + " |"]
    lines += ["|---|---|---|" + "---|" * len(VARIANTS)]
    reports = {_key(p): p.row.report["ff"] for p in prepared}
    for key in keys:
        cells = [f"{estimates[name, key]} ({errors[name, key]:.3f})" for name in VARIANTS]
        lines.append(f"| {key[0]} | {key[1]} | {reports[key]} | " + " | ".join(cells) + " |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirrors", type=Path)
    parser.add_argument("--out", type=Path, default=Path("results/bench/resource_ff_misses.csv"))
    parser.add_argument("--variants", action="store_true", help="print the variants' study only")
    args = parser.parse_args()
    if args.variants:
        print("\n".join(variants()))
        return
    head = __doc__.split("\n\n    PYTHONPATH")[0]
    intro = ["", "Variants (one design out of the ROM fit alone; estimate (relative error) per row):", ""]
    print("\n".join(write_tables(table(args.mirrors), args.out, head, more=intro + variants())))


if __name__ == "__main__":
    main()
