"""One pruning pass for all targets of an (experiment, reuse setting, method): each written as it is reached.

The schedule towards the largest target steps on every configured target on its way (`Waypoints`).
"The model at target t" is the walk's state when it first accepts t (the accepted weights after
that step's fine-tuning), fine-tuned for `final_epochs` under t's masks, then evaluated and written
with the same files and record fields as a job for t alone. The walk then goes on from its own
accepted weights, not from the fine-tuned ones, so what happens beyond t does not depend on the
final fine-tuning at t. Targets the walk never reaches get its final state (the highest accepted
target), fine-tuned once, with status `target_not_reached`, as separate jobs would. hls4ml's own
method has its own loop: it runs once per target from the baseline, in the same job.

Checkpoints (`PassStore`): after writing t, a copy of t's files and the walk (weights, masks,
history, steps) go to a checkpoint folder named by the job's identity (config, baseline and data
checksums, seed, targets). A rerun with the same identity puts the written targets back and resumes
the walk from the last one, so only the targets not yet reached are computed again. Seeds are set
anew after every accepted step from (seed, its target), as `pruning.run.prune_model`'s walk is, so a resumed
walk is the uninterrupted one. `fpgaprune.optimize` and a job for an absolute budget (`fpgaprune prune
--budget` or `--part`, the pipeline's prune_budget) keep their checkpoints with the same `Checkpoints`
(identity and walk), saved after every accepted step (`pruning.run.prune_model`).
"""

import dataclasses
import json
import logging
import shutil
import time
from pathlib import Path

import numpy as np

from fpgaprune.config import Experiment
from fpgaprune.core.budget import ResourceBudget, budget_folder
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.selection.methods import PEER_METHOD
from fpgaprune.core.selection.schedule import Waypoints
from fpgaprune.io import (
    CHECKPOINT_IDENTITY,
    OUTPUT_MARKER,
    atomic_dir,
    atomic_path,
    check_writable_location,
    read_json,
    sha256_file,
    write_json,
)
from fpgaprune.models.build import copy_model, save_model
from fpgaprune.pruning.loop import PruneOutcome, Walk
from fpgaprune.pruning.run import Pruner, prune, reseed
from fpgaprune.records import output_checksums

log = logging.getLogger(__name__)


TARGET_TOLERANCE = 1e-9  # as `schedule.Waypoints` matches a step to a target


def prune_targets(
    model,
    data,
    *,
    experiment: Experiment,
    layers: list[LayerHardware],
    method_name: str,
    targets: list[float],
    store: "PassStore",
    seed: int,
    setting: str | None = None,
) -> None:
    """Prune `model` (the trained baseline, modified) to every target in one pass; see the module docstring.

    Args:
        targets: shares of the method's baseline resources to remove, any order.
        store: writes each target's files and the checkpoints, and knows what is written already.
        seed: the job's seed; every accepted step reseeds from (seed, its target).
        setting: the name of the reuse setting of `layers` (knapsack_rf needs it).
    """
    targets = sorted(targets)
    if method_name == PEER_METHOD:
        _peer_per_target(model, data, experiment, layers, targets, store, seed)
        return
    walk, written = store.restore(), set(store.written())
    if written >= set(targets):
        log.info("every target was written before: %s", targets)
        return
    pruner = Pruner(model, data, experiment, layers, method_name, setting)
    if walk is None:
        pruner.regularise(model, data)
    else:
        reseed(seed, "walk", walk.outcome.target)
    schedule = Waypoints(pruner.schedule(model, targets[-1]), tuple(targets))

    def on_accepted(state: Walk) -> None:
        reached = state.outcome.target
        # the configured target the step reached, within the schedule's float steps (a constant step of 0.04
        # reached 0.39999999999999997: t0.4 was skipped, then written with the walk's final 0.6 design)
        target = next((t for t in targets if abs(t - reached) <= TARGET_TOLERANCE), None)
        if target is not None:
            if target not in written:
                reseed(seed, "final", target)
                store.write(target, model, *pruner.finish(model, data, target, state.outcome))
                written.add(target)
            store.save_walk(state)
        reseed(seed, "walk", reached)  # after every accepted step, as `run.prune_model`'s walk

    outcome = pruner.walk(model, data, schedule, resume=walk, on_accepted=on_accepted)
    unreached = [t for t in targets if t not in written]
    if unreached:
        reseed(seed, "final", unreached[0])
        masks, record = pruner.finish(model, data, unreached[0], outcome)
        for target in unreached:
            store.write(target, model, masks, _record_at(record, target, outcome))


