"""Reading news documents: every input format, date forms, and bad input reported per document."""

from __future__ import annotations

import datetime
import gzip
import io
import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from accord.documents import Document, parse_date, read_documents, split_date_prefix
from accord.errors import DocumentError

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SEED = EVAL / "seed" / "00.txt"

SUMMIT = (
    "Chinese President Xi Jinping and his Russian counterpart Vladimir Putin on Wednesday held a "
    "virtual summit as part of their efforts to build a strategic alliance against pressure from "
    "the United States and the European Union."
)
TALKS = (
    "Foreign ministers of Armenia and Azerbaijan met in Geneva on Thursday for talks mediated by "
    "the United States, the State Department said."
)
SANCTIONS = (
    "The European Union imposed new sanctions on Belarus on Monday, accusing the government of "
    "using migrants as a weapon against its neighbours."
)
# Long enough (>= 200 characters) for the language check to apply.
ENGLISH_PARAGRAPH = (
    "Russia has denied any plans to attack Ukraine and blamed Kyiv for its own military build-up "
    "in the war-torn east of the country. The summit took place about eight days after Putin had "
    "a similar virtual meeting with US President Joe Biden, who warned of severe economic "
    "consequences if Moscow invaded."
)
FRENCH_PARAGRAPH = (
    "Le président français Emmanuel Macron a reçu mercredi à l'Élysée le chancelier allemand "
    "pour discuter de la guerre en Ukraine et de l'aide militaire européenne. Les deux "
    "dirigeants ont appelé la Russie à retirer ses troupes et ont promis de renforcer les "
    "sanctions contre Moscou, selon un communiqué publié à l'issue de la rencontre."
)
RUSSIAN_PARAGRAPH = (
    "Президент России Владимир Путин в среду провел видеоконференцию с председателем КНР Си "
    "Цзиньпином, в ходе которой стороны обсудили ситуацию вокруг Украины, расширение НАТО и "
    "торгово-экономическое сотрудничество. Путин заявил, что посетит открытие зимних "
    "Олимпийских игр в Пекине в феврале."
)
CHINESE_PARAGRAPH = (
    "中国国家主席习近平周三与俄罗斯总统普京举行视频会晤，双方就乌克兰局势、北约东扩以及两国经贸合作等问题"
    "交换了意见。习近平表示，中俄关系经受住了国际风云变幻的考验，双方应继续在国际事务中密切协调与配合。"
    "普京说，他将出席明年二月在北京举行的冬奥会开幕式。分析人士认为，此次会晤显示两国在面对西方压力时"
    "进一步加强了战略协作，双方还同意扩大能源、科技和金融领域的合作，并在联合国等多边机制中保持沟通。"
    "克里姆林宫发言人表示，两国元首将于明年初再次会面。"
)


def read(*inputs, **options) -> tuple[list[Document], list[DocumentError]]:
    """Read with an error collector: (documents, errors)."""
    errors: list[DocumentError] = []
    docs = list(read_documents(list(inputs), on_error=errors.append, **options))
    return docs, errors


def codes(errors: list[DocumentError]) -> list[str]:
    return [error.message[1:5] for error in errors]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "value",
    [
        "2021-12-15",
        " 2021-12-15 ",
        "2021-12-15T23:30:00-05:00",
        "2021-12-15T08:30:00Z",
        "2021-12-15 08:30:00",
        "Wed, 15 Dec 2021 08:30:00 GMT",
        "15 Dec 2021 08:30 +0000",
    ],
)
def test_parse_date_accepts_iso_days_timestamps_and_rss_dates(value):
    assert parse_date(value) == datetime.date(2021, 12, 15)


@pytest.mark.parametrize(
    "value", ["2021-13-45", "2021-02-30", "2021-02-30T10:00:00Z", "Wed, 45 Dec 2021", "soon", ""]
)
def test_parse_date_rejects_impossible_and_unknown_dates(value):
    with pytest.raises(ValueError):
        parse_date(value)


