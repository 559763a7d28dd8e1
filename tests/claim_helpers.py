"""Claims built straight from text, with their quantities, for the rule tables (quantity pairs,
events): no sentence splitting in between, so a row tests the rule and nothing else."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.quantities import extract_quantities
from factcheck.types import Claim, Kind, Polarity, RuleResult, Span


def claim(text: str, *, start: int = 0, hedged: bool = False, negative: bool = False) -> Claim:
    return Claim(
        id=start, text=text, span=Span(start, start + len(text)), sentence=0,
        quantities=extract_quantities(text, offset=start), hedged=hedged,
        polarity=Polarity.NEGATIVE if negative else Polarity.POSITIVE,
    )


def strongest(results: Sequence[RuleResult]) -> tuple[str | None, Kind | None]:
    """The outcome and kind of the first (strongest) rule result, or (None, None)."""
    return (results[0].outcome, results[0].kind) if results else (None, None)
