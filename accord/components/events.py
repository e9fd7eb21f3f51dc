"""accord_events: code who did what to whom in each sentence, from the dependency parse.

The core (`EventCoder`) finds trigger words with the patterns of ``ontology/data``,
reads the source and target from the parse (active and passive voice, light verbs such as
"held talks", subjects shared by conjoined or embedded verbs), decides the modality
(asserted, intended, hypothetical, denied), dates each event from its own clause, and builds
`Event` records. The component only stores them on ``doc._.events``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from spacy.attrs import POS
from spacy.language import Language
from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from .._version import __version__
from ..events import Actor, Event, Evidence
from ..kb import Entry, KnowledgeBase, load_kb, resolve_actor
from ..kb.gazetteer import load_gazetteer
from ..kb.resolver import RANKS
from ..ontology import Codebook, load_codebook
from ..ontology.patterns import PREP_SLOT, Pattern, PatternSet, load_patterns
from . import BatchedStage, doc_text, register_extensions
from .actors import (
    BACKING_PARTICIPLES,
    POSTED,
    ActorMention,
    actor_side,
    called_foreign,
    is_count,
    is_region,
)
from .dates import (
    CALENDAR_NAMES,
    NUMBER_WORDS,
    RELATIVE_DAYS,
    SHIFT_DIRECTIONS,
    TIME_OF_DAY,
    UNITS,
    TemporalExpression,
    anchored,
    told_as_past,
)

register_extensions()

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
ANY_SUBJECTS = SUBJECTS | PASSIVE_SUBJECTS
#: links through which an embedded verb shares its governor's subject
#: ("agreed to meet": xcomp; "visited India and held talks": conj; "for annexing": pcomp)
SUBJECT_SHARING = frozenset(
    {"xcomp", "conj", "advcl", "pcomp", "prep", "pobj", "dobj", "acomp", "acl", "relcl", "attr"}
    | {"npadvmod"}  # "arrived in Hiroshima, a day after visiting Saudi Arabia"
)
#: links that end a clause: an act inside a reported clause has its own actors
CLAUSE_BOUNDARIES = frozenset({"ccomp", "parataxis"})
#: the slots that read a trigger's object (what a force-moving act moves, not its target)
OBJECT_SLOTS = frozenset({"dobj", "object_subtree"})
#: tags of verbs that are active whatever governs them (not a participle that may share a
#: passive auxiliary: "was arrested and charged")
ACTIVE_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
#: roots whose acts are words: announcing one is already the act (no intent code)
VERBAL_ROOTS = frozenset({"01", "02", "03", "09", "10", "11", "12", "13"})
VERB_POS = frozenset({"VERB"})
#: links by which an ultimatum's verb, or the time it gives ("a week"), governs what it
#: demands: "warned Iran to halt", "gave the junta a week to reinstate Bazoum"
ULTIMATUM_DEPS = frozenset({"xcomp", "ccomp", "advcl", "relcl", "acl"})
#: the children whose lemma a pattern's `object` constraint reads
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "xcomp"})
#: how a date hangs on a noun it names: "the January 6 attack", "the 2014 annexation"
NAMING_DEPS = frozenset({"nmod", "compound", "amod", "nummod"})
#: prepositions that place an act in time against another: "after the strike"
SEQUENCE_PREPOSITIONS = frozenset({"after", "before", "during", "following", "amid", "until"})
#: prepositions whose object an act answers ("condemned Israel over Monday's strike"), which a
#: possessive date names as a direct object's does (not "at Monday's summit": the act's day)
ANSWERED_PREPOSITIONS = frozenset({"for", "over", "against", "about"})
#: participles of a meeting held, whose day is that of what the meeting agreed
MEETING_PARTICIPLES = frozenset({"hold", "convene", "host"})
#: the object lemma of the patterns for peacekeepers, which "peacekeeping troops" also are
PEACEKEEPER = "peacekeeper"
#: the object lemma of the patterns for a threat told as what its addressee will face or pay
#: ("warned that Israel would face a harsh response"), which is no lemma a word has
CONSEQUENCE = "@consequence"
#: how many sentences back "the meetings" may refer to an event
ANAPHOR_SENTENCES = 2
#: protests, and the appeals, demands and disapproval that may say what a protest is for
PROTEST_ROOT = "14"
#: the root of meetings, talks and negotiations (04)
MEETING_ROOT = "04"
#: disapproval, whose official complaint a state's protest is
COMPLAINT_ROOT = "11"
ASKING_ROOTS = frozenset({"02", "10", "11"})
#: an appeal of no stated kind, coded by what it asks for when that is an act (`_appeal_for`)
GENERIC_APPEAL = "020"
APPEAL_ROOT, INTENT_ROOT = "02", "03"
AIM_DEPS = frozenset({"advcl", "xcomp", "acl", "conj"})
#: prepositions whose gerund is done by the clause's subject, not its object: "addressed
#: Congress after meeting Biden", "ended the talks without signing a deal"
TIME_AND_MEANS_PREPOSITIONS = frozenset(
    {"after", "before", "since", "upon", "while", "without", "despite", "by", "following"}
)
#: links through which a word is governed by the words above it in its clause (`_governors`)
GOVERNED = frozenset(
    {"xcomp", "acl", "dobj", "pobj", "prep", "pcomp", "acomp", "conj", "attr", "amod"}
)


#: actor mentions by the index of their head token (a head may name several actors)
Mentions = dict[int, list[ActorMention]]
#: actor modifiers of non-actor nouns by the noun's index ("Russian" in "Russian build-up")
Modifiers = dict[int, ActorMention]


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token
    pattern: Pattern
    #: the other fitting patterns, most specific first: tried when this one codes nothing
    fallbacks: tuple[Pattern, ...] = ()
    #: for a statement of what others must do or have done, its clause (whose subject is
    #: asked or accused)
    clause: Token | None = None
    #: "received weapons from the government": the giver, after "from", does the act
    giver: Token | None = None
    #: triggers that only say what this act is for ("to demand reforms", "to discuss"): one
    #: act with it, whose target they may name
    absorbed: tuple[Trigger, ...] = ()
    #: "gave the junta a week to ... or face military action": the verb that gives the
    #: ultimatum whose threat this is (its subject threatens its addressee)
    issuer: Token | None = None


@dataclass(frozen=True, slots=True)
class Act:
    """What the coder decided about one trigger, and why (the event's explanation)."""

    trigger: Trigger
    modality: str
    modality_why: str
    date: str | None
    precision: str
    date_why: str
    target_how: str
    #: why the event's code is not its pattern's, when another rule than modality set it
    code_why: str = ""


#: the tags of a finite verb: one of two verbs joined by "and" tells its own act
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _not_complement(below: Token, head: Token) -> bool:
    """Whether the word below a head of intention is no complement of it: a past participle
    describing it ("a deal brokered by Turkey" was brokered; "a deal to reopen the ports" is
    not yet done), or a verb joined to it ("helped to plan and carry out killings")."""
    if below.head.i != head.i:
        return False
    return below.dep_ == "conj" or (below.dep_ == "acl" and below.tag_ == "VBN")


def _role_phrases(noun: Token) -> Iterator[str]:
    """The phrases a role noun may be named by, longest first: its modifiers with it ("the
    opposition leader" is the opposition's, OPP, not the government's "leader"), then the
    noun alone."""
    modifiers = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
    for first in modifiers:
        yield " ".join(t.lower_ for t in noun.doc[first.i : noun.i + 1])
    if noun.lower_ in RANKS and modifiers:
        # "a gang leader", "a rebel commander": the rank is over people of the kind its
        # modifier names (CRM, REB), not the national leader "leader" alone is
        yield modifiers[-1].lower_
    yield noun.lower_


def _first_conjunct(token: Token) -> Token:
    """The first of the words joined by "and" that `token` is one of (itself if none)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _governed_by(token: Token, head: Token) -> bool:
    """Whether `token` (or the list it is in) depends on `head` itself: Putin in "called
    Putin and Xi", not the owner in "calling her visit a provocation"."""
    token = _first_conjunct(token)
    return token.head.i == head.i and token.i != head.i


class _Parse:
    """What the coder reads of a document's parse again and again, read once per document:
    each token's children with their dependency labels, and the words governing a token in
    its clause (`EventCoder._governors`).

    The coder asks for the same trigger's children many times (its frame, its slots, its
    modality, its governors' ...), and ``Token.children`` scans the token's whole subtree and
    builds a new Token for each child every time. The cache holds the Doc it was built for and
    starts afresh for another one (the stage resets it per document, and lets the Doc go when
    done).
    """

    __slots__ = ("_doc", "_governors", "_kids")

    def __init__(self) -> None:
        self.reset()

    def reset(self, doc: Doc | None = None) -> None:
        """Start afresh for `doc` (None: hold no document)."""
        self._doc = doc
        self._kids: dict[int, tuple[tuple[str, Token], ...]] = {}
        self._governors: dict[int, tuple[Token, ...]] = {}

    def kids(self, token: Token) -> tuple[tuple[str, Token], ...]:
        """(dependency label, child) of each of `token`'s children, in order."""
        doc = token.doc
        if doc is not self._doc:
            self.reset(doc)
        i = token.i
        kids = self._kids.get(i)
        if kids is None:
            kids = self._kids[i] = tuple((c.dep_, c) for c in token.children)
        return kids

    def governors(self, token: Token) -> tuple[Token, ...]:
        """The words above `token` up to its clause (`_climb`), nearest first."""
        doc = token.doc
        if doc is not self._doc:
            self.reset(doc)
        found = self._governors.get(token.i)
        if found is None:
            found = self._governors[token.i] = tuple(_climb(token))
        return found


_PARSE = _Parse()
#: (dependency label, child) of each of a token's children, cached per document
_kids = _PARSE.kids


def _region(mention: ActorMention) -> bool:
    """Whether a mention names a region of several countries as a whole ("North Africa"),
    which is a place, not an actor."""
    return not mention.actor.sectors and any(map(is_region, mention.entries))


def _indefinite(noun: Token) -> bool:
    return any(d.lower_ in ("a", "an") for d in noun.children)


def _state_named(actor: Actor) -> bool:
    """Whether an actor is a country or one of its sectors ("US", "US military"), not a
    people or faith in it ("Protestant": GBRCHRPRO)."""
    return actor.country is not None and actor.code == actor.country + "".join(actor.sectors)


def _naming_apposition(obj: Token) -> bool:
    """Whether an object's apposition is what the object is called: "called Zelensky a
    dictator" (a common noun after "a", no comma between), not "called Putin, the Russian
    leader"."""
    return any(
        dep == "appos"
        and c.tag_ == "NN"
        and _indefinite(c)
        and not any(t.text == "," for t in obj.doc[obj.i + 1 : c.i])
        for dep, c in _kids(obj)
    )


def _counted(token: Token) -> Token:
    """The noun a count stands for: "dozens of students" is students, "19 of them" them;
    any other noun is itself."""
    if not is_count(token):
        return token
    for prep in _children(token, ("prep",)):
        if prep.lower_ == "of":
            return next(iter(_children(prep, ("pobj",))), token)
    return token


def _children(token: Token, deps: Iterable[str]) -> list[Token]:
    return [c for dep, c in _kids(token) if dep in deps]


#: a frame's mark for a common noun as object predicate ("called Xi a dictator")
NAMING_PREDICATE = "oprd:noun"
#: the object a name opened by its kind stands for, the name tagged a proper noun to its first
#: word: "launched Operation Sindoor" launches a named military operation (not any
#: "operation", which may be a police one)
NAME_KINDS = {"operation": "@named-operation"}
#: a verb's mark for "no longer" ("will no longer take part"), which a pattern names as a
#: modifier: the act it modifies is ended
NO_LONGER = "no longer"
#: adverbs the parser gives a verb for its particle: "stepped down", "stepped in" (advmod)
ADVERB_PARTICLES = frozenset({"down", "up", "out", "off", "in", "aside", "back", "away"})
#: verbs whose object is what they are about: "urged India to exercise restraint" asks for
#: restraint (0256), not for a military exercise (0212) (not "maintain", whose object is
#: kept: "to maintain sanctions" asks for no easing); "reach": "failed to reach agreement"
#: fails at the agreement (164), not at reaching a place
STANCE_VERBS = frozenset({"exercise", "show", "display", "reach"})
#: verbs whose gerund names no act but its object's: "accused Russia of committing war
#: crimes" accuses it of war crimes (1124)
COMMITTING_VERBS = frozenset({"commit", "perpetrate"})


@dataclass(slots=True)  # not frozen: one is built for each candidate word, and frozen is slower
class Frame:
    """What a pattern's constraints look at around a trigger, read once per token: the
    dependencies of its children, the lemmas of its objects, its prepositions (not those
    that give a time: "called Putin on Friday"), particles and modifiers."""

    # (sets as built, read only: not frozen copies of them)
    deps: AbstractSet[str]
    objects: AbstractSet[str]
    preps: AbstractSet[str]
    particles: AbstractSet[str]
    modifiers: AbstractSet[str]
    #: "against travel": each preposition with the lemma of what it governs, for a pattern
    #: whose object stands after its preposition ("advised against travel to Mali")
    prep_objects: AbstractSet[str] = frozenset()

    @classmethod
    def of(
        cls,
        token: Token,
        objects_needed: bool = True,
        preps_needed: bool = True,
        gives: bool = False,
        permits: AbstractSet[str] = frozenset(),
        denies: bool = False,
        kinds_needed: bool = True,
        fronted: Token | None = None,
    ) -> Frame:
        """The frame of `token`; without `objects_needed` or `preps_needed` (no candidate
        pattern reads them) its objects or prepositions are left empty, and without
        `kinds_needed` (no candidate names an object with its kind, "nuclear weapon", or a
        named operation) no such phrase is made. `gives`: a verb of
        giving, whose object may follow "with" ("provided Ukraine with weapons"; not
        "charged him with espionage"). `permits`: for a verb of permission, whose object may be
        the subject of its infinitive ("allowed IAEA inspectors to visit the site"), the light
        verbs whose object it lets happen ("allowed the opposition to hold a rally"; not
        "allowed police to ban the march"); empty for any other verb. `denies`:
        a verb of denial, whose gerund is the act denied, not a thing withheld ("denied
        supporting the rebels" is no aid denied them). `fronted`: the object a verb of
        judging says after its verdict (`EventCoder._fronted_object`)."""
        # one pass over the children: a trigger's frame is read for every candidate word
        deps, preps, particles, modifiers = set(), set(), set(), set()
        prep_objects: set[str] = set()
        objects: list[Token] = []
        if fronted is not None:
            deps.add("dobj")
            if objects_needed:
                objects.append(fronted)
        kids = _kids(token)
        nested = _out_preps(token)
        if nested:  # "pulled out of the deal"
            kids = (*kids, *(("prep", p) for p in nested))
        for dep, child in kids:
            deps.add(dep)
            if dep == "oprd" and child.tag_ == "NN" and _indefinite(child):
                # "called Xi a dictator" parsed with the name inside the predicate: "a" and a
                # common noun say what the object is called, as beside a direct object (not
                # "called Pakistani officials", parsed as oprd too)
                deps.add(NAMING_PREDICATE)
            if dep == "dobj" and _naming_apposition(child):
                # "called Zelensky a dictator" parsed with the predicate as an apposition
                deps.add("oprd")
            if dep in OBJECT_DEPS or (dep == "acl" and token.pos_ == "NOUN" and _infinitive(child)):
                # "declined to comment", "an attempt to assassinate": an infinitive
                # complement names the act as an object does; but beside a direct object a
                # predicate says what the object is called, and is acted on by no one:
                # "called it a stab in the back" asks for no backing
                named_object = dep == "oprd" and any(d == "dobj" for d, _ in kids)
                if objects_needed and not (denies and child.tag_ == "VBG") and not named_object:
                    stance = [o for d, o in _kids(child) if d == "dobj"]
                    if dep == "xcomp" and child.lemma_.lower() in STANCE_VERBS and stance:
                        objects += stance  # "to exercise restraint": the restraint
                    else:
                        objects.append(child)
            elif dep == "ccomp" and permits and objects_needed and _infinitive(child):
                objects += (c for d, c in _kids(child) if d == "nsubj")
            elif dep == "prep" or dep == "agent" or dep == "prt":
                word = child.lower_
                if dep == "prt":
                    particles.add(word)
                if preps_needed and not _temporal(child):
                    preps.add(word)
                if objects_needed and dep == "prep":
                    governed = [(d, p) for d, p in _kids(child) if d == "pobj" or d == "pcomp"]
                    prep_objects.update(f"{word} {p.lemma_.lower()}" for _, p in governed)
                    if kinds_needed:  # "to its export control list": with its kind too
                        prep_objects.update(
                            f"{word} {m.lemma_.lower()} {p.lemma_.lower()}"
                            for _, p in governed
                            for dep, m in _kids(p)
                            if dep == "amod" or dep == "compound"
                        )
                    if word in ("for", "of") or (word == "with" and gives):
                        # "asked the United States for aid", "provided Ukraine with weapons"
                        objects += (p for d, p in governed if d == "pobj")
                        # "accused Canada of spying": a gerund says what, as a noun does
                        gerunds = [p for d, p in governed if d == "pcomp" and p.tag_ == "VBG"]
                        objects += gerunds
                        objects += (
                            o
                            for g in gerunds
                            if g.lemma_.lower() in COMMITTING_VERBS
                            for o in _children(g, ("dobj",))
                        )
            elif dep == "amod" or dep == "compound" or dep == "npadvmod" or dep == "nmod":
                # ("test-fired": a verb's modifier, parsed as npadvmod; "drone and missile
                # strikes": joined modifiers, parsed as nmod)
                modifiers.add(child.lemma_.lower())
            elif dep == "advmod":
                if child.lower_ in ADVERB_PARTICLES:
                    particles.add(child.lower_)  # "stepped down", parsed as an adverb
                elif child.lower_ == "longer" and _negated(child):
                    # "will no longer take part in the deal": an involvement ended (16)
                    modifiers.add(NO_LONGER)
            if (
                permits
                and objects_needed
                and dep in ("ccomp", "xcomp")
                and child.lemma_.lower() in permits
                and _infinitive(child)
            ):
                # "allowed the opposition to hold a rally": the act they may hold is let happen
                objects += (c for d, c in _kids(child) if d == "dobj")
        if objects_needed and not objects and "cc" in deps and token.pos_ in VERB_POS:
            shared = _shared_conjunct(token)  # "donated and delivered food to Gaza"
            if shared is not None:
                objects += _children(shared, OBJECT_DEPS)
        if objects_needed and token.dep_ == "acl" and token.tag_ == "VBN":
            objects.append(token.head)  # "property seized by government forces"
        if objects_needed and token.dep_ == "relcl" and "nsubj" in deps:
            # "a claim Moscow rejected": the noun a relative clause with no object of its own
            # describes is what its verb acts on; so is the noun a relative pronoun stands
            # for ("an accusation which Beijing rejected")
            relative = [o for o in objects if o.tag_ in ("WDT", "WP") or o.lower_ == "that"]
            if relative or not objects:
                objects = [o for o in objects if o not in relative] + [token.head]
        objects += [  # "suspended broadcasters RFI and France 24": a name said with its kind
            kind
            for o in objects
            if o.pos_ == "PROPN"
            for dep, kind in _kids(o)
            if dep == "compound" and kind.pos_ == "NOUN"
        ]
        named = {  # "Operation Sindoor" (`NAME_KINDS`)
            NAME_KINDS[word.lower_]
            for o in (objects if kinds_needed else ())
            if o.pos_ == "PROPN"
            for left in o.lefts  # ("Operation Bunyan-um-Marsoos": a compound of a compound)
            for word in left.subtree
            if word.dep_ == "compound" and word.lower_ in NAME_KINDS
        }
        objects += [  # "tens of thousands of troops"; "maps and other intelligence"
            grand
            for o in objects
            for dep, child in _kids(o)
            # (but a verb's "after the strike" says when, not what it acts on: "stopped
            # delivering aid after the strike"; "commit to assistance" does say what)
            if dep == "conj"
            or (
                dep == "prep" and not (o.pos_ in VERB_POS and child.lower_ in SEQUENCE_PREPOSITIONS)
            )
            for grand_dep, grand in (((dep, child),) if dep == "conj" else _kids(child))
            if dep == "conj" or grand_dep == "pobj"
        ]
        lemmas = {o.lemma_.lower() for o in objects}
        # ("used nuclear weapons", "declared martial law": an object with its kind, which a
        # pattern may name whole)
        lemmas.update(
            f"{m.lemma_.lower()} {o.lemma_.lower()}"
            for o in (objects if kinds_needed else ())
            for dep, m in _kids(o)
            if dep == "amod" or dep == "compound"
        )
        return cls(
            deps=deps,
            # a gerund is also the act its "-ing" noun names: "stop bombing" stops a bombing
            # (087), not bombs (1622); the first of equally specific patterns wins
            objects=lemmas | named | {o.lower_ for o in objects if o.tag_ == "VBG"},
            preps=preps,
            particles=particles,
            modifiers=modifiers,
            prep_objects=prep_objects,
        )

    @staticmethod
    def constrains(pattern: Pattern) -> bool:
        """Whether `fits` reads anything of the pattern's (keep in step with it): a pattern
        without constraints fits every frame."""
        return bool(
            pattern.not_with
            or pattern.objects
            or pattern.preps
            or pattern.particles
            or pattern.modifiers
        )

    def fits(self, pattern: Pattern) -> bool:
        excluded = pattern.not_with and pattern.not_with & self.deps
        named = "dobj" in self.deps or NAMING_PREDICATE in self.deps
        if excluded and (excluded != {"oprd"} or named):
            return False  # "called it a sign", "called him his friend"; not "called Putin"
        if (
            pattern.objects
            and pattern.objects.isdisjoint(self.objects)
            # "advised against travel": the object after the pattern's own preposition
            and pattern.prep_objects.isdisjoint(self.prep_objects)
        ):
            return False
        if pattern.preps and not pattern.preps & self.preps:
            return False  # "called on NATO" is an appeal; "called Putin on Friday" a call
        if pattern.particles and not pattern.particles & self.particles:
            return False
        if NO_LONGER in self.modifiers and NO_LONGER not in pattern.modifiers:
            return False  # "no longer cooperates" is no cooperation: only its end is coded
        return not pattern.modifiers or bool(pattern.modifiers & self.modifiers)


class EventCoder:
    """The pure core: a parsed Doc with actor mentions and dates in, events out."""

    def __init__(self, patterns: PatternSet, codebook: Codebook, kb: KnowledgeBase) -> None:
        self.patterns = patterns
        self.codebook = codebook
        self.kb = kb
        self.words = {name: patterns.word_list(name) for name in patterns.words}
        #: every verb a rule names: a lemma outside it may be the lemmatiser's slip
        self.known_verbs = frozenset(patterns.by_verb).union(*self.words.values())
        #: an ultimatum's "or" and consequence ("or face"), looked for in a document's text
        self._threat_phrases = tuple(
            f"or {word}" for word in self.words.get("ultimatum_consequences", ())
        )
        #: the sectors of force on dissenters (`_dissent_code`), as codes (the lists are read
        #: in lower case)
        self._security = {s.upper() for s in self.words.get("security_sectors", ())}
        self._dissent = {s.upper() for s in self.words.get("dissent_sectors", ())}
        self._armed = {s.upper() for s in self.words.get("armed_sectors", ())}
        #: the word that names a kind of aid -> the fourth digit it gives an aid code
        self._aid_kind = {
            word: digit
            for digit, kind in (
                ("1", "economic_aid_words"),
                ("2", "military_aid_words"),
                ("3", "humanitarian_aid_words"),
            )
            for word in self.words.get(kind, ())
        }
        #: the verbs that turn down what they govern ("rejected a US offer", `_turned_down`)
        self._turning_down = self.words.get("refusal_heads", frozenset()) | self.words.get(
            "denial_verbs", frozenset()
        )
        #: verbs that hold an act against their object ("accused Russia of shelling",
        #: "sanctioned two firms for helping Iran"): the object did the act
        self._punishing = self.words.get("punitive_verbs", frozenset()) | self.words.get(
            "sanctioning_verbs", frozenset()
        )
        #: nouns that group acts ("waves of strikes"), read around every noun trigger
        self._containers = self.words.get("container_nouns", frozenset())
        self._light = self.words.get("light_verbs", frozenset())
        self._retaliation = self.words.get("retaliation_words", frozenset())
        #: words of answering an act, retaliation among them
        self._answering = self.words.get("answering_words", frozenset()) | self._retaliation
        #: the roots a retaliation is coded in: threats and force
        self._retaliating_roots = self.words.get("threat_roots", frozenset()) | self.words.get(
            "located_roots", frozenset()
        )
        self._lending = tuple(self.words.get("target_lending_codes", ()))
        self._nonviolent_force = self.words.get("nonviolent_force_codes", frozenset())
        self._unspecific = self.words.get("unspecific_words", frozenset())
        #: nouns whose that-clause is what someone says ("claims that ...", "a report that")
        self._claims = self.words.get("accusation_nouns", frozenset()) | self.words.get(
            "document_nouns", frozenset()
        )
        self._struck_at = self.words.get("aimed_prepositions", frozenset())
        #: verbs that accuse, which "a charge" after a comma sums up (`_summed_up`)
        self._accusing = self.words.get("accusing_verbs", frozenset())
        self._holding_against = self._punishing | self.words.get("unasserted_heads", frozenset())
        #: "rule" of "rule out": the verbs whose particle may make them deny
        self._denial_with_particle = frozenset(
            verb.split()[0] for verb in self.words.get("denial_verbs", ()) if " " in verb
        )
        #: the lemmas `_asked_or_alleged` or `_given` may code: no other verb is asked
        #: verbs of an order or of pressure on another to act: a demand of it (10)
        self._ordering = self.words.get("commanding_verbs", frozenset()) | self.words.get(
            "pressing_verbs", frozenset()
        )
        asking = ("wishing_verbs", "reporting_verbs", "receiving_verbs", "clause_asking_verbs")
        self._asking_verbs = self._ordering.union(*(self.words.get(name, ()) for name in asking))
        self.versions = {"accord": __version__, "kb": kb.version, "ontology": patterns.version}
        #: per document: (doc, expression start) -> the head of the clause the date stands
        #: in, and (doc, sentence start) -> the sentence's text
        self._clause_of_date: dict[tuple[int, int], int | None] = {}
        self._text_of_sentence: dict[tuple[int, int], str] = {}
        #: the document's id, date and dates told in it, read once per document
        self._doc_id: str = ""
        self._pub_date: dt.date | None = None
        self._pub_iso: str | None = None  # (as each event states it)
        self._dates: list[TemporalExpression] = []
        #: the Doc last asked about and its text in lower case, made when first asked for
        self._lower_text: tuple[Doc | None, str] = (None, "")
        #: the Doc last asked about and whether its text has an ultimatum's phrase
        self._threat_text: tuple[Doc | None, bool] = (None, False)
        #: per tuple of candidate patterns (by identity: the pattern set holds one per lemma
        #: for as long as the coder lives): whether any has a constraint, any reads objects,
        #: any reads prepositions, any is about peacekeepers, any about a consequence, any
        #: names an object with its kind; and the patterns ranked
        self._frame_needs: dict[
            int, tuple[bool, bool, bool, bool, bool, bool, tuple[Pattern, ...]]
        ] = {}
        #: per (pattern's own target slots, own slots only): the slots tried, in order
        self._slots: dict[tuple[tuple[str, ...], bool], tuple[str, ...]] = {}
        #: per document: (mention's id, day) -> (the mention, the actor it names that day)
        self._actor_on_day: dict[tuple[int, dt.date], tuple[ActorMention, Actor]] = {}
        #: by string id (a hash of the string, the same in every vocabulary): whether a lemma
        #: is some noun pattern's, and whether a lower-cased word ends in "-ing"
        self._noun_lemmas: dict[int, bool] = {}
        self._ing_words: dict[int, bool] = {}

    # ---- triggers -------------------------------------------------------------------
    def _candidate_words(self, doc: Doc) -> list[int]:
        """Indices of the words `find_trigger` may code: verbs, nouns and names whose lemma a
        pattern names, and names that may be a capitalised participle. The parts of speech are
        read from the Doc's array: most words are none of these, and need no Token built."""
        strings = doc.vocab.strings
        nouns, ing = self._noun_lemmas, self._ing_words
        found = []
        for i, pos in enumerate(doc.to_array(POS).tolist()):
            if pos == VERB:
                found.append(i)
            elif pos == NOUN or pos == PROPN:
                token = doc[i]
                lemma = token.lemma
                noun = nouns.get(lemma)
                if noun is None:
                    noun = nouns[lemma] = strings[lemma].lower() in self.patterns.by_noun
                if noun:
                    found.append(i)
                elif pos == PROPN:
                    lower = token.lower
                    participle = ing.get(lower)
                    if participle is None:
                        participle = ing[lower] = strings[lower].endswith("ing")
                    if participle:
                        found.append(i)
        return found

    def find_trigger(self, token: Token) -> Trigger | None:
        pos = token.pos_
        lemma = token.lemma_.lower()  # (read by several of the rules below)
        if pos in VERB_POS or (pos == "PROPN" and _capitalised_verb(token)):
            candidates = self.patterns.by_verb.get(self._verb_lemma(token), ())
            # (most documents give no ultimatum: their text has no "or face", no "or risk")
            threat = self._threat_told(token.doc)
            ultimatum = self._ultimatum_trigger(token) if threat else None
            if ultimatum is not None:
                return ultimatum
            # what a verb says others must do, have done, or gave (only these verbs can);
            # but "ordered the French ambassador to leave" is an expulsion by its object
            if lemma in self._asking_verbs and not self._acts_on_object(token, candidates):
                asked = self._asked_or_alleged(token) or self._given(token)
                if asked is not None:
                    return asked
            if lemma in self.words.get("cessation_verbs", ()):
                stopped = self._stopped_giving(token)
                if stopped is not None:
                    return stopped
            if self._refuses_to_deny(token):
                return None
        elif pos in NOUN_POS:
            candidates = self.patterns.by_noun.get(lemma, ())
            if (
                candidates
                and token.dep_ == "compound"
                and token.head.pos_ in NOUN_POS
                and token.head.lemma_.lower() not in self.words.get("event_heads", ())
            ):
                # "invasion forces", "war crimes court", "ceasefire agreement" name a thing
                # or another act; "a mediation effort" names the mediation
                return None
            if (
                candidates
                and token.dep_ == "nsubj"
                and lemma in self.words.get("standing_nouns", ())
                and token.head.lemma_.lower() in self.words.get("lasting_verbs", ())
                and not _children(token.head, ("dobj", "xcomp"))
            ):
                # "the ceasefire has held since November", "the UN mission in Mali ended in
                # December": a standing act that lasts or ends is no new act (not one that
                # ends something: "a truce ended 11 days of fighting")
                return None
        else:
            return None
        if not candidates:
            return None
        needs = self._frame_needs.get(id(candidates))
        if needs is None:
            needs = self._frame_needs[id(candidates)] = (
                any(Frame.constrains(p) for p in candidates),
                any(p.objects for p in candidates),
                any(p.preps for p in candidates),
                any(PEACEKEEPER in p.objects for p in candidates),
                any(CONSEQUENCE in p.objects for p in candidates),
                any(  # ("nuclear weapon", "@named-operation"; "to control list")
                    any(" " in o or o.startswith("@") for o in p.objects)
                    or any(o.count(" ") > 1 for o in p.prep_objects)
                    for p in candidates
                ),
                # most specific first; stable: file order breaks ties
                tuple(sorted(candidates, key=lambda p: -p.specificity)),
            )
        (
            constrained,
            objects_needed,
            preps_needed,
            peacekeepers,
            foretold,
            kinds_needed,
            by_specificity,
        ) = needs
        if not constrained:
            # every pattern fits, and all are as specific: no frame to read, no ranking
            return Trigger(token, candidates[0], tuple(candidates[1:]))
        gives = lemma in self.words.get("giving_verbs", ())
        permits = self._light if lemma in self.words.get("permitting_verbs", ()) else frozenset()
        denies = lemma in self.words.get("denial_verbs", ())
        fronted = self._fronted_object(token) if pos in VERB_POS else None
        frame = Frame.of(
            token, objects_needed, preps_needed, gives, permits, denies, kinds_needed, fronted
        )
        if pos in NOUN_POS:
            host = self._light_host(token) if preps_needed else None
            if host is not None:
                # "opened an investigation into the death": what the noun is into or for,
                # hung on its light verb
                frame = _with_host_preps(frame, host, token)
            group = self._container(token) if preps_needed else None
            if group is not None:
                # "launched waves of strikes on Iran": the parser hangs what the acts are on
                # to the noun that groups them, which the act's own slots read too (`_slot`)
                # (or to the verb that does the group: "carried out waves of strikes on Iran")
                frame = _with_host_preps(frame, group, token)
                light = self._light_host(group)
                if light is not None:
                    frame = _with_host_preps(frame, light, group)
        elif frame.objects and self._containers:
            # "launched a new round of military drills": the round is no artillery round,
            # only the group the drills come in (Frame.of reads the drills as objects too)
            grouping = {
                o.lemma_.lower()
                for o in _children(token, ("dobj",))
                if o.lemma_.lower() in self._containers
                and (inner := self._contents(o)) is not None
                # (an act: "a round of drills"; but "fired rounds of ammunition" fires them)
                and inner.lemma_.lower() in self.patterns.by_noun
            }
            if grouping:
                frame = replace(frame, objects=frame.objects - grouping)
        if frame.objects and peacekeepers:
            frame = self._as_peacekeepers(token, frame)
        if foretold and self._foretells_consequence(token):
            frame = replace(frame, objects=frame.objects | {CONSEQUENCE})
        if "xcomp" in frame.deps and self._call_purpose(token):
            # "called Modi to condemn the attack": a phone call and its purpose, read as the
            # purpose clause it is (the parser makes it the object's complement, an appeal)
            frame = replace(frame, deps=(frame.deps - {"xcomp"}) | {"advcl"})
        # (the fitting ones in the ranked order are the fitting ones ranked)
        ranked = [p for p in by_specificity if frame.fits(p)]
        if not ranked:
            return None
        return Trigger(token, ranked[0], tuple(ranked[1:]))

    def _contents(self, group: Token) -> Token | None:
        """What a noun of `container_nouns` groups ("waves of strikes": the strikes), or
        None."""
        for of in _children(group, ("prep",)):
            if of.lower_ == "of":
                return next(iter(_children(of, ("pobj",))), None)
        return None

    def _container(self, noun: Token) -> Token | None:
        """The noun of `container_nouns` an event noun is grouped by ("a wave of arrests":
        the wave), or None."""
        of = noun.head
        if noun.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
            return None
        return of.head if of.head.lemma_.lower() in self._containers else None

    def _call_purpose(self, token: Token) -> Token | None:
        """The infinitive saying why a phone verb's object was called ("called Modi to
        condemn the attack": `call_purposes`), or None."""
        if token.lemma_.lower() not in self.words.get("phoning_verbs", ()):
            return None
        if not _children(token, ("dobj",)):
            return None
        purposes = self.words.get("call_purposes", ())
        return next(
            (
                c
                for c in _children(token, ("xcomp",))
                if _infinitive(c) and c.lemma_.lower() in purposes
            ),
            None,
        )

    def _as_peacekeepers(self, token: Token, frame: Frame) -> Frame:
        """Troops, a force or a contingent called peacekeeping are peacekeepers, whatever
        noun carries the word: "deployed peacekeeping troops to Somalia" deploys peacekeepers
        (074), not a show of force, and "will withdraw its peacekeeping force from Chad"
        withdraws them (1661), not troops from a front; so are troops sent "to" a peacekeeping
        force ("contributed 800 troops to the UN peacekeeping force")."""
        words = self.words.get("peacekeeping_words", ())

        def peacekeeping(noun: Token) -> bool:
            return any(
                dep in ("amod", "compound") and _hyphenated(c).lower() in words
                for dep, c in _kids(noun)
            )

        objects = _children(token, OBJECT_DEPS)
        objects += [  # "thousands of peacekeeping troops"
            pobj
            for o in objects
            for prep in _children(o, ("prep",))
            if prep.lower_ == "of"
            for pobj in _children(prep, ("pobj",))
        ]
        joined = any(  # "sent troops to the peacekeeping force"
            peacekeeping(pobj)
            for host in (token, *objects)
            for prep in _children(host, ("prep",))
            if prep.lower_ == "to"
            for pobj in _children(prep, ("pobj",))
        )
        renamed = {o.lemma_.lower() for o in objects if joined or peacekeeping(o)}
        if not renamed:
            return frame
        return replace(frame, objects=(frame.objects - renamed) | {PEACEKEEPER})

    def _foretells_consequence(self, token: Token) -> bool:
        """Whether a verb's that-clause says what its subject will face or pay: "warned that
        Israel would face a harsh response", "vowed that Iran would pay for the attack" (a
        threat against the clause's subject, 130)."""
        verbs = self.words.get("consequence_verbs", ())
        nouns = self.words.get("consequence_nouns", ())
        for clause in _children(token, ("ccomp",)):
            if clause.lemma_.lower() not in verbs or not _children(clause, SUBJECTS):
                continue
            objects = [o.lemma_.lower() for o in _children(clause, ("dobj",))]
            if clause.lemma_.lower() == "pay" and not objects:
                return True  # "would pay for the attack" ("a heavy price" is a noun above)
            if any(o in nouns for o in objects):
                return True
        return False

    def _asked_or_alleged(self, token: Token) -> Trigger | None:
        """What a statement does to the actor its clause is about. That another actor must
        act is a demand of it: "Chirac said Iraq must cooperate with the inspectors" (10,
        coded by what is demanded, as "demanded that"); should act, an appeal (02); has
        acted, when alleged or claimed, an accusation: "the US claimed that ISIL had attacked
        Iraq" (112)."""
        lemma = token.lemma_.lower()
        if token.pos_ in VERB_POS and lemma in self._ordering:
            return self._ordered(token, "demand")
        if token.pos_ in VERB_POS and lemma in self.words.get("wishing_verbs", ()):
            return self._ordered(token, "urge")
        if token.pos_ in VERB_POS and lemma in self.words.get("clause_asking_verbs", ()):
            # "demanded that Ukraine withdraw its troops": what the clause says is what is
            # demanded (1056), of the clause's subject
            for clause in _children(token, ("ccomp",)):
                # (a clause said after it, "..., diplomats quoted a declaration as saying", is
                # no demand: only one opened by "that" or said right after the verb)
                opened = clause.left_edge.i == token.i + 1 or any(
                    d == "mark" and c.lower_ == "that" for d, c in _kids(clause)
                )
                if opened and _children(clause, SUBJECTS):
                    # (a demand to stop or not to act asks for none of that act: "demanded
                    # that the US stop supplying weapons" is no demand for military aid)
                    stops = _negated(clause) or clause.lemma_.lower() in self.words.get(
                        "cessation_verbs", ()
                    )
                    acts = [] if stops else [clause, *_children(clause, ("xcomp",))]
                    return self._coded_as(lemma, token, acts, clause)
            return None
        if token.pos_ not in VERB_POS or lemma not in self.words.get("reporting_verbs", ()):
            return None
        if lemma in self.words.get("quoting_verbs", ()):
            return None  # "Xinhua quoted Xi as saying ...": the words are Xi's, not Xinhua's
        for clause in _children(token, ("ccomp",)):
            if not _children(clause, SUBJECTS):
                continue
            modal = self._obliged(clause)
            if modal is None and lemma in self.words.get("alleging_verbs", ()):
                modal = "alleged"
            if modal is None:
                continue
            # what is demanded: the clause's verb, its objects, and what it is ready to do
            acts = [clause, *_children(clause, ("xcomp", "acomp"))]
            acts += [x for a in acts for x in _children(a, ("xcomp",))]
            asking = (
                "accuse"
                if modal == "alleged"
                else "demand"
                if modal in self.words.get("demand_modals", ())
                else "urge"
            )
            trigger = self._coded_as(asking, token, acts, clause)
            if trigger is not None:
                return trigger
        return None

    def _coded_as(
        self, verb: str, token: Token, acts: list[Token], clause: Token | None = None
    ) -> Trigger | None:
        """`token` coded by the patterns of `verb` ("demand", "urge", "accuse"), as if what
        `acts` say were its object: "said Iraq must return the helicopter" as "demanded the
        return of the helicopter" (1053)."""
        objects = frozenset(
            o.lemma_.lower() for act in acts for o in (act, *_children(act, OBJECT_DEPS))
        )
        frame = replace(Frame.of(token, objects_needed=False), objects=objects)
        fitting = [p for p in self.patterns.by_verb.get(verb, ()) if frame.fits(p)]
        if not fitting:
            return None
        ranked = sorted(fitting, key=lambda p: -p.specificity)
        return Trigger(token, ranked[0], tuple(ranked[1:]), clause=clause)

    def _ordered(self, token: Token, verb: str) -> Trigger | None:
        """An order to another actor is a demand of it, a wish that it act an appeal, coded
        by what is asked: "the court ordered the government to release the journalists"
        (1053), "Turkey wants Sweden to extradite the suspects" (0213)."""
        complements = [x for x in _children(token, ("xcomp", "ccomp")) if _children(x, ("aux",))]
        if not complements:
            return None
        # the one asked: the object ("ordered the government to"), or the subject the parser
        # gives the infinitive ("wants Sweden to")
        if not _children(token, ("dobj",)) and not _children(complements[0], SUBJECTS):
            return None
        commanding = token.lemma_.lower() in self.words.get("commanding_verbs", ())
        if commanding and any(self._own_forces(o) for o in _children(token, ("dobj",))):
            return None  # (but "pressured the army to release Suu Kyi" asks another's army)
        return self._coded_as(verb, token, [complements[0], *_children(complements[0], ("xcomp",))])

    def _own_forces(self, noun: Token) -> bool:
        """ "ordered the military to prepare an operation", "ordered its troops to withdraw":
        forces named by no one else's name are the orderer's own, and a command to them is
        no demand of another actor (nor of the place the act is to be done in)."""
        if noun.lemma_.lower() not in self.words.get("own_forces_nouns", ()):
            return False
        return all(
            c.dep_ == "det" or (c.dep_ == "poss" and c.pos_ == "PRON") for c in noun.children
        )

    def _reciprocal(self, verb: Token, sources: list[ActorMention]) -> bool:
        """Whether joined subjects of two sides or more act on each other: "Chinese and Indian
        troops clashed", "Venezuela and Guyana agreed" (not "Kagame and his party agreed")."""
        if len(sources) < 2:
            return False  # (one doer acts on no other: no words to read)
        sides = len({self._side(m.actor) for m in sources})
        if sides < 2:
            return False
        return (
            verb.lemma_.lower() in self.words.get("reciprocal_verbs", ())
            # (an exchange of three sides or more does not say who gave to whom)
            or (sides == 2 and self._in_exchange(verb))
            # (most documents say neither "each other" nor "one another")
            or (self._in_text(verb.doc, ("other",)) and _each_other(verb))
        )

    def _in_exchange(self, verb: Token) -> bool:
        """Whether a verb's act is done as one side of an exchange (`exchange_nouns`), where
        joined subjects give to each other: "Russia and the US freed 24 prisoners in a swap",
        "released prisoners as part of an exchange"."""
        exchanges = self.words.get("exchange_nouns", ())
        for prep in _children(verb, ("prep",)):
            if prep.lower_ not in ("in", "as"):
                continue
            for pobj in _children(prep, ("pobj",)):
                if pobj.lemma_.lower() == "part":  # "as part of an exchange"
                    pobj = next(
                        (
                            o
                            for of in _children(pobj, ("prep",))
                            if of.lower_ == "of"
                            for o in _children(of, ("pobj",))
                        ),
                        pobj,
                    )
                if pobj.lemma_.lower() in exchanges:
                    # (not "in a swap with the United States": the other side is named)
                    return not any(
                        p.lower_ in ("with", "between") for p in _children(pobj, ("prep",))
                    )
        return False

    @staticmethod
    def _acts_on_object(token: Token, candidates: Sequence[Pattern]) -> bool:
        """Whether an asking verb's object makes it an act of another kind than asking: a
        pattern of another root whose object constraint its object meets ("ordered the
        French ambassador to leave": 161, not a demand)."""
        own = [p for p in candidates if p.objects and p.code[:2] not in ASKING_ROOTS]
        if not own:
            return False
        objects = {o.lemma_.lower() for o in _children(token, ("dobj",))}
        return any(p.objects & objects for p in own)

    def _ultimatum(self, verb: Token) -> tuple[Token, Token] | None:
        """(what is demanded, what is threatened) by an ultimatum a verb gives: an infinitive
        joined by "or" to what its addressee will otherwise undergo (`ultimatum_consequences`):
        "gave the junta a week to reinstate Bazoum or face military action", "warned Iran to
        halt enrichment or face sanctions"."""
        consequences = self.words.get("ultimatum_consequences", ())
        hosts = [verb, *(c for dep, c in _kids(verb) if dep in ("dobj", "npadvmod", "dative"))]
        for host in hosts:
            for dep, demanded in _kids(host):
                if dep not in ULTIMATUM_DEPS or not _alternative(demanded):
                    continue
                for d, threatened in _kids(demanded):
                    if d == "conj" and threatened.lemma_.lower() in consequences:
                        return demanded, threatened
        return None

    def _ultimatum_issuer(self, threatened: Token) -> Token | None:
        """The verb that gives the ultimatum whose consequence `threatened` ("face") says."""
        if threatened.dep_ != "conj":
            return None
        demanded = threatened.head
        for verb in (demanded.head, demanded.head.head):
            if verb.pos_ in VERB_POS and self._ultimatum(verb) == (demanded, threatened):
                return verb
        return None

    def _ultimatum_trigger(self, token: Token) -> Trigger | None:
        """An ultimatum is a demand and a threat (CAMEO keeps 139 for the word "ultimatum"):
        its verb demands what the infinitive says ("gave the junta a week to reinstate
        Bazoum": 10), and the consequence threatens the addressee ("or face military
        action": 138, coded by what is threatened as "threatened military action" is)."""
        if token.lemma_.lower() in self.words.get("ultimatum_consequences", ()):
            issuer = self._ultimatum_issuer(token)
            if issuer is None:
                return None
            threat = self._coded_as("threaten", token, [token])
            return replace(threat, issuer=issuer) if threat is not None else None
        parts = self._ultimatum(token)
        if parts is None:
            return None
        demanded = parts[0]
        return self._coded_as("demand", token, [demanded, *_children(demanded, ("xcomp",))])

    def _given(self, token: Token) -> Trigger | None:
        """What a subject receives from another is that other's act: "the demonstrators
        received weapons from the government" is the government's military aid (072) to
        them, coded as the giving verb would code it."""
        if token.pos_ not in VERB_POS or token.lemma_.lower() not in self.words.get(
            "receiving_verbs", ()
        ):
            return None
        givers = [  # "received weapons from X", or "from X" hanging on what was received
            pobj
            for host in (token, *_children(token, ("dobj",)))
            for prep in _children(host, ("prep",))
            if prep.lower_ == "from"
            for pobj in _children(prep, ("pobj",))
        ]
        if not givers:
            return None
        frame = Frame.of(token)
        fitting = [
            p
            for verb in self.words.get("giving_verbs", ())
            for p in self.patterns.by_verb.get(verb, ())
            if p.objects and frame.fits(p)
        ]
        if not fitting:
            return None
        ranked = sorted(fitting, key=lambda p: -p.specificity)
        return Trigger(token, ranked[0], giver=givers[0])

    def _stopped_giving(self, verb: Token) -> Trigger | None:
        """Giving that a verb stops is a cut in what was given: "would stop sending weapons
        to Israel" is 1622 (reduce military aid), as "halted weapons deliveries" is; the
        giving itself is not done (`is_denied_inside`)."""
        for given in _children(verb, ("xcomp",)):
            # the giving verb's own trigger, or its object's: "stop providing food aid"
            found = (self.find_trigger(t) for t in (given, *_children(given, ("dobj",))))
            trigger = next((t for t in found if t is not None), None)
            if trigger is None or trigger.pattern.code not in self.words.get("given_aid_codes", ()):
                continue
            # 070 provide aid -> 162, 071 economic aid -> 1621 ... 073 humanitarian -> 1623
            kind = trigger.pattern.code[2]
            code = "162" + (kind if kind != "0" else "")
            rule = f"{code}:{verb.lemma_.lower()}+{trigger.pattern.rule}"
            # (the receiver stands inside what is stopped: "stop sending weapons to Israel")
            cut = replace(
                trigger.pattern,
                code=code,
                rule=rule,
                pos="verb",
                target=("object_subtree",),
                symmetric=False,
                reverse=None,
                own_target=False,
            )
            return Trigger(verb, cut)
        return None

    def _obliged(self, clause: Token) -> str | None:
        """The modal by which a clause says its subject must act: "Iraq must cooperate"."""
        for dep, c in _kids(clause):
            if dep == "aux" and (
                c.lower_ in self.words.get("demand_modals", ())
                or c.lower_ in self.words.get("appeal_modals", ())
            ):
                return c.lower_
        return None

    def _head_lemma(self, token: Token) -> str:
        """A governing word's lemma for the word lists: a verb's as `_verb_lemma` mends it
        ("hoped" lemmatised as "hop" is "hope", an intention head), any other word's as
        the parser gives it."""
        return self._verb_lemma(token) if token.pos_ in VERB_POS else token.lemma_.lower()

    def _verb_lemma(self, token: Token) -> str:
        lemma = token.lemma_.lower()
        if token.pos_ in VERB_POS and lemma in self.known_verbs:
            return lemma
        # "Praising Putin's support, Xi said": a sentence-initial participle tagged PROPN;
        # "staged" lemmatised as "stag": try the word's own stems
        word = token.lower_
        for stem in (word[:-3], word[:-3] + "e", word[:-4], word[:-2], word[:-1]):
            if stem in self.known_verbs:
                return stem
        return lemma if token.pos_ in VERB_POS else word

    # ---- actors ---------------------------------------------------------------------
    def subject_of(
        self, verb: Token, mentions: Mentions, modifiers: Modifiers | None = None
    ) -> list[ActorMention]:
        """The actors doing `verb`: its subject, or the subject it shares with a governor."""
        token = verb
        active_conjunct = False
        for _ in range(8):
            subjects = _children(token, SUBJECTS)
            if subjects and subjects[0].tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                # "talks with Macron, who urged him": the relative pronoun is the noun
                subjects = [token.head]
            if subjects and subjects[0].pos_ == "VERB" and _children(subjects[0], SUBJECTS):
                # "The Red Cross operating in Iraq said": a participle read as the subject
                subjects = _children(subjects[0], SUBJECTS)
            if subjects:
                # "Taiwan's Vice Foreign Minister", "opposition groups in Zimbabwe": a subject
                # the knowledge base does not name acts for the actor it belongs to; so does
                # one of joined subjects ("the Saudi-led coalition and the Houthis")
                return (
                    self._with_conjuncts(subjects[0], mentions, modifiers)
                    or self._owner(
                        subjects[0], mentions, modifiers or {}, preps=("of", "in", "from")
                    )
                    or self._document_author(subjects[0], mentions, modifiers or {})
                )
            misread = _misread_conjunct_subject(token)
            if misread is not None and misread.i in mentions:
                # "Hamas freed three hostages and Israel released 90 prisoners": Israel,
                # which the parser joined to the first verb's object, does the second verb
                return list(mentions[misread.i])
            passive = _children(token, PASSIVE_SUBJECTS)
            if passive and active_conjunct:
                # "the prime minister was invited by Biden and will visit Washington": an
                # active verb joined to a passive one is done by its subject, not its agent
                return self._with_conjuncts(passive[0], mentions)
            if passive:
                return self._agent(token, mentions)
            if token.dep_ not in SUBJECT_SHARING or token.head.i == token.i:
                return []
            if _passive_participle_clause(token):
                # "Asked whether Egypt would suspend the treaty, Shoukry declined": the
                # clause's subject is the one asked, not the asker (only "by" names that)
                return self._agent(token, mentions)
            active_conjunct = token.dep_ == "conj" and token.tag_ in ACTIVE_TAGS
            misread = _misread_clause_subject(token)
            if misread is not None:
                # "pledged aid a day after an explosion at a hospital killed hundreds": the
                # noun after "after" is the subject of the finite verb the parser hung on it
                return self._with_conjuncts(misread, mentions) or self._owner(
                    misread, mentions, modifiers or {}
                )
            if _misread_main_verb(token):
                # "The Saudi-led coalition bombed Sanaa": the sentence's verb read as a
                # participle on its subject, which the parser leaves as the root
                return self._with_conjuncts(token.head, mentions) or self._owner(
                    token.head, mentions, modifiers or {}
                )
            if (
                token.dep_ == "acl"
                and _infinitive(token)
                and token.head.lemma_.lower() in self.words.get("intention_heads", ())
                and not self._turned_down(token.head)
            ):
                # "Israel's decision to halt aid", "Russia's plan to annex": whose decision
                # or plan it is does what it is to do (not one refused by another: "rejected
                # a US offer to host a summit" is no refusal of the US)
                doers = self._owner(token.head, mentions, modifiers or {})
                if doers:
                    return doers
            if token.dep_ == "acl" and token.tag_ in ("VBG", "VBN") and token.pos_ == "VERB":
                # a participle describes its noun: "demonstrators protesting the law" protest,
                # "an organization charged" is not the clause's subject charging; but "a
                # declaration demanding ..." is its author's
                if token.tag_ == "VBN":
                    return []  # the noun undergoes it: "officials accused of ..."
                # ("UN monitors inspecting the sites": the UN's monitors inspect)
                doers = (
                    self._with_conjuncts(token.head, mentions)
                    or self._owner(token.head, mentions, modifiers or {})
                    or self._document_author(token.head, mentions, modifiers or {})
                )
                # ("thousands of demonstrators protesting": the people counted, not the verb's)
                counted = _counted(token.head).i != token.head.i
                if doers or token.head.dep_ == "pobj" or counted or self._unissued(token.head):
                    # "talks with rebels fighting the army": no one named does it; "refused
                    # to sign the statement criticising Russia": its authors, not the refuser
                    return doers
            if token.dep_ in ("xcomp", "advcl") and _children(token.head, PASSIVE_SUBJECTS):
                if token.dep_ == "xcomp" or _purpose(token):
                    # "Obama was pressured by Congress to help Iran": Obama would help
                    passive = _children(token.head, PASSIVE_SUBJECTS)[0]
                    return self._with_conjuncts(passive, mentions)
            if (
                (token.dep_ == "xcomp" or self._caused_infinitive(token))
                and _children(token.head, ("dobj",))
                and self._call_purpose(token.head) != token
            ):
                # "urged Iran to stop", "prompted Pakistan to expel": the object of the
                # governor does the embedded act (not who is phoned, "called Modi to condemn
                # the attack": the caller does);
                # "massed troops to attack": the governor's subject does, with its troops
                doers = self._with_conjuncts(_children(token.head, ("dobj",))[0], mentions)
                if doers:
                    return doers
            if (
                token.dep_ == "pcomp"
                and token.head.dep_ == "prep"
                and token.head.lower_ not in TIME_AND_MEANS_PREPOSITIONS
            ):
                # "accused Russia of deporting", "blamed Kyiv for shelling": the object acts;
                # but "addressed Congress after meeting Biden" is the subject's meeting
                holder = token.head.head
                objects = [o for o in _children(holder, ("dobj",)) if o.i in mentions]
                if not objects and holder.dep_ == "dobj" and holder.i in mentions:
                    # "accused China's coast guard of firing": "of" hung on the object
                    objects = [holder]
                if objects:
                    return self._with_conjuncts(objects[0], mentions)
                # (only a verb that holds the act against its object: "used Iranian drones
                # for attacking Ukrainian cities" is Russia's attack)
                path = [holder]  # up to the verb: "imposed sanctions on two refineries for"
                while path[-1].pos_ not in VERB_POS and path[-1].head.i != path[-1].i:
                    path.append(path[-1].head)
                held_against = path[-1].lemma_.lower() in self._holding_against
                punitive = self._punishing
                for obj in _children(holder, ("dobj",)) if held_against else ():
                    # "sanctioned Iranian airlines for transferring missiles": an object
                    # named by whose it is acts as that actor, not the clause's subject
                    owners = self._owner(obj, mentions, modifiers or {})
                    if owners:
                        return owners
                if token.head.lower_ == "for" and any(
                    o.lemma_.lower() in punitive for o in (*path, *_children(holder, ("dobj",)))
                ):
                    # "imposed sanctions on Iran (or on two Chinese refineries) for buying
                    # oil": whom the act falls on did what it answers
                    fallen = [holder] if holder.head.lower_ in ("on", "against") else []
                    fallen += [
                        pobj
                        for obj in _children(holder, ("dobj",))
                        for prep in _children(obj, ("prep",))
                        if prep.lower_ in ("on", "against")
                        for pobj in _children(prep, ("pobj",))
                    ]
                    for noun in fallen:
                        doers = self._with_conjuncts(noun, mentions) or self._owner(
                            noun, mentions, modifiers or {}
                        )
                        if doers:
                            return doers
                accused = holder if holder.dep_ == "dobj" else None
                accused = accused or next(iter(_children(holder, ("dobj",))), None)
                if held_against and accused is not None and self._roles(accused):
                    # "Ukraine accused pro-Russian separatists of shooting down a jet": people
                    # named by role only do the act (taken to be of the accuser's country, as
                    # when they are its target), never the accuser
                    verb = accused.head
                    return self._domestic_target(verb, self.subject_of(verb, mentions, modifiers))
                if holder.lemma_.lower() in self.words.get("part_nouns", ()):
                    # "sanctioned him over his role in supporting M23": the one whose part
                    # it is does the act, not the subject of the clause
                    # (a pronoun coreference gave the clause's own subject is left to the walk
                    # up: "outlawed the group because of its involvement in killing")
                    owners = [o for o in _children(holder, ("poss",)) if o.i in mentions]
                    subjects = {
                        m.actor.code
                        for s in _children(self._clause_head(holder), SUBJECTS)
                        for m in mentions.get(s.i, ())
                    }
                    if owners and not {m.actor.code for m in mentions[owners[0].i]} & subjects:
                        return self._with_conjuncts(owners[0], mentions)
            if (
                token.dep_ == "conj"
                and token.head.dep_ == "xcomp"
                and token.tag_ != "VB"
                and token.head.tag_ == "VB"
                and not _infinitive_conjunct(token)
            ):
                # "urged China to join talks and accused Russia": a finite verb misattached
                # to the infinitive is coordinated with the governor (not one more infinitive
                # tagged a present tense: "to condemn the attack and cooperate")
                token = token.head
            token = token.head
        return []

    def _unissued(self, noun: Token) -> bool:
        """Whether a document is named by a verb that does not issue it ("refused to sign
        the statement", "read the report"), so that what it says is not that verb's
        subject's ("the EU issued a statement criticising Russia" is the EU's)."""
        if noun.lemma_.lower() not in self.words.get("document_nouns", ()):
            return False
        verb = noun.head
        return noun.dep_ != "dobj" or verb.lemma_.lower() not in self.words.get("issuing_verbs", ())

    def _document_author(
        self, document: Token, mentions: Mentions, modifiers: Modifiers
    ) -> list[ActorMention]:
        """Who speaks through a document that says or alleges something: the one who issued
        it ("a statement issued by the Egyptian army said"), or, when no one is named, the
        country where it was issued ("a report released in the Ethiopian capital alleged",
        "a statement issued in Tehran said"), as coders take an official text to be its
        country's."""
        if document.lemma_.lower() not in self.words.get("document_nouns", ()):
            return []
        for issued in _children(document, ("acl",)):
            if issued.tag_ != "VBN":
                continue
            if _children(issued, ("agent",)):
                # the issuer is named: it speaks, known or not ("released in London by a
                # monitoring group" is not Britain's)
                return self._agent(issued, mentions)
            # a country, or its capital, the text names; not any city the gazetteer knows
            # ("a report released in Geneva" is rarely Switzerland's)
            places = [
                m for m in self._place_target(issued, [], mentions, modifiers) if m.via == "kb"
            ]
            if places:
                why = f"{document.text!r} was issued in {places[0].actor.text!r}"
                return [replace(places[0], why=why)]
        return []

    def _state_of_place(
        self, trig: Trigger, mentions: Mentions, modifiers: Modifiers
    ) -> list[ActorMention]:
        """Who did a state's act told in the passive with no agent: the state where it was
        done. "A missionary was arrested in Lebanon" was arrested by Lebanon's authorities."""
        if trig.pattern.code[:2] not in self.words.get("state_roots", ()):
            return []
        places = self._place_target(trig.token, [], mentions, modifiers)
        if not places:
            return []
        country = self.kb.countries.get(places[0].actor.country or "")
        government = self._country_actor(country, government=True) if country else None
        if government is None:
            return []
        why = f"no agent named: the authorities of {country.name}, where it was done"
        return [replace(places[0], actor=government, why=why, via="place", entries=())]

    def _country_actor(
        self, country: Entry, government: bool = False, text: str | None = None
    ) -> Actor | None:
        """A country as an actor, or its government, named by `text` (its name)."""
        entries = (country, *self.kb.lookup("government")[:1]) if government else (country,)
        resolution = resolve_actor(text or country.name, entries, None, self.kb)
        return resolution.actor if resolution is not None else None

    def _is_force(self, code: str) -> bool:
        """Whether a code is an act of force, located where it strikes (`located_roots`)."""
        return code[:2] in self.words.get("located_roots", ())

    def _harm_cause(self, trig: Trigger) -> Token | None:
        """The attack or weapon a killing or wounding is told through: the subject of "a
        roadside bombing near Samarra killed a US soldier", or what "were killed in a suicide
        bombing" or "by an improvised explosive device" names. Only for acts of force (the
        located roots), and only an attack noun or a weapon: "killed in a car crash" has no
        attacker."""
        token = trig.token
        if trig.pattern.pos != "verb" or not self._is_force(trig.pattern.code):
            return None
        weapons = self.words.get("weapon_nouns", ())
        causes = [s for s in _children(token, SUBJECTS) if s.pos_ in NOUN_POS]
        causes += [
            pobj
            for prep in _children(token, ("prep", "agent"))
            if prep.lower_ in ("in", "by", "during")
            for pobj in _children(prep, ("pobj",))
        ]
        return next(
            (
                c
                for c in causes
                if c.lemma_.lower() in weapons
                or any(
                    self._is_force(p.code) for p in self.patterns.by_noun.get(c.lemma_.lower(), ())
                )
            ),
            None,
        )

    def _told_through(self, trig: Trigger) -> bool:
        """Whether an attack noun is what a killing or wounding is told through ("a drone
        attack by Iran-backed militants killed three US soldiers"): the killing codes the
        attack (`_caused_by`), which is not a second act of its own."""
        noun = trig.token
        if trig.pattern.pos != "noun" or not self._is_force(trig.pattern.code):
            return False
        if any(p.lower_ in ("on", "against") for p in _children(noun, ("prep",))):
            return False  # "a drone attack on Ukraine killed five": the attack names its aim
        verb = noun.head if noun.dep_ in SUBJECTS else noun.head.head
        if verb.i == noun.i or verb.pos_ not in VERB_POS:
            return False
        harm = self.find_trigger(verb)
        if harm is None or not harm.pattern.code.endswith("0"):
            return False  # (a killing that says more than force used is its own act)
        # (the noun is the attack the killing is told through, as `_caused_by` reads it; not
        # "clashes killed dozens", whose code is the killing's own, 190)
        cause = self._harm_cause(harm)
        return cause is not None and cause.i == noun.i and trig.pattern.code != harm.pattern.code

    def _caused_by(self, trig: Trigger) -> Pattern | None:
        """The pattern of the attack a killing or wounding is told through, when the verb says
        no more than force was used (an unspecified code, 180/190/200): "two soldiers were
        killed in a roadside bombing" is the roadside bombing (1833), "a suicide bombing
        killed 20" the suicide bombing (1831). The verb keeps its slots (whom it harmed)."""
        cause = self._harm_cause(trig) if trig.pattern.code.endswith("0") else None
        found = self.find_trigger(cause) if cause is not None else None
        if found is None or found.pattern.code == trig.pattern.code:
            return None
        if not self._is_force(found.pattern.code):
            return None
        rule = f"{trig.pattern.rule}+{found.pattern.rule}"
        return replace(trig.pattern, code=found.pattern.code, rule=rule)

    def _unclaimed_harm(
        self, trig: Trigger, mentions: Mentions, modifiers: Modifiers
    ) -> list[ActorMention]:
        """Who did an attack told with no subject: those a "by" in its phrase names ("killed
        in a drone attack ... by Iran-backed militants", wherever the parser hangs it); else,
        when no one is named, someone of the country where it struck, as CAMEO coders code it
        ("three US servicemen were killed by an improvised explosive device outside Basra" is
        Iraq's act against the US). The country, not its state."""
        if self._harm_cause(trig) is None:
            return []
        for by in trig.token.subtree:
            if by.lower_ != "by" or by.dep_ not in ("prep", "agent"):
                continue
            if _inside_descriptive_clause(by, trig.token):
                continue  # "a base in Jordan, which was condemned by the UN": not the attackers
            # "were killed in a drone attack on a base in Jordan by Iran-backed militants":
            # named after all, though the parser hangs "by" on a noun of the attack
            named = [m for pobj in _children(by, ("pobj",)) for m in mentions.get(pobj.i, ())]
            if named:
                return [replace(named[0], why=f"{named[0].why}; the attackers 'by' names")]
        places = self._place_target(trig.token, [], mentions, modifiers, violent=True)
        if not places:
            return []
        why = f"no attacker named: someone of {places[0].actor.name or places[0].actor.code}"
        return [replace(places[0], why=why + ", where the attack struck")]

    def _instrument_owner(
        self, verb: Token, mentions: Mentions, modifiers: Modifiers
    ) -> list[ActorMention]:
        """Whose act a passive harm was done in: "were killed in Israeli tank shelling",
        "died in a Russian air strike", "wounded by a Russian missile" (an event noun or a
        weapon owned or modified by an actor)."""
        weapons = self.words.get("weapon_nouns", ())
        for prep in _children(verb, ("prep", "agent")):
            if prep.lower_ not in ("in", "by", "during"):
                continue
            for pobj in _children(prep, ("pobj", "pcomp")):
                if (
                    pobj.lemma_.lower() in self.patterns.by_noun
                    or pobj.lower_ in self.patterns.by_noun
                    or pobj.lemma_.lower() in weapons
                ):
                    found = self._owner(pobj, mentions, modifiers, preps=("by",))
                    if found:
                        return found
        return []

    def _agent(self, verb: Token, mentions: Mentions) -> list[ActorMention]:
        for agent in _children(verb, ("agent",)):
            for pobj in _children(agent, ("pobj",)):
                return self._with_conjuncts(pobj, mentions)
        return []

    @staticmethod
    def _with_conjuncts(
        token: Token, mentions: Mentions, modifiers: Modifiers | None = None
    ) -> list[ActorMention]:
        """The actors of a noun and those joined to it; with `modifiers`, a joined noun the
        knowledge base does not name counts by the actor qualifying it: "the Saudi-led
        coalition and the Houthis" are Saudi Arabia and the Houthis."""
        joined = _coordinated(token)
        found = [m for t in joined for m in mentions.get(t.i, ())]
        if not modifiers or not found or len(joined) == 1:
            return found
        return [
            m
            for t in joined
            for m in (mentions.get(t.i) or ([modifiers[t.i]] if t.i in modifiers else []))
        ]

    def _owner(
        self,
        token: Token,
        mentions: Mentions,
        modifiers: Modifiers,
        preps: tuple[str, ...] = ("of",),
    ) -> list[ActorMention]:
        """The actor a non-actor noun belongs to: "China's stand", "the position of China";
        not those of another side: "Israel's enemies", "Putin's counterpart"."""
        if token.lemma_.lower() in self.words.get("other_side_nouns", ()):
            return [modifiers[token.i]] if token.i in modifiers else []
        named = modifiers.get(token.i)
        if named is not None and (named.actor.kb_id or "").startswith(("group:", "igo:")):
            # "Osama bin Laden's al-Qaeda network", "Russia's Wagner mercenaries": the named
            # organisation, not its leader or country
            return [named]
        for poss in _children(token, ("poss",)):
            if poss.i in mentions:
                return self._with_conjuncts(poss, mentions)
            if poss.tag_ == "WP$" and (antecedent := _relative_antecedent(poss)) is not None:
                # "Haftar, whose forces besieged Tripoli": Haftar's forces
                return self._with_conjuncts(antecedent, mentions)
        if token.i in modifiers:
            return [modifiers[token.i]]
        return self._named_after(token, preps, mentions, modifiers=modifiers) or self._allegiance(
            token, mentions
        )

    def _named_after(
        self,
        head: Token,
        preps: Iterable[str],
        mentions: Mentions,
        deps: Iterable[str] = ("prep",),
        modifiers: Modifiers | None = None,
    ) -> list[ActorMention]:
        """The first actors named after one of `preps` on `head`: "the position of China",
        "loyal to Gbagbo", "an offer from Afghanistan"; with `modifiers`, also those that
        qualify the noun there ("the barns of Palestinian landowners")."""
        for prep in _children(head, deps):
            if prep.lower_ in preps:
                for pobj in _children(prep, ("pobj",)):
                    found = self._with_conjuncts(pobj, mentions)
                    if found:
                        return found
                    if modifiers and pobj.i in modifiers:
                        return [modifiers[pobj.i]]
        return []

    def _allegiance(self, token: Token, mentions: Mentions) -> list[ActorMention]:
        """The side people are named as loyal to: "forces loyal to President Gbagbo attacked
        rebel positions" are Gbagbo's forces, "militias allied with the government" the
        government's (not "backed by", which names a sponsor, not the side)."""
        words = self.words.get("allegiance_words", ())
        for word in _children(token, ("amod", "acl")):
            if word.lower_ in words:
                found = self._named_after(word, ("to", "with"), mentions)
                if found:
                    return found
        return []

    def _slot(
        self,
        trigger: Token,
        slot: str,
        mentions: Mentions,
        modifiers: Modifiers,
        through: frozenset[str] = frozenset(),
    ) -> list[ActorMention]:
        """The actors standing in `slot` around a trigger. `through`: the prepositions of
        the trigger's pattern, whose objects may carry the slot ("advised against travel to
        Mali", "called for sanctions against Nigeria")."""
        if slot == "poss":
            return self._owner(trigger, mentions, {})
        if slot == "object_subtree":
            # what a speaker reports has its own actors: "Lavrov said Russia will not attack
            # Ukraine" is said to no one
            reported = trigger.lemma_.lower() in self.words.get("reporting_verbs", ())
            # "accused criminal gangs of buying votes in the referendum on joining the EU":
            # what the object is accused of or asked to do is not whom the act is aimed at
            alleged = trigger.lemma_.lower() in self.words.get("unasserted_heads", ())
            # (and what a copula's subject becomes: "became NATO's 32nd member")
            for obj in _children(
                trigger, ("dobj", "xcomp") if reported else ("dobj", "ccomp", "xcomp", "attr")
            ) or filter(None, [self._fronted_object(trigger)]):
                if self._reacts_to_undergone(trigger, obj):
                    return self._doers(obj, mentions)  # (never whom the act befell)
                for token in obj.subtree:
                    if token.dep_ in SUBJECTS or _inside_descriptive_clause(token, obj):
                        continue
                    if self._venue(token, obj):
                        continue  # "signed a charter in Nairobi": where, not with whom
                    if _subject_read_as_conjunct(token):
                        break  # the next clause's subject, and that clause, are not the object
                    if alleged and _inside_gerund(token, obj):
                        continue
                    if token.i in mentions:
                        # "aid to Turkey and Syria": each of the joined actors
                        return self._with_conjuncts(token, mentions) or list(mentions[token.i])
                    if token.i in modifiers and not self._brokered_by(token, modifiers[token.i]):
                        # "restrictions against German goods"; but "agreed to implement an
                        # EU-brokered deal" is not aimed at its broker
                        return [modifiers[token.i]]
            return []
        if slot == "clause_subject":
            # "demanded that the US cancel its plans": who is asked is the clause's subject
            # (what a reporting verb asks or alleges of it, "said Iraq must", is set in _code)
            if trigger.lemma_.lower() in self.words.get("reporting_verbs", ()):
                return []
            for clause in _children(trigger, ("ccomp",)):
                for subject in _children(clause, ANY_SUBJECTS):
                    found = self._with_conjuncts(subject, mentions)
                    return found or self._owner(subject, mentions, modifiers)
            return []
        if slot == "place_object":
            # "M23 rebels seized Goma", "seized the centre of Goma": a town the knowledge base
            # does not name stands for its country (the gazetteer's)
            for obj in _children(trigger, ("dobj",)):
                named = [obj] + [
                    pobj
                    for of in _children(obj, ("prep",))
                    if of.lower_ == "of"
                    for pobj in _children(of, ("pobj",))
                ]
                # "seized the Rafah crossing": the town naming the place seized
                named += [c for c in _children(obj, ("compound",)) if c.pos_ == "PROPN"]
                for token in named:
                    if token.i not in mentions and (found := self._city_country(token, [])):
                        return found
            return []
        if slot in ("dobj", "dative"):
            deps = ("dobj", "oprd") if slot == "dobj" else ("dative",)
            host = trigger
            if slot == "dative" and trigger.pos_ in NOUN_POS:
                # "gave the Ivory Coast 5 million dollars of aid": the light verb's dative
                obj, verb = _object_and_verb(trigger)
                host = verb if obj.dep_ == "dobj" else trigger
            elif trigger.pos_ in NOUN_POS and (verb := self._light_phrase(trigger)) is not None:
                host = verb  # "engaged Filipino peacekeepers in a firefight": the verb's object
            objects = _children(host, deps)
            if slot == "dobj" and not objects and (fronted := self._fronted_object(host)):
                objects = [fronted]
            if slot == "dative" and not objects and host.i != trigger.i:
                # "give Ukraine at least 40 billion euros in military aid": the parser may
                # read the recipient as a second direct object beside the sum
                objects = [o for o in _children(host, ("dobj",)) if o.i != obj.i]
            if not objects and host.pos_ in VERB_POS and (shared := _shared_conjunct(host)):
                objects = _children(shared, deps)  # "donated and delivered goods to X"
            for obj in objects:
                found = self._with_conjuncts(obj, mentions)
                if not found and self._reacts_to_undergone(trigger, obj):
                    return self._doers(obj, mentions)  # (never whom the act befell)
                return (
                    found or self._owner(obj, mentions, modifiers) or self._proposer(obj, mentions)
                )
            return []
        prep_word = slot[len(PREP_SLOT) :]
        # the preposition may hang on the trigger, on its object ("massed troops near X"),
        # or, for a noun trigger, on the light verb that governs it ("held talks with X")
        # or on a particle ("rounded up to 16 advisers")
        hosts = [trigger, *_children(trigger, ("dobj", "prt"))]
        hosts += self._prep_objects(trigger, through)
        # "adopted its 14th package of sanctions against Russia", "suspended its participation
        # in the treaty with the United States": what the object is of, or in, may carry the
        # slot's preposition (the nouns Frame.of reads as objects too)
        # (not what it is "over" or "after": "adopted a raft of sanctions against Iranian
        # officials over the crackdown on protesters" is not aimed at the protesters)
        hosts += [
            o
            for obj in _children(trigger, ("dobj",))
            for prep in _children(obj, ("prep",))
            if prep.lower_ in ("of", "in")
            for o in _children(prep, ("pobj",))
        ]
        if trigger.pos_ in VERB_POS and (shared := _shared_conjunct(trigger)) is not None:
            # "donated and delivered goods to the school": what follows the second verb
            hosts += [shared, *_children(shared, ("dobj",))]
        if trigger.pos_ in NOUN_POS:
            obj, verb = _object_and_verb(trigger)
            if obj.i != trigger.i:
                hosts.append(obj)  # "a mediation mission between Syria and the PLO"
            # "a suspension of air links with Serbia": what the act is of may name the other
            hosts += [
                o
                for of in _children(trigger, ("prep",))
                if of.lower_ == "of"
                for o in _children(of, ("pobj",))
            ]
            if obj.dep_ == "dobj":
                hosts.append(verb)
                # "staged a walkout from the talks with Israel": what the pattern's own
                # preposition governs, hung on the light verb
                hosts += self._prep_objects(verb, through)
        for host in hosts:
            for prep in _children(host, ("prep", "agent", "dative")):
                if prep.lower_ != prep_word:
                    continue
                for pobj in _children(prep, ("pobj",)):
                    found = self._with_conjuncts(pobj, mentions)
                    if found:
                        return found
                    owner = (
                        self._owner(pobj, mentions, modifiers)
                        or self._proposer(pobj, mentions)
                        or self._origin(pobj, mentions, modifiers)
                    )
                    if owner:
                        return owner
        return []

    def _fronted_object(self, verb: Token) -> Token | None:
        """The object a verb of judging says after its verdict, which the parser hangs on
        "as": "dismissed as baseless claims by Pakistan", "condemned as unacceptable
        allegations by Rwanda" (not "served as interim president": no verb of judging; nor
        "were praised as true heroes": a passive's object is its subject)."""
        if verb.lemma_.lower() not in self.words.get("judging_verbs", ()) or (
            verb.dep_ == "acl" and verb.tag_ == "VBN"
        ):
            return None
        doc = verb.doc
        kids = _kids(verb)
        if any(dep == "dobj" or dep == "auxpass" or dep in PASSIVE_SUBJECTS for dep, _ in kids):
            # "dismissed the claims as baseless", "welcomed as significant progress the
            # agreement": the object is in place
            return None
        for dep, prep in kids:
            if dep != "prep" or prep.lower_ != "as":
                continue
            # (the first word after "as", past quotation marks: as "unacceptable" allegations)
            verdict = next((t for t in doc[prep.i + 1 : prep.i + 4] if t.dep_ != "punct"), None)
            for pobj in _children(prep, ("pobj",)):
                if verdict is not None and verdict.tag_ == "JJ" and verdict.head.i == pobj.i:
                    return pobj
        return None

    def _force_subject(self, verb: Token, sources: list[ActorMention]) -> bool:
        """Whether a verb's subject strikes as force: a security force, a name ("Russia"),
        or a weapon or force (`force_nouns`: "Russian missiles")."""
        if any(self._security.intersection(m.actor.sectors) for m in sources):
            return True
        nouns = self.words.get("force_nouns", ())
        return any(
            s.pos_ == "PROPN" or s.lemma_.lower() in nouns for s in _children(verb, SUBJECTS)
        )

    def _origin(self, goods: Token, mentions: Mentions, modifiers: Modifiers) -> list[ActorMention]:
        """Where goods an act falls on come from: "imposed tariffs on imports from Mexico and
        Canada" falls on Mexico and Canada."""
        if goods.lemma_.lower() not in self.words.get("goods_nouns", ()):
            return []
        return self._named_after(goods, ("from",), mentions, modifiers=modifiers)

    def _venue(self, token: Token, obj: Token) -> bool:
        """Whether a word names where a signed text was made, after a place preposition hung
        on it ("signed a charter in Nairobi"), not whom it concerns; any other object's place
        may be whose it is ("retook a village in Cambodia", "to ban voting in Jerusalem")."""
        prep = token.head
        return (
            token.dep_ == "pobj"
            and prep.head.i == obj.i
            and prep.lower_ in self.words.get("place_prepositions", ())
            and obj.lemma_.lower() in self.words.get("venue_objects", ())
        )

    def _proposer(self, proposal: Token, mentions: Mentions) -> list[ActorMention]:
        """Who made the offer, demand or call an act answers: "rejected a fresh offer from
        Afghanistan for talks" rejects Afghanistan, "accepted demands from the rebels"
        yields to the rebels, "rejected calls by the UN to adopt reforms" the UN."""
        if proposal.lemma_.lower() not in self.words.get("proposal_nouns", ()):
            return []
        return self._named_after(proposal, ("from", "by"), mentions, ("prep", "agent"))

    def _parallel_target(
        self, trig: Trigger, earlier: Sequence[Event], index: int, sources: list[ActorMention]
    ) -> list[ActorMention]:
        """The target an act that names none shares with the act of the same kind it is
        joined to: "Bolivia cut ties with Israel, while Chile and Colombia recalled their
        ambassadors" (from Israel); not a target of the act's own side."""
        token = trig.token
        if token.dep_ not in ("conj", "advcl") or token.head.i == token.i:
            return []
        if token.dep_ == "advcl" and not any(
            d == "mark" and c.lower_ in ("while", "whereas") for d, c in _kids(token)
        ):
            return []
        summed = self.words.get("summary_nouns", ())
        if any(o.lemma_.lower() in summed for o in _children(token, ("dobj",))):
            # "the ICC sought warrants for Netanyahu, and the US criticised the move": an
            # object that sums up the joined act answers whoever did it, not whom it was done
            # to (`_joined_complaint`)
            return []
        sides = {self._side(m.actor) for m in sources}
        for event in reversed(_joined_events(earlier, index, token.head, objects=False)):
            if event.target is not None and event.cameo_root == trig.pattern.code[:2]:
                if self._side(event.target) not in sides:
                    why = f"the target of {event.evidence.trigger!r}, the act it is joined to"
                    return [_mention_of(event.target, token, why)]
        return []

    def _retaliated_against(
        self,
        trig: Trigger,
        sources: list[ActorMention],
        mentions: Mentions,
        modifiers: Modifiers,
        earlier: Sequence[Event],
        index: int,
    ) -> list[ActorMention]:
        """Whom a retaliation (`retaliation_words`, the verb or its object) that names no one
        after "against" or "on" is aimed at: who did the act it answers, named after "for"
        ("revenge for the killing of Soleimani by a US drone strike") or in its "after"
        clause ("after Iran launched drones", "after a strike it blamed on Israel hit its
        consulate"); else who used force on the retaliator just before ("Iran fired missiles
        at Israel, and Israel vowed to retaliate"). Never the retaliator's own side."""
        token = trig.token
        if trig.pattern.code[:2] not in self._retaliating_roots:
            return []  # ("agreed to respond to the proposal" answers no attack)
        words = self._retaliation
        act = next(
            (a for a in (token, *_children(token, ("dobj", "xcomp"))) if a.lemma_.lower() in words),
            None,
        )
        # (a target the pattern's own slots name is named: "vowed revenge against Israel")
        named = {
            slot[len(PREP_SLOT) :] for slot in trig.pattern.target if slot.startswith(PREP_SLOT)
        }
        if act is None or any(
            p.lower_ in named for h in (act, token) for p in _children(h, ("prep",))
        ):
            return []
        sides = {self._side(m.actor) for m in sources}

        def others(found: list[ActorMention]) -> list[ActorMention]:
            return [m for m in found if self._side(m.actor) not in sides]

        for host in dict.fromkeys((act, token)):
            for dep, child in _kids(host):
                answered = []
                if dep == "prep" and child.lower_ in ("for", "after"):
                    answered = _children(child, ("pobj",))
                elif dep == "advcl" and any(
                    d == "mark" and c.lower_ == "after" for d, c in _kids(child)
                ):
                    if child.lemma_.lower() in self.words.get("reporting_verbs", ()):
                        # "after the UN said an Israeli strike killed its generals": what was
                        # said answers, not who said it
                        child = next(iter(_children(child, ("ccomp",))), child)
                    answered = _children(child, SUBJECTS)
                for noun in answered:
                    found = others(self._doers_of(noun, mentions, modifiers))
                    if found:
                        return found
        # else who just used force on the retaliator's side ("Iran fired missiles at Israel,
        # and Israel vowed to retaliate"), or whom its own side just accused ("Iran accused
        # Israel of killing an adviser and vowed revenge")
        for roots, by_own_side in (("located_roots", False), ("accusation_roots", True)):
            event = _told_act(
                earlier,
                index,
                self.words.get(roots, frozenset()),
                lambda e, own=by_own_side: (
                    e.target is not None
                    and e.modality == "asserted"
                    and (self._side(e.source) in sides) == own
                    and (self._side(e.target) in sides) != own
                ),
                before=token.idx,
            )
            if event is not None:
                told = repr(event.evidence.trigger)
                if by_own_side:
                    why = f"whom {told} accused, which the retaliation answers"
                    return [_mention_of(event.target, act, why)]
                why = f"who did {told}, which the retaliation answers"
                return [_mention_of(event.source, act, why)]
        return []

    def _doers_of(
        self, noun: Token, mentions: Mentions, modifiers: Modifiers
    ) -> list[ActorMention]:
        """Who did the act a noun names, or who the noun is: "Iran" (launched drones),
        "Houthi drones", "Israel's strike", "the killing of X by a US drone strike", "a strike
        it blamed on Israel" (whom it is blamed on)."""
        found = self._with_conjuncts(noun, mentions)
        if found:
            return found
        if noun.i in modifiers:
            return [modifiers[noun.i]]
        # ("by" first, and not the possessor who underwent it: "Soleimani's killing")
        found = self._doers(noun, mentions)
        if found:
            return found
        for by in _children(noun, ("prep", "agent")):
            if by.lower_ == "by":  # "by a US drone strike": the strike's modifier
                found += [modifiers[o.i] for o in _children(by, ("pobj",)) if o.i in modifiers]
        blamed = [c for c in _children(noun, ("relcl",)) if c.lemma_.lower() == "blame"]
        return found or [m for c in blamed for m in self._named_after(c, ("on",), mentions)]

    def _joined_complaint(
        self, trig: Trigger, earlier: Sequence[Event], index: int, sources: list[ActorMention]
    ) -> list[ActorMention]:
        """Whom a complaint, accusation or sanction (`answering_roots`) naming no one is aimed
        at when its clause, with a subject of its own, is joined by "and" to an act of another
        side: "North Korea fired a ballistic missile, and Japan lodged a protest" (North
        Korea), "Putin annexed four regions, and the US imposed new sanctions" (Putin)."""
        root = trig.pattern.code[:2]
        if root not in self.words.get("answering_roots", ()):
            return []
        verb = _verb_of_noun(trig.token)  # ("lodged a protest")
        if verb.dep_ != "conj" or verb.pos_ not in VERB_POS or not _own_subject(verb):
            return []
        if any(
            p.lower_ in ("on", "against")
            for h in (trig.token, *_children(trig.token, ("dobj",)))
            for p in _children(h, ("prep",))
        ):
            return []  # ("imposed sanctions on its own collaborators": aimed as it says)
        # the first event told there: the act's doer ("Zelensky visited Washington, and
        # Russia protested"), not the other side its pattern reverses (the host)
        told = _joined_events(earlier, index, verb.head)
        first = told[0] if told else None
        if first is None or self._side(first.source) in {self._side(m.actor) for m in sources}:
            return []
        if root not in self.words.get("accusation_roots", ()) and (
            first.cameo_root in self.words.get("cooperation_roots", ())
        ):
            # a complaint may answer a visit ("Zelensky visited Washington, and Russia
            # protested"); a sanction answers no cooperation ("Macron visited China, and the
            # US imposed sanctions" are not on France)
            return []
        why = f"who did {first.evidence.trigger!r}, the act of the clause it is joined to"
        return [_mention_of(first.source, trig.token, why)]

    def _conjunct_target(
        self,
        trig: Trigger,
        earlier: Sequence[Event],
        index: int,
        sources: list[ActorMention],
        mentions: Mentions,
    ) -> list[ActorMention]:
        """The target a verb that names none takes from the verb it is joined to by "and",
        whose subject it shares: "Kishida travelled to Kyiv and pledged new aid" pledges to
        Ukraine, "Egypt imposed a blockade on Gaza and halted fuel deliveries" halts them to
        Gaza. Only for the roots whose acts are done where or to whom the first was
        (`conjunct_target_roots`), and only from an act of the same bent (cooperation to
        cooperation, conflict to conflict): "imposed sanctions on Russia and pledged military
        aid" pledges nothing to Russia. Its own subject ("and the EU pledged more aid") makes
        it another clause. Only a deed or a visit lends its target (`target_lending_codes`):
        "met Biden and pledged aid", "warned the West and launched missiles" say nothing of
        whom the aid or the missiles are for; and an act with an actor in its own object acts
        on it ("invaded Ukraine and jailed its critics")."""
        token = _verb_of_noun(trig.token)  # "and announced $500 million in new aid"
        root = trig.pattern.code[:2]
        if (
            token.dep_ != "conj"
            or token.pos_ not in VERB_POS
            or root not in self.words.get("conjunct_target_roots", ())
            or _own_subject(token)
            or _names_its_object(token, mentions)
        ):
            return []
        cooperation = self.words.get("cooperation_roots", ())
        lending = self._lending
        codes = {m.actor.code for m in sources}
        sides = {self._side(m.actor) for m in sources}
        for event in _joined_events(earlier, index, token.head):
            if (
                event.cameo.startswith(lending)
                and event.target is not None
                and event.modality == "asserted"
                and event.source.code in codes
                and (event.cameo_root in cooperation) == (root in cooperation)
                and self._side(event.target) not in sides
            ):
                why = f"the target of {event.evidence.trigger!r}, the verb it is joined to"
                return [_mention_of(event.target, trig.token, why)]
        return []

    def _elicited(
        self, noun: Token, mentions: Mentions
    ) -> tuple[list[ActorMention], list[ActorMention]] | None:
        """(sources, targets) of a reaction an act drew from others: in "Orban visited
        Moscow, drawing condemnation from EU leaders" the leaders condemn Orban. None when
        the noun is no such reaction."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in self.words.get("eliciting_verbs", ()):
            return None
        reacting = self._named_after(noun, ("from", "by"), mentions) or self._named_after(
            verb, ("from", "by"), mentions
        )
        if not reacting:
            return None
        for act in _children(verb, ("nsubj",)):
            if act.lemma_.lower() in self.words.get("undergone_nouns", ()):
                # "the arrest of Navalny by police drew condemnation": a reaction to the police,
                # who did the arrest, not to Navalny, who underwent it
                return reacting, self._doers(act, mentions)
        return reacting, self.subject_of(verb, mentions)

    def _dissent_code(
        self, code: str, source: Actor, target: Actor | None
    ) -> tuple[str, str] | None:
        """Military force by a country's security forces on its own dissenters is repression
        (175, "Peruvian security forces killed 17 protesters"), which the codebook tells apart
        from a military engagement; an assault stays one ("police beat the protesters", 182).
        Returns the code and why, or None. A blockade or an occupation (191, 192) is no
        violence: "police surrounded the opposition leader's house" restricts movement."""
        if code[:2] != "19" or code[:3] in self._nonviolent_force or target is None:
            return None
        if target.country is None:
            return None
        if target.country != source.country:
            return None
        if self._security.intersection(source.sectors) and self._dissent.intersection(
            target.sectors
        ):
            return "175", f"force by {source.code} on its own dissenters: repression"
        return None

    def _sides_of_a_dispute(self, noun: Token) -> bool:
        """ "urged all parties to refrain from violence", "both parties", "the warring parties",
        "the parties to the conflict": the sides of a dispute, not political parties (PTY)."""
        if noun.lemma_.lower() != "party":
            return False
        adjectives = self.words.get("dispute_modifiers", ())
        return any(
            (c.dep_ in ("det", "predet") and c.lower_ in ("all", "both"))
            or (c.dep_ == "amod" and c.lower_ in adjectives)
            or (c.dep_ == "prep" and c.lower_ == "to")
            or c.dep_ == "nummod"
            for c in noun.children
        )

    def _reacts_to_undergone(self, trigger: Token, obj: Token) -> bool:
        """Whether a reaction verb's object is an act someone underwent: "condemned the
        killing of Nasrallah", "welcomed the release of the hostages"."""
        return trigger.lemma_.lower() in self.words.get(
            "reaction_verbs", ()
        ) and obj.lemma_.lower() in self.words.get("undergone_nouns", ())

    def _doers(self, noun: Token, mentions: Mentions) -> list[ActorMention]:
        """Who did the act a noun of `undergone_nouns` names, as a reaction to it answers
        them: "condemned the killing of Nasrallah by Israel", "condemned Israel's killing of
        Nasrallah" (Israel); none for "condemned the arrest of Navalny", whom it befell."""
        doers = self._named_after(noun, ("by",), mentions, ("prep", "agent"))
        if doers or self._possessor_undergoes(noun):
            return doers
        return [m for p in _children(noun, ("poss",)) for m in self._with_conjuncts(p, mentions)]

    def _possessor_undergoes(self, noun: Token) -> bool:
        """Whether the possessor of an event noun is whom the act was done to: "Navalny's
        arrest", "Khan's release"; not when the noun names them after "of" ("Russia's arrest
        of a US reporter", "Iran's release of two Britons": the possessor did it)."""
        if noun.lemma_.lower() not in self.words.get("undergone_nouns", ()):
            return False
        return not any(p.lower_ == "of" for p in _children(noun, ("prep",)))

    def _summed_up(self, trigger: Token, mentions: Mentions) -> list[ActorMention]:
        """Who did the act a phrase after a comma sums up, when a verb describing that phrase
        answers it: "Israel expanded settlements, a move condemned by the UN" condemns
        Israel; so does "..., a decision that Berlin criticised"."""
        noun = trigger.head
        if trigger.dep_ not in ("relcl", "acl") or noun.i == trigger.i:
            return []
        relative = [o for o in _children(trigger, ("dobj",)) if o.tag_ in ("WDT", "WP")]
        if relative and noun.dep_ == "dobj" and noun.head.lemma_.lower() in self._light:
            # "North Korea conducted its sixth nuclear test, which Japan condemned": the act
            # a light verb's object names is its subject's
            return self.subject_of(noun.head, mentions)
        if noun.lemma_.lower() not in self.words.get("summary_nouns", ()):
            return []
        start = noun.left_edge.i
        if start == 0 or noun.doc[start - 1].text not in (",", "—", "–", "-"):
            return []
        act = noun.head
        while act.pos_ not in ("VERB", "AUX") and act.head.i != act.i:
            act = act.head  # "expanded settlements in the West Bank, a move": the verb
        if act.i == noun.i or act.pos_ not in ("VERB", "AUX"):
            return []
        if noun.lemma_.lower() in self.words.get("accusation_nouns", ()):
            # "Hamas said an Israeli strike hit a hospital, a claim Israel denied": a claim
            # sums up the saying, whose speaker made it, not the act it reports
            speaker = self._reporting_governor(act)
            if speaker is not None:
                act = speaker
            elif act.lemma_.lower() not in self._accusing:
                # "Kyiv accused Moscow of blowing up the dam, a charge the Kremlin rejected":
                # the charge sums up the accusing, whose subject made it, not the act it is of
                act = next((a for a in act.ancestors if a.lemma_.lower() in self._accusing), act)
        return self.subject_of(act, mentions)

    def _reporting_governor(self, verb: Token) -> Token | None:
        """The reporting verb whose that-clause `verb` heads ("Hamas said [a strike hit]")."""
        verb = _first_conjunct(verb)
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.words.get(
            "reporting_verbs", ()
        ):
            return verb.head
        return None

    def _disputed_claim(self, reporting: Token) -> Token | None:
        """The verb by which others dispute what a reporting verb reports, told after a comma
        as a claim: "Hamas said an Israeli strike hit a hospital, a claim Israel denied"
        (`accusation_nouns`, `disputing_verbs`): what was said is only alleged."""
        nouns = self.words.get("accusation_nouns", ())
        disputing = self.words.get("disputing_verbs", ())
        for noun in reporting.subtree:
            # (the parser may hang the claim on the reporting verb as its object)
            if noun.lemma_.lower() not in nouns or noun.dep_ not in ("appos", "npadvmod", "dobj"):
                continue
            start = noun.left_edge.i
            if start == 0 or noun.doc[start - 1].text not in (",", "—", "–", "-"):
                continue
            for dep, verb in _kids(noun):
                if dep in ("relcl", "acl") and verb.lemma_.lower() in disputing:
                    return None if _negated(verb) else verb  # ("did not dispute": admitted)
        return None

    @staticmethod
    def _through(pattern: Pattern) -> frozenset[str]:
        """The prepositions after which a pattern finds what its verb acts on: its own ("advised
        against travel"), and those through which an object constraint reads ("called for
        sanctions"; see Frame.of)."""
        if pattern.pos == "noun":
            # a noun's own preposition governs what it falls on, which may name the other
            # side: "Beijing's ban on exports of rare earths to the United States"
            return pattern.preps
        return pattern.preps | (frozenset({"for", "of"}) if pattern.objects else frozenset())

    @staticmethod
    def _prep_objects(trigger: Token, through: frozenset[str]) -> list[Token]:
        """What a trigger's own prepositions govern, as hosts of further prepositions: the
        travel in "advised against travel to Mali", the sanctions in "called for sanctions
        against Nigeria", the exports in "a ban on exports to the US" (the trigger's pattern
        names the preposition)."""
        if not through:
            return []
        preps = _children(trigger, ("prep",)) + _out_preps(trigger)  # "pulled out of talks"
        return [
            pobj
            for prep in preps
            if prep.lower_ in through
            for pobj in _children(prep, ("pobj", "pcomp"))
        ]

    def _place_target(
        self,
        trigger: Token,
        sources: list[ActorMention],
        mentions: Mentions,
        modifiers: Modifiers,
        violent: bool = False,
    ) -> list[ActorMention]:
        """The country where an act with no other target took place, when it is not the
        source's own: "activists protested in Beijing" is directed at China."""
        places = self.words.get("place_prepositions", ())
        hosts = [trigger, *_children(trigger, ("dobj",))]
        if trigger.pos_ in NOUN_POS and trigger.dep_ == "dobj":
            hosts.append(trigger.head)  # "staged a protest in Beijing"
        if violent:
            # force is located where it strikes, wherever the phrase hangs in its clause:
            # "were wounded by Russian shelling in Kharkiv"
            head = self._clause_head(trigger)
            reporting = self.words.get("reporting_verbs", frozenset())
            clause = _own_clause(head, reporting)
            # "attacked ships since the war in Gaza began": a clause with its own subject and
            # a conjunction tells another act, whose place is not this one's
            other_acts = [
                (c.left_edge.i, c.right_edge.i)
                for d, c in _kids(head)
                if d == "advcl"
                and c.i != trigger.i
                and any(d2 == "mark" for d2, _ in _kids(c))
                and any(d2 in SUBJECTS for d2, _ in _kids(c))
            ]
            hosts += [
                t
                for t in clause
                if t.dep_ == "prep"
                and not _inside_said_clause(t, head, trigger, reporting)
                and not any(start <= t.i <= end for start, end in other_acts)
            ]
            hosts = [h.head if h.dep_ == "prep" else h for h in hosts]
        own = {m.actor.country for m in sources}
        if violent and trigger.pos_ in VERB_POS:
            # "Russian forces shelled Kharkiv": a town struck stands for its country, as a
            # town struck in ("shelling in Kharkiv") or near does
            for obj in _children(trigger, ("dobj",)):
                if obj.i in mentions:
                    continue
                for mention in self._city_country(obj, []):
                    if mention.actor.country not in own:
                        return [mention]
        for host in dict.fromkeys(hosts):
            for prep in _children(host, ("prep",)):
                # force strikes the place its object belongs to: "struck the port of Odesa",
                # "shelled the outskirts of Kharkiv"
                struck = violent and prep.lower_ == "of" and host.dep_ == "dobj"
                # and where it is aimed: "a missile attack on Odesa", "rockets into Sderot"
                struck = struck or (violent and prep.lower_ in self._struck_at)
                if prep.lower_ not in places and not struck:
                    continue
                # "outside of the Iraqi city of Basra"
                objects = _children(prep, ("pobj",)) or [
                    pobj for of in _children(prep, ("prep",)) for pobj in _children(of, ("pobj",))
                ]
                for pobj in objects:
                    # "in Montenegro province", "at a jail in northern Israel", "near the town
                    # of Samarra"
                    named = [pobj, *_children(pobj, ("compound",))]
                    named += [
                        inner
                        for nested in _children(pobj, ("prep",))
                        if nested.lower_ in places
                        or (nested.lower_ == "of" and not self._feature_of(pobj, nested))
                        for inner in _children(nested, ("pobj",))
                    ]
                    found = [m for token in named for m in mentions.get(token.i, ())]
                    found += [modifiers[pobj.i]] if pobj.i in modifiers else []
                    for token in named:
                        found += self._city_country(token, found)
                    for mention in found:
                        place = self._country_place(mention)
                        if place is not None and place.actor.country not in own:
                            return [place]
        return []

    def _country_place(self, mention: ActorMention) -> ActorMention | None:
        """A mention of a country, its capital or its people as a place: the country itself,
        not its government ("protested in Beijing" is directed at China)."""
        kind = mention.entries[0].kind if mention.entries else None
        country = self.kb.countries.get(mention.actor.country or "")
        if kind not in ("country", "capital", "demonym") or country is None:
            return None
        actor = self._country_actor(country, text=mention.actor.text)
        return replace(mention, actor=actor, entries=()) if actor is not None else None

    def _joined_place(
        self,
        trig: Trigger,
        sources: list[ActorMention],
        mentions: Mentions,
        modifiers: Modifiers,
        earlier: Sequence[Event],
        index: int,
    ) -> list[ActorMention]:
        """Where a deed with no place of its own is done: where the verb it is joined to by
        "and", sharing its subject, went ("crossed into southern Israel and fired rockets",
        "entered a hospital in Gaza and detained dozens"), or, for force told as an outcome
        after a comma, where its verb struck ("slammed into central Kyiv, killing eight").
        Aid goes where aid went before it ("sent aid to Gaza and delivered"), never where
        force did ("struck Gaza and evacuated its border towns"); the first verb's direct
        object is a place only for a verb that reaches it (`contact_verbs`) or of force
        ("thanked the United States and imposed sanctions" imposes none on it)."""
        verb = _verb_of_noun(trig.token)  # ("and delivered emergency aid")
        code = trig.pattern.code
        outcome = verb.dep_ == "advcl" and verb.tag_ == "VBG"
        if (
            verb.pos_ not in VERB_POS
            or not (verb.dep_ == "conj" or (outcome and self._is_force(code)))
            or _own_subject(verb)
            or _names_its_object(verb, mentions)  # ("invaded Ukraine and jailed its critics")
        ):
            return []
        first = _joined_events(earlier, index, verb.head)
        cooperation = self.words.get("cooperation_roots", ())
        if code[:2] in cooperation and any(e.cameo_root not in cooperation for e in first):
            return []
        went = verb.head.lemma_.lower() in self.words.get("contact_verbs", ()) or any(
            self._is_force(e.cameo) for e in first
        )
        own = {m.actor.country for m in sources}
        return self._went_into(verb.head, own, mentions, modifiers, with_object=went)

    def _went_into(
        self,
        verb: Token,
        own: set[str | None],
        mentions: Mentions,
        modifiers: Modifiers,
        with_object: bool = True,
    ) -> list[ActorMention]:
        """The country a verb's object (`with_object`) or its "into", "to", "in" or "inside"
        names, when not the source's own: "infiltrated northern Iraq", "crossed into southern
        Israel", "blocked a Philippine supply mission"."""
        places = self.words.get("place_prepositions", ())
        for dep, child in _kids(verb):
            if dep == "dobj" and with_object:
                objects = [child]
            elif dep == "prep" and child.lower_ in ("into", "to", "in", "inside"):
                objects = _children(child, ("pobj",))
            else:
                continue
            for obj in objects:
                # ("Gaza's Al Shifa hospital", "a refugee camp in Jenin")
                named = [obj, *_children(obj, ("compound", "poss"))]
                named += [
                    pobj
                    for prep in _children(obj, ("prep",))
                    if prep.lower_ in places
                    for pobj in _children(prep, ("pobj",))
                ]
                for token in named:
                    found = mentions.get(token.i) or (
                        [modifiers[token.i]] if token.i in modifiers else []
                    )
                    if not found:
                        found = self._city_country(token, [])
                    for mention in found:
                        place = self._country_place(mention)
                        if place is not None:
                            # (the source's own land: done at home, where it names no one)
                            return [] if place.actor.country in own else [place]
        return []

    def _feature_of(self, head: Token, of: Token) -> bool:
        """Whether "head of X" is a sea, gulf or strait the knowledge base names after a
        country (features.csv): a tanker seized "in the Gulf of Oman" is in no one's waters
        by that name, so Oman is not where the act happened."""
        words = [*_children(head, ("compound",)), head, of]
        for pobj in _children(of, ("pobj",)):
            phrase = " ".join(t.text for t in (*words, *_children(pobj, ("compound",)), pobj))
            if any(e.kind == "feature" for e in self.kb.lookup(phrase)):
                return True
        return False

    def _home_place(self, token: Token, mention: ActorMention, sources: list[ActorMention]) -> bool:
        """Whether a mention inside an act's object is only where it happens, in the source's
        own country: "King Abdullah cancelled a summit in Amman" is no act toward Jordan (but
        "visited a school in Gaza" is toward the Palestinians)."""
        if mention.actor.sectors or not mention.actor.country:
            return False
        if token.dep_ != "pobj" or token.head.lower_ not in self.words.get(
            "place_prepositions", ()
        ):
            return False
        return any(m.actor.country == mention.actor.country for m in sources)

    def _own_land(self, token: Token, mention: ActorMention, sources: list[ActorMention]) -> bool:
        """Whether a mention is the source's own land, which it acts for, not on: "threatened
        to use nuclear weapons to defend Russian territory" aims at no one in Russia."""
        if token.lemma_.lower() not in self.words.get("land_nouns", ()):
            return False
        return not mention.actor.sectors and any(
            m.actor.country == mention.actor.country for m in sources
        )

    def _city_country(self, pobj: Token, found: list[ActorMention]) -> list[ActorMention]:
        """The country of a city named as an act's place ("were wounded in Kharkiv"), from
        the gazetteer, when no actor stands there."""
        if found or pobj.pos_ != "PROPN" or pobj.lower_ in CALENDAR_NAMES:
            return []  # ("in March" is a month, not the English town)
        name = " ".join(t.text for t in (*_children(pobj, ("compound",)), pobj))
        place = load_gazetteer().resolve(name, own_names=True)
        country = self.kb.countries.get(place.country or "") if place is not None else None
        if country is None:
            return []
        actor = self._country_actor(country, text=name)
        if actor is None:
            return []
        why = f"{name!r} is a place in {country.name}"
        return [ActorMention(pobj.i, pobj.i + 1, pobj.i, actor, why, "place", True, (country,))]

    def _side(self, actor: Actor) -> tuple[str, str]:
        return actor_side(actor, self.words.get("state_sectors", ()))

    def _peacekeepers(self, trigger: Token, sources: list[ActorMention]) -> bool:
        """Whether the doers are peacekeepers: their phrase says so."""
        words = self.words.get("peacekeeping_words", ())
        doc = trigger.doc
        if not self._in_text(doc, words):
            return False  # (most documents have none of the words: no tokens to read)
        return any(t.lower_ in words for m in sources for t in doc[m.start : m.end]) or any(
            t.lower_ in words for s in _children(trigger, SUBJECTS) for t in s.subtree
        )

    def _flown_by_aircraft(self, trigger: Token, code: str) -> bool:
        """Whether an attack (`aircraft_attack_codes`) is made by aircraft its subject names:
        "Houthi drones attacked Saudi oil facilities", "Israeli helicopters fired missiles" are
        air attacks (195), as "Houthi fighters attacked" is not."""
        if code not in self.words.get("aircraft_attack_codes", ()):
            return False
        aircraft = self.words.get("aircraft_nouns", ())
        unflown = self.words.get("unflown_craft_modifiers", ())  # "sea drones"
        return any(
            s.lemma_.lower() in aircraft
            and not any(m.lemma_.lower() in unflown for m in _children(s, ("amod", "compound")))
            for s in _children(trigger, ("nsubj",))
        )

    def _by_suicide_bomber(self, trigger: Token, code: str) -> bool:
        """Whether an attack of no stated kind (`suicide_residual_codes`) is made by a
        suicide bomber its subject names: "a suicide bomber detonated explosives", "killed
        12 people" is a suicide bombing (1831)."""
        if code not in self.words.get("suicide_residual_codes", ()):
            return False
        return any(
            m.lower_ == "suicide"
            for s in _children(trigger, ("nsubj",))
            if s.lemma_.lower() in ("bomber", "attacker")  # (not "the suicide prevention charity")
            for m in _children(s, ("amod", "compound"))
        )

    def _kind_of_aid(self, trigger: Token, code: str) -> tuple[str, str] | None:
        """The digit and word of the kind of aid an aid code's object names ("military aid",
        "humanitarian assistance", "food aid"), or None: the patterns' objects name the aid
        ("aid", "assistance"), the object's modifier its kind."""
        if code not in self.words.get("aid_codes", ()):
            return None
        aid_nouns = self.words.get("aid_nouns", ())
        objects = list(_children(trigger, OBJECT_DEPS))
        objects += [  # "asked the UN for humanitarian aid"; "pledged $500 million in aid"
            o
            for p in _children(trigger, ("prep",))
            if p.lower_ in ("for", "in")
            for o in _children(p, ("pobj",))
        ]
        objects += [  # "pledged 2 billion dollars of humanitarian aid"
            o
            for sum_ in objects
            for p in _children(sum_, ("prep",))
            if p.lower_ in ("in", "of")
            for o in _children(p, ("pobj",))
        ]
        for noun in objects:
            if noun.lemma_.lower() not in aid_nouns:
                continue
            for modifier in _children(noun, ("amod", "compound")):
                digit = self._aid_kind.get(modifier.lemma_.lower())
                if digit is not None:
                    return digit, modifier.lemma_.lower()
        return None

    def _threat_told(self, doc: Doc) -> bool:
        """Whether the document's text has an ultimatum's "or" and consequence ("or face"),
        looked for once per document, not for each of its verbs."""
        seen, told = self._threat_text
        if seen is not doc:
            told = self._in_text(doc, self._threat_phrases)
            self._threat_text = (doc, told)
        return told

    def _in_text(self, doc: Doc, words: Iterable[str]) -> bool:
        """Whether any of `words` occurs in the document's text, ignoring case: a word whose
        ``lower_`` is one of them does only if so."""
        seen, lowered = self._lower_text
        if seen is not doc:
            lowered = doc_text(doc).lower()
            self._lower_text = (doc, lowered)
        return any(word in lowered for word in words)

    def _joint_act(
        self,
        trig: Trigger,
        sources: list[ActorMention],
        mentions: Mentions,
        modifiers: Modifiers,
    ) -> tuple[Pattern, list[ActorMention]] | None:
        """The joint act a noun names when the forces of more than one country do it together:
        "French and Egyptian warships launched war games", "the US held drills with South
        Korea" are joint manoeuvres, military cooperation between them (062) as CAMEO codes
        them, though the text says no "joint"; a drill of one side is a show of force (150).
        The joint act is the noun's pattern that asks for a joint modifier; returns it with
        the partners named after "with" (none when the doers are the partners)."""
        token = trig.token
        joint_words = self.words.get("joint_modifiers", ())
        if trig.pattern.pos == "noun" and trig.pattern.symmetric:
            alone = self._one_sided_joint(trig, sources, mentions, modifiers, joint_words)
            return (alone, []) if alone is not None else None
        if trig.pattern.pos != "noun":
            return None
        joint = next(
            (
                p
                for p in self.patterns.by_noun.get(token.lemma_.lower(), ())
                if p.symmetric and p.modifiers and p.modifiers <= joint_words
            ),
            None,
        )
        if joint is None:
            return None
        partners = self._slot(token, "prep:with", mentions, modifiers)
        sides = {m.actor.country or m.actor.code for m in (*sources, *partners)}
        if len(sides) < 2:
            return None
        pattern = replace(joint, rule=f"{trig.pattern.rule}+joint")
        return pattern, [m for m in partners if m not in sources]

    def _one_sided_joint(
        self,
        trig: Trigger,
        sources: list[ActorMention],
        mentions: Mentions,
        modifiers: Modifiers,
        joint_words: AbstractSet[str],
    ) -> Pattern | None:
        """The one-sided act a "joint" noun names when one country's services do it toward
        another side: "China launched joint army and navy drills around Taiwan" is a show of
        force at Taiwan (150), not military cooperation (062) with no partner. Only when no
        partner is named (by "with" or as a doer) and the one-sided pattern of the noun finds
        its target in its own slots ("in" only places the act: "joint drills in South Korea"
        are held with Seoul). Returns that pattern, or None."""
        pattern = trig.pattern
        if not pattern.modifiers or not pattern.modifiers <= joint_words:
            return None
        partners = self._slot(trig.token, "prep:with", mentions, modifiers)
        sides = {m.actor.country or m.actor.code for m in (*sources, *partners)}
        if len(sides) != 1:
            return None
        alone = next(
            (
                p
                for p in self.patterns.by_noun.get(trig.token.lemma_.lower(), ())
                if not (p.symmetric or p.modifiers or p.objects or p.preps or p.particles)
            ),
            None,
        )
        if alone is None or not any(
            (m.actor.country or m.actor.code) not in sides
            for slot in alone.target
            if slot != "prep:in"
            for m in self._slot(trig.token, slot, mentions, modifiers)
        ):
            return None
        return replace(alone, rule=f"{alone.rule}+one-sided")

    def _light_host(self, noun: Token) -> Token | None:
        """The verb whose object or light phrase an event noun is: "opened an investigation
        into", "went on strike over", where the parser often hangs the noun's preposition
        on that verb."""
        light = self._light
        if noun.dep_ == "dobj" and self._verb_lemma(noun.head) in light:  # ("staged": "stag")
            return noun.head
        return self._light_phrase(noun)

    def _light_phrase(self, noun: Token) -> Token | None:
        """The verb of a light phrase an event noun is the object of: "went on hunger
        strike", "engaged (rebels) in a firefight"."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep":
            return None
        verb = prep.head
        phrase = f"{self._verb_lemma(verb)} {prep.lower_}"
        return verb if phrase in self.words.get("light_phrases", ()) else None

    def _engaged(self, verb: Token, mentions: Mentions, modifiers: Modifiers) -> list[ActorMention]:
        """The doers of a light phrase told as a state of its subject: "Sudanese militias were
        engaged in ethnic cleansing" (a passive with no agent: the subject does the act)."""
        if _children(verb, ("agent",)):
            return []
        for subject in _children(verb, PASSIVE_SUBJECTS):
            return self._with_conjuncts(subject, mentions) or self._owner(
                subject, mentions, modifiers
            )
        return []

    def _home_country(self, sources: list[ActorMention]) -> Entry | None:
        """The one country all the sources belong to, if there is one."""
        countries = {m.actor.country for m in sources}
        if len(countries) != 1 or None in countries:
            return None
        return self.kb.countries.get(next(iter(countries)))

    def _domestic_target(
        self, trigger: Token, sources: list[ActorMention], force: bool = False
    ) -> list[ActorMention]:
        """People the text names only by their role, acted upon by an actor of a country:
        "Egyptian police arrested 12 demonstrators" is EGYCOP against EGYOPP. With no other
        country in view, they are taken to be of the source's own country, as coders do. Not
        soldiers a state uses force on (`force`): "Israel killed several senior commanders"
        are an enemy's, not Israel's own; nor anyone but protesters force is used on while
        another country is in view (`_foreign_in_view`)."""
        country = self._home_country(sources)
        if country is None:
            return []
        objects = _children(trigger, ("dobj", "nsubjpass"))
        noun = trigger.pos_ in NOUN_POS
        # "a crackdown on demonstrators", "the arrest of rebels"; a verb's "fired on
        # protesters" only for dissenters ("fired at youths" may be at anyone's)
        acted_on = ("on", "of", "against") if noun else ("on", "at", "against")
        after_verb = [
            pobj
            for prep in _children(trigger, ("prep",))
            if prep.lower_ in acted_on
            for pobj in _children(prep, ("pobj",))
        ]
        # "killed dozens of students", "detained hundreds of protesters": the people counted
        # are the ones acted upon, not the count
        objects = [_counted(obj) for obj in objects]
        after_verb = [_counted(obj) for obj in after_verb]
        objects += after_verb
        for obj in objects:
            if (
                obj.lower_ in POSTED
                or obj.lemma_.lower() in self.words.get("held_people", ())
                or called_foreign(obj)
                or obj.lemma_.lower() in self.words.get("weapon_nouns", ())
            ):
                # "Russia expelled ten diplomats", "Hamas freed 24 hostages", "detained two
                # foreign journalists": another country's people, not the source's own; "sent
                # a fighter jet": a weapon is a thing, whoever flies it
                continue
            if self._sides_of_a_dispute(obj):
                continue
            roles = self._roles(obj)
            roles = roles or [e for e in self.kb.lookup(obj.lemma_) if e.kind == "role"]
            if not roles or not roles[0].sector:
                continue
            if force and roles[0].sector.lower() in self.words.get("force_foe_sectors", ()):
                continue
            if not noun and obj in after_verb and roles[0].sector not in self._dissent:
                continue
            if (
                force
                and roles[0].sector not in self._dissent
                and self._foreign_in_view(trigger, country.country or "")
            ):
                # "Pakistan's army said India's strikes killed 26 civilians": whose civilians the
                # sentence does not say, and India's own are the least likely (protesters are
                # their own state's, whoever else is named)
                continue
            text = " ".join(t.text for t in obj.subtree if t.dep_ != "punct")[:80]
            resolution = resolve_actor(text, (country, roles[0]), None, self.kb)
            if resolution is not None:
                why = f"{obj.text!r} are named by role only: taken to be of {country.name}"
                return [ActorMention(obj.i, obj.i + 1, obj.i, resolution.actor, why, "role")]
        return []

    @staticmethod
    def _foreign_in_view(trigger: Token, home: str) -> bool:
        """Whether the trigger's sentence names an actor of a country other than `home`."""
        sent = trigger.sent
        return any(
            m.actor.country and m.actor.country != home
            for m in trigger.doc._.actors or ()
            if sent.start <= m.start < sent.end
        )

    def _roles(self, noun: Token) -> list[Entry]:
        """The roles with a sector a noun names, read with its modifiers first: "the
        opposition leader" (OPP) before "leader" (GOV)."""
        for phrase in _role_phrases(noun):
            roles = [e for e in self.kb.lookup(phrase) if e.kind == "role" and e.sector]
            if roles:
                return roles
        return []

    def _home_target(self, sources: list[ActorMention]) -> list[ActorMention]:
        """What a domestic act is directed at when the text names nothing: "students staged
        demonstrations" at their government, a state's "curfew" or "arrests" at its country."""
        country = self._home_country(sources)
        if country is None:
            return []
        state = self.words.get("state_sectors", ())
        by_state = all(m.actor.sectors and m.actor.sectors[0].lower() in state for m in sources)
        actor = self._country_actor(country, government=not by_state)
        if actor is None:
            return []
        source = sources[0]
        why = f"no target named: a domestic act of {country.name} is directed at {country.name}"
        return [ActorMention(source.head, source.head + 1, source.head, actor, why, "home")]

    def sources(
        self, trig: Trigger, mentions: Mentions, modifiers: Modifiers
    ) -> tuple[list[ActorMention], list[ActorMention]]:
        """(sources, targets implied by the construction) of a trigger."""
        token = trig.token
        if trig.issuer is not None:
            # "gave the junta a week to ... or face military action": who gives the ultimatum
            # threatens whom it is given to
            addressee = self._slot(trig.issuer, "dobj", mentions, modifiers) or self._slot(
                trig.issuer, "dative", mentions, modifiers
            )
            return self.subject_of(trig.issuer, mentions, modifiers), addressee
        if trig.giver is not None:
            # "received weapons from the government": the giver acts on the receiver
            return self._with_conjuncts(trig.giver, mentions), self.subject_of(token, mentions)
        if trig.pattern.pos == "verb":
            if token.dep_ == "amod" and self._mediates(token):
                # "a Qatari-brokered truce": the actor joined to the participle brokered it;
                # a deal whose sides go unnamed ("as part of a UN-brokered deal") is only
                # described, no mediation told
                if not self._mediated_parties(token, mentions, modifiers):
                    return [], []
                return self._joined_to(token, mentions, modifiers), []
            passive = _children(token, PASSIVE_SUBJECTS)
            agent = _children(token, ("agent",))
            if passive and (
                token.lemma_.lower() in self.words.get("stative_participles", ()) and not agent
            ):
                # "Israel is opposed to French mediation": a state of the subject, not a passive
                return self._with_conjuncts(passive[0], mentions), []
            if passive:
                undergone = passive[0]
                if undergone.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                    # "Navalny, who had been jailed by Moscow": the noun the clause describes
                    undergone = token.head
                # "a camp for Congolese refugees was attacked": whom the thing belongs to
                undergoers = self._with_conjuncts(undergone, mentions) or self._owner(
                    undergone, mentions, modifiers, preps=("of", "for", "against")
                )
                agents = (
                    self._agent(token, mentions)
                    or self._instrument_owner(token, mentions, modifiers)
                    or self._state_of_place(trig, mentions, modifiers)
                )
                return agents, undergoers
            if agent:
                # "victims killed by the crash": the agent acts, not a subject from above; but
                # "shortened by one hour the curfew" has no agent, only a measure
                agents = self._agent(token, mentions)
                if agents or not _children(token, SUBJECTS):
                    return agents, self._described(token, mentions, modifiers)
            return self.subject_of(token, mentions, modifiers), []
        if trig.pattern.symmetric:
            # "talks between Russia and Ukraine", "clashes between the army and the RSF":
            # the sides named after "between" are the act's, each toward the other
            sides = self._named_after(token, ("between", "among"), mentions)
            if not sides and token.dep_ in SUBJECTS:
                # "fighting erupted in Khartoum between the army and the RSF"
                sides = self._named_after(token.head, ("between", "among"), mentions)
            if len({m.actor.code for m in sides}) > 1:
                return sides, []
        for poss in _children(token, ("poss",)):
            if poss.i in mentions:
                if self._possessor_undergoes(token):
                    # "Navalny's arrest", "Soleimani's killing": whom it was done to; the doer
                    # is named by "by", if at all
                    doers = self._named_after(token, ("by",), mentions, ("prep", "agent"))
                    return doers, self._with_conjuncts(poss, mentions)
                return self._with_conjuncts(poss, mentions), []
        if (
            token.i in modifiers
            and not trig.pattern.symmetric
            and not self._brokered_by(token, modifiers[token.i])
        ):
            # "US sanctions", "an Israeli airstrike"; but a "BRICS summit" is among members
            return [modifiers[token.i]], []
        if token.dep_ == "dobj" and token.head.lemma_.lower() in self._ordering:
            # "the government ordered patrols by police": who orders an act takes it, whoever
            # carries it out
            orderers = self.subject_of(token.head, mentions, modifiers)
            if orderers:
                return orderers, []
        for dep, child in _kids(token):
            if dep == "prep" and child.lower_ == "by":
                for pobj in _children(child, ("pobj",)):
                    if pobj.i in mentions:
                        return self._with_conjuncts(pobj, mentions), []
                    if pobj.i in modifiers:  # "an attempt by Russian agents"
                        return [modifiers[pobj.i]], []
            if dep == "prep" and child.lower_ == "of":
                # "the assassination of a Hamas commander by Israel": the parser hangs the
                # doer's "by" on the noun's "of" object, who underwent the act
                doers = [
                    m
                    for pobj in _children(child, ("pobj",))
                    for m in self._named_after(pobj, ("by",), mentions)
                ]
                if doers:
                    return doers, []
            if dep == "acl" and not self._mediates(child):
                # "the boycott being organised by the US"; but "a truce brokered by Qatar"
                # is not Qatar's truce: the broker mediates (045), the sides agree
                agents = self._agent(child, mentions)
                if agents:
                    return agents, []
        elicited = self._elicited(token, mentions)
        if elicited is not None:
            return elicited
        token, governor = _object_and_verb(token)
        verb = self._light_phrase(token)
        if verb is not None:
            # "went on hunger strike", "engaged in ethnic cleansing"
            return self.subject_of(verb, mentions, modifiers) or self._engaged(
                verb, mentions, modifiers
            ), []
        if token.dep_ in ("dobj", "attr") and governor.pos_ in ("VERB", "AUX"):
            lemma = self._verb_lemma(governor)
            if lemma in self.words.get("undergo_verbs", ()):
                return [], self.subject_of(governor, mentions, modifiers)
            if lemma in self._light:
                return self.subject_of(governor, mentions, modifiers), []
        noun = trig.token
        if (
            trig.pattern.symmetric
            and trig.pattern.code[:2] == MEETING_ROOT
            and noun.dep_ == "pobj"
            and noun.head.lower_ in SEQUENCE_PREPOSITIONS
            and any(p.lower_ == "with" for p in _children(noun, ("prep",)))
        ):
            # "Erdogan criticised Israel after talks with Putin": a meeting "with" someone
            # that the clause's act came after or before was held by the clause's subject,
            # when a state or its government (not fighting: "retook a village after fighting
            # with guerrillas" is one act; nor an agreement: "welcomed the release after an
            # agreement with Hamas" was not the welcomer's; nor "protesters rallied during
            # talks with the EU", "Russian forces shelled Kharkiv after talks with Ukraine")
            return [
                m
                for m in self.subject_of(noun.head.head, mentions, modifiers)
                if m.actor.sectors[:1] in ((), ("GOV",))
            ], []
        return [], []

    def _turned_down(self, noun: Token) -> bool:
        """Whether a noun is the object of a refusal or a denial ("rejected a US offer")."""
        return noun.dep_ == "dobj" and noun.head.lemma_.lower() in self._turning_down

    def _described(
        self, token: Token, mentions: Mentions, modifiers: Modifiers
    ) -> list[ActorMention]:
        """Who undergoes a participle's act when the participle describes them: "two Libyans
        accused by the US of bombing the plane", "two of its nationals suspected by the West".
        """
        if token.dep_ != "acl" or token.tag_ != "VBN":
            return []
        noun = token.head
        return self._with_conjuncts(noun, mentions) or self._owner(
            noun, mentions, modifiers, preps=("of",)
        )

    def _mediates(self, word: Token) -> bool:
        """Whether a participle describing a noun says who brokered it: "a truce brokered by
        Qatar", "a Qatari-brokered truce" (`mediation_words`)."""
        return word.dep_ in ("acl", "amod") and word.lemma_.lower() in self.words.get(
            "mediation_words", ()
        )

    def _brokered_by(self, noun: Token, modifier: ActorMention) -> bool:
        """Whether an actor modifying a noun only brokered it: "a US-brokered deal" is no
        deal of the United States."""
        return any(
            self._mediates(c) and modifier.start <= c.i < modifier.end for _, c in _kids(noun)
        )

    def _joined_to(
        self, participle: Token, mentions: Mentions, modifiers: Modifiers
    ) -> list[ActorMention]:
        """The actor hyphenated to a participle ("Qatari-brokered", "US-mediated"), which the
        actor stage may have read into the phrase of the noun the participle describes."""
        for dep, child in _kids(participle):
            if dep not in ("npadvmod", "compound", "nmod", "advmod"):
                continue
            found = self._with_conjuncts(child, mentions)
            found = found or [m for m in modifiers.values() if m.start <= child.i < m.end]
            if found:
                return found
        return []

    def _mediated_parties(
        self, trigger: Token, mentions: Mentions, modifiers: Modifiers
    ) -> list[ActorMention]:
        """The sides a mediator brought together, when its own words name none: the sides of
        the agreement or talks it brokered ("Israel and Hamas agreed to a truce brokered by
        Qatar", "accepted the deal mediated by Egypt"), or of the act done under its
        mediation ("agreed to a truce under Egypt's mediation")."""
        if trigger.lemma_.lower() not in self.words.get("mediation_words", ()):
            return []
        circumstance = self.words.get("circumstance_prepositions", ())
        if (
            trigger.pos_ in NOUN_POS
            and trigger.dep_ == "pobj"
            and trigger.head.lower_ in circumstance
        ):
            # "agreed ... under Egypt's mediation" (not "agreed to US mediation")
            mediated = trigger.head.head
        elif self._mediates(trigger):
            mediated = trigger.head  # "a truce brokered by Qatar"
        else:
            return []
        sides = self._named_after(mediated, ("between", "among"), mentions)
        if sides:
            return sides
        verb = mediated
        if mediated.pos_ in NOUN_POS:
            # who reached, signed, accepted or agreed to it, and with whom; or who acted "in"
            # or "under" it ("agreed to restore ties in a deal brokered by China")
            verb = self._light_phrase(mediated) or (
                mediated.head if mediated.dep_ == "dobj" else None
            )
            if verb is None and mediated.dep_ == "pobj":
                prep, host = mediated.head, mediated.head.head
                if prep.lower_ == "of" and host.dep_ == "dobj":
                    verb = host.head  # "held a fourth round of talks mediated by Oman"
                elif prep.lower_ in ("in", "under", "through") and host.pos_ == "VERB":
                    verb = host  # "agreed to restore relations in a deal brokered by China"
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return []
        partners = self._named_after(verb, ("with",), mentions)
        partners = partners or self._named_after(mediated, ("with",), mentions)
        return self.subject_of(verb, mentions, modifiers) + partners

    def _event_anaphor(
        self, trig: Trigger, earlier: Sequence[Event], index: int
    ) -> tuple[list[ActorMention], list[ActorMention]]:
        """The participants of an event told before, for an event noun that names none but
        refers back to it: "Xi and Putin have met 36 times. The meetings included a video
        conference held in June" (the conference was theirs)."""
        token = trig.token
        # "the summit took place ..." only mentions the summit again: no new event; but what
        # "the meetings included" is a further event of the same participants
        referring = _children(token.head, SUBJECTS) if token.dep_ in ("dobj", "attr") else []
        definite = [
            t
            for t in referring
            if t.pos_ == "NOUN" and any(c.lower_ in ("the", "these", "those") for _, c in _kids(t))
        ]
        if not definite:
            return [], []
        roots = {trig.pattern.code[:2]}
        for noun in definite:
            roots |= self._noun_roots(noun)
        event = _told_act(earlier, index, roots, lambda e: e.target is not None)
        if event is None or event.target is None:
            return [], []
        why = f"{definite[0].text!r} refers back to {event.evidence.trigger!r}"
        return [_mention_of(event.source, token, why)], [_mention_of(event.target, token, why)]

    def _noun_roots(self, noun: Token) -> set[str]:
        """The roots of the acts an event noun may refer back to: those its own patterns code,
        an accusation (11) for "the accusation", an offer (03, 04) for "the offer"."""
        lemma = noun.lemma_.lower()
        roots = {p.code[:2] for p in self.patterns.by_noun.get(lemma, ())}
        if lemma in self.words.get("accusation_nouns", ()):
            roots |= self.words.get("accusation_roots", frozenset())
        if lemma in self.words.get("offer_nouns", ()):
            roots |= self.words.get("offer_roots", frozenset())
        if lemma in self.words.get("agreement_heads", ()):
            # "welcomed the deal" after "agreed to a truce" (030) or "signed an accord" (057)
            roots.update(code[:2] for code in self.words.get("agreement_codes", ()))
        if lemma in self.words.get("appeal_nouns", ()):
            roots.add(GENERIC_APPEAL[:2])  # "denounced the call": the appeal made
        return roots

    def _answered(
        self,
        trig: Trigger,
        sources: list[ActorMention],
        mentions: Mentions,
        modifiers: Modifiers,
        earlier: Sequence[Event],
        index: int,
    ) -> list[ActorMention]:
        """Who did the act a reaction answers, when the reaction's object is a definite event
        noun naming no actor of its own that refers back to an act told before (in this
        sentence or the two before): "China launched drills around Taiwan. Taiwan condemned
        the drills" condemns China; "Yerevan denied the accusation" answers the accuser,
        "Ukraine rejected the offer" the one who made it. Not an act of the reactor's side."""
        token = trig.token
        if token.lemma_.lower() not in self.words.get("reaction_verbs", ()):
            return []
        determiners = self.words.get("referring_determiners", ())
        sides = {self._side(m.actor) for m in sources}
        for noun in _children(token, ("dobj",)):
            if noun.pos_ != "NOUN" or not any(
                d == "det" and c.lower_ in determiners for d, c in _kids(noun)
            ):
                continue
            if any(t.i in mentions or t.i in modifiers for t in noun.subtree):
                continue  # "the attack on Israel" names its own actors
            roots = self._noun_roots(noun)
            if not roots:
                continue
            event = _told_act(
                earlier,
                index,
                roots,
                lambda e: e.modality != "denied" and self._side(e.source) not in sides,
                before=token.idx,
            )
            if event is not None:
                why = f"{noun.text!r} refers back to {event.evidence.trigger!r}"
                # "Israel and Hamas agreed to a truce, and Qatar welcomed the deal": the
                # deal is each side's, as the act was told once per side
                # (the events told at the same words are told together: read back to them)
                doers: dict[str, Actor] = {}
                for e in reversed(earlier):
                    if e.sentence_index < event.sentence_index:
                        break
                    if (
                        e.evidence.span == event.evidence.span
                        and e.cameo == event.cameo
                        and self._side(e.source) not in sides
                    ):
                        doers.setdefault(e.source.code, e.source)  # (the event itself too)
                return [_mention_of(doer, noun, why) for doer in doers.values()]
        return []

    def _partners(
        self, trigger: Token, mentions: Mentions, modifiers: Modifiers
    ) -> list[ActorMention]:
        """Those an act of force is done together with, not against (`partner_prepositions`,
        `partner_words`): "fought alongside Ethiopian forces", "together with Syrian forces",
        "side by side with Polish volunteers", "with the help of Syrian troops", "in
        cooperation with Congolese troops"."""
        preps = self.words.get("partner_prepositions", ())
        words = self.words.get("partner_words", ())
        doc = trigger.doc
        found: list[ActorMention] = []
        stack = [trigger]
        while stack:
            head = stack.pop()
            for dep, child in _kids(head):
                if dep not in ("prep", "pobj", "npadvmod", "advmod"):
                    continue
                stack.append(child)  # chains of prepositions: "side by side with"
                if dep != "prep" or child.lower_ not in (*preps, "with"):
                    continue
                together = (
                    child.lower_ in preps
                    or (child.i > 0 and doc[child.i - 1].lower_ in words)
                    or child.head.lemma_.lower() in words
                )
                for pobj in _children(child, ("pobj",)):
                    if together:
                        found += self._with_conjuncts(pobj, mentions) or self._owner(
                            pobj, mentions, modifiers
                        )
                    elif pobj.lemma_.lower() in words:  # "with the help of Syrian troops"
                        found += self._owner(pobj, mentions, modifiers)
        return found

    def _military_bombing(self, trig: Trigger, sources: list[ActorMention]) -> Pattern | None:
        """A bombing by a state or its forces is an air attack (195): the codebook keeps 183
        for non-military bombings, so "Russia's bombing of a maternity hospital in Mariupol"
        is 195, as "Russia bombed" is. Returns the pattern recoded, or None."""
        pattern = trig.pattern
        if pattern.code != NONMILITARY_BOMBING or trig.token.lemma_.lower() != "bombing":
            return None  # (not "blew up a building": a demolition, no air attack)
        if not all(
            _state_named(m.actor) and set(m.actor.sectors) <= self._security | {"GOV"}
            for m in sources
        ):
            return None
        return replace(pattern, code=AIR_ATTACK, rule=f"{pattern.rule}+state")

    def _official_protest(self, trig: Trigger, sources: list[ActorMention]) -> Pattern | None:
        """A state's protest is an official complaint (114): the codebook keeps root 14 for
        civilian demonstrations, so "China protested the US arms sale to Taiwan" or "Beijing
        protested against the visit" is no dissent (nor directed at China's own government,
        as a domestic protest would be). Only the words `official_protest_words` (a state
        does not "rally"), and only when every source speaks for a state (`state_sectors`).
        Returns the pattern recoded, or None."""
        pattern = trig.pattern
        if pattern.code[:2] != PROTEST_ROOT or trig.token.lemma_.lower() not in self.words.get(
            "official_protest_words", ()
        ):
            return None
        if not all(
            m.actor.country
            and not self._side(m.actor)[1]
            # "thousands of Iranians protested": a people, not its state
            and (m.actor.sectors or not any(e.kind == "demonym" for e in m.entries))
            for m in sources
        ):
            return None
        return replace(pattern, code=OFFICIAL_COMPLAINT, rule=f"{pattern.rule}+state")

    def _warned_threat(
        self, trig: Trigger, sources: list[ActorMention], mentions: Mentions
    ) -> tuple[Pattern, list[ActorMention]] | None:
        """A warning that the speaker's own side will, could or may act is a threat, not a
        pessimistic comment: "the military warned that it could take action" (130), "Russia
        warned that it would use force" (138, force: `warned_force`). Returns the threat's
        pattern and whom it is made against: the warned ("warned Hezbollah that ..."), or
        whom the act would be against; None when the warning is no such threat."""
        token = trig.token
        if token.lemma_.lower() not in self.words.get("warning_verbs", ()):
            return None
        if trig.pattern.code not in ("012", "130"):
            return None
        acts = self.words.get("warned_acts", ())
        modals = self.words.get("future_auxiliaries", frozenset()) | self.words.get(
            "hypothetical_modals", frozenset()
        )
        own = {self._side(m.actor) for m in sources}
        for clause in _children(token, ("ccomp",)):
            if not any(d == "aux" and c.lower_ in modals for d, c in _kids(clause)):
                continue
            subjects = [
                m for s in _children(clause, SUBJECTS) for m in self._with_conjuncts(s, mentions)
            ]
            if not subjects or {self._side(m.actor) for m in subjects} - own:
                continue  # "warned that Russia could attack Poland" is no threat of its own
            # ("could resume fighting": the act may be the verb's complement)
            objects = _children(clause, ("dobj", "xcomp"))
            said = {clause.lemma_.lower()} | {o.lemma_.lower() for o in objects}
            said |= {
                c.lemma_.lower()
                for w in (clause, *objects)
                for d, c in _kids(w)
                if d in ("amod", "compound", "advmod")
            }
            if not said & acts:
                continue
            code = "138" if said & self.words.get("warned_force", frozenset()) else "130"
            pattern = replace(
                trig.pattern,
                code=code,
                rule=f"{code}:warn+own act",
                target=(),
                requires_target=False,
                own_target=True,
            )
            warned = [
                m
                for t in _children(token, ("dobj", "dative"))
                for m in self._with_conjuncts(t, mentions)
            ]
            warned = warned or self._named_after(clause, ("against", "on"), mentions)
            warned = warned or [
                m for o in objects for m in self._named_after(o, ("against", "on"), mentions)
            ]
            # "warned that it would strike Israel's infrastructure": whom the act is aimed at
            warned = warned or [
                m
                for o in objects
                for m in self._with_conjuncts(o, mentions) or self._owner(o, mentions, {})
            ]
            return pattern, [m for m in warned if self._side(m.actor) not in own]
        return None

    def _blocked_text(self, token: Token) -> Token | None:
        """The verb that blocked what its object would do, when `token` describes that
        object: "vetoed a draft resolution demanding a ceasefire" (a vetoed text demands
        nothing; `blocking_verbs`), or that did not issue it ("failed to adopt a resolution
        demanding ...")."""
        if token.dep_ not in ("acl", "relcl") or token.head.dep_ != "dobj":
            return None
        verb = token.head.head
        if verb.lemma_.lower() in self.words.get("blocking_verbs", ()):
            return verb
        # "failed to adopt a resolution demanding ...", "did not adopt ...": not adopted
        adopting = verb.lemma_.lower() in self.words.get("issuing_verbs", ())
        if adopting and (_negated(verb) or self.is_denied_inside(verb)):
            return verb
        return None

    # ---- modality -------------------------------------------------------------------
    def modality(self, token: Token, sentence: Span) -> tuple[str, str]:
        """(asserted | intended | hypothetical | denied, why), read from the trigger's clause."""
        words = self.words
        if _negated(token):
            return "denied", f"{token.text!r} is negated"
        if _last_word(sentence) == "?":
            return "hypothetical", "the sentence is a question"
        if self._mediates(token) and token.tag_ == "VBN":
            # "agreed to a truce brokered by Qatar": who brokered the truce did, whatever the
            # sides are yet to do
            return "asserted", f"{token.text!r} tells how its noun came about"
        if self._presupposed(token):
            # "will attend to dent the diplomatic boycott being organised by the US": the
            # boycott is what the act is about, done already, not part of the plan
            return (
                "asserted",
                f"{token.text!r} names an act under way, which {token.head.text!r} is about",
            )
        allowed = self._permitted(token)
        if allowed is not None:
            return "hypothetical", f"only permitted or asked for ({allowed.text!r})"
        blocker = self._blocked_text(token)
        if blocker is not None:
            return "hypothetical", f"what a text blocked by {blocker.text!r} would have done"
        chain = [token, *self._governors(token)]
        for below, node in zip(chain, chain[1:], strict=False):
            if (
                below.dep_ == "acl"
                and node.lemma_.lower() in self._claims
                and any(c.dep_ in SUBJECTS for c in below.children)
                and (
                    self._denies(node.head)
                    or node.head.lemma_.lower() in self.words.get("disputing_verbs", ())
                )
            ):
                # "rejected claims that it was arming the Houthis": what a claim or a report
                # denied says is only alleged (not a refusal to arm; but "confirmed reports
                # that Israel struck Iran" tells the strike)
                return "hypothetical", f"what the {node.text!r} says"
        if (
            token.dep_ == "dobj"
            and token.pos_ in NOUN_POS
            and token.head.lemma_.lower() in words.get("alleging_verbs", ())
        ):
            # "Azerbaijan claimed an Armenian attack": another side's act claimed is alleged
            # (one's own is responsibility claimed, 015, which holds the noun)
            return "hypothetical", f"alleged ({token.head.text!r})"
        condition: Token | None = None
        # "denied that Russia attacked", "demanded that Russia withdraw": the reported clause
        # is what the governor denies or asks for
        clause = self._clause_head(chain[-1])
        # "its demand that Israel ease restrictions": a that-clause on a noun too
        if clause.dep_ in ("ccomp", "acl") and not _before_semicolon(clause):
            governor = clause.head
            fronted = self._fronted_object(governor) if clause.dep_ == "ccomp" else None
            if fronted is not None and fronted.lemma_.lower() in self._claims:
                # "rejected as absurd Ukrainian claims that it had shelled the plant": the
                # parser hangs what the claims say on the verb
                return "hypothetical", f"what the {fronted.text!r} say"
            if self._denies(governor):
                return "denied", f"reported under the denial {governor.text!r}"
            if governor.lemma_.lower() in words.get("unasserted_heads", ()):
                return "hypothetical", f"asked for or alleged by {governor.text!r}"
            # (most documents name no claim: the reporting verb's subtree is read only then)
            disputed = (
                clause.dep_ == "ccomp"
                and governor.lemma_.lower() in words.get("reporting_verbs", ())
                and self._in_text(clause.doc, words.get("accusation_nouns", ()))
                and self._disputed_claim(governor)
            )
            if disputed:
                # "Hamas said a strike hit a hospital, a claim Israel denied": only alleged
                return "hypothetical", f"a claim disputed ({disputed.text!r})"
            if clause.dep_ == "ccomp" and governor.lemma_.lower() in words.get(
                "alleging_verbs", ()
            ):
                # "Kyiv claimed that Russian troops had shelled the plant": an allegation
                # (coded as one, 112), not a shelling the text reports (not "claimed
                # responsibility for")
                return "hypothetical", f"alleged ({governor.text!r})"
            if governor.lemma_.lower() in words.get("intention_heads", ()):
                if clause.dep_ == "ccomp" and _past_fact(clause):
                    # "determined that the RSF had committed genocide": a finding about what
                    # was done, told by the governor's subject, not a plan
                    return "hypothetical", f"what {governor.text!r} finds was done"
                # "agreed that their countries should cooperate": what is agreed is intended
                return "intended", f"what {governor.text!r} commits to"
        for node in chain:
            if node.lower_ == "of" and node.head.lower_ == "ahead" and node.i != token.i:
                # "ahead of Xi's visit to Moscow": a visit to come, not made yet
                return "intended", "to come ('ahead of')"
            if _not_yet(node, words.get("prior_markers", ())):
                return "hypothetical", f"not yet done: '{node.text}' comes after another act"
            for dep, child in _kids(node):
                if dep == "mark" and child.lower_ in words.get("hypothetical_markers", ()):
                    return "hypothetical", f"under the condition {child.text!r}"
                if (
                    dep == "advcl"
                    and any(d == "mark" and m.lower_ in ("if", "unless") for d, m in _kids(child))
                    and not _present_condition_on_past(node, child)
                    # "threatened military action if no deal is reached": the threat is made,
                    # its condition is what it sets (the act threatened is not done)
                    and node.lemma_.lower() not in words.get("threatening_verbs", ())
                ):
                    condition = child
                if dep == "aux" and child.lower_ in words.get("hypothetical_modals", ()):
                    return "hypothetical", f"under the modal {child.text!r}"
            if _alternative(node) and any(
                d == "conj" and c.lower_ in words.get("ultimatum_consequences", ())
                for d, c in _kids(node)
            ):
                # "gave Hamas a day to free the hostages or face ...": demanded, not done
                return "hypothetical", f"demanded by an ultimatum ({node.text!r} or ...)"
            if node.i != token.i and _negated(node):
                # "has no plans to attack", "did not try to invade"
                return "denied", f"{node.text!r} above it is negated"
            if node.i != token.i and node.lemma_.lower() in words.get("refusal_heads", ()):
                return "denied", f"refused ({node.text!r})"
            punished = self._punished_for(node)
            if punished is not None:
                return "hypothetical", f"the reason alleged for {punished.text!r}"
        occasions = words.get("occasion_prepositions", ())
        on_occasion = False  # "during Albanese's visit": the occasion of an act is no intent
        answering = self._answering
        # ("vowed to respond to any attack": an act of no one yet is the occasion of nothing)
        unspecific = any(
            dep in ("det", "amod") and c.lower_ in self._unspecific for dep, c in _kids(token)
        )
        for below, node in zip([token, *chain], chain, strict=False):
            on_occasion = on_occasion or (
                not unspecific
                and below.dep_ == "prep"
                and (
                    below.lower_ in occasions
                    # "agreed to expel banks in response to Russia's invasion", "vowed to
                    # respond to Iran's missile attack": what is answered was done
                    or (below.lower_ in ("to", "for") and node.lemma_.lower() in answering)
                )
            )
            for dep, child in _kids(node):
                if dep == "aux" and child.lower_ == "would" and _perfect(node):
                    # "a resolution that would have condemned the invasion": what would have
                    # been done is not done, and no longer intended
                    return "hypothetical", "counterfactual ('would have')"
                if dep == "aux" and child.lower_ in words.get("future_auxiliaries", ()):
                    return "intended", f"announced with {child.text!r}"
                if dep == "aux" and child.lower_ == "going":
                    return "intended", "announced with 'going to'"
                if dep == "aux" and child.lower_ == "to" and self._headline_infinitive(node):
                    return "intended", "a headline's infinitive ('Poland to send jets')"
            if (
                node.i != token.i
                and self._head_lemma(node) in words.get("intention_heads", ())
                and not _not_complement(below, node)
                and not self._circumstance(below, node)
                and not on_occasion
            ):
                return "intended", f"the complement of {node.text!r}"
            if (
                node.i != token.i
                and node.lemma_.lower() in words.get("unasserted_heads", ())
                and not _not_complement(below, node)
            ):
                return "hypothetical", f"asked for or alleged by {node.text!r}"
            if (
                node.i != token.i
                and node.lemma_.lower() in self._ordering
                and below.dep_ == "xcomp"
                and _infinitive(below)
            ):
                # "ordered Russia to suspend its operations": ordered, not yet done (what is
                # ordered as an object, "ordered patrols", is done)
                return "hypothetical", f"ordered by {node.text!r}"
        committed = self._committed_by(chain[-1])
        if committed is not None:
            return "intended", f"what {committed.text!r} is to do"
        future = words.get("future_auxiliaries", ())
        purpose = next(
            (
                n
                for n in chain
                if (_purpose(n) and not self._caused_infinitive(n)) or _promised_for(n, future)
            ),
            None,
        )
        if purpose is not None:
            # "massed troops to attack Ukraine": what an act is for has not happened
            return "intended", f"the purpose of {purpose.head.text!r}"
        if condition is not None:
            # "If Russia invades, the EU could impose sanctions": the consequence of a condition
            # is no fact; with "will" it is announced, a promise or a threat (above)
            return "hypothetical", f"the consequence of a condition ({condition.text!r})"
        return "asserted", "stated as done"

    def _headline_infinitive(self, verb: Token) -> bool:
        """Whether an infinitive with its own subject stands for a finite verb, as headlines
        tell what is to come: "Poland to send MiG-29 jets to Ukraine", "... to Ukraine, Duda
        says". No verb governs it but a reporting verb after it."""
        if not _children(verb, ("nsubj",)):
            return False
        if verb.dep_ == "ROOT":
            return True
        return (
            verb.dep_ == "ccomp"
            and verb.head.i > verb.i
            and verb.head.lemma_.lower() in self.words.get("reporting_verbs", ())
        )

    def _presupposed(self, noun: Token) -> bool:
        """Whether an event noun names an act already under way, as the object of a verb that
        is about it rather than does it: "to dent the boycott being organised by the US".
        Only a noun told as going on ("being organised", "under way") counts."""
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
            return False
        verb = noun.head
        lemma = verb.lemma_.lower()
        if lemma in self._light or lemma in self.known_verbs:
            return False  # "impose the sanctions", "condemned the boycott": coded there
        return any(
            dep == "acl" and c.tag_ == "VBN" and any(a.lower_ == "being" for _, a in _kids(c))
            for dep, c in _kids(noun)
        )

    def _circumstance(self, below: Token, head: Token) -> bool:
        """Whether the phrase below a head of intention gives its circumstances, not what is
        intended: "agreed to a truce under Egypt's mediation" (the mediation is done)."""
        return (
            below.head.i == head.i
            and below.dep_ == "prep"
            and below.lower_ in self.words.get("circumstance_prepositions", ())
        )

    def _caused_infinitive(self, verb: Token) -> bool:
        """Whether an infinitive is what its governor made its object do: "prompting Pakistan
        to expel the envoy" (the parser may hang it as an adverbial clause of purpose)."""
        governor = verb.head
        return (
            verb.dep_ in ("xcomp", "advcl")
            and _infinitive(verb)
            and governor.lemma_.lower() in self.words.get("causing_verbs", ())
            and bool(_children(governor, ("dobj",)))
        )

    def _committed_by(self, top: Token) -> Token | None:
        """The deal, plan or promise an infinitive is the content of when the parser hangs
        it on the noun as a relative clause: "reached a deal to exchange prisoners" (as it
        reads "an agreement to expand trade", whose content is intended above). Returns the
        noun, or None."""
        if not _infinitive_relative(top):
            return None
        noun = top.head
        return noun if noun.lemma_.lower() in self.words.get("intention_heads", ()) else None

    def _punished_for(self, node: Token) -> Token | None:
        """The punishment an act is given as the reason for: in "a court sentenced a man for
        helping al-Shabaab" the helping is what the court holds against him, an allegation,
        not an act the text reports as done. Returns the punishing verb, or None."""
        if node.dep_ != "pcomp" or node.head.lower_ != "for":
            return None
        verb = node.head.head
        if verb.pos_ not in VERB_POS:
            return None  # "faced sanctions for annexing Crimea": the reason told as a fact
        return verb if verb.lemma_.lower() in self.words.get("punitive_verbs", ()) else None

    def _permitted(self, token: Token) -> Token | None:
        """The permission or right an infinitive is the content of, when the parser hangs the
        infinitive on the verb that gives it: in "gave permission to Russia to help Israel" or
        "granted them the right to fire" the help and the firing are allowed, not done
        (whether or not the permission is given). Returns that noun, or None."""
        if token.dep_ not in ("advcl", "xcomp") or not any(
            dep == "aux" and c.lower_ == "to" for dep, c in _kids(token)
        ):
            return None
        heads = self.words.get("unasserted_heads", ())
        return next(
            (
                o
                for o in _children(token.head, ("dobj",))
                if o.pos_ in NOUN_POS and o.lemma_.lower() in heads and o.i < token.i
            ),
            None,
        )

    def refused(self, token: Token) -> bool:
        """Whether a denied act is a refusal, which is an act of its own: under "refused to"
        or "declined to", or negated and announced ("will not meet", "is not willing to")."""
        words = self.words
        chain = [token, *self._governors(token)]
        if any(n.lemma_.lower() in words.get("refusal_heads", ()) for n in chain[1:]):
            return True
        negated = any(_negated(n) for n in chain)
        announced = any(
            dep == "aux" and c.lower_ in words.get("future_auxiliaries", ()) | {"would"}
            for n in chain
            for dep, c in _kids(n)
        ) or any(n.lemma_.lower() in words.get("intention_heads", ()) for n in chain[1:])
        return negated and announced

    def _announcement(self, token: Token) -> Token | None:
        """The verb that announces an intended act: the reporting verb above its clause
        ("said ... will attend"), or None when the document itself announces it ("Macron will
        visit Beijing in April": the date inside the act is when it is planned for)."""
        node = token
        for _ in range(8):
            if node.head.i == node.i:
                break
            if node.dep_ in CLAUSE_BOUNDARIES and node.head.lemma_.lower() in (
                self.words.get("reporting_verbs", ()) | self.words.get("intention_heads", ())
            ):
                return node.head
            node = node.head
        return None

    @staticmethod
    def _governors(token: Token) -> tuple[Token, ...]:
        """The words above a trigger up to its clause: "plans" and "denied" above "attack"
        (worked out once per word and document: the modality, denial and threat rules all
        climb them)."""
        return _PARSE.governors(token)

    def _denies(self, verb: Token) -> bool:
        """Whether a verb denies what it governs: "denied", and "ruled out" but not "ruled"
        (the list may name a verb with its particle)."""
        lemma = verb.lemma_.lower()
        if lemma in self.words.get("denial_verbs", ()):
            return True
        return lemma in self._denial_with_particle and any(
            f"{lemma} {p.lower_}" in self.words["denial_verbs"] for p in _children(verb, ("prt",))
        )

    def _refuses_to_deny(self, verb: Token) -> bool:
        """Whether a refusal only refuses to deny: "refused to rule out the use of force
        against Taiwan" leaves the use of force open and rejects no one (a double negative,
        not the reject of "refused to meet")."""
        if verb.lemma_.lower() not in self.words.get("refusal_heads", ()):
            return False
        return any(self._denies(c) for c in _children(verb, ("xcomp",)))

    def is_denied_inside(self, token: Token) -> bool:
        """An act named inside the object of a denial ("denied plans to attack Ukraine") or
        of a verb that stops it ("would stop sending weapons")."""
        below = token
        stopping = self.words.get("cessation_verbs", ())
        for governor in self._governors(token):
            # "Putin said Russia denied the plan and accused NATO": a verb joined to the
            # denial is an act of its own
            if below.dep_ == "conj" and below.head == governor:
                below = governor
                continue
            if below.dep_ == "prep" and below.lower_ in SEQUENCE_PREPOSITIONS:
                # "blocked roads following the arrest of their leader": what came before is
                # not what is stopped or denied
                return False
            if self._denies(governor):
                return True
            if (
                governor.pos_ == "VERB"
                and governor.lemma_.lower() in stopping
                and below.dep_ != "advcl"
            ):
                # "would stop sending weapons", "halted its attacks": not sent, not attacked
                # (but "blocked roads to press their demands" presses them: a purpose)
                return True
            below = governor
        return False

    # ---- dates ----------------------------------------------------------------------
    @staticmethod
    def _clause_head(token: Token) -> Token:
        node = token
        while True:
            head = node.head
            if head.i == node.i or (node.pos_ in ("VERB", "AUX") and _children(node, ANY_SUBJECTS)):
                return node
            if node.dep_ in CLAUSE_BOUNDARIES:
                return node
            node = head

    def _sentence_text(self, sentence: Span) -> str:
        """A sentence's text, built once however many events it carries."""
        key = (id(sentence.doc), sentence.start)
        if key not in self._text_of_sentence:
            text = doc_text(sentence.doc)[sentence.start_char : sentence.end_char]
            self._text_of_sentence[key] = text.strip()
        return self._text_of_sentence[key]

    def _date_clause(self, doc: Doc, expression: TemporalExpression) -> int | None:
        """The clause head a date expression belongs to, worked out once per document; None
        for a date that only says when a span of time began ("since 2013")."""
        key = (id(doc), expression.start)
        if key not in self._clause_of_date:
            span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
            head = None
            if span is not None:
                attached = _attachment(span)
                head = self._clause_head(attached)
                if attached.dep_ in NAMING_DEPS and attached.head.pos_ in NOUN_POS:
                    # "pardoned those charged over the January 6 attack": the date names
                    # the attack, not the pardon (nor the clause's other acts)
                    head = attached.head
                elif (
                    attached.dep_ == "poss"
                    and attached.head.pos_ in NOUN_POS
                    and (
                        attached.head.dep_ == "dobj"
                        or (
                            attached.head.dep_ == "pobj"
                            and attached.head.head.lower_ in ANSWERED_PREPOSITIONS
                        )
                    )
                ):
                    # "Iran condemned Monday's attack", "blamed Kyiv for Sunday's strike":
                    # the attack's day, not the condemnation's ("Monday's attack killed ten"
                    # is the killing's too, "arrested 50 at Monday's rally" the arrests')
                    head = attached.head
            if span is not None and span.start > 0 and doc[span.start - 1].lower_ == "since":
                head = None  # "have met 36 times since 2013": when a span began, not the act
            self._clause_of_date[key] = head.i if head is not None else None
        return self._clause_of_date[key]

    def event_date(
        self, trig: Token, sentence: Span, doc: Doc, earlier: Sequence[Event] = ()
    ) -> tuple[str | None, str, str]:
        """(date, precision, why): the date its own clause gives an act, else the document's.

        A date told from another event ("eight days after the summit", "two days later") is
        counted from the latest earlier event of the document with that trigger word (or,
        for "later", from the latest event with a date of its own)."""
        pub_date = self._pub_date
        start, end = sentence.start_char, sentence.end_char
        expressions = [e for e in self._dates if start <= e.start < end]
        # (the trigger's clause only matters when the sentence has a date)
        clause = self._clause_head(trig).i if expressions else None
        unanchored = ""
        verb = _verb_of_noun(trig)  # ("announced a withdrawal": timed as announced)
        told = self._told_from(verb)
        if told is not None and verb.dep_ == "pcomp":
            # "arrived on Saturday, a day after visiting Riyadh": the clause's date is the
            # arrival's, the visit is timed from it
            expressions = []
        own = [e for e in expressions if self._date_clause(doc, e) in (clause, trig.i)]
        if len(own) > 1:
            # "annexed Crimea in 2014 and invaded Ukraine in February": of the clause's
            # dates, the one that hangs on the trigger's own verb first
            own.sort(key=lambda e: _date_holder(doc, e) != verb.i)
        for expression in own:
            if expression.anchor is None:
                return expression.value, expression.precision, f"{expression.text!r} in its clause"
            anchor = _anchor_event(expression.anchor, earlier)
            if anchor is not None and anchor.date and len(anchor.date) == 10:
                resolved = anchored(expression, dt.date.fromisoformat(anchor.date))
                why = (
                    f"{expression.text!r} in its clause, counted from "
                    f"{anchor.evidence.trigger!r} on {anchor.date}"
                )
                return resolved.value, resolved.precision, why
            told_before = (
                None
                if expression.anchor
                else _date_told_before(expression, self._dates, self._pub_iso)
            )
            if told_before is not None:
                # "Oil prices collapsed on Monday; Saudi Arabia accused Russia the following
                # day": no event was coded at the day told before, the day itself was
                resolved = anchored(expression, dt.date.fromisoformat(told_before.value))
                why = f"{expression.text!r} in its clause, counted from {told_before.text!r}"
                return resolved.value, resolved.precision, why
            unanchored = f"; {expression.text!r} counts from an event not found before it"
        joined = self._joined_clause_date(trig, doc, expressions) if expressions else None
        if joined is not None:
            return joined
        if told is not None:
            # "held talks on Monday, four days after Russian troops invaded": the invasion
            # is counted back from the talks
            governor, shift = told
            date, precision, why = self.event_date(governor, sentence, doc, earlier)
            if date and precision == "day":
                step = TemporalExpression(0, 0, "", None, "day", "", shift)
                counted = anchored(step, dt.date.fromisoformat(date))
                n, unit = shift
                apart = f"{-n} {unit}(s) before" if n else "the same day as"
                return counted.value, counted.precision, f"{apart} {governor.text!r} ({why})"
        if pub_date is None:
            return None, "document", "no date in its clause and none on the document"
        why = f"no date in its clause: the document's date{unanchored}"
        return self._pub_iso, "document", why

    def _joined_clause_date(
        self, trig: Token, doc: Doc, expressions: Sequence[TemporalExpression]
    ) -> tuple[str | None, str, str] | None:
        """The date of the clause an undated clause is joined to, both told in the past:
        "Hamas released the hostages on Monday, and Israel freed 2,000 prisoners" frees them
        on Monday too."""
        head = self._clause_head(trig)
        if head.dep_ != "conj" or head.tag_ != "VBD" or head.head.tag_ != "VBD":
            return None
        first = self._clause_head(head.head).i
        for expression in expressions:
            if self._date_clause(doc, expression) == head.i:
                return None  # (the joined clause's own date, told from another event)
        # an answer or a denial may come long after what it answers: "killed Haniyeh in July,
        # and Iran retaliated" (in October); within a day told, it shares the day
        lemma = head.lemma_.lower()
        answers = (
            lemma in self.words.get("retaliation_words", ())
            or lemma in self.words.get("answering_words", ())
            or self._denies(head)
        )
        for expression in expressions:
            if (
                expression.anchor is None
                and (expression.precision == "day" or not answers)
                and self._date_clause(doc, expression) == first
            ):
                why = f"{expression.text!r} in the clause {head.text!r} is joined to"
                return expression.value, expression.precision, why
        return None

    def _intent_date(
        self, trig: Token, sentence: Span, doc: Doc
    ) -> tuple[str | None, str, str] | None:
        """The date of the verb that holds an intended act, when it hangs on that verb
        itself: "Iran threatened on Monday to close the strait" is a threat of Monday, and
        "agreed last week to deploy troops" an agreement of last week (a date told after the
        act, "agreed to hold talks in June", may be the act's own and is left to it)."""
        head = self._clause_head(trig)
        if head.i == trig.i:
            return None  # "Iran will attack on Monday": the date is the act's
        expressions = [e for e in self._dates if sentence.start_char <= e.start < sentence.end_char]
        for expression in expressions:
            if expression.anchor is not None or self._date_clause(doc, expression) != head.i:
                continue
            node = _date_hook(doc, expression)
            if node is None:
                continue
            holder = node.head
            if (
                holder.dep_ == "acl"
                and holder.lemma_.lower() in MEETING_PARTICIPLES
                and holder.head.dep_ in ANY_SUBJECTS
            ):
                # "The summit, held on Monday, agreed to send aid": the day of the meeting
                # that is the subject is the agreement's (not "The Houthis, hit by US
                # strikes last week, vowed": the strikes' day)
                holder = holder.head.head
            # (the verb holding the intent told as done, not planned: "will hold talks on
            # Friday" dates the talks, "threatened on Monday to close" the threat)
            said = holder.i == head.i and node.i != head.i and head.tag_ in ("VBD", "VBN")
            # a date told as past, "agreed to restore ties late last month", cannot be the
            # plan's, wherever on the intent's verbs the parser hangs it; but not a date of
            # another act ("vowed to retaliate for the killing last week")
            past = told_as_past(expression) and (
                holder.i == trig.i or any(g.i == holder.i for g in self._governors(trig))
            )
            if said or past:
                why = f"{expression.text!r} dates {head.text!r}, which holds the intended act"
                return expression.value, expression.precision, why
        return self._joined_clause_date(trig, doc, expressions) if expressions else None

    @staticmethod
    def _told_from(trig: Token) -> tuple[Token, tuple[int, str]] | None:
        """The act a clause is timed from, and by how much: "four days after Russian troops
        invaded" is four days before the act it hangs on, "a day after visiting" one day
        before, "hours before he was due to resign" the same day."""
        if trig.dep_ == "advcl":
            marker = next((c for d, c in _kids(trig) if d == "mark"), None)
            measure = next((c for d, c in _kids(trig) if d == "npadvmod"), None)
            governor = trig.head
        elif trig.dep_ == "pcomp" and trig.head.dep_ == "prep":
            marker, measure = trig.head, trig.head.head
            governor = measure.head if measure.dep_ == "npadvmod" else None
        else:
            return None
        if marker is None or measure is None or governor is None or trig.i == governor.i:
            return None
        direction = SHIFT_DIRECTIONS.get(marker.lower_)
        unit = measure.lemma_.lower()
        if direction is None or unit not in (*UNITS, "hour", "minute"):
            return None
        if unit in ("hour", "minute"):
            return governor, (0, "day")
        counts = [c for d, c in _kids(measure) if d in ("nummod", "det")]
        n = NUMBER_WORDS.get(counts[0].lower_) if counts else None
        if n is None and counts and counts[0].like_num and counts[0].text.isdigit():
            n = int(counts[0].text)
        if n is None:
            return None
        return governor, (-direction * n, unit)

    # ---- events ---------------------------------------------------------------------
    def __call__(self, doc: Doc) -> list[Event]:
        _PARSE.reset(doc)
        try:
            return self._events(doc)
        finally:
            _PARSE.reset()  # the Doc is not kept alive by the cache

    def _events(self, doc: Doc) -> list[Event]:
        self._clause_of_date = {}
        self._text_of_sentence = {}
        underscore = doc._  # (each ``doc._`` builds a new accessor: read them all from one)
        self._doc_id, self._pub_date = underscore.doc_id or "", underscore.pub_date
        self._pub_iso = self._pub_date.isoformat() if self._pub_date else None
        self._dates = underscore.dates or []
        self._lower_text = (None, "")
        self._threat_text = (None, False)
        self._actor_on_day = {}
        actors = underscore.actors or []
        mentions: Mentions = {}
        for m in actors:
            if m.names_actor:
                # one head may name several actors: "the two countries", "both sides"
                mentions.setdefault(m.head, []).append(m)
        modifiers = {}
        for m in actors:
            if not m.names_actor:
                # "Russian troop build-up": the modifier's phrase head is the event noun
                modifiers[m.head] = m
        # bylines, captions, page furniture and repeated headlines carry no new event
        not_news = [(b.start, b.end) for b in underscore.boilerplate or ()]
        # a word of an organisation's name is no act: "the National Rally won" stages no rally
        org_names = [
            (m.start, m.end)
            for m in actors
            if m.via == "kb" and (m.actor.kb_id or "").startswith(("group:", "igo:"))
        ]
        events: list[Event] = []
        # the acts told so far, this sentence's as they are coded: what a date such as "two
        # days later" counts from (one list, not a copy per trigger)
        told: list[Event] = []
        words = iter(self._candidate_words(doc))
        word = next(words, len(doc))
        for index, sentence in enumerate(doc.sents):
            # the sentence's words that may be triggers, in order (the others code nothing)
            candidates = []
            while word < sentence.end:
                candidates.append(doc[word])
                word = next(words, len(doc))
            triggers = [
                t
                for t in map(self.find_trigger, candidates)
                if t is not None
                and not any(a <= t.token.idx < b for a, b in not_news)
                and not (t.token.pos_ == "PROPN" and any(a <= t.token.i < b for a, b in org_names))
            ]
            if any(t.pattern.own_object for t in triggers):
                triggers = [
                    owned
                    for t in triggers
                    if (owned := self._with_own_object(t, mentions, modifiers)) is not None
                ]
            if not triggers:
                continue  # nothing told here: nothing to relate, code, or remember
            # "staged demonstrations to demand reforms": what a protest asks for is its aim
            aims = self._protest_aims(triggers)
            restated = self._restated(triggers)
            absorbed: dict[int, list[Trigger]] = {}
            for governor, aim in aims.items():
                absorbed.setdefault(governor, []).append(aim)
            for trig in triggers:
                if trig.token.i in restated:
                    absorbed.setdefault(restated[trig.token.i], []).append(trig)
            aiming = {aim.token.i for aim in aims.values()} | set(restated)
            triggers = [
                replace(self._aimed(t, aims.get(t.token.i)), absorbed=tuple(absorbed[t.token.i]))
                if t.token.i in absorbed
                else t
                for t in triggers
                if t.token.i not in aiming
            ]
            by_token = {t.token.i: t for t in triggers}
            triggers = [self._appeal_for(t, by_token) for t in triggers]
            trigger_ids = {t.token.i for t in triggers}
            outcomes = self._attack_outcomes(triggers)
            # "declined to comment" is one act (011), not also a comment: a complement that a
            # pattern read as its object is part of that act
            # ("declared a ceasefire" is one act too: the object names the verb's own code; and
            # "lodged a protest with Japan", where the pattern names its object, is a complaint
            # (114), not also a street protest)
            codes = {t.token.i: t.pattern.code for t in triggers}
            consumed = {
                c.i
                for t in triggers
                for dep, c in _kids(t.token)
                if (dep in ("xcomp", "dobj") and c.lemma_.lower() in t.pattern.objects)
                or (dep == "dobj" and codes.get(c.i) == t.pattern.code)
                # "ordered Canada to withdraw 41 diplomats": the complement's object
                or (dep == "xcomp" and _names_object(c, t.pattern.objects))
            }
            # ("agreed to a ceasefire in Havana" too: the object after the pattern's own
            # preposition is what is agreed, not a second ceasefire with Havana)
            consumed |= {
                p.i
                for t in triggers
                for dep, c in _kids(t.token)
                if dep == "prep" and c.lower_ in t.pattern.preps
                for d, p in _kids(c)
                if d == "pobj"
                and p.i in codes
                and p.lemma_.lower() in t.pattern.objects
                # (but "went on strike for his resignation": the noun's sub-code, 1431, says
                # more of the same act than the verb's 143)
                and not _sub_code(codes[p.i], t.pattern.code)
            }
            sentence_events: list[Event] = []
            told_before = len(told)
            unconsumed = trigger_ids - consumed  # (the same for each trigger of the sentence)
            for trig in triggers:
                if (
                    trig.token.i in consumed
                    or trig.token.i in outcomes
                    or self._inside_other_trigger(trig, unconsumed)
                ):
                    continue
                for pattern in (trig.pattern, *trig.fallbacks):
                    coded = self._code(
                        trig if pattern is trig.pattern else replace(trig, pattern=pattern),
                        index,
                        sentence,
                        doc,
                        mentions,
                        modifiers,
                        told,
                    )
                    if coded:
                        sentence_events += coded
                        told += coded
                        break
            state = self.words.get("state_sectors", ())
            kept = _one_per_act(sentence_events, state, doc, self.words.get("breach_codes", ()))
            kept = _told_before(kept, events, index)
            events += kept
            # what later sentences may count from or refer back to: the acts kept
            del told[told_before:]
            told += kept
        return events

    def _appeal_for(self, trig: Trigger, by_token: dict[int, Trigger]) -> Trigger:
        """An appeal of no stated kind (020) coded by the act it asks for, as CAMEO's appeals
        mirror its intents (02x as 03x): "urged the United States to lift its embargo" asks
        it to ease sanctions (0254, as "will lift" is 0354), "urged Moscow to hold talks" to
        meet (026). What it asks stands in its infinitive, or the event noun that does."""
        if trig.pattern.code != GENERIC_APPEAL:
            return trig
        for verb in _children(trig.token, ("xcomp",)):
            for act in (verb, *_children(verb, ("dobj",))):
                asked = by_token.get(act.i)
                code = self._appeal_code(asked.pattern.code) if asked else None
                if code is not None:
                    pattern = replace(
                        trig.pattern, code=code, rule=f"{trig.pattern.rule}+{asked.pattern.rule}"
                    )
                    return replace(trig, pattern=pattern)
        return trig

    def _appeal_code(self, asked: str) -> str | None:
        """The appeal (02x) for an act asked of another: the appeal its intent code (03x)
        mirrors, when the codebook has it (03 itself, and 039 "mediate", have none)."""
        intent = self.codebook.intent_code(asked)
        if not intent or not intent.startswith(INTENT_ROOT) or len(intent) < 3:
            return None
        code = APPEAL_ROOT + intent[len(INTENT_ROOT) :]
        return code if code in self.codebook and code != GENERIC_APPEAL else None

    @staticmethod
    def _protest_aims(triggers: list[Trigger]) -> dict[int, Trigger]:
        """Protest triggers (14) by token, with the appeal, demand or disapproval (02, 10, 11)
        that says what they are for: "blocked roads demanding his reinstatement", "staged
        demonstrations to demand reforms", "demonstrated in Kirkuk, calling for independence".
        The protest is one act with that aim, not also an appeal."""
        protests = {t.token.i: t for t in triggers if t.pattern.code[:2] == PROTEST_ROOT}
        aims: dict[int, Trigger] = {}
        for trig in triggers:
            # the aim itself, or the event noun it does ("to show their disapproval")
            token = trig.token.head if trig.token.dep_ == "dobj" else trig.token
            if trig.pattern.code[:2] not in ASKING_ROOTS or token.dep_ not in AIM_DEPS:
                continue
            governor = token.head
            # the protest is the governor, or the event noun it does ("staged a protest")
            done = [
                *_children(governor, ("dobj",)),
                *(o for p in _children(governor, ("prep",)) for o in _children(p, ("pobj",))),
            ]
            for candidate in (governor, *done):
                if candidate.i in protests and candidate.i not in aims:
                    aims[candidate.i] = trig
                    break
        return aims

    def _restated(self, triggers: list[Trigger]) -> dict[int, int]:
        """Triggers that only say what another act of the same kind was for: "met Assad to
        discuss efforts against the Islamic State" is one meeting, not also a planned one;
        and what an agreement is for is its content: "signed an agreement to increase trade"
        is one agreement. An agreement only reached restates its content instead: "reached a
        deal to exchange prisoners" is the exchange intended. By token: the token of the act
        each restates."""
        if len(triggers) < 2:
            return {}  # the act restated would be another trigger of the sentence
        codes = {t.token.i: t.pattern.code for t in triggers}
        agreements = tuple(self.words.get("agreement_codes", ()))
        restated: dict[int, int] = {}
        retaliation = self._retaliation
        for t in triggers:
            if t.token.lemma_.lower() in retaliation:
                # "China retaliated by ordering the US to close its consulate": the act it
                # was done by is the retaliation (a demand, not force)
                means = next(
                    (
                        c.i
                        for by in _children(t.token, ("prep",))
                        if by.lower_ == "by"
                        for c in _children(by, ("pcomp",))
                        if c.i in codes
                    ),
                    None,
                )
                if means is not None:
                    restated[t.token.i] = means
                    continue
            # the purpose itself, or the event noun it does ("to increase trade")
            purpose = t.token.head if t.token.dep_ == "dobj" else t.token
            infinitive = purpose.dep_ == "acl" and _children(purpose, ("aux",))
            relative = _infinitive_relative(purpose)  # "a deal to exchange prisoners"
            if not (_purpose(purpose) or infinitive or relative):
                continue
            # the act it is for: the governor, the event noun it does, or, for "an agreement
            # to expand trade", the verb whose object the agreement is
            governor = purpose.head
            near = [governor, *_children(governor, ("dobj",))]
            near += [governor.head] if governor.dep_ == "dobj" else []
            act = next((n.i for n in near if n.i in codes and n.i != t.token.i), None)
            if act is None:
                continue
            governing = codes[act]
            if relative and not governing.startswith(agreements):
                # only an agreement's content is read through that parse: "a rally to
                # protest the violations" may be all the sentence codes
                continue
            if governing.startswith(agreements) and self._only_reached(t.token.doc[act], codes):
                # "reached a deal to exchange prisoners" commits to the exchange, as "agreed
                # to exchange prisoners" does: the exchange intended (0353) is the act, the
                # deal says only that it was agreed
                restated[act] = t.token.i
            elif (
                governing[:2] == t.pattern.code[:2]
                or governing.startswith(agreements)
                # "summoned the Russian envoy to protest": the summons is the protest
                or (governing[:2] == COMPLAINT_ROOT and t.pattern.code[:2] == PROTEST_ROOT)
            ):
                restated[t.token.i] = act
        return restated

    def _only_reached(self, agreement: Token, codes: dict[int, str]) -> bool:
        """Whether an agreement noun is only reached ("reached a deal", "an agreement was
        struck"), not signed: a signed agreement is the act (057) whatever it commits to, as
        the codebook says ("signed an agreement to increase trade" is one agreement)."""
        if agreement.pos_ not in NOUN_POS:
            return False  # "agreed": the verb's own act
        agreements = tuple(self.words.get("agreement_codes", ()))
        head = agreement.head
        return not (head.i in codes and codes[head.i].startswith(agreements))

    def _aimed(self, protest: Trigger, aim: Trigger | None) -> Trigger:
        """A protest coded by its aim where CAMEO distinguishes it: a demonstration (141),
        hunger strike, strike, obstruction or riot for leadership change, policy change,
        rights or institutions (14x1-14x4), as the demand or appeal is (1041-1044, 0241-0244)."""
        if aim is None:
            return protest
        code, asked = protest.pattern.code, aim.pattern.code
        # the demand's last digit (1041-1044, or the appeal's, 0241-0244) is the aim's
        political = asked[:3] in ("104", "024") and len(asked) == 4
        refined = code + asked[3] if len(code) == 3 and political else ""
        if refined not in self.codebook:
            return protest
        pattern = replace(
            protest.pattern, code=refined, rule=f"{protest.pattern.rule}+{aim.pattern.rule}"
        )
        return Trigger(protest.token, pattern, protest.fallbacks)

    def _harm_outcomes(self, token: Token) -> list[Token]:
        """The participle clauses of force that tell what an act of force did, as
        `_attack_outcomes` reads them: "killing seven soldiers" in "attacked an army post,
        killing seven soldiers" (and "or wounding 50" joined to it)."""
        found = [
            c
            for c in _children(token, ("advcl",))
            if c.tag_ == "VBG"
            and any(self._is_force(p.code) for p in self.patterns.by_verb.get(c.lemma_.lower(), ()))
        ]
        return found + [c for o in found for c in _children(o, ("conj",)) if c.tag_ == "VBG"]

    def _attack_outcomes(self, triggers: list[Trigger]) -> set[int]:
        """Harm told as the outcome of an attack, by token: in "rebels shelled Goma, killing
        12 people" or "police opened fire, killing one person" the killing is what the
        shelling or the firing did, one act (coded by the attack), not a second attack on
        whoever the participle names ("killing or wounding 50": both). Only a participle
        clause (advcl, "-ing") of force hung on an act of force or on the verb that does one
        ("opened fire")."""
        force = {t.token.i for t in triggers if self._is_force(t.pattern.code)}
        if len(force) < 2:
            return set()
        breaches = self.words.get("breach_codes", ())
        outcomes: set[int] = set()
        for trig in triggers:  # in word order: "killing" before "or wounding"
            token = trig.token
            if token.i not in force or token.tag_ != "VBG" or trig.pattern.code in breaches:
                continue  # (", ending a ceasefire": a truce broken, no harm done)
            governor = token.head
            if token.dep_ == "conj" and governor.i in outcomes:
                outcomes.add(token.i)  # "killing or wounding 50"
            elif token.dep_ == "advcl" and (
                governor.i in force or any(o.i in force for o in _children(governor, ("dobj",)))
            ):
                outcomes.add(token.i)
        return outcomes

    def _inside_other_trigger(self, trig: Trigger, trigger_ids: set[int]) -> bool:
        """An event noun that is the object of another trigger is that trigger's content
        ("praised Putin's support"), and an act inside a denial is not done. A verb of
        intention whose complement is coded ("threatened to attack") is that complement."""
        token = trig.token
        if self.is_denied_inside(token):
            return True
        light = self._light
        if token.lemma_.lower() in self.words.get("intention_heads", ()) and any(
            # "threatened to attack", or to do an event noun: "threatened to hold a strike"
            # (not a complement negated: "agreed not to attack each other" is an agreement;
            # not "agreed to implement the deal": the deal is not what implementing does)
            dep == "xcomp"
            and not _negated(c)
            and (
                c.i in trigger_ids
                or (
                    c.lemma_.lower() in light
                    and any(o.i in trigger_ids for o in _children(c, ("dobj",)))
                )
            )
            for dep, c in _kids(token)
        ):
            return True
        if trig.pattern.code[:2] >= "10" and _topic_gerund(
            token, self.words.get("topic_prepositions", ())
        ):
            # "reached an agreement on patrolling the border": a conflictual act as a gerund
            # after the topic preposition of a trigger noun is what it is about, not a threat
            # (a cooperative one stays what the sides commit to: "agreement on releasing")
            noun = token.head.head
            return noun.i in trigger_ids and noun.pos_ in NOUN_POS
        # (but not an act of no one yet: "would retaliate after any attack by Iran")
        sequence = (
            token.dep_ == "pobj"
            and token.head.lower_ in SEQUENCE_PREPOSITIONS
            and not any(
                dep in ("det", "amod") and c.lower_ in self._unspecific for dep, c in _kids(token)
            )
        )
        if trig.pattern.pos == "noun" and token.dep_ in ("dobj", "pobj") and not sequence:
            # (an act the trigger comes "after" or "following" is an act of its own, before
            # it: "protested following the arrest of a US reporter by Russia")
            governor = token.head if token.dep_ == "dobj" else token.head.head
            if governor.i in trigger_ids and _no_longer(governor):
                # "will no longer participate in talks with the US": the talks' end is the
                # act (160), not talks to come
                return True
            if governor.lemma_.lower() not in light and self._light_phrase(token) is None:
                # "expressed appreciation for China's assistance": the noun the trigger acts
                # on holds the act
                held = token.dep_ == "pobj" and governor.dep_ == "dobj"
                return governor.i in trigger_ids or (held and governor.head.i in trigger_ids)
            topics = self.words.get("topic_prepositions", ())
            if token.dep_ == "pobj" and token.head.lower_ in topics:
                # "renewed negotiations on a troop pullback": the talks' topic, not an act
                return any(o.i in trigger_ids for o in _children(governor, ("dobj",)))
        return False

    def _code(
        self,
        trig: Trigger,
        index: int,
        sentence: Span,
        doc: Doc,
        mentions: Mentions,
        modifiers: Modifiers,
        earlier: list[Event],
    ) -> list[Event]:
        pattern = trig.pattern
        if self._told_through(trig):
            return []  # "a drone attack ... killed three soldiers": one act, coded on the verb
        if pattern.own_subject and not (
            _children(trig.token, SUBJECTS)
            or (trig.token.dep_ == "conj" and trig.token.tag_ in FINITE_TAGS)
        ):
            # "a referendum on joining the EU": a joining only talked of (but "Finland applied
            # in 2022 and joined NATO in 2023" shares its subject with the first verb)
            return []
        if self._describes_backing(trig, mentions):
            return []
        sources, implied_targets = self.sources(trig, mentions, modifiers)
        if not sources and pattern.pos == "noun":
            sources, implied_targets = self._event_anaphor(trig, earlier, index)
        if not sources:
            # "three US servicemen were killed by an explosive device outside Basra"
            sources = self._unclaimed_harm(trig, mentions, modifiers)
        if not sources:
            return []
        armed = (pattern.armed_source or pattern.unarmed_source) and any(
            self._security.intersection(m.actor.sectors) or not m.actor.sectors for m in sources
        )
        if pattern.armed_source and not armed:
            # a move across a border is an incursion only when armed forces make it, or a
            # state named whole ("Ukraine pushed into Russia's Kursk region"), not refugees
            return []
        if pattern.unarmed_source and armed:
            return []  # ("troops occupied the parliament building": no sit-in, 192 instead)
        if pattern.force_subject and not self._force_subject(trig.token, sources):
            return []  # ("Russian gas cuts hit Leipzig hard": no air strike)
        caused = self._caused_by(trig)
        if caused is not None:
            # "were killed in a suicide bombing": the killing is the bombing (1831)
            pattern = caused
            trig = replace(trig, pattern=pattern)
        joint = self._joint_act(trig, sources, mentions, modifiers)
        if joint:
            # "French and Egyptian warships launched war games": joint manoeuvres (062)
            pattern, implied_targets = joint
            trig = replace(trig, pattern=pattern)
        military = self._military_bombing(trig, sources)
        if military is not None:
            # "Russia's bombing of a maternity hospital": an air attack (195), not 183
            pattern = military
            trig = replace(trig, pattern=pattern)
        official = self._official_protest(trig, sources)
        if official is not None:
            # "China protested the US arms sale": a state's complaint (114), not dissent (14)
            pattern = official
            trig = replace(trig, pattern=pattern)
        warned = self._warned_threat(trig, sources, mentions)
        if warned:
            # "the military warned that it could take action": a threat (13x), not 012
            pattern, implied_targets = warned
            trig = replace(trig, pattern=pattern)
        targets: list[ActorMention] = implied_targets
        if trig.clause is not None:
            # "Xi said China and Russia should never allow ...": a speaker's side is not asked;
            # but rebels may make demands of their own government
            subject = _children(trig.clause, SUBJECTS)[0]
            # ("its European Community partners": the actor a subject's modifier names)
            asked = self._with_conjuncts(subject, mentions) or self._owner(
                subject, mentions, modifiers
            )
            # (a demand's clause may ask its own side, "opposition parties demanded that the
            # government hold elections", or no one named: the demand stands)
            demand = trig.token.lemma_.lower() in self.words.get("clause_asking_verbs", ())
            if not demand and (
                not asked
                or {self._side(m.actor) for m in sources} & {self._side(m.actor) for m in asked}
            ):
                return []
            targets = asked
        # "their countries should cooperate to encourage refugees to return": sides acting
        # together are each other's target, not whoever their act is for
        reciprocal = pattern.symmetric and len({m.actor.code for m in sources}) > 1
        # ("calling her visit a provocation": a call's target is whom it calls, no one else)
        own_only = reciprocal or pattern.own_target
        slots = self._slots.get((pattern.target, own_only))
        if slots is None:
            slots = self._slots[(pattern.target, own_only)] = pattern.target + tuple(
                s
                for s in self.patterns.fallback_targets
                if s not in pattern.target and not own_only
            )
        # ("pledged support against Hamas": whom cooperation is against is no partner in it)
        allied = pattern.code[:2] in self.words.get("cooperation_roots", ())
        target_how = (
            "the subject of what the speaker asks or alleges"
            if trig.clause is not None
            else "the receiver of what was given"
            if trig.giver is not None
            else "the construction (passive subject or undergoer)"
        )
        own = {m.actor.code for m in sources}
        state_sides = {side for side in map(self._side, (m.actor for m in sources)) if not side[1]}
        # "Putin suspended Russia's participation": what the source's own side owns is no
        # target (but "the opposition threatened to storm his residence" is)
        sides = {self._side(m.actor) for m in sources}
        owned = {
            p.i
            for o in _children(trig.token, ("dobj",))
            for p in _children(o, ("poss",))
            if any(self._side(m.actor) in sides for m in mentions.get(p.i, ()))
        } | {
            # "Trump suspended U.S. foreign aid", "Berlin halted German arms exports": a thing
            # its object names as the source's own state's is theirs, not whom the act is aimed
            # at (a people or faith in it is not the state: "outlawed a Protestant group")
            o.i
            for o in _children(trig.token, ("dobj",))
            if o.i in modifiers
            and _state_named(modifiers[o.i].actor)
            and self._side(modifiers[o.i].actor) in sides
        }
        through = self._through(pattern)
        moves_force = self._moves_force(pattern)
        # "fought alongside Ethiopian forces": force used together with them, not on them
        allies = (
            self._partners(trig.token, mentions, modifiers)
            if pattern.code[:2] in self.words.get("located_roots", ())
            else []
        )
        partners = {m.head for m in allies}
        if not targets and not own_only:
            # "Iran vowed revenge after a strike it blamed on Israel hit its consulate": a
            # retaliation is aimed at whoever did what it answers (before the fallback slots,
            # whose "for" would take the one killed in "revenge for the killing of X")
            targets = self._retaliated_against(trig, sources, mentions, modifiers, earlier, index)
            target_how = "who did what the retaliation answers"
        for slot in slots:
            if targets:
                break
            if moves_force and slot in OBJECT_SLOTS:
                continue  # "sent troops into Tigray": the troops are the force sent, not its aim
            # "India evacuated its citizens": the source's own people are no target, nor is
            # its own place ("Senegal imposed a curfew in Dakar" is done at home)
            targets = [
                m
                for m in self._slot(trig.token, slot, mentions, modifiers, through)
                if m not in sources
                and m.actor.code not in own
                and m.head not in owned
                and m.head not in partners
                and (not pattern.own_target or _governed_by(trig.token.doc[m.head], trig.token))
                # (a state taking a town of its own takes it from no one: "the army recaptured
                # Wad Madani")
                and not (slot == "place_object" and self._side(m.actor) in state_sides)
                and not (allied and slot not in pattern.target and _against(trig.token.doc[m.head]))
                and not (
                    slot == "object_subtree"
                    and self._home_place(trig.token.doc[m.head], m, sources)
                )
                and not self._own_land(trig.token.doc[m.head], m, sources)
            ]
            target_how = f"the slot {slot}"
        if not targets and not own_only:
            # "a truce brokered by Qatar": the broker mediates between the sides of the truce
            targets = [
                m
                for m in self._mediated_parties(trig.token, mentions, modifiers)
                if m not in sources and m.actor.code not in own
            ]
            target_how = "the sides of what the mediator brokered"
        if not targets and not own_only:
            # "a move condemned by the UN": the act the phrase sums up is whom it answers
            targets = [
                m
                for m in self._summed_up(trig.token, mentions)
                if m not in sources and m.actor.code not in own
            ]
            target_how = "who did the act the phrase after the comma sums up"
        if not targets:
            # "China launched drills. Taiwan condemned the drills": the act referred back to
            targets = [
                m
                for m in self._answered(trig, sources, mentions, modifiers, earlier, index)
                if m.actor.code not in own
            ]
            target_how = "who did the act its object refers back to"
        for aim in () if own_only else trig.absorbed:
            # "blocked a road to show their disapproval of US policies": what the act is for
            # names whom it is directed at
            if targets:
                break
            for slot in aim.pattern.target + self.patterns.fallback_targets:
                targets = [
                    m
                    for m in self._slot(aim.token, slot, mentions, modifiers)
                    if m not in sources and m.actor.code not in own
                ]
                if targets:
                    target_how = f"what the act is for ({aim.token.text!r}), the slot {slot}"
                    break
        if not targets and not pattern.symmetric:
            # "Bolivia cut ties with Israel, while Chile recalled its ambassador": from Israel
            targets = self._parallel_target(trig, earlier, index, sources)
            target_how = "the target of the act of the same kind it is joined to"
        if not targets and not own_only:
            # "Biden visited Kyiv and announced new military aid": the place or side the first
            # of two verbs sharing a subject acts on is the second's too
            targets = self._conjunct_target(trig, earlier, index, sources, mentions)
            target_how = "the target of the verb it is joined to, whose subject it shares"
        if not targets and not own_only:
            # "North Korea fired a missile, and Japan lodged a protest": against North Korea
            targets = self._joined_complaint(trig, earlier, index, sources)
            target_how = "who did the act of the clause the complaint is joined to"
        if not targets and self._is_force(pattern.code):
            # "attacked an army post, killing seven Pakistani soldiers": those its outcome
            # harmed (an outcome is no act of its own: `_attack_outcomes`)
            targets = [
                m
                for outcome in self._harm_outcomes(trig.token)
                for m in self._slot(outcome, "dobj", mentions, modifiers)
                if m not in sources and m.actor.code not in own
            ][:1]
            target_how = "whom the act's outcome harmed"
        if not targets and self._agreed_between(trig, sources):
            # "Israel and Hamas agreed to the release of hostages": each side toward the other
            targets = sources
            target_how = "the other side of what the sides agreed"
        # force on a named installation may find whom it hits in the place of its object:
        # "Russian missiles struck the port of Odesa" (Ukraine)
        # (and so may force moving "into" a place: "crossed into the Kursk region", Russia)
        struck_place = pattern.requires_target is True and bool(pattern.objects or pattern.preps)
        struck_place = struck_place and self._is_force(pattern.code)
        if pattern.requires_target and not targets and not struck_place:
            return []
        named = bool(targets)  # named by the sentence, not guessed from a place or home
        # (a deed is directed at the country where it is done, "protested in Beijing"; words
        # are not: "NATO leaders agreed in The Hague" agree with no Dutch side; and joined
        # sides that act on each other are each other's targets: "Kosovo and Serbia agreed in
        # Brussels")
        placed = pattern.code.startswith(tuple(self.words.get("placed_roots", ())))
        if (
            not targets
            and not pattern.symmetric
            and placed
            and not self._reciprocal(trig.token, sources)
        ):
            targets = self._place_target(
                trig.token,
                sources,
                mentions,
                modifiers,
                violent=self._is_force(pattern.code),
            ) or self._joined_place(trig, sources, mentions, modifiers, earlier, index)
            if partners:
                # (nor is the country of those it fought alongside)
                allied = {m.actor.country for m in allies if m.actor.country}
                targets = [m for m in targets if m.actor.country not in allied]
            target_how = "the place where the act happened"
        if pattern.requires_target and not targets:
            return []
        if not targets and not pattern.symmetric and not moves_force:
            targets = self._domestic_target(trig.token, sources, self._is_force(pattern.code))
            target_how = "the role of the people acted upon"
            named = bool(targets)
        if (
            not targets
            and pattern.code.startswith(tuple(self.words.get("domestic_codes", ())))
            and not any(
                o.pos_ == "PROPN" or o.lemma_.lower() in self.words.get("foreign_craft", ())
                for o in _children(trig.token, ("dobj",))
            )
        ):
            # (an unknown name as object, "captured Bakhmut", is no one at home, nor is a ship
            # seized: "the Houthis seized a cargo ship")
            targets = self._home_target(sources)
            target_how = "a domestic act with no other target: the source's own country"
        # (an ultimatum's threat is made as its verb says it is: "gave", "will give")
        modality, modality_why = self.modality(trig.issuer or trig.token, sentence)
        # (a noun done by its light verb is ended with it: "will no longer hold talks")
        ended = _no_longer(trig.token) or (
            pattern.pos == "noun"
            and (light := _object_and_verb(trig.token))[0].dep_ == "dobj"
            and _no_longer(light[1])
        )
        if ended:
            if NO_LONGER not in trig.pattern.modifiers:
                # "will no longer fund UNRWA" funds it no more
                modality, modality_why = "denied", f"{trig.token.text!r} is done no longer"
            elif modality == "intended" and any(
                # (not "would": "threatened that it would no longer fund NATO" ends nothing)
                d == "aux" and c.lower_ in ("will", "shall", "'ll")
                for d, c in _kids(trig.token)
            ):
                # "will no longer take part": the end is decided when it is announced
                modality, modality_why = "asserted", "an end announced ('no longer')"
        code = pattern.code
        if code[:2] == "04" and self._peacekeepers(trig.token, sources):
            # "NATO peacekeeping troops arrived in Bosnia": a deployment of peacekeepers (074),
            # not a visit
            pattern = replace(
                pattern,
                code="074",
                rule=f"{pattern.rule}+peacekeepers",
                symmetric=False,
                reverse=None,
            )
            code, trig = pattern.code, replace(trig, pattern=pattern)
        if (
            code in self.words.get("sent_abroad_codes", ())
            and _abroad(sources, targets)
            and any(t.lemma_.lower() in self.words.get("mission_words", ()) for t in sentence)
        ):
            # "Kenya sent police officers to Haiti": police sent into another state keep order
            # there (074), police deployed at home show their power (153)
            pattern = replace(pattern, code="074", rule=f"{pattern.rule}+abroad")
            code, trig = pattern.code, replace(trig, pattern=pattern)
        if self._flown_by_aircraft(trig.token, code):
            pattern = replace(pattern, code="195", rule=f"{pattern.rule}+aircraft")
            code, trig = pattern.code, replace(trig, pattern=pattern)
        elif self._by_suicide_bomber(trig.token, code):
            pattern = replace(pattern, code="1831", rule=f"{pattern.rule}+suicide")
            code, trig = pattern.code, replace(trig, pattern=pattern)
        kind = self._kind_of_aid(trig.token, code)
        if kind is not None:
            # "suspended military aid to Ukraine": 1622, not the 162 of any aid
            digit, word = kind
            pattern = replace(pattern, code=code + digit, rule=f"{pattern.rule}+{word}")
            code, trig = pattern.code, replace(trig, pattern=pattern)
        if modality == "intended":
            code = self._intended(code)
            conditioned = [] if named else self._threatened(trig, code, sources, mentions)
            if conditioned:
                # "threatened to stage a strike unless India reopened the border"
                targets = conditioned
                target_how = "the subject of the condition a threat sets"
        elif modality == "denied" and self.refused(trig.token):
            refusal = self.codebook.refusal_code(code)
            if refusal is not None:
                code, modality = refusal, "asserted"
                modality_why = f"a refusal ({modality_why}): coded as {refusal}"
        date, precision, date_why = self.event_date(trig.token, sentence, doc, earlier)
        if modality == "intended":
            # an announced act happens when it is announced: "Putin said on Wednesday he will
            # attend the Olympics in February" is an intent of Wednesday
            planned = date if precision != "document" else None
            announcement = self._announcement(trig.token)
            intent_day = None if announcement else self._intent_date(trig.token, sentence, doc)
            if announcement is not None:
                date, precision, date_why = self.event_date(announcement, sentence, doc, earlier)
            elif intent_day is not None:
                date, precision, date_why = intent_day
            else:
                pub = self._pub_date
                date, precision = (pub.isoformat() if pub else None), "document"
                date_why = "announced in the document: the document's date"
            if planned and planned != date:
                date_why += f"; the act itself is planned for {planned}"
        joint = "the other side of a joint act"
        pairs: list[tuple[ActorMention, ActorMention | None, str, str]] = []
        if targets:
            for source in sources:
                for target in targets:
                    pairs.append((source, target, code, target_how))
                    if pattern.symmetric and code == pattern.code:  # a refusal is one-sided
                        pairs.append((target, source, code, joint))
                    elif (
                        pattern.reverse
                        and modality == "asserted"
                        and code == pattern.code
                        and not _region(target)
                    ):
                        # ("refused to host CSTO drills": the refusal has no visit to answer;
                        # a region visited, "a trip to North Africa", hosts no one)
                        pairs.append((target, source, pattern.reverse, "the other side of the act"))
        elif len(sources) > 1 and (pattern.symmetric or self._reciprocal(trig.token, sources)):
            # "Chinese and Indian troops clashed": each side toward the other
            pairs = [(a, b, code, joint) for a in sources for b in sources if a is not b]
        elif pattern.symmetric and pattern.pos == "verb" and code == pattern.code:
            return []  # "Israel's cabinet met on Sunday": a meeting of one side is no contact
        else:
            pairs = [(source, None, code, "") for source in sources]
        day = _day(date) if precision in ("day", "month", "year") else None
        events = []
        for source, target, event_code, how in pairs:
            src = self._actor_on(source, day)
            tgt = self._actor_on(target, day) if target else None
            if tgt is not None and tgt.code == src.code:
                continue
            recoded = (
                self._dissent_code(event_code, src, tgt)
                or _left_organisation(event_code, tgt, target, trig.token.doc)
                or _seized_place(event_code, target)
            )
            code_why = ""
            if recoded is not None:
                event_code, code_why = recoded
            act = Act(trig, modality, modality_why, date, precision, date_why, how, code_why)
            events.append(
                self._event(doc, index, sentence, act, event_code, (source, src), (target, tgt))
            )
        return events

    def _with_own_object(
        self, trig: Trigger, mentions: Mentions, modifiers: Modifiers
    ) -> Trigger | None:
        """`trig`, or its next fitting pattern (None: no trigger, so the object is coded as
        an act of its own), when its pattern wants the subject's own object (`own_object`)
        and the object is said to be another side's: "Azerbaijan claimed an Armenian attack"
        alleges Armenia's attack, not responsibility for it."""
        if not trig.pattern.own_object:
            return trig
        verb = trig.token
        subjects = [m for s in _children(verb, SUBJECTS) for m in self._with_conjuncts(s, mentions)]
        sides = {self._side(m.actor) for m in subjects}
        for obj in _children(verb, ("dobj",)):
            owners = [modifiers[obj.i]] if obj.i in modifiers else []
            owners += [
                m
                for dep, c in _kids(obj)
                if dep in ("poss", "amod", "compound")
                for m in mentions.get(c.i, ())
            ]
            owners += self._named_after(obj, ("by",), mentions, ("prep", "agent"))
            if any(self._side(m.actor) not in sides for m in owners):
                rest = [p for p in trig.fallbacks if not p.own_object]
                return replace(trig, pattern=rest[0], fallbacks=tuple(rest[1:])) if rest else None
        return trig

    def _describes_backing(self, trig: Trigger, mentions: Mentions) -> bool:
        """Whether an endorsement (05) is a participle describing an armed side: "M23 rebels
        backed by Rwanda entered Goma" says whose side the rebels are on, as "Rwanda-backed
        rebels" does; no one praised or endorsed anything (051 is verbal support)."""
        token = trig.token
        if (
            token.dep_ != "acl"
            or token.tag_ != "VBN"
            or trig.pattern.code[:2] != "05"
            or token.lower_ not in BACKING_PARTICIPLES  # (not "rebels praised by Rwanda")
        ):
            return False
        armed = self._armed
        return any(armed.intersection(m.actor.sectors) for m in mentions.get(token.head.i, ()))

    def _moves_force(self, pattern: Pattern) -> bool:
        """Whether a pattern's object is the force its source moves or shows (`force_codes`):
        "deployed troops", "reinforced its troops", "withdrew its forces" are done with the
        source's own forces, toward a place or another side, never toward the forces."""
        return pattern.code.startswith(tuple(self.words.get("force_codes", ())))

    def _agreed_between(self, trig: Trigger, sources: list[ActorMention]) -> bool:
        """Whether an act (of the codes `agreed_between_codes` names) is one that two or more
        sides agree on, under "agreed to" or "a deal to": what they agree to do to persons or
        property is done by each toward the other. A symmetric act is so already."""
        if trig.pattern.symmetric or not trig.pattern.code.startswith(
            tuple(self.words.get("agreed_between_codes", ()))
        ):
            return False
        if len({self._side(m.actor) for m in sources}) < 2:
            return False
        heads = self.words.get("agreement_heads", ())
        governors = list(self._governors(trig.token))
        # "reached a deal to release hostages": the deal above a relative clause too
        committed = self._committed_by(governors[-1] if governors else trig.token)
        if committed is not None:
            governors.append(committed)
        return any(g.lemma_.lower() in heads for g in governors)

    def _threatened(
        self, trig: Trigger, code: str, sources: list[ActorMention], mentions: Mentions
    ) -> list[ActorMention]:
        """Whom a threat with a condition is made against: the one the condition is on.
        "Pakistani traders threatened to stage a strike unless India reopened the border"
        threatens India, "Russia threatened to halt gas deliveries if Moldova joined the
        sanctions" Moldova; the act threatened may name no one else (or only a place). Not
        the source's own side ("unless their demands are met")."""
        if not code.startswith(tuple(self.words.get("threat_roots", ()))):
            return []
        markers = self.words.get("condition_markers", ())
        own = {self._side(m.actor) for m in sources}
        for node in (trig.token, *self._governors(trig.token)):
            for clause in _children(node, ("advcl",)):
                if not any(d == "mark" and m.lower_ in markers for d, m in _kids(clause)):
                    continue
                for subject in _children(clause, SUBJECTS):
                    found = self._with_conjuncts(subject, mentions)
                    if found and not {self._side(m.actor) for m in found} & own:
                        return found
        return []

    def _intended(self, code: str) -> str:
        """An announced act is coded as the intent (03x) or the threat (13x) it expresses."""
        if code[:2] in VERBAL_ROOTS:
            return code  # "will criticise" is still criticism, said now
        return self.codebook.intent_code(code) or code

    def _actor_on(self, mention: ActorMention, day: dt.date | None) -> Actor:
        """People hold offices and groups change roles by date ("the Taliban" are insurgents
        before 15 August 2021 and the government after): re-resolve on the event's own date."""
        if day is None or not any(e.kind in ("person", "group") for e in mention.entries):
            return mention.actor
        key = (id(mention), day)
        cached = self._actor_on_day.get(key)
        if cached is not None:
            return cached[1]
        resolution = resolve_actor(mention.actor.text, mention.entries, day, self.kb)
        actor = resolution.actor if resolution else mention.actor
        # the mention is kept with its actor: alive, its id names no other mention
        self._actor_on_day[key] = (mention, actor)
        return actor

    def _event(
        self,
        doc: Doc,
        index: int,
        sentence: Span,
        act: Act,
        code: str,
        source: tuple[ActorMention, Actor],
        target: tuple[ActorMention | None, Actor | None],
    ) -> Event:
        trig = act.trigger
        source_mention, source_actor = source
        target_mention, target_actor = target
        modality, date, precision = act.modality, act.date, act.precision
        entry = self.codebook[code]  # (its PLOVER type and mode are `Codebook.plover`'s)
        token = trig.token
        word = token.text
        confidence = 0.7 + 0.05 * trig.pattern.specificity / 2
        confidence -= 0.15 if source_mention.via == "coref" else 0
        confidence -= 0.1 if not source_mention.names_actor else 0
        confidence -= 0.1 if target_actor is None else 0
        explain = {
            "trigger": f"{word!r} ({token.lemma_}, {token.pos_.lower()}) "
            f"matched pattern {trig.pattern.rule}",
            "source": _explain_actor(source_mention, source_actor),
            "target": (
                _explain_actor(target_mention, target_actor) + f", by {act.target_how}"
                if target_mention is not None and target_actor is not None
                else "none found"
            ),
            "modality": f"{modality}: {act.modality_why}",
            "date": f"{date} ({precision}): {act.date_why}",
        }
        if act.code_why:
            explain["code"] = f"{trig.pattern.code} coded as {code}: {act.code_why}"
        elif code == trig.pattern.reverse:
            explain["code"] = f"the other side of {trig.pattern.code}, coded as {code}"
        elif code != trig.pattern.code and modality == "intended":
            explain["code"] = f"{trig.pattern.code} announced, not done: coded as intent {code}"
        elif code != trig.pattern.code:  # a refusal: its modality says how it is coded
            explain["code"] = f"{trig.pattern.code}: {act.modality_why}"
        return Event(
            doc_id=self._doc_id,
            sentence_index=index,
            source=source_actor,
            target=target_actor,
            cameo=code,
            cameo_root=code[:2],
            cameo_name=entry.name,
            quad_class=entry.quad_class,
            goldstein=entry.goldstein,
            plover_type=entry.plover_type,
            plover_mode=entry.plover_mode,
            modality=modality,
            date=date,
            date_precision=precision,
            pub_date=self._pub_iso,
            evidence=Evidence(
                sentence=self._sentence_text(sentence),
                trigger=word,
                span=(token.idx, token.idx + len(word)),
                rule=trig.pattern.rule,
                explain=explain,
            ),
            confidence=round(max(0.1, min(confidence, 0.95)), 2),
            versions=self.versions,
        )


#: how `_explain_actor` names each way a mention was found (`ActorMention.via`)
FOUND_BY = {
    "kb": "the knowledge base",
    "name": "a name",
    "coref": "coreference",
    "role": "a role word",
    "home": "the source's own country",
    "place": "the gazetteer",
}


def _explain_actor(mention: ActorMention, actor: Actor) -> str:
    line = f"{mention.actor.text!r} is {actor.code}: {mention.why}"
    line += f" (by {FOUND_BY.get(mention.via, mention.via)})"
    if actor.code != mention.actor.code:
        line += f"; on the event's date {actor.name or actor.code} holds {actor.code}"
    return line


def _mention_of(actor: Actor, token: Token, why: str) -> ActorMention:
    """An actor carried over from an earlier event, standing at the noun that refers to it."""
    return ActorMention(token.i, token.i + 1, token.i, actor, why, "coref")


def _left_organisation(
    code: str, target: Actor | None, mention: ActorMention | None, doc: Doc
) -> tuple[str, str] | None:
    """Withdrawing from an organisation ("Mali withdrew from ECOWAS") gives up membership, a
    cut in relations (160), not the military retreat (087) that withdrawing from a place is;
    only the organisation withdrawn from ("ordered Israel to halt its offensive" with "its"
    read as the court halts no membership). Returns the code and why, or None."""
    if code != "087" or target is None or not target.code.startswith("IGO"):
        return None
    if mention is None or doc[mention.head].head.lower_ not in ("from", "of"):
        return None
    return "160", f"a withdrawal from {target.code}, an organisation: membership given up"


def _seized_place(code: str, target: ActorMention | None) -> tuple[str, str] | None:
    """A capture of a place named as such ("rebels captured Damascus") occupies it (192); an
    arrest (173) captures people. Returns the code and why, or None."""
    if code != "173" or target is None or not target.entries:
        return None
    if any(e.kind not in ("capital", "country") for e in target.entries):
        return None  # ("a US reporter" is a person of the country)
    return "192", f"{target.entries[0].name} is captured as a place: occupied, not arrested"


def _attachment(span: Span) -> Token:
    """The word by which a date expression hangs in its sentence: its first word whose head
    is outside it. The parser may split "in May last year" between two verbs ("May" under
    "join", "year" under "invaded"); the date is read where its first word belongs."""
    if len(span) == 1:
        return span[0]
    for token in span:
        if not span.start <= token.head.i < span.end or token.head.i == token.i:
            return token
    return span.root


def _date_hook(doc: Doc, expression: TemporalExpression) -> Token | None:
    """The word by which a date expression hangs on another: its preposition ("on" of "on
    Monday") or its own word ("week" of "last week")."""
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None:
        return None
    node = _attachment(span)
    return node.head if node.dep_ == "pobj" else node


def _date_holder(doc: Doc, expression: TemporalExpression) -> int | None:
    """The word a date expression hangs on ("invaded" for "invaded Ukraine in February")."""
    hook = _date_hook(doc, expression)
    return hook.head.i if hook is not None else None


def _date_told_before(
    expression: TemporalExpression, dates: Sequence[TemporalExpression], published: str | None
) -> TemporalExpression | None:
    """The latest past day told in the text before a narrative date ("the following day"),
    for when no event before it carries a day (not a day to come: "The summit will open on
    Friday. Iran condemned Israel the previous day" counts from no plan)."""
    told = None
    for other in dates:
        if other.start >= expression.start:
            break
        if other.value is not None and other.precision == "day":
            if published is None or other.value <= published:
                told = other
    return told


def _anchor_event(anchor: str, earlier: Sequence[Event]) -> Event | None:
    """The event a relative date counts from: the latest earlier one named by `anchor`
    ("the summit"), or for "later"/"earlier" ("" anchor) the latest with a date of its own."""
    for event in reversed(earlier):
        if anchor:
            trigger = event.evidence.trigger.lower()
            if anchor in (trigger, trigger.rstrip("s")) or trigger in (anchor, anchor.rstrip("s")):
                return event
        elif event.date_precision == "day":
            return event
    return None


def _joined_events(
    earlier: Sequence[Event], index: int, verb: Token, objects: bool = True
) -> list[Event]:
    """The asserted events of sentence `index` told at `verb` or (with `objects`) at its
    direct object ("made a visit to Kyiv"), in text order: the act another verb is joined
    to."""
    at = {verb.idx} | ({o.idx for o in _children(verb, ("dobj",))} if objects else set())
    told = []
    for event in reversed(earlier):
        if event.sentence_index != index:
            break
        if event.evidence.span[0] in at and event.modality == "asserted":
            told.append(event)
    return told[::-1]


def _told_act(
    earlier: Sequence[Event],
    index: int,
    roots: AbstractSet[str],
    fits: Callable[[Event], bool],
    before: int | None = None,
) -> Event | None:
    """The latest act of one of `roots` that `fits`, told in the `ANAPHOR_SENTENCES`
    sentences before sentence `index` or, when `before` is given, in that sentence before
    that character: what a definite event noun refers back to."""
    for event in reversed(earlier):
        if event.sentence_index == index:
            if before is None or event.evidence.span[0] >= before:
                continue  # an event is told before the words that refer back to it
        elif index - event.sentence_index > ANAPHOR_SENTENCES:
            break
        if event.cameo_root in roots and fits(event):
            return event
    return None


def _last_word(sentence: Span) -> str:
    """The sentence's last token that is not white space ("?" for a question)."""
    for token in reversed(sentence):
        if not token.is_space:
            return token.text
    return ""


@functools.lru_cache(maxsize=4096)  # (a handful of dates per document, read per event)
def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    parts += [1] * (3 - len(parts))
    try:
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def _one_per_act(
    events: list[Event], state: Iterable[str], doc: Doc, breaches: AbstractSet[str] = frozenset()
) -> list[Event]:
    """One event per act and dyad in a sentence: "visited India ... and held talks with Modi"
    is one visit, so the more specific code (042 over 040) wins. `state`: the sectors that
    speak for a country's state (see `_side`). Verbs joined by "and" that code two codes of
    a root, neither within the other, stay two acts (`_joined_acts`; `breaches`: codes of a
    truce broken, which no force is within)."""
    keys = [_act_key(event, state) for event in events]  # (read again below: made once)
    if len(set(keys)) < len(keys):  # (only acts sharing a key can need telling apart)
        keys = _joined_acts(events, keys, doc, breaches)
    best: dict[tuple[object, object, str], Event] = {}
    for event, act in zip(events, keys, strict=True):
        kept = best.get(act)
        if (
            kept is None
            or (kept.cameo.endswith("0") and not event.cameo.endswith("0"))
            # a code's own sub-code says more of the same act ("went on hunger strike for
            # independence": 1424, not 142)
            or _sub_code(event.cameo, kept.cameo)
            or (kept.cameo == event.cameo and _names_more(event.target, kept.target))
        ):
            best[act] = event
    targeted = {(act[0], act[2]) for act in best if act[1] is not None}
    # "visited Russia ..., his first trip abroad": the targetless mention is the same visit
    return [
        e
        for e, act in zip(events, keys, strict=True)
        if best.get(act) is e and (e.target is not None or (act[0], e.cameo_root) not in targeted)
    ]


def _joined_acts(
    events: list[Event], keys: list[tuple], doc: Doc, breaches: AbstractSet[str] = frozenset()
) -> list[tuple]:
    """The acts' keys, told apart for verbs joined by "and" that code two codes of a root,
    neither within the other: "imposed a curfew and shut down the internet" is a curfew
    (1723) and a blackout (1721), "imposed sanctions and expelled diplomats" two acts (163,
    161); not "visited India and held talks" (042, 040: a general code is within any). So
    are a verb's acts in two clauses each with a subject of its own."""
    triggers = []
    for event in events:
        start, end = event.evidence.span
        span = doc.char_span(start, end)
        triggers.append(span.root if span is not None else None)
    told_apart = list(keys)
    for i, (event, trigger) in enumerate(zip(events, triggers, strict=True)):
        if trigger is None or trigger.pos_ not in VERB_POS:
            continue
        # (and two clauses each with a subject of its own: "cut off talks with the US, a day
        # after it sanctioned Pelosi" are two acts, whatever links the clauses)
        own_clause = trigger.dep_ in ("advcl", "relcl", "ccomp") and _own_subject(trigger)
        # (and a participle telling what the act also did: "launched airstrikes on Gaza,
        # ending a ceasefire with Hamas", an act of the verb or of its event noun)
        participle = trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and not own_clause
        if trigger.dep_ != "conj" and not own_clause and not participle:
            continue
        for other, head, key in zip(events, triggers, keys, strict=True):
            if (
                head is not None
                and (
                    head.i == trigger.head.i
                    or (own_clause and head.i != trigger.i and _own_subject(head))
                    or (participle and head.head.i == trigger.head.i and head.i != trigger.i)
                )
                and key == keys[i]
                and (
                    # ("killed 400 people, ending the ceasefire": a killing and a breach)
                    (event.cameo in breaches) != (other.cameo in breaches)
                    or (
                        not event.cameo.startswith(other.cameo)
                        and not other.cameo.startswith(event.cameo)
                        and not event.cameo.endswith("0")
                        and not other.cameo.endswith("0")
                    )
                )
            ):
                told_apart[i] = (*keys[i], trigger.i)
                break
    return told_apart


def _topic_gerund(token: Token, topics: AbstractSet[str]) -> bool:
    """Whether a verb trigger is a gerund after a topic preposition ("an agreement on
    patrolling", "talks about withdrawing troops")."""
    return (
        token.tag_ == "VBG"
        and token.dep_ in ("pcomp", "pobj")
        and token.head.dep_ == "prep"
        and token.head.lower_ in topics
    )


def _names_more(actor: Actor | None, other: Actor | None) -> bool:
    """Whether `actor` says more of the same side than `other`, a bare country: "a drone
    strike killed ten Ukrainian civilians in Kharkiv" struck the civilians (UKRCVL), not
    only the place (UKR)."""
    return (
        actor is not None
        and other is not None
        and bool(actor.sectors)
        and not other.sectors
        and actor.country == other.country
    )


def _told_before(events: list[Event], earlier: list[Event], index: int) -> list[Event]:
    """Leave out an act with no target that an earlier sentence already told with one: "Xi
    and Putin held a summit. As he began Wednesday's meeting, Putin ..." is one meeting."""
    recent = set()
    for e in reversed(earlier):  # only the last few sentences matter: stop at them
        if index - e.sentence_index > ANAPHOR_SENTENCES:
            break
        if e.target is not None:
            recent.add((_act_key(e)[0], e.cameo_root))
    return [
        e for e in events if e.target is not None or (_act_key(e)[0], e.cameo_root) not in recent
    ]


def _act_key(
    event: Event, state: Iterable[str] = ()
) -> tuple[str | tuple[str | None, str] | None, str | tuple[str | None, str] | None, str]:
    def who(actor: Actor | None) -> str | None:
        return (actor.country or actor.code) if actor else None

    source, target = who(event.source), who(event.target)
    if source is not None and source == target and event.target is not None:
        # inside one country, its state and a group within it are two sides: the army
        # fighting the RSF and the RSF fighting the army are two acts
        return actor_side(event.source, state), actor_side(event.target, state), event.cameo_root
    return source, target, event.cameo_root


#: a bombing told with no kind (183, non-military) and the air attack a state's is (195)
NONMILITARY_BOMBING = "183"
AIR_ATTACK = "195"
#: CAMEO's official complaint, which a state's protest is (`_official_protest`)
OFFICIAL_COMPLAINT = "114"

#: words that make a prepositional phrase a time, not a participant ("on Friday")
TIME_WORDS = (
    CALENDAR_NAMES
    | frozenset(word.lower() for word in (*RELATIVE_DAYS, *UNITS, *TIME_OF_DAY))
    | {"weekend", "date", "anniversary", "occasion", "eve"}
)


def _with_host_preps(frame: Frame, host: Token, noun: Token) -> Frame:
    """`frame` with the prepositions of the light verb `host` an event noun is the object of
    ("opened an investigation into the death": the parser hangs "into" on "opened"), but not
    the one that governs the noun ("went on strike")."""
    preps, prep_objects = set(frame.preps), set(frame.prep_objects)
    objects = set(frame.objects)
    for prep in _children(host, ("prep",)):
        if prep.i == noun.head.i or _temporal(prep):
            continue
        word = prep.lower_
        preps.add(word)
        governed = [p.lemma_.lower() for p in _children(prep, ("pobj",))]
        prep_objects.update(f"{word} {p}" for p in governed)
        if word == "for":  # what it is for, as on the noun: "a hunger strike for independence"
            objects.update(governed)
    return replace(frame, objects=objects, preps=preps, prep_objects=prep_objects)


def _temporal(prep: Token) -> bool:
    """Whether a prepositional phrase gives a time: "on Friday", "on 6 December"; not a
    thing that lasts a time ("agreed to a four-day truce")."""
    return any(
        pobj.lower_ in TIME_WORDS
        or pobj.like_num
        or any(c.lower_ in TIME_WORDS and not _duration(c) for _, c in _kids(pobj))
        for dep, pobj in _kids(prep)
        if dep == "pobj"
    )


def _duration(word: Token) -> bool:
    """A unit of time counted before a noun, which says how long the thing lasts: "day" in
    "a four-day truce", "a 30-day ceasefire"."""
    return word.dep_ in ("compound", "amod", "nmod") and any(
        dep == "nummod" or c.like_num for dep, c in _kids(word)
    )


def _climb(token: Token) -> Iterator[Token]:
    """The words above `token` up to its clause (see `EventCoder._governors`)."""
    node = token
    for _ in range(6):
        dep, head = node.dep_, node.head
        if dep in CLAUSE_BOUNDARIES or head.i == node.i or dep in SUBJECTS:
            return
        if dep not in GOVERNED and not _purpose(node) and not _names_head_act(node):
            return
        if dep == "conj" and (
            (node.tag_ != head.tag_ and not _infinitive_conjunct(node))
            or (head.tag_ in FINITE_TAGS and head.dep_ not in ("ccomp", "conj"))
        ):
            # "denied plans to attack Ukraine and blamed Kyiv", "The Kremlin denied that it
            # planned an invasion and accused NATO": a new act; but "alleged that France knew
            # and that its army helped" alleges both
            return
        if (
            dep == "acl"
            and node.tag_ == "VBG"
            and not any(c.dep_ in SUBJECTS for c in node.children)
        ):
            # "police fired tear gas to disperse supporters protesting the results": a
            # participle says what its noun is doing, whatever is done to the noun (not a
            # clause with its own subject: "dismissed reports that it was supplying weapons"
            # is what the reports say, dismissed with them)
            return
        node = head
        yield node


def _infinitive_conjunct(verb: Token) -> bool:
    """Whether a verb joined to a to-infinitive is one more infinitive that the tagger read
    as a present tense: "urged Sharif to condemn the attack and cooperate with the inquiry"
    (a finite verb has a subject of its own)."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBP"
        and head.tag_ == "VB"
        and _infinitive(head)
        and not _children(verb, ANY_SUBJECTS)
    )


def _names_head_act(noun: Token) -> bool:
    """Whether a noun names the act of the noun it modifies: "a mediation effort", "a
    disaster relief team" (only an event head's modifier is a trigger, `find_trigger`). What
    governs the head governs the act: "will send a relief team" is planned."""
    return noun.dep_ == "compound" and noun.pos_ in NOUN_POS and noun.head.pos_ in NOUN_POS


def _misread_conjunct_subject(verb: Token) -> Token | None:
    """The subject of a joined clause that the parser read as one more object of the first
    clause: in "Hamas freed three hostages and Israel released 90 prisoners" it joins "Israel"
    to "hostages" and "released" to "freed". A finite verb joined to another, with no subject
    of its own, right after a noun joined by "and" to that verb's object: the noun. (The
    parser may hang the verb on the first as its complement, and the noun on the object of its
    preposition: "Russia freed Gershkovich on Thursday and the United States released ...")"""
    if verb.dep_ not in ("conj", "ccomp") or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    if _children(verb, ANY_SUBJECTS) or _children(verb, ("aux", "auxpass")):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "conj" or noun.pos_ not in NOUN_POS:
        return None
    joined = noun.head
    if joined.dep_ not in ("dobj", "pobj") or not any(
        c.lower_ == "and" for c in _children(joined, ("cc",))
    ):
        return None
    governor = joined.head if joined.dep_ == "dobj" else joined.head.head
    if governor.i != verb.head.i:
        return None
    return noun


def _own_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own, as parsed or as misread into the first
    clause's object ("landed in Taipei and China announced drills"): a clause of its own,
    which shares neither the subject nor the target of the verb it is joined to."""
    return bool(_children(verb, ANY_SUBJECTS)) or _misread_conjunct_subject(verb) is not None