def test_split_date_prefix_keeps_headline_on_the_same_line():
    raw, text = split_date_prefix(" date 2021-12-15 Chinese President Xi Jinping met Putin.\n")
    assert raw == "2021-12-15"
    assert text == "Chinese President Xi Jinping met Putin."


def test_split_date_prefix_removes_a_date_line():
    raw, text = split_date_prefix("date: 2022-02-24\nRussian forces crossed into Ukraine.")
    assert (raw, text) == ("2022-02-24", "Russian forces crossed into Ukraine.")
    raw, text = split_date_prefix("Date: Thu, 24 Feb 2022 05:00:00 GMT\nRussian forces moved.")
    assert (raw, text) == ("Thu, 24 Feb 2022 05:00:00 GMT", "Russian forces moved.")


def test_split_date_prefix_returns_impossible_dates_raw_for_the_caller_to_reject():
    assert split_date_prefix("date 2021-13-45 Talks resumed.") == ("2021-13-45", "Talks resumed.")


def test_split_date_prefix_leaves_text_without_marker_alone():
    assert split_date_prefix(f"  {TALKS}\n") == (None, TALKS)
    # An opening sentence that merely starts with "Date:" is not a date marker.
    opening = "Date: Wednesday's talks in Geneva ended without agreement, diplomats said."
    assert split_date_prefix(opening) == (None, opening)


# --------------------------------------------------------------------------- text files


def test_seed_file_date_prefix_is_parsed_and_headline_kept_as_text():
    docs, errors = read(SEED)
    assert errors == []
    [doc] = docs
    assert doc.id == "00"
    assert doc.date == datetime.date(2021, 12, 15)
    assert doc.text.startswith("Chinese President Xi Jinping")
    assert doc.origin == str(SEED)


def test_text_file_date_line_is_removed(tmp_path):
    write(tmp_path / "geneva.txt", f"date: 2021-10-14\n\n{TALKS}\n")
    [doc], errors = read(tmp_path / "geneva.txt")
    assert errors == []
    assert (doc.id, doc.date, doc.text) == ("geneva", datetime.date(2021, 10, 14), TALKS)


@pytest.mark.parametrize("name", ["report.text", "report.md", "report"])
def test_text_file_extensions_and_files_without_extension_are_read(tmp_path, name):
    [doc], errors = read(write(tmp_path / name, SANCTIONS))
    assert errors == []
    assert (doc.id, doc.text, doc.date) == ("report", SANCTIONS, None)


def test_document_without_date_gets_default_date(tmp_path):
    write(tmp_path / "undated.txt", SANCTIONS)
    write(tmp_path / "dated.txt", f"date 2021-11-15 {SANCTIONS}")
    default = datetime.date(2021, 11, 1)
    docs, errors = read(tmp_path / "undated.txt", tmp_path / "dated.txt", default_date=default)
    assert errors == []
    assert [doc.date for doc in docs] == [default, datetime.date(2021, 11, 15)]


def test_utf8_bom_is_stripped_before_the_date_prefix(tmp_path):
    write(tmp_path / "bom.txt", b"\xef\xbb\xbf date 2021-12-15 " + SUMMIT.encode())
    [doc], errors = read(tmp_path / "bom.txt")
    assert errors == []
    assert (doc.date, doc.text) == (datetime.date(2021, 12, 15), SUMMIT)


# --------------------------------------------------------------------------- JSONL


def test_jsonl_reads_fields_and_numbers_missing_ids_by_line(tmp_path):
    path = write(
        tmp_path / "wire.jsonl",
        jsonl(
            {
                "id": "AFP-1",
                "date": "2021-10-14",
                "text": TALKS,
                "title": "Armenia, Azerbaijan talk in Geneva",
                "url": "https://example.org/geneva",
                "source": "AFP",
            },
            {"date": None, "text": SANCTIONS},
            {"id": 17, "text": SUMMIT},
        ),
    )
    docs, errors = read(path, default_date=datetime.date(2021, 1, 1))
    assert errors == []
    first, second, third = docs
    assert first == Document(
        id="AFP-1",
        text=TALKS,
        date=datetime.date(2021, 10, 14),
        title="Armenia, Azerbaijan talk in Geneva",
        url="https://example.org/geneva",
        source="AFP",
        origin=f"{path}:1",
    )
    assert (second.id, second.origin) == ("wire:2", f"{path}:2")
    assert second.date == datetime.date(2021, 1, 1)  # "date": null -> default_date
    assert third.id == "17"


