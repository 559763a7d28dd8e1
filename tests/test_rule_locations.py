"""One happening told in two places that exclude each other (``factcheck.rules.locations``), read
through real claims: every row is an article of two (or three) sentences, parsed, and the rule is
asked about every claim of the first sentence against every claim of the second, in both orders.
"""

from __future__ import annotations

import pytest

from factcheck.rules import RULES, locations
from factcheck.types import Kind
from tests.claim_helpers import outcomes, parsed_pair

ONE_HAPPENING_TWO_PLACES = [
    # initials of another name are another place
    ("initials_of_another_name", "Last week marked the opening of a Hockney show at the University of Northern Iowa.",
     "The show at UCLA includes early sketches."),
    ("trial_and_tried", "The trial took place at Bristol Crown Court.", "Okoro was tried at Exeter Crown Court."),
    # people gather or arrive where the event they come for is; a place before a time keeps its verb
    ("gathered_for_the_conference", "The conference was held in Vienna last week.",
     "Delegates gathered in Geneva for last week's conference."),
    ("arrived_for_the_conference", "The conference was held in Vienna.", "Delegates arrived in Geneva for the conference."),
    # a noun that is an event only in a later sense, which its clause selects ('took place',
    # 'gathered for'); 'for the vigil' hung by the parse on the place still names what they came for
    ("event_sense_past_the_first", "The summit took place in Oslo.", "Leaders met in Bergen for the summit."),
    ("for_hung_on_the_place", "The summit was held in Oslo.", "Leaders gathered in Bergen for the summit."),
    ("possessed_medical", "The striker completed his medical in Lyon on Friday.", "He had his medical in Marseille."),
    ("same_kind_of_meeting_same_day", "The council held its budget meeting at Crewe Town Hall on Tuesday.",
     "At the budget meeting in Nantwich Civic Centre on Tuesday, councillors approved the cuts."),
    ("definite_blaze", "The blaze in Didcot destroyed two homes.", "Firefighters fought the blaze in Wantage for six hours."),
    ("final_at_two_grounds", "The final was played at Hampden Park.",
     "Sunday's final at Murrayfield Stadium drew a record crowd."),
    ("first_case", "The first case was recorded in Tromsø.", "Doctors confirmed the first case in Bergen."),
    ("where_clause", "The case went to Swansea Crown Court, where Okoro was tried.",
     "Okoro's trial at Cardiff Crown Court lasted a week."),
    ("conference_in_two_boroughs", "The conference was held in Camden.", "The conference in Islington ended early."),
    # a light verb whose object names the act: 'made an emergency landing' is landing
    ("light_verb_and_its_act", "The air ambulance made an emergency landing in Inverness.",
     "The air ambulance landed in Aberdeen shortly after the alarm."),
    # a 'where' clause on a fronted place that the parser makes the root
    ("fronted_where_clause", "The inquest was held at Carlisle Coroner's Court.",
     "At Kendal County Hall, where the inquest was held, the family read a statement."),
    # a stretch of land names its place in its 'of' phrase: 'off the coast of Norway'
    ("coast_of_two_countries", "The trawler capsized off the coast of Ireland.",
     "The trawler capsized off the coast of Wales in heavy seas."),
    ("outskirts_and_another_town", "The helicopter came down on the outskirts of Perth.",
     "The helicopter came down near Inverness."),
    # one thing named again by a more general noun, its act by a kind of the first act
    ("kind_of_the_thing_and_of_the_act", "The jet landed at Luton just before midnight.",
     "The aircraft touched down at Heathrow."),
    # a verb that only says the event took place still places it
    ("staged_in_another_city", "The match was played in Madrid.", "The match was staged in Barcelona."),
    # two verbs of beginning are one act of what they begin ('broke out' / 'started'); an event
    # opens once, though 'open' is a verb of things done again and again
    ("broke_out_and_started", "The fire broke out at a warehouse in Salford.",
     "The blaze started at a depot in Bolton."),
    ("festival_opened_and_began", "The festival opened in Galway on Friday.", "On Friday the festival began in Cork."),
]

