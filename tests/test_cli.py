"""`accord code` end to end: inputs, output formats, options, and bad input in a batch."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import accord
import accord.pipeline
from accord.cli import cli
from accord.documents import split_date_prefix
from accord.events import ROW_COLUMNS

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "moscow-talks.txt"

RECORD_FIELDS = {
    "event_id",
    "doc_id",
    "sentence_index",
    "date",
    "date_precision",
    "pub_date",
    "source",
    "target",
    "cameo",
    "cameo_root",
    "cameo_name",
    "quad_class",
    "goldstein",
    "plover",
    "modality",
    "evidence",
    "confidence",
    "versions",
}
ACTOR_FIELDS = {"text", "name", "code", "country", "sectors", "kb_id"}

# Real news sentences (paraphrased wire copy) whose coding does not hinge on fine points.
VISIT = "Putin visited India on Dec 6."
SANCTIONS = "The European Union imposed sanctions on Russia on Monday."
INVASION = "Russian troops attacked Ukraine on Thursday."
DENIAL = "Russia did not attack Ukraine."
BARE_STATEMENT = "Russian Foreign Minister Sergei Lavrov said the economy was growing."
# Every actor here is a government official: the rows carry no empty sector list.
MINISTERS = (
    "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on "
    "Tuesday, the Russian foreign ministry said. Turkish President Recep Tayyip Erdoğan met "
    "Ukrainian President Volodymyr Zelensky in Lviv on Thursday, the Turkish presidency said."
)
ARTICLE = (
    " date 2021-12-15 Russian President Vladimir Putin visited India on Dec 6 for talks with "
    "Prime Minister Narendra Modi, his first foreign trip since the summit in Geneva.\n\n"
    "Chinese President Xi Jinping held talks with Putin in a video call on Wednesday, the "
    "Kremlin said.\n\n"
    "The European Union imposed sanctions on Belarus on Monday.\n"
)


# --------------------------------------------------------------------------- helpers


def run_accord(*args: str, stdin: str | None = None, hash_seed: str = "0"):
    """`python -m accord.cli ARGS` in a child process, as a user runs it."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    return subprocess.run(
        [sys.executable, "-m", "accord.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=300,
    )


def records(jsonl: str) -> list[dict]:
    return [json.loads(line) for line in jsonl.splitlines() if line.strip()]


def triples(rows: list[dict]) -> set[tuple]:
    """(doc_id, source code, CAMEO, target code, date) of each record."""
    return {
        (r["doc_id"], r["source"]["code"], r["cameo"], (r["target"] or {}).get("code"), r["date"])
        for r in rows
    }


ERROR_LINE = re.compile(r"^accord: (?P<name>.+?): \[(?P<code>E\d{3})\] ")


def reported(stderr: str) -> dict[str, list[str]]:
    """Document name -> the error codes printed for it on standard error."""
    found: dict[str, list[str]] = {}
    for line in stderr.splitlines():
        match = ERROR_LINE.match(line)
        if match:
            found.setdefault(match["name"], []).append(match["code"])
    return found


@pytest.fixture(scope="module")
def runner():
    """A CliRunner whose invocations share one pipeline per configuration (loading is ~1 s)."""
    real_load = accord.pipeline.load
    cache: dict = {}

    def cached_load(model=accord.pipeline.DEFAULT_MODEL, **options):
        key = (model, repr(sorted(options.items())))
        if key not in cache:
            cache[key] = real_load(model, **options)
        return cache[key]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accord.pipeline, "load", cached_load)
        yield CliRunner()


def invoke(runner: CliRunner, *args: str, stdin: str | None = None):
    return runner.invoke(cli, ["code", *args], input=stdin, catch_exceptions=False)


# --------------------------------------------------------------------------- the example


@pytest.fixture(scope="module")
def example_run():
    return run_accord("code", str(EXAMPLE))


@pytest.fixture(scope="module")
def example(example_run) -> list[dict]:
    assert example_run.returncode == 0, example_run.stderr
    return records(example_run.stdout)


