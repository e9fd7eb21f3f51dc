"""accord_actors: find the noun phrases that name actors and resolve them on the document's date.

The matching core (`ActorMatcher`) finds knowledge-base phrases with spaCy's PhraseMatcher,
groups the matches that belong to one noun phrase (by climbing compound, amod and appos
links to the phrase's head), and resolves each group with `resolve_actor`. The component
only stores the result on ``doc._.actors``.

A name the knowledge base does not know but the text introduces with a country and a role
("Guyanese police chief Clinton Gordon") is remembered for the rest of the document, so a
later "Gordon" resolves too.

Groups (armed groups, parties, NGOs, ethnic groups) are proper names: "Labour", "Amnesty" and
"Democrats" name them only when written with a capital, never "forced labour" or "an amnesty".
A city qualified by a US state or another country ("Paris, Texas") is not the capital it is
named after.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_right, insort
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, TAG
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import StringStore, get_string_id
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from ..events import Actor
from ..kb import Entry, KnowledgeBase, Resolution, load_kb, resolve_actor, spell_on, term_on
from ..kb.gazetteer import key as gazetteer_key
from ..kb.gazetteer import load_gazetteer, us_state_code
from ..kb.loader import PEOPLES
from ..ontology.patterns import load_patterns
from . import BatchedStage, doc_text, register_extensions
from .dates import CALENDAR_NAMES
from .places import LOCATION_PREPS

register_extensions()

#: dependency links inside one noun phrase, from a modifier up to the phrase's head
PHRASE_LINKS = frozenset({"compound", "amod", "nmod", "flat", "appos", "npadvmod"})
#: armed men of no stated cause: named only by the country backing them ("Iran-backed
#: militants") they are its proxies, an international militarised group (IMG), not of the
#: place where they strike; rebels, insurgents and separatists fight their own country's
#: state ("Russian-backed separatists in eastern Ukraine" are UKRSEP)
PROXY_WORDS = frozenset({"militant", "militia", "militiaman", "fighter", "gunman"})
#: what joins a name to the participle it qualifies: "US-backed", "Taliban-led"
HYPHENS = frozenset({"-", "–"})
#: participles by which a name backs what it qualifies, and is not it: "the Iran-backed
#: group", "US-funded militias" (but a "Saudi-led coalition" is the leader's)
BACKING_PARTICIPLES = frozenset(
    {"backed", "funded", "sponsored", "supported", "armed", "trained", "financed"}
)
#: entries that name a country
PLACES = frozenset({"country", "capital", "demonym"})
#: kinds of entries that only a proper name names ("Labour", not "forced labour"); that a
#: gloss in brackets may translate; that name a state
NAME_KINDS = frozenset({"group", "person"})
GLOSSED_KINDS = frozenset({"group", "person", "igo"})
STATE_KINDS = frozenset({"capital", "country"})
#: kinds of entry that name a place, where anyone may be (a seat of power, a region too)
SCENE_KINDS = STATE_KINDS | frozenset({"seat", "region"})


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A noun phrase (tokens start..end, syntactic head `head`) resolved to an actor.

    `names_actor` is False for a modifier of another noun ("Russian" in "Russian troop
    build-up"): such a mention can be the source of an event noun but is not an actor itself.
    """

    start: int
    end: int
    head: int
    actor: Actor
    why: str
    via: str  # "kb" | "name" | "coref"
    names_actor: bool = True
    entries: tuple[Entry, ...] = ()
    #: names one person (a known person, or an unknown proper name with a role), not a
    #: country, seat or organisation: what a personal pronoun can refer to
    is_person: bool = False


def phrase_head(token: Token) -> Token:
    """The head of the noun phrase `token` belongs to."""
    while (dep := token.dep_) in PHRASE_LINKS and (head := token.head).i != token.i:
        if dep == "appos" and any(c.dep_ == "conj" for c in (*token.children, *head.children)):
            break  # "the US, Russia and Switzerland": a list, not an apposition
        token = head
    return token


