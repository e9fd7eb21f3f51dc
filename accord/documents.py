"""Read news documents from files, folders and standard input.

Every format is turned into the same `Document`. Readers stream: a JSONL or CSV file is
decoded line by line, so a corpus larger than memory can be coded. A bad document never
stops the batch: it becomes a `DocumentError` with a coded message (see `accord.errors`),
handed to `on_error`, and reading goes on with the next document.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import email.utils
import gzip
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from accord.errors import DocumentError, Errors

__all__ = ["Document", "parse_date", "read_documents", "split_date_prefix"]


@dataclass(frozen=True, slots=True)
class Document:
    """One news document, ready to be coded."""

    id: str
    text: str
    date: datetime.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # publisher / outlet name
    origin: str | None = None  # where it came from, for messages: "path" or "path:line"


# --------------------------------------------------------------------------- dates

# Only the calendar day matters for event data. A full ISO timestamp keeps the day as the
# publisher wrote it: converting to UTC would move late-evening stories to the next day.
_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]|\Z)")


def parse_date(value: str) -> datetime.date:
    """Parse a publication date.

    Accepts ``YYYY-MM-DD``, full ISO datetimes (``2021-12-15T08:30:00Z``) and RFC 2822 dates
    as found in RSS (``Wed, 15 Dec 2021 08:30:00 GMT``). Raises ``ValueError`` for anything
    else, including impossible dates such as ``2021-13-45``.
    """
    text = value.strip()
    match = _ISO_DAY.match(text)
    if match:
        # datetime.date raises ValueError for month 13 or day 45
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    try:
        return datetime.date.fromisoformat(text)  # compact forms such as 20211215
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    raise ValueError(f"not a date: {value!r}")


# ` date 2021-12-15 Chinese President ...`: the headline follows on the same line and is text.
_DATE_PREFIX = re.compile(r"\A\s*date:?[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?=\s|\Z)", re.IGNORECASE)
# `date: Wed, 15 Dec 2021` alone on the first line. The value must be short and hold a digit,
# so that an article opening with "Date: Wednesday's talks ..." keeps its first sentence.
_DATE_LINE = re.compile(
    r"\A\s*date[ \t]*:[ \t]*(?=[^\r\n]*\d)([^\r\n]{1,40}?)[ \t]*(?:\r?\n|\Z)", re.IGNORECASE
)


def split_date_prefix(text: str) -> tuple[str | None, str]:
    """Split a leading date marker off a plain-text document.

    Returns ``(raw date string or None, remaining text)``; the remaining text is stripped of
    surrounding whitespace. The raw date is not validated: `parse_date` does that.
    """
    text = text.removeprefix("\ufeff")
    for pattern in (_DATE_PREFIX, _DATE_LINE):
        match = pattern.match(text)
        if match:
            return match[1], text[match.end() :].strip()
    return None, text.strip()


# --------------------------------------------------------------------------- language

# Frequent English function words that are not also common words in French, Spanish, German,
# Italian or Portuguese ("a", "in", "an", "on", "was", "he", "police", "sanctions" are left out for
# that reason).
# Measured: English news scores 12-32% (shortest single sentences lowest), French, Spanish,
# German, Russian and Chinese news paragraphs score 0%. 5% leaves a wide margin on both sides.
_ENGLISH_WORDS = frozenset(
    """the of and to is that for it with as be by at from his are were this which have has had
    not but they their or its been will would who after also more she her we than there about
    into over up out when what if can could these those them our you said while because such
    only other met says told minister president government foreign prime talks week
    year officials monday tuesday wednesday thursday friday saturday sunday percent against
    between during before people killed troops announced agreed country
    state new two three""".split()  # news words too: a wire brief can be names and "met" alone
)
_MIN_ENGLISH_SHARE = 0.05
_LANGUAGE_MIN_CHARS = 200  # shorter texts (headlines, names) are too noisy to judge
_LANGUAGE_SAMPLE_CHARS = 5000  # the opening tells the language; keeps the check cheap
_WORD = re.compile(r"[^\W\d_]+")


def _english_share(text: str) -> float:
    words = _WORD.findall(text[:_LANGUAGE_SAMPLE_CHARS].lower())
    if not words:
        return 0.0
    return sum(word in _ENGLISH_WORDS for word in words) / len(words)


# --------------------------------------------------------------------------- records


@dataclass(slots=True)
class _Record:
    """What a reader found, before the checks shared by every format."""

    id: str
    text: str
    origin: str
    date: str | None = None  # raw: parsed in _finish so every format reports E003 the same way
    title: str | None = None
    url: str | None = None
    source: str | None = None


_Item = _Record | DocumentError


def _finish(
    record: _Record, default_date: datetime.date | None, max_chars: int
) -> Document | DocumentError:
    """Apply the checks every document goes through, whatever its format."""
    text = record.text.strip()
    if not text:
        return DocumentError(record.id, Errors.E001)
    nul = text.find("\x00")
    if nul >= 0:  # a \u0000 escape in JSON: the bytes were fine, the content is not text
        offset = len(text[:nul].encode("utf-8"))
        return DocumentError(record.id, Errors.E002.format(offset=offset))
    date = default_date
    if record.date:
        try:
            date = parse_date(record.date)
        except ValueError:
            return DocumentError(record.id, Errors.E003.format(value=record.date))
    if len(text) > max_chars:
        return DocumentError(record.id, Errors.E004.format(size=len(text), limit=max_chars))
    if len(text) >= _LANGUAGE_MIN_CHARS:
        share = _english_share(text)
        if share < _MIN_ENGLISH_SHARE:
            return DocumentError(record.id, Errors.E011.format(share=share))
    return Document(
        id=record.id,
        text=text,
        date=date,
        title=record.title,
        url=record.url,
        source=record.source,
        origin=record.origin,
    )


def _clean(value: Any) -> str | None:
    """A metadata value as a stripped string; None for missing, null or blank."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


