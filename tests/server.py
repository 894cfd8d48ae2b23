"""A real uvicorn server on a free loopback port, for end-to-end tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_server(database_url: str, **env: str) -> Iterator[str]:
    """Start `uvicorn app.main:app` over `database_url`; yield its base URL."""
    port = free_port()
    # stderr goes to a file: a pipe nobody reads fills up (64 KiB) and blocks the server's
    # logging, and reading the pipe of a server that is still starting blocks the test.
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "app.main:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            env={**os.environ, "DATABASE_URL": database_url, **env},
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        try:
            yield _wait_until_healthy(proc, f"http://127.0.0.1:{port}", log)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def _wait_until_healthy(proc: subprocess.Popen[bytes], base: str, log: IO[bytes]) -> str:
    """Poll `/health` for up to 30 s; on exit or timeout raise with the server's stderr."""
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return base
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            log.seek(0)
            err = log.read().decode(errors="replace")
            raise RuntimeError(f"server did not start: {err[-2000:]}")
        time.sleep(0.1)
