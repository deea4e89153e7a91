import os
import shutil
import stat
from pathlib import Path

import pytest

from fpgaprune.io import (
    OUTPUT_MARKER,
    atomic_dir,
    atomic_path,
    check_output_dir,
    check_writable_location,
    exclusive_outputs,
    read_json,
    scratch_dir,
    write_json,
)


def test_json_round_trip_with_numpy_values(tmp_path):
    import numpy as np

    write_json(tmp_path / "a" / "r.json", {"x": np.float32(0.5), "v": np.arange(3)})
    assert read_json(tmp_path / "a" / "r.json") == {"x": 0.5, "v": [0, 1, 2]}


def test_failed_block_leaves_nothing(tmp_path):
    with pytest.raises(RuntimeError), atomic_path(tmp_path / "out.txt") as tmp:
        tmp.write_text("half")
        raise RuntimeError("interrupted")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(RuntimeError), atomic_dir(tmp_path / "d") as tmp:
        (tmp / "f").write_text("half")
        raise RuntimeError("interrupted")
    assert list(tmp_path.iterdir()) == []


def test_outputs_follow_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        write_json(tmp_path / "r.json", {})
        with atomic_dir(tmp_path / "d"):
            pass
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "r.json").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "d").stat().st_mode) == 0o755


def test_missing_record_names_the_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such file"):
        read_json(tmp_path / "none.json")