# --------------------------------------------------------------------------- sources


@dataclass(frozen=True, slots=True)
class _Source:
    """One input to read: a file, or standard input."""

    name: str  # file name stem ("stdin" for -): the id of single-document inputs
    origin: str  # the path as given, for messages and Document.origin
    open: Callable[[], AbstractContextManager[Any]]  # binary: .read() and line iteration


class _Prefetched:
    """Standard input with the lines read while sniffing its format put back in front."""

    def __init__(self, head: list[bytes], rest: Any) -> None:
        self._head = head
        self._rest = rest

    def read(self) -> bytes:
        return b"".join(self._head) + self._rest.read()

    def __iter__(self) -> Iterator[bytes]:
        yield from self._head
        yield from self._rest


def _decode(data: bytes, doc_id: str) -> str | DocumentError:
    """UTF-8 text of a whole file, or E002 with the byte offset of the first bad byte."""
    # NUL never occurs in text but is valid UTF-8: it is the sign of a binary file.
    nul = data.find(b"\x00")
    if nul >= 0:
        return DocumentError(doc_id, Errors.E002.format(offset=nul))
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as error:
        return DocumentError(doc_id, Errors.E002.format(offset=bom + error.start))


def _lines(stream: Iterable[bytes]) -> Iterator[tuple[int, str, int | None]]:
    """Yield (line number, text, bad byte offset or None) for each line of a binary stream.

    Decoding per line keeps one bad line from spoiling the rest of the file. A line that is
    not UTF-8 (or holds NUL) comes with the file offset of the first bad byte and its text
    decoded with replacement characters, so CSV parsing can still find where the row ends.
    """
    position = 0
    for number, raw in enumerate(stream, start=1):
        line = raw.removeprefix(codecs.BOM_UTF8) if number == 1 else raw
        start = position + len(raw) - len(line)
        position += len(raw)
        bad: int | None = None
        nul = line.find(b"\x00")
        if nul >= 0:
            bad = start + nul
            line = line.replace(b"\x00", b"\xef\xbf\xbd")  # U+FFFD, like the decoder below
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as error:
            bad = start + error.start if bad is None else min(bad, start + error.start)
            text = line.decode("utf-8", errors="replace")
        yield number, text, bad


