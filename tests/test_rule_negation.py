"""The negation rule on parsed claims: a denial of every such act ('no rifle was discharged') against
a claim that the act happened, told with an act noun where the denied thing would stand ('a guard
fired a shot'); and the pairs that must stay quiet (plans, other dates, other participants, a role
the parse left empty, two different acts)."""

from __future__ import annotations

import pytest

from factcheck.claims import extract_claims
from factcheck.config import Config
from factcheck.pairing import candidate_pairs
from factcheck.rules.negation import compare, names_the_act
from factcheck.segment import split_sentences
from tests.claim_helpers import outcomes

UNIVERSAL_DENIAL_AGAINST_THE_ACT = [
    ("No rifle was discharged at the checkpoint, the army said.",
     "A conscript fired a single shot at the approaching van."),
    ("No pistol was fired inside the courthouse.",
     "According to the bailiff, the defendant's brother fired a shot from the gallery."),
    ("No gun was discharged during the standoff, the sheriff's office said.",
     "One deputy fired a shot at the tyres of the truck."),
    ("No rifle was fired in Hartlepool.", "A soldier fired a shot in Hartlepool."),
]

# An act denied by its noun ('no arrests') against the act told within the same named event.
DENIED_WITHIN_ONE_EVENT = [
    ("No arrests were made during the protest.", "Officers arrested four people during the protest."),
    ("No injuries were reported after the collision on the bypass.",
     "Two drivers were injured in the collision on the bypass."),
]

DENIED_WITHIN_ONE_EVENT_LEFT_ALONE = [
    # one of many, or another such event: not the event the denial is about
    ("No injuries were reported after the collision.", "Two drivers were injured in an earlier collision."),
    ("No arrests were made during the protest.", "Officers arrested four people at protests across the city."),
    # another act within the event
    ("No injuries were reported after the collision.", "Two drivers were questioned after the collision."),
    # two times around one event
    ("No arrests were made before the derby.", "Police arrested three fans during the derby."),
    ("No arrests were made during the parade.", "Officers arrested two men after the parade."),
]


@pytest.mark.parametrize(("denial", "statement"), DENIED_WITHIN_ONE_EVENT)
def test_an_act_denied_by_its_noun_conflicts_with_it_within_the_same_event(denial: str, statement: str) -> None:
    assert "conflicting" in outcomes(compare, denial, statement)


@pytest.mark.parametrize(("denial", "statement"), DENIED_WITHIN_ONE_EVENT_LEFT_ALONE)
def test_an_act_denied_by_its_noun_leaves_other_events_and_acts_alone(denial: str, statement: str) -> None:
    assert "conflicting" not in outcomes(compare, denial, statement)

LEFT_ALONE = [
    # an aim a copula states is no act that happened
    ("The idea was to shut the library on Sundays.", "The library was not shut on Sundays."),
    # a plan, not an act that happened
    ("No rifle will be discharged at the memorial service.",
     "A veteran fired a shot to open the regatta."),
    # two dated occasions
    ("No pistol was fired at the range on Monday.",
     "An instructor fired a shot at the range on Thursday."),
    # two months: the act was not done in one and done in the other
    ("The trust did not publish its accounts in March.", "The trust published its accounts in June."),
    # two places
    ("No rifle was fired in Hartlepool.", "A soldier fired a shot in Middlesbrough."),
    # a time that bounds the denial: an update, not a contradiction
    ("No pistol had been fired by midnight.", "A guard fired a shot at dawn."),
    # another participant shown: the denial names who did not fire
    ("No gun was fired by the stewards.", "A spectator fired a shot into the air."),
    # the asserting claim's patient is a thing, not the act: nothing anchors the two
    ("No weapon was discharged during the raid.", "Officers later released photographs of the suspects."),
    # two different acts imposed: the denied patient is an act of its own
    ("No curfew was imposed on the district.", "The league imposed a penalty on the club."),
    # a denied act of its own, not a made thing
    ("No charges were filed against the landlord.", "The tenants filed a complaint with the council."),
    # a hedge is not a statement
    ("No rifle was discharged at the depot.", "A sentry may have fired a shot at the fence."),
]

