"""accord_places: where each event happened, as a city or a country with coordinates.

The core (`Locator`) reads the event's sentence for place expressions:

- proper nouns after a preposition of place: "in Tbilisi", "near Kharkiv", "from Kherson";
- named settlements: "the Syrian city of Aleppo", "Ukraine's port of Odesa", "the Ukrainian
  capital, Kyiv", the modifier ("Syrian", "Ukraine's", "West Bank") restricting the city;
- a country's land: "near Ukraine's border", "in Syrian territory", "in eastern Ukraine";
- city names modifying a noun in a place phrase: "at a Kabul hotel";
- for material conflict, what the act hit: "shelled Kharkiv", "strikes on Odesa";
- a comma qualifier: "Paris, Texas" is the Paris in Texas, "Paris, France" the one in France.

Each is resolved with the gazetteer (`accord.kb.gazetteer`): dictionary look-ups only. The
event gets the city nearest its trigger in the trigger's clause; failing that, the country
named nearest in a place phrase of that clause; failing that, the city nearest the trigger
elsewhere in the sentence; failing that, for material conflict (QuadClass 4), the target's
country; failing that, for a domestic event (source and target of one country), that
country; else no location. A name the gazetteer does not know is skipped, and the others are
still tried. People, organisations and groups are never places ("Hamas" is also a name of
Hamm, Germany).
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.attrs import LOWER, POS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import ADP, NOUN
from spacy.tokens import Doc, Span, Token

from ..events import Event
from ..kb.gazetteer import Gazetteer, Place, load_gazetteer
from . import BatchedStage, register_extensions

if TYPE_CHECKING:  # (the actors stage imports this module)
    from .actors import ActorMention

register_extensions()

#: prepositions that put an event somewhere: "in Tbilisi", "near the border", "from Kherson"
LOCATION_PREPS = frozenset(
    {"in", "at", "near", "outside", "from", "across", "into", "inside", "around", "throughout"}
)
#: nouns that introduce a named settlement: "the city of Aleppo", "Ukraine's port of Odesa"
SETTLEMENT_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "port",
        "capital",
        "hamlet",
        "suburb",
        "district",
        "enclave",
        "settlement",
        "camp",
        "province",
        "region",
        "stronghold",
        "outskirts",
        "municipality",
    }
)
#: nouns for a country's land: "near Ukraine's border", "in Syrian territory"
TERRITORY_NOUNS = frozenset(
    {
        "border",
        "borders",
        "frontier",
        "territory",
        "soil",
        "airspace",
        "waters",
        "coast",
        "countryside",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "interior",
        "mainland",
    }
)
#: last words of a name that say what kind of place it is: "Kyiv Oblast" is tried as "Kyiv"
DESIGNATORS = frozenset(
    {
        "city",
        "province",
        "oblast",
        "region",
        "governorate",
        "district",
        "county",
        "state",
        "prefecture",
        "municipality",
    }
)
#: capitalised words that are dates, never places ("in March": March is also a town in England)
CALENDAR_WORDS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)
#: the same words by string id, as the Doc's arrays hold them
LOCATION_PREP_IDS = frozenset(map(get_string_id, LOCATION_PREPS))
SETTLEMENT_NOUN_IDS = frozenset(map(get_string_id, SETTLEMENT_NOUNS))
#: the longest name tried, in tokens ("Ho Chi Minh City")
MAX_NAME_TOKENS = 5
MATERIAL_CONFLICT = 4
#: parts of speech that head a clause
CLAUSE_HEADS = frozenset({"VERB", "AUX"})


@dataclass(frozen=True, slots=True)
class PlaceExpression:
    """A phrase of the sentence that may say where: names to try, longest first.

    `country` is a country the phrase's modifiers name ("the Syrian city of", "Ukraine's
    border"): it restricts the names and is the place when none of them resolves.
    """

    token: int  # where the phrase is: distance to the trigger is measured from here
    names: tuple[str, ...] = ()
    qualifier: str | None = None
    country: str | None = None
    capital: bool = False  # "Ukraine's capital": the capital of `country`
    city_only: bool = False  # "a Kabul hotel": a country in this position is not a place
    #: a position where names are often not places ("a Hamas commander", "attacked Hamas",
    #: "from Hamas"): only a city's own name counts, not its alternate names ("Hamas" is
    #: also a name of Hamm, Germany)
    own_names: bool = False


class Locator:
    """The pure core: a Doc with events in, each event's place (or None) out."""

    def __init__(self, gazetteer: Gazetteer | Callable[[], Gazetteer]) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        """Built on first use (`accord.load` builds it while loading)."""
        if callable(self._gazetteer):
            self._gazetteer = self._gazetteer()
        return self._gazetteer

    # ---- the sentence's place expressions ------------------------------------------------
    def expressions(
        self, sentence: Span, skip: set[int], words: Sequence[int] | None = None
    ) -> list[PlaceExpression]:
        """The sentence's place expressions; `words`, when given, are the indices (in order)
        of the Doc's words that may open one (see `place_words`): the others are not read."""
        found: list[PlaceExpression] = []
        seen: set[int] = set()
        tokens: Iterable[Token] = sentence
        if words is not None:
            doc = sentence.doc
            first = bisect_left(words, sentence.start)
            tokens = [doc[i] for i in words[first : bisect_left(words, sentence.end, first)]]
        for token in tokens:
            if token.i in seen:
                continue
            if (
                token.pos_ == "ADP"
                and token.lower_ in LOCATION_PREPS
                and token.dep_ in ("prep", "conj")
                and not _origin(token)
            ):
                for pobj in token.children:
                    if pobj.dep_ != "pobj":
                        continue
                    for obj in (pobj, *pobj.conjuncts):
                        seen.add(obj.i)
                        found += self.noun_phrase(
                            obj, sentence, skip, located=True, own_names=token.lower_ == "from"
                        )
            elif token.pos_ == "NOUN" and token.lower_ in SETTLEMENT_NOUNS:
                # "raided the West Bank city of Jenin": a named settlement anywhere
                found += self.settlement(token, sentence, skip, located=False)
        return found

    def noun_phrase(
        self, token: Token, sentence: Span, skip: set[int], located: bool, own_names: bool = False
    ) -> list[PlaceExpression]:
        """The place a noun phrase names: "Tbilisi", "the city of Aleppo", "Ukraine's border"."""
        if token.i in skip:
            return []
        if token.pos_ == "PROPN":
            return self.named(token, sentence, own_names=own_names)
        if token.pos_ != "NOUN":
            return []
        if token.lower_ in SETTLEMENT_NOUNS:
            return self.settlement(token, sentence, skip, located)
        if token.lower_ in TERRITORY_NOUNS:
            _text, country = self.owner(token, sentence)
            if country:
                return [PlaceExpression(token.i, country=country)]
            return []
        # "at a Kabul hotel": a city names the noun's place (only here: elsewhere a modifier
        # is often no place, as in "Xinhua news agency" or "the Minsk agreement")
        return [
            expression
            for child in token.children
            if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i not in skip
            for expression in self.named(child, sentence, city_only=True, own_names=True)
        ]

    def settlement(
        self, noun: Token, sentence: Span, skip: set[int], located: bool
    ) -> list[PlaceExpression]:
        """A named settlement ("the Syrian city of Aleppo", "Ukraine's capital, Kyiv"), or in a
        place phrase one the text only ties to a country ("in the Syrian capital")."""
        owner_text, country = self.owner(noun, sentence)
        names = [t for t in noun.children if t.dep_ == "appos" and t.pos_ == "PROPN"]
        names += [
            pobj
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children
            if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN"
        ]
        found = [
            dataclasses.replace(
                expression, qualifier=expression.qualifier or owner_text, country=country
            )
            for name in names
            if name.i not in skip
            for expression in self.named(name, sentence)
        ]
        if found:
            return found
        if not (country and located):
            return []
        if noun.lower_ == "capital":  # "in the Syrian capital"
            return [PlaceExpression(noun.i, country=country, capital=True)]
        return [PlaceExpression(noun.i, country=country)]  # "in a Syrian town"

    def owner(self, noun: Token, sentence: Span) -> tuple[str | None, str | None]:
        """(text, ISO3) of the country a noun's modifiers name: "Ukraine's", "Syrian",
        "West Bank"; (None, None) when none does."""
        for child in noun.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < noun.i:
                start, end = self.name_span(child, sentence)
                text = sentence.doc[start:end].text
                country = self.gazetteer.country_of(text)
                if country:
                    return text, country
        return None, None

    def named(
        self, token: Token, sentence: Span, city_only: bool = False, own_names: bool = False
    ) -> list[PlaceExpression]:
        """A proper name ending at `token`, with the qualifier after a comma ("Paris, Texas")."""
        if token.lower_ in CALENDAR_WORDS:
            return []
        doc = sentence.doc
        start, end = self.name_span(token, sentence)
        words = doc[start:end]
        names = [words.text]
        if len(words) > 1 and words[-1].lower_ in DESIGNATORS:
            names.append(doc[start : end - 1].text)  # "Kyiv Oblast", "Idlib Province"
        return [
            PlaceExpression(
                token.i,
                tuple(names),
                self.qualifier(end, sentence),
                city_only=city_only,
                own_names=own_names,
            )
        ]

    @staticmethod
    def name_span(token: Token, sentence: Span) -> tuple[int, int]:
        """Token range of the proper name ending at `token` ("Gaza City", "New York")."""
        start = token.i
        doc = sentence.doc
        while (
            start > sentence.start
            and token.i - start < MAX_NAME_TOKENS - 1
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].dep_ in ("compound", "flat")
            and start - 1 < doc[start - 1].head.i <= token.i
        ):
            start -= 1
        return start, token.i + 1

    def qualifier(self, end: int, sentence: Span) -> str | None:
        """The US state or country after a comma: "Paris, Texas", "Paris, France"."""
        doc = sentence.doc
        if end + 1 >= sentence.end or doc[end].text != ",":
            return None
        stop = end + 1
        while stop < sentence.end and stop - end <= 3 and doc[stop].pos_ == "PROPN":
            stop += 1
        text = doc[end + 1 : stop].text
        return text if text and self.gazetteer.restrictions(text) else None

    # ---- one event's place ----------------------------------------------------------------
    def objects(self, trigger: Token, sentence: Span, skip: set[int]) -> list[PlaceExpression]:
        """What a material-conflict act hit: "shelled Kharkiv", "missile strikes on Odesa"."""
        objects: list[Token] = []
        for child in trigger.children:
            if child.dep_ == "dobj":
                objects.append(child)
            elif child.dep_ == "prep" and child.lower_ == "on":
                objects += [pobj for pobj in child.children if pobj.dep_ == "pobj"]
        # every place hit counts, the ones the gazetteer does not know included: "shelled
        # Zorbleton and Odesa" still locates the attack in Odesa
        return [
            expression
            for obj in objects
            for target in (obj, *obj.conjuncts)
            for expression in self.noun_phrase(target, sentence, skip, located=True, own_names=True)
        ]

    def resolve(self, expression: PlaceExpression, hints: Sequence[str]) -> Place | None:
        if expression.capital:
            capital = self.gazetteer.capitals.get(expression.country or "")
            if capital is not None:
                return capital.place()
            return self.gazetteer.countries.get(expression.country or "")
        for name in expression.names:
            place = self.gazetteer.resolve(
                name,
                qualifier=expression.qualifier,
                country_hint=hints,
                own_names=expression.own_names,
            )
            if place is not None:
                if expression.city_only and place.precision != "city":
                    return None
                return place
        if expression.country:
            return self.gazetteer.countries.get(expression.country)
        return None

    def locate(
        self, event: Event, trigger: Token | None, expressions: Iterable[PlaceExpression]
    ) -> Place | None:
        """The city nearest the trigger in its clause, else the country named nearest in a
        place phrase of its clause, else the city nearest it elsewhere in the sentence, else
        the target's country for material conflict, else the country of a domestic event,
        else None."""
        # the source's country first: the target's may come from the place name itself
        # ("militants in Tripoli" resolves to Libya before the place is read)
        hints = tuple(a.country for a in (event.source, event.target) if a and a.country)
        clause: set[int] | None = None  # the trigger's clause, built once a place is found
        at = trigger.i if trigger is not None else 0
        best: dict[tuple[bool, str], tuple[int, Place]] = {}
        for expression in expressions:
            place = self.resolve(expression, hints)
            if place is None:
                continue
            if clause is None and trigger is not None:
                clause = _clause(trigger)
            tier = (clause is None or expression.token in clause, place.precision)
            distance = abs(expression.token - at)
            kept = best.get(tier)
            if kept is None or distance < kept[0]:
                best[tier] = (distance, place)
        for tier in ((True, "city"), (True, "country"), (False, "city")):
            if tier in best:
                return best[tier][1]
        if event.quad_class == MATERIAL_CONFLICT and event.target and event.target.country:
            return self.gazetteer.countries.get(event.target.country)
        if event.target and event.source.country and event.source.country == event.target.country:
            # a domestic event ("Ugandan police arrested the opposition leader") happens in
            # its country
            return self.gazetteer.countries.get(event.source.country)
        return None

    def __call__(self, doc: Doc) -> list[Event]:
        underscore = doc._  # (each ``doc._`` builds a new accessor: read both from one)
        events: list[Event] = list(underscore.events or [])
        if not events:
            return events
        skip = _not_places(underscore.actors or [])
        words = place_words(doc)
        # the sentences read once: an event says which one it was told in, where
        # ``Span.sent`` would look for the trigger's sentence again for every event
        sentences = list(doc.sents)
        by_sentence: dict[int, list[PlaceExpression]] = {}
        located: list[Event] = []
        for event in events:
            span = doc.char_span(*event.evidence.span, alignment_mode="expand")
            told_in = (
                sentences[event.sentence_index]
                if 0 <= event.sentence_index < len(sentences)
                else None
            )
            if span is not None and len(span):
                trigger: Token | None = span.root
                # (the sentence the trigger starts in, as ``span.sent`` is)
                if told_in is not None and told_in.start <= span.start < told_in.end:
                    sentence = told_in
                else:
                    sentence = span.sent
            elif told_in is None:
                located.append(event)
                continue
            else:
                trigger, sentence = None, told_in
            if sentence.start not in by_sentence:
                by_sentence[sentence.start] = self.expressions(sentence, skip, words)
            expressions = by_sentence[sentence.start]
            if trigger is not None and event.quad_class == MATERIAL_CONFLICT:
                expressions = [*expressions, *self.objects(trigger, sentence, skip)]
            place = self.locate(event, trigger, expressions)
            located.append(dataclasses.replace(event, location=place.to_dict()) if place else event)
        return located


