"""Do an io_parallel top's registers hold constant elements? Evidence from the stored csynth reports (branch
constreg, issue 16).

A Latency-strategy Dense or pointwise Conv1D output whose kernel column is all zero is its bias, a constant
(`constchan.constant_elements`; carried through relu/linear under Vitis HLS). The model counts registers for
such elements in two places:

* a PIPELINE top's registers, `glue.TOP_REGISTER_FF[tool]` x `glue.top_array_bits` (every constant-weight
  layer's input array and the last layer's result when it has constant weights), against the report's
  top-level Register row;
* a DATAFLOW top's 0-cycle Dense/ReLU result register, `glue.result_register_ff` (values x bits + 2), against
  the layer's instance FF.

For every io_parallel design of the held-out sets (projects stored) this lists the report's Register row and
its non-instance FF (Total - Instance), the model's top-register term over all elements and over the live ones
(the arrays' constant elements left out: the input array's by `constchan.constant_elements` over the top's
partitioned arrays, the last layer's result by `constchan.constant_outputs` of its kernel when
`constchan.folds`), and whether any weight layer has an all-zero kernel column (pruned) or not (a control).
The calibration set's reports (no project stored) are listed from layers.csv: each design's Dense layers in
config order, its top Register row read from the csynth report, and the constant inputs of each Dense from the
previous Dense's all-zero columns under Latency (through its ReLU: `constant_relu_carried` is what Vitis HLS
carries, `constant_if_carried` what the array would hold were the ReLU's constants carried whatever the tool;
the latter is a diagnosis only).

Writes results/bench/constreg_evidence.csv (one row per design, and one per 0-cycle DATAFLOW Dense/ReLU
instance) and results/bench/constreg_evidence.md (printed too). Every report number is a csynth report's,
every model number an estimate with the constants in code.

    PYTHONPATH=src nice -n 19 .venv/bin/python bench/constreg_evidence.py
"""

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import glue
from fpgaprune.core.hardware import heldout as h
from fpgaprune.core.hardware.calibration import read_calibration
from fpgaprune.core.hardware.constchan import (
    PROPAGATING_TOOLS,
    constant_elements,
    constant_outputs,
    element_channels,
    folds,
    top_calls,
)
from fpgaprune.core.hardware.project import project_layers, read_project_files

sys.path.insert(0, str(Path(__file__).resolve().parent))
from deadrelu_evidence import _kernels_from  # H10's synthesised weights, as that bench reads them

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
OUT = Path(__file__).resolve().parents[1] / "results" / "bench" / "constreg_evidence.csv"
FIELDS = (
    "set",
    "design",
    "calibrating",
    "tool",
    "version",
    "schedule",
    "pruned",
    "row",
    "layer",
    "report_register_ff",
    "report_non_instance_ff",
    "report_instance_ff",
    "constant_values",
    "dead_values",
    "array_bits_all",
    "array_bits_no_constant",
    "array_bits_no_dead",
    "array_bits_if_carried",
    "estimate_all",
    "estimate_no_constant",
    "estimate_no_dead",
    "estimate_if_carried",
)
KINDS = ("all", "no_constant", "no_dead", "if_carried")