def _misread_main_verb(verb: Token) -> bool:
    """Whether the parser read a sentence's main verb as a clause on its subject: in "The
    Saudi-led coalition bombed Sanaa" the noun is left as the root and "bombed" as a past
    participle describing it. A participle describing a noun takes no direct object ("the
    city bombed by the coalition"), and a sentence whose root is a noun has no other verb:
    such a past form right after the noun, with an object, is the noun's act. So is one after
    a phrase on the root noun ("Doctors from two aid groups donated and delivered goods"),
    and one whose object is that of the verb joined to it."""
    noun = verb.head
    root = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and verb.i == noun.i + 1
        and root.dep_ == "ROOT"
        and root.pos_ in NOUN_POS
        and noun.pos_ in NOUN_POS
        and (any(dep == "dobj" for dep, _ in _kids(verb)) or _shared_conjunct(verb) is not None)
        and not any(dep in ("aux", "auxpass") for dep, _ in _kids(verb))
    )


def _misread_clause_subject(verb: Token) -> Token | None:
    """The subject of the finite verb of a time clause, which the parser read as the object of a
    preposition of time: in "pledged aid a day after an explosion at a hospital killed
    hundreds", "killed" hangs on "pledged" with no subject and "explosion" on "after". A
    past tense with no subject is no participle sharing its governor's subject."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or _children(verb, ANY_SUBJECTS):
        return None
    for prep in _children(verb.head, ("prep",)):
        if prep.lower_ not in SEQUENCE_PREPOSITIONS or prep.i > verb.i:
            continue
        for pobj in _children(prep, ("pobj",)):
            if pobj.right_edge.i == verb.i - 1:
                return pobj
    return None


def _relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative clause describes, from a relative pronoun inside it ("whose")."""
    token = pronoun
    while token.dep_ != "relcl":
        if token.head.i == token.i:
            return None
        token = token.head
    return token.head


