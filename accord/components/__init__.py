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
