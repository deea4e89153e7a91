"""The data operand HLS multiplies: the bits a layer's producer can write, not the input array's type.

HLS carries the bits a value can have across function boundaries: a layer whose input array is written by a
plain cast (`nnet::linear`) or an average pooling gets multipliers only as wide as those bits
(docs/cost-model-record.md 2.1, "Data operands narrower than their array type", branch vitisdsp). In the
public per-function reports:

* `linear` from ap_ufixed<9,0> to ap_fixed<18,9>: its output channels are 9 bits wide (held-out set 18's M1,
  Vitis HLS 2023.2, and M2, Vitis HLS 2022.2: 416 and 160 FIFOs of 9 bits).
* hls4ml's average pooling before 1.0 (`T avg(T x[N])`, the result in the data type T, then cast to the
  output type): the dense after it multiplies T's bits, its trailing zeros in the wider output type kept:
  H10 (Vivado HLS 2019.2) ap_ufixed<8,0> into ap_fixed<16,6>: 10-bit operands (`Bitwidth P0` 10);
  J1 (Vivado HLS 2020.1) ap_fixed<12,4> into ap_fixed<16,6>: a 14-bit input port; M1 (Vitis HLS 2023.2)
  ap_fixed<18,9> does not fit ap_fixed<16,6>: 16-bit channels, 16-bit DSP products.
* hls4ml 1.0's average pooling (`accum_t avg(...)`: the sum and the division in `accum_t`): M2 (Vitis HLS
  2022.2) averages 16 values of 9 unsigned bits in ap_fixed<16,6>: 10-bit channels and `mul_10ns_*` LUT
  multipliers in both Dense layers after it (the only report of this template with a narrower input: one
  repository).

Other producers (ReLU, Dense, normalize, the top's input) give the declared type: a ReLU into a signed type
keeps its sign bit in the reports (G1's 16s products after ap_fixed<16,6> ReLU outputs).
"""

from dataclasses import dataclass

from fpgaprune.core.hardware.precision import FixedType


@dataclass(frozen=True)
class AveragePool:
    """An average pooling's arithmetic: `count` values summed and divided; `accumulates`: hls4ml 1.0's
    template (sum and quotient in `accum`), else the older one (result in the data type)."""

    count: int
    accum: FixedType
    accumulates: bool


@dataclass(frozen=True)
class Producer:
    """The function that writes an array: 'linear' (a cast) or an average pooling (`pool`)."""

    function: str
    source: str
    data_type: FixedType
    result_type: FixedType
    pool: AveragePool | None = None


def value_type(array: str, declared: FixedType, producers: dict) -> FixedType:
    """The type whose bits the values HLS writes into `array` can have (`declared` when nothing is known).

    Args:
        array: the array's name in the top function.
        declared: its element type.
        producers: array name -> `Producer` for the arrays a cast or an average pooling writes.
    """
    producer = producers.get(array)
    if producer is None:
        return declared
    if producer.function == "linear":
        return held_in(value_type(producer.source, producer.data_type, producers), producer.result_type)
    if producer.pool is None:
        return declared
    if not producer.pool.accumulates:
        return held_in(producer.data_type, producer.result_type)
    inner = value_type(producer.source, producer.data_type, producers)
    return held_in(average_value(inner, producer.pool), producer.result_type)


def element_bits(element: FixedType, array: FixedType) -> int:
    """The width of the data operand HLS multiplies for one element an HGQ quantizer casts to `element`
    before it is stored in `array` (the quantizer's output type): `held_in`'s width."""
    return held_in(element, array).width


def held_in(value: FixedType, array: FixedType) -> FixedType:
    """`value` cast into `array`: its own bits and the trailing zeros `array` adds, when `array` holds every
    value of it (no overflow, no rounding); else the whole of `array`."""
    sign_room = int(array.signed and not value.signed)
    fits = (
        array.fractional >= value.fractional
        and array.integer >= value.integer + sign_room
        and (array.signed or not value.signed)
    )
    if not fits:
        return FixedType(array.width, array.integer, array.signed)
    return FixedType(value.width + array.fractional - value.fractional, value.integer, value.signed)


def average_value(value: FixedType, pool: AveragePool) -> FixedType:
    """The average of `pool.count` unsigned values of `value` computed in a wrapping, truncating accumulator
    that holds their sum: the values' range at the accumulator's resolution. Else the accumulator."""
    accum = pool.accum
    shift = pool.count.bit_length() - 1
    exact = (
        not value.signed
        and pool.count == 1 << shift
        and (accum.overflow, accum.rounding) == ("WRAP", "TRN")
        and accum.fractional >= value.fractional
        and value.integer + shift <= accum.integer - int(accum.signed)
        and value.integer + accum.fractional > 0
    )
    if not exact:
        return FixedType(accum.width, accum.integer, accum.signed)
    return FixedType(value.integer + accum.fractional, value.integer, False)
