"""Fit the LUT, FF and timing constants of `logic` on calibration rows, and cross-validate them.

Timing constants (product_ns, dsp_ns, adder_ns, shared_tail) are chosen on a grid to minimise the mean
latency error in units of the target band (max(1 cycle, 10 %)); among points tied on it, the first in grid
order whose DSP product is not faster than HLS's measured one (`DSP_MULTIPLY_FLOOR_NS`, since branch
vivadoff); the LUT and FF constants are then
non-negative least squares on relative errors (each row weighted by 1/max(report, `REPORT_FLOOR`)).
Constant-weight rows are fitted per HLS tool and fabric (7-series or UltraScale parts: the same adder tree
takes more cycles on a 7-series part), on all the tool's rows when a fabric has fewer than
`MIN_GROUP_DESIGNS` designs; since fidelity13 the LUT and FF constants of a group are shrunk toward the fit
over every constant-weight row (a ridge penalty, its strength per resource chosen by an inner
cross-validation over the training rows, `choose_shrinkage`); the Resource-kernel (ROM) constants are
fitted on all ROM rows together (the public Resource reports are all Vivado HLS). `leave_one_design_out`
refits everything without each design and scores that design, per resource and strategy.
"""

from dataclasses import dataclass, replace
from functools import cached_property, partial

import numpy as np
from scipy.ndimage import uniform_filter

from fpgaprune.core.hardware import logic
from fpgaprune.core.hardware.calibration import CalibrationRow, latency_band_error, relative_error
from fpgaprune.core.hardware.cost import constant_kernel, estimate_layer, pixel_kernel_cycles, rom_kernel
from fpgaprune.core.hardware.glue import result_register_ff
from fpgaprune.core.hardware.logic import (
    CONSTANTS,
    FF_FIXED,
    FF_PER_WEIGHT,
    LUT_PER_WEIGHT,
    NO_STREAM_WRAPPER,
    Constants,
    StreamWrapper,
    constant_kernel_features,
    constant_kernel_timing,
    dsp_core_offset,
    dsp_product_offset,
    kernel_kind,
    pixel_overhead_kind,
    rem0_kernel_ffs,
    rem0_kernel_luts,
    rom_kernel_features,
    rom_kernel_timing,
    stream_wrapper_features,
    tree_depths,
    tree_levels,
    tree_path_ns,
    weighted_sum,
)
from fpgaprune.core.hardware.multipliers import lut_multiplier_luts, rom_dsps_per_product

TIMING_GRID = {
    "product_ns": np.arange(0.0, 4.01, 0.5),
    "dsp_ns": np.arange(0.0, 4.01, 0.5),
    "adder_ns": np.arange(0.25, 4.01, 0.25),
    "shared_tail": np.arange(-2, 4),
}
LUT_KEYS = (*LUT_PER_WEIGHT, "lut_output")
FF_KEYS = (*FF_PER_WEIGHT, *FF_FIXED)
METRICS = ("lut", "ff", "latency_cycles", "ii")
FABRICS = ("7series", "ultrascale")
# Constants groups inside a fabric group (`multipliers.Target.calibration_group`): their own rows fit their
# LUT constants, their timing and FF constants are their fabric's, and their fabric's group is fitted on its
# rows and theirs (Vitis HLS 2021.1 on 7-series parts is one repository's, ArgyKokk's: too few for a group of
# its own). The version moves the adders' LUT (docs/cost-model-record.md 2.3); own timing and FF constants for
# the subgroup (branch hlsversion's first variant) took set 20's design latency median 0.65 -> 0.97 and its FF
# 0.41 -> 0.47.
SUBGROUPS = {"7series_2022": "7series"}
MIN_GROUP_DESIGNS = 2  # designs of one tool and fabric needed to fit constants of their own
# stream-wrapper parts fitted per HLS tool, the others on both tools' rows (chosen on the CV,
# docs/cost-model-record.md 2.3; FF per tool since fidelity10, when set 7 gave the Vitis rows of both kernel
# kinds two designs or more)
STREAM_PER_TOOL = ("lut", "ff", "overheads")
# a report under 100 LUT/FF weighs as 100 in the fit (chosen on the CV, docs/cost-model-record.md 2.3)
REPORT_FLOOR = 100.0
# Ridge strengths the inner cross-validation chooses from (fidelity13, `choose_shrinkage`): 0 is the
# unshrunk per-group fit, 10 nearly the shared one.
SHRINKAGE_GRID = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
# Timing grid points tied on the latency error (exactly: the band error counts whole cycles): "first" takes
# the first in grid order (before branch foldcv), "ff" the one whose pipeline cuts give the group's FF fit the
# smallest residual (`_ff_residual`; the LUT features do not read the timing); branch ffclock2 added
# "fewest_bits" (the cuts holding the fewest accumulator bits, `_cut_bits`) and "slowest" (the largest summed
# critical path, `_path_ns`: the slowest logic the latencies allow) and "smooth" (the lowest latency error
# averaged over the point's grid neighbours: the middle of a tied region, which one new row moves least).
# Since branch vivadoff: "measured", the first tied point whose DSP product (product_ns + dsp_ns) is not
# faster than `DSP_MULTIPLY_FLOOR_NS` (every tied point when none is): "first" priced it at 0 ns where few
# rows pin it (Vivado UltraScale without Hector-Plata's B1-B4: 420 tied points), so their 1-stage layers got 0
# stages and 0 FF (docs/cost-model-record.md 2.4 "A measured floor on the DSP product's delay").
TIMING_TIE_BREAK = "measured"
# Band units of total latency error within which grid points count as tied (0: exact ties only; branch
# ffclock2 measured 1 and 3 with the "ff" tie-break, a joint latency + FF choice).
TIMING_TIE_BANDS = 0.0
# Whether each (tool, fabric) group chooses its strengths on its own rows' inner errors (branch foldcv) or
# every group on all rows' (fidelity13).
SHRINKAGE_PER_GROUP = False


