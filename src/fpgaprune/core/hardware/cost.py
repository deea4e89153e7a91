"""Estimated FPGA resources and timing of hls4ml layers and models, and what each weight group costs.

Every number here is an estimate (source "estimate"), never a synthesis result. The rules and their
measured errors are in docs/cost-model.md (their evidence in docs/cost-model-record.md). In short:

* DSP. Constant weights (Latency; Resource at RF 1): one multiplier per distinct non-trivial product
  (see `multipliers`), and at RF > 1 at most hls4ml's `multiplier_limit` =
  ceil(n/RF) - floor(zeros/RF). Resource: block_factor multipliers, whatever the weights.
  Resource_Unrolled: one multiplier per pattern that is not all zero.
* BRAM_18K. Resource strategies at RF > 1 only: the weight ROM's columns (`structures.bram_geometry`);
  Resource_Unrolled never reads the lanes of all-zero patterns, so columns holding only such lanes
  are removed by Vivado's post-synthesis sweep (hls4ml's vivado_synth.tcl). C synthesis reports
  still count them.
* LUT, FF, latency, II: the structure of hls4ml's kernels with a few constants per HLS tool fitted on
  public reports (`logic`).

Each weight's share of a resource is stored per weight, so the layer total is the sum of the shares
plus a fixed part, and the cost of any group of weights is the sum of its members' shares. A unit
shared by several groups (one multiplier used by two neurons, a BRAM column spanning two slices) is
split over its non-zero weights: exact for groups that are unions of whole units, a linear
relaxation otherwise.
"""

from dataclasses import dataclass, replace

import numpy as np

from fpgaprune.core.hardware.layer import SELECT_PRODUCTS, LayerHardware
from fpgaprune.core.hardware.logic import (
    DSP_PRODUCT_LUT,
    DSP_SPLIT_LUT,
    STREAM_WRAPPERS,
    ConstantKernel,
    Constants,
    RomKernel,
    StreamWrapper,
    constant_kernel_logic,
    constants_for,
    dsp_core_ff,
    dsp_core_ns,
    kernel_kind,
    pixel_overhead_kind,
    rem0_kernel_ffs,
    rem0_kernel_luts,
    result_register_ff,
    rom_core_stages,
    rom_kernel_logic,
    select_chain_luts,
    stream_wrapper_cost,
)
from fpgaprune.core.hardware.multipliers import (
    Target,
    constant_dsps_per_product,
    constant_product_luts,
    constant_width,
    csd_digits,
    demanded_data_bits,
    dsps_per_product,
    lut_multiplier_luts,
    rom_dsp_multipliers,
    rom_dsps_per_product,
    version_number,
)
from fpgaprune.core.hardware.precision import quantize
from fpgaprune.core.hardware.structures import (
    as_matrix,
    bram_geometry,
    group_ids,
    normalise_structure,
    pattern_ids,
    weight_rom_bram,
    zero_patterns,
)

RESOURCES = ("dsp", "bram_18k", "lut", "ff")
DEFAULT_TARGET = Target()


@dataclass(frozen=True)
class LayerEstimate:
    """Estimated resources and timing of one layer (clock cycles)."""

    name: str
    dsp: int
    bram_18k: int
    lut: int
    ff: int
    latency_cycles: int
    ii: int
    source: str = "estimate"

    def as_dict(self) -> dict:
        return {
            key: getattr(self, key)
            for key in ("dsp", "bram_18k", "lut", "ff", "latency_cycles", "ii", "source")
        }


def latency_rule(io_type: str) -> str:
    """How the weight layers' latencies make the design's: io_parallel layers run one after another ("sum"),
    io_stream layers at the same time in one DATAFLOW region ("max", the slowest; the project's latency,
    `glue.design_latency` "stream", adds a cycle per process and any slower process without weights)."""
    return "max" if io_type == "io_stream" else "sum"


def combined_latency(latencies, io_type: str) -> float:
    """The weight layers' latency (cycles) by `latency_rule`; 0 without layers."""
    latencies = [float(latency) for latency in latencies]
    if not latencies:
        return 0.0
    return max(latencies) if latency_rule(io_type) == "max" else sum(latencies)


@dataclass(frozen=True)
class ModelEstimate:
    """Per-layer estimates and model totals: resources summed, the latency combined as the layers run
    (`combined_latency`: their sum under io_parallel, the slowest's under io_stream, whose layers run at the
    same time; until 2026-12-06 summed under io_stream too), the II the slowest layer's."""

    layers: tuple[LayerEstimate, ...]
    io_type: str = "io_parallel"

    @property
    def totals(self) -> dict:
        total = {key: sum(getattr(layer, key) for layer in self.layers) for key in RESOURCES}
        latencies = [layer.latency_cycles for layer in self.layers]  # `combined_latency`, in their type
        total["latency_cycles"] = (
            max(latencies, default=0) if latency_rule(self.io_type) == "max" else sum(latencies)
        )
        total["ii"] = max((layer.ii for layer in self.layers), default=0)
        total["source"] = "estimate"
        return total

    def as_dict(self) -> dict:
        return {"layers": {layer.name: layer.as_dict() for layer in self.layers}, "totals": self.totals}


@dataclass(frozen=True)
class StructureCosts:
    """What each group of one structure type costs while kept (= what pruning it saves).

    Attributes:
        structure: the structure type.
        group_ids: group of every weight, Keras kernel shape.
        cost: resource -> float array (n_groups,): the group's share of that resource.
        fixed: resource -> amount no pruning can remove (accumulators, plain Resource's ROM...).
    """

    structure: str
    group_ids: np.ndarray
    cost: dict
    fixed: dict

    @property
    def n_groups(self) -> int:
        return int(self.group_ids.max()) + 1


@dataclass(frozen=True)
class _Shares:
    per_weight: dict  # resource -> (n_in, n_out) float array
    fixed: dict  # resource -> float
    latency_cycles: int
    ii: int


