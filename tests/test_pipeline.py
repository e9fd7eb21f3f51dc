"""Building the spaCy pipeline, the `accord.code` API, and coding documents in batches."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

import accord
from accord.documents import Document
from accord.errors import AccordError, DocumentError
from accord.events import Event
from accord.pipeline import STAGES, code_documents, code_text

#: the core stages, in the order each reads what the one before wrote (more may follow)
ACCORD_STAGES = [
    "accord_boilerplate",
    "accord_actors",
    "accord_coref",
    "accord_dates",
    "accord_events",
]


def accord_stages(nlp: Language) -> list[str]:
    """accord's own stages (not the model's attribute rules it applies, `accord_attributes`)."""
    return [
        name
        for name in nlp.pipe_names
        if name.startswith("accord_") and name != "accord_attributes"
    ]


# Real wire sentences, each with a dated event that does not depend on fine points of coding.
DOCUMENTS = [
    Document("tass-1206", "Putin visited India on Dec 6.", dt.date(2021, 12, 15)),
    Document(
        "afp-0301",
        "The European Union imposed sanctions on Russia on Monday.",
        dt.date(2022, 3, 1),
    ),
    Document("reuters-0224", "Russian troops attacked Ukraine on Thursday.", dt.date(2022, 2, 25)),
    Document(
        "xinhua-0321",
        "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in "
        "Moscow on Tuesday.",
        dt.date(2023, 3, 22),
    ),
    Document(
        "aa-0818",
        "Turkish President Recep Tayyip Erdoğan met Ukrainian President Volodymyr Zelensky in "
        "Lviv on Thursday.",
        dt.date(2022, 8, 19),
    ),
]
EXPECTED = {  # one event each document must yield
    "tass-1206": ("RUSGOV", "042", "IND", "2021-12-06"),
    "afp-0301": ("IGOEUREEC", "163", "RUS", "2022-02-28"),
    "reuters-0224": ("RUSMIL", "18", "UKR", "2022-02-24"),  # an assault (root 18), any subcode
    "xinhua-0321": ("CHNGOV", "04", "RUSGOV", "2023-03-21"),
    "aa-0818": ("TURGOV", "04", "UKRGOV", "2022-08-18"),
}


def signature(event: Event) -> tuple:
    return (event.source.code, event.cameo, event.target.code if event.target else None, event.date)


def has_expected(doc_id: str, events: list[Event]) -> bool:
    source, code, target, date = EXPECTED[doc_id]
    return any(
        e.source.code == source
        and e.cameo.startswith(code)
        and e.target is not None
        and e.target.code == target
        and e.date == date
        for e in events
    )


@pytest.fixture(scope="module")
def nlp() -> Language:
    return accord.load()


# --------------------------------------------------------------------------- load


def test_load_returns_a_language_ending_with_the_accord_stages_in_order(nlp):
    assert isinstance(nlp, Language)
    stages = accord_stages(nlp)[1:]
    assert stages == list(STAGES)
    assert stages[: len(ACCORD_STAGES)] == ACCORD_STAGES
    assert nlp.pipe_names[-len(stages) :] == stages  # after the parser, nothing else between
    # line breaks that end headlines and bylines must be sentence starts before parsing
    assert nlp.pipe_names.index("accord_lines") == nlp.pipe_names.index("parser") - 1
    assert {"tagger", "parser", "lemmatizer"} <= set(nlp.pipe_names)
    # the model's attribute rules, compiled, in the place of its ruler
    assert "attribute_ruler" not in nlp.pipe_names
    assert nlp.pipe_names.index("accord_attributes") == nlp.pipe_names.index("lemmatizer") - 1


def test_load_leaves_out_ner_by_default(nlp):
    assert "ner" not in nlp.pipe_names
    assert "ner" not in nlp.component_names  # excluded, not merely disabled


def test_load_keeps_ner_when_nothing_is_excluded():
    full = accord.load(exclude=())
    assert "ner" in full.pipe_names
    assert full.pipe_names.index("ner") < full.pipe_names.index("accord_actors")
    assert accord_stages(full) == ["accord_lines", *STAGES]


def test_unknown_model_raises_accord_error_e020():
    with pytest.raises(AccordError, match=r"\[E020\]") as caught:
        accord.load("en_core_web_nonexistent")
    assert "en_core_web_nonexistent" in str(caught.value)
    assert not isinstance(caught.value, DocumentError)


def test_calling_the_pipeline_fills_the_doc_extensions(nlp):
    doc = nlp("Putin visited India on Dec 6.")
    assert doc._.actors and doc._.dates is not None
    assert ("RUSGOV", "042") in [(e.source.code, e.cameo) for e in doc._.events]


# --------------------------------------------------------------------------- accord.code


@pytest.fixture(scope="module")
def visit_events() -> list[Event]:
    return accord.code("Putin visited India on Dec 6.", date="2021-12-15")


def test_code_returns_event_objects(visit_events):
    assert visit_events
    assert all(isinstance(e, Event) for e in visit_events)


def test_code_finds_the_visit_dated_from_the_text(visit_events):
    assert ("RUSGOV", "042", "IND", "2021-12-06") in [signature(e) for e in visit_events]
    visit = next(e for e in visit_events if e.cameo == "042")
    assert visit.date_precision == "day"
    assert visit.pub_date == "2021-12-15"
    assert visit.source.country == "RUS" and visit.target.country == "IND"
    assert visit.modality == "asserted"
    assert visit.evidence.trigger == "visited"
    assert visit.doc_id == "text"


def test_code_adds_the_host_event_from_the_visited_country(visit_events):
    assert ("IND", "043", "RUSGOV", "2021-12-06") in [signature(e) for e in visit_events]


def test_code_accepts_a_date_object_and_a_doc_id():
    events = accord.code(
        "Putin visited India on Dec 6.", date=dt.date(2021, 12, 15), doc_id="tass-1206"
    )
    assert ("RUSGOV", "042", "IND", "2021-12-06") in [signature(e) for e in events]
    assert {e.doc_id for e in events} == {"tass-1206"}


def test_code_text_matches_accord_code(nlp, visit_events):
    events = code_text(nlp, "Putin visited India on Dec 6.", date="2021-12-15")
    assert [e.to_dict() for e in events] == [e.to_dict() for e in visit_events]


# --------------------------------------------------------------------------- code_documents


@pytest.mark.parametrize("batch_size", [1, 2, 32])
def test_code_documents_keeps_input_order_and_codes_every_document(nlp, batch_size):
    errors: list[DocumentError] = []
    coded = list(code_documents(nlp, DOCUMENTS, batch_size=batch_size, on_error=errors.append))
    assert errors == []
    assert [document.id for document, _ in coded] == [d.id for d in DOCUMENTS]
    for document, events in coded:
        assert has_expected(document.id, events), (document.id, [signature(e) for e in events])
        assert all(e.doc_id == document.id for e in events)
        assert all(e.pub_date == document.date.isoformat() for e in events)


def test_code_documents_streams_lazily(nlp):
    def documents():
        yield DOCUMENTS[0]
        raise AssertionError("read past the first batch")

    first = next(code_documents(nlp, documents(), batch_size=1))
    assert first[0].id == DOCUMENTS[0].id


@pytest.fixture(scope="module")
def fragile_nlp() -> Language:
    """A pipeline with a stage that breaks on one document, as a buggy component would."""
    if not Language.has_factory("break_on_reuters_0224"):

        @Language.component("break_on_reuters_0224")
        def break_on_reuters_0224(doc):
            if doc._.doc_id == "reuters-0224":
                raise ValueError("cannot resolve the actors of this document")
            return doc

    pipeline = accord.load()
    pipeline.add_pipe("break_on_reuters_0224", before="accord_events")
    return pipeline


@pytest.mark.parametrize("batch_size", [1, 3, 32])
def test_a_document_that_breaks_a_stage_is_reported_and_the_rest_coded(fragile_nlp, batch_size):
    errors: list[DocumentError] = []
    coded = list(
        code_documents(fragile_nlp, DOCUMENTS, batch_size=batch_size, on_error=errors.append)
    )
    assert [document.id for document, _ in coded] == [
        d.id for d in DOCUMENTS if d.id != "reuters-0224"
    ]
    for document, events in coded:
        assert has_expected(document.id, events), (document.id, [signature(e) for e in events])
    assert [e.doc_id for e in errors] == ["reuters-0224"]
    assert "[E024]" in errors[0].message
    assert "cannot resolve the actors" in errors[0].message


def test_a_breaking_document_raises_without_on_error(fragile_nlp):
    with pytest.raises(DocumentError, match=r"\[E024\]") as caught:
        list(code_documents(fragile_nlp, DOCUMENTS, batch_size=8))
    assert caught.value.doc_id == "reuters-0224"
