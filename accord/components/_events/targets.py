"""Whom an act is aimed at: the pattern's slots, objects told after a verdict, what a
retaliation, a complaint or a joined verb answers, and who made a claim or an offer."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ...events import Actor, Event
from ...ontology.patterns import PREP_SLOT, Pattern
from ..actors import (
    ActorMention,
)
from .syntax import (
    ANY_SUBJECTS,
    NOUN_POS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    VERB_POS,
    Mentions,
    Modifiers,
    Trigger,
    _children,
    _first_conjunct,
    _inside_descriptive_clause,
    _inside_gerund,
    _joined_events,
    _kids,
    _mention_of,
    _names_its_object,
    _negated,
    _object_and_verb,
    _out_preps,
    _own_subject,
    _shared_conjunct,
    _subject_read_as_conjunct,
    _told_act,
    _verb_of_noun,
)


class TargetReading:
    """Part of `EventCoder`: see the module's docstring."""

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
                if any(c.tag_ == "WP" and d == "dobj" for d, c in _kids(clause)):
                    # "India struck what New Delhi called a militant camp": what the doer
                    # itself calls a thing names it (but "condemned what Greece called an
                    # exercise" condemns Greece's)
                    namers = [
                        m
                        for s in _children(clause, ANY_SUBJECTS)
                        for m in self._with_conjuncts(s, mentions)
                    ]
                    doers = {self._side(m.actor) for m in self.subject_of(trigger, mentions)}
                    if doers & {self._side(m.actor) for m in namers}:
                        continue
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