def test_jsonl_broken_line_in_the_middle_is_reported_and_the_others_still_read(tmp_path):
    lines = jsonl({"id": "a", "text": TALKS}) + '{"id": "b", "text": "Putin said\n'
    lines += jsonl({"id": "c", "text": SANCTIONS})
    path = write(tmp_path / "wire.jsonl", lines)
    docs, errors = read(path)
    assert [doc.id for doc in docs] == ["a", "c"]
    assert codes(errors) == ["E005"]
    assert errors[0].doc_id == f"{path}:2"


def test_jsonl_record_without_text_is_reported_by_its_id(tmp_path):
    path = write(tmp_path / "wire.jsonl", jsonl({"id": "a", "title": "No body"}, {"text": TALKS}))
    docs, errors = read(path)
    assert [doc.id for doc in docs] == ["wire:2"]
    assert codes(errors) == ["E006"]
    assert errors[0].doc_id == "a"


def test_jsonl_blank_lines_are_skipped_silently(tmp_path):
    path = write(tmp_path / "wire.ndjson", "\n" + jsonl({"text": TALKS}) + "   \n\n")
    docs, errors = read(path)
    assert errors == []
    assert [doc.id for doc in docs] == ["wire:2"]


def test_jsonl_non_utf8_line_is_reported_with_its_byte_offset(tmp_path):
    good = jsonl({"id": "a", "text": TALKS}).encode()
    bad = b'{"id": "b", "text": "Caf\xe9 talks"}\n'
    path = write(tmp_path / "wire.jsonl", good + bad + jsonl({"id": "c", "text": SUMMIT}).encode())
    docs, errors = read(path)
    assert [doc.id for doc in docs] == ["a", "c"]
    assert codes(errors) == ["E002"]
    assert errors[0].doc_id == f"{path}:2"
    offset = len(good) + bad.index(b"\xe9")
    assert f"byte {offset}" in errors[0].message


def test_gzipped_jsonl_is_read(tmp_path):
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl({"id": "a", "text": TALKS}).encode()))
    [doc], errors = read(path)
    assert errors == []
    assert doc.text == TALKS


def test_jsonl_is_read_lazily_one_line_at_a_time(tmp_path):
    # Without on_error the broken third line raises, but only when the reader gets there.
    path = write(tmp_path / "wire.jsonl", jsonl({"id": "a", "text": TALKS}) + "{broken\n")
    documents = read_documents([path])
    assert next(documents).id == "a"
    with pytest.raises(DocumentError):
        next(documents)


def test_real_petrarch_sentences_are_all_read_except_the_empty_one():
    docs, errors = read(EVAL / "petr2_gsr" / "input.jsonl")
    assert len(docs) == 77
    assert docs[0].id == "AFP0808020625_4"
    assert docs[0].date == datetime.date(2008, 8, 4)
    assert [(error.doc_id, error.message[:6]) for error in errors] == [("abc12_3", "[E001]")]


# --------------------------------------------------------------------------- CSV


def test_csv_reads_rows_with_quoted_multiline_text(tmp_path):
    path = write(
        tmp_path / "news.csv",
        "ID,Date,Text,Source\n"
        f'geneva,2021-10-14,"{TALKS}\n\nTalks will resume next month.",Reuters\n'
        "\n"
        f',2021-11-15,"{SANCTIONS}",AP\n',
    )
    docs, errors = read(path)
    assert errors == []
    # The first row spans lines 2-4 and line 5 is blank: the id names the row's own line.
    assert [doc.id for doc in docs] == ["geneva", "news:6"]
    assert docs[0].text == f"{TALKS}\n\nTalks will resume next month."
    assert (docs[0].source, docs[0].origin) == ("Reuters", f"{path}:2")
    assert docs[1].date == datetime.date(2021, 11, 15)


