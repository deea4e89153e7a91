"""LUT, FF, latency and II of hls4ml's Dense/Conv kernels: structure from the templates, constants fitted.

Every number is an estimate (source "estimate"). The structure of each formula follows how hls4ml 1.3
implements the layer; the few constants per HLS tool (`CONSTANTS`) are fitted on public synthesis reports
by `fpgaprune.core.hardware.calibration.fit_constants` (docs/cost-model-record.md lists each constant and its
reports).

Constant weights (`nnet_dense_latency.h`; Resource at RF 1): output o is `bias + sum_i x_i * c_io` over
its non-zero products, which HLS balances into an adder tree of ceil(log2(nnz_o + 1)) levels.

* LUT = lut_adder * (accumulator bits per non-zero product: one tree adder each)
  + lut_shift_add * (bits of the shift-add adders of products not on a DSP: (CSD digits - 1) adders as
  wide as data + constant) + lut_mux * (operand bits routed to a shared multiplier, RF > 1 when hls4ml's
  `ALLOCATION ... limit=multiplier_limit` binds) + lut_output * (n_out accumulator bits).
* Latency: the product (DSP: dsp_ns more, `product_delay_ns`) and the tree take product_ns + levels *
  adder_ns; HLS cuts that path into clock periods (the target clock minus the
  project's clock uncertainty, else hls4ml's default for the tool: Vivado HLS 12.5 %, Vitis HLS 27 %).
  When the multiplier limit binds, the M shared products issue limit per cycle: ceil(M / limit) cycles plus
  a tail. II: 1 at RF 1, else min(RF, latency + 1) (the PIPELINE II=RF pragma cannot be met below
  latency + 1 with shared units).
* FF = ff_register * (accumulator bits of every value crossing a pipeline boundary): at boundary k the
  tree of each output is cut after the levels finished by then, leaving ceil((nnz_o + 1) / 2**levels)
  partial sums; with shared multipliers, each product is registered once. When the kernel is pipelined, each
  non-zero product is also registered once at accumulator width (ff_product) and once at its full width,
  data + weight bits (ff_product_width, fidelity14: the 16 x 16-bit Vitis 7-series kernels report ~85-100 FF
  per product, the 8 x 8-bit ones ~20; the accumulator width, 16 in both, cannot tell them apart).

Weights in a ROM (`nnet_dense_resource.h`, Resource and Resource_Unrolled at RF > 1): `block_factor`
multipliers, each with an accumulator adder, run RF cycles (`ReuseLoop`, PIPELINE II=1); multiplier im
reads data[ir + RF*k] through an RF-to-1 multiplexer (n_in-to-1 when RF > n_in) and, when RF > n_in,
writes to a different accumulator each cycle (an output multiplexer over the n_out accumulators).
LUT and FF are linear in those counts (plus a fixed control part); latency = RF + a short tail (+ the stages a
pipelined DSP core adds, `rom_core_stages`); II = RF.
"""

from dataclasses import dataclass
from math import ceil, log2

import numpy as np

LUT_PER_WEIGHT = ("lut_adder", "lut_shift_add", "lut_constant_multiplier", "lut_shared_multiplier", "lut_mux")
FF_PER_WEIGHT = ("ff_register", "ff_product", "ff_product_width", "ff_shared")
FF_FIXED = ("ff_input", "ff_output")


def weighted_sum(constants: dict, features: dict) -> float:
    """Sum over `features` of each count times its constant: how every fitted term here is evaluated."""
    return sum(constants[key] * value for key, value in features.items())


def least_absolute_deviations(
    design: np.ndarray, target: np.ndarray, *, nonnegative: bool = False
) -> list[float]:
    """argmin_c sum |design @ c - target| (a linear programme: design @ c + over - under = target); with
    `nonnegative`, c >= 0."""
    from scipy.optimize import linprog
    from scipy.sparse import hstack, identity

    rows, columns = design.shape
    cost = np.concatenate([np.zeros(columns), np.ones(2 * rows)])
    equality = hstack([design, identity(rows), -identity(rows)], format="csr")
    bounds = [(0 if nonnegative else None, None)] * columns + [(0, None)] * (2 * rows)
    result = linprog(cost, A_eq=equality, b_eq=target.astype(float), bounds=bounds, method="highs")
    return [float(value) for value in result.x[:columns]]


def relative_nnls(
    features: np.ndarray, reports, offset=None, *, floor: float, weights=None, prior=None, strength=0.0
) -> list[float]:
    """Non-negative c minimising sum(weights * ((features @ c + offset) / report - 1)**2) + strength * rows
    * |c - prior|**2 (a ridge toward `prior`; none when `prior` is None or strength 0), reports under `floor`
    weighed as `floor`: how the LUT and FF constants are fitted on relative errors. SciPy is imported here, by
    the fits only: estimating needs none of it, and importing it took 0.6 s (2026-12-07) in every command."""
    from scipy.optimize import nnls

    if len(reports) == 0:  # scipy's nnls would return uninitialised memory for an empty system
        raise ValueError("no row to fit the constants on")
    reports = np.maximum(np.asarray(reports, dtype=float), floor)
    offset = np.zeros(len(reports)) if offset is None else np.asarray(offset, dtype=float)
    root = np.ones(len(reports)) if weights is None else np.sqrt(np.asarray(weights, dtype=float))
    matrix, target = features / reports[:, None] * root[:, None], (1.0 - offset / reports) * root
    if prior is not None and strength > 0:
        scale = np.sqrt(strength * len(reports))
        matrix = np.vstack([matrix, scale * np.eye(features.shape[1])])
        target = np.concatenate([target, scale * np.asarray(prior, dtype=float)])
    solution, _ = nnls(matrix, target)
    return [float(value) for value in solution]


def fit_instance_constants(features: list[dict], reports: list[dict], terms: dict) -> dict:
    """{resource: {term: constant}} for each resource of `terms` ({resource: its feature names}): least
    absolute deviations of the instances' `features` (one dict each) on their `reports`, non-negative (no
    count costs negative logic), rounded to 4 digits: the instance fits' (zero padding, merges and plumbing,
    io_stream ReLU FF) common step."""
    fitted = {}
    for resource, keys in terms.items():
        matrix = np.array([[f[key] for key in keys] for f in features])
        target = np.array([report[resource] for report in reports], dtype=float)
        solution = least_absolute_deviations(matrix, target, nonnegative=True)
        fitted[resource] = {key: round(float(value), 4) + 0.0 for key, value in zip(keys, solution)}
    return fitted


def leave_one_design_out_instances(rows, estimate, fit) -> list[tuple]:
    """(row, `estimate(layer, tool, constants)` with `fit(rows, tool)` fitted without the row's design) for
    every (layer, report, HLS tool, design) row: the instance fits' (sigmoid/tanh, zero padding, merges and
    plumbing, io_stream ReLU FF) cross-validation."""
    results = []
    for row in rows:
        layer, _, tool, design = row
        training = [other for other in rows if other[3] != design]
        results.append((row, estimate(layer, tool, fit(training, tool))))
    return results


# The uncertainty ReLU timing (`activation`) assumes; layers use their target's (`Target.budget_ns`).
CLOCK_UNCERTAINTY = 0.125


@dataclass(frozen=True)
class Constants:
    """The fitted constants of one HLS tool (see the module docstring for where each enters)."""

    product_ns: float
    dsp_ns: float
    adder_ns: float
    shared_tail: int
    lut_adder: float
    lut_shift_add: float
    lut_constant_multiplier: float
    lut_shared_multiplier: float
    lut_mux: float
    lut_output: float
    ff_register: float
    ff_product: float
    ff_product_width: float
    ff_shared: float
    ff_input: float
    ff_output: float
    rom_tail: int
    rom_lut: dict
    rom_ff: dict
    source: str = ""


_SOURCES = (
    "fitted by fpgaprune.core.hardware.fit.fit_constants on tests/core/hardware/data/calibration/layers.csv "
    "(Vivado HLS 2019.2: B1-B5; Vitis HLS 2021.1: D_*; Vitis HLS 2025.1: F1; rows flagged stale or over "
    "the device left out), the io_parallel Dense layers of held-out sets 1-8 and 12-21 (8, 12-14 since "
    "branch foldin, 15-19 since branch foldin2, 20 since branch foldin3, 21 since branch foldin21), each "
    "read with the HLS tool "
    "that synthesised it (heldout.CALIBRATED_HELDOUT_SETS) and tests/core/hardware/data/resource_layers.csv "
    "(R1, R2, Vivado HLS 2019.2; with P8, S11, S12 of sets 4 and 6 the rom_* constants, shared by both "
    "tools; rom_ff also on held-out set 9's fit half as one design, fidelity11); each group's LUT/FF shrunk "
    "toward the fit over all constant-weight rows (fidelity13, fit.choose_shrinkage); see "
    "docs/cost-model-record.md section 2.3"
)
# Rounded to 4 digits; tests/core/hardware/test_fit.py checks they equal a fresh fit on those files.
# Refitted on branch clockunc (bench/refit_constants.py): the Vitis-built calibrating held-out designs whose
# project.tcl sets 12.5 % (their reports agree) were read at Vitis' 27 %; one design out FF 0.212 -> 0.192,
# one repository out FF 0.445 -> 0.533 (worse), latency 0.938 -> 0.811 (docs/cost-model-record.md 2.4).
# Refitted on branch ffdsp with the pipelined DSP cores' FF (`dsp_core_ff`) as an offset
# (docs/cost-model-record.md 2.3).
# Refitted on branch vivadoff: the timing grid's ties are broken by HLS's measured DSP multiply
# (`fit.DSP_MULTIPLY_FLOOR_NS`; before it (product_ns, dsp_ns, adder_ns): Vivado 7-series (2.5, 0.0, 2.0),
# UltraScale (0.0, 1.0, 0.75), Vitis UltraScale (0.0, 1.0, 0.75)); the FF constants moved with the cuts.
# Refitted on branch resff: the ROM multiplier's FF feature counts its pipeline registers
# (`multiplier_register_bits`); rom_ff before {"multiplier": 0.517, "accumulator": 0.7968, "input": 1.5696,
# "control": 461.1607} (the multiplier's bits were data + weight + accumulator).
# Refitted on branch resourceff: a kernel at RF > n_in keeps its input registers unless it reads the top's
# packed input port (`cost.rom_kernel`); rom_ff before {"multiplier": 1.1239, "accumulator": 0.8848, "input":
# 1.5498, "control": 356.2}.
# The Resource-kernel constants, one set for every group: `fit._fit_rom` fits them on every ROM row whichever
# tool and fabric the group is (the fabric multipliers and the rem0 terms as offsets; rom_tail likewise), so
# each group's fit gives the same values; bench/refit_constants.py writes them here once (and checks that).
ROM_LUT = {
    "multiplier": 1.6647,
    "input_mux": 29.4962,
    "output_mux": 2.849,
    "control": 409.0431,
    "input_shifter": 2.4745,
}
ROM_FF = {"multiplier": 1.1363, "accumulator": 0.9541, "input": 1.7584, "control": 198.4163}
CONSTANTS = {
    "vivado": Constants(
        product_ns=0.0,
        dsp_ns=4.0,
        adder_ns=0.5,
        shared_tail=-2,
        lut_adder=1.0902,
        lut_shift_add=1.3684,
        lut_constant_multiplier=1.2097,
        lut_shared_multiplier=0.9039,
        lut_mux=0.0661,
        lut_output=0.1346,
        ff_register=0.0,
        ff_product=0.0,
        ff_product_width=0.0155,
        ff_shared=0.3984,
        ff_input=0.2546,
        ff_output=0.0,
        rom_tail=2,
        rom_lut=ROM_LUT,
        rom_ff=ROM_FF,
        source=_SOURCES,
    ),
    "vitis": Constants(
        product_ns=4.0,
        dsp_ns=1.0,
        adder_ns=1.0,
        shared_tail=0,
        lut_adder=1.1158,
        lut_shift_add=1.7537,
        lut_constant_multiplier=1.0503,
        lut_shared_multiplier=0.8442,
        lut_mux=0.3175,
        lut_output=0.0641,
        ff_register=0.0,
        ff_product=0.0,
        ff_product_width=0.0934,
        ff_shared=0.6447,
        ff_input=0.1712,
        ff_output=0.0,
        rom_tail=2,
        rom_lut=ROM_LUT,
        rom_ff=ROM_FF,
        source=_SOURCES,
    ),
}

