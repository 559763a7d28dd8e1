"""The versioned JSON report and its published schema."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

from factcheck.config import Config
from factcheck.report import render
from tests.output_fixtures import clean_report, make_document, sample_report

SCHEMA = Path(__file__).resolve().parents[1] / "factcheck" / "schema" / "report-v1.schema.json"


def rendered(*reports) -> str:
    out = io.StringIO()
    render(list(reports), "json", out, config=Config())
    return out.getvalue()


def test_output_validates_against_the_published_schema():
    schema = json.loads(SCHEMA.read_text())
    jsonschema.validate(json.loads(rendered(sample_report(), clean_report())), schema)


def test_schema_rejects_a_finding_without_fingerprint():
    schema = json.loads(SCHEMA.read_text())
    payload = json.loads(rendered(sample_report()))
    del payload["files"][0]["findings"][0]["fingerprint"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(payload, schema)


def test_finding_has_both_claims_with_positions():
    finding = json.loads(rendered(sample_report()))["files"][0]["findings"][0]
    assert finding["kind"] == "quantifier" and finding["severity"] == "error"
    assert finding["score"] == 0.93
    assert finding["a"]["text"] == "Air defences intercepted the majority of the drones"
    assert (finding["a"]["line"], finding["a"]["column"], finding["a"]["end_line"], finding["a"]["end_column"]) == (
        2, 1, 2, 52,
    )
    assert (finding["b"]["line"], finding["b"]["column"], finding["b"]["end_column"]) == (4, 16, 47)
    assert [h["text"] for h in finding["highlights"]] == ["the majority", "all ten"]
    assert len(finding["fingerprint"]) == 16


def test_positions_follow_the_source_map_not_the_prose_offsets():
    class ShiftedMap:  # as if markup before the prose pushed it 3 lines down and 2 columns right
        def position(self, offset: int) -> tuple[int, int]:
            return 10, offset + 3

    document = make_document()
    document = type(document)(text=document.text, source_map=ShiftedMap(), path="a.md")
    claim = json.loads(rendered(sample_report(document)))["files"][0]["findings"][0]["a"]
    assert (claim["line"], claim["column"]) == (10, claim["start"] + 3)


def test_schema_version_and_summary():
    payload = json.loads(rendered(sample_report(), clean_report()))
    assert payload["schema_version"] == "1.0"
    assert payload["summary"] == {
        "files": 2, "findings": 3, "by_severity": {"error": 2, "warning": 0, "info": 1}, "suppressed": 0,
    }
    assert [f["path"] for f in payload["files"]] == ["article.txt", "clean.txt"]


def test_same_report_renders_byte_identical_json():
    assert rendered(sample_report()) == rendered(sample_report())


def test_standard_input_is_named_stdin():
    payload = json.loads(rendered(sample_report(make_document(path=None))))
    assert payload["files"][0]["path"] == "<stdin>"
