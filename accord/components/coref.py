"""accord_coref: link pronouns to the actors they refer to.

News prose names a leader once and then says "he": in "Putin said he will attend the
Olympics", the attendee is Putin. The rule is the one a reader applies: a singular personal
pronoun refers to the most recent person mentioned before it, within a few sentences
(preferring a subject); "it" and "its" to the most recent country or organisation ("Iraq said
it would cooperate"); "they" and "their" to the most recent plural actor or pair of actors
("the rebels said they would", "Obama and Putin said they will"); "the group", "the bloc"
and "the country" to the latest organisation or country named ("Hamas freed 24 hostages ...
The group said it would"); "the two sides", "the three countries" to the last actors that
acted, one per side.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date

from spacy.attrs import LOWER, POS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from ..events import Actor
from ..kb import Entry, KnowledgeBase, load_kb, spell_on
from ..ontology.patterns import load_patterns
from . import BatchedStage, register_extensions
from .actors import BACKING_PARTICIPLES, HEAD_OFFICES, PAIR_COUNTS, ActorMention, actor_side

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
OFFICE_NOUNS = HEAD_OFFICES | frozenset({"leader", "counterpart", "head"})
#: pair nouns that count people: "the two leaders" are two people named together before
#: ("Wang met Amir-Abdollahian ... The two ministers agreed": office holders, one a side)
PERSON_PAIR_NOUNS = frozenset({"leader", "minister", "president", "premier", "diplomat", "envoy"})
#: "the two countries", "both sides": a pair named before
PAIR_NOUNS = PERSON_PAIR_NOUNS | frozenset(
    {
        "country",
        "side",
        "nation",
        "government",
        "state",
        "capital",
        "neighbour",
        "neighbor",
        "party",
    }
)
#: pair nouns that count states only: "the three countries" after "Turkey ... Finland and
#: Sweden joining NATO" are not NATO (an alliance is no country)
STATE_PAIR_NOUNS = frozenset({"country", "nation", "state", "capital", "neighbour", "neighbor"})
#: how many sentences back "the two leaders" may find the people named together: wire
#: stories come back to the lede's meeting after a few sentences of reactions
PERSON_PAIR_SENTENCES = 5
#: "the group", "the bloc", "the country": a collective noun stands for the latest actor
#: named before it of the kinds of knowledge-base entry it can name ("Hamas freed 24
#: hostages ... The group said it would release more")
COLLECTIVE_NOUNS = {
    "group": ("group", "igo"),
    "movement": ("group",),
    "militia": ("group",),
    "organisation": ("group", "igo"),
    "organization": ("group", "igo"),
    "alliance": ("igo", "group"),
    "bloc": ("igo",),
    "country": ("country",),
}
#: words between "the" and a collective noun that tell the kind of group, not another one
KIND_ADJECTIVES = frozenset(
    {
        "militant",
        "armed",
        "rebel",
        "jihadist",
        "extremist",
        "insurgent",
        "separatist",
        "paramilitary",
        "terrorist",
        "islamist",
        "military",
        "political",
        "regional",
        "militia",
    }
)
#: the entries that name a country "the country" may refer to: its name or its capital's,
#: not an adjective ("Rwanda's minister said French officials ... the country's genocide")
COUNTRY_KINDS = frozenset({"country", "capital"})
#: group spells that are no organisation "the group" may stand for: a people, a faith, a region
UNORGANISED_SPELLS = frozenset({"identity", "region"})
#: the lemmas of the nouns that may refer to actors named before
REFERRING_NOUNS = OFFICE_NOUNS | PAIR_NOUNS | COLLECTIVE_NOUNS.keys()
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: how many sentences back an antecedent may stand
WINDOW_SENTENCES = 3


def resolve_pronouns(
    doc: Doc, mentions: list[ActorMention], kb: KnowledgeBase
) -> list[ActorMention]:
    """The mentions plus one for each pronoun whose antecedent is a person in view.

    `kb` is the knowledge base the actors were resolved with: it tells a people's name ("the
    Houthis") from a group's that ends in "s" ("Hamas")."""
    by_head = {m.head: m for m in mentions}
    people = sorted((m for m in mentions if m.is_person), key=lambda m: m.head)
    sentence_of = _SentenceIndex(doc)
    added = []
    # "the group", "the country" resolved: what a later "it" may refer to, as a name would
    collective: list[ActorMention] = []
    for token in _referring_words(doc):
        if token.i in by_head:
            continue
        if _is_pair(token):
            added += _pair(doc, token, [*mentions, *added], sentence_of)  # "the two leaders" too
            continue
        if _is_collective(token):
            found = _collective(doc, token, mentions, sentence_of)
            added += found
            collective += found
            continue
        lower = token.lower_
        if lower in NON_PERSONAL_PRONOUNS:
            before = sorted([*mentions, *collective], key=lambda m: m.head)
            added += _non_personal(doc, token, before, sentence_of, by_head, kb)
            continue
        if lower not in PERSONAL_PRONOUNS and not _is_office(token):
            continue
        candidates = people
        if lower not in PERSONAL_PRONOUNS and token.lemma_.lower() in HEAD_OFFICES:
            # "Bangladesh's army chief said ... after the prime minister resigned": an office
            # refers back only to someone told as holding it
            candidates = [m for m in people if _holds_office(doc, m, token.lemma_.lower())]
        antecedent = _antecedent(doc, token, candidates)
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


