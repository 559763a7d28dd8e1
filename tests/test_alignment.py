"""When two participants are one (factcheck.rules.alignment.same_participant), for names and for a
noun and a more general one: the table is this file's own, in both orders."""

from __future__ import annotations

import pytest

from factcheck.frames import Phrase
from factcheck.rules.alignment import same_participant
from factcheck.types import Span


def common(text: str) -> Phrase:
    """A common-noun phrase: 'the aircraft' is the lemma 'aircraft'."""
    return Phrase(text=text, lemma=text.split()[-1].lower(), pos="NOUN", span=Span(0, len(text)))


def name(text: str, wholes: tuple[str, ...] = ()) -> Phrase:
    """A proper-name phrase as the frames stage reads it: 'the Port of Tyne' is the name 'Port'
    with the whole 'tyne'."""
    return Phrase(text=text, lemma=text.split()[-1].lower(), pos="PROPN", span=Span(0, len(text)), name=text,
                  wholes=frozenset(wholes))


SAME = [
    (name("Anna Berg"), name("Berg")),
    (name("U.S."), name("US")),
    (name("Port", ("tyne",)), name("Port", ("tyne",))),
    (name("Heller", ("harrogate",)), name("Heller")),  # 'Heller, of Harrogate' / 'Heller'
    # a person's 'of' phrase says where they are from, or is a misplaced argument ('cleared Heller
    # of the charge'): it does not tell two people apart
    (name("Heller", ("harrogate",)), name("Heller", ("charge",))),
    # a thing named again by a more general noun, a few WordNet steps up
    (common("the jet"), common("the aircraft")),
    (common("the bungalow"), common("the house")),
    (common("the lorry"), common("the vehicle")),
    # one place in a series, or a series place against none ('the final' may be the second leg)
    (Phrase(text="the second leg", lemma="leg", pos="NOUN", span=Span(0, 14), position=2),
     Phrase(text="the 2nd leg", lemma="leg", pos="NOUN", span=Span(0, 11), position=2)),
    (Phrase(text="the second leg", lemma="leg", pos="NOUN", span=Span(0, 14), position=2), common("the leg")),
]
OTHERS = [
    (name("Port", ("tyne",)), name("Port", ("blyth",))),  # 'the Port of Tyne' / 'the Port of Blyth'
    (name("Van Gogh"), name("Van Morrison")),  # a word that only links a name's parts
    (name("Bank of England"), name("Isle of Man")),
    # two kinds of one thing are not one ('the suspect' and 'the victim' are both people)
    (common("the suspect"), common("the victim")),
    (common("the lorry"), common("the bus")),
    # a general noun with words that set it apart introduces another thing
    (common("the bungalow"), Phrase(text="the building", lemma="building", pos="NOUN", span=Span(0, 12),
                                    wholes=frozenset({"door"}))),  # 'the building next door'
    (common("the jet"), common("a second aircraft")),
    # two places in a series ('the first leg' / 'the second leg', 'the 3rd round' / 'the 4th round')
    (Phrase(text="the first leg", lemma="leg", pos="NOUN", span=Span(0, 13), position=1),
     Phrase(text="the second leg", lemma="leg", pos="NOUN", span=Span(0, 14), position=2)),
]


@pytest.mark.parametrize(("x", "y"), SAME)
def test_names_that_share_a_word_of_their_own_are_one_participant(x: Phrase, y: Phrase) -> None:
    assert same_participant(x, y) is True
    assert same_participant(y, x) is True


@pytest.mark.parametrize(("x", "y"), OTHERS)
def test_names_with_other_wholes_or_only_a_linking_word_in_common_are_two(x: Phrase, y: Phrase) -> None:
    assert same_participant(x, y) is False
    assert same_participant(y, x) is False
