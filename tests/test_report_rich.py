"""The terminal report an editor reads."""

from __future__ import annotations

import io

from factcheck.config import Config
from factcheck.report import render
from factcheck.report.rich import HIGHLIGHT_STYLE, quote_claim
from tests.output_fixtures import clean_report, sample_report


def rendered(*reports) -> str:
    out = io.StringIO()
    render(list(reports), "rich", out, config=Config())
    return out.getvalue()


def test_header_names_file_and_counts():
    text = rendered(sample_report())
    assert "article.txt" in text
    assert "5 sentences · 6 claims · 7 pairs judged · 0.25s" in text


def test_each_finding_quotes_both_claims_with_their_lines():
    text = rendered(sample_report())
    assert "A line 2: “Air defences intercepted the majority of the drones”" in text
    assert "B line 4: “all ten drones were intercepted”" in text
    assert "#1 error · quantifier · score 0.93" in text
    assert "'the majority' of the drones cannot be 'all ten'" in text
    assert text.count("╭─ #") == 3


def highlighted_words(text) -> list[str]:
    return [text.plain[span.start : span.end] for span in text.spans if span.style == HIGHLIGHT_STYLE]


def test_conflicting_words_are_highlighted_inside_each_quote():
    report = sample_report()
    finding = report.findings[0]
    assert highlighted_words(quote_claim("A", finding.a, finding, report)) == ["the majority"]
    assert highlighted_words(quote_claim("B", finding.b, finding, report)) == ["all ten"]


def test_clean_file_says_no_contradictions_found():
    text = rendered(clean_report())
    assert "no contradictions found" in text
    assert "No contradictions found in 1 file." in text


def test_summary_counts_findings_by_severity_across_files():
    text = rendered(sample_report(), clean_report())
    assert text.rstrip().endswith("3 findings (2 errors, 1 info) in 2 files.")


def test_plain_output_to_a_file_has_no_escape_codes():
    assert "\x1b[" not in rendered(sample_report())


def test_summary_counts_severities_in_plural() -> None:
    from factcheck.report.rich import _severity_count
    from factcheck.types import Severity

    assert [_severity_count(2, Severity.ERROR), _severity_count(1, Severity.ERROR),
            _severity_count(3, Severity.WARNING), _severity_count(2, Severity.INFO)] == [
        "2 errors", "1 error", "3 warnings", "2 info"]


def test_claim_of_a_wrapped_indented_file_is_quoted_on_one_line_with_its_highlight_kept():
    from factcheck.findings import to_findings
    from factcheck.types import Kind, Pair, Report, RuleResult, Stats, Verdict
    from tests.output_fixtures import claim_of, make_document, span_of

    wrapped = "Air defences\n      intercepted the\tmajority of\n      the drones"
    document = make_document(f"Kyiv was attacked.\n  {wrapped}.\n\nOfficials said all ten drones were intercepted.\n")
    a = claim_of(document, wrapped, 1, 1)
    b = claim_of(document, "all ten drones were intercepted", 2, 2)
    rule = RuleResult("quantity", "conflicting", Kind.QUANTIFIER, "majority against all ten",
                      a_span=span_of(document, "the\tmajority", a), b_span=span_of(document, "all ten", b))
    finding = to_findings([Verdict(Pair(a, b), None, None, (rule,), Kind.QUANTIFIER, 0.9, rule.reason)],
                          document, Config())[0]
    report = Report(document=document, findings=(finding,), stats=Stats(sentences=2, claims=2))
    quote = quote_claim("A", finding.a, finding, report)
    assert quote.plain == "A line 2: “Air defences intercepted the majority of the drones”"
    assert highlighted_words(quote) == ["the majority"]
    assert highlighted_words(quote_claim("B", finding.b, finding, report)) == ["all ten"]
