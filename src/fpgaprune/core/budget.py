"""Resource budgets of a pruned design: a share of the baseline removed, or absolute counts.

    {"dsp": 0.9}                      remove 90 % of every resource the method budgets (a pipeline target)
    {"dsp": 1500, "bram_18k": 300}    the design's weight layers may use at most 1500 DSPs and 300 BRAM_18K
    {"lut": 200000}                   at most 200,000 LUT (estimated; optimised by knapsack_lut)
    fit("xcvu9p-flga2104-2L-e", 0.7)  70 % of a part's resources (`fpgaprune.core.devices.fit`)

A value below 1 is a share removed, a value of 1 or more an absolute count; one budget is either all
shares (one value) or all counts. Absolute budgets count all the design's weight layers, its non-prunable
ones included, but not the layers without weights, tables, FIFOs and glue (which `glue.estimate_project`
adds). A part's budget (`fit`: `fpgaprune.optimize`, `fpgaprune optimize --part`, a pipeline experiment's
`fit:`) is the whole design's: those parts are estimated from the unpruned model's hls4ml project and
reserved out of it (`reserve_part`), and the weight layers get the rest. Resources the method does not
optimise (from `fit`: LUT and FF under a DSP method, DSP, BRAM_18K and FF under knapsack_lut) are checked
against the final estimate and reported, not optimised.
"""

import math
import numbers
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from fpgaprune.core.devices import BUDGET_RESOURCES, PartBudget


@dataclass(frozen=True)
class ResourceBudget:
    """A parsed budget: `share` removed of every budgeted resource, or `absolute` counts per resource."""

    share: float | None = None
    absolute: Mapping[str, float] = field(default_factory=dict)
    named: tuple[str, ...] = field(default=(), compare=False)  # what a share was given for (`dsp=0.5`: dsp)

    def as_dict(self) -> dict:
        return {"share": self.share} if self.share is not None else {"absolute": dict(self.absolute)}


def parse_budget(budget: Mapping[str, float] | str) -> ResourceBudget:
    """A `ResourceBudget` from {"dsp": 1500, ...}, {"dsp": 0.9} or the CLI's "dsp=1500,bram_18k=300".

    Raises:
        ValueError: unknown resource, a non-positive value, mixed shares and counts, or several shares.
    """
    if not isinstance(budget, (str, Mapping)):
        raise ValueError(  # noqa: TRY004 (one-line errors are ValueError)
            f"budget {budget!r}: give counts or a share per resource, e.g. {{'dsp': 1500}} or {{'dsp': 0.9}} "
            f"(resources: {', '.join(BUDGET_RESOURCES)})"
        )
    values = _parse_text(budget) if isinstance(budget, str) else dict(budget)
    if not values:
        raise ValueError(
            f"empty budget; give counts or a share per resource, e.g. dsp=1500 or dsp=0.9 "
            f"(resources: {', '.join(BUDGET_RESOURCES)})"
        )
    for resource, value in values.items():
        if resource not in BUDGET_RESOURCES:
            raise ValueError(
                f"budget: unknown resource {resource!r}; resources: {', '.join(BUDGET_RESOURCES)}"
            )
        number = isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_))
        if not number:  # "600" was told to give "a count >= 1" (a review, 2026-12-07)
            raise ValueError(
                f"budget {resource}={value!r}: a {type(value).__name__}, not a number; give 600 or 0.9"
            )
        if not 0 < value < math.inf:
            raise ValueError(f"budget {resource}={value!r}: give a share removed in (0, 1) or a count >= 1")
        if value > 1 and value != int(value):  # dsp=1.5 was taken as a count of 2 (a review, 2026-12-07)
            raise ValueError(
                f"budget {resource}={value!r}: a count is whole and a share removed lies in (0, 1); give one"
            )
    # NumPy's scalars are numbers too: np.int64(300) from a computed budget was refused as not a count >= 1
    values = {
        resource: value.item() if isinstance(value, np.generic) else value
        for resource, value in values.items()
    }
    shares = [value for value in values.values() if value < 1]  # dsp=0.5,lut=0.5: two shares, not one
    if shares and len(shares) < len(values):
        raise ValueError(f"budget {values}: mixes shares (< 1) and counts (>= 1); give one kind")
    if len(set(shares)) > 1:
        raise ValueError(
            f"budget {values}: one share applies to every budgeted resource; give one value "
            f"or absolute counts"
        )
    if shares:
        return ResourceBudget(share=float(shares[0]), named=tuple(values))
    return ResourceBudget(absolute={resource: float(value) for resource, value in values.items()})


