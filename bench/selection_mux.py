"""The Resource kernel's input selection: what hls4ml's loop asks for vs the multiplexers csynth lists
(issue 16, branch selmux).

hls4ml's `dense_resource_rf_leq_nin` (0.5-1.x, Vivado and Vitis backends alike) reads, in ReuseLoop iteration
`ir` (PIPELINE II=1), `data[in_index]` for multiplier `im` of the unrolled MultLoop, `in_index = ir + k * RF`
for the k-th step before it wraps to `ir` at n_in: so the selection it needs is ceil(n_in / RF) distinct
RF-to-1 multiplexers (one data-width word each, select = `ir`), together n_in inputs, each shared by the
multipliers that read the same `k`. At RF > n_in (`rf_gt_nin*`) one n_in-to-1 multiplexer. This script sets
that count ("shared") and the one-per-multiplier count ("per_multiplier": block_factor where 1 < RF < n_in)
beside the multiplexer instances of the reports, for every Resource layer (RF > 1) with a stored per-function
report:

- io_parallel: the layer table of `results/bench/resource_input_mux.md` (`bench/resource_input_mux.py`);
- io_stream: `bench/stream_lut_worst.py`'s CSV (its `select_mux_instances`, `data_mux_lut` columns).

Per layer: the instances (count, inputs, LUT), which count rule matches, the LUT per selected input
(instances' LUT / sum of their inputs) and the data-input phi multiplexers (io_stream); per tool and io
type: the rules' matches and the prices. Sources: csynth reports (HLS estimates); the model's `input_mux`
LUT columns are the inputs' own (estimates).

    PYTHONPATH=src .venv/bin/python bench/selection_mux.py --stream results/bench/stream_lut_worst.csv \
        [--parallel results/bench/resource_input_mux.md] [--out FILE]
"""

import argparse
import csv
import re
from collections import defaultdict
from pathlib import Path

import numpy as np

_INSTANCE = re.compile(r"(\d+) x ((?:sparse)?mux_(\d+)_[\d_]+) \((?:\d+ inputs, )?(\d+) LUT\)")


def mux_inputs(kind: str) -> int:
    """Inputs of a csynth multiplexer module: Vivado `mux_<inputs><select bits>_<width>_..` (the select
    width's digits follow the count), Vitis `mux_<inputs>_<select bits>_..`, `sparsemux_<2 inputs + 1>_..`."""
    parts = kind.split("_")
    if kind.startswith("sparsemux"):
        return (int(parts[1]) - 1) // 2
    if len(parts) >= 6:  # Vitis mux_<n>_<sel>_<width>_1_1
        return int(parts[1])
    digits = parts[1]  # Vivado: inputs then select bits, e.g. 325 = 32 inputs, 5 bits; 78410 = 784, 10
    for cut in range(1, len(digits)):
        inputs, select = int(digits[:cut]), int(digits[cut:])
        if digits[cut] != "0" and inputs > 1 and (inputs - 1).bit_length() == select:
            return inputs
    return int(digits)


def _instances(text: str) -> list[tuple[int, str, int, int]]:
    """(count, module, inputs, LUT each) of an instance list `n x module (... LUT); ...`."""
    return [(int(n), kind, mux_inputs(kind), int(lut)) for n, kind, _, lut in _INSTANCE.findall(text or "")]


