"""The antonyms rule on parsed claims: one participant given opposite predicates (WordNet's
antonyms, lifted to synonyms and adjective clusters), and the pairs that must stay quiet (two
times, two participants, a denial that agrees, a hedge, a plan, converses, two ends of one span).
The sentences are this file's own, from several desks; none is taken from an article."""

from __future__ import annotations

import pytest

from factcheck.rules.antonyms import compare
from tests.claim_helpers import outcomes, parsed_pair

OPPOSITE_PREDICATES = [
    # a body and its members named bare decide as one
    ("The council accepted the developer's offer for the site.", "Councillors turned down the developer's offer for the site."),
    ("The jury convicted Heller of fraud.", "Jurors acquitted Heller of fraud."),
    # a pronoun whose claim is about the name the other claim gives as subject
    ("Mara Lind spoke at Halden, where she approved the merger.", "Lind rejected the merger."),
    # a passive with its agent unsaid and an active that names it, done to one thing
    ("Ms Okoro was acquitted of the theft.", "The magistrates convicted Ms Okoro of the theft."),
    ("The harbour bid was rejected on Monday.", "On Monday the assembly approved the harbour bid."),
    # a thing's price changes as the thing does ('shares' / "the group's share price")
    ("Shares in the mining group rose sharply on Tuesday.", "The mining group's share price dropped on Tuesday."),
    # short sentences the parser misreads: the subject as a compound of the verb ('The krona
    # weakened'), a past form tagged an adjective ('shrank'); parse.repair gives them their verb
    ("The krona strengthened against the dollar on Friday.", "The krona weakened against the dollar on Friday."),
    ("The brewer's half-year revenue grew.", "Half-year revenue at the brewer shrank."),
    ("Shares in the carmaker climbed on Wednesday.", "The carmaker's shares dropped on Wednesday."),
    ("The planning committee approved the marina extension.",
     "The planning committee rejected the marina extension."),
    ("Shares in Corvane rose on Tuesday.", "Shares in Corvane fell on Tuesday."),
    # a possessive and an 'in' phrase name one participant
    ("Shares in Corvane rose on Tuesday.", "Corvane's shares fell on Tuesday."),
    ("The footbridge over the Aire is open.", "The footbridge over the Aire is closed."),
    ("The old quarry road is open again.", "The old quarry road is still closed."),
    ("The reading room was open on Sunday.", "The reading room was closed on Sunday."),
    ("The two climbers were alive.", "Both climbers were dead."),
    # a state a verb says went on ('remained', 'stayed') is the state, as a copula's is
    ("The airport remained open throughout the storm.", "The airport was closed throughout the storm."),
    ("The museum remained closed on Tuesday.", "The museum was open on Tuesday."),
    ("The jury convicted Delia Marsh of fraud.", "The jury acquitted Delia Marsh of fraud."),
    # one setting told twice
    ("Unemployment rose in the north.", "Unemployment fell in the north."),
    # one thing acted on: a definite patient, or a bare mass noun
    ("The council approved the application on Tuesday.", "The council rejected the application on Tuesday."),
    ("The judge granted bail to the suspect.", "The judge refused bail to the suspect."),
    ("Harwick Rovers won the cup final.", "Harwick Rovers lost the cup final."),
    # ... and of the same kind
    ("Imports of Chinese steel rose sharply in May.", "Imports of Chinese steel fell sharply in May."),
    # the same part of the day, named two ways
    ("The river rose overnight.", "The river fell during the night."),
    # an untensed clause under a plain fact is as sure as the fact ('while cutting costs' happened)
    ("The new rota worked well while cutting costs for the hospital.", "Costs for the hospital increased."),
    # 'X's sales increased' parsed as one noun phrase with a reduced relative: still a sentence
    ("The bakery's sales increased in May.", "In May the bakery's sales decreased."),
    # a phrasal verb whose particle follows the object ('turned the offer down' is 'turn down')
    ("The union accepted the new offer on Friday.", "The union turned the new offer down on Friday."),
    # a noun read as its act: the verb that shares its stem ('approval' is 'approve')
    ("The committee's approval of the marina extension came on Monday.",
     "The committee rejected the marina extension on Monday."),
    ("The jury's acquittal of Delia Marsh surprised the court.", "The jury convicted Delia Marsh of fraud."),
    # a noun compound the parser splits into a noun and a clause on it ('the wage offer')
    ("The drivers accepted the wage offer on Monday.", "On Monday the drivers rejected the wage offer."),
    # changes in opposite directions (WordNet puts each verb under 'increase' or 'decrease'), the
    # size of a change being no participant
    ("Rents in Dunmore rose in 2023.", "Rents in Dunmore declined in 2023."),
    ("The economy grew in 2019.", "In 2019 the economy contracted."),
    ("House prices in Leeds climbed last year.", "Last year house prices in Leeds slumped."),
    ("The rand gained 2 percent on Monday.", "Traders noted Monday's depreciation of the rand."),
    # a common noun describing the name before it, which the parser makes a second subject
    # ('Hosts Kelsall won'); a one-word name at a sentence's start tagged a common noun ('Wanderers')
    ("Hosts Kelsall won the county derby on Saturday.", "Kelsall lost Saturday's county derby to Ashby."),
    ("Defending champions Wanderers won the shield final.", "Wanderers lost the shield final on penalties."),
    # a whole leaves no part to act otherwise
    ("All 14 directors endorsed the takeover bid.", "Three directors rejected the takeover bid."),
    ("Every parish councillor approved the new car park.", "Two parish councillors rejected the new car park."),
    # one act taking two sides on one thing ('for' / 'against', 'in favour of')
    ("Senator Rhea Vance voted for the water bill.", "Senator Rhea Vance voted against the water bill."),
    ("The teachers' union campaigned for the merger.", "The teachers' union campaigned against the merger."),
    ("Ada Frost voted in favour of the bypass.", "Ada Frost voted against the bypass at the meeting."),
    # verbs that take the sides by their meaning (WordNet's synsets of backing and of opposing)
    ("The fishermen's federation backed the new quota.", "The fishermen's federation opposed the new quota."),
    ("The county's farmers endorsed the drainage levy.", "The county's farmers objected to the drainage levy."),
    ("Councillor Ines Darrow supported the library merger.", "Councillor Ines Darrow protested the library merger."),
    ("The rowing club protested against the marina plan.", "The rowing club endorsed the marina plan."),
    # ... and such a verb against an act 'against' the thing
    ("Senator Rhea Vance voted against the water bill.", "Senator Rhea Vance supported the water bill."),
    # a side taken by a noun whose act takes it ('in support of', 'in opposition to')
    ("The archbishop spoke in support of the hospice appeal.", "The archbishop spoke against the hospice appeal."),
    ("The bishop wrote in opposition to the cathedral levy.", "The bishop endorsed the cathedral levy."),
]

