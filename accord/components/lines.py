"""accord_lines: a line break that ends a headline, a byline or a paragraph ends a sentence,
and so does a wire dateline ("RIYADH (AP) — "); a headline is one sentence.

The parser joins "Russia attacks Kyiv\\n\\nRussia attacked Ukraine on Monday." into one
sentence with two main verbs, and a byline with the first sentence of the story. This
component runs before the parser and marks the token after such a break as a sentence start,
which the parser respects. A single line break inside hard-wrapped text (lines of similar,
long length, the previous one not ending a sentence) is left alone.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from . import BatchedStage, doc_text
from .boilerplate import LONGEST_RULE_MATCH, load_rules

#: a line at least this long that ends without punctuation is taken to be wrapped text
WRAPPED_LINE = 60
SENTENCE_END = frozenset('.!?:;"”’)')

#: a wire dateline opening a line: "RIYADH (AP) — ", "WARSAW, Poland (Reuters) - ",
#: "BEIJING, Oct. 16 (Xinhua) -- ". The parser hangs the place on the story's first verb as
#: its subject ("RIYADH ... met"), so the story starts a sentence of its own after the dash.
#: The place is in capitals with a place or an agency after it, or alone before a long dash;
#: or the agency is named in brackets. The dash has spaces around it.
_CAPITALS = r"[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,3}"
_PLACE = r"(?:, [A-Z][\w.]*(?: [\w.]+){0,3})"
_AGENCY = r"(?: \([A-Z][\w .&-]{0,40}\))"
_NAME = r"[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}"
DATELINE = re.compile(
    rf"(?:(?:{_CAPITALS}{_PLACE}?{_AGENCY}|{_CAPITALS}{_PLACE}|{_NAME}{_PLACE}?{_AGENCY})"
    r"\s+(?:—|–|--|-)"
    # (a place in capitals alone only before a long dash: not "NATO - Russia relations")
    rf"|{_CAPITALS}\s+(?:—|--))"
    r"\s+(?=[A-Z\"“‘'])"
)


def dateline_ends(doc: Doc) -> list[int]:
    """Indices of the tokens that begin a story after a wire dateline at the start of a line."""
    text = doc_text(doc)
    if not any(dash in text for dash in ("—", "–", " - ", "--")):
        return []  # (every dateline ends in a dash)
    found = []
    for line in re.finditer(r"^[ \t]*(\S.*)$", text, re.MULTILINE):
        match = DATELINE.match(text, line.start(1))
        if match is None:
            continue
        token = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if token is not None and len(token):
            found.append(token[0].i)
    return found


def line_starts(doc: Doc) -> list[int]:
    """Indices of the tokens that begin a new line after a paragraph break, or after a line
    that is short or ends a sentence."""
    starts: list[int] = []
    text = doc_text(doc)
    if "\n" not in text:
        return starts
    line_start = 0  # character offset where the current line began
    for token in doc[:-1]:
        gap = token.whitespace_ if not token.is_space else token.text
        if "\n" not in gap:
            continue
        nxt = doc[token.i + 1]
        if nxt.is_space:
            continue  # the break continues into a whitespace token; decide after it
        line = text[line_start : token.idx + len(token.text)].strip()
        last = line[-1:] if line else ""
        paragraph = gap.count("\n") >= 2
        if (
            paragraph
            or len(line) < WRAPPED_LINE
            or last in SENTENCE_END
            # "FILE PHOTO: ... via REUTERS/File Photo": a caption or credit line is no
            # wrapped text, however long, and the story goes on after it in a sentence of
            # its own
            or (len(line) <= LONGEST_RULE_MATCH and load_rules().kind_of(line) is not None)
        ):
            starts.append(nxt.i)
        line_start = nxt.idx
    return starts


class LinesComponent(BatchedStage):
    def __call__(self, doc: Doc) -> Doc:
        starts = line_starts(doc)
        for index in headline_inner_tokens(doc, starts):
            doc[index].is_sent_start = False
        for index in starts + dateline_ends(doc):
            doc[index].is_sent_start = True
        return doc


def headline_inner_tokens(doc: Doc, starts: list[int]) -> list[int]:
    """Indices of the tokens inside a headline, which begin no sentence: the parser splits
    "Biden visits Kyiv" after its verb and codes a visit to no one. A headline is a line
    after which a sentence starts, ending with no punctuation and holding none that ends a
    sentence inside."""
    found: list[int] = []
    first = 0
    for start in starts:
        line = doc[first:start]
        words = [t for t in line if not t.is_space]
        if (
            len(words) > 1
            and words[-1].text not in SENTENCE_END
            and not any(t.text in (".", "!", "?", ";") for t in words)
            and len(doc_text(doc)[line.start_char : line.end_char].strip()) < WRAPPED_LINE * 2
        ):
            found += [t.i for t in words[1:]]
        first = start
    return found


@Language.factory("accord_lines")
def make_lines(nlp: Language, name: str) -> LinesComponent:
    return LinesComponent()