# Per HLS tool and fabric (`fit.fit_constants(rows, tool, fabric)`): what `cost` uses for a target.
FABRIC_CONSTANTS = {
    ("vivado", "7series"): Constants(
        product_ns=3.0,
        dsp_ns=0.5,
        adder_ns=1.75,
        shared_tail=-2,
        lut_adder=1.2378,
        lut_shift_add=1.4382,
        lut_constant_multiplier=1.1148,
        lut_shared_multiplier=0.8657,
        lut_mux=0.0078,
        lut_output=0.0,
        ff_register=0.5188,
        ff_product=0.2411,
        ff_product_width=0.2587,
        ff_shared=0.0,
        ff_input=0.0371,
        ff_output=0.0,
        rom_tail=2,
        rom_lut=ROM_LUT,
        rom_ff=ROM_FF,
        source=_SOURCES,
    ),
    ("vivado", "ultrascale"): Constants(
        product_ns=0.0,
        dsp_ns=2.0,
        adder_ns=0.5,
        shared_tail=-2,
        lut_adder=0.9398,
        lut_shift_add=1.4451,
        lut_constant_multiplier=1.2813,
        lut_shared_multiplier=0.8799,
        lut_mux=0.2948,
        lut_output=0.3201,
        ff_register=0.6264,
        ff_product=0.0426,
        ff_product_width=0.0,
        ff_shared=0.2109,
        ff_input=0.2425,
        ff_output=0.4131,
        rom_tail=2,
        rom_lut=ROM_LUT,
        rom_ff=ROM_FF,
        source=_SOURCES,
    ),
    ("vitis", "7series"): Constants(
        product_ns=1.5,
        dsp_ns=4.0,
        adder_ns=3.5,
        shared_tail=0,
        lut_adder=1.1213,
        lut_shift_add=1.4709,
        lut_constant_multiplier=1.5678,
        lut_shared_multiplier=0.865,
        lut_mux=0.3025,
        lut_output=0.302,
        ff_register=0.1665,
        ff_product=0.326,
        ff_product_width=0.4781,
        ff_shared=0.49,
        ff_input=0.4432,
        ff_output=0.1957,
        rom_tail=2,
        rom_lut=ROM_LUT,
        rom_ff=ROM_FF,
        source=_SOURCES,
    ),
    ("vitis", "7series_2022"): Constants(
        product_ns=1.5,
        dsp_ns=4.0,
        adder_ns=3.5,
        shared_tail=0,
        lut_adder=1.3439,
        lut_shift_add=1.3568,
        lut_constant_multiplier=0.9605,
        lut_shared_multiplier=0.8799,
        lut_mux=0.1968,
        lut_output=0.6711,
        ff_register=0.1665,
        ff_product=0.326,
        ff_product_width=0.4781,
        ff_shared=0.49,
        ff_input=0.4432,
        ff_output=0.1957,
        rom_tail=2,
        rom_lut=ROM_LUT,
        rom_ff=ROM_FF,
        source=_SOURCES,
    ),
    ("vitis", "ultrascale"): Constants(
        product_ns=0.5,
        dsp_ns=1.5,
        adder_ns=0.75,
        shared_tail=-1,
        lut_adder=1.1059,
        lut_shift_add=1.923,
        lut_constant_multiplier=0.8418,
        lut_shared_multiplier=0.8799,
        lut_mux=0.3346,
        lut_output=0.0628,
        ff_register=0.4321,
        ff_product=0.0,
        ff_product_width=0.0342,
        ff_shared=0.528,
        ff_input=0.1503,
        ff_output=0.0,
        rom_tail=2,
        rom_lut=ROM_LUT,
        rom_ff=ROM_FF,
        source=_SOURCES,
    ),
}


# What to expect. median/p90: leave-one-design-out errors over the calibration layers (bench/cost_model_cv.py,
# branch lutproducts, Vivado HLS's product rule: LUT 0.111 (p90 0.328), before it 0.114 (0.351); FF, latency,
# II unchanged; branch foldin: 226 rows, sets 7, 8, 12-14 among them; the 39 rows of sets 8, 12-14 (latency
# median 0: most are exact) take the latency median to 0; on the 187 rows of before: LUT 0.108, FF 0.185,
# latency 0.303; before foldin LUT 0.118 (p90 0.328), FF 0.198, latency 0.323, II p90 0.098; DSP and BRAM from
# tests/core/hardware/test_calibration.py). Leaving whole repositories out is less kind (foldin: LUT 0.165, FF
# 0.385, latency 0.938; before it LUT 0.141, FF 0.495, latency 0.952; before fidelity14's ff_product_width FF
# 0.671, one design out 0.203; before fidelity13 0.236, 0.765, 0.952: docs/cost-model-record.md 2.4). Branch
# foldin2 (sets 15-19 joined, 251 rows): LUT 0.101 (p90 0.352), FF 0.212, latency 0, II p90 0.063 (before it
# LUT 0.111 (0.328), FF 0.169, II p90 0.113; on the 226 rows of before LUT 0.100, FF 0.186; the 25 new rows FF
# 0.442).
# Repository out after foldin2 is less kind than before it: LUT 0.198, FF 0.445, latency 0.938 (before 0.165,
# 0.387, 0.938; on the 226 old rows LUT 0.206, FF 0.442: docs/cost-model-record.md 2.5 "Fold-in of sets
# 15-19"). Merged with branch vitisdsp (H10/q_dense's data operand 10 bits, refit): one design out LUT 0.101
# -> 0.103 (p90 0.352), FF, latency and II unchanged; repository out LUT 0.198 (p90 0.501), FF 0.445
# unchanged. Merged with branch clockunc (the calibrating held-out designs read at their build's clock
# uncertainty, refit): one design out FF 0.212 -> 0.192 (p90 0.898); repository out FF 0.445 -> 0.533 (worse),
# latency 0.938 -> 0.811. Branch foldin3 (set 20 joined, 260 rows): one design out LUT 0.103 -> 0.128 (worse;
# p90 0.352 -> 0.359; the 251 old rows 0.125), FF 0.192 -> 0.182 (p90 0.899), latency 0, II p90 0.063;
# repository out LUT 0.198 -> 0.214, FF 0.533 -> 0.421, latency 0.811 -> 0.602 (docs/cost-model-record.md 2.5
# "Fold-in of set 20"). Merged with branch ffdsp (pipelined DSP cores' FF) and refitted: one design out FF
# 0.182 -> 0.161 (p90 0.908); repository out FF 0.421 -> 0.345.
# Branch hlsversion (LUT constants of their own for Vitis HLS 2022.1+ on 7-series parts, measured against main
# at c4d6ea5): one design out LUT 0.128 -> 0.106 (p90 0.359 -> 0.356), repository out LUT 0.214 -> 0.171 (p90
# 0.515 -> 0.486); FF, latency and II unchanged (docs/cost-model-record.md 2.3 "The HLS version").
# Branch accwidth (tree adds at min(accum_t, product + level), refit): one design out LUT 0.128 -> 0.104 (p90
# 0.359 -> 0.352); repository out LUT 0.214 -> 0.165 (p90 0.515 -> 0.458); FF, latency, II unchanged.
# Both merged and refitted (session 18): one design out LUT 0.100 (p90 0.352), repository out LUT 0.150
# (p90 0.452); FF 0.161 (p90 0.908), repository out 0.345; latency 0, repository out 0.602.
# Branch foldin21 (set 21 joined: E1's two Dense layers, 262 rows): one design out LUT 0.100 -> 0.1008 (p90
# 0.352), FF 0.161 -> 0.1653 (p90 0.908 -> 0.893; the 260 old rows 0.164, E1's two 0.74 and 0.77), latency
# 0 (2.0), II 0 (0.062); repository out: docs/cost-model-record.md 2.5 "Fold-in of set 21".
# Branch resourcelut (the Resource kernels' pipelined DSP cores, `rom_core_stages`; no constant moved): one
# design out unchanged overall (Resource rows' latency 0.625 -> 0); repository out latency 0.602 -> 0.313.
# Branch vivadoff (ties of the timing grid broken by HLS's measured DSP multiply, refit): one design out FF
# 0.1653 -> 0.1645 (p90 0.8927 -> 0.8052), LUT and latency unchanged, II p90 0.0615 -> 0.0625; repository out
# FF 0.3565 -> 0.2847, latency 0.3125 -> 0.0467, LUT unchanged (docs/cost-model-record.md 2.4 "A measured
# floor on the DSP product's delay"; the held-out sets' measured pins mostly worse, listed there).
# Branch tiecost (the adder tree timed by its operands' arrival for Vitis HLS and Vivado HLS 2020.1+ on
# UltraScale parts, `TREE_TIMING`, refit): one design out FF 0.1645 -> 0.1617 (p90 0.8052 -> 0.8236, worse),
# LUT, latency and II unchanged; repository out FF 0.2847 -> 0.2780, latency 0.0467 -> 0.0, LUT unchanged
# (docs/cost-model-record.md 2.4 "The adder tree's arrival times").
# Branch hgqwidths (HGQ's per-element input widths, a data operand width per kernel row, refit): one design
# out LUT 0.1008 -> 0.1002 (p90 0.3522 -> 0.3499), FF 0.1617 -> 0.1594 (p90 0.8236 -> 0.8190), latency and
# II unchanged; repository out LUT 0.1493 -> 0.1475, FF 0.2780 -> 0.2747, latency and II unchanged.
# Branch resff (the Resource multipliers' pipeline registers, `multiplier_register_bits`, refit): one design
# out FF 0.1594 -> 0.1544 (p90 0.8190 -> 0.8164); repository out FF 0.2747 -> 0.2666; LUT, latency, II
# unchanged.
# Branch dfreglayer (a 0-cycle Dense of an io_parallel DATAFLOW top carries the result register its report
# instance holds, `glue.result_register_ff`; moved from the design glue, no constant moved): one design out FF
# 0.1544 -> 0.136 (p90 0.8164 -> 0.7321); repository out FF 0.2666 -> 0.2414 (p90 1.0 -> 0.8522); LUT,
# latency, II unchanged. An attribution change: 8 rows (W3, W5, H10) stop comparing a kernel-only estimate
# with an instance that holds the register (H10's q_dense gets worse, 1.0 -> 4.4).
# Branch resourceff (input registers of a kernel at RF > n_in that reads a layer's output, refit): one design
# out FF 0.1544 -> 0.1438 (p90 0.8164); repository out FF 0.2666 -> 0.2656 (p90 1.0); LUT, latency, II
# unchanged.
# heldout_median/heldout_worst: the 218 weight layers of the fifteen sets collected by sessions that ran no
# estimate and scored blind, each with the model of its day (set 8: 26 layers, 4 repositories, fidelity10's
# model, U3 left out as its README decided; set 12: 15 layers, 4 repositories, fidelity15's; sets 13, 14, 15:
# 18, 25 and 12 layers, 2 repositories each, with batch normalisation; sets 16 and 17: 7 layers of 1
# repository and 34 of 3, with the fold-in's model; set 18: 21 layers of 3 repositories, main at 92e17fe;
# set 19: 5 layers of 2 repositories, main after branches fifowidth, satcost, pfconv, lutproducts and
# streamconv; set 20: 15 layers of 3 repositories, main after foldin2, pointwise3, vitisdsp, set19fix and
# clockunc; set 21: 12 layers of 1 repository, main after foldin3, ffdsp, streamseq, bramholes and their
# refit; set 22: 7 layers of 2 repositories, main at cad484a; set 23: 16 layers of 2 repositories, main at
# 05cbf9a; set 24: the 3 Dense layers of 1 repository, main at cabc383, its 2 hand-edited Conv1D layers left
# out as its plan decided; set 25: 2 layers of 1 repository, main at 6b62f540, model as at 653da1c0; set 27,
# hls4ml's CI baselines, and set 29, one design shipped in a PyPI package, have design totals only and add no
# layer), pooled:
# `heldout.pooled_errors` on the score
# files `heldout.BLIND_FIRST_SCORING_LABELS` names (results/bench/cost_model_heldout{label}.csv), pinned by
# tests/core/hardware/test_heldout.py (set 8 alone: LUT 0.327,
# FF 0.44, latency 1.056; sets 8 and 12-15: LUT 0.233, FF 0.292, latency 0.618; sets 8 and 12-17: LUT 0.287,
# FF 0.354, latency 0.546; sets 8 and 12-18: LUT 0.274, FF 0.437, latency 0.728; sets 8 and 12-19: LUT 0.269,
# FF 0.444, latency 0.909; sets 8 and 12-20: LUT 0.284, FF 0.437, latency 1.0; sets 8 and 12-21: LUT 0.284,
# FF 0.451, latency 1.0; sets 8 and 12-22: LUT 0.2866, FF 0.4574, latency 1.0; sets 8 and 12-23: LUT 0.2654,
# FF 0.4199, latency 1.0; sets 8 and 12-24: LUT 0.2628, FF 0.4005, latency 1.0).
# Sets 1-7 are not blind any more (set 7 is fitted on since fidelity10). Set 10 (454 blind wa-hls4ml
# Resource chains, Vitis HLS 2023.2, design totals; docs/cost-model-record.md 2.5) is not in these numbers:
# blind, latency exact, LUT 0.132, FF 0.79 under the reports; fidelity15 fitted on its fit half, its test half
# scored once: LUT 0.139, FF 0.016, DSP and latency exact. Relative |estimate - report| / report (DSP: /
# max(1, report)), except BRAM (blocks) and latency (|estimate - report| / max(1 cycle, 10 %)).
EXPECTED_ERROR = {
    "dsp": {"median": 0.0, "p90": 0.005, "heldout_median": 0.0, "heldout_worst": 2000.0, "unit": "relative"},
    "bram_18k": {
        "median": 0.0,
        "p90": 1.0,
        "heldout_median": 0.0,
        "heldout_worst": 108.0,
        "unit": "blocks (Resource ROMs: within one block)",
    },
    # before branch selmux (the ROM kernel's input_mux per input): 0.1002, 0.3499; before branch resourcelut's
    # ROM refit (Vivado HLS's input-multiplexer copies left out, packed-input shifters): 0.1015, 0.3335;
    # before branch reslut (csynth's LUT of products split over two DSP tiles, `DSP_SPLIT_LUT`, refit):
    # 0.098, 0.3271; with the split products alone, before the one-tile DSP products' LUT (`DSP_PRODUCT_LUT`,
    # refit; same branch): 0.096, 0.3047; before branch fabricshare: 0.0758, 0.2996
    "lut": {
        "median": 0.0765,
        "p90": 0.2996,
        "heldout_median": 0.2607,
        "heldout_worst": 8.42,
        "unit": "relative",
    },
    "ff": {  # before branch dfreglayer (no 0-cycle DATAFLOW result register in the layer): 0.1544, 0.8164;
        # dfreglayer alone 0.136, 0.7321
        "median": 0.1345,
        "p90": 0.7105,
        "heldout_median": 0.3935,
        "heldout_worst": 1.0,
        "unit": "relative",
    },
    "latency_cycles": {
        "median": 0.0,
        "p90": 2.0,
        "heldout_median": 1.0,
        "heldout_worst": 10.0,
        "unit": "max(1 cycle, 10 %)",
    },
    "ii": {"median": 0.0, "p90": 0.063, "heldout_median": 0.0, "heldout_worst": 1.25, "unit": "relative"},
}

