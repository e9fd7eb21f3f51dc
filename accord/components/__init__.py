"""accord's spaCy pipeline components, one module per stage.

Components talk to each other only through the ``Doc._`` extensions registered here,
and each declares what it reads and writes (``requires``/``assigns``) in its factory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, NoReturn

from spacy.tokens import Doc
from spacy.util import minibatch, raise_error

#: what spaCy calls when a component fails on a doc: (component name, component, docs, error)
ErrorHandler = Callable[[str, Any, list[Doc], Exception], NoReturn]


def register_extensions() -> None:
    """Register the ``Doc._`` attributes accord's components read and write (idempotent)."""
    for name in (
        "doc_id",  # str: the document's id, set by the pipeline before the components run
        "pub_date",  # datetime.date | None: the document's date
        "title",  # str | None: the document's headline, when the reader found one
        "boilerplate",  # list[Boilerplate]: lines that are not news, by accord_boilerplate
        "actors",  # list[ActorMention]: written by accord_actors (and accord_coref)
        "dates",  # list[TemporalExpression]: written by accord_dates
        "events",  # list[Event]: written by accord_events
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()

#: where `doc_text` keeps a Doc's text: in ``Doc.user_data``, as spaCy keeps ``Doc._`` values
_TEXT_KEY = ("accord", "text")


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once: ``Doc.text`` joins every token's text each time it is read,
    and several stages read the text (and slice it for spans: ``text[start_char:end_char]`` is
    ``Span.text``). Tokenising never changes the text, so the first copy holds for the Doc."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Give `doc_text` the text a Doc was tokenised from (spaCy's tokeniser keeps every
    character), so that no stage joins the tokens again."""
    doc.user_data[_TEXT_KEY] = text


class BatchedStage:
    """Base of accord's components: ``pipe`` runs the stage over a whole batch of docs before
    handing any on, as spaCy's trained components do.

    Without a ``pipe``, ``nlp.pipe`` takes each doc through all of accord's stages in turn
    before the next doc: the same work, but about 5% slower end to end, as each stage's code
    and tables leave the CPU's caches between docs. Subclasses define ``__call__``.
    """

    name: str = ""  # the pipeline's name for the component, for the error handler
    _error_handler: ErrorHandler | None = None

    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        handle = self.get_error_handler()
        for batch in minibatch(docs, size=batch_size):
            done = []
            for doc in batch:
                try:
                    done.append(self(doc))
                except Exception as err:  # noqa: BLE001  (the handler decides, as in spaCy)
                    handle(self.name, self, [doc], err)
            yield from done

    # the error handler ``nlp.set_error_handler`` gives every component that takes one
    def get_error_handler(self) -> ErrorHandler:
        return self._error_handler or raise_error

    def set_error_handler(self, error_handler: ErrorHandler) -> None:
        self._error_handler = error_handler