class ActorMatcher:
    """The pure core: Doc in, actor mentions out."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        keys = list(kb.phrases())
        for key, pattern in zip(keys, nlp.tokenizer.pipe(keys), strict=True):
            self.lower.add(key, [pattern])
        # "u.n." and "U.N." split into different tokens: add the cased spellings of dotted keys
        dotted = [key for key in keys if "." in key]
        for spelling in (str.upper, str.title):
            cased = [spelling(key) for key in dotted]
            for key, pattern in zip(dotted, nlp.tokenizer.pipe(cased), strict=True):
                self.lower.add(key, [pattern])
        for phrase, pattern in zip(kb.acronyms, nlp.tokenizer.pipe(kb.acronyms), strict=True):
            self.exact.add(phrase, [pattern])
        #: a match's label (string id of its phrase) -> the phrase's entries
        self._by_label: dict[int, tuple[tuple[Entry, ...], frozenset[str]]] = {}

    def _matched_spans(self, doc: Doc) -> list[tuple[Span, tuple[Entry, ...]]]:
        strings = doc.vocab.strings
        kept, covered = _longest_matches([*self.lower(doc), *self.exact(doc)])
        spans = [Span(doc, start, end, label=label) for label, start, end in kept]
        text = doc_text(doc)
        found = []
        # each test below only removes entries of some kinds: it is asked only of a phrase
        # that has such entries (most phrases name a country, a people or a role)
        for span in spans:
            entries, kinds = self._entries(span.label, strings)
            if len(span) == 1 and "person" in kinds and _inside_longer_name(span[0]):
                # "Clinton Gordon" is not Hillary Clinton: a surname alias that is only part
                # of a longer proper name names someone else
                entries = tuple(e for e in entries if e.kind != "person")
                kinds = _kinds(entries)
            if not kinds.isdisjoint(NAME_KINDS) and not _proper_name(span):
                # "a ban on grain exports" is not Ban Ki-moon, "forced labour" not Labour;
                # but "President obama" is a name after its title, whatever its case
                titled = self._after_title(span)
                entries = tuple(
                    e
                    for e in entries
                    if e.kind not in ("group", "person") or (titled and e.kind == "person")
                )
                kinds = _kinds(entries)
            if (
                _negated_name(span, text)
                or _provenance(span, text)
                or _former_possession(span, text)
            ):
                # "non-Muslims", "anti-American protesters", "a Russian-made missile":
                # not them
                continue
            if "group" in kinds and _portfolio(span):
                # "Serbian Labour Minister", "the Labor Ministry": a minister's field, not
                # the party of that name
                entries = tuple(e for e in entries if e.kind != "group")
                kinds = _kinds(entries)
            inside = _inside_other_name(span, entries, covered) if "group" in kinds else None
            if inside is not None:
                # "the Islamic Salvation Front", "the Asian Development Bank", "the Western
                # Wall", "Kanye West": a faith's, a people's or a region's word inside a name
                # we do not know is not that faith, people or region
                entries = tuple(e for e in entries if not inside(e))
                kinds = _kinds(entries)
            if not kinds.isdisjoint(GLOSSED_KINDS) and _gloss(span, covered):
                # "the Homeland Union (Conservatives)", "Municipality Association (AKK)": the
                # brackets translate or abbreviate the name before them, a name we do not know
                entries = tuple(e for e in entries if e.kind not in ("group", "person", "igo"))
                kinds = _kinds(entries)
            if "capital" in kinds and _venue(span):
                # "the Minsk agreements", "the Astana talks": where a pact was made or talks
                # are held, not a party to them (but "the Iran nuclear deal" names a party)
                entries = tuple(e for e in entries if e.kind != "capital")
                kinds = _kinds(entries)
            if "capital" in kinds and _place_after_preposition(span):
                # "a demonstration in Baku": a capital named as a place is its country, not
                # the government it stands for when it acts ("Baku accused Yerevan")
                entries = tuple(
                    self._capital_as_place(span, e, spans) if e.kind == "capital" else e
                    for e in entries
                )
                kinds = _kinds(entries)
            if (
                len(span) == 1
                and "person" in kinds
                and _place_after_preposition(span)
                and _city_of_note(span.text)
            ):
                # "police raided a warehouse in Lagos": a surname named as a place is the town
                # or city of that name (Lagos, Nigeria), not Ricardo Lagos
                entries = tuple(e for e in entries if e.kind != "person")
                kinds = _kinds(entries)
            if not kinds.isdisjoint(STATE_KINDS) and self._qualified_elsewhere(span, entries):
                entries = tuple(e for e in entries if e.kind not in ("capital", "country"))
            if entries:
                found.append((span, entries))
        return found

    def _entries(
        self, label: int, strings: StringStore
    ) -> tuple[tuple[Entry, ...], frozenset[str]]:
        """The knowledge base's entries for a match's label (the phrase's string id), and
        their kinds, looked up once per phrase."""
        known = self._by_label.get(label)
        if known is None:
            entries = self.kb.lookup(strings[label])
            known = self._by_label[label] = (entries, _kinds(entries))
        return known

    def _capital_as_place(self, span: Span, capital: Entry, kept: list[Span]) -> Entry:
        """The country a capital's name named as a place is in: its own, unless a city of that
        name in another country the sentence names is the one meant ("militias in Tripoli ...
        the north Lebanese port" is Tripoli, Lebanon), as the gazetteer picks among cities of
        comparable size."""
        own = self.kb.countries.get(capital.country or "", capital)
        sentence = span.sent
        first, end, strings = sentence.start, sentence.end, span.doc.vocab.strings
        others = {
            e.country
            for other in kept
            if first <= other.start < end and other != span
            for e in self._entries(other.label, strings)[0]
            if e.kind in ("country", "demonym") and e.country and e.country != capital.country
        }
        if not others:
            return own
        place = load_gazetteer().resolve(span.text, country_hint=tuple(sorted(others)))
        if place is None or place.precision != "city" or place.country not in others:
            return own
        return self.kb.countries.get(place.country, own)

    def _after_title(self, span: Span) -> bool:
        """Whether a phrase follows a capitalised title word: "President obama"."""
        if span.start == 0:
            return False
        title = span.doc[span.start - 1]
        return title.is_title and any(e.kind == "role" for e in self.kb.lookup(title.text))

    def _group_modifiers(
        self,
        doc: Doc,
        group: list[tuple[Span, tuple[Entry, ...]]],
        entries: tuple[Entry, ...],
        day: dt.date | None,
    ) -> tuple[list[tuple[Span, tuple[Entry, ...]]], tuple[Entry, ...]]:
        """The entries of a phrase with a group, without the names that only qualify a word.

        A country that backs or leads a group is not the group's ("US-backed Kurdish
        fighters", "Iranian-backed Hezbollah"). A group that backs, leads or is linked to the
        phrase's head is not its actor either: "Al-Qaeda-linked Somali militants" are Somali
        militants; "the Taliban-led government" and "the Hamas-run ministry" are the group's
        country in the head's role; "Al-Qaeda-linked rebels" name no country.
        """
        pairs = [
            (item, entry)
            for item, entry in zip(group, entries, strict=True)
            if not (entry.kind in PLACES and _qualifies(item[0]))
        ]
        rest = [(item, e) for item, e in pairs if not (e.kind == "group" and _qualifies(item[0]))]
        if len(rest) < len(pairs) and rest:
            if all(e.kind == "role" for _, e in rest):
                # the head is a role: the qualifying group lends its country, if it has one
                lent = []
                for item, entry in pairs:
                    if entry.kind == "group" and _qualifies(item[0]):
                        spell = spell_on(entry.spells, day)
                        country = self.kb.countries.get(spell.country or "") if spell else None
                        if country is not None:
                            lent.append((item, country))
                    else:
                        lent.append((item, entry))
                rest = lent
            pairs = rest
        return [item for item, _ in pairs], tuple(entry for _, entry in pairs)

    def _stateless(self, entries: tuple[Entry, ...], day: dt.date | None) -> bool:
        """Whether a phrase names no country of its own: only role words ("the students")
        and peoples that live in several countries ("Druze inhabitants")."""
        for entry in entries:
            if entry.kind == "group":
                spell = spell_on(entry.spells, day)
                if spell is None or spell.type != "identity" or spell.country:
                    return False
            elif entry.kind != "role":
                return False
        return True

    def _qualified_elsewhere(self, span: Span, entries: tuple[Entry, ...]) -> bool:
        """ "Paris, Texas", "Lebanon, Tennessee": a town named like a capital or a country,
        then a comma and a US state (or, after a capital, a country that is not its own)."""
        doc = span.doc
        start = span.end + 1
        if start >= len(doc) or doc[span.end].text != ",":
            return False
        stop = start
        while stop < len(doc) and stop - start < 3 and doc[stop].pos_ == "PROPN":
            stop += 1
        if stop == start or (stop < len(doc) and doc[stop].lower_ in ("and", "or")):
            return False  # "Moscow, Washington and Beijing" is a list of capitals
        qualifier = doc[start:stop].text
        own = {e.country for e in entries if e.kind in ("capital", "country")}
        meanings = self.kb.lookup(qualifier)
        if any(e.kind in ("capital", "seat") for e in meanings):
            return False  # "Moscow, Washington, Beijing": a capital is no qualifier
        is_country = any(e.kind == "country" for e in meanings)
        if us_state_code(qualifier) is not None and not is_country:
            return "USA" not in own  # not "Russia, Georgia and Ukraine"
        if any(e.kind == "country" for e in entries):
            return False  # "in France, Germany": a list of countries
        return any(e.kind == "country" and e.country not in own for e in meanings)

    def __call__(self, doc: Doc, day: dt.date | None) -> list[ActorMention]:
        groups: dict[int, list[tuple[Span, tuple[Entry, ...]]]] = defaultdict(list)
        matched = self._matched_spans(doc)
        # "In Georgia, police arrested...": the place a sentence sets its scene in
        scenes: dict[int, list[tuple[Token, Entry]]] = defaultdict(list)
        roots = [span.root for span, _ in matched]
        for (span, entries), root in zip(matched, roots, strict=True):
            # (through an apposition: "in the capital Dakar", "in the capital, Kinshasa")
            node = root.head if root.dep_ == "appos" and root.head.pos_ == "NOUN" else root
            if node.dep_ == "pobj" and node.head.lower_ in ("in", "inside"):
                for place in entries[:1]:
                    if place.kind in ("country", "capital"):
                        scenes[span.sent.start].append((node.head, place))
        # "Taiwan's foreign minister", "the mayor of Kyiv": a role owned by a place
        owners: dict[int, tuple[str, tuple[Entry, ...]]] = {}
        # "Hungarian and Romanian officials": a second nationality for the same head
        coordinated: dict[int, list[tuple[Span, tuple[Entry, ...]]]] = defaultdict(list)
        for (span, entries), root in zip(matched, roots, strict=True):
            place = next((e for e in entries if e.kind in PLACES), None)
            if place is not None and root.dep_ == "poss":
                owners.setdefault(root.head.i, ("'s", (place,)))
                if root.head.dep_ == "compound":
                    # "Russia's deputy foreign minister Sergei Ryabkov": the role is parsed
                    # as a modifier of the name, which heads the phrase the role's owner owns
                    owners.setdefault(phrase_head(root.head).i, ("'s", (place,)))
            first = root.head
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head  # "Egyptian, Qatari and Israeli officials": the first
            if (
                place is not None
                and root.dep_ == "conj"
                and first.dep_ in ("amod", "compound", "nmod")
                and first.head.i != first.i
            ):
                coordinated[phrase_head(first).i].append((span, entries))
                continue
            if place is not None and _listed_modifier(root):
                # "British, French and German counterparts": the first of a list of
                # nationalities, each a modifier of the noun
                coordinated[phrase_head(root).i].append((span, entries))
                continue
            partner = _demonym_joined_to_role(root, span, place)
            if partner is not None:
                # "Kyrgyz and Tajik border guards", parsed as "Kyrgyz" and "guards" joined
                coordinated[partner.i].append((span, entries))
                continue
            head = phrase_head(root)
            if (
                head.i != root.i
                and _through_apposition(root, head)
                and _named(head, matched)
                and not _named(_apposition_of(root), matched)
            ):
                # "Pakistan, a key U.S. ally": the apposition describes the name, whose
                # own country stands; the apposition is a phrase of its own (but "Moscow,
                # Russia" is one place)
                head = _apposition_of(root)
            groups[head.i].append((span, entries))
        self._city_owners(doc, matched, owners, scenes)
        possessed = dict(owners)  # "Rwanda's Senate": the places owning a role by "'s"
        for token_i, group in groups.items():
            owner = _owner_of(doc[token_i], group, day)
            if owner is not None:
                role_i, (prep, entries) = owner
                if token_i in possessed and all(e.kind == "role" for e in entries):
                    # "opponents of Rwanda's Senate": the owned role brings its own owner
                    owner = role_i, (prep, (*possessed[token_i][1], *entries))
                held = owners.get(owner[0])
                if held is not None and held[0] in LOCATED and prep in ("of", "from"):
                    # "leaders of BRICS in Kazan": whose they are, not where they are
                    owners[owner[0]] = owner[1]
                else:
                    owners.setdefault(*owner)
        mentions: list[ActorMention] = []
        names: dict[str, ActorMention] = {}
        # "the army", "the junta": roles told without a country, read once all are resolved
        unowned: list[tuple[Token, list[tuple[Span, tuple[Entry, ...]]]]] = []
        # (the parts of speech read from the Doc's array: a word that starts no phrase
        # matters only as a name said again, and most words are no name)
        for i, pos in enumerate(doc.to_array(POS).tolist()):
            group = groups.get(i)
            if not group and (not names or pos != PROPN):
                continue  # most words: no Token built for them
            token = doc[i]
            if group and names and _another_persons_surname(token, group, names):
                # "General Charles Q. Brown Jr. visited Israel. Brown said": the Brown the
                # article named, not another Brown the knowledge base knows
                group = None
            if group:
                mention = self._resolve_group(doc, token, group, day, scenes, owners)
                if mention is not None:
                    mentions.append(mention)
                    names.update(dict.fromkeys(_new_names(doc, mention, group), mention))
                elif _bare_role(token, group):
                    unowned.append((token, group))
                for other in coordinated.get(token.i, ()):
                    # the same role for the other nationality: "Romanian officials"
                    roles = [item for item in group if all(e.kind == "role" for e in item[1])]
                    also = self._resolve_group(doc, token, [*roles, other], day, scenes, {})
                    if also is not None:
                        # in text order: "Kyrgyz and Tajik border guards" starts before
                        # the phrase it was joined to
                        insort(mentions, also, key=_start)
            elif token.pos_ == "PROPN" and token.dep_ not in PHRASE_LINKS:
                known = names.get(token.text)
                # (not a word of the phrase that named it: "Barack Obama" is one mention)
                if known is not None and not known.start <= i < known.end:
                    actor = _retext(known.actor, token.text)
                    why = f"named earlier in the document as {known.actor.text!r}"
                    mentions.append(
                        ActorMention(
                            token.i,
                            token.i + 1,
                            token.i,
                            actor,
                            why,
                            "name",
                            entries=known.entries,
                            is_person=known.is_person,
                        )
                    )
        if unowned:
            mentions = self._named_before(doc, unowned, mentions, day)
        return mentions + _quantified(doc, mentions)

    def _named_before(
        self,
        doc: Doc,
        unowned: list[tuple[Token, list[tuple[Span, tuple[Entry, ...]]]]],
        mentions: list[ActorMention],
        day: dt.date | None,
    ) -> list[ActorMention]:
        """The mentions plus the roles told without a country that stand for the same role
        named before with one: "Myanmar's military seized power ... The army declared a state
        of emergency" (MMRMIL), "Iranian security forces killed nine people ... Amnesty accused
        the security forces" (IRNCOP). A reader takes the role to be the one the article
        already named, as long as it is near enough to be in view."""
        starts = [sent.start for sent in doc.sents]
        resolved = list(mentions)
        for head, group in unowned:
            if _titles_known_name(head, group, mentions):
                continue
            roles = tuple(e for _, entries in group for e in entries[:1])
            sector = roles[0].sector
            here = bisect_right(starts, head.i) - 1
            in_view = []
            for mention in reversed(resolved):
                # (a modifier's role counts too: "Myanmar's military seized power" may be
                # parsed as qualifying "power")
                if mention.end > head.i:
                    continue
                if here - (bisect_right(starts, mention.head) - 1) > ROLE_WINDOW_SENTENCES:
                    break
                actor = mention.actor
                if actor.country is None or actor.sectors[:1] != (sector,):
                    continue
                in_view.append(mention)
            # the same role word first: "Niger's military junta ordered ... Macron said ...
            # The junta accused France" is Niger's junta, not the latest government named
            # (a kind of the role counts as the role: "Russia's Foreign Ministry summoned the
            # German ambassador. The ministry accused Berlin" is Russia's ministry)
            role_ids = {role.kb_id for role in roles}
            role_names = {role.name for role in roles}
            same_role = [
                m
                for m in in_view
                if any(
                    e.kb_id in role_ids
                    or (e.kind == "role" and e.name.rpartition(" ")[2] in role_names)
                    for e in m.entries
                )
            ]
            if not in_view and sector in _home_sectors():
                in_view = _sole_country_here(doc, head, resolved)
            for mention in [*same_role[:1], *in_view]:
                actor = mention.actor
                country = self.kb.countries.get(actor.country)
                spans = [span for span, _ in group]
                start = min(span.start for span in spans)
                end = max(span.end for span in spans)
                end = max(end, head.i + 1)  # "opposition leader Nika Gvaramia": the person too
                text = doc[start:end].text
                resolution = (
                    resolve_actor(text, (country, *roles), day, self.kb) if country else None
                )
                if resolution is None:
                    continue
                why = f"{text!r} is the role named before as {actor.text!r}"
                found = ActorMention(
                    start, end, head.i, resolution.actor, why, "coref", True, roles
                )
                insort(resolved, found, key=_start)  # in text order, as the others are
                break
        return resolved

    def _minority(
        self,
        doc: Doc,
        head: Token,
        group: list[tuple[Span, tuple[Entry, ...]]],
        entries: tuple[Entry, ...],
        bounds: tuple[int, int],
        text: str,
        day: dt.date | None,
        scenes: dict[int, list[tuple[Token, Entry]]],
        owners: dict[int, tuple[str, tuple[Entry, ...]]],
    ) -> Resolution | None:
        """An ethnic minority placed in another country: "ethnic Albanians in south Serbia",
        "the Albanians of southern Serbia", "ethnic Albanian guerrillas operating in Macedonia"
        are coded, as CAMEO does (manual 10.0.4: HRVSER for ethnic Serbs living in Croatia), by
        the country they live in, with the ethnic code when the manual gives one (ABN).

        A demonym is an ethnicity when "ethnic" says so, or when it names the people and "of"
        gives their place ("the Serbs of Bosnia"); "Americans in Iraq" stay American. The
        place is the phrase's owner ("of", "in", "from") or, after "ethnic", the place the
        clause is set in ("ethnic Albanians demonstrated in Serbia"). `text` is the phrase's
        (tokens `bounds`)."""
        demonyms = False
        for entry in entries:
            if entry.kind == "demonym":
                demonyms = True
            elif entry.kind in ("country", "capital", "seat"):
                return None
        if not demonyms:
            return None  # most groups: no people named, nothing to place
        pairs = list(zip((span for span, _ in group), entries, strict=True))
        span, demonym = next((s, e) for s, e in pairs if e.kind == "demonym")
        # the words are read only when the phrase's text has "ethnic" in it at all
        ethnic = "ethnic" in text.lower() and any(
            t.lower_ == "ethnic" for t in doc[bounds[0] : bounds[1]]
        )
        names_people = span.start <= head.i < span.end and head.tag_ in ("NNS", "NNPS")
        owner = owners.get(head.i)
        place: Entry | None = None
        if owner is not None and (ethnic or (owner[0] == "of" and names_people)):
            place = next((e for e in owner[1] if e.kind in ("country", "capital")), None)
        if place is None and ethnic:
            place = _scene_of(scenes, head)
        if place is None or place.country == demonym.country:
            return None
        country = self.kb.countries.get(place.country or "", place)
        rest = tuple(e for _, e in pairs if e is not demonym)
        resolved = resolve_actor(text, (country, *rest), day, self.kb)
        if resolved is None:
            return None
        actor = resolved.actor
        ethnic_code = self.kb.ethnic_codes.get(demonym.country or "")
        if ethnic_code and not actor.code.endswith(ethnic_code):
            actor = replace(actor, code=actor.code + ethnic_code)
        why = f"{resolved.why}: ethnic {demonym.name} people living in {country.name}"
        return Resolution(actor, why)

    def _city_owners(
        self,
        doc: Doc,
        matched: list[tuple[Span, tuple[Entry, ...]]],
        owners: dict[int, tuple[str, tuple[Entry, ...]]],
        scenes: dict[int, list[tuple[Token, Entry]]],
    ) -> None:
        """Places the knowledge base does not name but the gazetteer knows, as owners of a
        role ("a missionary from Calgary", "the governor of Kirkuk province") and as the
        scene of a sentence ("Police in the northern city of Kirkuk arrested..."): their
        country. Only after a preposition of place or ownership, where a name is a place."""
        covered: set[int] | None = None  # the matched words, once a name needs them
        # the words read from the Doc's array: no Token built for the other words
        for i, lower in enumerate(doc.to_array(LOWER).tolist()):
            if lower not in OWNING_IDS:
                continue
            prep = doc[i]
            if prep.dep != PREP_ID or prep.head.i == prep.i:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                name = _place_name(pobj)
                if not name:
                    continue
                if covered is None:
                    covered = {i for span, _ in matched for i in range(span.start, span.end)}
                if any(t.i in covered for t in name):
                    continue
                after = name[-1].i + 1
                qualifier = None
                if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].is_title:
                    qualifier = doc[after + 1].text  # "Paris, Texas", "Lebanon, Tenn."
                place = load_gazetteer().resolve(
                    " ".join(t.text for t in name), qualifier=qualifier, own_names=True
                )
                country = self.kb.countries.get(place.country) if place is not None else None
                if country is None:
                    continue
                owners.setdefault(prep.head.i, (prep.lower_, (country,)))
                if prep.lower_ in ("in", "inside"):
                    scenes[prep.sent.start].append((prep, country))

    def _resolve_group(
        self,
        doc: Doc,
        head: Token,
        group: list[tuple[Span, tuple[Entry, ...]]],
        day: dt.date | None,
        scenes: dict[int, list[tuple[Token, Entry]]],
        owners: dict[int, tuple[str, tuple[Entry, ...]]],
    ) -> ActorMention | None:
        if len(group) > 1:
            group.sort(key=lambda item: item[0].start)
        spans = [span for span, _ in group]  # the whole phrase, whatever is left out below
        entries = tuple(pick_meaning(entries, day, len(span)) for span, entries in group)
        # the countries backing what the phrase names ("Iran-backed militants": Iran)
        backers = {
            e.country
            for (span, _), e in zip(group, entries, strict=True)
            if e.kind in PLACES and _backs(span)
        }
        if backers:
            # "the Iran-backed group attacked ships": not Iran; with nothing else named, the
            # phrase is left to what it refers to
            pairs = [
                (item, e)
                for item, e in zip(group, entries, strict=True)
                if not (e.kind in PLACES and _backs(item[0]))
            ]
            if not pairs:
                return None
            group, entries = [item for item, _ in pairs], tuple(e for _, e in pairs)
        if any(e.kind == "group" for e in entries):
            group, entries = self._group_modifiers(doc, group, entries, day)
        # (the spans are in text order: the first starts first)
        stop = spans[0].end if len(spans) == 1 else max(span.end for span in spans)
        start, end = min(spans[0].start, head.i), max(stop, head.i + 1)
        while start > 0:
            before = doc[start - 1]
            if before.dep_ not in ("amod", "compound", "nmod") or not (
                start <= before.head.i < end
            ):
                break
            start -= 1  # "former President Joe Biden": modifiers belong to the phrase
        last = doc[end - 1]
        text = doc_text(doc)[doc[start].idx : last.idx + len(last)]  # Span.text, not rejoined
        if _names_country(head, group):
            # "NATO-member Norway", "EU member Hungary": the country, not the organisation
            pairs = [(item, e) for item, e in zip(group, entries, strict=True) if e.kind != "igo"]
            group, entries = [item for item, _ in pairs], tuple(e for _, e in pairs)
        resolution = resolve_actor(text, entries, day, self.kb)
        minority = self._minority(
            doc, head, group, entries, (start, end), text, day, scenes, owners
        )
        if minority is not None:
            resolution = minority
        own = entries  # the phrase's own meanings, without its owner's
        owner = owners.get(head.i)
        if owner is not None and owner[0] in ("'s", "of") and _other_countrys_seat(entries, owner):
            # "Brazil's Congress", "the Congress of Peru": not the US Congress
            entries = (*owner[1], *entries)
            resolution = resolve_actor(text, entries, day, self.kb)
            owner = None
        # (only a phrase with an owner asks: most have none)
        stateless = owner is not None and self._stateless(entries, day)
        if owner is not None and stateless and resolution is not None:
            owner = None if resolution.actor.country is not None else owner
        if owner is not None and owner[0] == LIST and resolution is None:
            return None
        if (
            owner is not None
            and owner[0] not in ("of", "'s", "from", LIST)
            and all(e.kind == "role" for e in entries)
            and not _names_people(head, spans)
        ):
            owner = None  # "military exercises in Alaska": where the act is, not whose
        if owner is not None and stateless and _may_own(owner[0], entries):
            # "Taiwan's Vice Foreign Minister", "the mayor of Kyiv", "leaders of Hamas",
            # "students throughout Indonesia", "Druze inhabitants of the Golan Heights"
            entries = (*entries, *owner[1])
            owned = resolve_actor(text, entries, day, self.kb)
            if owned is not None:
                why = f"{owned.why}, the role's owner named beside it"
                resolution = type(owned)(owned.actor, why)
        if (
            resolution is None
            and all(e.kind == "role" for e in entries)
            and _may_own("in", entries)
            and _names_people(head, spans)
            and not called_foreign(head)
            and not _refers_back(head)
        ):
            place = _scene_of(scenes, head)
            proxies = _proxy_word(head)
            if place is not None and proxies and backers - {place.country}:
                # "Iran-backed militants struck a base in Jordan": an armed group named only
                # by the country backing it is its proxy acting across borders, an
                # international militarised group (CAMEO IMG, manual 3.1.9), not rebels of
                # the place where it acts (but "government-backed militias" in Darfur are
                # Sudan's: no other country backs them)
                actor = Actor(text, "IMG", None, (), head.lower_, None)
                why = f"{head.text!r} backed by another: an international militarised group"
                resolution, place = Resolution(actor, why), None
            if place is not None:
                # "In Georgia, police arrested...": a role without a country acts where
                # the sentence sets the scene, not where another clause does ("Israel
                # closed the crossings into Gaza, a military spokesman said")
                resolution = resolve_actor(text, (place, *entries), day, self.kb)
                if resolution is not None:
                    why = f"{resolution.why}, from the place the sentence names"
                    resolution = type(resolution)(resolution.actor, why)
        if resolution is None:
            return None
        names_actor = (
            any(span.start <= head.i < span.end for span, _ in group)
            or head.pos_ == "PROPN"
            or head.lemma_.lower() in PARTY_NOUNS
        )
        # whether the head is a place's name is asked last: the other terms are cheaper
        is_person = (
            any(e.kind == "person" for e in own)
            or _office_holder(head)
            or (
                # (a word in lower case is no name, whatever its tag: "China's coast guard")
                head.pos_ == "PROPN"
                and not head.is_lower
                and bool(resolution.actor.sectors)
                and not any(
                    span.start <= head.i < span.end and e.kind != "role"
                    for span, e in zip((span for span, _ in group), own, strict=True)
                )
            )
        )
        return ActorMention(
            start,
            end,
            head.i,
            resolution.actor,
            resolution.why,
            "kb",
            names_actor,
            own,
            is_person,
        )


#: the offices one person holds at the head of a state or government (coreference reads
#: them too: "the president" refers to a person named before)
HEAD_OFFICES = frozenset(
    {
        "president",
        "premier",
        "minister",
        "chancellor",
        "king",
        "queen",
        "emir",
        "monarch",
        "secretary",
    }
)
#: words for an office one person holds: "the French president", "the UN Secretary-General"
#: are people a later "he" or "his" may refer to
OFFICE_HOLDERS = HEAD_OFFICES | frozenset(
    {
        "general",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "governor",
        "mayor",
        "commander",
        "prosecutor",
        "chief",
        "leader",
        "chairman",
        "chairwoman",
        "commissioner",
        "pope",
        "sultan",
        "crown",
    }
)


def _office_holder(head: Token) -> bool:
    """Whether a phrase names one holder of an office: its head is a singular office word."""
    return head.tag_ in ("NN", "NNP") and head.lower_ in OFFICE_HOLDERS


#: nouns that stand for the party a name qualifies: "the Israeli side" is Israel, "the
#: Turkish and Greek sides" Turkey and Greece
PARTY_NOUNS = frozenset({"side"})

#: prepositions after which a capital is a place, not its government acting
LOCATIVE = LOCATION_PREPS - {"from", "into"}
#: owning prepositions that say where a role is, which "of" or "from" outranks
LOCATED = frozenset({"in", "inside", "throughout", "across"})
#: prepositions that tie a role to the country, person or organisation it belongs to:
#: "the mayor of Kyiv", "doctors from two American aid groups", "students across Iran"
OWNING = frozenset({"of", "from", "in", "inside", "throughout", "across"})
OWNING_IDS = frozenset(map(get_string_id, OWNING))
PREP_ID = get_string_id("prep")
#: sectors whose people serve abroad: "peacekeepers in Lebanon" are not Lebanon's, nor are
#: "aid agencies in Sudan" Sudan's
ABROAD = frozenset({"IGOPKO", "NGOHLH"})
#: what `_owner_of` says of a role owned by a list of actors: "leaders of China and Russia"
LIST = "list"
#: role words for people posted abroad: "diplomats in Beijing" are not China's
POSTED = frozenset(
    {
        "diplomat",
        "diplomats",
        "ambassador",
        "ambassadors",
        "envoy",
        "envoys",
        "embassy",
        "consulate",
        "consul",
        "delegation",
        "delegations",
        "aid workers",
        "high commissioner",
        "high commissioners",
        "high commission",
    }
)
#: words that count or gather the people of the phrase after "of": "tens of thousands of
#: students", "a group of Chechen refugees", "some of the rebels"
QUANTIFIERS = frozenset(
    {
        "tens",
        "hundreds",
        "thousands",
        "millions",
        "dozens",
        "scores",
        "dozen",
        "hundred",
        "thousand",
        "million",
        "group",
        "groups",
        "number",
        "handful",
        "band",
        "contingent",
        "team",
        "majority",
        "some",
        "many",
        "most",
        "all",
        "several",
        "few",
        "none",
    }
)


def _gloss(span: Span, covered: set[int]) -> bool:
    """Whether a phrase in brackets glosses an unknown name before it: "the Homeland Union
    (Conservatives)", "Municipality Association (AKK)". An acronym made of the name's
    initials still names what the knowledge base says ("Revolutionary United Front (RUF)")."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc):
        return False
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    name = []
    i = span.start - 2
    while i >= 0 and (doc[i].pos_ == "PROPN" or doc[i].lower_ in ("of", "for", "the", "and")):
        name.append(doc[i])
        i -= 1
    if not name or name[0].pos_ != "PROPN" or name[0].i in covered:
        return False  # "Hizbollah (Party of God)": a name we know, glossed
    text = span.text.replace(".", "")
    if text.isupper():
        initials = {t.text[0].upper() for t in name if t.pos_ == "PROPN"}
        return not set(text) <= initials
    return True


def _longest_matches(
    matches: list[tuple[int, int, int]],
) -> tuple[list[tuple[int, int, int]], set[int]]:
    """The (label, start, end) matches spaCy's `filter_spans` keeps, in text order, and the
    tokens they cover: of overlapping matches the longest, then the first, wins (the same
    choice, made on the matcher's tuples so that only the kept matches become Spans)."""
    ordered = sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
    kept = []
    covered: set[int] = set()
    for match in ordered:
        _, start, end = match
        # as `filter_spans`: a match is dropped when its first or last token is taken
        if start not in covered and end - 1 not in covered:
            kept.append(match)
            covered.update(range(start, end))
    kept.sort(key=lambda m: m[1])
    return kept, covered


def _start(mention: ActorMention) -> int:
    return mention.start


def actor_side(actor: Actor, state_sectors: Iterable[str]) -> tuple[str, str]:
    """Whom an actor speaks for: its country's state (a country, its government, army or
    courts are one side; `state_sectors` names their sectors, in lower case), or a group
    within it (its rebels, opposition, people: "Sudan's army and the RSF" are two sides). An
    actor of no country (an organisation, a region) is a side of its own."""
    sector = actor.sectors[0] if actor.sectors else ""
    side = "" if not sector or sector.lower() in state_sectors else sector
    return actor.country or actor.code, side


def _kinds(entries: tuple[Entry, ...]) -> frozenset[str]:
    return frozenset(e.kind for e in entries)


def _widespread(entry: Entry) -> bool:
    """Whether an entry is a faith, a people of no one country ("Kurds", "Arabs") or a world
    region ("the West", "Africa")."""
    return entry.kind == "group" and any(
        spell.type in PEOPLES and spell.country is None for spell in entry.spells
    )


#: how many sentences back a role told without a country may find the same role named
ROLE_WINDOW_SENTENCES = 4
#: determiners of a role that tell of people not named before: "a soldier", "some police"
INDEFINITE = frozenset({"a", "an", "another", "some", "any", "no"})
#: counts of a plural that refer back to the actors named before: "the two leaders", "both
#: sides", "the three countries", and how many each counts (read by coreference too)
PAIR_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}


@functools.cache
def _home_sectors() -> frozenset[str]:
    """Sectors of people who act at home, whose role told bare is of the one country in view:
    police and soldiers, protesters, students and workers (the pattern word lists
    `security_sectors` and `dissent_sectors`; not reporters or officials, who may be of any
    side: "Biden spoke to reporters"; rebels are read by the events' own rule)."""
    words = load_patterns().words
    listed = words.get("security_sectors", frozenset()) | words.get("dissent_sectors", frozenset())
    return frozenset(sector.upper() for sector in listed)  # (word lists are read lower-case)


#: what a country owns at home, by which it is the country in view ("stormed Brazil's
#: Congress", "detained Niger's President Bazoum"), not anything it may own ("stormed Sweden's
#: embassy", "burned Israel's flag", "denounced Russia's invasion": not that country's police)
HOME_INSTITUTIONS = frozenset(
    {"congress", "parliament", "legislature", "assembly", "senate", "court", "government",
     "presidency", "president", "palace", "ministry", "cabinet", "capital", "police"}
)  # fmt: skip


def _sole_country_here(doc: Doc, head: Token, mentions: list[ActorMention]) -> list[ActorMention]:
    """A mention of the one country its sentence (and the one before) names, when a role told
    without a country finds no role of its kind named before: "Nepali Prime Minister Oli
    resigned after police killed 19 protesters" (Nepal's police). With two countries in view,
    or a place, the role is no one's."""
    sentence = head.sent
    # (and the sentence before: "Georgians protested outside parliament. Riot police
    # dispersed the protesters")
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    here = [m for m in mentions if start <= m.head < sentence.end and m.actor.country is not None]
    # (only people of a country, "Nepali Prime Minister Oli", set the scene: a town or a
    # country named, "gathered in Seoul", may be where anyone is: `SCENE_KINDS`)
    # (a country owning what the sentence names, and what it owns, set no scene: "stormed
    # Brazil's Congress" names Brazil's legislature, not a place where anyone may be)
    owned = {
        m.head
        for m in here
        if doc[m.head].dep_ == "poss" and doc[m.head].head.lemma_.lower() in HOME_INSTITUTIONS
    }
    owned |= {doc[i].head.i for i in owned}
    # (nor does a country that acts, told as a subject: "Georgia held an election on Saturday.
    # The opposition accused the government of fraud" is Georgia's opposition)
    owned |= {m.head for m in here if doc[m.head].dep_ in ("nsubj", "nsubjpass")}
    if not here or any(
        all(e.kind in SCENE_KINDS for e in m.entries) and m.head not in owned for m in here
    ):
        return []
    # (who speaks of the role in its own clause says nothing of whose it is: "Rubio urged
    # police to show restraint", "Scholz condemned the violence against protesters"; but
    # "Georgian authorities arrested opposition leader Gvaramia" is Georgia's own)
    verb = _clause_verb(head)
    if verb.lemma_.lower() in _speaking_verbs():
        speakers = {s.i for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")}
        here = [m for m in here if m.head not in speakers]
    if len({m.actor.country for m in here}) != 1:
        return []
    return here[:1]


@functools.cache
def _speaking_verbs() -> frozenset[str]:
    """Verbs by which one speaks of others, asks them or reacts to them (the pattern word
    lists `reaction_verbs`, `reporting_verbs` and `unasserted_heads`)."""
    words = load_patterns().words
    lists = ("reaction_verbs", "reporting_verbs", "unasserted_heads")
    return frozenset().union(*(words.get(name, frozenset()) for name in lists))


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a word is in: the first verb above it with a subject of its
    own, or the sentence's root."""
    node = token.head
    while node.head.i != node.i and not (
        node.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
    ):
        node = node.head
    return node


def _refers_back(head: Token) -> bool:
    """Whether a role phrase refers to actors named elsewhere, not to the place where the
    sentence is set: "its forces", "whose forces", "their leaders", "the two leaders met in St
    Vincent"
    (whom the possessive or the count refers to, which coreference resolves)."""
    children = list(head.children)
    # (and "whose forces": the forces of the noun the relative clause describes)
    if any(c.dep_ == "poss" and (c.pos_ == "PRON" or c.tag_ == "WP$") for c in children):
        return True
    # ("two local reporters" are new people; "the two leaders" and "both sides" are not)
    definite = any(c.lower_ in ("the", "both") for c in children)
    return definite and any(c.lower_ in PAIR_COUNTS and c.dep_ != "prep" for c in children)


def _bare_role(head: Token, group: list[tuple[Span, tuple[Entry, ...]]]) -> bool:
    """Whether a phrase is one role with a sector told with no owner at all: "the army",
    "the junta", "protesters" (not "a soldier", "its troops", "foreign journalists")."""
    if len(group) != 1 or head.dep_ in ("compound", "amod", "poss"):
        return False
    span, entries = group[0]
    if not entries or entries[0].kind != "role" or not entries[0].sector:
        return False
    titled = _title_of_name(span, head)
    if not (span.start <= head.i < span.end or titled):
        return False
    if called_foreign(head) or _refers_back(head):
        return False
    if span.text.lower() in POSTED:
        return False  # "diplomats said": posted abroad, of no country the story named
    if any(c.lower_ in INDEFINITE or c.dep_ in ("poss", "prep") for c in head.children):
        return False
    # "officials said": people of the state told bare are the report's sources, of any side;
    # "the junta", "the authorities" refer back
    return entries[0].sector != "GOV" or any(c.lower_ == "the" for c in head.children)


def _titles_known_name(
    head: Token, group: list[tuple[Span, tuple[Entry, ...]]], mentions: list[ActorMention]
) -> bool:
    """Whether a role told bare is the title of a person already resolved: "Lt. Gen. Prosper
    Avril", "Army chief General Abdel Fattah al-Burhan" (the person's own mention says who)."""
    start = min(span.start for span, _ in group)
    end = max(span.end for span, _ in group)
    return any(m.start <= head.i < m.end or (m.start <= end and m.end > start) for m in mentions)


def _title_of_name(span: Span, head: Token) -> bool:
    """Whether a role is the title before a name the knowledge base does not know:
    "arrested opposition leader Nika Gvaramia" (the role is the person's)."""
    doc = span.doc
    return (
        head.pos_ == "PROPN"
        and span.end <= head.i
        and all(t.pos_ == "PROPN" for t in doc[span.end : head.i + 1])
    )


def _names_people(head: Token, spans: list[Span]) -> bool:
    """Whether a phrase's head is its role or a name ("police", "President X"), not a
    thing its words qualify ("military exercises")."""
    return head.pos_ == "PROPN" or any(span.start <= head.i < span.end for span in spans)


#: modifiers of people that say they are not of the place where they are: "two foreign
#: journalists detained in Kabul" are not Afghanistan's, nor is "a multinational force" in Haiti
FOREIGN_MODIFIERS = frozenset(
    {"foreign", "international", "multinational", "overseas", "expatriate"}
)


def called_foreign(head: Token) -> bool:
    """Whether a role's people are called foreigners where they are ("foreign journalists")."""
    return any(c.dep_ == "amod" and c.lower_ in FOREIGN_MODIFIERS for c in head.lefts)


#: prefixes that turn a name into what a phrase is not, is against or is for: "non-Muslims",
#: "anti-Syria journalist", "anti-American protesters", "anti-Taliban forces"; "the
#: pro-Western government of Georgia" is Georgia's, "pro-Russian separatists" are not Russia
NEGATING_PREFIXES = frozenset({"non", "anti", "pro"})


#: "a Russian-made missile", "US-supplied weapons": where a thing comes from, not who acts
#: with it (a group's backer is read in `_group_modifiers`)
PROVENANCE = frozenset(
    {
        "made", "built", "designed", "manufactured", "produced", "supplied", "provided",
        "donated", "speaking", "language",  # "a French-speaking country" is not France
    }
)  # fmt: skip
#: what a country once held: "the one-time French colony", "a former Soviet republic" are
#: not France or Russia
POSSESSIONS = frozenset(
    {"colony", "protectorate", "republic", "territory", "dominion", "possession", "satellite"}
)
#: how the words of `POSSESSIONS` begin, in the singular and the plural ("colonies")
POSSESSION_STEMS = tuple(sorted({word[:5] for word in POSSESSIONS}))
#: words that put a possession in the past ("one-time" may be parsed as "one", "-", "time")
ONCE = frozenset({"former", "ex", "erstwhile", "onetime", "one-time"})


def _provenance(span: Span, text: str) -> bool:
    """Whether the name is the first half of "Russian-made", "US-supplied". `text`: the Doc's."""
    # the hyphen's token starts right after the name or after one space (a longer space is a
    # token of its own): most names have no hyphen there, and need no Token built
    if HYPHENS.isdisjoint(text[span.end_char : span.end_char + 2]):
        return False
    doc = span.doc
    end = span.end
    return end + 1 < len(doc) and doc[end].text in HYPHENS and doc[end + 1].lower_ in PROVENANCE


def _former_possession(span: Span, text: str) -> bool:
    """Whether the name qualifies what its country once held: "the one-time French colony",
    "a former Soviet republic" (the country itself is not named). `text`: the Doc's."""
    after = text[span.end_char : span.end_char + 16].lstrip().lower()
    if not after.startswith(POSSESSION_STEMS):
        return False  # (most names: no "colony" right after them, no Token to build)
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lemma_.lower() not in POSSESSIONS:
        return False
    root = span.root
    head = root.head
    if root.dep_ not in ("amod", "compound") or head.i != span.end:
        return False
    return any(
        c.lower_ in ONCE or (c.lower_ == "time" and any(g.lower_ == "one" for g in c.children))
        for c in head.children
        if c.i < root.i
    )


def _negated_name(span: Span, text: str) -> bool:
    """Whether a prefix negates the name: "non-Muslims", "anti-American". `text`: the Doc's."""
    doc = span.doc
    if span.start == 0:
        return False
    # the character before the name: the previous word's last, unless white space follows it
    previous = text[span.start_char - 1]
    if not previous.isspace() and previous not in HYPHENS:
        return False  # most names: no hyphen before them, no prefix to read
    if doc[span.start - 1].text[-1] not in HYPHENS:
        return False
    before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
    return (len(before) == 2 and before[0] in NEGATING_PREFIXES and before[1] in HYPHENS) or (
        bool(before) and before[-1].rstrip("-–") in NEGATING_PREFIXES and before[-1][-1] in "-–"
    )


def _demonym_joined_to_role(root: Token, span: Span, place: Entry | None) -> Token | None:
    """The noun a lone nationality word is joined to when the parser reads "Kyrgyz and Tajik
    border guards" as "Kyrgyz" and "Tajik border guards": the first nationality shares the
    second's role. None for a nationality that heads its own phrase ("Afghans and Pakistani
    officials" has "Afghans" as people)."""
    if place is None or place.kind != "demonym" or len(span) != 1 or root.tag_ not in ("JJ", "NNP"):
        return None
    for dep, child in ((c.dep_, c) for c in root.children):
        if dep == "conj" and child.pos_ == "NOUN" and child.tag_ == "NNS":
            qualified = any(t.dep_ in ("amod", "compound") for t in child.lefts)
            return child if qualified else None
    return None


def _other_countrys_seat(entries: tuple[Entry, ...], owner: tuple[str, tuple[Entry, ...]]) -> bool:
    """Whether a phrase names only a seat of power ("Congress") and its owner is a country
    other than the seat's: "Brazil's Congress" is Brazil's legislature."""
    seats = [e for e in entries if e.kind == "seat"]
    if not seats or any(e.kind not in ("seat", "role") for e in entries):
        return False
    places = [e for e in owner[1] if e.kind in PLACES and e.country]
    return bool(places) and places[-1].country != seats[-1].country


def _inside_other_name(
    span: Span, entries: tuple[Entry, ...], covered: set[int]
) -> Callable[[Entry], bool] | None:
    """Which of a phrase's group entries are only a word of a longer name the knowledge base
    does not know: faiths, peoples and regions before an unknown head ("the Islamic
    Salvation Front", "the Western Wall"), a region after an unknown given name ("Kanye
    West"). None when the phrase names what it says."""
    if any(map(_widespread, entries)) and _names_something_else(span, covered):
        return _widespread
    if any(map(is_region, entries)) and _after_unknown_name(span, covered):
        return is_region
    return None


def is_region(entry: Entry) -> bool:
    """Whether an entry is a world region ("the West", "Africa"; read by the events stage
    too)."""
    return entry.kind == "group" and any(spell.type == "region" for spell in entry.spells)


def _after_unknown_name(span: Span, covered: set[int]) -> bool:
    """Whether a one-word name ends a longer proper name whose first word the knowledge
    base does not know ("Kanye West")."""
    start = span.start
    if len(span) != 1 or start == 0 or (start - 1) in covered:
        return False
    before = span.doc[start - 1]
    return (
        before.is_title
        and before.pos_ == "PROPN"
        and before.dep_ in ("compound", "flat")
        and before.head.i == start
    )


def _names_something_else(span: Span, covered: set[int]) -> bool:
    """Whether capitalised words the knowledge base does not know follow the phrase and end
    in a name's head word ("Islamic Salvation Front", "Islamic Army"), not in a people's name
    ("Muslim Kashmiris")."""
    doc = span.doc
    end = span.end
    while end < len(doc) and doc[end].is_title and end not in covered:
        end += 1
    return end > span.end and not doc[end - 1].lower_.endswith("s")


#: what is named after the city it was agreed or held in: "the Minsk agreements", "the
#: Paris climate accord", "the Astana talks", "the Moscow format"
VENUE_NOUNS = frozenset(
    {
        "accord", "accords", "agreement", "agreements", "treaty", "deal", "pact", "protocol",
        "convention", "conventions", "declaration", "talks", "negotiations", "process",
        "format", "conference", "summit", "communique", "framework", "memorandum",
    }
)  # fmt: skip


def _venue(span: Span) -> bool:
    """Whether a city's name only says where the pact or talks its phrase names were made."""
    root = span.root
    while root.dep_ == "compound" and root.head.i != root.i:
        root = root.head
        if root.lower_ in VENUE_NOUNS:
            return True
    return False


#: people a town or city of this size or more, whose name after "in" is the place, not a
#: person of that surname ("in Lagos"; but "confidence in Obama", a town of 30,000 in Japan)
NOTED_CITY_POPULATION = 100_000


def _city_of_note(name: str) -> bool:
    """Whether the gazetteer knows a city of that name with `NOTED_CITY_POPULATION` people."""
    cities = load_gazetteer().cities.get(gazetteer_key(name), ())
    return any(c.own_name and c.city.population >= NOTED_CITY_POPULATION for c in cities)


def _listed_modifier(token: Token) -> bool:
    """Whether a modifier is followed by a comma and another modifier of the same noun, as
    the parser reads lists of nationalities: "British, French and German counterparts"."""
    doc = token.doc
    if token.dep_ != "amod" or token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
        return False
    after = doc[token.i + 2]
    # (a list the parser joins by "conj" to its first keeps the first in the phrase)
    return after.dep_ == "amod" and after.head.i == token.head.i


def _place_after_preposition(span: Span) -> bool:
    """ "in Baku", "at a rally in Moscow": a place named after a locative preposition."""
    root = span.root
    while root.dep_ in ("compound", "amod", "appos") and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE


def _names_country(head: Token, group: list[tuple[Span, tuple[Entry, ...]]]) -> bool:
    i = head.i
    for span, entries in group:
        if span.start <= i < span.end and any(e.kind == "country" for e in entries):
            return True
    return False


def _may_own(prep: str, entries: tuple[Entry, ...]) -> bool:
    """Whether a place after `prep` owns the role: "officials in Baghdad" are Iraq's, "troops
    in Iraq" and "diplomats in Beijing" need not be; "troops from Chad" are Chad's."""
    if prep in ("of", "from", "'s"):
        return True
    return not any(
        e.kind == "role" and (e.sector in ABROAD or e.name.lower() in POSTED) for e in entries
    )


def _owner_of(
    token: Token, group: list[tuple[Span, tuple[Entry, ...]]], day: dt.date | None
) -> tuple[int, tuple[str, tuple[Entry, ...]]] | None:
    """The role that the phrase headed by `token` owns, as (role's head, (preposition,
    entries)): "the mayor of Kyiv", "leaders of the opposition coalition", "supporters of
    Ahmed Ben Bella", "students throughout Indonesia". A list ("leaders of China and
    Russia") owns nothing: each country is an actor of its own."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in OWNING:
        return None
    if any(c.dep_ == "conj" for c in token.children):
        return prep.head.i, (LIST, ())  # the event stage reads each of the list's actors
    # the group's meanings only now: most phrases are no preposition's object
    entries = [pick_meaning(meanings, day, len(span)) for span, meanings in group]
    if (
        prep.lower_ != "of"
        and not any(e.kind in PLACES for e in entries)
        and not _fighters_from_group(prep, entries)
    ):
        return None  # "students of Tehran University" yes, "officials from Hamas" no
    return prep.head.i, (prep.lower_, tuple(entries))


def _fighters_from_group(prep: Token, entries: list[Entry]) -> bool:
    """Whether fighters are told to come from an armed group: "fighters from the Islamic
    State in the Greater Sahara", "militants from ISWAP" are its own (an official "from
    Hamas" may speak for a delegation of others)."""
    if prep.lower_ != "from" or not _proxy_word(prep.head):
        return False
    # (not a people: "gunmen from the Hazara community" are of no armed group of its name)
    people = any(p.lemma_.lower() in PEOPLE_NOUNS for p in prep.children if p.dep_ == "pobj")
    return not people and any(e.kind == "group" for e in entries)


def _proxy_word(token: Token) -> bool:
    """Whether a word names armed men of no stated side (`PROXY_WORDS`; "gunmen", whose lemma
    the tagger may leave plural)."""
    return token.lemma_.lower() in PROXY_WORDS or token.lower_.rstrip("s") in PROXY_WORDS


#: nouns naming a people, not an armed group: "the Hazara community", "the Fulani tribe"
PEOPLE_NOUNS = frozenset({"community", "communities", "tribe", "people", "clan", "minority"})


#: nouns that a place's name qualifies or follows: "Sindh province", "the city of Kirkuk"
PLACE_NOUNS = frozenset(
    {"city", "town", "village", "province", "region", "state", "district", "county", "port"}
)


def _place_name(pobj: Token) -> list[Token]:
    """The words of a place's name after a preposition: "Calgary", "Kirkuk province" and
    "the northern city of Kirkuk" (Kirkuk); none for a common noun ("a hospital")."""
    if pobj.lower_ in PLACE_NOUNS:
        named = [c for c in pobj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if named:
            return named
        inner = [
            o
            for p in pobj.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        pobj = inner[0] if inner else pobj
    if pobj.pos_ != "PROPN" or not pobj.is_title or pobj.lower_ in CALENDAR_NAMES:
        return []  # ("arrested protesters in March": a month, not the English town)
    return [*(c for c in pobj.children if c.dep_ == "compound" and c.pos_ == "PROPN"), pobj]


def _scene_of(scenes: dict[int, list[tuple[Token, Entry]]], head: Token) -> Entry | None:
    """The place that sets the scene of `head`: one told in its own clause first ("clashed
    in the capital Dakar, days after soldiers arrested journalists in Bamako": the soldiers
    are in Bamako), else one of a clause above it."""
    found = [(prep, p) for prep, p in scenes.get(head.sent.start, ()) if _same_scene(prep, head)]
    own = _clause_verb(head).i
    return next((p for prep, p in found if _clause_verb(prep).i == own), None) or next(
        (p for _, p in found), None
    )


def _same_scene(prep: Token, head: Token) -> bool:
    """Whether the place after `prep` sets the scene of the clause `head` belongs to: not when
    the place is inside a reported clause ("Israel closed the crossings into Gaza, a military
    spokesman said")."""
    above = {t.i for t in head.ancestors} | {head.i}
    token = prep
    while token.i not in above:
        if token.dep_ == "relcl" and token.head.i == head.i:
            return True  # "protesters who stormed parliament in Nairobi": where they acted
        if token.dep_ in ("ccomp", "parataxis", "relcl"):
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return True


def _through_apposition(root: Token, head: Token) -> bool:
    token = root
    while token.i != head.i:
        if token.dep_ == "appos":
            return True
        token = token.head
    return False


def _apposition_of(root: Token) -> Token:
    token = root
    while token.dep_ != "appos":
        token = token.head
    return token


def _named(head: Token, matched: list[tuple[Span, tuple[Entry, ...]]]) -> bool:
    """Whether `head` is itself a name the knowledge base knows (a country, a person...)."""
    return any(
        span.start <= head.i < span.end and any(e.kind not in ("role", "demonym") for e in entries)
        for span, entries in matched
    )


def _quantified(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """The same actors named through a count or a gathering: "tens of thousands of
    university students", "a group of Chechen refugees", "some of the rebels"."""
    named = {m.head for m in mentions}
    seen: set[tuple[int, int]] = set()
    extra: list[ActorMention] = []
    for mention in mentions:
        if not mention.names_actor:
            continue
        token = doc[mention.head]
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head  # "scores of Palestinians and Israelis": each of the list
        while (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.i != token.head.i
            and is_count(token.head.head)
        ):
            counter = token.head.head
            token = counter
            if counter.i in named or (counter.i, mention.start) in seen:
                break
            seen.add((counter.i, mention.start))
            start = min(counter.left_edge.i, mention.start)
            extra.append(
                ActorMention(
                    start,
                    max(mention.end, counter.i + 1),
                    counter.i,
                    _retext(mention.actor, doc[start : mention.end].text),
                    f"{mention.why}, counted: {counter.text!r}",
                    mention.via,
                    True,
                    mention.entries,
                    False,
                )
            )
    return extra


def is_count(token: Token) -> bool:
    """Whether a word counts people: "dozens", "19", "thousands" (read by the events stage
    too)."""
    return token.lower_ in QUANTIFIERS or token.like_num or token.pos_ == "NUM"


#: groups' names that are also common words: at the start of a sentence, where every word
#: has a capital, they name the group only as a proper noun ("Labour won", not "Labour costs")
COMMON_WORD_NAMES = frozenset({"amnesty", "labour", "labor", "brotherhood"})


#: words after which a common-word name is a government's field: "Labour Minister"
PORTFOLIO_WORDS = frozenset({"minister", "ministers", "ministry", "secretary"})


def _portfolio(span: Span) -> bool:
    doc = span.doc
    return (
        len(span) == 1
        and span[0].lower_ in COMMON_WORD_NAMES
        and span.end < len(doc)
        and doc[span.end].lower_ in PORTFOLIO_WORDS
    )


def _backs(span: Span) -> bool:
    """Whether a name backs the word it qualifies: "Iran-backed", "US-funded"."""
    doc = span.doc
    return (
        _qualifies(span)
        and span.end + 1 < len(doc)
        and (doc[span.end + 1].lower_ in BACKING_PARTICIPLES)
    )


def _qualifies(span: Span) -> bool:
    """Whether a name only qualifies the next word: "US-backed", "Al-Qaeda-linked"."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text in HYPHENS


def _proper_name(span: Span) -> bool:
    """Whether a phrase is written as a proper name: with a capital letter ("Labour",
    "al-Qaeda"), not as a common word ("forced labour", "an amnesty")."""
    first = next((t for t in span if any(map(str.isupper, t.text))), None)
    if first is None:
        return False
    if len(span) == 1 and first.is_sent_start and first.lower_ in COMMON_WORD_NAMES:
        rest = [t for t in first.sent if t.i != first.i and not t.is_punct]
        return first.pos_ == "PROPN" or not rest  # a name alone, as `kb lookup` gets it
    return True


def _inside_longer_name(token: Token) -> bool:
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.pos_ == "PROPN"
        and nxt is not None
        and nxt.pos_ == "PROPN"
        and token.dep_ in ("compound", "flat")
        and token.head.i == nxt.i
    )


def pick_meaning(entries: tuple[Entry, ...], day: dt.date | None, words: int = 2) -> Entry:
    """One meaning per matched phrase: the knowledge base's preferred kind; a one-word name
    that is also a place is the place ("Muscat", "The Hague"); among people who share a
    name ("Bush"), the one in office on the day."""
    if len(entries) == 1:
        return entries[0]  # (what the rules below pick of a single meaning)
    places = [e for e in entries if e.kind in ("capital", "country", "seat")]
    if words == 1 and places:
        return places[0]
    groups = [e for e in entries if e.kind == "group"]
    if groups and day is not None:
        # a group named before it existed is something else ("Wagner" in 2010)
        founded = [g for g in groups if spell_on(g.spells, day) is not None]
        others = [e for e in entries if e.kind != "group"]
        if founded or others:
            entries = tuple(e for e in entries if e.kind != "group" or e in founded)
    people = [e for e in entries if e.kind == "person"]
    if len(people) > 1:
        in_office = [p for p in people if term_on(p.terms, day) is not None]
        if in_office:
            return in_office[0]
        if day is not None:
            started = [p for p in people if p.terms and p.terms[0].start <= day]
            if started:
                return max(started, key=lambda p: p.terms[-1].start)
    return entries[0]


def _new_names(
    doc: Doc, mention: ActorMention, group: Iterable[tuple[Span, tuple[Entry, ...]]]
) -> list[str]:
    """Proper names in a resolved phrase that the knowledge base did not know, and the
    family name of a known person named in full."""
    if mention.actor.kb_id and mention.actor.kb_id.startswith("person:"):
        return _family_names(doc, mention)
    if not mention.actor.sectors:
        return []
    matched = {i for span, _ in group for i in range(span.start, span.end)}
    # (the words of the matched phrases are no Tokens: they are known)
    words = (doc[i] for i in range(mention.start, mention.end) if i not in matched)
    unknown = [t for t in words if t.pos_ == "PROPN"]
    if not unknown:
        return []
    full = " ".join(t.text for t in unknown)
    return [unknown[-1].text, full] if len(unknown) > 1 else [full]


#: countries whose people's names put the family name first: "Chinese Foreign Minister Wang
#: Yi ... Wang said", "Cambodian Prime Minister Hun Manet ... Hun said" (not Vietnam: news
#: calls Pham Minh Chinh "Chinh", by the given name last)
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM"})


def _another_persons_surname(
    token: Token, group: list[tuple[Span, tuple[Entry, ...]]], names: dict[str, ActorMention]
) -> bool:
    """Whether a word alone is the family name of a person the article named in full, which
    the knowledge base reads as someone else's."""
    known = names.get(token.text)
    if known is None or not known.is_person or len(group) != 1:
        return False
    span, entries = group[0]
    return (
        len(span) == 1
        and all(e.kind == "person" for e in entries)
        and known.actor.kb_id not in {e.kb_id for e in entries}
    )


#: what may follow a family name: "Jr.", "Sr.", a regnal number
NAME_SUFFIX = re.compile(r"(?:Jr|Sr)\.?|[IVX]+")


def _family_names(doc: Doc, mention: ActorMention) -> list[str]:
    """The family name of a known person named in full, by which the article goes on to call
    them ("Chinese Foreign Minister Wang Yi ... Wang said", "Ecuadorian President Daniel
    Noboa ... Noboa said") when the knowledge base lists no such alias: the last word of the
    name, or the first for a people that puts the family name first."""
    person = next((e for e in mention.entries if e.kind == "person"), None)
    words = person.name.split() if person is not None else []
    while words and NAME_SUFFIX.fullmatch(words[-1]):
        words.pop()  # "Ferdinand Marcos Jr.", "Benigno Aquino III": Marcos, Aquino
    if len(words) < 2:
        return []
    said = {doc[i].text for i in range(mention.start, mention.end)}
    if not set(words) <= said:
        return []  # not named in full here ("Wang Yi" as an alias, "President Xi")
    family = words[0] if mention.actor.country in FAMILY_NAME_FIRST else words[-1]
    return [family] if family[:1].isupper() and len(family) > 2 else []


def _retext(actor: Actor, text: str) -> Actor:
    return Actor(text, actor.code, actor.country, actor.sectors, actor.name, actor.kb_id)


class ActorsComponent(BatchedStage):
    """Writes ``doc._.actors``: every actor mention, resolved on ``doc._.pub_date`` (after
    parsing again a sentence whose verb the parser lost to a person's name,
    `_name_read_as_word`, or to a noun read as an adjective, `_noun_read_as_adjective`)."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.matcher = ActorMatcher(nlp, kb)
        self.nlp = nlp
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        # (before any phrase is read off the parse: a name read as a word leaves no verb)
        for sent in list(doc.sents) if doc.has_annotation("DEP") else ():
            name = _name_read_as_word(sent, self.kb)
            if name is not None and _reparse_with_stand_in(
                self.nlp, doc, sent, name, STAND_IN_NAME, "NNP", PROPN
            ):
                continue
            noun = _noun_read_as_adjective(sent)
            if noun is not None:
                stand_in = NOUNS_READ_AS_ADJECTIVES[noun.lower_]
                _reparse_with_stand_in(self.nlp, doc, sent, noun, stand_in, "NN", NOUN, True)
        underscore = doc._  # (each ``doc._`` builds a new accessor: one for both)
        underscore.actors = self.matcher(doc, underscore.pub_date)
        return doc


#: a name the parser reads as a name whatever the sentence: it stands in for a person's name
#: that is also an English word, to parse the sentence again
STAND_IN_NAME = "Obama"
#: the past forms a sentence's verb takes right after its subject
PAST_TAGS = ("VBD", "VBN")
#: nouns the parser may read as adjectives of the past form after them, leaving the sentence
#: without a verb ("Myanmar's military seized power" read as a noun phrase headed by
#: "power"), each with a plain noun that stands in for it to parse the sentence again
NOUNS_READ_AS_ADJECTIVES = {"military": "army"}


def _name_read_as_word(sent: Span, kb: KnowledgeBase) -> Token | None:
    """A person's name the parser read as the English word it also is, leaving the sentence
    without a verb: in "Trump imposed sanctions on Iran" the small model reads "trump" as the
    verb or the head noun and "imposed" as an adjective of "sanctions", so nobody imposes
    anything. The sign: a name the knowledge base knows as a person's is followed by a past
    form ("Trump hosted Carney"), and the sentence's root is no verb, or is that name."""
    root = sent.root
    # (with a verbal root only the root itself can be the name read as a word)
    candidates = (root,) if root.pos_ in ("VERB", "AUX") else sent
    doc = sent.doc
    for token in candidates:
        if (
            token.is_title
            and token.i + 1 < sent.end
            and doc[token.i + 1].tag_ in PAST_TAGS
            and any(e.kind == "person" for e in kb.lookup(token.text))
        ):
            return token
    return None


def _noun_read_as_adjective(sent: Span) -> Token | None:
    """A noun of `NOUNS_READ_AS_ADJECTIVES` the parser read as an adjective of the past form
    after it, in a sentence whose root is no verb: "Myanmar's military seized power on Monday
    and detained Aung San Suu Kyi" is a sentence, not a noun phrase."""
    if sent.root.pos_ in ("VERB", "AUX"):
        return None
    doc = sent.doc
    return next(
        (
            t
            for t in sent
            if t.tag_ == "JJ"
            and t.lower_ in NOUNS_READ_AS_ADJECTIVES
            and t.i + 1 < sent.end
            and doc[t.i + 1].tag_ in PAST_TAGS
        ),
        None,
    )


def _reparse_with_stand_in(
    nlp: Language,
    doc: Doc,
    sent: Span,
    word: Token,
    stand_in: str,
    tag: str,
    pos: int,
    as_subject: bool = False,
) -> bool:
    """Parse a sentence again with the plain word `stand_in` in place of `word`, and keep that
    parse when it finds the sentence's verb (with `as_subject`, a verb `word` is the subject
    of: "Protests over military appointed government" is no sentence of the military's);
    `word` keeps its own text and lemma, and takes `tag` and `pos`: a proper noun for a name,
    a noun for a noun. Whether the parse was kept."""
    words = [stand_in if t.i == word.i else t.text for t in sent]
    spaces = [bool(t.whitespace_) for t in sent]
    again = Doc(nlp.vocab, words=words, spaces=spaces)
    for step, component in nlp.pipeline:
        # the model's own components, whichever model it is (accord's come after the parse),
        # with its attribute rules as accord applies them
        if not step.startswith("accord_") or step == "accord_attributes":
            again = component(again)
    roots = [t for t in again if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].pos_ not in ("VERB", "AUX"):
        return False
    stood_in = again[word.i - sent.start]
    if as_subject and (stood_in.dep_ != "nsubj" or stood_in.head.i != roots[0].i):
        return False
    attrs = [HEAD, DEP, TAG, POS, LEMMA]
    rows = doc.to_array(attrs)
    rows[sent.start : sent.end] = again.to_array(attrs)
    rows[word.i, 2] = doc.vocab.strings.add(tag)
    rows[word.i, 3] = pos
    rows[word.i, 4] = doc.vocab.strings.add(word.text if pos == PROPN else word.lower_)
    doc.from_array(attrs, rows)
    return True


@Language.factory(
    "accord_actors",
    assigns=["doc._.actors"],
    requires=["token.dep", "token.pos", "doc._.pub_date"],
    default_config={"kb_extra": []},
)
def make_actors(nlp: Language, name: str, kb_extra: list[str]) -> ActorsComponent:
    return ActorsComponent(nlp, load_kb(tuple(kb_extra)))
