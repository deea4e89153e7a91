"""The cost model on public hls4ml reports outside the calibration set (docs/cost-model-record.md section
2.5).

Sets 1-7 have each been scored blind once and are partly calibration data since, so their numbers below are
in-sample. The medians and worst cases are the current model's; the test fails when the model moves away from
them in either direction, so the documented band is always the current one (update the tables in
docs/cost-model-record.md with the numbers if it does).
"""

from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware.glue import DESIGN_EXPECTED_ERROR, DESIGN_EXPECTED_ERROR_BY_IO
from fpgaprune.core.hardware.heldout import (
    BLIND_FIRST_SCORING_LABELS,
    BLIND_LEFT_OUT,
    design_comparisons,
    design_repositories,
    layer_comparisons,
    pooled_errors,
    read_calibration_set,
    read_design_project,
    read_table,
    refused_designs,
)
from fpgaprune.core.hardware.logic import (
    EXPECTED_ERROR,
    EXPECTED_ERROR_BY_KIND,
    SINGLE_REPOSITORY_GROUPS,
    slow_part_latency_warning,
    target_warnings,
)
from fpgaprune.core.hardware.multipliers import Target

HELDOUT = Path(__file__).parent / "data" / "heldout"
HELDOUT2 = Path(__file__).parent / "data" / "heldout2"
HELDOUT3 = Path(__file__).parent / "data" / "heldout3"
HELDOUT4 = Path(__file__).parent / "data" / "heldout4"
HELDOUT5 = Path(__file__).parent / "data" / "heldout5"
HELDOUT6 = Path(__file__).parent / "data" / "heldout6"
HELDOUT7 = Path(__file__).parent / "data" / "heldout7"
HELDOUT8 = Path(__file__).parent / "data" / "heldout8"
HELDOUT11 = Path(__file__).parent / "data" / "heldout11"
ALL_SETS = (HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT11)
# designs a set's README leaves out of its scores, decided before any estimate of the set was computed
# out of the blind pools (`heldout.BLIND_LEFT_OUT`): set 8's U3 (its README); set 24's I1 Conv1D layers and
# design total (its hand-edited Conv1D kernel; the plan committed before the scoring)
LEFT_OUT = {"heldout8": {"U3"}, "heldout24": {"I1/conv1d", "I1/conv1d_1", "I1/(design)"}}
CALIBRATION_REPOS = {
    "Hector-Plata/hls4ml-tutorial",
    "ArgyKokk/hls4ml_MLP_estimator",
    "Thifjj/Iris_hls4ml_pynqZ2",
    "uw-acme/HLS4ML_VS_MANUAL",
}
# metric -> (median, worst) over the 26 weight layers of 10 designs. Set 1 was held out until branch
# fidelity4; its 8 io_parallel Dense layers (H1-H3, H10) are calibration rows since, and on fidelity7 its
# io_stream layers fit the stream wrapper, so these numbers are in-sample.
MEASURED = {
    # before lutproducts (Vivado HLS product rule, refit): 0.0, 2.0
    # before vitisdsp (H10/q_dense's data operand is the pooling's 10 bits, its one product in LUTs): 0.0, 1.0
    "dsp": (0.0, 0.0),
    # bram_18k before vivadoromreg (H8, H9 conv2d: 36 x 12-bit ROMs in registers): 0.0, 1.0
    "bram_18k": (0.0, 0.0),
    # before lutproducts (Vivado HLS product rule, refit): 0.0902, 0.5391
    # before foldin2: 0.0847, 0.4127
    # lut before foldin3: 0.0899, 0.4176
    # lut before accwidth: 0.09, 0.4109 (set by hand: repin_heldout.py did not list this dict)
    # lut before foldin21: 0.0683, 0.4086
    # lut before hgqwidths: 0.0647, 0.4092
    # lut before streamlut: 0.0651, 0.4071
    # lut before selmux: 0.0651, 0.6178
    # lut before resourcelut3: 0.0549, 0.4071
    # lut before reslut: 0.0628, 0.4071
    # lut before reslut-dsp1: 0.0755, 0.4464
    # lut before fabricshare: 0.0818, 0.4213
    "lut": (0.0784, 0.3711),  # before fold-in: 0.0889, 0.6783; before fidelity13: 0.113, 0.5739
    # before foldin2: 0.3556, 1.0
    # ff before clockunc: 0.3606, 1.0
    # ff before streamwindowff: 0.3576, 1.0
    # ff before foldin21: 0.2889, 1.0
    # ff before vivadoff: 0.3126, 1.0
    # ff before dfreglayer: 0.3081, 1.0
    "ff": (0.2842, 4.4),  # before fold-in: 0.2416, 1.0553; before fidelity14: 0.2472, 1.0744
    # before foldin2: 0.6148, 3.3803
    "latency_cycles": (0.6574, 3.3803),  # before fold-in: 0.5509, 3.3803
    # before lutproducts (Vivado HLS product rule, refit): 0.0569, 0.338
    # before foldin2: 0.0569, 0.4
    "ii": (0.0615, 0.4),  # before fold-in: 0.0551, 0.338
}
# set 2 (28 weight layers of 7 Vitis HLS 2024.1 designs): scored blind on fidelity3, calibration data since
# fidelity4 (all but G2, a duplicate of G1), so in-sample
MEASURED_2 = {
    # dsp before hgqwidths: 0.0, 22.0
    "dsp": (0.0, 1.0),
    "bram_18k": (0.0, 0.0),
    # before foldin2: 0.0746, 0.4094
    # lut before foldin3: 0.0781, 0.411
    # lut before accwidth: 0.0794, 0.4078
    # lut before hgqwidths: 0.0517, 0.1526
    # lut before reslut: 0.0438, 0.1954
    # lut before reslut-dsp1: 0.0622, 0.245
    "lut": (0.0728, 0.3025),  # before fold-in: 0.0768, 0.3026; before fidelity13: 0.0601, 0.2702
    # before foldin2: 0.1394, 104.0
    # ff before clockunc: 0.0639, 130.0
    # ff before ffdsp: 0.1782, 144.0
    # ff before session18: 0.1822, 145.0
    # ff before foldin21: 0.1809, 144.0
    # ff before vivadoff: 0.1869, 145.0
    # ff before tiecost: 0.2201, 135.0
    # ff before hgqwidths: 0.1942, 1.0
    "ff": (0.2232, 1.0),  # before fold-in: 0.0843, 105.0; before fidelity14: 0.1486, 124.0
    "latency_cycles": (0.0, 1.0),
    "ii": (0.0, 0.0),
}
# set 3 (27 weight layers of 9 designs; Vitis HLS 2022.2-2024.2, Vivado HLS 2019.2-2020.1), collected before
# the fidelity4 changes and scored once before them (results/bench/cost_model_heldout3_before.md: LUT
# 0.262/6.33, FF 0.773/2908, latency 1.535/5.45) and once, blind, after them (..._after.md: LUT 0.253/0.953,
# FF 0.753/250, latency 0.335/4.545). Never fitted on, but its LUT/FF result was seen before fidelity5's
# change (HGQ's constant-zero inputs), so these numbers are NOT blind; on fidelity7 K1, K5, K6 are calibration
# rows and K7-K9's io_stream layers fit the stream wrapper (in-sample).
MEASURED_3 = {
    # dsp before hgqwidths: 0.0, 14.0
    "dsp": (0.0, 12.0),
    # bram_18k before vivadoromreg: 0.0, 1.0
    "bram_18k": (0.0, 0.0),
    # before lutproducts (Vivado HLS product rule, refit): 0.1435, 2.1022
    # before foldin2: 0.1491, 2.1022
    # lut before accwidth: 0.1417, 2.1553
    # lut before session18b: 0.1252, 1.9213
    # lut before foldin21: 0.1072, 1.9213
    # lut before hgqwidths: 0.1072, 1.9264
    # lut before resourcelut3: 0.1043, 1.7294
    # lut before reslut: 0.0893, 1.7294
    # lut before reslut-dsp1: 0.0954, 1.6446
    # lut before fabricshare: 0.1032, 1.5111
    "lut": (0.101, 1.5111),  # before fold-in: 0.1751, 1.9261; before fidelity13: 0.1741, 1.9883
    # before foldin2: 0.2357, 3.2385
    # ff before clockunc: 0.3121, 4.5229
    # ff before foldin3: 0.2372, 5.422
    # ff before session18: 0.2381, 5.4404
    # ff before foldin21: 0.2198, 5.4495
    # ff before vivadoff: 0.2198, 5.5229
    # ff before tiecost: 0.3163, 159.0
    # ff before hgqwidths: 0.2198, 1.9846
    # ff before resff: 0.2198, 2.1795
    # ff before resourceff: 0.2166, 2.1795
    "ff": (0.1947, 2.1795),  # before fold-in: 0.2667, 3.6147; before fidelity14: 0.2754, 3.9908
    # before lutproducts (Vivado HLS product rule, refit): 0.0252, 4.5455
    # before foldin2: 0.0, 4.5455
    # latency_cycles before vivadoff: 0.0538, 4.5455
    "latency_cycles": (0.3735, 4.5455),  # before fold-in: 0.0033, 4.5455
    # before foldin2: 0.0, 0.3333
    "ii": (0.0, 1.0),  # before fold-in: 0.0, 0.6667
}
# set 4 (36 weight layers of 11 designs; Vivado HLS 2019.2-2020.1, Vitis HLS 2022.1-2025.2), collected on
# fidelity6 and scored once, blind (results/bench/cost_model_heldout4.md: LUT 0.338/0.995, FF 0.499/85,
# latency 1.218/9.6). On fidelity7 P7 is a calibration design and the io_stream layers fit the stream wrapper
# (since fidelity8 also P4's Vitis ones; since fidelity9 P8, P9 are calibration designs, read with Vitis HLS),
# so these numbers are in-sample, not blind.
MEASURED_4 = {
    # before lutproducts (Vivado HLS product rule, refit): 0.0, 32.0
    "dsp": (0.0, 1.0),
    # bram_18k before vivadoromreg: 0.0, 2.0
    "bram_18k": (0.0, 0.0),
    # before lutproducts (Vivado HLS product rule, refit): 0.35, 1.1909
    # before foldin2: 0.2838, 1.1909
    # lut before accwidth: 0.2659, 1.1476
    # lut before streamlut: 0.2431, 1.1476
    # lut before selmux: 0.1337, 1.1476
    # lut before resourcelut2: 0.1022, 0.949
    # lut before resourcelut3: 0.1172, 0.7152
    # lut before reslut: 0.0899, 0.7152
    # lut before reslut-dsp1: 0.0856, 0.6511
    "lut": (0.0971, 0.6157),  # before fold-in: 0.3259, 1.1517; before fidelity13: 0.3198, 1.1517
    # pfconv (io_parallel Latency conv: P8's result registers and PartitionLoop II 2): before 0.234, 0.2468,
    # 0.0145 (medians of ff, latency, ii; worst unchanged)
    # before foldin2: 0.2139, 108.0
    # ff before clockunc: 0.1723, 121.0
    # ff before foldin3: 0.2193, 110.0
    # ff before session18: 0.2264, 110.0
    # ff before streamwindowff: 0.2264, 109.0
    # ff before foldin21: 0.1864, 109.0
    # ff before vivadoff: 0.1799, 108.0
    # ff before tiecost: 0.1786, 117.0
    # ff before resff: 0.1776, 112.0
    # ff before resourceff: 0.1906, 112.0
    "ff": (0.1532, 112.0),  # before fold-in: 0.1993, 108.0; before fidelity14: 0.2337, 120.0
    # before foldin2: 0.1686, 5.0173
    # latency_cycles before resourcelut: 0.1197, 5.0173
    "latency_cycles": (0.1334, 5.0173),  # before streamconv: 0.1958; before fold-in: 0.1482, 5.0173
    # before foldin2: 0.0132, 0.6667
    "ii": (0.0004, 0.5017),  # before fold-in: 0.012, 0.6667
}
# set 5 (16 weight layers of 6 designs from 3 repositories; Vivado HLS 2019.2, Vitis HLS 2024.1), scored once,
# blind, on fidelity7 (results/bench/cost_model_heldout5.md: LUT 0.187/27.95, FF 0.465/1374, latency
# 1.333/5.0). Not blind since fidelity8, which read its per-row errors and fitted the stream wrapper, FIFO FF,
# softmax and pooling constants on its io_stream designs too (Q2 left out); since fidelity9 Q6 (read as the
# Vitis HLS design it is) is a calibration design. These numbers are in-sample.
MEASURED_5 = {
    "dsp": (0.0, 135.0),
    "bram_18k": (0.0, 0.0),
    # before lutproducts (Vivado HLS product rule, refit): 0.193, 40.2039
    # before foldin2: 0.1506, 35.9806
    # before vitisdsp (H10/q_dense's operand width, refit): 0.1908, 37.1165
    # lut before foldin3: 0.1915, 37.1262
    # lut before accwidth: 0.1922, 37.2136
    # lut before foldin21: 0.1534, 37.1748
    # lut before hgqwidths: 0.1518, 37.2427
    # lut before reslut: 0.1538, 37.2524
    # lut before reslut-dsp1: 0.1342, 37.5534
    # lut before fabricshare: 0.0884, 43.2913
    "lut": (0.1064, 44.2621),  # before fold-in: 0.1048, 37.2427; before fidelity13: 0.1175, 38.5437
    # before foldin2: 0.2423, 1810.0
    # ff before clockunc: 0.2214, 1754.0
    # ff before foldin3: 0.2828, 1813.0
    # ff before session18: 0.2834, 1813.5
    # ff before streamwindowff: 0.2409, 6327.5
    # ff before foldin21: 0.2107, 6238.0
    # ff before vivadoff: 0.1922, 6233.5
    # ff before hgqwidths: 0.1932, 6230.5
    "ff": (0.1926, 6231.0),  # before fold-in: 0.2801, 1461.0; before fidelity14: 0.2806, 1451.0
    # before foldin2: 0.2762, 5.0
    "latency_cycles": (0.6667, 5.0),  # before streamconv: 1.4052; before fold-in: 0.8581, 6.0
    # before foldin2: 0.0276, 4.0
    "ii": (0.0625, 5.0),  # before streamconv: 0.141; before fold-in: 0.0955, 6.0
}
# set 6 (41 weight layers of 12 designs from 5 repositories; Vitis HLS 2023.1-2024.1, Vivado HLS 2020.1),
# collected on fidelity8 before its model changes, committed before any estimate of it (08db2c7), and scored
# once, blind, with the final model of that branch (results/bench/cost_model_heldout6.md: BLIND_6). Not blind
# since fidelity9, which read its per-row errors and fitted on its designs (all but S1 in the calibration,
# S4-S6 in the stream fit, S10 left out), so these numbers are in-sample.
BLIND_6 = {
    "dsp": (0.0, 692.0),
    "bram_18k": (0.0, 144.0),
    "lut": (0.2741, 2.1599),
    "ff": (0.2771, 32.0),
    "latency_cycles": (1.0, 6.7347),
    "ii": (0.0, 3.0),
}
MEASURED_6 = {
    "dsp": (0.0, 2.0),
    "bram_18k": (0.0, 144.0),
    # before foldin2: 0.1341, 0.7907
    # lut before foldin3: 0.1305, 0.8186
    # lut before hlsversion: 0.14, 0.8186
    # lut before session18b: 0.1222, 0.8186
    # lut before foldin21: 0.1105, 0.9674
    # lut before hgqwidths: 0.1032, 0.9721
    # lut before streamlut: 0.1105, 1.0047
    # lut before selmux: 0.1085, 1.0047
    # lut before resourcelut2: 0.1032, 1.0047
    # lut before resourcelut3: 0.1105, 1.0047
    # lut before reslut: 0.1032, 1.0047
    # lut before reslut-dsp1: 0.1069, 0.9209
    "lut": (0.0993, 1.1163),  # before fold-in: 0.1577, 0.7612; before fidelity13: 0.131, 0.7612
    # before foldin2: 0.1763, 37.0
    # ff before clockunc: 0.2507, 47.0
    # ff before foldin3: 0.1699, 0.9886
    # ff before session18: 0.1655, 0.9886
    # ff before streamwindowff: 0.1275, 0.9886
    # ff before foldin21: 0.1025, 0.7045
    # ff before vivadoff: 0.108, 0.7386
    # ff before tiecost: 0.1541, 42.0
    # ff before hgqwidths: 0.1332, 0.7386
    # ff before resff: 0.1314, 0.7159
    "ff": (0.0973, 0.7159),  # before fold-in: 0.2132, 39.0; before fidelity14: 0.2363, 47.0
    # before foldin2: 0.0, 4.8515
    # latency_cycles before clockunc: 0.137, 5.2381
    # latency_cycles before resourcelut: 0.099, 5.2381
    # latency_cycles before vivadoff: 0.0157, 4.2857
    # latency_cycles before tiecost: 0.0649, 4.8515
    "latency_cycles": (0.0157, 4.2857),  # before fold-in: 0.0, 5.2381
    # before foldin2: 0.0, 1.0
    "ii": (0.0, 3.0),
}
# set 7 (34 weight layers of 9 designs from 5 repositories; Vitis HLS 2022.2-2024.2, Vivado HLS 2020.1),
# collected by a session that ran no estimate, committed before fidelity9's model was final (which never saw
# it), and scored once, blind, with that model (results/bench/cost_model_heldout7.md). Fitted on since
# fidelity10 (MEASURED_7 below); these blind numbers stay what was measured then.
BLIND_7 = {
    "dsp": (0.264, 69.0),
    "bram_18k": (0.0, 2.0),
    "lut": (0.4817, 0.733),
    "ff": (0.2748, 4.632),
    "latency_cycles": (1.0, 9.9701),
    "ii": (0.0413, 0.997),
}
# Set 7 since fidelity10, which read its per-row errors and fitted on it (T1, T3 in the calibration, T4-T8 in
# the stream fit; T2 and T9 left out): the current model's band, in-sample. BLIND_7 stays the blind result.
MEASURED_7 = {
    "dsp": (0.0, 1.0),
    # bram_18k before romports: 0.0, 2.0
    # bram_18k before vivadoromreg: 0.0, 1.0
    "bram_18k": (0.0, 0.0),
    # before foldin2: 0.1164, 0.6702
    # lut before accwidth: 0.1137, 0.677
    # lut before foldin21: 0.1537, 0.677
    # lut before hgqwidths: 0.1514, 0.677
    # lut before streamlut: 0.1477, 0.677
    # lut before selmux: 0.1374, 0.677
    # lut before resourcelut2: 0.1333, 0.6898
    # lut before reslut: 0.1004, 0.574
    # lut before reslut-dsp1: 0.1004, 0.6038
    "lut": (0.1004, 0.6353),  # before fold-in: 0.1086, 0.4985; before fidelity13: 0.1129, 0.4985
    # before foldin2: 0.3957, 1.2727
    # ff before clockunc: 0.3648, 1.3864
    # ff before streamwindowff: 0.3695, 1.298
    # ff before resff: 0.1295, 1.2904
    # ff before resourceff: 0.1421, 1.0126
    "ff": (0.1193, 1.0),  # before fold-in: 0.3994, 1.2576; before fidelity14: 0.382, 1.2576
    # before foldin2: 0.0311, 9.9701
    # latency_cycles before clockunc: 0.0645, 9.9701
    "latency_cycles": (0.0299, 9.9701),  # before fold-in: 0.0011, 9.9701
    "ii": (0.0001, 0.997),
}
# set 8 (26 weight layers of 8 designs from 4 repositories; Vivado HLS 2019.2-2020.1, Vitis HLS 2023.1; U3
# left out as its README decided before scoring), collected by a session that ran no estimate and scored once,
# blind, with fidelity10's final model, which never saw it (results/bench/cost_model_heldout8.md; main's model
# before fidelity10: ..._heldout8_main.md). These blind numbers stay what was measured then (EXPECTED_ERROR).
BLIND_8 = {
    "dsp": (0.0, 2000.0),
    "bram_18k": (0.0, 1.0),
    "lut": (0.3265, 0.6004),
    "ff": (0.4395, 0.889),
    "latency_cycles": (1.0556, 9.2295),
    "ii": (0.0013, 0.9231),
}
# Set 8 with the current model (fidelity11 moved its FF: rom_ff refitted with set 9's fit half; fidelity15
# too: the Vitis rem0 FF term fitted on set 10; neither fitted on set 8). BLIND_8 stays the blind result.
MEASURED_8 = {
    "dsp": (0.0, 1000.0),  # before pairedproducts: 0.0, 2000.0 (U4/U5's q_dense, in LUTs, now paired)
    # bram_18k before vivadoromreg: 0.0, 1.0
    "bram_18k": (0.0, 0.0),
    # before lutproducts (Vivado HLS product rule, refit): 0.3134, 0.5963
    # before foldin2: 0.318, 0.5963
    # lut before accwidth: 0.3238, 0.5956
    # lut before selmux: 0.3338, 0.5956
    # lut before resourcelut2: 0.3756, 0.9736
    # lut before resourcelut3: 0.3329, 0.6249
    "lut": (0.3457, 0.6249),  # before fold-in: 0.3165, 0.6004; before fidelity13: 0.3265, 0.6004
    # before fold-in: 0.4262, 0.8832; before fidelity15 (Vitis rem0 FF, fitted on set 10; U9's layers): 0.4391
    # before foldin2: 0.2552, 0.8836
    # ff before clockunc: 0.2578, 0.8817
    # ff before ffdsp: 0.2546, 0.8817
    # ff before streamwindowff: 0.2222, 0.8817
    # ff before foldin21: 0.191, 0.8817
    # ff before resff: 0.2019, 0.8817
    # ff before resourceff: 0.1812, 0.8477
    "ff": (0.1812, 0.8673),
    # before foldin2: 0.8713, 4.4517
    # latency_cycles before clockunc: 0.6179, 4.7368
    # latency_cycles before resourcelut: 0.4434, 4.7368
    # latency_cycles before vivadoff: 0.0129, 4.4517
    "latency_cycles": (0.0129, 5.5614),  # before streamconv: 0.9167, 9.2295; before fold-in: 1.0556, 9.2295
    # ii before vivadoff: 0.0013, 0.4452
    "ii": (0.0005, 0.5561),  # before streamconv: 0.0013, 0.9231
}
# design totals (weight layers + ReLUs + FIFO/table BRAM; since fidelity10 softmax DSPs and latency,
# io_parallel top registers) against the reports' Total rows:
# set -> metric -> band
MEASURED_DESIGNS = {
    "heldout": {  # since branch conv1d H10 has its two pointwise Conv1D (before: dsp worst 3, lut worst
        # 0.4707, ff worst 0.9712, latency worst 3.3333, ii worst 0.5)
        # before lutproducts (Vivado HLS product rule, refit): 0.0, 12.0
        # before vitisdsp (H10/q_dense in LUTs, its 10-bit operand): 0.0, 1.0
        "dsp": (0.0, 0.0),
        "bram_18k": (0.0, 78.0),
        # lut before fidelity16: 0.2417, 0.4395
        # before lutproducts (Vivado HLS product rule, refit): 0.0597, 0.374
        # pointwise2 (H10's pointwise Conv1D read as all positions at once: 865 -> 8,654 and 494 -> 4,937
        # LUT against 7,865 and 2,611; H10's design total 26,292 -> 38,524 against 27,166): 0.0857, 0.374
        # before foldin2: 0.1903, 0.4181
        # before vitisdsp (H10/q_dense's operand width, refit): 0.1854, 0.4145
        # lut before accwidth: 0.185, 0.408
        # lut before foldin21: 0.1848, 0.4226
        # lut before pool1d: 0.1818, 0.4226
        # lut before poolprice: 0.1817, 0.4626
        # lut before auxlad: 0.1817, 0.4598
        # lut before streamlut: 0.1766, 0.4598
        # lut before selmux: 0.1569, 0.4598
        # lut before resourcelut2: 0.1633, 0.4598
        # lut before resourcelut3: 0.1715, 0.4598
        # lut before reslut: 0.1749, 0.4598
        # lut before reslut-dsp1: 0.1982, 0.4673
        # lut before convglue: 0.1488, 0.4488
        # lut before constchan: 0.1488, 0.656
        # lut before deadrelu: 0.1488, 0.3979
        # lut before fabricshare: 0.0879, 0.2637
        "lut": (0.081, 0.2637),  # before fold-in: 0.2543, 0.4478; before fidelity13: 0.2131
        # before fold-in: 0.3162, 0.7235; fidelity11: 0.3423, 0.9789; before fidelity13: 0.312
        # dfregs (0-cycle DATAFLOW results registered; H10 0.50 -> 0.17): before 0.365, 0.8036
        # ff before tablelogic (sigmoid/tanh LUT and FF): 0.365, 0.8036
        # before foldin2: 0.317, 0.8036
        # ff before clockunc: 0.3029, 0.835
        # ff before ffdsp: 0.3097, 0.8006
        # ff before session18: 0.3063, 0.8096
        # ff before streamwindowff: 0.3057, 0.8073
        # ff before foldin21: 0.2968, 0.8073
        # ff before resff: 0.2863, 0.8083
        # ff before streamact: 0.2967, 0.8093
        # ff before auxlad: 0.2862, 0.8093
        # ff before constchan: 0.3121, 0.8049
        "ff": (0.3254, 0.8049),  # tablelogic alone 0.3601; before fidelity16: 0.3304, 0.644
        # designlatency (schedule-aware composition, io_parallel sigmoid/tanh latency): H10 28 vs 12;
        # before: 0.8105, 11.6667; before fold-in: 0.8611, 11.6667
        # pointwise2 (H10 28 -> 10 cycles against 12, II 10 -> 1 against 2): 0.8611, 13.3333; ii 0.0772, 4.0
        "latency_cycles": (0.8611, 3.8462),
        "ii": (0.0772, 0.5),
    },
    "heldout2": {
        # dsp before hgqwidths: 0.1, 1.0
        "dsp": (0.0, 1.0),
        "bram_18k": (0.0, 0.0),
        # before foldin2: 0.0978, 1.5575
        # lut before accwidth: 0.0838, 1.5596
        # lut before foldin21: 0.0292, 1.4205
        # lut before hgqwidths: 0.0272, 1.4199
        # lut before reslut: 0.0482, 1.3932
        # lut before reslut-dsp1: 0.0906, 1.3808
        # lut before deadrelu: 0.1274, 1.3479
        "lut": (0.1297, 0.1877),  # before fold-in: 0.1352, 1.5103; before fidelity13: 0.1096, 1.513
        # ff before fidelity16: 0.3387, 3.2673
        # before foldin2: 0.277, 4.0991
        # ff before clockunc: 0.3648, 3.3453
        # ff before ffdsp: 0.3095, 3.3874
        # ff before session18: 0.3093, 3.3904
        # ff before foldin21: 0.3096, 3.3874
        # ff before vivadoff: 0.3041, 3.3904
        # ff before tiecost: 0.286, 3.3604
        # ff before hgqwidths: 0.2847, 2.955
        # ff before auxlad: 0.2608, 2.955
        "ff": (0.2556, 2.955),  # before fold-in: 0.2679, 4.5435; before fidelity14: 0.3357, 4.6006
        "latency_cycles": (1.0, 5.0),  # before designlatency: 5.0, 8.0
        "ii": (0.0, 0.0),
    },
    "heldout3": {  # since branch conv1d K2 has its Conv1D (before: lut 0.7413, latency 0.5289, ii 0.0002)
        # since branch pointwise K6 has the pointwise half of its separable Conv2D (K6 before: latency 3 vs
        # 22, II 1 vs 9; after: 11 vs 22, 9 vs 9)
        # dsp before hgqwidths: 0.0, 1.06
        "dsp": (0.0, 0.76),
        # bram_18k before fifomap: 0.0, 13.0
        "bram_18k": (0.0, 1.0),
        # lut before fidelity16: 0.2363, 1.8146
        # fifowidth (K2's Vitis HLS FIFOs on xcu250 by their width): before 0.2142, 1.8146
        # before foldin2: 0.1412, 1.8146
        # lut before accwidth: 0.1574, 1.8668
        # lut before foldin21: 0.1445, 1.7378
        # lut before hgqwidths: 0.1465, 1.7421
        # lut before auxlad: 0.1466, 1.5315
        # lut before selmux: 0.1422, 1.5315
        # lut before resourcelut2: 0.0587, 1.5315
        # lut before resourcelut3: 0.0536, 1.5315
        # lut before reslut: 0.0876, 1.5315
        # lut before reslut-dsp1: 0.0876, 1.4625
        # lut before deadrelu: 0.0876, 1.3539
        "lut": (0.1154, 1.3185),  # before fold-in: 0.2847, 1.6808; before fidelity13: 0.2804, 1.7604
        # before batchnorm: 0.3886, 1.3571; before fidelity13: 0.3831, 1.4024; fidelity13: 0.3867, 1.4005
        # fifowidth (K2 0.47 -> 0.12; K7-K9's Vivado BRAM FIFOs per width bit): before 0.3795, 1.1784
        # before foldin2: 0.2066, 1.1784
        # ff before clockunc: 0.2061, 1.2266
        # ff before foldin3: 0.2061, 1.442
        # ff before session18: 0.2059, 1.4454
        # ff before streamwindowff: 0.2059, 1.4484
        # ff before foldin21: 0.2715, 1.4484
        # ff before vivadoff: 0.3048, 1.466
        # ff before tiecost: 0.3113, 1.5464
        # ff before hgqwidths: 0.3112, 1.2745
        # ff before streamact: 0.3108, 1.3628
        # ff before auxlad: 0.3285, 1.3628
        # ff before partres (a Vivado partitioned convolution's results held twice, K6): 0.3339, 1.3628
        "ff": (0.2853, 1.3628),  # before fidelity16: 0.3795, 0.9727; before fold-in: 0.3809, 1.3571
        # before fold-in: 0.4234, 8.6364; before pointwise: 0.6847, 8.6364; pointwise alone: 0.6847, 6.0
        # pfconv (K6's PartitionLoop fill stage: 11 -> 12 vs 22): before 0.6847, 5.0
        # latency_cycles before depthwise: 0.6847, 4.5455
        # latency_cycles before smaxrule: 0.6667, 4.1463
        "latency_cycles": (0.5289, 4.1463),
        "ii": (0.0, 0.0668),  # before branch pointwise: 0.0, 0.8889
    },
    "heldout4": {  # since branch conv1d P10, P11 have their Conv1D (before: dsp 0.9697, bram worst 616,
        # lut 0.4633/0.9427, ff worst 0.9454, latency 0.4587/9.958, ii worst 0.9968)
        # before lutproducts (Vivado HLS product rule, refit): 0.0104, 10.0
        "dsp": (0.0, 10.0),  # before batchnorm: 0.1186, 10.0
        # bram_18k before vivadoromreg: 0.0, 33.0
        # bram_18k before pool1d: 0.0, 35.0
        "bram_18k": (0.0, 12.0),
        # lut before tablelogic: 0.3032, 0.4259
        # before lutproducts (Vivado HLS product rule, refit): 0.3032, 0.4237
        # before foldin2: 0.2605, 0.4237
        # lut before accwidth: 0.265, 0.4203
        # lut before foldin21: 0.229, 0.4203
        # lut before zeropad: 0.2334, 0.4203
        # lut before pool1d: 0.2644, 0.4203
        # lut before merge21: 0.2644, 0.3376
        # lut before auxlad: 0.2644, 0.3856
        # lut before streamlut: 0.2526, 0.3856
        # lut before selmux: 0.1529, 0.3852
        # lut before resourcelut2: 0.1292, 0.2524
        # lut before resourcelut3: 0.1295, 0.3956
        # lut before reslut: 0.1295, 0.3466
        # lut before reslut-dsp1: 0.1148, 0.3466
        # lut before deadrelu: 0.097, 0.3466
        "lut": (0.097, 0.3443),  # before fidelity16: 0.3213, 0.8936; before fold-in: 0.324, 0.8942
        # FF before fidelity13 0.3353; worst 0.7587 until P8's top registers counted its conv input as a
        # feature map, not as its 9x larger im2col windows (P8's Register row: 2,714 FF; its total: 300,528)
        # ff before fidelity16: 0.3038, 0.9366
        # fifowidth (Vivado BRAM FIFOs per width bit: P1, P2 0.30 -> 0.31, P3 0.23 -> 0.20):
        # before 0.3038, 0.4967
        # before foldin2: 0.3118, 0.4961
        # ff before resff: 0.3087, 0.4927 (pool1d alone: 0.3076, 0.4487)
        # ff before auxlad: 0.1792, 0.4246
        "ff": (0.1792, 0.4217),  # before fold-in: 0.3054, 0.931; fidelity13: 0.3851
        # pfconv (P8's PartitionLoop at II 2: 790 -> 1466 vs 1463 cycles, II 676 -> 1352 vs 1354): before
        # 0.3342, 4.6001 and ii 0.0247, 0.5007; before fold-in: 0.3342, 4.6138
        "latency_cycles": (0.2462, 3.5714),
        # before foldin2: 0.0017, 0.095
        "ii": (0.0095, 0.095),
    },
    "heldout5": {
        # before lutproducts (Vivado HLS product rule, refit): 0.5164, 135.0
        "dsp": (0.0727, 135.0),  # before batchnorm: 0.2541, 135.0
        "bram_18k": (0.0, 4.0),
        # before fold-in: 0.318, 34.1696; before batchnorm: 0.3282, 34.1696; before fidelity13: 0.3135,
        # 35.3661
        # before lutproducts (Vivado HLS product rule, refit): 0.2419, 625.2679
        # before foldin2: 0.1692, 621.3839
        # before vitisdsp (refit, stream wrapper refit): 0.1967, 622.4286
        # lut before foldin3: 0.1966, 622.4375
        # lut before accwidth: 0.1965, 622.5179
        # lut before foldin21: 0.1746, 622.4821
        # lut before hgqwidths: 0.1737, 622.5446
        # lut before reslut: 0.1737, 622.5536
        # lut before reslut-dsp1: 0.1664, 622.8304
        # lut before deadrelu: 0.1319, 628.1071
        # lut before fabricshare: 0.129, 628.1071
        "lut": (0.123, 629.0),  # before fidelity16: 0.2932, 36.8929
        # before fold-in: 0.3753, 4893.6667; before batchnorm: 0.4036, 4893.6667; before fidelity14: 0.4042,
        # 4887.0
        # before foldin2: 0.2254, 5126.3333
        # ff before clockunc: 0.2472, 5089.0
        # ff before foldin3: 0.2372, 5128.3333
        # ff before session18: 0.2367, 5128.6667
        # ff before streamwindowff: 0.242, 8138.0
        # ff before foldin21: 0.2531, 8078.3333
        # ff before vivadoff: 0.2485, 8075.3333
        # ff before hgqwidths: 0.2493, 8073.3333
        # ff before streamact: 0.2488, 8073.6667
        "ff": (0.2388, 8073.6667),
        # before foldin2: 2.768, 5.0
        "latency_cycles": (2.768, 6.0),  # before streamconv: 3.3221; before fold-in: 3.252, 7.0
        # before foldin2: 0.1693, 3.0
        "ii": (0.1887, 4.0),  # before streamconv: 0.2609; before fold-in: 0.2609, 5.0
    },
    "heldout7": {
        "dsp": (0.0, 0.7222),  # before pairedproducts (T4-T6's paired 6 x 6 products): 0.2105, 0.7222
        # bram_18k before romports: 0.0, 3.0
        "bram_18k": (0.0, 4.0),
        # lut before fidelity16: 0.1877, 0.5355
        # fifowidth (Vitis HLS BRAM FIFO LUT refitted without the VU+ designs, 87.4 -> 57.5):
        # before 0.17, 0.5168
        # before foldin2: 0.17, 0.5225
        # lut before accwidth: 0.1629, 0.5273
        # lut before hgqwidths: 0.1628, 0.5585
        # lut before auxlad: 0.1622, 0.5507
        # lut before streamlut: 0.1622, 0.5464
        # lut before selmux: 0.1443, 0.5464
        # lut before resourcelut3: 0.1054, 0.5464
        # lut before reslut: 0.0707, 0.5464
        # lut before reslut-dsp1: 0.0489, 0.5744
        "lut": (0.1233, 0.6052),  # before fold-in: 0.2222, 0.4136; before fidelity13: 0.1909, 0.4136
        # ff before fidelity16: 0.2893, 0.7562
        # before foldin2: 0.2726, 0.7425
        # ff before clockunc: 0.3059, 0.7096
        # ff before streamwindowff: 0.3037, 0.7565
        # ff before foldin21: 0.1012, 0.7574
        # ff before vivadoff: 0.1012, 0.753
        # ff before tiecost: 0.1104, 0.7817
        # ff before hgqwidths: 0.1139, 0.788
        # ff before resff: 0.1104, 0.7808
        # ff before streamact: 0.1202, 0.7808
        # ff before auxlad: 0.1119, 0.7808
        # ff before resourceff: 0.1119, 0.7639
        "ff": (0.0828, 0.7639),  # before fold-in: 0.3417, 0.7211; before fidelity14: 0.4306, 0.7252
        "latency_cycles": (0.4751, 9.9261),  # before designlatency: 0.0, 9.9261 (T1, T3: 8 vs 10)
        "ii": (0.0, 0.9926),
    },
    "heldout8": {
        # dsp before pairedproducts: 0.0, 200.0 (U4/U5's q_dense, in LUTs, 1,000 DSP estimated, not 2,000)
        "dsp": (0.0, 100.0),
        # bram_18k before bramholes: 0.0, 3.0
        # bram_18k before vivadoromreg: 0.0, 2.0
        "bram_18k": (0.0, 0.0),
        # before fold-in: 0.4382, 0.7263; before batchnorm: 0.4382, 0.7363; before fidelity13: 0.4392, 0.7196
        # dfregs (U9's ReLU result registered): before 0.4439, 54.0
        # lut before tablelogic: 0.302, 0.5098
        # before lutproducts (Vivado HLS product rule, refit): 0.2599, 0.4846
        # before foldin2: 0.2599, 0.4894
        # lut before accwidth: 0.2468, 0.4891
        # lut before foldin21: 0.2585, 0.4916
        # lut before zeropad: 0.2586, 0.4941
        # lut before plumbing: 0.256, 0.4515
        # lut before auxlad: 0.2162, 0.4187
        # lut before streamlut: 0.213, 0.4187
        # lut before selmux: 0.1795, 0.4187
        # lut before resourcelut2: 0.1727, 0.4187
        # lut before reslut: 0.1195, 0.4187
        # lut before reslut-dsp1: 0.1032, 0.4176
        # lut before convglue: 0.1032, 0.4439
        # lut before fabricshare: 0.081, 0.4439
        "lut": (0.081, 0.4411),  # before fidelity16: 0.4509, 0.6945
        # ff before tablelogic: 0.4439, 54.0; before fidelity16: 0.5521, 38.0
        # fifowidth (Vivado BRAM FIFOs per width bit: U1-U5): before 0.3982, 54.0
        # ff before ffdsp: 0.4016, 54.0
        # ff before streamwindowff: 0.2457, 54.0
        # ff before vivadoff: 0.2322, 54.0
        # ff before resff: 0.2384, 54.0
        # ff before merge21: 0.2118, 54.0
        # ff before streamact: 0.1842, 54.0
        # ff before resourceff: 0.1748, 54.0
        # ff before mergeresource: 0.1719, 54.0
        # ff before mergeresource: 0.1619, 54.0
        "ff": (0.1719, 54.0),  # tablelogic alone 0.405; before fold-in: 0.5558, 29.0
        # before streamconv: 0.75, 9.1623
        # before foldin2: 0.75, 4.0192
        # latency_cycles before clockunc: 0.31, 4.0192
        # latency_cycles before resourcelut: 0.7847, 4.0192
        "latency_cycles": (0.6423, 4.0192),  # before designlatency: 1.25, 9.1623
        "ii": (0.0006, 0.4005),  # before streamconv: 0.0006, 0.9091
    },
    "heldout6": {
        # dsp before pairedproducts (S11's paired 6 x 6 products): 0.004, 0.4545
        "dsp": (0.0, 0.4545),  # before batchnorm: 0.0204, 1.0
        # bram_18k before vivadoromreg: 0.0, 152.0
        "bram_18k": (0.0, 153.0),
        # before fold-in: 0.1833, 0.611; before batchnorm: 0.2073, 0.611; before fidelity13: 0.2025, 0.611
        # fifowidth (S4-S6's Vitis HLS FIFOs on xcvu13p by their width): before 0.1591, 0.5105
        # before foldin2: 0.1224, 0.5105
        # lut before foldin3: 0.1396, 0.5068
        # lut before hlsversion: 0.1433, 0.5069
        # lut before session18b: 0.1114, 0.5069
        # lut before foldin21: 0.0894, 0.5069
        # lut before hgqwidths: 0.0698, 0.5066
        # lut before plumbing: 0.0668, 0.5066
        # lut before selmux: 0.0805, 0.5066
        # lut before resourcelut2: 0.0526, 0.4605
        # lut before reslut: 0.0612, 0.5291
        # lut before convglue: 0.0578, 0.5291
        # lut before deadrelu: 0.0588, 0.4728
        "lut": (0.0546, 0.4467),  # before fidelity16: 0.1905, 0.6101
        # before fold-in: 0.5233, 1.0343; before batchnorm: 0.548, 1.0343; before fidelity14: 0.561, 1.0343
        # dfregs (S11, S12's ReLU results registered): before 0.4406, 0.863
        # fifowidth (S4 0.43 -> 0.02, S5 0.45 -> 0.17, S6 0.31 -> 0.16): before 0.4299, 0.863
        # before foldin2: 0.2922, 0.863
        # ff before clockunc: 0.3403, 0.6521
        # ff before foldin3: 0.3661, 0.6363
        # ff before session18: 0.3668, 0.6255
        # ff before streamwindowff: 0.2611, 0.5383
        # ff before foldin21: 0.2177, 0.5383
        # ff before vivadoff: 0.2136, 0.5383
        # ff before tiecost: 0.1748, 0.5383
        # ff before hgqwidths: 0.1888, 0.5383
        # ff before resff: 0.1729, 0.5383
        # ff before resourceff: 0.0959, 0.5383
        "ff": (0.092, 0.5383),  # before fidelity16: 0.4891, 0.6378
        # before foldin2: 1.688, 4.7923
        # latency_cycles before clockunc: 2.0299, 4.7923
        # latency_cycles before vivadoff: 0.5454, 3.0
        # latency_cycles before tiecost: 1.688, 4.7923
        # latency_cycles before smaxrule: 0.5454, 3.0
        "latency_cycles": (0.43, 3.0),  # before designlatency: 2.4583, 9.0; before fold-in: 2.7917
        # ii before clockunc: 0.0, 0.4803
        # ii before vivadoff: 0.0, 0.0132
        # ii before tiecost: 0.0, 0.4803
        "ii": (0.0, 0.0132),
    },
}