CAN_BOTH_BE_TRUE = [
    # a place named in full, then by its initials
    ("full_name_then_initials", "Last week marked the opening of a Hockney show at the University of Northern Iowa.",
     "The show at UNI includes early sketches.", ""),
    ("venue_then_initials", "The final was played at Old Trafford.", "The final at OT drew a record crowd.", ""),
    # gathering somewhere before going to the event, or leaving from somewhere for it
    ("gathered_before_the_conference", "The conference was held in Vienna.",
     "Delegates gathered in Geneva before flying to the conference.", ""),
    ("gathered_for_another_event", "The summit took place in Oslo.",
     "Leaders gathered in Bergen for a dinner before the summit.", ""),
    ("summit_as_a_mountain_top", "The climbers reached the summit from Zermatt.",
     "The climbers reached the summit from Cervinia.", ""),
    ("travelled_from_a_town", "The concert was held in Leeds.", "Fans travelled from York for the concert.", ""),
    ("region_holds_the_town", "The medical took place in Duisburg.", "He passed his medical in Germany.", ""),
    # the outskirts of a town are in it; an 'of' phrase of a noun that is no place names no place
    ("outskirts_of_the_town", "The helicopter came down on the outskirts of Perth.", "The helicopter came down in Perth.", ""),
    ("wake_of_a_storm", "The trawler capsized in the wake of Storm Ciara.", "The trawler capsized off Wales.", ""),
    ("place_inside_the_other", "The final was played at Elland Road in Leeds.", "The final in Leeds drew 30,000 fans.", ""),
    ("article_puts_one_in_the_other", "The conference was held in Camden.", "The conference in London ended early.",
     "Protesters gathered in Camden, London, before dawn."),
    ("venue_may_be_in_the_town", "The trial was held at Leeds Crown Court.", "The trial in Leeds lasted ten weeks.", ""),
    ("two_meetings", "A meeting was held in Leeds on Monday.", "A meeting was held in York on Tuesday.", ""),
    ("definite_meetings_on_two_days", "The meeting was held in Leeds on Monday.",
     "The meeting in York was held on Tuesday.", ""),
    ("trip_names_two_places", "She left Lyon for Marseille in 2019.", "She arrived in Marseille in May.", ""),
    ("flight_to_the_talks", "He flew from Leeds to Paris for the talks.", "The talks in Paris ended on Friday.", ""),
    ("plan_and_fact", "The ministers will meet in Paris next week.", "The ministers met in Rome last year.", ""),
    ("final_planned_and_played", "The final will be played at Wembley.",
     "The final was played at Hampden Park last year.", ""),
    ("plural_arrests", "Police made arrests in Leeds.", "The arrests in York followed a raid.", ""),
    ("arrests_made_and_arrested", "Detectives made arrests in Hull.", "Detectives arrested two men in Grimsby.", ""),
    ("hedged_move", "The final may be moved to Cardiff.", "The final will be played at Wembley.", ""),
    ("two_kinds_of_meeting", "The budget meeting was held in Leeds.", "The planning meeting was held in York.", ""),
    ("another_meeting", "The first meeting was held in Leeds.", "Another meeting took place in York.", ""),
    ("a_tour_opens_and_ends", "The band's tour opened in Glasgow.", "The tour ended in Brighton.", ""),
    ("speeches_recur", "The minister spoke in Leeds on Monday.", "The minister spoke in York.", ""),
    # watching or hearing an event happens where the watcher is
    ("watched_on_screens_elsewhere", "The match was played in Madrid.",
     "Fans watched the match on screens in Barcelona.", ""),
    ("heard_in_another_city", "The concert took place in Vienna.",
     "Thousands heard the concert in a packed square in Graz.", ""),
    # a shop or a branch opens again and again; the end of a tour is elsewhere than its start
    ("shops_open_in_two_towns", "The shop opened in Leeds.", "The shop opened in York.", ""),
    ("tour_began_and_ended", "The tour began in Leeds.", "The tour ended in Brighton.", ""),
]


@pytest.mark.parametrize(("name", "a", "b"), ONE_HAPPENING_TWO_PLACES, ids=[r[0] for r in ONE_HAPPENING_TWO_PLACES])
@pytest.mark.parametrize("flip", [False, True], ids=["a_b", "b_a"])
def test_one_happening_in_two_places_conflicts(name: str, a: str, b: str, flip: bool) -> None:
    first, second = (b, a) if flip else (a, b)
    assert "conflicting" in outcomes(locations.compare, first, second)


@pytest.mark.parametrize(("name", "a", "b", "context"), CAN_BOTH_BE_TRUE, ids=[r[0] for r in CAN_BOTH_BE_TRUE])
@pytest.mark.parametrize("flip", [False, True], ids=["a_b", "b_a"])
def test_places_that_can_both_be_true_stay_quiet(name: str, a: str, b: str, context: str, flip: bool) -> None:
    first, second = (b, a) if flip else (a, b)
    assert "conflicting" not in outcomes(locations.compare, first, second, context=context)


def test_without_the_article_saying_so_two_boroughs_are_two_places() -> None:
    assert "conflicting" in outcomes(locations.compare, "The conference was held in Camden.",
                                     "The conference in London ended early.")


def test_reason_quotes_both_words_and_places_and_spans_point_at_the_places() -> None:
    first, second = parsed_pair("The trial took place at Bristol Crown Court.", "Okoro was tried at Exeter Crown Court.")
    [result] = [r for x in first for y in second if (r := locations.compare(x, y))]
    assert result.kind is Kind.LOCATION
    assert result.reason == ("'trial' is put at 'Bristol Crown Court' in one claim and 'tried' at "
                             "'Exeter Crown Court' in the other")
    text = "The trial took place at Bristol Crown Court. Okoro was tried at Exeter Crown Court."
    assert (text[result.a_span.start:result.a_span.end], text[result.b_span.start:result.b_span.end]) == (
        "Bristol Crown Court", "Exeter Crown Court")


def test_location_rule_is_registered() -> None:
    assert locations.RULE in RULES and locations.RULE.kinds == (Kind.LOCATION,)