def _infinitive_relative(token: Token) -> bool:
    """An infinitive the parser hangs on a noun as a relative clause: "a deal to exchange
    prisoners" says what the deal is for, as "an agreement to expand trade" (acl) does; a
    relative clause with a subject or a tense ("the deal, which freed 50 prisoners") tells
    an act of its own."""
    return token.dep_ == "relcl" and _infinitive(token)


def _present_condition_on_past(verb: Token, condition: Token) -> bool:
    """Whether a condition in the present hangs on a verb in the past: "signed a pact pledging
    assistance if either country is attacked" conditions what the pact pledges, not the
    signing, which is done (a condition on a past act would be told in the past perfect)."""
    if verb.tag_ != "VBD" or condition.lemma_ == "be":
        return False  # ("attacked Ukraine if the reports are true": whether it was done)
    finite = [condition, *(c for d, c in _kids(condition) if d in ("aux", "auxpass"))]
    return any(t.tag_ in ("VBZ", "VBP") for t in finite)


def _names_its_object(verb: Token, mentions: Mentions) -> bool:
    """Whether a verb's direct object names an actor, by its head or what qualifies it ("its
    critics"): the act is done to it, as its slots found (here or at home), not where or to
    whom the verb it is joined to acted (but "pledged support against Hamas" names a foe)."""
    return any(
        t.i in mentions
        for o in _children(verb, ("dobj",))
        for t in (o, *_children(o, ("poss", "compound", "amod", "nmod")))
    )