# A name both claims share anchors a denial only where it takes part in both acts or is where they
# happen, and only for acts that mean the same in their usual senses.
NAMED_IN_BOTH_ACTS = [
    ("It did not approve the Marlow plan, the council said.", "The council approved the Marlow plan."),
    ("Nobody was arrested after the derby at Elland Road.", "Police arrested two fans after the derby at Elland Road."),
]
NAMED_BESIDE_THE_ACTS = [
    # 'understand' and 'work' meet only in a rare sense; the shared name only says where
    ("Before joining Harlow Mutual, I did not understand how pensions worked.",
     "Now that I work at Harlow Mutual, I see how complex pensions are."),
]


@pytest.mark.parametrize(("denial", "statement"), NAMED_IN_BOTH_ACTS)
def test_a_name_in_both_acts_anchors_a_denial(denial: str, statement: str) -> None:
    assert "conflicting" in outcomes(compare, denial, statement)


@pytest.mark.parametrize(("denial", "statement"), NAMED_BESIDE_THE_ACTS)
def test_a_shared_name_does_not_license_a_rare_sense(denial: str, statement: str) -> None:
    assert "conflicting" not in outcomes(compare, denial, statement)

# One person's act denied and told, with the same participants: a conflict, unless the claims put
# the act in other periods ('two days later', 'the following week'); 'never' covers every period.
SAME_PARTICIPANTS = [
    ("The governor did not sign the budget bill during the session.", "The governor signed the budget bill."),
    ("The striker has never scored against the champions.", "The striker scored against the champions in 2019."),
    ("The trust has not released the audit.", "The audit, which the trust released last week, was critical."),
    # 'never' denies a habit too
    ("The brewer has never paid its staff a bonus.", "The brewer typically pays its staff a bonus at Christmas."),
    # a denial of every case against the act told of every case
    ("The surveyors did not inspect every flat in the block.", "The surveyors inspected every flat in the block."),
    # a reporting verb with a noun phrase for its object is the claim's own act, not a source
    ("The charity did not report the theft to the police.", "The charity reported the theft to the police."),
]
OTHER_PERIODS = [
    # a habit or pattern against one occasion
    ("The trust has not published its annual report.", "The trust usually publishes its annual report in July."),
    ("The band did not name the album after a city.", "The band has traditionally named its albums after cities."),
    ("The governor did not sign the budget bill during the session.",
     "The governor signed the budget bill two days later."),
    ("The chairman did not meet the bidders in March.", "The chairman met the bidders the following week."),
]
DEGREE_OR_REACH_DENIED = [
    # a denial of every case leaves the act standing for some
    ("The vaccine did not protect every volunteer.", "The vaccine protected most volunteers in the trial."),
    ("The inspectors did not visit all the care homes.", "The inspectors visited care homes in the north."),
    ("The ferry does not always sail on time.", "The ferry sailed on time on Friday."),
    # a copula's negation over a superlative or a rank denies the degree or the rank, not the state
    ("The new library is not the largest in the county.", "The new library is large and bright."),
    ("Ms Okafor was not the first to resign.", "Ms Okafor resigned on Monday."),
    ("Slack is not the most natural fit for formal records.", "Slack fits well with how the team works."),
]


@pytest.mark.parametrize(("denial", "statement"), DEGREE_OR_REACH_DENIED)
def test_a_denied_degree_rank_or_every_case_leaves_the_act_alone(denial: str, statement: str) -> None:
    assert "conflicting" not in outcomes(compare, denial, statement)


@pytest.mark.parametrize(("denial", "statement"), SAME_PARTICIPANTS)
def test_a_denied_act_conflicts_with_the_same_participants_act(denial: str, statement: str) -> None:
    assert "conflicting" in outcomes(compare, denial, statement)


@pytest.mark.parametrize(("denial", "statement"), OTHER_PERIODS)
def test_a_denied_act_leaves_the_act_in_another_period_alone(denial: str, statement: str) -> None:
    assert "conflicting" not in outcomes(compare, denial, statement)


