"""Do element-wise activations over constant inputs cost LUT/FF? Evidence from the stored csynth reports
(branch deadrelu, issue 16).

A Latency-strategy Dense or pointwise Conv1D output whose kernel column is all zero is its bias, a
constant (`constchan.constant_elements`). This lists every io_parallel activation instance of the stored
reports (the calibration set's activations.csv and the held-out sets' instances.csv) with the elements of
its input that are constant, the reported LUT/FF (csynth report) and the model's estimate (constants in
code) for all n elements and for the live ones (n - constant), so that designs with no constant input
serve as controls of the per-element cost.

* Calibration set (no project source stored): each ReLU is tied to the Dense layer of layers.csv with its
  n_out and the largest config number below the ReLU's (hls4ml numbers configs in layer order); constant =
  the layer's all-zero kernel columns (weights/CASE__LAYER.txt) when it is Latency, else none.
* Held-out sets: the project's top calls (`constchan.top_calls`) over its local arrays, the weight layers
  and kernels `read_project` reads (H10: also with `synthesized_weights/`, the weights its report was
  synthesised with); the instance is the instances.csv row of the call's layer name. `direct`: constant
  elements of the array the call reads as its writer left them; `carried`: carried through relu/linear
  calls in between. `zero_columns`: the source layer's all-zero kernel columns whatever its strategy.

Writes results/bench/deadrelu_evidence.csv (every instance) and results/bench/deadrelu_evidence.md
(`summary_lines`: per design, the spread of the ReLUs' report LUT/FF per element and per live element;
printed too).

    PYTHONPATH=src nice -n 19 .venv/bin/python bench/deadrelu_evidence.py [--out results/bench/X.csv]
"""

import argparse
import csv
from dataclasses import replace
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import glue
from fpgaprune.core.hardware import heldout as h
from fpgaprune.core.hardware.activation import Activation, estimate_relu, read_relu_rows
from fpgaprune.core.hardware.constchan import _TOP_CALL, constant_elements, top_calls
from fpgaprune.core.hardware.precision import parse_precision
from fpgaprune.core.hardware.project import (
    kernel_from_hls_order,
    project_layers,
    read_project_files,
    read_weights_file,
)

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
ELEMENTWISE = (
    "relu",
    "linear",
    "sigmoid",
    "tanh",
    "leaky_relu",
    "elu",
    "selu",
    "prelu",
    "hard_sigmoid",
    "hard_tanh",
    "relu6",
    "relu_max",
    "thresholded_relu",
    "softsign",
    "softplus",
    "binary_tanh",
    "ternary_tanh",
)
FIELDS = (
    "set",
    "design",
    "tool",
    "version",
    "io",
    "dataflow",
    "layer",
    "function",
    "source_function",
    "source_strategy",
    "n",
    "types",
    "zero_columns",
    "constant_direct",
    "constant_carried",
    "weights",
    "report_lut",
    "report_ff",
    "report_latency",
    "estimate_lut_all",
    "estimate_ff_all",
    "estimate_lut_live",
    "estimate_ff_live",
    "estimate_latency",
)


def calibration_rows() -> list[dict]:
    root = DATA / "calibration"
    layers = list(csv.DictReader((root / "layers.csv").open()))
    out = []
    for row in read_relu_rows(root / "activations.csv"):
        config = int(row.activation.name.rsplit("config", 1)[1])
        mine = [
            r
            for r in layers
            if r["case_id"] == row.case
            and int(r["n_out"]) == row.activation.n
            and int(r["layer_cfg"].rsplit("config", 1)[1]) < config
        ]
        dense = max(mine, key=lambda r: int(r["layer_cfg"].rsplit("config", 1)[1]))
        zero_columns = 0
        if dense["weights_copy"]:
            flat = read_weights_file(root / dense["weights_copy"])
            # hls4ml's stored order: n_in x n_out for Latency, transposed for Resource
            kernel = flat.reshape(int(dense["n_in"]), int(dense["n_out"]))
            if dense["strategy"] != "latency":
                kernel = flat.reshape(int(dense["n_out"]), int(dense["n_in"])).T
            zero_columns = int((~(kernel != 0).any(axis=0)).sum())
        constant = zero_columns if dense["strategy"] == "latency" else 0
        out.append(
            _record(
                "calibration",
                row.case,
                row.hls_tool,
                "",
                False,
                row.activation,
                "dense",
                dense["strategy"],
                zero_columns,
                constant,
                constant,
                "calibration weights",
                row.report,
                row.clock_ns,
            )
        )
    return out