def test_bundled_example_codes_cleanly_in_a_subprocess(example_run):
    assert example_run.returncode == 0
    assert example_run.stderr == ""
    assert len(records(example_run.stdout)) >= 5


def test_every_record_carries_the_documented_fields(example):
    for record in example:
        assert RECORD_FIELDS <= set(record), RECORD_FIELDS - set(record)
        assert ACTOR_FIELDS <= set(record["source"])
        assert record["target"] is None or ACTOR_FIELDS <= set(record["target"])
        assert set(record["plover"]) == {"event_type", "mode"}
        assert set(record["evidence"]) == {"sentence", "trigger", "span", "rule", "explain"}
        assert {"trigger", "source", "target", "modality", "date"} <= set(
            record["evidence"]["explain"]
        )


def test_record_values_are_well_formed(example):
    for r in example:
        assert r["doc_id"] == "moscow-talks"
        assert r["pub_date"] == "2023-03-22"
        assert re.fullmatch(r"[0-9a-f]{16}", r["event_id"])
        assert re.fullmatch(r"\d{3,4}", r["cameo"]) and r["cameo_root"] == r["cameo"][:2]
        assert r["quad_class"] in (1, 2, 3, 4)
        assert -10.0 <= r["goldstein"] <= 10.0
        assert r["modality"] in ("asserted", "intended", "hypothetical", "denied")
        assert r["date_precision"] in ("day", "week", "month", "year", "document")
        if r["date_precision"] == "document":
            assert r["date"] == r["pub_date"]
        assert 0.0 < r["confidence"] <= 1.0
        assert r["versions"]["accord"] == accord.__version__
        assert {"kb", "ontology"} <= set(r["versions"])
        assert re.fullmatch(r"[A-Z]{3}", r["source"]["country"] or "XXX")
        assert isinstance(r["source"]["sectors"], list)


def test_evidence_span_points_at_the_trigger_in_the_document_text(example):
    _, text = split_date_prefix(EXAMPLE.read_text(encoding="utf-8"))
    for r in example:
        start, end = r["evidence"]["span"]
        assert text[start:end] == r["evidence"]["trigger"]
        assert r["evidence"]["trigger"] in r["evidence"]["sentence"]
        assert r["evidence"]["sentence"] in text


def test_example_opens_with_xi_and_putin_talks_dated_tuesday(example):
    # "held talks in Moscow on Tuesday", published Wednesday 2023-03-22
    talks = [
        r
        for r in example
        if r["source"]["code"] == "CHNGOV"
        and r["cameo"] == "040"
        and (r["target"] or {}).get("code") == "RUSGOV"
    ]
    assert talks, triples(example)
    event = talks[0]
    assert event["sentence_index"] == 0
    assert event["date"] == "2023-03-21" and event["date_precision"] == "day"
    assert event["source"]["country"] == "CHN" and event["target"]["country"] == "RUS"
    assert event["source"]["kb_id"] == "person:xi-jinping"
    assert event["quad_class"] == 1 and event["plover"]["event_type"] == "CONSULT"
    assert event["modality"] == "asserted"
    assert event["evidence"]["trigger"] == "talks"


def test_event_ids_are_unique_within_the_output(example):
    ids = [r["event_id"] for r in example]
    assert len(ids) == len(set(ids))


def test_accord_script_on_path_gives_the_same_output(example_run):
    script = subprocess.run(
        ["accord", "code", str(EXAMPLE)], capture_output=True, text=True, cwd=REPO, timeout=300
    )
    assert script.returncode == 0, script.stderr
    assert script.stdout == example_run.stdout


# --------------------------------------------------------------------------- output


def test_output_file_receives_the_same_records_as_stdout(runner, example_run, tmp_path):
    out = tmp_path / "events.jsonl"
    result = invoke(runner, str(EXAMPLE), "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8") == example_run.stdout


