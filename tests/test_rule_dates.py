"""One happening told with two dates, as the parse reads it (``factcheck.rules.dates`` with
``factcheck.happenings``): every row is a two-sentence article through the real front of the
pipeline, asked in both orders. ``tests/test_events.py`` keeps the surface (regex) reading's table.
"""

from __future__ import annotations

import pytest

from factcheck.rules import dates
from tests.claim_helpers import outcomes

ONE_HAPPENING_TWO_DATES = [
    # (the row once read 'Officials confirmed the first case on 3 March', whose date the checker
    # gave the case only while 'confirmed' was mistaken for a source speaking: the date is the
    # confirming's, as in 'The first case was confirmed on 3 March')
    ("first_case", "The first case came on 3 March, officials said.",
     "The first case of the outbreak occurred on 11 March."),
    ("held_and_at_the_hearing", "The hearing was held on Monday.",
     "At the hearing on Wednesday, the judge rejected the bail application."),
    ("first_flooded", "The river first flooded the town on Saturday.", "The river flooded the town on Sunday."),
    ("election_and_elected", "The election was held on 4 May.", "Voters elected a new mayor on 6 May."),
    ("final_by_its_day", "Sunday's final was a sell-out.", "The final on Saturday ended 2-1."),
    ("tried_and_his_trial", "Heller was tried in 2019.", "His trial in 2021 lasted ten weeks."),
    ("initial_and_first_diagnosis", "The initial diagnosis came on 4 May.", "Doctors made the first diagnosis on 9 May."),
    # a time the parse hangs on an adverb of the act ('early on Wednesday') dates the act
    ("time_under_an_adverb", "The canal overflowed its towpath near Lock 9 on Tuesday, the trust said.",
     "Volunteers were filling sandbags when the Severn Arm first overflowed its towpath early on Wednesday."),
    ("time_under_late", "The minister resigned late on Thursday.", "The minister resigned on Friday, aides said."),
    # 'moved to' a place is not a date being moved
    ("moved_to_a_place", "The painter was born in 1931 in Leeds.",
     "Born in Leeds in 1934, the painter moved to Paris at 19."),
    # a participle the tagger reads as an adjective ('was stolen') is still the passive act
    ("participle_as_adjective", "The trophy was stolen in 1966, when the cabinet was forced open.",
     "Since its theft in 1971, the trophy has been replaced by a replica."),
    # a noun with an article the tagger reads as a verb ('the first recall') is still the event noun
    ("noun_read_as_verb", "Inspectors ordered the first recall on 12 August, after a batch failed tests.",
     "Since the initial recall on 20 August, the bakery has lost two contracts."),
    # a gerund with a possessor names the act as a noun does: the possessor may be who it was done
    # to ('Castell Mining was founded' / "the miner's founding")
    ("possessed_gerund", "Castell Mining was founded in 1987 by a geologist from Swansea.",
     "Since the miner's founding in 1991, Castell Mining has opened four pits."),
    # 'in the year 1998': the number the parse hangs on 'year' is the date
    ("in_the_year", "The cooperative was registered in the year 1998.", "The cooperative was registered in 2003."),
    # a name joined by a dash is one name, however the parse splits it
    ("dashed_name", "The Hale–Morton Mill was converted into flats in 1986.",
     "In 1991, the Hale–Morton Mill was converted into flats by a housing trust."),
    # a single object with an ordinal happens once, though the verb recurs ('released')
    ("debut_and_first_novel", "Marsh published her debut novel in 2004.",
     "Marsh published her first novel in 2006, after years of teaching."),
    # a two-word name the parser reads as two subjects is one name
    ("name_split_in_two_subjects", "Tolga Ersoy joined the ministry in the year 1992.",
     "Ersoy joined the ministry in 1986 and stayed until 2002."),
    ("years_before_1800", "Zhao Mingyu was appointed as the chancellor in 1266.",
     "In 1275, Zhao was appointed as the chancellor and moved to the capital."),
    # a group's 'of' phrase says who is in it, not whose it is
    ("founded_by_a_group", "The trust was founded in 1990 by a group of farmers.",
     "The trust was founded in 1996 by a group of local growers."),
    ("first_title", "Okafor won her first national title in 2012.", "Okafor won her first national title in 2014."),
    # 'added to a register' is an act ('he added' reports speech), and a date the parse hangs on
    # the register (a thing, with no date of its own) dates the adding
    ("added_to_a_register", "The Harlow Mill was added to the county's list of protected buildings in 1981.",
     "The Harlow Mill was added to the county's list of protected buildings in 1984."),
    # a pronoun that may stand for the name both claims share
    ("pronoun_for_the_named_person", "Gollob was promoted to major in 1942.", "He was promoted to major in 1943."),
    # a name spelt with and without dots is one name ('Ph.D.' / 'PhD')
    ("degree_spelt_two_ways", "She obtained a Ph.D. in chemistry in 1991.",
     "She obtained her PhD in chemistry from the University of Leeds in 1993."),
    # a thing introduced by its kind is the named one when the kind is in the name
    ("party_introduced_then_named", "The Green Renewal Party is a political party in Ruritania that was founded in 1991.",
     "The Green Renewal Party was founded in 1996."),
    # one act at two times of day, one of them approximate
    ("one_act_two_times_of_day", "The footbridge collapsed at 2.10am on Tuesday.",
     "The footbridge collapsed at around 5am on Tuesday, engineers said."),
    ("added_with_the_date_on_the_verb", "The old tannery was added to the heritage register in 2002.",
     "In 2005 the old tannery was added to the heritage register."),
    # an event dated by a relative clause that only says it took place
    ("dated_by_a_relative_clause", "The minister resigned on 3 June after the report was published.",
     "Her resignation, which came on 17 June, surprised colleagues."),
    ("dated_by_a_clause_that_it_went_ahead", "The county show was staged on 9 August.",
     "The county show, which went ahead on 16 August despite the rain, drew record crowds."),
    # two verbs of beginning, an event that opens once
    ("opened_and_began", "The hearing opened on Monday.", "The hearing began on Wednesday."),
    ("broke_out_and_began", "The war broke out in 1914.", "The war began in 1915."),
]

