"""Where a clause opens with a name: the surface reading the relations reader and the judge use."""

from __future__ import annotations

import pytest

from factcheck.names import leading_name


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
