import os
import stat

import pytest

from fpgaprune.io import atomic_dir, atomic_path, read_json, write_json


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