def _record_at(record: dict, target: float, outcome: PruneOutcome) -> dict:
    """The record of the walk's final state, for a target it did not reach."""
    return {
        **record,
        "target": target,
        "status": record["status"] if outcome.target >= target - 1e-9 else "target_not_reached",
    }


def _peer_per_target(model, data, experiment, layers, targets, store: "PassStore", seed: int) -> None:
    """hls4ml's DSP-aware pruning has its own loop: once per target, each from the baseline."""
    written = set(store.written())
    for target in targets:
        if target in written:
            continue
        reseed(seed, "peer", target)
        pruned, masks, record = prune(copy_model(model), data, experiment, layers, PEER_METHOD, target)
        store.write(target, pruned, masks, record)


def write_design(out_dir: Path, model, masks: dict[str, np.ndarray], record: dict, inputs=()) -> None:
    """One pruned design's files, written atomically: model.h5, masks.npz and metrics.json (`record`
    with the checksums of the other two)."""
    with atomic_dir(out_dir, inputs) as out:
        save_model(model, out / "model.h5")
        with atomic_path(out / "masks.npz") as tmp:
            np.savez_compressed(tmp, **masks)
        write_json(out / "metrics.json", {**record, **output_checksums(out, ["model.h5", "masks.npz"])})


def _differing(old, new, path: str) -> list[str]:
    """The dotted paths at which two JSON values differ (`hls_config.Model.TraceOutput`)."""
    if isinstance(old, dict) and isinstance(new, dict):
        keys = sorted(key for key in old.keys() | new.keys() if old.get(key) != new.get(key))
        return [found for key in keys for found in _differing(old.get(key), new.get(key), f"{path}.{key}")]
    return [path] if old != new else []


