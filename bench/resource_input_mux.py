"""The Resource kernel's input multiplexers: what HLS builds, how csynth prices it (issue 16, branch resmux).

hls4ml's `dense_resource_rf_leq_nin` (0.5-0.8, the firmware stored with R1/R2, S11/S12) reads, in ReuseLoop
iteration `ir`, `data[in_index]` for multiplier `im`, with `in_index = ir + (im % multscale) * RF` (it steps
by RF and wraps to `ir` at n_in; multscale = n_in / RF). So a kernel needs multscale different RF-to-1
multiplexers at least (each shared by the block_factor / multscale multipliers of one `im % multscale`).
This script sets what HLS built beside that, for every Resource layer whose per-function csynth report is
stored (the calibration's and held-out sets' `dense_resource*` instances, `resource_kernel_table._sources`):

- per layer: n_in, RF, block factor, multscale (from the project's `parameters.h`/`defines.h` at the
  MANIFEST's commit), the multiplexer instances (count, inputs, LUT each) and shifters the report lists, the
  count two candidate rules give (`per_multiplier`: one per multiplier where multscale > 1, one shared where
  multscale = 1; `shared`: multscale) and whether the tool's rule (Vivado HLS per_multiplier, Vitis HLS
  shared; a packed input gets shifters) matches;
- per design (and `EXTRA_PROJECTS`): every multiplexer instance's LUT in all of the design's per-function
  reports, and the multiplexer modules in the order HLS generated them
  (`.autopilot/db/autopilot.rtl.models.txt`, where stored), with the price per input of the last one;
- the Resource calibration rows' LUT error (one design out, `results/bench/cost_model_cv.csv`) with the
  model's `input_mux` LUT replaced by: the report's own multiplexer LUT, and the tool's count x the design's
  reported price (count right, price taken from the report). In sample, no refit; not a cross-validation;
- with --cv-before/--cv-after (two `bench/cost_model_cv.py --out-dir` runs of each `--by`, main's and main
  with `results/bench/resource_input_mux_prototype.diff` applied): summaries, Resource LUT rows side by side.

Sources: csynth reports (HLS estimates) and the stored hls4ml firmware; model numbers are the CV's estimates.
Needs `fetch` snapshots of the repositories (MANIFEST commits, `EXTRA_PROJECTS`) under MIRRORS.

    PYTHONPATH=src:. .venv/bin/python bench/resource_input_mux.py MIRRORS \
        [--out results/bench/resource_input_mux.md] [--cv-before DIR --cv-after DIR]
"""

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.cost import rom_kernel
from fpgaprune.core.hardware.heldout import read_calibration_set
from fpgaprune.core.hardware.logic import constants_for, rom_kernel_features

sys.path.insert(0, str(Path(__file__).parent))
from resource_kernel_table import (
    _INSTANCE,
    DATA,
    _git,
    _mux_inputs,
    _report_text,
    _sources,
)  # a sibling script

_MUX_MODULE = re.compile(r"(?:sparse)?mux_[\d_]+$")
_CONFIG = re.compile(r"struct (config\w+) : nnet::dense_config \{(.*?)\};", re.DOTALL)
_FIELD = re.compile(r"static const unsigned (n_in|n_out|reuse_factor) = ([\w *+]+);")
_DEFINE = re.compile(r"#define (\w+) (\d+)")


def _mux_kind(module: str) -> str:
    """`mux_325_16_1_1` of `myproject_mux_325_16_1_1` (the project prefix dropped)."""
    match = _MUX_MODULE.search(module)
    return match.group(0) if match else ""


def dense_configs(git_dir: Path, commit: str, project: str) -> dict:
    """{config name: (n_in, n_out, RF)} of the project's Dense configs (parameters.h, defines.h)."""
    params = _git(git_dir, "show", f"{commit}:{project}/firmware/parameters.h")
    defines = dict(_DEFINE.findall(_git(git_dir, "show", f"{commit}:{project}/firmware/defines.h")))
    out = {}
    for name, body in _CONFIG.findall(params):
        fields = {k: v for k, v in _FIELD.findall(body)}
        if len(fields) == 3:
            values = [_evaluate(fields[k], defines) for k in ("n_in", "n_out", "reuse_factor")]
            out[name] = tuple(values)
    return out


