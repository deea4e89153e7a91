"""Screen candidate shapes of the ROM kernel's input-selection LUT feature (`input_mux`)
on the Resource calibration rows (issue 16, branch selmux; results/bench/selection_mux.md).

For every design (or repository) with a ROM row: the layer constants are fitted on the other designs
(`fit.fit_constants`, as `fit.leave_one_design_out` does), then, per candidate, only the ROM constants are
refitted (`fit._fit_rom`) with the candidate feature in place and the design's ROM rows are estimated. The
constant-weight part does not read the ROM features, so this is the weight-layer CV's Resource rows for each
candidate. Candidates (n_in, RF, data bits W; multscale = n_in // min(RF, n_in), inputs = min(RF, n_in) or
n_in at RF > n_in):

- `main`: multscale x W x log2(inputs) (main before branch selmux);
- `nowidth`: multscale x log2(inputs); `sqrtw`: multscale x sqrt(W) x log2(inputs);
- `cap16`, `cap64`: main with log2 of at most 16 / 64 inputs;
- `inputs`: n_in (landed on branch selmux); `inputs_w`: n_in x W; `none`: no feature;
- `split`: Vitis rows n_in with a constant of their own, Vivado rows as main; `split_all`: both per input,
  a constant per tool; `split_w`: Vitis n_in x W, Vivado as main;
- `fixed_vitis`: Vitis rows priced as csynth prices their multiplexers (4.5 LUT an input, not fitted),
  Vivado rows as main; `fixed_vitis_copies`: and Vivado rows one multiplexer per multiplier (block_factor
  where 1 < RF < n_in, else 1), a fitted price each; `fixed_vitis_copies_log`: that x log2(inputs).

Model numbers are estimates; the reports' LUT are csynth estimates.

    PYTHONPATH=src:. .venv/bin/python bench/selection_mux_screen.py [--by design|repository] [CANDIDATE ...]
"""

import argparse
from dataclasses import dataclass
from math import log2, sqrt
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import cost, fit, logic
from fpgaprune.core.hardware.fit import _fit_rom, fit_constants, fit_fabric, prepare
from fpgaprune.core.hardware.heldout import design_repositories, read_calibration_set, read_set9_rom_ff_rows

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
CSYNTH_VITIS_LUT_PER_INPUT = 4.5  # the sparsemux instances' median, results/bench/selection_mux.md
CANDIDATES = (
    "main",
    "nowidth",
    "sqrtw",
    "cap16",
    "cap64",
    "inputs",
    "inputs_w",
    "none",
    "split",
    "split_all",
    "split_w",
    "fixed_vitis",
    "fixed_vitis_copies",
    "fixed_vitis_copies_log",
)
_FEATURES, _REM0_LUTS, _ROM_KERNEL = logic.rom_kernel_features, logic.rem0_kernel_luts, cost.rom_kernel


@dataclass(frozen=True)
class _ToolKernel(logic.RomKernel):
    hls_tool: str = ""


def _tool_kernel(layer, matrix, target=None):
    kernel = _ROM_KERNEL(layer, matrix, target)
    return _ToolKernel(**kernel.__dict__, hls_tool="" if target is None else target.hls_tool)


def _main_feature(k) -> float:
    inputs = min(k.reuse_factor, k.n_in)
    return (k.n_in // min(k.reuse_factor, k.n_in)) * k.data_bits * log2(inputs)


def features(kind: str):
    def rom_kernel_features(k):
        lut, ff = _FEATURES(k)
        multscale = k.n_in // min(k.reuse_factor, k.n_in)
        inputs = min(k.reuse_factor, k.n_in)
        vitis = k.hls_tool == "vitis"
        lut["input_mux"] = _main_feature(k)
        lut["input_select"] = 0.0
        if kind == "nowidth":
            lut["input_mux"] = multscale * log2(inputs)
        elif kind == "sqrtw":
            lut["input_mux"] = multscale * sqrt(k.data_bits) * log2(inputs)
        elif kind.startswith("cap"):
            lut["input_mux"] = multscale * k.data_bits * log2(min(inputs, int(kind[3:])))
        elif kind == "inputs":
            lut["input_mux"] = float(k.n_in)
        elif kind == "inputs_w":
            lut["input_mux"] = float(k.n_in * k.data_bits)
        elif kind == "none":
            lut["input_mux"] = 0.0
        elif kind in ("split", "split_all", "split_w"):
            lut["input_select"] = float(k.n_in * (k.data_bits if kind == "split_w" else 1)) if vitis else 0.0
            lut["input_mux"] = 0.0 if vitis else (float(k.n_in) if kind == "split_all" else lut["input_mux"])
        elif kind.startswith("fixed_vitis"):
            copies = float(k.multipliers if multscale > 1 else 1)
            if vitis:
                lut["input_mux"] = 0.0
            elif kind == "fixed_vitis_copies":
                lut["input_mux"] = copies
            elif kind == "fixed_vitis_copies_log":
                lut["input_mux"] = copies * log2(inputs)
        return lut, ff

    return rom_kernel_features


def _fixed_vitis(kernel, tool, constants=None):
    extra = CSYNTH_VITIS_LUT_PER_INPUT * kernel.n_in if kernel.hls_tool == "vitis" else 0.0
    return _REM0_LUTS(kernel, tool, constants) + extra


def _use(kind: str) -> None:
    logic.rom_kernel_features = fit.rom_kernel_features = features(kind)
    rem0 = _fixed_vitis if kind.startswith("fixed_vitis") else _REM0_LUTS
    fit.rem0_kernel_luts = cost.rem0_kernel_luts = rem0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--by", choices=("design", "repository"), default="design")
    parser.add_argument("candidates", nargs="*", default=list(CANDIDATES))
    args = parser.parse_args()
    cost.rom_kernel = fit.rom_kernel = _tool_kernel
    rows, set9, repositories = (
        read_calibration_set(DATA),
        read_set9_rom_ff_rows(DATA),
        design_repositories(DATA),
    )
    group = (lambda case: case) if args.by == "design" else repositories.__getitem__
    prepared = prepare(rows)
    errors = {kind: [] for kind in args.candidates}
    for left_out in sorted({group(p.row.case) for p in prepared if not p.constant}):
        training = [p for p in prepared if group(p.row.case) != left_out]
        tested = [p.row for p in prepared if group(p.row.case) == left_out and not p.constant]
        fits = {(r.target.hls_tool, fit_fabric(r.target)) for r in tested}
        _use("main")
        base = {g: fit_constants(training, *g, rom_ff_rows=set9, repositories=repositories) for g in fits}
        for kind in args.candidates:
            _use(kind)
            roms = [fit._Prepared(p.row, fit._kernel(p.row)) for p in training if not p.constant]
            for row in tested:
                constants = _fit_rom(roms, base[row.target.hls_tool, fit_fabric(row.target)], set9)
                estimate = row.estimate(constants=constants).lut
                errors[kind].append((row.target.hls_tool, abs(estimate / max(row.report["lut"], 1) - 1)))
    print("| candidate | rows | LUT median (p90) | Vivado rows median | Vitis rows median |")
    print("|---|---|---|---|---|")
    for kind, found in errors.items():
        error = np.array([e for _, e in found])
        tools = np.array([t for t, _ in found])
        print(
            f"| {kind} | {len(error)} | {np.median(error):.4f} ({np.quantile(error, 0.9):.4f}) "
            f"| {np.median(error[tools == 'vivado']):.4f} | {np.median(error[tools == 'vitis']):.4f} |"
        )


if __name__ == "__main__":
    main()
