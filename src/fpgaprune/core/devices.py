"""FPGA devices and the resource budgets they give: a table shipped with the package (`data/devices.csv`).

A part name such as `xcu250-figd2104-2L-e` is matched by its device (`xcu250`, the text before the
first `-`): the package, speed grade and temperature range do not change a device's programmable
logic in these families. Every row names the public sources of its numbers and says whether two
independent sources agree (`verified`); `fit` warns when it budgets with an unverified row.
"""

import csv
import difflib
import logging
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

BUDGET_RESOURCES = ("dsp", "bram_18k", "lut", "ff")
# a 7-series device ends in its digits, `t` or `s` (xc7a35t, xc7z007s); the package follows with 3-5 letters
# (xc7z030sbg485 is xc7z030 in package sbg485, xc7z007sclg225 is xc7z007s in clg225), or, in the HLS tools'
# spelling, a `-` after an `i` or `l` letter of the -1L/-2L parts (xc7a35ti-csg324-1L, xc7a200tl-ffg1156-2L:
# these were xc7a35 and xc7a200, not in the table, until 2026-12-06)
_SEVEN_SERIES = re.compile(r"xc7[a-z]+\d+(?:[ts](?=[a-z]{3,5}\d|[il]?$))?")
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Device:
    """One FPGA device's programmable-logic resources and where the numbers come from."""

    device: str
    family: str
    dsp: int
    bram_18k: int
    lut: int
    ff: int
    verified: bool
    source: str

    def resources(self) -> dict[str, int]:
        return {resource: getattr(self, resource) for resource in BUDGET_RESOURCES}


@cache
def devices() -> dict[str, Device]:
    """Every device in the shipped table, by device name (lower case)."""
    text = resources.files("fpgaprune.core").joinpath("data/devices.csv").read_text()
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {row["device"]: _device(row) for row in rows}


def device_name(part: str) -> str:
    """The device of a part name, lower case: `xczu3eg` of `XCZU3EG-sbva484-1-e`; a 7-series part writes
    its package after the device without a `-` (`xc7z020` of `xc7z020clg400-1`, `xc7a35t` of
    `xc7a35ticsg324-1L`), or a `-` after its `i`/`l` letter (`xc7a35t` of `xc7a35ti-csg324-1L`)."""
    name = part.strip().lower().split("-")[0]
    seven_series = _SEVEN_SERIES.match(name)
    return seven_series.group(0) if seven_series else name


def check_same_device(part: str, built_part: str | None, given: str, named_as: str) -> None:
    """A part's budget is for the device its design is costed and built for: one line otherwise (before any
    work). `given`: how the budget's part was given (`--part xcvu9p`, `fit('xcvu9p', 0.7)`, a config key);
    `named_as`: where the built part is named (`hls.part`, `the hls config's Part`); `built_part` None: none
    named, nothing to compare."""
    if built_part is not None and device_name(part) != device_name(str(built_part)):
        raise ValueError(
            f"{given} sets the budget but {named_as} is {built_part}, the part the design is costed and "
            "built for: give the same device to both"
        )


def device_of(part: str) -> Device:
    """The device of an FPGA part name (package, speed grade and temperature suffixes ignored).

    Raises:
        ValueError: the device is not in the table; the message lists the closest known names.
    """
    name = device_name(part)
    table = devices()
    if name in table:
        return table[name]
    close = close_devices(name)
    families = ", ".join(sorted({device.family for device in table.values()}))
    known = f"known devices close to it: {', '.join(close)}" if close else f"the table has {families}"
    raise ValueError(
        f"unknown FPGA part {part!r} (device {name!r}); {known} (fpgaprune/core/data/devices.csv). For "
        "another device give its counts from its data sheet, times the share to use, as the budget "
        "(--budget dsp=N,bram_18k=N,lut=N,ff=N; budget={'dsp': N, ...}): they bind the weight layers, and "
        "--hls warns where the whole project exceeds them"
    )


def close_devices(name: str) -> list[str]:
    """Up to five devices of the table whose names are close to `name` (a misspelt device)."""
    return difflib.get_close_matches(name, devices(), n=5, cutoff=0.8)


class PartBudget(dict):
    """`fit`'s counts (a dict: resource -> count) that remember the part and utilisation they came from.

    A share of a chip budgets the whole design: `fpgaprune.optimize` and a pipeline experiment's `fit:`
    reserve out of it what pruning cannot change (the layers without weights, tables, FIFOs and glue,
    estimated from the unpruned model's hls4ml project; `budget.reserve_part`) before the knapsack runs.
    Plain counts keep their meaning (all the design's weight layers).
    """

    def __init__(self, counts: dict[str, int], part: str, utilization: float):
        super().__init__(counts)
        self.part, self.utilization = part, utilization

    def __repr__(self) -> str:
        return f"PartBudget({dict(self)!r}, part={self.part!r}, utilization={self.utilization!r})"


