"""FF of the io_stream Conv2D layers with a line buffer in every held-out set, against the window they keep
(branch diag21, docs/cost-model-record.md 2.5 "Set 21: what the misses are"). Nothing is fitted.

For each such layer: HLS tool, kernel shape, window bits (filt_h x filt_w x n_chan x input bits, the
`kernel_data` registers of `nnet_conv2d_stream.h`), line-buffer bits ((filt_h - 1) rows of in_width pixels),
the model's FF (`cost.estimate_model`) and the report's (the layer's instance in `instances.csv`), and the
report's FF less the model's per window bit.

    PYTHONPATH=src .venv/bin/python bench/stream_conv_window_ff.py [--sets heldout7,heldout21,...]
"""

import argparse
from math import isqrt
from pathlib import Path
from statistics import median

from fpgaprune.core.hardware.cost import estimate_model
from fpgaprune.core.hardware.heldout import read_design_project, read_table

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"


def stream_conv_rows(set_dir: Path):
    """(set, design, layer, tool, kernel, window bits, line bits, model FF, report FF) per io_stream
    Conv2D."""
    instances = read_table(set_dir / "instances.csv")
    for design in read_table(set_dir / "MANIFEST.tsv", "\t"):
        name = design["design"]
        layers, kernels, target = read_design_project(set_dir, design)
        reported = {row["layer"]: row for row in instances if row["design"] == name}
        for layer, estimate in zip(layers, estimate_model(layers, kernels, target).layers):
            if layer.io_type != "io_stream" or not layer.has_line_buffer or layer.name not in reported:
                continue
            kh, kw, chans, _ = layer.kernel_shape
            bits = layer.input_type.width
            in_width = isqrt(layer.input_positions)  # square inputs in these sets
            yield (
                set_dir.name,
                name,
                layer.name,
                target.hls_tool,
                f"{kh}x{kw}x{chans}",
                kh * kw * chans * bits,
                (kh - 1) * in_width * chans * bits,
                round(estimate.as_dict()["ff"]),
                int(float(reported[layer.name]["ff"])),
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="", help="comma-separated set names (default: every held-out set)")
    args = parser.parse_args()
    names = args.sets.split(",") if args.sets else None
    sets = sorted(
        p for p in DATA.glob("heldout*") if (p / "projects").is_dir() and (names is None or p.name in names)
    )
    print(
        "| set | design | layer | tool | kernel | window bits | line bits | FF est | FF rpt "
        "| gap/window bit |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    rows = [row for set_dir in sets for row in stream_conv_rows(set_dir)]
    for row in rows:
        print("| " + " | ".join(str(v) for v in row) + f" | {(row[8] - row[7]) / row[5]:.2f} |")
    print()
    for label, keep in (
        ("set 21", lambda r: r[0] == "heldout21"),
        ("other sets", lambda r: r[0] != "heldout21"),
    ):
        for tool in ("vivado", "vitis", None):
            chosen = [r for r in rows if keep(r) and (tool is None or r[3] == tool)]
            if chosen:
                print(summary_line(f"{label}, {tool or 'both tools'}", chosen))


def summary_line(label: str, rows) -> str:
    """Layers, how many under, median FF estimate/report and median (report - estimate) per window bit."""
    under = sum(1 for r in rows if r[7] < r[8])
    ratio = median(r[7] / r[8] for r in rows)
    gap = median((r[8] - r[7]) / r[5] for r in rows)
    return (
        f"{label}: {len(rows)} layers, {under} under, FF est/rpt median {ratio:.2f}, "
        f"gap {gap:.2f} FF/window bit"
    )


if __name__ == "__main__":
    main()