@dataclass(frozen=True)
class _Prepared:
    """A calibration row with its kernel description, computed once."""

    row: CalibrationRow
    kernel: object  # logic.ConstantKernel or logic.RomKernel

    @property
    def constant(self) -> bool:
        return self.row.layer.constant_weights

    @cached_property
    def group(self) -> str:
        """The row's constants group (`fit_fabric`), worked out once: the cross-validations ask it often."""
        return fit_fabric(self.row.target)


def prepare(rows) -> list[_Prepared]:
    """Kernel descriptions of calibration rows (the slow part of a fit, done once)."""
    return [_Prepared(row, _kernel(row)) for row in rows]


def _kernel(row: CalibrationRow):
    matrix = None if row.kernel is None else row.kernel.reshape(row.layer.n_in, row.layer.n_out)
    if row.layer.constant_weights:
        return constant_kernel(row.layer, matrix, row.target)
    return rom_kernel(row.layer, matrix, row.target)


def fit_constants(
    rows,
    tool: str,
    fabric: str | None = None,
    source: str = "",
    rom_ff_rows: tuple | list = (),
    repositories: dict | None = None,
) -> Constants:
    """Constants of `tool` fitted on `rows` (its constant-weight rows; ROM rows of any tool).

    Args:
        rows: CalibrationRow list (or the output of `prepare`).
        tool: 'vivado' or 'vitis'; when no constant-weight row of this tool is given, the rows of the
            other tool are used (ValueError if there is no constant-weight row at all).
        fabric: '7series' or 'ultrascale': fit on the tool's rows of that fabric when they come from at
            least `MIN_GROUP_DESIGNS` designs (else on all the tool's rows); None: all the tool's rows.
        source: text recorded in Constants.source.
        rom_ff_rows: (ROM kernel, report FF) rows of whole one-layer designs that join the rom_ff fit as one
            design (their weights sum to the mean number of ROM rows per calibration design): set 9's fit
            half, `heldout.read_set9_rom_ff_rows` (fidelity11).
        repositories: {design: public repository} for the inner cross-validation that chooses the LUT/FF
            shrinkage (`choose_shrinkage`); None: each design its own repository.
    """
    prepared = [item if isinstance(item, _Prepared) else _Prepared(item, _kernel(item)) for item in rows]
    constant = [p for p in prepared if p.constant]
    if not constant:
        raise ValueError("no constant-weight calibration row to fit the LUT/FF/timing constants on")
    shared = _SharedFeatures(constant)
    strength = choose_shrinkage(shared, repositories, (tool, fabric) if SHRINKAGE_PER_GROUP else None)
    timing = shared.timing(tool, fabric)
    fitted = {}
    for resource, keys in (("lut", LUT_KEYS), ("ff", FF_KEYS)):
        mine = _group_indices(constant, tool, _resource_group(fabric, resource))
        matrix, reports, offset = _group_matrix(shared, mine, timing, resource)
        prior = _relative_nnls(shared.matrix[resource], shared.reports[resource], shared.offset[resource])
        solution = _relative_nnls(matrix, reports, offset, prior=prior, strength=strength[resource])
        fitted.update(zip(keys, solution))
    constants = replace(timing, **fitted)
    roms = [p for p in prepared if not p.constant]
    return replace(_fit_rom(roms, constants, rom_ff_rows) if roms else constants, source=source)


def fit_fabric(target) -> str:
    """The constants group a calibration row's target belongs to in the fit (`FABRICS`, `SUBGROUPS`)."""
    return target.calibration_group


def _group_indices(constant: list, tool: str, fabric: str | None) -> list[int]:
    """Indices of the constant-weight rows a (tool, fabric) group is fitted on: the tool's rows of the fabric
    (and of its `SUBGROUPS`) when they come from `MIN_GROUP_DESIGNS` designs, else all the tool's rows (all
    rows if it has none)."""
    mine = [i for i, p in enumerate(constant) if p.row.target.hls_tool == tool] or list(range(len(constant)))
    group = [i for i in mine if fabric in _groups_of(constant[i].group)]
    return group if len({constant[i].row.case for i in group}) >= MIN_GROUP_DESIGNS else mine