# --------------------------------------------------------------------------- readers


def _read_text(source: _Source) -> Iterator[_Item]:
    """A plain-text file is one document, optionally opening with a date marker."""
    with source.open() as stream:
        data = stream.read()
    text = _decode(data, source.name)
    if isinstance(text, DocumentError):
        yield text
        return
    raw_date, body = split_date_prefix(text)
    yield _Record(id=source.name, text=body, date=raw_date, origin=source.origin)


def _read_jsonl(source: _Source) -> Iterator[_Item]:
    """One JSON object per line; a broken line is reported and the next one read."""
    with source.open() as stream:
        for number, line, bad in _lines(stream):
            where = f"{source.origin}:{number}"
            if bad is not None:
                yield DocumentError(where, Errors.E002.format(offset=bad))
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as error:
                reason = f"{error.msg} (column {error.colno})"
                yield DocumentError(where, Errors.E005.format(line=number, reason=reason))
                continue
            if not isinstance(obj, dict):
                reason = f"expected an object, got {type(obj).__name__}"
                yield DocumentError(where, Errors.E005.format(line=number, reason=reason))
                continue
            doc_id = _clean(obj.get("id")) or f"{source.name}:{number}"
            text = obj.get("text")
            if not isinstance(text, str):
                yield DocumentError(doc_id, Errors.E006.format(line=number, field="text"))
                continue
            yield _Record(
                id=doc_id,
                text=text,
                origin=where,
                date=_clean(obj.get("date")),
                title=_clean(obj.get("title")),
                url=_clean(obj.get("url")),
                source=_clean(obj.get("source")),
            )


def _raise_csv_field_limit() -> None:
    # The csv module refuses fields over 128 KiB, and a news article can be longer; the
    # document size limit is enforced later with a clear message (E004).
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:  # the C long is 32 bits on some platforms
            limit //= 2


def _read_csv(source: _Source, delimiter: str = ",") -> Iterator[_Item]:
    """A header row naming `text` (and `id`, `date`, ...), then one document per row."""
    _raise_csv_field_limit()
    # DictReader hides physical lines; note the ones a row's checks and messages need.
    bad_lines: dict[int, int] = {}  # physical line -> byte offset of its first bad byte
    blank_lines: set[int] = set()  # skipped by DictReader between rows

    def text_lines(stream: Iterable[bytes]) -> Iterator[str]:
        for number, text, bad in _lines(stream):
            if bad is not None:
                bad_lines[number] = bad
            if not text.strip():
                blank_lines.add(number)
            yield text

    with source.open() as stream:
        reader = csv.DictReader(text_lines(stream), delimiter=delimiter)
        try:
            columns = [(name or "").strip().lower() for name in reader.fieldnames or []]
            if "text" not in columns:
                shown = ", ".join(columns) or "none"
                yield DocumentError(source.origin, Errors.E010.format(columns=shown))
                return
            reader.fieldnames = columns
            end = reader.line_num
            for row in reader:
                # A quoted field may span lines: the row runs from `start` to `end`. A row
                # never opens with a blank line, so blank lines before it are skipped ones.
                first, end = end + 1, reader.line_num
                start = first
                while start in blank_lines and start < end:
                    start += 1
                blank_lines.difference_update(range(first, end + 1))
                doc_id = _clean(row.get("id")) or f"{source.name}:{start}"
                offsets = [bad_lines.pop(n) for n in range(start, end + 1) if n in bad_lines]
                if offsets:
                    yield DocumentError(doc_id, Errors.E002.format(offset=min(offsets)))
                    continue
                text = row.get("text")
                if text is None:  # the row is shorter than the header
                    yield DocumentError(doc_id, Errors.E006.format(line=start, field="text"))
                    continue
                yield _Record(
                    id=doc_id,
                    text=text,
                    origin=f"{source.origin}:{start}",
                    date=_clean(row.get("date")),
                    title=_clean(row.get("title")),
                    url=_clean(row.get("url")),
                    source=_clean(row.get("source")),
                )
        except csv.Error as error:  # the rest of the file cannot be trusted
            reason = f"line {reader.line_num}: {error}"
            yield DocumentError(
                source.origin, Errors.E007.format(path=source.origin, reason=reason)
            )