def parallel_rows(path: Path) -> list[dict]:
    text = path.read_text().split("## Layers", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in text.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    rows = []
    for line in lines[2:]:
        row = dict(zip(header, (cell.strip() for cell in line.strip("|").split("|"))))
        if row["variant"] == "rf_gt_nin_rem0" or row["rule"].startswith("packed"):
            continue  # rem0: its run-time `outidx`/input counter kernel (REM0_LUT); packed input: shifters
        tool = "vitis" if row["tool"].startswith("Vitis") else "vivado"
        n_in, rf, bf = int(row["n_in"]), int(row["rf"]), int(row["block_factor"])
        rows.append(
            _row(row["case"], row["layer"], tool, "io_parallel", n_in, rf, bf, "", row["mux_instances"])
        )
    return rows


def stream_rows(path: Path) -> list[dict]:
    rows = []
    for row in csv.DictReader(path.open()):
        if row["weights"] != "ROM" or not row.get("select_mux"):
            continue  # constant weights, or no report in the snapshot
        case, layer = row["row"].split("/", 1)
        n_in, rf, bf = int(row["n_in"]), int(row["rf"]), int(row["block_factor"])
        tool = row["tool"].split()[0]
        entry = _row(
            case, layer, tool, "io_stream", n_in, rf, bf, row["data_mux_lut"], row["select_mux_instances"]
        )
        entry["model_input_mux_lut"] = row["model_input_mux_lut"]
        rows.append(entry)
    return rows


def _row(case, layer, tool, io, n_in, rf, block_factor, phi, instances) -> dict:
    found = _instances(instances)
    count = sum(n for n, *_ in found)
    inputs = sum(n * i for n, _, i, _ in found)
    lut = sum(n * lut for n, *_, lut in found)
    shared = -(-n_in // min(rf, n_in))
    per_multiplier = block_factor if 1 < rf < n_in else shared
    widest = max((i for _, _, i, _ in found), default=0)
    return {
        "layer": f"{case}/{layer}",
        "tool": tool,
        "io": io,
        "n_in": n_in,
        "rf": rf,
        "block_factor": block_factor,
        "rule_shared": shared,
        "rule_per_multiplier": per_multiplier,
        "instances": instances or "none",
        "count": count,
        "matches": ", ".join(
            name for name, rule in (("shared", shared), ("per_multiplier", per_multiplier)) if rule == count
        )
        or "neither",
        "widest_inputs": widest,
        "widest_is_min_rf_nin": widest == min(rf, n_in),
        "mux_lut": lut,
        "lut_per_input": round(lut / inputs, 2) if inputs else "",
        "lut_per_instance": sorted({lut for *_, lut in found}),
        "phi_mux_lut": phi,
    }


def summary(rows: list[dict]) -> list[str]:
    groups = defaultdict(list)
    for row in rows:
        groups[row["tool"], row["io"]].append(row)
    lines = [
        (
            "| tool | io | layers | where the rules differ: count = shared / = per-multiplier / neither "
            "| elsewhere: count = the rules' / not | widest mux = min(RF, n_in) "
            "| LUT per input (median, range) | LUT per instance (range) |"
        ),
        "|---|---|---|---|---|---|---|---|",
    ]
    for (tool, io), mine in sorted(groups.items()):
        per_input = [row["lut_per_input"] for row in mine if row["lut_per_input"] != ""]
        prices = [p for row in mine for p in row["lut_per_instance"]]
        differ = [r for r in mine if r["rule_shared"] != r["rule_per_multiplier"]]
        same = [r for r in mine if r["rule_shared"] == r["rule_per_multiplier"]]
        differ_counts = [
            sum(r["matches"] == rule for r in differ) for rule in ("shared", "per_multiplier", "neither")
        ]
        same_counts = [
            sum(r["matches"] != "neither" for r in same),
            sum(r["matches"] == "neither" for r in same),
        ]
        lines.append(
            f"| {tool} | {io} | {len(mine)} | {' / '.join(map(str, differ_counts))} "
            f"| {' / '.join(map(str, same_counts))} "
            f"| {sum(r['widest_is_min_rf_nin'] for r in mine)} "
            f"| {np.median(per_input):.2f} ({min(per_input):.2f}-{max(per_input):.2f}) "
            f"| {min(prices, default=0)}-{max(prices, default=0)} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stream", type=Path, required=True)
    parser.add_argument("--parallel", type=Path, default=Path("results/bench/resource_input_mux.md"))
    parser.add_argument("--stream-before", type=Path, help="an earlier run's CSV: its model column beside")
    parser.add_argument("--out", type=Path, default=Path("/dev/stdout"))
    args = parser.parse_args()
    rows = parallel_rows(args.parallel) + stream_rows(args.stream)
    if args.stream_before:
        before = {
            row["row"]: row.get("model_input_mux_lut", "")
            for row in csv.DictReader(args.stream_before.open())
        }
        for row in rows:
            if row["io"] == "io_stream":
                row["model_input_mux_lut_before"] = before.get(row["layer"], "")
    keys = [k for k in rows[-1] if k != "lut_per_instance"]
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(str(row.get(k, "")) for k in keys) + " |" for row in rows]
    args.out.write_text("\n".join(lines + [""] + summary(rows)) + "\n")


if __name__ == "__main__":
    main()
