"""accord_events: code who did what to whom in each sentence, from the dependency parse.

The core (`EventCoder`) finds trigger words with the patterns of ``ontology/data``,
reads the source and target from the parse (active and passive voice, light verbs such as
"held talks", subjects shared by conjoined or embedded verbs), decides the modality
(asserted, intended, hypothetical, denied), dates each event from its own clause, and builds
`Event` records. The component only stores them on ``doc._.events``.

`EventCoder` is made of readings, one module each in the private package ``_events``, one
per question asked of a sentence: which words are triggers (``triggers``), who did the act
(``sources``), at whom it is aimed (``targets``), which sides and places it involves
(``sides``), what kind of act it is and whether it was done (``modality``), and when
(``timing``). ``_events.syntax`` holds what they all read off the parse. This module keeps
the coding of a sentence's triggers into events and the spaCy component.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Set as AbstractSet
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .._version import __version__
from ..events import Actor, Event, Evidence, told_as_history
from ..kb import KnowledgeBase, load_kb, resolve_actor
from ..ontology import Codebook, load_codebook
from ..ontology.patterns import Pattern, PatternSet, load_patterns
from . import BatchedStage, doc_text, register_extensions
from ._events.modality import ModalityReading
from ._events.sides import SideReading
from ._events.sources import SourceReading
from ._events.syntax import (
    _PARSE,
    AIM_DEPS,
    APPEAL_ROOT,
    ASKING_ROOTS,
    COMPLAINT_ROOT,
    FINITE_TAGS,
    GENERIC_APPEAL,
    INTENT_ROOT,
    NO_LONGER,
    NOUN_POS,
    OBJECT_SLOTS,
    PROTEST_ROOT,
    SEQUENCE_PREPOSITIONS,
    SUBJECTS,
    VERB_POS,
    VERBAL_ROOTS,
    Act,
    Mentions,
    Modifiers,
    Trigger,
    _abroad,
    _act_key,
    _against,
    _children,
    _day,
    _explain_actor,
    _governed_by,
    _infinitive_relative,
    _kids,
    _left_organisation,
    _names_object,
    _negated,
    _no_longer,
    _object_and_verb,
    _one_per_act,
    _purpose,
    _region,
    _seized_place,
    _state_named,
    _sub_code,
    _told_before,
    _topic_gerund,
)
from ._events.targets import TargetReading
from ._events.timing import EventTiming
from ._events.triggers import TriggerReading
from .actors import (
    BACKING_PARTICIPLES,
    ActorMention,
)
from .dates import (
    TemporalExpression,
)
from .lines import SENTENCE_END

register_extensions()


class EventCoder(
    TriggerReading, SourceReading, TargetReading, SideReading, ModalityReading, EventTiming
):
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
            kept = _one_per_act(
                sentence_events,
                state,
                doc,
                self.words.get("breach_codes", ()),
                self.words.get("separate_general_codes", ()),
            )
            kept = _told_before(kept, events, index)
            events += kept
            # what later sentences may count from or refer back to: the acts kept
            del told[told_before:]
            told += kept
        return _headline_retold(events, doc, self.words.get("located_roots", frozenset()))

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

    def _reacts_to_force(self, verb: Token) -> bool:
        """Whether a reaction verb's object is an act of force: "condemned the attack on
        Qatar", "denounced the bombing of the embassy"."""
        if verb.lemma_.lower() not in self.words.get("reaction_verbs", ()):
            return False
        return any(
            self._is_force(p.code)
            for obj in _children(verb, ("dobj",))
            for p in self.patterns.by_noun.get(obj.lemma_.lower(), ())
        )

    def _sport_contest(self, verb: Token) -> bool:
        """Whether a verb of winning (`sport_verbs`) tells a game between teams named by their
        countries: a score on it or its object ("beat Argentina 2-1", "3-0"), a margin ("by
        six runs"), or a contest its "in" names (`sport_nouns`: "eliminated Brazil in the
        quarter-finals"). Only the verb's own words are read."""
        if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in self.words.get(
            "sport_verbs", ()
        ):
            return False  # (a vote "13-1", talks "at the Olympics": no game)
        sport = self.words.get("sport_nouns", ())
        for dep, child in _kids(verb):
            if dep == "prep" and child.lower_ == "in":
                for pobj in _children(child, ("pobj",)):
                    if pobj.lemma_.lower() in sport or pobj.lower_ in sport:
                        return True
            elif dep == "prep" and child.lower_ == "by":
                # "beat Pakistan by six runs": the margin a game is won by
                margins = self.words.get("sport_margins", ())
                if any(p.lemma_.lower() in margins for p in _children(child, ("pobj",))):
                    return True
            elif dep in ("dobj", "npadvmod") and (
                _score(child) or any(_score(c) for c in child.children)
            ):
                return True
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
        if self._sport_contest(trig.token):
            return []  # "Brazil beat Argentina 2-1 in the final": a game, no political act
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
        warned = self._warned_threat(trig, sources, mentions, modifiers)
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
        if not own_only and self._reacts_to_force(trig.token):
            # "Egypt condemned the attack on the Israeli embassy": a reaction to an attack is
            # aimed at who attacked, never at whom it struck (the pattern's own slots, or
            # the act told before, name them)
            slots = pattern.target
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
            # (a meeting's aim names its partners only in its own slots: "met in London to
            # discuss security guarantees for Ukraine" is no meeting with Ukraine)
            fallbacks = () if pattern.symmetric else self.patterns.fallback_targets
            for slot in aim.pattern.target + fallbacks:
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
        # (sides joined in a symmetric act are each other's target: "Iran and Saudi Arabia
        # expanded trade")
        joined = pattern.symmetric and len({m.actor.code for m in sources}) > 1
        if pattern.requires_target and not targets and not struck_place and not joined:
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
            and not self._reciprocal(trig.token, sources, pattern.code)
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
        if pattern.requires_target and not targets and not joined:
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
                for o in _children(trig.token, ("dobj",)) or _relative_object(trig.token)
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
        if modality == "intended":
            proposer = self._proposed_by_another(trig.token, sources, mentions)
            if proposer is not None:
                # "Saudi Arabia offered to host talks between Russia and Ukraine": the offer
                # is Saudi Arabia's intent, the talks only proposed to their sides
                modality = "hypothetical"
                modality_why = f"proposed by another ({proposer.text!r}), not its doers' intent"
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
        elif len(sources) > 1 and (
            pattern.symmetric or self._reciprocal(trig.token, sources, pattern.code)
        ):
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
                or _seized_place(event_code, target, trig.token.doc)
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