def _resource_group(group: str | None, resource: str) -> str | None:
    """The group whose rows fit `group`'s constants of `resource` ('lut', 'ff' or 'timing'): a subgroup's
    own for LUT, its fabric's for the others (`SUBGROUPS`)."""
    return group if resource == "lut" else SUBGROUPS.get(group, group)


def _groups_of(group: str) -> tuple[str, ...]:
    """A row's constants group and the fabric group holding it."""
    return (group, SUBGROUPS[group]) if group in SUBGROUPS else (group,)


class _SharedFeatures:
    """Every constant-weight row's LUT/FF feature sums, each computed with its own group's timing constants
    (the shared fit the groups are shrunk toward, and the inner cross-validation, use them)."""

    def __init__(self, constant: list):
        self.rows = constant
        self._timing = {}
        self._errors = {}
        keys = [(p.row.target.hls_tool, p.group) for p in constant]
        matrices = [_feature_rows([p], self.timing(*key)) for p, key in zip(constant, keys)]
        self.matrix = {resource: np.vstack([m[resource] for m in matrices]) for resource in ("lut", "ff")}
        self.reports = {r: np.array([p.row.report[r] for p in constant], dtype=float) for r in ("lut", "ff")}
        self.offset = _offsets(constant, [self.timing(*key) for key in keys])

    def inner_errors(self, resource: str, unit: tuple) -> np.ndarray:
        """`_inner_errors`, computed once per resource and unit."""
        if (resource, unit) not in self._errors:
            self._errors[resource, unit] = _inner_errors(self, resource, unit)
        return self._errors[resource, unit]

    def timing(self, tool: str, fabric: str | None) -> Constants:
        fabric = _resource_group(fabric, "timing")
        if (tool, fabric) not in self._timing:
            group = [self.rows[i] for i in _group_indices(self.rows, tool, fabric)]
            self._timing[tool, fabric] = _fit_timing(group, CONSTANTS[tool])
        return self._timing[tool, fabric]


def _feature_rows(prepared, constants: Constants) -> dict:
    """{"lut": rows x LUT_KEYS, "ff": rows x FF_KEYS} feature sums of constant-weight rows."""
    features = [constant_kernel_features(p.kernel, constants, p.row.target.budget_ns) for p in prepared]
    copies = np.array([_copies(p.row) for p in prepared], dtype=float)[:, None]
    return {
        resource: np.array([[float(np.sum(f[key])) for key in keys] for f in features]) * copies
        for resource, keys in (("lut", LUT_KEYS), ("ff", FF_KEYS))
    }


def _offsets(prepared, timings) -> dict:
    """{"lut": 0, "ff": `_core_offsets` + `_result_register_offsets`} of each constant-weight row with its
    timing constants (`timings`, one per row): the part of the estimate no constant multiplies, which the
    fits take as given."""
    ff = _core_offsets(prepared) + _result_register_offsets(prepared, timings)
    return {"lut": _dsp_product_offsets(prepared), "ff": ff}


def _dsp_product_offsets(prepared) -> np.ndarray:
    """LUT csynth lists beside the DSP products (`logic.dsp_product_offset`) of each constant-weight row,
    times its copies."""
    copies = np.array([_copies(p.row) for p in prepared], dtype=float)
    splits = np.array([float(np.sum(dsp_product_offset(p.kernel))) for p in prepared])
    return splits * copies


def _core_offsets(prepared) -> np.ndarray:
    """FF of the pipelined DSP cores (`logic.dsp_core_ff`) of each constant-weight row, times its copies."""
    copies = np.array([_copies(p.row) for p in prepared], dtype=float)
    cores = np.array([float(np.sum(dsp_core_offset(p.kernel))) for p in prepared])
    return cores * copies


def _result_register_offsets(prepared, timings) -> np.ndarray:
    """FF of the result register each constant-weight row's report instance holds when its kernel takes 0
    cycles with its timing constants (`timings`, one per row): `glue.result_register_ff` of the row's
    `result_register`, which `CalibrationRow.estimate` adds too (branch dfreglayer). No constant multiplies
    it, so the FF fits take it as given, as the DSP cores' FF."""
    registers = np.zeros(len(prepared))
    for i, (item, timing) in enumerate(zip(prepared, timings)):
        if item.row.result_register is not None:
            latency, _ = constant_kernel_timing(item.kernel, timing, item.row.target.budget_ns)
            registers[i] = result_register_ff(item.row.result_register, latency)
    return registers


def _group_matrix(shared: _SharedFeatures, indices: list[int], timing: Constants, resource: str):
    """The group's feature rows and offsets, computed with the group's timing, and their reports."""
    rows = [shared.rows[i] for i in indices]
    offset = _offsets(rows, [timing] * len(rows))[resource]
    return _feature_rows(rows, timing)[resource], shared.reports[resource][indices], offset