# The same one-design-out errors per kind of layer, so that each layer is shown the band of its own kind
# (session 21): EXPECTED_ERROR pools the io_parallel Dense calibration layers, where the Resource strategy
# (28 of 262) is estimated far less well than the Latency one, and io_stream layers have their own
# cross-validation (`fit.leave_one_design_out_stream`). Medians and p90s of bench/cost_model_cv.py's rows:
# results/bench/cost_model_cv_summary.csv (io_parallel Dense) and cost_model_cv_stream_summary.csv (io_stream
# Dense and Conv2D); pinned by tests/core/hardware/test_heldout.py. io_parallel convolutions have no
# calibration layer: they are shown the io_parallel Dense band of their strategy (`error_kind`).
# Branch resff (Resource multipliers' pipeline registers): io_parallel Resource FF 0.422 -> 0.2903, io_stream
# Resource FF 0.1427 -> 0.1382 (p90 0.4277 -> 0.3688). Branch streamlut (the io_stream Dense ROM kernel's
# per-input phi multiplexers, `LayerHardware.kernel_function_inputs`): io_stream Resource LUT 0.2542 -> 0.175
# (p90 1.5375 -> 1.3521); io_stream Latency and io_parallel unchanged. Branch selmux (the ROM kernel's
# `input_mux` per input, refit): io_parallel Resource LUT 0.3329 -> 0.3023 (p90 0.7045 -> 0.6312), io_stream
# Resource LUT 0.175 -> 0.1451 (p90 1.3521 -> 0.6474); Latency rows unchanged. Branch dfreglayer (a 0-cycle
# Dense of an io_parallel DATAFLOW top carries its result register, values x bits + 2, which its report
# instance holds; an attribution moved from the design glue, no constant fitted): io_parallel Resource FF
# 0.2903 -> 0.1289 (p90 1.0 -> 0.4389: W3's and W5's six 0-cycle Dense rows, 1.0 -> 0), Latency FF 0.1392 ->
# 0.1373 (p90 0.8026 -> 0.7901: H10's q_dense_1 1.0 -> 0.06, q_dense 1.0 -> 4.4, whose report removed
# constant values). Branch resourcelut (ROM fit without Vivado HLS's input-multiplexer copies, packed-input
# shifters, refit; Vivado io_stream select chains): io_parallel Resource LUT 0.3023 -> 0.2387 (p90 0.6312 ->
# 0.6878, worse), io_stream Resource LUT 0.1451 -> 0.1122 (p90 0.6474 -> 0.3736); Latency rows unchanged.
# Branch resourceff (a kernel at RF > n_in keeps its input registers unless it reads the top's packed port,
# refit; alone on main before dfreglayer: io_parallel Resource FF 0.2903 -> 0.2257); merged with dfreglayer
# and resourcelut and refitted together: io_parallel Resource FF 0.1289 -> 0.1068 (p90 0.4389 -> 0.3786);
# io_stream Resource FF 0.1382 -> 0.1551, p90 0.3688 -> 0.3759 (worse: its kernels' features did not change,
# the refitted rom_ff control 356 -> 198 and input 1.55 -> 1.76 FF a bit moved them); Latency rows unchanged.
# Branch reslut (csynth's LUT of constant-weight products split over two DSP tiles, `DSP_SPLIT_LUT`: W3/W5,
# the six RF-1 rows of the Resource band, and W2, W4, X5, K6; refit): io_parallel Resource LUT 0.2387 ->
# 0.1559 (p90 0.6878), Latency LUT 0.0933 -> 0.0926 (p90 0.2562 -> 0.2497); io_stream, whose kernels have no
# split product and move with the refitted constants only, worse: Latency LUT 0.0991 -> 0.1092 (p90 0.3163 ->
# 0.3171), Resource 0.1122 -> 0.1128. Then csynth's LUT beside every product on one DSP tile
# (`DSP_PRODUCT_LUT`, refit; branch reslut, docs/cost-model-record.md 2.3 "Products on one DSP tile"):
# io_parallel Latency LUT 0.0926 -> 0.0734 (p90 0.2497 -> 0.2691, worse: Vitis layers whose lower refitted
# `lut_adder` under-prices their adds, S9's narrow Vitis layers over), Resource unchanged; io_stream Latency
# 0.1092 -> 0.105 (p90 0.3171 -> 0.3166), Resource 0.1128 -> 0.1283 (worse: S5's four Vitis RF-1 rows, already
# over, cross the median; p90 0.3736 unchanged).
EXPECTED_ERROR_BY_KIND = {
    "io_parallel latency": {
        "calibration": "234 io_parallel Dense layers",
        "lut": {"median": 0.0734, "p90": 0.2696},  # p90 before branch fabricshare 0.2691
        "ff": {"median": 0.1373, "p90": 0.7901},
        "latency_cycles": {"median": 0.0, "p90": 2.0},
        "ii": {"median": 0.0, "p90": 0.0443},
    },
    "io_parallel resource": {
        "calibration": "28 io_parallel Dense layers",
        "lut": {"median": 0.1559, "p90": 0.6878},
        "ff": {"median": 0.1068, "p90": 0.3786},
        "latency_cycles": {"median": 0.0, "p90": 0.4762},
        "ii": {"median": 0.0, "p90": 1.0},
    },
    "io_stream latency": {
        "calibration": "68 io_stream Dense and Conv2D layers",
        "lut": {"median": 0.0998, "p90": 0.2764},  # before branch fabricshare 0.105, 0.3166
        "ff": {"median": 0.3204, "p90": 0.6631},
        # before branch pixelcycle (Vitis HLS 2023.2: 0-cycle convolution kernels, E2): 0.5687, 3.3498; 0.0569
        "latency_cycles": {"median": 0.3932, "p90": 2.6862},
        "ii": {"median": 0.0393, "p90": 0.4075},
    },
    "io_stream resource": {
        "calibration": "68 io_stream Dense and Conv2D layers",
        "lut": {"median": 0.1283, "p90": 0.3736},
        "ff": {"median": 0.1551, "p90": 0.3759},
        "latency_cycles": {"median": 0.1031, "p90": 0.9154},
        "ii": {"median": 0.0126, "p90": 0.1367},
    },
}


def error_kind(io_type: str, strategy: str) -> str:
    """The `EXPECTED_ERROR_BY_KIND` key of a layer (Resource_Unrolled shares the Resource kernel's band)."""
    return f"{io_type} {'latency' if strategy == 'latency' else 'resource'}"


@dataclass(frozen=True)
class StreamWrapper:
    """LUT and FF constants of hls4ml's io_stream layer function around the kernel, one set per
    kernel kind ("constant": Latency strategy and RF 1, "rom": weights in a ROM): `nnet_dense_stream.h` puts
    a Latency kernel in a `PIPELINE II=RF` region inside the stream function and leaves a ROM kernel's own
    loops to schedule themselves, so the function around them differs."""

    lut: dict  # kind -> {feature: constant}
    ff: dict
    period_overhead: dict  # io_stream Conv2D at RF > 1: cycles per pixel beyond the kernel's latency
    dense_overhead: int = 0  # io_stream Dense: cycles beyond the input reads and the kernel's latency
    # io_stream Conv2D at RF 1: None when the pixel loop is pipelined at II 1 (Vivado HLS), else the cycles
    # per input pixel beyond the kernel's latency (Vitis HLS, fidelity9)
    rf1_pixel_overhead: int | None = None
    # io_stream Conv2D whose pixel loop is pipelined at II 1 (rf1_pixel_overhead None): the loop's stages
    # beyond the kernel's latency (the read, the window shift, the write; branch streamconv)
    pipeline_depth: int = 0
    source: str = ""


# Fitted by fpgaprune.core.hardware.fit.fit_stream_wrappers, per HLS tool, on the io_stream layers of
# held-out sets 1, 3, 4, 5, 6 and 7 (tests/core/hardware/data/heldout*, each scored blind before; fidelity8
# added set 5 and the Vitis HLS layers of K2, P4, and split the constants by kernel kind; fidelity9 added set
# 6 and fits the LUT and cycle overheads of each tool on its own rows where they come from two designs or
# more; fidelity10 added set 7 (T4-T8), the Conv2D `line_buffer` LUT term and per-kind cycle overheads;
# docs/cost-model-record.md section 2.3); branch foldin added sets 8, 12-14 (U1, U4, U5, V3, V4; before it:
# Vivado LUT window 2.2966, control 606.3906, FF window 1.4059, control 357.4885, ROM window 0.75, result
# 1.8901, period overhead ROM 9, Dense overhead 2; Vitis LUT window 0.0, line_buffer 3.5212, control 146.4372,
# ROM window 0.9167, line_buffer 4.6702, FF window 0.4718, result 3.234, period overhead ROM 3); rounded to 4
# digits, tests/core/hardware/test_stream_terms.py checks they equal a fresh fit. Branch streamconv: a 1xK
# Conv2D has no line buffer (V3, V4's second layer; before it Vitis LUT window 0.0597, line_buffer 2.6937,
# control 147.4402; after lutproducts' product rule, before streamconv, 0.061, 2.6926, 147.3073), and
# `pipeline_depth` is new (Vivado HLS 7: the median over H4, P6, Q1, Q3-Q5's RF-1
# layers). Branch foldin2 added sets 15-19 (Y2, L1, L2: Vitis HLS; 117 -> 128 rows) and refitted after the
# layer constants moved (before it: Vivado LUT window 0.0, line_buffer 1.3709, control 621.1612, FF window
# 0.3645, control 549.728, ROM window 0.7645, result 1.8826, period overhead ROM 7, Dense overhead 1; Vitis
# LUT window 0.0745, line_buffer 2.8061, control 149.1263, ROM line_buffer 5.5758, FF window 0.5529, result
# 3.1997, ROM window 0.0, period overhead ROM 1, Dense overhead 0). Branch foldin3 (set 20 joined; R3's
# layers left out of this fit, `heldout.LAYERS_LEFT_OUT`, so still 128 rows) refitted after the layer
# constants moved (before it: Vivado LUT window 0.4558, line_buffer 0.9173, control 621.4583, FF window
# 0.3675, control 550.041; Vitis LUT window 0.0071, line_buffer 3.2591, control 158.846, FF window 0.7307,
# result 3.2712; ROM terms and cycle overheads unchanged). Branch streamwindowff added the FF term
# line_window (a line-buffered Conv2D's window copy) and refitted the FF (before it: Vivado FF window 0.3485,
# control 550.3794; Vitis FF window 0.7317, result 3.2691, ROM window 0.0099; LUT and overheads unchanged).
# Branch foldin21 added set 21 (E2: Vitis HLS, E3: Vivado HLS; 128 -> 136 rows; before it: Vivado LUT
# line_buffer 1.3036, control 614.0869, FF window 0.0892, control 438.5635, line_window 1.4929; Vitis LUT
# line_buffer 3.833, control 145.6962, FF window 0.6212, result 2.8191, line_window 1.7576; ROM terms and
# cycle overheads unchanged). Branch vivadoff refitted the FF after the layer constants moved (before it:
# Vivado FF constant window 0.248, control 388.5464, line_window 1.7319; Vitis FF constant window 0.5929,
# result 3.0176, line_window 1.9296; LUT, ROM terms and cycle overheads unchanged). Branch streamlut added
# the LUT term kernel_inputs (an io_stream Dense ROM kernel kept as a function: its n_in phi-register
# inputs; fitted: Vivado ROM 21.1893 LUT an input, Vitis ROM 0.0, where L2's over-estimated rows hold it;
# every other constant unchanged; docs/cost-model-record.md 2.11).
STREAM_WRAPPERS = {
    "vivado": StreamWrapper(
        lut={
            "constant": {"window": 1.0804, "line_buffer": 0.6585, "control": 638.3165, "kernel_inputs": 0.0},
            "rom": {"window": 0.0, "line_buffer": 0.0, "control": 0.0, "kernel_inputs": 7.9294},
        },
        ff={
            "constant": {"window": 0.2528, "result": 0.0, "control": 385.6495, "line_window": 1.7845},
            "rom": {"window": 0.5834, "result": 2.2102, "control": 68.2236, "line_window": 0.0},
        },
        period_overhead={"constant": 3, "rom": 9},
        dense_overhead=2,
        rf1_pixel_overhead=None,
        pipeline_depth=7,
        source="fit.fit_stream_wrapper(tool='vivado') on held-out sets 1, 3-8, 12-19 (io_stream layers)",
    ),
    "vitis": StreamWrapper(
        lut={
            "constant": {"window": 0.0, "line_buffer": 4.5167, "control": 158.0477, "kernel_inputs": 0.0},
            "rom": {"window": 0.0, "line_buffer": 2.0903, "control": 0.0, "kernel_inputs": 0.0},
        },
        ff={
            "constant": {"window": 0.5631, "result": 3.0314, "control": 0.0, "line_window": 1.877},
            "rom": {"window": 0.0, "result": 0.0, "control": 0.0, "line_window": 2.7071},
        },
        period_overhead={"constant": 3, "rom": 3},
        dense_overhead=2,
        rf1_pixel_overhead=2,
        source="fit.fit_stream_wrapper(tool='vitis') on held-out sets 1, 3-8, 12-19 (io_stream layers)",
    ),
}
_NOTHING = {
    "lut": {"window": 0.0, "line_buffer": 0.0, "control": 0.0, "kernel_inputs": 0.0},
    "ff": {"window": 0.0, "result": 0.0, "control": 0.0, "line_window": 0.0},
}
NO_STREAM_WRAPPER = StreamWrapper(
    lut={kind: _NOTHING["lut"] for kind in ("constant", "rom")},
    ff={kind: _NOTHING["ff"] for kind in ("constant", "rom")},
    period_overhead={"constant": 0, "rom": 0},
)