def test_a_directory_fpgaprune_did_not_write_is_never_emptied(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.tex").write_text("years of work")
    with (
        pytest.raises(ValueError, match=rf"{mine}: exists and holds files fpgaprune did not write"),
        atomic_dir(mine) as tmp,
    ):
        (tmp / "f").write_text("new")
    assert [p.name for p in mine.iterdir()] == ["thesis.tex"]
    assert [p.name for p in tmp_path.iterdir()] == ["mine"]


def test_fpgaprune_replaces_its_own_output(tmp_path):
    for content in ("first", "second"):
        with atomic_dir(tmp_path / "d") as tmp:
            (tmp / content).write_text(content)
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == [OUTPUT_MARKER, "second"]
    assert [p.name for p in tmp_path.iterdir()] == ["d"]


def test_a_file_put_into_fpgaprune_output_later_is_not_deleted_by_a_rerun(tmp_path):
    """A user's notes.txt in an optimize --out directory was deleted by the next run into it (the marker
    said the directory was fpgaprune's); now the rerun stops before any work, naming the file."""
    out = tmp_path / "pruned"
    with atomic_dir(out) as tmp:
        (tmp / "model.h5").write_text("first")
    (out / "notes.txt").write_text("the user's")
    with (
        pytest.raises(ValueError, match=rf"{out}: holds notes.txt, which fpgaprune did not write there"),
        atomic_dir(out) as tmp,
    ):
        (tmp / "model.h5").write_text("second")
    assert (out / "notes.txt").read_text() == "the user's" and (out / "model.h5").read_text() == "first"
    # fpgaprune's later output inside it (optimize --hls: hls/) and Snakemake's timestamp are not the user's
    (out / "notes.txt").unlink()
    with atomic_dir(out / "hls") as tmp:
        (tmp / "project").mkdir()
    (out / ".snakemake_timestamp").write_text("")
    with atomic_dir(out) as tmp:
        (tmp / "model.h5").write_text("second")
    assert sorted(p.name for p in out.iterdir()) == [OUTPUT_MARKER, "model.h5"]


def test_a_file_put_deep_inside_fpgaprune_output_later_is_not_deleted_by_a_rerun(tmp_path):
    """A synthesis run inside optimize's written hls4ml project (out/hls/project/<name>_prj/) and notes in
    hls/ were deleted without a word by the next run into out: only the top level was compared with the
    marker, and hls/ (which has its own) was skipped. Every depth is compared now, a new folder named once."""
    out = tmp_path / "pruned"
    with atomic_dir(out) as tmp:
        (tmp / "model.h5").write_text("first")
        (tmp / "plots").mkdir()
        (tmp / "plots" / "a.png").write_text("")
    with atomic_dir(out / "hls") as tmp:
        (tmp / "project" / "firmware").mkdir(parents=True)
        (tmp / "project" / "firmware" / "myproject.cpp").write_text("")
    report = out / "hls" / "project" / "myproject_prj" / "solution1" / "syn" / "report"
    report.mkdir(parents=True)
    (report / "myproject_csynth.rpt").write_text("hours of synthesis")
    (out / "hls" / "notes.txt").write_text("the user's")
    (out / "plots" / "mine.png").write_text("the user's")
    with pytest.raises(ValueError) as refused, atomic_dir(out) as tmp:
        (tmp / "model.h5").write_text("second")
    added = "hls/notes.txt, hls/project/myproject_prj, plots/mine.png, which fpgaprune did not write there"
    assert f"{out}: holds {added}" in str(refused.value)
    assert (report / "myproject_csynth.rpt").is_file() and (out / "model.h5").read_text() == "first"
    # a folder written empty is looked into too; a killed run's temporary (atomic_path's) is not the user's
    for path in (out / "hls" / "notes.txt", out / "plots" / "mine.png"):
        path.unlink()
    shutil.rmtree(out / "hls" / "project" / "myproject_prj")
    with atomic_dir(out / "logs") as tmp:
        (tmp / "empty").mkdir()
    (out / "logs" / "empty" / "user_notes.txt").write_text("the user's")
    (out / "plots" / ".mine.png.k2x9.tmp.png").write_text("")
    with pytest.raises(ValueError, match=r"holds logs/empty/user_notes.txt, which"), atomic_dir(out) as tmp:
        (tmp / "model.h5").write_text("second")


def test_an_empty_directory_is_used(tmp_path):
    (tmp_path / "d").mkdir()
    with atomic_dir(tmp_path / "d") as tmp:
        (tmp / "f").write_text("x")
    assert (tmp_path / "d" / "f").is_file()


def test_a_replaced_directory_keeps_its_mode_and_a_mount_point_is_refused(tmp_path):
    """A user's empty private --out (mode 700) came back 755, its results readable by all; a mount point
    failed "Device or resource busy" after the whole pruning (a review, 2026-12-07)."""
    (tmp_path / "d").mkdir(mode=0o700)
    os.chmod(tmp_path / "d", 0o700)  # whatever the umask
    with atomic_dir(tmp_path / "d") as tmp:
        (tmp / "f").write_text("x")
    assert stat.S_IMODE((tmp_path / "d").stat().st_mode) == 0o700 and (tmp_path / "d/f").is_file()
    mount = Path("/proc")  # a mount point on every Linux
    with pytest.raises(
        ValueError, match=r"^/proc: is a mount point, which fpgaprune cannot replace .*/proc/pruned"
    ):
        check_output_dir(mount)


def test_the_working_directory_and_a_directory_holding_an_input_are_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / OUTPUT_MARKER).write_text("even with the marker")
    for out in (".", tmp_path, tmp_path.parent):
        with pytest.raises(ValueError, match="is the working directory or holds it"):
            check_output_dir(out)
    (tmp_path / "out").mkdir()
    with pytest.raises(ValueError, match=r"out: holds the input out/model.h5"):
        check_output_dir("out", inputs=[Path("out/model.h5")])
    (tmp_path / "file").write_text("x")
    with pytest.raises(ValueError, match="file: exists and is not a directory"):
        check_output_dir("file")
    (tmp_path / "link").symlink_to(tmp_path / "out")  # "exists and is not a directory" (a review, 2026-12-07)
    with pytest.raises(ValueError, match="link: is a symbolic link; .* give that folder itself"):
        check_output_dir("link")


def test_stale_temporaries_of_a_killed_run_are_removed_and_nothing_else(tmp_path):
    stale = tmp_path / ".hls.abc123.tmp"
    stale.mkdir()
    (stale / OUTPUT_MARKER).write_text("")
    lookalike = tmp_path / ".hls.user.tmp"  # not fpgaprune's: no marker
    lookalike.mkdir()
    with atomic_dir(tmp_path / "hls") as tmp:
        (tmp / "f").write_text("x")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".hls.user.tmp", "hls"]