def estimate_layer(
    layer: LayerHardware,
    weights: np.ndarray | None = None,
    target: Target = DEFAULT_TARGET,
    constants: Constants | None = None,
    wrapper: StreamWrapper | None = None,
) -> LayerEstimate:
    """Estimate one layer.

    Args:
        layer: hardware configuration.
        weights: the kernel (Keras layout, or flat as hls4ml writes it for its strategy, see
            `fpgaprune.core.hardware.project.kernel_from_hls_order`); None assumes no zero and every
            product a full multiplier (an upper bound for constant weights).
        target: FPGA part and HLS tool settings.
        constants: LUT/FF/timing constants; None takes the fitted ones of target.hls_tool and target.fabric.
        wrapper: constants of hls4ml's io_stream layer function; None: those of the target's tool
            (`logic.STREAM_WRAPPERS`).

    Returns:
        LayerEstimate with source "estimate".
    """
    shares = _shares(layer, weights, target, constants, wrapper)
    totals = {key: shares.fixed[key] + float(shares.per_weight[key].sum()) for key in RESOURCES}
    counts = {key: round(value) for key, value in totals.items()}
    # a 0-cycle Dense's result register in a DATAFLOW top, added after rounding as `glue.with_result_register`
    counts["ff"] += result_register_ff(layer.result_register, shares.latency_cycles)
    return LayerEstimate(layer.name, **counts, latency_cycles=shares.latency_cycles, ii=shares.ii)


def estimate_model(
    layers,
    weights=None,
    target: Target = DEFAULT_TARGET,
    constants: Constants | None = None,
    wrapper: StreamWrapper | None = None,
) -> ModelEstimate:
    """Estimate every layer of a model.

    Args:
        layers: LayerHardware sequence, in model order.
        weights: sequence of kernels (same order) or None.
        target: FPGA part and HLS tool settings.
        constants, wrapper: passed to `estimate_layer` (None: the fitted ones of the target).
    """
    weights = [None] * len(layers) if weights is None else list(weights)
    if len(weights) != len(layers):
        raise ValueError(f"got {len(weights)} weight arrays for {len(layers)} layers")
    return ModelEstimate(
        tuple(
            estimate_layer(layer, w, target, constants=constants, wrapper=wrapper)
            for layer, w in zip(layers, weights)
        ),
        layers[0].io_type if layers else "io_parallel",
    )


def structure_costs(
    layer: LayerHardware, weights: np.ndarray | None, structure: str, target: Target = DEFAULT_TARGET
) -> StructureCosts:
    """Group ids of one structure type and each group's cost vector {dsp, bram_18k, lut, ff}.

    The sum over groups plus `fixed` equals estimate_layer's numbers (before rounding).
    """
    structure = normalise_structure(structure)
    ids = group_ids(layer, structure)
    shares = _shares(layer, weights, target)
    flat_ids = ids.reshape(layer.n_in, layer.n_out).ravel()
    n_groups = int(flat_ids.max()) + 1
    cost = {
        key: np.bincount(flat_ids, weights=shares.per_weight[key].ravel(), minlength=n_groups)
        for key in RESOURCES
    }
    fixed = dict(shares.fixed)
    fixed["ff"] += result_register_ff(layer.result_register, shares.latency_cycles)  # no pruning removes it
    return StructureCosts(structure, ids, cost, fixed)


def _shares(
    layer: LayerHardware,
    weights,
    target: Target,
    constants: Constants | None = None,
    wrapper: StreamWrapper | None = None,
) -> _Shares:
    matrix = None if weights is None else as_matrix(layer, weights).astype(np.float64)
    wrapper = wrapper or STREAM_WRAPPERS[target.hls_tool]
    constants = constants or constants_for(target.hls_tool, target.calibration_group)
    if layer.constant_weights:
        shares = _constant_weight_shares(layer, matrix, target, constants)
    else:
        shares = _rom_weight_shares(layer, matrix, target, constants)
    if _stream_wrapper(layer, target):  # the wrapper's arrays and counters: fixed, whatever is pruned
        widths = (layer.input_type.width, layer.accum_type.width)
        kind = kernel_kind(layer.constant_weights)
        buffer = layer.has_line_buffer  # Conv1D and 1xK Conv2D (`compute_output_buffer_1d`) have none
        for key, amount in stream_wrapper_cost(
            layer.n_in, layer.n_out, *widths, wrapper, kind, buffer, layer.kernel_function_inputs
        ).items():
            shares.fixed[key] += amount
    timing = _layer_timing(layer, shares.latency_cycles, shares.ii, target, wrapper)
    return replace(shares, latency_cycles=timing[0], ii=timing[1])


# --- constant weights: Latency strategy, Resource at RF 1 -------------------------------------


@dataclass(frozen=True)
class _Products:
    nonzero: np.ndarray  # bool (n_in, n_out)
    real: np.ndarray  # bool: needs a multiplier (more CSD digits than a shift-add)
    dsp_each: np.ndarray  # DSPs of that product if implemented on its own
    lut_each: np.ndarray  # LUTs of the product itself (shift-adds, fabric multipliers)
    share: np.ndarray  # 1 / number of identical products (same input, same constant)
    operand_bits: np.ndarray  # the wider of the product's two operands (data, constant)
    accumulated_bits: np.ndarray | None = None  # bits of each product once cast to accum_t (None: unknown)


def _constant_products(layer: LayerHardware, matrix, target: Target) -> _Products:
    if matrix is None:
        return _unknown_products(layer, target)
    mantissa = quantize(matrix, layer.weight_type)
    digits = csd_digits(mantissa)
    widths = constant_width(mantissa, layer.weight_type.signed)
    real = digits > target.shift_add_max_digits
    data_bits = layer.row_data_operand_bits  # an int, or an (n_in, 1) width per row (HGQ)
    # the DSP count reads the operand HLS multiplies (capped by the accumulator's demanded bits); the LUT
    # costs below keep the declared data width (branch dspnarrow changed the DSP rule only)
    multiplied = demanded_data_bits(data_bits, layer.input_type, layer.weight_type, layer.accum_type)
    dsp_each = np.where(
        real, constant_dsps_per_product(multiplied, mantissa, layer.weight_type.signed, target), 0
    )
    lut_each = np.where(dsp_each > 0, 0, constant_product_luts(data_bits, digits, widths))
    nonzero = mantissa != 0
    operand_bits = np.maximum(data_bits, widths)
    accumulated = accumulated_bits(layer, mantissa, widths)
    share = _duplicate_share(mantissa, nonzero)
    return _Products(nonzero, real, dsp_each, lut_each, share, operand_bits, accumulated)


def accumulated_bits(layer: LayerHardware, mantissa: np.ndarray, widths: np.ndarray) -> np.ndarray:
    """Bits of each product x * c once cast to accum_t: the product's bit span (data bits + the constant's
    significant bits, at the constant's lowest set bit) clipped to the accumulator's span."""
    data, weight, accum = layer.input_type, layer.weight_type, layer.accum_type
    magnitude = np.abs(mantissa.astype(np.int64))
    trailing = np.frexp((magnitude & -magnitude).astype(np.float64))[1] - 1  # trailing zero bits of m
    low = -data.fractional - weight.fractional + trailing
    high = low + layer.row_data_operand_bits + widths
    clipped = np.minimum(high, accum.integer) - np.maximum(low, -accum.fractional)
    return np.where(magnitude > 0, np.clip(clipped, 1, accum.width), 0).astype(np.float64)


