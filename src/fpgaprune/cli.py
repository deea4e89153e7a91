"""The `fpgaprune` command line: argument parsing, file I/O and logging; no algorithms.

Each sub-command has an `_add_<name>` function that declares its arguments and a `_run_<name>`
function that does the work; heavy frameworks are imported inside the `_run_` functions so that
`fpgaprune --help` and the pure commands start fast. Errors a user can act on (ValueError,
FileNotFoundError) become one line on stderr and exit code 2; a run stopped by Ctrl-C or SIGTERM one line
saying so and whether a rerun resumes, exit code 128 + the signal's number.
"""

import argparse
import json
import logging
import os
import re
import signal
import sys
import threading
import time
import warnings
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from fpgaprune import __version__
from fpgaprune.core.selection.methods import METHOD_NAMES, PEER_METHOD

log = logging.getLogger("fpgaprune")
PACKAGE = Path(__file__).resolve().parent


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's flush at exit finds no closed pipe to report."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.log is not None and (line := _log_path_refusal(args)):
        print(f"fpgaprune {args.command}: error: {line}", file=sys.stderr)
        return 2
    try:
        console = _redirect_output(args.log, _prints_result(args)) if args.log is not None else sys.stderr
    except OSError as error:
        print(f"fpgaprune {args.command}: error: --log {_os_error_line(error)}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )
    _log_warnings()
    try:
        with _sigterm_as_interrupt():
            if getattr(args, "replaces_out_dir", False):
                _check_out_dir(args)
            summary = args.handler(args)
    except (ValueError, FileNotFoundError) as error:
        _tell(console, f"fpgaprune {args.command}: error: {error}")
        return 2
    except BrokenPipeError:  # `fpgaprune estimate ... --json | head`: the reader left, as a Unix tool ends
        _silence_stdout()
        return 128 + signal.SIGPIPE
    except OSError as error:  # a folder it may not write, a path through a file: the path and why, one line
        log.debug("%s", error, exc_info=True)
        _tell(console, f"fpgaprune {args.command}: error: {_os_error_line(error)}")
        return 2
    except KeyboardInterrupt as stop:
        signum = stop.signum if isinstance(stop, Terminated) else signal.SIGINT
        _tell(console, _stopped_line(args, signum))
        return 128 + signum
    if summary:
        _tell(console, summary)
    return 0


def _os_error_line(error: OSError) -> str:
    """An OSError as one line: the path, what is wrong with it and what to do."""
    if not error.filename:
        return str(error)
    path = Path(error.filename)
    if isinstance(error, (NotADirectoryError, FileExistsError)) and (path.is_file() or not path.exists()):
        found = next((p for p in [path, *path.parents] if p.is_file()), path)
        where = "" if found == path else f"{error.filename}: "
        return f"{where}{found} is a file where a folder is needed; move it or choose another path"
    if isinstance(error, PermissionError) and path.exists() and not os.access(path, os.R_OK):
        return f"{error.filename}: permission denied reading it; make it readable (chmod) or give a copy"
    if isinstance(error, PermissionError):
        return f"{error.filename}: permission denied; choose a place you may write to"
    return f"{error.filename}: {error.strerror or error}"


class Terminated(KeyboardInterrupt):
    """SIGTERM (a SLURM time limit or `scancel`, `kill`, `timeout`), raised as Ctrl-C's interruption is."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _raise_terminated(signum: int, _frame) -> None:
    raise Terminated(signum)


@contextmanager
def _sigterm_as_interrupt():
    """Within the block SIGTERM interrupts as Ctrl-C does, so that every `finally` runs: the temporary hls4ml
    projects are removed and the C simulation's child is stopped (Python's default ends the process at once,
    and a walk stopped by `timeout` left its trace project in /tmp). Signals reach the main thread only."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _stopped_line(args, signum: int) -> str:
    """One line for a run stopped by a signal: which, and what a rerun does (`optimize` and `prune` resume
    from their checkpoints)."""
    from fpgaprune.io import CHECKPOINT_IDENTITY

    how = "Ctrl-C" if signum == signal.SIGINT else signal.Signals(signum).name
    line = f"fpgaprune {args.command}: stopped by {how} before it finished"
    if getattr(args, "pruned_and_saved", False):  # optimize --hls, stopped in the hls4ml build after the walk
        return (
            f"{line}: the pruning is done and {args.out} holds the pruned model and its records, but no hls/ "
            "(the hls4ml project was being built); the same command run again builds it without pruning"
        )
    # the folder's path only: the run checked it at its start, and a stop is no time for new refusals
    checkpoints = {"optimize": _optimize_checkpoint_path, "prune": _prune_checkpoint_dir}.get(args.command)
    if checkpoints is None:
        return f"{line}; run it again"
    folder = checkpoints(args)
    if not folder.is_dir() or {entry.name for entry in folder.iterdir()} <= {CHECKPOINT_IDENTITY}:
        return (
            f"fpgaprune {args.command}: stopped by {how} before any pruning step was saved; the same command "
            "run again starts from the beginning"
        )
    return f"{line}; the same command run again resumes from the last accepted pruning step saved in {folder}"


def _log_warnings() -> None:
    """Python warnings become log lines (`logging.captureWarnings`); fpgaprune's own one line each, under
    the module that warns (they printed the file, line number and source line of the `warn` call)."""
    logging.captureWarnings(True)
    shown = warnings.showwarning
    if getattr(shown, "one_line", False):
        return

    def show(message, category, filename, lineno, file=None, line=None):
        module = _package_module(filename)
        if module is None:
            return shown(message, category, filename, lineno, file, line)
        logging.getLogger(module).warning("%s", message)

    show.one_line = True
    warnings.showwarning = show


def _package_module(filename: str) -> str | None:
    """The fpgaprune module of a source file ("fpgaprune.hls.run"), None for a file outside the package."""
    path = Path(filename).resolve()
    if PACKAGE not in path.parents:
        return None
    return ".".join(("fpgaprune", *path.relative_to(PACKAGE).with_suffix("").parts))


def _prints_result(args) -> bool:
    """Whether the command's result is what it prints on stdout (estimate's table, any `--json`)."""
    return getattr(args, "prints_result", False) or bool(getattr(args, "json", False))


def _log_path_refusal(args) -> str | None:
    """A line when --log names a file or folder another argument names or a folder the command writes holds:
    it is written from the start, so `--log model.h5` replaced the model with the log and then blamed the file
    (a review, 2026-12-07); a log inside --out went with the folder the result replaces."""
    log_path = args.log.resolve()
    for name, value in vars(args).items():
        for path in value if isinstance(value, list) else [value]:
            if name == "log" or not isinstance(path, Path):
                continue
            where, option = path.resolve(), f"--{name.replace('_', '-')}"
            if where == log_path:
                return f"--log {args.log} is the {option} path; give the log a file of its own"
            if name in ("out", "out_dir") and where in log_path.parents:
                replaced = "which the result replaces; give a file beside it"
                return f"--log {args.log} lies inside {option} {path}, {replaced}"
    return None


def _redirect_output(path: Path, keep_stdout: bool = False):
    """Send everything this process and its children write (Python, TensorFlow's C++ code, g++) to
    `path`, stdout too unless `keep_stdout` (the command's printed result: `--log` with `--json` left
    neither the pipe nor the log valid JSON); return a stream on the original stderr, for the one-line
    summary."""
    path.parent.mkdir(parents=True, exist_ok=True)
    console = os.fdopen(os.dup(sys.stderr.fileno()), "w", buffering=1)
    sys.stdout.flush()
    sys.stderr.flush()
    with open(path, "w") as file:
        if not keep_stdout:
            os.dup2(file.fileno(), sys.stdout.fileno())
        os.dup2(file.fileno(), sys.stderr.fileno())
    return console


def _tell(console, line: str) -> None:
    """A line for the user: on stderr, and also on the console when stderr goes to a log file."""
    print(line, file=sys.stderr, flush=True)
    if console is not sys.stderr:
        print(line, file=console, flush=True)


def _check_out_dir(args) -> None:
    """Refuse an output directory the command may not replace, before any work."""
    from fpgaprune.io import check_output_dir

    for out_dir in args.out_dir if isinstance(args.out_dir, list) else [args.out_dir]:
        check_output_dir(out_dir, _inputs(args))


def _inputs(args) -> list:
    return [getattr(args, name, None) for name in ("model", "data", "config", "prune_record")]


