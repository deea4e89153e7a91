"""Writing outputs so that an interrupted job leaves nothing that looks complete.

Every output is written under a temporary name in the same directory and renamed into place,
which is atomic on POSIX file systems. A directory fpgaprune writes holds a marker file
(`OUTPUT_MARKER`); fpgaprune replaces an existing output directory only when it holds that marker
(or is empty), so it never deletes what it did not create.
"""

import contextlib
import fcntl
import glob
import hashlib
import json
import logging
import os
import re
import shutil
import stat
import tempfile
from pathlib import Path

from fpgaprune import __version__

OUTPUT_MARKER = ".fpgaprune-output"
log = logging.getLogger(__name__)


def write_json(path: str | Path, record: dict) -> None:
    """Write `record` as indented JSON to `path` atomically."""
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(record, indent=2, sort_keys=True, default=_jsonable) + "\n")


def as_written(record: dict) -> dict:
    """`record` as `write_json` writes it and `read_json` reads it back (NumPy values as Python's, tuples as
    lists): what a record in memory is compared with its file as."""
    return json.loads(json.dumps(record, default=_jsonable))


def read_json(path: str | Path) -> dict:
    """The JSON object in `path`; one-line errors naming the file when it is missing or not JSON."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file; run the step that writes it first")
    try:
        return json.loads(path.read_text())
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(
            f"{path}: not a JSON record ({error}); delete it and rerun the step that writes it"
        ) from None


_LFS_POINTER = b"version https://git-lfs.github.com/spec/"


def check_not_lfs_pointer(path: str | Path, what: str) -> None:
    """Raise one line when `path` is a Git LFS pointer (a clone without `git lfs pull` holds these small text
    files in place of the models and data: uw-acme's b_tag, quickdraw and GW models), which read as a
    truncated file otherwise."""
    with open(path, "rb") as stream:
        head = stream.read(len(_LFS_POINTER))
    if head == _LFS_POINTER:
        raise ValueError(
            f"{path}: a Git LFS pointer, not the {what} it stands for: fetch it with `git lfs pull` in its "
            "repository (or download the file itself)"
        )


def sha256_file(path: str | Path) -> str:
    """SHA-256 hex digest of the file at `path`, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@contextlib.contextmanager
def atomic_path(path: str | Path):
    """Yield a temporary file path beside `path`; rename it to `path` if the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp" + path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(tmp)
    tmp.chmod(0o666 & ~_umask())  # mkstemp makes owner-only files; outputs follow the umask
    try:
        yield tmp
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_dir(path: str | Path, inputs=()):
    """Yield a temporary directory beside `path`; replace `path` with it if the block succeeds.

    Args:
        path: the output directory; refused (ValueError) if `check_output_dir` refuses it.
        inputs: files the job reads, which must not lie inside `path`.

    The temporary directory and the result hold `OUTPUT_MARKER`. Temporary directories that an
    earlier, killed run left beside `path` are removed first. The old `path` is renamed aside
    before the new one is renamed into place, so `path` never holds a half-written result.
    """
    path = Path(path)
    check_output_dir(path, inputs)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path)
    tmp = _marked_temporary(path)
    try:
        yield tmp
        check_output_dir(path, inputs)  # again: something may have been written there meanwhile
        _list_contents(tmp)
        _replace_dir(tmp, path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def check_output_dir(path: str | Path, inputs=()) -> None:
    """Raise ValueError (one line) unless fpgaprune may replace the directory `path` with its output.

    Refused: the working directory or one that holds it, a directory holding one of `inputs`, a
    path that exists but is not a plain directory, a non-empty directory without `OUTPUT_MARKER`, and a place
    this process may not write (`check_writable_location`).
    """
    path = Path(path)
    resolved, cwd = path.resolve(), Path.cwd().resolve()
    if resolved == cwd or resolved in cwd.parents:
        raise ValueError(
            f"{path}: is the working directory or holds it; fpgaprune replaces its output directory, "
            "so give it a directory of its own (e.g. results/out)"
        )
    for source in inputs:
        if source is not None and resolved in Path(source).resolve().parents:
            raise ValueError(
                f"{path}: holds the input {source}, which replacing the output directory would "
                "delete; write to another directory"
            )
    if path.is_symlink():  # was "exists and is not a directory" for a link to one (a review, 2026-12-07)
        raise ValueError(
            f"{path}: is a symbolic link; fpgaprune replaces its output directory, which would replace the "
            "link, not the folder it points to: give that folder itself"
        )
    if path.exists() and not path.is_dir():
        raise ValueError(
            f"{path}: exists and is not a directory; remove it or choose another output directory"
        )
    if path.is_dir() and os.path.ismount(path):  # it failed "Device or resource busy" after the pruning
        raise ValueError(
            f"{path}: is a mount point, which fpgaprune cannot replace with its output directory; give a "
            f"folder inside it (e.g. {path / 'pruned'})"
        )
    if path.is_dir() and not (path / OUTPUT_MARKER).is_file() and any(path.iterdir()):
        raise ValueError(
            f"{path}: exists and holds files fpgaprune did not write (no {OUTPUT_MARKER}); "
            "fpgaprune never empties such a directory: move them away or choose a new directory"
        )
    added = added_entries(path) if path.is_dir() else []
    if added:
        raise ValueError(
            f"{path}: holds {', '.join(added)}, which fpgaprune did not write there (they came after it); "
            "replacing the directory would delete them: move them away or choose a new directory"
        )
    check_writable_location(path)


CHECKPOINT_IDENTITY = "identity.json"  # what marks a checkpoint folder (`pruning.passes.Checkpoints`)


def check_outside_checkpoints(path: str | Path) -> None:
    """Raise ValueError (one line) when `path` lies inside a checkpoint folder, which its run replaces whole
    when its configuration changes: a finished `--out` or `save()` there went without a word (a review,
    2026-12-07). A user's output only: checkpoint folders hold the copies their own store writes."""
    resolved = Path(path).resolve()
    for folder in resolved.parents:
        if (folder / CHECKPOINT_IDENTITY).is_file():
            raise ValueError(
                f"{path}: is inside the checkpoint folder {folder}, which its run replaces when its settings "
                "change; write the output elsewhere"
            )


_SCRATCH = re.compile(r"fpgaprune-[a-z]+-\d+-")
_IN_USE = ".in-use"  # a scratch folder's lock file, held by its process for the folder's life


@contextlib.contextmanager
def scratch_dir(kind: str):
    """A temporary folder, `fpgaprune-<kind>-<pid>-...` in the system's, removed at the end of the block.
    Those of this naming that no process holds any more (killed, or interrupted again while removing one: a C
    simulation's 856 KB stayed in /tmp, a review, 2026-12-07) are removed first. Whether one is held is its
    lock file's `flock`, which the system releases however its process ends (a process id could be another
    container's, or used again)."""
    _remove_orphaned_scratch()
    prefix = f"fpgaprune-{kind}-{os.getpid()}-"
    with tempfile.TemporaryDirectory(prefix=prefix) as folder, open(Path(folder) / _IN_USE, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield folder


def _remove_orphaned_scratch() -> None:
    for folder in Path(tempfile.gettempdir()).glob("fpgaprune-*-*-*"):
        if not _SCRATCH.match(folder.name):
            continue
        try:  # another user's folder may not even be looked into: its .in-use raised PermissionError
            with open(folder / _IN_USE) as lock:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # held: in use, left alone
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:  # held by a running process, another user's, or no lock file (not ours to judge)
            continue


@contextlib.contextmanager
def exclusive_outputs(*paths):
    """Within the block, these output paths are this process's: another fpgaprune run holding one is refused
    in one line (two `optimize` runs into one --out both pruned, and the loser failed at the end naming a
    temporary folder, a review, 2026-12-07). A lock file per path in the temporary folder, held by `flock`
    (which the system releases however the process ends) and removed at the end of the block."""
    with contextlib.ExitStack() as held:
        for path in paths:
            held.enter_context(_held_lock(path))
        yield


@contextlib.contextmanager
def _held_lock(path):
    key = hashlib.sha256(str(Path(path).resolve()).encode()).hexdigest()[:20]
    # the user's own: another user's file, left by a killed run, could not be opened here
    name = Path(tempfile.gettempdir()) / f"fpgaprune-{os.getuid()}-{key}.lock"
    while True:
        lock = open(name, "a")  # noqa: SIM115 - held open for the block, closed below
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            raise ValueError(
                f"{path}: another fpgaprune run is writing it; wait for that run to end or give another path"
            ) from None
        if name.exists() and os.stat(name).st_ino == os.fstat(lock.fileno()).st_ino:
            break  # not a file its last holder removed after this one opened it
        lock.close()
    try:
        yield
    finally:
        name.unlink(missing_ok=True)  # while held: the next run makes its own
        lock.close()


def check_writable_location(path: str | Path, what: str = "") -> None:
    """Raise ValueError (one line, `what` naming the option: "--checkpoint-dir ") unless a folder can be made
    or replaced at `path`: it is no file, and its nearest existing ancestor is a folder this process may write
    in. Probed by making a temporary file there, which also answers for root without its capabilities; a run
    found out only when its result was written, after all its training (2026-12-07)."""
    given = f"{what}{path}"  # as the user wrote it
    if Path(path).exists() and not Path(path).is_dir():
        raise ValueError(f"{given}: is a file; give a folder")
    ancestor = next(folder for folder in Path(path).absolute().parents if folder.exists())
    if not ancestor.is_dir():
        raise ValueError(f"{given}: {ancestor} is a file, not a folder; choose a path under a folder")
    try:
        with tempfile.TemporaryFile(dir=ancestor):
            pass
    except OSError as error:
        raise ValueError(
            f"{given}: cannot write in {ancestor} ({error.strerror}); choose a folder you may write to"
        ) from None


# The marker's line naming what fpgaprune wrote: at every depth (since 2026-12-06), or at the top level only
# (2026-12-04 and 05); markers without either (2026-12-03 and before) leave their directories replaced as
# they are
_WROTE_ALL = "wrote at every depth: "
_WROTE = "wrote: "


def added_entries(path: Path) -> list[str]:
    """What fpgaprune's output directory `path` holds that its marker does not list: put there after it was
    written (a user's notes, a synthesis run inside a written hls4ml project), at any depth; a new directory
    is named once. fpgaprune's own later outputs inside it (a directory with the marker, e.g. optimize's
    hls/) are checked against their own marker; its temporaries and Snakemake's timestamp of a directory
    output are not named. A marker written before 2026-12-06 lists the top level only (`_WROTE`), whose
    directories are not looked into."""
    lines = (path / OUTPUT_MARKER).read_text().splitlines() if (path / OUTPUT_MARKER).is_file() else []
    every_depth = [json.loads(line[len(_WROTE_ALL) :]) for line in lines if line.startswith(_WROTE_ALL)]
    top_level = [json.loads(line[len(_WROTE) :]) for line in lines if line.startswith(_WROTE)]
    if not every_depth and not top_level:
        return []
    listed = set(every_depth[-1] if every_depth else top_level[-1])
    known = {OUTPUT_MARKER, ".snakemake_timestamp", *listed}
    return _unlisted(path, "", known, descend=bool(every_depth))


def foreign_entries(folder: str | Path, outputs) -> list[str]:
    """What a folder of fpgaprune outputs holds that fpgaprune did not write: a top-level entry that is not
    one of its outputs (`outputs(name)` true), its temporaries or Snakemake's timestamp, and inside each
    output what its marker does not list (`added_entries`). For a Snakemake `directory()` output holding
    several outputs (a pruning pass's `targets/`), which Snakemake deletes whole before its job runs again,
    so that fpgaprune's own guard of each output never runs."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for entry in sorted(folder.iterdir()):
        if entry.name == ".snakemake_timestamp" or _is_temporary(entry.name):
            continue
        if not (outputs(entry.name) and entry.is_dir()):
            found.append(entry.name)
            continue
        found += [f"{entry.name}/{name}" for name in added_entries(entry)]
    return found


def _unlisted(folder: Path, prefix: str, known: set[str], descend: bool) -> list[str]:
    """`added_entries` below `folder` (`prefix` its path in the output); `os.scandir`, whose entries know
    their type, so that a listed file costs no stat (a synthesis tree holds tens of thousands)."""
    found = []
    with os.scandir(folder) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    for entry in entries:
        name = prefix + entry.name
        plain_dir = entry.is_dir(follow_symlinks=False)
        if name not in known:
            if plain_dir and (Path(entry.path) / OUTPUT_MARKER).is_file():  # fpgaprune's own, written later
                found += [f"{name}/{inner}" for inner in added_entries(Path(entry.path))]
            elif not _is_temporary(entry.name):
                found.append(name)
        elif plain_dir and descend:
            found += _unlisted(Path(entry.path), f"{name}/", known, descend)
    return found


def _is_temporary(name: str) -> bool:
    """fpgaprune's temporaries: `atomic_dir`'s `.<name>.*.tmp`, `atomic_path`'s `.<name>.*.tmp<suffix>`."""
    return name.startswith(".") and ".tmp" in name


def remove_stale_temporaries(path: str | Path) -> list[Path]:
    """Remove fpgaprune's temporary directories for `path` (`.<name>.*.tmp` with the marker); return them."""
    path = Path(path)
    stale = [
        tmp
        for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp")
        if tmp.is_dir() and not tmp.is_symlink() and (tmp / OUTPUT_MARKER).is_file()
    ]
    for tmp in stale:
        shutil.rmtree(tmp, ignore_errors=True)
    return stale


def _marked_temporary(path: Path) -> Path:
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    tmp.chmod(0o777 & ~_umask())
    (tmp / OUTPUT_MARKER).write_text(
        f"Written by fpgaprune {__version__}. fpgaprune replaces this directory when the same command runs "
        "again; it never replaces a directory without this file.\n"
    )
    return tmp


def _list_contents(tmp: Path) -> None:
    """Name in the marker what the output directory holds, at every depth (paths with "/"), so that what
    comes later is told apart (`added_entries`)."""
    names = []
    for folder, folders, files in os.walk(tmp):  # links to folders are named, not followed
        inside = os.path.relpath(folder, tmp).replace(os.sep, "/")
        names += [name if inside == "." else f"{inside}/{name}" for name in folders + files]
    names = sorted(name for name in names if name != OUTPUT_MARKER)
    with open(tmp / OUTPUT_MARKER, "a") as marker:
        marker.write(_WROTE_ALL + json.dumps(names) + "\n")


def _replace_dir(new: Path, path: Path) -> None:
    """Rename `new` to `path`; an existing `path` is first renamed to a marked temporary, then removed."""
    old = None
    if path.exists():
        _keep_access(path, new)
        old = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
        path.replace(old)  # an empty directory is replaced by a rename
    new.rename(path)
    if old is not None:
        try:
            shutil.rmtree(old)
        except OSError as error:  # files of another owner in a read-only folder: the new output is complete
            log.warning(
                "%s is written; the output it replaced, moved to %s, could not be removed (%s)",
                path,
                old,
                error.strerror or error,
            )


def _keep_access(path: Path, new: Path) -> None:
    """Give `new` the mode, owner and group of the folder `path` it replaces: a user's empty `--out` of mode
    700 and group `users` became 755 and root's, its results readable by all (a review, 2026-12-07). An
    owner this process may not give is left as it is."""
    status = path.stat()
    os.chmod(new, stat.S_IMODE(status.st_mode))
    with contextlib.suppress(PermissionError):
        os.chown(new, status.st_uid, status.st_gid)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _jsonable(value):
    if hasattr(value, "tolist"):  # NumPy scalars and arrays
        return value.tolist()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} to JSON")