def value_held_weights(
    layer: LayerHardware, weights: np.ndarray, target: Target = DEFAULT_TARGET
) -> np.ndarray:
    """The weights whose value holds their DSP cost down, in the kernel's shape: in a constant-weight layer,
    those whose product needs no DSP (zero, or a shift-add constant) or is shared with an identical one.
    Training them can only raise the layer's DSPs; training the others cannot (each already has its own).
    All False in a ROM layer, whose DSPs count live patterns whatever the values."""
    weights = np.asarray(weights)
    if not layer.constant_weights:
        return np.zeros(weights.shape, bool)
    products = _constant_products(layer, as_matrix(layer, weights).astype(np.float64), target)
    return ((products.dsp_each == 0) | (products.share < 1)).reshape(weights.shape)


def _unknown_products(layer: LayerHardware, target: Target) -> _Products:
    shape = (layer.n_in, layer.n_out)
    dsp = dsps_per_product(layer.data_operand_bits, layer.weight_type.width, target)
    lut = 0 if dsp else lut_multiplier_luts(layer.data_operand_bits, layer.weight_type.width)
    ones = np.ones(shape)
    operand_bits = ones * max(layer.data_operand_bits, layer.weight_type.width)
    return _Products(ones > 0, ones > 0, ones * dsp, ones * lut, ones, operand_bits)


def _duplicate_share(mantissa: np.ndarray, nonzero: np.ndarray) -> np.ndarray:
    """1/k for each of k identical products x_i * c. Neither tool merges c with -c: Vivado HLS's per-function
    reports list one multiplication per (input, signed constant) (B1's fc1: 476 = 468 DSP + 8 LUT, the
    model's count with c and -c apart, 467 merged), and set 9's 88 Latency/RF-1 layers are exact only so
    (branch lutproducts; before it the model merged them for Vivado HLS)."""
    span = int(np.abs(mantissa).max(initial=0)) * 2 + 1
    inputs = np.broadcast_to(np.arange(mantissa.shape[0], dtype=np.int64)[:, None], mantissa.shape)
    keys = inputs[nonzero] * span + mantissa[nonzero]
    _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
    share = np.zeros(mantissa.shape)
    share[nonzero] = 1.0 / counts[inverse]
    return share


def constant_kernel(layer: LayerHardware, matrix, target: Target, products=None) -> ConstantKernel:
    """The constant-weight kernel of one layer instance as `logic` sees it (matrix None: every weight)."""
    products = _constant_products(layer, matrix, target) if products is None else products
    on_fabric = products.dsp_each == 0
    product_bits = products.lut_each * products.share * on_fabric
    kernel = ConstantKernel(
        nonzero=products.nonzero,
        shift_add_bits=np.where(products.real, 0.0, product_bits),
        multiplier_bits=np.where(products.real, product_bits, 0.0),
        shared=products.real * products.share,
        uses_dsp=bool(products.dsp_each.any()),
        fabric_share=float((products.real & on_fabric).sum() / max(int(products.real.sum()), 1)),
        data_bits=layer.input_type.width,
        weight_bits=layer.weight_type.width,
        accum_bits=layer.accum_type.width,
        reuse_factor=layer.reuse_factor,
        multiplier_limit=_kernel_multiplier_limit(layer, matrix),
        saturating=layer.accum_type.overflow != "WRAP",
        limit_copies=_limit_copies(layer, products) if _shares_one_limit(layer) else 1,
        product_bits=products.accumulated_bits,
        dsp_terms=((products.dsp_each > 0) & products.nonzero).sum(axis=0) if arrival_tree(target) else None,
    )
    return replace(
        kernel,
        dsp_core_ff=_dsp_core_ff(kernel, products, target),
        dsp_product_lut=_dsp_product_lut(kernel, products, target),
    )


# The HLS versions that build a kernel's adder tree around its operands' arrival on UltraScale parts
# (`logic.TREE_TIMING`): Vivado HLS 2020.1 and every Vitis HLS in HLS's own schedules (branch schedscan;
# Vivado HLS 2018.3 and 2019.2 do not). On 7-series parts the one-cycle multiplies are pipelined cores and
# the DSP path is not shorter (branch tiecost, docs/cost-model-record.md 2.4).
ARRIVAL_TREE_VERSION = (2020, 1)


def arrival_tree(target: Target) -> bool:
    """Whether the target's HLS tool times the adder tree by its operands' arrival (`logic.TREE_TIMING`)."""
    return target.fabric == "ultrascale" and version_number(target.version) >= ARRIVAL_TREE_VERSION


def _dsp_core_ff(kernel: ConstantKernel, products: _Products, target: Target) -> np.ndarray:
    """Per weight: FF of the pipelined DSP core of its product (`logic.dsp_core_ff`), split over identical
    products; when the ALLOCATION limit binds, only `multiplier_limit` cores serve all the products."""
    core_ns = dsp_core_ns(target.fabric, target.speed_grade)
    per_core = dsp_core_ff(products.operand_bits, core_ns, target.budget_ns)
    ff = np.where(products.dsp_each > 0, per_core * products.share, 0.0)
    if kernel.limit_binds:
        ff = ff * (kernel.multiplier_limit / max(kernel.issued_products, 1e-12))
    return ff


def _dsp_product_lut(kernel: ConstantKernel, products: _Products, target: Target) -> np.ndarray:
    """Per weight: csynth's LUT beside a product on DSPs (`logic.DSP_PRODUCT_LUT` on one tile,
    `logic.DSP_SPLIT_LUT` split over more), split over identical products; when the ALLOCATION limit binds,
    only `multiplier_limit` multipliers exist."""
    one_tile = DSP_PRODUCT_LUT.get((target.hls_tool, target.calibration_group), 0.0)
    lut = np.where(products.dsp_each > 1, DSP_SPLIT_LUT, np.where(products.dsp_each == 1, one_tile, 0.0))
    lut = lut * products.share
    if kernel.limit_binds:
        lut = lut * (kernel.multiplier_limit / max(kernel.issued_products, 1e-12))
    return lut