@pytest.mark.parametrize("out_dir", [".", "mine"])
def test_the_cli_refuses_before_any_work(tmp_path, monkeypatch, capsys, out_dir):
    from fpgaprune.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("mine")
    (tmp_path / "keep.txt").write_text("mine")
    args = [
        "hls",
        "--model",
        "absent.h5",
        "--data",
        "absent.npz",
        "--config",
        "absent.yaml",
        "--experiment",
        "e",
        "--rf-setting",
        "1",
        "--out-dir",
        out_dir,
    ]
    assert main(args) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "fpgaprune hls: error: " in error and "absent" not in error
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt", "mine"]
    assert [p.name for p in (tmp_path / "mine").iterdir()] == ["notes.txt"]


def test_an_output_under_a_file_or_where_no_one_may_write_is_refused_and_the_probe_leaves_nothing(tmp_path):
    """An unwritable --out was found only when the result was written, after all the training; a path through
    a file gave a NotADirectoryError traceback (2026-12-07)."""
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(ValueError, match=r"notes\.txt is a file, not a folder; choose a path under a folder"):
        check_output_dir(tmp_path / "notes.txt" / "out")
    if os.access("/sys", os.W_OK) and not Path("/sys/kernel").is_dir():
        pytest.skip("no read-only /sys here")
    with pytest.raises(
        ValueError, match=r"cannot write in /sys \(Permission denied\); choose a folder you may"
    ):
        check_writable_location("/sys/fpgaprune-out")  # sysfs: no new files, even for root
    check_writable_location(tmp_path / "new" / "deeper")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_the_cli_says_an_os_error_in_one_line(tmp_path, monkeypatch, capsys):
    """An OSError in a command (here: its output's folder is a file) or in opening --log is one line naming
    the path and the fix, no traceback."""
    from fpgaprune.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("mine")
    out = ["--out", "notes.txt/d.npz", "--provenance", "notes.txt/p.json", "--data-home", str(tmp_path)]
    for args in (
        ["prepare-data", "digits", *out],
        ["--log", "notes.txt/run.log", "prepare-data", "digits", *out],
    ):
        code = main(args)
        error = capsys.readouterr().err.strip().splitlines()[-1]
        assert code == 2 and error.startswith("fpgaprune prepare-data: error: "), error
        assert "notes.txt is a file where a folder is needed; move it or choose another path" in error
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_an_old_output_that_cannot_be_removed_leaves_the_new_one_complete_and_says_so(tmp_path, caplog):
    """A rerun into an output holding files it may not delete (another owner's, in a read-only folder) put
    the new output in place, then failed with a PermissionError traceback (2026-12-07). An immutable file
    (chattr +i) stands for them: not even root may delete it."""
    import subprocess

    with atomic_dir(tmp_path / "out") as tmp:
        (tmp / "old.txt").write_text("old")
    locked = tmp_path / "out" / "old.txt"
    chattr = shutil.which("chattr")
    if (
        chattr is None
        or subprocess.run([chattr, "+i", str(locked)], check=False, capture_output=True).returncode
    ):
        pytest.skip("chattr +i is not available here (needs root and a file system that keeps the flag)")
    try:
        with caplog.at_level("WARNING"), atomic_dir(tmp_path / "out") as tmp:
            (tmp / "new.txt").write_text("new")
        assert (tmp_path / "out" / "new.txt").read_text() == "new" and not (
            tmp_path / "out" / "old.txt"
        ).exists()
        (message,) = [r.getMessage() for r in caplog.records]
        assert message.startswith(f"{tmp_path / 'out'} is written; the output it replaced, moved to ")
        assert "could not be removed (Operation not permitted)" in message
    finally:
        for leftover in tmp_path.glob(".out.*.tmp/old.txt"):
            subprocess.run([chattr, "-i", str(leftover)], check=True)


