"""``path:line:col: severity kind: message`` — one finding per line, for editors and grep."""

from __future__ import annotations

from typing import Sequence, TextIO

from factcheck.config import Config
from factcheck.report.location import display_path, locate, one_line, quoted_text
from factcheck.types import Finding, Report


def finding_message(finding: Finding, report: Report) -> str:
    """The explanation plus both quotes, so a line makes sense without opening the file."""
    document = report.document
    other = locate(finding.b, document)
    return one_line(
        f"{finding.explanation} ({finding.score:.2f}): "
        f"\"{quoted_text(finding.a, document)}\" vs line {other.line}: \"{quoted_text(finding.b, document)}\""
    )


def render_line(reports: Sequence[Report], out: TextIO, *, config: Config) -> None:
    for report in reports:
        path = display_path(report.document)
        for finding in report.findings:
            where = locate(finding.a, report.document)
            out.write(
                f"{path}:{where.line}:{where.column}: {finding.severity.value} {finding.kind.value}: "
                f"{finding_message(finding, report)}\n"
            )
