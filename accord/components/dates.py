"""Temporal expressions in news text, resolved against the document's publication date.

A small rule layer instead of a third-party date parser: each rule is a regular expression for
the expression's key word onwards, another for its left context, both compiled once at import,
and a resolver that turns the matches into a date and a precision. The vocabulary the patterns
are built from lives in the module-level tables below.

Conventions (news reports the past):

* a day or month without a year takes the publication year, or the previous year when that
  would put it more than a week after publication, unless a future marker ("will",
  "scheduled", ...) stands just before it, in which case a date more than a week in the past
  moves to the next year instead;
* a bare weekday is the most recent such day on or before publication (the day itself when
  the document is published on that weekday), or the next one on or after it after a future
  marker; "last X" the previous calendar week's (Monday to Sunday), except that in an
  article of a weekend "last Monday" to "last Thursday" (and "last Friday" on a Sunday) are
  the working week just past, "past X" strictly before, "next X" strictly after;
* "overnight" is the night before publication (as "last night"); "at the weekend" the latest
  weekend on or before publication (the coming one after a future marker), valued as its
  week; a season ("in the spring", "last summer") gives its year; a named day ("Christmas
  Day", "New Year's Eve") is its day and month;
* a bare four-digit year is a date only after a preposition ("in 2013") or "the year"; as a
  noun modifier ("the 2022 Olympics") it is not;
* "N days after <date>" shifts a date expression that follows it directly; anything else after
  "after"/"before" is left alone;
* "two days later", "the next day", "hours later" count from the event told before them: the
  events stage resolves them against that event's date.

The preposition that introduces an expression is not part of its span ("on December 7" gives
the span "December 7"); modifiers are ("last Friday", "mid-March", "earlier this week").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from . import BatchedStage, doc_text

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
    "July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3,
    "Friday": 4, "Saturday": 5, "Sunday": 6,
}  # fmt: skip
#: the names of months and weekdays, lower-cased: "in March" is a time, whichever town
#: shares the name
CALENDAR_NAMES = frozenset(w.lower() for w in (*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS))
_ONES = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()
NUMBER_WORDS = (
    {word: n for n, word in enumerate(_ONES, start=1)}
    | {f"twenty-{word}": 20 + n for n, word in enumerate(_ONES[:9], start=1)}
    | {"thirty": 30, "a": 1, "an": 1}
)
# Days relative to publication.
RELATIVE_DAYS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "the day before yesterday": -2,
    "tomorrow": 1, "the day after tomorrow": 2,
}  # fmt: skip
# "last/this/next" + week, month, year or a month name.
RELATIVE_OFFSETS = {"last": -1, "this": 0, "next": 1}
# Weekday modifiers: which occurrence relative to publication.
#: the weekday number of Saturday (Monday is 0): Saturday and Sunday make a weekend
SATURDAY = 5
WEEKDAY_MODIFIERS = {"last": "before", "past": "before", "next": "after", "coming": "after"}
# Weekdays that are part of a name ("Black Friday", "Super Tuesday"), not a date.
WEEKDAY_NAME_PREFIXES = (
    "Black", "Cyber", "Good", "Bloody", "Super", "Ash", "Palm", "Holy", "Easter",
)  # fmt: skip
TIME_OF_DAY = ("morning", "afternoon", "evening", "night")
# Days with a name and a fixed date: (month, day). Their year is inferred like "December 25".
FIXED_HOLIDAYS = {
    "Christmas Day": (12, 25), "Christmas Eve": (12, 24), "Boxing Day": (12, 26),
    "New Year's Day": (1, 1), "New Year's Eve": (12, 31),
}  # fmt: skip
# Before a holiday, a word that makes it another calendar's ("Lunar New Year's Day").
HOLIDAY_NAME_PREFIXES = (
    "Lunar", "Chinese", "Persian", "Jewish", "Orthodox", "Islamic", "Coptic", "Ethiopian",
    "Armenian", "Vietnamese", "Korean", "Julian", "Old",
)  # fmt: skip
# Seasons by their first month. Winter is left out: it spans two years.
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}
SEASON_MODIFIERS = ("this", "last", "next", "past")
# The prepositions that date by a season ("in the spring"; not "of the spring near the
# village", a water source, nor "after the fall in the lira").
SEASON_PREPOSITIONS = ("in", "during", "by", "until", "till", "through", "since", "over")
# After a season, words by which it is a thing, not a time ("the spring near Ein Samia").
SEASON_NOT_DATES = ("of", "in", "near", "at", "on", "to", "from")
PERIOD_PARTS = ("early", "mid", "late")  # "mid-March", "in early 2020": the precision stays
EARLIER_LATER = ("earlier", "later")  # "earlier this week" is this week
UNITS = ("day", "week", "month", "year")
SHIFT_DIRECTIONS = {"after": 1, "before": -1}
# Before a bare month or year, one of these makes it a date.
DATE_PREPOSITIONS = (
    "in", "since", "by", "during", "until", "till", "through", "from", "of",
    "before", "after", "between",
)  # fmt: skip
RANGE_WORDS = ("to", "and", "or", "through")  # "from 2010 to 2012"; dashes too
FUTURE_MARKERS = (
    "will", "shall", "'ll", "’ll", "to be held", "next", "scheduled", "due", "set to",
    "slated", "upcoming", "expected to",
)  # fmt: skip
# Modals of what may come, which mark the future as the markers above do ("could reach a deal
# at the weekend"), unless perfect ("may have struck on Friday"); lower case only ("in May").
POSSIBILITY_MODALS = ("could", "may", "might")
# Before "overnight", a word that makes it no date ("an overnight curfew", "not overnight").
OVERNIGHT_NOT_DATES = ("a", "an", "the", "not", "happen", "change", "changed", "almost", "nearly")
# Days told from the event told just before, in days: "the next day", "hours later".
NARRATIVE_DAYS = {
    "the next day": 1, "the following day": 1, "the previous day": -1, "the same day": 0,
    "later that day": 0, "later in the day": 0, "earlier that day": 0, "earlier in the day": 0,
    "hours later": 0, "hours earlier": 0, "minutes later": 0,
}  # fmt: skip
FUTURE_WINDOW_WORDS = 8  # how far back in the clause a future marker counts
ROLL_DAYS = 7  # a date more than this many days on the wrong side of publication changes year

LEFT_WINDOW = 40  # characters before a key word searched for its context

# ---------------------------------------------------------------------------------------------
# Patterns. Each rule has a core pattern that starts with the expression's key word (a month,
# a weekday, a digit, "today", "ago"...), matched case-sensitively so that the scan over the
# whole text stays fast, and optionally a left pattern, anchored at the core's start and
# searched only in the few characters before each hit, for what precedes the key word: a
# preposition, "last", "mid-", "three weeks". Its ``lead`` group, when set, is part of the
# expression's span; the rest of the left context is not.
# ---------------------------------------------------------------------------------------------


def _alt(words, cased: bool = False) -> str:
    """An alternation of ``words``, longest first; inner spaces and hyphens match any spacing.
    ``cased`` adds each word capitalised (for case-sensitive core patterns)."""
    if cased:
        words = {v for w in words for v in (w, w[0].upper() + w[1:])}
    escaped = (re.escape(w) for w in sorted(words, key=len, reverse=True))
    body = "|".join(e.replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]") for e in escaped)
    return f"(?:{body})"


_MONTH = rf"(?P<month>{_alt(MONTHS | MONTH_ABBREVIATIONS)})\b"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!:\d)"
_YEAR = r"(?P<year>[12]\d{3})\b(?![-/.]\d)"
_BARE_YEAR = r"(?:1[89]|20)\d\d\b(?!\s*%)"
_HOLIDAY = _alt(FIXED_HOLIDAYS).replace("'", "['’]")
_WEEKDAY = rf"(?P<weekday>{_alt(WEEKDAYS)})\b"
_TIME_OF_DAY = rf"(?:\s+(?i:{_alt(TIME_OF_DAY)})\b)?"
_PREP = _alt(DATE_PREPOSITIONS)
_ABBR_DOT = r"(?:(?<=\b[A-Z][a-z]{2})|(?<=\bSept))\."  # "Dec." but not "June."
# After a month: "2021", "next year"; "Dec. 2021" but not "December. 2021 was".
_STATED_YEAR = (
    rf"(?:{_ABBR_DOT}(?=,?\s+[12]\d{{3}}\b))?"
    rf"(?:,?\s+{_YEAR}"
    rf"|\s+(?i:(?:of\s+)?(?P<rel_year>{_alt(RELATIVE_OFFSETS)})\s+year)\b)?"
)
_PART = rf"(?:{_alt(PERIOD_PARTS)})[-\s]\s*"
_NUM = rf"(?P<n>\d{{1,3}}|{_alt(NUMBER_WORDS)})"
_UNIT = rf"(?P<unit>{_alt(UNITS)})s?"


def _left(pattern: str) -> re.Pattern:
    return re.compile(rf"(?:{pattern})\Z", re.IGNORECASE)


_DIGIT = re.compile(r"\d")
_FUTURE = re.compile(rf"\b{_alt(FUTURE_MARKERS)}\b", re.IGNORECASE)
_POSSIBLE = re.compile(rf"\b{_alt(POSSIBILITY_MODALS)}\b(?!\s+(?:not\s+)?have\b)")
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\"“”]")
_SHIFT = _left(
    rf"(?<!\w)(?:{_NUM}|the)\s+{_UNIT}\s+(?P<dir>{_alt(SHIFT_DIRECTIONS)})\s+(?:the\s+)?"
)

# ---------------------------------------------------------------------------------------------
# Resolution helpers
# ---------------------------------------------------------------------------------------------

Resolved = tuple[date, str]  # a date inside the period, and the precision
Candidate = tuple[int, int, date, str]  # start, end, date, precision


@dataclass(frozen=True, slots=True)
class TemporalExpression:
    start: int  # character offsets in the text
    end: int
    text: str
    value: str | None  # ISO: "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None until anchored
    precision: str  # "day" | "week" | "month" | "year"
    #: for a date told from another event ("eight days after the summit", "two days later"):
    #: the event noun it counts from ("summit"; "" for the event told just before), and the
    #: shift as (number, unit); the events stage resolves it against that event's date
    anchor: str | None = None
    shift: tuple[int, str] | None = None


def _format(d: date, precision: str) -> str:
    if precision == "day":
        return d.isoformat()
    if precision == "week":
        return (d - timedelta(days=d.weekday())).isoformat()  # the week's Monday
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}"


def _shift(d: date, unit: str, n: int) -> date:
    if unit in ("day", "week"):
        return d + timedelta(days=n * (7 if unit == "week" else 1))
    year, month0 = divmod(d.year * 12 + d.month - 1 + n * (12 if unit == "year" else 1), 12)
    return date(year, month0 + 1, min(d.day, calendar.monthrange(year, month0 + 1)[1]))


def _number(word: str) -> int:
    word = re.sub(r"[-\s]+", "-", word.lower())
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _future(text: str, pos: int) -> bool:
    """Whether a future marker stands shortly before ``pos``, in the same clause."""
    clause = _CLAUSE_BREAK.split(text[max(0, pos - 100) : pos])[-1]
    words = " ".join(clause.split()[-FUTURE_WINDOW_WORDS:])
    return _FUTURE.search(words) is not None or _POSSIBLE.search(words) is not None


def _infer_year(pub: date, month: int, day: int | None, future: bool) -> int:
    """The year of a month (and day) written without one; see the module docstring."""
    first = date(pub.year, month, day or 1)
    last = first if day else date(pub.year, month, calendar.monthrange(pub.year, month)[1])
    if future and last < pub - timedelta(days=ROLL_DAYS):
        return pub.year + 1
    if not future and first > pub + timedelta(days=ROLL_DAYS):
        return pub.year - 1
    return pub.year


def _month_number(name: str) -> int:
    return MONTHS.get(name) or MONTH_ABBREVIATIONS[name]


def _context_start(m: re.Match, left: re.Match | None) -> int:
    return left.start() if left else m.start()


# ---------------------------------------------------------------------------------------------
# Resolvers: (core match, left match or None, publication date) -> (date, precision), or None
# to drop the match. Invalid dates raise ValueError, which drops the match too.
# ---------------------------------------------------------------------------------------------


def _stated_year(m: re.Match, pub: date | None) -> int | None:
    """The year written after a month: "2021", or "next year" (relative to ``pub``)."""
    if m["year"]:
        return int(m["year"])
    if m["rel_year"] and pub is not None:
        return pub.year + RELATIVE_OFFSETS[m["rel_year"].lower()]
    return None


def _named_date(m: re.Match, left: re.Match | None, pub: date | None) -> Resolved | None:
    return _day_of_year(m, left, pub, _month_number(m["month"]), int(m["day"]))


def _day_of_year(
    m: re.Match, left: re.Match | None, pub: date | None, month: int, day: int
) -> Resolved | None:
    """A day and month told without a year ("Dec 6", "Christmas Day"): the year stated after
    it, else inferred from publication (see the module docstring)."""
    if (year := _stated_year(m, pub)) is not None:
        return date(year, month, day), "day"
    if pub is None:
        return None
    year = _infer_year(pub, month, day, _future(m.string, _context_start(m, left)))
    return date(year, month, day), "day"


def _numeric_date(m: re.Match, left: re.Match | None, pub: date | None) -> Resolved | None:
    return date(int(m["year"]), int(m["month"]), int(m["day"])), "day"


def _month(m: re.Match, left: re.Match, pub: date | None) -> Resolved | None:
    month = _month_number(m["month"])
    if (year := _stated_year(m, pub)) is not None:  # "June 2020", "February next year"
        return date(year, month, 1), "month"
    if pub is None or m["month"] not in MONTHS:  # "in Dec" is too often something else
        return None
    if left["rel"]:  # "last June": the latest June before this month; "next June": the first after
        offset = RELATIVE_OFFSETS[left["rel"].lower()]
        year = pub.year - (offset < 0 and month >= pub.month) + (offset > 0 and month <= pub.month)
        return date(year, month, 1), "month"
    if not (left["prep"] or left["part"]):  # a bare "March" may be a name or a verb
        return None
    return date(_infer_year(pub, month, None, _future(m.string, left.start())), month, 1), "month"


def _year(m: re.Match, left: re.Match | None, pub: date | None) -> Resolved | None:
    return (date(int(m[0][:4]), 1, 1), "year") if left else None


def _relative_day(m: re.Match, left: re.Match, pub: date | None) -> Resolved | None:
    if pub is None or left["usa"]:
        return None
    return pub + timedelta(days=RELATIVE_DAYS[re.sub(r"\s+", " ", m["rel"].lower())]), "day"


def _relative_unit(m: re.Match, left: re.Match, pub: date | None) -> Resolved | None:
    if pub is None:
        return None
    unit = m["unit"].lower()
    return _shift(pub, unit, RELATIVE_OFFSETS[m["rel"].lower()]), unit


def _weekday(m: re.Match, left: re.Match, pub: date | None) -> Resolved | None:
    if pub is None or left["name"]:
        return None
    weekday = WEEKDAYS[m["weekday"]]
    if m["week_rel"]:  # "on Friday last week": that week's Friday
        monday = pub - timedelta(days=pub.weekday())
        week = RELATIVE_OFFSETS[m["week_rel"].lower()]
        return monday + timedelta(days=7 * week + weekday), "day"
    back = (pub.weekday() - weekday) % 7  # days since the last one, on or before publication
    ahead = (weekday - pub.weekday()) % 7  # days until the next one, on or after publication
    rel = (left["rel"] or "").lower()
    direction = WEEKDAY_MODIFIERS.get(rel)
    if rel == "last" and pub.weekday() >= SATURDAY and weekday < SATURDAY and back >= 2:
        # a weekend article's "last Monday" is the working week just past: six days back on
        # a Sunday, not 13 (yesterday is still "on Friday": "last Friday" on a Saturday is the
        # week before)
        delta = -back
    elif rel == "last":
        # "last Wednesday" is the previous week's: in a Thursday article yesterday is "on
        # Wednesday" (and in a Monday one, "last Friday" is three days back either way)
        delta = -pub.weekday() - 7 + weekday
    elif direction == "before":
        delta = -(back or 7)
    elif direction == "after":
        delta = ahead or 7
    else:
        delta = ahead if _future(m.string, left.start()) else -back
    return pub + timedelta(days=delta), "day"


_HOLIDAY_KEYS = {name.lower(): name for name in FIXED_HOLIDAYS}


def _holiday(m: re.Match, left: re.Match | None, pub: date | None) -> Resolved | None:
    """ "on Christmas Day", "New Year's Eve": a day without a year, as "December 25"."""
    if left is not None and left["name"]:
        return None
    key = re.sub(r"\s+", " ", m["holiday"].lower()).replace("’", "'")
    month, day = FIXED_HOLIDAYS[_HOLIDAY_KEYS[key]]
    return _day_of_year(m, left, pub, month, day)


def _overnight(m: re.Match, left: re.Match | None, pub: date | None) -> Resolved | None:
    """ "shelled the city overnight": the night before publication, dated like "last night".
    Not when a day follows ("overnight Tuesday", "overnight into Sunday"), which dates it."""
    if pub is None or (left is not None and left["not_date"]) or m["day_after"]:
        return None
    if _future(m.string, m.start()):
        return None  # "will be closed overnight": no day of its own
    return pub - timedelta(days=1), "day"


def _weekend(m: re.Match, left: re.Match | None, pub: date | None) -> Resolved | None:
    """ "at the weekend", "last weekend", "this weekend": that weekend's Saturday, as a week.
    The latest weekend on or before publication; "last"/"past" on a weekend the one before;
    the coming one after a future marker or "next"/"coming"."""
    if pub is None or left is None:
        return None
    rel = (left["rel"] or "").lower()
    since, until = (pub.weekday() - 5) % 7, (5 - pub.weekday()) % 7  # to/from a Saturday
    coming = rel in ("next", "coming")
    if coming or (rel not in ("last", "past") and _future(m.string, left.start())):
        saturday = pub + timedelta(days=until + (7 if rel == "next" and not until else 0))
    else:
        saturday = pub - timedelta(days=since)
        if rel in ("last", "past") and since <= 1 and not left["this"]:
            saturday -= timedelta(days=7)  # "last weekend" written on a weekend
    return saturday, "week"


def _season(m: re.Match, left: re.Match | None, pub: date | None) -> Resolved | None:
    """ "in the spring", "last summer", "in the autumn of 2014": the season's year (the
    precision is the year's: a season has none of its own)."""
    if m["year"]:
        return date(int(m["year"]), 1, 1), "year"
    if pub is None or left is None or not (left["prep"] or left["rel"]):
        return None
    first = SEASONS[m["season"].lower()]
    last = first + 2
    rel = (left["rel"] or "").lower()
    if rel == "this":
        year = pub.year
    elif rel in ("last", "past"):
        year = pub.year if last < pub.month else pub.year - 1
    elif rel == "next":
        year = pub.year if first > pub.month else pub.year + 1
    elif _future(m.string, left.start()):
        year = pub.year if last >= pub.month else pub.year + 1
    else:
        year = pub.year if first <= pub.month else pub.year - 1
    return date(year, 1, 1), "year"


