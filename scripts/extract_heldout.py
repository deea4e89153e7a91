"""Build tests/core/hardware/data/heldout/ from public hls4ml projects (run by hand; not part of the package).

For each design below: copy the files `fpgaprune.core.hardware.read_project` reads (hls4ml_config.yml,
project.tcl, build_prj.tcl, firmware/{myproject.cpp, parameters.h, defines.h, nnet_utils/nnet_code_gen.h,
nnet_utils/nnet_pooling.h, nnet_utils/nnet_conv1d.h, nnet_utils/nnet_conv1d_latency.h}, the layers'
weights/w*.txt) and the scale and bias files of every
`nnet::normalize` call (weights/sN.txt, bN.txt; the .h where the commit has no .txt) from the repository at
the report's commit, and write the numbers of the design's `myproject_csynth.rpt` (per instance, summary
rows and every stream FIFO) to CSV.
Facts only: numbers and paths, not the report text.

Usage: python scripts/extract_heldout.py MIRRORS_DIR OUT_DIR [SET]
  MIRRORS_DIR holds bare clones named owner+name/repo (as the project's `fetch` tool leaves them);
  SET is `heldout` (default: tests/core/hardware/data/heldout), `heldout2`, ..., `heldout8`, `heldout11`,
  `heldout12`, ..., `heldout25` (the later held-out sets, each collected
  before the model changes it checks; sets 1 and 2 are calibration data since branch fidelity4, sets 3 and 4
  are not; set 4 was collected on branch fidelity6 and scored blind once).
A design is (id, repository, commit, project directory[, report path[, firmware directory]]): the project
directory is "" for a project at the repository's root, the report path ("" for the default) is given only
where the report does not lie at `<project>/<name>_prj/solution1/syn/report/<name>_csynth.rpt` (`<name>`:
the project's ProjectName, `myproject` by default), and the firmware directory (default `firmware`) is
copied as `firmware/`.
"""

import csv
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from fpgaprune.hls.reports import read_csynth_report

