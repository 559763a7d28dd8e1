"""Claim pairs: which quantity pairs conflict, which agree, and which must stay quiet.

Every row is checked in both directions (a vs b and b vs a): a contradiction does not depend on
which claim comes first.
"""

from __future__ import annotations

import pytest

from factcheck.rules import compare_claims, numbers
from factcheck.types import Kind, Span
from tests.claim_helpers import claim, strongest


def verdict(a: str, b: str) -> tuple[str | None, Kind | None]:
    """The strongest quantity rule outcome between two claims, and its kind."""
    return strongest(compare_claims(claim(a), claim(b)))


CONFLICTS = [
    # the same part of a set, given two sizes
    ("same_part_two_sizes", "The remaining 20 passengers were rescued.", "The remaining 12 passengers were rescued.",
     Kind.NUMERIC),
    ("age_at_death", "Blackfan passed away on October 31, 1941, at the age of 58.",
     "Blackfan passed away in 1941 at the age of 60.", Kind.NUMERIC),
    ("age_after_an_aside", "He passed the imperial examination, a qualification for high-ranking government "
     "officials, at the age of 26.", "Wen Tianxiang passed the imperial examination at the age of 21.", Kind.NUMERIC),
    ("age_in_a_dated_claim", "Ridenhour passed away in 1998 at the age of 52.",
     "Ronald Ridenhour passed away at the age of 55 due to a heart attack.", Kind.NUMERIC),
    ("unanimous_vs_two_against", "The council approved the plan unanimously.",
     "The plan was carried with two councillors voting against.", Kind.QUANTIFIER),
    ("one_river_two_levels", "The river peaked at 4.2 metres on Saturday.", "The river peaked at 5.1 metres.",
     Kind.NUMERIC),
    ("other_time_in_another_clause", "The league consisted of seven teams, with Feldkirch defending their "
     "title from the previous season.", "The league consisted of eight teams.", Kind.NUMERIC),
    ("majority_vs_all_ten", "Air defences intercepted the majority of the unmanned aerial vehicles.",
     "The air force reported intercepting all ten drones.", Kind.QUANTIFIER),
    ("one_in_ten_vs_40_percent", "One in ten households keeps a dog.", "40 percent of households keep a dog.",
     Kind.NUMERIC),
    ("at_least_five_vs_three", "At least five people died in the attack.", "Three people died.", Kind.NUMERIC),
    ("twelve_vs_eight", "Police arrested 12 protesters.", "Police arrested eight protesters.", Kind.NUMERIC),
    ("about_300_vs_400", "About 300 people attended the rally.", "400 people attended.", Kind.NUMERIC),
    ("rose_vs_fell", "Sales rose 4% in March.", "Sales fell 4% in March.", Kind.NUMERIC),
    ("tuesday_vs_mondays_vote", "The vote took place on Tuesday.", "Monday's vote passed narrowly.", Kind.DATE),
    ("most_vs_all_40_staff", "Most of the 40 staff were laid off.", "All 40 staff were laid off.", Kind.QUANTIFIER),
    ("none_vs_two_passengers", "None of the passengers were hurt.", "Two passengers were hurt.", Kind.QUANTIFIER),
    ("killed_verb_before_and_after", "Five people were killed.", "The blast killed 12 people.", Kind.NUMERIC),
    ("fatalities_vs_people_died", "The strike resulted in at least five confirmed fatalities.",
     "Three people died.", Kind.NUMERIC),
    ("percent_vs_majority", "The majority of voters backed the plan.", "45% of voters backed the plan.",
     Kind.QUANTIFIER),
    ("money_rounding", "The council spent $1.2 million on repairs.", "The council spent $2 million on repairs.",
     Kind.NUMERIC),
    ("range_vs_outside", "Between 10 and 15 homes were destroyed.", "Twenty homes were destroyed.", Kind.NUMERIC),
    ("dash_range_vs_outside", "10-15 homes were destroyed.", "Twenty homes were destroyed.", Kind.NUMERIC),
    ("fewer_than_vs_more", "Fewer than 100 people attended.", "More than 150 people attended.", Kind.NUMERIC),
    ("all_vs_none", "All the hostages were released.", "None of the hostages were released.", Kind.QUANTIFIER),
    ("both_vs_one", "Both pilots survived.", "One pilot survived.", Kind.QUANTIFIER),
    ("seven_of_ten_vs_all", "Seven of the ten drones were shot down.", "All ten drones were shot down.",
     Kind.QUANTIFIER),
    ("meeting_time", "The meeting ended at 3 p.m.", "The meeting ended at 15:30.", Kind.DATE),
    ("full_date_vs_weekday", "The attack began on February 4th, 2026.", "The attack began on Thursday.",
     Kind.DATE),
    ("attributed_disagreement_still_conflicts", "Police said 200 attended.", "Organisers said 2,000 attended.",
     Kind.NUMERIC),
    ("a_dozen_vs_twenty", "A dozen soldiers were wounded.", "Twenty soldiers were wounded.", Kind.NUMERIC),
    ("same_verb_same_group", "By noon, medics had treated 35 runners.", "Medics treated 50 runners.", Kind.NUMERIC),
    ("same_race_different_time", "The race was won in 2 hours 21 minutes.", "The race was won in 2 hours 24 minutes.",
     Kind.NUMERIC),
    ("days_vs_hours", "The fire burned for three days.", "The fire burned for 24 hours.", Kind.NUMERIC),
    ("two_capacities", "The stadium can accommodate up to 20,000 spectators.",
     "The stadium can accommodate up to 25,000 spectators.", Kind.NUMERIC),
    ("adverb_between_modal_and_verb", "The depot can easily house up to 40 buses.",
     "The depot will house a maximum of 60 buses.", Kind.NUMERIC),
    # two parts of one set: evacuated or stayed, survived or died
    ("evacuated_all_vs_half_stayed", "Crews evacuated all 320 households on the riverbank.",
     "About half of the riverbank households stayed in their homes.", Kind.QUANTIFIER),
    ("all_survived_vs_two_died", "All 40 passengers survived the crash.", "Two passengers died in the crash.",
     Kind.QUANTIFIER),
    ("shares_of_two_parts_overshoot", "Most of the students passed the exam.", "Most of the students failed the exam.",
     Kind.QUANTIFIER),
]