def test_csv_output_has_the_row_columns_and_one_row_per_event(runner, example, tmp_path):
    out = tmp_path / "events.csv"
    result = invoke(runner, str(EXAMPLE), "--format", "csv", "-o", str(out))
    assert result.exit_code == 0
    with out.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert tuple(reader.fieldnames) == ROW_COLUMNS
    assert [row["event_id"] for row in rows] == [r["event_id"] for r in example]
    first = rows[0]
    assert first["source_code"] == example[0]["source"]["code"]
    assert first["evidence_sentence"] == example[0]["evidence"]["sentence"]
    assert int(first["evidence_start"]) == example[0]["evidence"]["span"][0]


def test_csv_to_stdout_starts_with_the_header(runner):
    result = invoke(runner, "-", "--format", "csv", "--date", "2021-12-15", stdin=VISIT)
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == ROW_COLUMNS
    assert len(rows) >= 2


def test_parquet_output_reads_back_with_the_row_columns(runner, tmp_path):
    source = tmp_path / "ministers.txt"
    source.write_text(" date 2022-08-20 " + MINISTERS, encoding="utf-8")
    out = tmp_path / "events.parquet"
    json_run = invoke(runner, str(source))
    result = invoke(runner, str(source), "--format", "parquet", "-o", str(out))
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert tuple(table.column_names) == ROW_COLUMNS
    expected = records(json_run.stdout)
    assert table.num_rows == len(expected) >= 2
    assert table.column("event_id").to_pylist() == [r["event_id"] for r in expected]
    assert table.column("source_code").to_pylist() == [r["source"]["code"] for r in expected]
    assert "TURGOV" in table.column("source_code").to_pylist()
    assert any("Erdoğan" in s for s in table.column("evidence_sentence").to_pylist())


def test_parquet_without_an_output_file_fails_with_a_clear_message(runner):
    result = runner.invoke(cli, ["code", "-", "--format", "parquet"], input=VISIT)
    assert result.exit_code != 0
    assert "[E023]" in result.stderr
    assert "-o" in result.stderr
    assert result.stdout == ""


# --------------------------------------------------------------------------- inputs


def test_dash_reads_a_text_document_from_stdin(runner):
    result = invoke(runner, "-", "--date", "2021-12-15", stdin=VISIT + "\n")
    assert result.exit_code == 0
    rows = records(result.stdout)
    assert ("stdin", "RUSGOV", "042", "IND", "2021-12-06") in triples(rows)


def test_dash_reads_jsonl_documents_from_stdin(runner):
    lines = [
        {"id": "reuters-visit", "date": "2021-12-15", "text": VISIT},
        {"id": "afp-sanctions", "date": "2022-03-01", "text": SANCTIONS},
    ]
    stdin = "".join(json.dumps(line) + "\n" for line in lines)
    result = invoke(runner, "-", stdin=stdin)
    assert result.exit_code == 0
    assert {r["doc_id"] for r in records(result.stdout)} == {"reuters-visit", "afp-sanctions"}


def test_folder_is_read_recursively_in_path_order(runner, tmp_path):
    (tmp_path / "2021").mkdir()
    (tmp_path / "2022" / "march").mkdir(parents=True)
    (tmp_path / "2021" / "india-visit.txt").write_text(f" date 2021-12-15 {VISIT}")
    (tmp_path / "2022" / "march" / "eu-sanctions.txt").write_text(
        f"date: 2022-03-01\n{SANCTIONS}\n"
    )
    (tmp_path / "2022" / "invasion.txt").write_text(f" date 2022-02-25 {INVASION}")
    result = invoke(runner, str(tmp_path))
    assert result.exit_code == 0, result.stderr
    rows = records(result.stdout)
    order = list(dict.fromkeys(r["doc_id"] for r in rows))
    assert order == ["india-visit", "invasion", "eu-sanctions"]
    assert ("eu-sanctions", "IGOEUREEC", "163", "RUS", "2022-02-28") in triples(rows)