def test_tsv_is_read_with_tabs(tmp_path):
    path = write(tmp_path / "news.tsv", f"id\tdate\ttext\nx1\t2021-10-14\t{TALKS}\n")
    [doc], errors = read(path)
    assert errors == []
    assert (doc.id, doc.text) == ("x1", TALKS)


def test_csv_text_field_longer_than_the_csv_module_default_limit_is_read(tmp_path):
    long_text = " ".join([TALKS] * 1500)  # ~200,000 characters > csv's 131,072 default
    path = write(tmp_path / "long.csv", f'id,text\nlong,"{long_text}"\n')
    [doc], errors = read(path)
    assert errors == []
    assert doc.text == long_text


def test_csv_without_text_column_is_reported_once_for_the_file(tmp_path):
    path = write(tmp_path / "news.csv", f"id,body\na,{TALKS}\nb,{SANCTIONS}\n")
    docs, errors = read(path)
    assert docs == []
    assert codes(errors) == ["E010"]
    assert errors[0].doc_id == str(path)
    assert "id, body" in errors[0].message


def test_csv_row_with_invalid_utf8_is_reported_and_other_rows_kept(tmp_path):
    content = f"id,text\na,{TALKS}\n".encode() + b"b,Caf\xe9 talks\n" + f"c,{SUMMIT}\n".encode()
    path = write(tmp_path / "news.csv", content)
    docs, errors = read(path)
    assert [doc.id for doc in docs] == ["a", "c"]
    assert codes(errors) == ["E002"]
    assert errors[0].doc_id == "b"


# --------------------------------------------------------------------------- HTML

ARTICLE_PAGE = f"""<!DOCTYPE html>
<html><head>
<title>Armenia and Azerbaijan talk in Geneva | Example News</title>
<meta property="og:title" content="Armenia and Azerbaijan talk in Geneva">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2021-10-14T18:05:00+02:00">
<link rel="canonical" href="https://news.example.org/geneva-talks">
<script>window.tracking = "Breaking: markets fall";</script>
<style>p {{ color: red }}</style>
</head><body>
<header><a href="/">Home</a> World</header>
<nav><ul><li>Politics</li><li>Sport</li></ul></nav>
<article>
<h1>Armenia and Azerbaijan talk in Geneva</h1>
<p>{TALKS}</p>
<p>The two sides agreed<br>to meet again next month, a <b>senior</b> diplomat said.</p>
<aside>Read more: Oil prices climb</aside>
</article>
<form><p>Subscribe to our newsletter</p></form>
<footer><p>Copyright Example News</p></footer>
</body></html>"""


def test_html_article_text_and_metadata_are_extracted(tmp_path):
    [doc], errors = read(write(tmp_path / "geneva.html", ARTICLE_PAGE))
    assert errors == []
    assert doc.id == "geneva"
    assert doc.text == (
        "Armenia and Azerbaijan talk in Geneva\n\n"
        f"{TALKS}\n\n"
        "The two sides agreed to meet again next month, a senior diplomat said."
    )
    assert doc.title == "Armenia and Azerbaijan talk in Geneva"
    assert doc.date == datetime.date(2021, 10, 14)
    assert doc.url == "https://news.example.org/geneva-talks"
    assert doc.source == "Example News"


def test_html_without_article_uses_main_then_body_and_time_element(tmp_path):
    with_main = f"""<html><head><title>Sanctions</title></head><body>
        <p>Cookie notice</p><main><time datetime="2021-11-15">Nov 15</time>
        <p>{SANCTIONS}</p></main></body></html>"""
    body_only = f"<html><body><div>{SUMMIT}</div></body></html>"
    docs, errors = read(write(tmp_path / "a.htm", with_main), write(tmp_path / "b.html", body_only))
    assert errors == []
    assert [doc.text for doc in docs] == [SANCTIONS, SUMMIT]
    assert (docs[0].title, docs[0].date) == ("Sanctions", datetime.date(2021, 11, 15))


