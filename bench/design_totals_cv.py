"""Leave-one-design-out of the design totals (`glue.estimate_project`) on the held-out designs that calibrate.

For every design of `heldout.CALIBRATED_HELDOUT_SETS` or `heldout.STREAM_WRAPPER_SETS` that one of them does
not leave out and whose summary.csv has a Total row, the design totals are estimated twice, both from the
stored project read at the tool and version its MANIFEST row names (as `heldout.design_comparisons`):

* in-sample: with the constants in code (what `fpgaprune estimate` prints);
* left out: `glue.estimate_project_files` with every constant this design calibrates refitted without it:
  - the weight layers' LUT/FF/timing/ROM constants of its (tool, calibration group): `fit.fit_constants` on
    the calibration rows of the other designs (`heldout.read_calibration_set`, set 9's fit half, the
    repositories for the inner shrinkage choice), as `fit.leave_one_design_out` and bench/cost_model_cv.py
    do; only when the design has calibration rows (io_parallel Dense layers), else the constants in code
    (not fitted on it);
  - the io_stream wrappers: `fit.fit_stream_wrappers` on the other designs' `heldout.read_stream_wrapper_set`
    rows, as `fit.leave_one_design_out_stream` does (only when the design has such rows); the kernels under
    the wrapper fit are estimated with the constants in code, as in that route;
  - the glue constants `FIFO_FF`, `FIFO_LUT` (per FIFO family), `CHANNEL_REGISTER_FF`, `CHANNEL_CONTROL_LUT`
    (branch convglue), `TOP_REGISTER_FF` without the design's rows, with the row families of
    bench/glue_fifo_loo.py;
  - batch normalisation's LUT/FF constants and stream tails (`heldout.batchnorm_left_out_estimates`' route),
    softmax and 2D pooling LUT/FF (`auxiliary.fit_auxiliary_constants` on the other designs' instances of
    `heldout.read_auxiliary_rows`' selection) and sigmoid/tanh LUT/FF (`tablelogic.fit_table_logic_constants`
    on the other designs' `heldout.read_table_logic_rows`) and zero-padding LUT/FF
    (`padding.fit_zero_padding_constants` on the other designs' `heldout.read_zero_padding_rows`), the
    merge/plumbing LUT/FF (`plumbing.fit_plumbing_constants` on the other designs'
    `heldout.read_plumbing_rows`), the io_stream ReLU FF (`activation.fit_stream_relu_ff` on the other
    designs' `heldout.read_stream_relu_rows`; branch streamact), the hard_sigmoid/hard_tanh LUT/FF
    (`otheract.fit_hard_activation_constants` on the other designs' `heldout.read_hard_activation_rows`:
    P4's alone, so P4 left out has none and its hard_tanh costs 0, as before branch actmore); the 1D and
    global poolings (`pooling`, branch pool1d) fit nothing of their own and take these refits of what they
    reuse: the pooling2d constants, the FIFO tables and the layers' `lut_adder`;
  - the activations' latency constants: io_parallel softmax (`auxiliary.fit_softmax_latency`; since branch
    smaxrule it reaches only the softmaxes `softmaxchain` does not time, none of these designs': the
    chain's delays are read from HLS schedules, nothing is fitted, the same in-sample and left out), io_stream
    softmax (`auxiliary.fit_stream_softmax_latency` on `heldout.stream_softmax_instances`) and io_parallel
    sigmoid/tanh (`tablelogic.fit_table_activation_latency` on `heldout.read_table_activation_rows`' rows).
  Each part is refitted when the design has rows in its fit (the CSV's `refitted` column names them; a fit
  may come out unchanged, e.g. the glue's least-absolute-deviation fits). The design latency is recomposed by
  `glue.design_latency` from the left-out layer and activation latencies (no difference is added).

Kept in-sample: the rem0 terms (`logic.REM0_LUT`, `REM0_FF`), fitted on sets 9 and 10 (not among these
designs) jointly with the ROM constants (`heldout.fit_rom_and_rem0_terms`); here the ROM constants are
refitted per design by `fit.fit_constants` with the rem0 terms in code, not re-iterated with them. Not fitted
on these designs at all: the ReLU constants (calibration/activations.csv) and the DSP and BRAM rules (no
fitted constant): DSP and BRAM_18K left out are expected to equal in-sample, reported for completeness.
Designs that one of the two set lists keeps but that have no row in any fit refitted here are not scored
(their in-sample estimate is already out of sample; the script prints them): K3, K4 (io_parallel HGQ designs
the calibration list leaves out), Q2, S10, W1 (io_stream designs the stream list leaves out), N6-N8 (one
io_parallel Conv2D each: no row of any fit).

The refits use the same functions that wrote the constants in code; the script prints, per part, whether the
full fit reproduces them to the 4 digits written there (a mismatch would count as left-out error too; the
refits are not rounded).

Errors as `heldout.metric_error`: LUT, FF, DSP relative, |estimate - report| / max(report, 1); latency in
bands of max(1 cycle, 10 % of the report) (`calibration.latency_band_error`); BRAM_18K in blocks.
Writes results/bench/design_totals_cv.csv (one row per design and metric) and
results/bench/design_totals_cv_summary.csv (median, p90, worst per metric, for all designs and split by io
type, in-sample and left out) and results/bench/design_totals_cv_bram.txt (issue 16's design BRAM bound: how
many designs are within one block per stream FIFO or table, and which are not).

With `--by repository`, every calibrating design of the left-out design's public repository and every
calibration row that repository wrote (`heldout.design_repositories`) are left out of every refit at once, as
bench/cost_model_cv.py does for the layers: several designs of one author share tool, part and coding
choices, so one design left out is optimistic. The same designs are scored (those that calibrate something
themselves); results/bench/design_totals_cv_repo{,_summary}.csv and design_totals_cv_repo_bram.txt.

    PYTHONPATH=src nice -n 19 .venv/bin/python bench/design_totals_cv.py [--out-dir results/bench]
        [--by design|repository]
"""

