"""The evidence sentence cut into parts a page can highlight, and links that are safe to follow.

A report stores its sentence, the trigger word and the text of its source and target (as
written in the sentence: "Russian troops", "he"). `evidence_parts` finds them in the
sentence, as whole words, and returns the sentence as a list of parts, each with its role
(``trigger``, ``source``, ``target``, or None for plain text). A page shows each part as text
(never as HTML), so the sentence's own characters are shown, whatever they are.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

#: the order parts are looked for: the trigger first (it is always in the sentence)
ROLES = ("trigger", "source", "target")


def _find(sentence: str, needle: str, taken: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The first whole-word occurrence of `needle` that overlaps no part already taken,
    matching case first, then ignoring it."""
    pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    for flags in (0, re.IGNORECASE):
        for match in re.finditer(pattern, sentence, flags):
            start, end = match.span()
            if all(end <= s or start >= e for s, e, _ in taken):
                return start, end
    return None


def evidence_parts(
    sentence: str | None,
    trigger: str | None,
    source_text: str | None = None,
    target_text: str | None = None,
) -> list[dict[str, Any]]:
    """The sentence as ``[{"text": ..., "role": ...}]``; the texts joined give the sentence.

    >>> evidence_parts("Russian troops attacked Ukraine.", "attacked", "Russian troops", "Ukraine")
    ... # doctest: +NORMALIZE_WHITESPACE
    [{'text': 'Russian troops', 'role': 'source'}, {'text': ' ', 'role': None},
     {'text': 'attacked', 'role': 'trigger'}, {'text': ' ', 'role': None},
     {'text': 'Ukraine', 'role': 'target'}, {'text': '.', 'role': None}]
    """
    if not sentence:
        return []
    taken: list[tuple[int, int, str]] = []
    for role, needle in zip(ROLES, (trigger, source_text, target_text), strict=True):
        if needle and needle.strip():
            found = _find(sentence, needle.strip(), taken)
            if found:
                taken.append((*found, role))
    taken.sort()
    parts: list[dict[str, Any]] = []
    at = 0
    for start, end, role in taken:
        if start > at:
            parts.append({"text": sentence[at:start], "role": None})
        parts.append({"text": sentence[start:end], "role": role})
        at = end
    if at < len(sentence):
        parts.append({"text": sentence[at:], "role": None})
    return parts


def safe_link(url: str | None) -> str | None:
    """`url` when it is an http(s) address with a host, else None.

    A document's URL comes from the article's source: a ``javascript:`` or ``data:`` URL in
    a link would run in the page, so only web addresses become links.
    """
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url
