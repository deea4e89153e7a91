"""Cycles of an io_parallel softmax (`softmax_stable`, `softmax_latency`) as a chain of hls4ml's operations
cut into states of the clock budget (branch smaxrule; docs/cost-model-record.md 2.4 "io_parallel softmax
latency").

hls4ml's `nnet_activation.h` (1.1 and 1.3 alike, `#pragma HLS pipeline`), in order:

* stable only: the maximum (`reduce` with `Op_max`: ceil(log2 n) levels of a compare and a select), then each
  `x_max - x[i]` (a subtract and the selects that saturate it into the table's index type);
* the exp table read: a ROM load is two states, the address issued at the end of one state (`[2/2]`, its delay
  counted there) and the data at the start of the next (`[1/2]`, counted again): a state boundary;
* the sum (`reduce` with `Op_add`, in exp_table_t before hls4ml 1.2, accum_t since): ceil(log2 n) levels of an
  add and its saturation selects when that type saturates (AP_SAT), else HLS groups the adds into ternary
  adders, ceil(ceil(log2 n) / 2) levels;
* the invert table read (its index a part-select of the sum, no delay), a load like the exp read;
* the n products `exp_res[i] * inv_exp_sum`, one DSP each: combinational when the multiply fits the budget,
  else a pipelined DSP core of `core_stages` states; Vivado HLS 2020.1 writes the outputs in a state of its
  own after such a core (B1-B3; 2019.2's C1 does not; no pipelined core was read in a Vitis HLS schedule).

Each operation is chained into the current state while the state's delay stays within `Target.budget_ns`,
else it starts the next state; the latency is the states less one. The operation delays are read from the
schedules HLS wrote (`.autopilot/db/softmax_*.verbose.sched.rpt`), one table per (fabric, speed grade), not
fitted to the reported latencies; `SOFTMAX_DELAYS` says which schedule each comes from. What the chain does
not know: the exp reads HLS issues a state later than the others (T1-T3, Y1, B1-B3: hidden under the sum on
B1), and the DSP latency HLS picks where the product fits (Y1: a 4-stage core at 2.53 ns against 3.65).

The weight layers' fitted timing (`logic.Constants`: product_ns, dsp_ns, adder_ns per tool and fabric) cannot
express this: its delays are per-group fitted abstractions of a Dense kernel's tree (Vivado HLS 7-series
adder 1.75 ns, under which two compare levels would share a 4.375 ns state), without a compare, a select, a
saturating add or a ROM load, and with no speed grade; `logic.DSP_CORE_NS` gives the -1 product delay used
here, `logic.DSP_CORE_STAGES` the 7-series pipelined core's states.
"""

from dataclasses import dataclass
from math import ceil, log2

from fpgaprune.core.hardware.logic import DSP_CORE_NS, DSP_CORE_STAGES
from fpgaprune.core.hardware.multipliers import version_number


@dataclass(frozen=True)
class SoftmaxDelays:
    """Operation delays (ns) of hls4ml's io_parallel softmax on one (fabric, grade), as HLS prints them."""

    compare: float  # one max-tree level's icmp
    select: float  # and its select
    subtract: float  # x_max - x[i]
    clamp: float  # the selects saturating it into the index type
    load: float  # a ROM read, in its issue state and again in its data state
    saturating_add: float  # one level of an AP_SAT sum: the add and its selects
    wrapping_add: float  # one ternary-adder level of a wrapping sum
    product: float  # exp x 1/sum, combinational
    core_first_stage: float  # the first stage of the pipelined core (product > budget)
    core_stages: int  # states of that core
    source: str


# 7-series product: every 7-series schedule read (B1-B3 on -1, C1 on -3) pipelines it at a 4.375 ns budget and
# H1-H3 (-1, 21.9 ns) chain it, so its delay lies in (4.375, 21.9]; `logic.DSP_CORE_NS`'s -1 value (5.85, from
# the Dense reports) lies there and is taken for both grades (the Dense reports' "faster" 4.0 would make C1's
# core combinational, which its schedule does not).
_SEVEN_SERIES_PRODUCT = DSP_CORE_NS["7series", 1]
# UltraScale+: no schedule shows a pipelined softmax core but Y1's (4 stages though the product fits); the
# Dense reports' pipelined cores on UltraScale+ have 2 stages (`logic.dsp_core_ff`), and its first stage is
# taken as the whole multiply.
_ULTRASCALE_CORE_STAGES = 2

