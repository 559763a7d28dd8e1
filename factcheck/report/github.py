"""GitHub Actions workflow commands, so findings appear as annotations on the pull request diff.

Escaping follows the runner's rules: in the message ``%``, CR and LF are percent-encoded; in
property values ``:`` and ``,`` are too, because they separate properties.
"""

from __future__ import annotations

from typing import Sequence, TextIO

from factcheck.config import Config
from factcheck.report.line import finding_message
from factcheck.report.location import display_path, locate
from factcheck.types import Report, Severity

COMMAND_OF_SEVERITY = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(reports: Sequence[Report], out: TextIO, *, config: Config) -> None:
    for report in reports:
        path = escape_property(display_path(report.document))
        for finding in report.findings:
            where = locate(finding.a, report.document)
            title = escape_property(f"factcheck {finding.kind.value} contradiction")
            out.write(
                f"::{COMMAND_OF_SEVERITY[finding.severity]} file={path},line={where.line},col={where.column},"
                f"endLine={where.end_line},endColumn={where.end_column},title={title}::"
                f"{escape_data(finding_message(finding, report))}\n"
            )