# The Conv1D layers of sets 1, 3 and 4, modelled since branch conv1d and scored once with the plan in
# docs/cost-model-record.md 2.5 ("Conv1D"; results/bench/cost_model_heldout{,3,4}_conv1d.md), never fitted on.
# (median, worst): P10, P11 (Vivado HLS 2019.2, Resource, io_stream) and K2 (Vitis HLS 2024.1, Latency,
# io_stream), 7 layers; H10's two pointwise layers (an hls4ml development version) apart.
CONV1D = {
    "dsp": (0.0, 0.0),
    # bram_18k before vivadoromreg: 0.0, 2.0 (P10 conv1d's 48 x 10-bit ROM now in registers, 0 against the
    # instance's 3 blocks of other memories)
    "bram_18k": (0.0, 3.0),
    # before foldin2: 0.6015, 0.8773; before selmux (the ROM kernel's input_mux per input): 0.6022, 0.9124;
    # before resourcelut's ROM refit (input-multiplexer copies left out of the fit, packed-input shifters) and
    # Vivado io_stream select chains: 0.5573, 0.8168
    "lut": (0.4219, 0.8497),  # before fold-in: 0.5681, 0.8699
    # before foldin2: 0.3133, 0.5495
    # ff before clockunc: 0.3342, 0.5469
    # ff before streamwindowff: 0.3102, 0.5469 (K2/conv1, Vitis: wrapper window FF 0.73 -> 0.62 a bit)
    # ff before foldin21: 0.3145, 0.5469 (the Vitis wrapper's FF window 0.6212 -> 0.5929 a bit)
    # ff before resff: 0.3102, 0.5469 (P10/P11's pipelined cores now carry data + weight + product a
    # multiplier: P11 conv1d_2 42,321 -> 96,681 against 75,612, P10 conv1d_2 23,263 -> 41,439 against 26,786)
    # ff before resourceff: 0.2786, 0.547 (refitted rom_ff, control 356 -> 198, input 1.55 -> 1.76 FF a bit:
    # P10's conv1d_2 41,439 -> 42,224 and P11's 96,681 -> 98,075 against 26,786 and 75,612, further over)
    "ff": (0.2878, 0.5763),  # before fold-in: 0.3397, 0.5491; before fidelity14: 0.4388
    "latency_cycles": (0.3509, 0.9524),
    "ii": (0.0351, 0.0952),
}