def stream_wrapper_features(
    n_in: int, n_out: int, data_bits: int, accum_bits: int, conv: bool = False, kernel_inputs: int = 0
) -> tuple[dict, dict]:
    """(LUT, FF) counts of hls4ml's io_stream layer function around its kernel (either backend).

    `nnet_dense_stream.h` fills a completely partitioned `data[n_in]` array from the input stream and holds
    `res[n_out]` while writing it; `nnet_conv_stream.h` keeps a static partitioned window `kernel_data`
    (filt_h x filt_w x n_chan = n_in values, shifted in from the line buffer each pixel) and `res_out`
    (n_filt), plus its pixel and stride counters. Window: n_in x data bits (registers, and the write
    enables and shift multiplexers in front of them); result: n_out x accumulator bits; control: fixed.
    LUT only, Conv2D (`conv`) only: line_buffer, the same n_in x data bits again for the line buffer's
    output multiplexers and the window's shift (`shift_line_buffer`: one multiplexer per window value of the
    first filt_h - 1 rows; fidelity10, read from set 7's Vitis reports, e.g. T4/q_conv2d_140: 616 LUT in
    `shift_line_buffer`, 509 in `compute_output_buffer`'s own logic, 1,280 in the ROM kernel).
    FF only, Conv2D (`conv`) only: line_window, the same n_in x data bits again for the registers a line-
    buffered window keeps beyond `kernel_data` (branch streamwindowff, docs/cost-model-record.md 2.11): the
    copy of the window the kernel call registers (`kernel_data_*_ret_reg`: e.g.
    themrluke/StableDiffusionPUPPI's Vivado HLS 2019.2 reports, `kernel_data` 384 FF and its copy 576) and
    `shift_line_buffer`'s registers.
    LUT only: kernel_inputs, the inputs a Resource kernel kept as a function of its own takes as separate
    arguments (`LayerHardware.kernel_function_inputs`): HLS holds each in a phi register with multiplexers in
    front, which csynth prices by the multiplexer, not by its width (9 LUT a 2-input, 13-15 a 3-input one).
    """
    window = float(n_in * data_bits)
    lut = {
        "window": window,
        "line_buffer": window * float(conv),
        "control": 1.0,
        "kernel_inputs": float(kernel_inputs),
    }
    return lut, {
        "window": window,
        "result": float(n_out * accum_bits),
        "control": 1.0,
        "line_window": window * float(conv),
    }


def stream_wrapper_cost(
    n_in: int,
    n_out: int,
    data_bits: int,
    accum_bits: int,
    wrapper: StreamWrapper,
    kind: str = "constant",
    conv: bool = False,
    kernel_inputs: int = 0,
) -> dict:
    """LUT and FF of the io_stream wrapper around a `kind` kernel ("constant" or "rom") with `wrapper`'s
    constants (`conv`: a Conv2D's stream function; `kernel_inputs`: `stream_wrapper_features`')."""
    lut, ff = stream_wrapper_features(n_in, n_out, data_bits, accum_bits, conv, kernel_inputs)
    return {
        "lut": weighted_sum(wrapper.lut[kind], lut),
        "ff": weighted_sum(wrapper.ff[kind], ff),
    }


def kernel_kind(constant_weights: bool) -> str:
    """The stream wrapper's constant set for a kernel: "constant" weights or weights in a "rom"."""
    return "constant" if constant_weights else "rom"


def pixel_overhead_kind(strategy: str) -> str:
    """The `StreamWrapper.period_overhead` an io_stream convolution's pixel takes: that of the kernel function
    it calls, `dense_latency` ("constant") under the Latency strategy, else `dense_resource` ("rom"), whose
    own pipelined loop is entered and left every pixel, at RF 1 too (where its weights are constants). At
    RF > 1 the same as `kernel_kind`."""
    return "constant" if strategy == "latency" else "rom"


# Constants groups (`multipliers.Target.calibration_group`) whose own LUT constants rest on the designs of
# one public repository (`fit.SUBGROUPS`: their FF and timing constants are their fabric's, fitted with more).
# Left one repository out, that repository's layers' FF median is 0.335 against 0.227 for all other rows
# (results/bench/cost_model_cv_repo.csv, session 21; 0.189 since branch dfreglayer put the 0-cycle DATAFLOW
# result registers of W3, W5 and H10 in their layers). tests/core/hardware/test_heldout.py recomputes the list
# from the calibration rows.
SINGLE_REPOSITORY_GROUPS = {("vitis", "7series"): "ArgyKokk/hls4ml_MLP_estimator"}


def single_repository_warning(target) -> str | None:
    """A warning when the target's constants group is calibrated on one public repository (else None)."""
    repository = SINGLE_REPOSITORY_GROUPS.get((target.hls_tool, target.calibration_group))
    if repository is None:
        return None
    return (
        f"{target.hls_tool} HLS {target.version} on {target.fabric} parts: the model's LUT constants for it "
        f"come from one public repository's designs ({repository}), so its LUT and FF may be off by more "
        "than the printed band; give --hls-version if the project is built by a newer version"
    )


# Vivado HLS on speed grade -1 7-series parts at a short clock: the timing delays (`fit._fit_timing`, per
# tool and fabric) are fitted mostly on faster parts, and HLS's own delays there are 1.4-1.65 times Virtex-7
# -2's (docs/cost-model-record.md 2.4, "Speed grade -1 7-series delays" and "..., again": a scale was measured
# twice and not kept). At 5 ns the stored designs take more cycles than estimated: set 23 (xc7z020-1, Vivado
# HLS 2020.1, outside the calibration) 11 of its 12 weight layers by 2-4 cycles, its designs 39-47 cycles
# against 27-29; the calibration's B5 and S11/S12 likewise (one design left out: 6, 5, 11, 1 cycles against
# 8, 8, 14, 2; 12 against 21). At 10 ns such layers are within about one cycle, at 20-25 ns exact or over
# (H2/H3), hence a clock below 10 ns. tests/core/hardware/test_heldout.py recomputes set 23's numbers.
SLOW_PART_CLOCK_NS = 10.0


def slow_part_latency_warning(target) -> str | None:
    """A warning when Vivado HLS builds for a speed grade -1 7-series part at a clock below
    `SLOW_PART_CLOCK_NS`, where the stored reports take more cycles than estimated (else None)."""
    slow = target.hls_tool == "vivado" and target.fabric == "7series" and target.speed_grade == 1
    if not slow or target.clock_ns >= SLOW_PART_CLOCK_NS:
        return None
    return (
        f"Vivado HLS on a speed grade -1 7-series part ({target.part}) at {target.clock_ns:g} ns: the "
        "latency model's delays are fitted mostly on faster parts, and public designs of such parts took "
        "more cycles than estimated (at 5 ns on an xc7z020-1, 11 of 12 Dense layers 2-4 cycles more, their "
        "designs 39-47 cycles against 27-29 estimated); treat the latency as a lower bound"
    )


def target_warnings(target) -> list[str]:
    """The warnings about the target itself (its part, its constants group, its latency), in print order."""
    lines = (unknown_device_warning, single_repository_warning, slow_part_latency_warning)
    return [line for line in (warning(target) for warning in lines) if line]


def unknown_device_warning(target) -> str | None:
    """A warning when the target's part names no device of fpgaprune's table (`core.devices`): the estimate
    takes only the fabric and speed grade from the name, so a misspelt part was costed without a word."""
    from fpgaprune.core.devices import close_devices, device_name, devices

    name = device_name(target.part)
    if not target.part or name in devices():
        return None
    close = close_devices(name)
    fabric = {"7series": "7-series", "ultrascale": "UltraScale"}[target.fabric]
    grade = f", speed grade -{target.speed_grade}" if target.speed_grade else ", no speed grade"
    return (
        f"part {target.part}: device {name} is not in fpgaprune's device table"
        + (f" (close to it: {', '.join(close)})" if close else "")
        + f"; estimated as its name reads ({fabric} fabric{grade}), which is another part's estimate if the "
        "name is misspelt"
    )


def constants_for(hls_tool: str, fabric: str | None = None) -> Constants:
    """The constants of `hls_tool` ('vivado' or 'vitis') fitted on its parts of `fabric` ('7series' or
    'ultrascale'); None: fitted over all the tool's parts (ReLU timing uses these)."""
    return CONSTANTS[hls_tool] if fabric is None else FABRIC_CONSTANTS[hls_tool, fabric]


# FF of a pipelined DSP multiplier core, read from the Instance rows of per-function csynth reports
# (branch ffdsp, docs/cost-model-record.md 2.3 "Registers of pipelined DSP cores", bench/dsp_core_ff.py):
# every single-DSP core with one pipeline register (`mul_<a>_<b>_<out>_2_<id>`) whose wider operand has w >=
# 11 bits is reported at 4 w + 3 FF (67 at 16 bits, 47 at 11, 75 at 18), in Vitis HLS 2020.2-2025.1 and Vivado
# HLS 2019.2-2020.1, on 7-series and UltraScale+ parts; narrower cores (8-10 bits) and cores of one stage
# (combinational, or Vivado HLS 2018.3's DSP48 Expression rows) or of three (every register inside the
# DSP48) are reported at 0. HLS pipelines the core when the DSP multiply does not fit the clock budget. The
# reports bound that delay: 7-series speed grade -1 in (4.38, 7.3] ns (2 stages at 5 ns - 12.5 % and 27 %,
# 1 stage at 10 ns - 27 %); faster 7-series grades under 4.38 (K5, -3, and X1-X6, -2: combinational at
# 5 ns - 12.5 %; nothing bounds it from below, so 4.0 stands for "fits every budget seen"); UltraScale(+)
# (all -2) in (1.46, 2.43] (2 stages at 2 ns - 27 %, 1 stage at 3.33 ns - 27 % and 2.8 ns - 12.5 %). The
# middle of each bounded interval is taken. Not fitted: the FF constants are fitted with it as an offset.
DSP_CORE_NS = {("7series", 1): 5.85, ("7series", "faster"): 4.0, ("ultrascale", None): 1.95}
DSP_CORE_MIN_BITS = 11