def _limit_copies(layer: LayerHardware, products: _Products) -> float:
    """The copies of one pixel's real products that share the convolution's limit: PF, less the pixel slots
    whose window tap is padding in every partition (`LayerHardware.window_live`)."""
    shared = products.real * products.share
    total = float(shared.sum())
    if total == 0:
        return float(_copies(layer))
    return float((shared * _row_copies(layer)).sum()) / total


def _row_copies(layer: LayerHardware):
    """Copies of each kernel row's products: `LayerHardware.row_copies` ((n_in, 1)) for an io_parallel
    convolution whose padding removes some, else the layer's kernel instances (a scalar)."""
    if _copies(layer) > 1 and layer.window_live:
        return np.array(layer.row_copies, dtype=np.float64)[:, None]
    return _copies(layer)


def _constant_weight_shares(layer: LayerHardware, matrix, target: Target, constants: Constants) -> _Shares:
    products = _constant_products(layer, matrix, target)
    copies, rows = _copies(layer), _row_copies(layer)
    dsp = products.dsp_each * products.share * rows
    cap = _layer_multiplier_cap(layer, matrix, products)
    if dsp.sum() > cap:  # hls4ml's ALLOCATION limit binds: spread the allowed DSPs over the non-zero weights
        dsp = products.nonzero * (cap / max(int(products.nonzero.sum()), 1))
    kernel = constant_kernel(layer, matrix, target, products)
    logic = constant_kernel_logic(kernel, constants, target.budget_ns)
    per_weight = {
        "dsp": dsp,
        "bram_18k": np.zeros_like(dsp),
        "lut": logic.lut * rows,
        "ff": logic.ff * rows,
    }
    fixed = {"dsp": 0.0, "bram_18k": 0.0, "lut": logic.lut_fixed * copies, "ff": logic.ff_fixed * copies}
    fixed["ff"] += partition_result_bits(layer, target.hls_tool) + partition_input_bits(layer)
    fixed["lut"] += constants.lut_mux * partition_window_mux_bits(layer)
    fixed["lut"] += partition_input_mux_luts(layer, target.hls_tool)
    return _Shares(per_weight, fixed, logic.latency, logic.ii)


def _partitioned(layer: LayerHardware) -> bool:
    """An io_parallel Latency convolution whose `PartitionLoop` runs more than one iteration (PF < pixels)."""
    return _shares_one_limit(layer) and layer.parallelization_factor < layer.output_positions


def _partition_loop(layer: LayerHardware) -> bool:
    """An io_parallel convolution whose kernel runs a `PartitionLoop` of more than one iteration: the Latency
    one (`_partitioned`) or the Resource one (`conv_*d_resource_cl`, hls4ml 0.7-1.3, at any RF; also for
    Resource_Unrolled): both call the generated `fill_buffer` each iteration and write that partition's
    results through `*(res++)`. Unlike the Latency loop, the Resource one is not pipelined (set 27's H11,
    H48: II = partitions, no held input). A struct without n_partitions (hls4ml 0.2-0.6, whose Resource
    kernel is a `ColLoop` of `dense_resource` calls) is read the same way, unchecked by any report."""
    resource = layer.strategy in ("resource", "resource_unrolled") and layer.io_type == "io_parallel"
    looped = resource and layer.is_conv and layer.parallelization_factor < layer.output_positions
    return _partitioned(layer) or looped


def partition_window_mux_bits(layer: LayerHardware) -> int:
    """Input bits of the multiplexers that load an io_parallel convolution's window each `PartitionLoop`
    iteration (`_partition_loop`): hls4ml's generated `fill_buffer` assigns every `data_buf` value (PF pixels
    x n_in) from a different input in each of the n_partitions branches, so each value is an
    n_partitions-to-1 multiplexer of data bits (P8's `fill_buffer`: 31,977 LUT for 9 values x 676 partitions
    x 6 bits; N6's `data_buf` multiplexers: 83-101 inputs x 12 bits each). Costed with `Constants.lut_mux`,
    the LUTs per multiplexer input bit fitted on the shared-multiplier operand multiplexers."""
    if not _partition_loop(layer):
        return 0
    partitions = layer.output_positions // layer.parallelization_factor
    return partitions * sum(layer.row_copies) * layer.input_type.width


# Copies of a partitioned convolution's results the tool holds until the call returns: Vivado HLS keeps each
# result twice (`res_*` and `ap_return_*_preg`: held-out K6's report, both its convolutions, 72 x 24 bits
# each; set 27's H11, whose design FF 52,870 is 2 x 25,088 result bits + 2,694), Vitis HLS once (P8's 1,352
# `res_*_out` registers; set 27's H48, 33,150 FF = 25,088 + 8,062)
PARTITION_RESULT_COPIES = {"vivado": 2, "vitis": 1}


def partition_result_bits(layer: LayerHardware, hls_tool: str) -> int:
    """Registers holding an io_parallel convolution's results while its `PartitionLoop` runs
    (`_partition_loop`): with more than one partition, each iteration writes its PF pixels' n_filt results
    (`*(res++) = ...`), so every result is a register until the call returns, in `PARTITION_RESULT_COPIES`
    copies (P8's report: 1,352 `res_*_out` registers of 6 bits, the accumulator width). Counted at the
    accumulator's width (the result type is not read)."""
    if not _partition_loop(layer):
        return 0
    return PARTITION_RESULT_COPIES[hls_tool] * layer.output_positions * layer.n_out * layer.accum_type.width


def partition_input_bits(layer: LayerHardware) -> int:
    """Registers holding an io_parallel Latency convolution's input over its `PartitionLoop` at RF 1: each
    input value is read at the call and used in a later iteration, so the loop (`PIPELINE II=1 rewind`)
    keeps all of them (the reports' `*_phi_reg` / `*_rewind_reg`: N6 1,200 bits = 100 inputs x 12, N7 twice
    that at its achieved II 2, K6 72 inputs at 24 bits, M1 336 x 16 (320 read) and 512 x 9). P8, at RF 128,
    reads its input in the iteration and keeps none. Counted at the input type's width, every input."""
    if not _partitioned(layer) or layer.reuse_factor != 1:
        return 0
    return layer.input_positions * layer.kernel_shape[-2] * layer.input_type.width


# LUTs the csynth report gives the multiplexers of one held input register (`cost.partition_input_bits`),
# whatever its width: Vitis HLS two 3-input multiplexers at 14 LUT (the phi and its register's; M1 336 and
# 512 values, N6 and N7 one 1,200-bit word), Vivado HLS one at 15 (K6's 72 values)
HELD_INPUT_MUX_LUTS = {"vitis": 28, "vivado": 15}


