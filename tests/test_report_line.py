"""One line per finding: ``path:line:col: severity kind: message``."""

from __future__ import annotations

import io
import re

from factcheck.config import Config
from factcheck.findings import to_findings
from factcheck.report import render
from factcheck.types import Kind, Report
from tests.output_fixtures import claim_of, clean_report, make_document, sample_report, verdict

LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<severity>\w+) (?P<kind>\w+): (?P<message>.+)$")


def lines(*reports) -> list[str]:
    out = io.StringIO()
    render(list(reports), "line", out, config=Config())
    return out.getvalue().splitlines()


def test_every_line_has_path_line_column_severity_and_kind():
    parsed = [LINE.match(line).groupdict() for line in lines(sample_report(), clean_report())]
    assert [(p["path"], p["line"], p["col"], p["severity"], p["kind"]) for p in parsed] == [
        ("article.txt", "2", "1", "error", "quantifier"),
        ("article.txt", "5", "1", "error", "date"),
        ("article.txt", "2", "1", "info", "attributed"),
    ]


def test_message_quotes_the_other_claim_and_its_line():
    assert lines(sample_report())[0].endswith('vs line 4: "all ten drones were intercepted"')


def test_claim_spanning_lines_stays_on_one_output_line():
    text = "Most of the ten\ndrones fell. All of the drones were intercepted.\n"
    document = make_document(text)
    a = claim_of(document, "Most of the ten\ndrones fell", 1)
    b = claim_of(document, "All of the drones were intercepted", 2)
    findings = to_findings([verdict(a, b, Kind.QUANTIFIER, 0.9)], document, Config())
    output = lines(Report(document=document, findings=findings))
    assert len(output) == 1 and "Most of the ten drones fell" in output[0]
