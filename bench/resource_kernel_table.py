"""Every Resource-strategy calibration row: sizes, model features, per-function csynth breakdown (issue 16).

For each calibration row whose strategy is not Latency (`heldout.read_calibration_set`), the layer's sizes
(n_in, n_out, RF, block factor, hls4ml kernel variant, data/weight/accumulator widths), its HLS tool, version
and clock, the model's ROM-kernel features (`logic.rom_kernel_features`, `rem0_kernel_features`) and, from
the layer's own per-function report (`<module>_csynth.rpt` at the MANIFEST's commit, read from a `fetch`
snapshot MIRRORS/<owner>+<name>/repo), the report's LUT by row (Expression, Instance, Multiplexer, Register),
its FF (Register, Instance), the ReuseLoop's iteration latency, the stages of its multiplier cores (the
`_<stages>_1` of their module names; `model_core_stages`: `logic.rom_core_stages`), the estimated clock, and
the Instance modules grouped
(multiplexers `mux_<inputs><select>_<bits>`, multipliers, ...: count x LUT each). Source: csynth reports (HLS
estimates, not synthesis); the features are the model's counts, not estimates.

    PYTHONPATH=src .venv/bin/python bench/resource_kernel_table.py MIRRORS \
        [--out results/bench/resource_kernel_table.csv]

Writes OUT (.csv, one row per layer) and OUT with .md (the same, plus the instance groups).
"""

import argparse
import csv
import re
import subprocess
from collections import defaultdict
from pathlib import Path

from fpgaprune.core.hardware.cost import rom_kernel
from fpgaprune.core.hardware.heldout import read_calibration_set
from fpgaprune.core.hardware.logic import rem0_kernel_features, rom_kernel_features

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
_SUMMARY = re.compile(r"^\|(Expression|Instance|Multiplexer|Register)\s*\|([^\n]*)$", re.MULTILINE)
_INSTANCE = re.compile(
    r"^\s*\|\S+_U\d+\s*\|(\S+)\s*\|\s*(\d+|-)\|\s*(\d+|-)\|\s*(\d+)\|\s*(\d+)\|", re.MULTILINE
)
_LOOP = re.compile(r"\|- (\w+)\s*\|\s*(\d+)\|\s*(\d+)\|\s*(\d+)\|\s*(\d+)\|\s*(\d+)\|\s*(\d+)\|")
# a multiplier core's module name ends in _<latency>_1 (mac_muladd_6s_5ns_11s_12_3_1: 3 stages)
_CORE_STAGES = re.compile(r"\|\S*?(?:mac_muladd|mul)_\w+?_\d+_(\d+)_1\s*\|")
_ESTIMATED = re.compile(r"\|ap_clk\s*\|\s*[\d.]+\s*ns\s*\|\s*([\d.]+)\s*ns")
_KERNEL_CALL = re.compile(r"^\s*\|grp_\S+\s*\|(dense_resource_rf_\w+)\s*\|", re.MULTILINE)
_KIND = re.compile(r"(?:sparsemux|mux|mul|mac_muladd|am_addmul|lshr|shl|ashr|urem|udiv|srem|sdiv)_\S+")
# multiplexer instances and their inputs: Vivado HLS `mux_<inputs><select bits>_<bits>_1_1` (mux_646_5_1_1:
# 64 inputs), Vitis HLS `mux_<inputs>_<select bits>_<bits>_1_1` (mux_16_4_31_1_1: 16) and, since 2024.1,
# `sparsemux_<2 x inputs + 1>_<select bits>_<bits>_1_1` (sparsemux_209_7_5_1_1: 104, P8's RF)
_MUX_VIVADO = re.compile(r"^mux_(\d+?)\d_\d+_\d+_\d+$")
_MUX_VITIS = re.compile(r"^mux_(\d+)_\d+_\d+_\d+_\d+$")
_SPARSEMUX = re.compile(r"^sparsemux_(\d+)_\d+_\d+_\d+_\d+$")


def _git(repo: Path, *args: str) -> str:
    command = ["git", "--git-dir", str(repo), *args]
    return subprocess.run(command, capture_output=True, text=True, check=False).stdout


def _sources() -> dict:
    """{(case, layer name): (repository, commit, project dir, module)} of every Resource row."""
    sources = {}
    for path in sorted(DATA.glob("heldout*/MANIFEST.tsv")):
        manifest = {r.get("design"): r for r in csv.DictReader(path.open(), delimiter="\t")}
        if not (path.parent / "instances.csv").exists():
            continue
        for row in csv.DictReader((path.parent / "instances.csv").open()):
            design = manifest.get(row["design"])
            if design and row["module"].startswith("dense_resource"):
                key = (row["design"], row["layer"])
                sources[key] = (design["repo"], design["commit"], design["project_dir"], row["module"])
    for row in csv.DictReader((DATA / "resource_layers.csv").open()):
        module = Path(row["report_path"]).name.rsplit("_csynth", 1)[0]
        sources[row["case_id"], row["layer_name"]] = (row["repo"], row["commit"], row["project_dir"], module)
    return sources


def _report_text(mirrors: Path, repo: str, commit: str, project: str, module: str) -> str:
    git_dir = mirrors / repo.replace("/", "+") / "repo"
    if not git_dir.exists():
        return ""
    names = _git(git_dir, "ls-tree", "-r", "--name-only", commit, "--", project).splitlines()
    wanted = [n for n in names if n.endswith(f"/{module}_csynth.rpt")]
    text = _git(git_dir, "show", f"{commit}:{wanted[0]}") if wanted else ""
    # Vitis HLS 2024.1 (P8) reports `dense_resource` as a wrapper of one `dense_resource_rf_*` instance
    inner = set(_KERNEL_CALL.findall(text.split("Utilization Estimates", 1)[-1]))
    if len(inner) == 1 and module not in inner:
        return _report_text(mirrors, repo, commit, project, inner.pop())
    return text


