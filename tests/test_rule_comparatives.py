"""Comparatives: an order stated both ways is a conflict; other things, times, scales, measures,
hedges, sources and equal comparisons are not.

Every row is two sentences written for this test (none from the development set), run through
real claims (``extract_claims``: segmentation, the parser, context), and each pair is checked in
both directions.
"""

from __future__ import annotations

import pytest

from factcheck.claims import extract_claims
from factcheck.orders import OTHER, read_orders
from factcheck.parse import parse_span
from factcheck.rules import comparatives
from factcheck.rules.comparatives import pole, scale_relation
from factcheck.segment import split_sentences
from factcheck.types import Claim, Kind, Span

CONFLICTS = [
    # coordinated comparatives of a set of two; an event the subject took part in is not what is placed
    ("The northern route is shorter than the coastal road.", "The coastal road is the quicker and shorter of the two routes."),
    ("Dennis finished the race ahead of Harlow.", "Harlow finished the race ahead of Dennis."),
    # a comparative against 'the -er of the two', two measures WordNet holds as one (term / sentence)
    ("Marsh was handed a longer sentence than Doyle.", "Doyle was given the harsher of the two sentences."),
    ("Sarah Kent received a heavier fine than Tom Reyes.", "Reyes received the bigger of the two fines."),
    # the same comparative, the things swapped; the same things, opposite comparatives
    ("Ferris is older than Quinn.", "Quinn is older than Ferris."),
    ("Ferris is older than Quinn.", "Ferris is younger than Quinn."),
    ("The Falcon is faster than the Osprey.", "The Osprey is faster than the Falcon."),
    ("The Riverside site is cheaper than the Marsh Lane site.", "Riverside is more expensive than the Marsh Lane site."),
    # more / fewer N than
    ("Harlow scored more goals than Denton.", "Harlow scored fewer goals than Denton."),
    ("Amira Saleh won more votes than Paul Grant.", "Grant won more votes than Saleh."),
    ("The company employs fewer people than its rival Norcom.", "Norcom employs fewer people than the company."),
    # order words: trail / behind, above / higher, ahead of / outperformed, leads / ahead of
    ("Labour trails the Greens by four points.", "The survey put the Greens behind Labour."),
    ("Rovers finished two places above United.", "United ended the season higher in the table than Rovers."),
    ("In the league table, Castleford sit below Hexham.", "Castleford are above Hexham."),
    ("Westfield Academy is ahead of Northgate School in the rankings.",
     "Northgate School, which outperformed Westfield Academy in the inspection, will expand."),
    ("Okoro leads Brandt by six points.", "Brandt is ahead of Okoro in the race."),
    ("Petrov, who finished ahead of Lindqvist in the sprint, took silver.", "Lindqvist beat Petrov in the sprint."),
    ("The vote came before the debate.", "The debate came before the vote."),
    # against a forecast; a deeper cut and a smaller reduction (cut = reduction, deep / small opposed)
    ("The council's cut was deeper than analysts had predicted.", "The reduction was smaller than analysts had predicted."),
    # possessives, 'shares in', appositions, a pronoun resolved to the person named before
    ("Brightline's bid was higher than Castor's.", "Castor submitted a higher bid than Brightline."),
    ("Shares in Volta rose faster than shares in Arc.", "Arc's shares rose faster than Volta's."),
    ("Diane Holt was jailed for longer than her brother.", "Her brother, Mark Holt, received the longer of the two terms."),
    ("The northern route is shorter than the coastal road.", "The coastal road is the shorter of the two routes."),
    ("Hartley's budget is smaller than Orwell's.", "Hartley has a bigger budget than Orwell."),
    ("Judge Amos gave Fielding a shorter sentence than Crane.", "Fielding received a longer sentence than Crane."),
    ("Ms Ortega, the younger of the two candidates, is 44.", "Ortega is older than her opponent, Dev Rao."),
    ("Carter was ranked above Malik.", "Malik was ranked higher than Carter."),
    ("The Lions finished behind the Hawks.", "The Hawks finished behind the Lions."),
    ("The Conservatives polled ahead of Labour in Dunmore.", "In Dunmore, Labour finished ahead of the Conservatives."),
    ("Redbridge sits two points above Farnham.", "Farnham sits above Redbridge."),
    # 'one' standing for the noun named before it ('the western one' is a runway)
    ("The eastern pier is longer than the western one.", "The western pier is longer than the eastern pier."),
    ("The new depot is bigger than the old one.", "The old depot is bigger than the new one."),
    # one measure compared across two settings, the other way round
    ("Unemployment in the valley is higher than on the coast.", "Unemployment is lower in the valley than on the coast."),
    ("Rents rose faster in Hull than in Leeds.", "Rents rose faster in Leeds than in Hull."),
    # an amount of one thing of one owner across two times, told with other verbs ('visited' /
    # 'drew'), or across two settings with the owner in another role
    ("Fewer walkers used the ferry this summer than last summer.",
     "The ferry carried more walkers this summer than last summer."),
    ("The depot dispatched more parcels in June than in May.", "Fewer parcels left the depot in June than in May."),
    # one happening put before and after one event
    ("The audit began before the merger.", "The audit only started after the merger."),
    ("The bridge reopened after the flood.", "The bridge reopened before the flood, the council said."),
    ("Okafor resigned before the vote.", "The party was stunned by Okafor's resignation after the vote."),
    # one act of two things, each put first in one claim
    ("The east wing was finished before the library.", "The library was completed before the east wing."),
    ("Kerr finished after Mendes.", "Mendes finished after Kerr, officials confirmed."),
]

