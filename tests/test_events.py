"""One happening told twice with two dates ("built in 1847" / "built in 1885"): which date pairs
conflict and which must stay quiet, through the judge's quantity rule (amounts and events together).

Every row is checked in both directions.
"""

from __future__ import annotations

import pytest

from factcheck.events import dated_events
from factcheck.rules import compare_claims as quantity_rule
from factcheck.types import Kind
from tests.claim_helpers import claim, strongest


def verdict(a: str, b: str) -> tuple[str | None, Kind | None]:
    """The strongest outcome of the judge's quantity rule (amounts and events), and its kind."""
    return strongest(quantity_rule(claim(a), claim(b, start=len(a) + 1)))


# One happening told twice with two dates: the date belongs to the verb, not to an event noun.
EVENT_DATE_CONFLICTS = [
    ("river_peaked_saturday_vs_sunday", "The river peaked on Saturday morning at 4.2 metres.",
     "When the river peaked on Sunday morning, water reached the doors of the church."),
    ("glassworks_closes_march_vs_plant_june",
     "The Carrick glassworks, which has made bottles in the town since 1911, will close in March",
     "Staff will be offered redundancy terms when the plant closes in June."),
    ("built_in_two_years", "It was built in 1847 by William G. Ponder.", "It was built in 1885 for attorney Charles H. Bailey."),
    ("sold_home_vs_sold_house", "In 1959, the Bailey family sold the home to the Thompson family.",
     "The Bailey family sold the house to the Thompson family in 1928."),
    ("born_year_vs_full_date", "He was born in 1962.", "He was born on March 12, 1960."),
    ("fire_tore_through_vs_broke_out", "A fire tore through a grain warehouse on Tuesday night.",
     "The fire broke out on Monday night."),
    ("date_after_an_aside", "Gollob joined the German Luftwaffe in 1936.",
     "Gordon Gollob joined the Luftwaffe, the aerial warfare branch of the German Wehrmacht, in 1933."),
    ("month_may_is_not_a_hedge", "He was born on May 16, 1883, in Boston, and received his degree in 1907.",
     "He was born on December 3, 1883 in Boston, Massachusetts."),
    ("in_the_month_of", "In March 1968, Ridenhour heard about the massacre.",
     "Ridenhour heard about the massacre in the month of March 1969."),
    ("from_a_place_in_a_year", "He received his medical degree from Harvard Medical School in 1907.",
     "C. T. Blackfan received his medical degree in 1913 from Harvard Medical School."),
    ("name_of_a_place", "Prince Albert died on 6 February 1902 in Altenburg.",
     "Prince Albert of Saxe-Altenburg died at his residence on 5 January 1902."),
    ("name_after_its_noun", "The show premiered on October 25, 2016.",
     "The show Ke Apon Ke Por premiered on January 25, 2016."),
    ("pronoun_stands_for_the_named_person", "He was promoted to the rank of Major in 1943.",
     "Gordon Gollob was promoted to the rank of Major in 1942."),
    ("second_verb_shares_the_subject",
     "He was also known for his leadership skills and was promoted to the rank of Major in 1943.",
     "Gordon Gollob was promoted to the rank of Major in 1942."),
    ("gerund_after_before", "He left Crystal Palace in 2018 before retiring in 2020.",
     "Joe Ledley retired in the year 2021."),
    ("one_end_of_one_period", "His descendants occupied the house until 1968.",
     "Descendants of the owner occupied the house until 1969, when it was sold."),
    ("period_with_one_end_moved", "Love, Inc. is a sitcom that aired on UPN from September 2005 to May 2006.",
     "Love, Inc. aired from September 2005 to October 2006."),
    ("relative_clause_about_the_copula_subject",
     "Blackfan, also known as Charles Townsend Blackfan, was an American physician who lived from 1883 to 1963.",
     "Blackfan lived from 1883 to 1941."),
    ("title_names_the_noun_before_it", 'The radio show "Quarks and Quirks" ran from 1975 to 1982.',
     "The show ran from 1975 until 1992."),
    ("included_item_of_the_main_verb",
     "Seguin received many honours for his contributions to science, including the Order of Canada in 1973.",
     "Fernand Seguin received the Order of Canada in the year 1985."),
    ("verb_far_from_its_date",
     "John Francis Daley was named as one of the most influential people in the entertainment industry in the year 2018.",
     "In 2019, he was named one of the most influential people in the entertainment industry by Time Magazine."),
]

