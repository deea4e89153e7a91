"""The shipped FPGA device table and the budgets it gives."""

import pytest

from fpgaprune.core.devices import device_of, devices, fit


def test_hls4ml_default_parts_give_their_device_counts():
    assert fit("xcu250-figd2104-2L-e") == {"dsp": 12288, "bram_18k": 5376, "lut": 1728000, "ff": 3456000}
    assert fit("xcvu13p-flga2577-2-e", 0.5) == {"dsp": 6144, "bram_18k": 2688, "lut": 864000, "ff": 1728000}


def test_speed_grade_and_package_do_not_change_the_device():
    assert device_of("xcvu9p-flga2104-2L-e") == device_of("XCVU9P-flgb2104-1-i") == device_of("xcvu9p")


def test_utilization_rounds_down():
    assert fit("xczu3eg-sbva484-1-e", 0.7)["dsp"] == 252  # 360 x 0.7


def test_unknown_part_lists_close_names():
    with pytest.raises(ValueError, match=r"unknown FPGA part 'xcvu9q-flga2104'.*xcvu9p"):
        fit("xcvu9q-flga2104")


@pytest.mark.parametrize("utilization", [0, -0.1, 1.5])
def test_utilization_outside_the_unit_interval_is_refused(utilization):
    with pytest.raises(ValueError, match="utilization"):
        fit("xcu250-figd2104-2L-e", utilization)


def test_every_row_names_its_source_and_families_are_covered():
    table = devices()
    assert all(device.source.startswith("AMD DS") for device in table.values())
    families = {device.family.split(" ")[0] for device in table.values()}
    assert {"Alveo", "Virtex", "Kintex", "Zynq", "Versal"} <= families
    assert all(device.bram_18k % 2 == 0 for device in table.values())  # twice the 36 Kb blocks