def _not_conv1d(comparisons):
    """The layers the MEASURED bands were measured on (Conv1D was not read before branch conv1d, hls4ml's
    `pointwise_conv_2d_cl` not before branch pointwise, `depthwise_conv_2d_cl` not before branch depthwise:
    set 3's K6, `POINTWISE_K6`, `DEPTHWISE_K6`)."""
    return [
        c
        for c in comparisons
        if c.kind != "conv1d" and (c.design, c.layer) not in POINTWISE_2D | DEPTHWISE_2D
    ]


# The `pointwise_conv_2d_cl` layers of sets 1-15 (1x1 Conv2D, read since branch pointwise): only set 3's K6,
# the pointwise half of a QKeras separable Conv2D (io_parallel, Latency, RF 1, ParallelizationFactor 4),
# which hls4ml runs as `conv_2d_latency_cl` (nnet_conv2d.h), the Conv2D the model costs. metric -> error,
# measured once with the model of branch pointwise (no constant changed). The report's 496,752 LUT and
# 14,444 FF for a 2 x 5 kernel are far from the model's 1,068 LUT and 0 FF, as is the design's depthwise
# half (207,860 LUT), which the model does not read; DSP 0 and II 9 as reported, latency 8 vs 9 cycles.
POINTWISE_2D = {("K6", "separable_conv2d_pointwise")}
# pfconv (the PartitionLoop's fill stage, result registers and window multiplexers): before lut 0.9979,
# ff 1.0, latency 1.0 (now 1,528 LUT, 2,880 FF, 9 cycles)
# pointwise3: its 9-partition loop at RF 1 holds the 72 inputs (2,880 -> 5,400 FF / 14,444; ff was 0.8006) and
# their multiplexers (1,517 -> 2,597 LUT / 496,752; lut was 0.9969)
# partres (Vivado HLS holds the 180 results twice, `cost.PARTITION_RESULT_COPIES`): 5,400 -> 8,280 FF /
# 14,444; ff was 0.6261
POINTWISE_K6 = {"dsp": 0.0, "bram_18k": 0.0, "lut": 0.9948, "ff": 0.4268, "latency_cycles": 0.0, "ii": 0.0}
# The `depthwise_conv_2d_cl` layers of the stored sets (read since branch depthwise as a block-diagonal
# Conv2D, docs/cost-model-record.md 2.14): only K6's depthwise half (3x3 on 2 channels, every weight 1.0, RF
# 1, PF 4). Measured once with the model of branch depthwise (no constant changed; not fitted on,
# `heldout.not_fitted_on`):
# DSP 0 / 0, LUT 3,255 / 207,860, FF 2,944 / 4,892, latency 9 / 9-10 (one band: the report's max is 10),
# II 9 / 9.
DEPTHWISE_2D = {("K6", "separable_conv2d_depthwise")}
# reslut (the refit after the split-product LUT, `logic.DSP_SPLIT_LUT`; the layer has no split product):
# LUT 3,255 -> 4,290, lut was 0.9843; then its refit after the one-tile DSP products' LUT
# (`logic.DSP_PRODUCT_LUT`; the layer has none): lut was 0.9794
# partres (its 72 results held twice): ff was 0.3982
DEPTHWISE_K6 = {"dsp": 0.0, "bram_18k": 0.0, "lut": 0.9818, "ff": 0.1627, "latency_cycles": 1.0, "ii": 0.0}


@pytest.fixture(scope="module")
def comparisons():
    return layer_comparisons(HELDOUT)


@pytest.mark.parametrize("root", ALL_SETS)
def test_heldout_designs_come_from_repositories_outside_the_calibration_set(root):
    manifest = read_table(root / "MANIFEST.tsv", "\t")
    assert {row["repo"] for row in manifest}.isdisjoint(CALIBRATION_REPOS)
    assert all(len(row["commit"]) == 40 for row in manifest)


def test_the_heldout_sets_share_no_repository():
    manifests = [read_table(root / "MANIFEST.tsv", "\t") for root in ALL_SETS]
    repos = [{row["repo"] for row in manifest} for manifest in manifests]
    assert all(a.isdisjoint(b) for i, a in enumerate(repos) for b in repos[i + 1 :])


def test_every_weight_layer_of_every_design_is_compared(comparisons):
    layers = {(c.design, c.layer) for c in comparisons}
    assert len(layers) == 28 and len({design for design, _ in layers}) == 10
    assert {c.kind for c in comparisons} == {"dense", "conv2d", "conv1d"}


@pytest.mark.parametrize("metric", sorted(MEASURED))
def test_heldout_error_is_the_documented_band(comparisons, metric):
    errors = np.array([c.error for c in _not_conv1d(comparisons) if c.metric == metric])
    median, worst = MEASURED[metric]
    assert np.median(errors) == pytest.approx(median, abs=0.002)
    assert errors.max() == pytest.approx(worst, abs=0.002)


@pytest.fixture(scope="module")
def comparisons_2():
    return layer_comparisons(HELDOUT2)


@pytest.mark.parametrize("metric", sorted(MEASURED_2))
def test_second_heldout_error_is_the_documented_band(comparisons_2, metric):
    errors = np.array([c.error for c in comparisons_2 if c.metric == metric])
    assert errors.size == 28
    median, worst = MEASURED_2[metric]
    assert np.median(errors) == pytest.approx(median, abs=0.002)
    assert errors.max() == pytest.approx(worst, abs=0.002)


@pytest.fixture(scope="module")
def comparisons_3():
    return layer_comparisons(HELDOUT3)


@pytest.mark.parametrize("metric", sorted(MEASURED_3))
def test_third_heldout_error_is_the_documented_band(comparisons_3, metric):
    errors = np.array([c.error for c in _not_conv1d(comparisons_3) if c.metric == metric])
    assert errors.size == 27
    median, worst = MEASURED_3[metric]
    assert np.median(errors) == pytest.approx(median, abs=0.002)
    assert errors.max() == pytest.approx(worst, abs=0.002)


def test_set_3_pointwise_layer_error_is_the_recorded_one(comparisons_3):
    pointwise = [c for c in comparisons_3 if (c.design, c.layer) in POINTWISE_2D]
    assert {c.kind for c in pointwise} == {"conv2d"}
    assert {c.metric: round(c.error, 4) for c in pointwise} == pytest.approx(POINTWISE_K6, abs=0.002)


def test_set_3_depthwise_layer_error_is_the_recorded_one(comparisons_3):
    depthwise = [c for c in comparisons_3 if (c.design, c.layer) in DEPTHWISE_2D]
    assert {c.kind for c in depthwise} == {"conv2d"} and len(depthwise) == 6
    assert {c.metric: round(c.error, 4) for c in depthwise} == pytest.approx(DEPTHWISE_K6, abs=0.002)


@pytest.fixture(scope="module")
def comparisons_4():
    return layer_comparisons(HELDOUT4)


@pytest.mark.parametrize("metric", sorted(MEASURED_4))
def test_fourth_heldout_error_is_the_documented_band(comparisons_4, metric):
    errors = np.array([c.error for c in _not_conv1d(comparisons_4) if c.metric == metric])
    assert errors.size == 36
    median, worst = MEASURED_4[metric]
    assert np.median(errors) == pytest.approx(median, abs=0.002)
    assert errors.max() == pytest.approx(worst, abs=0.002)


@pytest.fixture(scope="module")
def comparisons_5():
    return layer_comparisons(HELDOUT5)


@pytest.mark.parametrize("metric", sorted(MEASURED_5))
def test_fifth_heldout_error_is_the_documented_band(comparisons_5, metric):
    errors = np.array([c.error for c in comparisons_5 if c.metric == metric])
    assert errors.size == 16
    median, worst = MEASURED_5[metric]
    assert np.median(errors) == pytest.approx(median, abs=0.002)
    assert errors.max() == pytest.approx(worst, abs=0.002)


@pytest.fixture(scope="module")
def comparisons_6():
    return layer_comparisons(HELDOUT6)


@pytest.mark.parametrize("metric", sorted(MEASURED_6))
def test_sixth_heldout_error_is_the_documented_band(comparisons_6, metric):
    errors = np.array([c.error for c in comparisons_6 if c.metric == metric])
    assert errors.size == 41
    median, worst = MEASURED_6[metric]
    assert np.median(errors) == pytest.approx(median, abs=0.002)
    assert errors.max() == pytest.approx(worst, abs=0.002)


