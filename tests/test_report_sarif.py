"""SARIF 2.1.0 output, validated against the official OASIS schema."""

from __future__ import annotations

import io
import json

import pytest

from factcheck.config import Config
from factcheck.report import render
from factcheck.types import Kind
from tests.output_fixtures import SHARED, clean_report, make_document, sample_report

SARIF_SCHEMA = SHARED / "data" / "schemas" / "sarif-schema-2.1.0.json"


def sarif(*reports) -> dict:
    out = io.StringIO()
    render(list(reports), "sarif", out, config=Config())
    return json.loads(out.getvalue())


def test_output_validates_against_the_sarif_2_1_0_schema():
    jsonschema = pytest.importorskip("jsonschema")
    if not SARIF_SCHEMA.exists():
        pytest.skip(f"{SARIF_SCHEMA} not present")
    schema = json.loads(SARIF_SCHEMA.read_text())
    jsonschema.validate(sarif(sample_report(), clean_report()), schema)


def test_one_rule_per_kind_with_default_level_from_config():
    rules = sarif(sample_report())["runs"][0]["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [kind.value for kind in Kind]
    levels = {rule["id"]: rule["defaultConfiguration"]["level"] for rule in rules}
    assert (levels["quantifier"], levels["general"], levels["attributed"]) == ("error", "warning", "note")


def test_result_locates_claim_a_and_relates_claim_b():
    result = sarif(sample_report())["runs"][0]["results"][0]
    region = result["locations"][0]["physicalLocation"]["region"]
    related = result["relatedLocations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (2, 1, 52)
    assert (related["startLine"], related["startColumn"], related["endColumn"]) == (4, 16, 47)
    assert related["snippet"]["text"] == "all ten drones were intercepted"
    assert "[line 4](1)" in result["message"]["text"]


def test_results_carry_level_rule_and_fingerprint():
    report = sample_report()
    results = sarif(report)["runs"][0]["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("quantifier", "error"), ("date", "error"), ("attributed", "note"),
    ]
    assert results[0]["partialFingerprints"]["factcheck/v1"] == report.findings[0].fingerprint


@pytest.mark.parametrize(
    "path, uri",
    [("articles/a b.md", "articles/a%20b.md"), ("/srv/news/x.txt", "file:///srv/news/x.txt"), (None, "%3Cstdin%3E")],
)
def test_artifact_uri_is_a_uri_reference(path, uri):
    result = sarif(sample_report(make_document(path=path)))["runs"][0]["results"][0]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == uri
