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


def parsed_pair(a: str, b: str, *, context: str = "") -> tuple[list[Claim], list[Claim]]:
    """The claims of sentence ``a`` and of sentence ``b``, read as one article (``a b context``)
    through the real pipeline front (sentences, claims, parse, frames, context), so a rule row
    exercises the parse as an article would."""
    from factcheck.claims import extract_claims
    from factcheck.segment import split_sentences

    text = " ".join(part for part in (a, b, context) if part)
    claims = extract_claims(text, split_sentences(text))
    first = [c for c in claims if c.span.end <= len(a)]
    second = [c for c in claims if len(a) < c.span.start and c.span.end <= len(a) + 1 + len(b)]
    return first, second


def outcomes(compare, a: str, b: str, *, context: str = "") -> set[str]:
    """Every outcome ``compare`` gives on a claim of ``a`` with a claim of ``b``, in both orders."""
    first, second = parsed_pair(a, b, context=context)
    found = set()
    for x in first:
        for y in second:
            for result in (compare(x, y), compare(y, x)):
                if result is not None:
                    found.add(result.outcome)
    return found