class _OneLineErrors(argparse.ArgumentParser):
    """argparse with its errors in one line, as fpgaprune's own (argparse printed the whole usage first: 20
    lines for `estimate-layer --output-pixels -5`, a review, 2026-12-07)."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = _OneLineErrors(
        prog="fpgaprune",
        description="Prune a Keras/QKeras network (a classifier, regression or autoencoder) so that its "
        "hls4ml design fits an FPGA resource budget, and estimate hls4ml designs' resources. Your own model "
        "and chip: fpgaprune optimize (docs/your-model.md); the pipeline's jobs: prepare-data, train, "
        "baseline, prune, hls, aggregate (README.md).",
        epilog="fpgaprune COMMAND --help describes each command.",
    )
    parser.add_argument("--version", action="version", version=f"fpgaprune {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    parser.add_argument(
        "--log",
        type=Path,
        default=None,
        help="write all output to this file; only a one-line summary (or error) goes to stderr, and a result "
        "the command prints (estimate's table, --json) to stdout",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in _COMMANDS:
        add(commands)
    for action in commands._choices_actions:  # `fpgaprune optimize --help` opened on its options alone
        command = commands.choices[action.dest]
        command.description = command.description or action.help
    return parser


def _add_prepare_data(commands) -> None:
    p = commands.add_parser(
        "prepare-data", help="read or download a dataset, split it, write .npz and provenance"
    )
    p.add_argument("dataset", help="fashion_mnist, jets, svhn or digits")
    p.add_argument("--out", type=Path, required=True, help="the .npz to write")
    p.add_argument("--provenance", type=Path, required=True, help="the .json provenance record to write")
    p.add_argument(
        "--data-home", type=Path, default=Path("resources/downloads"), help="download/cache directory"
    )
    p.add_argument("--seed", type=int, default=1)
    for split in ("train", "val", "test"):
        p.add_argument(
            f"--n-{split}", type=int, default=None, help=f"subsample the {split} split to this size"
        )
    p.set_defaults(handler=_run_prepare_data)


def _run_prepare_data(args) -> str:
    from fpgaprune.data import load_dataset, save_dataset

    dataset = load_dataset(
        args.dataset,
        data_home=args.data_home,
        seed=args.seed,
        n_train=args.n_train,
        n_val=args.n_val,
        n_test=args.n_test,
    )
    save_dataset(dataset, args.out, args.provenance)
    sizes = {split: len(getattr(dataset, f"y_{split}")) for split in ("train", "val", "test")}
    return f"prepare_data {args.dataset}: " + ", ".join(f"{split} {n}" for split, n in sizes.items())


def _add_experiment_arguments(p, design: bool = False) -> None:
    """The arguments of every job on an experiment (and, for a design, its reuse-factor setting)."""
    p.add_argument("--data", type=Path, required=True, help="prepared .npz from prepare-data")
    p.add_argument("--config", type=Path, required=True, help="the pipeline's config file (YAML or JSON)")
    p.add_argument("--experiment", required=True, help="the experiment's name in the config")
    if design:
        p.add_argument("--rf-setting", required=True, help="reuse-factor setting name of the experiment")


def _add_trust_argument(p) -> None:
    p.add_argument(
        "--trust-model-code",
        action="store_true",
        help="load a model file that holds code (Lambda layers, custom classes): trusted only",
    )


def _add_training_arguments(p) -> None:
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--threads", type=int, default=0, help="CPU threads for TensorFlow (0: all)")


def _add_train(commands) -> None:
    p = commands.add_parser("train", help="train an experiment's baseline model")
    _add_experiment_arguments(p)
    _add_training_arguments(p)
    p.add_argument("--out-dir", type=Path, required=True, help="writes model.h5, history.csv, metrics.json")
    p.set_defaults(handler=_run_train, replaces_out_dir=True)


def _run_train(args) -> str:
    import pandas as pd

    from fpgaprune.core.zoo import get_architecture
    from fpgaprune.data import load_prepared
    from fpgaprune.io import atomic_dir, read_json, write_json
    from fpgaprune.records import job_identity, output_checksums, training_summary

    start = time.perf_counter()
    experiment = _experiment(args)
    data = load_prepared(args.data)  # a bad file is refused before TensorFlow's import (seconds)
    from fpgaprune.models.build import build_model, save_model
    from fpgaprune.train import set_seed, set_threads, train_baseline

    set_threads(args.threads)
    set_seed(args.seed)
    model = build_model(get_architecture(experiment.model), experiment.quantization)
    rows, summary = train_baseline(model, data, experiment.training)
    with atomic_dir(args.out_dir, _inputs(args)) as out:
        save_model(model, out / "model.h5")
        pd.DataFrame(rows).to_csv(out / "history.csv", index=False)
        record = {
            **job_identity(experiment, "baseline"),
            **summary,
            "n_params": int(model.count_params()),
            "seed": args.seed,
            "data": read_json(args.data.with_suffix(".json")),
            "wall_s": time.perf_counter() - start,
            **output_checksums(out, ["model.h5"]),
        }
        write_json(out / "metrics.json", record)
    return training_summary(record)


def _add_prune(commands) -> None:
    p = commands.add_parser(
        "prune", help="prune a trained model with one method to one or more targets (one pass) or a budget"
    )
    p.add_argument("--model", type=Path, required=True, help="the trained baseline model.h5")
    _add_trust_argument(p)
    _add_experiment_arguments(p, design=True)
    p.add_argument("--method", required=True, help=", ".join(METHOD_NAMES))
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--target",
        type=float,
        nargs="+",
        help="shares of the baseline resources to remove; one pass writes each as it is reached",
    )
    group.add_argument(
        "--budget", help="absolute counts the design's weight layers may use: dsp=600,bram_18k=100"
    )
    group.add_argument(
        "--part",
        help="an FPGA part whose resources times --utilization budget the whole design (a pipeline "
        "experiment's fit:): the parts pruning cannot change, estimated, are reserved out of it first; the "
        "part must be hls.part's device",
    )
    p.add_argument(
        "--utilization",
        type=float,
        default=None,
        help="share of the part's resources to use, in (0, 1] (with --part; default: 1, the whole part)",
    )
    _add_training_arguments(p)
    p.add_argument(
        "--out-dir",
        type=Path,
        nargs="+",
        required=True,
        help="one folder per target, in the same order (one for --budget or --part): "
        "writes model.h5, masks.npz and metrics.json there",
    )
    p.add_argument(
        "--checkpoint-dir",
        type=Path,
        help="the job's checkpoints, so that a rerun of a pass redoes only targets not yet written and a "
        "rerun of a --budget or --part job resumes from its last accepted pruning step (default: the first "
        "out-dir's name + .checkpoint, beside it)",
    )
    p.set_defaults(handler=_run_prune, replaces_out_dir=True)


def _add_budget_arguments(p, required: bool) -> None:
    group = p.add_mutually_exclusive_group(required=required)
    group.add_argument("--target", type=float, help="share of the baseline resources to remove")
    group.add_argument(
        "--budget", help="absolute counts the design's weight layers may use: dsp=600,bram_18k=100"
    )


def _utilization(args) -> float:
    """--utilization, the whole part when not given (0 is given, and refused by `fit`: not the whole part)."""
    return 1.0 if args.utilization is None else args.utilization


def _budget(args):
    """(target, absolute counts or None, result folder name) of a job's --target, --budget or --part (the
    part's counts at --utilization, a `PartBudget`; its folder names them)."""
    from fpgaprune.core.budget import ResourceBudget, budget_folder, parse_budget

    if getattr(args, "part", None) is not None:
        from fpgaprune.core.devices import fit

        counts = fit(args.part, _utilization(args))
        return None, counts, budget_folder(ResourceBudget(absolute=counts))
    if args.budget is None:
        return args.target, None, None if args.target is None else budget_folder(ResourceBudget(args.target))
    parsed = parse_budget(args.budget)
    if parsed.share is not None:
        raise ValueError(f"--budget {args.budget}: give counts (dsp=600); a share removed is --target")
    return None, dict(parsed.absolute), budget_folder(parsed)


def _run_prune(args) -> str:
    from fpgaprune.core.selection.methods import PEER_METHOD, REGRESSION_PEER_REFUSAL, check_method

    check_method(args.method)
    _check_prune_folders(args)
    experiment = _experiment(args)
    if args.part is not None:  # before TensorFlow is imported and the model read (5 s for a small MLP)
        _check_part_device(args.part, experiment)
    from fpgaprune.io import read_json
    from fpgaprune.records import job_identity, pruning_summary, verify_recorded_file

    verify_recorded_file(args.model)
    prepared = _prepared_data(args, experiment)
    from fpgaprune.train import set_seed, set_threads

    set_threads(args.threads)  # before TensorFlow runs anything
    set_seed(args.seed)
    model, experiment, data = _model_and_data(args, experiment, prepared)
    if data.objective.is_regression and args.method == PEER_METHOD:
        raise ValueError(REGRESSION_PEER_REFUSAL)
    head = {**job_identity(experiment, args.method), "rf_setting": args.rf_setting, "seed": args.seed}
    if args.target is None:
        _prune_to_budget(args, model, data, experiment, head)
    else:
        _prune_pass(args, model, data, experiment, head)
    return "\n".join(pruning_summary(read_json(out / "metrics.json")) for out in args.out_dir)


def _check_prune_folders(args) -> None:
    given = len(args.target) if args.target is not None else 1
    if len(args.out_dir) != given or (args.target and len(set(args.target)) != len(args.target)):
        raise ValueError(
            f"prune: give distinct targets and one --out-dir per target, or one for --budget or --part "
            f"(got {given} {'targets' if args.target is not None else 'budget'}, {len(args.out_dir)} folders)"
        )
    if args.utilization is not None and args.part is None:
        raise ValueError("--utilization goes with --part")
    if args.part is not None:  # an unknown part or a utilization outside (0, 1]: one line before any work
        from fpgaprune.core.devices import part_counts

        part_counts(args.part, _utilization(args))
    _prune_checkpoint_dir(args)  # refused before any work


def _check_part_device(part: str, experiment) -> None:
    """A budget job's --part must be the device its design is costed and built for (`hls.part`): one line."""
    from fpgaprune.core.devices import check_same_device

    check_same_device(part, experiment.hls.part, f"--part {part}", "hls.part")


def _prune_to_budget(args, model, data, experiment, head) -> None:
    """One job for an absolute budget: one walk from the baseline to the budget. A part's budget (`--part`,
    a pipeline experiment's `fit:`) binds the whole design as `fpgaprune.optimize`'s does: the parts pruning
    cannot change are reserved out of it (`api.part_reserve`, estimated from the unpruned design's hls4ml
    project as `fpgaprune hls` writes it) before any training, and the weight layers get the rest.

    The walk keeps checkpoints (`pruning.passes.Checkpoints`, --checkpoint-dir, default the out-dir's name +
    .checkpoint beside it) keyed by the job's identity (`_prune_identity` and the budget as given): saved
    after every accepted step, so that a rerun of the job (killed by a SLURM time limit, say) resumes from
    its last accepted step and reaches the uninterrupted job's result (`pruning.run.prune_model`)."""
    from fpgaprune.core.budget import with_reserve
    from fpgaprune.core.selection.methods import PEER_METHOD
    from fpgaprune.pruning.passes import Checkpoints, write_design
    from fpgaprune.pruning.run import prune

    start = time.perf_counter()
    target, absolute, folder = _budget(args)
    given = {"absolute": dict(absolute)}
    if args.part is not None:
        given |= {"part": args.part, "utilization": args.utilization}
    layers = experiment.design(args.rf_setting, pruned=True)
    reserve = _fit_reserve(args, model, experiment, layers, absolute) if args.part is not None else None
    if reserve is not None:
        absolute = reserve["weight_layers"]
    _log_start(model, experiment, layers, absolute, args.method, reserved=reserve is not None)
    identity = {**_prune_identity(args, experiment, head), "budget": given}
    checkpoints = None
    if args.method != PEER_METHOD:  # hls4ml's own loop takes no counts (`prune` says so) and cannot resume
        checkpoints = Checkpoints(_prune_checkpoint_dir(args), identity)
    try:
        model, masks, record = prune(
            model,
            data,
            experiment,
            layers,
            args.method,
            target,
            args.rf_setting,
            budget=absolute,
            seed=args.seed,
            checkpoints=checkpoints,
            part=args.part,
        )
    except ValueError:  # refused before the walk (a budget below what must remain): no checkpoint folder left
        if checkpoints is not None:
            checkpoints.discard_unused()
        raise
    if reserve is not None:
        record["budget"] = with_reserve(record["budget"], reserve, record["estimate"]["totals"])
    record = {**head, "budget_folder": folder, **record, "wall_s": time.perf_counter() - start}
    write_design(args.out_dir[0], model, masks, record, _inputs(args))


def _log_start(model, experiment, layers, absolute, method: str, reserved: bool) -> None:
    """A budget job's log before its first training, as `fpgaprune optimize`'s: the unpruned weight layers'
    estimate against the counts and a warning for each count the method does not optimise that must fall
    (the pipeline's job on a part logged only the reserve, and ended over_budget on LUT unannounced)."""
    from fpgaprune.api import nothing_to_prune, start_line, unoptimised_cuts, weight_layer_totals
    from fpgaprune.core.budget import ResourceBudget

    baseline = weight_layer_totals(model, layers, experiment.cost_target)
    parsed = ResourceBudget(absolute=dict(absolute))
    log.info("%s", start_line(baseline, parsed, method, reserved=reserved))
    if (refusal := nothing_to_prune(baseline, parsed, method)) is not None:
        raise ValueError(refusal)
    for line in unoptimised_cuts(baseline, parsed, method):
        log.warning("%s", line)


def _fit_reserve(args, model, experiment, layers, budget) -> dict:
    """The reserve of a part's budget for the experiment's design (`api.part_reserve`), logged in one line.

    Raises:
        ValueError: one line when the reserve alone reaches a count of the part's budget (the part itself,
            its utilization and its device against hls.part's are checked before any work: `_run_prune`).
    """
    from fpgaprune.api import part_reserve, weight_layer_totals
    from fpgaprune.core.budget import reserve_line

    remedy = (
        "choose a larger part or change those parts (e.g. the hls precisions)",
        f"experiments.{experiment.name}.fit.utilization (--utilization)",
    )
    baseline = weight_layer_totals(model, layers, experiment.cost_target)
    reserve = part_reserve(model, experiment.hls_config, experiment, layers, baseline, budget, remedy)
    log.info("%s", reserve_line(reserve))
    return reserve


def _prune_pass(args, model, data, experiment, head) -> None:
    """One pass over every --target, resumable from --checkpoint-dir (`fpgaprune.pruning.passes`)."""
    from fpgaprune.pruning.passes import PassStore, prune_targets

    identity = {**_prune_identity(args, experiment, head), "targets": sorted(args.target)}
    checkpoint_dir = _prune_checkpoint_dir(args)
    store = PassStore(dict(zip(args.target, args.out_dir)), checkpoint_dir, identity, head, _inputs(args))
    prune_targets(
        model,
        data,
        experiment=experiment,
        layers=experiment.design(args.rf_setting, pruned=True),
        method_name=args.method,
        targets=args.target,
        store=store,
        seed=args.seed,
        setting=args.rf_setting,
    )


def _prune_identity(args, experiment, head) -> dict:
    """What every prune job's results depend on, for its checkpoints (a pass adds its targets, a budget job
    its budget): the records' head (experiment, method, seed, reuse setting, fpgaprune's and the stack's
    versions), the experiment's typed settings and the checksums of the baseline, the data and the hls4ml
    configuration file (whose per-layer types the settings do not hold). Of the settings only what the job's
    result depends on (`checkpoint_settings`: not the other reuse settings, methods, targets and budgets, nor
    synthesis and C simulation, nor the files' paths), so that a changed config that reruns the job keeps its
    checkpoints."""
    from fpgaprune.config.types import checkpoint_settings
    from fpgaprune.data.files import sha256_file

    identity = {
        **head,
        "experiment_config": checkpoint_settings(experiment, args.rf_setting),
        "baseline_sha256": sha256_file(args.model),
        "data_sha256": sha256_file(args.data),
    }
    if experiment.hls_config_file is not None:  # its per-layer types are not in experiment_config
        identity["hls_config_sha256"] = sha256_file(experiment.hls_config_file)
    return identity