def _holds_office(doc: Doc, mention: ActorMention, office: str) -> bool:
    """Whether a person is told as holding an office ("minister", "president"): by the
    words of the phrase naming them ("the Bangladeshi prime minister", "President Ruto"),
    or by an office the knowledge base gives them ("Hasina": Prime Minister)."""
    words = {t.lemma_.lower() for t in doc[mention.start : mention.end]}
    if office in words and not words & {"vice", "deputy"}:
        return True
    return any(
        _office_word(term.office) == office for entry in mention.entries for term in entry.terms
    )


def _office_word(title: str) -> str:
    """The office a title names, by its last word, "" for a deputy's ("Vice President",
    "Deputy Prime Minister" hold no presidency or premiership)."""
    words = title.lower().split()
    return "" if not words or words[0] in ("vice", "deputy") else words[-1]


def _is_pair(token: Token) -> bool:
    return _pair_count(token) > 0


def _pair_count(token: Token) -> int:
    """How many actors "the two countries", "both sides", "the three leaders" count (0: the
    noun counts none)."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or token.lemma_.lower() not in PAIR_NOUNS:
        return 0
    for c in token.children:
        if (c.dep_ == "nummod" and c.lower_ != "both") or (
            c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj")
        ):
            return PAIR_COUNTS.get(c.lower_, 0)
    return 0


def _is_collective(token: Token) -> bool:
    """ "the group", "the bloc", "the country": a singular collective noun after "the" alone
    (not "the host country", "the group of experts", "the Group of Seven")."""
    if token.tag_ != "NN" or token.lower_ not in COLLECTIVE_NOUNS:
        return False
    children = [c for c in token.children if c.dep_ not in ("case", "punct") and not _charge(c)]
    # "the militant group", "the armed movement": a word saying what kind of group it is
    # still refers back ("Hamas released three hostages ... The militant group said it ...")
    kind = [
        c
        for c in children
        if c.dep_ == "amod" and (c.lower_ in KIND_ADJECTIVES or c.lower_ in BACKING_PARTICIPLES)
    ]
    children = [c for c in children if c not in kind]
    # (the words of "the Iran-backed group" between "the" and the noun are the kind's)
    first = min((t.i for c in kind for t in c.subtree), default=token.i)
    return (
        len(children) == 1
        and children[0].lower_ == "the"
        and children[0].i == first - 1
        and all(c.i < token.i for c in kind)
        and token.dep_ not in ("compound", "amod")
    )


def _charge(prep: Token) -> bool:
    """Whether an "of" after the noun tells no members ("the group of experts", "the Group of
    Seven") but a thing, as the parser hangs the charge of "accused the group of treason"."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and all(o.tag_ in ("NN", "VBG") for o in prep.children if o.dep_ in ("pobj", "pcomp"))
    )


