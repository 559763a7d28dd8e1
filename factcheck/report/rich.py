"""The terminal report for an editor: a header per file, one panel per finding, a summary.

It only reads the finished Report (rich's own idea: a renderable over a finished object).
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence, TextIO

from rich.console import Console, Group
from rich.panel import Panel
from rich.text import Text

from factcheck.config import Config
from factcheck.report.location import display_path, locate
from factcheck.types import Claim, Finding, Report, Severity

STYLE_OF_SEVERITY = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
HIGHLIGHT_STYLE = "bold reverse"


def _header(report: Report) -> Text:
    stats = report.stats
    text = Text(display_path(report.document), style="bold")
    text.append(
        f"  {_plural(stats.sentences, 'sentence')} · {_plural(stats.claims, 'claim')} · "
        f"{_plural(stats.candidate_pairs, 'pair')} judged · {stats.seconds:.2f}s",
        style="dim",
    )
    return text


def quote_claim(label: str, claim: Claim, finding: Finding, report: Report) -> Text:
    """The claim as written, with the conflicting words inside it highlighted."""
    document = report.document
    line = locate(claim, document).line
    quote = Text(f"{label} line {line}: “", style="dim")
    folded, where = _folded(document.text[claim.span.start : claim.span.end] or claim.text)
    body = Text(folded)
    for span in finding.highlights:
        if claim.span.contains(span):
            body.stylize(HIGHLIGHT_STYLE, where[span.start - claim.span.start], where[span.end - claim.span.start])
    quote.append_text(body)
    quote.append("”", style="dim")
    return quote


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` with each line break and run of spaces made one space, and where each of its
    characters went (one more entry for its end): a claim of a hard-wrapped or indented file
    would otherwise be quoted with the file's indentation in the middle of the panel."""
    kept: list[str] = []
    where: list[int] = []
    for ch in text:
        if ch.isspace() and kept and kept[-1] == " ":
            where.append(len(kept) - 1)
            continue
        where.append(len(kept))
        kept.append(" " if ch.isspace() else ch)
    where.append(len(kept))
    return "".join(kept), where


def _panel(number: int, finding: Finding, report: Report) -> Panel:
    style = STYLE_OF_SEVERITY[finding.severity]
    title = Text.assemble(
        (f"#{number} {finding.severity.value}", style), f" · {finding.kind.value} · score {finding.score:.2f}"
    )
    body = Group(
        quote_claim("A", finding.a, finding, report),
        quote_claim("B", finding.b, finding, report),
        Text(finding.explanation, style="italic"),
    )
    return Panel(body, title=title, title_align="left", border_style=style)


def _summary(reports: Sequence[Report]) -> Text:
    counts = Counter(f.severity for r in reports for f in r.findings)
    total = sum(counts.values())
    if total == 0:
        return Text(f"No contradictions found in {_files(len(reports))}.", style="green")
    parts = ", ".join(_severity_count(counts[s], s) for s in Severity if counts[s])
    suppressed = sum(r.suppressed for r in reports)
    tail = f"; {suppressed} suppressed" if suppressed else ""
    return Text(f"{_plural(total, 'finding')} ({parts}) in {_files(len(reports))}{tail}.", style="bold")


def _severity_count(count: int, severity: Severity) -> str:
    """'2 errors', '1 warning', '3 info' (info is not counted as a noun)."""
    return f"{count} info" if severity is Severity.INFO else _plural(count, severity.value)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' * (count != 1)}"


def _files(count: int) -> str:
    return _plural(count, "file")


def render_rich(reports: Sequence[Report], out: TextIO, *, config: Config) -> None:
    console = Console(file=out, highlight=False, soft_wrap=False)
    for report in reports:
        console.print(_header(report))
        if not report.findings:
            console.print("  no contradictions found", style="green")
        for number, finding in enumerate(report.findings, start=1):
            console.print(_panel(number, finding, report))
    console.print(_summary(reports))
