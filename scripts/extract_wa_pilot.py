"""Build tests/core/hardware/data/heldout9/ from the wa-hls4ml 2024 pilot (run by hand; not in the package).

Source: github.com/Dendendelen/wa-hls4ml-search (Apache-2.0; the pilot's commits are Ben Hawks's, and its
kube jobs clone github.com/ben-hawks/wa-hls4ml-search). Its
`results/results_resource.csv` and `results/results_latency.csv` hold one row per hls4ml 0.8.1 csynth run
(Vivado HLS 2020.1, xcu250-figd2104-2L-e, 5 ns, io_parallel) of a single QKeras QDense layer
`pregen_models/dense_<in>_<out>_<p>b.h5`. This script keeps the rows whose synthesis succeeded, adds the
fixed-point types hls4ml 0.8.1 generated for them (derived from hls4ml's source, see the README) and the
reuse factor hls4ml wrote, and stores the QKeras-quantised weights of the models the Latency rows (and
the Resource rows with reuse factor 1) use. Facts only: numbers copied from the CSVs, weights quantised
as QKeras `quantized_bits(p, 0, alpha=1)` does. No fpgaprune code is imported.

Usage: python scripts/extract_wa_pilot.py GIT_DIR OUT_DIR [COMMIT]
  GIT_DIR is a (bare) clone of the repository (the `fetch` tool leaves it at
  /work/.mirror/Dendendelen+wa-hls4ml-search/repo); COMMIT defaults to the one the set was built from;
  OUT_DIR is tests/core/hardware/data/heldout9. Needs numpy and h5py (the .h5 files are read directly,
  without TensorFlow or QKeras).
"""

import csv
import io
import subprocess
import sys
from bisect import bisect_left
from pathlib import Path

import h5py
import numpy as np

REPO = "Dendendelen/wa-hls4ml-search"
COMMIT = "8e70542108dbf8b6c3cdcc16418c0d14990ee955"
RESULTS = {"resource": "results/results_resource.csv", "latency": "results/results_latency.csv"}
# iter_manager.py: `for rf in range(rf_lower, rf_upper, rf_step - 1)` with 1, 1025 (1024 before 16d71d9), 512
REQUESTED_RFS = (1, 512, 1023)
# hls4ml 0.8.1 types for this pilot (README, "Types"): config_from_keras_model's default_precision
# 'fixed<16,6>' for input, accumulator and result; QKerasQuantizer._get_type for the weight and bias.
DEFAULT_TYPE = "ap_fixed<16,6>"
REPORT_COLUMNS = [  # (our column, the pilot's column)
    ("clock_target_ns", "TargetClockPeriod_hls"),
    ("clock_est_ns", "EstimatedClockPeriod_hls"),
    ("latency_best", "BestLatency_hls"),
    ("latency_worst", "WorstLatency_hls"),
    ("ii_min", "IntervalMin_hls"),
    ("ii_max", "IntervalMax_hls"),
    ("dsp", "DSP_hls"),
    ("bram_18k", "BRAM_18K_hls"),
    ("lut", "LUT_hls"),
    ("ff", "FF_hls"),
    ("uram", "URAM_hls"),
]


def git_show(git_dir, commit, path):
    return subprocess.run(
        ["git", "-C", str(git_dir), "show", f"{commit}:{path}"], check=True, capture_output=True
    ).stdout


