"""Accepting known findings: the baseline round trip, and --diff against a git ref."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from factcheck import cli
from factcheck.errors import ConfigError, InputError
from factcheck.suppress import parse_changed_lines, read_baseline
from tests.output_fixtures import toy_check
from tests.test_cli import run

ARTICLE = (
    "The toll was 12 on Monday.\n"
    "\n"
    "Rescuers worked through the night in the old town.\n"
    "\n"
    "By evening officials said the toll was 15.\n"
)


@pytest.fixture(autouse=True)
def toy_pipeline(monkeypatch, tmp_path):
    monkeypatch.setattr(cli, "load_model", lambda config: "toy-model")
    monkeypatch.setattr(cli, "check_input", toy_check)
    monkeypatch.chdir(tmp_path)


def lines_reported(*argv: str) -> tuple[int, list[str]]:
    code, out, _ = run(*argv, "--format", "line")
    return code, out.splitlines()


def test_baseline_round_trip_reports_only_new_contradictions():
    article = Path("story.md")
    article.write_text(ARTICLE)
    code, first = lines_reported("story.md", "--write-baseline", "base.json")
    # writing a baseline reports what it records, and exits 0: the findings were just accepted
    assert code == 0 and len(first) == 1

    article.write_text(ARTICLE.replace("in the old town", "in the old town and the harbour") + "\nSee also.\n")
    assert lines_reported("story.md", "--baseline", "base.json") == (0, [])

    article.write_text("The mood was calm.\n\n" + article.read_text() + "\nThe mood was tense.\n")
    code, new = lines_reported("story.md", "--baseline", "base.json")
    assert code == 0 and len(new) == 1 and "mood: calm vs tense" in new[0]  # general = warning


def test_baseline_survives_reordering_paragraphs():
    Path("story.md").write_text(ARTICLE)
    lines_reported("story.md", "--write-baseline", "base.json")
    paragraphs = ARTICLE.strip().split("\n\n")
    Path("story.md").write_text("\n\n".join(reversed(paragraphs)) + "\n")
    assert lines_reported("story.md", "--baseline", "base.json") == (0, [])


def test_baseline_counts_what_it_hides_in_the_json_summary():
    Path("story.md").write_text(ARTICLE)
    lines_reported("story.md", "--write-baseline", "base.json")
    _, out, _ = run("story.md", "--baseline", "base.json", "--format", "json")
    assert json.loads(out)["summary"]["suppressed"] == 1


def test_baseline_file_is_sorted_readable_json():
    Path("story.md").write_text(ARTICLE)
    lines_reported("story.md", "--write-baseline", "base.json")
    (entry,) = json.loads(Path("base.json").read_text())["findings"]
    assert entry["path"] == "story.md" and entry["kind"] == "numeric"
    assert {entry["a"], entry["b"]} == {"The toll was 12", "the toll was 15"}


@pytest.mark.parametrize("content, message", [
    ("not json", "is not a factcheck baseline"),
    ('{"version": 9, "findings": []}', "is not a version 1 factcheck baseline"),
    ('{"version": 1, "findings": [{"kind": "x"}]}', "must be a list of records with a fingerprint"),
])
def test_a_broken_baseline_is_an_input_error(tmp_path, content, message):
    Path("base.json").write_text(content)
    with pytest.raises(InputError, match=message):
        read_baseline("base.json")


@pytest.mark.parametrize("diff, lines", [
    ("@@ -3 +3 @@\n-a\n+b\n", {3}),
    ("@@ -1,0 +2,3 @@\n+x\n+y\n+z\n", {2, 3, 4}),
    ("@@ -5,2 +4,0 @@\n-gone\n-gone\n", set()),
    ("@@ -1 +1 @@\n-a\n+b\n@@ -9,0 +10,2 @@ heading\n+c\n+d\n", {1, 10, 11}),
])
def test_changed_lines_are_parsed_from_unified_diff_hunks(diff, lines):
    assert parse_changed_lines(diff) == lines


def git(*args: str) -> None:
    subprocess.run(["git", *args], check=True, capture_output=True)


@pytest.fixture()
def repository():
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    git("init", "-q")
    git("config", "user.email", "test@example.org")
    git("config", "user.name", "test")
    Path("story.md").write_text(ARTICLE)
    git("add", "story.md")
    git("commit", "-qm", "first")


def test_diff_reports_only_findings_on_changed_lines(repository):
    Path("story.md").write_text(ARTICLE + "\nThe mood was calm.\n\nThe mood was tense.\n")
    code, reported = lines_reported("story.md", "--diff", "HEAD")
    assert len(reported) == 1 and "mood" in reported[0]
    code, everything = lines_reported("story.md")
    assert len(everything) == 2


def test_diff_keeps_a_finding_when_one_of_its_claims_changed(repository):
    Path("story.md").write_text(ARTICLE.replace("toll was 15", "toll was 16"))
    code, reported = lines_reported("story.md", "--diff", "HEAD")
    assert code == 1 and "12 vs 16" in reported[0]


def test_diff_treats_an_untracked_file_as_all_new(repository):
    Path("new.md").write_text(ARTICLE)
    assert len(lines_reported("new.md", "--diff", "HEAD")[1]) == 1


def test_diff_against_an_unknown_ref_exits_2(repository):
    code, _, err = run("story.md", "--diff", "no-such-ref")
    assert code == 2 and "--diff no-such-ref: not a commit" in err


def test_diff_on_standard_input_is_refused():
    with pytest.raises(ConfigError):
        cli.filter_reports([toy_check_stdin()], cli.build_parser().parse_args(["-", "--diff", "HEAD"]))


def toy_check_stdin():
    from factcheck.document import document_from_text
    from factcheck.types import Report

    return Report(document=document_from_text("The toll was 12.\n"), findings=())


def test_inline_ignore_comment_in_markdown_hides_the_next_paragraph():
    Path("story.md").write_text(
        "The toll was 12.\n\n<!-- factcheck: ignore -->\nThe toll was 15.\n\nThe mood was calm.\n\nThe mood was tense.\n"
    )
    code, reported = lines_reported("story.md")
    assert len(reported) == 1 and "mood" in reported[0]
    _, out, _ = run("story.md", "--format", "json")
    assert json.loads(out)["files"][0]["findings"][0]["a"]["line"] == 6


def test_off_on_region_hides_findings_inside_it():
    Path("story.md").write_text(
        "<!-- factcheck: off -->\nThe toll was 12.\n\nThe toll was 15.\n<!-- factcheck: on -->\n\nThe mayor was there.\n"
    )
    assert lines_reported("story.md") == (0, [])