def _verb_of_noun(noun: Token) -> Token:
    """The verb whose direct object names an act's noun (`_object_and_verb`): "lodged a
    protest", "announced $500 million in new aid" are told by their verbs; a verb, or a
    noun told otherwise, is itself."""
    if noun.pos_ in VERB_POS:
        return noun
    obj, verb = _object_and_verb(noun)
    return verb if obj.dep_ == "dobj" and verb.pos_ in VERB_POS else noun


def _shared_conjunct(verb: Token) -> Token | None:
    """The verb joined after `verb` whose object and prepositions both share, when `verb`
    has none of its own: "donated and personally delivered goods to the school" donates
    the goods to the school too."""
    kids = _kids(verb)
    if not any(dep == "cc" for dep, _ in kids) or any(
        dep in OBJECT_DEPS or dep in ("prep", "ccomp", "xcomp") for dep, _ in kids
    ):
        return None
    for dep, conj in kids:
        if dep == "conj" and conj.pos_ in VERB_POS and conj.i > verb.i:
            if any(d in OBJECT_DEPS for d, _ in _kids(conj)) and not any(
                d in SUBJECTS for d, _ in _kids(conj)
            ):
                return conj
            return None
    return None


def _against(token: Token) -> bool:
    """Whether a noun, or the first of those joined to it, is the object of "against"."""
    token = _first_conjunct(token)
    return token.dep_ == "pobj" and token.head.lower_ == "against"