def dsp_core_ns(fabric: str, speed_grade: int | None) -> float:
    """The DSP multiply delay `DSP_CORE_NS` gives a part of `fabric` and `speed_grade` (None: the slowest)."""
    if fabric != "7series":
        return DSP_CORE_NS["ultrascale", None]
    return DSP_CORE_NS["7series", 1 if speed_grade in (None, 1) else "faster"]


def dsp_core_ff(operand_bits, core_ns: float, budget_ns: float) -> np.ndarray:
    """FF a csynth report gives the DSP core of a product whose wider operand has `operand_bits` bits (array)
    when the multiply takes `core_ns` at a clock budget of `budget_ns`: 4 w + 3 when the core is pipelined
    (core_ns > budget_ns) and w >= 11, else 0."""
    bits = np.asarray(operand_bits, dtype=np.float64)
    if core_ns <= budget_ns:
        return 0 * bits
    return np.where(bits >= DSP_CORE_MIN_BITS, 4 * bits + 3, 0.0)


@dataclass(frozen=True)
class ConstantKernel:
    """What the logic of a constant-weight kernel depends on (one kernel instance).

    Attributes:
        nonzero: bool (n_in, n_out), products that exist.
        shift_add_bits: float (n_in, n_out), adder bits of each one- or two-digit product (shared ones split).
        multiplier_bits: float (n_in, n_out), adder bits of each constant multiplication (three or more
            digits) built in LUTs (shared ones split).
        shared: float (n_in, n_out), each product's share of a real multiplication (identical ones split).
        uses_dsp: whether any product is on a DSP.
        fabric_share: the share of the real multiplications built in LUTs, that of the shared multipliers
            `_shared_multiplier_bits` costs in LUTs when the limit binds (the rest are DSPs, which the DSP
            count holds); `fabric_multipliers`: whether there is any.
        data_bits, weight_bits, accum_bits: widths.
        reuse_factor, multiplier_limit: hls4ml's RF and ALLOCATION limit.
        saturating: accum_t saturates (not AP_WRAP): the additions form a chain (`saturating_chain_cycles`).
        dsp_core_ff: float (n_in, n_out), FF of the pipelined DSP core of each product (`dsp_core_ff`),
            split over identical products and, when the limit binds, over the products a core serves;
            None: no such core.
        product_bits: float (n_in, n_out), bits of each product once cast to accum_t (`accumulated_bits`);
            None: the accumulator's width (the adder tree is costed at accum_t).
        limit_copies: kernel copies that share that one limit: an io_parallel Latency Conv1D/Conv2D runs
            ParallelizationFactor pixels in one `PartitionLoop` iteration under the function's single
            `ALLOCATION mul limit=multiplier_limit` (a pixel's count), so its PF copies share it; 1 elsewhere.
        dsp_terms: int (n_out,), the non-zero products of each output that are on DSPs, for a tool that
            builds the adder tree around its operands' arrival (`tree_path_ns`); None: a tool that does not
            (the tree starts at the slowest product).
        dsp_product_lut: float (n_in, n_out), csynth's LUT beside each product on DSPs (`DSP_PRODUCT_LUT` for
            one tile, `DSP_SPLIT_LUT` for a product split over several), split as `dsp_core_ff`; None: none.
    """

    nonzero: np.ndarray
    shift_add_bits: np.ndarray
    multiplier_bits: np.ndarray
    shared: np.ndarray
    uses_dsp: bool
    fabric_share: float
    data_bits: int
    weight_bits: int
    accum_bits: int
    reuse_factor: int
    multiplier_limit: int
    saturating: bool = False
    limit_copies: float = 1.0
    dsp_core_ff: np.ndarray | None = None
    product_bits: np.ndarray | None = None
    dsp_terms: np.ndarray | None = None
    dsp_product_lut: np.ndarray | None = None

    @property
    def fabric_multipliers(self) -> bool:
        """Whether any real multiplication is built in LUTs (then shared ones are too, by `fabric_share`)."""
        return self.fabric_share > 0

    @property
    def limit_binds(self) -> bool:
        """Whether the ALLOCATION limit leaves fewer multipliers than real products (over the copies that
        share it). At RF 1 a single copy never binds: its limit is every non-zero weight."""
        shared = self.limit_copies > 1.0 or self.reuse_factor > 1
        return shared and self.issued_products > self.multiplier_limit

    @property
    def issued_products(self) -> float:
        """Real multiplications the shared limit serves per call (every copy's)."""
        return float(self.shared.sum()) * self.limit_copies

    @property
    def issues(self) -> int:
        """Cycles the limit's multipliers take to issue every real product of a call."""
        return ceil(self.issued_products / max(self.multiplier_limit, 1))

    @property
    def terms(self) -> np.ndarray:
        """Addends of each output's tree: its non-zero products and the bias."""
        return self.nonzero.sum(axis=0) + 1


@dataclass(frozen=True)
class Logic:
    """LUT and FF as per-weight shares plus fixed parts, and the kernel's timing."""

    lut: np.ndarray
    ff: np.ndarray
    lut_fixed: float
    ff_fixed: float
    latency: int
    ii: int


def tree_levels(terms: np.ndarray) -> np.ndarray:
    """Adder levels of a balanced tree over `terms` addends."""
    return np.ceil(np.log2(np.maximum(terms, 1))).astype(np.int64)


def clock_budget(clock_ns: float) -> float:
    """The scheduling budget of a clock at `CLOCK_UNCERTAINTY` (ReLU timing; layers: `Target.budget_ns`)."""
    return clock_ns * (1 - CLOCK_UNCERTAINTY)


# How the adder tree's critical path is timed. "levels" (before branch tiecost, and still for the tools
# `cost.arrival_tree` leaves out) starts every output's tree at the slowest product (`product_delay_ns`:
# product_ns, plus dsp_ns when any product of the kernel is on a DSP) and counts the deepest output's
# `tree_levels`. "arrival" (branch tiecost) builds each output's tree around its operands' arrival times
# (`tree_depths`) where the kernel carries `dsp_terms`: its products on DSPs arrive dsp_ns after the
# others (products in LUTs, shift-adds and the bias), so the early operands' adds are done while the DSPs
# multiply and a DSP product meets fewer adds than the full depth. HLS's own schedules
# (results/bench/hls_operation_delays*, branch schedscan) show that for Vitis HLS and Vivado HLS 2020.1 on
# UltraScale parts: the path through a DSP multiply passes a median 1.0-2.2 adds fewer than the deepest add
# chain (S5/S6's conv1 kernel, 4 add levels: 4.14 / 3.41 ns where the multiply and 4 adds take 1.94 + 4 x
# 0.78), and not for Vivado HLS 2019.2 and 2018.3 nor on 7-series parts, whose one-cycle multiplies are
# pipelined cores (docs/cost-model-record.md 2.4, bench/tie_break_regressions.py).
TREE_TIMING = "arrival"


def tree_depths(terms, dsp_terms, lag):
    """Depth in adder delays, counted from the early operands' arrival, of the fastest tree over `terms`
    addends of which `dsp_terms` arrive `lag` adder delays late (arrays broadcast together).

    The fastest tree with per-leaf arrival times meets Kraft's inequality with each leaf at depth
    floor(T - arrival): sum 2^-depth <= 1. The optimum T is an arrival plus a whole number of adds: either
    the late leaves' (T = lag + L: late leaves at depth L, early ones at L + floor(lag)) or the early ones' (T
    = M: early leaves at M, late ones at M - ceil(lag), which must be >= 0). With no late leaf (or lag 0) it
    is `tree_levels`.
    """
    arrays = (np.asarray(a, dtype=np.float64) for a in (terms, dsp_terms, lag))
    terms, late, lag = np.broadcast_arrays(*arrays)
    early = np.maximum(terms - late, 0.0)
    plain = np.ceil(np.log2(np.maximum(terms, 1.0)) - 1e-9)
    low, high = np.floor(lag + 1e-9), np.ceil(lag - 1e-9)
    late_rooted = lag + np.maximum(np.ceil(np.log2(np.maximum(late + early * 2.0**-low, 1.0)) - 1e-9), 0.0)
    early_rooted = np.ceil(np.log2(np.maximum(late * 2.0**high + early, 1.0)) - 1e-9)
    early_rooted = np.where(early_rooted >= high, early_rooted, np.inf)
    return np.where(late > 0, np.minimum(late_rooted, early_rooted), plain)


def tree_path_ns(kernel: ConstantKernel, constants: Constants) -> float:
    """The kernel's critical path before any register: products and adder tree (`TREE_TIMING`)."""
    levels = float(tree_levels(kernel.terms).max(initial=0))
    if TREE_TIMING == "levels" or kernel.dsp_terms is None or not kernel.uses_dsp:
        return product_delay_ns(kernel, constants) + levels * constants.adder_ns
    depths = tree_depths(kernel.terms, kernel.dsp_terms, constants.dsp_ns / constants.adder_ns)
    return constants.product_ns + float(depths.max(initial=0)) * constants.adder_ns


def constant_kernel_timing(kernel: ConstantKernel, constants: Constants, budget_ns: float) -> tuple[int, int]:
    """Latency and II (cycles) of one constant-weight kernel call; `budget_ns`: clock minus uncertainty."""
    latency = _cycles(tree_path_ns(kernel, constants), budget_ns)
    if kernel.saturating:
        latency = max(latency, saturating_chain_cycles(kernel, constants, budget_ns))
    if (
        kernel.limit_binds
    ):  # the shared multipliers issue `limit` products a cycle; the last one then finishes
        last = _cycles(product_delay_ns(kernel, constants) + constants.adder_ns, budget_ns)
        latency = max(latency, kernel.issues + last + constants.shared_tail)
    if kernel.reuse_factor == 1:  # PIPELINE II=1, unless shared copies need more issue cycles (conv PF)
        return latency, kernel.issues if kernel.limit_binds else 1
    ii = min(kernel.reuse_factor, latency + 1)
    if kernel.limit_binds and kernel.limit_copies > 1.0:  # PF copies' products may need more than RF cycles
        return latency, max(ii, kernel.issues)
    return latency, ii


# A saturating accumulator (accum_t not AP_WRAP) makes each `acc[j] += mult[i]` of `nnet_dense_latency.h` a
# saturating addition; saturating sums are not associative, so HLS keeps the written chain
# ((bias + m0) + m1) + ... instead of `tree_levels`' balanced tree: nnz_o + 1 additions in sequence, each
# about SATURATING_CHAIN_NS_PER_BIT x accumulator bits long, chained into clock periods as `_cycles` does.
# Measured on held-out set 17 only (docs/cost-model-record.md 2.3, bench/satacc_structure.py; no calibration
# row has such an accumulator): the reports' extra cycles grow linearly with n_in in both repositories that
# have them.
# Chosen on one repository and scored on the other: StableDiffusionPUPPI (N1/N2, Vivado HLS 2019.2, 16-bit
# AP_RND/AP_SAT, 2.78 ns) 0.0872 ns/bit, which takes ML-fpga's latency median 1.50 -> 0.27 band units;
# ML-fpga (N3, Vivado HLS 2020.1, 28-bit AP_RND_ZERO/AP_SAT, 10 ns) 0.0705, PUPPI's 0.20 -> 0.06; chosen on
# both 0.0747. Re-chosen on both by the same script on branch foldin2 (after the fold-in of sets 15-19 moved
# the io_stream wrapper's cycle overheads; main's model before it already chose 0.0663): 0.0575, this value.
# Only latency (and, through it, the registered running sums) is costed: the
# rounding/saturation LUT and the operands held for the chain are not (their per-bit LUT differs by a factor
# 2 between the repositories, so `accumulator_mode_warning` still names such layers).
SATURATING_CHAIN_NS_PER_BIT = 0.0575


def saturating_chain_cycles(kernel: ConstantKernel, constants: Constants, budget_ns: float) -> int:
    """Cycles of the longest output's chain of saturating additions (its non-zero products and the bias)."""
    terms = int(kernel.terms.max(initial=0))
    path_ns = product_delay_ns(kernel, constants) + terms * SATURATING_CHAIN_NS_PER_BIT * kernel.accum_bits
    return _cycles(path_ns, budget_ns)


def product_delay_ns(kernel: ConstantKernel, constants: Constants) -> float:
    """Delay of the kernel's products before the adder tree: product_ns, plus dsp_ns with a product on a DSP.

    A constant multiplier built in LUTs adds no delay of its own: branch kerneldepth fitted one, which made
    one-design-out FF worse (docs/cost-model-record.md 2.3, "The LUT multiplier's delay").
    """
    return constants.product_ns + constants.dsp_ns * kernel.uses_dsp


def _cycles(path_ns: float, budget_ns: float) -> int:
    """Registers HLS inserts on a combinational path: one per full clock budget it spans."""
    return max(ceil(path_ns / budget_ns) - 1, 0)


