"""The workflow on a real SLURM: config/test.yaml (at one reuse factor) run with `--workflow-profile
profiles/slurm`.

A single-node cluster (tests/slurm_cluster.py) runs on this machine for the module. Each test runs
the workflow in its own temporary directory, so nothing is written into the checkout's results/.
Successful jobs' SLURM logs are kept (--slurm-keep-successful-logs): they show which jobs ran
inside which SLURM job.
"""

import os
import re
import signal
import subprocess
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from .slurm_cluster import ClusterUnavailable, LocalSlurm, ensure_packages
from .snakemake_runs import job_stats, snakemake_command

pytestmark = [pytest.mark.slurm, pytest.mark.slow]

RUN_TIMEOUT_S = 900


@pytest.fixture(scope="module")
def slurm():
    if os.geteuid() != 0:
        pytest.skip("the SLURM test starts slurmctld and slurmd, which needs root")
    try:
        ensure_packages()
    except ClusterUnavailable as reason:
        pytest.skip(str(reason))
    cluster = LocalSlurm()
    try:
        cluster.start()
    except ClusterUnavailable as reason:
        cluster.stop()
        pytest.skip(str(reason))
    yield cluster
    cluster.stop()
    assert not cluster.leftover_processes(), "the cluster's daemons or job steps outlived it"


def cluster_options(slurm: LocalSlurm) -> list[str]:
    """What this cluster needs beyond the profile, as a user's own cluster might.

    No accounting database, so job states come from squeue; short jobs, so the first status check
    comes after 5 s, not 40 s; one small node, so a bundle of grouped jobs may use at most its CPUs
    and memory (its jobs then run one after the other inside the SLURM job).
    """
    return [
        "--slurm-status-command",
        "squeue",
        "--slurm-init-seconds-before-status-checks",
        "5",
        "--slurm-keep-successful-logs",
        "--cores",
        slurm.node["CPUs"],
        "--resources",
        f"mem_mb={slurm.node['RealMemory']}",
    ]


# config/test.yaml's experiment at one of its two reuse factors: two pruning passes (not four) to interrupt,
# group and resume are what the tests need, and each pass costs the small cluster half a minute of its 2 CPUs
ONE_SETTING = "experiments:\n  digits_mlp: {reuse_factors: [4]}\n"


def cluster_command(repo: Path, workdir: Path, slurm: LocalSlurm, *args: str) -> list[str]:
    """Snakemake on config/test.yaml at one reuse factor (`ONE_SETTING`), in `workdir`, on the cluster."""
    changes = workdir / "one_setting.yaml"
    changes.write_text(ONE_SETTING)
    return snakemake_command(
        repo,
        workdir,
        [repo / "config/test.yaml", changes],
        "--workflow-profile",
        str(repo / "profiles/slurm"),
        *cluster_options(slurm),
        *args,
    )


def run_snakemake(repo, workdir, slurm, *args) -> subprocess.CompletedProcess:
    """Runs Snakemake to its end; its log (stderr) and stdout are both in the result's `stdout`."""
    return subprocess.run(
        cluster_command(repo, workdir, slurm, *args),
        cwd=workdir,
        env=slurm.env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )


def submitted_jobs(output: str) -> dict[int, Path]:
    """{SLURM job id: SLURM log file} of every submission of one Snakemake run."""
    found = re.findall(r"has been submitted with SLURM jobid (\d+) \(log: (\S+)\)\.", output)
    return {int(job): Path(log) for job, log in found}


def executed_rules(output: str) -> Counter:
    """Jobs per rule that a Snakemake process ran itself (the "localrule" blocks of its output)."""
    return Counter(re.findall(r"^localrule (\w+):$", output, re.MULTILINE))


def products(workdir: Path) -> dict[Path, int]:
    """{result file: mtime} of everything under results/ except logs and benchmarks, which reruns rewrite."""
    files = (path for path in (workdir / "results").rglob("*") if path.is_file())
    return {
        path: path.stat().st_mtime_ns
        for path in files
        if not {"logs", "benchmarks"} & set(path.relative_to(workdir / "results").parts)
    }