CONFLICTS_BESIDE_A_PROPOSAL = [
    # the amount that happened still conflicts with another amount that happened
    ("two_cuts_one_argued", "The board cut the rate by 50 basis points, though one member argued for less.",
     "The board cut the rate by 25 basis points."),
]

COMPATIBLE = [
    ("majority_vs_eight_of_ten", "Air defences intercepted the majority of the unmanned aerial vehicles.",
     "The air force intercepted eight of the ten drones."),
    ("at_least_five_vs_seven", "At least five people died in the attack.", "Seven people died."),
    ("twelve_vs_twelve_in_words", "Police arrested 12 protesters.", "Police arrested twelve protesters."),
    ("about_300_vs_312", "About 300 people attended the rally.", "312 people attended."),
    ("rose_vs_rose_about", "Sales rose 4% in March.", "Sales rose about 4% in March."),
    ("tuesday_vs_tuesdays_vote", "The vote took place on Tuesday.", "Tuesday's vote passed narrowly."),
    ("most_vs_30_of_40_staff", "Most of the 40 staff were laid off.", "Thirty staff were laid off."),
    ("none_vs_no_passengers", "None of the passengers were hurt.", "No passengers were hurt."),
    ("range_vs_inside", "Between 10 and 15 homes were destroyed.", "Twelve homes were destroyed."),
    ("rounded_millions", "The council spent $1.2 million on repairs.", "The council spent $1,234,000 on repairs."),
    ("bound_on_a_rounded_figure", "The band made more than 23 million sales.", "The band made under 23.5 million sales."),
    ("uav_and_drones_agree", "All ten UAVs were intercepted.", "All ten drones were intercepted."),
    ("full_date_vs_its_weekday", "The attack began on February 4th, 2026.", "The attack began on Wednesday."),
    ("days_in_hours", "The fire burned for three days.", "The fire burned for 72 hours."),
    ("shares_of_two_parts_add_up", "About a third of the households were evacuated.",
     "About two thirds of the households stayed."),
    ("at_most_is_a_bound_not_a_capacity", "At most five people were hurt.", "At most seven people were hurt."),
    ("most_evacuated_some_stayed", "Most households were evacuated.", "Some households stayed."),
    ("about_one_in_seven_covers_14_percent", "About one in seven voters remain undecided.",
     "14 percent of voters remain undecided."),
]

