"""CPU time of hls4ml's C-simulation build (g++) per compiler flag set, and whether the logits stay identical.

For each design (LeNet-5 of config/config.yaml at its `paper` reuse setting, unpruned and pruned to
85 % zero weights in fc1/fc2 (the Resource_Unrolled code of a pruned design depends on its zeros), and
the digits MLP of config/test.yaml at RF 4; or a trained model file, `--model`), the hls4ml project is
written once, then for each flag set the pipeline's own `run_csim` builds it with hls4ml's CFLAGS
replaced (`hls.csim.build_flags`) and C-simulates the same inputs (random, or a dataset's x_test). The
CPU time is that of the g++ children (getrusage); the logits of every flag set are compared with
those of the first (hls4ml's default, -O3).

Writes results/bench/csim_build.csv and a Markdown table beside it.

Usage: .venv/bin/python bench/csim_build.py [--flags=-O3,-O1,-O0] [--samples 200]
       [--designs lenet5_paper_pruned --model trained/model.h5 --data results/data/fashion_mnist.npz]
"""

import argparse
import csv
import datetime
import io
import logging
import os
import platform
import resource
import tempfile
import time
from pathlib import Path

from fpgaprune.compat import keras  # noqa: F401  (first: Keras 2 for hls4ml)

import numpy as np

from fpgaprune.config import load_config
from fpgaprune.core.zoo import get_architecture
from fpgaprune.hls.convert import layer_strategies, prepare_model, write_project
from fpgaprune.hls.csim import run_csim
from fpgaprune.io import atomic_path
from fpgaprune.models.build import build_model
from fpgaprune.models.load import load_model_file

log = logging.getLogger("bench.csim_build")

ROOT = Path(__file__).resolve().parents[1]
DESIGNS = {  # name -> (config file, experiment, reuse setting, pruned)
    "lenet5_paper_baseline": ("config/config.yaml", "fmnist_lenet5", "paper", False),
    "lenet5_paper_pruned": ("config/config.yaml", "fmnist_lenet5", "paper", True),
    "digits_mlp_rf4_pruned": ("config/test.yaml", "digits_mlp", "4", True),
}
COLUMNS = (
    "design",
    "cflags",
    "gxx_cpu_s",
    "python_cpu_s",
    "wall_s",
    "logits_identical",
    "max_abs_diff",
    "n_samples",
)


def design_model(experiment, pruned: bool, seed: int = 0):
    """The experiment's architecture with seeded random weights; pruned: 85 % of fc1/fc2 set to zero."""
    rng = np.random.default_rng(seed)
    model = build_model(get_architecture(experiment.model), experiment.quantization)
    model.set_weights([rng.normal(0, 0.2, w.shape).astype(w.dtype) for w in model.get_weights()])
    if pruned:
        for name in ("fc1", "fc2"):
            kernel = model.get_layer(name).kernel
            kernel.assign(kernel.numpy() * (rng.random(kernel.shape) > 0.85))
    return model


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(
    name: str, flag_sets: list[str], n_samples: int, workdir: Path, model_file=None, data_file=None
) -> list[dict]:
    config_file, experiment_name, setting, pruned = DESIGNS[name]
    experiment = load_config(ROOT / config_file).experiment(experiment_name)
    model = design_model(experiment, pruned) if model_file is None else load_model_file(model_file)
    hls_input, _ = prepare_model(model)
    reuse = experiment.setting(setting).resolve(experiment.weight_layers, name)
    strategies = layer_strategies(model, reuse, experiment.hls.io_type, pruned, experiment.hls.backend)
    if data_file is None:
        x = np.random.default_rng(1).uniform(0, 1, (n_samples, *model.input_shape[1:]))
    else:
        with np.load(data_file) as arrays:
            x = arrays["x_test"][:n_samples]
    rows, reference = [], None
    for cflags in flag_sets:
        hls_model = write_project(hls_input, experiment.hls, strategies, workdir / name / "x")
        cpu, own_cpu, wall = children_cpu(), time.process_time(), time.perf_counter()
        _, logits, _ = run_csim(hls_model, x, cflags=f"{cflags} -fPIC")  # in place of hls4ml's -O3 -fPIC
        row = {
            "design": name if model_file is None else f"{name} ({model_file})",
            "cflags": cflags,
            "gxx_cpu_s": round(children_cpu() - cpu, 1),
            "python_cpu_s": round(time.process_time() - own_cpu, 1),
            "wall_s": round(time.perf_counter() - wall, 1),
            "n_samples": n_samples,
        }
        reference = logits if reference is None else reference
        row["logits_identical"] = bool(np.array_equal(logits, reference))
        row["max_abs_diff"] = float(np.max(np.abs(logits - reference)))
        log.info("%s", row)
        rows.append(row)
    return rows


def write(rows: list[dict], out: Path, load: str) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    with atomic_path(out) as tmp:
        tmp.write_text(buffer.getvalue())
    header = (
        "# hls4ml C-simulation build: g++ CPU time per flag set\n\n"
        f"Generated {datetime.date.today()} by `bench/csim_build.py` on {platform.node()} "
        f"({os.cpu_count()} cores shared with other jobs; 1-min load average {load}). "
        "gxx_cpu_s = user + system CPU seconds of hls4ml's build_lib.sh (g++); python_cpu_s = this "
        "process's CPU seconds in the same call (hls4ml rewriting the project, and the simulation "
        "itself, which runs in-process); logits compared with the first flag set's (bit for bit).\n\n"
    )
    table = "| " + " | ".join(COLUMNS) + " |\n|" + "---|" * len(COLUMNS) + "\n"
    table += "".join("| " + " | ".join(str(row[c]) for c in COLUMNS) + " |\n" for row in rows)
    with atomic_path(out.with_suffix(".md")) as tmp:
        tmp.write_text(header + table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--designs", nargs="+", choices=sorted(DESIGNS), default=list(DESIGNS))
    parser.add_argument(
        "--flags",
        default="-O3,-O1,-O0",
        help="comma-separated flag sets, the first the reference (give it as --flags=...)",
    )
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--model", type=Path, help="the design's trained model.h5 instead of random weights")
    parser.add_argument("--data", type=Path, help="a prepared dataset .npz whose x_test is simulated")
    parser.add_argument("--out", type=Path, default=Path("results/bench/csim_build.csv"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    rows, load_start = [], os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as workdir:
        for name in args.designs:
            rows += measure(name, args.flags.split(","), args.samples, Path(workdir), args.model, args.data)
            write(rows, args.out, f"{load_start:.1f} at start, {os.getloadavg()[0]:.1f} at the last design")


if __name__ == "__main__":
    main()
