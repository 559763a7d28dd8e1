"""One office, two names: the entity rule and the titled names it reads."""

from __future__ import annotations

import pytest

from factcheck.claims import extract_claims
from factcheck.names import leading_name
from factcheck.rules.roles import compare as name_rule
from factcheck.rules.roles import conflicting_names
from factcheck.segment import split_sentences
from factcheck.types import Claim, Kind, Span


def claims_of(text: str) -> list[Claim]:
    return extract_claims(text, split_sentences(text))


def pair(first: str, second: str) -> tuple[Claim, Claim]:
    text = f"{first}\n\n{second}"
    claims = claims_of(text)
    return claims[0], claims[-1]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mayor Helen Ostrowski opened the depot.", "Mayor Helen Novak said the depot would open in May."),
        ("Prime Minister Mette Frederiksen visited Kyiv.", "Prime Minister Anne Frederiksen met the president."),
        ("Fire Chief Martin Hale praised the crews.", "Fire Chief Tom Hale said two crews were sent."),
    ],
)
def test_one_office_with_two_names_sharing_a_part_conflicts_both_ways(first, second):
    for a, b in (pair(first, second), pair(second, first)):
        rule = name_rule(a, b)
        assert (rule.outcome, rule.kind) == ("conflicting", Kind.ROLE)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mayor Helen Ostrowski opened the depot.", "Mayor Helen Ostrowski said the depot would open."),
        ("Mayor Helen Ostrowski opened the depot.", "Mayor Ostrowski said the depot would open."),  # short form
        ("Mayor John Smith of Leeds spoke first.", "Mayor Ann Jones of York spoke next."),  # two mayors
        ("Mayor Helen Ostrowski opened the depot.", "Governor Helen Novak praised the depot."),  # two offices
    ],
)
def test_same_person_or_different_people_stay_quiet_both_ways(first, second):
    for a, b in (pair(first, second), pair(second, first)):
        assert conflicting_names(a, b) is None


def test_name_in_the_source_points_at_where_the_source_stands():
    text = "Mayor Helen Ostrowski opened the depot.\n\nMayor Helen Novak said the depot would open in May."
    a, b = pair(*text.split("\n\n"))
    rule = name_rule(a, b)
    assert text[rule.b_span.start:rule.b_span.end] == "Mayor Helen Novak"
    assert b.stated_span == Span(text.index("Mayor Helen Novak"), len(text))


@pytest.mark.parametrize(("clause", "name"), [
    ("Fernand Seguin completed his PhD", ["Fernand", "Seguin"]),
    ("Prince Albert of Saxe-Altenburg died in 1902", ["Prince", "Albert", "of", "Saxe-Altenburg"]),
    ("He went on to complete a PhD", []),
    ("The mayor resigned", []),
    ("In 1991 he obtained a PhD", []),
    ("the house was sold", []),
])
def test_leading_name_is_the_capitalised_run_a_clause_opens_with(clause, name):
    assert leading_name(clause.split()) == name