def _record(
    set_name, design, tool, version, dataflow, activation, source, strategy, zero_columns, direct, carried,
    weights, report, clock_ns,
) -> dict:  # fmt: skip
    activation = replace(activation, constant=0)  # the model before branch deadrelu counts every element
    everything = estimate_relu(activation, tool, clock_ns) if activation.function == "relu" else {}
    live = Activation(
        activation.name,
        activation.function,
        activation.n - carried,
        activation.input_type,
        activation.output_type,
    )
    live_estimate = estimate_relu(live, tool, clock_ns) if activation.function == "relu" and live.n else {}
    return {
        "set": set_name,
        "design": design,
        "tool": tool,
        "version": version,
        "io": "io_parallel",
        "dataflow": int(dataflow),
        "layer": activation.name,
        "function": activation.function,
        "source_function": source,
        "source_strategy": strategy,
        "n": activation.n,
        "types": f"{activation.input_type.width}:{activation.input_type.kif} -> "
        f"{activation.output_type.width}:{activation.output_type.kif} {activation.output_type.rounding} "
        f"{activation.output_type.overflow}",
        "zero_columns": zero_columns,
        "constant_direct": direct,
        "constant_carried": carried,
        "weights": weights,
        "report_lut": report.get("lut"),
        "report_ff": report.get("ff"),
        "report_latency": report.get("latency_cycles", report.get("latency")),
        "estimate_lut_all": everything.get("lut", ""),
        "estimate_ff_all": everything.get("ff", ""),
        "estimate_lut_live": live_estimate.get("lut", 0 if activation.function == "relu" else ""),
        "estimate_ff_live": live_estimate.get("ff", 0 if activation.function == "relu" else ""),
        "estimate_latency": everything.get("latency_cycles", ""),
    }


def heldout_rows() -> list[dict]:
    out = []
    for root, design, instances in h.manifest_designs_with_instances(DATA):
        out += _design_rows(root, design, instances)
    return out


def _design_rows(root: Path, design: dict, instances: list[dict]) -> list[dict]:
    project = root / "projects" / design["design"]
    if not (project / "firmware").is_dir():
        return []
    files = read_project_files(project)
    if "hls::stream" in files.source:
        return []
    tool, version = h.manifest_tool(design), h.manifest_version(design)
    try:
        layers, kernels, target = project_layers(files, tool, version)
    except (ValueError, FileNotFoundError):
        return []
    reported = {r["layer"]: r for r in instances if r["design"] == design["design"]}
    weight_sets = [("firmware/weights", kernels)]
    synthesized = project / "synthesized_weights"
    if synthesized.is_dir():
        weight_sets.append(("synthesized_weights", _kernels_from(synthesized, files, layers, kernels)))
    types, macros = glue._typedefs(files.defines), glue.define_macros(files.defines)
    arrays, elements = {}, {}
    for element, name, size in glue._LOCAL_ARRAY.findall(files.source):
        try:
            arrays[name] = int(glue.expand_product(size.replace(" ", ""), macros))
            elements[name] = parse_precision(glue._resolve(types, element))
        except (ValueError, KeyError, TypeError):
            continue
    calls = top_calls(files.source, arrays)
    writer = {written: (function, name) for function, written, _, name in calls if written}
    strategies = {layer.name: layer.strategy for layer in layers}
    source_layers = {layer.name: i for i, layer in enumerate(layers)}
    activations = {a.name: a for a in glue.design_activations(files)}
    dataflow = glue.is_dataflow_top(files.source)
    rows = []
    for label, these_kernels in weight_sets:
        weights = {layer.name: (layer, k) for layer, k in zip(layers, these_kernels)}
        direct = constant_elements(files.source, arrays, "vivado", weights)
        carried = constant_elements(files.source, arrays, "vitis", weights)
        for function, written, read, name in calls:
            if function not in ELEMENTWISE or name not in reported or len(read) != 1:
                continue
            source_function, source_name = writer.get(read[0], ("input", ""))
            activation = activations.get(name) or Activation(
                name, function, arrays[read[0]], elements[read[0]], elements.get(written, elements[read[0]])
            )
            report = reported[name]
            rows.append(
                _record(
                    root.name,
                    design["design"],
                    tool,
                    version or "",
                    dataflow,
                    Activation(name, function, activation.n, activation.input_type, activation.output_type),
                    source_function,
                    strategies.get(source_name, ""),
                    _zero_columns(layers, these_kernels, source_layers.get(source_name)),
                    int(direct[read[0]].sum()),
                    int(carried[read[0]].sum()),
                    label,
                    _report(report),
                    target.clock_ns,
                )
            )
    return rows


