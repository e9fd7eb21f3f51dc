"""accord_coref: link pronouns to the actors they refer to.

News prose names a leader once and then says "he": in "Putin said he will attend the
Olympics", the attendee is Putin. The rule is the one a reader applies: a singular personal
pronoun refers to the most recent person mentioned before it, within a few sentences
(preferring a subject); "it" and "its" to the most recent country or organisation ("Iraq said
it would cooperate"); "they" and "their" to the most recent plural actor or pair of actors
("the rebels said they would", "Obama and Putin said they will").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from spacy.attrs import LOWER, POS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from ..events import Actor
from . import BatchedStage, register_extensions
from .actors import ActorMention

register_extensions()

PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
NEUTER_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
NON_PERSONAL_PRONOUNS = NEUTER_PRONOUNS | PLURAL_PRONOUNS
REFERRING_PRONOUNS = PERSONAL_PRONOUNS | NON_PERSONAL_PRONOUNS
REFERRING_PRONOUN_IDS = frozenset(map(get_string_id, REFERRING_PRONOUNS))
#: how many sentences back the antecedent of "it" or "they" may stand
NEAR_SENTENCES = 1
#: "the president", "the leader": an office without a country refers to a person named before
OFFICE_NOUNS = frozenset(
    {
        "president",
        "leader",
        "premier",
        "minister",
        "chancellor",
        "king",
        "queen",
        "emir",
        "monarch",
        "secretary",
        "counterpart",
        "head",
    }
)
#: "the two countries", "both sides": a pair named before
PAIR_NOUNS = frozenset(
    {
        "country",
        "side",
        "nation",
        "government",
        "state",
        "leader",
        "capital",
        "neighbour",
        "neighbor",
        "party",
    }
)
#: the lemmas of the nouns that may refer to actors named before
REFERRING_NOUNS = OFFICE_NOUNS | PAIR_NOUNS
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: how many sentences back an antecedent may stand
WINDOW_SENTENCES = 3


def resolve_pronouns(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions plus one for each pronoun whose antecedent is a person in view."""
    by_head = {m.head: m for m in mentions}
    people = sorted((m for m in mentions if m.is_person), key=lambda m: m.head)
    sentence_of = _SentenceIndex(doc)
    added = []
    for token in _referring_words(doc):
        if token.i in by_head:
            continue
        if _is_pair(token):
            added += _pair(doc, token, [*mentions, *added], sentence_of)  # "the two leaders" too
            continue
        lower = token.lower_
        if lower in NON_PERSONAL_PRONOUNS:
            added += _non_personal(doc, token, mentions, sentence_of, by_head)
            continue
        if lower not in PERSONAL_PRONOUNS and not _is_office(token):
            continue
        antecedent = _antecedent(doc, token, people)
        if antecedent is None:
            continue
        if sentence_of[token.i] - sentence_of[antecedent.head] > WINDOW_SENTENCES:
            continue
        actor = antecedent.actor
        added.append(
            ActorMention(
                token.left_edge.i if token.lower_ not in PERSONAL_PRONOUNS else token.i,
                token.i + 1,
                token.i,
                _as(actor, token.text),
                f"{token.text!r} refers to {actor.text!r}, the person named before it",
                "coref",
                entries=antecedent.entries,
            )
        )
    return sorted([*mentions, *added], key=lambda m: m.head)


