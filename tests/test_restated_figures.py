"""Amounts whose acts the parse cannot link, confirmed by the model on the claims restated with one
amount (``numbers.restated_figures``, ``quantifiers.restated_parts``, ``judge.read_restatements``).

The rule side is a table in both directions: where the acts are told in words WordNet does not link,
claim b is restated with claim a's figure; where the parse already decides, or another part of the
gate keeps the figures apart (another time, a place, opposite directions, a count of one), there is
nothing to restate. The judge side runs with a scripted model, so it pins down the decision and not
the shipped model's numbers.
"""

from __future__ import annotations

import pytest

from factcheck.config import Config
from factcheck.judge import RESTATED_ENTAILMENT, judge
from factcheck.pipeline import check, sentence_pair_candidates
from factcheck.rules.numbers import restated_figures
from factcheck.rules.quantifiers import restated_parts
from factcheck.types import Kind, NLIProbs


def _restated(a: str, b: str) -> list[str]:
    return [r.restated for p in sentence_pair_candidates(a, b) if (r := restated_figures(p.a, p.b))]


RESTATED = [
    # two verbs for one act that WordNet does not link
    ("detained_for_arrested", "Police said 23 people had been arrested during the protests.",
     "Officers detained 31 protesters during the demonstrations.",
     "Officers detained 23 protesters during the demonstrations."),
    ("pulled_for_rescued", "The lifeboat crew rescued 17 sailors from the trawler.",
     "Coastguards pulled 22 sailors from the trawler.", "Coastguards pulled 17 sailors from the trawler."),
    # a hyphenated figure in words is lower-cased inside the sentence, as a single word is
    ("hyphenated_figure_in_words", "Twenty-two sailors were rescued from the trawler by the lifeboat crew.",
     "Coastguards pulled 17 sailors from the trawler.", "Coastguards pulled twenty-two sailors from the trawler."),
]

# 'people' and a kind of person are one thing only as the model reads the claims (a group and a
# part of it otherwise: 'twelve people were hurt' / 'five children were hurt')
RESTATED += [
    ("people_and_residents", "Police evacuated 600 people from the Marlow tower block.",
     "Police evacuated 250 residents from the Marlow tower block.",
     "Police evacuated 600 residents from the Marlow tower block."),
]

# one sum of money told with another verb and subject: the model reads whether it is one sum
RESTATED += [
    ("sum_raised_and_brought_in", "The charity raised £42,000 at Saturday's gala.",
     "Saturday's gala brought in £58,000 for the charity.",
     "Saturday's gala brought in £42,000 for the charity."),
    ("sum_donated_and_received", "The foundation donated $5 million to the museum.",
     "The museum received $7 million from the foundation.", "The museum received $5 million from the foundation."),
]

NOTHING_TO_RESTATE = [
    # the parse already ties them (WordNet: 'kill' causes 'die'), so the rule decides alone
    ("one_act_the_parse_links", "Eleven people died in the collapse.", "The collapse killed eight people."),
    # opposite directions count two groups
    ("jobs_added_and_cut", "The firm added 200 jobs in Leeds.", "The firm cut 300 jobs in Leeds."),
    # another time
    ("two_years", "The museum drew 85,000 visitors in 2022.", "The museum drew 120,000 visitors in 2023."),
    # two stretches of time: a day's visitors and a weekend's
    ("two_stretches", "The festival drew 50,000 people on its opening day.",
     "Over the weekend 140,000 people attended the festival."),
    # two named places
    ("two_named_sites", "The council evacuated 40 homes in Ashby.", "Police cleared 65 houses in Coalville."),
    # a count of one is too weak to tie acts
    ("one_of_them", "One protester was arrested outside the embassy.", "Officers detained 31 protesters."),
    # one act, one subject: the parse decides (a conflict without the model)
    ("sum_paid_and_spent", "The trust paid £3 million for the mill.", "The trust spent £4.5 million on the mill."),
    # the same figure
    ("same_figure", "Police arrested 23 people.", "Officers detained 23 protesters."),
    # sums: a plan against what it has cost so far, other things bought, one on top of the other
    ("sum_planned_and_spent_so_far", "The new stadium will cost £120 million.",
     "So far the stadium has cost £45 million."),
    ("sums_for_two_things", "The council spent £2 million on roads.", "The council paid £3 million for schools."),
    ("a_further_sum", "Ticket sales brought in £1.2 million for the festival.",
     "Sponsors gave the festival a further £400,000."),
    # the rest of a set is another set
    ("the_other_customers", "Hackers stole the data of 1.2 million of its customers.",
     "Hackers took the data of 300,000 other customers."),
]


@pytest.mark.parametrize(("name", "a", "b", "restated"), RESTATED, ids=[r[0] for r in RESTATED])
def test_figures_of_acts_the_parse_cannot_link_are_restated_with_one_figure(name, a, b, restated) -> None:
    assert _restated(a, b) == [restated]


@pytest.mark.parametrize(("name", "a", "b"), NOTHING_TO_RESTATE, ids=[r[0] for r in NOTHING_TO_RESTATE])
@pytest.mark.parametrize("flip", [False, True], ids=["a_b", "b_a"])
def test_figures_the_gate_decides_are_not_restated(name, a, b, flip) -> None:
    first, second = (b, a) if flip else (a, b)
    assert _restated(first, second) == []