def constant_kernel_features(kernel: ConstantKernel, constants: Constants, budget_ns: float) -> dict:
    """Per-weight (n_in, n_out) arrays and fixed scalars the LUT and FF constants multiply."""
    nonzero = kernel.nonzero.astype(np.float64)
    latency, _ = constant_kernel_timing(kernel, constants, budget_ns)
    binds = kernel.limit_binds
    shared_fabric = binds and kernel.fabric_multipliers
    product_bits = (kernel.data_bits + kernel.weight_bits) * kernel.shared
    return {
        "lut_adder": nonzero * tree_adder_bits(kernel)[None, :],
        "lut_shift_add": kernel.shift_add_bits,
        "lut_constant_multiplier": 0 * nonzero if shared_fabric else kernel.multiplier_bits,
        "lut_shared_multiplier": _shared_multiplier_bits(kernel) if shared_fabric else 0 * nonzero,
        "lut_mux": product_bits if binds else 0 * nonzero,
        "lut_output": float(kernel.nonzero.shape[1] * kernel.accum_bits),
        "ff_register": _registered_bits(kernel, constants, budget_ns, latency),
        "ff_product": nonzero * kernel.accum_bits * float(latency > 0),
        "ff_product_width": nonzero * (kernel.data_bits + kernel.weight_bits) * float(latency > 0),
        "ff_shared": kernel.shared * kernel.accum_bits if binds else 0 * nonzero,
        **boundary_register_bits(kernel.nonzero.shape, kernel.data_bits, kernel.accum_bits, latency >= 1),
    }


def tree_adder_bits(kernel: ConstantKernel) -> np.ndarray:
    """Per output: the mean width of its adder tree's adds, each min(accum_t, widest product + level).

    `acc[j] += mult[i]` is written in accum_t, but HLS sizes each add of the balanced tree to the values it
    can hold: the products' bits (once cast to accum_t) plus one bit per level (docs/cost-model-record.md 2.3,
    "Adder widths of the Latency tree"). Without `product_bits` every add is accum_t wide.
    """
    n_out = kernel.nonzero.shape[1]
    if kernel.product_bits is None:
        return np.full(n_out, float(kernel.accum_bits))
    widest = np.where(kernel.nonzero, kernel.product_bits, 0).max(axis=0, initial=0)
    return np.array(
        [_mean_tree_width(int(t), float(w), kernel.accum_bits) for t, w in zip(kernel.terms, widest)]
    )


def _mean_tree_width(terms: int, product_bits: float, accum_bits: int) -> float:
    """Mean add width of a balanced tree over `terms` addends whose leaves are `product_bits` wide."""
    total, adds, values, level = 0.0, 0, terms, 0
    while values > 1:
        level += 1
        pairs = values // 2
        total += pairs * min(accum_bits, product_bits + level)
        adds += pairs
        values -= pairs
    return total / adds if adds else float(accum_bits)


def boundary_register_bits(shape: tuple, data_bits: int, accum_bits: int, staged: bool) -> dict:
    """Operand and result bits a kernel function holds at its boundary when `staged`.

    HLS registers a pipelined function's inputs when it reads them and its results before they leave
    (latency >= 1); a combinational one (latency 0) has none. The io_stream wrapper's own arrays are
    costed by `stream_wrapper_features`.
    """
    staged = float(staged)
    return {"ff_input": staged * shape[0] * data_bits, "ff_output": staged * shape[1] * accum_bits}


def _shared_multiplier_bits(kernel: ConstantKernel) -> np.ndarray:
    """The limit general data x weight multipliers in LUTs, split over the products they compute (a copy's
    part of them when copies share the limit): the share of them that the real products built in LUTs are
    (`fabric_share`; a kernel of 2,456 DSP products and 9 LUT ones, CMS's CICADA
    v2p1p1 dense1, was charged its 1,440 DSPs and 1,440 16 x 16 LUT multipliers, 320,533 LUT)."""
    limit = kernel.multiplier_limit * kernel.fabric_share
    total = limit * kernel.data_bits * kernel.weight_bits / kernel.limit_copies
    return kernel.shared * (total / max(float(kernel.shared.sum()), 1e-12))


def _registered_bits(kernel: ConstantKernel, constants: Constants, budget_ns: float, latency: int):
    """Per-weight share of the accumulator bits held in pipeline registers."""
    nonzero = kernel.nonzero.astype(np.float64)
    if latency == 0:
        return 0 * nonzero
    if kernel.limit_binds:
        return 0 * nonzero
    terms = kernel.terms.astype(np.float64)
    start = product_delay_ns(kernel, constants)
    boundaries = np.arange(1, latency + 1) * budget_ns
    done = np.floor(np.maximum(boundaries - start, 0) / constants.adder_ns)  # levels finished by each cut
    live = np.ceil(terms[None, :] / 2.0 ** done[:, None]).sum(axis=0)  # partial sums per output
    per_weight = live * kernel.accum_bits / terms  # split each output's registers over its addends
    return nonzero * per_weight[None, :]


def constant_kernel_logic(kernel: ConstantKernel, constants: Constants, budget_ns: float) -> Logic:
    """LUT/FF shares and timing of one constant-weight kernel (`budget_ns`: clock minus uncertainty)."""
    features = constant_kernel_features(kernel, constants, budget_ns)
    lut = sum(getattr(constants, key) * features[key] for key in LUT_PER_WEIGHT) + dsp_product_offset(kernel)
    ff = sum(getattr(constants, key) * features[key] for key in FF_PER_WEIGHT) + dsp_core_offset(kernel)
    ff_fixed = sum(getattr(constants, key) * features[key] for key in FF_FIXED)
    latency, ii = constant_kernel_timing(kernel, constants, budget_ns)
    return Logic(lut, ff, constants.lut_output * features["lut_output"], ff_fixed, latency, ii)


# A product whose operand is wider than the DSP's port is split over several DSP tiles
# (`dsps_per_product` > 1: 31-34-bit data on UltraScale+'s 27 x 18), and csynth lists LUT beside the tiles
# for each such product, which the constant-weight model had left out (its LUT fits gave DSP products none):
# Expression `*` rows of 2 DSP and 25 LUT (W3, Vivado HLS 2019.2) or 20 (W2, 2019.2), 22 (K6,
# calwilee/hls4ml-automated-testing, Vivado HLS 2020.1), `mul_32s_*` / `mul_31ns_*` instances of 2 DSP and
# 20-24 LUT (W4, W5, Vitis HLS 2023.1), all xcvu9p/xcu250; X5's pipelined 7-series cores (freaksie/ML-on-Chip,
# Vivado HLS 2018.3, `mul_*_3_0`) list 49. A fixed price, csynth's middle combinational one (22), not fitted;
# the fits take it as an offset (`fit._dsp_product_offsets`), as the DSP cores' FF (`dsp_core_offset`).
# Only 2-tile products were seen; a product of more tiles is charged the same (branch reslut,
# docs/cost-model-record.md 2.3 "Products split over DSP tiles").
DSP_SPLIT_LUT = 22.0

# A product on one DSP tile has LUT beside it too (branch reslut, docs/cost-model-record.md 2.3 "Products on
# one DSP tile"): csynth lists every constant-weight product HLS put on a DSP with a few LUT of its own, the
# same in io_parallel and io_stream kernels, by HLS tool, family and (Vitis on 7-series) version, read from
# the per-function reports of the fetched snapshots:
# * Vivado HLS, Expression `*` rows of 1 DSP: 5 LUT on UltraScale(+) (Hector-Plata/hls4ml-tutorial 2019.2,
#   B1-B5's kernels; pominiq/DNNonSilicon 2020.1, H4-H9; hftsoi/sparse-pixels 2020.1, E3: 2,996 in dense1),
#   6 LUT on 7-series (freaksie/ML-on-Chip 2018.3, EmileBrt/CNNKDD 2019.2);
# * Vitis HLS, `mul_*` core instances of 1 DSP: 5 LUT on UltraScale(+), combinational (`_1_0`/`_1_1`) cores of
#   nrp-nautilus/6nrp-hls4ml 2022.2, Alezander9/ML_FPGAonPixel 2023.1, Lrozzy/hls4ml_OpenML 2024.1; on
#   7-series 0 LUT in 2021.1 (ArgyKokk/hls4ml_MLP_estimator, combinational and pipelined cores alike) and 2 in
#   the pipelined (`_2_*`) cores of 2022.1+ (Bunnyowooo/ECE527final 2023.1, Gabriele-bot/PYNQ_IA), keyed by
#   `Target.calibration_group`.
# A fixed price, csynth's own, not fitted; the fits take it as an offset with `DSP_SPLIT_LUT`. Not checked:
# Vitis UltraScale's pipelined cores, Vivado HLS before 2018.3 or after 2020.1.
DSP_PRODUCT_LUT = {
    ("vivado", "ultrascale"): 5.0,
    ("vivado", "7series"): 6.0,
    ("vitis", "ultrascale"): 5.0,
    ("vitis", "7series"): 0.0,
    ("vitis", "7series_2022"): 2.0,
}


def dsp_product_offset(kernel: ConstantKernel):
    """Per-weight LUT csynth lists beside the products on DSPs (`DSP_PRODUCT_LUT`, `DSP_SPLIT_LUT`): a fixed
    rule, not fitted."""
    return 0 * kernel.nonzero if kernel.dsp_product_lut is None else kernel.dsp_product_lut


def dsp_core_offset(kernel: ConstantKernel):
    """Per-weight FF of the kernel's pipelined DSP cores (`dsp_core_ff`): a fixed rule, not fitted."""
    return 0 * kernel.nonzero if kernel.dsp_core_ff is None else kernel.dsp_core_ff


@dataclass(frozen=True)
class RomKernel:
    """What the logic of a Resource-kernel instance depends on."""

    n_in: int
    n_out: int
    reuse_factor: int
    multipliers: float  # live multipliers (Resource: block_factor; Unrolled: patterns not all zero)
    data_bits: int
    weight_bits: int
    accum_bits: int
    # Whether the kernel keeps copies of its inputs (its rewound ReuseLoop's `*_rewind_reg` / `*_phi_reg`
    # registers, or a packed input word). False only for an io_parallel kernel at RF > n_in whose input is the
    # top function's packed port (`LayerHardware.input_packed`): set 9's fit half (hls4ml 0.8.1 reshapes the
    # model input; Vivado HLS 2020.1), whose FF does not grow with n_in (fidelity11). Every per-function
    # report of a kernel at RF > n_in that reads a layer's partitioned output keeps them (R1's gru.kernel and
    # output_softmax, R2's layer1.kernel: 3 copies; U9's decoder: 1; branch resourceff,
    # docs/cost-model-record.md 2.3)
    input_registers: bool = True
    # True where hls4ml's `dense_resource_rf_gt_nin_rem0` runs (io_parallel Resource Dense, RF > n_in,
    # RF % n_in == 0; `cost.rom_kernel`)
    rem0_kernel: bool = False
    # Pipeline stages of the multiplier's DSP core (`rom_core_stages`); 1: a core that fits the clock, or LUTs
    core_stages: int = 1
    # Whether that core is pipelined (`rom_core_stages` > 1), for the registers it takes
    # (`multiplier_register_bits`); unlike `core_stages` also set for a convolution, whose latency keeps a
    # 1-stage core by convention (`cost._rom_core_stages`) but whose registers follow the core (branch resff)
    pipelined_core: bool = False
    # An io_parallel kernel whose input is the top function's `ARRAY_RESHAPE`d port, one packed word
    # (`LayerHardware.input_packed`): `data[in_index]` is a variable right shift of that word
    # (`rom_input_shifters`)
    input_packed: bool = False


# The Resource kernel's ReuseLoop (PIPELINE II=1) is as deep as its stages: the ROM read, the product, the
# accumulate. Where the DSP multiply does not fit the clock budget (`dsp_core_ns` > budget, the condition
# `dsp_core_ff` uses), HLS takes a pipelined core whose stages all add to that depth (branch resourcelut,
# per-function reports, results/bench/resource_kernel_table.md: S11, S12 (Vivado HLS 2020.1, xc7z020-1 at
# 5 ns) build `mac_muladd_..._3_1` / `mul_mul_..._3_1` cores, 3 stages, and their loops are 5-6 deep; U9
# (Vitis HLS 2023.1, xc7z020-1) builds 32 x 32 products of 4 DSP tiles as `mul_..._5_1` cores, 5 stages, its
# loop 7 deep; R1, R2 (UltraScale+ at 5 ns) and Y3 (xc7a200t-1 at 15 ns) keep 1-stage cores, 2-3 deep loops).
# One tile's core has its input, product and output registers (3 stages); a product of t tiles adds the
# ceil(log2 t) levels that sum the tiles' partial products (4 tiles: 5, U9 alone shows it).
DSP_CORE_STAGES = 3


