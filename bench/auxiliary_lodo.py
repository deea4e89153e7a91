"""Softmax and 2D pooling LUT/FF (`auxiliary.fit_auxiliary_constants`) one design out, per instance, and each
design's influence on the fitted constants (branch auxlad). Rows: `heldout._auxiliary_instances` (the fit's
selection; since branch parpool without the io_parallel 2D poolings, which the fit leaves out). Every
estimate is the model's ("estimate") against the instance's report ("report").

Variants (`--variant`):
* `present`: the features and fit in code: since branch auxlad the io_stream softmax's per-bit term counts
  one input pack (hls4ml's stream softmax, `nnet_activation_stream.h`, runs one pipelined loop over the
  n_in / pack packs, each trip a whole softmax over its pack, so its logic is one pack's).
* `n_in`: the feature before branch auxlad, all n_in values x input bits (one pack's bits x trips); only H7
  has more than one trip (16 packs of 8 values), which put its 2,048 bits beyond the others' 64-230.
Both: NNLS on relative error, as in code.

Run: PYTHONPATH=src:. python bench/auxiliary_lodo.py [--variant n_in] [--write results/bench/x.md]"""

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import heldout as h
from fpgaprune.core.hardware.auxiliary import estimate_auxiliary, fit_auxiliary_constants, parallel_pooling
from fpgaprune.core.hardware.logic import leave_one_design_out_instances

DATA = Path("tests/core/hardware/data")


def _n_in(layer):
    if layer.function != "softmax" or layer.features["stream_bits"] == 0:
        return layer
    bits = layer.features["stream_bits"] * max(layer.trips, 1)
    return replace(layer, features={**layer.features, "stream_bits": bits})


def rows(variant: str) -> list[tuple]:
    out = []
    for layer, numbers, target, design in h._auxiliary_instances(DATA, with_design=True):
        if parallel_pooling(layer):  # not fitted (branch parpool): `auxiliary.parallel_pooling_estimate`
            continue
        layer = _n_in(layer) if variant == "n_in" else layer
        out.append((layer, numbers, target.hls_tool, design["design"]))
    return out


def _fit(training, _tool):
    return fit_auxiliary_constants([row[:3] for row in training])


def _estimate(layer, _tool, constants):
    return estimate_auxiliary(layer, constants)


def _stats(pairs) -> str:
    errors = np.array([abs(e - r) / max(r, 1) for e, r in pairs])
    summed = sum(e for e, _ in pairs) / sum(r for _, r in pairs)
    return (
        f"{len(pairs)} | {np.median(errors):.3f} | {np.percentile(errors, 90):.3f} | "
        f"{errors.max():.2f} | {summed:.3f}"
    )


def main() -> None:
    variant = sys.argv[sys.argv.index("--variant") + 1] if "--variant" in sys.argv else "present"
    data = rows(variant)
    full = _fit(data, None)
    left = leave_one_design_out_instances(data, _estimate, _fit)
    lines = [f"# Softmax and pooling2d_cl LUT/FF, variant `{variant}` (bench/auxiliary_lodo.py)", ""]
    lines += [f"Full fit: {full}", ""]
    lines += [
        "Relative error |estimate - report| / report per instance; summed: sum of estimates / of reports.",
        "",
        "| function | resource | subset | fit | n | median | p90 | worst | summed est/report |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    subsets = {
        "all": lambda layer, tool: True,
        "io_stream": lambda layer, tool: layer.function != "softmax" or layer.features["stream_bits"] > 0,
        "vivado": lambda layer, tool: tool == "vivado",
        "vitis": lambda layer, tool: tool == "vitis",
    }
    for function in ("softmax", "pooling2d_cl"):
        for resource in ("lut", "ff"):
            for subset, keep in subsets.items():
                mine = [
                    (row, estimate)
                    for row, estimate in left
                    if row[0].function == function and keep(row[0], row[2])
                ]
                if subset == "io_stream" and function == "pooling2d_cl":
                    mine = [(row, e) for row, e in mine if row[0].pixels > 0]
                inside = [(estimate_auxiliary(row[0], full)[resource], row[1][resource]) for row, _ in mine]
                out = [(estimate[resource], row[1][resource]) for row, estimate in mine]
                for name, pairs in (("in-sample", inside), ("one design out", out)):
                    if pairs:
                        lines.append(f"| {function} | {resource} | {subset} | {name} | {_stats(pairs)} |")
    lines += ["", "Influence: each design left out, the largest relative move of a constant", ""]
    lines += ["| design | function | resource | constants without it | largest move |"]
    lines += ["|---|---|---|---|---|"]
    moves = []
    for design in sorted({row[3] for row in data}):
        refit = _fit([row for row in data if row[3] != design], None)
        for function, by_resource in full.items():
            for resource, constants in by_resource.items():
                if not any(row[3] == design and row[0].function == function for row in data):
                    continue
                new = refit[function][resource]
                change = max(abs(new[k] - c) / abs(c) if c else new[k] for k, c in constants.items())
                moves.append((change, design, function, resource, refit[function][resource]))
    for change, design, function, resource, constants in sorted(moves, reverse=True)[:12]:
        lines.append(f"| {design} | {function} | {resource} | {constants} | {change:.2f} |")
    lines += ["", "One design out, per instance (estimate vs report):", ""]
    lines += ["| design | function | layer | tool | LUT report / in / out | FF report / in / out |"]
    lines += ["|---|---|---|---|---|---|"]
    for row, estimate in left:
        layer, numbers, tool, design = row
        inside = estimate_auxiliary(layer, full)
        lines.append(
            f"| {design} | {layer.function} | {layer.name} | {tool} | {numbers['lut']} / {inside['lut']} / "
            f"{estimate['lut']} | {numbers['ff']} / {inside['ff']} / {estimate['ff']} |"
        )
    text = "\n".join(lines) + "\n"
    print(text)
    if "--write" in sys.argv:
        Path(sys.argv[sys.argv.index("--write") + 1]).write_text(text)


if __name__ == "__main__":
    main()
