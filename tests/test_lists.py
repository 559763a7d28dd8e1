"""Entries of a list or a timeline (factcheck.lists): their claims are never paired with each other."""

from __future__ import annotations

import pytest

from factcheck.claims import extract_claims
from factcheck.config import Config
from factcheck.lists import list_entries, paragraphs
from factcheck.pairing import candidate_pairs
from factcheck.segment import split_sentences

TEMPLATE_LIST = """Visits to the county's museum sites rose through the evening.

7 pm: the gates open

41,200 visitors; the castle had 12 of the top 20 pages

8 pm: the concert starts

52,900 visitors; the castle had 15 of the top 20 pages

9 pm: the fireworks begin

60,150 visitors; the castle had 17 of the top 20 pages

By midnight the castle had 19 of the top 20 pages."""

TIMELINE = """The bypass has been a long time coming.

2009—County council approves the route

2013—Public inquiry opens in Ashford

2016—Work begins on the northern section

2021—The northern section opens to traffic

The southern section is due to open in 2027."""

TWO_ALIKE = """Full time: Rovers 1, Albion 0.

Officials gave no further details.

Full time: Rovers 1, Albion 2."""

THREE_ALIKE_SENTENCES = """The fire killed 12 people.

The fire killed 14 people.

The fire killed 15 people."""

RUNNING_TEXT = """In March, the plant cut 40 jobs.

In June, the plant cut 55 jobs.

In September, the plant cut 70 jobs, the union said, and the canteen closed."""


def _entries(text: str) -> set[int]:
    return set(list_entries(text, paragraphs(text)))


@pytest.mark.parametrize(("text", "entries"), [
    # three lines alike once the figures are masked, and three times of day opening headings with a
    # colon; not the prose around them
    (TEMPLATE_LIST, {1, 2, 3, 4, 5, 6}),
    (TIMELINE, {1, 2, 3, 4}),  # four lines opening with a year and a dash
    (TWO_ALIKE, set()),  # two alike paragraphs may be one score told twice: no list
    (RUNNING_TEXT, set()),  # dates that open prose have no dash or colon: no timeline
    (THREE_ALIKE_SENTENCES, set()),  # sentences, not a list's fragments: one fact told three ways
])
def test_paragraphs_that_are_entries_of_a_list_or_a_timeline(text: str, entries: set[int]) -> None:
    assert _entries(text) == entries


def test_paragraphs_are_split_at_blank_lines() -> None:
    text = "One line.\nThe same paragraph.\n\n  \nA second paragraph."
    assert [text[s.start:s.end] for s in paragraphs(text)] == ["One line.\nThe same paragraph.", "A second paragraph."]


def _pairs(text: str) -> set[tuple[str, str]]:
    claims = extract_claims(text, split_sentences(text))
    return {(p.a.text, p.b.text) for p in candidate_pairs(claims, config=Config())}


def test_two_entries_of_one_list_are_not_paired_but_an_entry_and_the_prose_are() -> None:
    pairs = _pairs(TEMPLATE_LIST)
    assert not any("52,900" in a + b and "60,150" in a + b for a, b in pairs)
    assert any("midnight" in a + b and "60,150" in a + b for a, b in pairs)


def test_the_same_lines_outside_a_list_are_still_paired() -> None:
    text = ("52,900 visitors; the castle had 15 of the top 20 pages\n\nOfficials gave no further details.\n\n"
            "60,150 visitors; the castle had 17 of the top 20 pages")
    assert any("52,900" in a + b and "60,150" in a + b for a, b in _pairs(text))