def load_test_config(repo: Path) -> dict:
    return yaml.safe_load((repo / "config/test.yaml").read_text())


def test_failed_job_is_reported_with_its_log_paths(repo, slurm, tmp_path):
    # A corrupt prepared data set (as a broken copy on a shared filesystem would be): the job that
    # reads it fails on the cluster.
    (tmp_path / "results/data").mkdir(parents=True)
    for dataset in {experiment["dataset"] for experiment in load_test_config(repo)["experiments"].values()}:
        (tmp_path / f"results/data/{dataset}.npz").write_bytes(b"not an npz archive")
        (tmp_path / f"results/data/{dataset}.json").write_text("{}")

    run = run_snakemake(repo, tmp_path, slurm)

    assert run.returncode != 0
    report = r"Error in rule (\w+):\n.*?SLURM-job '(\d+)' failed.*?\n\s+log: (.*?) \(check log"
    failed = re.search(report, run.stdout, re.DOTALL)
    assert failed, run.stdout[-3000:]
    rule, job, logs = failed.group(1), int(failed.group(2)), failed.group(3).split(", ")
    assert slurm.finished_jobs()[job] == "FAILED"
    rule_log, slurm_log = tmp_path / logs[0], Path(logs[1])
    assert rule_log.is_relative_to(tmp_path / f"results/logs/{rule}") and "error" in rule_log.read_text()
    assert slurm_log.is_relative_to(tmp_path / ".snakemake/slurm_logs") and slurm_log.name == f"{job}.log"
    assert f"Error in rule {rule}:" in slurm_log.read_text()  # the job's own report of its failure


# After Ctrl-C, Snakemake cancels its jobs at once (`scancel`) and then ends its status-check thread,
# which first sleeps out its current interval: in plugin 2.8 that interval grows by 10 s per check
# without a finished job, up to 180 s. The scancel call itself may take up to 60 s.
CANCEL_TIMEOUT_S = 30
EXIT_TIMEOUT_S = 60 + 180 + 30


@dataclass
class Interrupted:
    """A Snakemake run stopped with Ctrl-C: its SLURM run ID, the job that was running, its exit code."""

    run_id: str
    running_job: int
    returncode: int


def interrupt_after_a_finished_job(command: list[str], workdir: Path, slurm: LocalSlurm) -> Interrupted:
    """Starts Snakemake and presses Ctrl-C (SIGINT) once one SLURM job has completed and another runs.

    Snakemake starts with SIGINT handled as in a terminal, whatever this test inherited: a shell
    script that starts pytest in the background (`pytest ... &`) makes it ignore SIGINT, and its
    children with it, so Snakemake would never see the Ctrl-C. Waits until the running job has ended
    and Snakemake has exited (its output is in workdir/interrupted.log).
    """
    earlier_jobs = set(slurm.finished_jobs())
    log = workdir / "interrupted.log"
    with open(log, "w") as output:
        process = subprocess.Popen(
            command,
            cwd=workdir,
            env=slurm.env(),
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            preexec_fn=default_sigint,  # noqa: PLW1509  (it only resets one signal's disposition)
        )
    deadline = time.monotonic() + RUN_TIMEOUT_S
    try:
        while True:
            completed = {job for job, state in slurm.finished_jobs().items() if state == "COMPLETED"}
            running = [job for job, state in slurm.queue().items() if state == "RUNNING"]
            if completed - earlier_jobs and running:
                break
            assert process.poll() is None, "Snakemake ended before a second SLURM job ran"
            assert time.monotonic() < deadline, "no second SLURM job started"
            time.sleep(0.5)
        process.send_signal(signal.SIGINT)
        slurm.wait_until_finished(running[0], timeout_s=CANCEL_TIMEOUT_S)  # raises when it still runs
        returncode = process.wait(timeout=EXIT_TIMEOUT_S)
    finally:
        if process.poll() is None:
            process.kill()
    return Interrupted(run_id(log.read_text()), running[0], returncode)


