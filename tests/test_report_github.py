"""GitHub Actions annotations."""

from __future__ import annotations

import io

import pytest

from factcheck.config import Config
from factcheck.report import render
from factcheck.report.github import escape_data, escape_property
from tests.output_fixtures import clean_report, make_document, sample_report


def annotations(*reports) -> list[str]:
    out = io.StringIO()
    render(list(reports), "github", out, config=Config())
    return out.getvalue().splitlines()


def test_each_finding_is_one_workflow_command_at_claim_a():
    lines = annotations(sample_report())
    assert len(lines) == 3
    assert lines[0].startswith(
        "::error file=article.txt,line=2,col=1,endLine=2,endColumn=52,title=factcheck quantifier contradiction::"
    )
    assert '"all ten drones were intercepted"' in lines[0]


def test_info_findings_become_notices():
    commands = [line.split(" ", 1)[0] for line in annotations(sample_report())]
    assert commands == ["::error", "::error", "::notice"]


def test_clean_file_prints_nothing():
    assert annotations(clean_report()) == []


@pytest.mark.parametrize(
    "raw, data, prop",
    [
        ("100%", "100%25", "100%25"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("dir,x:y.md", "dir,x:y.md", "dir%2Cx%3Ay.md"),
    ],
)
def test_escaping_follows_the_runner_rules(raw, data, prop):
    assert (escape_data(raw), escape_property(raw)) == (data, prop)


def test_path_with_comma_and_colon_is_escaped_in_the_command():
    line = annotations(sample_report(make_document(path="news,2024:kyiv.txt")))[0]
    assert "file=news%2C2024%3Akyiv.txt," in line
