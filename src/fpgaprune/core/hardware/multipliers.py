"""How HLS implements one product of an input with a weight, and what it costs.

Two situations, set by hls4ml's strategy:

* Constant weights (Latency strategy): the weight is a literal in the code, so HLS simplifies each
  product. A zero weight disappears; a weight whose mantissa has one non-zero digit in canonical
  signed-digit (CSD) form is a shift; two digits are one shift-add; only weights with three or more
  digits need a real multiplier. Identical products (same input times the same constant) are
  computed once; x*c and x*(-c) are two (both tools; docs/cost-model-record.md 2.1).
* Weights read from memory (Resource strategies): every product is a full multiplier of the
  declared widths, accumulated in a pipelined loop (`acc[o] += product`). When the accumulator keeps every
  fractional bit of the product (the cast is lossless), HLS fuses the multiply and the add into a DSP
  multiply-accumulate whatever the widths (`mac_muladd_*` in the reports); when the product is truncated
  first, the multiplier stands alone and the width rule below applies (`rom_dsps_per_product`, fidelity10).

A multiplier that stands alone goes to LUTs when both operands are at most `LUT_MAX_BITS` wide, otherwise
to DSP blocks: one DSP for products that fit the DSP's a x b port (27x18 on UltraScale DSP48E2, 25x18 on
7-series DSP48E1), more for wider ones. `mul_impl` mirrors Vitis `config_op mul -impl`: 'dsp' or
'fabric' force every real multiplier to DSPs or LUTs.
"""

import math
import re
from dataclasses import dataclass

import numpy as np

_DSP_PORTS = {"dsp48e2": (27, 18), "dsp48e1": (25, 18)}
# AMD (Xilinx) part names: commercial xc, automotive xa and defence-grade xq parts; 7-series ones carry a 7
_AMD_PART = re.compile(r"x[caq]", re.IGNORECASE)
_SEVEN_SERIES = re.compile(r"x[caq]7", re.IGNORECASE)
_CASCADE_BITS = 17  # extra unsigned bits each additional DSP adds to a wide operand
# The widest operands of a LUT multiplier, per HLS tool (docs/cost-model-record.md 2.1; 6 for both until
# fidelity10).
# The calibration reports allow 6 to 15 for both tools. Vitis HLS 2022.2-2024.2 builds 8 x 8 (P4, T7) and
# 10 x 10 (S1) constant products in LUTs and 12 x 8 ones (S2, K3) on DSPs: 10; branch vitisproducts read it
# from the multiplier cores of 27 repositories' per-function reports (Vitis HLS 2020.2-2025.1: 819 LUT cores
# with both operands at most 10 bits, every other core on DSPs but two 4 x 11 ones; ArgyKokk's designs, which
# force the implementation, aside). Vivado HLS 2019.2 and 2020.1 (branch lutproducts,
# docs/cost-model-record.md 2.1 "Vivado HLS's constant products"): 10, read from the per-operation Expression
# tables of four repositories' per-function csynth reports (H10 Brainz22, N1/N2 themrluke, Q4/Q5 EmileBrt,
# J1-J3 fastmachinelearning/l1-jet-id): every constant product with both operands at most 10 bits wide is in
# LUTs (8 x 8, 8 x 10, 10 x 5, 6 x 10), every one with an operand of 11 or more bits on a DSP (8 x 11-15, 6 x
# 11, 11 x 6) unless the other is at most 4 bits (`NARROW_OPERAND_LUT_BITS`).
LUT_MAX_BITS = {"vivado": 10, "vitis": 10}
# A ROM product that stands alone (truncated before the accumulation) goes to LUTs, whatever the other
# operand's width, when one operand is at most this wide (fidelity11; 0: no such rule). Vivado HLS 2020.1,
# held-out set 9's fit half (wa-hls4ml pilot, hls4ml 0.8.1 dense_resource at RF > n_in, ap_fixed<16,6> data
# and accumulator): 2- and 4-bit weights 0 DSP on all 125 such designs, 6-14-bit weights one DSP per
# multiplier. Vitis HLS 2023.2, held-out set 10's fit half (fidelity15; hls4ml 0.8.1's Vitis backend, the same
# types): 2-, 4- and 6-bit weights 0 DSP on all 120 such designs, 8-16-bit weights on DSPs on all 109.
NARROW_OPERAND_LUT_BITS = {"vivado": 4, "vitis": 6}
# One operand this narrow, whatever the other: HLS's DSP-or-LUT choice is not settled by the public reports
# (set 9, Vivado HLS 2020.1: 16 x 2 and 16 x 4 ROM products in LUTs, 16 x 6 on DSPs; set 10, Vitis HLS 2023.2:
# 16 x 2 and 16 x 4 in LUTs on all 240 designs, 16 x 6 on 26 of 30, where the model puts Vitis on DSPs), so
# `narrow_product_warning` names such layers.
NARROW_OPERAND_WARNING_BITS = 6
# hls4ml's default ClockUncertainty per backend (vivado_backend.py: '12.5%', vitis_backend.py: '27%')
DEFAULT_CLOCK_UNCERTAINTY = {"vivado": 0.125, "vitis": 0.27}
# The HLS version assumed when a project does not name the one that built it: the calibration's newest.
DEFAULT_HLS_VERSION = {"vivado": "2020.1", "vitis": "2025.2"}
# From this Vitis HLS version on, csynth prices a share of the adds at w + 7 LUT instead of w
# (docs/cost-model-record.md 2.3 "Adder operations": Vitis HLS 2021.1 none, 2022.2-2025.1 a median 37 % of
# wide adds on 7-series parts), so Vitis 7-series targets of this version or later have constants of their own
# (`Target.calibration_group`).
VITIS_WIDE_ADDER_VERSION = (2022, 1)


