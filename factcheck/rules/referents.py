"""Whether two quantities are about the same thing at the same time, the gate before any count is
compared: the same thing counted (and the same subset of it), in the same unit, at the same time,
neither on top of the other, neither a change over time.

Shared by ``numbers`` and ``quantifiers``: two figures that fail this gate can both be true, and
saying why (another time, another subset) is what keeps the traps of news prose quiet.
"""

from __future__ import annotations

from factcheck.quantities import Comparison, Quantity, QuantityKind, is_date, unrelated
from factcheck.types import Kind

# Verbs (as quantities store them: stems, synonyms folded) that split one set in two: each
# household was evacuated or stayed, each passenger survived or died.
COMPLEMENTARY = frozenset(frozenset(pair) for pair in (
    ("evacu", "stay"), ("evacu", "remain"), ("surviv", "death"), ("pass", "fail"), ("accept", "reject"),
    ("approv", "reject")))


def same_referent(a: Quantity, b: Quantity) -> bool:
    """Same thing counted, and the same subset of it: 'treated 35 runners' and 'four runners were
    taken to hospital' count different groups of runners, so counts conflict only when their verbs
    match or neither has one."""
    if a.referent is None or a.referent != b.referent:
        return False
    if a.predicates or b.predicates:
        return bool(a.predicates & b.predicates)
    return True


def complementary(a: Quantity, b: Quantity) -> bool:
    """Two parts of one set: 'evacuated all 320 households' / 'half of the households stayed'."""
    return a.referent is not None and a.referent == b.referent and any(
        frozenset((x, y)) in COMPLEMENTARY for x in a.predicates for y in b.predicates)


def same_period(a: Quantity, b: Quantity) -> bool:
    """'in 1941' names the same year as a claim dated 'October 31, 1941'."""
    if a.period == b.period:
        return True
    for x, y in ((a, b), (b, a)):
        if x.period and x.period.isdigit() and y.period is None and y.when and y.when.year == int(x.period):
            return True
    return False


def _units_match(a: Quantity, b: Quantity) -> bool:
    if a.proportion is not None and b.proportion is not None:
        return True
    return a.unit == b.unit


def not_comparable(a: Quantity, b: Quantity) -> Comparison | None:
    """Why two amounts (not dates) cannot conflict, or None when they measure one thing at one time.

    An 'unrelated' comparison with ``same_referent`` True still says the pair was about one
    thing: the judge then knows the numbers were read and explained."""
    if is_date(a) or is_date(b):
        return unrelated("a date and an amount cannot be compared")
    if QuantityKind.ORDINAL in (a.kind, b.kind):
        return unrelated("ordinals name positions, not amounts")
    if not same_referent(a, b) and not complementary(a, b):
        return unrelated(f"they count different things ({a.referent or 'unknown'} vs {b.referent or 'unknown'})")
    if not _units_match(a, b):
        return unrelated(f"'{a.text}' and '{b.text}' are in different units", same=True)
    if a.when and b.when and a.when.differs_from(b.when):
        return unrelated(f"'{a.text}' and '{b.text}' are about different times", same=True)
    if a.additional or b.additional:
        more = a if a.additional else b
        return unrelated(f"'{more.phrase}' counts more on top of the other figure", same=True)
    if not same_period(a, b) and a.referent != "age":  # an age belongs to its event, whatever the year
        other = a.period or b.period
        return unrelated(f"one figure is about another time ('{other}'), so both can be right", same=True)
    if a.change_over_time or b.change_over_time:
        return unrelated("one claim reports a change over time, so both figures can be right", same=True)
    return None


def is_about_shares(a: Quantity, b: Quantity) -> bool:
    """The pair is the quantifiers rule's: a quantifier ('most', 'all ten') or two parts of one set."""
    return QuantityKind.QUANTIFIER in (a.kind, b.kind) or complementary(a, b)


__all__ = ["COMPLEMENTARY", "Kind", "complementary", "is_about_shares", "is_date", "not_comparable",
           "same_period", "same_referent"]