def test_html_unreadable_date_meta_falls_back_to_a_readable_one(tmp_path):
    page = f"""<html><head><meta name="date" content="15/11/2021">
        <meta property="og:published_time" content="2021-11-15T07:00:00Z"></head>
        <body><p>{SANCTIONS}</p></body></html>"""
    [doc], errors = read(write(tmp_path / "belarus.html", page))
    assert errors == []
    assert doc.date == datetime.date(2021, 11, 15)


def test_html_page_without_text_is_reported(tmp_path):
    page = "<html><head><title>Live</title><script>load()</script></head><body></body></html>"
    docs, errors = read(write(tmp_path / "live.html", page))
    assert docs == []
    assert codes(errors) == ["E009"]
    assert errors[0].doc_id == "live"


# --------------------------------------------------------------------------- feeds

RSS_FEED = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example World News</title>
  <link>https://news.example.org/</link>
  <item>
    <title>Armenia and Azerbaijan talk in Geneva</title>
    <link>https://news.example.org/geneva</link>
    <guid>news-1001</guid>
    <pubDate>Thu, 14 Oct 2021 16:05:00 GMT</pubDate>
    <description>&lt;p&gt;{TALKS}&lt;/p&gt;</description>
  </item>
  <item>
    <title>EU sanctions Belarus</title>
    <link>https://news.example.org/belarus</link>
    <pubDate>Mon, 15 Nov 2021 09:00:00 GMT</pubDate>
    <description>Short teaser</description>
    <content:encoded><![CDATA[<p>{SANCTIONS}</p><p>Minsk denied it.</p>]]></content:encoded>
  </item>
</channel>
</rss>"""

ATOM_FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom News</title>
  <entry>
    <title>Xi and Putin hold video summit</title>
    <id>tag:news.example.org,2021:summit</id>
    <link rel="alternate" href="https://news.example.org/summit"/>
    <published>2021-12-15T10:00:00Z</published>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>{SUMMIT}</p></div></content>
  </entry>
</feed>"""


def test_rss_items_become_documents_with_html_stripped(tmp_path):
    path = write(tmp_path / "world.rss", RSS_FEED)
    docs, errors = read(path)
    assert errors == []
    assert [doc.id for doc in docs] == ["news-1001", "https://news.example.org/belarus"]
    first, second = docs
    assert (first.text, first.date) == (TALKS, datetime.date(2021, 10, 14))
    assert (first.title, first.url) == (
        "Armenia and Azerbaijan talk in Geneva",
        "https://news.example.org/geneva",
    )
    assert first.source == "Example World News"
    assert second.text == f"{SANCTIONS}\n\nMinsk denied it."  # full content beats the teaser


def test_atom_entries_become_documents(tmp_path):
    [doc], errors = read(write(tmp_path / "world.atom", ATOM_FEED))
    assert errors == []
    assert doc.id == "tag:news.example.org,2021:summit"
    assert (doc.text, doc.date) == (SUMMIT, datetime.date(2021, 12, 15))
    assert (doc.url, doc.source) == ("https://news.example.org/summit", "Example Atom News")


