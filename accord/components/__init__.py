"""accord's spaCy pipeline components, one module per stage.

Components talk to each other only through the ``Doc._`` extensions registered here,
and each declares what it reads and writes (``requires``/``assigns``) in its factory.
"""

from __future__ import annotations

from spacy.tokens import Doc


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
