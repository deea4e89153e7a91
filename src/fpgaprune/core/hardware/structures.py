"""Groups of weights that share one hardware unit, in the user's Keras kernel layout.

Derived from hls4ml 1.3.0 (`backends/vivado/passes/resource_strategy.py`,
`templates/vivado/nnet_utils/nnet_dense_resource.h`, `backends/vivado/passes/unrolled_codegen.py`):

* The Resource strategies transpose the kernel (Dense W.T; Conv2D (kh,kw,C,F) -> (F,kh,kw,C)) and
  flatten it, so Keras weight (i, o) of the (n_in, n_out) matrix lands at t = o*n_in + i.
* The kernel runs `ir` over RF cycles and unrolls `im` over block_factor = n_in*n_out/RF
  multipliers, multiplier `im` reading weights[ir + RF*im]: multiplier `im` consumes the RF
  consecutive weights t in [im*RF, im*RF + RF) -- one **pattern**. Resource_Unrolled allocates
  one multiplier fewer per all-zero pattern.
* `ARRAY_RESHAPE block factor=block_factor` makes the weights a ROM of depth RF whose word holds
  lane `im` = pattern `im` in bits [im*bw, (im+1)*bw). The synthesis tool cuts the word into BRAM
  columns (36 bits wide up to depth 512, 18 up to 1024, ...); a column is freed only when every
  pattern overlapping it is all zero. A **bram_slice** is the smallest run of adjacent patterns
  that covers whole columns: lcm(bw, column)/bw patterns (2 for 18-bit weights in 36-bit columns,
  9 for 16-bit weights, covering 4 columns), so slices never share a column.
* Latency strategy keeps the kernel in Keras order and binds multipliers freely: there a
  **pattern** is one weight (each non-trivial product has its own multiplier at RF 1).
* **neuron** (alias **filter**): all weights of one output (Keras column o); **single**: one weight.
"""

from dataclasses import dataclass
from math import gcd

import numpy as np

from fpgaprune.core.hardware.layer import LayerHardware

STRUCTURES = ("single", "pattern", "bram_slice", "neuron")
_ALIASES = {"filter": "neuron", "weight": "single", "unstructured": "single"}
# BRAM18 aspect ratios (depth, width) in simple-dual-port mode, widest first
_BRAM18_SHAPES = ((512, 36), (1024, 18), (2048, 9), (4096, 4), (8192, 2), (16384, 1))


def normalise_structure(structure: str) -> str:
    """Canonical structure name; ValueError listing the known ones."""
    key = _ALIASES.get(structure, structure)
    if key not in STRUCTURES:
        raise ValueError(
            f"structure {structure!r} unknown; use one of {STRUCTURES} (or 'filter' for 'neuron')"
        )
    return key


def as_matrix(layer: LayerHardware, kernel: np.ndarray) -> np.ndarray:
    """The kernel as hls4ml's n_in x n_out matrix (ValueError if its size does not fit the layer)."""
    kernel = np.asarray(kernel)
    if kernel.size != layer.n_weights:
        raise ValueError(
            f"layer {layer.name}: expected {layer.n_weights} weights ({layer.n_in}x{layer.n_out}, kernel "
            f"{layer.kernel_shape}), got {kernel.size}"
        )
    return kernel.reshape(layer.n_in, layer.n_out)


def transposed_index(layer: LayerHardware) -> np.ndarray:
    """For each weight (i, o) of the n_in x n_out matrix, its index t = o*n_in + i in hls4ml's ROM order."""
    inputs = np.arange(layer.n_in, dtype=np.int64)[:, None]
    outputs = np.arange(layer.n_out, dtype=np.int64)[None, :]
    return outputs * layer.n_in + inputs


def pattern_ids(layer: LayerHardware) -> np.ndarray:
    """n_in x n_out array: the Resource-kernel multiplier (pattern) of each weight."""
    return transposed_index(layer) // layer.reuse_factor