class Checkpoints:
    """A checkpoint folder keyed by an identity: the walk after an accepted step (`save_walk`, `walk`).

    A pruning pass (`PassStore`), a job for an absolute budget (`cli._prune_to_budget`) and
    `fpgaprune.optimize` keep their checkpoints so; a rerun with the same identity resumes the walk, and
    checkpoints of another identity are replaced, with one log line.

    Args:
        checkpoint_dir: the folder (created; its content is the store's own: a folder holding anything else
            is refused, never emptied).
        identity: everything the results depend on; checkpoints of another identity are not used.
    """

    # the files a store writes at the folder's top level (its folders carry `OUTPUT_MARKER`); result.json and
    # out.json: `fpgaprune.optimize`'s finished run (`api._keep`) and what the CLI wrote of it
    FILES = (CHECKPOINT_IDENTITY, "walk.json", "walk.npz", "result.json", "out.json")

    def __init__(self, checkpoint_dir: Path, identity: dict):
        self.checkpoint_dir = Path(checkpoint_dir)
        check_writable_location(self.checkpoint_dir, "checkpoint folder ")
        self.identity = json.loads(json.dumps(identity, sort_keys=True, default=str))
        self.created = False  # the folder made by this store, holding only its identity until a walk is saved
        stored = self._stored_identity()
        if stored != self.identity:
            self._start_afresh(stored)

    def discard_unused(self) -> None:
        """Remove the folder this store made when nothing was saved in it: a run refused before its walk (a
        budget below what must remain) left an `--out`'s `.checkpoint/` holding only identity.json."""
        if self.created and [entry.name for entry in self.checkpoint_dir.iterdir()] == [CHECKPOINT_IDENTITY]:
            shutil.rmtree(self.checkpoint_dir)

    def _start_afresh(self, stored: dict | None) -> None:
        """Replace checkpoints of another identity (only a folder the store made, holding only its files)."""
        if self.checkpoint_dir.exists():
            foreign = self._foreign_entries()
            if foreign:
                raise ValueError(
                    f"{self.checkpoint_dir} holds {', '.join(foreign)}, which are not pruning checkpoints; "
                    f"move them or give another --checkpoint-dir"
                )
            log.info("checkpoints in %s %s; starting afresh", self.checkpoint_dir, self._whose(stored or {}))
            shutil.rmtree(self.checkpoint_dir)
        self.checkpoint_dir.mkdir(parents=True)
        write_json(self.checkpoint_dir / CHECKPOINT_IDENTITY, self.identity)
        self.created = True

    def _whose(self, stored: dict) -> str:
        """Why the stored checkpoints are not this run's: another configuration, or the same one saved by
        other code (another fpgaprune source or package version: `records.stack_versions`)."""
        changed = {
            key for key in stored.keys() | self.identity.keys() if stored.get(key) != self.identity.get(key)
        }
        if not changed <= {"stack", "fpgaprune_version"}:  # which settings, not only that (a review)
            paths = [
                path
                for key in sorted(changed - {"stack", "fpgaprune_version"})
                for path in _differing(stored.get(key), self.identity.get(key), key)
            ]
            shown = ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
            return f"belong to another configuration ({shown} differ{'s' if len(paths) == 1 else ''})"
        old, new = stored.get("stack", {}), self.identity.get("stack", {})
        what = [
            f"{name} {old.get(name)} -> {new.get(name)}"
            for name in sorted(new)
            if old.get(name) != new.get(name)
        ]
        return f"were saved by other code ({', '.join(what)})"

    def _foreign_entries(self) -> list[str]:
        """What the folder holds that no store wrote: everything, without its identity.json; with it, what is
        neither the store's files nor folders it wrote (they hold `OUTPUT_MARKER`) nor temporaries."""
        entries = sorted(self.checkpoint_dir.iterdir()) if self.checkpoint_dir.is_dir() else []
        if not (self.checkpoint_dir / CHECKPOINT_IDENTITY).is_file():
            return [entry.name for entry in entries]
        return [
            entry.name
            for entry in entries
            if entry.name not in self.FILES
            and not (entry.is_dir() and not entry.is_symlink() and (entry / OUTPUT_MARKER).is_file())
            and not (entry.name.startswith(".") and entry.name.endswith(".tmp"))
        ]

    def save_walk(self, walk: Walk, span: float | None = None) -> None:
        """The walk after an accepted step: weights and masks (npz), history and outcome (json); `span`: the
        schedule's span (`Pruner.span`), when the walk's schedule depends on weights it had before."""
        arrays = {f"weight_{i}": w for i, w in enumerate(walk.weights)}
        arrays |= {f"mask_{name}": m for name, m in (walk.outcome.masks or {}).items()}
        with atomic_path(self.checkpoint_dir / "walk.npz") as tmp:
            np.savez(tmp, **arrays)
        state = dataclasses.asdict(walk.outcome) | {"masks": None}
        write_json(
            self.checkpoint_dir / "walk.json",
            {
                "history": walk.history,
                "failures": walk.failures,
                "outcome": state,
                "n_weights": len(walk.weights),
                "span": span,
                "npz_sha256": sha256_file(self.checkpoint_dir / "walk.npz"),
            },
        )

    def walk(self) -> Walk | None:
        """The last saved walk, if any (logged in one line: where it resumes)."""
        if not (self.checkpoint_dir / "walk.json").is_file():
            return None
        state, npz = read_json(self.checkpoint_dir / "walk.json"), self.checkpoint_dir / "walk.npz"
        if state.get("npz_sha256") not in (None, sha256_file(npz)):  # killed between the two files' renames
            log.warning(
                "the last checkpoint in %s was cut short while it was written (walk.npz is not walk.json's); "
                "the walk starts again from the beginning",
                self.checkpoint_dir,
            )
            return None
        with np.load(npz) as arrays:
            weights = [arrays[f"weight_{i}"] for i in range(state["n_weights"])]
            masks = {k.removeprefix("mask_"): arrays[k] for k in arrays.files if k.startswith("mask_")}
        outcome = PruneOutcome.from_state(state["outcome"] | {"masks": masks or None})
        done = len(outcome.steps)
        log.info(
            "resuming from step %d: %d step%s done, %d accepted, reached %.3f (checkpoints in %s)",
            done + 1,
            done,
            "" if done == 1 else "s",
            sum(step["accepted"] for step in outcome.steps),
            outcome.target,
            self.checkpoint_dir,
        )
        return Walk(weights, outcome, [tuple(h) for h in state["history"]], state["failures"])

    def span(self) -> float | None:
        """The schedule's span saved with the walk (None: none saved)."""
        path = self.checkpoint_dir / "walk.json"
        return read_json(path).get("span") if path.is_file() else None

    def _stored_identity(self) -> dict | None:
        path = self.checkpoint_dir / CHECKPOINT_IDENTITY
        try:
            return json.loads(path.read_text()) if path.is_file() else None
        except (json.JSONDecodeError, UnicodeDecodeError):  # cut short when written by hand or a full disk
            log.warning("%s: unreadable; its checkpoints are not used", path)
            return None