def _evaluate(expression: str, defines: dict) -> int:
    """A parameters.h size (`N_OUT_2 * 3`) with the defines.h macros put in."""
    text = re.sub(r"[A-Za-z_]\w*", lambda m: defines.get(m.group(0), "x"), expression)
    if not re.fullmatch(r"[\d\s*+]+", text):
        return 0
    return sum(int(np.prod([int(f) for f in term.split("*")])) for term in text.split("+"))


def _tools() -> dict:
    """{design: "HLS tool version"} from the MANIFESTs and resource_layers.csv."""
    tools = {}
    for path in DATA.glob("heldout*/MANIFEST.tsv"):
        for row in csv.DictReader(path.open(), delimiter="\t"):
            if "design" in row:
                tools.setdefault(row["design"], f"{row['hls_tool']} {row['hls_version']}")
    for row in csv.DictReader((DATA / "resource_layers.csv").open()):
        tools[row["case_id"]] = f"{row['hls_tool']} {row['hls_version']}"
    return tools


def _header_tool(text: str) -> str:
    version = re.search(r"Version:\s*(20\d\d\.\d)", text)
    tool = "Vitis HLS" if "Vitis HLS" in text else "Vivado HLS"
    return f"{tool} {version.group(1)}" if version else ""


def _reports(mirrors: Path):
    """(case, layer, git dir, commit, project, module, report text) of every Resource layer with a stored
    per-function report, then of every `dense_resource*` report of `EXTRA_PROJECTS` (layer: its config)."""
    for (case, layer), (repo, commit, project, module) in sorted(_sources().items()):
        git_dir = mirrors / repo.replace("/", "+") / "repo"
        text = _report_text(mirrors, repo, commit, project, module)
        if text:
            yield case, layer, git_dir, commit, project, module, text
    for (repo, commit), dirs in EXTRA_PROJECTS.items():
        git_dir = mirrors / repo.replace("/", "+") / "repo"
        for project in dirs:
            names = _git(git_dir, "ls-tree", "-r", "--name-only", commit, "--", project).splitlines()
            for name in names:
                found = re.search(
                    r"/syn/report/(dense_resource\w*?_(config\d+(?:_\d+)?)_s)_csynth\.rpt$", name
                )
                if found:
                    text = _git(git_dir, "show", f"{commit}:{name}")
                    case = f"{repo.split('/')[-1]}:{project.split('/')[-1]}"
                    yield case, found.group(2), git_dir, commit, project, found.group(1), text