DESIGNS = [  # (id, repo, commit, project directory in the repository)
    (
        "H1",
        "pominiq/DNNonSilicon",
        "a2d43b1e7286af9f9fa0ed96f4928f461081f2ae",
        "Folder_2_HLS4ML_Vivado_HLS/models/Dummy_RF1_no_pruning",
    ),
    (
        "H2",
        "pominiq/DNNonSilicon",
        "a2d43b1e7286af9f9fa0ed96f4928f461081f2ae",
        "Folder_2_HLS4ML_Vivado_HLS/models/Dummy_RF16_with_pruning75",
    ),
    (
        "H3",
        "pominiq/DNNonSilicon",
        "d3a8c6907950ee96c858a2d0ab80d12d1c8f721f",
        "Folder_2_HLS4ML_Vivado_HLS/models/SLP_pruned",
    ),
    (
        "H4",
        "pominiq/DNNonSilicon",
        "d3a8c6907950ee96c858a2d0ab80d12d1c8f721f",
        "Folder_2_HLS4ML_Vivado_HLS/models/MNIST_original",
    ),
    (
        "H5",
        "pominiq/DNNonSilicon",
        "a2d43b1e7286af9f9fa0ed96f4928f461081f2ae",
        "Folder_2_HLS4ML_Vivado_HLS/models/MNIST_R16",
    ),
    (
        "H6",
        "pominiq/DNNonSilicon",
        "d3a8c6907950ee96c858a2d0ab80d12d1c8f721f",
        "Folder_2_HLS4ML_Vivado_HLS/models/MNIST_RE16",
    ),
    ("H7", "pominiq/DNNonSilicon", "cfc44db", "Folder_2_HLS4ML_Vivado_HLS/models/hls4ml_prj_20231210-173433"),
    ("H8", "pominiq/DNNonSilicon", "7fd568c", "Folder_2_HLS4ML_Vivado_HLS/model_4/hls4ml_prj"),
    ("H9", "pominiq/DNNonSilicon", "98d990f", "Project_backup/model_2/hls4ml_prj"),
    ("H10", "Brainz22/L1JetTagger", "a216d8427f88f83ee5a52736a230a944cf274153", "hls4ml_prj"),
]
# The second held-out set: Lrozzy/hls4ml_OpenML (Vitis HLS 2024.1, hls4ml 1.0; plain and HGQ models). Its
# pruned_cnn/quantized_pruned_cnn reports have no committed firmware and are left out.
_OPENML = ("Lrozzy/hls4ml_OpenML", "47cf4d856245c776b31be5501780cdb1a19ef52c")
DESIGNS_2 = [
    ("G1", *_OPENML, "model_2.1/hls4ml_prj_prune_60"),
    ("G2", *_OPENML, "model_2.2/hls4ml_prj_prune_90"),
    ("G3", *_OPENML, "model_3.1_1/hls4ml_prj"),
    ("G4", *_OPENML, "model_3.1_2/hls4ml_prj"),
    ("G5", *_OPENML, "model_3.1_3/hls4ml_prj"),
    ("G6", *_OPENML, "model_3.1_4/hls4ml_prj"),
    ("G7", *_OPENML, "model_3.1_5/hls4ml_prj"),
]
# The third held-out set: collected before the model changes of branch fidelity4 (which moved sets 1-2
# into the calibration) and scored once before and once after them. Vitis HLS 2022.2-2024.2, Vivado HLS
# 2019.2-2020.1.
DESIGNS_3 = [
    ("K1", "nrp-nautilus/6nrp-hls4ml", "HEAD", "model_1/hls4ml_prj"),
    ("K2", "seanlipps/ECE226_CoDesign", "HEAD", "model_1/hls4ml_prj"),
    ("K3", "MinhNguy3n/hls4ml-tutorial", "HEAD", "model_3.1/hls4ml_prj"),
    ("K4", "Lrozzy/hls4ml-tutorial", "HEAD", "model_3.1/hls4ml_prj"),
    ("K5", "camillaMiao/Hls-and-bambu", "HEAD", "vivadohls/model_single_dense/hls4ml_prj"),
    ("K6", "calwilee/hls4ml-automated-testing", "HEAD", "0/proj_14-6_rf_1_pf_4_InH8_InW8/qkmodel"),
    ("K7", "RishThakkar/PokerML", "HEAD", "projects/qat_hls4ml_prj_Rank"),
    ("K8", "RishThakkar/PokerML", "HEAD", "projects/qat_hls4ml_prj_Suits"),
    ("K9", "RishThakkar/PokerML", "HEAD", "quantized_pruned_cnn"),
]
# The fourth held-out set: collected on branch fidelity6 after fidelity5's change, before any look at its
# estimates, and scored once with the model as it was (a blind measurement; README there).
DESIGNS_4 = [
    ("P1", "Spehic/Diplomska-hls4ml", "a8457bb", "qkeras/my-hls-test"),
    ("P2", "Spehic/Diplomska-hls4ml", "08539a9", "mnist/qkeras-pruned/my-hls-test"),
    ("P3", "ChiRuiChen/AutoEncoder_hls4ml", "dd6f3c2", ""),
    ("P4", "abdennour-GUESSOUM/Lenet5-hls4ml", "4fcac1b", "lenet5_quantifi\u00e9_8_4"),
    ("P5", "nicologhielmetti/hls4ml-pynq", "aed7969", "dma_test_pynq_stream/cpp_nn_v3"),
    ("P6", "mbavier/HLS4ML_VerilogAndC", "5a07166", "CNN"),
    ("P7", "kimhaneal11/hls4ml_practice", "b945f14", "01_SimpleFNN_RandomData/hls4ml_prj_u55c_new"),
    ("P8", "MuhammadAshraful/CNN-in-FPGA-hls4ml", "ba1a637", "hls_cnn"),
    ("P9", "MiguelBertonzin/fpga-iris-hls4ml", "24b3872", "hls", "results/myproject_csynth.rpt"),
    ("P10", "uw-acme/HLS4ML_-NeutDetector", "293df8f", "src/hdl/uplane-test"),
    ("P11", "uw-acme/HLS4ML_-NeutDetector", "8a7ea1a", "src/hdl/uplane-reuse16"),
]
# The fifth held-out set: collected on branch fidelity7 before fidelity7's model changes, committed before any
# estimate of it was computed, and scored once with the final model of that branch (README there).
_LENET = ("CestMerNeil/FPGA_Accelerator4NN_Inference", "c607ec5")
_KDD = "EmileBrt/CNNKDD"
DESIGNS_5 = [
    ("Q1", *_LENET, "LeNet/LeNet_PYNQ"),
    ("Q2", *_LENET, "SNN/AlexNet_PYNQ"),
    ("Q3", _LENET[0], "95bec00", "hls4ml/LeNet/LeNet_PYNQ"),
    ("Q4", _KDD, "b743eb2", "quantized_pruned_cnn"),
    ("Q5", _KDD, "1255feb", "quantized_pruned_cnn"),
    ("Q6", "baranyusuf/fpga-vs-cpu-mlp-power-performance-benchmark", "b2ab56c", "hls_project"),
]
# The sixth held-out set: collected on branch fidelity8 before fidelity8's model changes, committed before any
# estimate of it was computed, and scored once with the final model of that branch (README there).
_PIXEL = "Alezander9/ML_FPGAonPixel"
DESIGNS_6 = [
    ("S1", _PIXEL, "1e0aa29", "HLS/src/alex_model"),
    ("S2", _PIXEL, "b20e9a9", "HLS/src/alex_model"),
    ("S3", _PIXEL, "0617bf0", "HLS/src/alex_model"),
    ("S4", _PIXEL, "1e0aa29", "HLS/src/cnn_small"),
    ("S5", _PIXEL, "d01209c", "HLS/src/cnn_large"),
    ("S6", _PIXEL, "4e02587", "HLS/package/pruned_cnn"),
    ("S7", "MichalVarsanyi/FPGA-NN-Demo", "50e5347", "hld_model"),
    ("S8", "Daniel-Alencar/LHC-anomaly-detector", "4db0a59", "projeto_fpga_hls"),
    ("S9", "dfurle/GNN_FPGA", "3ecf5c1", "input_network"),
    (
        "S10",
        "Gabriele-bot/PYNQ_IA",
        "b75fff6",
        "NN_train/MNIST_Test/HLS_projects/Qkeras_pruned_CNN/hls4ml_PYNQ_prj",
    ),
    (
        "S11",
        "Gabriele-bot/PYNQ_IA",
        "2f2d701",
        "NN_train/jet_tagging/HLS_projects/Qkeras_pruned/hls4ml_PYNQ_prj",
    ),
    (
        "S12",
        "Gabriele-bot/PYNQ_IA",
        "2f2d701",
        "NN_train/jet_tagging/HLS_projects/Keras_only/hls4ml_PYNQ_prj",
    ),
]
# The seventh held-out set: collected on branch heldout7 and committed before any estimate of it was computed
# (README there). T7's report lies beside, not inside, the project directory it was synthesised from.
_PICAR = "tsopeter/753-FPGA"
_CE6370 = "k-diep/CE6370"
DESIGNS_7 = [
    ("T1", _CE6370, "8b15186", "Final6370/rs_final_python/model_1/hls4ml_prj"),
    ("T2", _CE6370, "8b15186", "Final6370/rs_final_python/model_3_ori/hls4ml_prj"),
    ("T3", _CE6370, "8b15186", "Final6370/rs_final_python/model_3_ori/hls4ml_prj/model_3/hls4ml_prj"),
    ("T4", _PICAR, "a6df96e", "best/best_model_prj"),
    (
        "T5",
        _PICAR,
        "311f1e0",
        "hls4ml_0/NAS/All/models/deeppicar-stats/models/1100-000_64x64x1_0.1/hls/project_1",
    ),
    ("T6", _PICAR, "311f1e0", "hls4ml_0/NAS/All/tmp/tmp_prj"),
    (
        "T7",
        "mattwilk25/CoaxlinkQuadCxp12_1cam_working",
        "6ca1735",
        "RHEED_hls",
        "05_ref_design_hls/myproject_prj/solution1/syn/report/myproject_csynth.rpt",
    ),
    (
        "T8",
        "rfforelli/Unsupervised-rotation-detection-and-label-learning",
        "a0c5ce7",
        "models/mlp_average_pool_12b/my-hls-test",
    ),
    ("T9", "albertc9/CNN_iCube_FPGA", "6d571c3", "hls_cnn_conv2d"),
]
# The eighth held-out set: collected on branch heldout8 and committed before any estimate of it was computed
# (README there). U3 comes from an hls4ml 0.6 branch with ReLU merged into the convolutions; U4 and U5 are one
# project at two commits (2 and 4 ns); U6's report is of `myproject` as a sub-function of a hand-written
# top.
_UMONS = "jeanleos/umons"
_ALVEO = "Gabriele-bot/ALVEO-PYNQ_ML"
_ECE527 = "Bunnyowooo/ECE527final"
DESIGNS_8 = [
    ("U1", _UMONS, "6727073", "steps/hls4ml/main/pynqz2m2/hls4ml_prj_pynq"),
    ("U2", _UMONS, "d7ae4e2", "steps/hls4ml/main/estimate_depth_example/hls4ml_prj_pynq"),
    (
        "U3",
        "fastmachinelearning/hls4ml-live-demo",
        "c50209b",
        "webcam-ic-pynq/camera_demo_overlay/pynqz2_rn06_v8",
    ),
    ("U4", _ALVEO, "2989320", "NN_train/MNIST_Test/HLS_projects/Qkeras_pruned_CNN/hls4ml_alveo_prj"),
    ("U5", _ALVEO, "2b80f4d", "NN_train/MNIST_Test/HLS_projects/Qkeras_pruned_CNN/hls4ml_alveo_prj"),
    (
        "U6",
        "NarendranathRalapanawa/Programmable-platform-development",
        "1f58fc4",
        "single_neuron/tiny_hls_vivado",
    ),
    ("U7", _ECE527, "cc527a4", "hls4ml/fp_hls4ml/mini_ae_latency_cli"),
    ("U8", _ECE527, "cc527a4", "hls4ml/fp_hls4ml/mini_ae_project"),
    ("U9", _ECE527, "cc527a4", "hls4ml/fp_hls4ml/tiny_ae_hls_keras"),
]
# Tenth set (branch conv1d, only for its pointwise Conv1D layers and scored once with the plan of
# docs/cost-model-record.md 2.5 "Conv1D"): the deep-sets jet taggers of fastmachinelearning/l1-jet-id.
_L1JET = ("fastmachinelearning/l1-jet-id", "ccee2dfa10f95a9ca81cce31ef80c65c1749ad45")
_DEEPSETS = (
    "deepsets/bin/trained_deepsets/deepsinv_synthable_{}bits_8const_ptetaphi_kfolds/kfold_0/synthesis_final"
)
DESIGNS_11 = [(f"J{i}", *_L1JET, _DEEPSETS.format(bits)) for i, bits in enumerate((4, 6, 8), start=1)]
# Twelfth set: collected on branch heldout12 and committed before any estimate of it was computed (README
# there). Projects named other than `myproject` (V1-V5: the name comes from the project's own
# hls4ml_config.yml / project.tcl); V1 and V2 were synthesised from the hls4ml-written firmware the author
# kept as `firmware_bak/` before hand-editing `firmware/` (a sixth element names that directory; its
# files are copied as `firmware/`).
_AD = "max-cohen54/AD_trigger_training"
DESIGNS_12 = [
    ("V1", _AD, "0593f3a", "L1AD/HLS/FiorDiLatte_Topo2A_trigger_VAE_Nodata", "", "firmware_bak"),
    (
        "V2",
        _AD,
        "5b9c1b4",
        "L1AD/HLS/FiorDiLatte_DenseBN_Topo2A_trigger_VAE_GAN_LUT_NoData",
        "",
        "firmware_bak",
    ),
    ("V3", "NuDAQ/CNN-Core-Generator", "6435585", "cnn_core_project"),
    ("V4", "albertc9/CNN4HW", "323c520", "hls_cnn_2d_100s_1.1"),
    ("V5", "Molkiamateur/kadionikk", "895cc8f", "tp-IA-embarque/TP_DNN_MODEL_1/model_1/model_1_hls4ml_prj"),
]
# Thirteenth set: collected on branch heldout13 and committed before any estimate of it was computed (README
# there): an io_stream CNN under Vitis HLS 2020.2 and one VAE encoder built with both tools and both
# strategies. (freaksie/ML-on-Chip's three Vivado HLS 2018.3 projects are left out: read_csynth_report does
# not read that tool's report layout; README there.)
_TOYVAE = ("Kenny-Jia/ToyVAE", "84c82d9")
DESIGNS_13 = [
    ("W1", "howard-liang-B/AI_NPU", "d5fe475", "AI_NPU_CNN_3/Covid19-CNN/pruned_cnn"),
    ("W2", *_TOYVAE, "HLS/firmware_pkg/Vivado/small/Vivado_Latency_small_SNL_VAE"),
    ("W3", *_TOYVAE, "HLS/firmware_pkg/Vivado/small/Vivado_Resource_small_SNL_VAE"),
    ("W4", *_TOYVAE, "HLS/firmware_pkg/Vitis/small/Vitis_Latency_small_SNL_VAE"),
    ("W5", *_TOYVAE, "HLS/firmware_pkg/Vitis/small/Vitis_Resource_small_SNL_VAE"),
]
# Fourteenth set: collected on branch heldout14 after the reader learnt the report layout of Vivado HLS 2018.3
# and 2019.1, and committed before any estimate of it was computed (README there): freaksie/ML-on-Chip's small
# MLPs (Vivado HLS 2018.3; four precisions, two sizes) and a VivadoAccelerator io_stream QKeras CNN (2019.1).
_CHIP = "freaksie/ML-on-Chip"
DESIGNS_14 = [
    ("X1", _CHIP, "6920a5f", "model_1/lbnl"),
    ("X2", _CHIP, "3e107a9", "tmp/lbnl"),
    ("X3", _CHIP, "3e107a9", "Q3_new/lbnl"),
    ("X4", _CHIP, "cd48be4", "model_2/myproject_prj"),
    ("X5", _CHIP, "90ca759", "tmp/lbnl"),
    ("X6", _CHIP, "cd48be4", "model_1/myproject_prj"),
    ("X7", "kendermag/hls4ml-tutorial", "5065598", "TUDATALLAPOT_QUANTIZED_VER0_312_FULL"),
]
# Fifteenth set: collected on branch heldout15 and committed before any estimate of it was computed (README
# there). axiotisk/Vitis_Accel_Projects: hls4ml VitisAccelerator projects whose `myproject` report is a
# sub-report of the `kernel_wrapper` kernel synthesis (Vitis HLS 2022.2, kernel flow, Alveo U55C);
# RavingRoss/Varner-Lab: a Resource-strategy io_parallel MLP (Vitis HLS 2023.2, Artix-7).
_ACCEL = "axiotisk/Vitis_Accel_Projects"
_ACCEL_REPORT = (
    "vitis_accel_prj/build_hw_rel/xo/myproject_kernel/kernel_wrapper/kernel_wrapper/solution/syn/report/"
    "myproject_csynth.rpt"
)
DESIGNS_15 = [
    ("Y1", _ACCEL, "c947c9a", "vitis_accel_prj", _ACCEL_REPORT),
    ("Y2", _ACCEL, "24e2fa6", "vitis_accel_prj", _ACCEL_REPORT),
    ("Y3", "RavingRoss/Varner-Lab", "c011315", "hls4ml/Simple Version/Verilog/hls4ml_prj"),
]
# Sixteenth set: collected on branch heldout16 and committed before any estimate of it was computed (README
# there). moinuddin-ahamed/CTRF-HLS: two io_parallel Latency MLPs (RF 4) synthesised by the author's own Vitis
# HLS 2023.2 script into a sibling `<project>_synthesis` directory (the report path is given).
_CTRF = "moinuddin-ahamed/CTRF-HLS"
_CTRF_REPORT = "hls_simple_{}_synthesis/solution1/syn/report/myproject_csynth.rpt"
DESIGNS_16 = [
    ("Z1", _CTRF, "24e5b3b", "hls_simple_bds", _CTRF_REPORT.format("bds")),
    ("Z2", _CTRF, "24e5b3b", "hls_simple_obds", _CTRF_REPORT.format("obds")),
]
# Seventeenth set: collected on branch heldout17 and committed before any estimate of it was computed (README
# there). themrluke/StableDiffusionPUPPI: an io_stream U-Net-like CNN (pointwise and 3x3 Conv2D, zero
# padding, upsampling, additions; three input streams) at two commits (Vivado HLS 2019.2);
# Berk-Bilgin/ML-fpga: a QKeras Conv1D encoder with the top `Encoder` (Vivado HLS 2020.1), Latency and
# Resource strategies on three parts; hftsoi/sparse: one io_parallel Conv2D (top `model_test`, Vitis HLS
# 2023.1) at ParallelizationFactor 1, 10 and 100.
_PUPPI = "themrluke/StableDiffusionPUPPI"
_EEG = "Berk-Bilgin/ML-fpga"
DESIGNS_17 = [
    ("N1", _PUPPI, "c91c815", "keras_version/hls_outputs"),
    ("N2", _PUPPI, "8d46ae1", "keras_version/hls_outputs"),
    ("N3", _EEG, "2962ef6", "model_1/hls4ml_prj"),
    ("N4", _EEG, "2962ef6", "model_2/hls4ml_prj"),
    ("N5", _EEG, "2962ef6", "model_3/hls4ml_prj"),
    ("N6", "hftsoi/sparse", "2140689", "model_conv1"),
    ("N7", "hftsoi/sparse", "a8334be", "model_conv10"),
    ("N8", "hftsoi/sparse", "491e99c", "model_conv100"),
]
# Eighteenth set: collected on branch heldout18 (README there), blind. Two io_parallel dataflow deep-set jet
# taggers of CMS-L1T-Jet-Tagging (pointwise Conv1D over 16 particles, batch norm, global pooling, two heads;
# Vitis HLS 2023.2 and 2022.2, tops `JetTaggerNN`) and a pruned QKeras MLP tau tagger (top `tau_nn`, Vitis
# HLS 2022.1).
DESIGNS_18 = [
    ("M1", "CMS-L1T-Jet-Tagging/CL2TaggerFirmware", "766b612", "JetTaggerNN"),
    ("M2", "CMS-L1T-Jet-Tagging/TrainTagger", "16264a6", "tagger/firmware/JetTaggerNN"),
    ("M3", "Duchstf/Tau_L1", "6114d96", "HLS_IP/hardwareII_COM/testing60_pruned/hls4ml_prj"),
]
# Nineteenth set: collected on branch heldout19 (README there), blind. kojos03/fpga_cnn_hls4ml: an io_stream
# Conv2D/MaxPool/Dense CNN synthesised with Vitis HLS 2024.2 for xczu7ev.
# FeynmanLogic/LightningSimHLS4MLintegration: an io_stream Resource-strategy MLP (RF 5 and 4, weights in ROM),
# Vitis HLS 2023.1 for xc7z020.
# No snapshot holding these commits can be fetched, so each mirror is a one-commit rebuild of the files this
# script reads, typed from the search index's stored text of the public commit below (README there: how the
# copies were checked).
_KOJOS = "kojos03/fpga_cnn_hls4ml"
_LSIM = "FeynmanLogic/LightningSimHLS4MLintegration"
_LSIM_PROJECT = "examples/fifo_stream_models_vitis2023/KERAS_1layer"
DESIGNS_19 = [
    ("L1", _KOJOS, "ba1a39ffd9c7da253b1d18ca7db5cb931b0ec39c", "hls4ml_init/hls4ml_cnn_zcu106"),
    ("L2", _LSIM, "cb19c88f3f8b2b0c792308ea43df6bfbab1ea530", _LSIM_PROJECT),
]
# Twentieth set: collected on branch heldout20 (README there), blind. fabioc9675/FPGA_ml4hls_prj: an
# io_parallel Latency Dense MLP (8-bit, half of fc1 pruned, sigmoid output), Vitis HLS 2022.2, xc7z020.
# elizahoward/Muon_Collider_Smart_Pixels (snapshot too large to fetch, rebuilt from the index like set 19): a
# five-input smart-pixel MLP with concatenations, io_parallel Latency, Vitis HLS 2024.1 for xc7z020.
_PIXELS = "elizahoward/Muon_Collider_Smart_Pixels"
# soumil005/CNN-to-FPGA-MNIST-Classifier-Hardware-Accelerator: an io_stream Resource-strategy CNN (two
# padded 3x3 Conv2D, RF 9; Dense RF 32 and 16), Vitis HLS 2023.1 for xc7a200t; the author uploaded the
# contents of `solution1/` into `myproject_prj/`, so the report path is given.
_MNIST_CNN = "soumil005/CNN-to-FPGA-MNIST-Classifier-Hardware-Accelerator"
DESIGNS_20 = [
    ("R1", "fabioc9675/FPGA_ml4hls_prj", "0433bb3", "PythonModel/hlsPrj"),
    ("R2", _PIXELS, "f6428312c0938a9faa0a20fb497fbf45b9486788", "daniel/hlsVitisModel2_20260324_140538"),
    ("R3", _MNIST_CNN, "a9ae16f", "hls_project", "hls_project/myproject_prj/syn/report/myproject_csynth.rpt"),
]
# Twenty-first set: collected on branch heldout21 (README there), blind. hftsoi/sparse-pixels (top `myhls`):
# one small CNN (two 3x3 Conv2D, two average poolings, Dense 75->52->10, softmax; the same weights in both
# projects) synthesised by Vitis HLS 2023.2 for xcu250 as io_parallel with ParallelizationFactor 100 and 50
# (E1) and as io_stream (E2), and a jet-image CNN (two 9x9 Conv2D, io_stream) by Vivado HLS 2020.1 (E3).
_SPARSE_PIXELS = "hftsoi/sparse-pixels"
DESIGNS_21 = [
    ("E1", _SPARSE_PIXELS, "ff98f8c3", "pf100-vitis"),
    ("E2", _SPARSE_PIXELS, "f61e9135", "plain-iostream-vitis"),
    ("E3", _SPARSE_PIXELS, "684988d7", "hls_proj/jet/model-16b/hls_full"),
]
# The twenty-second held-out set (heldout22/README.md, SOURCES.tsv). A1: an io_stream Resource design (Vitis
# HLS 2024.2, xc7z020, 20 ns) of adi7312/wedrowiec, rebuilt from the search index (no snapshot can be had):
# the report is that of public commit 3584043, the files were typed from the versions that equal the
# synthesis's preprocessed source. C1: andread3vita/NeuralNetworkFPGA's `NN_final` (Vivado HLS 2019.2,
# xc7a35t, 5 ns; a pruned io_parallel MLP), fetched. Vivado HLS names two of C1's three Dense functions
# without their config; each is tied by its own report's interface: the one with 14 five-bit inputs
# (ap_ufixed<5,0>, relu1's output) is fc2 (config5), the one with a single 48-bit input (3 x ap_fixed<16,2>,
# the model input) is fc1 (config2).
_WEDROWIEC = "adi7312/wedrowiec"
DESIGNS_22 = [
    ("A1", _WEDROWIEC, "3584043dccac161b418957a9b3a76c49d0746d97", "hls4ml_projects/wedrowiec_hls"),
    (
        "C1",
        "andread3vita/NeuralNetworkFPGA",
        "77d74ed2a280744942a58d6bc43873dd01fe2021",
        "hls4ml/Models/best_model/hls_prj",
    ),
]
_DENSE_0 = "dense_latency" + "_0" * 21
# The twenty-third held-out set (heldout23/README.md). B1-B3: tanvirana/heterogeneous-hls4ml-testing's jet
# tagger (Dense 16->64->32->32->5, io_parallel Latency, RF 1; Vivado HLS 2020.1, xc7z020, 5 ns) unpruned (B1),
# pruned (B2) and quantised and pruned (B3). D1: astitwlathe/example-hls4ml's `my-hls-test`, hls4ml's
# KERAS_3layer example (the same shapes, ap_fixed<16,6>; Vivado HLS 2019.2.1, xcvu9p, 5 ns). Vivado HLS names
# three of each design's four Dense functions without their config; each is tied by its own report's
# interface (input ports and widths, output ports and widths; README): the one reading one 256-bit port (the
# reshaped 16 x 16-bit model input) is fc1 (config2), the one reading up to 64 ports fc2 (config5; D1's
# config4), the one reading up to 32 ports fc3 (config8; D1's config6). B3's fc2 and fc3 both read 6-bit ReLU
# outputs; they are told apart by their port counts (61 and 30) and output widths (19 and 18 bits, the
# accumulators ap_fixed<19,8> and ap_fixed<18,7> of config5 and config8).
_DENSE_33 = "dense_latency" + "_0" * 33
_DENSE_23 = "dense_latency" + "_0" * 23
_B12 = {_DENSE_33 + "_s": "config2", _DENSE_33 + "_1": "config5", _DENSE_33: "config8"}
_HETERO = ("tanvirana/heterogeneous-hls4ml-testing", "78943702d35e772d4e87101c02fa2ca4fafa7737")
DESIGNS_23 = [
    ("B1", *_HETERO, "baseline_jet_tagging_model/hls4ml_prj"),
    ("B2", *_HETERO, "pruned_jet_tagging_model/hls4ml_prj"),
    ("B3", *_HETERO, "quantised_pruned_jet_tagging_model/hls4ml_prj"),
    ("D1", "astitwlathe/example-hls4ml", "3d789a7ffb9c1ba526d6ad8c7867af8b79e821ac", "my-hls-test"),
]
# The twenty-fourth held-out set (heldout24/README.md). I1: Duchstf/L1BTag's `L1B_toy_v8` (io_parallel
# Latency, RF 1: Conv1D 140x1 -> 10x20 (kernel 14, stride 14), ReLU, Conv1D 1x1 -> 10x5, ReLU, Dense 50->20,
# ReLU, 20->10, ReLU, 10->1, sigmoid; ap_fixed<16,8>; Vivado HLS 2019.1, xcvu9p, 5 ns). Vivado HLS names the
# first Conv1D and two of the three Dense functions without their config; each is tied by its own report's
# interface: the one reading one 2240-bit port (the reshaped 140 x 16-bit model input) and writing 200 ports
# is conv1d (config2), the Dense one reading 50 ports and writing 20 is dense (config6), the one reading 20
# and writing 10 is dense_1 (config8).
_CONV1D_21 = "conv_1d_latency_cl" + "_0" * 21
_DENSE_21 = "dense_latency" + "_0" * 21
_DENSE_11 = "dense_latency" + "_0" * 11
DESIGNS_24 = [
    ("I1", "Duchstf/L1BTag", "b7007c2c6849b75bd2eba61d393801c483e19441", "hls4ml_conversion/L1B_toy_v8"),
]
# The twenty-fifth held-out set (heldout25/README.md). F1: oliviaweng/fastml-science's HGCAL ECON-T-style
# encoder `sensor-data-compression/pynq_z2_2samples/hls4ml_prj` (hls4ml 0.7.1 library, io_stream:
# ZeroPadding2D, QConv2D 3x3 stride 2 (8 filters, Latency), quantised ReLU, QDense 128->16 (Resource strategy,
# RF 1), quantised ReLU; 6-bit weights; Vivado HLS 2020.1, xc7z020clg400-1, 5 ns). Every function carries its
# config.
DESIGNS_25 = [
    (
        "F1",
        "oliviaweng/fastml-science",
        "f716cf7cb771555c131d705b50354c1eb275fb5f",
        "sensor-data-compression/pynq_z2_2samples/hls4ml_prj",
    ),
]
MANGLED_CONFIGS = {
    "C1": {_DENSE_0: "config5", _DENSE_0 + "_1": "config2"},
    "B1": _B12,
    "B2": _B12,
    "B3": {_DENSE_33 + "_s": "config2", _DENSE_33: "config5", _DENSE_33 + "_1": "config8"},
    "D1": {_DENSE_23 + "_2": "config2", _DENSE_23 + "_1": "config4", _DENSE_23 + "_s": "config6"},
    "I1": {_CONV1D_21: "config2", _DENSE_21: "config6", _DENSE_11: "config8"},
}
# Repositories whose mirror is such a rebuild: its single commit (HEAD) stands for the public commit named in
# the design, which the manifest records.
INDEX_REBUILDS = {_KOJOS, _LSIM, _PIXELS, _WEDROWIEC}
SETS = {
    "heldout": DESIGNS,
    "heldout2": DESIGNS_2,
    "heldout3": DESIGNS_3,
    "heldout4": DESIGNS_4,
    "heldout5": DESIGNS_5,
    "heldout6": DESIGNS_6,
    "heldout7": DESIGNS_7,
    "heldout8": DESIGNS_8,
    "heldout11": DESIGNS_11,
    "heldout12": DESIGNS_12,
    "heldout13": DESIGNS_13,
    "heldout14": DESIGNS_14,
    "heldout15": DESIGNS_15,
    "heldout16": DESIGNS_16,
    "heldout17": DESIGNS_17,
    "heldout18": DESIGNS_18,
    "heldout19": DESIGNS_19,
    "heldout20": DESIGNS_20,
    "heldout21": DESIGNS_21,
    "heldout22": DESIGNS_22,
    "heldout23": DESIGNS_23,
    "heldout24": DESIGNS_24,
    "heldout25": DESIGNS_25,
}
REPORT = "{name}_prj/solution1/syn/report/{name}_csynth.rpt"
PROJECT_FILES = ("hls4ml_config.yml", "project.tcl", "build_prj.tcl")
FIRMWARE_FILES = (
    "{name}.cpp",
    "parameters.h",
    "defines.h",
    "nnet_utils/nnet_code_gen.h",
    "nnet_utils/nnet_pooling.h",
    "nnet_utils/nnet_conv1d.h",
    "nnet_utils/nnet_conv1d_latency.h",
)  # nnet_code_gen.h: HGQ's quantizers; nnet_pooling.h: the pooling template (operand widths, vitisdsp);
# the Conv1D library: an edited pointwise_conv_1d_cl (held-out M2)
PROJECT_NAME = (
    re.compile(r"^ProjectName:\s*(\w+)", re.MULTILINE),  # hls4ml_config.yml
    re.compile(r'set project_name "(\w+)"'),  # project.tcl
)
CALL = re.compile(r"nnet::(\w+)<[^;]*?(config\d+)\s*>\s*\(([^;]*)\);\s*//\s*(\S+)")
SUMMARY_ROWS = ("Expression", "FIFO", "Instance", "Memory", "Multiplexer", "Register", "Total")