def test_jsonl_and_csv_document_files_take_id_and_date_from_their_columns(runner, tmp_path):
    jsonl = tmp_path / "wire.jsonl"
    jsonl.write_text(
        json.dumps(
            {"id": "ap-0612", "date": "2021-12-15", "title": "Putin in Delhi", "text": VISIT}
        )
        + "\n",
        encoding="utf-8",
    )
    table = tmp_path / "wire.csv"
    table.write_text(
        f'id,date,title,text\neu-0301,2022-03-01,EU acts,"{SANCTIONS}"\n',
        encoding="utf-8",
    )
    result = invoke(runner, str(jsonl), str(table))
    assert result.exit_code == 0, result.stderr
    found = triples(records(result.stdout))
    assert ("ap-0612", "RUSGOV", "042", "IND", "2021-12-06") in found
    assert ("eu-0301", "IGOEUREEC", "163", "RUS", "2022-02-28") in found
    assert {r["pub_date"] for r in records(result.stdout)} == {"2021-12-15", "2022-03-01"}


def test_undated_text_has_no_date_without_the_date_option(runner):
    rows = records(invoke(runner, "-", stdin=VISIT).stdout)
    assert rows
    assert all(r["pub_date"] is None and r["date"] is None for r in rows)


def test_date_option_dates_undated_documents_and_resolves_relative_dates(runner, tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        json.dumps({"id": "dated", "date": "2022-03-01", "text": SANCTIONS})
        + "\n"
        + json.dumps({"id": "undated", "text": SANCTIONS})
        + "\n",
        encoding="utf-8",
    )
    rows = records(invoke(runner, str(docs), "--date", "2022-02-10").stdout)
    by_doc = {r["doc_id"]: r for r in rows}
    # "on Monday" before the document's date; a document's own date wins over --date
    assert by_doc["dated"]["pub_date"] == "2022-03-01"
    assert by_doc["dated"]["date"] == "2022-02-28"
    assert by_doc["undated"]["pub_date"] == "2022-02-10"
    assert by_doc["undated"]["date"] == "2022-02-07"
    assert by_doc["undated"]["date_precision"] == "day"


def test_malformed_date_option_is_a_usage_error(runner):
    result = runner.invoke(cli, ["code", "-", "--date", "2022-02-30"], input=VISIT)
    assert result.exit_code == 2
    assert "--date" in result.stderr and "2022-02-30" in result.stderr


def test_unknown_model_fails_with_e020(runner):
    result = runner.invoke(cli, ["code", str(EXAMPLE), "--model", "en_core_web_nonexistent"])
    assert result.exit_code == 1
    assert "[E020]" in result.stderr and "en_core_web_nonexistent" in result.stderr
    assert result.stdout == ""


# --------------------------------------------------------------------------- --all


def test_denied_act_is_left_out_by_default_and_kept_with_all(runner):
    default = records(invoke(runner, "-", "--date", "2022-02-20", stdin=DENIAL).stdout)
    everything = records(invoke(runner, "-", "--all", "--date", "2022-02-20", stdin=DENIAL).stdout)
    assert default == []
    denied = [r for r in everything if r["modality"] == "denied"]
    assert denied
    assert denied[0]["source"]["country"] == "RUS"
    assert denied[0]["evidence"]["trigger"] == "attack"


def test_bare_statement_is_left_out_by_default_and_kept_with_all(runner):
    default = records(invoke(runner, "-", "--date", "2022-02-20", stdin=BARE_STATEMENT).stdout)
    everything = records(
        invoke(runner, "-", "--all", "--date", "2022-02-20", stdin=BARE_STATEMENT).stdout
    )
    assert all(r["cameo"] != "010" for r in default)
    assert [(r["source"]["code"], r["cameo"]) for r in everything] == [("RUSGOV", "010")]


def test_all_keeps_a_superset_of_the_default_output(runner, example):
    everything = records(invoke(runner, str(EXAMPLE), "--all").stdout)
    all_ids = {r["event_id"] for r in everything}
    assert {r["event_id"] for r in example} <= all_ids
    assert len(everything) > len(example)


# --------------------------------------------------------------------------- bad input