def check_share_resources(budget: ResourceBudget, method_resources: tuple[str, ...], method: str) -> None:
    """One line when a share is given for a hardware resource the method does not budget (`lut=0.5` with
    knapsack_dsp_bram removed half of the DSPs and said ok); a method budgeting weights or neurons (magnitude,
    structured) takes a share of those whatever resource names it."""
    if budget.share is None or not set(method_resources) <= set(BUDGET_RESOURCES):
        return
    if other := [resource for resource in budget.named if resource not in method_resources]:
        by = {"lut": "knapsack_lut", "dsp": "knapsack_dsp", "bram_18k": "knapsack_dsp_bram"}
        hint = f" or --method {by[other[0]]}" if other[0] in by else ""
        raise ValueError(
            f"budget {', '.join(f'{r}={budget.share:g}' for r in budget.named)}: method {method} removes a "
            f"share of {', '.join(method_resources)}, not of {', '.join(other)}; give "
            f"{method_resources[0]}={budget.share:g}{hint}"
        )


def optimised(budget: ResourceBudget, method_resources: tuple[str, ...], method: str) -> dict[str, float]:
    """The absolute counts the knapsack of `method` enforces (those of its resources the budget names).

    Raises:
        ValueError: the budget names none of the resources the method optimises.
    """
    chosen = {r: v for r, v in budget.absolute.items() if r in method_resources}
    if budget.absolute and not chosen:
        raise ValueError(
            f"method {method} budgets {', '.join(method_resources)} but the budget gives only "
            f"{', '.join(budget.absolute)}; add a count for {method_resources[0]} or pick another method"
        )
    return chosen


def within_budget(totals: Mapping[str, float], absolute: Mapping[str, float]) -> dict:
    """The design's totals against absolute counts: {"met": bool, "resources": {r: {used, budget, met}}}."""
    rows = {
        r: {"used": totals[r], "budget": count, "met": bool(totals[r] <= count)}
        for r, count in absolute.items()
    }
    return {"met": all(row["met"] for row in rows.values()), "resources": rows}


def way_share(
    baseline: Sequence[float],
    outside: Sequence[float],
    absolute: Mapping[str, float],
    resources: Sequence[str],
) -> float:
    """The largest share of a budgeted resource that the prunable structures lose on the way to `absolute`
    counts of the whole design (`outside`: what lies outside those structures), in [0, 1]."""
    shares = [
        1 - (absolute[r] - outside[j]) / baseline[j]
        for j, r in enumerate(resources)
        if r in absolute and baseline[j] > 0
    ]
    return float(np.clip(max(shares), 0.0, 1.0)) if shares else 0.0


def whole_count(value: float) -> int | float:
    """A resource count as the records write it: an int when it is whole (the estimate's DSP, BRAM_18K, LUT
    and FF are; `reserved` said "dsp": 4.0, "lut": 39270.0), else the number as it is (a share, a fractional
    BRAM_18K per structure)."""
    number = float(value)
    return round(number) if abs(number - round(number)) < 1e-6 else number


# What a part's budget reserves: everything of the hls4ml project outside the weight layers.
RESERVED_PARTS = (
    "layers without weights, depthwise and recurrent layers (carried unpruned), activation and softmax "
    "tables, FIFOs and the top function's glue"
)