def _read_tsv(source: _Source) -> Iterator[_Item]:
    return _read_csv(source, delimiter="\t")


# Page furniture that is not the story. Removed before looking for the text.
_BOILERPLATE = ["script", "style", "nav", "header", "footer", "aside", "form", "noscript"]
_BLOCKS = "h1, h2, h3, h4, h5, h6, p"


def _squash(text: str) -> str:
    return " ".join(text.split())


def _first(*nodes: LexborNode | None) -> LexborNode | None:
    return next((node for node in nodes if node is not None), None)


def _html_text(tree: LexborHTMLParser) -> str:
    """The main text of a parsed page: headings and paragraphs separated by blank lines."""
    tree.strip_tags(_BOILERPLATE)
    # <br> has no text: without a space the words on either side would run together.
    for br in tree.css("br"):
        br.replace_with(" ")
    main = _first(tree.css_first("article"), tree.css_first("main"), tree.body, tree.root)
    if main is None:
        return ""
    blocks = [_squash(node.text(separator="")) for node in main.css(_BLOCKS)]
    blocks = [block for block in blocks if block]
    if blocks:
        return "\n\n".join(blocks)
    # No paragraph markup (text in bare <div>s or a plain-text fragment): keep it as one block.
    return _squash(main.text(separator=" "))


def _meta(tree: LexborHTMLParser, *keys: str) -> str | None:
    """The first non-empty <meta> content for the keys, given as property= or name=."""
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            node = tree.css_first(f'meta[{attr}="{key}"]')
            value = _clean(node.attributes.get("content")) if node is not None else None
            if value:
                return value
    return None


def _html_date(tree: LexborHTMLParser) -> str | None:
    """The publication date of a page, raw: the first candidate that parses, else the first."""
    candidates = [
        _meta(tree, key)
        for key in ("article:published_time", "og:published_time", "date", "pubdate")
    ]
    for selector in ("article time[datetime]", "time[datetime]"):
        node = tree.css_first(selector)
        candidates.append(_clean(node.attributes.get("datetime")) if node is not None else None)
    found = [value for value in candidates if value]
    # Page metadata is often messy (a "date" meta in local format beside a good ISO one), so
    # one unreadable candidate must not cost the page; E003 only when none can be read.
    for value in found:
        try:
            parse_date(value)
        except ValueError:
            continue
        return value
    return found[0] if found else None


def _read_html(source: _Source) -> Iterator[_Item]:
    """A web page is one document: its article text plus the metadata in <head>."""
    with source.open() as stream:
        data = stream.read()
    html = _decode(data, source.name)
    if isinstance(html, DocumentError):
        yield html
        return
    tree = LexborHTMLParser(html)
    # Metadata first: <time> often sits in the <header> that _html_text removes.
    title_node = tree.css_first("title")
    title = _meta(tree, "og:title") or (
        _clean(title_node.text()) if title_node is not None else None
    )
    date = _html_date(tree)
    canonical = tree.css_first('link[rel="canonical"]')
    url = _clean(canonical.attributes.get("href")) if canonical is not None else None
    url = url or _meta(tree, "og:url")
    text = _html_text(tree)
    if not text:
        yield DocumentError(source.name, Errors.E009)
        return
    yield _Record(
        id=source.name,
        text=text,
        origin=source.origin,
        date=date,
        title=title,
        url=url,
        source=_meta(tree, "og:site_name"),
    )