@pytest.fixture(scope="module")
def batch_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("batch")
    (folder / "delhi-summit.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "chart.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    (folder / "wire.jsonl").write_text(
        json.dumps({"id": "afp-invasion", "date": "2022-02-24", "text": INVASION})
        + "\n"
        + '{"id": "afp-cut", "date": "2022-02-25", "text": "Russian forces\n'
        + json.dumps({"id": "afp-sanctions", "date": "2022-03-01", "text": SANCTIONS})
        + "\n",
        encoding="utf-8",
    )
    (folder / "bad-date.txt").write_text(f" date 2021-13-45 {VISIT}\n", encoding="utf-8")
    sentence = (
        "Indian Prime Minister Narendra Modi met Russian President Vladimir Putin "
        "in New Delhi on Monday. "
    )
    (folder / "huge.txt").write_text(
        " date 2021-12-07 " + sentence * (5_000_000 // len(sentence) + 1), encoding="utf-8"
    )
    # the same good documents, without the bad ones
    good = folder / "good"
    good.mkdir()
    (good / "delhi-summit.txt").write_text(ARTICLE, encoding="utf-8")
    wire = (folder / "wire.jsonl").read_text(encoding="utf-8").splitlines()
    (good / "wire.jsonl").write_text(f"{wire[0]}\n{wire[2]}\n", encoding="utf-8")
    return folder


BAD_FILES = ("empty.txt", "chart.txt", "wire.jsonl", "bad-date.txt", "huge.txt")


@pytest.fixture(scope="module")
def bad_batch(batch_dir):
    files = [str(batch_dir / "delhi-summit.txt"), *(str(batch_dir / n) for n in BAD_FILES)]
    return run_accord("code", *files)


@pytest.fixture(scope="module")
def good_batches(batch_dir):
    files = [str(batch_dir / "good" / "delhi-summit.txt"), str(batch_dir / "good" / "wire.jsonl")]
    return run_accord("code", *files, hash_seed="1"), run_accord("code", *files, hash_seed="2")


def test_each_bad_document_gives_one_coded_line_on_stderr(bad_batch, batch_dir):
    assert reported(bad_batch.stderr) == {
        "empty": ["E001"],
        "chart": ["E002"],
        f"{batch_dir / 'wire.jsonl'}:2": ["E005"],
        "bad-date": ["E003"],
        "huge": ["E004"],
    }
    assert "Traceback" not in bad_batch.stderr
    # besides the per-document lines, at most a summary line
    assert len(bad_batch.stderr.splitlines()) <= len(BAD_FILES) + 1


def test_error_lines_say_what_is_wrong(bad_batch):
    lines = {
        ERROR_LINE.match(line)["code"]: line
        for line in bad_batch.stderr.splitlines()
        if ERROR_LINE.match(line)
    }
    assert "2021-13-45" in lines["E003"]
    assert "5,000" in lines["E004"] and "--max-chars" in lines["E004"]
    assert "line 2" in lines["E005"]
    assert "binary" in lines["E002"]


def test_a_batch_with_bad_documents_exits_1(bad_batch):
    assert bad_batch.returncode == 1


def test_good_documents_are_coded_despite_bad_neighbours(bad_batch):
    rows = records(bad_batch.stdout)
    found = triples(rows)
    assert {r["doc_id"] for r in rows} == {"delhi-summit", "afp-invasion", "afp-sanctions"}
    assert ("delhi-summit", "RUSGOV", "042", "IND", "2021-12-06") in found
    assert ("afp-sanctions", "IGOEUREEC", "163", "RUS", "2022-02-28") in found


def test_good_documents_code_the_same_with_or_without_bad_neighbours(bad_batch, good_batches):
    assert bad_batch.stdout == good_batches[0].stdout


def test_a_batch_of_good_documents_exits_0_and_is_silent(good_batches):
    for run in good_batches:
        assert run.returncode == 0
        assert run.stderr == ""
        assert run.stdout


def test_rerunning_a_batch_gives_identical_output(good_batches):
    first, second = good_batches
    assert first.stdout == second.stdout
    ids = [r["event_id"] for r in records(first.stdout)]
    assert len(ids) == len(set(ids)) >= 3
