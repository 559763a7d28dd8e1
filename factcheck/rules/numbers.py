"""Numbers: two counts, amounts of money or percentages of the same thing that cannot both be right.

    conflict      'The plant employs 450 people' / 'all 380 jobs at the plant'
    conflict      'up to 20,000 spectators' / 'up to 25,000 spectators' (two maximums)
    conflict      'exports rose 4%' / 'exports fell 4%' (a change in opposite directions)
    compatible    'about 300 people' / '312 people' (an approximation covers the figure)
    trap          'fell 12 percent in 2022' / 'a further 8 percent in 2023' (two times)
    trap          'all 380 jobs' / 'another 600 jobs at suppliers' (one figure on top of the other)

Every figure is an interval (``factcheck.quantities``); two conflict when the gate of
``factcheck.rules.referents`` finds them about one thing at one time and the intervals do not meet.
"""

from __future__ import annotations

from factcheck.quantities import Comparison, Interval, Outcome, Quantity
from factcheck.rules.base import Rule, quantity_comparisons, strongest
from factcheck.rules.referents import counted_alike, is_about_shares, is_date, not_comparable
from factcheck.types import Claim, Kind, RuleResult


def compare_amounts(a: Quantity, b: Quantity, what: str, kind: Kind) -> Comparison:
    """Two amounts of one thing: do their intervals meet? Two different maximums also conflict."""
    if a.maximum and b.maximum and a.count and b.count and a.count.high != b.count.high:
        reason = f"'{a.phrase}' and '{b.phrase}' give two different maximums"
        return Comparison(Outcome.CONFLICTING, reason, kind, True)
    if a.count is None or b.count is None or a.count.overlaps(b.count):
        return Comparison(Outcome.COMPATIBLE, f"'{a.phrase}' and '{b.phrase}' can both be true", kind, True)
    amount = "no" if a.count == Interval.exactly(0) and what else a.count.describe(a.unit)  # 'unanimously'
    reason = (f"'{a.text}' means {amount} {what}".rstrip() + ", "
              f"but the other claim says '{b.text}' ({b.count.describe(b.unit)})")
    return Comparison(Outcome.CONFLICTING, reason, kind, True)


def compare_changes(a: Quantity, b: Quantity, what: str) -> Comparison:
    if a.direction is None or b.direction is None:
        return Comparison(Outcome.UNRELATED, "one states a change, the other a level", Kind.NUMERIC, True)
    if a.direction != b.direction:
        reason = f"'{a.text}' and '{b.text}' say {what or 'it'} moved in opposite directions"
        return Comparison(Outcome.CONFLICTING, reason, Kind.NUMERIC, True)
    return compare_amounts(a, b, what, Kind.NUMERIC)


def compare_figures(a: Quantity, b: Quantity, same_thing: bool | None = None) -> Comparison | None:
    """The comparison of two plain figures, or None when the pair is not this rule's."""
    if is_date(a) or is_date(b) or is_about_shares(a, b):
        return None
    reason = not_comparable(a, b, same_thing)
    if reason is not None:
        return reason
    what = a.referent_text or b.referent_text
    if a.direction or b.direction:
        return compare_changes(a, b, what)
    return compare_amounts(a, b, what, Kind.NUMERIC)


def compare(a: Claim, b: Claim) -> RuleResult | None:
    return strongest(RULE.name, quantity_comparisons(a, b, compare_figures, counted_alike), a, b)


RULE = Rule("numbers", (Kind.NUMERIC,), "two figures for one thing at one time that do not meet", compare)
