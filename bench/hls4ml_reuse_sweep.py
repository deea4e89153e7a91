"""Does fpgaprune's reuse-factor rule agree with what hls4ml 1.3 builds?

Two sweeps, both against hls4ml's own code (imported, not restated):

1. The rule, every (n_in, n_out) of 1..64 x 1..16 and every RF 1..n_in*n_out, for the Vivado and Vitis
   backends: `core.hardware.reuse.is_valid_reuse_factor` against the backend's `_validate_reuse_factor`,
   `valid_reuse_factors` against its `get_valid_reuse_factors`.
2. The design: for Dense and Conv2D (a 1x1 kernel of n_in channels), io_parallel and io_stream, Vivado and
   Vitis, the reuse setting's Latency and Resource, unpruned and pruned, what fpgaprune's design makes of an
   RF (`ReuseSetting.resolve` then `design_layers`: the layer's RF and strategy, or a refusal) against what
   hls4ml builds when asked that RF and the strategy fpgaprune writes (`implemented_strategy`, as
   `hls.convert.layer_strategies` calls it): the backend's
   `init_dense`/`init_conv2d` run on a real layer of an hls4ml ModelGraph whose sizes and RF are set, which
   validates the RF, replaces an invalid one by the closest valid one (`set_closest_reuse_factor`) and may
   change the strategy. RFs: 1..16, n_in - 1..n_in + 1 and the largest three (the dispatch depends on the RF
   only through the valid list, which sweep 1 covers whole).

A disagreement is fpgaprune accepting an RF that hls4ml builds otherwise, or refusing one hls4ml builds as
asked (hls4ml's Latency strategy takes any RF: its multiplier limit is ceil(n_in*n_out/RF)).

    PYTHONPATH=src:. nice -n 19 .venv/bin/python bench/hls4ml_reuse_sweep.py \
        --out results/bench/hls4ml_reuse_sweep.md
"""

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

BACKENDS = ("Vivado", "Vitis")
KINDS = ("dense", "conv2d")
IO_TYPES = ("io_parallel", "io_stream")
HLS4ML_STRATEGIES = ("Latency", "Resource", "Resource_Unrolled")
N_IN, N_OUT = range(1, 65), range(1, 17)


def rule_sweep() -> Counter:
    """Sweep 1: (backend, what disagreed) -> count, 0 disagreements when the rules agree."""
    import hls4ml

    from fpgaprune.core.hardware.reuse import is_valid_reuse_factor, valid_reuse_factors

    found = Counter()
    for name in BACKENDS:
        backend = hls4ml.backends.get_backend(name)
        for n_in in N_IN:
            for n_out in N_OUT:
                found[(name, "sizes")] += 1
                if valid_reuse_factors(n_in, n_out) != backend.get_valid_reuse_factors(n_in, n_out):
                    found[(name, "valid list differs")] += 1
                for rf in range(1, n_in * n_out + 1):
                    found[(name, "rfs")] += 1
                    if is_valid_reuse_factor(n_in, n_out, rf) != bool(
                        backend._validate_reuse_factor(n_in, n_out, rf)
                    ):
                        found[(name, "rule differs")] += 1
    return found


def fpgaprune_builds(kind, n_in, n_out, rf, strategy, io_type, backend, pruned):
    """(RF, strategy) of fpgaprune's design of the layer, or ("refused", message)."""
    from fpgaprune.core.design import LayerHls, Precisions, ReuseSetting, design_layers
    from fpgaprune.core.zoo import WeightLayer

    shape = (n_in, n_out) if kind == "dense" else (1, 1, n_in, n_out)
    layer = WeightLayer("w", kind, n_in, n_out, shape, *(() if kind == "dense" else (9, 9, 9)))
    setting = ReuseSetting("s", LayerHls(rf, strategy))
    try:
        per_layer = setting.resolve([layer], "sweep")
        (built,) = design_layers(
            [layer],
            per_layer,
            Precisions("ap_fixed<8,1>", "ap_fixed<8,1>"),
            io_type,
            pruned=pruned,
            backend=backend,
        )
    except ValueError as error:
        return "refused", str(error)
    return built.reuse_factor, built.strategy


def design_sweep(out: Path) -> tuple[Counter, list[str]]:
    """Sweep 2: counts by outcome, and one example line per kind of disagreement."""
    from tests.hls.test_reuse_factors import hls4ml_builds, hls4ml_layer  # the test's probes of hls4ml

    from fpgaprune.core.design import LayerHls, implemented_strategy
    from fpgaprune.hls.convert import HLS4ML_STRATEGIES as NAMES

    found, examples = Counter(), {}
    for backend in BACKENDS:
        for kind in KINDS:
            for io_type in IO_TYPES:
                layers = {s: hls4ml_layer(kind, backend, io_type, s, out) for s in HLS4ML_STRATEGIES}
                for n_in in N_IN:
                    for n_out in N_OUT:
                        top = n_in * n_out
                        rfs = {*range(1, 17), n_in - 1, n_in, n_in + 1, top - 2, top - 1, top}
                        for rf in sorted(r for r in rfs if 1 <= r <= top):
                            for strategy in ("latency", "resource"):
                                for pruned in (False, True):
                                    ours = fpgaprune_builds(
                                        kind, n_in, n_out, rf, strategy, io_type, backend, pruned
                                    )
                                    implemented = implemented_strategy(
                                        LayerHls(rf, strategy), kind, io_type, pruned, backend, top
                                    )
                                    asked = NAMES[implemented]
                                    theirs = hls4ml_builds(layers[asked], n_in, n_out, rf, asked)
                                    if ours[0] == "refused":
                                        outcome = (
                                            "refused, hls4ml changes it"
                                            if theirs[0] != rf
                                            else ("DISAGREE: refused, hls4ml builds it as asked")
                                        )
                                    elif ours == theirs:
                                        outcome = "same RF and strategy"
                                    else:
                                        outcome = "DISAGREE: accepted, hls4ml builds another"
                                    key = (backend, kind, io_type, strategy, pruned, outcome)
                                    found[key] += 1
                                    if outcome.startswith("DISAGREE") and key not in examples:
                                        examples[key] = (
                                            f"{backend} {kind} {io_type} {strategy} pruned={pruned} "
                                            f"{n_in}x{n_out} RF {rf}: fpgaprune {ours}, hls4ml {theirs}"
                                        )
    return found, list(examples.values())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the summary (markdown) here")
    args = parser.parse_args(argv)
    lines = ["# hls4ml 1.3 reuse factors against fpgaprune's (bench/hls4ml_reuse_sweep.py)", ""]
    rules = rule_sweep()
    lines += ["## 1. The rule (`_validate_reuse_factor`, `get_valid_reuse_factors`)", ""]
    for backend in BACKENDS:
        lines.append(
            f"- {backend}: {rules[(backend, 'sizes')]} sizes, {rules[(backend, 'rfs')]} RFs; valid lists "
            f"that differ: {rules[(backend, 'valid list differs')]}; RFs the rules judge differently: "
            f"{rules[(backend, 'rule differs')]}"
        )
    with tempfile.TemporaryDirectory() as tmp:
        designs, examples = design_sweep(Path(tmp))
    lines += ["", "## 2. The design against `init_dense` / `init_conv2d`", ""]
    lines += [
        "| backend | kind | io | setting strategy | pruned | outcome | cases |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += [f"| {' | '.join(map(str, key))} | {count} |" for key, count in sorted(designs.items())]
    lines += ["", "First case of each disagreement:", ""] + [f"- {line}" for line in examples or ["none"]]
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text)
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
