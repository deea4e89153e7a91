"""Hand count of a Latency-strategy layer's DSPs from its hls4ml weights file, independent of the cost model's
code: the rules of docs/cost-model-record.md 2.1 for Vivado HLS, written out again.

Each weight is quantised as `ap_fixed` does by default (truncation: floor(w * 2^frac)); products of one
input with the same constant are counted once; a constant with fewer than 3 non-zero digits in canonical
signed-digit form is shifts and adds; a product is in LUTs when either operand is at most 4 bits or both are
at most 10 (the constant's width as Vivado HLS gives it, trailing zeros kept); every other product takes one
DSP.

    python bench/hand_count_latency_dsp.py PRJ/firmware/weights/w2.txt --fraction 10 --n-in 16 --data-bits 16
"""

import argparse
from pathlib import Path

import numpy as np


def csd_digits(value: int) -> int:
    """Non-zero digits of |value| in canonical signed-digit form."""
    n, digits = abs(int(value)), 0
    while n:
        if n & 1:
            digits += 1
            n = n + 1 if n & 3 == 3 else n - 1
        n >>= 1
    return digits


def constant_bits(value: int) -> int:
    """The width Vivado HLS gives a constant: bit length if positive, two's-complement width if negative."""
    return int(value).bit_length() if value > 0 else int(-value - 1).bit_length() + 1


def hand_count(weights: np.ndarray, fraction: int, n_in: int, data_bits: int) -> int:
    """DSPs of a Latency Dense/Conv kernel stored as hls4ml writes it (n_in rows of n_out)."""
    mantissas = np.floor(weights * 2**fraction + 1e-9).astype(np.int64).reshape(n_in, -1)
    dsps = 0
    for row in mantissas:
        for constant in {int(c) for c in row if c != 0}:
            bits = constant_bits(constant)
            in_luts = min(bits, data_bits) <= 4 or (bits <= 10 and data_bits <= 10)
            dsps += csd_digits(constant) >= 3 and not in_luts
    return dsps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("weights", help="the layer's firmware/weights/w<N>.txt")
    parser.add_argument("--fraction", type=int, required=True, help="fractional bits of the weight type")
    parser.add_argument(
        "--n-in", type=int, required=True, help="inputs (kernel rows: kh*kw*channels for Conv)"
    )
    parser.add_argument("--data-bits", type=int, required=True, help="width of the layer's input type")
    args = parser.parse_args()
    text = Path(args.weights).read_text().replace("\n", " ").strip().rstrip(",")
    weights = np.array([float(v) for v in text.split(",") if v.strip()])
    count = hand_count(weights, args.fraction, args.n_in, args.data_bits)
    print(f"{args.weights}: {np.count_nonzero(weights)} non-zero weights, hand-count DSP {count}")


if __name__ == "__main__":
    main()
