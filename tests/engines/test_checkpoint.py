"""Resumable runs: a run killed mid-way and started again ends with the uninterrupted output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import accord
from accord.cli import cli
from accord.documents import read_documents
from accord.engines.checkpoint import PROGRESS_SUFFIX, ResumableOutput, run_settings
from accord.events import is_reported
from accord.pipeline import DEFAULT_MODEL, code_documents


def progress_of(output: Path) -> Path:
    return output.with_name(output.name + PROGRESS_SUFFIX)


def code(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["code", *map(str, args)])
    return result.exit_code, result.output


def cli_settings(fmt_all: bool = False) -> dict:
    """The settings `accord code` records for a run with default options."""
    return run_settings(
        files={"kb_extra": (), "patterns": ()},
        model=DEFAULT_MODEL,
        all=fmt_all,
        convention="cameo",
        date=None,
        max_chars=1_000_000,
    )


@pytest.fixture(scope="module")
def nlp():
    return accord.load()


def interrupted_run(nlp, news: Path, output: Path, fmt: str, done: int, tail: str) -> None:
    """What a run killed after `done` documents leaves: their events and progress recorded,
    the next document's events written but not recorded, then `tail`, a line cut short."""
    run = ResumableOutput.open(output, fmt, cli_settings())
    documents = read_documents([news], on_error=lambda error: None)
    for number, (document, events) in enumerate(code_documents(nlp, documents)):
        run.writer.write(e for e in events if is_reported(e))
        if number == done:
            break
        run.done(document)
    run.close()
    with open(output, "a", encoding="utf-8") as handle:
        handle.write(tail)
    with open(progress_of(output), "a", encoding="utf-8") as handle:
        handle.write("ffff")  # the progress line being written when the kill came


def test_killed_run_started_again_gives_the_uninterrupted_output(tmp_path, news_feed):
    news = tmp_path / "feed.jsonl"
    news.write_text("".join(json.dumps(r) + "\n" for r in news_feed(200)), encoding="utf-8")
    whole, killed = tmp_path / "whole.jsonl", tmp_path / "killed.jsonl"
    assert code(news, "-o", whole)[0] == 0
    command = [sys.executable, "-m", "accord.cli", "code", str(news), "-o", str(killed)]
    child = subprocess.Popen(
        [*command, "--processes", "2"],
        start_new_session=True,  # its own process group: the kill reaches the workers too
        stderr=subprocess.DEVNULL,
    )
    progress = progress_of(killed)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and child.poll() is None:
        if progress.exists() and progress.read_text().count("\n") > 30:
            break
        time.sleep(0.02)
    os.killpg(child.pid, signal.SIGKILL)
    child.wait()
    recorded = progress.read_text().count("\n") - 1
    assert 30 <= recorded < 200, "the run was killed mid-way"
    assert killed.stat().st_size < whole.stat().st_size
    again = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"{recorded:,} document(s) already coded" in again.stderr
    assert killed.read_bytes() == whole.read_bytes()
    assert not progress.exists()


def test_resume_drops_a_cut_line_and_recodes_an_unrecorded_document(nlp, tmp_path, news_jsonl):
    whole, output = tmp_path / "whole.jsonl", tmp_path / "out.jsonl"
    code(news_jsonl, "-o", whole)
    interrupted_run(nlp, news_jsonl, output, "jsonl", done=7, tail='{"event_id": "3f2a')
    status, messages = code(news_jsonl, "-o", output)
    assert status == 1  # the document with an impossible date, reported again
    assert "resuming" in messages and "[E003]" in messages
    assert output.read_bytes() == whole.read_bytes()
    assert not progress_of(output).exists()


def test_csv_resumes_without_a_second_header(nlp, tmp_path, news_jsonl):
    whole, output = tmp_path / "whole.csv", tmp_path / "out.csv"
    code(news_jsonl, "--format", "csv", "-o", whole)
    interrupted_run(nlp, news_jsonl, output, "csv", done=10, tail="3f2a,wire-00")
    code(news_jsonl, "--format", "csv", "-o", output)
    assert output.read_bytes() == whole.read_bytes()
    assert output.read_text().count("event_id,") == 1


def test_other_options_do_not_resume_an_interrupted_run(nlp, tmp_path, news_jsonl):
    whole, output = tmp_path / "whole.jsonl", tmp_path / "out.jsonl"
    interrupted_run(nlp, news_jsonl, output, "jsonl", done=5, tail="")
    status, messages = code(news_jsonl, "--all", "-o", output)
    assert status != 0
    assert "[E031]" in messages and "all: False then True" in messages
    # --no-resume starts over, and the run is the uninterrupted one
    code(news_jsonl, "--all", "-o", whole)
    code(news_jsonl, "--all", "--no-resume", "-o", output)
    assert output.read_bytes() == whole.read_bytes()


def test_an_output_changed_since_the_interruption_is_not_resumed(nlp, tmp_path, news_jsonl):
    output = tmp_path / "out.jsonl"
    interrupted_run(nlp, news_jsonl, output, "jsonl", done=12, tail="")
    output.write_text(output.read_text()[:100], encoding="utf-8")
    status, messages = code(news_jsonl, "-o", output)
    assert status != 0 and "[E032]" in messages


def test_a_complete_run_leaves_no_progress_file_and_a_new_run_starts_over(tmp_path, news_jsonl):
    output = tmp_path / "out.jsonl"
    code(news_jsonl, "-o", output)
    first = output.read_bytes()
    assert not progress_of(output).exists()
    code(news_jsonl, "-o", output)
    assert output.read_bytes() == first


def test_standard_output_and_parquet_keep_no_progress_file(tmp_path, news_jsonl, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code(news_jsonl)
    code(news_jsonl, "--format", "parquet", "-o", "out.parquet")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.jsonl", "out.parquet"]