def _relative_object(verb: Token) -> list[Token]:
    """The noun a relative clause with no object of its own describes, which is that object:
    "the Galaxy Leader, a ship they seized in 2023" (the ship was seized)."""
    if verb.dep_ != "relcl" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return []
    return [verb.head]


def _score(token: Token) -> bool:
    """Whether a token is a game's score: "3-0" as one word, or "2" before "-" and "1"."""
    if token.text[:1].isdigit() and re.fullmatch(r"\d{1,2}[-–]\d{1,2}", token.text):
        return True
    doc = token.doc
    return (
        token.text.isdigit()
        and len(token.text) <= 2
        and token.i + 2 < len(doc)
        and doc[token.i + 1].text in ("-", "–")
        and doc[token.i + 2].text.isdigit()
        and len(doc[token.i + 2].text) <= 2
    )


def _headline_retold(events: list[Event], doc: Doc, force_roots: AbstractSet[str]) -> list[Event]:
    """Leave out the acts of a headline that its story tells again: "Iran attacks Israel"
    over "Iran launched 300 drones and missiles at Israel overnight" is one attack, coded
    where the story tells it (with its day). A headline is a first sentence that ends a line
    with no punctuation; its acts the story does not tell stay. Force of any kind
    (`force_roots`) is one act."""
    if not events or events[0].sentence_index != 0:
        return events
    words = [t for t in next(doc.sents) if not t.is_space]
    if not words or words[-1].text in SENTENCE_END:
        return events
    end = words[-1].idx + len(words[-1].text)
    if "\n" not in doc_text(doc)[end : end + 3]:
        return events  # (a sentence that ends the text, or runs on: no headline)

    def act(event: Event) -> tuple[object, ...]:
        # (force of any kind is one act: "Iran attacks Israel" over "launched drones at")
        # (a visit and a meeting are two acts of a root: "Biden visits Kyiv" over "met")
        source, target, root = _act_key(event)[:3]
        return source, target, "force" if root in force_roots else event.cameo[:3]

    # (only what the story tells as done now: not a threat, a denial or history)
    told = {
        act(e)
        for e in events
        if e.sentence_index > 0 and e.modality == "asserted" and not told_as_history(e)
    }
    return [e for e in events if e.sentence_index > 0 or act(e) not in told]
