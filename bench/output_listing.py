"""Time the output directory's listing at every depth (`io.atomic_dir`) and its check on a rerun
(`io.check_output_dir`, which compares the directory with that listing), on outputs of many files.

An output of `optimize --hls` holds an hls4ml project; a user who runs Vivado or Vitis inside it adds a
synthesis tree of tens of thousands of files, and the next run walks all of it before it replaces the
directory. Each case writes an output of N files in nested folders (20 files a folder, three levels, as a
synthesis tree nests), then times: the write (`atomic_dir`, the listing included), the check of the written
directory and the check after a folder of N files was added inside it (named once, not walked). The target:
under 1 s for an output of 50,000 files. Writes results/bench/output_listing.json (median and spread of
several runs).

    .venv/bin/python bench/output_listing.py [--repeats 5] [--out results/bench/output_listing.json]
"""

import argparse
import platform
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from fpgaprune.io import OUTPUT_MARKER, added_entries, atomic_dir, check_output_dir, write_json

SIZES = (1_000, 10_000, 50_000)


def _tree(root: Path, n_files: int) -> None:
    """`n_files` small files in folders of 20, nested three deep (a/b/c/file)."""
    for i in range(n_files):
        folder = root / f"d{i // 8000}" / f"d{i // 400 % 20}" / f"d{i // 20 % 20}"
        if i % 20 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"f{i % 20}.txt").write_text("x")


def _seconds(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def _spread(times: list[float]) -> dict:
    return {"median_s": statistics.median(times), "min_s": min(times), "max_s": max(times)}


def _one_run(work: Path, n_files: int) -> dict:
    out = work / "out"
    with atomic_dir(out) as tmp:
        _tree(tmp, n_files)
        written = time.perf_counter()
    listing_s = time.perf_counter() - written  # the listing and the rename
    check_s = _seconds(lambda: check_output_dir(out))
    _tree(out / "synthesis", n_files)  # a user's synthesis run inside the output
    added_s = _seconds(lambda: added_entries(out))
    assert added_entries(out) == ["synthesis"]
    marker_bytes = (out / OUTPUT_MARKER).stat().st_size
    shutil.rmtree(out)
    return {"listing_s": listing_s, "check_s": check_s, "check_with_added_s": added_s, "marker": marker_bytes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path("results/bench/output_listing.json"))
    args = parser.parse_args()
    results = []
    for n_files in SIZES:
        runs = []
        for _ in range(args.repeats):
            with tempfile.TemporaryDirectory() as work:
                runs.append(_one_run(Path(work), n_files))
        timed = {key: _spread([run[key] for run in runs]) for key in runs[0] if key.endswith("_s")}
        row = {"n_files": n_files, "marker_bytes": runs[0]["marker"], **timed}
        results.append(row)
        print(
            f"{n_files:7d} files: listing {row['listing_s']['median_s']:.3f} s, check "
            f"{row['check_s']['median_s']:.3f} s, check with {n_files} added "
            f"{row['check_with_added_s']['median_s']:.3f} s"
        )
    write_json(
        args.out,
        {
            "benchmark": f"output directory listing ({OUTPUT_MARKER}) and its check on a rerun",
            "repeats": args.repeats,
            "python": platform.python_version(),
            "machine": platform.machine(),
            "target_s": 1.0,
            "results": results,
        },
    )


if __name__ == "__main__":
    main()