LEFT_ALONE = [
    # two sides on two things, two voters, two years
    ("Senator Rhea Vance voted for the budget.", "Senator Rhea Vance voted against the amendment."),
    ("Labour voted for the water bill.", "The Conservatives voted against the water bill."),
    ("Senator Rhea Vance voted for the bill in 2019.", "Senator Rhea Vance voted against the bill in 2021."),
    # sides taken by meaning: two things, two bodies, a denial, a hedge, two years; a bare 'for'
    # ('paid for') takes no side against a verb of opposing
    ("The fishermen's federation backed the new quota.", "The fishermen's federation opposed the fuel levy."),
    ("The teachers' union endorsed the pay offer.", "The nurses' union opposed the pay offer."),
    ("The federation did not back the new quota.", "The federation opposed the new quota."),
    ("The federation may oppose the new quota.", "The federation backed the new quota."),
    ("The mayor supported the ring road in 2018.", "The mayor opposed the ring road in 2023."),
    ("The parish paid for the new bells.", "The parish objected to the new bells."),
    ("The archbishop spoke in support of the hospice appeal.", "The archbishop spoke against the school appeal."),
    # two times: a change, not a contradiction
    ("Shares in Corvane rose on Monday.", "Corvane's shares fell on Tuesday."),
    # two parts of one day: a change through the day ('overnight' is the night)
    ("Temperatures in the valley rose steadily through the afternoon.",
     "Overnight, temperatures in the valley fell below freezing."),
    ("The pound strengthened against the euro in the morning.", "The pound weakened against the euro in the evening."),
    # two participants
    ("Imports of steel rose sharply.", "Exports of grain fell sharply."),
    # one thing of two kinds of the thing it belongs to: 'of Chinese steel' / 'of Indian steel'
    ("Imports of Chinese steel rose sharply in May.", "Imports of Indian steel fell sharply in May."),
    ("The bakery's sales increased in May.", "The florist's sales decreased in May."),
    ("The Port of Tyne approved the new berth.", "The Port of Blyth rejected the new berth."),
    # two of a kind: the compounded nouns differ ('merger' tagged an adjective, 'pension' a noun)
    ("The drivers accepted the wage offer on Monday.", "On Monday the drivers rejected the pension offer."),
    ("Shareholders approved the merger plan.", "Shareholders rejected the pension plan."),
    # a denial agrees with the opposite
    ("The marina extension was not approved.", "The planning committee rejected the marina extension."),
    # a hedge on one predicate
    ("The committee may approve the marina extension.", "The planning committee rejected the marina extension."),
    # a plan set against a fact
    ("The council will close the library next year.", "The library opened in 1998."),
    # an untensed clause under a hedge is no surer than the hedge (tests/test_modality.py)
    ("The scheme could work while cutting costs for the hospital.", "Costs for the hospital increased."),
    # a passive with no agent is not shown to be the act of the active one (here: another ruling)
    ("A 1991 ruling barred the label from using the name in films.", "The label was allowed to use the name in films."),
    ("In 2015 the trustees rejected the harbour bid.", "The harbour bid was approved."),
    # a claim that tells an act and its opposite tells a sequence or a contrast; the other claim's
    # act agrees with it
    ("After the war, Brandt was interned by the French but was eventually released in 1948.",
     "Brandt was released in 1948 and went home to Kiel."),
    ("Council officers approved the plan but rejected the budget.", "The budget was rejected."),
    # a pronoun is no phrase headed by a common noun, whatever name sits inside it
    ("At Halden, he approved the merger.", "The Halden staff union rejected the merger."),
    # two charges; an infinitive under a noun ('the decision to clear') is no passive clause: whose
    # act it is, and on what, the parse leaves unread
    ("The jury convicted Mr Dace on two counts of theft.",
     "His family welcomed the panel's decision to clear Mr Dace of the fraud charge."),
    # two past states with no one date: a state and its change
    ("The coast road was closed overnight.", "By morning the coast road was open again."),
    # a state in two tenses: two times
    ("The pier was closed for repairs.", "The pier is open to visitors."),
    # a state that went on, denied, agrees with its opposite; a state seen ('looked', 'seemed') or
    # come into ('became') is no state said to hold
    ("The ferry terminal did not remain open during the strike.", "The ferry terminal was closed during the strike."),
    ("The ferry terminal seemed open during the strike.", "The ferry terminal was closed during the strike."),
    ("The reading room became busy after lunch.", "The reading room was quiet on Sunday."),
    # two ends of one span
    ("The festival began with a parade.", "The festival ended with fireworks."),
    # a noun read as its act counts only WordNet's own opposites, not a kind of one: 'job' as the
    # rare verb 'to farm out work' is one step below 'hire', the opposite of 'dismiss'
    ("Okoro was a porter at the hospital until his dismissal last spring.",
     "Okoro said he had enjoyed his job at the hospital."),
    # one thing, the same predicate twice
    ("Harwick Rovers won the cup final.", "Harwick Rovers won the final on penalties."),
    # the named subject after a descriptor is the participant: another club lost
    ("Hosts Kelsall won the county derby on Saturday.", "Ashby lost Saturday's county derby to Kelsall."),
    ("Defending champions Wanderers won the shield final.", "United lost the shield final to Wanderers."),
    # changes in opposite directions at two times, or of two things, or with no time said (a
    # thing rises and falls: one trajectory)
    ("Rents in Dunmore rose sharply.", "Rents in Dunmore declined."),
    ("Car sales fell 2 percent in June.", "In the six months to June, car sales grew 5 percent."),
    ("House prices in Leeds climbed.", "Later, house prices in Leeds slumped."),
    ("The team should limit the number of plug-ins.", "Avoid adding plug-ins where alternatives exist."),
    ("The number of registered voters is published each month.", "Registered voters increased in May."),
    ("Rents in Dunmore rose in 2023.", "Rents in Dunmore declined in 2024."),
    ("Exports of grain rose in March.", "Imports of grain declined in March."),
    # two settings no name says: a region each
    ("Unemployment rose in the north.", "Unemployment fell in the south."),
    # an act and its opposite done to some of a kind: two sets ('12 branches' / '30 branches')
    ("The bank opened 12 branches in 2023.", "The bank closed 30 branches in 2023."),
    ("The council approved three planning applications on Tuesday.",
     "The council rejected two planning applications on Tuesday."),
    ("The pension fund bought shares in Corvane on Monday.", "The pension fund sold shares in Corvane on Monday."),
    ("The retailer opened new stores last year.", "The retailer closed stores last year."),
    # two counted parts of one group: a split vote, not the group given two acts
    ("Eleven directors endorsed the takeover bid.", "Three directors rejected the takeover bid."),
    ("Seven parish councillors approved the new car park.", "Four parish councillors rejected the new car park."),
    ("Most union members accepted the pay offer.", "A quarter of union members rejected the pay offer."),
    # the price of another thing, and a price against what it is the price of on another day
    ("Shares in the mining group rose on Tuesday.", "The bakery's bread price fell on Tuesday."),
    ("Shares in Corvane rose on Monday.", "Corvane's share price fell on Tuesday."),
    # some of a body's members, numbered or qualified, are a part of it
    ("The council accepted the developer's offer.", "Three councillors rejected the developer's offer."),
    ("The council accepted the developer's offer.", "Labour councillors rejected the developer's offer."),
    ("The council approved the plan on Monday.", "Councillors rejected the plan on Friday."),
    # two places in a series of one kind of thing
    ("The home side won the first leg 2-1.", "The home side lost the second leg after extra time."),
    ("Corvane's shares rose in the third quarter.", "Corvane's shares fell in the 4th quarter."),
]