import argparse
import csv
import time
from dataclasses import asdict, is_dataclass
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import glue
from fpgaprune.core.hardware import heldout as h
from fpgaprune.core.hardware.activation import STREAM_RELU_FF, fit_stream_relu_ff
from fpgaprune.core.hardware.auxiliary import (
    AUXILIARY_CONSTANTS,
    SOFTMAX_PARALLEL_LATENCY,
    STREAM_SOFTMAX_LATENCY,
    _parallel_softmax,
    fit_auxiliary_constants,
    fit_softmax_latency,
    fit_stream_softmax_latency,
)
from fpgaprune.core.hardware.batchnorm import (
    BATCHNORM_CONSTANTS,
    BATCHNORM_STREAM_TAIL,
    fit_batchnorm_constants,
    fit_stream_tail,
)
from fpgaprune.core.hardware.fit import fit_constants, fit_fabric, fit_stream_wrappers, prepare
from fpgaprune.core.hardware.logic import STREAM_WRAPPERS, constants_for
from fpgaprune.core.hardware.otheract import HARD_ACTIVATION_CONSTANTS, fit_hard_activation_constants
from fpgaprune.core.hardware.padding import ZERO_PADDING_CONSTANTS, fit_zero_padding_constants
from fpgaprune.core.hardware.plumbing import PLUMBING_CONSTANTS, fit_plumbing_constants
from fpgaprune.core.hardware.project import read_project_files
from fpgaprune.core.hardware.tablelogic import (
    TABLE_ACTIVATION_LATENCY,
    TABLE_LOGIC_CONSTANTS,
    fit_table_activation_latency,
    fit_table_logic_constants,
)

D = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
METRICS = ("lut", "ff", "latency_cycles", "ii", "dsp", "bram_18k")
FAMILIES = ("vivado", "vitis", "vitis_vuplus")
CONTROL_ROWS = ("Expression", "Multiplexer")  # a DATAFLOW top's channel logic, `glue.CHANNEL_CONTROL_LUT`


def calibrating_designs():
    """(set, MANIFEST row) of every design that `CALIBRATED_HELDOUT_SETS` or `STREAM_WRAPPER_SETS` keeps."""
    for name in sorted({*h.CALIBRATED_HELDOUT_SETS, *h.STREAM_WRAPPER_SETS}, key=lambda n: (len(n), n)):
        kept_by = [sets[name] for sets in (h.CALIBRATED_HELDOUT_SETS, h.STREAM_WRAPPER_SETS) if name in sets]
        for design in h.read_table(D / name / "MANIFEST.tsv", "\t"):
            if any(design["design"] not in skip for skip in kept_by):
                yield name, design