def _ago(m: re.Match, left: re.Match | None, pub: date | None) -> Resolved | None:
    if pub is None or left is None:
        return None
    unit = left["unit"].lower()
    return _shift(pub, unit, -_number(left["n"])), unit


# ---------------------------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------------------------

Resolver = Callable[[re.Match, re.Match | None, date | None], Resolved | None]


@dataclass(frozen=True, slots=True)
class _Rule:
    core: re.Pattern
    resolve: Resolver
    left: re.Pattern | None = None
    #: a character every match contains: a text without it is not scanned
    needs: str = ""
    #: for a core pattern the regex engine cannot skip ahead for (it opens with an optional
    #: character), what every match starts with: the core is tried only where this is found
    first: re.Pattern | None = None
    #: the most words (runs of characters between white space) a match of `left` spans: the
    #: left context is searched from that many words back only (0: the whole window)
    left_words: int = 0


_RULES = (
    # "December 7, 2021", "Dec. 6", "Wednesday, December 15, 2021", "December 7 next year"
    _Rule(
        re.compile(rf"{_MONTH}(?:{_ABBR_DOT})?\s+(?:the\s+)?{_DAY}{_STATED_YEAR}"),
        _named_date,
        _left(rf"(?P<lead>\b{_WEEKDAY},?\s+)?"),
        left_words=1,
    ),
    # "7 December 2021", "6 December", "7th of December"
    _Rule(
        re.compile(rf"{_DAY}(?:\s+of)?\s+{_MONTH}{_STATED_YEAR}"),
        _named_date,
        _left(rf"(?P<lead>\b{_WEEKDAY},?\s+)?"),
        first=_DIGIT,
        left_words=1,
    ),
    # "2021-12-07"
    _Rule(
        re.compile(r"(?P<year>[12]\d{3})-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?![\d-])"),
        _numeric_date,
    ),
    # "12/7/2021" (US order)
    _Rule(
        re.compile(r"(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>[12]\d{3})(?![\d/])"),
        _numeric_date,
        needs="/",
        first=_DIGIT,
    ),
    # "in June", "June 2020", "mid-March", "in early May", "last June", "February next year"
    _Rule(
        re.compile(rf"{_MONTH}{_STATED_YEAR}"),
        _month,
        _left(
            rf"(?:\b(?P<prep>{_PREP})\s+)?"
            rf"(?P<lead>(?:\b(?P<rel>{_alt(RELATIVE_OFFSETS)})\s+)?(?:\b(?P<part>{_PART}))?)"
        ),
        left_words=3,  # "in", "last", "early" ("mid-" is the month's own word)
    ),
    # "in 2013", "by 2030", "in early 2020", "the year 2013", the second year of "from 2010 to 2012"
    _Rule(
        re.compile(_BARE_YEAR),
        _year,
        _left(
            rf"\b(?:{_PREP}\s+(?:the\s+year\s+)?|the\s+year\s+)(?P<lead>(?:\b{_PART})?)"
            rf"|\b{_PREP}\s+(?:{_PART})?{_BARE_YEAR}(?:\s+{_alt(RANGE_WORDS)}\s+|\s*[-–]\s*)"
        ),
        left_words=4,  # "in the year early", "from early 2010 to"
    ),
    # "today", "earlier today", "last night", "yesterday morning"
    _Rule(
        re.compile(rf"(?P<rel>{_alt(RELATIVE_DAYS, cased=True)}){_TIME_OF_DAY}\b"),
        _relative_day,
        _left(rf"(?P<usa>\bUSA\s+)?(?P<lead>\b{_alt(EARLIER_LATER)}\s+)?"),
        left_words=2,
    ),
    # "last week", "earlier this month", "next year"
    _Rule(
        re.compile(
            rf"(?P<rel>{_alt(RELATIVE_OFFSETS, cased=True)})\s+(?P<unit>(?i:week|month|year))\b"
        ),
        _relative_unit,
        _left(rf"(?P<lead>\b{_alt(EARLIER_LATER)}\s+)?"),
        left_words=1,
    ),
    # "Wednesday", "last Friday", "next Monday", "Wednesday's meeting", "Friday night",
    # "on Friday last week"
    _Rule(
        re.compile(
            rf"{_WEEKDAY}{_TIME_OF_DAY}"
            rf"(?:\s+(?P<week_rel>{_alt(RELATIVE_OFFSETS, cased=True)})\s+(?i:week)\b(?!['’]s))?"
        ),
        _weekday,
        _left(
            rf"(?P<name>\b{_alt(WEEKDAY_NAME_PREFIXES)}\s+)?"
            rf"(?P<lead>\b(?P<rel>{_alt(WEEKDAY_MODIFIERS | RELATIVE_OFFSETS)})\s+)?"
        ),
        left_words=2,
    ),
    # "on Christmas Day", "New Year's Eve", "Christmas Eve 2019"
    _Rule(
        re.compile(rf"(?P<holiday>{_HOLIDAY}){_STATED_YEAR}"),
        _holiday,
        _left(rf"(?P<name>\b{_alt(HOLIDAY_NAME_PREFIXES)}\s+)?(?P<lead>)"),
        left_words=1,
    ),
    # "shelled the city overnight" (not "an overnight curfew", nor "overnight Tuesday")
    _Rule(
        re.compile(
            rf"(?i:overnight)\b(?P<day_after>,?\s+(?:(?i:into|on|to|from|of)\s+)?"
            rf"(?:{_alt(WEEKDAYS)}|{_alt(MONTHS | MONTH_ABBREVIATIONS)})\b)?"
        ),
        _overnight,
        _left(rf"(?P<not_date>\b{_alt(OVERNIGHT_NOT_DATES)}\s+)?(?P<lead>)"),
        left_words=1,
    ),
    # "at the weekend", "over the weekend", "last weekend", "this past weekend"
    _Rule(
        re.compile(r"(?i:w)eekend\b(?!\s+of\b)"),  # ("the weekend of October 18": its day)
        _weekend,
        _left(
            r"(?:\b(?:at|over|during|on|throughout|across)\s+the\s+"
            rf"|(?P<lead>\b(?P<this>this\s+)?(?P<rel>{_alt(SEASON_MODIFIERS + ('coming',))})\s+))"
        ),
        left_words=3,
    ),
    # "in the spring", "last summer", "in the autumn of 2014", "in early summer"
    _Rule(
        re.compile(
            rf"(?P<season>{_alt(SEASONS, cased=True)})\b"
            rf"(?:\s+(?:of\s+)?{_YEAR}|(?!\s+{_alt(SEASON_NOT_DATES)}\b))"
        ),
        _season,
        _left(
            rf"(?:\b(?P<prep>{_alt(SEASON_PREPOSITIONS)})\s+(?:the\s+)?)?"
            rf"(?P<lead>(?:\b(?P<rel>{_alt(SEASON_MODIFIERS)})\s+)?(?:\b{_PART})?)"
        ),
        left_words=4,
    ),
    # "three days ago", "a week ago", "2 years ago"
    _Rule(
        re.compile(r"ago\b"),
        _ago,
        _left(rf"(?P<lead>(?<!\w){_NUM}\s+{_UNIT}\s+)"),
        left_words=3,  # "twenty one days" (a hyphen in a number word may be a space)
    ),
)

