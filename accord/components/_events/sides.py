"""The sides of an act: the places it falls on, domestic targets, joint and mediated acts,
the sources and implied targets of a trigger, and the partners of a cooperation."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from spacy.tokens import Doc, Token

from ...events import Actor, Event
from ...kb import Entry, resolve_actor
from ...kb.gazetteer import load_gazetteer
from ...ontology.patterns import Pattern
from .. import doc_text
from ..actors import (
    POSTED,
    ActorMention,
    actor_side,
    called_foreign,
)
from ..dates import (
    CALENDAR_NAMES,
)
from .syntax import (
    GENERIC_APPEAL,
    MEETING_ROOT,
    NOUN_POS,
    OBJECT_DEPS,
    PASSIVE_SUBJECTS,
    SEQUENCE_PREPOSITIONS,
    SUBJECTS,
    VERB_POS,
    Mentions,
    Modifiers,
    Trigger,
    _children,
    _counted,
    _inside_said_clause,
    _joined_events,
    _kids,
    _mention_of,
    _names_its_object,
    _object_and_verb,
    _own_clause,
    _own_subject,
    _role_phrases,
    _told_act,
    _verb_of_noun,
)

#: light verbs whose passive tells a state of its subject, who does the act: "militias were
#: engaged in ethnic cleansing", "troops were involved in the killings"
STATE_PASSIVES = frozenset({"engage", "involve"})


class SideReading:
    """Part of `EventCoder`: see the module's docstring."""

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
            if s.lemma_.lower() in self.words.get("suicide_attackers", ())
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
        if _children(verb, ("agent",)) or verb.lemma_.lower() not in STATE_PASSIVES:
            return []  # ("Israel was hit with rockets": done to it)
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
                # "a camp for Congolese refugees was attacked": whom the thing belongs to;
                # "aid to Gaza was blocked by Israel": whom it was going to
                undergoers = self._with_conjuncts(undergone, mentions) or self._owner(
                    undergone, mentions, modifiers, preps=("of", "for", "against", "to")
                )
                agents = (
                    self._agent(token, mentions)
                    or self._instrument_owner(token, mentions, modifiers)
                    or self._state_of_place(trig, mentions, modifiers)
                )
                if not undergoers and agents:
                    # "talks between Ethiopia and the TPLF were hosted by Kenya": the sides of
                    # what was done, other than its doer's ("were suspended by Moscow")
                    doers = {self._side(m.actor) for m in agents}
                    undergoers = [
                        m
                        for m in self._named_after(undergone, ("between",), mentions)
                        if self._side(m.actor) not in doers
                    ]
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
        accused by the US of bombing the plane", "two of its nationals suspected by the West";
        or when it is joined to a passive verb, whose subject undergoes both: "Fico was shot
        and wounded by a gunman".
        """
        if token.dep_ == "conj" and token.tag_ == "VBN":
            undergone = _children(token.head, PASSIVE_SUBJECTS)
            if undergone:
                return self._with_conjuncts(undergone[0], mentions)
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
        an accusation (11) for "the accusation", an offer (03, 04) for "the offer", a show of
        force or fire (15, 19) for "the launches"."""
        lemma = noun.lemma_.lower()
        roots = {p.code[:2] for p in self.patterns.by_noun.get(lemma, ())}
        if lemma in self.words.get("accusation_nouns", ()):
            roots |= self.words.get("accusation_roots", frozenset())
        if lemma in self.words.get("offer_nouns", ()):
            roots |= self.words.get("offer_roots", frozenset())
        if lemma in self.words.get("launch_nouns", ()):
            roots |= self.words.get("launch_roots", frozenset())
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
        the drills" condemns China, and so does "the drills were condemned by Taiwan";
        "Yerevan denied the accusation" answers the accuser, "Ukraine rejected the offer" the
        one who made it. Not an act of the reactor's side."""
        token = trig.token
        if token.lemma_.lower() not in self.words.get("reaction_verbs", ()):
            return []
        determiners = self.words.get("referring_determiners", ())
        sides = {self._side(m.actor) for m in sources}
        # ("The invasion was condemned by NATO": the passive's subject is what is answered)
        for noun in _children(token, ("dobj", "nsubjpass")):
            if noun.pos_ != "NOUN" or not any(
                d == "det" and c.lower_ in determiners for d, c in _kids(noun)
            ):
                continue
            aimed = self.words.get("aimed_prepositions", ())
            struck = {
                t.i
                for prep in _children(noun, ("prep",))
                if prep.lower_ in aimed
                for t in prep.subtree
            }
            named = [t for t in noun.subtree if t.i in mentions or t.i in modifiers]
            if any(t.i not in struck for t in named):
                continue  # "the Israeli attack on Qatar" names who did it
            # ("Israel struck Qatar. Turkey condemned the attack on Qatar": the attack told
            # before on whom it names as struck)
            victims = {
                m.actor.country or m.actor.code for t in named for m in mentions.get(t.i, ())
            } | {modifiers[t.i].actor.country for t in named if t.i in modifiers}
            roots = self._noun_roots(noun)
            if not roots:
                continue
            event = _told_act(
                earlier,
                index,
                roots,
                lambda e, victims=victims: (
                    e.modality != "denied"
                    and self._side(e.source) not in sides
                    and (not victims or _struck(e, victims))
                ),
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


def _struck(event: Event, victims: set[str | None]) -> bool:
    """Whether an act was aimed at one of the sides a reaction names as struck."""
    return event.target is not None and (event.target.country or event.target.code) in victims
