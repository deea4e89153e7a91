import numpy as np
import pytest

from fpgaprune.core.hardware.multipliers import (
    Target,
    constant_width,
    csd_digits,
    demanded_data_bits,
    dsps_per_product,
    narrow_product_warning,
)
from fpgaprune.core.hardware.precision import parse_precision


def _csd_by_recoding(n: int) -> int:
    """Non-zero digits of the canonical signed-digit (non-adjacent) form, by the textbook recoding."""
    n, digits = abs(n), 0
    while n:
        if n & 1:
            digits += 1
            n += 1 if n & 3 == 3 else -1
        n >>= 1
    return digits


def test_csd_digit_count_matches_the_recoding():
    values = np.arange(-3000, 3000)
    assert csd_digits(values).tolist() == [_csd_by_recoding(int(v)) for v in values]


def test_csd_examples():
    # 7 = 8 - 1 (two digits), 11 = 8 + 4 - 1 (three), 0 has none
    assert csd_digits(np.array([0, 1, 7, 11, -11, 64])).tolist() == [0, 1, 2, 3, 3, 1]


def test_constant_width_drops_trailing_zeros_and_adds_a_sign_bit():
    assert constant_width(np.array([0, 1, 12, -12, 255])).tolist() == [0, 2, 3, 3, 9]
    assert constant_width(np.array([12]), signed=False).tolist() == [2]


@pytest.mark.parametrize(
    "a,b,part,expected",
    [
        (16, 16, "xcvu13p-flga2577-2-e", 1),
        (27, 18, "xcvu13p-flga2577-2-e", 1),
        (18, 27, "xcvu13p-flga2577-2-e", 1),  # operands are swapped onto the right ports
        (28, 18, "xcvu13p-flga2577-2-e", 2),
        (27, 19, "xcvu13p-flga2577-2-e", 2),
        (26, 18, "xc7z020clg400-1", 2),  # 7-series DSP48E1 is 25 x 18
        (6, 6, "xcvu13p-flga2577-2-e", 0),  # both narrow: LUTs
        (16, 6, "xcvu13p-flga2577-2-e", 1),  # one wide operand: DSP (hls4ml's estimator says 0 below 9 bits)
    ],
)
def test_dsps_per_product(a, b, part, expected):
    assert dsps_per_product(a, b, Target(part=part)) == expected


def test_forced_implementations():
    assert dsps_per_product(6, 6, Target(mul_impl="dsp")) == 1
    assert dsps_per_product(16, 16, Target(mul_impl="fabric")) == 0


def test_bad_target_settings_are_refused():
    with pytest.raises(ValueError, match="hls_tool"):
        Target(hls_tool="quartus")
    with pytest.raises(ValueError, match="mul_impl"):
        Target(mul_impl="lut")
    with pytest.raises(ValueError, match="not an AMD/Xilinx part name"):
        Target(part="nonsense")
    with pytest.raises(ValueError, match="not an AMD/Xilinx part name"):
        Target(part="AGFB014R24A2E2V")  # an Intel Agilex part (hls4ml's oneAPI backend)


def test_clock_budget_uses_the_projects_uncertainty_or_hls4mls_default():
    assert Target(hls_tool="vivado", clock_ns=5.0).budget_ns == pytest.approx(4.375)  # 12.5 %
    assert Target(hls_tool="vitis", clock_ns=5.0).budget_ns == pytest.approx(3.65)  # 27 %
    assert Target(hls_tool="vitis", clock_ns=5.0, clock_uncertainty=0.1).budget_ns == pytest.approx(4.5)
    with pytest.raises(ValueError, match="clock uncertainty"):
        Target(clock_uncertainty=27)


PARTS = [
    ("xc7z020clg400-1", "7series"),
    ("xcu50-fsvh2104-2-e", "ultrascale"),
    ("xcvu13p-flga2577-2-e", "ultrascale"),
    ("XC7VX690T-FFG1761-2", "7series"),  # names are case-insensitive
    ("xa7a35t-csg325-1I", "7series"),  # automotive Artix-7
    ("xq7z020-cl400-1I", "7series"),  # defence-grade Zynq-7000
    ("xqku060-rfa1156-1-i", "ultrascale"),
]


@pytest.mark.parametrize("part, fabric", PARTS)
def test_fabric_of_a_part(part, fabric):
    assert Target(part=part).fabric == fabric


def test_shift_add_products_cost_one_adder_per_extra_digit_as_wide_as_the_product():
    from fpgaprune.core.hardware.multipliers import constant_product_luts, lut_multiplier_luts

    # digits 0 and 1: no adder; 2 digits: one adder of 16 + 3 bits; 3 digits: two of 16 + 5 bits
    luts = constant_product_luts(16, np.array([0, 1, 2, 3]), np.array([0, 2, 3, 5]))
    assert luts.tolist() == [0, 0, 19, 42]
    assert lut_multiplier_luts(6, 5) == 30