class PassStore(Checkpoints):
    """The files of a pass: each target's folder, and checkpoints that let a rerun skip written targets.

    Args:
        out_dirs: target -> the folder that receives model.h5, masks.npz and metrics.json.
        checkpoint_dir: the pass's checkpoint folder (`Checkpoints`).
        identity: everything the pass's results depend on; checkpoints of another identity are ignored.
        head: fields every metrics.json starts with (experiment identity, method, seed, ...).
        inputs: the files the job reads, which no output folder may hold (`fpgaprune.io.atomic_dir`).
    """

    def __init__(
        self, out_dirs: dict[float, Path], checkpoint_dir: Path, identity: dict, head: dict, inputs=()
    ):
        self.out_dirs, self.head, self.inputs = out_dirs, head, inputs
        self.start = time.perf_counter()
        super().__init__(checkpoint_dir, identity)

    def written(self) -> list[float]:
        """Targets whose files are in the checkpoint folder."""
        return [t for t in self.out_dirs if (self._copy_of(t) / "metrics.json").is_file()]

    def restore(self) -> Walk | None:
        """Put the checkpointed targets' files back where they belong; the last saved walk, if any."""
        for target in self.written():
            if not (self.out_dirs[target] / "metrics.json").is_file():
                with atomic_dir(self.out_dirs[target], self.inputs) as out:
                    shutil.copytree(self._copy_of(target), out, dirs_exist_ok=True)
                log.info("target %g restored from %s", target, self._copy_of(target))
        return self.walk()

    def write(self, target: float, model, masks: dict[str, np.ndarray], record: dict) -> None:
        """Write one target's files (atomically), then their checkpoint copy."""
        folder = budget_folder(ResourceBudget(share=target))
        head = {**self.head, "budget_folder": folder}
        wall_s = time.perf_counter() - self.start
        write_design(self.out_dirs[target], model, masks, {**head, **record, "wall_s": wall_s}, self.inputs)
        with atomic_dir(self._copy_of(target)) as copy:
            shutil.copytree(self.out_dirs[target], copy, dirs_exist_ok=True)
        metric = (record.get("quality") or {}).get("metric", "accuracy")  # a regression's: mse or mae
        log.info("target %g: %s, test %s %s", target, record["status"], metric, record.get(metric))

    def _copy_of(self, target: float) -> Path:
        return self.checkpoint_dir / self.out_dirs[target].name
