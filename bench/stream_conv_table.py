"""Every io_stream Conv1D/Conv2D layer of held-out sets 1-17 against its report (branch streamconv).

For each layer: the tool and version the report names, hls4ml's convolution implementation (`linebuffer`,
`encoded`, or "-" when the config struct has none, hls4ml before 0.6), the call (`conv_*_cl` or its
pointwise form), kernel, channels, filters, RF, strategy, the input stream word's size (`nnet::array` size,
`pack`) and the input/accumulator widths, the report's latency, II, LUT and FF (csynth) and the estimate's
(`cost.estimate_model`, source "estimate"), and cycles per input pixel of the report. Sets 18 and 19 are
blind checks and are not read.

    .venv/bin/python bench/stream_conv_table.py [--out results/bench/stream_conv_table.csv]
"""

import argparse
import csv
import re
from pathlib import Path

from fpgaprune.core.hardware.cost import estimate_model
from fpgaprune.core.hardware.heldout import read_design_project, read_table
from fpgaprune.core.hardware.project import _CALL, _array_size, _typedefs

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
SETS = ["heldout"] + [f"heldout{n}" for n in range(2, 18)]  # never 18, 19 (blind)
_IMPLEMENTATION = re.compile(r"conv_implementation::(\w+)")
FIELDS = [
    "set",
    "design",
    "tool",
    "call",
    "impl",
    "kernel",
    "chan",
    "filt",
    "rf",
    "strategy",
    "pack",
    "in_bits",
    "acc_bits",
    "pixels",
    "rep_lat",
    "rep_ii",
    "est_lat",
    "est_ii",
    "rep_lut",
    "est_lut",
    "rep_ff",
    "est_ff",
    "rep_cyc_per_px",
]


def _struct_body(parameters: str, config: str) -> str:
    match = re.search(rf"struct\s+{config}\s*:.*?\n\}};", parameters, re.DOTALL)
    return match.group(0) if match else ""


def design_rows(set_name: str, design: dict, instances: list) -> list[dict]:
    root = DATA / set_name / "projects" / design["design"]
    layers, kernels, target = read_design_project(DATA / set_name, design)
    firmware = root / "firmware"
    source = next(firmware.glob("*.cpp")).read_text()
    calls = {name: (kind, input_type, config) for kind, input_type, config, _, name in _CALL.findall(source)}
    parameters = (firmware / "parameters.h").read_text()
    types = _typedefs((firmware / "defines.h").read_text())
    reported = {row["layer"]: row for row in instances if row["design"] == design["design"]}
    rows = []
    for layer, estimate in zip(layers, estimate_model(layers, kernels, target).layers):
        if layer.io_type != "io_stream" or not layer.is_conv:
            continue
        kind, input_type, config = calls[layer.name]
        impl = _IMPLEMENTATION.search(_struct_body(parameters, config))
        report = reported[layer.name]
        pixels = layer.input_positions
        rows.append(
            {
                "set": set_name,
                "design": design["design"],
                "tool": f"{design['hls_tool']} {design.get('hls_version', '')}".strip(),
                "call": kind,
                "impl": impl.group(1) if impl else "-",
                "kernel": "x".join(str(k) for k in layer.kernel_shape[:-2]),
                "chan": layer.kernel_shape[-2],
                "filt": layer.n_out,
                "rf": layer.reuse_factor,
                "strategy": layer.strategy,
                "pack": _array_size(types, input_type),
                "in_bits": layer.input_type.width,
                "acc_bits": layer.accum_type.width,
                "pixels": pixels,
                "rep_lat": int(float(report["latency_max"])),
                "rep_ii": int(float(report["ii"])),
                "est_lat": estimate.latency_cycles,
                "est_ii": estimate.ii,
                "rep_lut": int(float(report["lut"])),
                "est_lut": estimate.lut,
                "rep_ff": int(float(report["ff"])),
                "est_ff": estimate.ff,
                "rep_cyc_per_px": round(int(float(report["latency_max"])) / pixels, 2),
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("results/bench/stream_conv_table.csv"))
    args = parser.parse_args()
    rows = []
    for set_name in SETS:
        root = DATA / set_name
        if not (root / "instances.csv").is_file():
            continue
        instances = read_table(root / "instances.csv")
        for design in read_table(root / "MANIFEST.tsv", "\t"):
            try:
                rows += design_rows(set_name, design, instances)
            except (ValueError, FileNotFoundError, KeyError) as error:
                print(f"{set_name}/{design['design']}: skipped ({error})")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} io_stream convolution layers -> {args.out}")


if __name__ == "__main__":
    main()
