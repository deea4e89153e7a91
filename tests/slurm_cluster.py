"""A throw-away single-node SLURM cluster on this machine, for the workflow's SLURM test.

It runs the real daemons of Debian's `slurm-wlm` and `munge` as children of the test process:
`munged` with its own key and socket, `slurmctld` and `slurmd` with state, spool, logs and the
job completion log (`jobcomp/filetxt`) in a temporary directory. There is no accounting database,
so job states come from `squeue` (finished jobs stay visible for `MinJobAge` seconds) and from the
job completion log, which gets one line per finished job.

The only file placed outside the temporary directory is `/etc/slurm/slurm.conf`: `srun`, run
inside every job, finds its configuration only there. It carries an owner line and is removed on
stop; an existing configuration that is not ours is never touched (`ClusterUnavailable`).
"""

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

DEBIAN_PACKAGES = ("slurm-wlm", "munge")
COMMANDS = ("munged", "mungekey", "slurmctld", "slurmd", "sbatch", "srun", "squeue", "scancel", "sinfo")
SYSTEM_CONF = Path("/etc/slurm/slurm.conf")
OWNER_LINE = "# Written by fpgaprune tests/slurm_cluster.py for a test cluster; owner pid {pid}"
START_TIMEOUT_S = 60
ACTIVE_STATES = ("PENDING", "RUNNING", "COMPLETING")


class ClusterUnavailable(Exception):
    """This machine cannot run the test cluster (not root, packages not installable, conf in use)."""


