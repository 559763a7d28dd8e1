"""SARIF 2.1.0, the format code-scanning services (GitHub, GitLab, Azure) ingest.

One rule per kind, always all of them in the same order so ``ruleIndex`` is stable across runs;
the result's location is claim a, and claim b is a related location the message links to.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence, TextIO
from urllib.parse import quote

from factcheck.config import Config
from factcheck.report.json import tool_version
from factcheck.report.location import display_path, locate, one_line, quoted_text
from factcheck.types import Claim, Document, Finding, Kind, Report, Severity

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL_OF_SEVERITY = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
RULE_DESCRIPTIONS = {
    Kind.NUMERIC: "Two claims give numbers for the same thing that cannot both be right.",
    Kind.QUANTIFIER: "Two claims use quantities ('most', 'all ten', 'none') that cannot both hold.",
    Kind.NEGATION: "One claim states what the other denies.",
    Kind.DATE: "Two claims put the same event at incompatible dates or times.",
    Kind.ROLE: "One person is given two positions, or one office two holders.",
    Kind.ANTONYM: "Two claims say opposite things of the same subject (rose / fell, won / lost).",
    Kind.COMPARATIVE: "Two claims order the same two things in opposite ways (larger / smaller, before / after).",
    Kind.LOCATION: "Two claims put the same event in places that exclude each other.",
    Kind.ENTITY: "Two claims name different people, places or organisations for the same role.",
    Kind.GENERAL: "Two claims cannot both be true (judged by the NLI model).",
    Kind.ATTRIBUTED: "Two sources quoted in the article disagree; the article itself does not.",
}


def artifact_uri(document: Document) -> str:
    """A URI reference: relative paths stay relative (code scanning resolves them against the
    repository root), absolute ones become file:// URIs."""
    path = display_path(document)
    if Path(path).is_absolute():
        return Path(path).as_uri()
    return quote(Path(path).as_posix())


def _rules(config: Config) -> list[dict[str, Any]]:
    return [
        {
            "id": kind.value,
            "name": f"{kind.value.capitalize()}Contradiction",
            "shortDescription": {"text": f"{kind.value} contradiction"},
            "fullDescription": {"text": RULE_DESCRIPTIONS[kind]},
            "defaultConfiguration": {
                "level": LEVEL_OF_SEVERITY[config.severities.get(kind, Severity.WARNING)]
            },
        }
        for kind in Kind
    ]


def _location(claim: Claim, document: Document) -> dict[str, Any]:
    where = locate(claim, document)
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(document)},
            "region": {
                "startLine": where.line,
                "startColumn": where.column,
                "endLine": where.end_line,
                "endColumn": where.end_column,
                "snippet": {"text": quoted_text(claim, document)},
            },
        }
    }


def _result(finding: Finding, document: Document) -> dict[str, Any]:
    other = locate(finding.b, document)
    message = one_line(
        f"{finding.explanation}: \"{quoted_text(finding.a, document)}\" conflicts with "
        f"[line {other.line}](1): \"{quoted_text(finding.b, document)}\""
    )
    related = {"id": 1, **_location(finding.b, document), "message": {"text": "the conflicting claim"}}
    return {
        "ruleId": finding.kind.value,
        "ruleIndex": list(Kind).index(finding.kind),
        "level": LEVEL_OF_SEVERITY[finding.severity],
        "message": {"text": message},
        "locations": [_location(finding.a, document)],
        "relatedLocations": [related],
        "partialFingerprints": {"factcheck/v1": finding.fingerprint},
        "properties": {"score": round(finding.score, 4)},
    }


def report_to_sarif(reports: Sequence[Report], config: Config) -> dict[str, Any]:
    driver = {
        "name": "factcheck",
        "version": tool_version(),
        "rules": _rules(config),
    }
    results = [_result(f, report.document) for report in reports for f in report.findings]
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [{"tool": {"driver": driver}, "results": results}]}


def render_sarif(reports: Sequence[Report], out: TextIO, *, config: Config) -> None:
    json.dump(report_to_sarif(reports, config), out, indent=2, ensure_ascii=False)
    out.write("\n")
