"""CPU seconds per stage of a real Snakemake run: every `fpgaprune` job measured by the kernel, g++ included.

Snakemake's own benchmark files sample each job's processes every 30 s and lose what a process used
after its last sample (a g++ build of a few seconds, often all of it), so they undercount. Here the
workflow runs under an interpreter whose `python3` (the command every rule runs; the rules put the
directory of Snakemake's interpreter first on PATH) is GNU time around the real one: user + system
seconds of each job and of all the processes it waited for (g++ of the C simulation, yosys).

Writes one row per job to --out (CSV: source, config, stage, job, user_s, sys_s, cpu_s, wall_s) and
prints the sum per stage (the `fpgaprune` command; `hls` split into baseline and pruned designs).

Usage: .venv/bin/python bench/stage_cpu.py --source CHECKOUT --workdir DIR --out runs.csv --label after \
           [--configfile config/test.yaml extra.yaml]
"""

import argparse
import csv
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

TIME = "/usr/bin/time"
SEPARATOR = "|"


def timed_interpreter(root: Path) -> Path:
    """A venv-like folder whose `python` is this interpreter and whose `python3` runs it under GNU time."""
    base = Path(sys.base_prefix) / "bin" / f"python{sys.version_info.major}.{sys.version_info.minor}"
    (root / "bin").mkdir(parents=True)
    site = root / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}"
    site.mkdir(parents=True)
    (site / "site-packages").symlink_to(next(p for p in map(Path, sys.path) if p.name == "site-packages"))
    (root / "pyvenv.cfg").write_text(f"home = {base.parent}\ninclude-system-site-packages = false\n")
    (root / "bin" / "python").symlink_to(base)
    wrapper = root / "bin" / "python3"
    wrapper.write_text(
        "#!/bin/bash\n"
        f'exec {TIME} -a -o "$STAGE_CPU_LOG" -f "%U %S %e{SEPARATOR}$*" "$(dirname "$0")/python" "$@"\n'
    )
    wrapper.chmod(0o755)
    return root / "bin" / "python"


def run(source: Path, workdir: Path, configfiles: list[str], log: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        python = timed_interpreter(Path(tmp) / "venv")
        env = {**os.environ, "STAGE_CPU_LOG": str(log), "PYTHONPATH": str(source / "src")}
        command = [str(python), "-m", "snakemake", "-s", str(source / "workflow/Snakefile")]
        command += ["--directory", str(workdir), "--configfile", *configfiles, "--cores", "2"]
        with open(workdir / "snakemake.out", "w") as out:
            finished = subprocess.run(
                command, cwd=source, env=env, stdout=out, stderr=subprocess.STDOUT, check=False
            )
    return finished.returncode


def stage(arguments: list[str]) -> str:
    """The fpgaprune command of a job (`hls` split into hls_baseline and hls_pruned)."""
    words = arguments[arguments.index("fpgaprune") + 1 :]
    command = next(w for i, w in enumerate(words) if not w.startswith("-") and words[i - 1] != "--log")
    if command == "hls":
        return "hls_baseline" if words[words.index("--method") + 1] == "baseline" else "hls_pruned"
    return command


def rows(log: Path, label: str, config: str) -> list[dict]:
    found = []
    for line in log.read_text().splitlines():
        if SEPARATOR not in line or "fpgaprune" not in line:
            continue
        times, arguments = line.split(SEPARATOR, 1)
        user, system, wall = map(float, times.split())
        words = arguments.split()
        found.append(
            {
                "source": label,
                "config": config,
                "stage": stage(words),
                "job": " ".join(words[words.index("--log") + 1 : words.index("--log") + 2]),
                "user_s": user,
                "sys_s": system,
                "cpu_s": round(user + system, 1),
                "wall_s": wall,
            }
        )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True, help="the checkout whose workflow runs")
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--configfile", nargs="+", default=["config/test.yaml"])
    parser.add_argument("--label", required=True, help="the source column, e.g. before or after")
    parser.add_argument("--out", type=Path, required=True, help="CSV the job rows are appended to")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    log = args.workdir / "stage_cpu.log"
    code = run(args.source.resolve(), args.workdir.resolve(), args.configfile, log)
    if code != 0:
        sys.exit(f"snakemake failed ({code}); see {args.workdir / 'snakemake.out'}")
    found = rows(log, args.label, " ".join(args.configfile))
    new = not args.out.is_file()
    with open(args.out, "a", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(found[0]))
        if new:
            writer.writeheader()
        writer.writerows(found)
    totals = defaultdict(float)
    for row in found:
        totals[row["stage"]] += row["cpu_s"]
    for name, seconds in totals.items():
        print(f"{args.label} {name}: {seconds:.0f} CPU-s")
    print(f"{args.label} total: {sum(totals.values()):.0f} CPU-s")


if __name__ == "__main__":
    main()
