"""Every rule factcheck knows, registered in one place.

Each module of this package reads one kind of conflict (see its docstring for its table of cases
and traps) behind one interface, ``Rule`` (``factcheck.rules.base``). The judge asks all of them
about each pair; ``RULES`` is the order in which their findings are preferred when more than one
conflicts. Adding a kind of comparison means adding a module and one line here.
"""

from __future__ import annotations

from factcheck.rules import (antonyms, comparatives, dates, locations, negation, numbers, quantifiers, relations,
                             roles)
from factcheck.rules.base import OUTCOME_RANK, Rule
from factcheck.types import Claim, Restatement, RuleResult

RULES: tuple[Rule, ...] = (
    numbers.RULE,
    quantifiers.RULE,
    dates.RULE,
    negation.RULE,
    roles.RULE,
    relations.RULE,
    antonyms.RULE,
    locations.RULE,
    comparatives.RULE,
)


def compare_claims(a: Claim, b: Claim, rules: tuple[Rule, ...] = RULES) -> tuple[RuleResult, ...]:
    """What every rule says about the pair, conflicts first (then agreement, then explanations)."""
    found = [result for rule in rules if (result := rule.compare(a, b)) is not None]
    return tuple(sorted(found, key=lambda r: OUTCOME_RANK[r.outcome]))


def restatement(a: Claim, b: Claim, rules: tuple[Rule, ...] = RULES) -> Restatement | None:
    """The first conflict a rule would find if the two claims told one act, for the model to
    confirm (``types.Restatement``); None when no rule has one."""
    return next((found for rule in rules if rule.restate is not None and (found := rule.restate(a, b))), None)


__all__ = ["RULES", "Rule", "compare_claims", "restatement"]