def test_clock_settings_at_their_bounds():
    assert Target(clock_ns=1.0).budget_ns == pytest.approx(0.73)  # 1 ns is a valid period (27 % margin)
    assert Target(clock_ns=5.0, clock_uncertainty=0.0).budget_ns == 5.0  # no margin is a share too
    for period in (
        0.0,
        float("nan"),
        float("inf"),
    ):  # NaN failed later: "cannot convert float NaN to integer"
        with pytest.raises(ValueError) as error:
            Target(clock_ns=period)
        assert str(error.value) == f"clock period must be a positive number of ns, got {period}"
    for share in (1.0, 1.5):
        with pytest.raises(ValueError) as error:
            Target(clock_uncertainty=share)
        assert str(error.value) == (
            f"clock uncertainty {share} is not a share of the period in [0, 1); give e.g. 0.27 for 27 %"
        )


def test_the_lut_multiplier_width_is_the_tool_s():
    # Vitis HLS builds 8 x 8 and 10 x 10 constant products in LUTs and 12 x 8 ones on DSPs
    # (docs/cost-model-record.md 2.1)
    assert dsps_per_product(10, 10, Target(hls_tool="vitis")) == 0
    assert dsps_per_product(12, 8, Target(hls_tool="vitis")) == 1
    # Vivado HLS 2019.2/2020.1's Expression tables: 8 x 10 in LUTs, 8 x 11 on a DSP (l1-jet-id J1-J3)
    assert dsps_per_product(8, 10, Target(hls_tool="vivado")) == 0
    assert dsps_per_product(8, 11, Target(hls_tool="vivado")) == 1
    assert dsps_per_product(8, 8, Target(hls_tool="vitis", lut_max_bits=6)) == 1


def test_hls_constant_width_is_the_operand_width_vivado_hls_reports():
    from fpgaprune.core.hardware.multipliers import hls_constant_width

    # a positive constant's bit length, a negative one's two's-complement width; trailing zeros kept
    widths = hls_constant_width(np.array([0, 1, 11, 704, -1, -11, -12, -704]))
    assert widths.tolist() == [0, 1, 4, 10, 1, 5, 5, 11]


def test_vivado_constant_products_go_to_luts_by_the_widths_its_reports_give():
    from fpgaprune.core.hardware.multipliers import constant_dsps_per_product

    vivado = Target(hls_tool="vivado")
    # 704 = 11 << 6 is 10 bits wide as an operand (5 once the shift is taken out): LUTs with 8-bit data,
    # a DSP with 11-bit data (l1-jet-id: 8 x 10 LUT, 11 x 6 DSP in EmileBrt's Q5)
    assert constant_dsps_per_product(8, np.array([704, -704]), True, vivado).tolist() == [0, 1]
    assert constant_dsps_per_product(11, np.array([11]), True, vivado).tolist() == [0]  # 4-bit operand
    assert constant_dsps_per_product(16, np.array([11, -11, 13]), True, vivado).tolist() == [0, 1, 0]
    forced = Target(hls_tool="vivado", mul_impl="dsp")
    assert constant_dsps_per_product(16, np.array([11]), True, forced).tolist() == [1]
    # Vitis HLS: no narrow-operand rule (16 x 5 on DSPs in its reports)
    assert constant_dsps_per_product(16, np.array([11]), True, Target(hls_tool="vitis")).tolist() == [1]


def test_vitis_constant_width_is_the_operand_width_vitis_hls_reports():
    from fpgaprune.core.hardware.multipliers import constant_dsps_per_product, vitis_constant_width

    # the two's-complement width, trailing zeros kept: mul_16s_10ns for 256-511, mul_16s_10s for -512..-257
    widths = vitis_constant_width(np.array([0, 11, 511, 512, 704, -11, -512, -513]))
    assert widths.tolist() == [0, 5, 10, 11, 11, 5, 10, 11]
    # Y2 (axiotisk, Vitis HLS 2022.2): 6-bit data x 10-bit constants in LUTs, x 11-bit ones on DSPs
    vitis = Target(hls_tool="vitis")
    assert constant_dsps_per_product(6, np.array([511, 512, -512, -513]), True, vitis).tolist() == [
        0,
        1,
        0,
        1,
    ]
    assert constant_dsps_per_product(10, np.array([704 * 2]), True, vitis).tolist() == [1]