def partition_input_mux_luts(layer: LayerHardware, hls_tool: str) -> int:
    """The multiplexers of the input registers `partition_input_bits` counts: one set per held register, i.e.
    per input value, or one for the whole input when it arrives as one packed word (`input_packed`)."""
    if not partition_input_bits(layer):
        return 0
    registers = 1 if layer.input_packed else layer.input_positions * layer.kernel_shape[-2]
    return HELD_INPUT_MUX_LUTS[hls_tool] * registers


# Vivado HLS's result multiplexers of a partitioned io_parallel convolution (Latency; the Resource kernel
# writes its results the same way) (results/bench/partition_mux.md, docs/cost-model-record.md 2.10). hls4ml
# 0.7-1.3's Vivado backend writes the
# results as `*(res++) = ...` inside the `PartitionLoop` (`nnet_conv1d_latency.h`, `nnet_conv2d_latency.h`,
# `nnet_sepconv2d_latency.h`, `nnet_conv*d_resource.h`), the pointer a loop-carried offset of the completely
# partitioned result array (the Vitis backend's Latency kernels, 0.8-1.3, index them by i_part).
# Vivado HLS 2020.1 (held-out K6, both of its convolutions) builds, for every result register, a write flag
# and a data multiplexer selected by that offset: 2 x results multiplexers of 2^ceil(log2(results)) inputs
# (K6: 144 `mux_1287` for 72 results, 360 `mux_2568` for 180), and csynth prices every multiplexer instance
# of a design at one design-wide figure (`logic.INPUT_MUX_PRICE_MAX_LUT`: 13-273 LUT in the reports of branch
# resmux; 1,362 in K6, for 1- to 34-bit and 128- to 256-input ones alike). It also holds the results twice
# (`res_*` and the `ap_return_*_preg` copy, K6 72 x 24 bits each; costed since set 27's H11 showed it too:
# `PARTITION_RESULT_COPIES`). No other stored Vivado HLS report has such
# multiplexers (H11's report has totals only), and Vitis HLS builds none of this, from the pointer either
# (2023.1 N6/N7: 2- to 6-input result multiplexers of 9-31 LUT; 2024.1 P8, and 2023.2 E1 and M1 with the
# index: registers only), so no multiplexer term is costed on one design; the layers are named by
# `partition_result_mux_warning`.
PARTITION_RESULT_MUX_PRICE_MAX_LUT = 1362


def partition_result_mux_warning(
    layer: LayerHardware, hls_tool: str, has_partitions: bool = True
) -> str | None:
    """A warning for a Vivado HLS io_parallel convolution whose `PartitionLoop` runs more than once
    (`_partition_loop`; hls4ml 0.7-1.3: `has_partitions`, the config struct's `n_partitions`): the result
    multiplexers that the model does not count, with the most they may add."""
    if hls_tool != "vivado" or not has_partitions or not _partition_loop(layer):
        return None
    results = layer.output_positions * layer.n_out
    inputs = 1 << max(results - 1, 1).bit_length()
    price = PARTITION_RESULT_MUX_PRICE_MAX_LUT
    most = 2 * results * price
    partitions = layer.output_positions // layer.parallelization_factor
    return (
        f"Vivado HLS builds its `*(res++)` result writes over the {partitions} PartitionLoop iterations as "
        f"{2 * results} {inputs}-input multiplexers (a write flag and a value for each of its {results} "
        "results), which the model does not count: its LUT may be up to "
        f"{most:,} higher (csynth prices each multiplexer at 13-{price:,} LUT in public reports, "
        f"{price:,} in K6; docs/cost-model-record.md 2.10)"
    )