def choose_shrinkage(
    shared: "_SharedFeatures", repositories: dict | None = None, group: tuple | None = None
) -> dict:
    """{"lut": strength, "ff": strength} from `SHRINKAGE_GRID`, each minimising the sum of two medians of
    relative error over the constant-weight rows: leaving one repository out and leaving one design out
    (the two ways `bench/cost_model_cv.py` scores the model; an inner cross-validation, on the rows given).
    `group` (tool, fabric or None): the medians over that group's rows only (`SHRINKAGE_PER_GROUP`; all rows
    when the group has none).

    The timing constants stay those fitted on all the rows given (refitting them per inner fold is slow).
    A way with a single unit (the rows of one repository, or of one design) holds nothing out and is not
    scored; with neither left, the strength is 0 (the unshrunk per-group fit).
    """
    cases = [p.row.case for p in shared.rows]
    units = {
        "repository": [(repositories or {}).get(case, case) for case in cases],
        "design": cases,
    }
    scored = [unit for unit in units.values() if len(set(unit)) >= 2]
    mine = np.ones(len(cases), bool)
    if group is not None:
        tool, fabric = group
        mine = np.array([p.row.target.hls_tool == tool and fabric in (None, p.group) for p in shared.rows])
        mine = mine if mine.any() else np.ones(len(cases), bool)
    chosen = {}
    for resource in ("lut", "ff"):
        score = np.zeros(len(SHRINKAGE_GRID))
        for unit in scored:
            score += np.median(shared.inner_errors(resource, tuple(unit))[:, mine], axis=1)
        chosen[resource] = SHRINKAGE_GRID[int(np.argmin(score))]
    return chosen


def _inner_errors(shared: "_SharedFeatures", resource: str, unit: tuple) -> np.ndarray:
    """Relative error of each row (columns) with each `SHRINKAGE_GRID` strength (rows), leaving each unit
    (design or repository) of the rows out in turn."""
    matrix, reports, offset = shared.matrix[resource], shared.reports[resource], shared.offset[resource]
    unit = np.array(unit)
    errors = np.zeros((len(SHRINKAGE_GRID), len(unit)))
    for left_out in sorted(set(unit)):
        training = np.flatnonzero(unit != left_out)
        rows = [shared.rows[i] for i in training]
        prior = _relative_nnls(matrix[training], reports[training], offset[training])
        fits = {}  # (tool, group): the fit at each strength, shared by the left-out rows of that group
        for i in np.flatnonzero(unit == left_out):
            key = (shared.rows[i].row.target.hls_tool, _resource_group(shared.rows[i].group, resource))
            if key not in fits:
                members = training[_group_indices(rows, *key)]
                system = (matrix[members], reports[members], offset[members])
                fits[key] = [_relative_nnls(*system, prior=prior, strength=s) for s in SHRINKAGE_GRID]
            for k, fitted in enumerate(fits[key]):
                errors[k, i] = abs(matrix[i] @ fitted + offset[i] - reports[i]) / max(reports[i], 1.0)
    return errors


def _fit_timing(prepared, start: Constants) -> Constants:
    """Grid search of the timing constants (vectorised over the grid)."""
    grid = [g.ravel() for g in np.meshgrid(*TIMING_GRID.values(), indexing="ij")]
    product_ns, dsp_ns, adder_ns, tail = grid
    errors = np.zeros(product_ns.size)
    for item in prepared:
        kernel, report = item.kernel, item.row.report["latency_cycles"]
        budget = item.row.target.budget_ns
        products = product_ns + dsp_ns * kernel.uses_dsp
        latency = np.maximum(np.ceil(_grid_path_ns(kernel, product_ns, dsp_ns, adder_ns) / budget) - 1, 0)
        if kernel.limit_binds:
            issues = kernel.issues
            last = np.maximum(np.ceil((products + adder_ns) / budget) - 1, 0)
            latency = np.maximum(latency, issues + last + tail)
        errors += np.minimum(np.abs(latency - report) / max(1.0, 0.1 * report), 5.0)
    tied = np.flatnonzero(errors <= errors.min() + TIMING_TIE_BANDS + 1e-9)
    candidates = [_timing_point(start, [g[i] for g in grid]) for i in tied]
    if TIMING_TIE_BREAK == "measured":  # the first tied point whose DSP product is not faster than HLS's
        floor = min(dsp_multiply_floor_ns(p.row.target) for p in prepared)
        return ([c for c in candidates if c.product_ns + c.dsp_ns >= floor] or candidates)[0]
    if TIMING_TIE_BREAK == "first" or len(candidates) == 1:
        return candidates[0]
    if TIMING_TIE_BREAK == "smooth":
        shape = [len(values) for values in TIMING_GRID.values()]
        smoothed = uniform_filter(errors.reshape(shape), size=3, mode="nearest").ravel()
        return candidates[int(np.argmin(smoothed[tied]))]
    scores = [TIE_BREAK_SCORES[TIMING_TIE_BREAK](prepared, candidate) for candidate in candidates]
    return candidates[int(np.argmin(scores))]  # the first of equal scores