@pytest.mark.parametrize("name", sorted(MEASURED_DESIGNS))
def test_design_totals_error_is_the_documented_band(name):
    left_out = LEFT_OUT.get(name, set())
    comparisons = design_comparisons(Path(__file__).parent / "data" / name)
    designs = [c for c in comparisons if c.design not in left_out]
    for metric, (median, worst) in MEASURED_DESIGNS[name].items():
        errors = np.array([c.error for c in designs if c.metric == metric])
        assert np.median(errors) == pytest.approx(median, abs=0.002), metric
        assert errors.max() == pytest.approx(worst, abs=0.002), metric


@pytest.mark.parametrize("metric", sorted(MEASURED_7))
def test_seventh_heldout_error_is_the_documented_band(metric):
    errors = np.array([c.error for c in layer_comparisons(HELDOUT7) if c.metric == metric])
    assert errors.size == 34
    median, worst = MEASURED_7[metric]
    assert np.median(errors) == pytest.approx(median, abs=0.002)
    assert errors.max() == pytest.approx(worst, abs=0.002)


@pytest.mark.parametrize("metric", sorted(MEASURED_8))
def test_eighth_heldout_error_is_the_documented_band(metric):
    comparisons = [c for c in layer_comparisons(HELDOUT8) if c.design not in LEFT_OUT["heldout8"]]
    errors = np.array([c.error for c in comparisons if c.metric == metric])
    assert errors.size == 26
    median, worst = MEASURED_8[metric]
    assert np.median(errors) == pytest.approx(median, abs=0.002)
    assert errors.max() == pytest.approx(worst, abs=0.002)


RESULTS = Path(__file__).parents[3] / "results" / "bench"
BLIND_SCORES = [RESULTS / f"cost_model_heldout{label}.csv" for label in BLIND_FIRST_SCORING_LABELS]


def test_cli_band_reports_the_blind_sets_outside_the_calibration():
    # sets 8, 12-25, 27 and 29, each scored blind with the model of its day (set 15: main's; 16, 17:
    # blind_before): their layers pooled (218 layers; sets 27 and 29 have none)
    assert set(BLIND_LEFT_OUT) == LEFT_OUT["heldout8"] | LEFT_OUT["heldout24"]
    pooled = pooled_errors(BLIND_SCORES, left_out=BLIND_LEFT_OUT)
    for metric, (median, worst) in pooled.items():
        assert EXPECTED_ERROR[metric]["heldout_median"] == pytest.approx(median, abs=0.005), metric
        assert EXPECTED_ERROR[metric]["heldout_worst"] == pytest.approx(worst, rel=0.005, abs=0.005), metric
    # each set's own blind bands are the pinned ones
    for scores, blind in zip(BLIND_SCORES, BLIND_FIRST_SCORINGS, strict=True):
        for metric, band in pooled_errors([scores], BLIND_LEFT_OUT).items():
            assert band == pytest.approx(blind[metric], abs=0.002), (scores.name, metric)


def test_set_24_recorded_blind_layers_are_the_pinned_ones():
    # all 5 weight layers as first scored (the Conv1D ones too, left out of the pool only)
    scores = RESULTS / "cost_model_heldout24_blind.csv"
    for left_out, blind in (((), BLIND_24_ALL), (BLIND_LEFT_OUT, BLIND_24)):
        for metric, band in pooled_errors([scores], left_out).items():
            assert band == pytest.approx(blind[metric], abs=0.002), metric


def test_cli_totals_band_reports_the_blind_sets_design_totals():
    # the same score files, their design-total rows pooled (117 designs; set 8's U3 and set 24's I1 left out;
    # set 27's 16 refused designs counted in the medians as the worst, the worst that of the estimated ones)
    pooled = pooled_errors(BLIND_SCORES, left_out=BLIND_LEFT_OUT, designs=True)
    assert set(pooled) == set(DESIGN_EXPECTED_ERROR)
    for metric, (median, worst) in pooled.items():
        assert DESIGN_EXPECTED_ERROR[metric]["heldout_median"] == pytest.approx(median, abs=0.0005), metric
        assert DESIGN_EXPECTED_ERROR[metric]["heldout_worst"] == pytest.approx(worst, rel=0.005), metric


@pytest.mark.parametrize("metric", ["dsp", "bram_18k", "lut", "ff", "latency_cycles", "ii"])
def test_cli_totals_band_is_the_recorded_design_cross_validation(metric):
    # DESIGN_EXPECTED_ERROR's median/p90 are the design totals one design left out that
    # bench/design_totals_cv.py last wrote
    row = next(
        row
        for row in read_table(RESULTS / "design_totals_cv_summary.csv")
        if (row["metric"], row["io_type"], row["estimate"]) == (metric, "all", "left_out")
    )
    assert DESIGN_EXPECTED_ERROR[metric]["median"] == pytest.approx(float(row["median"]), abs=0.0006)
    assert DESIGN_EXPECTED_ERROR[metric]["p90"] == pytest.approx(float(row["p90"]), abs=0.0006)


COST_MODEL_DOC = Path(__file__).parents[3] / "docs" / "cost-model.md"
# docs/cost-model.md's one-repository-out rows and the summaries they quote, by metric (layers: strategy and
# tool "all"; designs: io type "all", left out)
REPOSITORY_OUT_ROWS = {
    "| calibration layers, one repository left out |": (
        "cost_model_cv_repo_summary.csv",
        {"strategy": "all", "tool": "all"},
    ),
    "| **design totals**, the same 91 designs, one repository left out |": (
        "design_totals_cv_repo_summary.csv",
        {"io_type": "all", "estimate": "left_out"},
    ),
}


def _doc_row_bands(label: str) -> dict:
    """{metric: (median, p90 or None)} of the LUT, FF and latency columns of the doc's table row `label`."""
    line = next(line for line in COST_MODEL_DOC.read_text().splitlines() if line.startswith(label))
    cells = [cell.strip() for cell in line[len(label) :].strip(" |").split("|")]
    bands = {}
    for metric, cell in zip(("lut", "ff", "latency_cycles"), cells[2:5], strict=True):
        median, _, p90 = cell.partition(" (p90 ")
        bands[metric] = (float(median), float(p90.rstrip(")")) if p90 else None)
    return bands


@pytest.mark.parametrize("label", sorted(REPOSITORY_OUT_ROWS))
def test_the_docs_repository_out_rows_are_the_recorded_summaries(label):
    # the rows docs/cost-model.md quotes (two significant digits) are what the benches last wrote
    table, selection = REPOSITORY_OUT_ROWS[label]
    rows = read_table(RESULTS / table)
    for metric, (median, p90) in _doc_row_bands(label).items():
        row = next(r for r in rows if r["metric"] == metric and all(r[k] == v for k, v in selection.items()))
        assert median == pytest.approx(float(row["median"]), rel=0.03, abs=0.005), (metric, "median")
        if p90 is not None:
            assert p90 == pytest.approx(float(row["p90"]), rel=0.03, abs=0.005), (metric, "p90")


@pytest.mark.parametrize("table", ["design_totals_cv.csv", "design_totals_cv_repo.csv"])
def test_recorded_design_cross_validation_is_of_todays_model(table):
    # the bands above are pinned to what bench/design_totals_cv.py last wrote; its in-sample estimates must be
    # today's, or the bench is stale (its DSP rows were, from the paired narrow products to 2026-12-06)
    rows = read_table(RESULTS / table)
    for name in sorted({row["set"] for row in rows}):
        today = {
            (c.design, c.metric): c.estimate
            for c in design_comparisons(Path(__file__).parent / "data" / name)
        }
        recorded = {
            (r["design"], r["metric"]): float(r["in_sample_estimate"]) for r in rows if r["set"] == name
        }
        assert recorded == {key: pytest.approx(today[key], abs=1e-6) for key in recorded}, name


def test_single_repository_groups_are_those_of_the_calibration():
    # the constants groups whose calibration layers come from one public repository, recomputed
    data = Path(__file__).parent / "data"
    repositories = design_repositories(data)
    groups = {}
    for row in read_calibration_set(data):
        key = (row.target.hls_tool, row.target.calibration_group)
        groups.setdefault(key, set()).add(repositories[row.case])
    single = {key: next(iter(repos)) for key, repos in groups.items() if len(repos) == 1}
    assert single == SINGLE_REPOSITORY_GROUPS


@pytest.mark.parametrize("io_type", sorted(DESIGN_EXPECTED_ERROR_BY_IO))
def test_cli_totals_band_per_io_type_is_the_recorded_design_cross_validation(io_type):
    rows = {
        row["metric"]: row
        for row in read_table(RESULTS / "design_totals_cv_summary.csv")
        if (row["io_type"], row["estimate"]) == (io_type, "left_out")
    }
    band = DESIGN_EXPECTED_ERROR_BY_IO[io_type]
    for metric in ("lut", "ff", "latency_cycles", "ii"):
        assert band[metric]["median"] == pytest.approx(float(rows[metric]["median"]), abs=0.0006), metric
        assert band[metric]["p90"] == pytest.approx(float(rows[metric]["p90"]), abs=0.0006), metric
    assert band["calibration"] == f"{rows['lut']['designs']} {io_type} designs"


@pytest.mark.parametrize("metric", ["lut", "ff", "latency_cycles"])
def test_cli_in_sample_band_is_the_recorded_cross_validation(metric):
    # EXPECTED_ERROR's median/p90 are the leave-one-design-out errors bench/cost_model_cv.py last wrote
    row = next(
        row
        for row in read_table(RESULTS / "cost_model_cv_summary.csv")
        if (row["metric"], row["strategy"], row["tool"]) == (metric, "all", "all")
    )
    assert EXPECTED_ERROR[metric]["median"] == pytest.approx(float(row["median"]), abs=0.0006)
    assert EXPECTED_ERROR[metric]["p90"] == pytest.approx(float(row["p90"]), abs=0.0006)


@pytest.mark.parametrize("kind", sorted(EXPECTED_ERROR_BY_KIND))
def test_cli_band_per_kind_of_layer_is_the_recorded_cross_validation(kind):
    # each kind's band is its strategy's rows of the summary bench/cost_model_cv.py last wrote for it, with
    # the layer count it names
    io_type, strategy = kind.split()
    summary = "cost_model_cv_summary.csv" if io_type == "io_parallel" else "cost_model_cv_stream_summary.csv"
    rows = {
        row["metric"]: row
        for row in read_table(RESULTS / summary)
        if (row["strategy"], row["tool"]) == (strategy, "all")
    }
    band = EXPECTED_ERROR_BY_KIND[kind]
    for metric in ("lut", "ff", "latency_cycles", "ii"):
        assert band[metric]["median"] == pytest.approx(float(rows[metric]["median"]), abs=0.0006), metric
        assert band[metric]["p90"] == pytest.approx(float(rows[metric]["p90"]), abs=0.0006), metric
    assert band["calibration"].split()[0] == rows["lut"]["n"]


@pytest.mark.parametrize("metric", sorted(CONV1D))
def test_conv1d_layers_error_is_the_documented_band(comparisons_3, comparisons_4, metric):
    conv1d = [c for c in comparisons_3 + comparisons_4 if c.kind == "conv1d" and c.metric == metric]
    assert sorted((c.design, c.layer) for c in conv1d) == [
        ("K2", "conv1"),
        *[(design, f"conv1d{suffix}") for design in ("P10", "P11") for suffix in ("", "_1", "_2")],
    ]
    errors = np.array([c.error for c in conv1d])
    median, worst = CONV1D[metric]
    assert np.median(errors) == pytest.approx(median, abs=0.002)
    assert errors.max() == pytest.approx(worst, abs=0.002)


# Set 11 (J1-J3, fastmachinelearning/l1-jet-id; collected on branch conv1d and scored once, blind, with the
# plan of docs/cost-model-record.md 2.5; results/bench/cost_model_heldout11_conv1d.md): kind -> metric ->
# (median, worst), measured with the current model; where fidelity13 (built without reading set 11) moved a
# number, the comment keeps the blind one (branch conv1d's model).
# Its pointwise Conv1D layers come from an hls4ml development version; since branch pointwise2 they are read
# as hls4ml builds them (every position at once, `project.code_generated_pointwise`), the earlier numbers in
# the comments marked pointwise2.
MEASURED_11 = {
    "dense": {
        # before lutproducts (Vivado HLS product rule, refit): 0.4011, 1.1818
        "dsp": (0.0, 0.1167),
        "bram_18k": (0.0, 0.0),
        # before lutproducts (Vivado HLS product rule, refit): 0.3474, 0.5345
        # before foldin2: 0.1229, 0.1856
        # before vitisdsp (rho's data operand is the pooling's 14 bits, refit): 0.1636, 0.1979
        # lut before accwidth: 0.1616, 0.2042
        # lut before reslut: 0.0962, 0.1639
        # lut before reslut-dsp1: 0.1526, 0.1941
        "lut": (0.1315, 0.2274),  # before fold-in: 0.3795, 0.5944; blind: 0.3802, 0.5741
        # before fold-in: 0.312, 0.4027; blind: 0.302, 0.3911; fidelity13: 0.2193, 0.3179
        # before foldin2: 0.2185, 0.3179
        # ff before clockunc: 0.2847, 0.3776
        # ff before ffdsp: 0.216, 0.316
        # ff before session18: 0.2473, 0.341
        # ff before vivadoff: 0.2251, 0.3218
        # ff before tiecost: 0.2581, 1.0
        # ff before hgqwidths: 0.2949, 1.0
        # ff before dfreglayer: 0.2928, 1.0
        "ff": (0.2928, 0.7531),
        # latency_cycles before vivadoff: 0.0, 0.0
        "latency_cycles": (0.0, 1.0),
        "ii": (0.0, 0.0),
    },
    "conv1d": {
        # before lutproducts (Vivado HLS product rule, refit): 0.8875, 406.0; pointwise2: 0.0, 0.875
        "dsp": (0.0, 0.1071),
        "bram_18k": (0.0, 0.0),
        # before lutproducts (Vivado HLS product rule, refit): 0.8895, 0.9284; pointwise2: 0.8916, 0.8944
        # before foldin2: 0.1341, 0.3535
        # before vitisdsp (refit): 0.1693, 0.3921
        # lut before foldin3: 0.1667, 0.371
        # lut before accwidth: 0.1659, 0.3682
        # lut before reslut: 0.1871, 0.3715
        # lut before reslut-dsp1: 0.1639, 0.2768
        "lut": (0.1567, 0.3369),  # before fold-in: 0.8979, 0.931; blind: 0.8912, 0.9316
        # before lutproducts (Vivado HLS product rule, refit): 0.9358, 1.0; pointwise2: 0.9485, 1.0
        # before foldin2: 0.5881, 1.0
        # ff before clockunc: 0.687, 1.0
        # ff before foldin3: 0.5899, 1.0
        # ff before vivadoff: 0.5925, 1.0
        "ff": (1.0, 1.0),  # before fold-in: 0.9571, 1.0; blind: 0.9416, 1.0; fidelity13: 0.9361
        # latency_cycles before vivadoff: 0.0, 0.0
        "latency_cycles": (1.0, 1.0),  # pointwise2: 14.0, 14.0
        # ii before vivadoff: 1.0, 1.0
        "ii": (0.0, 1.0),  # pointwise2: 15.0, 15.0 (now RF 2 against 1, or 1 against 0)
    },
}


@pytest.mark.parametrize("kind", sorted(MEASURED_11))
def test_eleventh_heldout_error_is_the_documented_band(kind):
    comparisons = [c for c in layer_comparisons(HELDOUT11) if c.kind == kind]
    assert len({(c.design, c.layer) for c in comparisons}) == {"dense": 6, "conv1d": 9}[kind]
    for metric, (median, worst) in MEASURED_11[kind].items():
        errors = np.array([c.error for c in comparisons if c.metric == metric])
        assert np.median(errors) == pytest.approx(median, abs=0.002), metric
        assert errors.max() == pytest.approx(worst, abs=0.002), metric


# Set 12 (V1-V5: four repositories none of the earlier sets or the calibration holds; collected on branch
# heldout12 by a session that ran no estimate, scored once, blind, with the plan in heldout12/README.md and
# the model of fidelity15; results/bench/cost_model_heldout12_blind.md): metric -> (median, worst) over its
# 15 weight layers, and over its 5 design totals. These are the blind numbers; a change that moves them
# records the blind ones in a comment, as for set 11.
HELDOUT12 = Path(__file__).parent / "data" / "heldout12"
BLIND_12 = {
    "dsp": (0.0, 0.0),
    "bram_18k": (0.0, 108.0),
    "lut": (0.1055, 8.4161),
    "ff": (0.2028, 0.6745),
    "latency_cycles": (0.2857, 3.3398),
    "ii": (0.0, 0.334),
}
BLIND_12_DESIGNS = {
    "dsp": (0.0, 0.8889),  # since batchnorm (V1's two BatchNormalization layers' 48 DSPs counted): 0.0, 0.0
    "bram_18k": (1.0, 108.0),
    "lut": (0.3367, 1.1862),
    "ff": (0.767, 1.6492),
    "latency_cycles": (3.6109, 8.0),
    "ii": (0.0, 0.3342),
}

