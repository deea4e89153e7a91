"""Which rows set the io_parallel Resource stratum's LUT median and p90, and what they miss (issue 16).

Reads the leave-one-design-out and leave-one-repository-out rows of `bench/cost_model_cv.py`
(`cost_model_cv.csv`, `cost_model_cv_repo.csv` in each DIR given: the committed results and, with
`--variant NAME=DIR`, the same files from a trial model) and the csynth split of each ROM row's reported
LUT (`results/bench/resource_mux_copies.csv`, `bench/resource_mux_copies.py`: adders, products, shifters,
input phi multiplexers, result/accumulator multiplexers, multiplexer instances, and the `copies_lut` that
Vivado HLS lists beyond the selections hls4ml asks for, priced at the design's one figure). For every
variant and CV:

- the stratum's median and p90 (28 rows), the rows that set them (sorted 14th/15th and 25th/26th) and how many
  rows are within 0.15;
- two comparisons that are NOT estimates (they read the answer from the report): the error if each row's
  copies were added at its own report's price ("copies at report price"), and the error against the report
  without its copies (what the model costs, `fit._fit_rom`'s target).

Per row (committed model, in sample): the model's ROM LUT parts (`logic.rom_kernel_features` x the code's
`rom_lut`) beside the csynth rows they stand for. Sources: csynth reports (HLS estimates) and the model's
estimates; nothing here is a synthesis result. The trials of branch reslut3 (`--variant`): each diff
`results/bench/resource_lut_strata_<variant>.diff` applied to the committed model, then
`bench/cost_model_cv.py --out-dir DIR` with and without `--by repository` (neither kept,
docs/cost-model-record.md 2.3 "What sets the Resource rows' LUT median").

    PYTHONPATH=src:. .venv/bin/python bench/resource_lut_strata.py [--variant NAME=DIR ...] \
        [--out results/bench/resource_lut_strata.csv]
"""

import argparse
import csv
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.fit import _kernel
from fpgaprune.core.hardware.heldout import read_calibration_set
from fpgaprune.core.hardware.logic import CONSTANTS, rom_kernel_features

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "core" / "hardware" / "data"
RESULTS = ROOT / "results" / "bench"
BAND = 0.15
CVS = (("design", "cost_model_cv.csv"), ("repository", "cost_model_cv_repo.csv"))


def _copies() -> dict:
    with (RESULTS / "resource_mux_copies.csv").open() as handle:
        return {(r["case"], r["layer"]): r for r in csv.DictReader(handle)}


def _resource_rows(path: Path) -> list[dict]:
    with path.open() as handle:
        rows = [r for r in csv.DictReader(handle) if r["metric"] == "lut" and r["strategy"] == "resource"]
    return sorted(rows, key=lambda r: float(r["error"]))


def _stats(errors: np.ndarray) -> str:
    inside = int((errors <= BAND).sum())
    return (
        f"{np.median(errors):.4f} (p90 {np.percentile(errors, 90):.4f}; {inside} of {errors.size} <= {BAND})"
    )


