"""Input files of the datasets: checksums, one-line errors, and downloads that leave no partial file."""

import contextlib
import hashlib
import http.client
import logging
import shutil
import socket
import time
import urllib.error
import urllib.request
from pathlib import Path

from fpgaprune.io import atomic_path, sha256_file

__all__ = [
    "corrupt_file_error",
    "download",
    "missing_file_error",
    "sha256_bytes",
    "sha256_file",
    "socket_timeout",
]

log = logging.getLogger(__name__)

_CHUNK = 1 << 20
DOWNLOAD_TIMEOUT_S = 30.0  # a connection silent this long fails the attempt
DOWNLOAD_RETRIES = 3  # further attempts after a failed one
RETRY_DELAY_S = 2.0


def sha256_bytes(data: bytes) -> str:
    """SHA-256 hex digest of `data`."""
    return hashlib.sha256(data).hexdigest()


def missing_file_error(path: Path, expected_sha256: str, how_to_get: str) -> FileNotFoundError:
    """The one-line error for an input file that is not there."""
    return FileNotFoundError(f"{path}: missing (expected sha256 {expected_sha256}); get it {how_to_get}")


def corrupt_file_error(path: Path, expected_sha256: str, problem: str, how_to_get: str) -> ValueError:
    """The one-line error for an input file whose content is not the expected one."""
    return ValueError(
        f"{path}: corrupt or wrong file ({problem}; expected sha256 {expected_sha256}); "
        f"get a good copy {how_to_get}"
    )


@contextlib.contextmanager
def socket_timeout(seconds: float):
    """Give up on any socket silent for `seconds` inside the block (for libraries that set no timeout)."""
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(seconds)
    try:
        yield
    finally:
        socket.setdefaulttimeout(previous)


def download(
    url: str,
    destination: Path,
    expected_sha256: str,
    *,
    timeout_s: float | None = None,
    retries: int | None = None,
) -> None:
    """Download `url` to `destination`, verify its SHA-256, then rename it into place.

    A connection silent for `timeout_s` fails the attempt; failed attempts are retried `retries`
    times, `RETRY_DELAY_S` apart. A failed or corrupt download leaves neither `destination` nor a
    temporary file behind.

    Args:
        url: where to fetch the file (any scheme urllib supports).
        destination: final path of the file.
        expected_sha256: SHA-256 of the file as served.
        timeout_s: seconds without data before an attempt fails (default `DOWNLOAD_TIMEOUT_S`).
        retries: further attempts after a failed one (default `DOWNLOAD_RETRIES`; none for file:// URLs).

    Raises:
        FileNotFoundError: every attempt failed (no network, HTTP error, stalled connection); names the
            URL and how to get the file by hand.
        ValueError: the downloaded bytes have the wrong checksum.
    """
    timeout_s = DOWNLOAD_TIMEOUT_S if timeout_s is None else timeout_s
    retries = 0 if url.startswith("file:") else DOWNLOAD_RETRIES if retries is None else retries
    how_to_get = f"from {url}"
    with atomic_path(destination) as tmp:
        for attempt in range(1, retries + 2):
            log.info("downloading %s -> %s (attempt %d of %d)", url, destination, attempt, retries + 1)
            try:
                _fetch(url, tmp, timeout_s)
                break
            except (OSError, http.client.HTTPException) as error:
                if attempt > retries or not _worth_retrying(error):
                    raise FileNotFoundError(
                        f"{destination}: download failed after {attempt} attempt(s) ({_one_line(error)}; "
                        f"expected sha256 {expected_sha256}); get it {how_to_get} by hand "
                        f"(e.g. curl -fL -o {destination} {url}) and rerun"
                    ) from None
                log.warning(
                    "download of %s failed (%s); retrying in %.0f s", url, _one_line(error), RETRY_DELAY_S
                )
                time.sleep(RETRY_DELAY_S)
        actual = sha256_file(tmp)
        if actual != expected_sha256:
            raise corrupt_file_error(destination, expected_sha256, f"downloaded sha256 {actual}", how_to_get)


def _fetch(url: str, path: Path, timeout_s: float) -> None:
    with urllib.request.urlopen(url, timeout=timeout_s) as source, open(path, "wb") as target:
        shutil.copyfileobj(source, target, _CHUNK)


def _worth_retrying(error: Exception) -> bool:
    """Not for answers that will not change: a missing page or a refused request (HTTP 4xx but 408/429)."""
    return not isinstance(error, urllib.error.HTTPError) or error.code >= 500 or error.code in (408, 429)


def _one_line(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__