def test_rom_products_accumulated_losslessly_are_dsp_multiply_accumulates():
    from fpgaprune.core.hardware.multipliers import rom_dsps_per_product
    from fpgaprune.core.hardware.precision import parse_precision as p

    # T4: ap_ufixed<6,0> x ap_fixed<6,2> into ap_fixed<19,9> keeps all 10 fractional bits: one DSP
    assert rom_dsps_per_product(p("ap_ufixed<6,0>"), p("ap_fixed<6,2>"), p("ap_fixed<19,9>"), Target()) == 1
    # T7: ap_fixed<8,2> x ap_fixed<8,3> truncated into ap_fixed<8,2>: a LUT multiplier on Vitis HLS
    assert rom_dsps_per_product(p("ap_fixed<8,2>"), p("ap_fixed<8,3>"), p("ap_fixed<8,2>"), Target()) == 0
    # wide products stay on DSPs either way; a forced fabric implementation wins
    assert rom_dsps_per_product(p("ap_fixed<16,6>"), p("ap_fixed<16,6>"), p("ap_fixed<16,6>"), Target()) == 1
    assert (
        rom_dsps_per_product(
            p("ap_ufixed<6,0>"), p("ap_fixed<6,2>"), p("ap_fixed<19,9>"), Target(mul_impl="fabric")
        )
        == 0
    )


@pytest.mark.parametrize(
    ("data", "weight", "warned"),
    [
        ("ap_fixed<3,2>", "ap_fixed<5,1>", "3-bit x 5-bit"),  # set 8's U4 q_dense: LUTs (P1's 4 x 4: DSPs)
        ("ap_fixed<10,4>", "ap_fixed<10,2>", "10-bit x 10-bit"),  # Vitis HLS's widest LUT product (S1)
        ("ap_fixed<11,4>", "ap_fixed<8,2>", None),
        ("ap_fixed<16,6>", "ap_fixed<4,1>", "16-bit x 4-bit"),  # sets 9, 10: LUTs (Vivado and Vitis HLS)
        ("ap_fixed<16,6>", "ap_fixed<6,1>", "16-bit x 6-bit"),  # set 10 (Vitis): mostly LUTs; set 9: DSPs
        ("ap_fixed<16,6>", "ap_fixed<7,1>", None),
        ("ap_fixed<16,6>", "ap_fixed<16,6>", None),  # the pipeline's designs: always DSPs
    ],
)
def test_narrow_products_warn_that_dsp_and_lut_may_trade_places(data, weight, warned):
    warning = narrow_product_warning(parse_precision(data), parse_precision(weight))
    assert warning is None if warned is None else f"its {warned} products" in warning


@pytest.mark.parametrize(
    "part, grade",
    [
        ("xc7z020-clg400-1", 1),
        ("xc7vx485tffg1761-2", 2),
        ("xc7vx690t-3ffg1930", 3),
        ("xc7a200tl-ffg1156-2L", 2),
        ("xcvu9p-flga2104-2L-e", 2),
        ("xcvu13p", None),
    ],
)
def test_speed_grade_of_a_part(part, grade):
    assert Target(part=part).speed_grade == grade


@pytest.mark.parametrize(
    "tool, part, version, group",
    [
        ("vitis", "xc7z020-clg400-1", "2021.1", "7series"),  # ArgyKokk's Vitis HLS: no w + 7 adds
        ("vitis", "xc7z020-clg400-1", "2022.1", "7series_2022"),
        ("vitis", "xc7z020-clg400-1", "2024.1", "7series_2022"),
        ("vitis", "xc7z020-clg400-1", None, "7series_2022"),  # unknown: the calibration's newest, 2025.2
        ("vitis", "xcvu9p-flga2104-2L-e", "2021.1", "ultrascale"),
        ("vivado", "xc7z020-clg400-1", "2020.1", "7series"),
        ("vivado", "xc7z020-clg400-1", None, "7series"),
    ],
)
def test_the_constants_group_of_a_target_reads_its_hls_version(tool, part, version, group):
    assert Target(part=part, hls_tool=tool, hls_version=version).calibration_group == group


def test_a_version_names_its_tool_but_for_2020_1_which_both_had():
    from fpgaprune.core.hardware.multipliers import tool_of_version

    assert [tool_of_version(v) for v in ("2019.2.1", "2020.1", "2020.2", "2025.2", None)] == [
        "vivado", None, "vitis", "vitis", None
    ]  # fmt: skip
    assert Target(hls_tool="vivado", hls_version="2020.1").version == "2020.1"
    assert Target(hls_tool="vitis", hls_version="2020.1").version == "2020.1"
    with pytest.raises(ValueError, match=r"^Vitis HLS 2019.2: no such release .*give the tool as vivado"):
        Target(hls_tool="vitis", hls_version="2019.2")
    with pytest.raises(ValueError, match=r"^Vivado HLS 2022.1: no such release"):
        Target(hls_tool="vivado", hls_version="2022.1")
    assert Target(hls_tool="vivado", hls_version="2012.2").version == "2012.2"  # Vivado HLS's first
    with pytest.raises(ValueError, match=r"^HLS version 1999.1: no such release \(Vivado HLS began with"):
        Target(hls_tool="vivado", hls_version="1999.1")  # taken as Vivado HLS until 2026-12-07 (a review)


