"""Who did an act: subjects (shared, misread, passive), harm no one claims, owners of
what acts, and the actors named after a preposition."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from ...events import Actor
from ...kb import Entry, resolve_actor
from ...ontology.patterns import Pattern
from ..actors import (
    ActorMention,
)
from .syntax import (
    ACTIVE_TAGS,
    NOUN_POS,
    PASSIVE_SUBJECTS,
    SUBJECT_SHARING,
    SUBJECTS,
    TIME_AND_MEANS_PREPOSITIONS,
    VERB_POS,
    Mentions,
    Modifiers,
    Trigger,
    _children,
    _coordinated,
    _counted,
    _infinitive,
    _infinitive_conjunct,
    _inside_descriptive_clause,
    _kids,
    _misread_clause_subject,
    _misread_conjunct_subject,
    _misread_main_verb,
    _passive_participle_clause,
    _purpose,
    _relative_antecedent,
)


class SourceReading:
    """Part of `EventCoder`: see the module's docstring."""

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
        if self._restates_force(noun):
            return True
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

    def _restates_force(self, noun: Token) -> bool:
        """Whether an attack noun only says what the act of force whose "in" it is was: "Iran
        launched 300 drones at Israel, in its first direct attack on Israeli territory" is one
        act, coded on the verb. Not an attack a name or a people's adjective gives to
        another side: "shot down 30 drones in a Russian attack"."""
        preposition = noun.head
        if noun.dep_ != "pobj" or preposition.lower_ != "in" or preposition.dep_ != "prep":
            return False
        verb = preposition.head
        if verb.pos_ not in VERB_POS:
            return False
        if any(
            dep in ("poss", "amod", "compound", "nmod") and child.text[:1].isupper()
            for dep, child in _kids(noun)
        ):
            return False
        act = self.find_trigger(verb)
        return act is not None and self._is_force(act.pattern.code)

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