def _grid_path_ns(kernel, product_ns, dsp_ns, adder_ns) -> np.ndarray:
    """`logic.tree_path_ns` of one kernel at every grid point (arrays of the grid's constants)."""
    levels = float(tree_levels(kernel.terms).max(initial=0))
    if logic.TREE_TIMING == "levels" or kernel.dsp_terms is None or not kernel.uses_dsp:
        return product_ns + dsp_ns * kernel.uses_dsp + levels * adder_ns
    pairs = np.unique(np.stack([kernel.terms, kernel.dsp_terms], axis=1), axis=0)  # alike outputs time alike
    lags, inverse = np.unique(dsp_ns / adder_ns, return_inverse=True)
    depths = tree_depths(pairs[None, :, 0], pairs[None, :, 1], lags[:, None]).max(axis=1)
    return product_ns + depths[inverse.ravel()] * adder_ns


# The fastest one-cycle multiply HLS schedules in each (tool, fabric group): the smallest median delay, over
# the group's tool versions and families, of the one-cycle `mul` operations with >= 10-bit operands in layer
# functions that use DSPs (branch schedscan's schedules, results/bench/hls_operation_delays_ops.csv; branch
# vivadoff): Vivado HLS UltraScale 1.94 ns (2020.1 virtexuplus; 2019.2 virtexuplus 3.17, zynquplus 2.38),
# 7-series 3.34 (2019.2 virtex7; 2018.3 virtex7 3.72, zynq 5.58-5.59); Vitis HLS UltraScale 1.94 (virtexuplus
# 2022.1-2024.1), 7-series 3.36 (artix7 2024.2's DSP core). A bound for `TIMING_TIE_BREAK` "measured", not a
# fit: the latency reports choose the timing point; among points they cannot tell apart, this rules out a DSP
# product faster than any HLS schedules.
DSP_MULTIPLY_FLOOR_NS = {
    ("vivado", "ultrascale"): 1.94,
    ("vivado", "7series"): 3.34,
    ("vitis", "ultrascale"): 1.94,
    ("vitis", "7series"): 3.36,
}


def dsp_multiply_floor_ns(target) -> float:
    """`DSP_MULTIPLY_FLOOR_NS` of a target's HLS tool and fabric group."""
    return DSP_MULTIPLY_FLOOR_NS[target.hls_tool, _resource_group(fit_fabric(target), "timing")]


def _timing_point(start: Constants, point) -> Constants:
    product_ns, dsp_ns, adder_ns, tail = point
    nanoseconds = {"product_ns": float(product_ns), "dsp_ns": float(dsp_ns), "adder_ns": float(adder_ns)}
    return replace(start, **nanoseconds, shared_tail=int(tail))


def _cut_bits(prepared, timing: Constants) -> float:
    """Accumulator bits held at the rows' pipeline cuts with `timing`, each row relative to its FF report."""
    bits = _feature_rows(prepared, timing)["ff"][:, FF_KEYS.index("ff_register")]
    reports = np.maximum(np.array([p.row.report["ff"] for p in prepared], dtype=float), REPORT_FLOOR)
    return float(np.sum(bits / reports))


def _path_ns(prepared, timing: Constants) -> float:
    """Minus the summed critical path (product, DSP and adder tree) of the rows in clock budgets: lowest for
    the slowest logic."""
    total = 0.0
    for item in prepared:
        total += tree_path_ns(item.kernel, timing) / item.row.target.budget_ns
    return -total


def _ff_residual(prepared, timing: Constants) -> float:
    """Sum of squared relative FF errors of the rows' unshrunk FF fit with features of `timing` (where the
    pipeline cuts fall: what the FF features read of the timing)."""
    matrix = _feature_rows(prepared, timing)["ff"]
    reports = np.maximum(np.array([p.row.report["ff"] for p in prepared], dtype=float), REPORT_FLOOR)
    offset = _offsets(prepared, [timing] * len(prepared))["ff"]
    fitted = np.array(_relative_nnls(matrix, reports, offset))
    return float(np.sum(((matrix @ fitted + offset) / reports - 1.0) ** 2))


TIE_BREAK_SCORES = {"ff": _ff_residual, "fewest_bits": _cut_bits, "slowest": _path_ns}


def refit_rom(rows, constants: Constants, rom_ff_rows=(), rem0_lut=None, rem0_ff=None) -> Constants:
    """`constants` with the ROM constants (rom_lut, rom_ff, rom_tail) refitted on the ROM rows of `rows`
    (CalibrationRow list or `prepare`'s output), with the rem0 terms `rem0_lut`/`rem0_ff` ({tool: constants};
    None: `logic.REM0_LUT`/`REM0_FF`) as the offsets they are in the estimate."""
    prepared = [item if isinstance(item, _Prepared) else _Prepared(item, _kernel(item)) for item in rows]
    roms = [p for p in prepared if not p.constant]
    return _fit_rom(roms, constants, rom_ff_rows, rem0_lut, rem0_ff)