class _SentenceIndex:
    """The index of the sentence a token (by its index) is in, found among the sentences'
    first tokens: no table over every word of the text, for the few words asked about."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._starts: list[int] | None = None  # read when first asked: most docs never do

    def __getitem__(self, i: int) -> int:
        if self._starts is None:
            self._starts = [sent.start for sent in self._doc.sents]
        return bisect_right(self._starts, i) - 1


def _referring_words(doc: Doc) -> Iterator[Token]:
    """The tokens that may refer to an actor named before: pronouns, and nouns ("the two
    countries", "the president"): those whose lemma `_is_pair` or `_is_office` may accept.
    Selected from the Doc's arrays: a Token object for every word of the text costs more
    than the rest of the stage."""
    poses, lowers = doc.to_array([POS, LOWER]).T.tolist()
    for i, lower in enumerate(lowers):
        if lower in REFERRING_PRONOUN_IDS:
            yield doc[i]
        elif poses[i] == NOUN:
            token = doc[i]
            if token.lemma_.lower() in REFERRING_NOUNS:
                yield token


def _is_office(token: Token) -> bool:
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in OFFICE_NOUNS
        and token.dep_ not in ("compound", "amod")
        and any(c.lower_ == "the" for c in token.children)
    )


def _is_pair(token: Token) -> bool:
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or token.lemma_.lower() not in PAIR_NOUNS:
        return False
    return any(
        (c.lower_ == "two" and c.dep_ == "nummod")
        or (c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj"))
        for c in token.children
    )


def _pair(
    doc: Doc, token: Token, mentions: list[ActorMention], sentence_of: _SentenceIndex
) -> list[ActorMention]:
    """The two actors "the two countries" or "both sides" refer to: the last two that acted
    (named as subjects), else the last two named: in "Sisi met Erdogan ... Erdogan said
    Turkey would cooperate with Egypt on Gaza. Last month, the two countries signed a deal",
    Egypt and Turkey, not Gaza."""
    in_view = [
        m
        for m in sorted(
            (m for m in mentions if m.end <= token.i and m.names_actor),
            key=lambda m: m.head,
            reverse=True,
        )
        if sentence_of[token.i] - sentence_of[m.head] <= WINDOW_SENTENCES
    ]
    chosen: list[ActorMention] = []
    seen: set[str] = set()
    acting = [m for m in in_view if doc[m.head].dep_ in SUBJECT_DEPS]
    for mention in (*acting, *in_view):
        key = mention.actor.country or mention.actor.code
        if key not in seen:
            seen.add(key)
            chosen.append(mention)
        if len(chosen) == 2:
            break
    if len(chosen) < 2:
        return []
    chosen.sort(key=lambda m: m.head, reverse=True)
    return [
        ActorMention(
            token.i,
            token.i + 1,
            token.i,
            _as(m.actor, token.text),
            f"{token.text!r} in 'the two ...' refers to {m.actor.text!r}",
            "coref",
            entries=m.entries,
        )
        for m in reversed(chosen)
    ]


def _non_personal(
    doc: Doc,
    pronoun: Token,
    mentions: list[ActorMention],
    sentence_of: _SentenceIndex,
    named: dict[int, ActorMention],
) -> list[ActorMention]:
    """What "it" or "they" refers to: the latest fitting actor named before it, a subject
    first, in its sentence or the one before. "It" is a country or organisation, never a
    person; "they" a plural noun ("the rebels") or actors joined by "and"."""
    if pronoun.dep_ == "expl" or (pronoun.lower_ == "it" and pronoun.dep_ not in SUBJECT_DEPS):
        return []  # "it seems", "condemned it": not an actor, or too often an event
    plural = pronoun.lower_ in PLURAL_PRONOUNS
    here = sentence_of[pronoun.i]
    before = [
        m
        for m in mentions
        if m.end <= pronoun.i
        and (m.names_actor or (plural and _people_of_a_side(doc[m.head])))
        and here - sentence_of[m.head] <= NEAR_SENTENCES
    ]
    co_subjects = _co_subjects(pronoun)
    before = [m for m in before if m.head not in co_subjects]
    if plural:
        before = [m for m in before if _plural(doc, m, named)]
    else:
        # "EU leaders agreed to sanction Russia after its troops invaded": "it" is singular,
        # never a plural common noun (but "the United States" is a name, NNPS)
        before = [m for m in before if not m.is_person and doc[m.head].tag_ != "NNS"]
    subjects = [m for m in before if doc[m.head].dep_ in SUBJECT_DEPS]
    chosen = (subjects or before)[-1:] if before else []
    if not chosen:
        return []
    antecedent = chosen[0]
    group = [antecedent]
    if plural:  # "Obama and Putin": every actor of the coordination
        head = doc[antecedent.head]
        heads = {head.i, *(t.i for t in head.conjuncts)}
        group = [m for m in before if m.head in heads] or group
    return [
        ActorMention(
            pronoun.i,
            pronoun.i + 1,
            pronoun.i,
            _as(m.actor, pronoun.text),
            f"{pronoun.text!r} refers to {m.actor.text!r}, named before it",
            "coref",
            entries=m.entries,
            is_person=m.is_person,
        )
        for m in group
    ]


def _people_of_a_side(head: Token) -> bool:
    """A subject the knowledge base does not name, qualified by a side it does: "Palestinian
    suicide bombers killed 23 people when they blew themselves up" (they: the bombers)."""
    return head.dep_ in SUBJECT_DEPS and head.tag_ == "NNS"


def _plural(doc: Doc, mention: ActorMention, named: dict[int, ActorMention]) -> bool:
    """A plural noun, or an actor joined by "and" to another actor (heads in `named`)."""
    head = doc[mention.head]
    return head.tag_ in ("NNS", "NNPS") or any(t.i in named for t in head.conjuncts)


#: where a pronoun is its verb's object ("accused him", "gave them", "fired at them")
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})


def _co_subjects(pronoun: Token) -> set[int]:
    """The subjects of the verb a pronoun is the object of: "Putin accused him of treason"
    accuses someone else, as an object pronoun never means its own clause's subject ("himself"
    would)."""
    if pronoun.dep_ not in OBJECT_DEPS:
        return set()
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    while not subjects and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "Putin met Xi and told him": the subject the verbs share
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return {t.i for s in subjects for t in (s, *s.conjuncts)}


def _as(actor: Actor, text: str) -> Actor:
    return Actor(text, actor.code, actor.country, actor.sectors, actor.name, actor.kb_id)


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
    co_subjects = _co_subjects(pronoun)
    before = [m for m in people if m.end <= pronoun.i and m.head not in co_subjects]
    subjects = [m for m in before if doc[m.head].dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects[-1]
    return before[-1] if before else None


class CorefComponent(BatchedStage):
    def __call__(self, doc: Doc) -> Doc:
        underscore = doc._  # (each ``doc._`` builds a new accessor: one for both)
        underscore.actors = resolve_pronouns(doc, underscore.actors or [])
        return doc


@Language.factory("accord_coref", assigns=["doc._.actors"], requires=["doc._.actors"])
def make_coref(nlp: Language, name: str) -> CorefComponent:
    return CorefComponent()