SOFTMAX_DELAYS = {
    ("7series", 1): SoftmaxDelays(
        compare=2.42,
        select=0.80,
        subtract=2.07,
        clamp=2 * 0.97,
        load=3.25,
        saturating_add=2.13 + 2 * 0.97,
        wrapping_add=3.96,
        product=_SEVEN_SERIES_PRODUCT,
        core_first_stage=3.89,
        core_stages=DSP_CORE_STAGES,
        source="tanvirana/heterogeneous-hls4ml-testing at 7894370 (B1-B3, Vivado HLS 2020.1, xc7z020-1)",
    ),
    ("7series", 3): SoftmaxDelays(
        compare=1.85,
        select=0.93,
        subtract=1.77,
        clamp=2 * 0.71,
        load=2.41,
        saturating_add=1.77 + 2 * 0.71,  # its saturating subtract: no saturating sum in the schedule
        wrapping_add=3.02,
        product=_SEVEN_SERIES_PRODUCT,
        core_first_stage=3.40,
        core_stages=DSP_CORE_STAGES,
        source="andread3vita/NeuralNetworkFPGA at 744cd36 (C1, Vivado HLS 2019.2, xc7a35t-3)",
    ),
    ("ultrascale", 2): SoftmaxDelays(
        compare=0.68,
        select=0.24,
        subtract=0.79,
        clamp=0.30,
        load=1.16,
        saturating_add=0.79 + 0.29,
        wrapping_add=0.68,
        product=2.53,
        core_first_stage=2.53,
        core_stages=_ULTRASCALE_CORE_STAGES,
        source=(
            "astitwlathe/example-hls4ml at 3d789a7 (D1, Vivado HLS 2019.2.1, xcvu9p-2L), fastmachinelearning/"
            "l1-jet-id (J1, Vivado HLS 2020.1, xcvu13p-2), nrp-nautilus/6nrp-hls4ml (K1) and axiotisk/"
            "Vitis_Accel_Projects at dd32359 (Y1; Vitis HLS 2022.2, xcu250-2L, xcu55c-2L)"
        ),
    ),
    ("ultrascale", 2, "vitis2023"): SoftmaxDelays(
        compare=0.78,
        select=0.24,
        subtract=0.78,
        clamp=0.30,
        load=1.20,
        saturating_add=0.79 + 0.29,
        wrapping_add=0.68,
        product=2.03,
        core_first_stage=2.03,
        core_stages=_ULTRASCALE_CORE_STAGES,
        source=(
            "Lrozzy/hls4ml_OpenML at 47cf4d8 (G1, Vitis HLS 2024.1, xcu50-2), k-diep/CE6370 at 8b15186 "
            "(T1-T3) and moinuddin-ahamed/CTRF-HLS at 24e5b3b (Z1, Z2; Vitis HLS 2023.2, xcu250-2L)"
        ),
    ),
}
# From this Vitis HLS version on the UltraScale+ schedules print the product at 2.03 ns and the loads at 1.20
# (G1, T1-T3, Z1/Z2, and S3's stream softmax under 2023.1); Vivado HLS 2019.2-2020.1 and Vitis HLS 2022.2 at
# 2.53 and 1.15-1.2.
SOFTMAX_VITIS_DELAYS_SINCE = (2023, 1)
# Vivado HLS from this version writes the outputs in a state of their own after a pipelined product core.
SOFTMAX_WRITE_STATE_SINCE = (2020, 1)


def softmax_delays(target) -> SoftmaxDelays:
    """The delay table of `target`'s part: its fabric's table at the nearest speed grade read (7-series -1 or
    -3, ties and parts without a grade to the slower -1; UltraScale -2, the only grade read, for every part of
    that fabric), the Vitis HLS 2023.1+ UltraScale table for those versions."""
    if target.fabric == "7series":
        grade = 3 if (target.speed_grade or 1) >= 3 else 1
        return SOFTMAX_DELAYS["7series", grade]
    newer = target.hls_tool == "vitis" and version_number(target.version) >= SOFTMAX_VITIS_DELAYS_SINCE
    return SOFTMAX_DELAYS[("ultrascale", 2, "vitis2023") if newer else ("ultrascale", 2)]


def softmax_operations(n_in: int, implementation: str, saturating_sum: bool, delays: SoftmaxDelays) -> list:
    """hls4ml's softmax as (kind, delay ns) in order; "op" chains, "load" is a ROM read (issue | data)."""
    levels = ceil(log2(max(n_in, 2)))
    chain = []
    if implementation == "stable":
        chain += [("op", delays.compare), ("op", delays.select)] * levels
        chain += [("op", delays.subtract), ("op", delays.clamp)]
    chain.append(("load", delays.load))
    if saturating_sum:
        chain += [("op", delays.saturating_add)] * levels
    else:
        chain += [("op", delays.wrapping_add)] * ceil(levels / 2)
    chain.append(("load", delays.load))
    return chain


def chain_states(operations: list, budget_ns: float) -> tuple[int, float]:
    """(states, delay in the last state) of `operations` chained into states of `budget_ns`."""
    states, used = 1, 0.0
    for kind, delay in operations:
        if used > 0 and used + delay > budget_ns:
            states, used = states + 1, 0.0
        used += delay
        if kind == "load":  # the data comes a state later, its delay counted again there
            states, used = states + 1, delay
    return states, used


def parallel_softmax_cycles(n_in: int, implementation: str, saturating_sum: bool, target) -> int:
    """Latency (cycles) of one io_parallel `softmax_stable`/`softmax_latency` call on `target`."""
    delays = softmax_delays(target)
    budget = target.budget_ns
    states, used = chain_states(softmax_operations(n_in, implementation, saturating_sum, delays), budget)
    if delays.product <= budget:
        states += used + delays.product > budget
        return states - 1
    states += used + delays.core_first_stage > budget  # the core starts in the next state
    states += delays.core_stages - 1
    writes = target.hls_tool == "vivado" and version_number(target.version) >= SOFTMAX_WRITE_STATE_SINCE
    return states + int(writes) - 1