def _clause(trigger: Token) -> set[int]:
    """The tokens of the trigger's own clause: its verb (the trigger, or the verb a noun
    trigger hangs on: "held talks", "the summit took place") and what depends on it, down to
    but not into other verbs ("a move which sparked fears in Kiev" is another clause)."""
    verb = trigger
    while verb.pos_ not in CLAUSE_HEADS and verb.head.i != verb.i:
        verb = verb.head  # a sentence with no verb is one clause, from its root
    clause = {verb.i}
    stack = [verb]
    while stack:
        for child in stack.pop().children:
            if child.pos_ not in CLAUSE_HEADS:
                clause.add(child.i)
                stack.append(child)
    return clause


def _origin(prep: Token) -> bool:
    """ "from" on a noun says where someone comes from, not where the act is ("adversity from
    the United States", "a delegation from China"); on a verb it is a place ("fired from Gaza",
    "withdrew from Kherson")."""
    return prep.lower_ == "from" and prep.head.pos_ not in ("VERB", "AUX")


def place_words(doc: Doc) -> list[int]:
    """Indices of the words that may open a place expression (`Locator.expressions`): a
    preposition of place, or a settlement noun. Read from the Doc's arrays: most words are
    neither, and need no Token built to find out."""
    poses, lowers = doc.to_array([POS, LOWER]).T.tolist()
    return [
        i
        for i, pos in enumerate(poses)
        if (pos == ADP and lowers[i] in LOCATION_PREP_IDS)
        or (pos == NOUN and lowers[i] in SETTLEMENT_NOUN_IDS)
    ]


def _not_places(actors: list[ActorMention]) -> set[int]:
    """Tokens of people and organisations, which are no place whatever the gazetteer says
    ("at the UN": Un is a town in India; "Obama" one in Japan)."""
    skip: set[int] = set()
    for mention in actors:
        kb_id = mention.actor.kb_id or ""
        if kb_id.startswith(("person:", "igo:", "group:")) or mention.via == "name":
            skip.update(range(mention.start, mention.end))
    return skip


class PlacesComponent(BatchedStage):
    """Gives each event of ``doc._.events`` its ``location``."""

    def __init__(self, locator: Locator) -> None:
        self.locator = locator

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.locator(doc)
        return doc


@Language.factory(
    "accord_places", assigns=["doc._.events"], requires=["doc._.events", "doc._.actors"]
)
def make_places(nlp: Language, name: str) -> PlacesComponent:
    return PlacesComponent(Locator(load_gazetteer))