def _fit_rom(prepared, constants: Constants, ff_rows=(), rem0_lut=None, rem0_ff=None) -> Constants:
    rows = [p.row for p in prepared]
    features = [rom_kernel_features(p.kernel) for p in prepared]
    keys_lut, keys_ff = list(features[0][0]), list(features[0][1])
    lut = np.array([[f[0][k] for k in keys_lut] for f in features], dtype=float)
    ff = np.array([[f[1][k] for k in keys_ff] for f in features], dtype=float)
    # fabric multipliers and the rem0 kernel's LUT (fidelity12, fitted on set 9) are not refitted here: the
    # rem0 terms are offsets, given or `logic`'s (`heldout.fit_rom_and_rem0_terms` fits both together)
    tools = [p.row.target.hls_tool for p in prepared]
    lut_terms, ff_terms = rem0_lut or {}, rem0_ff or {}
    fabric = np.array(
        [
            _fabric_luts(p.row) + rem0_kernel_luts(p.kernel, t, lut_terms.get(t))
            for p, t in zip(prepared, tools)
        ]
    )
    # the Vivado HLS input-multiplexer copies, priced by csynth at one figure a design (13-273 LUT), are not
    # the layer's to fit (`heldout.MUX_COPIES_TABLE`, docs/cost-model-record.md 2.17): the LUT fitted is
    # without them
    lut_c = _relative_nnls(
        lut, [row.report["lut"] - row.report.get("lut_mux_copies", 0) for row in rows], fabric
    )
    ff_reports = [row.report["ff"] for row in rows]
    weights = np.ones(len(rows))
    if ff_rows:  # one more design: its rows share the weight of an average calibration design
        extra = np.array([[rom_kernel_features(kernel)[1][k] for k in keys_ff] for kernel, _ in ff_rows])
        ff = np.vstack([ff, extra])
        ff_reports += [report for _, report in ff_rows]
        share = len(rows) / len({row.case for row in rows}) / len(ff_rows)
        weights = np.concatenate([weights, np.full(len(ff_rows), share)])
    # nor the rem0 kernel's FF beyond these features (fidelity15, set 10; none on set 9's Vivado HLS rows)
    ff_offset = [rem0_kernel_ffs(p.kernel, t, ff_terms.get(t)) for p, t in zip(prepared, tools)]
    ff_offset += [0.0] * len(ff_rows)
    ff_c = _relative_nnls(ff, ff_reports, offset=ff_offset, weights=weights)
    # what the reports take beyond the RF cycles and the pipelined cores' extra stages (`rom_kernel_timing`)
    tails = [p.row.report["latency_cycles"] - rom_kernel_timing(p.kernel, 0)[0] for p in prepared]
    return replace(
        constants,
        rom_lut=dict(zip(keys_lut, lut_c)),
        rom_ff=dict(zip(keys_ff, ff_c)),
        rom_tail=round(float(np.median(tails))),
    )


def _fabric_luts(row: CalibrationRow) -> float:
    layer = row.layer
    if rom_dsps_per_product(layer.input_type, layer.weight_type, layer.accum_type, row.target):
        return 0.0
    return layer.block_factor * lut_multiplier_luts(layer.input_type.width, layer.weight_type.width)


def _copies(row: CalibrationRow) -> int:
    layer = row.layer
    return layer.parallelization_factor if layer.kind == "conv2d" and layer.io_type == "io_parallel" else 1


# Relative NNLS with the weight layers' report floor
_relative_nnls = partial(logic.relative_nnls, floor=REPORT_FLOOR)


def fit_stream_wrapper(rows, source: str = "", tool: str | None = None) -> StreamWrapper:
    """The io_stream wrapper's LUT/FF constants: non-negative least squares on the relative error of the
    whole layer (kernel estimated with the fitted kernel constants, plus the wrapper) over `rows`
    (CalibrationRow of io_stream layers, whose report instance is the whole stream function).

    Args:
        tool: 'vivado' or 'vitis': fit each part of `STREAM_PER_TOOL` (LUT per kernel kind, the Dense and
            Conv2D cycle overheads) on that tool's rows of the part when they come from at least
            `MIN_GROUP_DESIGNS` designs, else on all rows of the part; the other parts (FF) and None: all
            rows.
    """
    if not rows:
        raise ValueError("no io_stream layer to fit the stream wrapper's constants on")
    kernels = [estimate_layer(r.layer, r.kernel, r.target, wrapper=NO_STREAM_WRAPPER) for r in rows]
    fitted = {"lut": {}, "ff": {}}
    for resource in ("lut", "ff"):
        own = tool if resource in STREAM_PER_TOOL else None
        for kind in ("constant", "rom"):
            mine = _tool_rows(
                rows, own, lambda row, kind=kind: kernel_kind(row.layer.constant_weights) == kind
            )
            part = _fit_wrapper_part([rows[i] for i in mine], [kernels[i] for i in mine])
            fitted[resource][kind] = part[resource]
    own = tool if "overheads" in STREAM_PER_TOOL else None
    dense = _tool_rows(rows, own, lambda row: row.layer.kind == "dense")
    conv1 = _tool_rows(rows, own, lambda row: row.layer.kind == "conv2d" and row.layer.reuse_factor == 1)
    period_overhead = {}
    for kind in ("constant", "rom"):  # each kernel kind from the tool's own rows of that kind when it can
        conv = _tool_rows(
            rows,
            own,
            lambda row, kind=kind: (
                row.layer.kind == "conv2d"
                and row.layer.reuse_factor > 1
                and pixel_overhead_kind(row.layer.strategy) == kind
            ),
        )
        period_overhead[kind] = _period_overhead([rows[i] for i in conv], [kernels[i] for i in conv])[kind]
    return StreamWrapper(
        lut=fitted["lut"],
        ff=fitted["ff"],
        period_overhead=period_overhead,
        dense_overhead=_dense_overhead([rows[i] for i in dense], [kernels[i] for i in dense]),
        rf1_pixel_overhead=_rf1_pixel_overhead([rows[i] for i in conv1], [kernels[i] for i in conv1]),
        pipeline_depth=_pipeline_depth([rows[i] for i in conv1], [kernels[i] for i in conv1]),
        source=source,
    )


