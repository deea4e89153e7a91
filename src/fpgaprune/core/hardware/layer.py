"""One weight layer as hls4ml implements it: shape, strategy, reuse factor, types and I/O.

hls4ml multiplies an n_in x n_out matrix (Conv2D: n_in = kh*kw*channels, Conv1D: n_in = kw*channels;
n_out = filters). Every
invalid setting is refused with the nearest valid values, where hls4ml would silently change it:
Resource needs a reuse factor that divides n_in*n_out and divides, or is a multiple of, n_in;
Resource_Unrolled additionally needs RF > 1 and RF < n_in*n_out, and for Conv1D/Conv2D io_stream (hls4ml
falls back to plain Resource otherwise); Latency accepts any RF >= 1.

Conv1D runs the same kernels as a Conv2D of filter height 1 (hls4ml 1.3's `nnet_conv1d_latency.h` /
`nnet_conv1d_resource.h` are `nnet_conv2d_*.h` without the height loops; io_stream Conv2D with filt_height 1
calls the same `compute_output_buffer_1d` as Conv1D), so a "conv1d" layer goes through the Conv2D path with
two differences: no line buffer in io_stream, and hls4ml's batched pointwise kernel (`batched_pointwise`).
"""

from dataclasses import dataclass, replace
from math import prod

import numpy as np

from fpgaprune.core.hardware.precision import (
    AUTO_RULE_SOURCE,
    FixedType,
    inferred_accum_type,
    is_auto,
    parse_precision,
)
from fpgaprune.core.hardware.reuse import check_reuse_factor, valid_reuse_factors

STRATEGIES = ("latency", "resource", "resource_unrolled")
IO_TYPES = ("io_parallel", "io_stream")
KINDS = ("dense", "conv2d", "conv1d")
_KERNEL_LAYOUT = {
    "dense": "(n_in, n_out)",
    "conv2d": "(kh, kw, channels, filters)",
    "conv1d": "(kw, channels, filters)",
}
_DEFAULT_TYPE = FixedType(16, 6)  # hls4ml's default precision
_STRATEGY_SPELLINGS = {"resourceunrolled": "resource_unrolled", "resource_unrolled": "resource_unrolled"}


# hls4ml's products fpgaprune costs (`LayerHardware.product`); SELECT_PRODUCTS build no multiplier
SELECT_PRODUCTS = ("weight_binary", "weight_ternary")
PRODUCTS = ("mult", *SELECT_PRODUCTS)


@dataclass(frozen=True)
class ConvWindow:
    """A convolution's geometry as hls4ml's conv config structs name it (a Conv1D's height fields are 1): its
    input and output sizes, filter, stride, dilation and the zero padding before its first row and column
    (io_parallel convolutions pad inside the kernel)."""

    in_height: int
    in_width: int
    out_height: int
    out_width: int
    filt_height: int = 1
    filt_width: int = 1
    stride_height: int = 1
    stride_width: int = 1
    dilation_height: int = 1
    dilation_width: int = 1
    pad_top: int = 0
    pad_left: int = 0


def live_window_taps(window: ConvWindow, partitions: int) -> tuple[int, ...]:
    """For each window tap of an io_parallel convolution split into `partitions`, the pixel slots of a
    `PartitionLoop` iteration that read an input value (not padding) in at least one partition; () when
    none is padding everywhere (`LayerHardware.window_live`).

    hls4ml 0.7-1.3's `generate_conv*d_line_buffer_fn` splits the im2col matrix (output pixels row-major) into
    n_partitions consecutive groups (`np.split`): slot i of partition p is pixel p * PF + i, and a padding
    entry is written as the constant 0, whose products HLS removes. hls4ml 0.2-0.6's all-position Latency
    kernel (`partitions` 1) sets a padded tap's product to 0 too (`mult[index_mult] = 0`)."""
    w = window
    pixels = np.arange(w.out_height * w.out_width).reshape(int(partitions), -1)  # [partition, slot]
    rows = pixels // w.out_width * w.stride_height - w.pad_top
    cols = pixels % w.out_width * w.stride_width - w.pad_left
    live = [
        int(
            (
                _within(rows + ky * w.dilation_height, w.in_height)
                & _within(cols + kx * w.dilation_width, w.in_width)
            )
            .any(axis=0)
            .sum()
        )
        for ky in range(w.filt_height)
        for kx in range(w.filt_width)
    ]
    return tuple(live) if min(live) < pixels.shape[1] else ()


def _within(index: np.ndarray, size: int) -> np.ndarray:
    return (index >= 0) & (index < size)