def top_register_terms(files, layers, kernels, tool: str) -> dict:
    """The top-register array bits of a project (`glue.top_array_bits` over the layers fitted on): over all
    elements; without the constant ones (`constchan.constant_elements`); without the constant and the unread
    ones (`constchan.element_channels` 0: the elements a DATAFLOW top builds no channel for); and (diagnosis)
    without the constant ones carried through relu/linear whatever the tool. The last layer's result (the
    output port, not a partitioned local) loses its constant outputs (`constchan.constant_outputs` when the
    layer `folds`) in all but the first."""
    sizes = glue._array_sizes(glue._partitioned_arrays(files.source), files.defines)
    weights = {layer.name: (layer, kernel) for layer, kernel in zip(layers, kernels)}
    reads = {name: read for _, _, read, name in top_calls(files.source, sizes)}
    masks = {
        "no_constant": constant_elements(files.source, sizes, tool, weights),
        "no_dead": {a: c == 0 for a, c in element_channels(files.source, sizes, tool, weights).items()},
        "if_carried": constant_elements(files.source, sizes, "vitis", weights),
    }
    fitted = [layer for layer in layers if not h.not_fitted_on(layer)]
    out = {"all": glue.top_array_bits(fitted), "constant_values": 0, "dead_values": 0}
    dead_bits = dict.fromkeys(masks, 0)
    for layer in fitted:
        read = reads.get(layer.name, [])
        if not layer.constant_weights or not read or read[0] not in sizes:
            continue
        for kind, mask in masks.items():
            dead_bits[kind] += int(mask[read[0]].sum()) * layer.input_type.width
        out["constant_values"] += int(masks["no_constant"][read[0]].sum())
        out["dead_values"] += int(masks["no_dead"][read[0]].sum())
    last = fitted[-1] if fitted else None
    kernel = weights.get(last.name, (None, None))[1] if last is not None else None
    if last is not None and last.constant_weights and folds(last, kernel):
        dead = int(constant_outputs(kernel).sum()) * (last.n_out // constant_outputs(kernel).size)
        for kind in dead_bits:
            dead_bits[kind] += dead * last.accum_type.width
        out["constant_values"] += dead
        out["dead_values"] += dead
    for kind, bits in dead_bits.items():
        out[kind] = out["all"] - bits
    return out


def pruned(layers, kernels) -> bool:
    """Whether any weight layer has an all-zero kernel column (whatever its strategy)."""
    return any(k is not None and constant_outputs(k).any() for k in kernels)


def heldout_rows() -> list[dict]:
    rows = []
    roots = sorted(DATA.glob("heldout*"), key=lambda p: int(p.name[7:] or 1))
    for root in roots:
        if not (root / "MANIFEST.tsv").is_file() or not (root / "summary.csv").is_file():
            continue
        summary = h.read_table(root / "summary.csv")
        instances = h.read_table(root / "instances.csv") if (root / "instances.csv").is_file() else []
        skip = h.CALIBRATED_HELDOUT_SETS.get(root.name)
        for design in h.read_table(root / "MANIFEST.tsv", "\t"):
            name = design["design"]
            rows_of = {r["row"]: r for r in summary if r["design"] == name}
            project = root / "projects" / name
            if "Register" not in rows_of or not project.is_dir():
                continue
            files = read_project_files(project)
            layers, kernels, target = project_layers(
                files, h.manifest_tool(design), h.manifest_version(design)
            )
            if not layers or any(layer.io_type != "io_parallel" for layer in layers):
                continue
            tool = target.hls_tool
            schedule = glue._project_schedule(layers, files)
            register = int(rows_of["Register"]["ff"])
            instance = int(rows_of["Instance"]["ff"]) if "Instance" in rows_of else 0
            total = int(rows_of["Total"]["ff"]) if "Total" in rows_of else register + instance
            base = {
                "set": root.name,
                "design": name,
                "calibrating": skip is not None and name not in skip,
                "tool": tool,
                "version": design.get("hls_version", ""),
                "schedule": schedule,
                "pruned": pruned(layers, kernels),
            }
            terms = top_register_terms(files, layers, kernels, tool)
            c = glue.TOP_REGISTER_FF[tool]
            rows.append(
                {
                    **base,
                    "row": "top_register",
                    "report_register_ff": register,
                    "report_non_instance_ff": total - instance,
                    "report_instance_ff": instance,
                    "constant_values": terms["constant_values"],
                    "dead_values": terms["dead_values"],
                    **{f"array_bits_{k}": terms[k] for k in KINDS},
                    # a DATAFLOW top's Register row is its channels' (`CHANNEL_REGISTER_FF`), not this term
                    **{f"estimate_{k}": round(c * terms[k]) if schedule == "pipeline" else "" for k in KINDS},
                }
            )
            if schedule == "dataflow":
                rows += result_register_rows(base, files, layers, kernels, tool, instances)
                synthesized = project / "synthesized_weights"  # H10: the weights its report was built with
                if synthesized.is_dir():
                    these = _kernels_from(synthesized, files, layers, kernels)
                    rows += result_register_rows(
                        {**base, "design": f"{name} (synthesized weights)"},
                        files,
                        layers,
                        these,
                        tool,
                        [{**r, "design": f"{name} (synthesized weights)"} for r in instances],
                    )
    return rows


def result_register_rows(base, files, layers, kernels, tool, instances) -> list[dict]:
    """One row per Dense/ReLU call of a DATAFLOW top whose report instance takes 0 cycles: its instance FF
    against values x bits + 2 over all values of its result array, without the array's constant elements
    (`constchan.constant_elements`), without those and the unread ones (`element_channels` 0), and without
    the constant elements of what the call reads carried through it (a ReLU's constant inputs, the count
    branch deadrelu's ReLU rule uses, `glue.constant_relu_inputs`; a Dense: its own constant outputs)."""
    sizes = glue._array_sizes(glue._partitioned_arrays(files.source), files.defines)
    weights = {layer.name: (layer, kernel) for layer, kernel in zip(layers, kernels)}
    constant = constant_elements(files.source, sizes, tool, weights)
    unread = {a: c == 0 for a, c in element_channels(files.source, sizes, tool, weights).items()}
    relu_inputs = glue.constant_relu_inputs(files, tool, weights)
    written = {name: w for _, w, _, name in top_calls(files.source, sizes)}
    reported = {r["layer"]: r for r in instances if r["design"] == base["design"]}
    out = []
    for name, (values, bits) in glue.process_results(files).items():
        report = reported.get(name)
        if report is None or report["latency_max"] != "0":
            continue
        array = written.get(name)
        dead = {
            "all": 0,
            "no_constant": int(constant[array].sum()) if array in constant else 0,
            "no_dead": int(unread[array].sum()) if array in unread else 0,
        }
        dead["if_carried"] = relu_inputs[name] if report["function"] == "relu" else dead["no_constant"]
        ff = glue.DATAFLOW_OUTPUT_CONTROL_FF
        out.append(
            {
                **base,
                "row": "result_register",
                "layer": f"{name} ({report['function']})",
                "report_instance_ff": int(report["ff"]),
                "constant_values": dead["no_constant"],
                "dead_values": dead["no_dead"],
                **{f"array_bits_{k}": (values - dead[k]) * bits for k in KINDS},
                **{f"estimate_{k}": (values - dead[k]) * bits + ff for k in KINDS},
            }
        )
    return out


_REGISTER = re.compile(r"^\|Register\s*\|[^|]*\|[^|]*\|\s*(\d+)\|", re.MULTILINE)
_INSTANCE = re.compile(r"^\|Instance\s*\|[^|]*\|[^|]*\|\s*(\d+)\|", re.MULTILINE)
_TOTAL = re.compile(r"^\|Total\s*\|[^|]*\|[^|]*\|\s*(\d+)\|", re.MULTILINE)


def calibration_rows() -> list[dict]:
    """The calibration set's io_parallel designs: top Register row of the csynth report against the term over
    its Dense layers (layers.csv, config order)."""
    root = DATA / "calibration"
    by_case = defaultdict(list)
    for row in read_calibration(root):
        by_case[row.case].append(row)
    records = list(csv.DictReader((root / "layers.csv").open()))
    config = {
        f"{r['case_id']}/{r['layer_name']}": int(r["layer_cfg"].rsplit("config", 1)[1]) for r in records
    }
    layer_count = defaultdict(int)
    for r in records:
        layer_count[r["case_id"]] += 1
    manifest = {r["file"]: r for r in h.read_table(root / "MANIFEST.tsv", "\t")}
    rows = []
    for case, case_rows in sorted(by_case.items()):
        if len(case_rows) != layer_count[case]:  # a layer the calibration reader leaves out: no whole design
            continue
        case_rows.sort(key=lambda r: config[r.layer.name])
        layers = [r.layer for r in case_rows]
        if any(layer.io_type != "io_parallel" for layer in layers):
            continue
        report = _calibration_report(root, case, manifest)
        if report is None:
            continue
        text = report.read_text(errors="replace")
        register, instance, total = (int(p.search(text).group(1)) for p in (_REGISTER, _INSTANCE, _TOTAL))
        tool = case_rows[0].target.hls_tool
        kernels = [r.kernel for r in case_rows]
        all_bits = glue.top_array_bits(layers)
        dead = dict.fromkeys(KINDS, 0)
        constant_count = dead_count = 0
        for previous, row in zip([None, *case_rows[:-1]], case_rows):
            layer = row.layer
            if previous is None or not layer.constant_weights:
                continue
            width = layer.input_type.width
            constant = np.zeros(layer.n_in, dtype=bool)
            if folds(previous.layer, previous.kernel) and previous.kernel.shape[-1] == layer.n_in:
                constant = constant_outputs(previous.kernel)
            unread = (
                ~(row.kernel != 0).any(axis=1) if folds(layer, row.kernel) else np.zeros(layer.n_in, bool)
            )
            carried = constant if tool in PROPAGATING_TOOLS else np.zeros(layer.n_in, bool)
            dead["if_carried"] += int(constant.sum()) * width
            dead["no_constant"] += int(carried.sum()) * width
            dead["no_dead"] += int((carried | unread).sum()) * width
            constant_count += int(carried.sum())
            dead_count += int((carried | unread).sum())
        last = case_rows[-1]
        if last.layer.constant_weights and folds(last.layer, last.kernel):
            outputs = int(constant_outputs(last.kernel).sum())
            for kind in ("no_constant", "no_dead", "if_carried"):
                dead[kind] += outputs * last.layer.accum_type.width
            constant_count += outputs
            dead_count += outputs
        c = glue.TOP_REGISTER_FF[tool]
        rows.append(
            {
                "set": "calibration",
                "design": case,
                "calibrating": False,  # TOP_REGISTER_FF is fitted on the held-out sets only
                "tool": tool,
                "version": case_rows[0].target.hls_version or "",
                "schedule": "pipeline" if all(layer.strategy == "latency" for layer in layers) else "?",
                "pruned": any(k is not None and constant_outputs(k).any() for k in kernels),
                "row": "top_register",
                "report_register_ff": register,
                "report_non_instance_ff": total - instance,
                "report_instance_ff": instance,
                "constant_values": constant_count,
                "dead_values": dead_count,
                **{f"array_bits_{k}": all_bits - dead[k] for k in KINDS},
                **{f"estimate_{k}": round(c * (all_bits - dead[k])) for k in KINDS},
            }
        )
    return rows


def _calibration_report(root: Path, case: str, manifest: dict) -> Path | None:
    for file in manifest:
        if f"__{case}__" in file and file.endswith("csynth.rpt"):
            return root / file
    return None


def summary_lines(rows: list[dict]) -> list[str]:
    lines = [
        "# io_parallel top registers and DATAFLOW result registers over constant elements (branch constreg)",
        "",
        "Report numbers are csynth reports'; model numbers are estimates with the constants in code",
        "(`glue.TOP_REGISTER_FF` x `glue.top_array_bits`). Columns: *all* elements (the model);",
        "*no constant*: `constchan.constant_elements` left out (Latency dense/pointwise Conv1D all-zero",
        "kernel columns, carried through relu/linear under Vitis HLS); *no dead*: also the elements no call",
        "reads (`constchan.element_channels` 0, the DATAFLOW channels HLS does not build; HGQ inputs a",
        "quantizer sets to 0 are zero kernel rows); *if carried*: constant elements carried through",
        "relu/linear whatever the tool (a diagnosis, not constchan's rule). The last layer's result loses",
        "its constant outputs in all but *all*. Written by `bench/constreg_evidence.py`.",
        "",
        "## PIPELINE tops: report Register row vs the top-register term",
        "",
        (
            "| set | design | tool | calibrating | pruned | constant / dead values | report Register FF |"
            " estimate all | no constant | no dead | if carried | all / report | no dead / report |"
        ),
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        if r["row"] != "top_register" or r["schedule"] != "pipeline":
            continue
        lines.append(
            f"| {r['set']} | {r['design']} | {r['tool']} | {'yes' if r['calibrating'] else 'no'} | "
            f"{'yes' if r['pruned'] else 'no'} | {r['constant_values']} / {r['dead_values']} | "
            f"{r['report_register_ff']} | {r['estimate_all']} | {r['estimate_no_constant']} | "
            f"{r['estimate_no_dead']} | {r['estimate_if_carried']} | "
            f"{_ratio(r['estimate_all'], r['report_register_ff'])} | "
            f"{_ratio(r['estimate_no_dead'], r['report_register_ff'])} |"
        )
    lines += ["", *_ratio_summary(rows), "", "## DATAFLOW 0-cycle Dense/ReLU result registers", ""]
    lines += [
        "In-instance FF of the report against values x bits + 2; *if carried* here: a ReLU's constant inputs",
        "(`glue.constant_relu_inputs`, branch deadrelu's count), a Dense's own constant outputs.",
        "",
        (
            "| set | design | tool | layer | constant / dead values | report instance FF | estimate all |"
            " no constant | no dead | if carried |"
        ),
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        if r["row"] == "result_register":
            lines.append(
                f"| {r['set']} | {r['design']} | {r['tool']} | {r['layer']} | {r['constant_values']} / "
                f"{r['dead_values']} | {r['report_instance_ff']} | {r['estimate_all']} | "
                f"{r['estimate_no_constant']} | {r['estimate_no_dead']} | {r['estimate_if_carried']} |"
            )
    dataflow = [r for r in rows if r["row"] == "top_register" and r["schedule"] == "dataflow"]
    lines += [
        "",
        "## DATAFLOW tops (Register row: one FF per channel, `CHANNEL_REGISTER_FF`; listed for the record)",
        "",
        "| set | design | tool | constant / dead values | report Register FF |",
        "|---|---|---|---|---|",
        *(
            f"| {r['set']} | {r['design']} | {r['tool']} | {r['constant_values']} / {r['dead_values']} | "
            f"{r['report_register_ff']} |"
            for r in dataflow
        ),
    ]
    return lines


def _ratio(estimate, report) -> str:
    return f"{estimate / report:.2f}" if report and estimate != "" else ""


def _ratio_summary(rows) -> list[str]:
    """Median Register FF / array bits per tool over the calibrating PIPELINE tops (what `TOP_REGISTER_FF`
    is), per kind of array bits, pruned and unpruned designs apart and together."""
    out = [
        "Median report Register FF / array bits over the calibrating PIPELINE tops (`TOP_REGISTER_FF`'s fit)",
        "",
    ]
    for tool in ("vivado", "vitis"):
        for kind in KINDS:
            for group, keep in (("pruned", True), ("unpruned", False), ("both", None)):
                ratios = [
                    r["report_register_ff"] / r[f"array_bits_{kind}"]
                    for r in rows
                    if r["row"] == "top_register"
                    and r["schedule"] == "pipeline"
                    and r["calibrating"]
                    and r["tool"] == tool
                    and r[f"array_bits_{kind}"] > 0
                    and (keep is None or r["pruned"] == keep)
                ]
                if ratios:
                    out.append(
                        f"* {tool}, bits {kind}, {group}: median {np.median(ratios):.4f} over {len(ratios)} "
                        f"(range {min(ratios):.3f}-{max(ratios):.3f})"
                    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = heldout_rows() + calibration_rows()
    with args.out.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, FIELDS)
        writer.writeheader()
        writer.writerows({k: r.get(k, "") for k in FIELDS} for r in rows)
    lines = summary_lines(rows)
    args.out.with_suffix(".md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
