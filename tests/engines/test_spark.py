"""The Spark engine, in local mode: the same events as the local engine, Parquet by date."""

from __future__ import annotations

import datetime as dt
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import accord
from accord.cli import cli
from accord.documents import read_documents
from accord.engines.spark import code_to_parquet, local_conf
from accord.errors import AccordError
from accord.events import is_reported
from accord.pipeline import code_documents

#: what must agree between the engines, beside the event id
KEY_FIELDS = ("event_id", "doc_id", "sentence_index", "date", "source_code", "cameo")
KEY_FIELDS += ("target_code", "modality", "evidence_trigger", "location_name")


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    builder = SparkSession.builder
    conf = {
        **local_conf("local[2]"),
        "spark.sql.shuffle.partitions": "2",
        "spark.default.parallelism": "2",
    }
    for key, value in conf.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def local_rows():
    """The local engine's events for a JSONL file, as sorted key fields."""
    nlp = accord.load()

    def rows_of(path) -> list[tuple]:
        documents = read_documents([path], on_error=lambda error: None)
        rows = [
            event.to_row()
            for _, events in code_documents(nlp, documents)
            for event in events
            if is_reported(event)
        ]
        return sorted(tuple(row[key] for key in KEY_FIELDS) for row in rows)

    return rows_of


def spark_rows(spark, output) -> list[tuple]:
    frame = spark.read.parquet(str(output))
    return sorted(tuple(row[key] for key in KEY_FIELDS) for row in frame.collect())


def test_spark_codes_what_the_local_engine_codes(spark, local_rows, tmp_path, news_jsonl):
    odd = tmp_path / "odd.jsonl"  # what only a JSON reader sees: a broken line, no id
    odd.write_text(
        '{"id": "cut", "text": "Putin visited\n'
        + json.dumps({"text": "Russian troops attacked Ukraine on Thursday."})
        + "\n",
        encoding="utf-8",
    )
    errors = []
    output = tmp_path / "events"
    count = code_to_parquet(
        [str(news_jsonl), str(odd)], str(output), spark=spark, on_error=errors.append
    )
    expected = local_rows(news_jsonl)
    assert spark_rows(spark, output) == expected
    assert count == len(expected) > 20
    messages = sorted(error.message[:6] for error in errors)
    assert messages == ["[E003]", "[E036]", "[E037]"]
    assert [e.doc_id for e in errors if e.message.startswith("[E003]")] == ["wire-0005"]
    # partitioned by the event's date, one directory per day
    days = {row[3] for row in expected}
    assert {p.name for p in output.glob("date=*")} == {f"date={day}" for day in days}


def test_cli_codes_parquet_input_on_spark(spark, local_rows, tmp_path, news_feed):
    records = news_feed(12)
    table = pa.table(
        {
            "id": [r["id"] for r in records],
            "date": [dt.date.fromisoformat(r["date"]) for r in records],  # a date column
            "text": [r["text"] for r in records],
            "words": [len(r["text"].split()) for r in records],  # ignored
        }
    )
    pq.write_table(table, tmp_path / "news.parquet")
    jsonl = tmp_path / "news.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    output = tmp_path / "events"
    result = CliRunner().invoke(
        cli, ["code", "--engine", "spark", str(tmp_path / "news.parquet"), "-o", str(output)]
    )
    assert result.exit_code == 0, result.output
    assert spark_rows(spark, output) == local_rows(jsonl)
    again = CliRunner().invoke(
        cli, ["code", "--engine", "spark", str(tmp_path / "news.parquet"), "-o", str(output)]
    )
    assert again.exit_code == 1 and "[E035]" in again.output


def test_spark_refuses_what_it_cannot_read(spark, tmp_path):
    text = tmp_path / "story.txt"
    text.write_text("Putin visited India on Dec 6.", encoding="utf-8")
    with pytest.raises(AccordError, match=r"\[E033\]"):
        code_to_parquet([str(text)], str(tmp_path / "events"), spark=spark)
    pq.write_table(pa.table({"body": ["Putin visited India."]}), tmp_path / "body.parquet")
    with pytest.raises(AccordError, match=r"\[E034\].*body"):
        code_to_parquet([str(tmp_path / "body.parquet")], str(tmp_path / "events"), spark=spark)


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        ([], "pass -o DIR"),
        (["-o", "events", "--format", "csv"], "writes Parquet only"),
        (["-o", "events", "--processes", "2"], "leave out --processes"),
    ],
)
def test_spark_options_that_do_not_apply_are_refused(news_jsonl, extra, problem):
    result = CliRunner().invoke(cli, ["code", "--engine", "spark", str(news_jsonl), *extra])
    assert result.exit_code == 2
    assert "[E039]" in result.output and problem in result.output