def _collective(
    doc: Doc, token: Token, mentions: list[ActorMention], sentence_of: _SentenceIndex
) -> list[ActorMention]:
    """The actor "the group", "the bloc" or "the country" stands for: the latest one of its
    kind named before it, within a few sentences. "The group" is an organisation the text
    named, even as the title of its leader ("Wagner chief Yevgeny Prigozhin ... accused the
    group of treason"); "the country" the country of the latest phrase naming one ("gave
    Niger's junta a week ... imposed sanctions on the country")."""
    kinds = COLLECTIVE_NOUNS[token.lower_]
    day = doc._.pub_date
    here = sentence_of[token.i]
    # "South Korea condemned the country for violating UN resolutions": an object is never
    # the subject of its own verb ("itself" would be), nor a country named earlier that is
    # that subject's (only the verb's own subject: "Zelensky vowed to defend the country" is
    # his; "thanked Britain for helping the country" is not Britain's helping itself)
    co_subjects = _own_subjects(token)
    co_countries = {m.actor.country for m in mentions if m.head in co_subjects} - {None}
    start = min((c.i for c in token.children if c.lower_ == "the"), default=token.i)
    # ("Iranian President Ebrahim Raisi died ... Russia offered its condolences to the
    # country": with no country named, the latest one a nationality names)
    nationality: ActorMention | None = None
    for mention in reversed(mentions):
        if mention.end > token.i or not mention.names_actor or mention.head in co_subjects:
            continue
        if "country" in kinds and mention.actor.country in co_countries:
            continue
        if here - sentence_of[mention.head] > WINDOW_SENTENCES:
            break
        actor = _of_kind(mention, kinds, day, token.text)
        if actor is not None:
            why = f"{token.text!r} in 'the {token.lower_}' refers to {mention.actor.text!r}"
            return [
                ActorMention(
                    start, token.i + 1, token.i, actor, why, "coref", entries=mention.entries
                )
            ]
        if nationality is None and "country" in kinds:
            demonym = next((e for e in mention.entries if e.kind == "demonym"), None)
            if demonym is not None and demonym.country not in co_countries:
                code, name, kb_id = demonym.code or "", demonym.name, demonym.kb_id
                actor = Actor(token.text, code, demonym.country, (), name, kb_id)
                why = f"{token.text!r} in 'the country' is {demonym.name}, named no other way"
                nationality = ActorMention(start, token.i + 1, token.i, actor, why, "coref")
    return [nationality] if nationality is not None else []


def _of_kind(
    mention: ActorMention, kinds: tuple[str, ...], day: date | None, text: str
) -> Actor | None:
    """The actor of one of `kinds` a mention names: the mention's own, or the organisation or
    the country its phrase names beside a person or a role ("Niger's junta": Niger)."""
    for entry in mention.entries:
        if entry.kind in COUNTRY_KINDS or entry.kind == "demonym":
            if "country" in kinds and entry.kind != "demonym":
                return _entry_actor(entry, day, text)  # the country itself, not its junta
            continue
        if entry.kind not in kinds:
            continue
        if entry.kind == "group":
            spell = spell_on(entry.spells, day)
            if spell is None or spell.type in UNORGANISED_SPELLS:
                continue
        if mention.actor.kb_id == entry.kb_id:
            return _as(mention.actor, text)  # as the phrase resolved it
        return _entry_actor(entry, day, text)
    return None


def _entry_actor(entry: Entry, day: date | None, text: str) -> Actor | None:
    """The actor an entry names alone: a country without a role, an organisation."""
    if entry.kind in COUNTRY_KINDS:
        return Actor(text, entry.code or "", entry.country, (), entry.name, entry.kb_id)
    if entry.kind == "igo":
        return Actor(text, entry.code or "IGO", None, (), entry.name, entry.kb_id)
    spell = spell_on(entry.spells, day)
    if spell is None:
        return None
    return Actor(text, spell.code, spell.country, spell.sectors, entry.name, entry.kb_id)