def _multiplier_limit(layer: LayerHardware, matrix) -> int:
    """hls4ml's multiplier_limit: ceil(n/RF) - floor(exact zeros/RF). A depthwise layer's mult config has
    n_in = kernel_size x C and n_out = C (`convolution_templates.py`, hls4ml 1.0-1.3; 0.7-1.0's io_stream
    `depthwise_product` reads the conv config's kernel_size x n_chan x n_filt, the same number) and n_zeros
    counts the zeros of its kernel_size x C weights, not the block-diagonal kernel's off-diagonal zeros.
    (hls4ml 0.6's `depthwise_product` asked ceil(kernel_size x C / RF) - zeros / RF; not used here.)"""
    exact_zeros = 0 if matrix is None else int((_stored_weights(layer, matrix) == 0).sum())
    return -(-layer.n_weights // layer.reuse_factor) - exact_zeros // layer.reuse_factor


def _stored_weights(layer: LayerHardware, matrix: np.ndarray) -> np.ndarray:
    """The weights hls4ml stores for the layer: the (n_in, n_out) matrix, or a depthwise layer's diagonal
    (`layer.depthwise_kernel`: row tap x C + c, column c)."""
    if not layer.depthwise:
        return matrix
    channels = layer.n_out
    rows = np.arange(layer.n_in)
    return np.asarray(matrix)[rows, rows % channels]


def _batched_multiplier_limit(layer: LayerHardware, matrix) -> int:
    """hls4ml 1.2-1.3's `BatchedDenseForConv1D` (`LayerHardware.batched_pointwise`): its mult config has
    n_in = in_width*n_chan and n_out = in_width*n_filt (`convolution_templates.py`), so its one ALLOCATION
    limit, over every pixel's products, is ceil(in_width**2 * n_chan * n_filt / RF) - n_zeros / RF."""
    if layer.split_pointwise:
        return _split_pointwise_limit(layer)
    exact_zeros = 0 if matrix is None else int((matrix == 0).sum())
    width = layer.input_positions
    return -(-width * width * layer.n_weights // layer.reuse_factor) - exact_zeros // layer.reuse_factor


def _split_pointwise_limit(layer: LayerHardware) -> int:
    """hls4ml 1.0-1.1's code-generated pointwise Conv1D (`LayerHardware.split_pointwise`): RF calls of
    `pointwise_conv_1d_latency_cl`, each over out_width/RF positions with its own limit
    DIV_ROUNDUP(out_width*n_filt*n_chan/RF, RF) (zeros not subtracted); the layer's limit is RF of them."""
    rf = layer.reuse_factor
    return rf * -(-(layer.output_positions * layer.n_weights // rf) // rf)


def _whole_call_limit(layer: LayerHardware, matrix) -> int:
    """hls4ml 0.2-0.6's io_parallel Latency convolution (`LayerHardware.whole_call_conv`): its one ALLOCATION
    limit is `compute_multiplier_limit` (`nnet_conv1d_latency.h`; `compute_multiplier_limit_conv2d`):
    ceil(the non-zero weights' products over every output position, padded taps skipped, / RF)."""
    nonzero = np.ones((layer.n_in, layer.n_out)) if matrix is None else (np.asarray(matrix) != 0)
    products = int((nonzero * _row_copies(layer)).sum())
    return -(-products // layer.reuse_factor)


def _kernel_multiplier_limit(layer: LayerHardware, matrix) -> int:
    """The ALLOCATION limit one kernel copy sees (the batched pointwise kernel's split over its copies); the
    limit its copies share for an io_parallel Latency convolution (`_shares_one_limit`)."""
    if layer.batched_pointwise:
        return -(-_batched_multiplier_limit(layer, matrix) // _copies(layer))
    if layer.whole_call_conv:
        return _whole_call_limit(layer, matrix)
    return _multiplier_limit(layer, matrix)


def _shares_one_limit(layer: LayerHardware) -> bool:
    """An io_parallel Latency Conv1D/Conv2D (hls4ml 0.7-1.3, `conv_*d_latency_cl`): its ParallelizationFactor
    pixels are unrolled inside one `PartitionLoop` iteration, and the function's one `#pragma HLS ALLOCATION
    operation instances=mul limit=mult_config::multiplier_limit` (one pixel's ceil(n/RF) - zeros/RF) bounds
    the multipliers of all of them together. A pointwise Conv1D too (hls4ml 0.7-0.8 and 1.2-1.3 at PF <
    out_width call this kernel; held-out M1), except the all-position ones (`batched_pointwise`): hls4ml
    1.0-1.1's code-generated kernel (and the development version of H10, J1-J3), 1.2-1.3's batched one at
    PF = out_width and M2's edited library, each with its own limit and no PartitionLoop (2.8, 2.12, 2.13).
    hls4ml 0.2-0.6's kernel (`whole_call_conv`) shares one limit over every position too
    (`_whole_call_limit`)."""
    return (
        layer.is_conv
        and layer.io_type == "io_parallel"
        and layer.strategy == "latency"
        and not layer.batched_pointwise
    )


def _layer_multiplier_cap(layer: LayerHardware, matrix, products: _Products) -> float:
    """DSPs the ALLOCATION limits allow over all kernel copies of the layer."""
    if _shares_one_limit(layer) and layer.parallelization_factor > 1:  # one limit for all the PF pixels
        return float(_kernel_multiplier_limit(layer, matrix) * int(products.dsp_each.max(initial=0)))
    if not layer.batched_pointwise:
        return _multiplier_cap(layer, matrix, products) * _copies(layer)
    if layer.reuse_factor == 1:
        return float("inf")
    return float(_batched_multiplier_limit(layer, matrix) * int(products.dsp_each.max(initial=0)))


def _multiplier_cap(layer: LayerHardware, matrix, products: _Products) -> float:
    """hls4ml's multiplier_limit (at RF 1 it removes nothing) times the DSPs per multiplier."""
    if layer.reuse_factor == 1:
        return float("inf")
    dsp_per_multiplier = int(products.dsp_each.max(initial=0))
    return float(_multiplier_limit(layer, matrix) * dsp_per_multiplier)


# --- weights in a ROM: Resource and Resource_Unrolled at RF > 1 -------------------------------


def rom_kernel(layer: LayerHardware, matrix, target: Target | None = None) -> RomKernel:
    """The Resource kernel of one layer instance as `logic` sees it (matrix None: no all-zero pattern;
    target None: the multiplier's core taken to fit the clock, which only the latency reads)."""
    live = layer.block_factor
    if layer.strategy == "resource_unrolled" and matrix is not None:
        live -= int(zero_patterns(layer, matrix).sum())
    packed = packed_word_read(layer)
    return RomKernel(
        layer.n_in,
        layer.n_out,
        layer.reuse_factor,
        live,
        layer.input_type.width,
        layer.weight_type.width,
        layer.accum_type.width,
        input_registers=not (packed and layer.reuse_factor > layer.n_in),
        rem0_kernel=layer.runs_rem0_kernel,
        core_stages=1 if target is None else _rom_core_stages(layer, target),
        pipelined_core=target is not None and _multiplier_core_stages(layer, target) > 1,
        input_packed=packed,
    )


def packed_word_read(layer: LayerHardware) -> bool:
    """Whether the Resource kernel indexes the top's packed input word (`LayerHardware.input_packed`) with a
    variable, the rolled kernel's `data[in_index]`, which HLS builds as shifters of the word
    (`logic.rom_input_shifters`). hls4ml's Resource_Unrolled kernel (`unrolled_codegen.py`, the generated
    `dense_resource_unrolled_*` of `nnet_code_gen.h`) reads every input at a constant index
    (`product(data[4], weights[4])`): a fixed slice of the word, no shifter, so its input is costed as the
    unpacked one (its selection `input_mux`; no stored report has an unrolled kernel,
    docs/cost-model-record.md 3)."""
    return layer.input_packed and layer.io_type == "io_parallel" and layer.strategy != "resource_unrolled"


def _rom_core_stages(layer: LayerHardware, target: Target) -> int:
    """The multiplier core's stages (`logic.rom_core_stages`) of a Dense kernel (io_parallel or io_stream).
    A convolution's io_stream pixel period keeps its fitted overhead instead: there the reports' cycles beyond
    RF do not follow the cores (K7, K8 with 3-stage cores: 5-6 a pixel; H8, H9 with 1-stage ones: 7-37;
    docs/cost-model-record.md 2.3). io_parallel Resource convolutions get 1 too: no stored report has one."""
    return _multiplier_core_stages(layer, target) if layer.kind == "dense" else 1


def _multiplier_core_stages(layer: LayerHardware, target: Target) -> int:
    """The stages of the Resource kernel's multiplier core (`logic.rom_core_stages`), any layer kind: its
    registers follow the core (`RomKernel.pipelined_core`) even where its latency keeps 1 stage."""
    tiles = _rom_dsps(layer, target)
    return rom_core_stages(tiles, dsp_core_ns(target.fabric, target.speed_grade), target.budget_ns)


def _rom_weight_shares(layer: LayerHardware, matrix, target: Target, constants: Constants) -> _Shares:
    matrix = _stored_zeros(layer, matrix)
    copies = _copies(layer)
    kernel = rom_kernel(layer, matrix, target)
    per_logic, logic = rom_kernel_logic(kernel, constants)
    per_multiplier = _multiplier_costs(layer, target, per_logic)
    lut_fixed = logic.lut_fixed + rem0_kernel_luts(kernel, target.hls_tool)
    if target.hls_tool == "vivado" and layer.io_type == "io_stream":
        lut_fixed += select_chain_luts(layer.n_in, layer.reuse_factor, layer.input_type.width)
    ff_fixed = logic.ff_fixed + rem0_kernel_ffs(kernel, target.hls_tool)
    fixed = {"dsp": 0.0, "bram_18k": 0.0, "lut": lut_fixed * copies, "ff": ff_fixed * copies}
    if layer.strategy == "resource":  # every multiplier and ROM column stays, whatever the weights
        per_weight = {key: np.zeros((layer.n_in, layer.n_out)) for key in RESOURCES}
        on_dsps = _rom_dsp_multipliers(layer, target)
        for key, amount in per_multiplier.items():
            fixed[key] += (on_dsps if key == "dsp" else layer.block_factor) * amount * copies
        fixed["bram_18k"] += weight_rom_bram(layer, target.hls_tool, matrix)
    else:
        matrix = np.ones((layer.n_in, layer.n_out)) if matrix is None else matrix
        per_weight = _unrolled_shares(layer, matrix, per_multiplier, copies)
    fixed["ff"] += partition_result_bits(layer, target.hls_tool)  # a Resource convolution's PartitionLoop
    fixed["lut"] += constants.lut_mux * partition_window_mux_bits(layer)
    return _Shares(per_weight, fixed, logic.latency, logic.ii)


def _stored_zeros(layer: LayerHardware, matrix):
    """`matrix` with the weights its type stores as 0 set to 0: their patterns and BRAM columns are free, as
    in the project hls4ml writes (a float MobileNet at fixed<16,6>: its pointwise convolutions' weight ROMs
    114-456 BRAM_18K estimated from the trained kernels, 29-83 from the project; the constant-weight kernel
    reads the stored values already). Binary and ternary selects keep their stored codes."""
    if matrix is None or layer.product in SELECT_PRODUCTS:
        return matrix
    return np.where(quantize(matrix, layer.weight_type) == 0, 0.0, matrix)


def _rom_dsp_multipliers(layer: LayerHardware, target: Target) -> int:
    """The Resource kernel's multipliers that take DSPs (`rom_dsp_multipliers`: paired narrow products put
    one of two in LUTs). The LUT of those fabric products is not added: priced and refitted, it moved the
    one-design-out LUT median from 0.077 to 0.081 (docs/cost-model-record.md 2.1 "Paired narrow products")."""
    types = (layer.input_type, layer.weight_type, layer.accum_type)
    return rom_dsp_multipliers(layer.block_factor, layer.n_out, *types, target)


def _multiplier_costs(layer: LayerHardware, target: Target, logic: dict) -> dict:
    """One Resource-kernel multiplier: DSPs or a fabric multiplier, plus its adder and registers."""
    dsp = _rom_dsps(layer, target)
    fabric = 0 if dsp else lut_multiplier_luts(layer.input_type.width, layer.weight_type.width)
    return {"dsp": dsp, "lut": logic["lut"] + fabric, "ff": logic["ff"]}


def _rom_dsps(layer: LayerHardware, target: Target) -> int:
    """DSPs of one Resource-kernel product: none for hls4ml's select products of binary and ternary weights
    (`nnet_mult.h` `weight_binary`, `weight_ternary`: x, -x or 0, no `*`; `LayerHardware.product`), which are
    priced as a fabric product of the weight's 2 bits (`lut_multiplier_luts`); else `rom_dsps_per_product`."""
    if layer.product in SELECT_PRODUCTS:
        return 0
    return rom_dsps_per_product(layer.input_type, layer.weight_type, layer.accum_type, target)


def _unrolled_shares(layer: LayerHardware, matrix: np.ndarray, per_multiplier: dict, copies: int) -> dict:
    patterns = pattern_ids(layer)
    nonzero = matrix != 0
    live = ~zero_patterns(layer, matrix)
    shares = {
        key: _spread(patterns, live * float(amount * copies), nonzero)
        for key, amount in per_multiplier.items()
    }
    shares["bram_18k"] = _spread(patterns, _lane_bram(bram_geometry(layer), live), nonzero)
    return shares


def _lane_bram(geometry, live: np.ndarray) -> np.ndarray:
    """Each live lane's share of the BRAM columns it overlaps (columns with no live lane are freed)."""
    lanes, columns, bits = geometry.lane_column_overlaps()
    live_bits = bits * live[lanes]
    column_live_bits = np.bincount(columns, weights=live_bits, minlength=geometry.n_columns)
    fraction = live_bits / np.maximum(column_live_bits[columns], 1)
    return np.bincount(lanes, weights=fraction, minlength=geometry.lanes) * geometry.blocks_per_column


def _spread(unit_of_weight: np.ndarray, unit_cost: np.ndarray, nonzero: np.ndarray) -> np.ndarray:
    """Split each unit's cost evenly over its non-zero weights."""
    members = np.bincount(unit_of_weight[nonzero], minlength=unit_cost.size)
    per_member = np.divide(unit_cost, members, out=np.zeros(unit_cost.size), where=members > 0)
    return np.where(nonzero, per_member[unit_of_weight], 0.0)


# --- timing ------------------------------------------------------------------------------------


def _copies(layer: LayerHardware) -> int:
    """Kernel instances: io_parallel Conv1D/Conv2D computes parallelization_factor pixels at once."""
    return layer.parallelization_factor if layer.is_conv and layer.io_type == "io_parallel" else 1


def _stream_wrapper(layer: LayerHardware, target: Target) -> bool:
    """Whether the layer's report instance is hls4ml's io_stream wrapper (read, kernel, write) or the kernel.

    In io_stream each layer's stream function (`nnet::dense`, `nnet::conv_2d_cl` over hls::stream) is a
    process of the top function's DATAFLOW region, so the report names it, kernel and wrapper together, in
    both backends: Vivado HLS (sets 1, 3, 4, 5) and Vitis HLS (`dense_array_*`, `conv_2d_cl_array_*`: sets 3
    and 4's K2, P4). Until fidelity8 the Vitis instance was taken to be the kernel, after calibration design
    F1, whose report turned out to come from an io_parallel build (`calibration.REPORTED_IO_TYPE`).
    """
    return layer.io_type == "io_stream"


def stream_read_cycles(layer: LayerHardware) -> int:
    """Cycles of an io_stream Dense layer's DataPrepare loop: one a word, plus one to drain the pipelined
    loop hls4ml writes when there is more than one word (a single word is one read, no loop)."""
    reads = layer.stream_reads
    return reads + 1 if reads > 1 else reads


def _layer_timing(
    layer: LayerHardware, kernel_latency: int, kernel_ii: int, target: Target, wrapper: StreamWrapper
) -> tuple[int, int]:
    """Whole-layer latency and II from one kernel call (Conv1D/Conv2D repeat it over their pixels).

    io_stream Dense (`nnet_dense_stream.h`): the DataPrepare loop reads the input words one a cycle (a
    pipelined loop when there is more than one word, which takes one more cycle to drain), the kernel runs
    into the registered `res[]`, the ResWrite loop writes the (one) output word: reads + kernel latency +
    `wrapper.dense_overhead` (the result register and the write, fitted); the function is not pipelined, so
    the next call starts when it has finished (II = latency).
    io_stream Conv1D/Conv2D (`nnet_conv_stream.h`; Conv1D: `nnet_conv1d_stream.h`, the same loop over in_width
    with a window shift instead of a line buffer; pointwise: `nnet_sepconv1d_stream.h`, one read per pixel,
    the kernel on every stride-th): one iteration per input pixel (read, shift the line buffer and
    window, the kernel when a window is complete, write). hls4ml pipelines the loop under the Latency
    strategy only (`LayerHardware.pipelined_pixel_loop`): at RF 1 Vivado HLS runs it at II 1, plus the loop's
    own stages once (`wrapper.pipeline_depth`); at RF > 1, and for a Resource kernel at RF 1, an iteration's
    schedule holds the whole kernel call, so pixels follow each other every kernel latency plus the steps
    around the kernel function it calls (`wrapper.period_overhead[pixel_overhead_kind]`, cycles). Vitis HLS
    does that at RF 1 too, either strategy (`wrapper.rf1_pixel_overhead`: P4, S5, S6 take 2-6 cycles a
    pixel). The stream function is a DATAFLOW process, not pipelined: II = latency in the reports (135 of
    136 io_stream convolutions of sets 1-17, docs/cost-model-record.md 2.11).
    """
    if layer.kind == "dense" and _stream_wrapper(layer, target):
        latency = stream_read_cycles(layer) + kernel_latency + wrapper.dense_overhead
        return latency, max(latency, kernel_ii)
    if layer.kind == "dense":
        return kernel_latency, kernel_ii
    if _shares_one_limit(layer):
        return _partition_loop_timing(layer, kernel_latency, kernel_ii)
    if layer.io_type == "io_parallel":
        calls = layer.output_positions // layer.parallelization_factor
        return (calls - 1) * kernel_ii + kernel_latency, calls * kernel_ii
    calls = layer.input_positions
    if layer.reuse_factor == 1 and (layer.pipelined_pixel_loop or wrapper.rf1_pixel_overhead is not None):
        overhead = wrapper.rf1_pixel_overhead  # None: the pixel loop pipelined at II 1
    else:  # RF > 1, or a Resource kernel's unpipelined loop where the tool pipelines Latency's at RF 1
        overhead = wrapper.period_overhead[pixel_overhead_kind(layer.strategy)]
    if overhead is None:
        latency = (calls - 1) * kernel_ii + kernel_latency + wrapper.pipeline_depth
    else:
        latency = calls * max(kernel_ii, pixel_kernel_cycles(kernel_latency, target) + overhead)
    return latency, latency  # a DATAFLOW process, not pipelined: the next call waits for this one


# From this Vitis HLS version on, an io_stream convolution's unpipelined pixel loop gives a kernel of 0 cycles
# a cycle of its own: set 21's E2 (Vitis HLS 2023.2, 9 products of 8 bits, 0 cycles in the model) reports 3
# cycles a pixel in both its convolutions (5,295 for 1,764 pixels; 435 for 144), where S5's and S6's conv1
# (2023.1, 9 products of 16 bits, 0 cycles) report 2 (303 for 150); kernels of 1 cycle take 3 in either
# version (V3, P4: 2023.2; S5, S6 conv2: 2023.1; Y2: 2022.2; L1: 2024.2). Set 29's O1 (2023.2, scored before
# this rule) reports 3 too. No later version has a 0-cycle row; they are taken to behave as 2023.2. The rows
# confound the version with the products (S5/S6's on DSPs, E2's and O1's in LUTs, whose delay the model
# omits): docs/cost-model-record.md 2.5 "A 0-cycle kernel's pixel loop".
VITIS_PIXEL_KERNEL_CYCLE_VERSION = (2023, 2)


def pixel_kernel_cycles(kernel_latency: int, target: Target) -> int:
    """The cycles an io_stream convolution's unpipelined pixel loop spends in its kernel call: its latency,
    at least one from Vitis HLS `VITIS_PIXEL_KERNEL_CYCLE_VERSION` on."""
    newer = version_number(target.version) >= VITIS_PIXEL_KERNEL_CYCLE_VERSION
    return max(kernel_latency, 1) if target.hls_tool == "vitis" and newer else kernel_latency


def _partition_loop_timing(layer: LayerHardware, kernel_latency: int, kernel_ii: int) -> tuple[int, int]:
    """io_parallel Latency Conv1D/Conv2D (`conv_*d_latency_cl`): n_partitions = pixels / PF iterations of the
    `PartitionLoop` (`PIPELINE II=RF`), each `fill_buffer` (the PF windows read into `data_buf`: one
    register stage, P8's report: iteration latency 2 with a 0-cycle kernel; K6's 9 cycles for 9
    partitions) then the kernel on the PF pixels. The II is the kernel's issue cycles when the shared
    ALLOCATION limit binds (`logic.ConstantKernel.issues`), else 1 at RF 1, else min(RF, iteration + 1) as
    for the Dense kernel (P8: target 128, achieved 2). hls4ml 0.2-0.6's kernel (`whole_call_conv`) has no
    PartitionLoop and no `fill_buffer`: one pipelined call of the kernel's latency."""
    iteration = kernel_latency + (0 if layer.whole_call_conv else 1)
    ii = kernel_ii if layer.reuse_factor == 1 else max(kernel_ii, min(layer.reuse_factor, iteration + 1))
    calls = layer.output_positions // layer.parallelization_factor
    return (calls - 1) * ii + iteration, calls * ii
