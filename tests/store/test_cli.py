"""``accord ingest``, ``accord query`` and ``accord export`` as a user runs them."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

import accord.pipeline
from accord.cli import cli


@pytest.fixture
def run(nlp, monkeypatch, tmp_path):
    """The CLI in this process, in a fresh working directory, with the loaded pipeline."""
    monkeypatch.setattr(accord.pipeline, "load", lambda *args, **kwargs: nlp)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return invoke


@pytest.fixture
def ingested(run, news_file):
    result = run("ingest", str(news_file))
    assert result.exit_code == 0, result.output
    return run


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def test_ingest_writes_accord_duckdb_in_the_working_directory(run, news_file, tmp_path):
    result = run("ingest", str(news_file))
    assert result.exit_code == 0
    assert (tmp_path / "accord.duckdb").exists()
    assert "9 documents (9 new, 0 replaced, 0 unchanged, 0 failed), 12 reports added" in (
        result.stderr
    )
    again = run("ingest", str(news_file))
    assert "(0 new, 0 replaced, 9 unchanged, 0 failed), 0 reports added" in again.stderr
    other = run("ingest", str(news_file), "--db", "other.duckdb", "--window", "0")
    assert other.exit_code == 0 and (tmp_path / "other.duckdb").exists()


def test_ingest_reports_a_bad_document_and_exits_1(run, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"id": "good", "date": "2022-02-24", "text": "Russian troops attacked Ukraine."}\n'
        '{"id": "empty", "date": "2022-02-24", "text": "  "}\n',
        encoding="utf-8",
    )
    result = run("ingest", str(path))
    assert result.exit_code == 1
    assert "accord: empty: [E001]" in result.stderr
    assert "1 documents (1 new" in result.stderr


def test_query_events_in_three_formats(ingested):
    table = ingested("query", "events")
    assert table.exit_code == 0
    assert "RUSMIL" in table.stdout and "merged_id" in table.stdout
    assert "accord: 8 of 8 events" in table.stderr
    records = json_lines(ingested("query", "events", "--format", "json", "--all").stdout)
    assert len(records) == 11 and {r["modality"] for r in records} >= {"denied", "asserted"}
    attack = next(r for r in records if r["cameo"] == "180" and r["reported"])
    assert (attack["num_mentions"], attack["event_date"]) == (2, "2022-02-24")
    rows = list(csv.DictReader(io.StringIO(ingested("query", "events", "--format", "csv").stdout)))
    assert len(rows) == 8 and "evidence_sentence" in rows[0]
    page = json_lines(
        ingested("query", "events", "--format", "json", "--limit", "2", "--offset", "6").stdout
    )
    assert len(page) == 2


def test_query_filters_and_the_raw_view(ingested):
    dyad = json_lines(
        ingested("query", "events", "--dyad", "UKR", "RUS", "--format", "json").stdout
    )
    assert {r["cameo"] for r in dyad} == {"138", "180"}
    text = json_lines(
        ingested("query", "events", "--text", "imposed sanctions", "--format", "json").stdout
    )
    assert [r["cameo"] for r in text] == ["163"]
    reports = json_lines(
        ingested("query", "events", "--mentions", "--cameo", "180", "--format", "json").stdout
    )
    assert sorted(r["doc_id"] for r in reports) == ["kyiv-1", "kyiv-2"]
    bad = ingested("query", "events", "--start", "24/02/2022")
    assert bad.exit_code == 2 and "is not a date" in bad.output


def test_query_one_event_with_its_reports(ingested):
    attack = json_lines(ingested("query", "events", "--cameo", "180", "--format", "json").stdout)[0]
    detail = json.loads(ingested("query", "event", attack["merged_id"], "--format", "json").stdout)
    assert [m["doc_id"] for m in detail["mentions"]] == ["kyiv-1", "kyiv-2"]
    assert detail["mentions"][1]["evidence_sentence"].startswith("Russian forces attacked")
    table = ingested("query", "event", attack["merged_id"])
    assert "num_mentions" in table.stdout and "Reuters" in table.stdout
    missing = ingested("query", "event", "ffffffffffffffff")
    assert missing.exit_code == 1 and "[E058]" in missing.stderr


def test_query_series_partners_counts_network_alerts_and_ledger(ingested):
    series = json_lines(ingested("query", "series", "RUS", "UKR", "--format", "json").stdout)
    february = next(r for r in series if r["period"] == "2022-02-01")
    assert (february["events"], february["quad4"], february["goldstein_sum"]) == (2, 1, -16.0)
    partners = json_lines(ingested("query", "partners", "RUS", "--format", "json").stdout)
    # the European Union has no country: it is its own partner; the United States threatens
    # Russia with sanctions if it invades
    assert {p["partner"] for p in partners} == {"CHN", "IND", "UKR", "IGOEUREEC", "USA"}
    profile = json_lines(ingested("query", "profile", "RUS", "--format", "json").stdout)
    assert {r["kind"] for r in profile} == {"partner", "period"}
    counts = json_lines(ingested("query", "counts", "--freq", "year", "--format", "json").stdout)
    assert {(r["country"], r["period"]) for r in counts} >= {("RUS", "2022-01-01")}
    nodes = json_lines(ingested("query", "network", "--format", "json").stdout)
    assert nodes[0]["node"] == "RUS"
    edges = json_lines(ingested("query", "network", "--edges", "--format", "json").stdout)
    assert {"source", "target", "events"} <= set(edges[0])
    alerts = ingested("query", "alerts", "--window", "7", "--baseline", "2", "--threshold", "0.5")
    assert alerts.exit_code == 0 and "conflict" in alerts.stdout
    ledger = json_lines(ingested("query", "ledger", "--format", "json").stdout)
    assert ledger[0]["status"] == "complete" and ledger[0]["documents_new"] == 9


def test_export_formats_from_the_command_line(ingested, tmp_path):
    gdelt = ingested("export", "--format", "gdelt")
    assert gdelt.exit_code == 0
    rows = gdelt.stdout.splitlines()
    assert len(rows) == 8 and all(len(row.split("\t")) == 61 for row in rows)
    assert "accord: 8 events exported" in gdelt.stderr
    out = tmp_path / "events.parquet"
    assert ingested("export", "--format", "parquet", "-o", str(out)).exit_code == 0
    assert out.exists()
    no_file = ingested("export", "--format", "parquet")
    assert no_file.exit_code == 1 and "[E023]" in no_file.stderr
    icews = ingested("export", "--format", "icews", "--country", "CHN")
    assert icews.stdout.splitlines()[0].startswith("Event ID\tEvent Date")
    assert len(icews.stdout.splitlines()) == 3  # the header and the two sides of the talks
    gexf = ingested("export", "--format", "gexf")
    assert gexf.stdout.lstrip().startswith("<?xml") and "<gexf" in gexf.stdout


def test_commands_refuse_a_file_that_is_not_a_store(run, tmp_path, news_file):
    (tmp_path / "notes.duckdb").write_text("my notes\n", encoding="utf-8")
    for args in (
        ("ingest", str(news_file), "--db", "notes.duckdb"),
        ("query", "events", "--db", "notes.duckdb"),
        ("export", "--format", "csv", "--db", "notes.duckdb"),
    ):
        result = run(*args)
        assert result.exit_code == 1
        assert "[E050]" in result.stderr and "will not overwrite it" in result.stderr
    assert (tmp_path / "notes.duckdb").read_text(encoding="utf-8") == "my notes\n"
    missing = run("query", "events", "--db", "none.duckdb")
    assert missing.exit_code == 1 and "[E054]" in missing.stderr
    assert not (tmp_path / "none.duckdb").exists()
