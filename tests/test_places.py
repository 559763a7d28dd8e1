"""Whether two named places can be one place or one inside the other (``factcheck.places``)."""

from __future__ import annotations

import pytest

from factcheck.places import Relation, initialism_of, is_venue, region, relation

RELATIONS = [
    ("same_name", "Leeds", "Leeds", (), Relation.SAME),
    ("name_inside_a_longer_name", "Carver's Bridge", "the Carver's Bridge gauge", (), Relation.WITHIN),
    ("two_courts", "Leeds Crown Court", "Sheffield Crown Court", (), Relation.APART),
    ("two_towns", "Duisburg", "Frankfurt", (), Relation.APART),
    ("town_in_a_country", "Duisburg", "Germany", (), Relation.WITHIN),
    ("nation_of_the_uk", "Cardiff", "Wales", (), Relation.WITHIN),
    ("two_countries", "France", "Germany", (), Relation.APART),
    ("two_names_of_one_country", "Britain", "United Kingdom", (), Relation.SAME),
    ("venue_may_be_in_a_town", "Ashby Community Hall", "Sheffield", (), Relation.WITHIN),
    ("two_venues", "Ashby Community Hall", "Ferncliffe Academy", (), Relation.APART),
    ("article_link", "Camden", "London", (("camden", "london"),), Relation.WITHIN),
    ("article_link_the_other_way", "London", "Camden", (("camden", "london"),), Relation.WITHIN),
    ("article_links_chained", "Station Road", "Eastfold", (("station road", "centre"), ("centre", "eastfold")),
     Relation.WITHIN),
]


@pytest.mark.parametrize(("name", "x", "y", "links", "expected"), RELATIONS, ids=[r[0] for r in RELATIONS])
def test_relation_of_two_place_names(name: str, x: str, y: str, links: tuple, expected: Relation) -> None:
    assert relation(x, y, links) is expected


def test_regions_come_from_the_shipped_table() -> None:
    assert region("Germany") == region("germany") != region("France")
    assert region("Texas") is not None and region("Europe") is not None and region("Leeds") is None


def test_a_venue_ends_in_a_common_noun() -> None:
    assert is_venue("Leeds Crown Court") and is_venue("Station Road")
    assert not is_venue("Duisburg") and not is_venue("Murrayfield")


INITIALISMS = [
    ("university_of", "USI", "the University of Southern Indiana", True),
    ("hyphen_spells_two_words", "NHS", "the National Health Service", True),
    ("dotted", "U.N.", "United Nations", True),
    ("other_letters", "UCLA", "the University of Southern Indiana", False),
    ("too_few_words", "USI", "the University", False),
    ("lower_case_word_is_no_initialism", "Usi", "the University of Southern Indiana", False),
    ("one_letter", "U", "University", False),
]


@pytest.mark.parametrize(("name", "short", "full", "expected"), INITIALISMS, ids=[r[0] for r in INITIALISMS])
def test_a_name_and_its_initials(name: str, short: str, full: str, expected: bool) -> None:
    assert initialism_of(short, full) is expected