# Pairs that look alike but must never be reported as conflicting.
QUIET = [
    # a share ('one in ten') is not a count of ten
    ("share_is_no_count", "One in ten children in the borough lives in poverty.",
     "Some 25 children in the borough live in poverty."),
    ("different_days", "Police made 20 arrests on Monday.", "Police made 12 arrests on Tuesday."),
    ("capacity_after_a_change", "The stadium can now accommodate up to 20,000 spectators.",
     "The stadium can accommodate up to 25,000 spectators."),
    ("update_over_time", "Initially three people were reported dead.", "By evening the death toll rose to five."),
    ("killed_vs_injured", "Five people were killed.", "Twelve people were injured."),
    ("launched_vs_intercepted", "Russia launched 40 drones.", "Air defences intercepted 30 drones."),
    ("different_things", "Twelve houses burned.", "Eight cars burned."),
    ("percent_vs_count", "Turnout rose 4%.", "4,000 people voted."),
    ("change_vs_level", "Unemployment rose 4%.", "Unemployment is 6%."),
    ("different_currencies", "The plan costs $5 million.", "The plan costs 9 million euros."),
    ("ordinals_name_positions", "It was the third attack this month.", "It was the fourth attack this month."),
    ("repeatable_events_on_two_days", "Arrests were made on Monday.", "Arrests were made on Tuesday."),
    ("elections_named_by_year", "The 2020 election was close.", "The 2024 election was not close."),
    ("model_names_are_not_counts", "Ukraine received F-16 jets.", "Ukraine received 12 jets."),
    ("statement_date_vs_event_date", "The owner of the house where the students died in a fire said Monday that "
     "lives were changed.", "The students died in the fire early Sunday morning."),
    ("two_match_scores", "Juventus earned a 1-1 home draw with Inter.", "Siena snatched a 2-2 draw with Parma."),
    ("idiom_no_way_vs_all_the_way", "He had no way of getting to them.", "It fell all the way to the ground."),
    ("ages_at_two_events", "She joined the firm aged 30.", "She retired from the firm aged 65."),
    ("unanimous_vote_vs_another_vote", "The council approved the plan unanimously.",
     "Five members voted against the budget."),
    ("two_units_are_not_converted_without_a_parse", "Swordfish had a range of 37 km.", "Swordfish had an overall length of 231 ft."),
    ("one_of_only_four", "It is one of only four pumped storage stations.", "Both stations are pumped storage stations."),
    ("lengths_of_two_things", "The coaster is 41 m tall.", "The loop is 30 m tall."),
    ("length_without_a_subject", "It has a beam of 14.04 meters.", "It has a draught of 6.06 meters."),
    ("some_is_compatible_with_all", "Some of the drones were intercepted.", "All ten drones were intercepted."),
    # A count with another verb is another subset of the same noun.
    ("starters_vs_hospitalised", "12,400 runners started the race.", "Four runners were taken to hospital."),
    ("took_part_vs_hospitalised", "About 12,000 runners took part.", "Four runners were taken to hospital."),
    ("treated_vs_hospitalised", "By noon, medics had treated 35 runners.", "Four runners were taken to hospital."),
    ("fought_vs_treated", "More than 60 firefighters fought the blaze.",
     "Three firefighters who were treated for smoke inhalation went home."),
    ("house_vs_fit", "It will house 40 buses.", "The 25 buses that fit in the current depot will move."),
    ("another_is_on_top", "The closure will cost all 380 jobs at the plant.",
     "It will cost another 600 jobs at local suppliers."),
    # Another time: "last year's", "in 2022".
    ("last_years_winner", "The women's race was won by Grace Wanjiru in 2 hours 21 minutes.",
     "Last year's winner finished in 2 hours 24 minutes."),
    ("value_last_year", "The project will cost £18 million.", "The project was valued at £3 million last year."),
    ("percent_in_two_years", "Sales fell 12 percent in 2022.", "Sales fell 8 percent in 2023."),
    ("share_at_the_last_race", "Nearly 40 percent of the entrants were women.",
     "31 percent of the entrants were women at the last race."),
    # a part picked out of the set ('the first three', 'the other six') is not all of it
    ("first_three_of_all_four", "The project went through all four phases of funding.",
     "Over the first three phases of funding, the team built the prototype."),
    ("other_six_of_all_seven", "The site is published in all seven languages.",
     "Posts are translated into the other six languages."),
    ("remaining_twenty", "All 30 passengers were taken to hospital.",
     "The remaining 20 passengers were taken to hospital."),
    # an amount someone argued or voted for, or proposed, is not what happened
    ("argued_for_a_smaller_cut", "The board cut the rate by 50 basis points.",
     "One member argued for a cut of 25 basis points."),
    ("proposed_pay_rise", "Nurses received a pay rise of 4 percent.",
     "The union had proposed a pay rise of 7 percent."),
]