def test_foreign_entries_of_a_folder_of_outputs_name_what_fpgaprune_did_not_write(tmp_path):
    from fpgaprune.io import foreign_entries

    folder = tmp_path / "targets"
    with atomic_dir(folder / "t0.5") as tmp:
        (tmp / "model.h5").write_text("m")
    (folder / ".snakemake_timestamp").touch()
    (folder / ".t0.75.abc.tmp").mkdir()  # a killed run's temporary
    assert foreign_entries(folder, lambda name: name.startswith("t")) == []
    (folder / "t0.5" / "NOTES.txt").write_text("mine")
    (folder / "NOTES_top.txt").write_text("mine")
    (folder / "t0.9.txt").write_text("a file, not an output folder")
    found = foreign_entries(folder, lambda name: name.startswith("t"))
    assert found == ["NOTES_top.txt", "t0.5/NOTES.txt", "t0.9.txt"]
    assert foreign_entries(tmp_path / "absent", lambda name: True) == []


def test_an_output_another_run_holds_is_refused_until_it_ends(tmp_path):
    """Two `optimize` runs into one --out both pruned; the loser failed at the end naming a temporary folder
    (a review, 2026-12-07). The lock is the open file's: another holder is refused, the end releases it."""
    out, other = tmp_path / "out", tmp_path / "other"
    with exclusive_outputs(out, out.with_suffix(".checkpoint")):
        refused = pytest.raises(ValueError, match=f"^{out}: another fpgaprune run is writing it; wait")
        with refused, exclusive_outputs(other, out):
            pass
        with exclusive_outputs(other):  # a path no run holds
            pass
    with exclusive_outputs(out):  # released
        pass


def test_scratch_folders_no_process_holds_are_removed_and_the_own_at_its_end(tmp_path, monkeypatch):
    """A C simulation interrupted again while its temporary project was removed left it in /tmp for good
    (856 KB, a review, 2026-12-07): the next run removes such folders, those whose lock no process holds."""
    import fcntl
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    orphan = tmp_path / "fpgaprune-csim-99999-abc"  # its process gone: its lock file held by none
    (orphan / "project").mkdir(parents=True)
    (orphan / ".in-use").write_text("")
    held = tmp_path / "fpgaprune-csim-99998-def"  # a running process's (another container's, say)
    held.mkdir()
    (held / ".in-use").write_text("")
    other = tmp_path / "fpgaprune-csim-12-xyz"  # no lock file: not ours to judge
    other.mkdir()
    with open(held / ".in-use") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with scratch_dir("trace") as folder:
            assert Path(folder).name.startswith(f"fpgaprune-trace-{os.getpid()}-") and Path(folder).is_dir()
            assert not orphan.exists() and held.is_dir() and other.is_dir()
    assert not Path(folder).exists()


def test_another_users_scratch_folder_neither_stops_a_run_nor_is_removed(tmp_path):
    """Another user's folder left in /tmp (mode 0700) made every scratch folder of this user fail with a
    PermissionError on its lock file (found in the change's review, 2026-12-07)."""
    import shutil
    import subprocess
    import sys

    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to make another user's folder and to run without root's rights")
    tmp_path.chmod(0o777)
    theirs = tmp_path / "fpgaprune-csim-1-theirs"
    theirs.mkdir()
    (theirs / ".in-use").write_text("")
    for path in (theirs / ".in-use", theirs):
        os.chown(path, 65534, 65534)
    theirs.chmod(0o700)
    code = "from fpgaprune.io import scratch_dir\nwith scratch_dir('estimate') as folder: print(folder)"
    drop = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--inh-caps=-all"]
    source = str(Path(__file__).parents[1] / "src")
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": source}
    command = [*drop, sys.executable, "-c", code]
    run = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert run.returncode == 0, run.stderr[-1000:]
    assert theirs.is_dir() and run.stdout.startswith(str(tmp_path / "fpgaprune-estimate-"))