# ---- the glue constants' rows, keyed "set/design" (bench/glue_fifo_loo.py uses them too) ----
def glue_rows():
    fifo_ff_rows, lut_rows, chan_rows, control_rows, top_rows = {}, {}, {}, {}, {}
    for family in FAMILIES:
        for root, design, fifos in h._report_fifos(D, family):
            key = f"{root.name}/{design}"
            shapes = [h.fifo_shape(f, family) for f in fifos]
            fifo_ff_rows[key] = (family, [(*shape, int(f["ff"])) for shape, f in zip(shapes, fifos)])
            lut_rows[key] = (family, (shapes, int(h._summary_row(root, design, "FIFO")["lut"])))
            if h._dataflow_top(root / "projects" / design):
                registers = int(h._summary_row(root, design, "Register")["ff"])
                chan_rows[key] = (family.split("_")[0], registers, len(fifos))
                control = sum(int(h._summary_row(root, design, row)["lut"]) for row in CONTROL_ROWS)
                control_rows[key] = (family.split("_")[0], control, len(fifos))
    for name, skip in h.CALIBRATED_HELDOUT_SETS.items():
        root = D / name
        regs = {
            r["design"]: int(r["ff"]) for r in h.read_table(root / "summary.csv") if r["row"] == "Register"
        }
        for m in h.read_table(root / "MANIFEST.tsv", "\t"):
            d = m["design"]
            if d in skip or d not in regs or h._dataflow_top(root / "projects" / d):
                continue
            layers, _, target = h.read_design_project(root, m)
            layers = [layer for layer in layers if not h.not_fitted_on(layer)]
            if layers and all(layer.io_type == "io_parallel" for layer in layers):
                top_rows[f"{name}/{d}"] = (target.hls_tool, regs[d], glue.top_array_bits(layers))
    return fifo_ff_rows, lut_rows, chan_rows, control_rows, top_rows


def table_activation_latency_rows():
    """`heldout.read_table_activation_rows` with each row's design: (HLS tool, report latency, design)."""
    rows = []
    for name, skip in h.CALIBRATED_HELDOUT_SETS.items():
        root = D / name
        tools = {m["design"]: h.manifest_tool(m) for m in h.read_table(root / "MANIFEST.tsv", "\t")}
        for row in h.read_table(root / "instances.csv"):
            parallel_table = row["function"] in ("sigmoid", "tanh") and "_array_" not in row["module"]
            if row["design"] not in skip and parallel_table:
                rows.append((tools[row["design"]], int(row["latency_max"]), row["design"]))
    return rows


def same(fitted, written) -> bool:
    """Whether a fit equals the constants in code, floats to the 4 digits the code writes, sources ignored."""
    return _rounded(fitted) == _rounded(written)


def _rounded(value):
    if is_dataclass(value):
        return _rounded({k: v for k, v in asdict(value).items() if k != "source"})
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_rounded(v) for v in value]
    if isinstance(value, float):
        return round(value, 4) + 0.0
    return value


def glue_fits(rows, out):
    """The glue constants fitted without the rows of `out`: one "set/design" key, a set of them, or None."""
    fifo_ff_rows, lut_rows, chan_rows, control_rows, top_rows = rows
    out = set() if out is None else {out} if isinstance(out, str) else set(out)
    return {
        "FIFO_FF": {
            t: glue.fit_fifo_ff(
                [r for k, (tt, rs) in fifo_ff_rows.items() if k not in out and tt == t for r in rs], t
            )
            for t in FAMILIES
        },
        "FIFO_LUT": {
            t: glue.fit_fifo_lut([r for k, (tt, r) in lut_rows.items() if k not in out and tt == t], t)
            for t in FAMILIES
        },
        "CHANNEL_REGISTER_FF": glue.fit_per_channel([r for k, r in chan_rows.items() if k not in out]),
        "CHANNEL_CONTROL_LUT": glue.fit_per_channel([r for k, r in control_rows.items() if k not in out]),
        "TOP_REGISTER_FF": glue.fit_top_register_ff([r for k, r in top_rows.items() if k not in out]),
    }