def test_patch_releases_count_as_their_release():
    assert Target(hls_tool="vivado", hls_version="2019.2.1").version == "2019.2.1"
    with pytest.raises(ValueError, match="HLS version"):
        Target(hls_version="2023")


def test_a_wrapping_accumulator_caps_the_multiplied_data_bits():
    """X2/HiddenLayer1 (Vivado HLS 2018.3): ap_fixed<32,32> data x ap_fixed<18,4> weights into ap_fixed<18,4>
    are `mul i18` in HLS's schedule, one DSP48E each; M2/Conv1D_1 (Vitis HLS 2022.2): 33-bit data into
    ap_fixed<16,6> are `mul_32s_*_32` cores. A saturating accumulator needs the whole product."""
    x2 = [parse_precision(t) for t in ("ap_fixed<32,32>", "ap_fixed<18,4>", "ap_fixed<18,4>")]
    assert demanded_data_bits(32, *x2) == 18
    m2 = [parse_precision(t) for t in ("ap_fixed<33,13>", "ap_fixed<9,3>", "ap_fixed<16,6>")]
    assert demanded_data_bits(33, *m2) == 32
    assert demanded_data_bits(16, *m2) == 16  # a narrower operand is kept
    rows = demanded_data_bits(np.array([[40], [20]]), *m2)
    assert rows.tolist() == [[32], [20]]
    saturating = parse_precision("ap_fixed<18,4,AP_RND,AP_SAT>")
    assert demanded_data_bits(32, x2[0], x2[1], saturating) == 32
    target = Target(part="xc7vx485tffg1761-2", hls_tool="vivado")
    assert dsps_per_product(32, 18, target) == 2
    assert dsps_per_product(demanded_data_bits(32, *x2), 18, target) == 1


def test_narrow_lossless_resource_products_are_paired_on_dsps():
    """HLS pairs a Resource kernel's narrow lossless products that feed one accumulator in a cycle: one on
    a DSP, the other in LUTs added in its post-adder (P2's qconv2d_2: 64 `mac_muladd` and 64 4 x 4 `mul` of
    13 LUT; set 4, Vivado HLS 2020.1). The model gave the block factor, twice the reports."""
    from fpgaprune.core.hardware.multipliers import Target, rom_dsp_multipliers

    four, six, wide = (parse_precision(t) for t in ("ap_ufixed<4,0>", "ap_fixed<6,1>", "ap_fixed<16,6>"))
    lossless = parse_precision("ap_fixed<25,12>")  # keeps the products' fractional bits
    vivado = Target(hls_tool="vivado")
    assert rom_dsp_multipliers(512, 32, four, parse_precision("ap_fixed<4,1>"), lossless, vivado) == 256
    assert rom_dsp_multipliers(5, 1, six, six, lossless, vivado) == 3  # T5's output_1: ceil(5 / 2)
    assert rom_dsp_multipliers(10, 10, four, four, lossless, vivado) == 10  # one product an output: none
    assert rom_dsp_multipliers(200, 100, wide, parse_precision("ap_fixed<8,1>"), lossless, vivado) == 200
    truncated = parse_precision("ap_fixed<8,4>")
    assert rom_dsp_multipliers(64, 32, six, six, truncated, vivado) == 64  # no MAC: the width rule decides


def test_the_stored_4_bit_cnn_is_estimated_at_its_reports_dsps():
    """Set 4's P2 (Spehic's pruned 4-bit MNIST CNN, io_stream Resource, Vivado HLS 2020.1): a walk's
    `fpgaprune estimate` said DSP 650 against the report's 330 (qdense_1 512 against 256, qconv2d_2 128
    against 64)."""
    from pathlib import Path

    from fpgaprune.core.hardware.cost import estimate_model
    from fpgaprune.core.hardware.project import read_project

    project = Path(__file__).parent / "data" / "heldout4" / "projects" / "P2"
    layers, kernels, target = read_project(project)
    dsp = {e.name: e.dsp for e in estimate_model(layers, kernels, target).layers}
    assert dsp == {"qconv2d_1": 4, "qconv2d_2": 64, "qdense_1": 256, "qdense_2": 5}  # the csynth report's