def default_sigint() -> None:
    """Undoes an inherited "ignore SIGINT" (POSIX shells set it for background commands of scripts)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_id(output: str) -> str:
    """The SLURM executor's run ID, the name of every SLURM job of that Snakemake run."""
    return re.search(r"^SLURM run ID: (\S+)$", output, re.MULTILINE).group(1)


def left_behind(slurm: LocalSlurm, directory: Path, grace_s: float = 60) -> list:
    """SLURM jobs still active and processes still working in `directory` (Snakemake, the jobs' srun and
    Snakemake) after up to `grace_s` seconds: the steps of a cancelled job take a moment to end."""
    deadline = time.monotonic() + grace_s
    while (found := slurm.active_jobs() + processes_in(directory)) and time.monotonic() < deadline:
        time.sleep(1)
    return found


def processes_in(directory: Path) -> list[str]:
    """Command lines of the processes whose working directory is `directory` or below it."""
    found = []
    for process in Path("/proc").glob("[0-9]*"):
        try:
            if Path(os.readlink(process / "cwd")).is_relative_to(directory):
                found.append((process / "cmdline").read_text().replace("\0", " ").strip())
        except OSError:  # ended while being read
            continue
    return found


def nothing_to_do(output: str) -> bool:
    """Whether a dry run planned no job (with `--until`, Snakemake 9.27 prints an empty table instead)."""
    return "Nothing to be done" in output or re.search(r"^total\s+0$", output, re.MULTILINE) is not None


# Up to the pruning jobs: minutes on this small cluster (the hls jobs would add a g++ build each).
UNTIL_PRUNE = ("--until", "prune")


def test_interrupted_run_resumes_without_redoing_finished_jobs(repo, slurm, tmp_path):
    command = cluster_command(repo, tmp_path, slurm, *UNTIL_PRUNE)
    interrupted = interrupt_after_a_finished_job(command, tmp_path, slurm)

    assert interrupted.returncode != 0
    assert slurm.finished_jobs(name=interrupted.run_id)[interrupted.running_job] == "CANCELLED"
    assert not left_behind(slurm, tmp_path)
    finished_before = products(tmp_path)
    experiments = load_test_config(repo)["experiments"]
    assert all(tmp_path / f"results/{name}/baseline/metrics.json" in finished_before for name in experiments)
    jobs_before = slurm.finished_jobs()

    plan = job_stats(run_snakemake(repo, tmp_path, slurm, *UNTIL_PRUNE, "--dry-run").stdout)
    run = run_snakemake(repo, tmp_path, slurm, *UNTIL_PRUNE)

    assert run.returncode == 0, run.stdout[-3000:]
    assert not {"prepare_data", "train"} & set(plan) and job_stats(run.stdout) == plan
    after = products(tmp_path)
    assert {path: after.get(path) for path in finished_before} == finished_before
    jobs = submitted_jobs(run.stdout)
    rerun_jobs = {job: state for job, state in slurm.finished_jobs().items() if job not in jobs_before}
    assert rerun_jobs == slurm.finished_jobs(name=run_id(run.stdout)) == dict.fromkeys(jobs, "COMPLETED")
    ran_on_slurm = sum((executed_rules(log.read_text()) for log in jobs.values()), Counter())
    assert ran_on_slurm + executed_rules(run.stdout) == plan
    assert len(jobs) < ran_on_slurm.total(), "short jobs should be grouped into fewer SLURM jobs"
    assert not left_behind(slurm, tmp_path)
    assert nothing_to_do(run_snakemake(repo, tmp_path, slurm, *UNTIL_PRUNE, "--dry-run").stdout)
    output_lines = re.findall(r"^\s+output: (.*)$", run.stdout, re.MULTILINE)
    outputs = [name for line in output_lines for name in line.split(", ")]
    assert outputs and all(os.path.getsize(tmp_path / name) > 0 for name in outputs)