def git(mirror: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(mirror), *args], check=True, capture_output=True).stdout


def main(mirrors: Path, out: Path, designs: list) -> None:
    manifest, instances, summaries, fifos = [], [], [], []
    for design, repo, commit, project, *extra in designs:
        mirror = mirrors / repo.replace("/", "+") / "repo"
        rebuilt = repo in INDEX_REBUILDS
        local = git(mirror, "rev-parse", "HEAD" if rebuilt else commit).decode().strip()
        recorded, commit = (commit if rebuilt else local), local  # the manifest names the public commit
        target = out / "projects" / design
        firmware = extra[1] if len(extra) > 1 else "firmware"
        name, calls = copy_project(mirror, commit, project, target, firmware)
        report_path = extra[0] if extra and extra[0] else in_project(project, REPORT.format(name=name))
        text = git(mirror, "show", f"{commit}:{report_path}").decode(errors="replace")
        with tempfile.NamedTemporaryFile("w", suffix=".rpt") as handle:
            handle.write(text)
            handle.flush()
            report = read_csynth_report(handle.name)
        manifest.append(
            [
                design,
                repo,
                recorded,
                project,
                report_path,
                report.tool,
                report.version,
                report.part,
                report.clock_target_ns,
            ]
        )
        instances += [[design, *row] for row in instance_rows(report, calls, MANGLED_CONFIGS.get(design, {}))]
        summaries += [[design, *row] for row in summary_rows(text, report)]
        fifos += [[design, *row] for row in fifo_rows(text)]
    write(
        out / "MANIFEST.tsv",
        [
            "design",
            "repo",
            "commit",
            "project_dir",
            "csynth_report",
            "hls_tool",
            "hls_version",
            "part",
            "clock_ns",
        ],
        manifest,
        "\t",
    )
    write(
        out / "instances.csv",
        [
            "design",
            "layer",
            "function",
            "config",
            "module",
            "dsp",
            "bram_18k",
            "lut",
            "ff",
            "latency_min",
            "latency_max",
            "ii",
        ],
        instances,
    )
    write(
        out / "summary.csv", ["design", "row", "dsp", "bram_18k", "lut", "ff", "latency_max", "ii"], summaries
    )
    write(out / "fifos.csv", ["design", "fifo", "bram_18k", "ff", "lut", "depth", "bits"], fifos)