def reserve_part(
    budget: PartBudget,
    whole: Mapping[str, float],
    weight_layers: Mapping[str, float],
    remedy: str = "choose a larger part or change those parts in the hls config",
    parts: Mapping[str, Mapping[str, float]] | None = None,
    utilization_option: str = "the utilization (--utilization, fpgaprune.fit's utilization)",
) -> dict:
    """What a part's budget leaves the weight layers: the parts pruning cannot change are reserved first.

    Args:
        budget: the part's counts at its utilisation (`devices.fit`).
        whole: the unpruned design's whole hls4ml project, estimated (`glue.estimate_project`'s totals).
        weight_layers: the unpruned design's weight layers, estimated as the knapsack costs them.
        remedy: what the error tells the user to do (the CLI's options or the config's keys), after "raise
            `utilization_option`" when the utilisation is below 1.
        parts: what of the unpruned project lies outside the weight layers, by resource
            (`glue.reserved_parts`); the error names the largest of each full resource.

    Returns:
        {"part", "utilization", "chip": the part's counts at the utilisation, "reserved": `whole` less
        `weight_layers` (at least 0), "weight_layers": what the weight layers may use (chip less reserved,
        rounded down), "whole_unpruned": `whole`, "source": "estimate", "reserved_parts": what the reserve
        holds}.

    Raises:
        ValueError: one line when the reserved parts alone leave a resource less than one unit.
    """
    reserved = {r: whole_count(max(0.0, float(whole[r] - weight_layers[r]))) for r in budget}
    left = {r: math.floor(budget[r] - reserved[r] + 1e-9) for r in budget}
    full = [r for r in budget if left[r] < 1]
    if full:
        parts = parts or {}
        raise ValueError(
            f"{budget.part} at utilization {budget.utilization:g} gives "
            + ", ".join(f"{r.upper()} {budget[r]:,}" for r in full)
            + " but the parts pruning cannot change ("
            + RESERVED_PARTS
            + ") already take "
            + ", ".join(f"{r.upper()} {reserved[r]:,.0f}" for r in full)
            + " (estimate of the unpruned hls4ml project"
            + "".join(_largest_parts(r, parts.get(r, {})) for r in full)
            + "): "
            + (f"raise {utilization_option}, " if budget.utilization < 1 else "")
            + remedy
            + (_fifo_hint(parts.get("bram_18k", {}), reserved["bram_18k"]) if "bram_18k" in full else "")
        )
    return {
        "part": budget.part,
        "utilization": budget.utilization,
        "chip": dict(budget),
        "reserved": reserved,
        "weight_layers": left,
        "whole_unpruned": {r: whole_count(v) for r, v in whole.items() if r in BUDGET_RESOURCES},
        "source": "estimate",
        "reserved_parts": RESERVED_PARTS,
    }


_NAMED_PARTS = 3  # the largest parts of a full resource the error names


def _largest_parts(resource: str, counts: Mapping[str, float]) -> str:
    """ "; the largest of LUT: 'softmax' 2,100, stream FIFOs 900" (empty without parts)."""
    named = list(counts.items())[:_NAMED_PARTS]
    if not named:
        return ""
    return f"; the largest of {resource.upper()}: " + ", ".join(f"{part} {n:,.0f}" for part, n in named)


def _fifo_hint(bram_18k_parts: Mapping[str, float], reserved_bram_18k: float) -> str:
    """What shrinks stream FIFOs, when they hold most of the reserved BRAM_18K: narrower results, and
    shallower FIFOs. A public CNN whose README reports it on an XCZU3EG at 57 % of its BRAM was refused that
    part, its FIFOs estimated at 444 BRAM_18K at the depths hls4ml wrote (2026-12-05)."""
    if bram_18k_parts.get("stream FIFOs", 0) * 2 <= reserved_bram_18k:
        return ""
    return (
        "; the stream FIFOs hold each layer's output in its result type at the depth hls4ml wrote, so "
        "narrower results (the hls config's Precision result of each layer: an "
        "`auto` result of a float layer is as wide as its accumulator) or shallower FIFOs (hls4ml's "
        "fifo_depth_optimization flow sizes them by co-simulation with the vendor tool) shrink them"
    )


def reserve_line(reserve: Mapping) -> str:
    """The reserve of a part's budget, in one log line."""

    def counts(key: str) -> str:
        return ", ".join(f"{r.upper()} {v:,.0f}" for r, v in reserve[key].items())

    return (
        f"{reserve['part']} at {reserve['utilization']:g}: {counts('chip')}; reserved for the parts pruning "
        f"cannot change ({reserve['reserved_parts']}; estimate of the unpruned hls4ml project): "
        f"{counts('reserved')}; the weight layers may use {counts('weight_layers')}"
    )


def with_reserve(budget_record: Mapping, reserve: Mapping, totals: Mapping[str, float]) -> dict:
    """A pruning record's `budget` with a part's reserve: `part` holds the reserve (`reserve_part`) and the
    pruned design's `whole_design`, its weight layers' estimate (`totals`) plus the reserve, which the part's
    counts bind; `part.met` says whether it stays within them (the record's `met` and `resources` are the
    weight layers' against what the reserve left them)."""
    whole = {r: whole_count(float(totals[r]) + reserve["reserved"][r]) for r in reserve["reserved"]}
    within = within_budget(whole, reserve["chip"])
    return {
        **budget_record,
        "part": {**reserve, "whole_design": {**whole, "source": "estimate"}, "met": within["met"]},
    }


WRITTEN_PROJECT = "estimate of the written hls4ml project"


