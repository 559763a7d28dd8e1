"""Roles: one office given two people, or one person given two offices.

    conflict      'Mayor Helen Ostrowski' / 'Mayor Helen Novak' (one office, two names sharing a part)
    trap          'Mayor Helen Novak' / 'Mayor Novak' (the same person, named shorter)
    trap          'former mayor Tom Hale' / 'Mayor Joe Brandt' (a former holder)
"""

from __future__ import annotations

from factcheck.names import TitledName, titled_names
from factcheck.rules.base import Rule
from factcheck.types import Claim, Kind, RuleResult


def conflicting_names(a: Claim, b: Claim) -> tuple[TitledName, TitledName] | None:
    """The first pair of mentions that give one office two different names sharing a part."""
    for x in titled_names(a):
        for y in titled_names(b):
            if x.title != y.title or x.name == y.name:
                continue
            parts_x, parts_y = set(x.name.split()), set(y.name.split())
            if parts_x & parts_y and not (parts_x <= parts_y or parts_y <= parts_x):
                return x, y
    return None


def compare(a: Claim, b: Claim) -> RuleResult | None:
    names = conflicting_names(a, b)
    if names is None:
        return None
    x, y = names
    title = x.title.title()
    return RuleResult(RULE.name, "conflicting", Kind.ROLE,
                      f"the {x.title} is called '{title} {x.name}' in one place and '{title} {y.name}' in the other",
                      x.span, y.span)


RULE = Rule("roles", (Kind.ROLE,), "one office with two holders, or one person with two offices", compare)