def in_project(project: str, name: str) -> str:
    """`name` inside the project directory, as a path from the repository's root ("" is the root)."""
    return f"{project}/{name}" if project else name


def copy_project(mirror: Path, commit: str, project: str, target: Path, firmware: str = "firmware") -> tuple:
    """Copy the project's files (those of `firmware` into `firmware/`); (project name, layer calls)."""
    for name in PROJECT_FILES:
        copy_file(mirror, commit, in_project(project, name), target / name)
    top = project_name(target)
    for file in FIRMWARE_FILES:
        copy_file(
            mirror,
            commit,
            in_project(project, f"{firmware}/{file.format(name=top)}"),
            target / "firmware" / file.format(name=top),
        )
    calls = CALL.findall((target / f"firmware/{top}.cpp").read_text())
    for function, config, arguments, name in calls:
        parts = [part.strip() for part in arguments.split(",")]
        if len(parts) < 4:  # no weights
            continue
        if function == "normalize":  # batch norm: scale and bias, as .h where no .txt was committed
            for array in parts[2:4]:
                copy_weights(mirror, commit, in_project(project, firmware), target, array, (".txt", ".h"))
        else:  # a layer with weights (input, output, w, b): the kernel only
            copy_weights(mirror, commit, in_project(project, firmware), target, parts[2], (".txt",))
    return top, calls