def _each_other(verb: Token) -> bool:
    """Whether a verb, or a verb it governs, acts on "each other" or "one another": "accused
    each other", "agreed to stop attacking each other" (the joined subjects are each other's
    target)."""
    for token in verb.subtree:
        if token.lower_ not in ("other", "another") or token.i == 0:
            continue
        if token.doc[token.i - 1].lower_ not in ("each", "one"):
            continue
        # (the parser may head the phrase on either word: "one/dobj another/det")
        head = token.head.head if token.dep_ == "det" else token.head
        while head.i != verb.i and head.dep_ in ("xcomp", "dobj", "pobj", "prep", "pcomp"):
            head = head.head
        if head.i == verb.i:
            return True
    return False


def _hyphenated(token: Token) -> str:
    """A word with the parts the tokenizer split off it at hyphens: "peace-keeping" is
    "keeping" with "peace" and "-" hung on it; other words are themselves."""
    left = token.i
    doc = token.doc
    while left >= 2 and doc[left - 1].text == "-" and not doc[left - 2].whitespace_:
        if doc[left - 1].whitespace_ or doc[left - 2].head.i != token.i:
            break
        left -= 2
    return doc[left : token.i + 1].text if left < token.i else token.text


def _out_preps(verb: Token) -> list[Token]:
    """The prepositions the parser hangs on a verb's "out" rather than on the verb: "of" in
    "pulled out of the deal"."""
    return [
        p
        for d, out in _kids(verb)
        if d == "prep" and out.lower_ == "out"
        for p in _children(out, ("prep",))
    ]


