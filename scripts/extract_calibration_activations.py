"""Write tests/core/hardware/data/calibration/activations.csv from the calibration reports (run by hand).

For every ReLU instance of the calibration reports (shared/vivado_reports, listed in the calibration
MANIFEST.tsv with repository, commit and path): its element count (the n_out of the Dense layer it
follows, from layers.csv: the weight layer with the largest config number below the ReLU's), its input
and output types (from the instance's function name), the tool and clock of the report, and the report's
LUT, FF, latency and II. Facts only: numbers, not the report text.

Usage: python scripts/extract_calibration_activations.py REPORTS_DIR CALIBRATION_DIR
"""

import csv
import re
import sys
from pathlib import Path

from fpgaprune.hls.reports import read_csynth_report

_TYPE = r"(ap_u?fixed)_(\d+)_(-?\d+)_(\d+)_(\d+)_(\d+)"
_RELU = re.compile(rf"^relu_{_TYPE}_{_TYPE}_relu_config(\d+)")


# ap_fixed's enum values, as Vivado/Vitis HLS mangle them into function names
_QUANTIZATION = ("RND", "RND_ZERO", "RND_MIN_INF", "RND_INF", "RND_CONV", "TRN", "TRN_ZERO")
_OVERFLOW = ("SAT", "SAT_ZERO", "SAT_SYM", "WRAP", "WRAP_SM")


def spelled(kind: str, width: str, integer: str, quantization: str, overflow: str) -> str:
    modes = f"AP_{_QUANTIZATION[int(quantization)]},AP_{_OVERFLOW[int(overflow)]}"
    return f"{kind}<{width},{integer},{modes}>"


def main(reports: Path, calibration: Path) -> None:
    layers = list(csv.DictReader((calibration / "layers.csv").open()))
    manifest = list(csv.DictReader((calibration / "MANIFEST.tsv").open(), delimiter="\t"))
    rows = []
    for entry in manifest:
        case = entry["file"].split("__")[1]
        mine = [row for row in layers if row["case_id"] == case]
        if not mine:
            continue
        report = read_csynth_report(reports / entry["file"])
        for module in report.modules:
            match = _RELU.match(module.module)
            if match:
                rows.append(_row(case, entry["file"], match.groups(), module, mine))
    with (calibration / "activations.csv").open("w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(
            [
                "case_id",
                "report_file",
                "function",
                "config",
                "n",
                "input_type",
                "output_type",
                "hls_tool",
                "clock_target_ns",
                "lut",
                "ff",
                "latency",
                "ii",
            ]
        )
        writer.writerows(rows)


def _row(case, report_file, groups, module, layers) -> list:
    config = int(groups[-1])
    before = [row for row in layers if int(row["layer_cfg"].removeprefix("config")) < config]
    previous = max(before, key=lambda row: int(row["layer_cfg"].removeprefix("config")))
    first = layers[0]
    return [
        case,
        report_file,
        "relu",
        f"relu_config{config}",
        previous["n_out"],
        spelled(groups[0], *groups[1:3], *groups[3:5]),
        spelled(groups[6], *groups[7:9], *groups[9:11]),
        first["hls_tool"],
        first["clock_target_ns"],
        module.resources["lut"],
        module.resources["ff"],
        module.latency_cycles[1],
        module.ii[1],
    ]


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