TRAPS = [
    # other things
    ("Exports grew faster than imports.", "Imports grew faster than services."),
    ("Diane Holt was jailed for longer than her brother.", "Her sister received a longer term than Diane Holt."),
    ("Voters ranked health above housing.", "Housing came above crime in the list."),
    # 'one' for two other things: other piers
    ("The eastern pier is longer than the western one.", "The northern pier is longer than the southern one."),
    # two measures across the same settings, or the same order worded both ways
    ("Inflation was higher in March than in June.", "Wages were lower in March than in June."),
    ("Inflation was higher in March than in June.", "Inflation was lower in June than in March."),
    # one amount across the same two times, of two owners
    ("Fewer walkers used the ferry this summer than last summer.",
     "More walkers used the cable car this summer than last summer."),
    # the same order, worded both ways
    ("Ferris is older than Quinn.", "Quinn is younger than Ferris."),
    ("The new depot is bigger than the old one.", "The old depot is smaller than the new one."),
    ("The hospital is larger than the clinic.", "The clinic is smaller than the hospital."),
    ("The Riverside site is cheaper than the Marsh Lane site.", "The Marsh Lane site is more expensive than Riverside."),
    # other times
    ("In March, exports were higher than imports.", "In June, imports were higher than exports."),
    ("Petrov finished ahead of Lindqvist in the sprint in 2022.", "Lindqvist beat Petrov in the sprint in 2023."),
    ("Okoro led Brandt in October.", "Brandt led Okoro in December."),
    # one of them set in a period the other does not name
    ("Inflation in Spain is now higher than in Italy.", "A year ago Italy's inflation rate was above Spain's."),
    ("Last season Rovers finished above United.", "United are ahead of Rovers in the table."),
    ("Inflation was higher than expected in March.", "Inflation was lower than expected in April."),
    # other scales or measures
    ("Ferris is taller than Quinn.", "Quinn is heavier than Ferris."),
    ("The northern route is shorter than the coastal road.", "The coastal road is more scenic than the northern route."),
    ("Marsh was handed a longer sentence than Doyle.", "Doyle paid a larger fine than Marsh."),
    ("Amira Saleh won more votes than Paul Grant.", "Grant won more seats than Saleh."),
    ("Kestrel's fleet is larger than Lark's.", "Lark has more routes than Kestrel."),
    ("Harlow had more of the ball.", "Harlow managed fewer shots on target than Denton."),
    ("Hartley's budget is smaller than Orwell's.", "Hartley has more staff than Orwell."),
    ("The eastern wing is older than the chapel.", "The chapel is taller than the eastern wing."),
    ("Carter was ranked above Malik in 2021.", "Malik was ranked higher than Carter in 2023."),
    ("The Lions finished behind the Hawks in the league.", "The Hawks were knocked out by the Lions in the cup."),
    # a change, a forecast, a hedge, a denial, an equality: no order stated
    ("The gap between Okoro and Brandt narrowed.", "Brandt is expected to overtake Okoro."),
    ("Okoro is ahead of Brandt.", "Brandt is expected to finish ahead of Okoro."),
    ("Hexham could finish above Castleford.", "Castleford are above Hexham."),
    ("Okoro leads Brandt by six points.", "Okoro would lead Brandt if the vote were held today."),
    ("Okoro is not older than Brandt.", "Okoro is older than Brandt."),
    ("Saleh is no longer ahead of Grant.", "Saleh is ahead of Grant."),
    ("Okoro is as tall as Brandt.", "Brandt is taller than Okoro."),
    # two sources disagreeing
    ("Police said Okoro was ahead of Brandt.", "Organisers said Brandt was ahead of Okoro."),
    ("Analysts said Volta was worth more than Arc.", "Arc's chief executive said Arc was worth more than Volta."),
    # before and after one event, but two happenings: repeated, introduced twice, other events
    ("Police made arrests before the match.", "Police made arrests after the match."),
    ("Okafor spoke before the vote.", "Okafor spoke again after the vote."),
    ("A protest was held before the summit.", "A protest was held after the summit."),
    ("The audit began before the merger.", "The audit began after the election."),
    ("The audit began before the merger.", "The review began after the merger."),
    ("The bridge closed before the storm.", "The bridge reopened after the storm."),
    # two things put in the same order, worded both ways; two participants, so no order of two things
    ("The east wing was finished before the library.", "The library was completed after the east wing."),
    ("The council approved the plan before the budget.", "The council approved the budget before the plan."),
    # two things ordered both ways by acts that differ, or that happen again
    ("The east wing was finished before the library.", "The library was opened before the east wing."),
    ("Kerr won the sprint before Mendes.", "Mendes won the sprint before Kerr in the following year."),
    # numbers and places after 'than' are not things of the article
    ("More than 600 people attended.", "Fewer than 500 people attended the second event."),
    ("The Ember plant is the larger of the two.", "Crews bring in more lorries each day than at the Cobalt plant."),
]