def _before_semicolon(clause: Token) -> bool:
    """Whether a clause the parser hangs on a later verb ends at a semicolon, and so stands
    on its own: in "Turkey shot down a Russian jet; Putin called it a stab in the back" Putin
    neither says nor asks for the downing."""
    head = clause.head
    return clause.i < head.i and any(
        t.text == ";" for t in clause.doc[clause.right_edge.i + 1 : head.i]
    )


def _infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive: "to assassinate"."""
    return any(dep == "aux" and c.lower_ == "to" for dep, c in _kids(verb))


def _passive_participle_clause(token: Token) -> bool:
    """A past participle opening an adverbial clause with no subject or auxiliary of its own
    ("Asked about the talks, Lavrov said ...", "When pressed on the treaty, ..."): passive, so
    the subject it shares undergoes it rather than doing it ("Having met Xi, Biden ..." is
    active, with its auxiliary)."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBN"
        and token.i < token.head.i
        and not any(d in ("aux", "auxpass", "nsubj", "nsubjpass") for d, _ in _kids(token))
    )


def _purpose(token: Token) -> bool:
    """An infinitive clause that says what another act is for: "sent a team to help",
    "massed troops to attack" (the parser may attach it as a complement of the verb)."""
    if not any(dep == "aux" and c.lower_ == "to" for dep, c in _kids(token)):
        return False
    if token.dep_ == "advcl":
        return True
    return token.dep_ == "xcomp" and any(
        dep == "dobj" and c.pos_ == "NOUN" for dep, c in _kids(token.head)
    )


