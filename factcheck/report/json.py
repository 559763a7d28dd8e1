"""The JSON report: a versioned, documented schema (``factcheck/schema/report-v1.schema.json``).

Timings are deliberately left out, so that the same input, model and config give byte-identical
output (CI can diff two runs); scores are rounded to 4 decimals for the same reason.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, Sequence, TextIO

from factcheck.config import Config
from factcheck.report.location import display_path, locate, locate_span, quoted_text
from factcheck.types import Claim, Document, Finding, Report, Severity

SCHEMA_VERSION = "1.0"
SCHEMA_ID = "https://factcheck.invalid/schema/report-v1.schema.json"


def tool_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("factcheck")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


def _claim(claim: Claim, document: Document) -> dict[str, Any]:
    where = locate(claim, document)
    return {
        "text": quoted_text(claim, document),
        "line": where.line,
        "column": where.column,
        "end_line": where.end_line,
        "end_column": where.end_column,
        "start": claim.span.start,
        "end": claim.span.end,
        "source": claim.source,
    }


def _finding(finding: Finding, document: Document) -> dict[str, Any]:
    return {
        "fingerprint": finding.fingerprint,
        "kind": finding.kind.value,
        "severity": finding.severity.value,
        "score": round(finding.score, 4),
        "explanation": finding.explanation,
        "a": _claim(finding.a, document),
        "b": _claim(finding.b, document),
        "highlights": [
            {"text": document.text[span.start : span.end], "line": locate_span(span, document).line,
             "start": span.start, "end": span.end}
            for span in finding.highlights
        ],
    }


def file_to_json(report: Report) -> dict[str, Any]:
    """One checked file as the report's ``files`` entry; corpus mode writes the same per article."""
    stats = report.stats
    return {
        "path": display_path(report.document),
        "warnings": list(report.document.warnings),
        "stats": {
            "sentences": stats.sentences,
            "claims": stats.claims,
            "candidate_pairs": stats.candidate_pairs,
            "nli_evaluations": stats.nli_evaluations,
            "suppressed": report.suppressed,
        },
        "findings": [_finding(finding, report.document) for finding in report.findings],
    }


def _summary(reports: Sequence[Report]) -> dict[str, Any]:
    severities = Counter(f.severity.value for r in reports for f in r.findings)
    return {
        "files": len(reports),
        "findings": sum(severities.values()),
        "by_severity": {severity.value: severities[severity.value] for severity in Severity},
        "suppressed": sum(report.suppressed for report in reports),
    }


def report_to_json(reports: Sequence[Report], config: Config) -> dict[str, Any]:
    """The whole run as one JSON-ready object (also what tests validate against the schema)."""
    return {
        "$schema": SCHEMA_ID,
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": tool_version()},
        "config": {"threshold": config.threshold, "model": config.model or "default",
                   "fail_on": config.fail_on.value},
        "files": [file_to_json(report) for report in reports],
        "summary": _summary(reports),
    }


def render_json(reports: Sequence[Report], out: TextIO, *, config: Config) -> None:
    json.dump(report_to_json(reports, config), out, indent=2, ensure_ascii=False)
    out.write("\n")