@pytest.mark.parametrize(("denial", "statement"), UNIVERSAL_DENIAL_AGAINST_THE_ACT)
def test_a_universal_denial_conflicts_with_the_act_told_by_its_noun(denial: str, statement: str) -> None:
    assert "conflicting" in outcomes(compare, denial, statement)


@pytest.mark.parametrize(("denial", "statement"), LEFT_ALONE)
def test_a_universal_denial_leaves_other_occasions_participants_and_acts_alone(denial: str, statement: str) -> None:
    assert "conflicting" not in outcomes(compare, denial, statement)


@pytest.mark.parametrize(("noun", "verb", "names"), [
    ("shot", "fire", True),  # 'shot' is a form of 'shoot', a way to fire
    ("shot", "shoot", True),
    ("weapon", "fire", False),  # a thing fired, not the firing
    ("gun", "discharge", False),
    ("photograph", "release", False),
])
def test_a_patient_names_the_act_only_when_it_is_the_act(noun: str, verb: str, names: bool) -> None:
    assert names_the_act(noun, verb) is names


@pytest.mark.parametrize(("denial", "statement"), [UNIVERSAL_DENIAL_AGAINST_THE_ACT[0]])
def test_pairing_offers_a_denial_and_the_act_told_in_other_words(denial: str, statement: str) -> None:
    # other paragraphs between them, and no content word shared, so only the denied act pairs them
    filler = ("The convoy crossed the river before dawn. Engineers repaired the bridge by noon. "
              "Traders reopened the market stalls in the afternoon.")
    text = f"{denial}\n\n{filler}\n\n{statement}"
    claims = extract_claims(text, split_sentences(text))
    first = next(c for c in claims if "rifle" in c.text)
    last = next(c for c in claims if "shot" in c.text)
    pairs = {(p.a.id, p.b.id) for p in candidate_pairs(claims, config=Config())}
    assert (first.id, last.id) in pairs


NONE_OF_A_GROUP = [
    ("None of the crew was hurt when the trawler ran aground.",
     "Two of the crew were hurt when the trawler ran aground."),
    ("None of the ferry passengers were injured.", "Three of the passengers were injured."),
    # the groups only overlap in the parse; the name anchors
    ("None of the nurses at Lowfield was suspended.", "Two of the nurses at Lowfield were suspended, the trust said."),
    # 'nobody' has no noun of its own to differ from 'two fans'; the name anchors
    ("Nobody was arrested after the derby at Elland Road.", "Police arrested two fans after the derby at Elland Road."),
]

NONE_OF_A_GROUP_LEFT_ALONE = [
    ("None of the crew was hurt.", "Two of the passengers were hurt."),  # another group
    ("None of the passengers was killed.", "Two of the passengers were hurt."),  # 'hurt' is 'kill' only rarely
    # the denial's group may be narrower than the count's
    ("None of the people sheltering in the station was hurt.", "The bombing killed 23 people."),
    ("Nobody was arrested at the rally.", "Police arrested two fans after the derby."),  # nothing anchors
    ("None of the crew will be laid off.", "Two of the crew were laid off last year."),  # a plan, another time
]


@pytest.mark.parametrize(("denial", "statement"), NONE_OF_A_GROUP)
def test_none_of_a_group_conflicts_with_some_of_it(denial: str, statement: str) -> None:
    assert "conflicting" in outcomes(compare, denial, statement)


@pytest.mark.parametrize(("denial", "statement"), NONE_OF_A_GROUP_LEFT_ALONE)
def test_none_of_a_group_leaves_other_groups_acts_and_times_alone(denial: str, statement: str) -> None:
    assert "conflicting" not in outcomes(compare, denial, statement)


def test_a_bare_none_stands_for_a_group_named_elsewhere() -> None:
    # 'none' of some earlier group, not anybody: a named child's booster is no contradiction
    assert "conflicting" not in outcomes(
        compare, "Of the nine pupils taken ill, none had received the booster jab.",
        "Tom Reyes, whose son received his booster jab at the school on Monday, praised the nurses.")