# Set 12 with the current model, in-sample since branch foldin (V1-V4 fitted on; V5, over its device, not):
# layers and design totals. Batch normalisation (built after set 12 was scored, using its V1 as one of the two
# held-out checks of that model) had moved V1's DSPs before (design DSP (0.0, 0.0) since).
MEASURED_12 = {
    "dsp": (0.0, 0.0),
    # bram_18k before romports: 0.0, 108.0
    # bram_18k before vivadoromreg: 0.0, 1.0
    "bram_18k": (0.0, 0.0),
    # before foldin2: 0.1173, 6.0792
    # lut before accwidth: 0.1316, 5.9066
    # lut before hgqwidths: 0.1446, 5.9066
    # lut before selmux: 0.1323, 5.9066
    # lut before resourcelut2: 0.1356, 5.4894
    # lut before reslut: 0.1323, 4.1454
    "lut": (0.0768, 4.1454),  # before streamconv: 0.1254; before fold-in (blind): 0.1055, 8.4161
    # before foldin2: 0.2024, 0.6373
    # ff before clockunc: 0.0285, 0.5472
    # ff before ffdsp: 0.0052, 0.5547
    # ff before session18: 0.0184, 0.5548
    # ff before streamwindowff: 0.0155, 0.5547
    # ff before foldin21: 0.0321, 0.6033
    # ff before vivadoff: 0.0343, 0.6162
    # ff before tiecost: 0.0435, 0.5934
    # ff before hgqwidths: 0.0388, 0.6072
    # ff before resff: 0.0414, 0.6076
    # ff before resourceff: 0.0513, 0.6076
    "ff": (0.045, 0.6076),  # before fold-in (blind): 0.2028, 0.6745
    # before foldin2: 0.0952, 3.3398
    # latency_cycles before vivadoff: 0.0067, 3.3398
    "latency_cycles": (0.0067, 1.0811),  # before fold-in (blind): 0.2857
    # ii before vivadoff: 0.0, 0.334
    "ii": (0.0, 0.1081),
}
MEASURED_12_DESIGNS = {
    "dsp": (0.0, 0.0),
    # bram_18k before romports: 1.0, 108.0
    "bram_18k": (0.0, 1.0),
    # fifowidth (Vitis HLS BRAM FIFO LUT refit, V3): before 0.2993, 0.9372
    # before streamconv: 0.3029, 0.9375
    # before foldin2: 0.3012, 0.8575
    # lut before accwidth: 0.2935, 0.9129
    # lut before foldin21: 0.2514, 0.9024
    # lut before hgqwidths: 0.2498, 0.9064
    # lut before plumbing: 0.2425, 0.9067
    # lut before moreops: 0.2285, 0.9067
    # lut before selmux (with moreops): 0.1768, 0.9067
    # lut before resourcelut2: 0.1768, 0.8513
    # lut before reslut: 0.1768, 0.6728
    # lut before reslut-dsp1: 0.1411, 0.6447
    # lut before deadrelu: 0.1528, 0.6218
    "lut": (0.1437, 0.6218),  # before fidelity16: 0.3096, 0.9333; before fold-in: 0.3367, 1.1862
    # before foldin2: 0.7291, 1.426
    # ff before moreops: 0.617, 1.0036
    "ff": (0.4583, 1.0036),  # before fidelity16: 0.617, 1.0036; before fold-in: 0.767, 1.6492
    # before foldin2: 1.0, 3.6109
    # latency_cycles before resourcelut: 0.2653, 3.6109
    # latency_cycles before vivadoff: 0.0531, 3.6109
    "latency_cycles": (0.0531, 1.0),  # before designlatency: 3.6109, 8.0
    # ii before vivadoff: 0.0, 0.3342
    "ii": (0.0, 0.0013),
}


# Set 13 (W1-W5: two repositories none of the earlier sets or the calibration holds; collected on branch
# heldout13 by a session that ran no estimate, scored once, blind, with the plan in heldout13/README.md and
# the model of 1bec98f: fidelity15 and batch normalisation; results/bench/cost_model_heldout13_blind.md):
# metric -> (median, worst) over its 18 weight layers and its 5 design totals.
HELDOUT13 = Path(__file__).parent / "data" / "heldout13"
BLIND_13 = {
    "dsp": (0.0, 39.8333),
    "bram_18k": (0.0, 23.0),
    "lut": (0.3059, 1.2038),
    "ff": (0.4963, 1.0),
    "latency_cycles": (0.0, 9.763),
    "ii": (0.5246, 1.0),
}
BLIND_13_DESIGNS = {
    "dsp": (0.0004, 2.257),
    "bram_18k": (0.0, 32.0),
    "lut": (0.2689, 0.3272),
    "ff": (0.4719, 0.6682),
    "latency_cycles": (0.1674, 3.0),
    "ii": (0.0, 0.0001),
}


# Set 13 with the current model, in-sample since branch foldin (W2-W5 calibration rows; W1 left out of the
# stream fits).
MEASURED_13 = {
    "dsp": (0.0, 39.8333),
    "bram_18k": (0.0, 23.0),
    # before lutproducts (Vivado HLS product rule, refit) and streamconv (1xK Conv2D without a line buffer):
    # 0.1941, 1.1014; lutproducts alone 0.2133, 1.1014, streamconv alone 0.2035, 1.1061
    # before foldin2: 0.2133, 1.1064
    # lut before foldin3: 0.2205, 1.0666
    # lut before accwidth: 0.2222, 1.1011
    # lut before foldin21: 0.1936, 1.2256
    # lut before hgqwidths: 0.1928, 1.2283
    # lut before reslut: 0.1855, 1.2275
    # lut before reslut-dsp1: 0.1283, 1.2311
    "lut": (0.0671, 1.2128),  # before fold-in (blind): 0.3059, 1.2038
    # before foldin2: 0.4908, 1.0
    # ff before clockunc: 0.484, 1.0
    # ff before foldin3: 0.48, 1.0
    # ff before session18: 0.4851, 1.0
    # ff before streamwindowff: 0.3988, 2.5302
    # ff before foldin21: 0.3243, 2.5034
    # ff before vivadoff: 0.3168, 2.5041
    # ff before tiecost: 0.3262, 2.5011
    # ff before dfreglayer: 0.317, 2.4978
    "ff": (0.0, 2.4966),  # before fold-in (blind): 0.4963
    # before foldin2: 0.0, 9.763
    # latency_cycles before clockunc: 0.0, 9.6682
    "latency_cycles": (0.0, 9.7156),
    # ii before clockunc: 0.5246, 1.0
    "ii": (0.5861, 1.0),
}
MEASURED_13_DESIGNS = {
    "dsp": (0.0004, 2.257),
    "bram_18k": (0.0, 32.0),
    # fifowidth (W5's 96 channels at their reported 40 LUT each; its other LUT under): before 0.2145, 0.2234
    # before streamconv: 0.2056
    # lut before foldin3: 0.2145, 0.2415
    # lut before accwidth: 0.2161, 0.2438
    # lut before foldin21: 0.1611, 0.2998
    # lut before hgqwidths: 0.1595, 0.3445
    # lut before auxlad: 0.1455, 0.3361
    # lut before reslut: 0.1455, 0.3504
    # lut before reslut-dsp1: 0.1245, 0.3572
    # lut before deadrelu: 0.0527, 0.3388
    "lut": (0.0633, 0.3388),  # before fidelity16: 0.1642, 0.2684; before fold-in (blind): 0.2689, 0.3272
    # dfregs (W3 0.83 -> 0.01; W5 0.02 -> 0.31, its 96 channels' FIFO FF over-counted): before 0.5275, 0.8316
    # fifowidth: W5 0.31 -> 0.00 (its channels at 2 x 32 + 4 = 68 FF, as reported); median and worst unmoved
    # before foldin2: 0.4202, 0.6935
    "ff": (0.2617, 0.6935),  # before fidelity16: 0.2617, 0.6312; before fold-in (blind): 0.4719, 0.6682
    # latency_cycles before clockunc: 0.0, 0.1674
    "latency_cycles": (0.0, 1.3959),  # before designlatency: 0.1674, 3.0
    # ii before clockunc: 0.0, 0.0001
    "ii": (0.0, 0.1251),
}


# Set 14 (X1-X7: freaksie/ML-on-Chip and kendermag/hls4ml-tutorial, Vivado HLS 2018.3 and 2019.1, readable
# since branch heldout14's report-reader change; collected by a session that ran no estimate, scored once,
# blind, with the plan in heldout14/README.md and the model set 13 was scored with;
# results/bench/cost_model_heldout14_blind.md): metric -> (median, worst), 25 layers and 7 design totals.
HELDOUT14 = Path(__file__).parent / "data" / "heldout14"
BLIND_14 = {
    "dsp": (0.0, 1.0),
    "bram_18k": (0.0, 2.0),
    "lut": (0.2339, 0.5684),
    "ff": (0.2533, 0.8704),
    "latency_cycles": (1.0, 2.2222),
    "ii": (0.0, 0.2222),
}
BLIND_14_DESIGNS = {
    "dsp": (0.0, 0.3137),
    "bram_18k": (0.0, 3.0),
    "lut": (0.2838, 0.5111),
    "ff": (0.3592, 0.827),
    "latency_cycles": (0.6667, 4.7826),
    "ii": (0.0, 0.0741),
}


# Set 14 with the current model, in-sample since branch foldin (X1-X6 calibration rows; X7, over its device,
# not fitted on).
MEASURED_14 = {
    # dsp before dspnarrow: 0.0, 1.0
    "dsp": (0.0, 0.0),
    # bram_18k before vivadoromreg: 0.0, 2.0
    "bram_18k": (0.0, 0.0),
    # before foldin2: 0.0782, 0.537
    # before vitisdsp (refit): 0.0762, 0.5433
    # lut before foldin3: 0.0857, 0.5433
    # lut before accwidth: 0.0762, 0.5433
    # lut before streamlut: 0.0783, 0.5433
    # lut before selmux: 0.0927, 0.4317
    # lut before resourcelut2: 0.0762, 0.4185
    # lut before resourcelut3: 0.0927, 0.4185
    # lut before reslut: 0.0783, 0.4185
    # lut before reslut-dsp1: 0.053, 0.2208
    "lut": (0.0619, 0.2853),  # before fold-in (blind): 0.2339, 0.5684
    # before foldin2: 0.1196, 0.8379
    # ff before clockunc: 0.137, 0.8418
    # ff before ffdsp: 0.1185, 0.8379
    # ff before resff: 0.121, 0.8398
    # ff before resourceff: 0.1014, 0.8398
    "ff": (0.0964, 0.8398),  # before fold-in (blind): 0.2533, 0.8704
    "latency_cycles": (0.0, 3.0),  # before fold-in (blind): 1.0, 2.2222
    # before foldin2: 0.0, 0.1852
    # ii before resourcelut: 0.0, 0.2222
    "ii": (0.0, 0.1481),  # before fold-in (blind): 0.0, 0.2222
}
MEASURED_14_DESIGNS = {
    # dsp before dspnarrow: 0.0, 0.3137
    "dsp": (0.0, 0.0),
    # bram_18k before vivadoromreg: 0.0, 3.0
    "bram_18k": (0.0, 1.0),
    # before tablelogic (sigmoid/tanh LUT and FF): lut 0.1647, 0.393; ff 0.1737, 0.7769
    # before lutproducts (Vivado HLS product rule, refit): 0.0954, 0.3409
    # before foldin2: 0.0984, 0.3409
    # lut before accwidth: 0.0964, 0.3363
    # lut before streamlut: 0.0798, 0.336
    # lut before selmux: 0.0453, 0.336
    # lut before reslut: 0.0798, 0.336
    # lut before reslut-dsp1: 0.0908, 0.1961
    # lut before deadrelu: 0.0407, 0.2232
    "lut": (0.0246, 0.2111),  # before fold-in (blind): 0.2838, 0.5111
    # before foldin2: 0.162, 0.7737
    # ff before clockunc: 0.1802, 0.7786
    # ff before ffdsp: 0.1608, 0.7734
    "ff": (0.1643, 0.7743),  # before fidelity16: 0.2201, 0.7895; before fold-in (blind): 0.3592, 0.827
    # before designlatency: 2.5, 6.087; before fold-in (blind): 0.6667, 4.7826
    "latency_cycles": (0.8333, 5.2174),
    "ii": (0.0, 0.0741),
}


# Set 15 (Y1-Y3: axiotisk/Vitis_Accel_Projects, RavingRoss/Varner-Lab; Vitis HLS 2022.2-2023.2; collected by
# a session that ran no estimate, scored blind with the plan in heldout15/README.md, first with the model sets
# 13 and 14 were scored with: results/bench/cost_model_heldout15_blind_main.md): 12 layers, 3 design totals.
HELDOUT15 = Path(__file__).parent / "data" / "heldout15"
BLIND_15 = {
    "dsp": (0.0, 0.4583),
    "bram_18k": (0.0, 0.0),
    "lut": (0.0853, 0.2423),
    "ff": (0.2805, 0.5144),
    "latency_cycles": (0.0033, 3.0),
    "ii": (0.0003, 0.6),
}
BLIND_15_DESIGNS = {
    "dsp": (0.0078, 0.149),
    "bram_18k": (0.0, 80.0),
    "lut": (0.1116, 0.4659),
    "ff": (0.5092, 0.5806),
    "latency_cycles": (0.0258, 2.5),
    "ii": (0.001, 0.5),
}


# Set 15 with the current model: branch foldin's, which was built without reading set 15 and scored it blind
# second, as the set's plan allowed (results/bench/cost_model_heldout15_blind_foldin.md); BLIND_15 is the
# first scoring (main's model before the fold-in), the one `EXPECTED_ERROR` pools.
MEASURED_15 = {
    # vitisproducts (Vitis HLS's constant operand widths): Y2/output_dense 78 -> 144 DSP, reported 144
    "dsp": (0.0, 0.3333),  # before vitisproducts: 0.0, 0.4583
    "bram_18k": (0.0, 0.0),
    # vitisproducts: Y2/output_dense 35,653 -> 32,687 LUT against 37,356 (66 LUT multipliers now DSPs)
    # before foldin2: 0.0913, 0.2379
    # lut before accwidth: 0.0657, 0.291
    # lut before foldin21: 0.0883, 0.3175
    # lut before hgqwidths: 0.1042, 0.3081
    # lut before selmux: 0.0974, 0.3106
    # lut before resourcelut2: 0.1071, 0.3106
    # lut before reslut: 0.0855, 0.3106
    # lut before reslut-dsp1: 0.0883, 0.3197
    "lut": (0.0795, 0.2985),  # before vitisproducts: 0.0645; streamconv: 0.0711; BLIND_15: 0.0853, 0.2423
    # before foldin2: 0.2438, 0.4862
    # ff before clockunc: 0.2851, 0.5031
    # ff before streamwindowff: 0.1953, 0.3897
    # ff before foldin21: 0.1325, 0.3882
    # ff before vivadoff: 0.1541, 0.3786
    # ff before tiecost: 0.1216, 0.3452
    # ff before hgqwidths: 0.1286, 0.3429
    # ff before resff: 0.1207, 0.2987
    # ff before resourceff: 0.1307, 0.3104
    "ff": (0.1286, 0.2987),  # BLIND_15: 0.2805, 0.5144
    # before foldin2: 0.1736, 3.0
    "latency_cycles": (0.0, 2.5517),  # BLIND_15: 0.0033, 3.0
    # before foldin2: 0.0003, 0.6
    "ii": (0.0, 0.2552),
}
MEASURED_15_DESIGNS = {
    "dsp": (0.0, 0.0078),  # before vitisproducts: 0.0078, 0.149 (Y2 377 -> 443, reported 443)
    # bram_18k before fifomap: 0.0, 80.0
    "bram_18k": (0.0, 36.0),
    # fifowidth (Y2's Vitis HLS FIFOs on xcu55c by their width; set 15 not fitted on): before 0.1176, 0.1581
    # before streamconv: 0.0847
    # vitisproducts: Y2 230,861 -> 227,895 against 251,536; before it 0.082, 0.1581
    # before foldin2: 0.094, 0.1581
    # lut before accwidth: 0.0969, 0.1558
    # lut before foldin21: 0.0747, 0.1558
    # lut before hgqwidths: 0.0593, 0.1558
    # lut before auxlad: 0.0541, 0.1558
    # lut before selmux: 0.0495, 0.1558
    # lut before resourcelut2: 0.0496, 0.1171
    # lut before reslut: 0.0267, 0.0496
    # lut before reslut-dsp1: 0.0275, 0.0473
    # lut before convglue: 0.0267, 0.0694
    # lut before deadrelu: 0.0326, 0.0694
    "lut": (0.0326, 0.0657),  # before fidelity16: 0.1225, 0.4623; BLIND_15_DESIGNS: 0.1116, 0.4659
    # fifowidth (Y2 0.47 -> 0.20): before 0.2529, 0.4662
    # before foldin2: 0.2007, 0.2529
    # ff before clockunc: 0.1769, 0.3824
    # ff before streamwindowff: 0.138, 0.2854
    # ff before foldin21: 0.057, 0.2853
    # ff before vivadoff: 0.057, 0.2765
    # ff before hgqwidths: 0.057, 0.2293
    # ff before resff: 0.057, 0.1914
    # ff before auxlad: 0.1303, 0.1914
    # ff before resourceff: 0.1303, 0.1886
    "ff": (0.1121, 0.1886),  # before fidelity16: 0.4953, 0.5814; BLIND_15_DESIGNS: 0.5092, 0.5806
    # before designlatency: 0.3306, 2.5 (Y1 14 vs 20, was 15); BLIND_15_DESIGNS: 0.0258, 2.5
    # before foldin2: 0.3306, 3.0
    # latency_cycles before smaxrule: 0.0258, 3.0
    "latency_cycles": (0.0258, 2.5),
    "ii": (0.001, 0.5),
}