@pytest.mark.parametrize(("first", "second"), OPPOSITE_PREDICATES)
def test_opposite_predicates_of_one_participant_conflict_either_way_round(first: str, second: str) -> None:
    assert "conflicting" in outcomes(compare, first, second)
    assert "conflicting" in outcomes(compare, second, first)


@pytest.mark.parametrize(("first", "second"), LEFT_ALONE)
def test_opposites_at_two_times_of_two_participants_or_denied_hedged_or_planned_stay_quiet(
        first: str, second: str) -> None:
    assert "conflicting" not in outcomes(compare, first, second)
    assert "conflicting" not in outcomes(compare, second, first)


@pytest.mark.parametrize(("first", "second", "said"), [
    # the participant as the claim writes it, not as the parse joins its tokens ("company 's")
    ("The carmaker's profits rose in 2023.", "The carmaker's profits dropped in 2023.", "of The carmaker's profits"),
    # 'last month' tells when, though the parser may read it as the object
    ("Rents rose last month.", "Rents fell last month.", "of Rents"),
    # two sides on one thing: the act, each side and the thing
    ("Senator Rhea Vance voted for the water bill.", "Senator Rhea Vance voted against the water bill.",
     "'vote for' and 'vote against' take opposite sides on the water bill"),
    # sides taken by a verb's meaning and by a noun ('in support of')
    ("The fishermen's federation backed the new quota.", "The fishermen's federation opposed the new quota.",
     "'back' and 'oppose' take opposite sides on the new quota"),
])
def test_the_reason_names_the_participant_given_opposite_predicates(first: str, second: str, said: str) -> None:
    a, b = parsed_pair(first, second)
    reasons = {r.reason for x in a for y in b if (r := compare(x, y)) is not None}
    assert any(reason.endswith(said) for reason in reasons), reasons