def with_written_project(part: Mapping, project: Mapping[str, float]) -> dict:
    """A part's budget record (`with_reserve`'s `part`) once the pruned design's hls4ml project is written:
    the whole design is that project's estimate (`project`, as `fpgaprune estimate` totals it), not the weight
    layers plus the reserve taken from the unpruned project (the parts pruning cannot change move with the
    fine-tuned weights: a BatchNormalization's products, the types hls4ml infers); `met` says whether it stays
    within the part's counts (`chip`). `fpgaprune optimize --part --hls` and a pipeline `fit:` design's hls
    job both record it."""
    whole = {r: whole_count(project[r]) for r in BUDGET_RESOURCES}
    return {
        **part,
        "whole_design": {**whole, "source": WRITTEN_PROJECT},
        "met": within_budget(whole, part["chip"])["met"],
    }


# A design latency budget (`fpgaprune optimize --latency`, `optimize(latency=...)`): the whole project's, of
# which the weight layers get what the unpruned project spends outside them less (`split_latency_budget`).

LATENCY_UNITS_NS = {"ns": 1.0, "us": 1e3, "ms": 1e6}
_LATENCY_TEXT = re.compile(r"([0-9]*\.?[0-9]+(?:e[+-]?[0-9]+)?)\s*(cycles?|ns|us|ms)", re.IGNORECASE)
LATENCY_FORMS = "e.g. 2us, 500ns or 400cycles ({'us': 2}, {'ns': 500}, {'cycles': 400})"


@dataclass(frozen=True)
class LatencyBudget:
    """The design latency allowed: whole `cycles` at the clock, and `given` as the user wrote it."""

    cycles: int
    given: str


def parse_latency(value, clock_ns: float) -> LatencyBudget:
    """A `LatencyBudget` from "2us", "500 ns", "400 cycles", {"us": 2}, {"ns": 500} or {"cycles": 400}: a time
    is the whole cycles it holds at `clock_ns` (floor).

    Raises:
        ValueError: one line naming the forms, for anything else or less than one cycle.
    """
    amount, unit = latency_amount(value)
    cycles = amount if unit.startswith("cycle") else amount * LATENCY_UNITS_NS[unit] / clock_ns
    given = f"{amount:g} {'cycle' if unit == 'cycles' and amount == 1 else unit}"
    if cycles < 1:
        raise ValueError(f"latency {given} is less than one cycle at {clock_ns:g} ns; give at least 1 cycle")
    if unit.startswith("cycle") and amount != int(amount):
        raise ValueError(f"latency {given}: give whole cycles")
    return LatencyBudget(math.floor(cycles + 1e-9), given)


def latency_text(given: str, cycles: int) -> str:
    """A latency budget as the user gave it, with its cycles when given as a time: "2 us (400 cycles)", "400
    cycles" (not "400 cycles (400 cycles)")."""
    in_cycles = f"{cycles:,} cycle{'s' if cycles != 1 else ''}"
    return in_cycles if given.replace(",", "") == in_cycles.replace(",", "") else f"{given} ({in_cycles})"


def latency_amount(value) -> tuple[float, str]:
    """(amount, unit: cycles, ns, us or ms) of a latency in `parse_latency`'s forms; one line otherwise."""
    if isinstance(value, Mapping) and len(value) == 1:
        ((unit, amount),) = value.items()
        unit = str(unit).lower()
        if (unit in LATENCY_UNITS_NS or unit == "cycles") and _positive_number(amount):
            return float(amount), unit
    elif isinstance(value, str) and (match := _LATENCY_TEXT.fullmatch(value.strip())):
        unit = match.group(2).lower()
        if math.isfinite(amount := float(match.group(1))):  # "1e400ns" reads as inf
            return amount, "cycles" if unit.startswith("cycle") else unit
    raise ValueError(f"latency {value!r}: give a positive time or cycle count, {LATENCY_FORMS}")


def _positive_number(value) -> bool:
    real = isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_))
    return real and math.isfinite(value) and value > 0


