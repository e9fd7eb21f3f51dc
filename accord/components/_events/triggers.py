"""Which words are triggers and which pattern codes them: the candidate words, the frame a
pattern reads, what asking and reporting verbs ask or allege, ultimatums, gifts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.attrs import LEMMA, LOWER, POS
from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from ...ontology.patterns import Pattern
from ..actors import (
    ActorMention,
)
from .syntax import (
    ASKING_ROOTS,
    CONSEQUENCE,
    NOUN_POS,
    OBJECT_DEPS,
    PEACEKEEPER,
    PROTEST_ROOT,
    SUBJECTS,
    ULTIMATUM_DEPS,
    VERB_POS,
    Frame,
    Trigger,
    _alternative,
    _capitalised_verb,
    _children,
    _conjuncts,
    _each_other,
    _hyphenated,
    _infinitive,
    _kids,
    _negated,
    _predicate_names_object,
    _with_host_preps,
)

#: the unmanned aircraft an attack is launched with: aerial weapons unless said to be at sea
AERIAL_CRAFT = frozenset({"drone", "uav"})


class TriggerReading:
    """Part of `EventCoder`: see the module's docstring."""

    # ---- triggers -------------------------------------------------------------------
    def _candidate_words(self, doc: Doc) -> list[int]:
        """Indices of the words `find_trigger` may code: verbs, nouns and names whose lemma a
        pattern names, and names that may be a capitalised participle. The parts of speech are
        read from the Doc's array, with their lemmas and lower-case forms: no Token is built."""
        strings = doc.vocab.strings
        nouns, ing = self._noun_lemmas, self._ing_words
        found = []
        for i, (pos, lemma, lower) in enumerate(doc.to_array([POS, LEMMA, LOWER]).tolist()):
            if pos == VERB:
                found.append(i)
            elif pos == NOUN or pos == PROPN:
                noun = nouns.get(lemma)
                if noun is None:
                    noun = nouns[lemma] = strings[lemma].lower() in self.patterns.by_noun
                if noun:
                    found.append(i)
                elif pos == PROPN:
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
        if frame.objects & AERIAL_CRAFT and self._unflown_craft(token):
            # "fired missiles and naval drones at the Kerch bridge": drones at sea are no
            # aerial weapons (the missiles still code the attack)
            frame = replace(frame, objects=frame.objects - AERIAL_CRAFT)
        if frame.objects and _predicate_names_object(token, self.words.get("naming_verbs", ())):
            # "called the sanctions an act of economic war": the sanctions are named, not
            # asked for (a naming predicate, which rules out the phone call too)
            frame = replace(frame, objects=frozenset(), deps=frame.deps | {"oprd"})
        if "xcomp" in frame.deps and self._call_purpose(token):
            # "called Modi to condemn the attack": a phone call and its purpose, read as the
            # purpose clause it is (the parser makes it the object's complement, an appeal)
            frame = replace(frame, deps=(frame.deps - {"xcomp"}) | {"advcl"})
        # (the fitting ones in the ranked order are the fitting ones ranked)
        ranked = [p for p in by_specificity if frame.fits(p)]
        if not ranked:
            return None
        if ranked[0].code[:2] == PROTEST_ROOT and self._celebration(token):
            return None  # "took to the streets to celebrate the deal": no protest
        return Trigger(token, ranked[0], tuple(ranked[1:]))

    def _celebration(self, verb: Token) -> bool:
        """Whether crowds go out to celebrate or mourn (`celebrating_verbs`: "took to the
        streets to celebrate the nuclear deal", "poured into the streets in celebration"),
        not to protest."""
        words = self.words.get("celebrating_verbs", ())
        return any(
            (dep in ("xcomp", "advcl") and _infinitive(c) and c.lemma_.lower() in words)
            or (dep == "prep" and any(p.lemma_.lower() in words for p in _children(c, ("pobj",))))
            for dep, c in _kids(verb)
        )

    def _unflown_craft(self, verb: Token) -> bool:
        """Whether the drones a verb launches are craft of sea or land
        (`unflown_craft_modifiers`: "naval drones", "sea drones"), not aerial weapons."""
        unflown = self.words.get("unflown_craft_modifiers", ())
        drones = [
            craft
            for o in _children(verb, ("dobj",))
            for craft in (o, *_conjuncts(o))
            if craft.lemma_.lower() in AERIAL_CRAFT
        ]
        return bool(drones) and all(
            any(m.lemma_.lower() in unflown for m in _children(d, ("amod", "compound")))
            for d in drones
        )

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

    def _reciprocal(self, verb: Token, sources: list[ActorMention], code: str = "") -> bool:
        """Whether joined subjects of two sides or more act on each other: "Chinese and Indian
        troops clashed", "Venezuela and Guyana agreed" (not "Kagame and his party agreed"),
        and an act of `reciprocal_codes` a country's state and a group within it do together:
        "Colombia's government and the ELN rebels declared a ceasefire" toward each other."""
        if len(sources) < 2:
            return False  # (one doer acts on no other: no words to read)
        found = {self._side(m.actor) for m in sources}
        sides = len(found)
        if sides < 2:
            return False
        # (a state and a group within it: one country, one side its state's, "" its sector)
        at_home = sides == 2 and len({c for c, _ in found}) == 1 and ("" in {s for _, s in found})
        return (
            verb.lemma_.lower() in self.words.get("reciprocal_verbs", ())
            or (at_home and code.startswith(tuple(self.words.get("reciprocal_codes", ()))))
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
        # (a doubled consonant before "-ed" ends the stem: "rapped" is rap, not rape; "hopped"
        # hop, not hope)
        doubled = word.endswith("ed") and len(word) > 4 and word[-3] == word[-4] != "e"
        silent_e = () if doubled else (word[:-3] + "e",)
        for stem in (word[:-3], *silent_e, word[:-4], word[:-2], word[:-1]):
            if stem in self.known_verbs:
                return stem
        return lemma if token.pos_ in VERB_POS else word
