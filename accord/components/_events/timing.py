"""When an act was done: the date in its own clause, the clause it is joined to, the verb
that holds an intent, or the act it is timed from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ...events import Event
from ..dates import (
    NUMBER_WORDS,
    SHIFT_DIRECTIONS,
    UNITS,
    TemporalExpression,
    anchored,
    told_as_past,
)
from .syntax import (
    ANSWERED_PREPOSITIONS,
    ANY_SUBJECTS,
    MEETING_PARTICIPLES,
    NAMING_DEPS,
    NOUN_POS,
    _anchor_event,
    _attachment,
    _date_holder,
    _date_hook,
    _date_told_before,
    _kids,
    _verb_of_noun,
)


class EventTiming:
    """Part of `EventCoder`: see the module's docstring."""

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
        expressions = self._sentence_dates(sentence)
        # (the trigger's clause only matters when the sentence has a date)
        clause = self._clause_head(trig).i if expressions else None
        unanchored = ""
        verb = _verb_of_noun(trig)  # ("announced a withdrawal": timed as announced)
        named = _named_year(trig, pub_date)
        if named is not None:
            # "Russia's 2014 annexation of Crimea", "the 2003 US invasion of Iraq": the
            # year the act's noun names is its date, whatever its clause's
            return named.text, "year", f"{named.text!r} names the year of {trig.text!r}"
        told = self._told_from(verb)
        if told is not None and verb.dep_ in ("pcomp", "pobj"):
            # "arrived on Saturday, a day after visiting Riyadh", "met on Tuesday, three
            # years after Russia's invasion of Ukraine": the clause's date is the arrival's,
            # the visit is timed from it
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
            # (years or months before an act dated by the document count from its date:
            # "two years after Russia's invasion, Western leaders travelled to Kyiv")
            coarse = precision == "document" and shift[1] in ("month", "year")
            if date and (precision == "day" or coarse):
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

    def _sentence_dates(self, sentence: Span) -> list[TemporalExpression]:
        """The document's date expressions in `sentence`, in text order."""
        start, end = sentence.start_char, sentence.end_char
        return [e for e in self._dates if start <= e.start < end]

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
        expressions = self._sentence_dates(sentence)
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
        before, "three years after Russia's invasion" three years before, "hours before he
        was due to resign" the same day."""
        if trig.dep_ == "advcl":
            marker = next((c for d, c in _kids(trig) if d == "mark"), None)
            measure = next((c for d, c in _kids(trig) if d == "npadvmod"), None)
            governor = trig.head
        elif trig.dep_ in ("pcomp", "pobj") and trig.head.dep_ == "prep":
            marker, measure = trig.head, trig.head.head
            governor = measure.head if measure.dep_ == "npadvmod" else None
            if governor is None:
                # ("met on Tuesday, three years after ...": the measure may hang on "after")
                measure = next((c for d, c in _kids(marker) if d == "npadvmod"), None)
                governor = marker.head
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


def _named_year(trig: Token, pub_date: dt.date | None) -> Token | None:
    """The year an event noun names as its modifier ("the 2014 annexation of Crimea"), not
    a count ("1500 troops" is no act's noun; a year to come is no date of a done act)."""
    if trig.pos_ not in NOUN_POS or trig.tag_ != "NN":
        return None
    latest = pub_date.year if pub_date is not None else 2100
    for dep, child in _kids(trig):
        if dep == "nummod" and len(child.text) == 4 and child.text.isdigit():
            if 1900 <= int(child.text) <= latest:
                return child
    return None
