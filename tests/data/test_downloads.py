"""Downloads against a local HTTP server that stalls: each gives up after its timeout, retries, and
names the URL and how to get the file by hand (offline: the server listens on 127.0.0.1)."""

import hashlib
import http.server
import threading
import time

import pytest

from fpgaprune.data import files

PAYLOAD = b"payload " * 1000


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.server.requests += 1
        if self.server.requests <= self.server.stalls:
            self.server.release.wait(10)  # says nothing until the test ends
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(PAYLOAD)))
        self.end_headers()
        self.wfile.write(PAYLOAD)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    """A server on 127.0.0.1 that stalls on its first `stalls` requests, then serves PAYLOAD."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    httpd.requests, httpd.stalls, httpd.release = 0, 1000, threading.Event()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.release.set()
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def quick(monkeypatch):
    monkeypatch.setattr(files, "DOWNLOAD_TIMEOUT_S", 0.3)
    monkeypatch.setattr(files, "RETRY_DELAY_S", 0.05)
    monkeypatch.setattr(files, "DOWNLOAD_RETRIES", 2)


def _url(httpd, name="file.bin"):
    return f"http://127.0.0.1:{httpd.server_address[1]}/{name}"


def test_a_stalled_download_gives_up_after_its_retries(tmp_path, server, quick):
    destination = tmp_path / "downloads" / "file.bin"
    start = time.monotonic()
    with pytest.raises(FileNotFoundError) as error:
        files.download(_url(server), destination, "1" * 64)
    assert time.monotonic() - start < 5
    message = str(error.value)
    assert "\n" not in message and message.startswith(f"{destination}: download failed after 3 attempt(s)")
    assert f"get it from {_url(server)} by hand (e.g. curl -fL -o {destination} {_url(server)})" in message
    assert server.requests == 3
    assert list(destination.parent.iterdir()) == []


def test_a_download_that_stalls_once_succeeds_on_retry(tmp_path, server, quick):
    server.stalls = 1
    destination = tmp_path / "file.bin"
    files.download(_url(server), destination, hashlib.sha256(PAYLOAD).hexdigest())
    assert destination.read_bytes() == PAYLOAD and server.requests == 2


@pytest.mark.slow  # about 9 s: scikit-learn's own retries pause 1 s each
def test_jets_download_gives_up_on_a_stalled_openml(tmp_path, server, quick, monkeypatch):
    from fpgaprune.data.jets import OPENML_URL, fetch_jets_frame

    monkeypatch.setattr("sklearn.datasets._openml._DATA_INFO", _url(server, "data/{}"))
    start = time.monotonic()
    with pytest.warns(UserWarning, match="Retrying"), pytest.raises(FileNotFoundError) as error:
        fetch_jets_frame(tmp_path / "data_home")
    assert time.monotonic() - start < 30  # scikit-learn adds its own retries and 1 s pauses
    message = str(error.value)
    assert "\n" not in message and OPENML_URL in message and "0.3 s timeout per attempt" in message
    assert "copy DIR/openml to" in message
    assert server.requests >= 3