def ensure_packages() -> None:
    """Installs `slurm-wlm` and `munge` with apt-get when one of their commands is missing.

    Raises:
        ClusterUnavailable: when the packages are missing and cannot be installed here.
    """
    if all(shutil.which(command) for command in COMMANDS):
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise ClusterUnavailable(f"SLURM is missing; installing {DEBIAN_PACKAGES} needs root and apt-get")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *DEBIAN_PACKAGES]):
        done = subprocess.run(
            command, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise ClusterUnavailable(f"`{' '.join(command)}` failed: {done.stderr.strip()[-500:]}")
    missing = [command for command in COMMANDS if not shutil.which(command)]
    if missing:
        raise ClusterUnavailable(f"{DEBIAN_PACKAGES} installed but commands are missing: {missing}")


@dataclass
class LocalSlurm:
    """A running single-node cluster; `start()` brings it up, `stop()` undoes everything it did.

    Attributes:
        root: the temporary directory holding keys, state, logs and the job completion log.
        node: this machine as SLURM's only node (`slurmd -C`: NodeName, CPUs, RealMemory, ...).
    """

    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="fpgaprune-slurm-")))
    node: dict = field(default_factory=dict)
    processes: dict = field(default_factory=dict)
    placed: list = field(default_factory=list)

    @property
    def jobcomp(self) -> Path:
        return self.root / "jobcomp.log"

    def env(self) -> dict:
        """The environment for SLURM clients (and jobs, which inherit it) pointing at this cluster."""
        return {**os.environ, "SLURM_CONF": str(SYSTEM_CONF)}

    def start(self) -> None:
        """Starts munged, slurmctld and slurmd and waits until the node is idle.

        Raises:
            ClusterUnavailable: when a SLURM configuration that is not ours exists.
            RuntimeError: when a daemon dies or the node does not come up (with the daemon's log).
        """
        self.root.chmod(0o755)  # munged requires a socket directory everyone may traverse
        self.node = node_config()
        self._claim_system_conf()
        self._start_munge()
        self._place_system_conf(self._slurm_conf())
        self._spawn("slurmctld", ["slurmctld", "-D"])
        self._spawn("slurmd", ["slurmd", "-D", "-N", self.node["NodeName"]])
        self._wait_for(lambda: self._node_state() == "idle", "the node to become idle")

    def stop(self) -> None:
        """Cancels leftover jobs, stops the daemons this object started and removes what it placed."""
        try:
            if "slurmctld" in self.processes:
                self._cancel_all_jobs()
        finally:
            for process in reversed(self.processes.values()):
                _terminate(process)
            for path in reversed(self.placed):
                if path.is_dir():
                    path.rmdir()
                else:
                    path.unlink(missing_ok=True)
            self.placed.clear()
            shutil.rmtree(self.root, ignore_errors=True)

    def finished_jobs(self, name: str | None = None) -> dict[int, str]:
        """Returns {job id: final state} from the job completion log (e.g. COMPLETED, FAILED, CANCELLED).

        Args:
            name: only the jobs of this job name (the SLURM executor names every job by its run ID).
        """
        if not self.jobcomp.exists():
            return {}
        records = (dict(re.findall(r"(\w+)=(\S*)", line)) for line in self.jobcomp.read_text().splitlines())
        return {
            int(record["JobId"]): record["JobState"]
            for record in records
            if "JobId" in record and name in (None, record.get("Name"))
        }

    def wait_until_finished(self, job: int, timeout_s: float = START_TIMEOUT_S) -> str:
        """Waits until `job` is in the job completion log and returns its final state."""
        self._wait_for(lambda: job in self.finished_jobs(), f"job {job} to finish", timeout_s)
        return self.finished_jobs()[job]

    def queue(self) -> dict[int, str]:
        """Returns {job id: state} of the jobs `squeue` shows (pending, running and recently finished)."""
        out = self._client(["squeue", "-h", "-t", "all", "-o", "%i %T"])
        return {int(job): state for job, state in (line.split() for line in out.splitlines())}

    def active_jobs(self) -> list[int]:
        """Returns the jobs that are pending, running or completing."""
        return [job for job, state in self.queue().items() if state in ACTIVE_STATES]

    def leftover_processes(self) -> list[str]:
        """Returns the daemons started here that still run and any job step (`slurmstepd`) still alive.

        Job steps outlive `slurmd`; every one on this machine is this cluster's, since a second
        cluster would need the `/etc/slurm/slurm.conf` this one claims.
        """
        daemons = [name for name, process in self.processes.items() if process.poll() is None]
        return daemons + _command_lines("slurmstepd")

    def _claim_system_conf(self) -> None:
        if not SYSTEM_CONF.exists():
            return
        owner = re.search(r"owner pid (\d+)", SYSTEM_CONF.read_text())
        if owner is None or _alive(int(owner.group(1))):
            raise ClusterUnavailable(f"{SYSTEM_CONF} belongs to another cluster or running test; untouched")
        SYSTEM_CONF.unlink()  # a leftover of a test run that died before its clean-up

    def _place_system_conf(self, text: str) -> None:
        if not SYSTEM_CONF.parent.exists():
            SYSTEM_CONF.parent.mkdir(parents=True)
            self.placed.append(SYSTEM_CONF.parent)
        SYSTEM_CONF.write_text(text)
        self.placed.append(SYSTEM_CONF)

    def _start_munge(self) -> None:
        key = self.root / "munge.key"
        subprocess.run(["mungekey", "--create", f"--keyfile={key}"], check=True, capture_output=True)
        files = {
            "key-file": key,
            "socket": self._munge_socket,
            "pid-file": self.root / "munged.pid",
            "log-file": self.root / "munged.log",
            "seed-file": self.root / "munged.seed",
        }
        options = [f"--{name}={path}" for name, path in files.items()]
        self._spawn("munged", ["munged", "--foreground", *options])
        self._wait_for(self._munge_socket.exists, "the munge socket")

    @property
    def _munge_socket(self) -> Path:
        return self.root / "munge.socket"

    def _slurm_conf(self) -> str:
        node = self.node
        ctld_port, slurmd_port = _free_ports(2)
        for directory in ("state", "spool"):
            (self.root / directory).mkdir(exist_ok=True)
        node_line = " ".join(f"{key}={value}" for key, value in node.items())
        return "\n".join(
            [
                OWNER_LINE.format(pid=os.getpid()),
                "ClusterName=fpgaprunetest",
                f"SlurmctldHost={node['NodeName']}(127.0.0.1)",
                f"SlurmctldPort={ctld_port}",
                f"SlurmdPort={slurmd_port}",
                "SlurmUser=root",
                "SlurmdUser=root",
                "AuthType=auth/munge",
                "CredType=cred/munge",
                f"AuthInfo=socket={self._munge_socket}",
                f"StateSaveLocation={self.root / 'state'}",
                f"SlurmdSpoolDir={self.root / 'spool'}",
                f"SlurmctldPidFile={self.root / 'slurmctld.pid'}",
                f"SlurmdPidFile={self.root / 'slurmd.pid'}",
                f"SlurmctldLogFile={self.root / 'slurmctld.log'}",
                f"SlurmdLogFile={self.root / 'slurmd.log'}",
                "ProctrackType=proctrack/linuxproc",
                "TaskPlugin=task/none",
                "MpiDefault=none",
                "SwitchType=switch/none",
                "SchedulerType=sched/backfill",
                "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_Core_Memory",
                "AccountingStorageType=accounting_storage/none",
                "JobAcctGatherType=jobacct_gather/none",
                "JobCompType=jobcomp/filetxt",
                f"JobCompLoc={self.jobcomp}",
                "MinJobAge=600",  # finished jobs stay visible to squeue, the executor's status source here
                "ReturnToService=2",
                f"{node_line} NodeAddr=127.0.0.1 State=UNKNOWN",
                f"PartitionName=main Nodes={node['NodeName']} Default=YES MaxTime=INFINITE State=UP",
                "",
            ]
        )

    def _spawn(self, name: str, command: list) -> None:
        with open(self.root / f"{name}.out", "w") as log:
            self.processes[name] = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=log, env=self.env()
            )

    def _wait_for(self, condition, what: str, timeout_s: float = START_TIMEOUT_S) -> None:
        deadline = time.monotonic() + timeout_s
        while not condition():
            for name, process in self.processes.items():
                if process.poll() is not None:
                    raise RuntimeError(
                        f"{name} exited with {process.returncode} while waiting for {what}:\n"
                        + self._logs(name)
                    )
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"timed out after {timeout_s} s waiting for {what}:\n" + self._logs(*self.processes)
                )
            time.sleep(0.2)

    def _logs(self, *names: str) -> str:
        paths = [self.root / f"{name}{suffix}" for name in names for suffix in (".log", ".out")]
        return "\n".join(
            f"--- {path.name}\n" + "\n".join(path.read_text().splitlines()[-20:])
            for path in paths
            if path.exists()
        )

    def _node_state(self) -> str:
        return self._client(["sinfo", "-h", "-o", "%T"], check=False).strip()

    def _cancel_all_jobs(self) -> None:
        jobs = [str(job) for job in self.active_jobs()]
        if jobs:
            self._client(["scancel", *jobs], check=False)
            self._wait_for(lambda: not self.active_jobs(), "cancelled jobs to end")

    def _client(self, command: list, check: bool = True) -> str:
        done = subprocess.run(
            command,
            env=self.env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        if check and done.returncode != 0:
            raise RuntimeError(f"`{' '.join(command)}` failed: {done.stderr.strip()}")
        return done.stdout


def node_config() -> dict[str, str]:
    """Returns this machine as `slurmd -C` describes it: NodeName, CPUs, RealMemory, ..."""
    detected = subprocess.run(["slurmd", "-C"], capture_output=True, text=True, check=True).stdout
    first_line = detected.splitlines()[0]  # the second one is the uptime
    return dict(item.split("=", 1) for item in first_line.split())


def _free_ports(count: int) -> list[int]:
    probes = [socket.socket() for _ in range(count)]
    try:
        for probe in probes:
            probe.bind(("127.0.0.1", 0))
        return [probe.getsockname()[1] for probe in probes]
    finally:
        for probe in probes:
            probe.close()


def _command_lines(name: str) -> list[str]:
    """Returns the command lines of the live processes called `name` (zombies, dead but not yet reaped
    by their parent, are not counted)."""
    found = []
    for process in Path("/proc").glob("[0-9]*"):
        try:
            _, comm_and_state = (process / "stat").read_text().split(" (", 1)
            comm, state = comm_and_state.rsplit(") ", 1)
            if comm == name and not state.startswith("Z"):
                found.append((process / "cmdline").read_text().replace("\0", " ").strip())
        except OSError:  # ended while being read
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _terminate(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