def claims_of(first: str, second: str) -> tuple[list[Claim], list[Claim]]:
    text = f"{first} {second}"
    claims = extract_claims(text, split_sentences(text))
    boundary = len(first)
    return [c for c in claims if c.span.start < boundary], [c for c in claims if c.span.start > boundary]


def conflicts(first: str, second: str) -> list[tuple[str, str]]:
    """Every conflict the rule finds between a claim of each sentence, asked both ways round."""
    found = []
    left, right = claims_of(first, second)
    for a in left:
        for b in right:
            forward, backward = comparatives.compare(a, b), comparatives.compare(b, a)
            assert (forward is None) == (backward is None), "the rule must not depend on the order of the pair"
            if forward is not None:
                found.append((forward.reason, backward.reason))
    return found


@pytest.mark.parametrize("first, second", CONFLICTS)
def test_an_order_stated_both_ways_conflicts(first: str, second: str) -> None:
    assert conflicts(first, second)
    assert conflicts(second, first)


@pytest.mark.parametrize("first, second", TRAPS)
def test_compatible_or_unrelated_orders_do_not_conflict(first: str, second: str) -> None:
    assert conflicts(first, second) == []
    assert conflicts(second, first) == []


def test_the_result_quotes_the_two_orders_and_points_at_them() -> None:
    first, second = "Ferris is older than Quinn.", "Quinn is older than Ferris."
    text = f"{first} {second}"
    (a,), (b,) = claims_of(first, second)
    result = comparatives.compare(a, b)
    assert result is not None and result.kind is Kind.COMPARATIVE and result.outcome == "conflicting"
    assert "'older than Quinn'" in result.reason and "'older than Ferris'" in result.reason
    assert text[result.a_span.start:result.a_span.end] == "older than Quinn"
    assert text[result.b_span.start:result.b_span.end] == "older than Ferris"