EVENT_DATE_QUIET = [
    ("became_different_posts", "He became squadron leader in 1939.", "He became commander of JG 331 in 1942."),
    ("opened_vs_closed", "The museum opened in 1990.", "The museum closed in 2001."),
    ("date_moved", "The plant was originally due to close in March.", "The plant will close in June."),
    ("year_contains_month", "The company was founded in 2015.", "The company was founded in March 2015."),
    ("consecutive_periods", "He lived in Paris from 2011 to 2013.", "He lived in Paris from 2013 to 2015."),
    ("different_people_born", "Smith was born in 1950.", "His wife was born in 1948."),
    ("pronoun_vs_relative_born", "He was born in 1950.", "His wife was born in 1948."),
    ("year_names_the_games", "He won gold at the 2003 Asian Games.", "He won gold at the 2002 Asian Games."),
    ("different_films_directed", 'He directed the film "Sunday" in 1999.', 'He directed the film "Addict" in 2016.'),
    ("repeatable_election", "In November 2015, Elvan was elected to parliament.", "Elvan was elected to parliament in March 2021."),
    ("promoted_to_different_ranks", "He was promoted to the rank of Major in 1943.",
     "Gordon Gollob was promoted to the rank of Generalleutnant in 1944."),
    ("years_name_the_season", "It began on September 28, 1990, and ended on March 17, 1991.",
     "The 1990-91 season ended on March 17, 1991."),
    ("two_included_honours", "Seguin received many honours, including the Order of Canada in 1973.",
     "Seguin received the Royal Medal in 1975."),
    ("same_period_in_years_and_months", "Love, Inc. aired on UPN from September 2005 to May 2006.",
     "Love, Inc. aired on UPN from 2005 to 2006."),
    ("end_and_start_of_a_period", "The family owned the house until 1968.", "The family owned the house since 1969."),
    ("repeatable_meeting_as_a_gerund", "He spoke to reporters after meeting the minister in 2019.",
     "He met the minister in 2018."),
]


@pytest.mark.parametrize(("name", "a", "b"), EVENT_DATE_CONFLICTS, ids=[row[0] for row in EVENT_DATE_CONFLICTS])
@pytest.mark.parametrize("flip", [False, True], ids=["a_b", "b_a"])
def test_one_event_on_two_dates_conflicts(name: str, a: str, b: str, flip: bool) -> None:
    first, second = (b, a) if flip else (a, b)
    assert verdict(first, second) == ("conflicting", Kind.DATE)


@pytest.mark.parametrize(("name", "a", "b"), EVENT_DATE_QUIET, ids=[row[0] for row in EVENT_DATE_QUIET])
@pytest.mark.parametrize("flip", [False, True], ids=["a_b", "b_a"])
def test_two_dates_that_can_both_be_true_stay_quiet(name: str, a: str, b: str, flip: bool) -> None:
    first, second = (b, a) if flip else (a, b)
    assert verdict(first, second)[0] != "conflicting"


def test_year_and_month_of_it_agree_on_the_event() -> None:
    assert verdict("The company was founded in 2015.", "The company was founded in March 2015.")[0] == "compatible"


def test_event_date_conflict_reason_names_the_event_and_both_dates() -> None:
    result = quantity_rule(claim("The river peaked on Saturday morning."), claim("When the river peaked on Sunday morning, it rained."))[0]
    assert result.reason == "the river peaked on Saturday in one claim and on Sunday in the other"


@pytest.mark.parametrize("hedged_side", ["a", "b"])
def test_hedged_event_date_does_not_conflict(hedged_side: str) -> None:
    a = claim("The plant will close in March.", hedged=hedged_side == "a")
    b = claim("The plant closes in June.", hedged=hedged_side == "b")
    assert quantity_rule(a, b)[0].outcome == "unrelated"


def test_dated_event_names_verb_participants_and_date() -> None:
    [event] = dated_events(claim("The council sold the old depot to a developer in 1959."))
    assert (event.verb, event.agent, event.patient, event.when_text) == ("sell", "council", "depot", "in 1959")


def test_until_date_is_the_end_of_a_period() -> None:
    [event] = dated_events(claim("His descendants occupied the house until 1968."))
    assert (event.bound, event.patient) == ("until", "house")


def test_period_gives_an_event_at_each_end() -> None:
    start, end = dated_events(claim("Love, Inc. aired on UPN from September 2005 to May 2006."))
    assert (start.bound, end.bound) == ("from", "to")
    assert (start.date.when.month, end.date.when.month) == (9, 5)  # 'May 2006' is a month, not a modal
    assert start.when_text == end.when_text == "from September 2005 to May 2006"


def test_included_item_is_named_in_the_reason() -> None:
    a = claim("Seguin received many honours, including the Order of Canada in 1973.")
    b = claim("Seguin received the Order of Canada in 1975.", start=100)
    assert quantity_rule(a, b)[0].reason == (
        "Seguin received the Order of Canada in 1973 in one claim and in 1975 in the other")


def test_company_name_with_inc_is_quoted_whole_in_the_reason() -> None:
    a = claim("Love, Inc. aired on UPN from September 2005 to May 2006.")
    b = claim("Love, Inc. aired from September 2005 to October 2006.", start=100)
    assert quantity_rule(a, b)[0].reason.startswith("Love, Inc. aired from September 2005 to May 2006")
