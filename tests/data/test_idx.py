"""The IDX parser on tiny files written by the test."""

import gzip
import struct

import numpy as np
import pytest

from fpgaprune.data.idx import parse_idx, read_gz


def _labels_file(labels):
    return struct.pack(">II", 2049, len(labels)) + bytes(labels)


def _images_file(images):
    return struct.pack(">IIII", 2051, *images.shape) + images.tobytes()


def test_labels_and_images_round_trip(tmp_path):
    images = np.arange(2 * 3 * 4, dtype=np.uint8).reshape(2, 3, 4)
    path = tmp_path / "images.gz"
    path.write_bytes(gzip.compress(_images_file(images)))
    np.testing.assert_array_equal(parse_idx(read_gz(path)), images)
    np.testing.assert_array_equal(parse_idx(_labels_file([9, 0, 3])), [9, 0, 3])


def test_truncated_content_is_refused():
    with pytest.raises(ValueError, match=r"x.idx: 13 bytes, but its header \(2, 2\) implies 16"):
        parse_idx(struct.pack(">III", 0x0802, 2, 2) + b"\x01", "x.idx")  # 2x2 bytes announced, 1 given


def test_non_ubyte_type_is_refused():
    with pytest.raises(ValueError, match="not an unsigned-byte IDX file"):
        parse_idx(struct.pack(">II", 0x0D01, 1) + b"\x00" * 4)  # 0x0D = float32


def test_not_gzip_is_refused(tmp_path):
    path = tmp_path / "labels.gz"
    path.write_bytes(_labels_file([1, 2]))
    with pytest.raises(ValueError, match="labels.gz: not a valid gzip file"):
        read_gz(path)
