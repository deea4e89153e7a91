"""Input files of the datasets: checksums, one-line errors, and downloads that leave no partial file."""

import hashlib
import http.client
import logging
import shutil
import urllib.request
from pathlib import Path

from fpgaprune.io import atomic_path, sha256_file

__all__ = ["corrupt_file_error", "download", "missing_file_error", "sha256_bytes", "sha256_file"]

log = logging.getLogger(__name__)

_CHUNK = 1 << 20


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


def download(url: str, destination: Path, expected_sha256: str) -> None:
    """Download `url` to `destination`, verify its SHA-256, then rename it into place.

    A failed or corrupt download leaves neither `destination` nor a temporary file behind.

    Args:
        url: where to fetch the file (any scheme urllib supports).
        destination: final path of the file.
        expected_sha256: SHA-256 of the file as served.

    Raises:
        FileNotFoundError: the download failed (no network, HTTP error).
        ValueError: the downloaded bytes have the wrong checksum.
    """
    how_to_get = f"from {url}"
    log.info("downloading %s -> %s", url, destination)
    with atomic_path(destination) as tmp:
        try:
            with urllib.request.urlopen(url, timeout=60) as source, open(tmp, "wb") as target:
                shutil.copyfileobj(source, target, _CHUNK)
        except (OSError, http.client.HTTPException) as error:
            raise FileNotFoundError(
                f"{destination}: download failed ({error}; expected sha256 {expected_sha256}); "
                f"get it {how_to_get}"
            ) from error
        actual = sha256_file(tmp)
        if actual != expected_sha256:
            raise corrupt_file_error(destination, expected_sha256, f"downloaded sha256 {actual}", how_to_get)