def fit_stream_wrappers(rows, source: str = "") -> dict:
    """{tool: `fit_stream_wrapper(rows, source, tool)`} for both HLS tools."""
    return {tool: fit_stream_wrapper(rows, source, tool) for tool in ("vivado", "vitis")}


def _tool_rows(rows, tool: str | None, keep) -> list[int]:
    """Indices of the rows `keep` takes: `tool`'s own when they come from `MIN_GROUP_DESIGNS` designs, else
    all."""
    taken = [i for i, row in enumerate(rows) if keep(row)]
    own = [i for i in taken if rows[i].target.hls_tool == tool]
    return own if len({rows[i].case for i in own}) >= MIN_GROUP_DESIGNS else taken


def _fit_wrapper_part(rows, kernels) -> dict:
    """{resource: {feature: constant}} of one kernel kind's rows (all zero when there is none)."""
    fitted = {}
    for index, resource in enumerate(("lut", "ff")):
        keys = list(stream_wrapper_features(1, 1, 1, 1)[index])
        if not rows:
            fitted[resource] = dict.fromkeys(keys, 0.0)
            continue
        features = [_wrapper_features(row)[index] for row in rows]
        matrix = np.array([[f[key] for key in keys] for f in features])
        offset = [getattr(kernel, resource) for kernel in kernels]
        fitted[resource] = dict(zip(keys, _relative_nnls(matrix, [r.report[resource] for r in rows], offset)))
    return fitted


def _dense_overhead(rows, kernels) -> int:
    """Median cycles of the io_stream Dense rows beyond their input reads and kernel latency (the estimate
    without a wrapper is exactly those two; 0 where there is no such row)."""
    extra = [
        row.report["latency_cycles"] - estimate.latency_cycles
        for row, estimate in zip(rows, kernels)
        if row.layer.kind == "dense"
    ]
    return round(float(np.median(extra))) if extra else 0


def _period_overhead(rows, kernels) -> dict:
    """Median cycles per input pixel beyond the kernel's latency, of the io_stream Conv2D rows at RF > 1
    (by the kernel function each calls, `logic.pixel_overhead_kind`: at RF > 1 constant-weight and ROM
    kernels apart; 0 where there is no such row)."""
    extra = {"constant": [], "rom": []}
    for row, estimate in zip(rows, kernels):
        layer = row.layer
        if layer.kind == "conv2d" and layer.reuse_factor > 1:
            kernel_latency = estimate.latency_cycles // layer.input_positions  # no overhead: calls x latency
            period = row.report["latency_cycles"] / layer.input_positions
            extra[pixel_overhead_kind(layer.strategy)].append(period - kernel_latency)
    return {kind: round(float(np.median(values))) if values else 0 for kind, values in extra.items()}


def _rf1_pixel_overhead(rows, kernels) -> int | None:
    """io_stream Conv2D at RF 1: None when the rows' median cycles per input pixel round to 1 (the pixel
    loop pipelined at II 1, as hls4ml's pragma asks), else the median cycles per pixel beyond the kernel's
    latency (the estimate without overhead is pixels - 1 + kernel latency)."""
    if not rows:
        return None
    periods = [row.report["latency_cycles"] / row.layer.input_positions for row in rows]
    if round(float(np.median(periods))) <= 1:
        return None
    extra = [
        period - pixel_kernel_cycles(estimate.latency_cycles - row.layer.input_positions + 1, row.target)
        for row, estimate, period in zip(rows, kernels, periods)
    ]
    return round(float(np.median(extra)))


def _pipeline_depth(rows, kernels) -> int:
    """io_stream Conv2D at RF 1 whose pixel loop is pipelined at II 1 (`_rf1_pixel_overhead` None): the
    median cycles of the reports beyond pixels - 1 + kernel latency (the loop's read, shift and write
    stages); 0 when the loop is not pipelined or there is no row."""
    if not rows or _rf1_pixel_overhead(rows, kernels) is not None:
        return 0
    extra = [row.report["latency_cycles"] - estimate.latency_cycles for row, estimate in zip(rows, kernels)]
    return round(float(np.median(extra)))