def fit(part: str, utilization: float = 1.0) -> PartBudget:
    """The absolute budget a part gives at `utilization`: dsp, bram_18k, lut and ff counts, rounded down
    (a `PartBudget`: a dict that remembers the part and utilisation).

    Args:
        part: an FPGA part or device name, e.g. "xcvu9p-flga2104-2L-e".
        utilization: share of each resource the design may use, in (0, 1].

    A device whose row is not verified by two public sources is still budgeted, with a logged warning.

    Raises:
        ValueError: unknown part (close names listed) or a utilization outside (0, 1].
    """
    budget = part_counts(part, utilization)
    device = device_of(part)
    if not device.verified:
        # one readable line (it quoted the row's whole `source`, some 900 characters of repositories and
        # report paths, before the run's first line); the sources go to the debug log (-v)
        _log.warning(
            "device %s (%s): DSP %s, BRAM_18K %s, LUT %s, FF %s, not verified by two public sources (the "
            "row's source in fpgaprune/core/data/devices.csv; docs/your-model.md, 'Device table'); check "
            "them against AMD's data sheet before relying on the budget",
            device.device,
            device.family,
            *(f"{count:,}" for count in device.resources().values()),
        )
        _log.debug("device %s: sources: %s", device.device, device.source)
    return budget


def part_counts(part: str, utilization: float = 1.0) -> PartBudget:
    """`fit`'s counts without its warning, for what only names or checks a budget (the config's `fit:`
    folder, parsed by Snakemake for every job: the pipeline's console repeated an unverified device's warning
    eight times for one run; the job that prunes to the budget warns in its log).

    Raises:
        ValueError: unknown part (close names listed) or a utilization outside (0, 1].
    """
    if not isinstance(part, str):
        raise ValueError(f"part must be an FPGA part's name, e.g. 'xcvu9p-flga2104-2L-e', got {part!r}")  # noqa: TRY004  (bad input: one line)
    if isinstance(utilization, bool) or not isinstance(utilization, (int, float)):
        raise ValueError(f"utilization {utilization!r} must be a number in (0, 1], e.g. 0.7")  # noqa: TRY004
    if not 0.0 < utilization <= 1.0:
        raise ValueError(f"utilization {utilization} must lie in (0, 1]")
    device = device_of(part)
    # the epsilon keeps 360 x 0.7 at 252 (the product is 251.99999999999997 in floating point)
    counts = {
        resource: math.floor(count * utilization + 1e-9) for resource, count in device.resources().items()
    }
    if nothing := [r for r, count in device.resources().items() if count > 0 and counts[r] == 0]:
        raise ValueError(  # it said "budget dsp=0: give a share removed ...", a budget no one gave (a review)
            f"{part} at utilization {utilization:g} leaves {', '.join(r.upper() for r in nothing)} 0 of "
            f"{', '.join(f'{device.resources()[r]:,}' for r in nothing)}: give a larger utilization"
        )
    return PartBudget(counts, part, utilization)


def overflow_line(part: str, totals: Mapping[str, float], counted: str) -> str | None:
    """One line when a design's estimate `totals` exceed the device of its configured `part` (`counted`: what
    the totals count), naming every count over and how to prune to the chip; None when they fit. A share's
    budget is of the unpruned design: `--budget dsp=0.5` ended "ok" with a whole project 9 times an xc7z020's
    BRAM_18K (2,500 of 280), and nothing said so until 2026-12-05. A device not in the table is said to be
    unchecked (an xc7a35t's 90 DSP held a design of 4,932 in silence until 2026-12-05)."""
    try:
        device = device_of(part)
    except ValueError:
        name = device_name(part)
        return (
            f"whether the design fits its Part {part} is not checked: its device {name} is not in "
            "fpgaprune's device table (fpgaprune/core/data/devices.csv); give the chip's counts as the "
            "budget (--budget dsp=N,bram_18k=N,lut=N,ff=N) to prune to it"
        )
    over = _counts_over(device, totals)
    if not over:
        return None
    return (
        f"the design does not fit its Part {part} ({counted}: {over}): the budget given is not "
        f"the chip's; give --part {part} (and --utilization) to prune it to the chip"
    )


def capacity_line(part: str, totals: Mapping[str, float]) -> str | None:
    """One line when an estimate's whole-design `totals` exceed the device of the `part` it is estimated
    for (a project's own Part), naming every count over; None when they fit or the device is not in the table
    (`logic.unknown_device_warning` names that). `fpgaprune estimate` printed 927 DSP for an xc7z020's 220
    without a word (a new-user review, 2026-12-07)."""
    if device_name(part) not in devices():
        return None
    over = _counts_over(device_of(part), totals)
    if not over:
        return None
    return (
        f"the estimated design does not fit its part {part} ({over}): prune it to the chip "
        f"(fpgaprune optimize --part {part} --utilization 0.7), raise its reuse factors or take a larger part"
    )


def _counts_over(device: Device, totals: Mapping[str, float]) -> str:
    """'DSP 927 of 220, FF 108,289 of 106,400': every count of `totals` above the device's (empty if none)."""
    return ", ".join(
        f"{resource.upper()} {totals[resource]:,.0f} of {count:,}"
        for resource, count in device.resources().items()
        if totals.get(resource, 0) > count
    )


def _device(row: dict) -> Device:
    counts = (int(row[resource]) for resource in BUDGET_RESOURCES)
    return Device(
        row["device"], row["family"], *counts, verified=row["verified"] == "yes", source=row["source"]
    )