def group_ids(layer: LayerHardware, structure: str) -> np.ndarray:
    """Integer group id of every weight, in the layer's kernel shape (`LayerHardware.kernel_shape`: Keras's,
    or for a Dense over a multidimensional input its pointwise convolution's), for one structure type.

    Args:
        layer: the layer's hardware configuration.
        structure: 'single', 'pattern', 'bram_slice' or 'neuron' (alias 'filter').

    Returns:
        int64 array of shape layer.kernel_shape; ids run from 0 to n_groups - 1.
    """
    structure = normalise_structure(structure)
    if structure == "single" or (structure == "pattern" and not layer.weights_in_bram):
        ids = np.arange(layer.n_weights, dtype=np.int64).reshape(layer.n_in, layer.n_out)
    elif structure == "neuron":
        ids = np.broadcast_to(np.arange(layer.n_out, dtype=np.int64), (layer.n_in, layer.n_out))
    elif structure == "pattern":
        ids = pattern_ids(layer)
    else:
        ids = pattern_ids(layer) // bram_geometry(layer).patterns_per_slice
    return np.ascontiguousarray(ids).reshape(layer.kernel_shape)


def zero_patterns(layer: LayerHardware, kernel: np.ndarray) -> np.ndarray:
    """Boolean per Resource-kernel pattern: True where all its weights are exactly zero (hls4ml's test)."""
    flat = np.zeros(layer.block_factor * layer.reuse_factor, dtype=bool)
    flat[transposed_index(layer).ravel()] = (as_matrix(layer, kernel) != 0).ravel()
    return ~flat.reshape(layer.block_factor, layer.reuse_factor).any(axis=1)