# The shortest clock period a Target takes: no FPGA fabric runs above 2 GHz (a period given in s or us, not
# ns, made layers of thousands of cycles, or asked NumPy for tens of GiB, a review, 2026-12-07)
MIN_CLOCK_NS = 0.5


@dataclass(frozen=True)
class Target:
    """The FPGA part and HLS tool settings that decide how products are implemented.

    Attributes:
        part: FPGA part name; 7-series parts (xc7...) have DSP48E1, later ones DSP48E2.
        hls_tool: 'vitis' or 'vivado' (which LUT-multiplier rule applies, `constant_dsps_per_product`).
        mul_impl: 'auto', or 'dsp' / 'fabric' to force real multipliers to DSPs / LUTs.
        lut_max_bits: a product that stands alone (not a DSP multiply-accumulate) whose two operands are both
            at most this wide uses LUTs; None: the tool's `LUT_MAX_BITS`.
        shift_add_max_digits: constants with at most this many CSD digits become shift-adds.
        clock_ns: target clock period, for the latency estimate.
        clock_uncertainty: share of the period HLS keeps as margin (`ClockUncertainty` of the project);
            None takes hls4ml's default for the backend (Vivado 12.5 %, Vitis 27 %).
        hls_version: the HLS tool's version ('2023.1'); None: unknown, `DEFAULT_HLS_VERSION` is assumed.
    """

    part: str = "xcvu13p-flga2577-2-e"
    hls_tool: str = "vitis"
    mul_impl: str = "auto"
    lut_max_bits: int | None = None
    shift_add_max_digits: int = 2
    clock_ns: float = 5.0
    clock_uncertainty: float | None = None
    hls_version: str | None = None

    def __post_init__(self):
        if not _AMD_PART.match(self.part):
            raise ValueError(
                f"part {self.part!r}: not an AMD/Xilinx part name (the model is calibrated on Vivado and "
                "Vitis HLS reports); give one such as xcvu13p-flga2577-2-e or xc7z020clg400-1"
            )
        if self.hls_tool not in ("vitis", "vivado"):
            raise ValueError(f"hls_tool {self.hls_tool!r} unknown; use 'vitis' or 'vivado'")
        if self.mul_impl not in ("auto", "dsp", "fabric"):
            raise ValueError(f"mul_impl {self.mul_impl!r} unknown; use 'auto', 'dsp' or 'fabric'")
        if (
            not 0 < self.clock_ns < math.inf
        ):  # NaN too: it failed later as "cannot convert float NaN to integer"
            raise ValueError(f"clock period must be a positive number of ns, got {self.clock_ns}")
        if self.clock_ns < MIN_CLOCK_NS:  # 1e-9 asked NumPy for 74.5 GiB; 0.001 gave 9,999-cycle layers
            raise ValueError(
                f"clock period {self.clock_ns:g} ns is below {MIN_CLOCK_NS:g} ns ({1 / MIN_CLOCK_NS:g} GHz), "
                "faster than any FPGA fabric runs; give the period in ns (e.g. 5 for 200 MHz)"
            )
        if self.clock_uncertainty is not None and not 0 <= self.clock_uncertainty < 1:
            raise ValueError(
                f"clock uncertainty {self.clock_uncertainty} is not a share of the period in [0, 1); "
                "give e.g. 0.27 for 27 %"
            )
        if self.hls_version is not None:
            check_tool_version(self.hls_tool, self.hls_version)

    @property
    def version(self) -> str:
        """The HLS version in use (`hls_version`, else the tool's `DEFAULT_HLS_VERSION`)."""
        return self.hls_version or DEFAULT_HLS_VERSION[self.hls_tool]

    @property
    def calibration_group(self) -> str:
        """The constants group of the target within its tool: its `fabric`, and '7series_2022' for Vitis HLS
        2022.1 or later on 7-series parts (`VITIS_WIDE_ADDER_VERSION`)."""
        newer = version_number(self.version) >= VITIS_WIDE_ADDER_VERSION
        if self.hls_tool == "vitis" and self.fabric == "7series" and newer:
            return "7series_2022"
        return self.fabric

    @property
    def uncertainty(self) -> float:
        """The clock uncertainty in use (the project's, else hls4ml's default for the backend)."""
        if self.clock_uncertainty is None:
            return DEFAULT_CLOCK_UNCERTAINTY[self.hls_tool]
        return self.clock_uncertainty

    @property
    def lut_multiplier_bits(self) -> int:
        """The LUT-multiplier width in use (`lut_max_bits`, else the tool's `LUT_MAX_BITS`)."""
        return LUT_MAX_BITS[self.hls_tool] if self.lut_max_bits is None else self.lut_max_bits

    @property
    def budget_ns(self) -> float:
        """The time HLS schedules into one cycle: the period minus the uncertainty."""
        return self.clock_ns * (1 - self.uncertainty)

    @property
    def fabric(self) -> str:
        """'7series' (xc7, xa7, xq7 parts: slower LUTs, carry chains and DSP48E1) or 'ultrascale' (later
        families)."""
        return "7series" if _SEVEN_SERIES.match(self.part) else "ultrascale"

    @property
    def speed_grade(self) -> int | None:
        """The part's speed grade: the leading digit of its last '-' field that starts with one (1 for
        xc7z020-clg400-1, 2 for xcvu9p-flga2104-2L-e, 3 for xc7vx690t-3ffg1930); None when none does."""
        grades = [field[0] for field in self.part.lower().split("-")[1:] if re.match(r"\d", field)]
        return int(grades[-1]) if grades else None

    @property
    def dsp_ports(self) -> tuple[int, int]:
        """Operand widths of one DSP multiplier (a, b)."""
        return _DSP_PORTS["dsp48e1" if self.fabric == "7series" else "dsp48e2"]


