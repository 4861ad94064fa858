"""Tests for loaders/dates.py: date words resolved against an article date, as sentence tables."""
from __future__ import annotations

import datetime as dt

import pytest

from loaders.dates import find_date, find_dates, resolve_date, resolve_span

MONDAY = dt.date(2018, 4, 23)  # a Monday


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        # weekdays: past by default (on or before the anchor), forwards when the caller says so
        ("The mayor toured the plant early Monday.", False, "2018-04-23"),
        ("Officials announced the plan on Saturday.", False, "2018-04-21"),
        ("The talks ended last Friday without a deal.", False, "2018-04-20"),
        ("The two sides will meet on Friday.", True, "2018-04-27"),
        ("She is due to arrive next Tuesday.", False, "2018-04-24"),
        ("He spoke on Wednesday evening.", False, "2018-04-18"),
        ("Crowds filled the shops on Good Friday.", False, None),
        # months
        ("The envoy went to the capital this March.", False, "2018-03"),
        ("The museum closed in June.", False, "2017-06"),
        ("A summit could happen as early as June.", True, "2018-06"),
        ("Trade grew sharply last month.", False, "2018-03"),
        ("Prices will be reviewed next month.", False, "2018-05"),
        ("Sales fell last March.", False, "2018-03"),
        ("The plant reopens next April.", False, "2019-04"),
        ("The law took effect in March 2019.", False, "2019-03"),
        ("Voters may go to the polls soon.", False, None),
        ("The vote is expected in May.", True, "2018-05"),
        # explicit dates
        ("The deal was signed on April 23, 2018.", False, "2018-04-23"),
        ("The deal was signed on 23 April 2018.", False, "2018-04-23"),
        ("Filed 2018-04-23 by the clerk.", False, "2018-04-23"),
        ("The vote took place on Sept. 9, 2018.", False, "2018-09-09"),
        ("It happened on Monday, April 2, 2018.", False, "2018-04-02"),
        ("The fair opens on Sept. 9.", True, "2018-09-09"),
        ("The fair opened on Sept. 9.", False, "2017-09-09"),
        ("The report came out on 3 April.", False, "2018-04-03"),
        ("The 70th anniversary of the city's founding falls on Sept. 9.", False, "2018-09-09"),
        ("The 20th anniversary of the treaty is on Feb. 10.", False, "2019-02-10"),
        # years and relative days
        ("He took power in 2012.", False, "2012"),
        ("Growth slowed last year.", False, "2017"),
        ("The bridge was damaged yesterday.", False, "2018-04-22"),
        ("The minister speaks today.", False, "2018-04-23"),
        ("The court rules tomorrow.", False, "2018-04-24"),
        ("The crash happened the day after the vote.", False, None),
        # spans give their start
        ("The troupe stayed from April 13 to April 18.", False, "2018-04-13"),
        # no date words at all, and numbers that are not years
        ("A bus carrying 32 tourists overturned.", False, None),
        ("The repair bill came to $2,018 in total.", False, None),
        ("Music of the 1990s filled the hall.", False, None),
    ],
)
def test_resolve_date_against_an_anchor(text: str, future: bool, expected: str | None) -> None:
    assert resolve_date(text, MONDAY, future=future) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal was signed on April 23, 2018.", "2018-04-23"),
        ("Sept. 9, 2018", "2018-09-09"),
        ("He took power in 2012.", "2012"),
        ("The law took effect in March 2019.", "2019-03"),
        ("The mayor toured the plant early Monday.", None),
        ("The fair opens on Sept. 9.", None),
        ("Trade grew sharply last month.", None),
        ("The minister speaks today.", None),
        ("It is due on Feb. 30, 2019.", "2019"),  # no such day: only the year stands
    ],
)
def test_without_an_anchor_only_absolute_dates_resolve(text: str, expected: str | None) -> None:
    assert resolve_date(text, None) == expected


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("The troupe stayed from April 13 to April 18.", False, ("2018-04-13", "2018-04-18")),
        ("The troupe stayed April 13-18.", False, ("2018-04-13", "2018-04-18")),
        ("The troupe stayed April 13 to 18.", False, ("2018-04-13", "2018-04-18")),
        ("The troupe stayed 13-18 April.", False, ("2018-04-13", "2018-04-18")),
        ("The show runs between April 13 and April 18.", False, ("2018-04-13", "2018-04-18")),
        ("The festival runs from Dec. 28 to Jan. 3.", True, ("2018-12-28", "2019-01-03")),
        ("Talks ran from Monday to Wednesday.", False, ("2018-04-16", "2018-04-18")),
        ("He served from 2012 to 2014.", False, ("2012", "2014")),
        ("The fair ran from June 2, 2016 to June 5, 2016.", False, ("2016-06-02", "2016-06-05")),
        ("The fair opened on April 13.", False, ("2018-04-13", None)),
        ("They met on April 13 to sign the deal.", False, ("2018-04-13", None)),
        ("Nothing happened.", False, (None, None)),
    ],
)
def test_resolve_span(text: str, future: bool, expected: tuple[str | None, str | None]) -> None:
    assert resolve_span(text, MONDAY, future=future) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RIVERTON, March 5, 2019 -- The library reopened.", dt.date(2019, 3, 5)),
        ("Published: 14 October 2021", dt.date(2021, 10, 14)),
        ("Posted 2020-06-12T08:30:00Z", dt.date(2020, 6, 12)),
        ("Updated on Monday", None),
        ("In 2012 the plan began.", None),
    ],
)
def test_find_date_takes_only_complete_dates(text: str, expected: dt.date | None) -> None:
    assert find_date(text) == expected


def test_anchor_on_the_named_weekday_is_that_day_both_ways() -> None:
    assert resolve_date("on Monday", MONDAY) == "2018-04-23"
    assert resolve_date("on Monday", MONDAY, future=True) == "2018-04-23"
    assert resolve_date("next Monday", MONDAY) == "2018-04-30"
    assert resolve_date("last Monday", MONDAY) == "2018-04-16"


def test_find_dates_gives_every_mention_with_offsets() -> None:
    text = "The envoy arrived early Monday, stayed from April 13 to April 18 and flies home on Friday."
    mentions = find_dates(text, MONDAY)
    assert [(m.text, m.value, m.until) for m in mentions] == [
        ("Monday", "2018-04-23", None),
        ("April 13 to April 18", "2018-04-13", "2018-04-18"),
        ("Friday", "2018-04-20", None),
    ]
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert [m.value for m in find_dates(text, MONDAY, future=True)][-1] == "2018-04-27"


def test_find_dates_prefers_the_longest_expression_at_a_place() -> None:
    [mention] = find_dates("Signed on Monday, April 2, 2018 in the capital.", MONDAY)
    assert (mention.text, mention.value) == ("Monday, April 2, 2018", "2018-04-02")
    [span] = find_dates("The troupe stayed 13-18 April.", MONDAY)
    assert (span.text, span.value, span.until) == ("13-18 April", "2018-04-13", "2018-04-18")