@dataclass(frozen=True)
class BramGeometry:
    """How the weight ROM (depth RF, one lane of `lane_bits` per pattern) maps onto BRAM18 blocks."""

    depth: int
    lanes: int
    lane_bits: int
    column_bits: int
    blocks_per_column: int

    @property
    def word_bits(self) -> int:
        return self.lanes * self.lane_bits

    @property
    def n_columns(self) -> int:
        return -(-self.word_bits // self.column_bits)

    @property
    def bram_18k(self) -> int:
        return self.n_columns * self.blocks_per_column

    @property
    def patterns_per_slice(self) -> int:
        """Adjacent patterns that together fill whole columns: lcm(lane, column) / lane."""
        return self.column_bits // gcd(self.lane_bits, self.column_bits)

    def lane_column_overlaps(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Sparse (lane, column, bits) triples: how many bits of each lane fall in each column it touches."""
        spans = -(-self.lane_bits // self.column_bits) + 1  # most columns one lane can touch
        lanes = np.repeat(np.arange(self.lanes, dtype=np.int64), spans)
        first_column = lanes * self.lane_bits // self.column_bits
        columns = first_column + np.tile(np.arange(spans, dtype=np.int64), self.lanes)
        low = np.maximum(lanes * self.lane_bits, columns * self.column_bits)
        high = np.minimum((lanes + 1) * self.lane_bits, (columns + 1) * self.column_bits)
        keep = high > low
        return lanes[keep], columns[keep], (high - low)[keep]


def bram_geometry(layer: LayerHardware) -> BramGeometry:
    """BRAM layout of a Resource-strategy layer's weight ROM; ValueError when weights are not in BRAM."""
    if not layer.weights_in_bram:
        raise ValueError(
            f"layer {layer.name}: weights are not in BRAM "
            f"({layer.strategy} strategy, RF {layer.reuse_factor}); "
            "bram_slice exists only for resource / resource_unrolled with RF > 1"
        )
    depth, lanes, bits = layer.reuse_factor, layer.block_factor, layer.stored_weight_bits
    word = lanes * bits
    best = min(_BRAM18_SHAPES, key=lambda shape: (-(-depth // shape[0]) * -(-word // shape[1]), -shape[0]))
    return BramGeometry(depth, lanes, bits, best[1], -(-depth // best[0]))


def top_lane_bits(layer: LayerHardware, matrix: np.ndarray | None) -> int:
    """Bits HLS keeps of the reshaped ROM word's top lane (the last RF weights in ROM order, `im` =
    block_factor - 1): the signed (unsigned for ap_ufixed) width its values need, the weight type's width
    when the weights are unknown. HLS narrows the word to the range of its contents as one number, so only
    the redundant sign bits at the top of the word go; the lanes below keep every bit (the Memory rows of
    T8: 48 x 24 -> 19, 64 x 96 -> 92, 64 x 384 -> 380, 60 x 11,520 -> 11,515 bits; U1: 72 x 16 -> 11,
    108 -> 10, 288 -> 11, 576 -> 11, 1,152 -> 12; K7/K8: 108 x 6 -> 5 and 6, 144 x 6 -> 6; 48 ROMs of 13
    designs in all, docs/cost-model-record.md 2.2)."""
    weight = layer.weight_type
    if matrix is None or layer.stored_weight_bits != weight.width:  # an xnor bit: nothing to narrow
        return layer.stored_weight_bits
    codes = np.zeros(layer.block_factor * layer.reuse_factor, dtype=np.int64)
    stored = np.zeros(codes.size, dtype=bool)
    index = transposed_index(layer).ravel()
    scaled = np.round(as_matrix(layer, matrix).astype(np.float64).ravel() * 2.0**weight.fractional, 9)
    codes[index], stored[index] = np.floor(scaled).astype(np.int64), True  # ap_fixed's default AP_TRN
    top = codes[-layer.reuse_factor :][stored[-layer.reuse_factor :]]
    if top.size == 0:
        return weight.width
    low, high = int(top.min()), int(top.max())
    if not weight.signed:
        return min(weight.width, max(1, high.bit_length()))
    return min(weight.width, max(high.bit_length(), (-low - 1).bit_length()) + 1)


def rom_word_bits(layer: LayerHardware, matrix: np.ndarray | None = None) -> int:
    """Width of the reshaped weight ROM's word as HLS builds it (`top_lane_bits`)."""
    return (layer.block_factor - 1) * layer.stored_weight_bits + top_lane_bits(layer, matrix)


# The largest constant array (bits) each HLS tool was seen to put in registers (FF/LUT) rather than BRAM.
# Vitis HLS: sets 6 and 7 bound the cut-off only: their un-reshaped ROMs of 120, 576 and 1,280 bits took 0
# BRAM, the smallest in BRAM had 2,880 bits (S4's dense2); set 22's A1 (branch diag22) narrows it: its
# `outidx` ROMs of 128 bits in registers, 2,048 bits (512 x 4) in one BRAM. Vivado HLS (branch bramholes),
# from the rem0 kernel's `outidx` ROM: U1's 288 x 3 bits (864) in LUTs and 576 x 2 (1,152) in 1 BRAM
# (Memory rows, Vivado HLS 2020.1); set 9 (Vivado HLS 2020.1) brackets it closer: its 14 designs with a
# 960-bit outidx report no block for it, its 56 with a 1,024-bit one one block. Each rule takes the
# largest size seen in registers.
REGISTER_ROM_MAX_BITS = {"vitis": 1280, "vivado": 960}


def weight_rom_bram(layer: LayerHardware, hls_tool: str = "vitis", matrix: np.ndarray | None = None) -> int:
    """BRAM18 blocks of a Resource-strategy layer's ROMs (RF > 1, or an un-reshaped ROM at any RF): the
    weights plus the `outidx` index ROM of the rem0 kernel (`_outidx_blocks`).

    hls4ml's reshaped ROM (`ARRAY_RESHAPE block factor`, every template but the Vitis backend's copy of
    0.7.0-0.8.1) is `bram_geometry`. Without the reshape (`weights_unreshaped`) Vitis HLS keeps one ROM of
    n_weights words with a read port per multiplier: each BRAM18 serves two reads a cycle, so
    ceil(block_factor / 2) copies of the blocks one copy needs; ROMs of at most
    REGISTER_ROM_MAX_BITS[tool] bits go to registers (0). `hls_tool` is the tool that synthesises the
    project ('vitis' or 'vivado'; the un-reshaped library is the Vitis backend's)."""
    outidx = _outidx_blocks(layer, hls_tool)
    if not layer.weights_unreshaped:
        return _reshaped_rom_blocks(layer, hls_tool, matrix) + outidx
    copy = _rom_blocks(layer.n_weights, layer.stored_weight_bits, hls_tool)
    return -(-layer.block_factor // 2) * copy + outidx


def _reshaped_rom_blocks(layer: LayerHardware, hls_tool: str, matrix: np.ndarray | None) -> int:
    """BRAM18 blocks of the reshaped ROM: RF words of `rom_word_bits` (the top lane narrowed to its values'
    range) in the fewest blocks of one aspect ratio; 0 when Vivado HLS keeps it in registers
    (`_in_registers`)."""
    depth, word = layer.reuse_factor, rom_word_bits(layer, matrix)
    if _in_registers(layer, hls_tool, depth * word):
        return 0
    return min(-(-depth // rows) * -(-word // width) for rows, width in _BRAM18_SHAPES)


def _in_registers(layer: LayerHardware, hls_tool: str, bits: int) -> bool:
    """Whether Vivado HLS keeps a reshaped weight ROM of `bits` (after `rom_word_bits`) in registers: only
    when the template leaves its storage free (`weights_storage_free`) and it has at most
    REGISTER_ROM_MAX_BITS["vivado"] bits, the cut-off of the `outidx` ROM. Every such ROM of the held-out
    sets agrees (largest in registers S11's 16 x 60 = 960 bits, T8's 48 x 19, P11's 16 x 58; smallest in BRAM
    P5's 32 x 35 = 1,120); bound ROMs go to BRAM at any size (U1's 72 x 11 = 792 bits, 1 block). Vitis HLS:
    no free reshaped ROM small enough in the data, so not applied."""
    return hls_tool == "vivado" and layer.weights_storage_free and bits <= REGISTER_ROM_MAX_BITS[hls_tool]


def _outidx_blocks(layer: LayerHardware, hls_tool: str) -> int:
    """`dense_resource_rf_gt_nin_rem0` (RF > n_in, RF % n_in == 0), in the Vivado template and in the Vitis
    backend's 0.7.0-0.8.1 copy alike, fills `int outidx[RF]` with 0 .. RF / n_in - 1 before its loop; HLS
    evaluates the fill and keeps a ROM of RF words of ceil(log2(RF / n_in)) bits beside the weights, under
    either tool and either template (Memory rows: S4's dense1, the Vitis copy under Vitis HLS 2023.1: 1,272
    x 5 bits in 1 BRAM; A1's dense_4-6, the Vivado template under Vitis HLS 2024.2: 2,048 x 5, 1,024 x 5 and
    512 x 4 bits in 1 BRAM each, dense_7's 64 x 2 in registers; U1's conv2d_44-46 under Vivado HLS 2020.1:
    1,152 x 4, 576 x 2; U3's convolutions under Vivado HLS 2019.2: 864 x 5, 9,216 x 5 in 5 BRAM; set 9's
    rem0 designs). Not modelled: U3's q_dense (RF 20,480), whose fill Vivado HLS did not evaluate: a RAM of
    20,480 x 32-bit ints in 64 BRAM."""
    rf, n_in = layer.reuse_factor, layer.n_in
    if layer.strategy != "resource" or rf <= n_in or rf % n_in:
        return 0
    return _rom_blocks(rf, max(1, (rf // n_in - 1).bit_length()), hls_tool)


def _rom_blocks(words: int, bits: int, hls_tool: str) -> int:
    """BRAM18 blocks of one ROM of words x bits (0 when it is small enough for registers). The address space
    is a power of two (V4's 2,380 x 16-bit ROM takes 4 blocks a copy, not the 3 of 1024 x 18 blocks)."""
    if words * bits <= REGISTER_ROM_MAX_BITS[hls_tool]:
        return 0
    padded = 1 << (words - 1).bit_length()
    return min(-(-padded // depth) * -(-bits // width) for depth, width in _BRAM18_SHAPES)
