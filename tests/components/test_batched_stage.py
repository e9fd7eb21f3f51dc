"""accord's components run a whole batch through one stage at a time (`BatchedStage.pipe`),
with the same results as one doc at a time, and honour spaCy's error handlers."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ignore_error

import accord
from accord.components import BatchedStage
from accord.documents import Document
from accord.pipeline import STAGES, make_doc

TEXTS = [
    "Putin met Modi in New Delhi on Dec 6.",
    "The weather was mild in Paris on Sunday.",
    "Chinese President Xi Jinping held talks with Russian President Vladimir Putin.",
    "Turkey accused Greece of provoking tension in the Aegean.",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return accord.load()


def _docs(nlp: Language) -> list[Doc]:
    return [make_doc(nlp, Document(f"doc-{i}", text, None)) for i, text in enumerate(TEXTS)]


def test_every_accord_stage_is_batched(nlp):
    for name in (*STAGES, "accord_lines"):
        assert isinstance(nlp.get_pipe(name), BatchedStage), name


@pytest.mark.parametrize("batch_size", [1, 3, 32])
def test_pipe_codes_what_one_doc_at_a_time_codes(nlp, batch_size):
    one_by_one = [[e.to_json() for e in nlp(doc)._.events] for doc in _docs(nlp)]
    batched = [
        [e.to_json() for e in doc._.events] for doc in nlp.pipe(_docs(nlp), batch_size=batch_size)
    ]
    assert batched == one_by_one
    assert any(one_by_one)


class _Breaks(BatchedStage):
    def __call__(self, doc: Doc) -> Doc:
        if doc._.doc_id == "doc-1":
            raise ValueError("broken")
        return doc


def test_a_stage_given_an_error_handler_skips_only_the_failing_doc(nlp):
    stage = _Breaks()
    with pytest.raises(ValueError, match="broken"):
        list(stage.pipe(_docs(nlp), batch_size=2))
    stage.set_error_handler(ignore_error)  # what nlp.set_error_handler does
    kept = list(stage.pipe(_docs(nlp), batch_size=2))
    assert [doc._.doc_id for doc in kept] == ["doc-0", "doc-2", "doc-3"]