def rom_core_stages(dsp_tiles: int, core_ns: float, budget_ns: float) -> int:
    """Pipeline stages of a Resource-kernel multiplier of `dsp_tiles` DSPs (0: LUTs) at a clock budget."""
    if dsp_tiles == 0 or core_ns <= budget_ns:
        return 1
    return DSP_CORE_STAGES + ceil(log2(dsp_tiles))


def rom_kernel_timing(kernel: RomKernel, rom_tail: int) -> tuple[int, int]:
    """(latency, II) of a Resource kernel: RF issue cycles, the fitted tail and the core's extra stages."""
    return kernel.reuse_factor + rom_tail + kernel.core_stages - 1, kernel.reuse_factor


# hls4ml's `dense_resource_rf_gt_nin_rem0` (0.5.0-0.8.1) adds product im of cycle ir into
# acc[outidx[ir] + im * RF / n_in], where outidx[] is an int array of RF entries the kernel fills at run time
# (IndexLoop) and acc[] is partitioned into registers. Unless HLS bounds that index, every one of the
# block_factor multipliers may read and write any of the n_out accumulators: a read multiplexer and a write
# select per multiplier, accumulator entry and bit (the "crossbar"), and the unrolled MultLoop chains the
# updates. All multipliers of a cycle read the same data[in_index], in_index a run-time counter: one
# n_in-to-1 multiplexer per data bit, which the calibration's `input_mux` (log2 n_in) under-counts at n_in
# 32-224: the reports grow ~2 LUT per input bit at a given n_out and block factor (n_in 96 -> 160 -> 224).
# Set 9's fit half (n_in 32, 96, 160, 224; Vivado HLS 2020.1, 16-bit accumulators, RF 384-1280) follows the
# crossbar at RF / n_in >= 3, but not at RF / n_in = 2 (n_in 224 at RF 448: 44.5 LUT per extra output where
# the crossbar gives ~1,400; HLS evidently bounds the index to the multiplier's own two entries), nor do the
# Vivado HLS 2019.2 kernels of R1, R2 at RF 30 (R1's 6 x 360, RF / n_in 5: 18,093 LUT reported, the crossbar
# alone gives 145,000): whether from their 30-entry outidx[] or from the tool is not separable with these
# data, so the term applies from the smallest RF it was seen at (384). Both limits are read from the data,
# not from the template. Least squares of (report - fidelity11's estimate) over the fit half's 435 Resource
# RF > n_in designs (fidelity12, `fit.fit_rem0_term`): 0.344 LUT per multiplier x accumulator x accumulator
# bit, 2.11 per input bit and 1,418 per kernel (outidx[], counters, control; not resolved further). Left one
# n_in out: LUT median 0.103 (without the input term 0.142; fidelity11 0.647).
# Vitis HLS 2023.2 builds the same kernel with fewer LUT (fidelity15, held-out set 10's fit half: 229 chains
# of 2-3 rem0 layers, hls4ml 0.8.1's Vitis template; the same structure fitted the same way on the design
# totals, `heldout.read_set10_rem0_rows`): a third of the crossbar, half the input multiplexer, twice the
# fixed part.
# Refitted on branch foldin, whose refit of the other constants (sets 8, 12-14 joined) moves what the reports
# leave for the term (before: Vivado 1418.38, 0.34446, 2.11221; Vitis 2754.51, 0.12312, 0.94267); again on
# branch foldin2 (sets 15-19 joined; before it: Vivado 2219.93, 0.349309, 2.05077; Vitis 3330.58, 0.140851,
# 0.828533); and on branch selmux, whose ROM `input_mux` (n_in x 37 LUT, `rom_kernel_features`) now prices
# the kernel's inputs: the input part goes to ~0 for Vivado (its last digits are the estimates' rounding) and
# below 0 for Vitis (its rem0 kernels take fewer LUT an input than the io_parallel Resource rows; before:
# Vivado 2241.49, 0.349019, 2.0391; Vitis 3346.18, 0.139522, 0.841377); and on branch resourcelut, whose ROM
# fit leaves out Vivado HLS's input-multiplexer copies (`heldout.MUX_COPIES_TABLE`) and prices packed-input
# shifters (before: Vivado 2521.52, 0.345568, 0.000358396; Vitis 3599.65, 0.126628, -0.956038), refitted
# jointly with the ROM constants after the merge with resourceff (`heldout.fit_rom_and_rem0_terms`).
REM0_LUT = {
    "vivado": {"kernel": 2276.81, "crossbar": 0.346688, "input_mux": 0.0440172},
    "vitis": {"kernel": 3379.13, "crossbar": 0.138853, "input_mux": -0.717549},
}
ACCUMULATOR_CROSSBAR_MIN_OUTSCALE = 3
REM0_TERM_MIN_REUSE = 384


def accumulator_crossbar_bits(kernel: RomKernel) -> float:
    """Multiplier x accumulator-entry x accumulator-bit triples of the rem0 kernel's crossbar (else 0)."""
    outscale = kernel.reuse_factor // kernel.n_in  # accumulators each multiplier adds into (template)
    if not _rem0_term_applies(kernel) or outscale < ACCUMULATOR_CROSSBAR_MIN_OUTSCALE:
        return 0.0
    block_factor = kernel.n_in * kernel.n_out // kernel.reuse_factor
    return float(block_factor * kernel.n_out * kernel.accum_bits)


def rem0_kernel_features(kernel: RomKernel) -> dict:
    """The counts `REM0_LUT`'s constants multiply: one kernel, its crossbar's triples and its input
    multiplexer's input bits (all 0 where no term)."""
    applies = _rem0_term_applies(kernel)
    return {
        "kernel": 1.0 if applies else 0.0,
        "crossbar": accumulator_crossbar_bits(kernel),
        "input_mux": float(kernel.n_in * kernel.data_bits) if applies else 0.0,
    }


def rem0_kernel_luts(kernel: RomKernel, hls_tool: str, constants: dict | None = None) -> float:
    """LUT `hls_tool` builds in the rem0 kernel beyond fidelity11's ROM features (0 for any other kernel)."""
    constants = REM0_LUT[hls_tool] if constants is None else constants
    return weighted_sum(constants, rem0_kernel_features(kernel))


# FF of the rem0 kernel beyond the rom_ff features, per HLS tool (fidelity15). Vitis HLS 2023.2 (held-out set
# 10's fit half: 229 chains of 2-3 rem0 Dense layers, hls4ml 0.8.1's Vitis backend, 16-bit data, accumulators
# and results) reports FF that follow the layer sizes alone, not the RF (832-5408) nor the weight bits (2-16):
# per bit of each layer's input array ("input"), of its results ("result") and of the arrays the top passes
# between two layer calls ("array", `glue.rem0_array_bits`). Least squares of the features on what the reports
# leave for the term (`fit.fit_rem0_term`, `heldout.read_set10_rem0_rows`). Vivado HLS 2020.1
# does not register them (set 9: its rem0 designs' FF does not grow with n_in, fidelity11): no term.
# Refitted on branch foldin (before: Vitis 1.77713, 1.49741, 2.46152), foldin2 (before: 1.77255, 1.46642,
# 2.46382) and resff (the multipliers' pipeline registers, `multiplier_register_bits`; before: 1.7762, 1.4635,
# 2.46177), selmux (before: 1.833926, 1.422338, 2.428124), and on the merge of resourcelut (ROM fit without
# the input-multiplexer copies) and resourceff (the ROM kernels of set 10's later layers keep their input
# registers, which the "array" term had carried), the joint ROM/rem0 fit (`heldout.fit_rom_and_rem0_terms`;
# before: 1.833545, 1.422153, 2.429129).
REM0_FF = {
    "vivado": {"input": 0.0, "result": 0.0, "array": 0.0},
    "vitis": {"input": 1.91609, "result": 1.41286, "array": 0.632947},
}


def rem0_ff_features(kernel: RomKernel) -> dict:
    """The per-layer counts `REM0_FF`'s "input" and "result" constants multiply (0 for any other kernel)."""
    if not kernel.rem0_kernel:
        return {"input": 0.0, "result": 0.0}
    return {"input": float(kernel.n_in * kernel.data_bits), "result": float(kernel.n_out * kernel.accum_bits)}


def rem0_kernel_ffs(kernel: RomKernel, hls_tool: str, constants: dict | None = None) -> float:
    """FF `hls_tool` builds around a rem0 kernel beyond the rom_ff features (0 for any other kernel)."""
    constants = REM0_FF[hls_tool] if constants is None else constants
    return weighted_sum(constants, rem0_ff_features(kernel))


def _rem0_term_applies(kernel: RomKernel) -> bool:
    return kernel.rem0_kernel and kernel.reuse_factor >= REM0_TERM_MIN_REUSE


# Registers each multiplier's values take in the ReuseLoop's pipeline (branch resff, the per-function csynth
# Register tables, `bench/resource_register_table.py`, results/bench/resource_register_table.md). With a core
# that fits the clock (`core_stages` 1, loop 2-3 deep) only the product crosses a stage boundary, cast to the
# accumulator (R1, Vivado HLS 2019.2: 1,438 x 16-bit `trunc_ln708` slices of the product for 1,440
# multipliers; Y3, Vitis HLS 2023.2, registers its 30-bit weight instead, R2's 2-deep loops nothing). A
# pipelined core's stages (`rom_core_stages`) add to the loop, and the data operand, the weight and the full
# product are carried across them outside the core (S12, Vivado HLS 2020.1: 15 + 16 + 26 bits a multiplier,
# `phi_ln`, `tmp`, `mul_ln`; U9, Vitis HLS 2023.1, 32 x 32 products: ~130 bits). The io_stream Conv1D kernels
# of uw-acme/HLS4ML_-NeutDetector (P10, P11: Vivado HLS 2019.2, Virtex-7 at 3.33 ns, pipelined cores) carry
# the same three (1,151 x 26-bit `mul_ln`, 1,151 x 16-bit `tmp` for 1,152 multipliers in P11's conv1d_2).
def multiplier_register_bits(kernel: RomKernel) -> int:
    """Register bits of one Resource-kernel multiplier: its product at accumulator width (1-stage core), or
    data + weight + product (data + weight bits) where the core is pipelined."""
    if kernel.pipelined_core:
        return 2 * (kernel.data_bits + kernel.weight_bits)
    return kernel.accum_bits


