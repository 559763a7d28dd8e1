"""Settings of one run: defaults, overridden by a config file, overridden by CLI flags."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.types import Kind, Severity

DEFAULT_SEVERITIES: dict[Kind, Severity] = {
    Kind.NUMERIC: Severity.ERROR,
    Kind.QUANTIFIER: Severity.ERROR,
    Kind.NEGATION: Severity.ERROR,
    Kind.DATE: Severity.ERROR,
    Kind.ROLE: Severity.ERROR,
    Kind.ANTONYM: Severity.ERROR,
    Kind.COMPARATIVE: Severity.ERROR,
    Kind.LOCATION: Severity.ERROR,
    Kind.ENTITY: Severity.ERROR,
    Kind.GENERAL: Severity.WARNING,
    Kind.ATTRIBUTED: Severity.INFO,
}


@dataclass(frozen=True)
class Config:
    threshold: float = 0.35  # findings scored below this are dropped (chosen on dev data: README, Quality)
    model: str | None = None  # path or hub name; None = the shipped default in models/
    severities: dict[Kind, Severity] = field(default_factory=lambda: dict(DEFAULT_SEVERITIES))
    fail_on: Severity = Severity.ERROR
    exclude: tuple[str, ...] = ()
    # A long report is 200,000 characters (under a minute on 2 cores); 500,000 take a few minutes.
    max_chars: int = 500_000
    timeout: float | None = None  # seconds for the whole run; None = no limit
    batch_size: int = 32
    max_pairs_per_claim: int = 12  # pairing keeps at most this many partners per claim
    rules_only: bool = False  # judge by the rules alone: no model is loaded (fast; no 'general' findings)
