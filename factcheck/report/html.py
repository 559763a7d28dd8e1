"""The HTML report: one self-contained file an editor opens in a browser.

It shows the article as checked, with both claims of every finding highlighted and linked to each
other, next to the list of findings (kind, severity, score, explanation); filters by severity and
kind; keyboard navigation; a print stylesheet.

Why one file with everything inline: the report is mailed, attached to a ticket or opened from a CI
artifact, often offline. Every piece of article text goes through ``html.escape``, and a
Content-Security-Policy allows nothing but the file's own style and script (pinned by hash), so an
article that contains ``<script>`` shows it as text, and the file fetches nothing from anywhere.

The same markup (``report_markup``), style and script serve the page of ``factcheck serve``.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import Sequence, TextIO

from factcheck.config import Config
from factcheck.report.json import tool_version
from factcheck.report.location import display_path, locate
from factcheck.types import Claim, Finding, Kind, Report, Severity, Span

ASSETS = Path(__file__).with_name("assets")
ROLES = ("a", "b")
SEVERITIES = tuple(Severity)  # error, warning, info: the order filters and summaries use


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """A shipped stylesheet or script (``factcheck/report/assets/``)."""
    return (ASSETS / name).read_text(encoding="utf-8")


def csp_source(code: str) -> str:
    """The CSP source expression that allows exactly this inline ``<style>`` or ``<script>``."""
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(styles: Sequence[str], scripts: Sequence[str], *, connect: str = "'none'") -> str:
    """No network, no plugins, no forms, no base URL: only these inline styles and scripts run."""
    return "; ".join([
        "default-src 'none'",
        f"style-src {' '.join(csp_source(s) for s in styles)}",
        f"script-src {' '.join(csp_source(s) for s in scripts)}",
        f"connect-src {connect}",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])


# --- one finding ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Numbered:
    """A finding with the id its card, claims and links share (``r0-f1``: file 0, finding 1)."""

    finding: Finding
    number: int
    id: str

    def claim(self, role: str) -> Claim:
        return self.finding.a if role == "a" else self.finding.b


def _numbered(reports: Sequence[Report]) -> list[list[_Numbered]]:
    return [[_Numbered(f, n, f"r{i}-f{n}") for n, f in enumerate(report.findings, start=1)]
            for i, report in enumerate(reports)]


def _other(role: str) -> str:
    return "b" if role == "a" else "a"


def _with_highlights(text: str, span: Span, highlights: Sequence[Span]) -> str:
    """``text[span]`` escaped, with the conflicting words inside it in ``<strong>``."""
    inside = sorted(h for h in highlights if span.contains(h) and len(h))
    parts, cursor = [], span.start
    for mark in inside:
        if mark.start < cursor:  # overlapping highlights: the first one wins
            continue
        parts.append(escape(text[cursor:mark.start]))
        parts.append(f'<strong class="fc-conflict">{escape(text[mark.start:mark.end])}</strong>')
        cursor = mark.end
    parts.append(escape(text[cursor:span.end]))
    return "".join(parts)


def _claim_line(item: _Numbered, role: str, report: Report) -> str:
    claim = item.claim(role)
    document = report.document
    line = locate(claim, document).line
    quote = _with_highlights(document.text, claim.span, item.finding.highlights) or escape(claim.text)
    source = f' <span class="fc-source">(said by {escape(claim.source)})</span>' if claim.source else ""
    return (f'<p class="fc-quote"><a class="fc-goto" href="#{item.id}-{role}" '
            f'data-finding="{item.id}"><span class="fc-sr">Go to claim </span>{role.upper()} · line {line}</a> '
            f'<q>{quote}</q>{source}</p>')


def _card(item: _Numbered, report: Report) -> str:
    finding = item.finding
    severity, kind = finding.severity.value, finding.kind.value
    title = f"#{item.number} {severity} · {kind} · score {finding.score:.2f}"
    return (
        f'<li class="fc-finding fc-sev-{severity}" id="{item.id}" data-finding="{item.id}" '
        f'data-severity="{severity}" data-kind="{kind}" tabindex="-1" aria-labelledby="{item.id}-h">'
        f'<h3 class="fc-finding-title" id="{item.id}-h">'
        f'<button type="button" class="fc-select" data-finding="{item.id}">{escape(title)}</button></h3>'
        f'{_claim_line(item, "a", report)}{_claim_line(item, "b", report)}'
        f'<p class="fc-explanation">{escape(finding.explanation)}</p></li>'
    )


# --- the article with its claims marked --------------------------------------------------------------

def _ref(item: _Numbered, role: str) -> str:
    """The badge before a claim: its anchor, and a link to the other claim of the same finding."""
    finding = item.finding
    label = (f"Finding {item.number}, claim {role.upper()} ({finding.severity.value}, {finding.kind.value}). "
             f"Go to claim {_other(role).upper()}.")
    return (f'<a class="fc-ref fc-sev-{finding.severity.value}" id="{item.id}-{role}" '
            f'href="#{item.id}-{_other(role)}" data-finding="{item.id}" aria-label="{escape(label)}">'
            f'{item.number}{role.upper()}</a>')


def _article(report: Report, items: Sequence[_Numbered]) -> str:
    """The prose, cut at every claim and highlight boundary; each piece inside a claim is a
    ``<mark>`` that lists the claims covering it, so overlapping claims need no nesting."""
    text = report.document.text
    claims = [(item, role, item.claim(role).span) for item in items for role in ROLES]
    highlights = [span for item in items for span in item.finding.highlights]
    cuts = sorted({0, len(text), *(s.start for *_, s in claims), *(s.end for *_, s in claims),
                   *(h.start for h in highlights), *(h.end for h in highlights)})
    starting: dict[int, list[str]] = defaultdict(list)
    for item, role, span in claims:
        starting[span.start].append(_ref(item, role))
    parts: list[str] = []
    for left, right in pairwise(cuts):
        parts.extend(starting.get(left, ()))
        piece = escape(text[left:right])
        covering = [(item, role) for item, role, span in claims if span.start <= left and right <= span.end]
        if not covering:
            parts.append(piece)
            continue
        worst = max((item.finding.severity for item, _ in covering), key=lambda s: s.rank)
        conflict = " fc-conflict" if any(h.start <= left and right <= h.end for h in highlights) else ""
        ids = " ".join(f"{item.id}-{role}" for item, role in covering)
        parts.append(f'<mark class="fc-mark fc-sev-{worst.value}{conflict}" data-claims="{ids}">{piece}</mark>')
    return "".join(parts)


# --- the whole report -----------------------------------------------------------------------------

def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' * (count != 1)}"


def _summary(reports: Sequence[Report], config: Config) -> str:
    counts = Counter(f.severity for r in reports for f in r.findings)
    total = sum(counts.values())
    found = "No contradictions found" if not total else _plural(total, "finding") + " (" + ", ".join(
        f"{counts[s]} {s.value}" for s in SEVERITIES if counts[s]) + ")"
    suppressed = sum(r.suppressed for r in reports)
    tail = f"; {suppressed} suppressed" if suppressed else ""
    return (f'<p class="fc-summary">{found} in {_plural(len(reports), "file")}{tail}. '
            f'<span class="fc-meta">Threshold {config.threshold:g} · model {escape(config.model or "default")} · '
            f'factcheck {escape(tool_version())}</span></p>')


def _checkbox(group: str, value: str, count: int) -> str:
    return (f'<label class="fc-filter fc-sev-{value}"><input type="checkbox" data-filter="{group}" '
            f'value="{value}" checked> {value} <span class="fc-count">({count})</span></label>')


def _controls(reports: Sequence[Report]) -> str:
    findings = [f for r in reports for f in r.findings]
    if not findings:
        return ""
    severities = Counter(f.severity for f in findings)
    kinds = Counter(f.kind for f in findings)
    severity_boxes = "".join(_checkbox("severity", s.value, severities[s]) for s in SEVERITIES if severities[s])
    kind_boxes = "".join(_checkbox("kind", k.value, kinds[k]) for k in Kind if kinds[k])
    return (
        '<div class="fc-controls" role="group" aria-label="Filter findings">'
        f'<fieldset><legend>Severity</legend>{severity_boxes}</fieldset>'
        f'<fieldset><legend>Kind</legend>{kind_boxes}</fieldset>'
        '<p class="fc-keys">Keys: <kbd>j</kbd> or <kbd>n</kbd> next finding, <kbd>k</kbd> or <kbd>p</kbd> '
        'previous, <kbd>Enter</kbd> go to claim A, <kbd>Enter</kbd> again to claim B, '
        '<kbd>Esc</kbd> back to the list.</p>'
        '<p class="fc-shown" role="status" aria-live="polite"></p>'
        '</div>'
    )


def _file_section(index: int, report: Report, items: Sequence[_Numbered]) -> str:
    name = escape(display_path(report.document))
    stats = report.stats
    counts = (f"{_plural(stats.sentences, 'sentence')} · {_plural(stats.claims, 'claim')} · "
              f"{_plural(stats.candidate_pairs, 'pair')} judged")
    warnings = "".join(f"<li>{escape(w)}</li>" for w in report.document.warnings)
    warning_list = f'<ul class="fc-warnings" aria-label="Warnings">{warnings}</ul>' if warnings else ""
    cards = ("<ol class=\"fc-findings\">" + "".join(_card(item, report) for item in items) + "</ol>"
             if items else '<p class="fc-none">No contradictions found.</p>')
    return (
        f'<section class="fc-file" aria-labelledby="r{index}-title">'
        f'<h2 id="r{index}-title">{name}</h2><p class="fc-stats">{counts}</p>{warning_list}'
        '<div class="fc-layout">'
        f'<nav class="fc-panel" aria-label="Findings in {name}">{cards}</nav>'
        f'<article class="fc-article" aria-label="Article text of {name}">{_article(report, items)}</article>'
        '</div></section>'
    )


def report_markup(reports: Sequence[Report], config: Config) -> str:
    """The report as one ``<div data-fc-report>``: what the standalone file and the server's page show."""
    numbered = _numbered(reports)
    sections = "".join(_file_section(i, r, items) for i, (r, items) in enumerate(zip(reports, numbered)))
    return (f'<div class="fc-report" data-fc-report><header class="fc-header"><h1>factcheck report</h1>'
            f'{_summary(reports, config)}</header>{_controls(reports)}{sections}</div>')


def html_document(reports: Sequence[Report], config: Config) -> str:
    """A complete, self-contained HTML document."""
    style, script = asset("report.css"), asset("report.js")
    names = ", ".join(display_path(r.document) for r in reports[:3]) + (" …" if len(reports) > 3 else "")
    policy = content_security_policy([style], [script])
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        f'<meta name="generator" content="factcheck {escape(tool_version())}">\n'
        f"<title>factcheck: {escape(names)}</title>\n"
        f"<style>{style}</style>\n</head>\n<body>\n<main>{report_markup(reports, config)}</main>\n"
        f"<script>{script}</script>\n</body>\n</html>\n"
    )


def render_html(reports: Sequence[Report], out: TextIO, *, config: Config) -> None:
    out.write(html_document(reports, config))