def summarise(name: str, by: str, rows: list[dict], copies: dict) -> dict:
    errors, with_copies, without_copies = [], [], []
    for row in rows:
        estimate, report = float(row["estimate"]), float(row["report"])
        copy_lut = float(copies.get((row["case"], row["layer"]), {}).get("copies_lut", 0) or 0)
        errors.append(float(row["error"]))
        with_copies.append(abs(estimate + copy_lut - report) / report)
        without_copies.append(abs(estimate - (report - copy_lut)) / (report - copy_lut))
    n = len(rows)

    def at(ranks) -> str:
        return ", ".join(f"{rows[i]['case']}/{rows[i]['layer']} {float(rows[i]['error']):.3f}" for i in ranks)

    middle, upper = (n // 2 - 1, n // 2), (int(0.9 * (n - 1)), int(0.9 * (n - 1)) + 1)
    return {
        "variant": name,
        "left_out": by,
        "rows": n,
        "scored": _stats(np.array(errors)),
        "median_rows": at(middle),
        "p90_rows": at(upper),
        "copies_at_report_price": _stats(np.array(with_copies)),
        "against_report_without_copies": _stats(np.array(without_copies)),
    }


def row_parts(copies: dict) -> list[dict]:
    """In sample: the model's ROM LUT parts beside the csynth rows they stand for (ROM rows only)."""
    parts = []
    for row in read_calibration_set(DATA):
        layer = row.layer
        name = layer.name.split("/", 1)[-1]
        split = copies.get((row.case, name))
        if layer.strategy != "resource" or layer.reuse_factor == 1 or split is None:
            continue
        kernel = _kernel(row)
        features = rom_kernel_features(kernel)[0]
        constants = CONSTANTS[row.target.hls_tool].rom_lut
        model = {key: round(constants[key] * value) for key, value in features.items()}
        s = {key: int(float(split[key])) for key in split if key not in ("case", "layer", "tool")}
        shared_select = s["select_mux"] - s["copies_lut"]
        parts.append(
            {
                "case": row.case,
                "layer": name,
                "tool": row.target.hls_tool,
                "report_lut": row.report["lut"],
                "model_multiplier": model["multiplier"],
                "csynth_adders_products_results": s["adders"] + s["lut_products"] + s["output_mux"],
                "csynth_adders_per_accumulator_bit": round(
                    s["adders"] / (kernel.multipliers * kernel.accum_bits), 2
                ),
                "model_multiplier_per_accumulator_bit": constants["multiplier"],
                "csynth_result_mux_per_output": round(s["output_mux"] / kernel.n_out, 1),
                "model_input_mux": model["input_mux"],
                "csynth_input_phi_and_shared_select": s["input_phi"] + shared_select,
                "model_output_mux": model["output_mux"],
                "model_shifter": model["input_shifter"],
                "csynth_shifters": s["shifters"],
                "model_control": model["control"],
                "csynth_other": s["other"],
                "csynth_copies": s["copies_lut"],
            }
        )
    return parts


def _table(rows: list[dict]) -> list[str]:
    keys = list(rows[0])
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    return lines + ["| " + " | ".join(str(row[k]) for k in keys) + " |" for row in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", action="append", default=[], help="NAME=DIR with a trial's CV files")
    parser.add_argument("--out", type=Path, default=RESULTS / "resource_lut_strata.csv")
    args = parser.parse_args()
    copies = _copies()
    variants = [("committed", RESULTS)] + [tuple(v.split("=", 1)) for v in args.variant]
    summaries, listing = [], []
    for name, directory in variants:
        for by, filename in CVS:
            path = Path(directory) / filename
            if not path.exists():
                continue
            rows = _resource_rows(path)
            summaries.append(summarise(name, by, rows, copies))
            if name == "committed":
                for rank, row in enumerate(rows, 1):
                    copy_lut = int(copies.get((row["case"], row["layer"]), {}).get("copies_lut", 0) or 0)
                    estimate, report = float(row["estimate"]), float(row["report"])
                    listing.append(
                        {
                            "left_out": by,
                            "rank": rank,
                            "case": row["case"],
                            "layer": row["layer"],
                            "tool": row["tool"],
                            "estimate": row["estimate"],
                            "report": row["report"],
                            "error": round(float(row["error"]), 3),
                            "side": "over" if estimate > report else "under",
                            "copies_lut": copy_lut,
                            "error_without_copies": round(
                                abs(estimate - (report - copy_lut)) / (report - copy_lut), 3
                            ),
                        }
                    )
    with args.out.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(listing[0]))
        writer.writeheader()
        writer.writerows(listing)
    head = __doc__.split("\n\n")[0]
    lines = [head, "", "## Summaries (median (p90; rows within the band))", ""] + _table(summaries)
    lines += ["", "## Rows, committed model (sorted by error)", ""] + _table(listing)
    lines += ["", "## The model's ROM LUT parts beside csynth's rows (committed constants, in sample)", ""]
    lines += _table(row_parts(copies))
    args.out.with_suffix(".md").write_text("\n".join(lines) + "\n")
    print("\n".join(_table(summaries)))


if __name__ == "__main__":
    main()
