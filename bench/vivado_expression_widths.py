"""Which multiplications Vivado HLS put in LUTs and which on DSPs, read from its per-function csynth reports.

Every per-function report (`<project>/myproject_prj/solution1/syn/report/*_csynth.rpt`) lists, in its
Expression table, each multiplication HLS kept as an operator (`mul_ln…  | * | DSP48E | FF | LUT | Bitwidth
P0 | Bitwidth P1`), and in its Instance table the pipelined multiplier cores (`…_mul_6s_15s_15_2_1_U…`). This
script counts them by operand widths (narrower first) and by whether they use a DSP, for the designs below,
from bare clones as the `fetch` tool leaves them (MIRRORS_DIR/<owner>+<name>/repo). Only numbers are written.

    python bench/vivado_expression_widths.py MIRRORS_DIR [--out results/bench/vivado_expression_widths.md]
"""

import argparse
import re
import subprocess
from collections import Counter
from pathlib import Path

# (label, repository, commit, project directory): the held-out and calibration designs whose repositories
# commit the per-function reports (H10, J1-J3, N1, N2, Q4, Q5 of the held-out sets; B1-B5 calibrate).
DESIGNS = [
    ("B1", "Hector-Plata/hls4ml-tutorial", "9f451d82a3c3d1724c2e5f6eed49cc017d6c74ac", "model_1/hls4ml_prj"),
    (
        "B2",
        "Hector-Plata/hls4ml-tutorial",
        "9f451d82a3c3d1724c2e5f6eed49cc017d6c74ac",
        "model_1/hls4ml_prj_2",
    ),
    ("B4", "Hector-Plata/hls4ml-tutorial", "9f451d82a3c3d1724c2e5f6eed49cc017d6c74ac", "model_3/hls4ml_prj"),
    (
        "B5",
        "Hector-Plata/hls4ml-tutorial",
        "9f451d82a3c3d1724c2e5f6eed49cc017d6c74ac",
        "model_3/hls4ml_prj_pynq",
    ),
    ("H10", "Brainz22/L1JetTagger", "a216d8427f88f83ee5a52736a230a944cf274153", "hls4ml_prj"),
    *[
        (
            f"J{n}",
            "fastmachinelearning/l1-jet-id",
            "ccee2dfa10f95a9ca81cce31ef80c65c1749ad45",
            f"deepsets/bin/trained_deepsets/deepsinv_synthable_{bits}bits_8const_ptetaphi_kfolds/kfold_0/synthesis_final",
        )
        for n, bits in ((1, 4), (2, 6), (3, 8))
    ],
    (
        "N1",
        "themrluke/StableDiffusionPUPPI",
        "c91c8151c011fd3cdca4a94ac468264952a18a64",
        "keras_version/hls_outputs",
    ),
    (
        "N2",
        "themrluke/StableDiffusionPUPPI",
        "8d46ae10ba3002d86fdb325e5819f6cf4fc99333",
        "keras_version/hls_outputs",
    ),
    ("Q4", "EmileBrt/CNNKDD", "b743eb24a4351224f0a9653eced6d20566d868e5", "quantized_pruned_cnn"),
    ("Q5", "EmileBrt/CNNKDD", "1255febeb8975706f1eb7160907e3bc8134e50aa", "quantized_pruned_cnn"),
]
_EXPRESSION = re.compile(
    r"\|\s*\S+\s*\|\s*\*\s*\|\s*(\d+)\s*\|\s*\d+\s*\|\s*\d+\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|"
)
_CORE = re.compile(r"\|\s*\S*_mul_(\d+)n?s_(\d+)n?s_\d+_\d+_\d+_U\d+\s*\|\s*\S+\s*\|\s*\d+\s*\|\s*(\d+)\s*\|")
_VERSION = re.compile(r"\* Version:\s+(\S+)")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout


def multiplications(repo: Path, commit: str, project: str) -> tuple[set, Counter]:
    """(tool versions, Counter of (narrow bits, wide bits, 'DSP'|'LUT')) over one project's per-function
    reports."""
    prefix = f"{project}/myproject_prj/solution1/syn/report/"
    names = [name for name in _git(repo, "ls-tree", "-r", "--name-only", commit, prefix).splitlines()]
    versions, counts = set(), Counter()
    for name in names:
        if not name.endswith("_csynth.rpt") or name.endswith("/myproject_csynth.rpt"):
            continue
        text = _git(repo, "show", f"{commit}:{name}")
        versions.update(_VERSION.findall(text))
        for dsp, p0, p1 in _EXPRESSION.findall(text):
            counts[(*sorted((int(p0), int(p1))), "DSP" if int(dsp) else "LUT")] += 1
        for a, b, dsp in _CORE.findall(text):
            counts[(*sorted((int(a), int(b))), "DSP" if int(dsp) else "LUT")] += 1
    return versions, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirrors", type=Path)
    parser.add_argument("--out", type=Path, default=Path("results/bench/vivado_expression_widths.md"))
    args = parser.parse_args()
    lines = [
        "| design | repository | Vivado HLS | narrow x wide bits: multiplications (DSP / LUT) |",
        "|---|---|---|---|",
    ]
    for label, repository, commit, project in DESIGNS:
        repo = args.mirrors / repository.replace("/", "+") / "repo"
        versions, counts = multiplications(repo, commit, project)
        pairs = sorted({(a, b) for a, b, _ in counts})
        cells = [f"{a}x{b}: {counts[a, b, 'DSP']}/{counts[a, b, 'LUT']}" for a, b in pairs]
        lines.append(f"| {label} | {repository} | {', '.join(sorted(versions))} | {'; '.join(cells)} |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