# Sets 16 and 17, collected blind and scored once with the model their plans name first (`blind_before`: main
# at 923f62c, the fold-in's model; results/bench/cost_model_heldout1{6,7}_blind_before.csv); set 17 as the
# reader of that day read it (8 of N1's and N2's 12 weight layers: pointwise convolutions were not read).
HELDOUT16 = Path(__file__).parent / "data" / "heldout16"
HELDOUT17 = Path(__file__).parent / "data" / "heldout17"
BLIND_16 = {
    "dsp": (0.0, 0.0),
    "bram_18k": (0.0, 0.0),
    "lut": (0.1265, 0.2017),
    "ff": (0.4755, 0.9953),
    "latency_cycles": (1.0, 1.0),
    "ii": (0.0, 0.0),
}
BLIND_16_DESIGNS = {
    "dsp": (0.0, 0.0),
    "bram_18k": (0.0, 0.0),
    "lut": (0.1109, 0.1175),
    "ff": (0.5052, 0.5518),
    "latency_cycles": (5.4412, 5.8824),
    "ii": (0.0, 0.0),
}
BLIND_17 = {
    "dsp": (1.2381, 63.0),
    "bram_18k": (0.0, 9.0),
    "lut": (0.7482, 0.9571),
    "ff": (0.7354, 1.0),
    "latency_cycles": (0.2272, 10.0),
    "ii": (0.0238, 0.9787),
}
BLIND_17_DESIGNS = {
    "dsp": (0.1311, 299.0),
    "bram_18k": (0.0, 11.0),
    "lut": (0.765, 0.9571),
    "ff": (0.6966, 0.9105),
    "latency_cycles": (5.3438, 10.0),
    "ii": (0.0428, 0.9792),
}
# Set 18, collected blind and scored once at the start of the next session with main at 92e17fe, before any
# model change (results/bench/cost_model_heldout18_blind.csv; its README's plan).
HELDOUT18 = Path(__file__).parent / "data" / "heldout18"
BLIND_18 = {
    "dsp": (0.0, 114.0),  # M2/Dense_1_jetID: 114 vs 0 (Vitis HLS 2022.2 put its products in LUTs)
    "bram_18k": (0.0, 0.0),
    "lut": (0.1973, 1.0314),
    "ff": (0.7713, 0.9748),  # M2/Conv1D_1: 7017 vs 278809
    "latency_cycles": (2.0, 4.0),
    "ii": (0.0, 1.0),
}
BLIND_18_DESIGNS = {
    "dsp": (0.048, 0.1511),
    "bram_18k": (0.0, 0.0),
    "lut": (0.1671, 0.3839),
    "ff": (0.626, 0.7976),
    "latency_cycles": (3.3333, 3.6364),
    "ii": (0.3333, 1.0),
}
# Set 19, collected blind and scored once with main at the merge of this session's model branches (fifowidth,
# satcost, pfconv, lutproducts, streamconv), as its README's plan says (results/bench/
# cost_model_heldout19_blind.csv).
HELDOUT19 = Path(__file__).parent / "data" / "heldout19"
BLIND_19 = {
    "dsp": (0.0, 0.0),
    "bram_18k": (0.0, 0.0),
    "lut": (0.2096, 2.2955),  # L2/output_sigmoid: 4673 vs 1418 (a Resource RF 4 Dense 32 -> 1)
    "ff": (0.5397, 0.6765),
    "latency_cycles": (1.0, 3.0769),
    "ii": (0.3333, 1.25),
}
BLIND_19_DESIGNS = {
    "dsp": (0.0119, 0.0238),
    "bram_18k": (0.0, 0.0),
    "lut": (0.4952, 0.6924),
    "ff": (0.589, 0.6525),
    "latency_cycles": (6.3796, 8.1437),  # L1: 199 vs 1072 (its floating-point softmax: 1053 cycles)
    "ii": (0.6232, 0.8178),
}
# set 20 (R1-R3, three repositories new to the sets; collected blind on branch heldout20, its scoring plan
# committed before any estimate) scored once, after this session's model branches (foldin2, ffclock,
# pointwise3, vitisdsp, set19fix, oneread, clockunc) merged: results/bench/cost_model_heldout20_blind.md
HELDOUT20 = Path(__file__).parent / "data" / "heldout20"
BLIND_20 = {
    "dsp": (0.0, 1.0),  # R1/fc2: 0 vs 1 (half its weights zero)
    "bram_18k": (0.0, 8.0),  # R3/conv2, R3/dense1: 8 vs 16 (io_stream Resource weights in BRAM)
    "lut": (0.3936, 1.0973),  # R3/conv2: 7586 vs 3617
    "ff": (0.3594, 0.8776),  # R1/fc5: 92 vs 49
    "latency_cycles": (1.0, 2.0),  # R1/fc3: 2 vs 4
    "ii": (0.0, 0.3125),  # R3/output: 21 vs 16
}
BLIND_20_DESIGNS = {
    "dsp": (0.0, 0.4),  # R1: 3 vs 5
    "bram_18k": (0.0, 19.0),  # R3: 57 vs 76
    "lut": (0.3115, 0.4344),
    "ff": (0.1985, 0.5002),  # R2: 11013 vs 22033
    "latency_cycles": (0.6897, 4.2996),  # R3: 1412 vs 2477 (its DATAFLOW pragma commented out)
    "ii": (0.0, 0.435),
}
# set 21 (E1-E3, hftsoi/sparse-pixels, one repository; collected blind on branch heldout21, its scoring plan
# committed before any estimate) scored once, after this session's model branches (foldin3, ffdsp, streamseq,
# vitislut, ffclock2, bramholes, tclexpr) merged and refitted: results/bench/cost_model_heldout21_blind.md
HELDOUT21 = Path(__file__).parent / "data" / "heldout21"
BLIND_21 = {
    "dsp": (0.0, 0.0064),  # E3/conv2: 158 vs 157
    "bram_18k": (0.0, 0.0),
    "lut": (0.2772, 0.724),  # E1/conv1: 71928 vs 41721 (io_parallel Conv2D, ParallelizationFactor 100)
    "ff": (0.6163, 0.8011),  # E3/conv2: 3703 vs 18617
    "latency_cycles": (1.0, 3.3793),  # E2/conv2: 288 vs 435
    "ii": (0.0371, 0.3379),  # E2/conv2: 288 vs 435
}
BLIND_21_DESIGNS = {
    "dsp": (0.0, 0.0006),  # E3: 3468 vs 3466
    "bram_18k": (4.0, 73.0),  # E2: 88 vs 15
    "lut": (0.3261, 0.3618),  # E3: 282140 vs 207189
    "ff": (0.5103, 0.6691),  # E3: 25237 vs 76261
    "latency_cycles": (3.3308, 5.0965),  # E3: 4114 vs 8390
    "ii": (0.0546, 0.3338),  # E2: 3528 vs 5296
}
# Set 21 after branches fifodepth1 (Vitis FIFOs of depth <= 2 in registers, the tool's documented default),
# streamwindowff (the `line_window` FF term, fitted on `STREAM_WRAPPER_SETS`, which holds no set-21 design),
# accwidth (tree adds at min(accum_t, product + level)), hlsversion and vivadoromreg, all chosen on sets 1-20
# and the calibration, not on set 21: the re-measured pins; the blind scoring stays in BLIND_21*. Since branch
# foldin21 set 21 is fitted on (E1's Dense layers, E2/E3's stream layers, FIFOs, softmax, poolings): in
# sample.
MEASURED_21 = {
    **BLIND_21,
    # ff before foldin21: 0.5568, 0.7746
    # ff before vivadoff: 0.4893, 0.7716
    # ff before tiecost: 0.504, 0.825
    # ff before hgqwidths: 0.4868, 0.8283
    "ff": (0.4911, 0.8184),  # before streamwindowff: 0.6163, 0.8011 (BLIND_* unchanged)
    # lut before foldin21: 0.1508, 0.5056
    # lut before hgqwidths: 0.1406, 0.5018
    # lut before reslut: 0.1391, 0.4696
    # lut before reslut-dsp1: 0.1435, 0.6365
    "lut": (0.1423, 0.6953),  # before accwidth: 0.2772, 0.724 (BLIND_* unchanged)
    # branch pixelcycle (Vitis HLS 2023.2's 0-cycle convolution kernels take a cycle a pixel, E2's conv1
    # 3,528 -> 5,292 / 5,295, conv2 288 -> 432 / 435): before it as BLIND_21
    "latency_cycles": (0.3708, 3.0),  # E1/dense1: 1 vs 4
    "ii": (0.0046, 0.3333),  # E3/dense2: 4 vs 3
}
MEASURED_21_DESIGNS = {
    **BLIND_21_DESIGNS,
    # ff before foldin21: 0.5261, 0.6028
    # ff before vivadoff: 0.5144, 0.5708
    # ff before hgqwidths: 0.5651, 0.5666
    # ff before zeropad: 0.5558, 0.5678
    # ff before streamact: 0.5514, 0.5666
    # ff before auxlad: 0.5398, 0.5605
    "ff": (0.5255, 0.5568),  # before streamwindowff: 0.5103, 0.6691 (BLIND_* unchanged)
    # bram_18k before fifomap: 3.0, 4.0
    "bram_18k": (2.0, 4.0),  # before fifodepth1: 4.0, 73.0 (BLIND_* unchanged)
    # lut before foldin21: 0.1568, 0.3737
    # lut before hgqwidths: 0.1498, 0.3698
    # lut before zeropad: 0.1447, 0.3698
    # lut before auxlad: 0.1404, 0.3698
    # lut before parpool: 0.132, 0.3688
    # lut before reslut: 0.132, 0.3213
    # lut before reslut-dsp1: 0.1456, 0.3219
    # lut before convglue: 0.1713, 0.3323
    # lut before deadrelu: 0.1713, 0.2624
    "lut": (0.169, 0.2429),  # before accwidth: 0.3261, 0.3618 (BLIND_* unchanged)
    "latency_cycles": (0.1835, 5.0965),  # before pixelcycle as BLIND_21_DESIGNS (E2: 3,540 -> 5,304 / 5,308)
    "ii": (0.0033, 0.0546),  # before pixelcycle as BLIND_21_DESIGNS (E2: 3,528 -> 5,292 / 5,296)
}

# set 22 (A1 adi7312/wedrowiec, C1 andread3vita/NeuralNetworkFPGA; collected blind on branch set22, its
# scoring plan committed before any estimate) scored once with main at cad484a:
# results/bench/cost_model_heldout22_blind.md
HELDOUT22 = Path(__file__).parent / "data" / "heldout22"
BLIND_22 = {
    "dsp": (0.0, 0.0),
    "bram_18k": (0.0, 1.0),  # A1/dense_4: 1 vs 2 (Vitis HLS 2024.2, xc7z020: 2 blocks a weight ROM)
    "lut": (0.3381, 0.4323),  # A1/dense_5: 3767 vs 2630
    "ff": (0.4764, 0.5499),  # A1/dense_5: 1584 vs 3519
    "latency_cycles": (0.0195, 1.0),  # C1/fc2: 2 vs 3
    "ii": (0.001, 0.0299),  # A1/dense_7: 69 vs 67
}
BLIND_22_DESIGNS = {
    "dsp": (0.0, 0.0),
    "bram_18k": (1.5, 3.0),  # A1: 4 vs 7
    "lut": (0.1032, 0.1751),  # C1: 8167 vs 9900
    "ff": (0.2468, 0.4117),  # A1: 6613 vs 11241
    "latency_cycles": (2.4034, 4.7826),  # C1: 12 vs 23 (the cycles outside the Dense layers)
    "ii": (0.0008, 0.0015),
}

# Set 22 after branch diag22 (Vitis HLS counts the rem0 kernel's `outidx` ROM on the reshaped template too,
# read off A1's own per-kernel Memory rows after the blind scoring: in-sample for that rule): the re-measured
# pins; the blind scoring stays in BLIND_22*. Nothing fitted on set 22.
MEASURED_22 = {
    **BLIND_22,
    "bram_18k": (0.0, 0.0),  # before diag22: 0.0, 1.0 (BLIND_* unchanged)
}
MEASURED_22_DESIGNS = {
    **BLIND_22_DESIGNS,
    "latency_cycles": (0.6643, 1.3043),  # before smaxrule: 2.4034, 4.7826 (BLIND_* unchanged)
    "lut": (0.1019, 0.1933),  # before deadrelu: 0.1032, 0.1751 (BLIND_* unchanged)
    "bram_18k": (0.0, 0.0),  # before diag22: 1.5, 3.0 (A1 4 -> 7 vs 7; BLIND_* unchanged)
}

# set 23 (B1-B3 tanvirana/heterogeneous-hls4ml-testing, D1 astitwlathe/example-hls4ml; collected blind on
# branch set23, its scoring plan committed in 3f57001 before any estimate) scored once with main at 05cbf9a:
# results/bench/cost_model_heldout23_blind.md
HELDOUT23 = Path(__file__).parent / "data" / "heldout23"
BLIND_23 = {
    "dsp": (0.0, 0.15),  # B3/fc1: 17 vs 20
    "bram_18k": (0.0, 0.0),
    "lut": (0.0723, 0.2042),  # B2/output: 1079 vs 896
    "ff": (0.1183, 0.4284),  # D1/fc2_relu: 3381 vs 5915
    "latency_cycles": (2.0, 4.0),  # B1/fc3: 2 vs 6 (Vivado HLS 2020.1, xc7z020-1 at 5 ns)
    "ii": (0.0, 0.0),
}
BLIND_23_DESIGNS = {
    "dsp": (0.0096, 0.12),  # B3: 22 vs 25
    "bram_18k": (0.0, 0.0),
    "lut": (0.0492, 0.1001),  # B2: 34022 vs 30926
    "ff": (0.1931, 0.2722),  # D1: 11039 vs 15168
    "latency_cycles": (6.1402, 6.4286),  # B2: 15 vs 42
    "ii": (0.0, 0.0),
}
MEASURED_23_DESIGNS = {
    **BLIND_23_DESIGNS,
    "latency_cycles": (3.3242, 3.8298),  # before smaxrule: 6.1402, 6.4286 (BLIND_* unchanged)
    # deadrelu (B2 0.100 -> 0.109 over: the refitted Vivado ReLU constants; B3 0.048 -> 0.019); BLIND_*
    # unchanged
    "lut": (0.0455, 0.1085),
}


def test_slow_part_warning_states_set_23s_latency_today():
    # the warning's numbers: set 23's Vivado HLS designs on an xc7z020-1 at 5 ns, estimated today
    layers = [c for c in layer_comparisons(HELDOUT23) if c.metric == "latency_cycles" and c.design != "D1"]
    designs = [c for c in design_comparisons(HELDOUT23) if c.metric == "latency_cycles" and c.design != "D1"]
    more = [c.report - c.estimate for c in layers if c.report > c.estimate]
    assert (len(more), len(layers), min(more), max(more)) == (11, 12, 2, 4)
    assert sorted(c.estimate for c in designs) == [27, 27, 29] and sorted(c.report for c in designs) == [
        39,
        42,
        47,
    ]
    target = read_design_project(HELDOUT23, read_table(HELDOUT23 / "MANIFEST.tsv", "\t")[0])[2]
    warning = slow_part_latency_warning(target)
    assert "11 of 12 Dense layers 2-4 cycles more" in warning and "39-47 cycles against 27-29" in warning
    assert warning in target_warnings(target)


@pytest.mark.parametrize(
    "part, clock_ns, tool, warned",
    [
        ("xc7z020clg400-1", 5.0, "vivado", True),
        ("xc7a35ticsg324-1L", 8.0, "vivado", True),
        ("xc7z020clg400-1", 10.0, "vivado", False),  # at 10 ns such layers are within about a cycle
        ("xc7z020clg400-1", 5.0, "vitis", False),  # Vitis HLS's -1 rows are not under
        ("xc7vx690tffg1927-2", 5.0, "vivado", False),
        ("xcu250-figd2104-2L-e", 5.0, "vivado", False),
    ],
)
def test_slow_part_warning_is_for_vivado_hls_on_grade_1_7_series_at_a_short_clock(
    part, clock_ns, tool, warned
):
    target = Target(part=part, clock_ns=clock_ns, hls_tool=tool)
    assert (slow_part_latency_warning(target) is not None) == warned


# set 24 (I1 Duchstf/L1BTag `L1B_toy_v8`; collected blind on branch set24, its scoring plan committed in
# 24b2126 before any estimate) scored once with main at cabc383: results/bench/cost_model_heldout24_blind.md.
# BLIND_24: its 3 Dense layers, the ones its plan pools; BLIND_24_ALL: all 5 weight layers, with the two
# Conv1D layers whose kernel was hand-edited (`ALLOCATION limit=600`; heldout24/README.md); BLIND_24_DESIGNS:
# I1's totals (left out of the pool, as the Conv1D layers).
HELDOUT24 = Path(__file__).parent / "data" / "heldout24"
BLIND_24 = {
    "dsp": (0.0, 0.0),
    "bram_18k": (0.0, 0.0),
    "lut": (0.0178, 0.0265),  # I1/dense: 27116 vs 26417
    "ff": (0.113, 0.1498),  # I1/dense_1: 471 vs 554
    "latency_cycles": (0.0, 0.0),
    "ii": (0.0, 0.0),
}
BLIND_24_ALL = {
    "dsp": (0.0, 0.8833),  # I1/conv1d_1: 70 vs 600 (the edit's limit)
    "bram_18k": (0.0, 0.0),
    "lut": (0.0265, 0.8951),  # I1/conv1d: 8112 vs 77294
    "ff": (0.1498, 0.4166),  # I1/conv1d_1: 4274 vs 3017
    "latency_cycles": (0.0, 10.0),  # I1/conv1d_1: 11 vs 1
    "ii": (0.0, 4.0),  # I1/conv1d_1: 10 vs 2
}
BLIND_24_DESIGNS = {
    "dsp": (0.4833, 0.4833),  # 1006 vs 1947
    "bram_18k": (0.0, 0.0),
    "lut": (0.6219, 0.6219),  # 54643 vs 144539
    "ff": (0.1826, 0.1826),  # 19714 vs 24119
    "latency_cycles": (12.1429, 12.1429),  # 31 vs 14
    "ii": (2.3333, 2.3333),  # 10 vs 3
}
# Set 24 with the current model: branch oldconv reads hls4ml 0.2-0.6's io_parallel Latency Conv1D as its
# all-position kernel (`LayerHardware.whole_call_conv`: PF 10, its limit over every position; 2800 and 1000 at
# RF 1, where the report's kernel is hand-edited to 600), so only the two Conv1D layers and I1's totals move;
# the Dense layers (BLIND_24) do not. Nothing was fitted on set 24
# (results/bench/cost_model_heldout24_oldconv.md).
MEASURED_24 = {
    "dsp": (0.0, 1.926),  # I1/conv1d: 1700 vs 581 (the edit's limit binds in the report)
    "bram_18k": (0.0, 0.0),
    "lut": (0.0178, 0.0379),  # I1/conv1d: 74365 vs 77294
    "ff": (0.113, 1.0),  # I1/conv1d: 0 vs 7622
    "latency_cycles": (0.0, 2.0),  # I1/conv1d: 0 vs 2
    "ii": (0.0, 0.6667),  # I1/conv1d: 1 vs 3
}
MEASURED_24_DESIGNS = {
    "dsp": (0.6261, 0.6261),  # 3166 vs 1947
    "bram_18k": (0.0, 0.0),
    # lut before deadrelu: 0.0204, 0.0204
    "lut": (0.0152, 0.0152),  # 141591 vs 144539
    "ff": (0.4717, 0.4717),  # 12743 vs 24119
    "latency_cycles": (2.8571, 2.8571),  # 10 vs 14
    "ii": (0.6667, 0.6667),  # 1 vs 3
}

