"""FPGA devices and the resource budgets they give: a table shipped with the package (`data/devices.csv`).

A part name such as `xcu250-figd2104-2L-e` is matched by its device (`xcu250`, the text before the
first `-`): the package, speed grade and temperature range do not change a device's programmable
logic in these families. Every row names the AMD product table its numbers come from.
"""

import csv
import difflib
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

BUDGET_RESOURCES = ("dsp", "bram_18k", "lut", "ff")


@dataclass(frozen=True)
class Device:
    """One FPGA device's programmable-logic resources and where the numbers come from."""

    device: str
    family: str
    dsp: int
    bram_18k: int
    lut: int
    ff: int
    source: str

    def resources(self) -> dict[str, int]:
        return {resource: getattr(self, resource) for resource in BUDGET_RESOURCES}


@cache
def devices() -> dict[str, Device]:
    """Every device in the shipped table, by device name (lower case)."""
    text = resources.files("fpgaprune.core").joinpath("data/devices.csv").read_text()
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {row["device"]: _device(row) for row in rows}


def device_of(part: str) -> Device:
    """The device of an FPGA part name (package, speed grade and temperature suffixes ignored).

    Raises:
        ValueError: the device is not in the table; the message lists the closest known names.
    """
    name = part.strip().lower().split("-")[0]
    table = devices()
    if name in table:
        return table[name]
    close = difflib.get_close_matches(name, table, n=5, cutoff=0.5) or sorted(table)
    raise ValueError(
        f"unknown FPGA part {part!r} (device {name!r}); known devices close to it: {', '.join(close)}"
    )


def fit(part: str, utilization: float = 1.0) -> dict[str, int]:
    """The absolute budget a part gives at `utilization`: dsp, bram_18k, lut and ff counts, rounded down.

    Args:
        part: an FPGA part or device name, e.g. "xcvu9p-flga2104-2L-e".
        utilization: share of each resource the design may use, in (0, 1].

    Raises:
        ValueError: unknown part (close names listed) or a utilization outside (0, 1].
    """
    if not 0.0 < utilization <= 1.0:
        raise ValueError(f"utilization {utilization} must lie in (0, 1]")
    # the epsilon keeps 360 x 0.7 at 252 (the product is 251.99999999999997 in floating point)
    return {
        resource: math.floor(count * utilization + 1e-9)
        for resource, count in device_of(part).resources().items()
    }


def _device(row: dict) -> Device:
    return Device(
        row["device"], row["family"], *(int(row[r]) for r in BUDGET_RESOURCES), source=row["source"]
    )