def _prune_checkpoint_dir(args) -> Path:
    """A prune job's checkpoint folder: --checkpoint-dir, or the first --out-dir's name + .checkpoint beside
    it; refused (one line) when it is an --out-dir, lies inside one or holds one (each is replaced as a
    whole when it is written)."""
    first = args.out_dir[0]
    checkpoint_dir = args.checkpoint_dir or first.with_name(f"{first.name}.checkpoint")
    folder = checkpoint_dir.resolve()
    for out_dir in args.out_dir:
        out = out_dir.resolve()
        if folder == out or out in folder.parents or folder in out.parents:
            raise ValueError(
                f"--checkpoint-dir {checkpoint_dir}: is --out-dir {out_dir}, or lies inside it or holds it; "
                "give a folder beside it (the default is the first --out-dir's name + .checkpoint)"
            )
    return checkpoint_dir


def _experiment(args):
    """The job's `Experiment`, from the config file and the experiment's name."""
    from fpgaprune.config import load_config

    return load_config(args.config).experiment(args.experiment)


def _prepared_data(args, experiment):
    """A zoo model's prepared dataset (None for a model file's experiment), read before TensorFlow's import:
    a bad file is refused in seconds."""
    from fpgaprune.data import load_prepared

    return load_prepared(args.data) if experiment.model_file is None else None


def _model_and_data(args, experiment, prepared):
    """(model, experiment, dataset) of a job: the model by the safe loader; a zoo model with its `prepared`
    dataset (`_prepared_data`); a model file's experiment with the model's layers, and its data file's arrays
    checked against the model and judged on the model's objective, found as `optimize` finds it
    (`models.user.file_objective`: a classifier's accuracy, a regression's mse or mae)."""
    from fpgaprune.models.load import load_model_file

    trust = args.trust_model_code or experiment.trust_model_code
    model = load_model_file(args.model, trust_code=trust)
    if experiment.model_file is None:  # a zoo model on a pipeline dataset (the config takes no other pair)
        return model, experiment, prepared
    from fpgaprune.data.user import load_data_file
    from fpgaprune.models.user import experiment_with_model, file_objective, input_shapes

    objective = file_objective(experiment, model, args.data)
    experiment = experiment_with_model(experiment, model, classifier=objective.ends_in_probabilities)
    output_shape = tuple(model.output_shape[1:])
    data = load_data_file(args.data, input_shapes(model), output_shape[-1], objective, output_shape)
    return model, experiment, data


def _add_baseline(commands) -> None:
    p = commands.add_parser(
        "baseline", help="check a user's trained model file against its data and config; record its accuracy"
    )
    p.add_argument(
        "--model",
        type=Path,
        required=True,
        help="the user's trained model (.h5 or .keras, Keras 2 or 3; or a PyTorch network exported to .onnx)",
    )
    _add_trust_argument(p)
    _add_experiment_arguments(p)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--out-dir", type=Path, required=True, help="writes model.h5 and metrics.json")
    p.set_defaults(handler=_run_baseline, replaces_out_dir=True)


def _run_baseline(args) -> str:
    from fpgaprune.core.objective import CLASSIFIER
    from fpgaprune.data.files import sha256_file
    from fpgaprune.hls.convert import check_convertible
    from fpgaprune.io import atomic_dir, write_json
    from fpgaprune.models.build import save_model
    from fpgaprune.models.user import split_output_activation
    from fpgaprune.pruning.finetune import evaluate_quality
    from fpgaprune.records import job_identity, output_checksums, training_summary
    from fpgaprune.train import set_seed

    experiment = _experiment(args)
    prepared = _prepared_data(args, experiment)
    set_seed(args.seed)
    model, experiment, data = _model_and_data(args, experiment, prepared)
    if experiment.model_file is not None:  # a model file's inputs against its design's input type, once
        from fpgaprune.models.user import design_input_types, inputs_outside_lines

        for line in inputs_outside_lines(model, data.x_train, design_input_types(model, experiment)):
            log.warning("%s", line)
    objective = data.objective
    model = split_output_activation(model)  # saved so: the design's logits are its last weight layer's output
    check_convertible(model, classifier=objective.ends_in_probabilities)
    values = {
        objective.key(f"{split}_"): evaluate_quality(
            model, getattr(data, f"x_{split}"), getattr(data, f"y_{split}"), objective
        )
        for split in ("train", "val", "test")
    }
    quality = {}
    if objective != CLASSIFIER:  # as a regression's prune record (a regression's never called accuracy)
        quality = {
            "quality": {
                **objective.as_dict(),
                "split": "validation",
                "baseline": values[objective.key("val_")],
            }
        }
    with atomic_dir(args.out_dir, _inputs(args)) as out:
        save_model(model, out / "model.h5")
        record = {
            **job_identity(experiment, "baseline"),
            objective.key(): values.pop(objective.key("test_")),
            **values,
            **quality,
            "epochs_run": 0,
            "n_params": int(model.count_params()),
            "seed": args.seed,
            "source_model": {"path": str(args.model), "sha256": sha256_file(args.model)},
            "data": {"path": str(args.data), "sha256": sha256_file(args.data), **data.provenance},
            **output_checksums(out, ["model.h5"]),
        }
        write_json(out / "metrics.json", record)
    return training_summary(record).replace("train ", "baseline ", 1)


def _hls_version_help(from_project: bool) -> str:
    from fpgaprune.core.hardware.multipliers import DEFAULT_HLS_VERSION

    newest = " and ".join(f"{tool} {version}" for tool, version in DEFAULT_HLS_VERSION.items())
    where = "the one the project's csynth report or HLS log names, else " if from_project else ""
    return (
        "version of the HLS tool, e.g. 2021.1 (Vitis HLS before 2022.1 prices adds differently on 7-series "
        f"parts, docs/cost-model-record.md 2.3); default: {where}the newest the calibration has ({newest})"
    )