CAN_BOTH_BE_TRUE = [
    # one participant in the other role and the two others apart: two happenings ('the House's vote'
    # and 'the Senate's'; two matches)
    ("one_bill_through_two_houses", "The bill passed the House in May.", "The Senate passed the bill in July."),
    ("a_winner_beaten_later", "Ashby beat Kelsall in March.", "Kelsall beat Brigstock in April."),
    # an event noun with 'a' and no participant shared brings in a happening of its own
    ("act_and_a_new_event_noun", "The river level fell to two metres on Monday.",
     "A climber was hurt in a fall near the river on Sunday."),
    # times of day of a lasting event's different acts; an approximate time near the exact one
    ("fire_breaks_out_then_is_controlled", "The warehouse fire broke out at about 1am.",
     "Crews had the warehouse fire under control by 5.30am."),
    ("match_kicks_off_then_ends", "The derby kicked off at 3pm.", "The derby finished shortly before 5pm."),
    ("about_an_hour", "The explosion happened at about 9pm on Friday.", "The explosion happened at 9.35pm on Friday."),
    ("date_moved", "The vote, originally set for Monday, will now be held on Thursday.", "The vote on Monday was delayed."),
    ("two_meetings", "A meeting was held on Monday.", "A meeting was held on Tuesday."),
    ("plural_arrests", "Police made arrests on Monday.", "Arrests were made on Tuesday."),
    ("two_acts_of_one_person", "Smith was born in 1950.", "Smith was elected in 1990."),
    ("period_and_a_point_in_it", "The scheme ran between 2017 and 2021.", "The scheme ran in 2019."),
    ("plan_and_fact", "The final will be played on Sunday.", "The final was played on Saturday last year."),
    ("hedged_start", "The trial could start on Monday.", "The trial started on Tuesday."),
    ("first_meetings_in_two_towns", "The first meeting in Leeds was held on Monday.",
     "The first meeting in York was held on Tuesday."),
    ("phases_of_a_hearing", "The hearing was adjourned on Monday.", "The hearing opened on Friday."),
    ("first_case_and_the_latest", "The first case was confirmed on 3 March.",
     "Since the first case, 40 more have been confirmed, the latest on 11 March."),
    ("recurring_meeting", "The company has held its annual meeting every May since 2010.",
     "The meeting in June approved the accounts."),
    ("postponed_final", "The final was postponed from Saturday to Sunday.", "The final on Sunday drew 40,000 fans."),
    ("edge_of_a_period", "Entries open on 1 March.", "Entries are open until 31 March."),
    ("date_of_another_act", "After his election in 2010, he served two terms.",
     "He won the 2010 election but lost his seat in 2018."),
    ("first_of_several", "The first appeal was dismissed in 2015.", "That appeal was dismissed in 2017."),
    # an adverb that compares ('as early as', 'no later than') bounds the act instead of dating it
    ("as_early_as", "The auditor flagged the losses as early as 2016, the inquiry heard.",
     "The auditor flagged the losses in 2018."),
    ("no_later_than", "The ferry service resumed no later than March.", "The ferry service resumed in January."),
    ("shortly_before", "The dam failed shortly before 4am on Monday.", "The dam failed at 5am on Monday."),
    ("well_into", "The outage continued well into Tuesday.", "The outage continued on Monday."),
    # an adjective names a state, and a plural subject can be stolen many times
    ("state_adjective", "The gallery was empty on Monday.", "The gallery was empty on Friday."),
    ("stolen_plural", "Two vans were stolen on Monday.", "Two vans were stolen on Thursday."),
    ("two_recalls_introduced", "Inspectors ordered a recall on 12 August.", "Inspectors ordered a recall on 20 August."),
    # one recurring act and two objects of different rank, or a second one: two happenings
    ("first_and_second_record", "The band released its first record in 2004.",
     "The band released its second record in 2006."),
    ("records_without_rank", "The band released a record in 2004.", "The band released a record in 2006."),
    # two owners: two things, two happenings
    ("two_owners", "The bakery's accounts were audited in May.", "The florist's accounts were audited in June."),
    ("two_dashed_names", "The Hale–Morton Mill was converted into flats in 1986.",
     "The Pike–Lowry Mill was converted into flats in 1991."),
    # 'added' that reports speech, and additions of things each introduced
    ("added_reports_speech", "'We will appeal,' the coach added on Monday.",
     "The coach added on Tuesday that the club would appeal."),
    ("jobs_added_twice", "The firm added 300 jobs in 2019.", "The firm added 200 jobs in 2021."),
    ("two_things_added", "The museum added a glass wing in 1990.", "The museum added a rooftop cafe in 1995."),
    # a new thing added to a named one is not the named one added: the shared name does not anchor
    ("porch_added_to_a_named_house", "The Hale House was added to the list of protected buildings in 1973.",
     "A two-storey porch was added to the front of the Hale House in 1900."),
    # a name both claims share, but not as a participant of both acts: the sales are not the sandwich
    ("name_outside_the_act", "Harrow Foods has revealed that worldwide sales dropped by 3.3% on 2013 in a set of results.",
     "The sandwich, banned in Europe since the scare, was dropped by Harrow Foods in 2012."),
    ("sales_dropped_sandwich_dropped", "Harrow Foods revealed that its sales dropped in 2013.",
     "The sandwich was dropped by Harrow Foods in 2012."),
    # a date under a phrase that places the act in time dates that phrase's thing, not the act
    ("date_after_a_flood", "The sea wall was rebuilt after the flood of 1953.", "The sea wall was rebuilt in 1961."),
    # an act done again is another act than the first ('reopened' / 'opened', 'rebuilt' / 'built')
    ("reopened_after_first_opening", "The library first opened in 1904.",
     "The library reopened in 2016 after a fire."),
    ("rebuilt_after_being_built", "The pier was built in 1869.", "The pier was rebuilt in 1987 after a storm."),
    # an offer, a threat or a vote to act dates itself, not the act ('offered to resign on 3 June')
    ("offered_to_resign", "The minister offered to resign on 3 June.", "The minister resigned on 17 June."),
    ("voted_to_close", "On Monday the board voted to close the school.", "The school closed on Friday."),
    # a relative clause that tells a phase of the event dates the phase
    ("adjourned_in_a_relative_clause", "The hearing began on Monday.",
     "The hearing, which was adjourned on Friday, lasted a day."),
    # a beginning against another phase: resumed, ended
    ("began_and_resumed", "The trial began in May.", "The trial resumed in June."),
    ("began_and_ended", "The strike began on Monday.", "The strike ended on Thursday."),
    # shops open every day
    ("shop_opened_twice", "The shop opened at 9am.", "The shop opened at 10am on Sunday."),
]


@pytest.mark.parametrize(("name", "a", "b"), ONE_HAPPENING_TWO_DATES, ids=[r[0] for r in ONE_HAPPENING_TWO_DATES])
@pytest.mark.parametrize("flip", [False, True], ids=["a_b", "b_a"])
def test_one_happening_on_two_dates_conflicts(name: str, a: str, b: str, flip: bool) -> None:
    first, second = (b, a) if flip else (a, b)
    assert "conflicting" in outcomes(dates.compare, first, second)


@pytest.mark.parametrize(("name", "a", "b"), CAN_BOTH_BE_TRUE, ids=[r[0] for r in CAN_BOTH_BE_TRUE])
@pytest.mark.parametrize("flip", [False, True], ids=["a_b", "b_a"])
def test_dates_that_can_both_be_true_stay_quiet(name: str, a: str, b: str, flip: bool) -> None:
    first, second = (b, a) if flip else (a, b)
    assert "conflicting" not in outcomes(dates.compare, first, second)


def test_same_day_told_twice_agrees() -> None:
    assert outcomes(dates.compare, "The hearing was held on Monday.",
                    "At the hearing on Monday, the judge rejected the bail application.") == {"compatible"}
