"""BRAM rows whose estimate moved between two runs of the held-out benches (branch bramholes): per set, how
many moved, went from wrong to exact and from exact to wrong, and were within one block before and after;
with --list, every moved BRAM row. Also reports any other metric that moved. Run the benches twice first,
once with each `src`, e.g.

    PYTHONPATH=src .venv/bin/python bench/cost_model_heldout.py --set heldout8 --label before --out-dir /tmp/a
    PYTHONPATH=src .venv/bin/python bench/cost_model_heldout9.py --label before --out-dir /tmp/a
    (the same with --label after --out-dir /tmp/b on the branch)
    .venv/bin/python bench/bram_rows_moved.py /tmp/a before /tmp/b after [--list]
"""

import csv
import sys
from pathlib import Path


def _key(row: dict) -> tuple:
    return tuple(value for name, value in row.items() if name not in ("estimate", "error"))


def main() -> None:
    before_dir, before_label, after_dir, after_label = sys.argv[1:5]
    listing = "--list" in sys.argv
    for before in sorted(Path(before_dir).glob(f"cost_model_*_{before_label}.csv")):
        after = Path(after_dir) / before.name.replace(f"_{before_label}.csv", f"_{after_label}.csv")
        if not after.is_file():
            print("no after run for", before.name)
            continue
        new = {_key(row): row for row in csv.DictReader(after.open())}
        counts = {"moved": 0, "wrong->exact": 0, "exact->wrong": 0, "within 1 before": 0, "within 1 after": 0}
        other = set()
        for row in csv.DictReader(before.open()):
            moved = new[_key(row)]
            if moved["estimate"] == row["estimate"]:
                continue
            if row["metric"] != "bram_18k":
                other.add(row["metric"])
                continue
            report, old, now = float(row["report"]), float(row["estimate"]), float(moved["estimate"])
            counts["moved"] += 1
            counts["wrong->exact"] += old != report and now == report
            counts["exact->wrong"] += old == report and now != report
            counts["within 1 before"] += abs(old - report) <= 1
            counts["within 1 after"] += abs(now - report) <= 1
            if listing:
                where = f"{row.get('design')} {row.get('layer', '')}"
                print(before.name, where, f"{old:g} -> {now:g} ({report:g})")
        if counts["moved"] or other:
            print(before.name, counts, "other metrics moved:", sorted(other) or "none")


if __name__ == "__main__":
    main()
