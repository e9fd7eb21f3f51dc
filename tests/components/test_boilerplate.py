"""accord_boilerplate and accord_lines: no events from bylines, captions, page furniture or a
repeated headline, and line breaks that end a headline or a byline end a sentence."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import accord
from accord.components.boilerplate import find_boilerplate
from accord.components.lines import dateline_ends, line_starts
from accord.pipeline import code_text


@pytest.fixture(scope="module")
def nlp() -> Language:
    return accord.load()


def kinds(text: str, title: str | None = None) -> list[tuple[str, str]]:
    return [(text[b.start : b.end], b.kind) for b in find_boilerplate(text, title)]


@pytest.mark.parametrize(
    "line",
    [
        "By Anna Lee",
        "By ANNA LEE and Tom Hart, Reuters",
        "By Jean-Pierre O'Neill | AFP",
        "Reporting by Tom Balmforth; Editing by Mark Heinrich",
        "Additional reporting by Guy Faulconbridge in Moscow",
    ],
)
def test_bylines_are_found(line: str) -> None:
    assert kinds(f"{line}\nRussia attacked Ukraine on Monday.") == [(line, "byline")]


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Putin and Xi during the call",
        "FILE PHOTO: Russian President Vladimir Putin attends a meeting in Moscow",
        "Ukrainian soldiers fire a howitzer near Bakhmut. REUTERS/Alex Babenko",
        "Xi Jinping speaks by video link (Photo: Xinhua)",
        "Protesters march in Paris. Photograph: Christophe Ena/AP",
    ],
)
def test_photo_captions_are_found(line: str) -> None:
    assert kinds(f"Russia attacked Ukraine on Monday.\n{line}") == [(line, "caption")]


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "Read more: Russia and China hold talks",
        "Subscribe to our newsletter",
        "© 2021 Reuters. All rights reserved.",
    ],
)
def test_page_furniture_is_found(line: str) -> None:
    assert kinds(f"{line}\nRussia attacked Ukraine on Monday.") == [(line, "advertisement")]


@pytest.mark.parametrize(
    "sentence",
    [
        "By Sunday, Russian troops had withdrawn from the border.",
        "By then Moscow had recalled its ambassador.",
        "Related talks will be held in Geneva next week.",
        "Watch for a statement from the Kremlin on Friday.",
        "Russia attacked Ukraine on Monday.",
    ],
)
def test_news_sentences_that_look_like_furniture_are_kept(sentence: str) -> None:
    assert kinds(f"{sentence}\nThe EU condemned the move.") == []


def test_a_headline_repeated_in_the_body_is_found_but_not_its_first_printing() -> None:
    text = (
        "Xi and Putin hold virtual summit amid tensions\n\n"
        "Xi and Putin hold virtual summit amid tensions\n"
        "Chinese President Xi Jinping held talks with Putin on Wednesday."
    )
    found = kinds(text)
    assert found == [("Xi and Putin hold virtual summit amid tensions", "repeated")]
    assert find_boilerplate(text)[0].start > 0  # the second printing
    # with a title from the page's metadata, the first printing in the body is the repeat
    assert kinds(text.split("\n\n", 1)[1], title="Xi and Putin hold virtual summit amid tensions")


def test_short_repeated_lines_are_not_taken_for_headlines() -> None:
    assert kinds("Ukraine\nRussia attacked Ukraine.\nUkraine\nThe EU condemned it.") == []


def test_a_break_after_a_headline_or_byline_starts_a_sentence() -> None:
    blank = spacy.blank("en")
    doc = blank("Russia attacks Kyiv\n\nRussia attacked Ukraine on Monday.")
    assert [doc[i].text for i in line_starts(doc)] == ["Russia"]
    doc = blank("By Anna Lee, Reuters\nRussia attacked Ukraine on Monday.")
    assert [doc[i].text for i in line_starts(doc)] == ["Russia"]


def test_a_headline_is_one_sentence(nlp: Language) -> None:
    text = (
        "Biden visits Kyiv\n\nU.S. President Joe Biden met Ukrainian President Volodymyr "
        "Zelensky on Monday."
    )
    doc = nlp(text)
    assert next(doc.sents).text.strip() == "Biden visits Kyiv"
    events = code_text(nlp, text, date="2023-02-21")
    headline = {
        (e.source.code, e.cameo, e.target.code if e.target else None)
        for e in events
        if e.sentence_index == 0
    }
    assert headline == {("USAGOV", "042", "UKRGOV"), ("UKRGOV", "043", "USAGOV")}


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("RIYADH (AP) — US Secretary of State Marco Rubio met Lavrov.", "US"),
        ("WARSAW, Poland (Reuters) - Polish President Andrzej Duda said so.", "Polish"),
        ("BEIJING, Oct. 16 (Xinhua) -- Chinese Foreign Minister Wang Yi said so.", "Chinese"),
        ("Headline\n\nTEL AVIV — Iran fired missiles at Israel.", "Iran"),
        ("Kyiv, Ukraine (AFP) – Russia attacked Kyiv.", "Russia"),
    ],
)
def test_a_wire_dateline_ends_where_the_story_begins(text: str, first: str) -> None:
    doc = spacy.blank("en")(text)
    assert [doc[i].text for i in dateline_ends(doc)] == [first]


@pytest.mark.parametrize(
    "text",
    [
        "US - China talks resumed on Monday.",
        "NATO - Russia relations worsened.",
        "ASEAN – China talks resumed.",
        "Russia attacked Kyiv - the capital - on Monday.",
        "The talks — held in Riyadh — ended without a deal.",
    ],
)
def test_a_dash_in_a_sentence_is_no_dateline(text: str) -> None:
    assert dateline_ends(spacy.blank("en")(text)) == []


def test_the_place_of_a_dateline_is_not_the_subject_of_the_story(nlp: Language) -> None:
    text = (
        "RIYADH (AP) — US Secretary of State Marco Rubio met Russian Foreign Minister Sergei "
        "Lavrov in Riyadh on Tuesday."
    )
    events = code_text(nlp, text, date="2025-02-18")
    coded = {(e.source.code, e.cameo, e.target.code if e.target else None) for e in events}
    assert ("USAGOV", "040", "RUSGOV") in coded
    assert not [e for e in events if e.source.country == "SAU"]
    text = "TEL AVIV (AP) — Iran fired about 180 ballistic missiles at Israel on Tuesday."
    events = code_text(nlp, text, date="2024-10-02")
    assert [(e.source.code, e.cameo_root, e.target.code) for e in events] == [("IRN", "19", "ISR")]
    assert events[0].date == "2024-10-01"


def test_a_break_inside_hard_wrapped_text_does_not_start_a_sentence() -> None:
    doc = spacy.blank("en")(
        "Russian President Vladimir Putin visited India on Dec 6 for talks with\n"
        "Prime Minister Narendra Modi, his first foreign trip since the summit."
    )
    assert line_starts(doc) == []


def test_a_break_after_a_long_caption_line_with_no_full_stop_starts_a_sentence() -> None:
    doc = spacy.blank("en")(
        "FILE PHOTO: Russian President Vladimir Putin meets Chinese President Xi Jinping in "
        "Beijing, China, February 4, 2022. Sputnik/Aleksey Druzhinin/Kremlin via REUTERS/File "
        "Photo\nThe two leaders signed a joint statement, the Kremlin said."
    )
    assert [doc[i].text for i in line_starts(doc)] == ["The"]


def test_the_sentence_after_a_caption_is_coded_on_its_own(nlp: Language) -> None:
    text = (
        "Chinese President Xi Jinping held talks with Russian President Vladimir Putin on "
        "Tuesday.\n"
        "FILE PHOTO: Russian President Vladimir Putin meets Chinese President Xi Jinping in "
        "Beijing, China, February 4, 2022. Sputnik/Aleksey Druzhinin/Kremlin via REUTERS/File "
        "Photo\n"
        "The two leaders agreed to deepen their partnership, the Kremlin said.\n"
    )
    events = code_text(nlp, text, date="2023-03-21")
    agreed = [e for e in events if e.evidence.trigger == "agreed"]
    assert {(e.source.code, e.cameo, e.target.code) for e in agreed} == {
        ("CHNGOV", "030", "RUSGOV"),
        ("RUSGOV", "030", "CHNGOV"),
    }
    assert not any("Photo" in e.evidence.sentence for e in events)


def test_no_event_is_coded_from_a_byline_or_a_caption(nlp: Language) -> None:
    text = (
        "Russia attacks Kyiv\n\n"
        "By Anna Lee, Reuters\n"
        "Russia attacked Ukraine on Monday.\n"
        "FILE PHOTO: Ukrainian soldiers attack Russian positions near Bakhmut. REUTERS/Alex B\n"
        "The European Union condemned the attack.\n"
    )
    events = code_text(nlp, text, date="2023-03-06")
    coded = {
        (e.source.country, e.cameo_root, e.target.country if e.target else None) for e in events
    }
    assert ("RUS", "18", "UKR") in coded
    assert not [e for e in events if e.source.country == "UKR"]  # nothing from the caption
    sentences = {e.evidence.sentence for e in events}
    assert "Russia attacked Ukraine on Monday." in sentences  # not glued to the byline
    assert not any("FILE PHOTO" in s for s in sentences)


def test_a_repeated_headline_gives_no_second_event(nlp: Language) -> None:
    headline = "Russian troops attacked Ukraine's power grid on Monday"
    once = code_text(nlp, f"{headline}\n\nKyiv said the damage was severe.", date="2023-03-06")
    twice = code_text(
        nlp, f"{headline}\n\n{headline}\n\nKyiv said the damage was severe.", date="2023-03-06"
    )
    assert [e.cameo for e in once if e.cameo_root == "18"]
    assert [e.cameo for e in twice if e.cameo_root == "18"] == [
        e.cameo for e in once if e.cameo_root == "18"
    ]
