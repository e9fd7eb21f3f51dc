"""What kind of act it is and whether it was done: codes chosen by circumstance (bombings,
official protests, warned threats) and the modality (asserted, intended, hypothetical,
denied) read from the trigger's clause."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ...ontology.patterns import Pattern
from .. import doc_text
from ..actors import (
    ActorMention,
)
from .syntax import (
    _PARSE,
    AIR_ATTACK,
    ANY_SUBJECTS,
    CLAUSE_BOUNDARIES,
    NONMILITARY_BOMBING,
    NOUN_POS,
    OFFICIAL_COMPLAINT,
    PROTEST_ROOT,
    SEQUENCE_PREPOSITIONS,
    SUBJECTS,
    VERB_POS,
    Mentions,
    Modifiers,
    Trigger,
    _alternative,
    _before_semicolon,
    _children,
    _infinitive,
    _infinitive_relative,
    _kids,
    _last_word,
    _negated,
    _not_complement,
    _not_yet,
    _past_fact,
    _perfect,
    _present_condition_on_past,
    _promised_for,
    _purpose,
    _state_named,
)


class ModalityReading:
    """Part of `EventCoder`: see the module's docstring."""

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
        self,
        trig: Trigger,
        sources: list[ActorMention],
        mentions: Mentions,
        modifiers: Modifiers | None = None,
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
            # ("could retaliate against U.S. tariffs": the side that owns what it is against)
            warned = warned or self._named_after(
                clause, ("against", "on"), mentions, modifiers=modifiers
            )
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
        asker = next(
            (n.head for n in chain if _infinitive_relative(n) and n.head.pos_ in NOUN_POS),
            None,
        )
        if asker is not None and asker.lemma_.lower() in words.get("unasserted_heads", ()):
            # "rejected calls to lift sanctions on Cuba": the parser hangs what the calls ask
            # for on them as a relative clause; asked for, not done
            return "hypothetical", f"asked for by {asker.text!r}"
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
            if (
                clause.dep_ == "ccomp"
                and governor.lemma_.lower() in words.get("prediction_verbs", ())
                and _children(clause, SUBJECTS)
                and any(
                    s.lemma_.lower() in words.get("forecasters", ())
                    for s in _children(governor, SUBJECTS)
                )
            ):
                # "analysts expect China to impose tariffs": foreseen by onlookers
                # (`forecasters`), not intended ("Iran expects that it will sign" is Iran's)
                return "hypothetical", f"foreseen ({governor.text!r})"
            if governor.lemma_.lower() in words.get("intention_heads", ()):
                if clause.dep_ == "ccomp" and _past_fact(clause):
                    # "determined that the RSF had committed genocide": a finding about what
                    # was done, told by the governor's subject, not a plan
                    return "hypothetical", f"what {governor.text!r} finds was done"
                # "agreed that their countries should cooperate": what is agreed is intended
                return "intended", f"what {governor.text!r} commits to"
        for below, node in zip(chain, chain[1:], strict=False):
            if (
                node.lemma_.lower() in words.get("deliberation_heads", ())
                and node.pos_ in VERB_POS
                and below.dep_ in ("xcomp", "ccomp", "pcomp")
            ):
                # "the Pentagon is considering sending more troops": weighed, not intended
                return "hypothetical", f"only weighed ({node.text!r})"
        for node in chain:
            if self._inverted_condition(node):
                # "Were China to invade Taiwan, Japan would intervene", "Had Russia attacked"
                return "hypothetical", f"under an inverted condition ({node.left_edge.text!r})"
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
        possible = self._only_possible(token)
        if possible is not None:
            # "any attack on Iran would be met with force", "the prospect of Israeli strikes
            # on Iran": no act done, and none intended by its doer (not "vowed to respond to
            # any attack": no attack vowed)
            return "hypothetical", f"only possible ({possible.text!r})"
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
            if node.i != token.i and self._intends(below, node) and not on_occasion:
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

    def _inverted_condition(self, clause: Token) -> bool:
        """Whether a clause is a condition told by inversion, opened by its own verb or
        auxiliary "were", "should" or "had" before its subject: "Were China to invade
        Taiwan", "Should Iran close the strait" (a question is read before)."""
        first = clause.left_edge
        if first.lower_ not in self.words.get("inverted_condition_words", ()):
            return False
        if first.i != clause.i and not (first.head.i == clause.i and first.dep_ == "aux"):
            return False
        subjects = _children(clause, SUBJECTS)
        return bool(subjects) and first.i < subjects[0].i

    def _only_possible(self, noun: Token) -> Token | None:
        """The word by which an event noun names an act that may come, not one done: a
        determiner or adjective ("any attack", "a potential strike") or the noun it is the
        possibility of ("the risk of a Chinese attack", "the prospect of strikes"); not what is
        said of it ("the attack on Kyiv is likely to deepen tensions" was done)."""
        if noun.pos_ not in NOUN_POS:
            return None
        words = self.words
        for dep, child in _kids(noun):
            if dep in ("det", "amod") and child.lower_ in words.get("possible_act_words", ()):
                return child
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            holder = noun.head.head
            if holder.pos_ in NOUN_POS and holder.lemma_.lower() in words.get(
                "possibility_nouns", ()
            ):
                return holder
        return None

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

    def _proposed_by_another(
        self, token: Token, sources: list[ActorMention], mentions: Mentions
    ) -> Token | None:
        """The verb of intention an act is the complement of (`_intends`, as `modality` reads
        it), when its subject names sides none of the act's own doers is on; else None. What
        one side offers or plans for others ("offered to host talks between Russia and
        Ukraine") is no intent of theirs."""
        if not sources:
            return None
        chain = self._governors(token)
        for below, node in zip([token, *chain], chain, strict=False):
            if node.pos_ in VERB_POS and self._intends(below, node):
                proposers = self.subject_of(node, mentions)
                doers = {self._side(m.actor) for m in sources}
                if proposers and not doers & {self._side(m.actor) for m in proposers}:
                    return node
                return None
        return None

    def _intends(self, below: Token, node: Token) -> bool:
        """Whether `node` is a head of intention (`intention_heads`) whose complement the
        phrase `below` it is ("plans to attack"; not "agreed to a truce under Egypt's
        mediation", a circumstance)."""
        return (
            self._head_lemma(node) in self.words.get("intention_heads", ())
            and not _not_complement(below, node)
            and not self._circumstance(below, node)
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
