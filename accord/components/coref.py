"""accord_coref: link personal pronouns to the actors they refer to.

News prose names a leader once and then says "he": in "Putin said he will attend the
Olympics", the attendee is Putin. The rule is the one a reader applies: a singular personal
pronoun refers to the most recent person mentioned before it, within a few sentences.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..events import Actor
from . import register_extensions
from .actors import ActorMention

register_extensions()

PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
#: how many sentences back an antecedent may stand
WINDOW_SENTENCES = 3


def is_person(mention: ActorMention, doc: Doc) -> bool:
    """A mention of one person: a known person, or a proper name with a role."""
    if mention.actor.kb_id and mention.actor.kb_id.startswith("person:"):
        return True
    return mention.via == "name" or (
        bool(mention.actor.sectors) and doc[mention.head].pos_ == "PROPN"
    )


def resolve_pronouns(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions plus one for each pronoun whose antecedent is a person in view."""
    by_head = {m.head: m for m in mentions}
    people = sorted((m for m in mentions if is_person(m, doc)), key=lambda m: m.head)
    sentence_of = {}
    for index, sent in enumerate(doc.sents):
        for token in sent:
            sentence_of[token.i] = index
    added = []
    for token in doc:
        if token.lower_ not in PERSONAL_PRONOUNS or token.i in by_head:
            continue
        antecedent = _antecedent(doc, token, people)
        if antecedent is None:
            continue
        if sentence_of[token.i] - sentence_of[antecedent.head] > WINDOW_SENTENCES:
            continue
        actor = antecedent.actor
        added.append(
            ActorMention(
                token.i,
                token.i + 1,
                token.i,
                Actor(token.text, actor.code, actor.country, actor.sectors, actor.name,
                      actor.kb_id),
                f"{token.text!r} refers to {actor.text!r}, the last person named before it",
                "coref",
                entries=antecedent.entries,
            )
        )
    return sorted([*mentions, *added], key=lambda m: m.head)


def _antecedent(doc: Doc, pronoun: Token, people: list[ActorMention]) -> ActorMention | None:
    """The person a pronoun refers to: as a reader would, prefer the subject.

    "As he began the meeting, Putin welcomed Xi": a pronoun in a clause that opens the
    sentence points forward to the main subject. Otherwise the latest person in subject
    position ("Putin told Xi ... He lauded"), else the latest person named.
    """
    sentence = pronoun.sent
    opening_clause = pronoun.i < sentence.root.i and any(
        a.dep_ == "advcl" and a.i < sentence.root.i for a in pronoun.ancestors
    )
    if opening_clause:
        for mention in people:
            head = doc[mention.head]
            if mention.head > pronoun.i and head.dep_ == "nsubj" and head.head.i == sentence.root.i:
                return mention
    before = [m for m in people if m.end <= pronoun.i]
    subjects = [m for m in before if doc[m.head].dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects[-1]
    return before[-1] if before else None


class CorefComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = resolve_pronouns(doc, doc._.actors or [])
        return doc


@Language.factory("accord_coref", assigns=["doc._.actors"], requires=["doc._.actors"])
def make_coref(nlp: Language, name: str) -> CorefComponent:
    return CorefComponent()