def rom_input_shifters(kernel: RomKernel) -> int:
    """Right shifters of the packed input word a Resource kernel builds (0 when its input is not packed).

    hls4ml's `dense_resource_rf_leq_nin` reads `data[in_index]` for ceil(n_in / RF) distinct selections (the
    shared multiplexers of 2.17), the RF > n_in kernels one; from a packed word each is a shift of the whole
    word. The reports list them as `lshr` instances or Expression rows of the word's width: U9's encoder
    (Vitis HLS 2023.1) 1 of 2,048 bits, Y3's dense (Vitis HLS 2023.2) 2 of 1,800; S11/S12 fc1 (Vivado HLS
    2020.1) 2 instances and 2 Expression rows of 256 bits where this counts 2 (results/bench/
    resource_mux_copies.md, `shifters`).
    """
    return -(-kernel.n_in // kernel.reuse_factor) if kernel.input_packed else 0


# Vivado HLS builds the shared input selection of an io_stream Resource kernel at 1 < RF < n_in
# (ceil(n_in / RF) RF-to-1 multiplexers, docs/cost-model-record.md 2.17) as chains of 2-to-1 selects, RF - 1 a
# multiplexer, listed as Expression `select` rows csynth prices at their width (1 LUT a data bit); not fitted
# (branch resourcelut, results/bench/stream_select_chains.md): T8's q_dense 885 rows of 16 bits (15 x 59),
# K8's output 780 (4 x 195), P1's qdense_1 784 of 4 bits (16 x 49), qconv2d_2 286 (4 x 71, + 2). P10/P11's
# output layers (n_out 1) list their selections as multiplexer instances instead, at the design's price (273
# LUT); io_parallel kernels list one multiplexer instance per multiplier (`input_mux_copies_warning`); Vitis
# HLS shares `sparsemux` instances.
def select_chain_luts(n_in: int, reuse_factor: int, data_bits: int) -> float:
    """LUT of the 2-to-1 select chains of a Vivado HLS io_stream Resource kernel's input selection."""
    if not 1 < reuse_factor < n_in:
        return 0.0
    return float(-(-n_in // reuse_factor) * (reuse_factor - 1) * data_bits)


# The kernel's input selection (`input_mux`): hls4ml's ReuseLoop reads data[ir + k * RF] for the k-th
# multiplier step, so it needs ceil(n_in / RF) RF-to-1 multiplexers (one n_in-to-1 at RF > n_in), n_in inputs
# in all. The csynth reports price them by their inputs, not their width: Vitis HLS builds exactly those
# (`sparsemux_<2 RF + 1>_..`, 4.3-5.3 LUT an input, 17 layers, io_parallel and io_stream), Vivado HLS keeps an
# io_stream kernel's n_in scalar inputs in phi registers behind 9-15 LUT multiplexers each whatever the width
# (docs/cost-model-record.md 2.11), and builds one multiplexer per multiplier at 1 < RF < n_in in io_parallel,
# priced at one design-wide figure (`input_mux_copies_warning`). So the feature is n_in, width-independent
# (branch selmux, docs/cost-model-record.md 2.17, results/bench/selection_mux.md); until then it was
# multiplexers x data bits x log2 inputs, which priced wide or large selections several times over the reports
# (V4: 94,355 LUT against 70 x 155). Its fitted constant (one for both tools, on the io_parallel Resource
# rows) is not the multiplexers' price: it also carries the LUT those rows leave to the kernel's size
# (Vivado's copies, P8).
def rom_kernel_features(kernel: RomKernel) -> tuple[dict, dict]:
    """(LUT features, FF features): counts the rom_lut / rom_ff constants multiply."""
    beyond_inputs = kernel.reuse_factor > kernel.n_in
    lut = {
        "multiplier": kernel.multipliers * kernel.accum_bits,
        # a packed input has neither: its shifters select, and the reports list no per-input phi multiplexer
        "input_mux": 0.0 if kernel.input_packed else float(kernel.n_in),
        "output_mux": kernel.n_out * kernel.accum_bits if beyond_inputs else 0.0,
        "control": 1.0,
        # the packed word's shifters, per shifter and word bit (branch resourcelut)
        "input_shifter": float(rom_input_shifters(kernel) * kernel.n_in * kernel.data_bits),
    }
    ff = {
        "multiplier": kernel.multipliers * multiplier_register_bits(kernel),
        "accumulator": kernel.n_out * kernel.accum_bits,
        "input": kernel.n_in * kernel.data_bits if kernel.input_registers else 0.0,
        "control": 1.0,
    }
    return lut, ff


def rom_kernel_logic(kernel: RomKernel, constants: Constants) -> tuple[dict, Logic]:
    """(LUT and FF of one live multiplier, the kernel's fixed LUT/FF and timing).

    The multiplier part follows the live multipliers (what pruning a pattern saves in Resource_Unrolled);
    the multiplexers, accumulators, input registers and control are fixed.
    """
    lut_features, ff_features = rom_kernel_features(kernel)
    lut = {key: constants.rom_lut[key] * value for key, value in lut_features.items()}
    ff = {key: constants.rom_ff[key] * value for key, value in ff_features.items()}
    live = max(kernel.multipliers, 1e-12)
    per_multiplier = {"lut": lut.pop("multiplier") / live, "ff": ff.pop("multiplier") / live}
    latency, ii = rom_kernel_timing(kernel, constants.rom_tail)
    fixed = Logic(np.zeros(0), np.zeros(0), sum(lut.values()), sum(ff.values()), latency, ii)
    return per_multiplier, fixed


# Vivado HLS (2019.2, 2020.1) builds the Resource kernel's input selection at 1 < RF < n_in as one
# multiplexer per multiplier (block_factor copies; Vitis HLS shares n_in / RF of them; an input that is one
# packed word gets shifters instead), and csynth prices every multiplexer instance of a design at one
# design-wide figure (13-273 LUT in the stored reports, that of the last module HLS generated): 19 of 19 Dense
# layers, results/bench/resource_input_mux.md (branch resmux), all io_parallel (io_stream kernels' instance
# lists were not read). A layer-level LUT term for the copies failed one design out (docs/cost-model-record.md
# 2.3), so such layers get this warning.
INPUT_MUX_PRICE_MAX_LUT = 273


def input_mux_copies_warning(layer, hls_tool: str) -> str | None:
    """A warning for a Vivado HLS Resource kernel whose per-multiplier input multiplexers the LUT omits."""
    rf = layer.reuse_factor
    seen = hls_tool == "vivado" and layer.strategy == "resource" and layer.io_type == "io_parallel"
    if not seen or layer.input_packed or not 1 < rf < layer.n_in:
        return None
    copies = layer.block_factor
    most = copies * INPUT_MUX_PRICE_MAX_LUT
    return (
        f"Vivado HLS builds its input selection as {copies} multiplexers, one per multiplier, and csynth "
        f"prices each at a figure set by the whole design (13-{INPUT_MUX_PRICE_MAX_LUT} LUT in public "
        f"reports), which the model does not count: its LUT may be up to {most:,} higher (Vitis HLS shares "
        f"{layer.n_in // rf})"
    )


def narrow_products_warning(layer) -> str | None:
    """`multipliers.narrow_product_warning` of a weight layer's data x weight products; None for binary and
    ternary weights, whose select products build no multiplier to place in DSPs or LUTs."""
    from fpgaprune.core.hardware.layer import SELECT_PRODUCTS
    from fpgaprune.core.hardware.multipliers import narrow_product_warning

    if layer.product in SELECT_PRODUCTS:
        return None
    return narrow_product_warning(layer.input_type, layer.weight_type)


def unchecked_kernel_warning(layer) -> str | None:
    """A warning for a Resource_Unrolled layer: no synthesis report of one is public (docs/cost-model.md,
    "Not checked against synthesis"); its DSP and BRAM_18K are checked against hls4ml's code only."""
    if layer.strategy != "resource_unrolled":
        return None
    return (
        "a Resource_Unrolled layer: no synthesis report checks such an estimate; its DSP and BRAM_18K follow "
        "hls4ml's generated code, its LUT, FF and latency the Resource rules"
    )


# Vivado HLS stops unrolling a loop of more than 4,096 iterations ("XFORM 203-504 Stop unrolling loop";
# hls4ml issues #904, #1013: a Latency Dense's `Product1`/`Product2` loops over n_in x n_out products) and
# hls4ml's build script caps complete partitioning at `maximum_size` 4,096 elements (issue #1157:
# `mult[n_in * n_out]`); set 9's 81 Vivado HLS Latency designs of wa-hls4ml stop at 3,072. Vitis HLS builds
# larger ones (S3's 105 x 72 Dense, 3,996 DSP in one cycle; the D_* calibration layers of 196 x 56, 561 x 20).
VIVADO_UNROLL_LIMIT = 4096


def unroll_limit_warning(layer, hls_tool: str) -> str | None:
    """A warning for a Latency Dense whose n_in x n_out products Vivado HLS will not unroll
    (`VIVADO_UNROLL_LIMIT`), else None."""
    if hls_tool != "vivado" or layer.kind != "dense" or layer.strategy != "latency":
        return None
    products = layer.n_in * layer.n_out
    if products <= VIVADO_UNROLL_LIMIT:
        return None
    return (
        f"its Latency kernel unrolls {products:,} products, and Vivado HLS stops unrolling loops of more "
        f"than {VIVADO_UNROLL_LIMIT:,} iterations (XFORM 203-504; hls4ml issues #904, #1013) and partitions "
        f"no array above {VIVADO_UNROLL_LIMIT:,} elements: its synthesis is likely to fail, and this "
        "estimate is of the fully parallel layer hls4ml asks for; use the Resource strategy with a reuse "
        "factor, or Vitis HLS"
    )


# Accumulators that round or saturate (docs/cost-model-record.md 2.3). hls4ml's Dense/Conv kernels cast every
# product to accum_t (`nnet_dense_latency.h`: `mult[index] = product(...)`, an accum_t array;
# `nnet_dense_resource.h`: `static_cast<accum_t>(product(...))`) and add into an accum_t (`acc[j] += ...`), so
# each cast that drops fractional bits rounds (an incrementer) unless accum_t truncates (AP_TRN), and each
# cast and each addition checks the range and selects the bound (comparators, a multiplexer per bit) unless
# accum_t wraps (AP_WRAP).
# A saturating sum is not associative, so HLS cannot rebalance the additions into the tree `tree_levels`
# assumes. The constants above were fitted with wrapping, truncating accumulators only: no calibration row and
# no weight layer of held-out sets 1-15 has another mode (`tests/core/hardware/test_accumulator_modes.py`).
# Since branch satcost the chain's latency is costed (`saturating_chain_cycles`, from held-out set 17's N1-N5
# only); the rounding and saturation logic is not, so `accumulator_mode_warning` still names such layers.
def accumulator_mode_warning(accum_type) -> str | None:
    """A warning when `accum_type` (a FixedType) rounds or saturates, else None."""
    does = []
    if accum_type.rounding != "TRN":
        does.append(f"rounds each product cast into it (AP_{accum_type.rounding})")
    if accum_type.overflow != "WRAP":
        does.append(f"saturates every product and addition (AP_{accum_type.overflow})")
    if not does:
        return None
    return (
        f"its accumulator {accum_type} {' and '.join(does)}, which no calibration design does; its LUT and "
        "FF are likely under-estimated (the model costs truncating, wrapping adders; with saturation it "
        "times them as a chain, from 5 held-out designs of 2 repositories only)"
    )


def lone_product_stage(
    target,
    data_bits: int,
    other_bits: int,
    result_bits: int,
    dsp_tiles: int,
    n_in: int = 1,
    reuse_factor: int = 1,
) -> tuple:
    """(cycles, FF) of one product x * c of `data_bits` x `other_bits` bits (on `dsp_tiles` DSPs, 0: in LUTs)
    followed by one add or select, into `result_bits`: what the Dense rule (`constant_kernel_logic` at the
    constants of the target's tool and calibration group, `target.budget_ns`) gives a one-input, one-output
    Latency kernel at RF 1 whose weight is a real multiplier (its bias add standing for the add or select),
    with the FF of its pipelined DSP core (`dsp_core_ff`) when it has one. Used by the activations and merges
    that multiply outside a Dense kernel (`otheract`, `moreops`; docs/cost-model-record.md 2.15, 2.16):
    nothing is fitted on them and no report checks them. `n_in` > 1: n_in such products summed into one output
    at `reuse_factor` (multiplier limit ceil(n_in / RF)): hls4ml's dot1d (branch lastops)."""
    one = np.ones((max(n_in, 1), 1))
    core_ff = 0 * one
    if dsp_tiles:
        core_ns = dsp_core_ns(target.fabric, target.speed_grade)
        core_ff = dsp_core_ff(one * max(data_bits, other_bits), core_ns, target.budget_ns)
    kernel = ConstantKernel(
        nonzero=one > 0,
        shift_add_bits=0 * one,
        multiplier_bits=0 * one if dsp_tiles else one * data_bits * other_bits,
        shared=one,
        uses_dsp=dsp_tiles > 0,
        fabric_share=float(dsp_tiles == 0),
        data_bits=data_bits,
        weight_bits=other_bits,
        accum_bits=result_bits,
        reuse_factor=max(reuse_factor, 1),
        multiplier_limit=-(-max(n_in, 1) // max(reuse_factor, 1)),
        dsp_core_ff=core_ff,
    )
    constants = constants_for(target.hls_tool, target.calibration_group)
    logic = constant_kernel_logic(kernel, constants, target.budget_ns)
    return logic.latency, float(logic.ff.sum() + logic.ff_fixed)


def parallel_product_stage(target, data_bits: int, other_bits: int, result_bits: int, tiles) -> tuple:
    """(cycles, FF) of products that run in parallel, each followed by one add or select (`lone_product_stage`
    for each): `tiles` the DSPs of each product (0: in LUTs); cycles the longest product's, FF summed over the
    products. Shared by `batchnorm.product_stage` and `otheract.product_stage`."""
    cycles, ff = 0, 0.0
    for each, count in zip(*np.unique(tiles, return_counts=True)):
        stage = lone_product_stage(target, data_bits, other_bits, result_bits, int(each))
        cycles, ff = max(cycles, stage[0]), ff + stage[1] * int(count)
    return cycles, ff


# FF beside the result register of each 0-cycle process of an io_parallel DATAFLOW top (branch dfregs): every
# such instance of the held-out reports is values x bits + 2 (W3, W5's Dense and ReLU, S11, S12, P8, J1-J3's
# ReLU, H10 with its constant values removed), on Vivado HLS 2019.2-2020.1 and Vitis HLS 2023.1-2024.1.
DATAFLOW_OUTPUT_CONTROL_FF = 2


def result_register_ff(result: tuple[int, int] | None, latency_cycles: int) -> int:
    """FF of the register in which a 0-cycle Dense or ReLU process of an io_parallel DATAFLOW top holds its
    result, inside the layer's own report instance: values x bits + `DATAFLOW_OUTPUT_CONTROL_FF` when the
    layer has a `result` (values, bits; `glue.dataflow_result_registers`, `LayerHardware.result_register`) and
    is estimated at 0 cycles, else 0. The one rule the project estimate (`glue.carry_result_registers`), the
    calibration rows (`calibration.CalibrationRow.estimate`, the layer cross-validation) and the prune side's
    estimate (`cost.estimate_layer`) add to a layer's FF."""
    if result is None or latency_cycles != 0:
        return 0
    values, bits = result
    return values * bits + DATAFLOW_OUTPUT_CONTROL_FF