@pytest.mark.parametrize(("name", "a", "b", "kind"), CONFLICTS, ids=[row[0] for row in CONFLICTS])
@pytest.mark.parametrize("flip", [False, True], ids=["a_b", "b_a"])
def test_quantities_conflict(name: str, a: str, b: str, kind: Kind, flip: bool) -> None:
    first, second = (b, a) if flip else (a, b)
    assert verdict(first, second) == ("conflicting", kind)


@pytest.mark.parametrize(("name", "a", "b"), CONFLICTS_BESIDE_A_PROPOSAL,
                         ids=[row[0] for row in CONFLICTS_BESIDE_A_PROPOSAL])
@pytest.mark.parametrize("flip", [False, True], ids=["a_b", "b_a"])
def test_a_proposal_elsewhere_in_the_claim_leaves_a_stated_amount_in_conflict(name: str, a: str, b: str,
                                                                              flip: bool) -> None:
    first, second = (b, a) if flip else (a, b)
    assert verdict(first, second) == ("conflicting", Kind.NUMERIC)


@pytest.mark.parametrize(("name", "a", "b"), COMPATIBLE, ids=[row[0] for row in COMPATIBLE])
@pytest.mark.parametrize("flip", [False, True], ids=["a_b", "b_a"])
def test_quantities_agree(name: str, a: str, b: str, flip: bool) -> None:
    first, second = (b, a) if flip else (a, b)
    assert verdict(first, second)[0] == "compatible"


@pytest.mark.parametrize(("name", "a", "b"), QUIET, ids=[row[0] for row in QUIET])
@pytest.mark.parametrize("flip", [False, True], ids=["a_b", "b_a"])
def test_look_alikes_stay_quiet(name: str, a: str, b: str, flip: bool) -> None:
    first, second = (b, a) if flip else (a, b)
    assert verdict(first, second)[0] != "conflicting"


def test_majority_conflicts_with_all_ten_in_words_a_reader_follows() -> None:
    result = compare_claims(
        claim("Air defences intercepted the majority of the unmanned aerial vehicles (UAVs)."),
        claim("Ukraine's air force reported successfully intercepting all ten drones."),
    )[0]
    assert result.reason == "'the majority of the' implies not all, but the other claim says 'all ten drones'"


def test_unanimous_vote_conflicts_with_votes_against_in_words_a_reader_follows() -> None:
    result = compare_claims(claim("The council approved the plan unanimously."),
                            claim("The plan was carried with two councillors voting against.", start=100))[0]
    assert result.reason == "'unanimously' means no votes against, but the other claim says 'two' (exactly 2)"


def test_conflict_spans_cover_the_quantity_words_in_document_offsets() -> None:
    first, second = "The majority of drones were downed.", "All ten drones were downed."
    a, b = claim(first, start=100), claim(second, start=500)
    result = compare_claims(a, b)[0]
    assert (result.a_span, result.b_span) == (Span(100, 115), Span(500, 507))
    assert first[result.a_span.start - 100:result.a_span.end - 100] == "The majority of"


@pytest.mark.parametrize("hedged_side", ["a", "b"])
def test_hedged_claim_does_not_conflict(hedged_side: str) -> None:
    a = claim("Twelve people may have died.", hedged=hedged_side == "a")
    b = claim("Eight people died.", hedged=hedged_side == "b")
    (result,) = compare_claims(a, b)
    assert result.outcome == "unrelated" and "hedged" in result.reason


def test_negated_amount_does_not_conflict() -> None:
    a = claim("Police did not arrest 20 protesters.", negative=True)
    # the numbers rule does not read a denied amount; the negation rule has its own say
    assert numbers.compare(a, claim("Police arrested 12 protesters.")).outcome == "unrelated"


def test_negative_claim_with_zero_quantifier_still_conflicts() -> None:
    a = claim("None of the passengers were hurt.", negative=True)
    assert compare_claims(a, claim("Two passengers were hurt."))[0].outcome == "conflicting"


def test_quantities_about_different_things_give_no_result() -> None:
    assert compare_claims(claim("Twelve houses burned."), claim("Eight cars burned.")) == ()
