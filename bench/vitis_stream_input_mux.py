"""Would the Vitis HLS report's input multiplexers replace `rom_lut["input_mux"]` on io_stream ROM layers?

Branch set19fix, set 19's L2 (a Resource Dense 32 -> 1 at RF 4, 4,673 LUT estimated against 1,418): its report
builds one RF-to-1 multiplexer per multiplier (`mux_4_2_16`, 20 LUT for 16 bits at RF 4: 0.625 LUT per input
bit and log2 RF), where the model's shared term gives 17.0 per the same unit. This script tries, on every
Vitis HLS io_stream Resource (ROM) layer of the held-out sets, the model with that term replaced by the
report's multiplexers (0.625 x block factor x data bits x log2 RF) plus a window term (c x n_in x data bits,
c the median over the layers of the other repositories of what their reports leave for it), and prints each
layer's relative LUT error with the model as it is and with the replacement. Nothing is fitted into the
model.

    .venv/bin/python bench/vitis_stream_input_mux.py
"""

from math import log2
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.cost import estimate_layer, rom_kernel
from fpgaprune.core.hardware.heldout import (
    design_repositories,
    manifest_tool,
    read_design_project,
    read_table,
)
from fpgaprune.core.hardware.logic import constants_for, rom_kernel_features

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
REPORT_MUX_LUT = 20 / (16 * 2)  # L2's mux_4_2_16: 20 LUT for 16 bits of a 4-to-1 multiplexer


def vitis_stream_rom_layers():
    """(repository, design, layer name, report LUT, estimate LUT, its input_mux LUT, mux, window) rows."""
    repositories = design_repositories(DATA)
    for root in sorted(DATA.glob("heldout*")):
        if not (root / "instances.csv").exists():
            continue
        reported = {(r["design"], r["layer"]): float(r["lut"]) for r in read_table(root / "instances.csv")}
        for design in read_table(root / "MANIFEST.tsv", "\t"):
            if manifest_tool(design) != "vitis":
                continue
            layers, kernels, target = read_design_project(root, design)
            for layer, kernel in zip(layers, kernels):
                key = (design["design"], layer.name)
                if layer.strategy != "resource" or layer.constant_weights or layer.io_type != "io_stream":
                    continue
                if key not in reported:
                    continue
                features, _ = rom_kernel_features(rom_kernel(layer, None))
                term = features["input_mux"] * constants_for("vitis", target.fabric).rom_lut["input_mux"]
                bits = layer.input_type.width
                inputs = max(min(layer.reuse_factor, layer.n_in), 2)
                mux = REPORT_MUX_LUT * layer.block_factor * bits * log2(inputs)
                estimate = estimate_layer(layer, kernel, target).lut
                repository = repositories.get(design["design"], design["repo"])
                yield repository, *key, reported[key], estimate, term, mux, float(layer.n_in * bits)


def main() -> None:
    rows = list(vitis_stream_rom_layers())
    now, tried = [], []
    for repository, design, name, report, estimate, term, mux, window in rows:
        others = [r for r in rows if r[0] != repository]
        per_bit = np.median([(r[3] - (r[4] - r[5]) - r[6]) / r[7] for r in others])
        replaced = estimate - term + mux + per_bit * window
        now.append(abs(estimate - report) / report)
        tried.append(abs(replaced - report) / report)
        print(
            f"{design}/{name}: report {report:.0f}, model {estimate:.0f} ({now[-1]:.2f}), "
            f"tried {replaced:.0f} ({tried[-1]:.2f}; window {per_bit:.2f} LUT per input bit)"
        )
    print(
        f"{len(rows)} layers: median LUT error {np.median(now):.3f} -> {np.median(tried):.3f}, "
        f"worst {max(now):.2f} -> {max(tried):.2f}"
    )


if __name__ == "__main__":
    main()