# Entity declarations can expand a few hundred bytes into gigabytes ("billion laughs") and
# the stdlib parser has no switch to forbid them, so such feeds are refused before parsing.
_DTD = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def _local(tag: Any) -> str:
    """Element name without its namespace: RSS 1.0, 2.0 and Atom then read alike."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(element: ET.Element, *names: str) -> ET.Element | None:
    """The first child with one of the local names, in the order of preference given."""
    for name in names:
        for child in element:
            if _local(child.tag) == name:
                return child
    return None


def _child_text(element: ET.Element, *names: str) -> str | None:
    child = _child(element, *names)
    return _clean(child.text) if child is not None else None


def _markup(element: ET.Element) -> str:
    """The HTML held by a feed element: escaped text, or inline XHTML children (Atom)."""
    if len(element) == 0:
        return element.text or ""
    for node in element.iter():
        node.tag = _local(node.tag)  # so that "{xhtml}p" reads as a paragraph
    inner = (ET.tostring(child, encoding="unicode", method="html") for child in element)
    return (element.text or "") + "".join(inner)


def _entry_link(entry: ET.Element) -> str | None:
    for link in entry:
        if _local(link.tag) != "link":
            continue
        # Atom puts the address in href, preferring rel="alternate"; RSS in the text.
        if link.get("href") and link.get("rel", "alternate") == "alternate":
            return _clean(link.get("href"))
        if _clean(link.text):
            return _clean(link.text)
    return None


def _read_feed(source: _Source) -> Iterator[_Item]:
    """An RSS or Atom feed: every <item> or <entry> is a document."""
    with source.open() as stream:
        data = stream.read()
    xml = _decode(data, source.origin)
    if isinstance(xml, DocumentError):
        yield xml
        return
    if _DTD.search(xml):
        reason = "DOCTYPE and ENTITY declarations are refused (entity expansion attacks)"
        yield DocumentError(source.origin, Errors.E012.format(reason=reason))
        return
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as error:
        yield DocumentError(source.origin, Errors.E012.format(reason=str(error)))
        return
    entries = [node for node in root.iter() if _local(node.tag) in ("item", "entry")]
    if not entries:
        yield DocumentError(source.origin, Errors.E013)
        return
    # Atom: <feed><title>; RSS 2.0: <rss><channel><title>; RSS 1.0: <rdf:RDF><channel>.
    channel = _child(root, "channel")
    if _local(root.tag) == "feed" or channel is None:
        channel = root
    outlet = _child_text(channel, "title")
    for number, entry in enumerate(entries, start=1):
        link = _entry_link(entry)
        doc_id = _child_text(entry, "guid", "id") or link or f"{source.name}:{number}"
        # Full content (content:encoded, Atom content) beats the teaser in description/summary.
        body = _child(entry, "encoded", "content", "description", "summary")
        text = _html_text(LexborHTMLParser(_markup(body))) if body is not None else ""
        yield _Record(
            id=doc_id,
            text=text,
            origin=source.origin,
            date=_child_text(entry, "pubDate", "published", "date", "updated"),
            title=_child_text(entry, "title"),
            url=link,
            source=outlet,
        )


_Reader = Callable[[_Source], Iterator[_Item]]

# File extension -> reader. "" is a file without extension: plain text.
_READERS: dict[str, _Reader] = {
    "": _read_text,
    ".txt": _read_text,
    ".text": _read_text,
    ".md": _read_text,
    ".jsonl": _read_jsonl,
    ".ndjson": _read_jsonl,
    ".jsonl.gz": _read_jsonl,
    ".ndjson.gz": _read_jsonl,
    ".csv": _read_csv,
    ".tsv": _read_tsv,
    ".html": _read_html,
    ".htm": _read_html,
    ".rss": _read_feed,
    ".xml": _read_feed,
    ".atom": _read_feed,
}


def _extension(path: Path) -> str:
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return "".join(suffixes[-2:])
    return suffixes[-1] if suffixes else ""


def _stem(path: Path) -> str:
    name = path.name
    ext = _extension(path)
    return name[: len(name) - len(ext)] if ext and name.lower().endswith(ext) else path.stem


def _file_source(path: Path, origin: str) -> _Source:
    if _extension(path).endswith(".gz"):
        return _Source(_stem(path), origin, lambda: gzip.open(path, "rb"))
    return _Source(_stem(path), origin, lambda: open(path, "rb"))


def _read_file(path: Path, origin: str) -> Iterator[_Item]:
    reader = _READERS.get(_extension(path))
    if reader is None:
        yield DocumentError(origin, Errors.E008.format(path=origin))
        return
    try:
        yield from reader(_file_source(path, origin))
    except (OSError, EOFError) as error:  # EOFError: a truncated .gz
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        yield DocumentError(origin, Errors.E007.format(path=origin, reason=reason))


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _read_folder(root: Path) -> Iterator[_Item]:
    """Every supported file under the folder, sorted by path so runs are reproducible."""
    problems: list[OSError] = []
    found: list[Path] = []
    for folder, subfolders, names in os.walk(root, onerror=problems.append):
        subfolders[:] = [name for name in subfolders if not _is_hidden(name)]
        found += [
            Path(folder, name)
            for name in names
            if not _is_hidden(name) and _extension(Path(name)) in _READERS
        ]
    for problem in problems:
        where = str(problem.filename or root)
        yield DocumentError(where, Errors.E007.format(path=where, reason=problem.strerror))
    # Sort on path components, so that "a/b.txt" and "a-c.txt" order the same on every OS.
    for path in sorted(found, key=lambda path: path.relative_to(root).parts):
        yield from _read_file(path, str(path))


def _read_stdin() -> Iterator[_Item]:
    """Standard input, its format sniffed from the first non-blank line."""
    stream = sys.stdin.buffer
    head: list[bytes] = []
    first = b""
    for line in iter(stream.readline, b""):
        head.append(line)
        first = line.removeprefix(codecs.BOM_UTF8).lstrip() if len(head) == 1 else line.lstrip()
        if first:
            break
    start = first[:64].lower()
    if start.startswith(b"{"):
        reader: _Reader = _read_jsonl
    elif start.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):
        reader = _read_feed
    elif start.startswith(b"<"):
        reader = _read_html
    else:
        reader = _read_text
    # nullcontext: leaving the reader must not close the process's standard input
    source = _Source("stdin", "<stdin>", lambda: nullcontext(_Prefetched(head, stream)))
    yield from reader(source)


def _read_input(spec: str | os.PathLike[str]) -> Iterator[_Item]:
    raw = os.fspath(spec)
    if raw == "-":
        yield from _read_stdin()
        return
    path = Path(raw)
    try:
        path.stat()
    except OSError as error:
        yield DocumentError(raw, Errors.E007.format(path=raw, reason=error.strerror))
        return
    if path.is_dir():
        yield from _read_folder(path)
    else:
        yield from _read_file(path, raw)


def read_documents(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    default_date: datetime.date | None = None,
    max_chars: int = 1_000_000,
    on_error: Callable[[DocumentError], None] | None = None,
) -> Iterator[Document]:
    """Yield the documents of every input, lazily, in the order given.

    An input is a text, JSONL, CSV/TSV, HTML or RSS/Atom file, a folder (read recursively,
    sorted, hidden entries skipped) or ``-`` for standard input. A document without a date
    gets ``default_date``; one longer than ``max_chars`` characters is skipped.

    A bad document is passed to ``on_error`` as a `DocumentError` and reading goes on. Without
    ``on_error`` the first `DocumentError` is raised.
    """
    # A lone path is a common slip: iterating it would read one "file" per character.
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    for spec in inputs:
        for item in _read_input(spec):
            result = _finish(item, default_date, max_chars) if isinstance(item, _Record) else item
            if isinstance(result, Document):
                yield result
            elif on_error is None:
                raise result
            else:
                on_error(result)