def _alternative(token: Token) -> bool:
    """An infinitive with an alternative joined by "or": "to reinstate Bazoum or face"."""
    return _infinitive(token) and any(dep == "cc" and c.lower_ == "or" for dep, c in _kids(token))


def _promised_for(token: Token, future: AbstractSet[str]) -> bool:
    """An infinitive that says what a promised thing is for: "will give Tanzania a grant to
    finance projects" (the parser reads it as a relative clause of "grant"); not what a thing
    done was for ("converged for a rally to protest the law": they protested)."""
    if not _infinitive_relative(token):
        return False
    verb = token.head.head
    return token.head.dep_ in ("dobj", "dative") and any(
        dep == "aux" and c.lower_ in future for dep, c in _kids(verb)
    )


def _past_fact(clause: Token) -> bool:
    """Whether a clause tells a past act, with no modal: "(determined that) the RSF had
    committed genocide", "(agreed that) Russia violated the treaty"; not "would withdraw"."""
    auxiliaries = [c for dep, c in _kids(clause) if dep in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in auxiliaries):
        return False
    return clause.tag_ == "VBD" or _perfect(clause)


def _coordinated(token: Token) -> list[Token]:
    """A word and those coordinated with it: "China and Russia"; and a list the parser reads
    as an apposition, "the US, Russia and Switzerland"."""
    tokens = [token, *_conjuncts(token)]
    for dep, appos in _kids(token):
        if dep == "appos" and any(d == "conj" for d, _ in _kids(appos)):
            tokens += [appos, *_conjuncts(appos)]
    if len(tokens) > 1:
        # (not the subject of a next clause read as one of them: "freed three hostages and
        # Israel released ...")
        tokens = [t for t in tokens if not _subject_read_as_conjunct(t)]
    return tokens