# AMD shipped Vivado HLS until 2020.1 and Vitis HLS from 2020.1 on: a version names its tool but for 2020.1
LAST_VIVADO_HLS, FIRST_VITIS_HLS = (2020, 1), (2020, 1)
FIRST_VIVADO_HLS = (2012, 2)  # Vivado HLS came with Vivado 2012.2 (AutoESL before)
# each tool's name as its reports and logs write it
HLS_TOOL_NAMES = {"vivado": "Vivado HLS", "vitis": "Vitis HLS"}


def tool_of_version(version: str | None) -> str | None:
    """The HLS tool a version can only be of: 'vivado' before 2020.1, 'vitis' after; None for 2020.1 (both
    tools) or no version."""
    if version is None:
        return None
    number = version_number(version)
    return "vivado" if number < FIRST_VITIS_HLS else "vitis" if number > LAST_VIVADO_HLS else None


def check_tool_version(tool: str, version: str) -> None:
    """ValueError in one line for a version the tool never had (Vivado HLS 2023.1, Vitis HLS 2019.2)."""
    if version_number(version) < FIRST_VIVADO_HLS:  # 1999.1 was taken as Vivado HLS, a review, 2026-12-07
        raise ValueError(
            f"HLS version {version}: no such release (Vivado HLS began with 2012.2, Vitis HLS with 2020.1); "
            "give the version the project was synthesised with, e.g. 2020.1"
        )
    other = tool_of_version(version)
    if other is not None and other != tool:
        name = HLS_TOOL_NAMES[tool]
        span = "ends with 2020.1" if tool == "vivado" else "begins with 2020.1"
        raise ValueError(
            f"{name} {version}: no such release ({name} {span}; {version} is {HLS_TOOL_NAMES[other]}): "
            f"give the tool as {other} or a {name} version"
        )


