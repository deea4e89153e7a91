"""Resource budgets of a pruned design: a share of the baseline removed, or absolute counts.

    {"dsp": 0.9}                      remove 90 % of every resource the method budgets (a pipeline target)
    {"dsp": 1500, "bram_18k": 300}    the design's weight layers may use at most 1500 DSPs and 300 BRAM_18K
    {"lut": 200000}                   at most 200,000 LUT (estimated; optimised by knapsack_lut)
    fit("xcvu9p-flga2104-2L-e", 0.7)  70 % of a part's resources (`fpgaprune.core.devices.fit`)

A value below 1 is a share removed, a value of 1 or more an absolute count; one budget is either all
shares (one value) or all counts. Absolute budgets count all the design's weight layers, its non-prunable
ones included, but not the layers without weights, tables, FIFOs and glue (which `glue.estimate_project`
adds; `fpgaprune.optimize` reserves them out of a `fit` budget, which is the whole design's); resources the
method does not optimise (from `fit`: LUT and FF under a DSP method, DSP, BRAM_18K
and FF under knapsack_lut) are checked against the final estimate and reported, not optimised.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from fpgaprune.core.devices import BUDGET_RESOURCES


@dataclass(frozen=True)
class ResourceBudget:
    """A parsed budget: `share` removed of every budgeted resource, or `absolute` counts per resource."""

    share: float | None = None
    absolute: Mapping[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"share": self.share} if self.share is not None else {"absolute": dict(self.absolute)}


def parse_budget(budget: Mapping[str, float] | str) -> ResourceBudget:
    """A `ResourceBudget` from {"dsp": 1500, ...}, {"dsp": 0.9} or the CLI's "dsp=1500,bram_18k=300".

    Raises:
        ValueError: unknown resource, a non-positive value, mixed shares and counts, or several shares.
    """
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
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not value > 0:
            raise ValueError(f"budget {resource}={value!r}: give a share removed in (0, 1) or a count >= 1")
    shares = {value for value in values.values() if value < 1}
    if shares and len(shares) < len(values):
        raise ValueError(f"budget {values}: mixes shares (< 1) and counts (>= 1); give one kind")
    if len(shares) > 1:
        raise ValueError(
            f"budget {values}: one share applies to every budgeted resource; give one value "
            f"or absolute counts"
        )
    if shares:
        return ResourceBudget(share=float(shares.pop()))
    return ResourceBudget(absolute={resource: float(value) for resource, value in values.items()})


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


def _parse_text(text: str) -> dict[str, float]:
    values = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        resource, sep, value = item.partition("=")
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
