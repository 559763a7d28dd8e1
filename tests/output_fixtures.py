"""Hand-built documents, claims and reports for the output-side tests (findings, renderers, CLI).

They are made from the dataclasses directly so these tests neither wait for nor depend on the
model or the other pipeline stages.
"""

from __future__ import annotations

import bisect
import io
import sys
import re
from pathlib import Path

from factcheck.types import (
    Claim,
    Document,
    Finding,
    Kind,
    Pair,
    Report,
    RuleResult,
    Severity,
    Span,
    Stats,
    Verdict,
)

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"

ARTICLE = (
    "Kyiv was attacked overnight.\n"
    "Air defences intercepted the majority of the drones.\n"
    "\n"
    "Officials said all ten drones were intercepted.\n"
    "The attack began at 3 a.m. on Tuesday.\n"
    "Police said the attack began on Monday.\n"
)


class LineSourceMap:
    """Plain text: offset -> (line, column), both 1-based, as document.SourceMap promises."""

    def __init__(self, text: str) -> None:
        self._line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1


def make_document(text: str = ARTICLE, path: str | None = "article.txt", **extra) -> Document:
    return Document(text=text, source_map=LineSourceMap(text), path=path, source_text=text, **extra)


def claim_of(document: Document, words: str, claim_id: int, sentence: int = 0) -> Claim:
    """The claim whose text is the first occurrence of ``words`` in the document."""
    start = document.text.index(words)
    return Claim(id=claim_id, text=words, span=Span(start, start + len(words)), sentence=sentence)


def span_of(document: Document, words: str, within: Claim) -> Span:
    start = document.text.index(words, within.span.start)
    return Span(start, start + len(words))


def verdict(a: Claim, b: Claim, kind: Kind, score: float, explanation: str = "", highlights=(),
            rule_backed: bool = True) -> Verdict:
    """A verdict as the judge makes it; rule_backed=False is a contradiction only the model sees."""
    rules = (RuleResult("quantity", "conflicting", kind, explanation or f"{kind.value} conflict"),) if rule_backed else ()
    return Verdict(
        pair=Pair(a, b),
        forward=None,
        backward=None,
        rules=rules,
        kind=kind,
        score=score,
        explanation=explanation or f"{kind.value} conflict",
        highlights=tuple(highlights),
    )


def quantifier_verdict(document: Document, score: float = 0.93) -> Verdict:
    a = claim_of(document, "Air defences intercepted the majority of the drones", 1, 1)
    b = claim_of(document, "all ten drones were intercepted", 2, 2)
    rule = RuleResult(
        rule="quantity",
        outcome="conflicting",
        kind=Kind.QUANTIFIER,
        reason="'the majority' of the drones cannot be 'all ten'",
        a_span=span_of(document, "the majority", a),
        b_span=span_of(document, "all ten", b),
    )
    return Verdict(Pair(a, b), None, None, (rule,), Kind.QUANTIFIER, score, rule.reason)


def date_verdict(document: Document, score: float = 0.71) -> Verdict:
    a = claim_of(document, "The attack began at 3 a.m. on Tuesday", 3, 3)
    b = claim_of(document, "the attack began on Monday", 4, 4)
    marks = (span_of(document, "Tuesday", a), span_of(document, "Monday", b))
    return verdict(a, b, Kind.DATE, score, "Tuesday and Monday cannot both be the start day", marks)


def attributed_verdict(document: Document, score: float = 0.62) -> Verdict:
    a = claim_of(document, "Air defences intercepted the majority of the drones", 1, 1)
    b = claim_of(document, "the attack began on Monday", 4, 4)
    return verdict(a, b, Kind.ATTRIBUTED, score, "police and officials disagree")


def sample_findings(document: Document) -> tuple[Finding, ...]:
    """Three findings of three severities (error, error, info), via the real findings stage."""
    from factcheck.config import Config
    from factcheck.findings import to_findings

    verdicts = [quantifier_verdict(document), date_verdict(document), attributed_verdict(document)]
    return to_findings(verdicts, document, Config())


def sample_report(document: Document | None = None) -> Report:
    document = document or make_document()
    stats = Stats(sentences=5, claims=6, candidate_pairs=7, nli_evaluations=14, seconds=0.25)
    return Report(document=document, findings=sample_findings(document), stats=stats)


def clean_report(path: str = "clean.txt") -> Report:
    document = make_document("Nothing here contradicts anything.\n", path=path)
    return Report(document=document, findings=(), stats=Stats(sentences=1, claims=1))


def finding_severities(report: Report) -> list[Severity]:
    return [finding.severity for finding in report.findings]


# --- a toy pipeline for CLI tests: one claim per line, "X was N" conflicts with "X was M" ----------

_STATEMENT = re.compile(r"(?P<subject>\b[Tt]he \w+) (?:is|are|was|were) (?P<value>[\w-]+)")


def _toy_claims(document: Document) -> list[Claim]:
    claims = []
    for match in _STATEMENT.finditer(document.text):
        span = Span(match.start(), match.end())
        claims.append(Claim(id=len(claims), text=match.group(0), span=span, sentence=len(claims)))
    return claims


def _toy_verdicts(claims: list[Claim]) -> list[Verdict]:
    def parts(claim: Claim) -> tuple[str, str]:
        match = _STATEMENT.fullmatch(claim.text)
        return match.group("subject").lower(), match.group("value").lower()

    kind_of = lambda value: Kind.NUMERIC if value.isdigit() else Kind.GENERAL  # noqa: E731
    return [
        verdict(a, b, kind_of(parts(a)[1]), 0.9, f"{parts(a)[0]}: {parts(a)[1]} vs {parts(b)[1]}")
        for i, a in enumerate(claims)
        for b in claims[i + 1 :]
        if parts(a)[0] == parts(b)[0] and parts(a)[1] != parts(b)[1]
    ]


def toy_check(path: str, config, model, pairs_judged=None) -> Report:
    """Stands in for factcheck.cli.check_input: the real loader and findings stage, a toy judge."""
    from factcheck.document import load_document
    from factcheck.findings import to_findings

    document = load_document(path, max_chars=config.max_chars)
    claims = _toy_claims(document)
    findings = to_findings(_toy_verdicts(claims), document, config)
    return Report(document=document, findings=findings, stats=Stats(sentences=len(claims), claims=len(claims)))


def run_cli(*argv: str) -> tuple[int, str, str]:
    """Run `factcheck ARGV` in-process: (exit code, stdout, stderr)."""
    from factcheck import cli

    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = cli.main(list(argv))
    finally:
        sys.stdout, sys.stderr = saved
    return code, out.getvalue(), err.getvalue()