def copy_weights(mirror: Path, commit: str, firmware: str, target: Path, array: str, suffixes: tuple) -> None:
    """Copy `<firmware>/weights/<array>` with the first suffix the commit has (a note on stderr if none)."""
    for suffix in suffixes:
        try:
            data = git(mirror, "show", f"{commit}:{firmware}/weights/{array}{suffix}")
        except subprocess.CalledProcessError:
            continue
        (target / "firmware/weights").mkdir(parents=True, exist_ok=True)
        (target / "firmware/weights" / f"{array}{suffix}").write_bytes(data)
        return
    # not committed (set 6: batch-norm scales and biases); noted in the set's README
    print(f"{firmware}@{commit[:7]}: weights/{array}{'|'.join(suffixes)} not in the commit", file=sys.stderr)


def copy_file(mirror: Path, commit: str, path: str, target: Path) -> None:
    """Copy one file of the commit (nothing when the commit lacks it)."""
    try:
        data = git(mirror, "show", f"{commit}:{path}")
    except subprocess.CalledProcessError:
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def project_name(target: Path) -> str:
    """The project's name as its copied hls4ml_config.yml or project.tcl give it (hls4ml's default else)."""
    for file, pattern in zip(("hls4ml_config.yml", "project.tcl"), PROJECT_NAME):
        found = pattern.search((target / file).read_text()) if (target / file).exists() else None
        if found:
            return found.group(1)
    return "myproject"