def split_latency_budget(
    budget: LatencyBudget,
    unpruned_project: float,
    unpruned_weight_layers: float,
    slowest_outside: tuple[str, float] | None = None,
) -> dict:
    """The weight layers' share of a design latency budget: the budget less what the unpruned project spends
    outside its weight layers, which pruning and reuse factors do not change (estimates).

    Args:
        budget: the design latency allowed.
        unpruned_project: the unpruned design's whole project latency (cycles).
        unpruned_weight_layers: its weight layers' latency, combined as knapsack_rf combines it.
        slowest_outside: io_stream only, where the processes run at the same time (the design takes its
            slowest process plus the stream's fill): (name, cycles) of the slowest process without weights (a
            pooling over a large input). The weight layers then share the budget with it, not add to it: what
            lies outside is the project less its slowest process, weight layer or not, and the budget must
            hold that process. None: io_parallel, whose calls add up (the project less its weight layers).

    Raises:
        ValueError: one line when that leaves the weight layers no cycle, or a process without weights alone
            exceeds the budget.
    """
    slowest = slowest_outside[1] if slowest_outside else 0.0
    outside = max(0, math.ceil(unpruned_project - max(unpruned_weight_layers, slowest)))
    if slowest_outside and slowest + outside > budget.cycles:
        raise ValueError(
            f"latency {latency_text(budget.given, budget.cycles)} cannot be met by the weight layers: "
            f"{slowest_outside[0]} takes {slowest:,.0f} cycles of the unpruned project's "
            f"{unpruned_project:,.0f} (estimate), {slowest + outside:,.0f} with the stream's fill, and has "
            "no weights for the reuse factors or the pruning to change; give a larger latency, or make that "
            "layer faster in the model (a smaller input, a larger stride)"
        )
    weight_layers = budget.cycles - outside
    if weight_layers < 1:
        raise ValueError(
            f"latency {latency_text(budget.given, budget.cycles)} leaves the weight layers nothing: the "
            f"unpruned project spends {outside:,} of its {unpruned_project:,.0f} cycles outside them "
            "(estimate: layers without weights, tables, handshakes); give a larger latency"
        )
    split = {
        "given": budget.given,
        "cycles": budget.cycles,
        "outside_weight_layers": outside,
        "weight_layers": weight_layers,
        "unpruned_project": unpruned_project,
        "source": "estimate",
    }
    if slowest_outside:
        split["slowest_outside"] = {"layer": slowest_outside[0], "cycles": slowest}
    return split


def design_latency_estimate(split: Mapping, weight_layers: float) -> float:
    """The design latency of weight layers taking `weight_layers` cycles (combined as knapsack_rf combines
    them) under `split_latency_budget`'s `split`: what lies outside them plus the slower of them and the
    slowest process without weights (io_stream) or plus them (io_parallel)."""
    slowest = split.get("slowest_outside", {}).get("cycles", 0.0)
    return split["outside_weight_layers"] + max(weight_layers, slowest)


def _parse_text(text: str) -> dict[str, float]:
    values = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        resource, sep, value = item.partition("=")
        if resource.strip() in values:  # dsp=600,dsp=5: the last one won without a word
            raise ValueError(f"budget {text!r}: {resource.strip()} is given twice; give it once")
        try:
            values[resource.strip()] = float(value) if sep else None
        except ValueError:
            values[resource.strip()] = None
        if values[resource.strip()] is None:
            raise ValueError(f"budget {text!r}: {item!r} is not RESOURCE=NUMBER (e.g. dsp=1500,bram_18k=300)")
    return values


# Result folders of pipeline prune jobs: `t0.9` (a share removed) or `b-dsp600-bram_18k100` (absolute counts,
# resources in BUDGET_RESOURCES order). One wildcard holds either form.
SHARE_FOLDER_PATTERN = r"t0\.[0-9]+"
COUNT_FOLDER_PATTERN = r"b(-(dsp|bram_18k|lut|ff)[0-9]+)+"
FOLDER_PATTERN = f"{SHARE_FOLDER_PATTERN}|{COUNT_FOLDER_PATTERN}"


def budget_folder(budget: ResourceBudget) -> str:
    """The result folder name of a budget: `t0.9` for a share, `b-dsp600-bram_18k100` for counts."""
    if budget.share is not None:
        return f"t{budget.share:g}"
    return "b" + "".join(f"-{r}{int(budget.absolute[r])}" for r in BUDGET_RESOURCES if r in budget.absolute)


def folder_budget(name: str) -> ResourceBudget:
    """The budget of a result folder name (the inverse of `budget_folder`).

    Raises:
        ValueError: not a `t<share>` or `b-<resource><count>...` name.
    """
    if name.startswith("t"):
        return parse_budget({"dsp": _number(name[1:], name)})
    if not name.startswith("b-"):
        raise ValueError(
            f"budget folder {name!r}: give t<share removed> (t0.9) or b-<resource><count> (b-dsp600)"
        )
    counts = {}
    for item in name[2:].split("-"):
        resource = next((r for r in BUDGET_RESOURCES if item.startswith(r)), None)
        if resource is None:
            raise ValueError(f"budget folder {name!r}: {item!r} names none of {', '.join(BUDGET_RESOURCES)}")
        counts[resource] = _number(item[len(resource) :], name)
    return parse_budget(counts)


def budget_text(budget: ResourceBudget) -> str:
    """The CLI's form of an absolute budget: `dsp=600,bram_18k=100`."""
    return ",".join(f"{r}={int(v)}" for r, v in budget.absolute.items())


def _number(text: str, name: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"budget folder {name!r}: {text!r} is not a number") from None
