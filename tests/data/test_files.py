"""Downloads (through urllib, from file:// URLs) leave either a verified file or nothing."""

import hashlib

import pytest

from fpgaprune.data.files import download


@pytest.fixture
def served(tmp_path):
    source = tmp_path / "server" / "file.bin"
    source.parent.mkdir()
    source.write_bytes(b"payload " * 1000)
    return source, hashlib.sha256(source.read_bytes()).hexdigest()


def test_good_download_is_renamed_into_place(tmp_path, served):
    source, sha256 = served
    destination = tmp_path / "downloads" / "file.bin"
    download(source.as_uri(), destination, sha256)
    assert destination.read_bytes() == source.read_bytes()
    assert [p.name for p in destination.parent.iterdir()] == ["file.bin"]


def test_wrong_checksum_leaves_no_file(tmp_path, served):
    source, _ = served
    destination = tmp_path / "downloads" / "file.bin"
    with pytest.raises(ValueError) as error:
        download(source.as_uri(), destination, "0" * 64)
    message = str(error.value)
    assert "\n" not in message and str(destination) in message
    assert "expected sha256 " + "0" * 64 in message and source.as_uri() in message
    assert list(destination.parent.iterdir()) == []


def test_failed_download_leaves_no_file(tmp_path):
    destination = tmp_path / "downloads" / "file.bin"
    url = (tmp_path / "absent.bin").as_uri()
    with pytest.raises(FileNotFoundError, match=f"file.bin: download failed .*get it from {url}"):
        download(url, destination, "1" * 64)
    assert list(destination.parent.iterdir()) == []