class ScriptedModel:
    """Entailment ``entails`` for the restated claims (the ones holding claim a's figure twice),
    neutral for everything else."""

    def __init__(self, entails: float) -> None:
        self.entails = entails
        self.asked: list[tuple[str, str]] = []

    def predict(self, pairs):
        self.asked.extend(pairs)
        return [NLIProbs(self.entails, 1 - self.entails, 0.0) if "23 protesters" in a + b
                else NLIProbs(0.05, 0.9, 0.05) for a, b in pairs]


ARRESTS = ("Police said 23 people had been arrested during the protests.",
           "Officers detained 31 protesters during the demonstrations.")
# the two sentences apart in a short article, as the pairing stage sees them in one
ARTICLE = (f"{ARRESTS[0]} Officials gave no further details.\n\n"
           f"Local reporters followed the story through the day. {ARRESTS[1]}")


@pytest.mark.parametrize(("entails", "found"), [(0.95, True), (RESTATED_ENTAILMENT, True), (0.4, False)])
def test_a_restated_conflict_holds_only_when_the_model_reads_one_statement(entails: float, found: bool) -> None:
    verdicts = judge(sentence_pair_candidates(*ARRESTS), ScriptedModel(entails), config=Config())
    kinds = {v.kind for v in verdicts if v.score >= Config().threshold}
    assert (Kind.NUMERIC in kinds) is found


def test_the_whole_checker_asks_the_model_about_the_restatement() -> None:
    model = ScriptedModel(0.95)
    report = check(ARTICLE, model=model)
    assert ("23 people had been arrested during the protests.",
            "Officers detained 23 protesters during the demonstrations.") in model.asked
    (finding,) = report.findings
    assert finding.kind is Kind.NUMERIC
    assert "'23' in place of '31'" in finding.explanation


def test_rules_alone_never_confirm_a_restatement() -> None:
    assert check(ARTICLE, config=Config(rules_only=True)).findings == ()


def _parts_restated(a: str, b: str) -> list[str]:
    return [r.restated for p in sentence_pair_candidates(a, b) if (r := restated_parts(p.a, p.b))]


PARTS_RESTATED = [
    # a part doing an act the parse does not set against the whole's, told of the whole
    ("turned_back_against_reached", "All the climbers reached the summit.",
     "Two of the climbers turned back before the summit.", "All of the climbers turned back before the summit."),
    ("held_against_freed", "All of the hostages were freed on Tuesday.",
     "Two hostages were still being held on Tuesday night.", "All the hostages were still being held on Tuesday night."),
    ("only_is_dropped", "All 30 speakers at the hearing opposed the turbines.",
     "Only eight of the 30 speakers at the hearing objected to the turbines.",
     "All the speakers at the hearing objected to the turbines."),
]

NO_PARTS_TO_RESTATE = [
    # 'none' is not restated: the model reads unrelated acts of 'none' and 'all' as contradictory
    ("none_against_a_part", "None of the people in the shelter was hurt.",
     "Two hundred people spent the night in the shelter."),
    # two named places: parts of two sets
    ("two_places", "All five of the union's nominees won their seats in Kent.",
     "Two of the union's nominees lost their seats in Essex."),
    # two times
    ("two_days", "All of the lorries were loaded on Friday.", "Four of the lorries were unloaded on Monday."),
    # two subjects: one person and the one beside them
    ("a_defendant_and_a_co_defendant", "The defendant denied all of the charges.",
     "His co-defendant, Paul Creswell, admitted two of the charges."),
]


@pytest.mark.parametrize(("name", "a", "b", "restated"), PARTS_RESTATED, ids=[r[0] for r in PARTS_RESTATED])
def test_a_part_against_all_is_restated_of_the_whole(name, a, b, restated) -> None:
    assert _parts_restated(a, b) == [restated]


@pytest.mark.parametrize(("name", "a", "b"), NO_PARTS_TO_RESTATE, ids=[r[0] for r in NO_PARTS_TO_RESTATE])
@pytest.mark.parametrize("flip", [False, True], ids=["a_b", "b_a"])
def test_parts_the_gate_sets_apart_are_not_restated(name, a, b, flip) -> None:
    first, second = (b, a) if flip else (a, b)
    assert _parts_restated(first, second) == []


class OppositeModel:
    """Contradiction ``contradicts`` both ways for the claims told of all the climbers, neutral
    elsewhere."""

    def __init__(self, contradicts: float) -> None:
        self.contradicts = contradicts

    def predict(self, pairs):
        return [NLIProbs(0.0, 1 - self.contradicts, self.contradicts) if "All of the climbers" in a + b
                else NLIProbs(0.05, 0.9, 0.05) for a, b in pairs]


@pytest.mark.parametrize(("contradicts", "found"), [(0.95, True), (0.6, False)])
def test_a_part_against_all_is_a_finding_only_when_the_model_reads_a_contradiction(contradicts, found) -> None:
    pairs = sentence_pair_candidates("All the climbers reached the summit.",
                                     "Two of the climbers turned back before the summit.")
    verdicts = judge(pairs, OppositeModel(contradicts), config=Config())
    kinds = {v.kind for v in verdicts if v.score >= Config().threshold}
    assert (Kind.QUANTIFIER in kinds) is found
