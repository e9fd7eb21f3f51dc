"""What a phrase resolves to on a day: the engine of ``accord kb lookup``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.language import Language

from ..documents import Document
from ..pipeline import make_doc
from .loader import KnowledgeBase


def lookup_phrase(nlp: Language, phrase: str, day: dt.date) -> dict[str, Any]:
    """The actor the phrase names on `day`, as the coder would resolve it in running text.

    The phrase goes through the same pipeline as a document, so "the Kremlin", "Ugandan
    police" and "Xi" resolve exactly as they would in an article of that date. An organisation
    with member data ("NATO", "the EU") also gets ``members``: ISO3 codes of its members on
    `day`.
    """
    doc = nlp(make_doc(nlp, Document("lookup", phrase, day)))
    mentions = doc._.actors or []
    if not mentions:
        return {
            "phrase": phrase,
            "date": day.isoformat(),
            "code": None,
            "country": None,
            "sectors": [],
            "name": None,
            "kb_id": None,
            "why": "names no country, organisation or person the knowledge base knows",
        }
    root = next(iter(doc.sents)).root.i
    mention = next((m for m in mentions if m.head == root), mentions[0])
    actor = mention.actor
    result: dict[str, Any] = {
        "phrase": phrase,
        "date": day.isoformat(),
        "code": actor.code,
        "country": actor.country,
        "sectors": list(actor.sectors),
        "name": actor.name,
        "kb_id": actor.kb_id,
        "why": mention.why,
    }
    if (actor.kb_id or "").startswith("igo:"):
        # an organisation with member data lists its members on that day
        kb: KnowledgeBase = nlp.get_pipe("accord_actors").matcher.kb
        if actor.code in kb.members:
            result["members"] = list(kb.members_on(actor.code, day))
    return result