def version_number(version: str) -> tuple[int, int]:
    """(year, release) of an HLS version such as '2023.1' or '2019.2.1' (ValueError for anything else)."""
    found = re.fullmatch(r"\s*(\d{4})\.(\d+)(?:\.\d+)*\s*", str(version))
    if not found:
        raise ValueError(f"HLS version {version!r}: expected year.release, e.g. '2023.1'")
    return int(found.group(1)), int(found.group(2))


def csd_digits(mantissas: np.ndarray) -> np.ndarray:
    """Number of non-zero digits of |m| in canonical signed-digit form (0 for m = 0).

    Uses the identity weight(NAF(x)) = popcount(x XOR 3x).
    """
    magnitude = np.abs(np.asarray(mantissas, dtype=np.int64))
    return np.bitwise_count(magnitude ^ (3 * magnitude)).astype(np.int64)


def constant_width(mantissas: np.ndarray, signed: bool = True) -> np.ndarray:
    """Bits HLS needs for each constant after moving its trailing zeros into a shift (0 for m = 0)."""
    magnitude = np.abs(np.asarray(mantissas, dtype=np.int64))
    lowest_bit = magnitude & -magnitude
    odd = np.where(magnitude > 0, magnitude // np.maximum(lowest_bit, 1), 0)
    bits = np.frexp(odd.astype(np.float64))[1].astype(np.int64)
    return np.where(magnitude > 0, bits + int(signed), 0)


def dsps_per_product(a_bits: int, b_bits: int, target: Target) -> int:
    """DSP blocks one a x b multiplier uses (0 when it goes to LUTs)."""
    if target.mul_impl == "fabric" or _fits_luts(a_bits, b_bits, target):
        return 0
    return _dsp_tiles(a_bits, b_bits, target.dsp_ports)


def rom_dsps_per_product(data_type, weight_type, accum_type, target: Target) -> int:
    """DSP blocks of one Resource-kernel multiplier (weights from a ROM): a multiply-accumulate on DSPs when
    the accumulator holds the product without truncating its fractional bits, else `dsps_per_product`.

    Read from the held-out reports (docs/cost-model-record.md 2.1, fidelity10): lossless 4 x 4 (P1, Vivado HLS
    2020.1), 6 x 6 (S11, Vivado HLS 2020.1; T4-T6, Vitis HLS 2024.2) products are DSP `mac_muladd`s; truncated
    6 x 6 (P8), 7 x 7 (P5) and 8 x 8 (T7) products are LUTs. A truncated product with an operand of at most
    `NARROW_OPERAND_LUT_BITS` bits is LUTs (fidelity11: 16 x 2 and 16 x 4 in set 9, Vivado HLS 2020.1).
    """
    if target.mul_impl == "auto" and _accumulates_losslessly(data_type, weight_type, accum_type):
        return _dsp_tiles(data_type.width, weight_type.width, target.dsp_ports)
    if target.mul_impl == "auto" and min(data_type.width, weight_type.width) <= NARROW_OPERAND_LUT_BITS.get(
        target.hls_tool, 0
    ):
        return 0
    return dsps_per_product(data_type.width, weight_type.width, target)


# The widest operands whose lossless Resource-kernel products HLS pairs (`rom_dsp_multipliers`): 4 x 4 (P1,
# P2) and 6 x 6 (S11, T4-T6) are paired; 16 x 6 (K8) and 16 x 8 (V5) are not (docs/cost-model-record.md 2.1,
# "Paired narrow products")
PAIRED_PRODUCT_BITS = 6


def rom_dsp_multipliers(
    block_factor: int, n_out: int, data_type, weight_type, accum_type, target: Target
) -> int:
    """How many of a Resource kernel's `block_factor` multipliers a cycle are DSPs: all of them, except
    where two or more of a cycle's products feed one accumulator (`block_factor` a multiple of `n_out`), both
    operands are at most `PAIRED_PRODUCT_BITS` bits and they accumulate losslessly: HLS then pairs them, one
    product on a DSP whose post-adder takes the other, built in LUTs (`mac_muladd` i0 + i1 * i2, i0 the LUT
    product), `n_out x ceil(k / 2)` DSPs for k products an output. Read from held-out reports: P1/P2's
    qdense_1 256 DSP of 512 multipliers and qconv2d_2 64 of 128 (Vivado HLS 2020.1, 4 x 4; its report lists
    64 `mac_muladd_4ns_4s_8s` and 64 4 x 4 `mul` of 13 LUT), S11's fc2, fc3, output 32, 32, 5 of 64, 64, 10
    (Vivado HLS 2020.1, 6 x 6), T4-T6's 5, 5, 3 of 10, 10, 5 (Vitis HLS 2024.2, 6 x 6; T6's output_1 7 of 11,
    where this gives 6); the model gave the block factor until 2026-12-05 (a walk's estimate of P2 said
    DSP 650 against 330)."""
    per_output, rest = divmod(block_factor, n_out) if n_out else (0, 1)
    narrow = max(data_type.width, weight_type.width) <= PAIRED_PRODUCT_BITS
    lossless = _accumulates_losslessly(data_type, weight_type, accum_type)
    if rest or per_output < 2 or not narrow or not lossless or target.mul_impl != "auto":
        return block_factor
    return n_out * -(-per_output // 2)


def _accumulates_losslessly(data_type, weight_type, accum_type) -> bool:
    """Whether `accum_type` keeps every fractional bit of a data x weight product."""
    return data_type.fractional + weight_type.fractional <= accum_type.fractional


def narrow_product_warning(data_type, weight_type) -> str | None:
    """A warning when data x weight products are narrow enough that HLS builds them in DSPs or in LUTs
    by rules the model does not know (None otherwise).

    Public reports put products this narrow on both sides: lossless 4 x 4 and 6 x 6 ROM products on DSPs
    (P1, S11, T4-T6), a lossless 3 x 5 one in LUTs (set 8's U4/U5, hls4ml 0.6, Vivado HLS 2020.1), 8 x 8
    constant products in LUTs with Vitis HLS (P4, T7) and with Vivado HLS (H10); docs/cost-model-record.md
    2.1.
    So do products with one operand of at most `NARROW_OPERAND_WARNING_BITS` bits (sets 9 and 10).
    """
    widest = max(LUT_MAX_BITS.values())
    narrowest = min(data_type.width, weight_type.width)
    both_narrow = data_type.width <= widest and weight_type.width <= widest
    if not both_narrow and narrowest > NARROW_OPERAND_WARNING_BITS:
        return None
    return (
        f"its {data_type.width}-bit x {weight_type.width}-bit products are narrow enough that HLS builds "
        "them in DSPs or in LUTs depending on its version, the part and the accumulator (public reports show "
        "both); its DSP and LUT numbers may trade places"
    )


def demanded_data_bits(data_bits, data_type, weight_type, accum_type):
    """The data operand's width in a constant product `x * c` once HLS drops the bits the accumulator cannot
    hold: `data_bits` (an int or an array of row widths) capped at the product bits `accum_type` keeps.

    hls4ml writes each product into `accum_t` (`mult[i] = ... product(data, weight)`, every version). With the
    default AP_WRAP overflow the cast keeps only the product's bits up to the accumulator's top bit, i.e. its
    low `accum.integer + data.fractional + weight.fractional` bits counted from the product's lowest bit, and
    the low n bits of a product depend only on the low n bits of each operand, so HLS multiplies narrowed
    operands (LLVM's demanded-bits shrinking). Saturating accumulators (AP_SAT...) need the whole product:
    no cap. Evidence (branch dspnarrow, docs/cost-model-record.md 2.1 "Products cut by the accumulator"):
    X2/HiddenLayer1 (Vivado HLS 2018.3, ap_fixed<32,32> x ap_fixed<18,4> into ap_fixed<18,4>): its schedule
    reads `trunc i64 ... to i18` then `mul i18 c, x` (18 = 4 + 0 + 14), one DSP48E each (16 reported; the
    model 2 each before); M2/Conv1D_1 (Vitis HLS 2022.2, ap_fixed<33,13> x ap_fixed<9,3> into ap_fixed<16,6>):
    `mul_32s_*_32` cores (32 = 6 + 20 + 6; the model still puts 32 x 5-7 bits on 2 DSPs, HLS on 1).
    """
    if accum_type.overflow != "WRAP":
        return data_bits
    demand = max(1, accum_type.integer + data_type.fractional + weight_type.fractional)
    return np.minimum(data_bits, demand) if np.ndim(data_bits) else min(int(data_bits), demand)


def hls_constant_width(mantissas: np.ndarray) -> np.ndarray:
    """The width Vivado HLS gives a constant operand (0 for m = 0): the bit length of a positive constant,
    the two's-complement width of a negative one, trailing zeros kept. Read from the `Bitwidth P1` column of
    the per-function csynth reports' Expression tables (J1's Dense: all 144 products' widths match)."""
    m = np.asarray(mantissas, dtype=np.int64)
    positive = np.frexp(np.maximum(m, 0).astype(np.float64))[1]
    negative = np.frexp(np.maximum(-m - 1, 0).astype(np.float64))[1] + 1
    return np.where(m > 0, positive, np.where(m < 0, negative, 0)).astype(np.int64)


def vitis_constant_width(mantissas: np.ndarray) -> np.ndarray:
    """The width Vitis HLS gives a constant operand (0 for m = 0): its two's-complement width, trailing zeros
    kept (a positive constant one bit wider than `hls_constant_width`: the `10ns` of a `mul_16s_10ns_…` core
    holds 256-511). Read from the multiplier cores of the per-function csynth reports (branch vitisproducts:
    G1's 812 products match by width and sign, Y2's output Dense within 5 of 576)."""
    m = np.asarray(mantissas, dtype=np.int64)
    return hls_constant_width(m) + (m > 0)


def constant_dsps_per_product(a_bits, mantissas: np.ndarray, signed: bool, target: Target) -> np.ndarray:
    """DSP blocks of each product of an `a_bits` input with a constant mantissa (0 where it goes to LUTs);
    `a_bits` an int, or an array broadcast against `mantissas` (a width per kernel row: HGQ's per-element
    quantizers, `LayerHardware.row_operand_bits`).

    The DSP tiles follow `constant_width` (trailing zeros moved into a shift); the LUT-or-DSP choice follows
    the operand widths the tool's reports give. Vivado HLS: `hls_constant_width`, and a product with an
    operand of at most `NARROW_OPERAND_LUT_BITS` bits is LUTs whatever the other (l1-jet-id J1-J3: 12 x 4 and
    14 x 4 in LUTs, 12 x 5 on DSPs; EmileBrt Q4: 15 x 4 in LUTs, 15 x 5 on DSPs; the same 4 bits as for ROM
    products, set 9). Vitis HLS: `vitis_constant_width` (branch vitisproducts: 5-bit constants x 16-bit
    data on DSPs in every report, so no narrow-operand rule).
    """
    widths = constant_width(mantissas, signed)
    if target.mul_impl != "auto":
        return dsps_per_product_array(a_bits, widths, target)
    tiles = _dsp_tile_array(a_bits, widths, target.dsp_ports)
    if target.hls_tool == "vivado":
        operand = hls_constant_width(mantissas)
        narrow = np.minimum(operand, a_bits) <= NARROW_OPERAND_LUT_BITS["vivado"]
    else:
        operand = vitis_constant_width(mantissas)
        narrow = np.zeros(np.shape(operand), dtype=bool)
    in_luts = narrow | ((operand <= target.lut_multiplier_bits) & (a_bits <= target.lut_multiplier_bits))
    return np.where(in_luts, 0, tiles)


def dsps_per_product_array(a_bits, b_bits: np.ndarray, target: Target) -> np.ndarray:
    """dsps_per_product for input widths (an int or an array broadcast against `b_bits`) and an array of
    constant widths."""
    return _per_width(a_bits, b_bits, lambda a, b: dsps_per_product(a, b, target))


def _dsp_tile_array(a_bits, b_bits: np.ndarray, ports: tuple[int, int]) -> np.ndarray:
    """`_dsp_tiles` for input widths (an int or a broadcast array) and an array of constant widths (whatever
    the LUT rule)."""
    return _per_width(a_bits, b_bits, lambda a, b: _dsp_tiles(a, b, ports))


def _per_width(a_bits, b_bits: np.ndarray, per_product) -> np.ndarray:
    """`per_product(a, b)` for each pair of `a_bits` and `b_bits` (broadcast), computed once per distinct
    pair."""
    if np.ndim(a_bits) == 0:
        widths, inverse = np.unique(np.asarray(b_bits), return_inverse=True)
        per_width = np.array([per_product(int(a_bits), int(w)) for w in widths], dtype=np.int64)
        return per_width[inverse].reshape(np.shape(b_bits))
    a, b = np.broadcast_arrays(np.asarray(a_bits, dtype=np.int64), np.asarray(b_bits, dtype=np.int64))
    span = int(b.max(initial=0)) + 1
    keys, inverse = np.unique(a * span + b, return_inverse=True)
    per_pair = np.array([per_product(int(k // span), int(k % span)) for k in keys], dtype=np.int64)
    return per_pair[inverse].reshape(a.shape)


def _fits_luts(a_bits: int, b_bits: int, target: Target) -> bool:
    if target.mul_impl == "dsp":
        return False
    return a_bits <= target.lut_multiplier_bits and b_bits <= target.lut_multiplier_bits


def _dsp_tiles(a_bits: int, b_bits: int, ports: tuple[int, int]) -> int:
    wide, narrow = ports

    def pieces(bits: int, port: int) -> int:
        return 1 + -(-max(0, bits - port) // _CASCADE_BITS)

    return min(pieces(a_bits, wide) * pieces(b_bits, narrow), pieces(b_bits, wide) * pieces(a_bits, narrow))


def lut_multiplier_luts(a_bits: int, b_bits: int) -> int:
    """Rough LUT count of a general a x b fabric multiplier (about one LUT per partial-product bit)."""
    return a_bits * b_bits


def constant_product_luts(a_bits, digits: np.ndarray, widths: np.ndarray) -> np.ndarray:
    """Rough LUT count of shift-add constant products: (digits - 1) adders as wide as the product (`a_bits`
    an int or an array broadcast against `digits`)."""
    return np.maximum(np.asarray(digits) - 1, 0) * (a_bits + np.asarray(widths))


def constant_products(data_bits: int, mantissas: np.ndarray, signed: bool, target: Target) -> tuple:
    """(DSPs of each product, LUT of all of them in the fabric) of `data_bits`-wide values each multiplied by
    a constant mantissa: a zero or a constant of at most `target.shift_add_max_digits` CSD digits is a shift
    or shift-adds (`constant_product_luts`), the rest real multipliers, on DSPs or in LUTs by the Dense
    kernel's rule (`constant_dsps_per_product`; in LUTs `lut_multiplier_luts` of the constant's width).
    Batch normalisation's scales and the leaky ReLU's alpha are priced so (no constant fitted here)."""
    mantissas = np.atleast_1d(np.asarray(mantissas, dtype=np.int64))
    digits, widths = csd_digits(mantissas), constant_width(mantissas, signed)
    is_real = digits > target.shift_add_max_digits
    dsp_each = constant_dsps_per_product(data_bits, mantissas, signed, target) * is_real
    real_in_luts = is_real & (dsp_each == 0)
    fabric = float(sum(lut_multiplier_luts(data_bits, int(w)) for w in widths[real_in_luts]))
    shift_add = float(constant_product_luts(data_bits, digits, widths)[~is_real].sum())
    return dsp_each, fabric + shift_add