# set 25 (F1 oliviaweng/fastml-science's io_stream HGCAL encoder, hls4ml 0.7.1, Vivado HLS 2020.1, xc7z020-1;
# collected blind on branch set25, its scoring plan committed in fcd7a39 before any estimate) scored once with
# main at 6b62f540 (model as at 653da1c0): results/bench/cost_model_heldout25_blind.md. BLIND_25: both weight
# layers (io_stream Latency Conv2D, io_stream Resource Dense at RF 1), all pooled as its plan decided;
# BLIND_25_DESIGNS: F1's totals.
HELDOUT25 = Path(__file__).parent / "data" / "heldout25"
BLIND_25 = {
    "dsp": (0.1815, 0.3629),  # F1/encoded_vector: 79 vs 124
    "bram_18k": (0.0, 0.0),
    "lut": (0.029, 0.0401),  # F1/encoded_vector: 55983 vs 53826
    "ff": (0.161, 0.2562),  # F1/encoded_vector: 39040 vs 31079
    "latency_cycles": (1.3219, 2.4138),  # F1/encoded_vector: 22 vs 29
    "ii": (0.1322, 0.2414),  # F1/encoded_vector: 22 vs 29
}
BLIND_25_DESIGNS = {
    "dsp": (0.3409, 0.3409),  # 87 vs 132
    "bram_18k": (0.0, 0.0),  # 1 vs 1
    "lut": (0.0293, 0.0293),  # 61647 vs 59895
    "ff": (0.2202, 0.2202),  # 41731 vs 34199
    "latency_cycles": (0.8738, 0.8738),  # 94 vs 103
    "ii": (0.0326, 0.0326),  # 89 vs 92
}

# set 25 with the current model: LUT moved by branch fabricshare's refit (F1's Conv2D, whose ALLOCATION limit
# binds over products on DSPs and in LUTs, now costs in LUTs only its LUT products' share of the shared
# multipliers)
MEASURED_25 = {
    **BLIND_25,
    # lut before fabricshare: 0.029, 0.0401
    "lut": (0.0392, 0.054),
}
MEASURED_25_DESIGNS = {
    **BLIND_25_DESIGNS,
    # lut before fabricshare: 0.0293, 0.0293
    "lut": (0.042, 0.042),
}

# set 27 (hls4ml's own CI synthesis baselines: 60 toy designs of 23 models, Vivado HLS 2020.1 and Vitis HLS
# 2020.1/2023.1/2024.1 on xcvu13p at 5 ns, projects regenerated with hls4ml 1.3.0, weights a fresh draw;
# collected blind on branch set27, its scoring plan committed in e1a1894a before any estimate) scored once
# with main at b986e3e5 (model as at f12d21ee): results/bench/cost_model_heldout27_blind.md. Design totals
# only (BLIND_27: no weight-layer rows). The 16 designs without a weight layer (pooling only) were refused by
# the estimate: counted as failures (error inf) as the plan decided. BLIND_27_DESIGNS: the 44 estimated
# designs; BLIND_27_ALL_DESIGNS: all 60, the refused ones as the worst errors (medians only: their worst is
# inf).
HELDOUT27 = Path(__file__).parent / "data" / "heldout27"
BLIND_27 = {}
BLIND_27_REFUSED = (*(f"H{n}" for n in range(16, 24)), *(f"H{n}" for n in range(53, 61)))
BLIND_27_DESIGNS = {
    "dsp": (0.0339, 2.0),  # H52 (Vitis 2024.1 depthwise 2D, io_stream): 54 vs 18
    "bram_18k": (0.0, 0.0),
    "lut": (0.5003, 10.0079),  # H27 (Vitis 2023.1 Dense 1->64 + leaky ReLU of alpha 1): 4194 vs 381
    "ff": (1.124, 65.2222),  # H2 (Vivado 2020.1 Dense 1->64 + leaky ReLU, 0 cycles): 1192 vs 18
    "latency_cycles": (1.0, 19.893),  # H52: 3073 vs 1028
    "ii": (0.0656, 2.0),  # H6 (Vivado 2020.1 Dense 1->64 + sigmoid, io_stream): 3 vs 1
}
# set 27 with the current model (not blind: changed after its scoring). Branch partres (an io_parallel
# Resource convolution's PartitionLoop holds its results and loads its window as the Latency one does, and
# Vivado HLS holds partitioned results twice; the template and K6's report, H11/H48 read after the scoring):
# H11 FF 2,595 -> 52,771 / 52,870, LUT 43,002 -> 54,096 / 86,819; H48 FF 4,533 -> 29,621 / 33,150, LUT 51,157
# -> 63,749 / 75,413
# Branch weightless (a PIPELINE top without weight layers estimated from its other calls, and a 0-cycle one's
# register the input ports + 2 FF, `glue.top_input_bits`; the poolings read after the scoring): the 16
# pooling designs are estimated, no design refused, all 60 scored (FF and latency exact on 14 of the 16).
MEASURED_27_REFUSED = ()
# all 60; the 44 before branch weightless: BLIND_27_DESIGNS but lut (0.4865, 10.0079); before the
# padded average's dividers (`auxiliary.PADDED_AVERAGE_DIVIDER`, read on H16 and H17 of this set: in-sample)
# lut 0.4677, ff 0.6718
MEASURED_27_DESIGNS = {
    "dsp": (0.0172, 2.0),
    "bram_18k": (0.0, 0.0),
    "lut": (0.4472, 10.0079),
    "ff": (0.4535, 65.2222),
    "latency_cycles": (1.0, 19.893),
    "ii": (0.0, 2.0),
}
BLIND_27_ALL_DESIGNS = {
    "dsp": 0.0656,
    "bram_18k": 0.0,
    "lut": 1.2315,
    "ff": 1.9695,
    "latency_cycles": 2.0,
    "ii": 0.5,
}

# set 29 (one hls4ml 1.2.0 design, an HGQ2 CNN, io_stream, shipped in the PyPI package ravel-hls: Vitis
# HLS 2023.2 csynth.xml totals, xcku5p at 5 ns; collected blind by round 29's helper, its scoring plan
# committed in 40ab6d5b before any estimate) scored once with main at 40ab6d5b:
# results/bench/cost_model_heldout29_blind.md. Design totals only (BLIND_29: no weight-layer rows).
HELDOUT29 = Path(__file__).parent / "data" / "heldout29"
BLIND_29 = {}
BLIND_29_DESIGNS = {  # one design: median = worst
    "dsp": 0.0,  # 0 vs 0
    "bram_18k": 0.0,  # 18 vs 18
    "lut": 0.0567,  # 36,188 vs 38,365
    "ff": 0.5995,  # 10,523 vs 26,275
    "latency_cycles": 3.3431,  # 2,053 vs 3,084
    "ii": 0.3342,  # 2,048 vs 3,076
}

BLIND_FIRST_SCORINGS = (
    *(BLIND_8, BLIND_12, BLIND_13, BLIND_14, BLIND_15),
    *(BLIND_16, BLIND_17, BLIND_18, BLIND_19, BLIND_20, BLIND_21, BLIND_22, BLIND_23, BLIND_24, BLIND_25),
    *(BLIND_27, BLIND_29),
)
# The same sets with the current model (`blind_after`: main after branches satacc, pointwise, designlatency,
# fidelity16, balance, all started before sets 16 and 17 were collected; results/bench/
# cost_model_heldout1{6,7}_blind_after.md), set 17 with N1's and N2's pointwise layers read (42 layers);
# set 17 re-measured on branch satcost (the saturating chain, fitted on N1-N5 themselves: not a blind score;
# results/bench/cost_model_heldout17_satcost.md).
# before lutproducts (Vivado HLS product rule, refit): BLIND_16, ff 0.4755, 0.9953
# Since branch foldin2 sets 15-19 are calibration data (in-sample below, not blind;
# heldout.CALIBRATED_HELDOUT_SETS):
# set 16 before it: lut 0.1265, 0.2017; ff 0.4726, 0.9912; latency 1.0, 1.0
MEASURED_16 = {
    **BLIND_16,
    # lut before accwidth: 0.0435, 0.1235
    # lut before reslut: 0.0394, 0.1235
    # lut before reslut-dsp1: 0.0327, 0.1322
    "lut": (0.0229, 0.1252),
    # ff before clockunc: 0.2753, 0.5015
    # ff before ffdsp: 0.2416, 0.4619
    # ff before session18: 0.222, 0.4486
    # ff before vivadoff: 0.2268, 0.4486
    # ff before tiecost: 0.2336, 0.4483
    "ff": (0.2305, 0.4466),
    "latency_cycles": (0.0, 0.0),
}
MEASURED_16_DESIGNS = {
    **BLIND_16_DESIGNS,
    # before foldin2: lut 0.1109, 0.1175; ff 0.532, 0.5766; latency 5.1471, 5.2941
    # before lutproducts (Vivado HLS product rule, refit): 0.5347, 0.5794
    # lut before accwidth: 0.0378, 0.0427
    # lut before auxlad: 0.0333, 0.0385
    # lut before reslut: 0.0367, 0.041
    # lut before reslut-dsp1: 0.0304, 0.0339
    "lut": (0.0215, 0.0248),
    # ff before clockunc: 0.1678, 0.1998
    # ff before ffdsp: 0.1416, 0.1727
    # ff before session18: 0.1262, 0.1566
    # ff before vivadoff: 0.13, 0.1605
    # ff before auxlad: 0.1341, 0.1642
    "ff": (0.1269, 0.1582),  # blind_before: 0.5052, 0.5518
    # latency_cycles before smaxrule: 2.8992, 2.9412
    "latency_cycles": (1.5966, 1.7647),  # blind_before: 5.4412, 5.8824
}
# pfconv (N6-N8: one shared ALLOCATION limit over the PF pixels, PartitionLoop timing, result registers and
# window multiplexers; N8 9 vs 9 DSP, 49 vs 47 cycles); before: dsp 3.5, lut 0.7422/0.9571, ff 0.7505,
# latency 0.1702/10.0, ii 0.0125/0.9787; designs dsp 0.1311, lut 0.7154/0.9571, ff 0.7863/1.0, latency
# 5.3438/10.0, ii 0.0428/0.9792
MEASURED_17 = {
    # before lutproducts (N1, N2's 8 x 8 products in LUTs) and pfconv (N8's shared limit): 3.5, 63.0
    "dsp": (0.0, 0.5238),
    # bram_18k before vivadoromreg: 0.0, 9.0
    "bram_18k": (0.0, 0.0),
    # before pfconv (N6-N8 as the template builds them), lutproducts and streamconv: 0.7422, 0.9571; pfconv
    # alone 0.7198; pfconv and lutproducts 0.7015, 0.9078
    # before foldin2: 0.7007, 0.8893
    # lut before streamlut: 0.7013, 0.887
    # lut before selmux: 0.6978, 0.886
    # lut before resourcelut2: 0.7247, 0.886
    # lut before reslut: 0.732, 0.886
    # lut before reslut-dsp1: 0.7267, 0.8983
    # lut before fabricshare: 0.7299, 0.9173
    "lut": (0.7424, 0.9504),
    # N2/emb1, a pointwise layer; before satcost's saturating chain (N1-N5), pfconv and lutproducts: 0.7505,
    # 2.6205; satcost alone 0.6461, pfconv alone 0.7407, lutproducts alone 0.8432
    # before foldin2: 0.7195, 2.5723
    # ff before clockunc: 0.7522, 2.3735
    # ff before foldin3: 0.7436, 2.5241
    # ff before session18: 0.7414, 2.5241
    # ff before streamwindowff: 0.748, 2.5361
    # ff before foldin21: 0.7094, 1.8133
    # ff before vivadoff: 0.6991, 1.5422
    "ff": (0.7149, 1.5241),
    # before streamconv (io_stream convolutions' II = latency, RF-1 pixel loop depth): 0.0517, 8.5714; before
    # satcost and pfconv: 0.1702, 10.0 (N8: 0 vs 47)
    # before foldin2: 0.0163, 4.5522
    # latency_cycles before vivadoff: 0.0257, 4.6269
    # latency_cycles before tiecost: 0.0233, 4.6269
    "latency_cycles": (0.0257, 4.6269),
    # before foldin2: 0.0011, 0.4552
    "ii": (0.0023, 0.4627),  # before streamconv: 0.0094, 0.8571; before pfconv: 0.0125, 0.9787
}
MEASURED_17_DESIGNS = {
    "dsp": (0.0, 0.0135),  # before lutproducts and pfconv: 0.1311, 318.0
    # bram_18k before vivadoromreg: 0.0, 11.0
    "bram_18k": (0.0, 0.0),
    # before foldin2: 0.6391, 0.8811
    # lut before zeropad: 0.6352, 0.8773
    # lut before streamlut: 0.6289, 0.8754
    # lut before selmux: 0.6232, 0.8754
    # lut before reslut: 0.6769, 0.8754
    # lut before reslut-dsp1: 0.6721, 0.8431
    # lut before fabricshare: 0.6747, 0.8466
    "lut": (0.6722, 0.8439),  # before pfconv and lutproducts: 0.7154, 0.9571
    # before satcost, fifowidth, pfconv and lutproducts 0.7863, 1.0 (N6-N8: 0 estimated between fidelity16 and
    # pfconv); fifowidth alone 0.7895, satcost alone 0.645, pfconv alone 0.5634, lutproducts alone 0.8318;
    # pointwise3 (a partitioned RF-1 conv holds its input: N6 1,600 -> 2,800 / 3,328 FF, N7 1,942 -> 3,142 /
    # 4,821): before 0.5602, 0.7063; foldin2 alone 0.5815, 0.7312
    # ff before clockunc: 0.5403, 0.7312
    # ff before ffdsp: 0.5579, 0.7336
    # ff before session18: 0.5607, 0.7542
    # ff before streamwindowff: 0.56, 0.7391
    # ff before foldin21: 0.5608, 0.7697
    # ff before vivadoff: 0.5624, 0.7614
    # ff before hgqwidths: 0.5533, 0.7649
    # ff before resff: 0.5557, 0.7639
    # ff before resourceff: 0.5668, 0.7625
    "ff": (0.5646, 0.7625),
    # before foldin2: 0.4628, 8.5819
    "latency_cycles": (0.2214, 8.5844),  # before streamconv: 0.4628, 8.5841; before satcost, pfconv: 5.3438
    # before foldin2: 0.0, 0.3852
    "ii": (0.0015, 0.4),  # before streamconv: 0.0052, 0.4963; before pfconv: 0.0428, 0.9792
}

# set 18 with the current model (second scoring, after branches fifowidth, satcost, pfconv, lutproducts,
# streamconv, vitisproducts and pointwise2; nothing is fitted on it this session;
# results/bench/cost_model_heldout18_after.md)
# pointwise3: M1's pointwise Conv1D read as the general PartitionLoop kernel (16 partitions: result and input
# registers, window multiplexers, one limit), M2's as its edited library's one-call pipeline (every position
# at once)
# foldin2 (M1, M3 fitted on since, M2 left out): the Dense layers' FF estimate/report median 0.23 -> 0.37 on
# M1, 0.29 -> 0.46 on M3
MEASURED_18 = {
    **BLIND_18,
    # vitisdsp: M2's Dense_1_jetID and Dense_1_pT multiply the average pooling's 10 unsigned bits, in LUTs as
    # reported (114 and 30 DSP before); the worst DSP is now M2's pointwise Conv1D (2 DSP per product, 1
    # reported)
    "dsp": (0.0, 1.0),  # before vitisdsp: 0.0, 114.0
    # before vitisdsp: 0.2701, 0.6904; before pointwise3: 0.1974, 1.0314; pointwise3 alone 0.191; foldin2
    # alone 0.2901
    # lut before accwidth: 0.2638, 0.6904
    # lut before foldin21: 0.2804, 0.6868
    # lut before hgqwidths: 0.2742, 0.7074
    # lut before reslut: 0.2725, 0.7037
    # lut before reslut-dsp1: 0.2768, 0.7183
    "lut": (0.2707, 0.7316),
    # before vitisdsp: 0.5944, 0.9265
    # ff before clockunc: 0.6046, 0.9265
    # ff before vivadoff: 0.6715, 0.9143
    # ff before tiecost: 0.7566, 0.9071
    # ff before hgqwidths: 0.6636, 0.8987
    "ff": (0.6403, 0.8912),  # before pointwise3: 0.7717, 0.9749; pointwise3 alone 0.755; foldin2 alone 0.625
    # latency_cycles before clockunc: 1.9048, 5.0
    # latency_cycles before vivadoff: 2.0, 5.0
    # latency_cycles before tiecost: 1.0, 5.0
    "latency_cycles": (1.4286, 5.0),  # before pointwise3: 2.0, 4.0 (M2/Conv1D_1: 2 vs 7, was 3)
    "ii": (0.0, 0.3043),  # before pointwise3: 0.0, 1.0
}
MEASURED_18_DESIGNS = {
    **BLIND_18_DESIGNS,
    # fifowidth: M1's 3,128 channels cost 4 + 2 x bin FF and 8 + bin LUT each on xcvu9p (were 99 FF)
    # vitisproducts (Vitis constant widths keep trailing zeros): M1 635 -> 667, M3 200 -> 202, as reported
    # pointwise3: M2 1,097 -> 1,753 DSP against 953 (16 positions x 41 products x 2 DSP for its 33-bit data,
    # which Vitis HLS 2022.2 builds on 1 DSP each; before, 8 positions x 2 DSP matched by chance)
    # vitisdsp: M2 1,753 -> 1,609 DSP (its two Dense layers' 144 products in LUTs, as reported)
    # blind: 0.048, 0.1511; before pointwise3: 0.0, 0.1511; before vitisdsp: 0.0, 0.8395
    "dsp": (0.0, 0.6884),
    # before vitisdsp: 0.2363, 0.3622
    # lut before foldin3: 0.2314, 0.3622
    # lut before accwidth: 0.2294, 0.362
    # lut before foldin21: 0.2217, 0.3604
    # lut before hgqwidths: 0.2096, 0.356
    # lut before pool1d: 0.2065, 0.3555
    # lut before auxlad: 0.1975, 0.3245
    # lut before reslut: 0.1958, 0.3222
    # lut before convglue: 0.1417, 0.3217
    # lut before constchan: 0.1421, 0.2118
    # lut before deadrelu: 0.1421, 0.2549
    "lut": (0.1338, 0.2565),  # blind: 0.1671, 0.3839; before pointwise3 and foldin2: 0.4104, 0.4457
    # ff before clockunc: 0.3026, 0.6311
    # ff before ffdsp: 0.2988, 0.6224
    # ff before foldin21: 0.2942, 0.6216
    # ff before vivadoff: 0.291, 0.6209
    # ff before tiecost: 0.2958, 0.6251
    # ff before hgqwidths: 0.2321, 0.6182
    # ff before bnlat: 0.1964, 0.6122
    # ff before deadrelu: 0.1964, 0.5996
    "ff": (0.1792, 0.5937),  # blind: 0.626, 0.7976; before pointwise3 and foldin2: 0.4424, 0.6748
    # latency_cycles before clockunc: 3.3333, 3.6364
    # latency_cycles before vivadoff: 3.1818, 3.7255
    # latency_cycles before tiecost: 3.1818, 3.5294
    # latency_cycles before bnlat: 3.1818, 3.3333
    # latency_cycles before smaxrule: 3.1373, 3.1818
    "latency_cycles": (2.3529, 3.1818),  # pointwise3 alone 3.6364, 3.7255; foldin2 alone 2.9412, 3.6364
    "ii": (0.0, 0.3333),  # before pointwise3: 0.3333, 1.0
}

