"""``accord serve``: starts the server on a store, refuses what it cannot serve."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
from click.testing import CliRunner

from accord.cli import cli


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_answers_on_the_port_given(store_path):
    port = free_port()
    env = {name: value for name, value in os.environ.items() if name != "ACCORD_TOKEN"}
    process = subprocess.Popen(
        [sys.executable, "-m", "accord.cli", "serve", "--db", str(store_path),
         "--port", str(port), "--log-level", "warning"],
        stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                summary = httpx.get(f"http://127.0.0.1:{port}/api/summary", timeout=2).json()
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read()
                assert time.monotonic() < deadline, "accord serve did not answer in 60 s"
                time.sleep(0.2)
        assert summary["documents"] > 0 and summary["ingest"] is False
        page = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert page.status_code == 200 and "accord" in page.text
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}/" in stderr
    assert "read-only" in stderr


def test_serve_refuses_a_missing_store(tmp_path):
    missing = tmp_path / "none.duckdb"
    result = CliRunner().invoke(cli, ["serve", "--db", str(missing)])
    assert result.exit_code == 1
    assert "[E054]" in result.output and "accord ingest" in result.output
    assert not missing.exists()


def test_serve_refuses_an_empty_token(store_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(store_path), "--token", " "])
    assert result.exit_code == 2
    assert "token is empty" in result.output
