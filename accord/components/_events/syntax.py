"""What the events stage reads off the dependency parse: the words and dependencies its
rules name, the records of a trigger and an act, the per-document parse cache, the frame a
pattern is matched against, and the small grammatical helpers the readings share."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ...events import Actor, Event, told_as_history
from ...kb.resolver import RANKS
from ...ontology.patterns import Pattern
from ..actors import (
    ActorMention,
    actor_side,
    is_count,
    is_region,
)
from ..dates import (
    CALENDAR_NAMES,
    RELATIVE_DAYS,
    TIME_OF_DAY,
    UNITS,
    TemporalExpression,
)
from ..lines import SENTENCE_END

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
            kids = tuple((c.dep_, c) for c in token.children)
            if token.tag_ in _PAST_TAGS and _headline_passive(token, kids):
                kids = tuple(("nsubjpass" if d == "nsubj" else d, c) for d, c in kids)
            self._kids[i] = kids
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


#: tags of a past participle or past tense, which a headline may say as a passive
_PAST_TAGS = frozenset({"VBN", "VBD"})


def _headline_passive(verb: Token, kids: tuple[tuple[str, Token], ...]) -> bool:
    """Whether a verb with a subject is a passive said without its auxiliary, which the
    parser reads as active: "Three Palestinians shot dead by Israeli troops" (a "by" agent,
    which no active verb has), or a headline's past participle with a subject and no
    auxiliary, "Two journalists detained in Minsk" (a headline: no full stop; the tagger
    also calls some past tenses participles, "France condemned as unacceptable ..."; and
    a past tense is no sign: sentences without a full stop are not all headlines, "Xi said
    ..."). Its subject undergoes it."""
    deps = {d for d, _ in kids}
    if "nsubj" not in deps or deps & {"aux", "auxpass", "dobj", "nsubjpass", "expl"}:
        return False
    if "agent" in deps:
        return True
    if verb.tag_ != "VBN" or verb.dep_ != "ROOT":
        return False
    # (the subject right before the verb: "France on Wednesday condemned ..." is a sentence)
    subject = next(c for d, c in kids if d == "nsubj")
    if subject.right_edge.i + 1 != verb.i:
        return False
    # (a headline ends with no mark that ends a sentence, nor a closing quote or bracket)
    return _last_word(verb.sent) not in SENTENCE_END


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


def _predicate_names_object(verb: Token, naming_verbs: Container[str]) -> bool:
    """Whether a verb of `naming_verbs` names its object with a noun said after it: "called
    the sanctions an act of war" (a predicate, parsed as oprd or attr, or as an apposition),
    and in a relative clause "a visit that the Kremlin called a sign of partnership" (the
    pronoun and the noun both parsed as objects)."""
    if verb.lemma_.lower() not in naming_verbs:
        return False
    objects = [c for dep, c in _kids(verb) if dep == "dobj"]
    if not objects:
        return False
    if len(objects) > 1 or _naming_apposition(objects[0]):
        return True
    return any(dep in ("oprd", "attr") and c.i > objects[0].i for dep, c in _kids(verb))


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
#: nouns that name a set of what their modifier says, and the modifiers that say it: "an aid
#: package" is aid, "a new sanctions package" sanctions (not "a compromise package", which
#: may be a side's own offer, nor "a ceasefire package" proposed by mediators)
PACKAGES = {"package": frozenset({"aid", "sanction"})}
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
            elif dep == "advmod" and child.lower_ in ADVERB_PARTICLES:
                particles.add(child.lower_)  # "stepped down", parsed as an adverb
            if (
                permits
                and objects_needed
                and dep in ("ccomp", "xcomp")
                and child.lemma_.lower() in permits
                and _infinitive(child)
            ):
                # "allowed the opposition to hold a rally": the act they may hold is let happen
                objects += (c for d, c in _kids(child) if d == "dobj")
        if _no_longer(token):
            # "will no longer take part in the deal": an involvement ended (16)
            modifiers.add(NO_LONGER)
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
            kind  # (and "blocked an EU aid package": a package is of what its modifier says)
            for o in objects
            if o.pos_ == "PROPN" or o.lemma_.lower() in PACKAGES
            for dep, kind in _kids(o)
            if dep == "compound"
            and kind.pos_ == "NOUN"
            and (o.pos_ == "PROPN" or kind.lemma_ in PACKAGES[o.lemma_.lower()])
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


def _seized_place(code: str, target: ActorMention | None, doc: Doc) -> tuple[str, str] | None:
    """A capture of a place named as such ("rebels captured Damascus") occupies it (192); an
    arrest (173) captures people, and so does one only done there ("was detained at a
    Moscow airport"). Returns the code and why, or None."""
    if code != "173" or target is None or not target.entries:
        return None
    if any(e.kind not in ("capital", "country") for e in target.entries):
        return None  # ("a US reporter" is a person of the country)
    if doc[target.head].dep_ == "pobj":
        return None  # (the place of the arrest, not what is taken)
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
    events: list[Event],
    state: Iterable[str],
    doc: Doc,
    breaches: AbstractSet[str] = frozenset(),
    separate: AbstractSet[str] = frozenset(),
) -> list[Event]:
    """One event per act and dyad in a sentence: "visited India ... and held talks with Modi"
    is one visit, so the more specific code (042 over 040) wins. `state`: the sectors that
    speak for a country's state (see `_side`). Verbs joined by "and" that code two codes of
    a root, neither within the other, stay two acts (`_joined_acts`; `breaches`: codes of a
    truce broken, which no force is within; `separate`: general codes within no other)."""
    keys = [_act_key(event, state) for event in events]  # (read again below: made once)
    if len(set(keys)) < len(keys):  # (only acts sharing a key can need telling apart)
        keys = _joined_acts(events, keys, doc, breaches, separate)
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
    events: list[Event],
    keys: list[tuple],
    doc: Doc,
    breaches: AbstractSet[str] = frozenset(),
    separate: AbstractSet[str] = frozenset(),
) -> list[tuple]:
    """The acts' keys, told apart for verbs joined by "and" that code two codes of a root,
    neither within the other: "imposed a curfew and shut down the internet" is a curfew
    (1723) and a blackout (1721), "imposed sanctions and expelled diplomats" two acts (163,
    161); not "visited India and held talks" (042, 040: a general code is within any, but
    those of `separate`: "suspended cooperation and sanctioned Pelosi", 160 and 163). So
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
                        and (not event.cameo.endswith("0") or event.cameo in separate)
                        and (not other.cameo.endswith("0") or other.cameo in separate)
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
) -> tuple[str | tuple[str | None, str] | None, str | tuple[str | None, str] | None, str, bool]:
    def who(actor: Actor | None) -> str | None:
        return (actor.country or actor.code) if actor else None

    source, target = who(event.source), who(event.target)
    # (history told in passing is another act than the news: "India and China, which fought
    # a war in 1962, clashed on Monday" is a clash)
    history = told_as_history(event)
    if source is not None and source == target and event.target is not None:
        # inside one country, its state and a group within it are two sides: the army
        # fighting the RSF and the RSF fighting the army are two acts
        return (
            actor_side(event.source, state),
            actor_side(event.target, state),
            event.cameo_root,
            history,
        )
    return source, target, event.cameo_root, history


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


#: verbs whose "away" leaves what follows "from": "walked away from talks" (not "the runner
#: pulled away from the Ethiopian")
AWAY_VERBS = frozenset({"walk"})


def _out_preps(verb: Token) -> list[Token]:
    """The prepositions the parser hangs on a verb's "out" or "away" rather than on the verb:
    "of" in "pulled out of the deal", "from" in "walked away from talks" ("away" is parsed as
    an adverb)."""
    return [
        p
        for d, out in _kids(verb)
        if (d == "prep" and out.lower_ == "out")
        or (d == "advmod" and out.lower_ == "away" and verb.lemma_ in AWAY_VERBS)
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