def _pair(
    doc: Doc, token: Token, mentions: list[ActorMention], sentence_of: _SentenceIndex
) -> list[ActorMention]:
    """The actors "the two countries", "both sides" or "the three countries" refer to: the
    last ones that acted (named as subjects), else the last named, one per side (a country's
    state, or a group within it: "Sudan's army and the RSF ... the two sides"). In "Sisi met
    Erdogan ... Erdogan said Turkey would cooperate with Egypt on Gaza. Last month, the two
    countries signed a deal", Egypt and Turkey, not Gaza."""
    # "the European Union urged both sides": the sides are others than who urges them
    co_subjects = _co_subjects(token)
    in_view = [
        m
        for m in sorted(
            (m for m in mentions if m.end <= token.i and m.names_actor),
            key=lambda m: m.head,
            reverse=True,
        )
        if sentence_of[token.i] - sentence_of[m.head] <= WINDOW_SENTENCES
        and m.head not in co_subjects
        and not _where(doc[m.head])
    ]
    seen: set[tuple[str, str]] = set()
    count = _pair_count(token)
    states_only = token.lemma_.lower() in STATE_PAIR_NOUNS
    chosen: list[ActorMention] = []
    if token.lemma_.lower() in PERSON_PAIR_NOUNS:
        urging = {m.actor.kb_id for m in mentions if m.head in co_subjects}
        chosen = _people_named_together(token, mentions, sentence_of, count, urging)
    # the nearest sentence first, and in it those who act (subjects), then those they act on
    # (objects), then the rest: "Wang met Amir-Abdollahian in New York. The two ministers
    # agreed" are Wang and Amir-Abdollahian, not a minister who acted a sentence earlier
    ranked = sorted(
        in_view, key=lambda m: (-sentence_of[m.head], _participation(doc[m.head]), -m.head)
    )
    for mention in [] if chosen else ranked:
        if states_only and mention.actor.code.startswith("IGO"):
            continue
        key = actor_side(mention.actor, _state_sectors())
        if key not in seen:
            seen.add(key)
            chosen.append(mention)
        if len(chosen) == count:
            break
    if len(chosen) < count:
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


def _people_named_together(
    token: Token,
    mentions: list[ActorMention],
    sentence_of: _SentenceIndex,
    count: int,
    others: set[str | None],
) -> list[ActorMention]:
    """ "Kim met Putin ... Washington accused Pyongyang ... The two leaders discussed": the
    people of the latest sentence that names `count` of them, of as many sides, together
    (not the latest actors of any kind, nor one person from each of two sentences); none
    when no sentence in view does. `others`: those who act on the pair ("Trump urged the two
    leaders to meet" is about two others than Trump)."""
    here = sentence_of[token.i]
    by_sentence: dict[int, list[ActorMention]] = {}
    for m in sorted(mentions, key=lambda m: m.head):
        if (
            m.end <= token.i
            and m.names_actor
            and m.is_person
            and m.via != "coref"
            and m.actor.kb_id not in others
        ):
            if 0 <= here - sentence_of[m.head] <= PERSON_PAIR_SENTENCES:
                by_sentence.setdefault(sentence_of[m.head], []).append(m)
    for _, people in sorted(by_sentence.items(), reverse=True):
        sides: dict[tuple[str, str], ActorMention] = {}
        for m in people:
            sides.setdefault(actor_side(m.actor, _state_sectors()), m)
        if len(sides) == count:
            return list(sides.values())
    return []


#: prepositions whose object is where something happened, not who took part
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "inside"})


def _where(token: Token) -> bool:
    """Whether a mention names the place of an act, not a side: "Rubio met Lavrov in Riyadh.
    It was the first meeting between the two countries since the war in Ukraine" (the US and
    Russia, not Saudi Arabia or Ukraine)."""
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS


#: the dependencies of those an act is done to or with: "met Lavrov", "cooperate with Egypt"
PARTICIPANT_DEPS = frozenset({"dobj", "dative"})


def _participation(token: Token) -> int:
    """How closely a mention takes part in its clause's act: 0 its subject, 1 its object or
    partner ("with"), 2 anything else ("on Gaza")."""
    if _subject(token):
        return 0
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in PARTICIPANT_DEPS or (token.dep_ == "pobj" and token.head.lower_ == "with"):
        return 1
    return 2


def _subject(token: Token) -> bool:
    """Whether a word is a subject, or one of a list of subjects ("South Korea, Japan and
    the United States condemned the test": all three)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in SUBJECT_DEPS


@functools.cache
def _state_sectors() -> frozenset[str]:
    """The sectors of a country's state (the patterns' `state_sectors`, lower-cased): its
    government, army, police or courts are one side of a pair, its rebels, opposition or
    separatists another."""
    return frozenset(s.lower() for s in load_patterns().word_list("state_sectors"))


def _non_personal(
    doc: Doc,
    pronoun: Token,
    mentions: list[ActorMention],
    sentence_of: _SentenceIndex,
    named: dict[int, ActorMention],
    kb: KnowledgeBase,
) -> list[ActorMention]:
    """What "it" or "they" refers to: the latest fitting actor named before it, a subject
    first, in its sentence or the one before. "It" is a country or organisation, never a
    person; "they" a plural noun ("the rebels") or actors joined by "and"."""
    if pronoun.dep_ == "expl" or (pronoun.lower_ == "it" and pronoun.dep_ not in SUBJECT_DEPS):
        return []  # "it seems", "condemned it": not an actor, or too often an event
    if pronoun.lower_ == "it" and _is_thing_said(pronoun):
        return []
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
        before = [m for m in before if _plural(doc, m, named, kb)]
    else:
        # "EU leaders agreed to sanction Russia after its troops invaded": "it" is singular,
        # never a plural common noun (but "the United States" is a name, and the tagger may
        # read "Honduras" as a plural noun: a capitalised head is a name)
        before = [
            m
            for m in before
            if not m.is_person and not (doc[m.head].tag_ == "NNS" and doc[m.head].is_lower)
        ]
    subjects = [m for m in before if doc[m.head].dep_ in SUBJECT_DEPS]
    chosen = (subjects or before)[-1:] if before else []
    controller = _infinitive_controller(pronoun)
    if controller is not None:
        # "ordered Israel to halt its offensive": the object is who halts, so "its" is Israel's
        chosen = [m for m in before if m.head == controller.i][-1:] or chosen
    if not chosen:
        return []
    antecedent = chosen[0]
    if not plural and sentence_of[antecedent.head] < here and _thing_before(pronoun, mentions):
        return []
    group = [antecedent]
    if plural:  # "Obama and Putin": every actor of the coordination
        head = doc[antecedent.head]
        heads = {head.i, *(t.i for t in _coordinated(head))}
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


def _infinitive_controller(pronoun: Token) -> Token | None:
    """The object of the verb whose infinitive complement holds `pronoun`: in "the court
    ordered Israel to halt its offensive" or "urged the rebels to lay down their arms" the
    object does what the infinitive says, and the pronoun inside it is the object's."""
    clause = pronoun.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "xcomp" or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    ):
        return None
    objects = [c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i]
    return objects[0] if objects else None


def _is_thing_said(pronoun: Token) -> bool:
    """ "It was the first meeting between ...", "it was the latest in a series of launches":
    "it" as the subject of "be" with a noun saying what it was stands for an event told before,
    not for an actor."""
    verb = pronoun.head
    return verb.lemma_ == "be" and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children)


