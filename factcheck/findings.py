"""From the judge's verdicts to the findings a user sees.

The judge says how sure it is; this stage decides what is worth showing: it applies the
threshold, the severity per kind and inline suppressions, gives each finding a fingerprint that
baselines can rely on, and fixes one deterministic order so that the same input always gives the
same report.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import replace
from typing import Iterable, Sequence

from factcheck.config import Config
from factcheck.claims import NEGATION
from factcheck.suppress import finding_is_suppressed
from factcheck.types import Claim, Document, Finding, Polarity, Severity, Span, Verdict

FINGERPRINT_LENGTH = 16  # hex digits of sha1: collisions are irrelevant at article scale


def normalise_claim_text(text: str) -> str:
    """Case, whitespace and edge punctuation do not change what a claim says, so a fingerprint
    must not change with them either (re-wrapped paragraphs, a fixed typo in quotes)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", folded).strip(" \t\n.,;:!?\"'“”‘’()[]")


def base_fingerprint(finding: Finding) -> str:
    """sha1 of the kind and both claims' normalised texts, sorted: independent of position,
    of the order of the two claims, and of everything else in the article."""
    texts = sorted(normalise_claim_text(claim.text) for claim in (finding.a, finding.b))
    digest = hashlib.sha1("\x1f".join([finding.kind.value, *texts]).encode("utf-8"))
    return digest.hexdigest()[:FINGERPRINT_LENGTH]


def _highlights(verdict: Verdict) -> tuple[Span, ...]:
    """The verdict's own highlights, or else the conflicting words the rules pointed at."""
    if verdict.highlights:
        return tuple(sorted(set(verdict.highlights)))
    spans = {
        span
        for rule in verdict.rules
        if rule.outcome == "conflicting"
        for span in (rule.a_span, rule.b_span)
        if span is not None
    }
    return tuple(sorted(spans))