def test_feed_with_entity_declarations_is_refused(tmp_path):
    bomb = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rss><channel><item><description>&lol2;</description></item></channel></rss>"""
    path = write(tmp_path / "bomb.xml", bomb)
    docs, errors = read(path)
    assert docs == []
    assert codes(errors) == ["E012"]
    assert errors[0].doc_id == str(path)


def test_xml_file_that_is_not_a_feed_is_reported(tmp_path):
    path = write(tmp_path / "config.xml", "<config><option>verbose</option></config>")
    docs, errors = read(path)
    assert (docs, codes(errors)) == ([], ["E013"])


def test_malformed_feed_is_reported(tmp_path):
    path = write(tmp_path / "cut.rss", RSS_FEED[:400])
    docs, errors = read(path)
    assert (docs, codes(errors)) == ([], ["E012"])


# --------------------------------------------------------------------------- folders and paths


def test_folder_is_read_recursively_sorted_with_hidden_and_other_files_skipped(tmp_path):
    root = tmp_path / "corpus"
    write(root / "b.txt", SANCTIONS)
    write(root / "a" / "z.txt", TALKS)
    write(root / "a" / "feed.jsonl", jsonl({"id": "j1", "text": SUMMIT}))
    write(root / "c" / "page.html", f"<html><body><p>{TALKS}</p></body></html>")
    write(root / ".hidden.txt", SUMMIT)
    write(root / ".git" / "notes.txt", SUMMIT)
    write(root / "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF")
    write(root / "notes.docx", b"PK\x03\x04")
    docs, errors = read(root)
    assert errors == []
    assert [doc.id for doc in docs] == ["j1", "z", "b", "page"]
    assert docs[1].origin == str(root / "a" / "z.txt")


def test_inputs_are_read_in_the_order_given(tmp_path):
    first = write(tmp_path / "zz.txt", TALKS)
    second = write(tmp_path / "aa.txt", SANCTIONS)
    docs, _ = read(first, str(second))
    assert [doc.id for doc in docs] == ["zz", "aa"]


def test_single_path_instead_of_a_list_is_one_input(tmp_path):
    path = write(tmp_path / "geneva.txt", TALKS)
    assert [doc.id for doc in read_documents(str(path))] == ["geneva"]


def test_missing_path_is_reported_and_the_batch_goes_on(tmp_path):
    good = write(tmp_path / "geneva.txt", TALKS)
    missing = tmp_path / "missing.txt"
    docs, errors = read(missing, good)
    assert [doc.id for doc in docs] == ["geneva"]
    assert codes(errors) == ["E007"]
    assert errors[0].doc_id == str(missing)


def test_unsupported_extension_given_explicitly_is_reported(tmp_path):
    path = write(tmp_path / "report.pdf", b"%PDF-1.7")
    docs, errors = read(path)
    assert (docs, codes(errors)) == ([], ["E008"])
    assert errors[0].doc_id == str(path)


# --------------------------------------------------------------------------- stdin


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (jsonl({"id": "s1", "text": TALKS}, {"id": "s2", "text": SANCTIONS}), ["s1", "s2"]),
        (f"\n  <html><body><article><p>{SUMMIT}</p></article></body></html>", ["stdin"]),
        (RSS_FEED, ["news-1001", "https://news.example.org/belarus"]),
        (ATOM_FEED.split("\n", 1)[1], ["tag:news.example.org,2021:summit"]),
        (f" date 2021-12-15 {SUMMIT}", ["stdin"]),
    ],
    ids=["jsonl", "html", "rss", "atom-without-xml-declaration", "text"],
)
def test_stdin_format_is_sniffed_from_the_first_character(monkeypatch, content, expected):
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(content.encode())))
    docs, errors = read("-")
    assert errors == []
    assert [doc.id for doc in docs] == expected


def test_stdin_text_keeps_its_date_prefix(monkeypatch):
    stdin = SimpleNamespace(buffer=io.BytesIO(f" date 2021-12-15 {SUMMIT}".encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    [doc], _ = read("-")
    assert (doc.date, doc.text, doc.origin) == (datetime.date(2021, 12, 15), SUMMIT, "<stdin>")


# --------------------------------------------------------------------------- bad documents


def test_empty_file_is_reported(tmp_path):
    docs, errors = read(write(tmp_path / "empty.txt", " \n\n"))
    assert (docs, codes(errors)) == ([], ["E001"])
    assert errors[0].doc_id == "empty"


def test_binary_file_is_reported_with_the_offset_of_the_first_nul(tmp_path):
    path = write(tmp_path / "scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    docs, errors = read(path)
    assert (docs, codes(errors)) == ([], ["E002"])
    assert "byte 8" in errors[0].message


def test_non_utf8_text_file_is_reported_with_the_byte_offset(tmp_path):
    path = write(tmp_path / "latin1.txt", "Talks in Zürich ended.".encode("latin-1"))
    docs, errors = read(path)
    assert (docs, codes(errors)) == ([], ["E002"])
    assert "byte 10" in errors[0].message


def test_impossible_date_skips_the_document(tmp_path):
    docs, errors = read(write(tmp_path / "bad_date.txt", f"date 2021-13-45 {TALKS}"))
    assert (docs, codes(errors)) == ([], ["E003"])
    assert "'2021-13-45'" in errors[0].message


def test_document_over_the_size_limit_is_skipped(tmp_path):
    huge = " ".join([SANCTIONS] * 40_000)  # ~5 MB
    assert len(huge) > 5_000_000
    docs, errors = read(write(tmp_path / "huge.txt", huge))
    assert (docs, codes(errors)) == ([], ["E004"])
    assert f"{len(huge):,}" in errors[0].message


def test_size_limit_can_be_raised(tmp_path):
    path = write(tmp_path / "long.txt", " ".join([SANCTIONS] * 20))
    assert read(path, max_chars=1000)[0] == []
    assert len(read(path, max_chars=10_000)[0]) == 1


@pytest.mark.parametrize(
    "paragraph",
    [FRENCH_PARAGRAPH, RUSSIAN_PARAGRAPH, CHINESE_PARAGRAPH],
    ids=["french", "russian", "chinese"],
)
def test_non_english_text_is_skipped_with_a_message(tmp_path, paragraph):
    assert len(paragraph) >= 200
    docs, errors = read(write(tmp_path / "foreign.txt", paragraph))
    assert (docs, codes(errors)) == ([], ["E011"])
    assert "English" in errors[0].message


def test_english_paragraphs_and_short_texts_pass_the_language_check(tmp_path):
    write(tmp_path / "en.txt", ENGLISH_PARAGRAPH)
    write(tmp_path / "short_fr.txt", "Macron a reçu Scholz à Paris.")  # too short to judge
    docs, errors = read(tmp_path / "en.txt", tmp_path / "short_fr.txt")
    assert errors == []
    assert len(docs) == 2


def test_every_bad_document_is_reported_once_by_name_and_good_ones_still_come_out(tmp_path):
    root = tmp_path / "batch"
    write(root / "01_good.txt", f"date 2021-12-15 {SUMMIT}")
    write(root / "02_empty.txt", "")
    write(root / "03_binary.txt", b"\x00\x01\x02\x03binary")
    write(
        root / "04_wire.jsonl",
        jsonl({"id": "w1", "text": TALKS})
        + "{not json\n"
        + jsonl({"id": "w3", "date": "2021-13-45", "text": SANCTIONS})
        + jsonl({"id": "w4", "text": SANCTIONS}),
    )
    write(root / "05_huge.txt", " ".join([TALKS] * 40_000))
    write(root / "06_french.txt", FRENCH_PARAGRAPH)
    write(root / "07_good.txt", ENGLISH_PARAGRAPH)
    docs, errors = read(root)
    assert [doc.id for doc in docs] == ["01_good", "w1", "w4", "07_good"]
    reported = [(error.doc_id, error.message[:6]) for error in errors]
    assert reported == [
        ("02_empty", "[E001]"),
        ("03_binary", "[E002]"),
        (f"{root / '04_wire.jsonl'}:2", "[E005]"),
        ("w3", "[E003]"),
        ("05_huge", "[E004]"),
        ("06_french", "[E011]"),
    ]


def test_without_on_error_the_first_bad_document_raises(tmp_path):
    write(tmp_path / "a.txt", TALKS)
    write(tmp_path / "b.txt", "")
    documents = read_documents([tmp_path])
    assert next(documents).id == "a"
    with pytest.raises(DocumentError) as raised:
        next(documents)
    assert raised.value.doc_id == "b"
    assert raised.value.message.startswith("[E001]")
