"""DSP, BRAM_18K, LUT, FF, latency and II of hls4ml's GRU and LSTM layers (`nnet::gru_stack`,
`nnet::lstm_stack` of `nnet_recurrent.h`, io_parallel and, since branch recurrent2, io_stream), composed from
pieces the model already has (branch recurrent; docs/cost-model-record.md 2.18). Every number is an estimate
(source "estimate"); **no constant is fitted here**.

What hls4ml builds (0.8's `nnet_recurrent.h` as stored with the uw-acme projects, and 1.3.0's, the same
loops): `gru_stack`/`lstm_stack` runs a loop of `n_sequence` time steps, not pipelined; each trip copies the
step's `n_in` inputs out of the layer's input array (`data[j + iloop * n_in]`) and calls the step
(`gru_static`/`lstm_static` when `use_static`, else `gru`/`lstm`, the same code with the state as an
argument), also not pipelined: two `nnet::dense` calls with their own configs (`mult_config1`, the kernel,
n_in x gates * n_state; `mult_config2`, the recurrent kernel, n_state x gates * n_state; gates 3 for GRU,
4 for LSTM), adds, the recurrent activation (`activation_recr`, sigmoid) over 2 n_state (GRU) or 3 n_state
(LSTM) values, the activation (tanh) over n_state values (LSTM: twice, on the candidate and on the new cell
state), and the state update's element-wise products. So:

* the two kernels: the Dense estimate (`cost.estimate_layer`) of a Dense with each config's shape, RF,
  strategy and types (input: the layer's input type, resp. its result type for the recurrent kernel);
* the activations: the sigmoid/tanh rules of the io_parallel table activations, a
  `tablelogic.TableActivation` of the config's values and table: its LUT
  (`tablelogic.estimate_table_activation`) and its table's BRAM (ceil(values / 2) dual-port copies of
  `glue.bram18_blocks`, `glue._table`, passed in by `glue`; LSTM: one tanh instance for its two calls when
  they are the same function, `table_activations`); its FF are not added: the step is not
  pipelined, so the call is one state whose results are the step's registers (below; every sigmoid/tanh
  instance of the three stored reports has 2 FF);
* the state update: GRU n_state products r x (W_h h), (1 - z) x h~ (one bit wider: `1 - z`) and h x z;
  LSTM c~ x i, c x f and o x tanh(c), each on `multipliers.dsps_per_product` DSPs, else `lut_multiplier_luts`
  LUTs; the adds (GRU 3 n_state + the n_state subtractions `1 - z`, LSTM 4 n_state; the mix's add is the DSP's
  own when the products are on DSPs, else one more adder each) at the target group's `lut_adder` per bit;
* the step's registers (`step_register_bits`): every value that crosses one of the step's calls is held in a
  register. GRU per state unit: the three kernel results, the recurrent kernel's candidate part, the two
  sigmoid results and z once more for the mix, the r x (W_h h) product (its full fractional width), the
  candidate's sum, the state and the step's result; LSTM per state unit (by the same reading of its code,
  **unchecked**): the four kernel results, the three sigmoid results, the candidate's tanh, the cell state,
  the hidden state and the two results;
* the stack's registers: the step's inputs (n_in values), the state it carries (GRU h, LSTM h and c) and,
  with `n_sequence_out` > 1, the whole output sequence;
* the stack's input selection: the loop index picks `n_in` values of the layer's input array at a variable
  offset. When that array is the top function's input port, which hls4ml's io_parallel top `ARRAY_RESHAPE`s
  into one word of W = n_sequence x n_in x bits, Vivado HLS 2019.2 builds each value's selection from two
  shifts of the word (`INPUT_SHIFT_LUT` LUT each in its report, whatever W; at most a barrel shifter's
  W ceil(log2 W) / 2 for a narrower word than any report shows) and a mask and a select of the word's W bits
  (at most `INPUT_MASK_MAX_BITS` LUT each): `input_select_luts`. When the array is a partitioned
  layer output, each value is an n_sequence-to-1 multiplexer (`moreops.mux_luts`, unchecked);
* timing: the step's and the stack's calls are those of a finite-state machine, each taking
  `glue.SEQUENTIAL_CALL_CYCLES` beyond its callee (the rule read on an io_stream top, set 20's R3): the step
  = (2 + the slower kernel) + (2 + the sigmoid's cycles) + the product stage + (2 + the tanh's) [+ (2 + the
  second tanh) for LSTM] + the product stage, the table call's cycles `table_call_cycles` (1 for Vivado HLS
  on UltraScale+ at 5 ns, as the schedules show, else `tablelogic.TABLE_ACTIVATION_LATENCY`), each product
  stage
  `logic.lone_product_stage`'s cycles (its FF, the pipelined DSP core's registers, join the state update's);
  the stack = n_sequence x (step + 2) + 1 (the loop's exit). The layer is
  not pipelined: its II is its latency.
* io_stream (`gru_stack`/`lstm_stack` on `hls::stream`, the same step): the loop runs once per input word
  (n_sequence words of n_in values); each trip reads the word, stores its values into `data_in`, which hls4ml
  does not partition here and which crosses the step's call, so HLS keeps it a dual-port RAM (BRAM of
  n_in x the input type, `stream_input_ram_bram`), two stores a cycle (`stream_store_cycles`), then calls
  the step and writes its result word to the output stream (with `n_sequence_out` > 1; else once after the
  loop). So no input selection and no state or output registers in the stack: its LUT and FF are the
  stream-plumbing rule's (`stream_stack_plumbing`: the stream elements' handshakes, the loop's states, its
  few registers), and its latency words x (stores + step + 2) + 1.

The calls' FSM multiplexers (the Multiplexer rows, 95-452 LUT in R1-R3) are not modelled; in a top under
`#pragma HLS PIPELINE` HLS unrolls the time-step loop, which is not costed (`PIPELINE_TOP_WARNING`).
hls4ml 1.3's `bidirectional_stack` and its `lstm_stack`/`gru_stack` with the initial state as arguments are
not costed (`project.RECURRENT_FUNCTIONS`; `recurrent_layers` reads the six-argument form only); hls4ml 1.3's
Vivado backend has no SimpleRNN (`nnet_recurrent.h` has no `simple_rnn`).

Checks (docs/cost-model-record.md 2.18): three GRU designs of one repository (uw-acme/HLS4ML_VS_MANUAL, Vivado
HLS 2019.2, xcu250, 5 ns, `ap_fixed<16,6>` everywhere), their `gru_stack` instances
(tests/core/hardware/data/recurrent), and a fourth, an io_stream GRU (Vivado HLS 2019.1 on Virtex-7,
`ap_fixed<20,10>`): its `gru_stack` instance and its design totals.
R1's and R2's kernels' Dense estimates are fitted on those same kernels' rows (`resource_layers.csv`) and
`INPUT_SHIFT_LUT` / `INPUT_MASK_MAX_BITS` and the register list are read from these reports, so the check is
in-sample for those parts; no LSTM report exists to check the LSTM composition.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from math import ceil, log2

import numpy as np

from fpgaprune.core.hardware.cost import estimate_layer
from fpgaprune.core.hardware.layer import LayerHardware, as_built
from fpgaprune.core.hardware.logic import constants_for, lone_product_stage, weighted_sum
from fpgaprune.core.hardware.moreops import mux_luts
from fpgaprune.core.hardware.multipliers import Target, dsps_per_product, lut_multiplier_luts
from fpgaprune.core.hardware.plumbing import FEATURES, PLUMBING_CONSTANTS
from fpgaprune.core.hardware.precision import FixedType, parse_precision
from fpgaprune.core.hardware.project import (
    RECURRENT_CALL,
    _array_size,
    _resolve,
    _typedefs,
    define_macros,
    kernel_from_hls_order,
    project_backend,
    project_io_type,
    reshaped_port,
    struct_body,
    struct_settings,
)
from fpgaprune.core.hardware.tablelogic import (
    TABLE_ACTIVATION_LATENCY,
    TABLE_RANGE,
    TableActivation,
    estimate_table_activation,
)

GATES = {"gru": 3, "lstm": 4}
# activations per state unit: (recurrent activation values, activation calls)
_ACTIVATIONS = {"gru": (2, 1), "lstm": (3, 2)}
# Vivado HLS 2019.2's Expression price of each of the two shifts (`lshr`) that select one input value out of
# the top's reshaped input word at the loop's variable offset: 2,171 LUT for every such shift in the three
# stored reports (W 1,440, 1,920 and 4,800 bits); the mask (`and`) and `select` of the word are priced at its
# bits, at most 4,096 (R1 1,440 / 1,505, R2 1,919, R3 4,096 each). Read from the reports, not fitted. A
# narrower word (below R1's 1,440 bits no report shows one) takes at most a barrel shifter's
# W ceil(log2 W) / 2 LUT6 (4-to-1 multiplexers) a shift, a bound that does not bind at R1-R3's widths.
INPUT_SHIFT_LUT = 2171
INPUT_MASK_MAX_BITS = 4096

# One text for every recurrent layer, so that `fpgaprune estimate` prints it once.
RECURRENT_WARNING = (
    "hls4ml's recurrent layer (gru_stack/lstm_stack) is composed from the Dense estimates of its two "
    "kernels, the sigmoid/tanh table rules, the state update's products and its loop (io_stream: the "
    "stream-plumbing rule), with no constant of its own; checked on four GRU instances of one repository "
    "(three io_parallel on Vivado HLS 2019.2, partly in-sample: its kernels' Dense rows, its input "
    "selection's prices; one io_stream on Vivado HLS 2019.1, FF 36 % under) and on no LSTM: a thin check"
)
# For a recurrent layer in a top under `#pragma HLS PIPELINE` (hls4ml's "pipeline" style, e.g. Latency
# strategy layers only): pipelining a function unrolls every loop in the hierarchy below it (UG902 for Vivado
# HLS, UG1399 "Function Pipelining" for Vitis HLS: "all the loops in the function body and in the hierarchy
# below are automatically unrolled"), and hls4ml's stack keeps its time-step loop without an INLINE off or a
# PIPELINE off that would stop it, so HLS builds n_sequence copies of the step in one pipeline. What those
# copies cost (one instance per call site? the static state shared by all of them? the kernels' own loops
# unrolled too?) no stored report shows, so the estimate stays the rolled loop and the warning says so.
PIPELINE_TOP_WARNING = (
    "the top function is pipelined (#pragma HLS PIPELINE), and HLS unrolls the loops in the hierarchy below "
    "a pipelined function (UG902, UG1399), so the recurrent layer's time-step loop becomes n_sequence copies "
    "of its step; the estimate is of one step run n_sequence times (as in the DATAFLOW and io_stream tops of "
    "the reports): its resources may be up to n_sequence times higher and its latency lower"
)
LOOP_EXIT_CYCLES = 1
# Vivado HLS's sigmoid/tanh call is a pipelined function whose table index arithmetic (multiply by a power of
# two, offset, two clamps) and table address fit one state on UltraScale+ at 5 ns: its schedule has two states
# (index and read issued, then the read's register), a latency of 1 (R1-R3's sigmoid and tanh, Vivado HLS
# 2019.2 on xcu250: 3.75 ns of the 4.375 ns budget in R2's schedule; H10, the one UltraScale+ Vivado HLS
# table instance of the calibrating sets, likewise 1). On Virtex-7 the same arithmetic takes 3.64 ns alone and
# the read 2.27 ns (R4's schedule), three states, a latency of 2 (R4; X1-X6 2, 2, 2, 2, 3, 2). Read from the
# schedules, not fitted: the minimum budget is the one clock every such report has (5 ns at 12.5 %).
ONE_STATE_TABLE_BUDGET_NS = 4.375


@dataclass(frozen=True)
class RecurrentLayer:
    """One `gru_stack` / `lstm_stack` call (io_parallel or io_stream), as its config structs describe it.

    Attributes:
        name: the call's `// layer` comment (else its config).
        function: "gru" or "lstm".
        n_in, n_state, n_sequence, n_sequence_out: the config's sizes.
        static: `use_static` (the state a static of the step, `gru_static`/`lstm_static`).
        kernel, recurrent: the two Dense products (`mult_config1`, `mult_config2`) as `LayerHardware`.
        kernel_weights, recurrent_weights: their weights files (hls4ml's order), None when absent.
        input_type, accum_type, state_type: data_T, the config's accum_t and res_T.
        recr_activation, activation: the functions hls4ml names (`activation_recr`, `activation`).
        recr_table, table: (table_size, table_t bits) of their configs.
        input_word_bits: W of the top's reshaped input word the stack selects from (0: a partitioned array).
        io_stream: the io_stream stack (`hls::stream` in and out; `stream_input_ram_bram`,
            `stream_stack_plumbing`).
        words: io_stream: the input stream words the stack reads, one step each (n_sequence x n_in / the
            word's values; 0 in io_parallel).
    """

    name: str
    function: str
    n_in: int
    n_state: int
    n_sequence: int
    n_sequence_out: int
    static: bool
    kernel: LayerHardware
    recurrent: LayerHardware
    kernel_weights: np.ndarray | None
    recurrent_weights: np.ndarray | None
    input_type: FixedType
    accum_type: FixedType
    state_type: FixedType
    recr_activation: str = "sigmoid"
    activation: str = "tanh"
    recr_table: tuple = (1024, 18)
    table: tuple = (1024, 18)
    input_word_bits: int = 0
    io_stream: bool = False
    words: int = 0


def table_activations(layer: RecurrentLayer) -> list[tuple[TableActivation, tuple]]:
    """(the step's sigmoid/tanh instances as `tablelogic.TableActivation`, their (table_size, table_t
    bits)): GRU sigmoid over 2 n_state values and tanh over n_state; LSTM sigmoid over 3 n_state and tanh over
    n_state, one instance for its two tanh calls when they are the same function (the cell state's type,
    res_T, is accum_t; one Vitis HLS LSTM's module hierarchy in the stored index has a single tanh instance),
    else two. An activation that is not a table function (relu, linear, ...) is left out (not costed)."""
    recr_values, tanh_calls = _ACTIVATIONS[layer.function]
    if layer.state_type == layer.accum_type:
        tanh_calls = 1
    calls = [(layer.recr_activation, recr_values * layer.n_state, layer.recr_table)]
    calls += [(layer.activation, layer.n_state, layer.table)] * tanh_calls
    return [
        (
            TableActivation(f"{layer.name}.{function}", function, values, layer.accum_type, table[0], False),
            table,
        )
        for function, values, table in calls
        if function in TABLE_RANGE
    ]


def table_call_cycles(target: Target) -> int:
    """Cycles of the step's sigmoid/tanh call: 1 for Vivado HLS on an UltraScale(+) part with at least
    `ONE_STATE_TABLE_BUDGET_NS` a cycle (the index arithmetic and the table address in one state), else the
    io_parallel table activation's `TABLE_ACTIVATION_LATENCY`."""
    tool = target.hls_tool
    if tool == "vivado" and target.fabric == "ultrascale" and target.budget_ns >= ONE_STATE_TABLE_BUDGET_NS:
        return 1
    return TABLE_ACTIVATION_LATENCY[tool]


def activation_calls(layer: RecurrentLayer) -> list[str]:
    """The activation functions the step calls one after another (GRU sigmoid, tanh; LSTM sigmoid, tanh,
    tanh)."""
    tanh_calls = _ACTIVATIONS[layer.function][1]
    return [layer.recr_activation] + [layer.activation] * tanh_calls


def state_products(layer: RecurrentLayer) -> list[tuple[int, int]]:
    """(a bits, b bits) of each of the state update's products, n_state of each kind (module docstring)."""
    a, s = layer.accum_type.width, layer.state_type.width
    if layer.function == "gru":  # r x (W_h h), (1 - z) x h~ (1 - z: one bit wider), h x z
        kinds = [(a, a), (a + 1, a), (s, a)]
    else:  # c~ x i, c x f, o x tanh(c)
        kinds = [(a, a), (s, a), (a, a)]
    return [kind for kind in kinds for _ in range(layer.n_state)]


def step_register_bits(layer: RecurrentLayer) -> int:
    """Bits the step holds in registers between its calls (module docstring): per state unit, GRU 8 values
    of accum_t, the r x (W_h h) product at accum_t's width plus its fractional bits, 2 of res_T; LSTM 8 of
    accum_t and 4 of res_T."""
    a, s = layer.accum_type, layer.state_type.width
    if layer.function == "gru":
        per_unit = 8 * a.width + (a.width + a.fractional) + 2 * s
    else:
        per_unit = 8 * a.width + 4 * s
    return layer.n_state * per_unit


def carried_state_bits(layer: RecurrentLayer) -> int:
    """Bits of the state one step hands the next: GRU h, LSTM h and c, n_state values of res_T each."""
    states = 1 if layer.function == "gru" else 2
    return states * layer.n_state * layer.state_type.width


def stack_register_bits(layer: RecurrentLayer) -> int:
    """Bits of the stack's own registers: the step's n_in inputs, the carried state (`carried_state_bits`)
    and, with n_sequence_out > 1, the output sequence it writes step by step."""
    bits = layer.n_in * layer.input_type.width + carried_state_bits(layer)
    if layer.n_sequence_out > 1:
        bits += layer.n_sequence_out * layer.n_state * layer.state_type.width
    return bits


def input_select_luts(layer: RecurrentLayer) -> int:
    """LUT of the stack's selection of each step's n_in inputs (module docstring): out of the top's reshaped
    input word, two `INPUT_SHIFT_LUT` shifts and a mask and a select of min(W, `INPUT_MASK_MAX_BITS`) bits a
    value; out of a partitioned array, an n_sequence-to-1 multiplexer per input bit."""
    word = layer.input_word_bits
    if word:
        shift = min(INPUT_SHIFT_LUT, ceil(word * ceil(log2(max(word, 2))) / 2))
        return layer.n_in * (2 * shift + 2 * min(word, INPUT_MASK_MAX_BITS))
    return layer.n_in * layer.input_type.width * mux_luts(layer.n_sequence)


def stream_input_ram_bram(layer: RecurrentLayer, table_bram: Callable[[int, int, int], int]) -> int:
    """BRAM_18K of the io_stream stack's `data_in` array: hls4ml does not partition it (the io_parallel stack
    does) and it crosses the call of the step, so HLS keeps it a memory, a dual-port RAM of n_in words of the
    input type (R4: 3 x 20 bits, 2 BRAM_18K, an 18-bit port per block): `table_bram` (`glue`'s rule for a
    depth x width memory read (values) times at once) of one copy, two ports."""
    return table_bram(layer.n_in, layer.input_type.width, 2)


def stream_store_cycles(layer: RecurrentLayer) -> int:
    """States of the io_stream stack's iteration before the step's call: the word's n_in values stored into
    the dual-port `data_in` RAM, two a cycle, the stream read in the first (R4's schedule: read and two
    stores, then the third store, then the call)."""
    return max(1, ceil(layer.n_in / 2))


def stream_stack_register_bits(layer: RecurrentLayer) -> int:
    """Bits of the io_stream stack's registers: the input values stored after the first state (held from the
    read), the loop counter and its increment, the reset flag. The state is the step's (`gru_static`'s static)
    and each step's result is written to the output stream as the call returns: neither is held here (R4's
    Register rows: `tmp_data_2_V` 20, `i_in_0` 7, `i_in` 7, `reset_state_0` 1, besides the input port's
    register slice, which the model costs nowhere). Without `use_static` the step (`gru`/`lstm`) takes the
    state as an argument and returns it, so the stack holds it from one step to the next (GRU h, LSTM h and
    c; from the code, no report)."""
    counter = max(1, ceil(log2(layer.words + 1)))
    bits = max(0, layer.n_in - 2) * layer.input_type.width + 2 * counter + 1
    if not layer.static:
        bits += carried_state_bits(layer)
    return bits


def stream_stack_plumbing(layer: RecurrentLayer, hls_tool: str) -> dict:
    """LUT and FF of the io_stream stack's stream handling by the stream-plumbing rule
    (`plumbing.PLUMBING_CONSTANTS`, fitted on the merge and plumbing instances, none of them recurrent):
    ports = the stream elements read and written (Vivado HLS: one FIFO per element, n_in + n_state; Vitis HLS:
    one per stream, 2), states = the iteration's states (the stores and the call's two), register bits =
    `stream_stack_register_bits`."""
    constants = PLUMBING_CONSTANTS[hls_tool]
    ports = layer.n_in + layer.n_state if hls_tool == "vivado" else 2
    states = stream_store_cycles(layer) + 2
    features = {
        "ports": ports,
        "mux_inputs": 0,
        "states": states,
        "indexed_bits": 0,
        "fixed": 1,
        "register_bits": stream_stack_register_bits(layer),
    }
    return {
        resource: max(0, round(weighted_sum(constants[resource], {key: features[key] for key in keys})))
        for resource, keys in FEATURES.items()
    }


def _kernel_weights(layer: LayerHardware, flat: np.ndarray | None) -> np.ndarray | None:
    return None if flat is None else kernel_from_hls_order(layer, flat)


def recurrent_products(files) -> list[tuple[LayerHardware, np.ndarray | None]]:
    """Each GRU's and LSTM's kernel and recurrent kernel of a project (`recurrent_layers`) with its weights in
    the Keras layout (None when the project holds no weights file), named `<layer>.kernel` and
    `<layer>.recurrent_kernel` as fpgaprune's weight layers are (`core.zoo.RECURRENT_PARTS`)."""
    return [
        (product, _kernel_weights(product, flat))
        for layer in recurrent_layers(files)
        for product, flat in (
            (layer.kernel, layer.kernel_weights),
            (layer.recurrent, layer.recurrent_weights),
        )
    ]


def estimate_recurrent(
    layer: RecurrentLayer,
    target: Target,
    table_bram: Callable[[int, int, int], int],
    call_cycles: int,
    table_logic: dict | None = None,
) -> dict:
    """{dsp, bram_18k, lut, ff, latency_cycles, ii, source, parts} of one recurrent layer (module docstring);
    `parts`: the same resources of each piece (kernel, recurrent_kernel, activations, state_update,
    step_registers, and io_parallel stack_registers and input_select, io_stream stream_stack), for the docs'
    comparison with the reports' instances;
    `step_cycles`: the latency of one step (the step function's call, `gru_static`/`lstm_static`).

    Args:
        table_bram: BRAM_18K of a table of (depth, width) read (values) times at once (`glue`'s rule for the
            sigmoid/tanh tables; passed in, as `glue` imports this module).
        call_cycles: cycles a call in a finite-state machine takes beyond its callee
            (`glue.SEQUENTIAL_CALL_CYCLES`).
        table_logic: sigmoid/tanh constants to use instead of `tablelogic.TABLE_LOGIC_CONSTANTS[tool]`.
    """
    tool = target.hls_tool
    kernel = estimate_layer(layer.kernel, _kernel_weights(layer.kernel, layer.kernel_weights), target)
    recurrent = estimate_layer(
        layer.recurrent, _kernel_weights(layer.recurrent, layer.recurrent_weights), target
    )
    parts = {name: e.as_dict() for name, e in (("kernel", kernel), ("recurrent_kernel", recurrent))}

    tables = table_activations(layer)
    activation = {"dsp": 0, "bram_18k": 0, "lut": 0, "ff": 0}
    for table, (table_size, table_bits) in tables:
        logic = estimate_table_activation(table, tool, table_logic)
        activation["lut"] += logic["lut"]
        activation["bram_18k"] += table_bram(table_size, table_bits, table.values)
    activation_cycles = [
        table_call_cycles(target) if function in TABLE_RANGE else 0 for function in activation_calls(layer)
    ]
    parts["activations"] = activation

    products = state_products(layer)
    tiles = [dsps_per_product(a, b, target) for a, b in products]
    on_dsp = all(tiles)
    adder_bits = layer.accum_type.width
    adds = (3 if layer.function == "gru" else 4) * layer.n_state + (0 if on_dsp else layer.n_state)
    subtracts = layer.n_state if layer.function == "gru" else 0
    adder_lut = constants_for(tool, target.calibration_group).lut_adder
    update_lut = adder_lut * (adds * adder_bits + subtracts * (adder_bits + 1))
    update_lut += sum(lut_multiplier_luts(a, b) for (a, b), t in zip(products, tiles) if not t)
    # each product's stage (the Dense rule for a lone product and its add: cycles, pipeline registers)
    kinds = {(x, y, t) for (x, y), t in zip(products, tiles)}
    stages = {
        kind: lone_product_stage(target, kind[0], kind[1], layer.accum_type.width, kind[2]) for kind in kinds
    }
    stage_cycles = max(cycles for cycles, _ in stages.values())
    update_ff = sum(stages[(x, y, t)][1] for (x, y), t in zip(products, tiles))
    parts["state_update"] = {
        "dsp": int(sum(tiles)),
        "bram_18k": 0,
        "lut": round(update_lut),
        "ff": round(update_ff),
    }

    parts["step_registers"] = {"dsp": 0, "bram_18k": 0, "lut": 0, "ff": step_register_bits(layer)}
    if layer.io_stream:
        # the stream read, the data_in RAM, the loop and the output stream write (`stream_stack_plumbing`;
        # its FF include `stream_stack_register_bits`)
        plumbing = stream_stack_plumbing(layer, tool)
        parts["stream_stack"] = {"dsp": 0, "bram_18k": stream_input_ram_bram(layer, table_bram), **plumbing}
    else:
        parts["stack_registers"] = {"dsp": 0, "bram_18k": 0, "lut": 0, "ff": stack_register_bits(layer)}
        parts["input_select"] = {"dsp": 0, "bram_18k": 0, "lut": input_select_luts(layer), "ff": 0}

    # the step: the kernels' call, then each activation's call, a product stage after the sigmoid and after
    # the last activation (GRU: r x (W_h h), then the mix; LSTM: c, then h)
    step = call_cycles + max(kernel.latency_cycles, recurrent.latency_cycles)
    step += sum(call_cycles + cycles for cycles in activation_cycles) + 2 * stage_cycles
    if layer.io_stream:  # one step per stream word, after the word's stores into data_in
        latency = layer.words * (stream_store_cycles(layer) + step + call_cycles) + LOOP_EXIT_CYCLES
    else:
        latency = layer.n_sequence * (step + call_cycles) + LOOP_EXIT_CYCLES
    totals = {key: sum(part[key] for part in parts.values()) for key in ("dsp", "bram_18k", "lut", "ff")}
    totals = {key: round(value) for key, value in totals.items()}
    result = {**totals, "latency_cycles": latency, "ii": latency, "source": "estimate"}
    # what the layer is, for its own row in `fpgaprune estimate`: "gru"/"lstm", its kernel's strategy and RF
    kernel_row = {"kind": layer.function, "strategy": layer.kernel.strategy}
    kernel_row["reuse_factor"] = layer.kernel.reuse_factor
    return {**result, **kernel_row, "step_cycles": step, "parts": parts}


def recurrent_layers(files) -> list[RecurrentLayer]:
    """The `gru_stack`/`lstm_stack` calls of a project (`project.ProjectFiles`) with the form hls4ml writes
    (input, result, w, wr, b, br), io_parallel and io_stream, read from `parameters.h` and `defines.h`, their
    kernels' weights from the project's weights when present (`ProjectFiles.weights`). The forms with initial
    states are left out (`unmodelled_warnings` names them)."""
    io_stream = project_io_type(files.config, files.parameters) != "io_parallel"
    types, macros = _typedefs(files.defines), define_macros(files.defines)
    types.update(_typedefs(files.parameters))
    read = _Reader(files.parameters, types, macros, project_backend(files.config))
    layers = []
    for function, template, arguments, name in RECURRENT_CALL.findall(files.source):
        names = [t.strip() for t in template.split(",")]
        passed = [a.strip() for a in arguments.split(",")]
        if len(names) != 3 or len(passed) != 6:
            continue
        data_t, res_t, config = names
        settings = read.settings(config)
        kind = function.removesuffix("_stack")
        n_in, n_state = int(settings["n_in"]), int(settings["n_state"])
        n_sequence = int(settings["n_sequence"])
        name = name or config
        input_type = read.fixed(data_t)
        recr_key = "ACT_CONFIG_GRU" if kind == "gru" else "ACT_CONFIG_LSTM"
        layers.append(
            RecurrentLayer(
                name=name,
                function=kind,
                n_in=n_in,
                n_state=n_state,
                n_sequence=n_sequence,
                n_sequence_out=int(settings.get("n_sequence_out", 1)),
                static=_use_static(files.parameters, config),
                kernel=read.dense(
                    f"{name}.kernel", settings["mult_config1"], data_t, n_in, GATES[kind] * n_state
                ),
                recurrent=read.dense(
                    f"{name}.recurrent_kernel",
                    settings["mult_config2"],
                    res_t,
                    n_state,
                    GATES[kind] * n_state,
                ),
                kernel_weights=files.weights(passed[2]),
                recurrent_weights=files.weights(passed[3]),
                input_type=input_type,
                accum_type=read.fixed(settings.get("accum_t", "accum_t")),
                state_type=read.fixed(res_t),
                recr_activation=_activation_name(files.parameters, config, "activation_recr"),
                activation=_activation_name(files.parameters, config, "activation"),
                recr_table=read.table(settings.get(recr_key, "")),
                table=read.table(settings.get("ACT_CONFIG_T", "")),
                input_word_bits=n_sequence * n_in * input_type.width
                if not io_stream and reshaped_port(files.source, passed[0])
                else 0,
                io_stream=io_stream,
                # a scalar stream type carries one value a word
                words=n_sequence * n_in // (_array_size(types, data_t) or 1) if io_stream else 0,
            )
        )
    return layers


@dataclass(frozen=True)
class _Reader:
    """The config structs and types of one project's `parameters.h` / `defines.h`."""

    parameters: str
    types: dict
    macros: dict
    backend: str

    def settings(self, config: str) -> dict:
        return struct_settings(self.parameters, config, self.macros)

    def fixed(self, name: str) -> FixedType:
        return parse_precision(_resolve(self.types, name))

    def dense(self, name: str, config: str, input_type: str, n_in: int, n_out: int) -> LayerHardware:
        """One of the step's two `nnet::dense` products, as `LayerHardware` of its config struct."""
        mult = self.settings(config)
        written = LayerHardware(
            name,
            "dense",
            (n_in, n_out),
            reuse_factor=int(mult.get("reuse_factor", 1)),
            strategy=mult.get("strategy", "latency"),
            io_type="io_parallel",
            weight_type=self.fixed(mult.get("weight_t", "weight_t")),
            input_type=self.fixed(input_type),
            accum_type=self.fixed(mult.get("accum_t", "accum_t")),
        )
        return as_built(written, self.backend)

    def table(self, config: str) -> tuple[int, int]:
        """(table_size, table_t bits) of an activation config (hls4ml's defaults 1,024 and 18 bits)."""
        act = self.settings(config) if config else {}
        bits = self.fixed(act["table_t"]).width if "table_t" in act else 18
        return int(act.get("table_size", 1024)), bits


def _use_static(parameters: str, config: str) -> bool:
    """A recurrent config's `static const bool use_static` (hls4ml's default true when absent); a `bool`
    member, which `project.struct_settings` (unsigned and int members) does not read."""
    found = re.search(r"static\s+const\s+bool\s+use_static\s*=\s*(\w+)\s*;", struct_body(parameters, config))
    return found is None or found.group(1) != "false"


def _activation_name(parameters: str, config: str, alias: str) -> str:
    """The `nnet::activation::<name>` a recurrent config's `using <alias> = ...` names ("" when absent)."""
    found = re.search(rf"using\s+{alias}\s*=\s*nnet::activation::(\w+)\s*<", struct_body(parameters, config))
    return found.group(1) if found else ""