# ---------------------------------------------------------------------------------------------
# Core
# ---------------------------------------------------------------------------------------------


def _matches(rule: _Rule, text: str) -> Iterator[re.Match]:
    """What ``rule.core.finditer(text)`` finds: with ``rule.first``, the core is matched only
    at the places that can start a match, in text order, each search going on after the last
    match (no match is empty)."""
    if rule.first is None:
        yield from rule.core.finditer(text)
        return
    pos = 0
    while (hit := rule.first.search(text, pos)) is not None:
        m = rule.core.match(text, hit.start())
        if m is None:
            pos = hit.start() + 1
        else:
            yield m
            pos = m.end()


def _left_context(rule: _Rule, text: str, start: int) -> re.Match | None:
    """``rule.left`` searched in the window before `start`, from no further back than the
    start of the rule's `left_words` last words: a match cannot begin earlier, and the engine
    need not try every position of the window for one."""
    if rule.left is None:
        return None
    window = max(0, start - LEFT_WINDOW)
    if rule.left_words:
        before = text[window:start]
        # the window's words but its last `left_words` ones, if it has more, and the white
        # space after them
        words = before.rsplit(None, rule.left_words)
        if len(words) > rule.left_words:
            rest = before[len(words[0]) :]
            window += len(before) - len(rest.lstrip())
    return rule.left.search(text, window, start)