def _in_reading_order(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    """Claim a is always the one a reader meets first."""
    return (a, b) if (a.span, a.id) <= (b.span, b.id) else (b, a)


def _finding(verdict: Verdict, severity: Severity) -> Finding:
    a, b = _in_reading_order(verdict.pair.a, verdict.pair.b)
    return Finding(
        a=a,
        b=b,
        kind=verdict.kind,
        severity=severity,
        score=verdict.score,
        explanation=verdict.explanation,
        fingerprint="",
        highlights=_highlights(verdict),
    )


def _pair_key(finding: Finding) -> tuple[Span, Span]:
    return (finding.a.span, finding.b.span)


def _sort_key(finding: Finding) -> tuple[float, int, int, int, int, str]:
    """Score first (the most certain finding on top), then reading position, then kind."""
    a, b = finding.a.span, finding.b.span
    return (-finding.score, a.start, b.start, a.end, b.end, finding.kind.value)


def _strongest_per_pair(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per claim pair: the judge may report a pair twice (both orders, two rules)."""
    best: dict[tuple[Span, Span], Finding] = {}
    for finding in sorted(findings, key=_sort_key):
        best.setdefault(_pair_key(finding), finding)
    return _one_per_restated_conflict(_one_per_denial(_without_wider_repeats(sorted(best.values(), key=_sort_key))))


def _words_at(claim: Claim, span: Span) -> str:
    return normalise_claim_text(claim.text[span.start - claim.span.start: span.end - claim.span.start])


def _restatement_keys(finding: Finding) -> set[tuple]:
    """For each claim of the finding with one highlighted word group: that claim, those words, and
    the other claim's highlighted words as text, so two findings that set one claim against the
    same words said twice ('230 jobs' in the headline and again in the text) share a key."""
    keys = set()
    for mine, other in ((finding.a, finding.b), (finding.b, finding.a)):
        own = [h for h in finding.highlights if mine.span.contains(h)]
        theirs = [h for h in finding.highlights if other.span.contains(h)]
        if len(own) == 1 and len(theirs) == 1:
            keys.add((finding.kind, mine.span, own[0], _words_at(other, theirs[0])))
    return keys


def _distance(finding: Finding) -> int:
    return abs(finding.b.span.start - finding.a.span.start)


def _one_per_restated_conflict(findings: list[Finding]) -> list[Finding]:
    """One claim against the same words said in several places (a figure in the headline and again
    in the text) is one problem for an editor: the strongest pair is shown (of equal ones, the two
    claims nearest each other, where the words are in their context), and says how many more
    claims repeat the words. ``findings`` are ranked; the ranking is kept."""
    keys = [_restatement_keys(f) for f in findings]
    preferred = sorted(range(len(findings)), key=lambda i: (-findings[i].score, _distance(findings[i]), i))
    keeper_of: dict[tuple, int] = {}
    repeats: dict[int, Counter[str]] = {}
    for i in preferred:
        shared = [key for key in keys[i] if key in keeper_of]
        if shared:
            repeats.setdefault(keeper_of[shared[0]], Counter())[shared[0][3]] += 1
            continue
        for key in keys[i]:
            keeper_of[key] = i
    kept = []
    for i, finding in enumerate(findings):
        if keys[i] and not any(keeper_of.get(key) == i for key in keys[i]):
            continue
        for words, count in sorted(repeats.get(i, Counter()).items()):
            claims = "claim" if count == 1 else "claims"
            finding = replace(finding, explanation=f"{finding.explanation} '{words}' is also said in {count} more {claims}.")
        kept.append(finding)
    return kept


def _denied_words(finding: Finding) -> tuple[Span, Span] | None:
    """Where a finding's one denying claim is, and its highlighted words ('no tax'), or None when
    neither or both claims deny. A claim with one negation is one denial whichever of its words a
    rule highlights ('No weapon was discharged': 'No' for a count of none, 'discharged' for the act)."""
    denying = [c for c in (finding.a, finding.b) if c.polarity is Polarity.NEGATIVE]
    if len(denying) != 1:
        return None
    if len(NEGATION.findall(denying[0].text)) == 1:
        return denying[0].span, denying[0].span
    words = [h for h in finding.highlights if denying[0].span.contains(h)]
    return (denying[0].span, words[0]) if words else None


def _one_per_denial(findings: list[Finding]) -> list[Finding]:
    """A denial that several claims contradict ('the firm pays no tax' against four mentions of
    the tax it pays) is one problem for an editor: the strongest pair is shown, and says how many
    more claims contradict the denial, instead of one finding per claim. ``findings`` are ranked."""
    keys = [_denied_words(finding) for finding in findings]
    counts: Counter[tuple[Span, Span]] = Counter(key for key in keys if key is not None)
    kept, seen = [], set()
    for finding, key in zip(findings, keys):
        if key is None:
            kept.append(finding)
        elif key not in seen:
            seen.add(key)
            more = counts[key] - 1
            if more:
                claims = "claim contradicts" if more == 1 else "claims contradict"
                finding = replace(finding, explanation=f"{finding.explanation} {more} more {claims} the denial.")
            kept.append(finding)
    return kept


def _inside(inner: Finding, outer: Finding) -> bool:
    """Each claim of ``inner`` lies within the matching claim of ``outer`` (in either order)."""
    a, b, x, y = inner.a.span, inner.b.span, outer.a.span, outer.b.span
    return (x.contains(a) and y.contains(b)) or (x.contains(b) and y.contains(a))


def _without_wider_repeats(findings: list[Finding]) -> list[Finding]:
    """A conflict found both between two clauses and between a clause and the whole sentence that
    holds it ('X, which found Y behind Z' and 'X, which found Y behind Z, showed ...') is one
    finding: the same conflicting words, shown once, on the tightest claims."""
    kept = []
    for finding in findings:
        if finding.highlights and any(
                other is not finding and other.highlights == finding.highlights and other.kind == finding.kind
                and _inside(other, finding) and _pair_key(other) != _pair_key(finding)
                for other in findings):
            continue
        kept.append(finding)
    return kept


def _with_fingerprints(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Exact duplicates (the same two sentences repeated) get ``:2``, ``:3`` ... in reading order,
    so each stays addressable in a baseline without depending on the score order."""
    bases = [base_fingerprint(f) for f in findings]
    reading = sorted(range(len(findings)), key=lambda i: (findings[i].a.span, findings[i].b.span))
    seen: Counter[str] = Counter()
    prints = [""] * len(findings)
    for index in reading:
        seen[bases[index]] += 1
        count = seen[bases[index]]
        prints[index] = bases[index] if count == 1 else f"{bases[index]}:{count}"
    return tuple(replace(f, fingerprint=p) for f, p in zip(findings, prints))


# A contradiction only the model sees is right about a quarter of the time at the default
# threshold (ChatProtect dev: 89 of 329) and about half the time from 0.9 up (45 of 97); a rule
# conflict is right almost always (ChatProtect dev: 190 of 208, VitaminC: 0.98). So a model-only
# finding fails a build only when the model is that sure: 0.9, which judge.MODEL_ONLY_WEIGHT (0.5)
# makes a score of 0.45 (a test keeps the two in step); below it, it is at most a warning.
MODEL_ONLY_ERROR_SCORE = 0.45


def severity_of(verdict: Verdict, config: Config) -> Severity:
    """The configured severity of the verdict's kind, capped at warning for unsure model-only findings."""
    severity = config.severities.get(verdict.kind, Severity.WARNING)
    rule_backed = any(rule.outcome == "conflicting" for rule in verdict.rules)
    if not rule_backed and verdict.score < MODEL_ONLY_ERROR_SCORE and severity is Severity.ERROR:
        return Severity.WARNING
    return severity


def select_findings(verdicts: Iterable[Verdict], document: Document,
                    config: Config) -> tuple[tuple[Finding, ...], int]:
    """The findings to show, and how many claim pairs inline suppressions hid."""
    candidates = [
        _finding(verdict, severity_of(verdict, config))
        for verdict in verdicts
        if verdict.score >= config.threshold
    ]
    visible = [f for f in candidates if not finding_is_suppressed(f, document)]
    shown = _strongest_per_pair(visible)
    hidden = len(_strongest_per_pair(candidates)) - len(shown) if len(visible) < len(candidates) else 0
    return _with_fingerprints(shown), hidden


def to_findings(verdicts: Iterable[Verdict], document: Document, config: Config) -> tuple[Finding, ...]:
    """Verdicts at or above the threshold, minus suppressed ones, one per claim pair, ranked."""
    return select_findings(verdicts, document, config)[0]