def _subject_read_as_conjunct(token: Token) -> bool:
    """Whether a noun is the subject of the next clause that the parser joined to an object
    (see `_misread_conjunct_subject`)."""
    doc = token.doc
    if token.dep_ != "conj" or token.i + 1 >= len(doc):
        return False
    return getattr(_misread_conjunct_subject(doc[token.i + 1]), "i", None) == token.i


def _conjuncts(token: Token) -> tuple[Token, ...]:
    """``token.conjuncts``, walked over the cached children (`_kids`): spaCy's walk builds
    every right child of each conjunct anew, scanning its subtree. The same walk: up to the
    first conjunct, then its "conj" children on the right, theirs, and so on, breadth first."""
    if token.doc.user_token_hooks:
        return token.conjuncts  # (a hook may define conjuncts otherwise)
    first = _first_conjunct(token)
    found = [first]
    for word in found:  # (the list grows as it is read: each conjunct's own are read too)
        found += [c for dep, c in _kids(word) if dep == "conj" and c.i > word.i]
    if len(found) == 1:
        return ()  # most words: no conjunct
    return tuple(w for w in found if w.i != token.i)


def _abroad(sources: list[ActorMention], targets: list[ActorMention]) -> bool:
    """Whether every source and target is of a known country and no target is of a source's."""
    homes = {m.actor.country for m in sources}
    lands = {m.actor.country for m in targets}
    return bool(homes and lands) and None not in homes | lands and not homes & lands


def _object_and_verb(noun: Token) -> tuple[Token, Token]:
    """The object phrase an event noun heads or stands in, and the verb that governs it:
    "held talks" (talks, held), "gave 5 million dollars of aid" (dollars, gave), "launched a
    mediation effort" (effort, launched)."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in NOUN_POS:
        first = first.head
    if first.dep_ == "dobj":
        # "sent rescue teams and humanitarian aid": the phrase the first of the joined nouns
        # stands in, a verb's object (not "a veto of new sanctions and military aid")
        noun = first
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "launched a mediation effort": the act names the effort
    governor = noun.head
    if noun.dep_ == "pobj" and governor.lower_ == "of" and governor.head.dep_ == "dobj":
        return governor.head, governor.head.head  # a quantity between the act and its verb
    if noun.dep_ == "pobj" and governor.lower_ == "in" and _amount(governor.head):
        # "announced $6 billion in financing": a sum in the act's noun, as "of" does
        return governor.head, governor.head.head
    return noun, governor


def _perfect(verb: Token) -> bool:
    """Whether a verb is a perfect participle with "have": "would have condemned"."""
    return verb.tag_ == "VBN" and any(
        d == "aux" and c.lemma_.lower() == "have" for d, c in _kids(verb)
    )


def _names_object(verb: Token, objects: AbstractSet[str]) -> bool:
    """Whether a complement verb's direct object is one a pattern read as its own."""
    return any(o.lemma_.lower() in objects for o in _children(verb, ("dobj",)))


def _amount(token: Token) -> bool:
    """Whether a direct object is a sum or a count ("$6 billion", "5 million euros")."""
    return token.dep_ == "dobj" and (
        token.like_num or any(c.dep_ in ("nummod", "quantmod") for c in token.children)
    )


def _inside_descriptive_clause(token: Token, top: Token) -> bool:
    """Whether `token` hangs from `top` through a relative clause ("the diplomats, who had
    criticised Ankara") or an adverbial one ("agreed to cut output, angering Washington"):
    what the clause says is not the object of the act."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "advcl"):
            return True
        node = node.head
    return False


def _inside_gerund(token: Token, top: Token) -> bool:
    """Whether `token` hangs from `top` through a gerund after a preposition ("gangs of
    buying votes", "Russia for attacking the ship"): an act said of `top`, not `top` itself."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "pcomp":
            return True
        node = node.head
    return False


#: the dependencies of a verb that says something inside another clause ("in what they say")
CLAUSE_DEPS_SAID = frozenset({"pcomp", "ccomp", "relcl", "advcl", "conj"})


def _inside_said_clause(token: Token, head: Token, act: Token, reporting: frozenset[str]) -> bool:
    """Whether `token` hangs from `head` through what someone says inside the act's clause
    ("attacked ships in what they say is solidarity with Palestinians in Gaza"): where that
    places things is not where the act was. A clause that is no saying places the act ("fired
    rockets that landed in Ashkelon"), and so does the act's own ("accused Ukraine of firing
    missiles at a facility in the Bryansk region")."""
    node = token
    while node.i not in (head.i, act.i) and node.head.i != node.i:
        if node.dep_ in CLAUSE_DEPS_SAID and node.lemma_.lower() in reporting:
            return True
        node = node.head
    return False


def _own_clause(head: Token, reporting: frozenset[str]) -> Iterator[Token]:
    """The tokens of a clause, without a report of it: in "rebels shelled Juba, killing 20,
    officials in Nairobi said", Nairobi is where it was said, not shelled."""
    yield head
    for dep, child in _kids(head):
        if dep not in CLAUSE_BOUNDARIES or child.lemma_.lower() not in reporting:
            yield from child.subtree


def _not_yet(node: Token, markers: frozenset[str]) -> bool:
    """An act that another is to come before, told in the present: "must agree to changes
    before they demobilize", "demanded a truce before allowing aid convoys". In the past it
    happened: "before he resigned"."""
    if node.tag_ in ("VBD", "VBN"):
        return False
    if node.dep_ in ("advcl", "relcl"):
        # "a day before Sarkozy heads to Beijing": the parser may hang the clause on the
        # time noun it counts from
        return any(dep == "mark" and c.lower_ in markers for dep, c in _kids(node))
    return node.dep_ == "pcomp" and node.head.lower_ in markers


def _negated(token: Token) -> bool:
    # (the label first: most children are neither, and their word need not be read)
    return any(
        dep == "neg" or (dep in ("det", "advmod") and c.lower_ in ("no", "never"))
        for dep, c in _kids(token)
    )


def _sub_code(code: str, parent: str) -> bool:
    """Whether `code` is one of `parent`'s own sub-codes ("1431" of "143")."""
    return len(code) > len(parent) and code.startswith(parent)


def _no_longer(token: Token) -> bool:
    """Whether `token` is said to be done "no longer" ("will no longer take part")."""
    return any(dep == "advmod" and c.lower_ == "longer" and _negated(c) for dep, c in _kids(token))


def _capitalised_verb(token: Token) -> bool:
    """A clause-heading word the tagger took for a name because it is capitalised."""
    return (
        token.pos_ == "PROPN"
        and token.is_sent_start
        and token.lower_.endswith("ing")
        and token.dep_ in ("advcl", "ROOT", "csubj")
    )


class EventsComponent(BatchedStage):
    """Writes ``doc._.events``."""

    def __init__(self, coder: EventCoder) -> None:
        self.coder = coder

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.coder(doc)
        return doc


@Language.factory(
    "accord_events",
    assigns=["doc._.events"],
    requires=["doc._.actors", "doc._.dates", "token.dep", "token.lemma"],
    default_config={"kb_extra": [], "patterns_extra": []},
)
def make_events(
    nlp: Language, name: str, kb_extra: list[str], patterns_extra: list[str]
) -> EventsComponent:
    coder = EventCoder(
        load_patterns(tuple(patterns_extra)), load_codebook(), load_kb(tuple(kb_extra))
    )
    return EventsComponent(coder)
