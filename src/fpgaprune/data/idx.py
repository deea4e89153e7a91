"""IDX files (the MNIST family's format), gzip-compressed.

An IDX file is a big-endian header: two zero bytes, a type code (0x08 = unsigned byte), the number of
dimensions d, then d 32-bit sizes; the values follow. Labels files are 1-D (magic 2049), image files
3-D (magic 2051).
"""

import gzip
import struct
import zlib
from pathlib import Path

import numpy as np

_UBYTE = 0x08


def read_gz(path: Path) -> bytes:
    """Decompressed content of a gzip file; ValueError naming the file if it is not valid gzip."""
    try:
        return gzip.decompress(Path(path).read_bytes())
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        raise ValueError(f"{path}: not a valid gzip file ({error})") from error


def parse_idx(content: bytes, where: str = "IDX data") -> np.ndarray:
    """Parse unsigned-byte IDX content into an array of the shape given by its header.

    Args:
        content: the decompressed bytes.
        where: name used in error messages (usually the file path).

    Returns:
        uint8 array, shape from the header.
    """
    if len(content) < 4:
        raise ValueError(f"{where}: too short for an IDX header ({len(content)} bytes)")
    zeros, type_code, n_dims = struct.unpack(">HBB", content[:4])
    if zeros != 0 or type_code != _UBYTE:
        raise ValueError(f"{where}: not an unsigned-byte IDX file (header {content[:4].hex()})")
    header_size = 4 + 4 * n_dims
    shape = struct.unpack(f">{n_dims}I", content[4:header_size])
    expected = header_size + int(np.prod(shape))
    if len(content) != expected:
        raise ValueError(f"{where}: {len(content)} bytes, but its header {shape} implies {expected}")
    return np.frombuffer(content, dtype=np.uint8, offset=header_size).reshape(shape)