def _wrapper_features(row: CalibrationRow) -> tuple[dict, dict]:
    layer = row.layer
    widths = (layer.input_type.width, layer.accum_type.width)
    return stream_wrapper_features(
        layer.n_in, layer.n_out, *widths, layer.has_line_buffer, layer.kernel_function_inputs
    )


def leave_one_design_out_stream(rows, group_of=None) -> list["HeldOut"]:
    """For each design (or each group of `group_of`, as in `leave_one_design_out`): refit the stream wrappers'
    constants (per tool) without it and estimate its io_stream layers."""
    group = (lambda case: case) if group_of is None else group_of.__getitem__
    results = []
    for left_out in sorted({group(row.case) for row in rows}):
        wrappers = fit_stream_wrappers([row for row in rows if group(row.case) != left_out])
        for row in (row for row in rows if group(row.case) == left_out):
            wrapper = wrappers[row.target.hls_tool]
            estimate = estimate_layer(row.layer, row.kernel, row.target, wrapper=wrapper)
            results += [_held_out(row, metric, getattr(estimate, metric)) for metric in METRICS]
    return results


@dataclass(frozen=True)
class HeldOut:
    """One design left out: its layer, metric, estimate with constants fitted without it, and report."""

    case: str
    layer: str
    strategy: str
    tool: str
    metric: str
    estimate: int
    report: int

    @property
    def error(self) -> float:
        """Relative error; for latency, the error in units of the band max(1 cycle, 10 %)."""
        if self.metric == "latency_cycles":
            return latency_band_error(self.estimate, self.report)
        return relative_error(self.estimate, self.report)


def leave_one_design_out(rows, group_of=None, rom_ff_rows=(), repositories=None) -> list[HeldOut]:
    """For each design: refit every constant on the other designs, then estimate that design's layers.

    Args:
        rows: CalibrationRow list.
        group_of: {design: group} to leave whole groups out instead (e.g. every design of one repository,
            `heldout.design_repositories`); None: one design at a time.
        rom_ff_rows: passed to `fit_constants` (set 9's fit half; never left out: not a calibration design).
        repositories: passed to `fit_constants` (its inner cross-validation, on the training designs only).

    Returns:
        One HeldOut per (layer, metric) for metrics lut, ff, latency_cycles and ii.
    """
    prepared = prepare(rows)
    group = (lambda case: case) if group_of is None else group_of.__getitem__
    results = []
    for left_out in sorted({group(row.case) for row in rows}):
        training = [p for p in prepared if group(p.row.case) != left_out]
        tested = [p.row for p in prepared if group(p.row.case) == left_out]
        groups = {(row.target.hls_tool, fit_fabric(row.target)) for row in tested}
        fitted = {
            group: fit_constants(training, *group, rom_ff_rows=rom_ff_rows, repositories=repositories)
            for group in groups
        }
        for row in tested:
            estimate = row.estimate(constants=fitted[row.target.hls_tool, fit_fabric(row.target)])
            results += [_held_out(row, metric, getattr(estimate, metric)) for metric in METRICS]
    return results


def _held_out(row: CalibrationRow, metric: str, estimate: int) -> HeldOut:
    name = row.layer.name.split("/", 1)[-1]
    strategy = row.layer.strategy
    return HeldOut(row.case, name, strategy, row.target.hls_tool, metric, int(estimate), row.report[metric])


@dataclass(frozen=True)
class Rem0Row:
    """One design for a rem0 term (`logic.REM0_LUT` or `REM0_FF` of one tool): its counts of the term's
    features, what its report leaves for the term (the report minus the design estimate without the term),
    the report, and the group a cross-validation leaves out together."""

    features: dict
    left: float
    report: float
    group: str


def fit_rem0_term(rows) -> dict:
    """A rem0 term's constants by least squares of the features on what the reports leave for it
    (`heldout.read_set9_rem0_lut_rows`, `heldout.read_set10_rem0_rows`)."""
    keys = list(rows[0].features)
    matrix = np.array([[row.features[key] for key in keys] for row in rows], dtype=float)
    coefficients, *_ = np.linalg.lstsq(matrix, np.array([row.left for row in rows], dtype=float), rcond=None)
    return dict(zip(keys, (float(c) for c in coefficients)))


def leave_one_group_out_rem0(rows) -> dict:
    """For each group of the rows: `fit_rem0_term` on the others, then the relative error of each of its
    designs, |estimate - report| / report (the estimate is the report minus what is left, plus the term)."""
    held_out = {}
    for group in sorted({row.group for row in rows}):
        constants = fit_rem0_term([row for row in rows if row.group != group])
        mine = [row for row in rows if row.group == group]
        held_out[group] = [abs(weighted_sum(constants, r.features) - r.left) / max(r.report, 1) for r in mine]
    return held_out
