"""One-valued relations: which name pairs conflict, and which look alike but must stay quiet.

Every row is checked in both directions.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from factcheck.judge import judge_pair
from factcheck.relations import fillers
from factcheck.rules.relations import conflicting_fillers
from factcheck.types import Claim, Kind, Pair, Span, Verdict


def claim(text: str, start: int = 0) -> Claim:
    return Claim(id=start, text=text, span=Span(start, start + len(text)), sentence=0)


CONFLICTS = [
    ("birthplace", "He was born on June 16, 1912, in Vienna, Austria.",
     "Gordon Gollob was born in the town of Wrocław, which was then part of Germany."),
    ("location", "The Bailey-Thompson House is a historic home located in Tallahassee, Florida.",
     "The Bailey-Thompson House is a historic home located in Talladega, Alabama."),
    ("producer", "The show is produced by Magic Moments Motion Pictures.", "The show is produced by Boyhood Productions."),
    ("founder", "The charity was founded by Ada Park in 1990.", "The charity was founded by Lena Ortiz."),
    ("school", "Lütfi Elvan graduated from Ankara University in 1984.",
     "Lütfi Elvan graduated from Istanbul Technical University."),
    ("headquarters", "The firm is headquartered in Leeds.", "It is headquartered in Bristol."),
    ("towns_in_one_country", "Gordon Gollob died on September 7, 1987, in Vienna, Austria.",
     "Gordon Gollob died in Langenlebarn, Austria on September 7, 1987."),
    ("home_club", "It is the home stadium of Persiram Raja Ampat.",
     "Pattimura Stadium is the home stadium of Persipura Jayapura, a club based in Papua."),
    ("winner", "The 1990-91 title was won by VEU Feldkirch.", "The 1990-91 title was won by EC KAC."),
    ("doctorate", "He went on to complete a PhD in biochemistry at McGill University in 1948.",
     "Fernand Seguin completed his PhD in biochemistry in 1948 at the Université de Montréal."),
    ("masters_degree", "He later obtained his Master's degree in Transportation Planning from the University of California, Berkeley.",
     "Lütfi Elvan obtained his master's degree in civil engineering from the University of Birmingham."),
    ("place_within_a_town", "The house is located in Tallahassee, Florida.", "The house is located in the downtown area of Talladega."),
    # a clause joined by 'and' with no subject of its own shares the one before it
    ("subject_shared_across_and", "Marlow Park is used mostly for rugby and is the home ground of Ashcombe Rovers.",
     "Marlow Park is the home ground of Tillbury Athletic."),
    ("subject_shared_across_but", "The singer grew up in Cork but was born in Limerick.",
     "The singer was born in Galway, her manager said."),
]

QUIET = [
    # a month after 'born in' is when, not where
    ("birth_months", "Pupils born in October were the strongest.", "Overall, pupils born in April were the fittest."),
    ("same_place_more_detail", "She was born on May 3, 1959, in Nebraska, USA.", "Diane Arkenstone was born in Nebraska."),
    ("same_place_trailing_stop", "He was born in Ethiopia in 1964.", "Shlomo Molla was born in Ethiopia."),
    ("college_inside_university", "He was educated at Oxford University.",
     "George Whitefield was educated at Pembroke College, Oxford."),
    ("department_at_university", "Elvan graduated from Istanbul Technical University.",
     "Elvan graduated from the Department of Civil Engineering at Istanbul Technical University."),
    ("different_people", "His wife was born in York.", "The mayor was born in Leeds."),
    ("name_that_only_describes", "It was written by Pete Astudillo and produced by A. B. Quintanilla.",
     "It was written by Selena y Los Dinos backup dancer Pete Astudillo."),
    ("possessive_is_not_the_filler", "The song was written by Pete Astudillo.", "The song was co-written by Selena's brother."),
    ("many_valued_relation", "In 2014, Joe Ledley joined Crystal Palace.", "Joe Ledley joined Derby County in 2017."),
    ("actors_of_two_roles", "Clea Lavoy is played by Holly Robinson Peete.", "Denise Johnson is played by Busy Philipps."),
    ("no_subject_before_the_verb", "It was located in Leelanau County.", "Also located in Glen Haven is the canning building."),
    ("two_kinds_of_degree", "He received a master's degree from the University of Delaware.",
     "He earned a PhD from Ankara University."),
    ("same_school_in_two_spellings", "He earned his PhD in economics from Ankara University.",
     "Lütfi Elvan obtained a Ph.D. in economics from the Ankara University in 1991."),
    ("degrees_of_two_people", "Smith earned a PhD from Yale University.", "Jones earned a PhD from Brown University."),
    # after 'which' the subject is the noun before it, not the clause's subject: nothing is shared
    ("relative_clause_keeps_its_own_subject", "He played for a club in Leeds, which was founded by Ada Park.",
     "The charity was founded by Lena Ortiz."),
    ("two_people_joined_by_and", "Smith lives in York and Jones was born in Leeds.", "Smith was born in Hull."),
]


@pytest.mark.parametrize(("name", "a", "b"), CONFLICTS, ids=[row[0] for row in CONFLICTS])
@pytest.mark.parametrize("flip", [False, True], ids=["a_b", "b_a"])
def test_two_names_for_a_one_valued_relation_conflict(name: str, a: str, b: str, flip: bool) -> None:
    first, second = (b, a) if flip else (a, b)
    assert conflicting_fillers(claim(first), claim(second, start=200)) is not None


@pytest.mark.parametrize(("name", "a", "b"), QUIET, ids=[row[0] for row in QUIET])
@pytest.mark.parametrize("flip", [False, True], ids=["a_b", "b_a"])
def test_look_alike_relations_stay_quiet(name: str, a: str, b: str, flip: bool) -> None:
    first, second = (b, a) if flip else (a, b)
    assert conflicting_fillers(claim(first), claim(second, start=200)) is None


def test_filler_span_covers_the_name_in_document_offsets() -> None:
    text = "The firm is headquartered in Leeds."
    [found] = fillers(claim(text, start=100))
    assert (found.relation, found.subject, found.name) == ("located in", "The firm", "Leeds")
    assert (found.span.start, found.span.end) == (100 + text.index("Leeds"), 100 + text.index("Leeds") + 5)


def test_judge_makes_an_entity_finding_that_names_both_places() -> None:
    verdict = judge_pair_from("The Bailey-Thompson House is located in Tallahassee, Florida.",
                              "The Bailey-Thompson House is located in Talladega, Alabama.")
    assert verdict.kind is Kind.ENTITY and verdict.score >= 0.85
    assert "'located in Tallahassee, Florida'" in verdict.explanation
    assert "'located in Talladega, Alabama'" in verdict.explanation


def test_hedged_claim_does_not_conflict() -> None:
    a = claim("The firm is headquartered in Leeds.")
    b = replace(claim("It may be headquartered in Bristol.", start=100), hedged=True)
    assert judge_pair(Pair(a, b, ("test",)), None, None).score == 0


def judge_pair_from(a: str, b: str) -> Verdict:
    return judge_pair(Pair(claim(a), claim(b, start=200), ("test",)), None, None)