# set 19 with the current model (branch set19fix: L1's softmax fills its exp table at run time,
# `auxiliary.RUNTIME_EXP_TABLE`, fitted on L1 itself, so not a blind score; the weight layers do not move;
# results/bench/cost_model_heldout19_after.md)
MEASURED_19_DESIGNS = {
    **BLIND_19_DESIGNS,
    "dsp": (0.0, 0.0),  # L1 287 -> 294 (294: its softmax's fexp core, 7 DSP); blind: 0.0119, 0.0238
    # lut before accwidth: 0.3973, 0.6868
    # lut before session18b: 0.3973, 0.6868
    # lut before foldin21: 0.3782, 0.6868 (set19fix alone 0.3999, 0.6924)
    # lut before hgqwidths: 0.3736, 0.6868
    # lut before auxlad: 0.3704, 0.6868
    # lut before selmux: 0.3593, 0.6868
    # lut before resourcelut2: 0.0932, 0.1545
    # lut before reslut: 0.0495, 0.0671
    # lut before reslut-dsp1: 0.0598, 0.0671
    "lut": (0.0357, 0.0671),  # L1 11494 -> 14615 (16373); blind: 0.4952, 0.6924
    # ff before clockunc: 0.5185, 0.6483
    # ff before streamwindowff: 0.5079, 0.6483
    # ff before foldin21: 0.5034, 0.6489 (set19fix alone 0.5219, 0.6525)
    # ff before vivadoff: 0.4991, 0.6489
    # ff before tiecost: 0.4955, 0.6489
    # ff before hgqwidths: 0.4932, 0.6489
    # ff before resff: 0.4901, 0.6489
    # ff before streamact: 0.3648, 0.3982
    # ff before auxlad: 0.3339, 0.3606
    # ff before resourceff: 0.3274, 0.3606
    "ff": (0.3307, 0.367),  # L1 3544 -> 4547 (7470); blind: 0.589, 0.6525
    # L1 199 -> 1060 (1072); the worst is now L2's top: 14 vs 26; blind: 6.3796, 8.1437
    # latency_cycles before resourcelut: 2.3637, 4.6154
    "latency_cycles": (1.979, 3.8462),
    # ii before resourcelut: 0.2147, 0.4286
    "ii": (0.3576, 0.7143),  # L1 192 -> 1053 (1054); blind: 0.6232, 0.8178
}
# foldin2: set 19 fitted on since, L1's softmax left out of the softmax fits
MEASURED_19 = {
    **BLIND_19,
    "ii": (0.3333, 1.75),  # before resourcelut: 0.3333, 1.25 (BLIND_* unchanged)
    # lut before accwidth: 0.1666, 2.2236
    # lut before foldin21: 0.1219, 2.2236
    # lut before hgqwidths: 0.1467, 2.2236
    # lut before selmux: 0.1535, 2.2236
    # lut before resourcelut2: 0.1535, 0.3251
    # lut before reslut: 0.1044, 0.1535
    # lut before reslut-dsp1: 0.1044, 0.1497
    "lut": (0.1044, 0.1806),  # blind: 0.2096, 2.2955
    # ff before clockunc: 0.5058, 0.6736
    # ff before streamwindowff: 0.479, 0.6736
    # ff before resff: 0.4493, 0.6738
    # ff before resourceff: 0.3511, 0.5137
    "ff": (0.3622, 0.5137),  # blind: 0.5397, 0.6765
    # latency_cycles before resourcelut: 0.9091, 3.0769
    "latency_cycles": (0.9091, 1.5385),  # blind: 1.0, 3.0769
}

# sets 12-14, scored blind once (BLIND_*, from the recorded CSVs) and calibration data since branch foldin,
# and set 15 (blind), with `design_comparisons`/`layer_comparisons` as they are: set -> (weight layers,
# designs, layer bands, design bands with the current model)
# Set 20 after branch romports (the un-reshaped ROM rule, made from sets 6, 7 and 12 only; set 20 was not
# fitted on): the re-measured pins, the blind scoring stays in BLIND_20*. Since branch foldin3 set 20 is
# calibration data (heldout.CALIBRATED_HELDOUT_SETS; R1's fc2, fc3 and sigmoid logic and R3's layers left out
# of their fits): the pins marked "before foldin3" moved with the refit and are in-sample, not blind.
MEASURED_20 = {
    **BLIND_20,
    # ff before session18: 0.4062, 0.9592
    # ff before tiecost: 0.2016, 0.898
    # ff before resff: 0.2059, 0.898
    # ff before resourceff: 0.2289, 0.898
    "ff": (0.2055, 0.898),  # before foldin3: 0.3594, 0.8776 (BLIND_* unchanged)
    # lut before hlsversion: 0.3457, 1.0973
    # lut before session18b: 0.2513, 1.0973
    # lut before selmux: 0.2565, 1.0973
    # lut before resourcelut2: 0.2188, 0.8162
    # lut before reslut: 0.1897, 0.4188
    # lut before reslut-dsp1: 0.1951, 0.4188
    "lut": (0.1897, 0.4188),  # before foldin3: 0.3936, 1.0973 (BLIND_* unchanged)
    "bram_18k": (0.0, 0.0),  # before romports: 0.0, 8.0 (BLIND_* unchanged)
}
MEASURED_20_DESIGNS = {
    **BLIND_20_DESIGNS,
    "ii": (0.0, 0.0569),  # before streamseq: 0.0, 0.435 (BLIND_* unchanged)
    "latency_cycles": (0.6452, 0.6897),  # before streamseq: 0.6897, 4.2996 (BLIND_* unchanged)
    # ff before session18: 0.197, 0.4884
    # ff before streamwindowff: 0.1641, 0.197
    # ff before tiecost: 0.1152, 0.1641
    # ff before resff: 0.1164, 0.1673
    # ff before streamact: 0.1253, 0.167
    "ff": (0.1162, 0.167),  # before foldin3: 0.1985, 0.5002 (BLIND_* unchanged)
    # lut before hlsversion: 0.2552, 0.2949
    # lut before session18b: 0.2015, 0.2552
    # lut before foldin21: 0.1967, 0.2552
    # lut before zeropad: 0.1967, 0.2579
    # lut before auxlad: 0.1972, 0.313
    # lut before selmux: 0.1972, 0.3835
    # lut before reslut: 0.1255, 0.1972
    # lut before reslut-dsp1: 0.1229, 0.1904
    # lut before deadrelu: 0.1055, 0.1402
    "lut": (0.0972, 0.1402),  # before foldin3: 0.3115, 0.4344 (BLIND_* unchanged)
    # bram_18k before bramholes: 0.0, 3.0
    "bram_18k": (0.0, 1.0),  # before romports: 0.0, 19.0 (BLIND_* unchanged)
}
# Set 21 with the current model: branch fifodepth1's Vitis depth cut (found on S5 of set 6; nothing fitted or
# chosen on set 21) moves E2's depth-1 FIFO of 1,248 bits out of BRAM: E2 88 -> 18 vs 15 reported.
BLIND_SETS = {
    HELDOUT12: (15, 5, MEASURED_12, MEASURED_12_DESIGNS),
    HELDOUT13: (18, 5, MEASURED_13, MEASURED_13_DESIGNS),
    HELDOUT14: (25, 7, MEASURED_14, MEASURED_14_DESIGNS),
    HELDOUT15: (12, 3, MEASURED_15, MEASURED_15_DESIGNS),
    HELDOUT16: (7, 2, MEASURED_16, MEASURED_16_DESIGNS),
    HELDOUT17: (42, 8, MEASURED_17, MEASURED_17_DESIGNS),
    HELDOUT18: (21, 3, MEASURED_18, MEASURED_18_DESIGNS),
    HELDOUT19: (5, 2, MEASURED_19, MEASURED_19_DESIGNS),
    HELDOUT20: (15, 3, MEASURED_20, MEASURED_20_DESIGNS),
    HELDOUT21: (12, 3, MEASURED_21, MEASURED_21_DESIGNS),
    HELDOUT22: (7, 2, MEASURED_22, MEASURED_22_DESIGNS),
    HELDOUT23: (16, 4, BLIND_23, MEASURED_23_DESIGNS),  # layers: the model of its blind scoring
    HELDOUT24: (5, 1, MEASURED_24, MEASURED_24_DESIGNS),  # before oldconv: BLIND_24_ALL, BLIND_24_DESIGNS
    HELDOUT25: (2, 1, MEASURED_25, MEASURED_25_DESIGNS),  # LUT moved by fabricshare, the rest as blind
}


@pytest.mark.parametrize("root", sorted(BLIND_SETS), ids=lambda root: root.name)
def test_blind_sets_errors_are_the_documented_bands(root):
    n_layers, n_designs, layer_bands, design_bands = BLIND_SETS[root]
    layers, designs = layer_comparisons(root), design_comparisons(root)
    assert len({(c.design, c.layer) for c in layers}) == n_layers
    assert len({c.design for c in designs}) == n_designs
    for comparisons, bands in ((layers, layer_bands), (designs, design_bands)):
        for metric, (median, worst) in bands.items():
            errors = np.array([c.error for c in comparisons if c.metric == metric])
            assert np.median(errors) == pytest.approx(median, abs=0.002), (root.name, metric)
            assert errors.max() == pytest.approx(worst, abs=0.002), (root.name, metric)


@pytest.mark.parametrize(
    "label, blind",
    [
        ("12_blind", BLIND_12_DESIGNS),
        ("13_blind", BLIND_13_DESIGNS),
        ("14_blind", BLIND_14_DESIGNS),
        ("16_blind_before", BLIND_16_DESIGNS),
        ("17_blind_before", BLIND_17_DESIGNS),
        ("18_blind", BLIND_18_DESIGNS),
        ("19_blind", BLIND_19_DESIGNS),
        ("20_blind", BLIND_20_DESIGNS),
        ("21_blind", BLIND_21_DESIGNS),
        ("22_blind", BLIND_22_DESIGNS),
        ("23_blind", BLIND_23_DESIGNS),
        ("24_blind", BLIND_24_DESIGNS),
        ("25_blind", BLIND_25_DESIGNS),
    ],
)
def test_recorded_blind_design_totals_are_the_pinned_ones(label, blind):
    # sets 12-14 calibrate since branch foldin, sets 16-19 may be scored again with later models: their
    # first blind design bands stay the recorded ones
    rows = [row for row in read_table(RESULTS / f"cost_model_heldout{label}.csv") if row["kind"] == "design"]
    for metric, (median, worst) in blind.items():
        errors = [float(row["error"]) for row in rows if row["metric"] == metric]
        assert np.median(errors) == pytest.approx(median, abs=0.002), metric
        assert max(errors) == pytest.approx(worst, abs=0.002), metric


def test_set_27_recorded_blind_design_totals_are_the_pinned_ones():
    scores = RESULTS / "cost_model_heldout27_blind.csv"
    rows = [row for row in read_table(scores) if row["kind"] == "design"]
    assert refused_designs([scores]) == sorted(f"heldout27_blind/{design}" for design in BLIND_27_REFUSED)
    assert len({row["design"] for row in rows}) == 60
    for metric, (median, worst) in BLIND_27_DESIGNS.items():
        errors = np.array([float(row["error"]) for row in rows if row["metric"] == metric])
        estimated = errors[np.isfinite(errors)]
        assert len(estimated) == 44
        assert np.median(estimated) == pytest.approx(median, abs=0.002), metric
        assert estimated.max() == pytest.approx(worst, abs=0.002), metric
        assert np.median(errors) == pytest.approx(BLIND_27_ALL_DESIGNS[metric], abs=0.002), metric


def test_set_29_recorded_blind_design_total_is_the_pinned_one():
    rows = [row for row in read_table(RESULTS / "cost_model_heldout29_blind.csv") if row["kind"] == "design"]
    assert {row["design"] for row in rows} == {"O1"}
    assert {row["metric"]: float(row["error"]) for row in rows} == pytest.approx(BLIND_29_DESIGNS, abs=0.0005)


# set 29 with the current model (not blind: changed after its scoring). Branch pixelcycle (Vitis HLS 2023.2's
# 0-cycle convolution kernels take a cycle a pixel, read on set 21's E2, in the calibration): O1 latency 2,053
# -> 3,077 / 3,084, II 2,048 -> 3,072 / 3,076
MEASURED_29_DESIGNS = {**BLIND_29_DESIGNS, "latency_cycles": 0.0227, "ii": 0.0013}


def test_set_29_with_the_current_model():
    failures = []
    comparisons = design_comparisons(HELDOUT29, failures)
    assert failures == [] and {c.design for c in comparisons} == {"O1"}
    errors = {c.metric: c.error for c in comparisons}
    assert errors == pytest.approx(MEASURED_29_DESIGNS, abs=0.0005)


def test_set_27_with_the_current_model():
    # MEASURED_27_* say what moved since the blind scoring (BLIND_27_*)
    failures = []
    comparisons = design_comparisons(HELDOUT27, failures)
    assert tuple(design for design, _ in failures) == MEASURED_27_REFUSED
    assert len({c.design for c in comparisons}) == 60 - len(MEASURED_27_REFUSED)
    for metric, (median, worst) in MEASURED_27_DESIGNS.items():
        errors = np.array([c.error for c in comparisons if c.metric == metric])
        assert np.median(errors) == pytest.approx(median, abs=0.002), metric
        assert errors.max() == pytest.approx(worst, abs=0.002), metric


def test_calibrating_held_out_designs_have_case_ids_of_their_own():
    from fpgaprune.core.hardware.heldout import (
        CALIBRATED_HELDOUT_SETS,
        STREAM_WRAPPER_SETS,
        calibration_case,
        design_repositories,
    )

    data = Path(__file__).parent / "data"
    table_cases = {
        row["case_id"]
        for table in (data / "calibration" / "layers.csv", data / "resource_layers.csv")
        for row in read_table(table)
    }
    cases = [
        calibration_case(name, row["design"])
        for name in sorted({*CALIBRATED_HELDOUT_SETS, *STREAM_WRAPPER_SETS})
        for row in read_table(data / name / "MANIFEST.tsv", "\t")
    ]
    # set 20's R1 and R2 repeat uw-acme/HLS4ML_VS_MANUAL's R1 and R2 of resource_layers.csv: renamed
    assert calibration_case("heldout20", "R1") == "R1_20" and "R1" in table_cases
    assert len(cases) == len(set(cases)) and not set(cases) & table_cases
    repositories = design_repositories(data)
    assert repositories["R1"] == "uw-acme/HLS4ML_VS_MANUAL"
    assert repositories["R1_20"] == "fabioc9675/FPGA_ml4hls_prj"


def test_set_21_calibrates_e1_s_dense_layers_and_e2_e3_s_stream_layers():
    from fpgaprune.core.hardware.heldout import calibration_rows, design_repositories, read_stream_wrapper_set

    data = Path(__file__).parent / "data"
    # since branch foldin21: E1's io_parallel Dense layers (its PF-100/PF-50 Conv2D: no row of the layer fit)
    layers = calibration_rows(data / "heldout21", keep=None)
    assert sorted(row.layer.name for row in layers) == ["E1/dense1", "E1/dense2"]
    # E2's and E3's io_stream Conv2D and Dense layers, E3's hand-edited dense2 accumulator included
    stream = [row.layer.name for row in read_stream_wrapper_set(data) if row.case in ("E1", "E2", "E3")]
    assert sorted(stream) == sorted(
        f"{d}/{n}" for d in ("E2", "E3") for n in ("conv1", "conv2", "dense1", "dense2")
    )
    assert {design_repositories(data)[case] for case in ("E1", "E2", "E3")} == {"hftsoi/sparse-pixels"}
