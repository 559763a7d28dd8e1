"""One-valued relations: one subject, one relation that has a single value, two names for it.

    conflict      'born in Vienna' / 'born in Wrocław'
    conflict      'a PhD from McGill' / 'a PhD from the Université de Montréal'
    compatible    'born in Vienna, Austria' / 'born in Austria'
    trap          'studied at Oxford' / 'studied at Harvard' (not one-valued)
"""

from __future__ import annotations

import re

from factcheck.relations import ARTICLES, GENERIC_WORDS, PRONOUNS, Filler, fillers
from factcheck.rules.base import Rule
from factcheck.types import Claim, Kind, RuleResult


def conflicting_fillers(a: Claim, b: Claim) -> tuple[Filler, Filler] | None:
    """The first relation that the two claims fill with two different names for one subject."""
    for x in fillers(a):
        for y in fillers(b):
            if x.relation == y.relation and _same_subject(x.subject, y.subject) and _different_names(x.name, y.name):
                return x, y
    return None


def _words(text: str) -> set[str]:
    return {w.strip(".").casefold() for w in re.findall(r"[\w'’.-]+", text)} - {""}


def _same_subject(x: str, y: str) -> bool:
    """A pronoun may stand for the other subject; two noun phrases must share a word."""
    wx, wy = _words(x), _words(y)
    if not wx or not wy:
        return False
    if wx <= PRONOUNS | ARTICLES or wy <= PRONOUNS | ARTICLES:
        return True
    shared = (wx & wy) - PRONOUNS - ARTICLES
    return bool(shared)


_GENERIC = frozenset({w.casefold() for w in GENERIC_WORDS} | {"of", "the", "and", "de", "y"})


def _different_names(x: str, y: str) -> bool:
    """No shared word beyond 'University', 'The' ...; 'Vienna, Austria' and 'Austria' agree. Two
    places both given as 'town, country' are compared by town: 'Vienna, Austria' and
    'Langenlebarn, Austria' differ."""
    parts_x, parts_y = x.split(","), y.split(",")
    if len(parts_x) > 1 and len(parts_y) > 1:
        x, y = parts_x[0], parts_y[0]
    wx, wy = _words(x) - _GENERIC, _words(y) - _GENERIC
    return bool(wx) and bool(wy) and not (wx & wy)


def compare(a: Claim, b: Claim) -> RuleResult | None:
    if a.hedged or b.hedged or a.polarity != b.polarity:
        return None
    found = conflicting_fillers(a, b)
    if found is None:
        return None
    x, y = found
    return RuleResult(RULE.name, "conflicting", Kind.ENTITY,
                      f"'{x.relation} {x.name}' and '{y.relation} {y.name}' give two different {x.what} "
                      "where there can be only one", x.span, y.span)


RULE = Rule("relations", (Kind.ENTITY,), "one subject with two values of a one-valued relation", compare)