def layer_rows(mirrors: Path) -> list[dict]:
    tools = _tools()
    packed = {
        (r.case, r.layer.name.split("/", 1)[-1]): r.layer.input_packed for r in read_calibration_set(DATA)
    }
    rows = []
    for case, layer, git_dir, commit, project, module, text in _reports(mirrors):
        config = re.search(r"_(config\d+(?:_\d+)?)_s$", module)
        sizes = dense_configs(git_dir, commit, project).get(config.group(1) if config else "")
        if not sizes:
            continue
        n_in, n_out, rf = sizes
        if rf <= 1:
            continue
        block_factor = -(-n_in * n_out // rf)
        multscale = block_factor // n_out if rf <= n_in else 0
        muxes, shifters = Counter(), Counter()
        for name, _bram, _dsp, _ff, lut in _INSTANCE.findall(text):
            if kind := _mux_kind(name):
                muxes[(kind, int(lut))] += 1
            elif "lshr_" in name or "shl_" in name:
                shifters[(name.split("lshr_")[-1], int(lut))] += 1
        variant = "rf_leq_nin" if rf <= n_in else ("rf_gt_nin_rem0" if rf % n_in == 0 else "rf_gt_nin")
        rows.append(
            {
                "case": case,
                "layer": layer,
                "tool": tools.get(case) or _header_tool(text),
                "variant": variant,
                "n_in": n_in,
                "rf": rf,
                "block_factor": block_factor,
                "multscale": multscale,
                "mux_count": sum(muxes.values()),
                "mux_instances": "; ".join(
                    f"{n} x {k} ({_mux_inputs(k)} inputs, {lut} LUT)" for (k, lut), n in sorted(muxes.items())
                ),
                "mux_lut": sum(n * lut for (_, lut), n in muxes.items()),
                "shifters": "; ".join(f"{n} x lshr_{k} ({lut} LUT)" for (k, lut), n in shifters.items()),
                "rule_per_multiplier": (block_factor if multscale > 1 else 1)
                if variant == "rf_leq_nin"
                else "",
                "rule_shared": multscale if variant == "rf_leq_nin" else "",
            }
        )
        row = rows[-1]
        if variant == "rf_leq_nin":  # Vivado HLS: one a multiplier; Vitis HLS: shared; packed input: shifters
            if shifters or packed.get((case, layer)):
                row["rule"] = (
                    f"packed input: {sum(shifters.values())} shifter instances (multscale {multscale})"
                )
            else:
                rule = "per_multiplier" if row["tool"].startswith("Vivado") else "shared"
                row["rule"] = f"{rule}: {'matches' if row[f'rule_{rule}'] == row['mux_count'] else 'differs'}"
    return rows


# More projects (in no stored set) with per-function reports and generated-module lists: two Vivado HLS GRU
# projects of uw-acme/HLS4ML_VS_MANUAL (R1's and R2's repository), four of uw-acme/HLS4ML_-NeutDetector, one
# each of pominiq/DNNonSilicon and camillaMiao/Hls-and-bambu (found by `find_string`/`search` on module names)
EXTRA_PROJECTS = {
    ("uw-acme/HLS4ML_VS_MANUAL", "79a401e022cf197ba480bdf2462589570e136fa8"): [
        "documents/Benchmarks/RNN/quickdraw/hls/quickdraw_gru_hls4ml_prj"
    ],
    ("uw-acme/HLS4ML_VS_MANUAL", "d20150a28a94d11c679edf9352ac6399d901ede2"): [
        "src/hdl/Quickdraw/keras/model_1/hls4ml_gru/smaller_reuse"
    ],
    ("uw-acme/HLS4ML_-NeutDetector", "f444fcf2364a938ac686d849a3575c48f5a93378"): [
        "src/hdl/IGNORE/uplane-reuse16",
        "src/hdl/IGNORE/uplane-test",
        "src/hdl/IGNORE/uplane_reuse12_implementation",
        "src/hdl/uplane-reuse12",
    ],
    ("pominiq/DNNonSilicon", "9672f92cd03040fd5b09f2cf8ba1d34095209100"): [
        "Folder_2_HLS4ML_Vivado_HLS/models/hls4ml_prj"
    ],
    ("camillaMiao/Hls-and-bambu", "15f53439fd5f8398ca28cd836ec8f0822d01bc80"): [
        "vivadohls/model_single_dense/hls4ml_prj/model_single_dense/hls4ml_prj"
    ],
}


def design_rows(mirrors: Path) -> list[dict]:
    """Every stored project (at the commit its Resource layer is read from) with multiplexer instances, and
    `EXTRA_PROJECTS`: the prices csynth gives its multiplexer instances and the multiplexer module HLS
    generated last."""
    tools = _tools()
    projects = defaultdict(set)
    for (case, _), (repo, commit, project, _) in _sources().items():
        projects[(repo, commit, project)].add(case)
    for (repo, commit), dirs in EXTRA_PROJECTS.items():
        for project in dirs:
            projects[(repo, commit, project)].add(f"{repo.split('/')[-1]}:{project.split('/')[-1]}")
    rows = []
    for (repo, commit, project), cases in sorted(projects.items()):
        git_dir = mirrors / repo.replace("/", "+") / "repo"
        if not git_dir.exists():
            continue
        names = _git(git_dir, "ls-tree", "-r", "--name-only", commit, "--", project).splitlines()
        prices = Counter()
        for name in (n for n in names if n.endswith("_csynth.rpt")):
            text = _git(git_dir, "show", f"{commit}:{name}")
            for module, _bram, _dsp, _ff, lut in _INSTANCE.findall(text):
                if kind := _mux_kind(module):
                    prices[(kind, int(lut))] += 1
        models = [n for n in names if n.endswith("autopilot.rtl.models.txt")]
        order = (
            [_mux_kind(m) for m in _git(git_dir, "show", f"{commit}:{models[0]}").split()] if models else []
        )
        order = [m for m in order if m]
        if not prices:
            continue
        distinct = sorted({lut for _, lut in prices})
        last_inputs = _mux_inputs(order[-1]) if order else 0
        tool = tools.get(min(cases), "")
        if not tool:  # EXTRA_PROJECTS: the reports' header
            report = next(n for n in names if n.endswith("_csynth.rpt"))
            tool = _header_tool(_git(git_dir, "show", f"{commit}:{report}"))
        rows.append(
            {
                "designs": " ".join(sorted(cases)),
                "tool": tool,
                "instances": "; ".join(f"{n} x {k} ({lut} LUT)" for (k, lut), n in sorted(prices.items())),
                "distinct_prices": " ".join(str(v) for v in distinct),
                "generated_order": " ".join(order) if order else "(not stored)",
                "last_generated_inputs": last_inputs or "",
                "price_per_input_of_last": round(distinct[0] / last_inputs, 2)
                if last_inputs and len(distinct) == 1
                else "",
            }
        )
    return rows


def what_if(layers: list[dict]) -> tuple[list[dict], dict]:
    """The Resource calibration rows' one-design-out LUT error (results/bench/cost_model_cv.csv) with the
    model's input-mux LUT replaced, no refit (in sample): by the report's own multiplexer LUT, and by the
    `per_multiplier` count x the price the design's report gives each instance (layers with an unpacked
    input only: a packed one gets shifters)."""
    cv_path = Path(__file__).resolve().parents[1] / "results" / "bench" / "cost_model_cv.csv"
    cv = {(r["case"], r["layer"]): r for r in csv.DictReader(cv_path.open()) if r["metric"] == "lut"}
    observed = {(r["case"], r["layer"]): r for r in layers}
    prices = defaultdict(set)
    for r in layers:  # the design's price of one multiplexer instance (one value a Vivado HLS design)
        prices[r["case"]].update(int(v) for v in re.findall(r"inputs, (\d+) LUT\)", r["mux_instances"]))
    out = []
    for row in read_calibration_set(DATA):
        layer = row.layer
        name = layer.name.split("/", 1)[-1]
        key = (row.case, name)
        if layer.strategy == "latency" or layer.reuse_factor == 1 or key not in cv or key not in observed:
            continue
        kernel = rom_kernel(layer, row.kernel, row.target)
        model_mux = rom_kernel_features(kernel)[0]["input_mux"] * constants_for("vivado").rom_lut["input_mux"]
        report, estimate = row.report["lut"], float(cv[key]["estimate"])
        obs = observed[key]
        rest = estimate - model_mux
        entry = {
            "case": row.case,
            "layer": name,
            "input_packed": layer.input_packed,
            "report_lut": report,
            "cv_estimate": round(estimate),
            "model_input_mux_lut": round(model_mux),
            "report_mux_lut": obs["mux_lut"],
            "error_now": abs(estimate / report - 1),
            "error_report_mux": abs((rest + obs["mux_lut"]) / report - 1),
        }
        price = prices.get(row.case, set())
        if obs["rule_per_multiplier"] != "" and not layer.input_packed and len(price) == 1:
            count = obs["rule_per_multiplier"] if row.target.hls_tool == "vivado" else obs["rule_shared"]
            entry["error_rule_count_x_report_price"] = abs((rest + count * next(iter(price))) / report - 1)
        out.append(entry)
    summary = {}
    for key in ("error_now", "error_report_mux", "error_rule_count_x_report_price"):
        values = [e[key] for e in out if key in e]
        summary[key] = (len(values), float(np.median(values)), float(np.quantile(values, 0.9)))
    return out, summary


def cv_comparison(before: Path, after: Path) -> list[str]:
    """Summary rows (LUT, FF, latency) of two cost_model_cv runs side by side, and the Resource LUT rows."""
    lines = []
    for stem in ("cost_model_cv", "cost_model_cv_stream", "cost_model_cv_repo", "cost_model_cv_repo_stream"):
        old_path, new_path = before / f"{stem}_summary.csv", after / f"{stem}_summary.csv"
        if not (old_path.exists() and new_path.exists()):
            continue
        new = {(r["metric"], r["strategy"], r["tool"]): r for r in csv.DictReader(new_path.open())}
        lines += [
            "",
            f"{stem}: median (p90), before -> after",
            "",
            "| metric | stratum | n | before | after |",
        ]
        lines.append("|---|---|---|---|---|")
        for r in csv.DictReader(old_path.open()):
            if r["metric"] == "ii":
                continue
            n = new[(r["metric"], r["strategy"], r["tool"])]
            lines.append(
                f"| {r['metric']} | {r['strategy']}/{r['tool']} | {r['n']} | {r['median']} ({r['p90']}) | "
                f"{n['median']} ({n['p90']}) |"
            )
    for stem in ("cost_model_cv", "cost_model_cv_repo"):
        old_path, new_path = before / f"{stem}.csv", after / f"{stem}.csv"
        if not (old_path.exists() and new_path.exists()):
            continue
        pick = lambda path: {
            (r["case"], r["layer"]): r
            for r in csv.DictReader(path.open())
            if r["metric"] == "lut" and r["strategy"] == "resource"
        }
        old, new = pick(old_path), pick(new_path)
        lines += [
            "",
            f"{stem}: Resource LUT rows",
            "",
            "| layer | report | before | after | error before -> after |",
        ]
        lines.append("|---|---|---|---|---|")
        for key, r in sorted(old.items()):
            n = new[key]
            lines.append(
                f"| {key[0]}/{key[1]} | {r['report']} | {r['estimate']} | {n['estimate']} | "
                f"{float(r['error']):.3f} -> {float(n['error']):.3f} |"
            )
    return lines


def _table(rows: list[dict]) -> list[str]:
    keys = list(dict.fromkeys(k for r in rows for k in r))
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    for r in rows:
        cells = [f"{r.get(k, ''):.3f}" if isinstance(r.get(k), float) else str(r.get(k, "")) for k in keys]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirrors", type=Path)
    parser.add_argument("--out", type=Path, default=Path("results/bench/resource_input_mux.md"))
    parser.add_argument("--cv-before", type=Path, help="a bench/cost_model_cv.py --out-dir (main's model)")
    parser.add_argument(
        "--cv-after", type=Path, help="the same with results/bench/resource_input_mux_prototype.diff"
    )
    args = parser.parse_args()
    layers = layer_rows(args.mirrors)
    designs = design_rows(args.mirrors)
    rows, summary = what_if(layers)
    lines = [__doc__.split("\n\n")[0], "", "## Layers", "", *_table(layers), "", "## Designs", ""]
    lines += [*_table(designs), "", "## What-if (in sample, no refit; Resource calibration rows, LUT)", ""]
    lines += [*_table(rows), "", "| variant | rows | median | p90 |", "|---|---|---|---|"]
    lines += [f"| {k} | {n} | {m:.3f} | {p:.3f} |" for k, (n, m, p) in summary.items()]
    if args.cv_before and args.cv_after:
        lines += ["", "## Cross-validation: main vs the per-multiplier copies feature (prototype)"]
        lines += cv_comparison(args.cv_before, args.cv_after)
    args.out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