@dataclass(frozen=True)
class LayerHardware:
    """Hardware configuration of one Dense, Conv2D or Conv1D layer.

    Attributes:
        name: layer name.
        kind: 'dense', 'conv2d' or 'conv1d'.
        kernel_shape: Keras kernel layout, (n_in, n_out), (kh, kw, channels, filters) or (kw, channels,
            filters).
        reuse_factor: hls4ml ReuseFactor.
        strategy: 'latency', 'resource' or 'resource_unrolled' (any capitalisation).
        io_type: 'io_parallel' or 'io_stream'.
        weight_type, input_type, accum_type: fixed-point types (strings are parsed).
        output_positions: Conv2D output pixels (out_h * out_w), Conv1D out_width; 1 for Dense.
        input_positions: Conv2D input pixels (in_h * in_w), Conv1D in_width (after padding); 1 for Dense.
        parallelization_factor: io_parallel Conv1D/Conv2D pixels computed at once.
        window_live: io_parallel Conv1D/Conv2D: for each window tap (filt_height*filt_width, hls4ml's
            order), how many of the PF pixel slots of a `PartitionLoop` iteration read an input value in at
            least one partition (hls4ml's generated `fill_buffer` writes a constant 0 for padding, so a slot
            that is padding in every partition has no products on that tap); () = all PF.
        stream_input_pack: io_stream Dense: input values per stream word (the `nnet::array` size of the
            input stream; hls4ml's DataPrepare loop reads n_in / pack words); 0 = the whole input.
        split_pointwise: io_parallel Latency pointwise Conv1D built by hls4ml 1.0-1.1's code-generated
            kernel (or the development version before it): RF slices of out_width/RF positions, each its
            own `pointwise_conv_1d_latency_cl` call and ALLOCATION limit (`cost._batched_multiplier_limit`);
            read with parallelization_factor = output_positions.
        operand_bits: the width of the data operand HLS multiplies when the input's producer writes fewer
            bits than `input_type` has (`operands.value_type`: a `linear` cast or an average pooling);
            0 = `input_type.width`. Only the products' DSP-or-LUT choice and LUT cost read it.
        row_operand_bits: Dense: the data operand's width for each kernel row (input), when the input's
            producer casts each element to its own type (HGQ's per-element quantizers in
            `nnet_code_gen.h`, `project.quantizer_outputs`; 0 for an element set to the constant 0); () =
            `data_operand_bits` for every row. Like `operand_bits`, only the constant-weight products (their
            DSP-or-LUT choice, LUT cost, accumulated width and DSP core) read it.
        input_packed: io_parallel: the layer's input is one packed word (hls4ml's `ARRAY_RESHAPE` of the top
            function's input port), not one register per value (a partitioned layer output). Only the rolled
            Resource kernel indexes it with a variable, built as shifters; Resource_Unrolled reads constant
            slices and is costed as unpacked (`cost.packed_word_read`).
        weights_unreshaped: Resource strategy: the project's `dense_resource` reads the weight array without
            hls4ml's `ARRAY_RESHAPE` (the Vitis backend's copy of hls4ml 0.7.0-0.8.1), so Vitis HLS builds one
            ROM of every weight with a read port per multiplier (`structures.weight_rom_bram`).
        weights_storage_free: Resource strategy: the project's `dense_resource` leaves the weight ROM's
            storage to HLS (hls4ml up to 0.8.1; 1.x binds it with `#pragma HLS RESOURCE variable=weights
            core=ROM_nP_BRAM` at RF > 1), so Vivado HLS keeps a small ROM in registers
            (`structures.weight_rom_bram`).
        depthwise: a depthwise convolution (hls4ml's `depthwise_conv_2d_cl` / `depthwise_conv_1d_cl`, depth
            multiplier 1): kernel_shape is (kh, kw, C, C) / (kw, C, C) and the kernel is block-diagonal, each
            output channel reading only its own input channel's kernel_size taps (`depthwise_kernel`):
            hls4ml's per-channel product laid over the Conv2D kernel's rows (tap-major, channel-minor). Its
            weights file holds the kernel_size x C diagonal only. Only the constant-weight kernels are
            described (Latency, or Resource at RF 1); the multiplier limit subtracts the zeros of the
            diagonal only (`cost._multiplier_limit`).
        whole_call_conv: io_parallel Latency Conv1D/Conv2D built by hls4ml 0.2-0.6's `conv_*d_latency_cl` /
            `pointwise_conv_1d_cl` (its config struct has no `n_partitions`): every output position's products
            unrolled under one function-scope `#pragma HLS PIPELINE` (no `PartitionLoop`, no `fill_buffer`),
            with one `ALLOCATION mul limit` of ceil(non-zero products of every non-padded position / RF)
            (`compute_multiplier_limit`; `cost._whole_call_limit`); read with parallelization_factor =
            output_positions.
        fused_batchnorm: the BatchNormalization hls4ml fuses into the layer (`FuseBatchNormalization`), whose
            scale multiplies each output's weights in the kernel hls4ml builds (`models.build.built_kernel`
            costs that kernel); "" for none. The cost model itself does not read it.
        product: hls4ml's product of a weight and a data value (`FPGABackend.product_type`, the config
            struct's `using product = nnet::product::...`): "mult" (a multiplication), "weight_ternary"
            (int<2> weights: QKeras ternary, stochastic_ternary, quantized_bits(2,2)) or "weight_binary"
            (QKeras binary and stochastic_binary weights, stored as one xnor bit and costed as int<2> values
            of +-1), both a select of x, -x (or 0) with no multiplier: a Resource kernel's products take no
            DSP (`cost._rom_dsps`). Constant (Latency) weights of +-1 and 0 are costed as any constant
            product.
        result_register: (values, bits) of the result array a call of this layer holds in a register of its
            own report instance when it takes 0 cycles (`logic.result_register_ff`, which the estimate adds to
            the layer's FF at 0 cycles): set by the prune side's design for a Dense of an io_parallel DATAFLOW
            top (`core.design.with_result_registers`); None: no such register (a PIPELINE or io_stream top, a
            convolution, or a layer read from a project, whose register `glue.carry_result_registers` adds).
    """

    name: str
    kind: str
    kernel_shape: tuple[int, ...]
    reuse_factor: int = 1
    strategy: str = "latency"
    io_type: str = "io_parallel"
    weight_type: FixedType | str = _DEFAULT_TYPE
    input_type: FixedType | str = _DEFAULT_TYPE
    accum_type: FixedType | str = _DEFAULT_TYPE
    output_positions: int = 1
    input_positions: int = 1
    parallelization_factor: int = 1
    stream_input_pack: int = 0
    window_live: tuple[int, ...] = ()
    split_pointwise: bool = False
    operand_bits: int = 0
    row_operand_bits: tuple[int, ...] = ()
    input_packed: bool = False
    weights_unreshaped: bool = False
    weights_storage_free: bool = False
    depthwise: bool = False
    whole_call_conv: bool = False
    fused_batchnorm: str = ""
    product: str = "mult"
    result_register: tuple[int, int] | None = None

    def __post_init__(self):
        for field in ("weight_type", "input_type", "accum_type"):
            value = getattr(self, field)
            if not isinstance(value, FixedType):
                object.__setattr__(self, field, parse_precision(value))
        object.__setattr__(self, "kernel_shape", tuple(int(s) for s in self.kernel_shape))
        object.__setattr__(self, "window_live", tuple(int(s) for s in self.window_live))
        object.__setattr__(self, "row_operand_bits", tuple(int(s) for s in self.row_operand_bits))
        object.__setattr__(self, "strategy", _normalise_strategy(self.strategy, self.name))
        if self.result_register is not None:
            object.__setattr__(self, "result_register", tuple(int(n) for n in self.result_register))
        self._check_shape()
        self._check_rows()
        self._check_io()
        self._check_reuse_factor()
        self._check_parallelization()
        self._check_depthwise()
        if self.product not in PRODUCTS:
            raise ValueError(
                f"layer {self.name}: product {self.product!r} is not one fpgaprune costs; known: "
                f"{', '.join(PRODUCTS)}"
            )

    @property
    def stored_weight_bits(self) -> int:
        """Bits a weight takes in a Resource kernel's ROM: hls4ml stores a binary weight as one xnor bit
        (`XnorPrecisionType`, ap_uint<1>: 0 for -1), costed as the +-1 it stands for (`product`); every
        other weight in its type's width."""
        return 1 if self.product == "weight_binary" else self.weight_type.width

    @property
    def data_operand_bits(self) -> int:
        """The data operand's width in the products (`operand_bits`, else the input type's width)."""
        widest = max(self.row_operand_bits, default=0)  # the widest row, when rows have their own widths
        return widest or self.operand_bits or self.input_type.width

    @property
    def row_data_operand_bits(self):
        """The data operand's width per kernel row, as an (n_in, 1) array to broadcast over the kernel
        matrix (`row_operand_bits`); the int `data_operand_bits` when every row has the same."""
        if not self.row_operand_bits:
            return self.data_operand_bits
        return np.array(self.row_operand_bits, dtype=np.int64)[:, None]

    @property
    def n_in(self) -> int:
        return prod(self.kernel_shape[:-1])

    @property
    def n_out(self) -> int:
        return self.kernel_shape[-1]

    @property
    def stream_reads(self) -> int:
        """io_stream Dense: stream words its DataPrepare loop reads per call (1 when the pack is unknown)."""
        pack = self.stream_input_pack or self.n_in
        return max(1, self.n_in // pack)

    @property
    def is_conv(self) -> bool:
        return self.kind != "dense"

    @property
    def pointwise(self) -> bool:
        """A Conv1D of filter width 1: hls4ml 1.3 calls `pointwise_conv_1d_cl` (`OptimizePointwiseConv`)."""
        return self.kind == "conv1d" and self.kernel_shape[0] == 1 and not self.depthwise

    @property
    def has_line_buffer(self) -> bool:
        """io_stream Conv2D with filt_height > 1 (`compute_output_buffer_2d`'s line buffer); a 1xK Conv2D
        calls `compute_output_buffer_1d`, as Conv1D does, and keeps none (`nnet_conv2d_stream.h`, hls4ml
        0.6-1.3)."""
        return self.kind == "conv2d" and self.kernel_shape[0] > 1

    @property
    def kernel_function_inputs(self) -> int:
        """io_stream Dense with its weights in a ROM (Resource at RF > 1): the n_in values the stream function
        hands its Resource kernel as separate arguments, when the kernel stays a function of its own; else 0.

        The `dense_resource_*` templates of every stored project but one kind instantiate a copy of the
        kernel per weight array (`#pragma HLS function_instantiate variable=weights,biases`), and HLS keeps
        that copy a sub-function of the stream function, whose pipelined `ReuseLoop` (`PIPELINE II=1 rewind`)
        holds each of the n_in scalar inputs in a phi register with multiplexers in front (the reports'
        `data_N_V_read*_phi_reg` / `data_N_val*_phi_reg` rows, 18-81 LUT an input: H8, H9, K7, K8, P1, P5,
        P10, P11, T4-T6, T8, Vivado HLS 2019.2-2020.1, Vitis HLS 2024.2; results/bench/stream_lut_worst.md).
        The Vitis backend's own copy of hls4ml 0.7.0-0.8.1 (`weights_unreshaped`: V4, S4, T7) has no
        function_instantiate and is inlined (V4's report: no such row). io_stream convolutions call the kernel
        on their window and show few such rows (0-5 LUT an input in 28 of 33 reports, P1's two 38 and 64), so
        they get 0."""
        stream_rom_dense = self.kind == "dense" and self.io_type == "io_stream" and not self.constant_weights
        return self.n_in if stream_rom_dense and not self.weights_unreshaped else 0

    @property
    def pipelined_pixel_loop(self) -> bool:
        """Whether an io_stream convolution's pixel loop is pipelined at II 1: hls4ml 0.6-1.3
        (`conv_1d_buffer_cl`, `conv_2d_buffer_cl`, the encoded and pointwise forms) asks `PIPELINE
        II=reuse_factor` only under the Latency strategy; a Resource kernel's loop, at RF 1 too, is not
        pipelined, so each pixel waits for the kernel (Vivado HLS: N4, U2, 7-13 cycles a pixel at RF 1). At
        RF > 1 the reports take the kernel's latency a pixel whatever the pragma, and Vitis HLS does at RF 1
        too, either strategy (`cost._layer_timing`)."""
        return self.strategy == "latency" and self.reuse_factor == 1

    @property
    def batched_pointwise(self) -> bool:
        """hls4ml 1.2-1.3's `BatchedDenseForConv1D`: a pointwise Conv1D, Latency, io_parallel, every pixel at
        once (n_partitions 1). Its mult config is in_width*n_chan x in_width*n_filt, so its ALLOCATION limit
        is in_width**2 times that of one pixel's kernel (`cost._batched_multiplier_limit`). hls4ml 1.0-1.1's
        code-generated kernel (`split_pointwise`) also computes every pixel at once."""
        return (
            self.pointwise
            and self.strategy == "latency"
            and self.io_type == "io_parallel"
            and self.parallelization_factor == self.output_positions
            and not self.whole_call_conv
        )

    @property
    def n_weights(self) -> int:
        return self.n_in * self.n_out

    @property
    def n_stored_weights(self) -> int:
        """Values in the layer's weights file: n_in x n_out, or kernel_size x C for a depthwise layer."""
        return self.n_in if self.depthwise else self.n_weights

    @property
    def block_factor(self) -> int:
        """Multipliers of hls4ml's Resource kernel: ceil(n_in*n_out / RF)."""
        return -(-self.n_weights // self.reuse_factor)

    @property
    def weights_in_bram(self) -> bool:
        """Resource strategies with RF > 1 keep weights in a ROM of depth RF (hls4ml forces BRAM)."""
        return self.strategy != "latency" and self.reuse_factor > 1

    @property
    def runs_rolled_kernel(self) -> bool:
        """hls4ml's rolled Resource kernel (a design's `resource`, not `resource_unrolled`, at RF > 1): it
        keeps every multiplier and ROM word whatever is zero, so pruning the layer saves no DSP or BRAM."""
        return self.strategy == "resource" and self.weights_in_bram

    @property
    def constant_weights(self) -> bool:
        """Weights are literals HLS can simplify: Latency, or Resource at RF 1 (no ROM)."""
        return not self.weights_in_bram

    @property
    def runs_rem0_kernel(self) -> bool:
        """Whether hls4ml's io_parallel Resource kernel is `dense_resource_rf_gt_nin_rem0` (RF > n_in, a
        multiple of n_in; fpgaprune's valid reuse factors above n_in always are, `reuse.py`)."""
        rf = self.reuse_factor
        return (
            self.kind == "dense"
            and self.strategy == "resource"
            and self.io_type == "io_parallel"
            and self.n_in < rf <= self.n_weights
            and rf % self.n_in == 0
        )

    def _check_depthwise(self):
        if not self.depthwise:
            return
        if not self.is_conv or self.kernel_shape[-2] != self.kernel_shape[-1]:
            raise ValueError(
                f"layer {self.name}: a depthwise layer is a Conv1D/Conv2D of as many filters as channels "
                f"(depth multiplier 1, which is all hls4ml builds), got {self.kind} {self.kernel_shape}"
            )
        if not self.constant_weights:
            raise ValueError(
                f"layer {self.name}: the model describes a depthwise layer's constant-weight kernel only "
                "(Latency, or Resource at RF 1); hls4ml's Resource depthwise kernels at RF > 1 are not "
                "modelled"
            )

    def _check_rows(self):
        if self.row_operand_bits and (self.kind != "dense" or len(self.row_operand_bits) != self.n_in):
            raise ValueError(
                f"layer {self.name}: {len(self.row_operand_bits)} row operand widths given for a {self.kind} "
                f"layer of {self.n_in} inputs; per-row widths are read for Dense layers only, one per input"
            )

    def _check_shape(self):
        if self.kind not in KINDS:
            raise ValueError(f"layer {self.name}: kind {self.kind!r} unknown; use one of {KINDS}")
        layout = _KERNEL_LAYOUT[self.kind]
        if len(self.kernel_shape) != layout.count(",") + 1 or min(self.kernel_shape) < 1:
            raise ValueError(
                f"layer {self.name}: {self.kind} kernel shape must be {layout}, got {self.kernel_shape}"
            )

    def _check_io(self):
        if self.io_type not in IO_TYPES:
            raise ValueError(f"layer {self.name}: io_type {self.io_type!r} unknown; use one of {IO_TYPES}")
        if self.is_conv and self.strategy == "resource_unrolled" and self.io_type == "io_parallel":
            raise ValueError(
                f"layer {self.name}: hls4ml implements Resource_Unrolled {self.kind} only with io_stream "
                "(with io_parallel it silently uses Resource); use io_stream or strategy resource"
            )
        if self.output_positions < 1 or self.input_positions < 1:
            raise ValueError(f"layer {self.name}: pixel counts must be at least 1")

    def _check_reuse_factor(self):
        rf, where = self.reuse_factor, f"layer {self.name}"
        if not isinstance(rf, int) or isinstance(rf, bool) or rf < 1:
            raise ValueError(f"{where}: reuse factor must be a whole number >= 1, got {rf!r}")
        if self.strategy == "resource":
            check_reuse_factor(self.n_in, self.n_out, rf, where)
        elif self.strategy == "resource_unrolled":
            allowed = valid_reuse_factors(self.n_in, self.n_out)[1:-1]
            if rf not in allowed:
                raise ValueError(
                    f"{where}: reuse factor {rf} is not valid for Resource_Unrolled on a "
                    f"{self.n_in}x{self.n_out} multiplication (it must be > 1, < {self.n_weights}, "
                    f"divide {self.n_weights} and divide or be "
                    f"a multiple of n_in={self.n_in}); nearest valid: {_nearest(allowed, rf)}"
                )

    @property
    def row_copies(self) -> tuple[int, ...]:
        """io_parallel convolution: for each kernel row (n_in: tap-major, channel-minor), the PF pixel slots
        that compute its products (`window_live` spread over the channels); PF for each row by default."""
        pf = self.parallelization_factor
        if not self.window_live:
            return (pf,) * self.n_in
        return tuple(live for live in self.window_live for _ in range(self.kernel_shape[-2]))

    def _check_parallelization(self):
        pf, positions = self.parallelization_factor, self.output_positions
        taps = self.n_in // self.kernel_shape[-2] if self.is_conv else 0
        if self.window_live and (
            len(self.window_live) != taps or not 0 <= min(self.window_live) <= max(self.window_live) <= pf
        ):
            raise ValueError(
                f"layer {self.name}: window_live needs {taps} counts between 0 and the parallelization "
                f"factor {pf}, got {self.window_live}"
            )
        if self.split_pointwise and not (self.pointwise and pf == positions and self.strategy == "latency"):
            raise ValueError(
                f"layer {self.name}: split_pointwise is a Latency pointwise Conv1D computing every position "
                f"at once (parallelization factor {positions})"
            )
        if self.whole_call_conv and not (
            self.is_conv and self.io_type == "io_parallel" and self.strategy == "latency" and pf == positions
        ):
            raise ValueError(
                f"layer {self.name}: whole_call_conv is an io_parallel Latency Conv1D/Conv2D computing every "
                f"position in one call (parallelization factor {positions})"
            )
        if not isinstance(pf, int) or pf < 1 or positions % pf:
            divisors = [d for d in range(1, positions + 1) if positions % d == 0]
            raise ValueError(
                f"layer {self.name}: parallelization factor {pf!r} must divide the {positions} "
                "output pixels; "
                f"nearest valid: {_nearest(divisors, pf if isinstance(pf, int) else 1)}"
            )


# The largest layer the estimate takes: a Latency estimate of 20,000,000 weights held 3.2 GB (8 s),
# a project's 16,000,000-weight layer 2.9 GB (14 s); hls4ml's largest designs hold far fewer
MAX_LAYER_WEIGHTS = 10_000_000


def too_large_line(layer: LayerHardware) -> str | None:
    """Why `layer` is too large to estimate (`MAX_LAYER_WEIGHTS`: the estimate holds a few values per weight
    in memory; 10^10 weights asked NumPy for 74.5 GiB), or None."""
    weights = prod(layer.kernel_shape)
    if weights <= MAX_LAYER_WEIGHTS:
        return None
    return (
        f"layer {layer.name} has {weights:,} weights: the estimate holds a few values per weight in memory "
        f"and takes layers of up to {MAX_LAYER_WEIGHTS:,} (hls4ml's largest designs hold far fewer)"
    )


def runs_unrolled_kernel(kind: str, io_type: str, backend: str) -> bool:
    """Whether hls4ml's firmware calls the Resource_Unrolled kernel of such a layer.

    Not for io_parallel Conv2D (hls4ml cannot unroll it), nor for io_stream Dense with the Vitis backend:
    hls4ml 1.3's `templates/vitis/nnet_utils/nnet_dense_stream.h` sends every non-Latency Dense layer to
    the rolled `dense_resource`, so the unrolled code is written but never called (Vivado's calls it).
    """
    if kind != "dense":
        return io_type == "io_stream"
    return not (io_type == "io_stream" and backend.lower().startswith("vitis"))


def unrolling_ways(rolled: list[LayerHardware]) -> str:
    """How layers running the rolled Resource kernel would save what pruning removes, by their kind: hls4ml
    unrolls a pruned convolution only under io_stream and a Dense layer under io_parallel or the Vivado
    backend (`runs_unrolled_kernel`), neither at a reuse factor of n_in x n_out (`implemented_strategy`); the
    Latency strategy keeps constant weights either way. Each way is named only for layers it would change (a
    Conv1D tagger under io_parallel was told "io_parallel for Dense layers" of its convolutions; an io_stream
    Vivado ResNet at RF n_in x n_out, to use io_stream and the Vivado backend)."""
    ways = ["the latency strategy"]
    largest = [layer for layer in rolled if layer.reuse_factor >= layer.n_weights]
    if largest:
        ways.append(f"a reuse factor below n_in x n_out for {', '.join(layer.name for layer in largest)}")
    rest = [layer for layer in rolled if layer not in largest]
    if any(layer.is_conv and layer.io_type == "io_parallel" for layer in rest):
        ways.append("io_stream for the convolutions")
    if any(not layer.is_conv and layer.io_type == "io_stream" for layer in rest):
        ways.append("io_parallel or the Vivado backend for the Dense layers")
    return ", or ".join(ways)


def as_built(layer: LayerHardware, backend: str) -> LayerHardware:
    """The layer as the firmware runs it: a Resource_Unrolled layer whose unrolled kernel hls4ml never
    calls (`runs_unrolled_kernel`) is the rolled Resource kernel."""
    if layer.strategy == "resource_unrolled" and not runs_unrolled_kernel(layer.kind, layer.io_type, backend):
        return replace(layer, strategy="resource")
    return layer


def _normalise_strategy(strategy: str, name: str) -> str:
    key = str(strategy).lower()
    key = _STRATEGY_SPELLINGS.get(key, key)
    if key not in STRATEGIES:
        raise ValueError(f"layer {name}: strategy {strategy!r} unknown; use one of {STRATEGIES}")
    return key


def _nearest(allowed: list[int], value: int) -> str:
    if not allowed:
        return "none (the layer is too small for this strategy)"
    below = [v for v in allowed if v < value]
    above = [v for v in allowed if v > value]
    return " or ".join(str(v) for v in ([below[-1]] if below else []) + ([above[0]] if above else []))


def from_weight_layer(layer, **settings) -> LayerHardware:
    """LayerHardware for a `fpgaprune.core.zoo.WeightLayer`, with `settings` (reuse_factor, types...).

    For Conv2D, input_positions defaults to the output pixels (exact for 'same' padding).
    """
    settings.setdefault("output_positions", layer.positions)
    settings.setdefault("input_positions", layer.positions)
    return LayerHardware(layer.name, layer.kind, tuple(layer.kernel_shape), **settings)


def layer_from_shape(
    name: str,
    kind: str,
    n_in: int | None = None,
    n_out: int | None = None,
    kernel: tuple[int, ...] | None = None,
    channels: int | None = None,
    filters: int | None = None,
    **settings,
) -> LayerHardware:
    """LayerHardware from command-line style sizes; ValueError when they are missing or disagree.

    Dense needs n_in and n_out. Conv2D needs kernel (kh, kw), Conv1D kernel (kw,), and both channels and
    filters; n_in / n_out, if given, must equal kh*kw*channels (kw*channels) / filters.
    """
    if kind == "dense":
        if n_in is None or n_out is None:
            raise ValueError("a dense layer needs --n-in and --n-out")
        return LayerHardware(name, kind, (n_in, n_out), **settings)
    sizes = {"conv2d": ("KH KW", 2), "conv1d": ("KW", 1)}
    if kind not in sizes:
        raise ValueError(f"layer {name}: kind {kind!r} unknown; use one of {KINDS}")
    spelling, count = sizes[kind]
    if kernel is None or len(kernel) != count or channels is None or filters is None:
        raise ValueError(f"a {kind} layer needs --kernel {spelling}, --channels and --filters")
    shape = (*kernel, channels, filters)
    if n_in not in (None, prod(shape[:-1])) or n_out not in (None, filters):
        raise ValueError(
            f"--n-in {n_in} / --n-out {n_out} disagree with kernel {tuple(kernel)} x {channels} channels "
            f"x {filters} "
            f"filters (n_in = {prod(shape[:-1])}, n_out = {filters})"
        )
    return LayerHardware(name, kind, shape, **settings)


def summed_products(layer: LayerHardware) -> int:
    """Products summed into one output, as hls4ml's `auto` rule counts them (`precision.inferred_accum_type`):
    n_in (Dense; Conv: channels x kernel taps), a depthwise convolution's kernel taps."""
    return layer.n_in // layer.kernel_shape[-2] if layer.depthwise else layer.n_in


def with_auto_accum(
    layer: LayerHardware,
    bias_type: FixedType | str,
    maximum: FixedType | str | None = None,
    inferred_from: FixedType | str | None = None,
) -> LayerHardware:
    """`layer` with the accumulator type hls4ml 1.x infers for `auto` (`precision.inferred_accum_type`) from
    its input and weight types, `bias_type` and hls4ml's Model `Precision: maximum` (None: not set). The input
    type is `inferred_from` when given (`design.Precisions.inferred_from`), else the layer's own."""
    bias_type, maximum, inferred_from = (
        value if value is None or isinstance(value, FixedType) else parse_precision(value)
        for value in (bias_type, maximum, inferred_from)
    )
    accum = inferred_accum_type(
        inferred_from or layer.input_type, layer.weight_type, bias_type, summed_products(layer), maximum
    )
    return replace(layer, accum_type=accum)


def auto_accum_layer(
    name: str,
    kind: str,
    n_in: int | None = None,
    n_out: int | None = None,
    kernel: tuple[int, ...] | None = None,
    channels: int | None = None,
    filters: int | None = None,
    *,
    bias_type: str = "ap_fixed<16,6>",
    maximum: str | None = None,
    **settings,
) -> tuple[LayerHardware, str | None]:
    """`layer_from_shape`, an accumulator `accum_type="auto"` resolved as hls4ml 1.x does (`with_auto_accum`).

    Returns:
        (layer, note): note is one line naming the resolved type and the rule's source, None when
        `accum_type` was a concrete type. ValueError, one line, when `auto` cannot be resolved: an input,
        weight or bias type also `auto` (hls4ml takes those from the previous layer, the quantizers or the
        Model default precision, which a layer alone does not know) or a maximum of `auto`.
    """
    for value in (bias_type, maximum):  # malformed is an error even when no 'auto' accumulator reads it
        if value is not None and not is_auto(value):
            parse_precision(value)
    if not is_auto(settings.get("accum_type", "")):
        return layer_from_shape(name, kind, n_in, n_out, kernel, channels, filters, **settings), None
    unknown = [
        option
        for option, value in (
            ("--input-precision", settings.get("input_type", _DEFAULT_TYPE)),
            ("--weight-precision", settings.get("weight_type", _DEFAULT_TYPE)),
            ("--bias-precision", bias_type),
            ("--max-precision", maximum),
        )
        if value is not None and is_auto(value)
    ]
    if unknown:
        raise ValueError(
            f"accumulator 'auto' cannot be resolved: {', '.join(unknown)} also 'auto'; hls4ml infers it "
            "from concrete input, weight and bias types (an input 'auto' is the previous layer's output, "
            "a weight/bias 'auto' its quantizer's type, else the Model default precision, e.g. "
            "ap_fixed<16,6>): give those types"
        )
    asked = layer_from_shape(
        name, kind, n_in, n_out, kernel, channels, filters, **{**settings, "accum_type": _DEFAULT_TYPE}
    )
    layer = with_auto_accum(asked, bias_type, maximum)
    capped = f", Model maximum {parse_precision(maximum)}" if maximum is not None else ""
    note = (
        f"accumulator 'auto' resolved to {layer.accum_type} ({summed_products(layer)} products, bias "
        f"{parse_precision(bias_type)}{capped}; source: {AUTO_RULE_SOURCE})"
    )
    return layer, note


def _fused_depthwise_refusal(layer: LayerHardware, values: int) -> str:
    """The one line for a depthwise layer whose weights file holds kernel_size*channels*channels values: what
    hls4ml 1.3 writes when its FuseBatchNormalization fuses the BatchNormalization after a DepthwiseConv2D
    (an hls4ml Conv2D) and multiplies the (kh, kw, C, 1) kernel by the (C,) scale, broadcast over the depth
    multiplier axis. The firmware reads the first kernel_size*channels of them, which are not the layer's
    weights: a DS-CNN's C simulation (Fashion-MNIST 16x16, io_parallel) was 6.6 off Keras's at the first
    depthwise ReLU, whose outputs reach 4.3; with the depthwise layer's result typed (no fusion) 0.03."""
    return (
        f"layer {layer.name}: the weights file has {values} values = kernel_size*channels*channels, not "
        f"the {layer.n_stored_weights} of a depthwise layer: hls4ml fused the BatchNormalization after it "
        "into it and broadcast the scale over the wrong axis (hls4ml 1.3's FuseBatchNormalization), so the "
        "firmware's depthwise weights are wrong and its C simulation differs from Keras; give the depthwise "
        f"layer a result type in the hls4ml configuration (LayerName: {{{layer.name}: {{Precision: {{result: "
        "...}}}), which keeps the normalisation a layer, and write the project again"
    )


def depthwise_kernel(layer: LayerHardware, flat: np.ndarray) -> np.ndarray:
    """The block-diagonal Conv1D/Conv2D kernel of a depthwise layer (`LayerHardware.depthwise`) from its
    kernel_size x C weights in hls4ml's order (taps major, channels minor; the Resource strategy's transpose
    (H, W, C, 1) -> (1, H, W, C) leaves that order at depth multiplier 1): kernel[..., c, c] is channel c's
    weight at that tap, every other entry 0. ValueError naming the expected count."""
    flat = np.asarray(flat, dtype=np.float64).ravel()
    if flat.size == layer.n_stored_weights * layer.kernel_shape[-1]:
        raise ValueError(_fused_depthwise_refusal(layer, flat.size))
    if flat.size != layer.n_stored_weights:
        raise ValueError(
            f"layer {layer.name}: the weights file has {flat.size} values, expected kernel_size*channels = "
            f"{layer.n_stored_weights} for a depthwise layer"
        )
    channels = layer.kernel_shape[-1]
    taps = flat.reshape(-1, channels)  # (kernel_size, C)
    kernel = np.zeros((taps.shape[0], channels, channels))
    kernel[:, np.arange(channels), np.arange(channels)] = taps
    return kernel.reshape(layer.kernel_shape)