def _add_estimate(commands) -> None:
    p = commands.add_parser(
        "estimate",
        help="estimate the resources of an hls4ml project directory, or of a Keras model's with its hls4ml "
        "configuration (no Vivado)",
    )
    p.add_argument(
        "project_dir",
        type=Path,
        nargs="?",
        help="directory written by hls4ml's write(), or its firmware on its own (parameters.h, defines.h and "
        "the top function's .cpp; give --part); or give --model and --hls-config instead",
    )
    p.add_argument(
        "--model",
        type=Path,
        default=None,
        help="a trained Keras/QKeras model (.h5 or .keras, a PyTorch network exported to .onnx, or a .json "
        "architecture with --weights) whose hls4ml project is written to a temporary directory with "
        "--hls-config as it stands, and estimated",
    )
    p.add_argument("--weights", type=Path, default=None, help="the weights file of a --model .json")
    p.add_argument(
        "--hls-config",
        type=Path,
        default=None,
        help="the --model's hls4ml configuration (YAML or JSON; its IOType, Backend, Part, ClockPeriod and "
        "ClockUncertainty decide the project, fpgaprune's defaults what it leaves out: Vitis, "
        "xcu250-figd2104-2L-e, 5 ns, the backend's uncertainty)",
    )
    p.add_argument(
        "--trust-model-code", action="store_true", help="load a --model file that holds code (Lambda, custom)"
    )
    p.add_argument(
        "--hls-tool",
        choices=["vitis", "vivado"],
        default=None,
        help="the HLS tool that synthesises the project (default: the one --hls-version names, Vivado HLS "
        "until 2020.1 and Vitis HLS after, else the one its log or csynth report names, else its backend's; "
        "hls4ml's Vivado backend is built by Vivado HLS or Vitis HLS alike)",
    )
    p.add_argument("--hls-version", default=None, help=_hls_version_help(True))
    p.add_argument(
        "--part",
        default=None,
        help="the FPGA part to estimate for (default: the project's; firmware on its own names none)",
    )
    p.add_argument(
        "--clock", type=float, default=None, help="clock period in ns (default: the project's, else 5)"
    )
    p.add_argument(
        "--report",
        type=Path,
        default=None,
        help="a C-synthesis report (<top>_csynth.rpt) of the project to print beside the estimate (default: "
        "the one its HLS build left, <project>_prj/solution1/syn/report/, if any)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.set_defaults(handler=_run_estimate, prints_result=True)


def _target_note(target: dict) -> str:
    """What `estimate` costed the project for, and its latency at that clock (`glue.design_target`)."""
    from fpgaprune.core.hardware.multipliers import HLS_TOOL_NAMES

    tool = HLS_TOOL_NAMES[target["hls_tool"]]
    latency = f"{target['latency_ns']:,.2f}".rstrip("0").rstrip(".")  # 17,960 ns, not 1.796e+04
    return (
        f"estimated for {target['part']} at {target['clock_ns']:g} ns ({tool}): design latency {latency} ns "
        "(estimate)"
    )


def _version_note(version: dict) -> str:
    """Which HLS version `estimate` costed the project for and where it came from (`project.version_origin`).
    A project fpgaprune wrote names none, as no hls4ml project does before synthesis: the note said only
    "assumed: the project names none", as if fpgaprune had chosen a version and not recorded it."""
    from fpgaprune.core.hardware.multipliers import DEFAULT_HLS_VERSION, HLS_TOOL_NAMES, version_number

    number, tool = version["version"], HLS_TOOL_NAMES[version["tool"]]
    newest = DEFAULT_HLS_VERSION[version["tool"]]
    beyond = (
        f"; newer than the newest {tool} the cost model is calibrated on ({newest}), whose rules it is given"
        if version_number(number) > version_number(newest)
        else ""
    )
    if version["from"] == "given":
        return f"HLS version {number} ({tool}, estimated for{beyond})"
    if version["from"] == "project":
        return (
            f"HLS version {number} ({tool}, estimated for: named by the project's csynth report or HLS log"
            f"{beyond})"
        )
    if "project_version" in version:  # the tool given never had the version the project names
        return (
            f"HLS version {number} (assumed: the newest {tool} version the cost model is calibrated on; the "
            f"project's {version['project_version']} is no {tool} release; give --hls-version for yours)"
        )
    return (
        f"HLS version {number} (assumed: the newest {tool} version the cost model is calibrated on; "
        "the project names none, as hls4ml records no tool version and only a csynth report or HLS log names "
        "one, and fpgaprune prunes the designs it writes for this version too; give --hls-version for yours)"
    )


def _run_estimate(args) -> None:
    from fpgaprune.core.hls_config import is_clock_period

    if args.clock is not None and not is_clock_period(args.clock):
        raise ValueError(f"--clock {args.clock}: give the clock period in ns, a positive number")
    _check_estimate_inputs(args)
    if args.part is not None:  # before the model's project is written (it was refused after: a review)
        from fpgaprune.core.hardware.multipliers import Target

        Target(part=args.part)
    if args.model is None:
        _estimate_project(args, args.project_dir)
        return
    from fpgaprune.io import scratch_dir

    with scratch_dir("estimate") as folder:
        _estimate_project(args, _written_model_project(args, Path(folder) / "project"))


def _check_estimate_inputs(args) -> None:
    """One line, before any work, unless `estimate` is given a project directory or a model with its hls4ml
    configuration (and the files given exist)."""
    if (args.project_dir is None) == (args.model is None):
        raise ValueError(
            "give an hls4ml project directory or --model with --hls-config, one of them: "
            "fpgaprune estimate PROJECT_DIR, or fpgaprune estimate --model MODEL --hls-config HLS_CONFIG"
        )
    if args.model is None:
        model_options = {"--hls-config": args.hls_config, "--weights": args.weights}
        given = [option for option, value in model_options.items() if value is not None]
        if given or args.trust_model_code:
            option = given[0] if given else "--trust-model-code"
            raise ValueError(
                f"{option} goes with --model (a model whose project is written and estimated); a project "
                "directory is estimated from its own files"
            )
        return
    if args.hls_config is None:
        raise ValueError("--model needs --hls-config, the hls4ml configuration its project is written with")
    if args.report is not None:
        raise ValueError(
            "--report compares a project's csynth report with its estimate; a --model's project is written "
            "by this run, so give the directory the report's project was written to instead"
        )
    files = {"--model": args.model, "--weights": args.weights, "--hls-config": args.hls_config}
    for option, path in files.items():
        if path is not None and not path.exists():
            raise FileNotFoundError(f"{option} {path}: no such file")


def _written_model_project(args, project: Path) -> Path:
    """The --model's hls4ml project written to `project` with --hls-config as it stands
    (`convert.write_configured_project`; --part and --clock over the configuration's); a line says so."""
    from fpgaprune.config.load import HLS_CONFIG_WHAT, read_mapping_file
    from fpgaprune.core.hls_config import hls_settings

    hls_config = read_mapping_file(args.hls_config, HLS_CONFIG_WHAT)
    hls_settings(hls_config)  # a setting hls4ml cannot build: one line before TensorFlow and hls4ml load
    from fpgaprune.hls.convert import (
        project_settings_line,
        quantized_weights_line,
        softmax_table_lines,
        write_configured_project,
    )
    from fpgaprune.models.load import load_model_file
    from fpgaprune.models.user import split_output_activation

    model = load_model_file(args.model, trust_code=args.trust_model_code, weights=args.weights)
    settings = write_configured_project(model, hls_config, project, args.part, args.clock)
    print(
        f"note: the estimate is of the hls4ml project of {args.model.name} as hls4ml writes it with "
        f"{args.hls_config.name} ({project_settings_line(hls_config, settings, args.part, args.clock)}), "
        "written to a temporary directory",
        file=sys.stderr,
    )
    if quantized := quantized_weights_line(model):
        print(f"note: {quantized}", file=sys.stderr)
    split = split_output_activation(model)  # as optimize reads it: the softmax named as hls4ml names it
    for line in softmax_table_lines(split, hls_config):  # what `optimize --hls` writes otherwise
        print(f"note: not in this estimate, but in fpgaprune optimize's project: {line}", file=sys.stderr)
    return project


def _estimate_project(args, project_dir: Path) -> None:
    """`estimate`'s table (or --json) of the hls4ml project in `project_dir`."""
    from fpgaprune.core.hardware.glue import (
        errors_by_kind,
        estimate_bands,
        estimate_project_files,
        io_band,
        outside_layers,
    )
    from fpgaprune.core.hardware.project import project_target, read_project_files, target_settings

    files = read_project_files(project_dir, target_settings(args.part, args.clock))
    path, csynth, unread = _csynth_report(files, args.report)
    tool, version = args.hls_tool, args.hls_version
    if args.report is not None and tool is None and version is None:  # the report's, as a project's
        tool, version = _report_tool(csynth), csynth.version
    layers, result = estimate_project_files(files, tool, version)
    report = None if csynth is None else _report_beside(files, path, csynth)
    if report is not None:
        unread = _report_mismatches(report, project_target(files, tool, version))
        unread += _foreign_instances(files, csynth)
    result = {**result, "warnings": result["warnings"] + unread}
    for warning in _grouped_by_text(result["warnings"]):
        print(f"warning: {warning}", file=sys.stderr)
    print(f"note: {_version_note(result['hls_version'])}", file=sys.stderr)
    print(f"note: {_target_note(result['target'])}", file=sys.stderr)
    if args.json:
        beside = {"report": report} if report is not None else {}
        print(json.dumps({**result, **estimate_bands(layers, result), **beside}, indent=2))
        return
    rows = [
        (layer.name, layer.kind, layer.strategy, layer.reuse_factor, result["layers"][layer.name])
        for layer in layers
    ]
    # a layer with weights outside `layers` (GRU, LSTM) gets its own row; so does every other layer that
    # takes a DSP or BRAM or a substantial share of the design's LUT or FF (`_shown_alone`); the rest share
    # "other layers", whose kinds a note under the table names
    composed = {name: a for name, a in result["activations"].items() if "kind" in a}
    rows += [(name, a["kind"], a["strategy"], a["reuse_factor"], a) for name, a in composed.items()]
    kinds = _call_kinds(files.source)
    rest = {name: a for name, a in result["activations"].items() if name not in composed}
    alone = [name for name, a in rest.items() if _shown_alone(a, result["totals"])]
    rows += [(name, kinds.get(name, ""), "", "", _filled(rest[name])) for name in alone]
    others = [a for name, a in rest.items() if name not in alone]
    other_row = {key: sum(a.get(key, 0) for a in others) for key in ("dsp", "bram_18k", "lut", "ff")}
    other_row.update(latency_cycles=max((a["latency_cycles"] for a in others), default=0))
    other_row.update(ii=max((a["ii"] for a in others), default=0), source="estimate")
    memories = result["memories"]
    outside = {**outside_layers(result), "latency_cycles": 0, "ii": 0, "source": "estimate"}
    streams, tables = (sum(m["kind"] == kind for m in memories) for kind in ("fifo", "table"))
    label = f"{streams} streams+{tables} tables+glue"
    lumped = [(f"{len(others)} other layers", "", "", "", other_row)] if others else []
    extra = lumped + [(label, "", "", "", outside)]
    reported = [("csynth report", "", "", "", report["totals"])] if report is not None else []
    if report is not None:
        rows = _with_report_rows(rows, report)
    print(_estimate_table(rows + extra + [("total", "", "", "", result["totals"])] + reported))
    if others:
        print(_other_layers_note([name for name in rest if name not in alone], kinds))
    if report is not None:
        print(_report_line(result["totals"], report))
    print(_error_band_line(errors_by_kind(layers)))
    print(_error_band_line(io_band(layers), totals=True))


def _csynth_report(files, given: Path | None) -> tuple[Path | None, object, list[str]]:
    """(path, `reports.CsynthReport`, lines) of the C-synthesis report to print beside the estimate: `given`
    (`--report`; one line, before any work, when it is no such report), else the one an HLS build left in the
    project (`project.csynth_report_path`), None when there is none, and a line when it cannot be read (the
    estimate stands alone)."""
    from fpgaprune.core.hardware.project import csynth_report_path
    from fpgaprune.hls.reports import read_csynth_report

    if given is not None and not given.is_file():
        what = "a folder, not a file" if given.is_dir() else "no such file"
        raise FileNotFoundError(f"--report {given}: {what} (give a <top>_csynth.rpt)")
    path = given or csynth_report_path(files.root, files.name)
    if not path.is_file():
        return None, None, []
    try:
        return path, read_csynth_report(path), []
    except (ValueError, OSError) as error:
        if given is not None:
            raise ValueError(f"--report {str(error).splitlines()[0]}") from None
        return (
            None,
            None,
            [f"the csynth report is not read ({str(error).splitlines()[0]}): nothing is compared"],
        )


def _report_beside(files, path: Path, report) -> dict:
    """A C-synthesis report as printed beside the estimate: its top's totals (worst-case latency), its layers'
    instance rows (`reports.layer_rows`, by the top function's config numbers), tool, version, part, clock."""
    from fpgaprune.hls.reports import config_indices, layer_rows, report_totals

    return {
        "path": str(path),
        "tool": report.tool,
        "version": report.version,
        "part": report.part,
        "clock_ns": report.clock_target_ns,
        "totals": {**report_totals(report), "source": _report_tool(report)},
        "latency_cycles_range": list(report.latency_cycles),
        "layers": layer_rows(report, config_indices(files.source)),
    }


def _foreign_instances(files, report) -> list[str]:
    """A line when the report has instances of hls4ml config structs the project does not have (another
    design's report, compared without a word when part and clock matched: a review, 2026-12-07)."""
    texts = (files.source, files.parameters)
    have = {int(number) for text in texts for number in re.findall(r"config(\d+)\b", text)}
    foreign = sorted(
        {
            re.findall(r"(?:[a-z]+_)?config\d+", module.module)[-1]
            for module in report.modules
            if module.config_index not in have | {None}
        },
        key=lambda name: int(re.findall(r"\d+", name)[-1]),
    )
    if not foreign:
        return []
    shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
    line = f"the csynth report has instances of config structs this project does not have ({shown})"
    return [f"{line}: it may be another design's; compare with care"]


def _report_tool(report) -> str:
    """'vivado' or 'vitis', the tool a csynth report names (the source its numbers are tagged with)."""
    from fpgaprune.core.hardware.multipliers import HLS_TOOL_NAMES

    return next(tool for tool, name in HLS_TOOL_NAMES.items() if name == report.tool)


def _report_mismatches(report: dict, target) -> list[str]:
    """Lines saying the report is not of the design estimated: another device, clock, HLS tool or version
    (`--part`, `--clock`, `--hls-tool`, `--hls-version` or an edited project) than the estimate's `target`."""
    from fpgaprune.core.devices import device_name
    from fpgaprune.core.hardware.multipliers import HLS_TOOL_NAMES

    lines = []
    if device_name(target.part) != device_name(report["part"]):
        lines.append(f"the csynth report is of {report['part']}, the estimate of {target.part}")
    if abs(target.clock_ns - report["clock_ns"]) > 1e-6:
        lines.append(
            f"the csynth report is at a {report['clock_ns']:g} ns clock, the estimate at "
            f"{target.clock_ns:g} ns"
        )
    estimated = f"{HLS_TOOL_NAMES[target.hls_tool]} {target.version}"
    if estimated != f"{report['tool']} {report['version']}":
        lines.append(
            f"the csynth report is of {report['tool']} {report['version']}, the estimate for {estimated}"
        )
    return [f"{line}: compare with care" for line in lines]


def _with_report_rows(rows: list, report: dict) -> list:
    """The table's rows with, under each layer the report has an instance row of, that row (`  csynth`),
    tagged with the report's tool."""
    source = report["totals"]["source"]
    shown = []
    for row in rows:
        shown.append(row)
        if (found := report["layers"].get(row[0])) is not None:
            values = {key: "-" if value is None else value for key, value in found.items()}
            shown.append(("  csynth", "", "", "", {**values, "source": source}))
    return shown


def _report_line(totals: dict, report: dict) -> str:
    """The estimate's totals over the report's, a resource at a time, and the report compared with."""
    ratios = [
        f"{key} {totals[key] / report['totals'][key]:.2f}"
        if report["totals"][key]
        else f"{key} {totals[key]}/0"
        for key in ("dsp", "bram_18k", "lut", "ff")
    ]
    low, high = report["latency_cycles_range"]
    reported = f"{low}-{high}" if low != high else f"{high}"
    return (
        f"estimate / csynth report ({report['tool']} {report['version']}, {report['part']}): "
        f"{', '.join(ratios)}; latency {totals['latency_cycles']} against {reported} cycles "
        "(the report is C synthesis, not place and route)"
    )


# a layer without weights whose LUT or FF is at least this share of the design's gets a row of its own
ROW_SHARE = 0.1
_NNET_CALL = re.compile(r"nnet::(\w+)\s*<[^;]*;[ \t]*//[ \t]*(\S+)")


def _call_kinds(source: str) -> dict[str, str]:
    """{layer: nnet function} of the top function's calls that name their layer in a `// layer` comment."""
    return {name: function for function, name in _NNET_CALL.findall(source)}


def _shown_alone(values: dict, totals: dict) -> bool:
    """Whether a layer without weights gets its own row: it takes a DSP or BRAM, or at least `ROW_SHARE` of
    the design's LUT or FF."""
    if values.get("dsp", 0) > 0 or values.get("bram_18k", 0) > 0:
        return True
    return any(values.get(key, 0) >= ROW_SHARE * totals[key] > 0 for key in ("lut", "ff"))


def _filled(values: dict) -> dict:
    """`values` with 0 for the table's numbers it does not hold (a ReLU has no DSP entry)."""
    keys = ("dsp", "bram_18k", "lut", "ff", "latency_cycles", "ii")
    return {**{key: 0 for key in keys}, **values}


def _other_layers_note(names: list[str], kinds: dict[str, str]) -> str:
    """The line under the table that says what "other layers" holds and why they share a row."""
    counts: dict[str, int] = {}
    for name in names:
        kind = kinds.get(name, "unnamed call")
        counts[kind] = counts.get(kind, 0) + 1
    held = ", ".join(f"{count} {kind}" for kind, count in counts.items())
    return (
        f"other layers: {held}; each takes no DSP or BRAM and under {ROW_SHARE:.0%} of the design's LUT and "
        "FF (--json lists each)"
    )


def _grouped_by_text(warnings: list[str]) -> list[str]:
    """One line per warning text: "a, b: text" for layers a and b that share it (a network of 12 layers of one
    precision would otherwise print each warning 12 times); lines that name no layer pass unchanged."""
    layers_of = {}
    for line in warnings:
        name, sep, text = line.partition(": ")
        if not sep or " " in name:
            name, text = None, line
        layers_of.setdefault(text, []).append(name)
    return [
        f"{', '.join(n for n in names if n)}: {text}" if any(names) else text
        for text, names in layers_of.items()
    ]


def _add_estimate_layer(commands) -> None:
    p = commands.add_parser(
        "estimate-layer", help="estimate one Dense, Conv2D or Conv1D layer's resources (no Vivado)"
    )
    p.add_argument("--kind", choices=["dense", "conv2d", "conv1d"], required=True)
    p.add_argument(
        "--n-in", type=int, help="inputs (Dense), or kh*kw*channels (Conv2D) / kw*channels (Conv1D), optional"
    )
    p.add_argument("--n-out", type=int, help="outputs (Dense), or filters (Conv, optional)")
    p.add_argument(
        "--kernel", type=int, nargs="+", metavar="K", help="kernel size: KH KW (Conv2D), KW (Conv1D)"
    )
    p.add_argument("--channels", type=int, help="Conv input channels")
    p.add_argument("--filters", type=int, help="Conv filters")
    p.add_argument("--weight-precision", default="ap_fixed<16,6>", help="(default: %(default)s)")
    p.add_argument("--input-precision", default="ap_fixed<16,6>", help="(default: %(default)s)")
    p.add_argument(
        "--accum-precision",
        default="ap_fixed<16,6>",
        help="a type, or 'auto' (config_from_keras_model's default): the exact-sum type hls4ml 1.0-1.3 "
        "infers from the input, weight and bias types, the products per output and --max-precision, "
        "printed on stderr (default: %(default)s)",
    )
    p.add_argument(
        "--bias-precision",
        default="ap_fixed<16,6>",
        help="the bias type; only an 'auto' accumulator reads it (default: %(default)s, hls4ml's default "
        "precision, which an unquantized bias gets)",
    )
    p.add_argument(
        "--max-precision",
        default=None,
        help="hls4ml's Model 'Precision: maximum' (config_from_keras_model's max_precision), which caps an "
        "'auto' accumulator's width and integer bits (default: none)",
    )
    p.add_argument("--reuse-factor", type=int, default=1, help="(default: %(default)s)")
    p.add_argument(
        "--strategy",
        choices=["latency", "resource", "resource_unrolled"],
        default="latency",
        help="(default: %(default)s)",
    )
    p.add_argument(
        "--io-type",
        choices=["io_parallel", "io_stream"],
        default="io_parallel",
        help="(default: %(default)s)",
    )
    p.add_argument(
        "--output-pixels",
        type=_positive_int,
        default=None,
        help="Conv2D output pixels (out_h*out_w), Conv1D out_width (default: 1, said on stderr for a Conv)",
    )
    p.add_argument(
        "--input-pixels",
        type=_positive_int,
        default=None,
        help="Conv2D input pixels (in_h*in_w), Conv1D in_width, for io_stream (default: 1, said on stderr "
        "for an io_stream Conv)",
    )
    p.add_argument(
        "--part",
        default="xcvu13p-flga2577-2-e",
        help="FPGA part (7-series parts have 25x18 DSPs; default: %(default)s)",
    )
    p.add_argument(
        "--hls-tool",
        choices=["vitis", "vivado"],
        default=None,
        help="the HLS tool and hls4ml backend (Vitis io_stream Dense runs Resource_Unrolled rolled; default: "
        "the one --hls-version names, Vivado HLS until 2020.1 and Vitis HLS after, else vitis)",
    )
    p.add_argument("--clock", type=float, default=5.0, help="clock period in ns (default: %(default)s)")
    p.add_argument(
        "--clock-uncertainty",
        default=None,
        help="hls4ml's ClockUncertainty, the margin HLS keeps of each period: a share ('12.5%%') or ns "
        "(default: the tool's, Vivado HLS 12.5 %%, Vitis HLS 27 %%)",
    )
    p.add_argument("--hls-version", default=None, help=_hls_version_help(False))
    p.add_argument(
        "--weights",
        type=Path,
        help="a file of the layer's weights as hls4ml writes them (comma-separated values, e.g. a project's "
        "firmware/weights/w2.txt)",
    )
    p.add_argument(
        "--reads-model-input",
        action="store_true",
        help="io_parallel: the layer reads the model's input (a design's first layer), which hls4ml packs "
        "into one word the rolled Resource kernel indexes with shifters (more LUT; `fpgaprune estimate` of a "
        "project knows which layer that is); default: it reads another layer's output",
    )
    p.add_argument(
        "--input-word",
        type=_positive_int,
        default=0,
        metavar="VALUES",
        help="io_stream Dense: the input values in each word of the stream it reads (hls4ml streams a "
        "tensor in words of its last dimension: a Dense after a Flatten of an HxWxC image reads words of C "
        "values, one per pixel; `fpgaprune estimate` of a project knows them); default: the whole input in "
        "one word",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.set_defaults(handler=_run_estimate_layer, prints_result=True)


def _run_estimate_layer(args) -> None:
    from fpgaprune.core.hardware import Target, estimate_layer, kernel_from_hls_order, read_weights_file
    from fpgaprune.core.hardware.cost import partition_result_mux_warning
    from fpgaprune.core.hardware.glue import errors_by_kind
    from fpgaprune.core.hardware.layer import as_built, auto_accum_layer, too_large_line
    from fpgaprune.core.hardware.logic import (
        EXPECTED_ERROR,
        accumulator_mode_warning,
        input_mux_copies_warning,
        target_warnings,
        unchecked_kernel_warning,
        unroll_limit_warning,
    )
    from fpgaprune.core.hardware.multipliers import HLS_TOOL_NAMES, narrow_product_warning, tool_of_version
    from fpgaprune.core.hardware.project import clock_uncertainty

    args.hls_tool = args.hls_tool or tool_of_version(args.hls_version) or "vitis"
    margin = clock_uncertainty(args.clock_uncertainty, args.clock)  # one line when not below the period
    target = Target(
        part=args.part,
        hls_tool=args.hls_tool,
        clock_ns=args.clock,
        clock_uncertainty=margin,
        hls_version=args.hls_version,
    )
    for line in _one_pixel_notes(args):
        print(line, file=sys.stderr)
    args.output_pixels = args.output_pixels or 1
    args.input_pixels = args.input_pixels or 1
    asked, resolved = auto_accum_layer(
        args.kind,
        args.kind,
        args.n_in,
        args.n_out,
        args.kernel,
        args.channels,
        args.filters,
        bias_type=args.bias_precision,
        maximum=args.max_precision,
        reuse_factor=args.reuse_factor,
        strategy=args.strategy,
        io_type=args.io_type,
        weight_type=args.weight_precision,
        input_type=args.input_precision,
        accum_type=args.accum_precision,
        output_positions=args.output_pixels,
        input_positions=args.input_pixels,
    )
    if resolved:
        print(f"note: {asked.name}: {resolved}", file=sys.stderr)
    asked = replace(
        asked,
        input_packed=args.reads_model_input and args.io_type == "io_parallel",
        stream_input_pack=_stream_input_word(args),
    )
    layer = as_built(asked, args.hls_tool)
    if too_large := too_large_line(layer):
        raise ValueError(too_large)
    if layer != asked:
        print(
            f"note: hls4ml's {args.hls_tool} {args.io_type} {args.kind} runs the rolled Resource kernel, not "
            "Resource_Unrolled; estimated as built (pruned patterns save no DSP there)",
            file=sys.stderr,
        )
    for warning in (
        narrow_product_warning(layer.input_type, layer.weight_type),
        accumulator_mode_warning(layer.accum_type),
        input_mux_copies_warning(layer, args.hls_tool),
        partition_result_mux_warning(layer, args.hls_tool),
        unroll_limit_warning(layer, args.hls_tool),
        unchecked_kernel_warning(layer),
    ):
        if warning:
            print(f"warning: {layer.name}: {warning}", file=sys.stderr)
    kernel = None if args.weights is None else kernel_from_hls_order(layer, read_weights_file(args.weights))
    assumed = " (assumed; give --hls-version)" if args.hls_version is None else ""
    print(f"note: {HLS_TOOL_NAMES[args.hls_tool]} version {target.version}{assumed}", file=sys.stderr)
    for warning in target_warnings(target):
        print(f"warning: {warning}", file=sys.stderr)
    estimate = estimate_layer(layer, kernel, target)
    kinds = errors_by_kind([layer])
    if args.json:
        band = {"expected_error": EXPECTED_ERROR, "expected_error_by_kind": kinds}
        print(json.dumps({**estimate.as_dict(), **band}, indent=2))
    else:
        print(
            _estimate_table(
                [(layer.name, layer.kind, layer.strategy, layer.reuse_factor, estimate.as_dict())]
            )
        )
        print(_error_band_line(kinds))


def _positive_int(text: str) -> int:
    """argparse's type for a count that must be 1 or more (0 was taken as "not given")."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value}: give 1 or more")
    return value


def _stream_input_word(args) -> int:
    """`--input-word`: the values per word of an io_stream Dense's input stream, refused where it means
    nothing or cannot be (hls4ml's words split the input evenly); 0 when not given."""
    if not args.input_word:
        return 0
    if args.kind != "dense" or args.io_type != "io_stream":
        raise ValueError(
            f"--input-word is for an io_stream Dense (this is an {args.io_type} {args.kind}); leave it out"
        )
    if args.input_word < 0 or (args.n_in or 0) % args.input_word:
        raise ValueError(
            f"--input-word {args.input_word}: give a positive divisor of --n-in {args.n_in} (the last "
            "dimension of the tensor the Dense reads, e.g. the channels before a Flatten)"
        )
    return args.input_word


def _one_pixel_notes(args) -> list[str]:
    """A convolution costed as one pixel because its pixel counts were left out: its latency (and, io_stream,
    its line buffer) is one pixel's (a 3x3 Conv2D on a 6x6 image without them: latency 15 cycles instead of
    540), so stderr says so."""
    if args.kind == "dense":
        return []
    notes = []
    if args.output_pixels is None:
        notes.append("--output-pixels (out_h*out_w for a Conv2D, out_width for a Conv1D)")
    if args.input_pixels is None and args.io_type == "io_stream":
        notes.append("--input-pixels (in_h*in_w, in_width)")
    if not notes:
        return []
    grow = "the latency and the io_stream buffers grow with them"
    return [f"note: {args.kind}: {' and '.join(notes)} not given, taken as 1 (a 1-pixel image); {grow}"]


def _error_band_line(kinds: dict | None = None, totals: bool = False) -> str:
    """One line: the left-out band (per kind of layer present, else pooled) and the blind one (pooled)."""
    from fpgaprune.core.hardware.glue import DESIGN_EXPECTED_ERROR
    from fpgaprune.core.hardware.logic import EXPECTED_ERROR

    bands = DESIGN_EXPECTED_ERROR if totals else EXPECTED_ERROR
    keys = ("lut", "ff", "latency_cycles")
    if kinds:
        left_out = "; ".join(
            f"{kind} ({band['calibration']}): "
            + ", ".join(f"{key} {band[key]['median']:g}/{band[key]['p90']:g}" for key in keys)
            for kind, band in kinds.items()
        )
    else:
        left_out = ", ".join(f"{key} {bands[key]['median']:g}/{bands[key]['p90']:g}" for key in keys)
    heldout = ", ".join(
        f"{key} {bands[key]['heldout_median']:g}/{bands[key]['heldout_worst']:g}" for key in keys
    )
    what = "design totals" if totals else "per layer"
    return (
        f"expected error {what} (relative; latency in max(1 cycle, 10 %)), median/p90 over calibration "
        f"designs left out: {left_out}; median/worst on public designs outside the calibration: {heldout}"
    )


def _estimate_table(rows) -> str:
    """Plain-text table of estimates; every number in it is an estimate, as its last column says."""
    keys = ("dsp", "bram_18k", "lut", "ff", "latency_cycles", "ii")
    header = ("layer", "kind", "strategy", "rf", *keys, "source")
    lines = [header] + [
        (name, kind, strategy, str(rf), *(str(values[key]) for key in keys), values["source"])
        for name, kind, strategy, rf, values in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip() for line in lines
    )


def _add_hls(commands) -> None:
    p = commands.add_parser(
        "hls", help="hls4ml project, C simulation and source-tagged resources of one design"
    )
    p.add_argument("--model", type=Path, required=True, help="the baseline or pruned model.h5")
    _add_trust_argument(p)
    _add_experiment_arguments(p, design=True)
    p.add_argument("--method", default="baseline", help="pruning method of the model (baseline: unpruned)")
    _add_budget_arguments(p, required=False)
    p.add_argument(
        "--prune-record",
        type=Path,
        default=None,
        help="the prune job's metrics.json (skips unsupported ones; knapsack_rf: its chosen reuse factors)",
    )
    p.add_argument("--max-samples", type=int, default=None, help="simulate only the first N test samples")
    p.add_argument(
        "--synthesis", default=None, help="override hls.synthesis: auto, estimate, vivado, vitis or yosys"
    )
    p.add_argument("--out-dir", type=Path, required=True, help="the design's hls/ directory")
    p.set_defaults(handler=_run_hls, replaces_out_dir=True)


def _run_hls(args) -> str:
    from fpgaprune.io import read_json
    from fpgaprune.records import design_summary

    prune_record = read_json(args.prune_record) if args.prune_record is not None else {}
    target, _, folder = _budget(args)
    if prune_record.get("status") == "unsupported":
        from fpgaprune.hls.run import write_skipped

        write_skipped(args.out_dir, args.experiment, args.method, target, prune_record, args.rf_setting)
        return design_summary(
            read_json(args.out_dir / "hls_metrics.json"), read_json(args.out_dir / "resources.json")
        )
    from fpgaprune.core.objective import CLASSIFIER
    from fpgaprune.hls.run import DesignJob, build_design
    from fpgaprune.records import verify_recorded_file

    verify_recorded_file(args.model)
    experiment = _experiment(args)
    trust = args.trust_model_code or experiment.trust_model_code
    objective = CLASSIFIER
    if experiment.model_file is not None:
        from fpgaprune.models.load import load_model_file
        from fpgaprune.models.user import experiment_with_model, file_objective

        model = load_model_file(args.model, trust_code=trust)
        objective = file_objective(experiment, model, args.data)  # as its baseline_file and prune jobs
        experiment = experiment_with_model(experiment, model, classifier=objective.ends_in_probabilities)
    job = DesignJob(
        experiment,
        args.rf_setting,
        args.model,
        args.data,
        method=args.method,
        target=target,
        chosen=prune_record.get("design"),
        max_samples=args.max_samples,
        synthesis=args.synthesis,
        trust_code=trust,
        budget_folder=folder,
        objective=objective,
    )
    metrics, resources = build_design(job, args.out_dir)
    return design_summary(metrics, _check_written_project(args.out_dir, resources, prune_record))


def _check_written_project(out_dir: Path, resources: dict, prune_record: dict) -> dict:
    """A budget design's hls job logs the written project's whole estimate against the budget, as `optimize
    --hls` does: a part's (fit:) is recorded too (`_record_written_project`); counts (budgets:) bind the
    weight layers, and a count the whole project exceeds is warned about (a Conv1D classifier's job at
    lut=24000 wrote a project of LUT 30,938, estimate, and said nothing; optimize --hls warned)."""
    from fpgaprune.api import checked_project_estimate

    budget = prune_record.get("budget") or {}
    if budget.get("part"):  # the whole design is the written project's estimate (as optimize --hls)
        return _record_written_project(out_dir, resources, budget["part"])
    if budget.get("absolute"):
        weights = resources.get("by_source", {}).get("estimate", {}).get("total")
        checked_project_estimate(out_dir / "project", resources, budget["absolute"], weights=weights)
    return resources


def _record_written_project(out_dir: Path, resources: dict, part: dict) -> dict:
    """A `fit:` design's hls job: the written project's whole-design estimate against the part's counts
    (`core.budget.with_written_project`, as `optimize --part --hls` records it in metrics.json) goes into
    `resources.json` as `budget.part`, the prune job's record being that job's output; the report's status is
    over_budget when a count is exceeded (`report.records`). Logged, with a warning when over."""
    from fpgaprune.api import checked_project_estimate
    from fpgaprune.core.budget import with_written_project
    from fpgaprune.io import write_json

    project = checked_project_estimate(out_dir / "project", resources, part["chip"], whole=True)
    if project is None:  # no whole-design check: the report's note says so
        return resources
    resources = resources | {"budget": {"part": with_written_project(part, project)}}
    write_json(out_dir / "resources.json", resources)
    return resources


def _add_check_config(commands) -> None:
    p = commands.add_parser(
        "check-config",
        help="check pipeline config files as the workflow does, merged in order as Snakemake merges them",
        description="Check pipeline config files as the workflow does before any job, merged in order as "
        "`snakemake --configfile A B` merges them, and name the file and line of a YAML error (Snakemake "
        "reads the files first and names neither).",
    )
    p.add_argument("files", type=Path, nargs="+", help="config files (YAML or JSON), later ones winning")
    p.set_defaults(handler=_run_check_config)


def _run_check_config(args) -> str:
    from snakemake.utils import update_config

    from fpgaprune.config import load_config, read_config_file
    from fpgaprune.config.load import config_warnings

    merged: dict = {}
    for path in args.files:
        update_config(merged, read_config_file(path))
    config = load_config(merged)
    for line in config_warnings(merged, config):
        log.warning(line)
    from fpgaprune.data.user import check_experiment_files

    for name, experiment in config.experiments.items():  # as the workflow checks them before any job
        if experiment.model_file is not None:
            check_experiment_files(name, experiment)
    names = ", ".join(config.experiments)
    return (
        f"check-config: ok ({len(args.files)} file{'s' if len(args.files) > 1 else ''}): experiments {names}"
    )


def _add_aggregate(commands) -> None:
    p = commands.add_parser(
        "aggregate", help="gather every record into summary, resources, sparsity and headline tables"
    )
    p.add_argument(
        "records",
        type=Path,
        nargs="+",
        help="metrics.json, hls/resources.json and hls/hls_metrics.json files",
    )
    p.add_argument("--out-dir", type=Path, required=True, help="the tables directory (results/tables)")
    p.set_defaults(handler=_run_aggregate)


def _run_aggregate(args) -> str:
    from fpgaprune.report import aggregate

    summary = aggregate(args.records, args.out_dir)
    experiments = summary["experiment"].nunique()
    return f"aggregate: {len(summary)} designs of {experiments} experiments -> {args.out_dir}"


def _add_experiment_tables(commands) -> None:
    p = commands.add_parser(
        "experiment-tables", help="one experiment's designs table as CSV, Markdown, LaTeX and HTML"
    )
    p.add_argument("--summary", type=Path, required=True, help="summary.csv written by aggregate")
    p.add_argument("--experiment", required=True, help="experiment name")
    p.add_argument("--out-dir", type=Path, required=True, help="writes designs.{csv,md,tex,html} here")
    p.set_defaults(handler=_run_experiment_tables)


def _run_experiment_tables(args) -> None:
    from fpgaprune.report import write_experiment

    write_experiment(args.summary, args.experiment, args.out_dir)


def _add_plot(commands) -> None:
    p = commands.add_parser(
        "plot", help="one experiment's figures (accuracy vs DSP, reductions, sparsity) from the tables"
    )
    p.add_argument("--summary", type=Path, required=True, help="summary.csv written by aggregate")
    p.add_argument("--sparsity", type=Path, required=True, help="sparsity.csv written by aggregate")
    p.add_argument("--experiment", required=True, help="experiment name")
    p.add_argument(
        "--out-dir",
        type=Path,
        required=True,
        help="writes pareto, reduction_vs_rf and sparsity .png/.svg here",
    )
    p.set_defaults(handler=_run_plot)


def _run_plot(args) -> None:
    if not args.sparsity.is_file():
        raise FileNotFoundError(f"{args.sparsity}: no such file; write it with `fpgaprune aggregate` first")
    import pandas as pd

    from fpgaprune.report import read_summary
    from fpgaprune.report.plots import pareto_plot, reduction_plot, sparsity_heatmap
    from fpgaprune.report.tables import DESIGN_TABLE_COLUMNS, check_columns

    summary, sparsity = read_summary(args.summary), pd.read_csv(args.sparsity, dtype={"rf_setting": str})
    check_columns(summary, DESIGN_TABLE_COLUMNS, str(args.summary), "the figures")
    check_columns(sparsity, ("experiment", "design", "layer", "sparsity"), str(args.sparsity), "the figures")
    pareto_plot(summary, args.experiment, args.out_dir / "pareto")
    reduction_plot(summary, args.experiment, args.out_dir / "reduction_vs_rf")
    sparsity_heatmap(summary, sparsity, args.experiment, args.out_dir / "sparsity")


def _add_plot_knapsack(commands) -> None:
    p = commands.add_parser(
        "plot-knapsack", help="knapsack solve time against problem size, from the benchmark's CSV"
    )
    p.add_argument(
        "scaling", type=Path, help="results/bench/knapsack_scaling.csv (bench/knapsack_scaling.py)"
    )
    p.add_argument("--out-dir", type=Path, required=True, help="writes knapsack_scaling.png/.svg here")
    p.set_defaults(handler=_run_plot_knapsack)


def _run_plot_knapsack(args) -> None:
    if not args.scaling.is_file():
        raise FileNotFoundError(f"{args.scaling}: no such file; run bench/knapsack_scaling.py first")
    import pandas as pd

    from fpgaprune.report.plots import knapsack_scaling_plot

    knapsack_scaling_plot(pd.read_csv(args.scaling), args.out_dir / "knapsack_scaling")


def _one_or_per_output(choices: tuple[str, ...]):
    """An argparse type: one of `choices`, or `name=choice[,name=choice...]` (a model of several outputs'
    setting per output, as a dict by output name; each output once)."""

    def parse(text: str):
        if "=" not in text:
            pairs = [(None, text.strip())]
        else:
            parts = [part.split("=", 1) for part in text.split(",")]
            pairs = [(part[0].strip(), part[1].strip()) if len(part) == 2 else ("", "") for part in parts]
        names = [name for name, _ in pairs]
        for name, value in pairs:
            if value not in choices or name == "" or names.count(name) > 1:
                raise argparse.ArgumentTypeError(
                    f"{text!r}: give one of {', '.join(choices)}, or output=value pairs joined by commas, "
                    "each output once"
                )
        return pairs[0][1] if pairs[0][0] is None else dict(pairs)

    return parse


# The schema's defaults of optimize's options, shown in --help without reading the schema at every command
# (tests/api/test_progress_lines.py checks them against it); None on the command line takes the schema's.
SCHEMA_DEFAULTS_SHOWN = {"epochs_per_step": 2, "rtol": 0.99, "seed": 1}


def _schema_keys(section: str) -> list[str]:
    """The keys of an experiment's `section` in the packaged schema: --help named only the repository's
    config/README.md, which an installed package does not have (a review, 2026-12-07)."""
    from fpgaprune.config import schema

    experiment = schema()["properties"]["experiments"]["additionalProperties"]
    return list(experiment["properties"][section]["properties"])


def _add_optimize(commands) -> None:
    p = commands.add_parser(
        "optimize", help="prune your own Keras/QKeras model to a resource budget of its hls4ml design"
    )
    p.add_argument(
        "--model",
        type=Path,
        required=True,
        help="the trained model (.h5 or .keras, Keras 2 or 3; a PyTorch network exported to .onnx), or its "
        "Keras 2 architecture as .json (with --weights)",
    )
    p.add_argument(
        "--weights",
        type=Path,
        help="the weights file of a --model .json (model.save_weights; hls4ml's KerasJson and KerasH5 pair)",
    )
    p.add_argument(
        "--data",
        type=Path,
        required=True,
        help=".npz with x_train, y_train, x_val, y_val (optionally x_test, y_test, class_names; an "
        "autoencoder's without any y_*: the targets are the inputs; a model of several inputs: "
        "x_train/<input name> for each input, and so for x_val and x_test)",
    )
    p.add_argument(
        "--hls-config", type=Path, required=True, help="the model's hls4ml configuration (YAML or JSON)"
    )
    p.add_argument(
        "--task",
        type=_one_or_per_output(("classification", "regression")),
        default=None,
        help="what the model does (default: a model ending in a softmax, or in one sigmoid output with "
        "targets 0 and 1, is a classifier; one ending in neither is a classifier of its logits with class "
        "labels (for one output: integers 0 and 1), a regression with float targets of its output's shape "
        "or none; anything else is refused; classification with neither: a classifier of its logits); a "
        "model of several outputs: one for all, or per output, e.g. pt=regression",
    )
    p.add_argument(
        "--metric",
        type=_one_or_per_output(("accuracy", "mse", "mae")),
        default=None,
        help="what a pruning step is judged on: accuracy (a classifier), mse or mae (a regression: lower is "
        "better, also its fine-tuning loss; default mse); a model of several outputs: one for all, or per "
        "output, e.g. pt=mae,eta=mse (the outputs not named inferred)",
    )
    budget = p.add_mutually_exclusive_group(required=True)
    budget.add_argument(
        "--budget",
        help="absolute counts of all weight layers (dsp=1500,bram_18k=300) or a share removed (dsp=0.9)",
    )
    budget.add_argument(
        "--part",
        help="an FPGA part whose resources times --utilization budget the whole design (the parts pruning "
        "cannot change, estimated, are reserved out of it first)",
    )
    p.add_argument(
        "--utilization",
        type=float,
        default=None,
        help="share of the part's resources to use, in (0, 1] (with --part; default: 1, the whole part)",
    )
    p.add_argument(
        "--method",
        default=None,
        help="knapsack_dsp, knapsack_dsp_bram, knapsack_rf (reuse factors chosen too), knapsack_lut (a LUT "
        "budget, for designs whose products are LUTs), magnitude, structured, hls4ml_dsp_aware "
        "(hls4ml's own pruning; these three take shares only) (default: knapsack_dsp_bram; with --latency "
        "knapsack_rf)",
    )
    p.add_argument(
        "--latency",
        default=None,
        help="the whole design's latency budget, e.g. 2us, 500ns or 400cycles (estimate; a time in whole "
        "cycles of the hls4ml configuration's clock): knapsack_rf chooses the reuse factors within it "
        "(default: no more latency than the configuration's design)",
    )
    shown = SCHEMA_DEFAULTS_SHOWN
    p.add_argument(
        "--epochs-per-step",
        type=int,
        default=None,
        help="fine-tuning epochs per pruning step (default: pruning.epochs_per_step, "
        f"{shown['epochs_per_step']})",
    )
    p.add_argument(
        "--rtol",
        type=float,
        default=None,
        help="accept a step when validation accuracy >= rtol x the unpruned model's (a regression: "
        f"validation loss <= the unpruned model's / rtol) (default: pruning.rtol, {shown['rtol']})",
    )
    p.add_argument("--seed", type=int, default=None, help=f"random seed (default: seed, {shown['seed']})")
    for section, example in (
        ("pruning", "'{max_failures: 4, schedule: {kind: constant, step: 0.1}}'"),
        ("training", "'{batch_size: 64}'"),
    ):
        p.add_argument(
            f"--{section}",
            default=None,
            help=f"any {section} settings as a YAML mapping in the config file's form, e.g. {example}; keys: "
            f"{', '.join(_schema_keys(section))} (each described in fpgaprune's config/README.md)",
        )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        help="writes model.h5, masks.npz, metrics.json, resources.json (and model.onnx for an .onnx --model)",
    )
    p.add_argument(
        "--checkpoint-dir",
        type=Path,
        help="the run's checkpoints, so that a rerun resumes from the last accepted pruning step and a "
        "finished run is not redone (default: the --out folder's name + .checkpoint, beside it)",
    )
    p.add_argument(
        "--hls", action="store_true", help="also build the hls4ml project and C-simulate it (hls/)"
    )
    p.add_argument(
        "--csim-samples",
        type=int,
        default=None,
        help="with --hls: C-simulate only the first N samples of the test split (default: all of it; else "
        "of the validation split)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object with the outcome")
    p.add_argument(
        "--trust-model-code", action="store_true", help="load a model file that holds code (Lambda, custom)"
    )
    p.set_defaults(handler=_run_optimize)


def _run_optimize(args) -> None:
    from fpgaprune.io import check_output_dir, check_outside_checkpoints, exclusive_outputs

    check_output_dir(args.out, [args.model, args.weights, args.data, args.hls_config])  # before any work
    check_outside_checkpoints(args.out)
    checkpoint_dir = _optimize_checkpoint_dir(args)
    with exclusive_outputs(args.out, checkpoint_dir):  # two runs into one --out: the loser failed at the end
        _optimize_alone(args, checkpoint_dir)


def _warn_configured_wrapping(model, hls_config: dict, x_val) -> None:
    """Before the pruning, the layers of the design as configured whose Keras values on the validation data
    leave a type that wraps (`hls.run.configured_wrapping`): each one warning (`csim.log_wrapping`), after one
    saying that they are found before the pruning. The model's inputs are left to `optimize`'s own warning
    (`core.hls_config.inputs_outside_line`, on the training data). A model hls4ml converts only as the
    written design converts it (`convert.user_config`) is not checked here (one INFO line); its C simulation
    checks it."""
    from fpgaprune.data.dataset import n_samples
    from fpgaprune.hls.csim import log_wrapping
    from fpgaprune.hls.run import WRAPPING_SAMPLES, configured_wrapping, inputs_in_order

    try:
        found = configured_wrapping(model, hls_config, x_val)
    except ValueError as error:  # the written design's own conversion decides; the C simulation checks it
        log.info("no check of the types before the pruning: %s", error)
        return
    if rows := [row for row in found if row["layer"] not in set(model.input_names)]:
        log.warning(
            "before the pruning, the hls4ml design as configured wraps on the validation data (its first %d "
            "samples) in %d place(s), named below; its C simulation after the pruning will differ from Keras "
            "there unless the pruned model's values shrink: widen the types now",
            min(n_samples(inputs_in_order(model, x_val)), WRAPPING_SAMPLES),
            len(rows),
        )
        log_wrapping(rows)


def _optimize_alone(args, checkpoint_dir: Path) -> None:
    """`_run_optimize` with its --out and checkpoint folder its own."""
    from fpgaprune.config.load import HLS_CONFIG_WHAT, read_mapping_file, yaml_mapping
    from fpgaprune.core.budget import parse_budget
    from fpgaprune.core.devices import fit
    from fpgaprune.core.hls_config import hls_settings

    if args.part is None and args.utilization is not None:
        raise ValueError("--utilization goes with --part")
    if args.csim_samples is not None and not args.hls:  # was "give a positive count" for 100 (a review)
        raise ValueError(f"--csim-samples {args.csim_samples} goes with --hls (its C simulation)")
    if args.csim_samples is not None and args.csim_samples < 1:
        raise ValueError(f"--csim-samples {args.csim_samples}: give a positive count")
    budget = fit(args.part, _utilization(args)) if args.part else args.budget
    parse_budget(budget)
    settings = {
        section: yaml_mapping(
            text, f"--{section} {text!r}", f"{section} settings as config/README.md has them"
        )
        for section in ("pruning", "training")
        if (text := getattr(args, section)) is not None
    }
    hls_config = read_mapping_file(args.hls_config, HLS_CONFIG_WHAT)
    hls_settings(hls_config)  # a setting hls4ml cannot build: one line before TensorFlow loads
    if args.part:
        check_budget_part(args.part, hls_config)
    from fpgaprune.api import optimize, tasks_by_output
    from fpgaprune.data.user import read_data_file

    arrays = read_data_file(args.data, targets_optional=True)
    if args.hls:
        from fpgaprune.hls.convert import check_convertible
        from fpgaprune.hls.csim import csim_unavailable
        from fpgaprune.models.load import load_model_file
        from fpgaprune.models.user import (
            ends_in_class_probabilities,
            joined_model,
            output_names,
            split_output_activation,
        )

        given = load_model_file(args.model, trust_code=args.trust_model_code, weights=args.weights)
        if len(given.outputs) > 1:  # checked as optimize prunes it, its outputs joined
            check_convertible(joined_model(split_output_activation(given)), classifier=False)
        else:  # a task given by output name (or its weight layer's): this output's
            task = tasks_by_output(given, args.task)[output_names(given)[0]]
            probabilities = task != "regression" and ends_in_class_probabilities(given)
            check_convertible(split_output_activation(given), classifier=probabilities)
        _warn_configured_wrapping(split_output_activation(given), hls_config, arrays["x_val"])
        if line := _unused_project_keys_line(hls_config, args.out / "hls" / "project"):
            log.warning("%s", line)
        if missing := csim_unavailable():  # said now, not after the pruning
            log.warning("--hls writes the hls4ml project and its estimate but no C simulation: %s", missing)
    pairs = {
        split: (arrays[f"x_{split}"], arrays[f"y_{split}"]) if f"x_{split}" in arrays else None
        for split in ("train", "val", "test")
    }
    result = optimize(
        args.model,
        pairs["train"],
        pairs["val"],
        pairs["test"],
        hls_config=hls_config,
        budget=budget,
        method=args.method,
        latency=args.latency,
        epochs_per_step=args.epochs_per_step,
        rtol=args.rtol,
        seed=args.seed,
        task=args.task,
        metric=args.metric,
        trust_code=args.trust_model_code,
        weights=args.weights,
        **settings,
        name=args.model.stem,
        data_file=str(args.data),
        checkpoint_dir=checkpoint_dir,
        class_names=arrays.get("class_names"),  # checked against the model's outputs, recorded
    )
    summary = _written_before(args, checkpoint_dir) if result.complete_before else None
    complete = summary is not None
    if not complete:
        summary = _write_optimized(args, result, hls_config)
        _record_written(args, checkpoint_dir, summary)
    else:
        log.info("complete: %s holds this run's result; nothing is redone", args.out)
    if args.json:
        print(json.dumps(summary, default=float))
    objective = result.objective
    log.info(
        "%s, validation %s %s%s%s; %s %s",
        outcome_line(summary, args.hls, share=result.metrics.get("target")),
        objective.metric,
        f"{summary[objective.key('val_')]:.4{'g' if objective.is_regression else 'f'}}",
        _outputs_shown(summary.get("outputs")),
        stopped_why(result.metrics, result.status, result.experiment.pruning.rtol),
        "in" if complete else "wrote",
        args.out,
    )


def _unused_project_keys_line(hls_config: dict, project: Path) -> str | None:
    """The warning for the configuration's ProjectName and OutputDir, which --hls does not take: it writes
    myproject into --out (they were ignored without a word, a review, 2026-12-07)."""
    from fpgaprune.hls.convert import PROJECT_NAME

    given = {key: hls_config[key] for key in ("ProjectName", "OutputDir") if key in hls_config}
    if given.get("ProjectName") == PROJECT_NAME:
        given.pop("ProjectName")
    if not given:
        return None
    shown = ", ".join(f"{key} {value}" for key, value in given.items())
    verb = "is" if len(given) == 1 else "are"
    return f"hls_config's {shown} {verb} not used: --hls writes {PROJECT_NAME} into {project}"


def _outputs_shown(outputs: dict | None) -> str:
    """A model of several outputs' validation values in the last line, each with its unpruned model's."""
    if not outputs:
        return ""
    shown = ", ".join(
        f"{name} {values['metric']} {values['val']:.4g} (unpruned {values['reference_val']:.4g})"
        for name, values in outputs.items()
    )
    return f": {shown}"


def outcome_line(summary: dict, hls: bool, share: float | None = None) -> str:
    """optimize's last line, from its summary (`--json`'s object): the status, the estimate the budget binds
    (the weight layers, or with a part the whole design), the budget in the order DSP, BRAM_18K, LUT, FF
    and every count over it (a resumed run printed the budget in alphabetical order, and an over_budget
    run left the reader to find which of four counts was over). `share`: the share removed that was asked
    (`metrics.json`'s `target`), whose counts the budget is: a count above them is the target not reached
    (a share's run that stops short is target_not_reached, not over_budget, and said "(over: ...)")."""
    from fpgaprune.core.budget import latency_text

    resources = ("dsp", "bram_18k", "lut", "ff")
    if "whole_design" in summary:  # a part's budget binds the whole design, the reserve included
        bound, reserved = summary["whole_design"], summary["reserved"]
        counted = "estimate, whole design: weight layers " + ", ".join(
            f"{summary[r]:,.0f}" for r in resources
        )
        if hls:
            counted += " in the written hls4ml project"
        else:
            counted += " + reserved " + ", ".join(f"{reserved[r]:,.0f}" for r in resources)
    else:
        bound, counted = summary, "estimate, weight layers"
    used = ", ".join(f"{r.upper()} {bound[r]:,.0f}" for r in resources)
    budget = summary["budget"]
    budget_text = ", ".join(f"{r.upper()} {budget[r]:,.0f}" for r in resources if r in budget)
    over = [
        f"{r.upper()} {bound[r]:,.0f} > {budget[r]:,.0f}"
        for r in resources
        if bound[r] > budget.get(r, bound[r])
    ]
    head = f"{summary['status']}: {used} ({counted})"
    if latency := summary.get("latency_budget"):  # the design's latency estimate against `--latency`
        head += f", design latency {latency['design_estimate']:,.0f} cycles (estimate, whole design)"
        budget_text += f", latency {latency_text(latency['given'], latency['cycles'])}"
        if not latency["met"]:
            over.append(f"latency {latency['design_estimate']:,.0f} > {latency['cycles']:,} cycles")
    below = _below_bar_text(summary)
    if share is None:
        over_text = f" (over: {', '.join(over)})" if over else ""
        return f"{head}, budget {budget_text}{over_text}{below}"
    if not budget_text:  # no hardware counts: magnitude/structured budget weights or neurons, hls4ml's own
        # loop records none, and a summary from before they were recorded without a selection
        reached = summary.get("reached_target")
        how_far = (
            "no step accepted" if reached == 0 else f"reached {reached:g}" if reached is not None else ""
        )
        target = f"target {share:g} removed ({how_far or 'no counts'})"
        return f"{head}, {target}{below}"
    label = "not reached" if summary["status"] == "target_not_reached" else "over"
    short_text = f" ({label}: {', '.join(over)})" if over else ""
    if summary.get("reached_target") == 0 and summary.get("method") != PEER_METHOD:  # no step: none removed
        short_text = f" (not reached: no step accepted{'; ' if over else ''}{', '.join(over)})"
    shared = f"budget (a share of {share:g} removed): {budget_text}"
    return f"{head}, {shared}{short_text}{below}"


def _below_bar_text(summary: dict) -> str:
    """What `outcome_line` adds when the model kept is below the accuracy bar (`rtol_bar`), which alone
    makes a run within its budget `target_not_reached`."""
    bar = summary.get("rtol_bar")
    if not bar or bar["met"]:
        return ""
    name = summary.get("metric", "accuracy")
    return f" (below the bar: validation {name} {bar['validation']:.4g}, rtol asks {bar['needed']:.4g})"


def _optimize_checkpoint_dir(args) -> Path:
    """optimize's checkpoint folder: --checkpoint-dir, or --out's name + .checkpoint beside it; refused (one
    line, before any work) when it is --out or lies inside it or holds it (--out is replaced as a whole)."""
    from fpgaprune.io import check_writable_location

    checkpoint_dir = _optimize_checkpoint_path(args)
    out, folder = args.out.resolve(), checkpoint_dir.resolve()
    if folder == out or out in folder.parents or folder in out.parents:
        raise ValueError(
            f"--checkpoint-dir {checkpoint_dir}: is --out {args.out}, or lies inside it or holds it; give a "
            "folder beside it (the default is --out's name + .checkpoint)"
        )
    check_writable_location(checkpoint_dir, "--checkpoint-dir ")
    return checkpoint_dir


def _optimize_checkpoint_path(args) -> Path:
    """optimize's checkpoint folder, given or by default (--out's name + .checkpoint beside it), unchecked."""
    return args.checkpoint_dir or args.out.with_name(f"{args.out.name}.checkpoint")


def _write_optimized(args, result, hls_config) -> dict:
    """Save the result into --out and, with --hls, build and C-simulate its hls4ml project there
    (`OptimizeResult.build_hls`); the summary (--json's object)."""
    earlier = args.out / "hls"
    if not args.hls and (earlier / "hls_metrics.json").is_file():  # it went without a word (a review)
        log.warning("%s holds an earlier run's hls4ml project, which this run (no --hls) replaces", earlier)
    result.save(args.out)
    args.pruned_and_saved = True  # a signal from here on stops the hls4ml build only (`_stopped_line`)
    summary = result.build_hls(args.out, args.csim_samples) if args.hls else result.summary()
    _warn_part_overflow(hls_config, summary)
    return summary


def _warn_part_overflow(hls_config: dict, summary: dict) -> None:
    """A warning when a run without a part's budget ends in a design its configuration's `Part` cannot hold
    (`devices.overflow_line`): the whole written project's estimate with --hls, else the weight layers'."""
    from fpgaprune.core.devices import overflow_line

    part = hls_config.get("Part")
    if not part or "whole_design" in summary:  # a part's budget says it itself
        return
    project = (summary.get("hls") or {}).get("project_estimate")
    counted = "estimate, whole project" if project else "estimate, weight layers"
    totals = project or summary
    if line := overflow_line(str(part), totals, counted):
        log.warning("%s", line)


# what `fpgaprune optimize` writes into --out, checked by a rerun of a finished run (with --hls also these)
_OPTIMIZE_OUTPUTS = ("model.h5", "masks.npz", "metrics.json", "resources.json")
_HLS_OUTPUTS = ("hls/hls_metrics.json", "hls/resources.json")


def _record_written(args, checkpoint_dir: Path, summary: dict) -> None:
    """Note in the checkpoints what this run wrote (`out.json`): --out, the --hls options, the files'
    checksums (the hls4ml project's every file too) and the summary, so that a rerun of the finished run finds
    it complete (`_written_before`)."""
    from fpgaprune.io import write_json
    from fpgaprune.records import output_checksums

    names = [*_OPTIMIZE_OUTPUTS, *(_HLS_OUTPUTS if args.hls else ())]
    project = args.out / "hls" / "project"
    if args.hls and project.is_dir():  # a deleted or edited project looked complete on a rerun (a review)
        names += sorted(str(path.relative_to(args.out)) for path in project.rglob("*") if path.is_file())
    record = {"out": str(args.out.resolve()), "hls": args.hls, "csim_samples": args.csim_samples}
    write_json(
        checkpoint_dir / "out.json", {**record, **output_checksums(args.out, names), "summary": summary}
    )


def _written_before(args, checkpoint_dir: Path) -> dict | None:
    """The summary of a finished run when --out still holds what it wrote, with the same --hls options
    (every file's checksum as recorded); None when the files are to be written again."""
    from fpgaprune.hls.csim import csim_unavailable
    from fpgaprune.io import read_json, sha256_file

    path = checkpoint_dir / "out.json"
    if not path.is_file():
        return None
    written = read_json(path)
    same = {"out": str(args.out.resolve()), "hls": args.hls, "csim_samples": args.csim_samples}
    if any(written.get(key) != value for key, value in same.items()):
        return None
    for name, entry in written["files"].items():
        if not (args.out / name).is_file() or sha256_file(args.out / name) != entry["sha256"]:
            return None
    if written["summary"].get("hls", {}).get("csim") == "skipped" and csim_unavailable() is None:
        log.info(
            "%s was written without a C simulation (no g++ then); g++ is here now: building it again",
            args.out,
        )
        return None
    return written["summary"]


def stopped_why(metrics: dict, status: str, rtol: float) -> str:
    """Why a run ended short of its budget or target (its `metrics.json` record): validation accuracy (a
    regression's loss) stopped the walk (`rtol`), or every step after the last accepted one was infeasible
    (the solver's reason; it was called an accuracy stop); empty when neither."""
    from fpgaprune.api import objective_of

    reached, target = metrics.get("reached_target"), metrics.get("target")
    if metrics.get("method") == PEER_METHOD and status == "target_not_reached":
        return _peer_short(metrics, rtol)
    if status == "ok" or reached is None or reached >= (target or 1.0) - 1e-9:
        return ""
    where = f"{reached:.2f} of the way to the budget" if target is None else f"{reached:.2f} of {target:g}"
    if infeasible := _last_steps_infeasible(metrics.get("steps", [])):
        return f" (the steps beyond {where} were infeasible: {infeasible})"
    objective = objective_of(metrics)
    reference = metrics[objective.key("reference_val_")]
    bar = (
        f"rose above the unpruned {reference:.4g} / rtol {rtol:g}"
        if objective.is_regression
        else f"fell below rtol {rtol:g} x {reference:.4f}"
    )
    larger = "a larger budget" if target is None else "a smaller share"
    return (
        f" (validation {objective.metric} stopped the pruning at {where}: further steps {bar}; lower --rtol, "
        f"give more --epochs-per-step or {larger})"
    )


def _peer_short(metrics: dict, rtol: float) -> str:
    """Why hls4ml's own loop ended short (`pruning.run.judge_peer`): the DSP it removed (estimate, as the
    knapsack methods count it) against the share asked, and validation accuracy against the bar."""
    from fpgaprune.api import objective_of
    from fpgaprune.pruning.run import peer_bar_line, peer_short_line

    dsp, target, why = metrics["peer"]["dsp"], metrics["target"], []
    if peer_short_line(dsp, target):  # the judgement `judge_peer` made, in fewer words
        took = f"{dsp['unpruned']:,.0f} -> {dsp['pruned']:,.0f}"
        why.append(f"hls4ml's loop took DSP {took}, not {100 * target:g} % less (estimate)")
    objective = objective_of(metrics)
    reference, value = metrics[objective.key("reference_val_")], metrics[objective.key("val_")]
    if peer_bar_line(objective, value, reference, rtol):
        why.append(f"validation {objective.metric} {value:.4g} below rtol {rtol:g} x {reference:.4f}")
    return f" ({'; '.join(why)}: the warnings above say why)"


def _last_steps_infeasible(steps: list) -> str:
    """The solver's reason when every step after the last accepted one was infeasible (it, not validation
    accuracy, stopped the walk); empty otherwise."""
    accepted = max((i for i, step in enumerate(steps) if step.get("accepted")), default=-1)
    after = steps[accepted + 1 :]
    if after and all(step.get("infeasible") for step in after):
        return after[-1]["infeasible"]
    return ""


def check_budget_part(part: str, hls_config: dict) -> None:
    """`--part` budgets the design; the hls config's `Part` is the part it is costed and built for: another
    device is refused in one line before TensorFlow loads. (A missing `Part` is warned about once, by
    `api.check_part_device` in `optimize`.)"""
    from fpgaprune.core.devices import check_same_device

    check_same_device(part, hls_config.get("Part"), f"--part {part}", "the hls config's Part")


_COMMANDS = [
    _add_prepare_data,
    _add_optimize,
    _add_train,
    _add_baseline,
    _add_prune,
    _add_estimate,
    _add_estimate_layer,
    _add_hls,
    _add_check_config,
    _add_aggregate,
    _add_experiment_tables,
    _add_plot,
    _add_plot_knapsack,
]