def orders_of(sentence: str):
    return read_orders(parse_span(sentence, Span(0, len(sentence))), parse_span(sentence, Span(0, len(sentence))).doc)


@pytest.mark.parametrize("sentence, first, up, second, scale, measure", [
    ("He received a longer term than Hollis.", "He", True, "Hollis", "long", "term"),
    ("The cut was deeper than most economists had forecast.", "The cut", True, "most economists had forecast", "deep", None),
    ("Faraday has raised more money than Obi.", "Faraday", True, "Obi", "much", "money"),
    ("Obi trails Faraday by three points.", "Obi", False, "Faraday", "high", None),
    ("Kelsall finished three places above Ashby in the league.", "Kelsall", True, "Ashby", "high", None),
    ("Hollis received the stiffer of the two sentences.", "Hollis", True, OTHER.text, "stiff", "sentence"),
    ("Harlow finished the race ahead of Dennis.", "Harlow", True, "Dennis", "high", None),
    ("The poll put the party ahead of Labour.", "the party", True, "Labour", "high", None),
    ("The project is less costly than the old plan.", "The project", False, "the old plan", "costly", None),
    ("The new depot is bigger than the old one.", "The new depot", True, "the old one", "big", None),
    # one thing in two settings: the settings are ordered, the thing is the measure
    ("Inflation was higher in March than in June.", "March", True, "June", "high", "inflation"),
    # an amount across two times with no preposition: the times are ordered, the counted noun is the measure
    ("The island drew more tourists this year than last year.", "this year", True, "last year", "much", "tourist"),
])
def test_orders_are_read_as_first_scale_direction_second(sentence, first, up, second, scale, measure) -> None:
    (order,) = orders_of(sentence)
    assert (order.first.text, order.up, order.second.text, order.scale, order.measure) == (
        first, up, second, scale, measure)


@pytest.mark.parametrize("sentence", [
    "More than 600 people attended.",  # a quantity, not a second thing
    "The depot is bigger than one football pitch.",  # 'one' counting, not standing for a noun
    "The firm is no longer bigger than its rival.",  # denied
    "Rovers are expected to finish above United.",  # a forecast
    "Okoro is as tall as Brandt.",  # equal
    "The stories behind the science changed.",  # a noun described, not ranked
    "She led the investigation into the fire.",  # guiding, not ranking
    "The river reached its highest level since 1998.",  # a record, not a rank among things
])
def test_no_order_is_read_where_none_is_stated(sentence: str) -> None:
    assert orders_of(sentence) == ()


@pytest.mark.parametrize("x, y, expected", [
    ("large", "large", 1), ("large", "huge", 1), ("large", "small", -1), ("deep", "small", -1),
    ("early", "late", -1), ("high", "low", -1), ("tall", "heavy", None), ("much", "large", None),
])
def test_scales_are_related_through_wordnet(x: str, y: str, expected: int | None) -> None:
    assert scale_relation(x, y) == expected
    assert scale_relation(y, x) == expected


@pytest.mark.parametrize("adjective, expected", [
    ("long", 1), ("stiff", 1), ("harsh", 1), ("heavy", 1), ("short", -1), ("light", -1), ("small", -1),
])
def test_poles_say_which_way_an_adjective_grades_a_measure(adjective: str, expected: int) -> None:
    assert pole(adjective) == expected