def _candidates(text: str, pub: date | None) -> list[Candidate]:
    found = []
    for rule in _RULES:
        if rule.needs not in text:
            continue
        for m in _matches(rule, text):
            start = m.start()
            if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue  # the key word starts mid-word
            left = _left_context(rule, text, start)
            try:
                resolved = rule.resolve(m, left, pub)
            except (ValueError, OverflowError):  # "February 30", year 0, ...
                continue
            if resolved is not None:
                lead = left.start("lead") if left else -1
                found.append((lead if lead >= 0 else start, m.end(), *resolved))
    return found


def _longest_first(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest (then leftmost) winning, in text order."""
    taken: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if all(c[1] <= t[0] or t[1] <= c[0] for t in taken):
            taken.append(c)
    return sorted(taken)


def _anchored_shift(text: str, anchor: Candidate, floor: int) -> Candidate | None:
    """ "eight days after <anchor>": the anchor shifted, spanning both; None if no such prefix
    (or the anchor is too coarse for the unit, as in "two days after March")."""
    start, end, d, precision = anchor
    window = max(floor, start - LEFT_WINDOW)
    before = text[window:start].lower()
    if "after" not in before and "before" not in before:
        return None  # (what `_SHIFT` must end with, looked for first: most dates have neither)
    m = _SHIFT.search(text, window, start)
    if m is None:
        return None
    unit = m["unit"].lower()
    if unit != "year" and precision not in ("day", unit) and (unit, precision) != ("week", "day"):
        return None
    n = (_number(m["n"]) if m["n"] else 1) * SHIFT_DIRECTIONS[m["dir"].lower()]
    try:
        return m.start(), end, _shift(d, unit, n), precision
    except (ValueError, OverflowError):
        return None


#: "eight days after the summit", "a week before the vote", "two days later"
_EVENT_SHIFT = re.compile(
    rf"(?<!\w)(?:about\s+|some\s+|nearly\s+|almost\s+)?{_NUM}\s+{_UNIT}\s+"
    rf"(?:(?P<dir>(?i:after|before))\s+(?:the|its|their|his|her|that|this)\s+"
    rf"(?P<anchor>[a-z][a-z-]+)\b|(?P<narrative>(?i:later|earlier))\b)",
    re.IGNORECASE,
)
#: what every match of `_EVENT_SHIFT` contains ("days after", "weeks later"): searched first,
#: as it is much cheaper than the full pattern, which starts at every "a" and "an" of a text.
#: The unit's first letter is a case-sensitive class (no other character matches these
#: letters ignoring case), so that the engine skips ahead to it; the rest ignores case.
_EVENT_SHIFT_HINT = re.compile(
    r"[DdWwMmYy](?i:(?:(?<=[Dd])ay|(?<=[Ww])eek|(?<=[Mm])onth|(?<=[Yy])ear)s?"
    r"\s+(?:after|before|later|earlier)\b)"
)


#: a word one of which each phrase of `NARRATIVE_DAYS` has, looked for in a text before the
#: pattern is run (one word each: the phrases may be spaced or broken across lines)
_NARRATIVE_WORDS = ("next", "following", "previous", "same", "later", "earlier")
#: "the next day", "hours later" (see `NARRATIVE_DAYS`)
#: ("the same day as the vote" counts from the vote, not from the event told before)
_NARRATIVE = re.compile(rf"(?<!\w)(?P<phrase>{_alt(NARRATIVE_DAYS)})\b(?!\s+as\b)", re.IGNORECASE)


def _narrative_days(text: str, taken: list[TemporalExpression]) -> list[TemporalExpression]:
    """Days told from the event told just before ("The following day, the rebels ...",
    "Hours later, he agreed"): like "two days later", with a shift in days."""
    lowered = text.lower()
    if not any(word in lowered for word in _NARRATIVE_WORDS):
        return []  # (most texts: none of the phrases, no pattern to run)
    found = []
    for m in _NARRATIVE.finditer(text):
        if any(t.start < m.end() and m.start() < t.end for t in taken):
            continue  # "the day before yesterday" is already a date
        days = NARRATIVE_DAYS[" ".join(m["phrase"].lower().split())]
        shift = (days, "day")
        found.append(TemporalExpression(m.start(), m.end(), m[0], None, "day", "", shift))
    return found


def _event_shifts(text: str, taken: list[TemporalExpression]) -> list[TemporalExpression]:
    """Dates told from another event, which only the events stage can resolve."""
    found = _narrative_days(text, taken)
    if not _EVENT_SHIFT_HINT.search(text):
        return found
    for m in _EVENT_SHIFT.finditer(text):
        if any(t.start < m.end() and m.start() < t.end for t in taken):
            continue  # "eight days after December 7" is already a date
        n = _number(m["n"])
        if m["narrative"]:
            anchor, sign = "", 1 if m["narrative"].lower() == "later" else -1
        else:
            anchor, sign = m["anchor"].lower(), SHIFT_DIRECTIONS[m["dir"].lower()]
        unit = m["unit"].lower()
        found.append(
            TemporalExpression(
                m.start(), m.end(), m[0], None, "day", anchor=anchor, shift=(sign * n, unit)
            )
        )
    return found


#: words that put an expression before publication whatever its verb's tense ("last week",
#: "two days ago", "earlier this month", "overnight"): a plan cannot be for such a date
PAST_WORDS = ("last", "ago", "yesterday", "earlier", "previous", "past", "overnight")
_PAST = re.compile(rf"\b{_alt(PAST_WORDS)}\b", re.IGNORECASE)


def told_as_past(expression: TemporalExpression) -> bool:
    """Whether an expression's words place it before publication (see `PAST_WORDS`)."""
    return expression.anchor is None and _PAST.search(expression.text) is not None


def anchored(expression: TemporalExpression, anchor_day: date) -> TemporalExpression:
    """An event-anchored expression resolved against the day of its anchor event."""
    n, unit = expression.shift or (0, "day")
    precision = "day" if unit in ("day", "week") else unit
    value = _format(_shift(anchor_day, unit, n), precision)
    return TemporalExpression(
        expression.start, expression.end, expression.text, value, precision,
        expression.anchor, expression.shift,
    )  # fmt: skip


def find_dates(text: str, pub_date: date | None) -> list[TemporalExpression]:
    """Every temporal expression in text, resolved against pub_date, in text order,
    non-overlapping (longest match wins). Expressions told from another event ("two days
    later") come with ``value`` None and their ``anchor`` and ``shift``."""
    if isinstance(pub_date, datetime):
        pub_date = pub_date.date()
    result: list[TemporalExpression] = []
    floor = 0
    for candidate in _longest_first(_candidates(text, pub_date)):
        start, end, d, precision = _anchored_shift(text, candidate, floor) or candidate
        value = _format(d, precision)
        result.append(TemporalExpression(start, end, text[start:end], value, precision))
        floor = end
    result += _event_shifts(text, result)
    return sorted(result, key=lambda e: e.start)


# ---------------------------------------------------------------------------------------------
# spaCy component
# ---------------------------------------------------------------------------------------------


class DatesComponent(BatchedStage):
    """Writes ``doc._.dates``: the temporal expressions in the doc, resolved against
    ``doc._.pub_date``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        underscore = doc._  # (each ``doc._`` builds a new accessor: one for both)
        underscore.dates = find_dates(doc_text(doc), underscore.pub_date)
        return doc


@Language.factory("accord_dates", assigns=["doc._.dates"], requires=["doc._.pub_date"])
def make_dates(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent(nlp, name)