def blob_id(git_dir, commit, path):
    out = subprocess.run(
        ["git", "-C", str(git_dir), "rev-parse", f"{commit}:{path}"],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip()


def is_valid_resource_rf(n_in, n_out, rf):
    """hls4ml 0.8.1 FPGABackend._validate_reuse_factor (fpga_backend.py lines 196-209), restated."""
    multiplier_limit = -(-(n_in * n_out) // min(n_in, rf))
    fits_outputs = multiplier_limit % n_out == 0 or rf >= n_in
    fits_inputs = rf % n_in == 0 or rf < n_in
    return fits_outputs and fits_inputs and (n_in * n_out) % rf == 0


def closest_resource_rf(n_in, n_out, requested):
    """hls4ml 0.8.1 get_closest_reuse_factor: the nearest valid RF, the smaller one on a tie."""
    valid = [rf for rf in range(1, n_in * n_out + 1) if is_valid_resource_rf(n_in, n_out, rf)]
    pos = bisect_left(valid, requested)
    if pos == 0:
        return valid[0]
    if pos == len(valid):
        return valid[-1]
    before, after = valid[pos - 1], valid[pos]
    return after if after - requested < requested - before else before


def quantized_bits_codes(kernel, bits):
    """Integer codes k of QKeras quantized_bits(bits, 0, alpha=1): value = k / 2**(bits-1).

    QKeras (commit 1ab3542, quantizers.py lines 554-650): m = 2**(bits-1) (keep_negative), xq =
    clip(round(x*m), -m, m-1) / m with tf.round (half to even), returned as x + (xq - x) in float32
    (straight-through estimator, qnoise_factor 1). The check below confirms that this float32 sum is
    exactly xq for every weight, so hls4ml (which prints the weights with bits-1 decimals) sees xq.
    """
    x = kernel.astype(np.float32)
    m = np.float32(2 ** (bits - 1))
    codes = np.clip(np.rint(x * m), -m, m - 1)
    xq = (codes / m).astype(np.float32)
    through = (x + (xq - x)).astype(np.float32)
    if not np.array_equal(through, xq):
        raise ValueError("float32 straight-through sum differs from the quantised value")
    return codes.astype(np.int16)


def read_dense_h5(data):
    """The QDense kernel (n_in, n_out) and bias of a pilot model, read with h5py."""
    with h5py.File(io.BytesIO(data), "r") as f:
        weights = f["model_weights"]
        (layer,) = [name for name in weights if name != "top_level_model_weights"]
        group = weights[layer][layer]
        return np.array(group["kernel:0"]), np.array(group["bias:0"])


def successful_rows(git_dir, commit, strategy):
    """The pilot's rows of one strategy, with the requested RF (from the row order), successes only."""
    text = git_show(git_dir, commit, RESULTS[strategy]).decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    kept, failed, position = [], 0, {}
    for line, row in enumerate(rows, start=2):
        name = row["model_name"]
        index = position[name] = position.get(name, -1) + 1
        requested = REQUESTED_RFS[index]
        n_in, n_out = int(row["d_in"]), int(row["d_out"])
        if int(row["rf"]) != closest_resource_rf(n_in, n_out, requested):
            raise ValueError(f"{RESULTS[strategy]} line {line}: rf column does not match the row order")
        if row["hls_synth_success"] != "True":
            failed += 1
            continue
        kept.append((line, requested, row))
    return kept, failed, len(rows)


def design_row(strategy, line, requested, row):
    n_in, n_out, bits = int(row["d_in"]), int(row["d_out"]), int(row["prec"])
    # init_dense (vivado_backend.py 236-249) snaps the RF only under the Resource strategy
    rf_hls4ml = int(row["rf"]) if strategy == "resource" else requested
    weight_type = f"ap_fixed<{bits},1>"
    out = {
        "design": f"{strategy[0].upper()}_{row['model_name']}_r{requested}",
        "strategy": strategy,
        "model_name": row["model_name"],
        "model_file": row["model_file"],
        "pilot_csv_line": line,
        "n_in": n_in,
        "n_out": n_out,
        "weight_bits": bits,
        "rf_requested": requested,
        "rf_pilot_column": int(row["rf"]),
        "rf_hls4ml": rf_hls4ml,
        "io_type": "io_parallel",
        "input_t": DEFAULT_TYPE,
        "weight_t": weight_type,
        "bias_t": weight_type,
        "accum_t": DEFAULT_TYPE,
        "result_t": DEFAULT_TYPE,
    }
    for ours, theirs in REPORT_COLUMNS:
        value = float(row[theirs])
        out[ours] = int(value) if ours not in ("clock_target_ns", "clock_est_ns") else value
    return out


def main(git_dir, out_dir, commit=COMMIT):
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    designs, counts = [], {}
    for strategy in ("resource", "latency"):
        kept, failed, total = successful_rows(git_dir, commit, strategy)
        counts[strategy] = (total, len(kept), failed)
        designs += [design_row(strategy, *item) for item in kept]

    weights, zero_counts = {}, {}
    needs_weights = {d["model_name"] for d in designs if d["strategy"] == "latency" or d["rf_hls4ml"] == 1}
    for design in designs:
        name = design["model_name"]
        if name not in zero_counts:
            kernel, bias = read_dense_h5(git_show(git_dir, commit, design["model_file"]))
            if kernel.shape != (design["n_in"], design["n_out"]) or np.any(bias != 0):
                raise ValueError(f"{name}: unexpected kernel shape or non-zero bias")
            codes = quantized_bits_codes(kernel, design["weight_bits"])
            zero_counts[name] = int(np.count_nonzero(codes == 0))
            if name in needs_weights:
                weights[name] = codes
        design["n_zero_weights"] = zero_counts[name]

    with open(out_dir / "designs.csv", "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(designs[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(designs)
    np.savez_compressed(out_dir / "weights.npz", **dict(sorted(weights.items())))

    with open(out_dir / "MANIFEST.tsv", "w") as f:
        f.write("item\trepo\tcommit\tpath\tgit_blob\n")
        for strategy, path in RESULTS.items():
            f.write(f"results_{strategy}\t{REPO}\t{commit}\t{path}\t{blob_id(git_dir, commit, path)}\n")
        for name in sorted(zero_counts):
            path = f"pregen_models/{name}.h5"
            f.write(f"model\t{REPO}\t{commit}\t{path}\t{blob_id(git_dir, commit, path)}\n")
    for strategy, (total, kept, failed) in counts.items():
        print(f"{strategy}: {total} rows, {kept} succeeded, {failed} failed")
    print(f"{len(zero_counts)} models read, weights stored for {len(weights)}")


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(*sys.argv[1:])