def left_out_group(name: str, design: str, by: str, repositories: dict) -> tuple[set, set]:
    """(calibration cases, MANIFEST ids) left out with `name`/`design`: the design alone, or with `by`
    "repository" every calibrating design of its public repository and every calibration row it wrote."""
    case = h.calibration_case(name, design)
    if by == "design":
        return {case}, {design}
    repository = repositories[case]
    cases = {c for c, r in repositories.items() if r == repository}
    ids = {m["design"] for s, m in calibrating_designs() if h.calibration_case(s, m["design"]) in cases}
    return cases, ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=Path("results/bench"))
    parser.add_argument("--by", choices=("design", "repository"), default="design", help="what is left out")
    args = parser.parse_args()
    started = time.time()

    calibration = prepare(h.read_calibration_set(D))
    set9, repositories = h.read_set9_rom_ff_rows(D), h.design_repositories(D)
    stream_rows = h.read_stream_wrapper_set(D)
    g_rows = glue_rows()
    glue_full = glue_fits(g_rows, None)
    shipped_glue = {
        "FIFO_FF": glue.FIFO_FF,
        "FIFO_LUT": glue.FIFO_LUT,
        "CHANNEL_REGISTER_FF": glue.CHANNEL_REGISTER_FF,
        "CHANNEL_CONTROL_LUT": glue.CHANNEL_CONTROL_LUT,
        "TOP_REGISTER_FF": glue.TOP_REGISTER_FF,
    }
    print("glue constants in code are the full fit:", same(glue_full, shipped_glue), flush=True)
    bn_rows = h.read_batchnorm_rows(D)
    print(
        "batchnorm constants in code are the full fit:",
        same(
            (fit_batchnorm_constants(bn_rows), fit_stream_tail(bn_rows)),
            (BATCHNORM_CONSTANTS, BATCHNORM_STREAM_TAIL),
        ),
    )
    aux_rows = []
    for layer, numbers, target, design in h._auxiliary_instances(D, with_design=True):
        aux_rows.append((layer, numbers, target.hls_tool, design["design"]))
    print(
        "auxiliary constants in code are the full fit:",
        same(fit_auxiliary_constants([r[:3] for r in aux_rows]), AUXILIARY_CONSTANTS),
    )
    table_rows = h.read_table_logic_rows(D)
    print(
        "table logic constants in code are the full fit:",
        same(
            {t: fit_table_logic_constants(table_rows, t) for t in ("vivado", "vitis")}, TABLE_LOGIC_CONSTANTS
        ),
    )
    padding_rows = h.read_zero_padding_rows(D)
    print(
        "zero-padding constants in code are the full fit:",
        same(
            {t: fit_zero_padding_constants(padding_rows, t) for t in ("vivado", "vitis")},
            ZERO_PADDING_CONSTANTS,
        ),
    )
    plumbing_rows = [row for row in h.read_plumbing_rows(D) if row[0].stream]
    print(
        "merge/plumbing constants in code are the full fit:",
        same({t: fit_plumbing_constants(plumbing_rows, t) for t in ("vivado", "vitis")}, PLUMBING_CONSTANTS),
    )
    relu_rows = h.read_stream_relu_rows(D)
    print(
        "io_stream ReLU FF constants in code are the full fit:",
        same({t: fit_stream_relu_ff(relu_rows, t) for t in ("vivado", "vitis")}, STREAM_RELU_FF),
    )
    hard_rows = h.read_hard_activation_rows(D)
    print(
        "hard_sigmoid/hard_tanh constants in code are the full fit:",
        same(fit_hard_activation_constants(hard_rows), HARD_ACTIVATION_CONSTANTS),
    )
    print(
        "stream wrappers in code are the full fit:", same(fit_stream_wrappers(stream_rows), STREAM_WRAPPERS)
    )
    print(
        "io_parallel softmax latency in code is the full fit:",
        same(fit_softmax_latency([r[:3] for r in aux_rows]), SOFTMAX_PARALLEL_LATENCY),
    )
    stream_softmax = [
        (m["design"], layer, cycles, t) for m, layer, cycles, t in h.stream_softmax_instances(D)
    ]
    print(
        "io_stream softmax latency in code is the full fit:",
        same(fit_stream_softmax_latency([r[1:] for r in stream_softmax]), STREAM_SOFTMAX_LATENCY),
    )
    table_latency = table_activation_latency_rows()
    print(
        "sigmoid/tanh latency in code is the full fit:",
        same(fit_table_activation_latency([r[:2] for r in table_latency]), TABLE_ACTIVATION_LATENCY),
    )
    glue_keys, bn_keys = set().union(*g_rows), {row.design for row in bn_rows}
    per_tool_instance_fits = (  # (rows, `glue.Refits` field, fit(rows, tool), label) of the instance families
        (table_rows, "table_logic", fit_table_logic_constants, "sigmoid/tanh"),
        (padding_rows, "zero_padding", fit_zero_padding_constants, "zero padding"),
        (plumbing_rows, "plumbing", fit_plumbing_constants, "merge/plumbing"),
        (relu_rows, "stream_relu_ff", fit_stream_relu_ff, "stream ReLU FF"),
        # P4's rows are the only ones: left out, the fit has none and P4's hard_tanh cost 0 (branch actmore)
        (hard_rows, "hard_activation", fit_hard_activation_constants, "hard activations"),
    )
    checked_groups = {}

    ids = [design["design"] for _, design in calibrating_designs()]
    assert len(ids) == len(set(ids)), "the instance fits' rows name designs by MANIFEST id alone"
    records, n_designs, skipped = [], 0, []
    # what each design calibrates itself: a design that calibrates nothing is not scored, by repository too,
    # so that both runs score the same designs
    own_cases = {p.row.case for p in calibration} | {row.case for row in stream_rows}
    own_ids = {r[3] for rows, *_ in per_tool_instance_fits for r in rows} | {r[3] for r in aux_rows}
    own_ids |= {r[0] for r in stream_softmax} | {r[2] for r in table_latency}
    for name, design in calibrating_designs():
        d = design["design"]
        root = D / name
        totals = {row["design"]: row for row in h.read_table(root / "summary.csv") if row["row"] == "Total"}
        if d not in totals:
            print(f"{name}/{d}: no Total row, skipped")
            continue
        key, case = f"{name}/{d}", h.calibration_case(name, d)
        if not (case in own_cases or d in own_ids or key in glue_keys | bn_keys):
            skipped.append(key)
            print(key, "calibrates no constant refitted here: not scored")
            continue
        files = read_project_files(root / "projects" / d)
        tool, version = h.manifest_tool(design), h.manifest_version(design)
        layers, insample = glue.estimate_project_files(files, tool, version)
        target_tool = None
        refit, overrides = [], {}
        out_cases, out_ids = left_out_group(name, d, args.by, repositories)
        out_keys = {k for k in glue_keys | bn_keys if k.split("/", 1)[1] in out_ids}
        training = [p for p in calibration if p.row.case not in out_cases]
        if len(training) < len(calibration):
            target = h.read_design_project(root, design)[2]
            target_tool, group = target.hls_tool, fit_fabric(target)
            if (target_tool, group) not in checked_groups:
                full = fit_constants(
                    calibration, target_tool, group, rom_ff_rows=set9, repositories=repositories
                )
                checked_groups[target_tool, group] = same(full, constants_for(target_tool, group))
                print(
                    f"constants {target_tool}/{group} in code are the full fit:",
                    checked_groups[target_tool, group],
                )
            overrides["constants"] = fit_constants(
                training, target_tool, group, rom_ff_rows=set9, repositories=repositories
            )
            refit.append("layers")
        others = [row for row in stream_rows if row.case not in out_cases]
        if len(others) < len(stream_rows):
            overrides["wrapper"] = fit_stream_wrappers(others)[tool]
            refit.append("stream wrapper")
        if out_keys & glue_keys:
            overrides["glue"] = glue_fits(g_rows, out_keys)
            refit.append("glue")
        bn_others = [row for row in bn_rows if row.design not in out_keys]
        if len(bn_others) < len(bn_rows):
            overrides["batchnorm"] = (fit_batchnorm_constants(bn_others), fit_stream_tail(bn_others))
            refit.append("batchnorm")
        aux_others = [r[:3] for r in aux_rows if r[3] not in out_ids]
        if len(aux_others) < len(aux_rows):
            overrides["auxiliary"] = fit_auxiliary_constants(aux_others)
            refit.append("softmax/pooling")
        for rows, refits_key, fit, label in per_tool_instance_fits:  # rows name their design 4th
            others = [r for r in rows if r[3] not in out_ids]
            if len(others) < len(rows):
                overrides[refits_key] = fit(others, tool)
                refit.append(label)
        latency = {}
        if any(_parallel_softmax(r[0]) for r in aux_rows if r[3] in out_ids):
            latency["parallel"] = fit_softmax_latency(aux_others)
            refit.append("softmax latency")
        if any(r[0] in out_ids for r in stream_softmax):
            latency["stream"] = fit_stream_softmax_latency(
                [r[1:] for r in stream_softmax if r[0] not in out_ids]
            )
            refit.append("stream softmax latency")
        if any(r[2] in out_ids for r in table_latency):
            latency["table"] = fit_table_activation_latency(
                [r[:2] for r in table_latency if r[2] not in out_ids]
            )
            refit.append("sigmoid/tanh latency")
        if latency:
            overrides["activation_latency"] = latency
        assert refit, key
        left_out = glue.estimate_project_files(files, tool, version, glue.Refits(**overrides))[1]
        io_type = glue.design_io_type(layers)
        n_designs += 1
        for metric in METRICS:
            raw = totals[d][h._REPORT_COLUMN.get(metric, metric)]
            if raw in ("", None):
                continue
            report = float(raw)
            e_in, e_out = insample["totals"][metric], left_out["totals"][metric]
            records.append(
                {
                    "set": name,
                    "design": d,
                    "io_type": io_type,
                    "metric": metric,
                    "in_sample_estimate": e_in,
                    "left_out_estimate": e_out,
                    "report": report,
                    "in_sample_error": round(h.metric_error(metric, e_in, report), 4),
                    "left_out_error": round(h.metric_error(metric, e_out, report), 4),
                    "refitted": "; ".join(refit),
                    "fifos_and_tables": len(insample["memories"]),
                }
            )
        print(key, io_type, "refit:", ", ".join(refit) or "-", flush=True)

    args.out_dir.mkdir(parents=True, exist_ok=True)
    prefix = "design_totals_cv_repo" if args.by == "repository" else "design_totals_cv"
    _write(args.out_dir / f"{prefix}.csv", records)
    summary = []
    for metric in METRICS:
        for split in ("all", "io_parallel", "io_stream"):
            mine = [r for r in records if r["metric"] == metric and split in ("all", r["io_type"])]
            if not mine:
                continue
            for which in ("in_sample", "left_out"):
                errors = np.array([r[f"{which}_error"] for r in mine])
                worst = mine[int(np.argmax(errors))]
                summary.append(
                    {
                        "metric": metric,
                        "io_type": split,
                        "estimate": which,
                        "designs": len(mine),
                        "median": round(float(np.median(errors)), 4),
                        "p90": round(float(np.percentile(errors, 90)), 4),
                        "worst": round(float(errors.max()), 4),
                        "worst_design": f"{worst['set']}/{worst['design']}",
                        "worst_estimate": worst[f"{which}_estimate"],
                        "worst_report": worst["report"],
                    }
                )
    _write(args.out_dir / f"{prefix}_summary.csv", summary)
    for line in summary:
        print(",".join(str(v) for v in line.values()))
    bram_lines = bram_allowance_lines(records)
    (args.out_dir / f"{prefix}_bram.txt").write_text("\n".join(bram_lines) + "\n")
    print(*bram_lines, sep="\n")
    print(f"{n_designs} designs scored; not scored (calibrate nothing refitted): {', '.join(skipped)}")
    print(f"{time.time() - started:.0f} s")


def bram_allowance_lines(records: list[dict]) -> list[str]:
    """Issue 16's design BRAM bound: within one block per stream FIFO or table (the estimate's memories; a
    design without any must be exact), per io type. BRAM has no fitted constant: in-sample = left out."""
    lines = []
    for split in ("all", "io_parallel", "io_stream"):
        mine = [r for r in records if r["metric"] == "bram_18k" and split in ("all", r["io_type"])]
        within = [r for r in mine if r["in_sample_error"] <= r["fifos_and_tables"]]
        missed = ", ".join(
            f"{r['set']}/{r['design']} {r['in_sample_estimate']:g} vs {r['report']:g} "
            f"({r['fifos_and_tables']} memories)"
            for r in mine
            if r not in within
        )
        lines.append(
            f"bram_18k within one block per FIFO/table, {split}: {len(within)} of {len(mine)}; "
            f"not: {missed or '-'}"
        )
    return lines


def _write(path: Path, rows: list[dict]) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