def _breakdown(text: str) -> dict:
    """LUT per summary row, Register FF, loop iteration latency, estimated clock, instance groups."""
    out = {}
    for name, cells in _SUMMARY.findall(text.split("Utilization Estimates", 1)[-1].split("+ Detail:")[0]):
        values = [c.strip() for c in cells.split("|")]
        # columns: BRAM_18K, DSP, FF, LUT, (URAM)
        out[f"{name.lower()}_lut"] = int(values[3]) if values[3].isdigit() else 0
        if name in ("Register", "Instance"):
            out[f"{name.lower()}_ff"] = int(values[2]) if values[2].isdigit() else 0
    loop = _LOOP.search(text)
    if loop:
        out["loop_iteration_latency"] = int(loop.group(4))
    cores = sorted({int(m) for m in _CORE_STAGES.findall(text)})
    out["report_core_stages"] = "/".join(str(c) for c in cores)
    clock = _ESTIMATED.search(text)
    if clock:
        out["estimated_ns"] = float(clock.group(1))
    groups = defaultdict(lambda: [0, 0])
    for module, _bram, _dsp, _ff, lut in _INSTANCE.findall(text):
        kind = _KIND.search(module).group(0) if _KIND.search(module) else module
        groups[kind][0] += 1
        groups[kind][1] += int(lut)
    out["instances"] = "; ".join(f"{n} x {k} ({lut // n} LUT)" for k, (n, lut) in sorted(groups.items()))
    muxes = [(inputs, n) for k, (n, _) in groups.items() if (inputs := _mux_inputs(k))]
    out["input_mux_count"] = sum(n for _, n in muxes)
    out["input_mux_inputs"] = max((inputs for inputs, _ in muxes), default=0)
    return out


def _mux_inputs(module: str) -> int:
    """Inputs of a multiplexer instance module (`_MUX_VIVADO`, `_MUX_VITIS`, `_SPARSEMUX`); 0: not one."""
    if match := _MUX_VITIS.match(module) or _MUX_VIVADO.match(module):
        return int(match.group(1))
    if match := _SPARSEMUX.match(module):
        return (int(match.group(1)) - 1) // 2
    return 0


def kernel_variant(layer) -> str:
    if layer.reuse_factor == 1:
        return "rf1_constant"
    if layer.reuse_factor <= layer.n_in:
        return "rf_leq_nin"
    return "rf_gt_nin_rem0" if layer.reuse_factor % layer.n_in == 0 else "rf_gt_nin"


def resource_reports(mirrors: Path):
    """(calibration row, layer name, its per-function report text or "") of every calibration row whose
    strategy is not Latency (`heldout.read_calibration_set`)."""
    sources = _sources()
    for row in read_calibration_set(DATA):
        if row.layer.strategy == "latency":
            continue
        name = row.layer.name.split("/", 1)[-1]
        source = sources.get((row.case, name))
        yield row, name, _report_text(mirrors, *source) if source else ""


def table(mirrors: Path) -> list[dict]:
    rows = []
    for row, name, text in resource_reports(mirrors):
        layer = row.layer
        entry = {
            "case": row.case,
            "layer": name,
            "tool": row.target.hls_tool,
            "version": row.target.hls_version,
            "clock_ns": row.target.clock_ns,
            "n_in": layer.n_in,
            "n_out": layer.n_out,
            "rf": layer.reuse_factor,
            "block_factor": layer.block_factor,
            "multscale": max(layer.block_factor // layer.n_out, 0),
            "variant": kernel_variant(layer),
            "data_bits": layer.input_type.width,
            "weight_bits": layer.weight_type.width,
            "accum_bits": layer.accum_type.width,
            **{f"report_{k}": row.report[k] for k in ("lut", "ff", "latency_cycles", "ii")},
        }
        if layer.reuse_factor > 1:
            kernel = rom_kernel(layer, row.kernel, row.target)
            entry["model_core_stages"] = kernel.core_stages
            lut_f, ff_f = rom_kernel_features(kernel)
            entry |= {f"f_lut_{k}": round(v, 1) for k, v in lut_f.items()}
            entry |= {f"f_ff_{k}": round(v, 1) for k, v in ff_f.items()}
            entry |= {f"f_rem0_{k}": round(v, 1) for k, v in rem0_kernel_features(kernel).items()}
        entry["per_function_report"] = bool(text)
        if text:
            entry |= _breakdown(text)
        rows.append(entry)
    return rows


def write_tables(rows: list[dict], out: Path, head: str, left_out: tuple = (), more: tuple = ()) -> list[str]:
    """Write `rows` to `out` (CSV, every column) and `out`.md (`head`, a table of the columns but `left_out`,
    then the lines `more`); returns the markdown lines after `head`."""
    fields = list(dict.fromkeys(key for row in rows for key in row))
    with out.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    keys = [k for k in fields if k not in left_out]
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(str(row.get(k, "")) for k in keys) + " |" for row in rows]
    lines += more
    out.with_suffix(".md").write_text(head + "\n\n" + "\n".join(lines) + "\n")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirrors", type=Path)
    parser.add_argument("--out", type=Path, default=Path("results/bench/resource_kernel_table.csv"))
    args = parser.parse_args()
    rows = table(args.mirrors)
    missing = "no per-function report"
    instances = ["", "Instance modules per layer (count x module (LUT each)):", ""]
    instances += [f"- {row['case']}/{row['layer']}: {row.get('instances', missing)}" for row in rows]
    head = __doc__.split("\n\n")[0]
    print("\n".join(write_tables(rows, args.out, head, left_out=("instances",), more=instances)))


if __name__ == "__main__":
    main()
