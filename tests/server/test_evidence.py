"""The evidence sentence cut into marked parts, and which URLs become links."""

from __future__ import annotations

import pytest

from accord.server.evidence import evidence_parts, safe_link


def marked(parts: list[dict]) -> dict[str, str]:
    return {part["role"]: part["text"] for part in parts if part["role"]}


def test_parts_join_to_the_sentence_with_roles_marked():
    sentence = "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow."
    parts = evidence_parts(sentence, "met", "Chinese President Xi Jinping", "Vladimir Putin")
    assert "".join(p["text"] for p in parts) == sentence
    assert marked(parts) == {
        "trigger": "met",
        "source": "Chinese President Xi Jinping",
        "target": "Vladimir Putin",
    }


def test_whole_words_only_and_case_as_a_fallback():
    # "he" inside "the" or "Chechnya" is no pronoun; the sentence starts with "He"
    sentence = "He said the Chechnya talks failed, and he met the envoy."
    parts = evidence_parts(sentence, "met", "he", None)
    source = next(p for p in parts if p["role"] == "source")
    start = sum(len(p["text"]) for p in parts[: parts.index(source)])
    assert (source["text"], start) == ("he", sentence.index("and he") + 4)
    parts = evidence_parts("He met the envoy.", "met", "he", None)
    assert marked(parts)["source"] == "He"


def test_source_and_target_with_the_same_text_take_two_places():
    parts = evidence_parts("Police clashed with police in Lagos.", "clashed", "Police", "police")
    assert [p["text"] for p in parts if p["role"]] == ["Police", "clashed", "police"]


def test_text_not_in_the_sentence_is_not_marked():
    parts = evidence_parts("Russia denied it.", "denied", "Moscow", None)
    assert marked(parts) == {"trigger": "denied"}
    assert evidence_parts(None, "x") == [] and evidence_parts("", "x") == []


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        (" javascript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("//example.org/a", None),
        ("https:///nohost", None),
        ("", None),
        (None, None),
    ],
)
def test_only_web_addresses_become_links(url, link):
    assert safe_link(url) == link