def instance_rows(report, calls, mangled=None) -> list:
    """One row per report instance, tied to the layer by its config struct (elimination for the one
    weight layer whose function name Vivado HLS mangled without its config; `mangled`: module -> config
    where more than one was, each tie read from the module's own report and given in the set's README)."""
    by_config = {config: (function, name) for function, config, _, name in calls}
    named = {f"config{m.config_index}" for m in report.modules if m.config_index is not None}
    unnamed = [config for function, config, args, _ in calls if config not in named and args.count(",") >= 3]
    rows = []
    for module in report.modules:
        config = f"config{module.config_index}" if module.config_index is not None else None
        config = config or (mangled or {}).get(module.module)
        if config is None and module.module.startswith("dense") and len(unnamed) == 1:
            config = unnamed[0]
        if config is None:
            continue
        config = next((c for c in by_config if c == config or c.endswith("_" + config)), config)
        function, name = by_config.get(config, ("", ""))
        latency = module.latency_cycles or ("", "")
        ii = module.ii[1] if module.ii else ""
        r = module.resources
        rows.append(
            [name, function, config, module.module, r["dsp"], r["bram_18k"], r["lut"], r["ff"], *latency, ii]
        )
    return rows


def summary_rows(text: str, report) -> list:
    block = text.partition("== Utilization Estimates")[2].partition("+ Detail:")[0]
    rows = []
    for line in block.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if cells and cells[0] in SUMMARY_ROWS:
            values = dict(
                zip(["bram_18k", "dsp", "ff", "lut"], [int(c) if c.isdigit() else 0 for c in cells[1:5]])
            )
            top = cells[0] == "Total"
            rows.append(
                [
                    cells[0],
                    values["dsp"],
                    values["bram_18k"],
                    values["lut"],
                    values["ff"],
                    report.latency_cycles[1] if top else "",
                    report.ii[1] if top and report.ii else "",
                ]
            )
    return rows


def fifo_rows(text: str) -> list:
    block = text.partition("== Utilization Estimates")[2].partition("* FIFO:")[2].partition("* Expression")[0]
    rows = []
    for line in block.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 7 and cells[1].isdigit() and cells[0] != "Total":
            rows.append([cells[0], int(cells[1]), int(cells[2]), int(cells[3]), int(cells[5]), int(cells[6])])
    return rows


def write(path: Path, header: list, rows: list, delimiter: str = ",") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), SETS[sys.argv[3] if len(sys.argv) > 3 else "heldout"])