def _thing_before(pronoun: Token, mentions: list[ActorMention]) -> bool:
    """Whether the pronoun's own sentence, before it, has a thing as its verb's object for
    "it" to refer to, nearer than any actor of an earlier sentence: "North Korea fired a
    missile. Kim Jong Un oversaw the launch and said it demonstrated ..." (it: the launch)."""
    sentence = pronoun.sent
    named = {i for m in mentions for i in range(m.start, m.end)}
    return any(
        t.dep_ == "dobj" and t.tag_ == "NN" and t.i not in named
        for t in sentence[: pronoun.i - sentence.start]
    )


def _people_of_a_side(head: Token) -> bool:
    """A subject the knowledge base does not name, qualified by a side it does: "Palestinian
    suicide bombers killed 23 people when they blew themselves up" (they: the bombers)."""
    return head.dep_ in SUBJECT_DEPS and head.tag_ == "NNS"


def _plural(
    doc: Doc, mention: ActorMention, named: dict[int, ActorMention], kb: KnowledgeBase
) -> bool:
    """A plural noun, or an actor joined by "and" to another actor (heads in `named`), or a
    named group told as a people ("the Houthis said they struck a ship": the tagger may read
    "Houthis" as a singular name)."""
    head = doc[mention.head]
    if head.tag_ in ("NNS", "NNPS") or any(t.i in named for t in _coordinated(head)):
        return True
    group = mention.actor.kb_id or ""
    if not group.startswith("group:") or not head.lower_.endswith("s"):
        return False
    # (a people's name only when the knowledge base knows its singular for the same group:
    # "Houthi" is the Houthis', but "Hama" is no Hamas and "ISI" no ISIS)
    return any(e.kb_id == group for e in kb.lookup(head.text[:-1]))


def _coordinated(token: Token) -> list[Token]:
    """The words coordinated with a word, also in a list the parser reads as an apposition:
    in "Mali, Burkina Faso and Niger announced their withdrawal", "Burkina Faso" hangs on
    "Mali" as an apposition and "Niger" on it, and "their" is all three."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "appos" and any(c.dep_ == "conj" for c in first.children):
        first = first.head
    listed = [first, *first.conjuncts]
    for appos in first.children:
        if appos.dep_ == "appos" and any(c.dep_ == "conj" for c in appos.children):
            listed += [appos, *appos.conjuncts]
    return [t for t in listed if t.i != token.i]


#: where a pronoun is its verb's object ("accused him", "gave them", "fired at them")
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})


def _own_subjects(token: Token) -> set[int]:
    """The subjects of the verb an object or a preposition's object depends on directly."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    return {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}


def _co_subjects(pronoun: Token) -> set[int]:
    """The subjects of the verb a pronoun is the object of: "Putin accused him of treason"
    accuses someone else, as an object pronoun never means its own clause's subject ("himself"
    would)."""
    if pronoun.dep_ not in OBJECT_DEPS:
        return set()
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    while not subjects and verb.dep_ in ("conj", "advcl", "pcomp") and verb.head.i != verb.i:
        # "Putin met Xi and told him": the subject the verbs share; "police arrested 53
        # activists, accusing them of subversion", "praised Xi after meeting him": a
        # participle's doer is its verb's subject
        if verb.dep_ == "pcomp":
            governor = verb.head.head
            if verb.head.lower_ in ("for", "of"):
                # "thanked Biden for supporting him", "accused Maduro of threatening him":
                # the object does what it is thanked for or accused of
                controller = [c for c in governor.children if c.dep_ == "dobj"]
                if controller:
                    subjects = controller
                    break
            verb = governor
        else:
            verb = verb.head
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
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        underscore = doc._  # (each ``doc._`` builds a new accessor: one for both)
        underscore.actors = resolve_pronouns(doc, underscore.actors or [], self.kb)
        return doc


@Language.factory(
    "accord_coref",
    assigns=["doc._.actors"],
    requires=["doc._.actors"],
    default_config={"kb_extra": []},
)
def make_coref(nlp: Language, name: str, kb_extra: list[str]) -> CorefComponent:
    # the knowledge base the actors stage resolves with, the user's files included
    return CorefComponent(load_kb(tuple(kb_extra)))