def _report(row: dict) -> dict:
    return {"lut": int(row["lut"]), "ff": int(row["ff"]), "latency": int(row["latency_max"])}


def _zero_columns(layers, kernels, index) -> int | str:
    """All-zero kernel columns (per filter) of the weight layer at `index`, whatever its strategy."""
    if index is None or kernels[index] is None:
        return ""
    kernel = np.asarray(kernels[index])
    return int((~(kernel.reshape(-1, kernel.shape[-1]) != 0).any(axis=0)).sum())


def _kernels_from(directory: Path, files, layers, kernels) -> list:
    """The kernels with the weights files of `directory` where it has one for the layer's weight array."""
    out = []
    names = {
        name: arguments.split(",")[2].strip()
        for function, arguments, name in _TOP_CALL.findall(files.source)
        if len(arguments.split(",")) > 2
    }
    for layer, kernel in zip(layers, kernels):
        variable = names.get(layer.name)
        path = directory / f"{variable}.txt" if variable else None
        if path is not None and path.is_file():
            out.append(kernel_from_hls_order(layer, read_weights_file(path)))
        else:
            out.append(kernel)
    return out


def summary_lines(rows: list[dict]) -> list[str]:
    """Per design, weights and input/output types: the ReLUs'
    report LUT and FF per element and per live element, and their spread (coefficient of variation) across
    the design's ReLUs of those types; only groups of two or more ReLUs of which one has a constant input, or
    whose source layer has all-zero columns, or that differ in n (controls)."""
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        if row["function"] != "relu":
            continue
        groups.setdefault((row["set"], row["design"], row["weights"], row["types"]), []).append(row)
    lines = [
        (
            "| set | design | tool | weights | n | constant | zero columns | report LUT | report FF "
            "| CV LUT/n | CV LUT/live | CV FF/n | CV FF/live |"
        ),
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for (set_name, design, weights, _), group in groups.items():
        if len(group) < 2 or len({r["n"] - r["constant_carried"] for r in group}) < 2:
            continue
        live = [r["n"] - r["constant_carried"] for r in group]
        lut, ff = [r["report_lut"] for r in group], [r["report_ff"] for r in group]
        lines.append(
            f"| {set_name} | {design} | {group[0]['tool']} {group[0]['version']} | {weights} "
            f"| {_list(r['n'] for r in group)} | {_list(r['constant_carried'] for r in group)} "
            f"| {_list(r['zero_columns'] for r in group)} | {_list(lut)} | {_list(ff)} "
            f"| {_spread(lut, [r['n'] for r in group])} | {_spread(lut, live)} "
            f"| {_spread(ff, [r['n'] for r in group])} | {_spread(ff, live)} |"
        )
    return lines


def _list(values) -> str:
    return ", ".join(str(v) for v in values)


def _spread(values, counts) -> str:
    """Coefficient of variation of values per count ("" when every value is 0 or a count is 0)."""
    if not any(values) or not all(counts):
        return ""
    ratios = np.array(values, dtype=float) / np.array(counts, dtype=float)
    return f"{ratios.std() / ratios.mean():.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("results/bench/deadrelu_evidence.csv"))
    args = parser.parse_args()
    rows = calibration_rows() + heldout_rows()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    lines = summary_lines(rows)
    args.out.with_suffix(".md").write_text("\n".join(lines) + "\n")
    print(f"{len(rows)} io_parallel element-wise activation instances -> {args.out}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
