"""The HTML report: self-contained, every claim marked and linked, all article text escaped.

The markup is read back with the standard library's HTML parser, as a browser would build it;
tests/test_serve_page.py opens the same file in a real browser.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from html.parser import HTMLParser

from factcheck.config import Config
from factcheck.report import render
from factcheck.report.html import asset, csp_source
from factcheck.types import Report, Span, Stats
from tests.output_fixtures import ARTICLE, clean_report, make_document, sample_report

HOSTILE = ARTICLE + '<script>window.pwned = 1</script>\n<img src=x onerror="window.pwned = 2"> & "quotes" </article>\n'


def rendered(*reports: Report) -> str:
    out = io.StringIO()
    render(list(reports), "html", out, config=Config())
    return out.getvalue()


class Elements(HTMLParser):
    """Every start tag with its attributes, the text inside <article>, and the text of scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.article_text: list[str] = []
        self.scripts: list[str] = []
        self._in_article = self._in_ref = self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        self.tags.append((tag, attributes))
        self._in_article |= tag == "article"
        self._in_ref = "fc-ref" in attributes.get("class", "")
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_article &= tag != "article"
        self._in_ref &= tag != "a"
        self._in_script &= tag != "script"

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)
        elif self._in_article and not self._in_ref:
            self.article_text.append(data)

    def with_class(self, name: str) -> list[dict[str, str]]:
        return [attrs for _, attrs in self.tags if name in attrs.get("class", "").split()]


def parsed(text: str) -> Elements:
    elements = Elements()
    elements.feed(text)
    return elements


def test_article_text_is_shown_whole_and_once():
    elements = parsed(rendered(sample_report()))
    assert "".join(elements.article_text) == ARTICLE


def test_both_claims_of_each_finding_are_anchored_and_point_at_each_other():
    elements = parsed(rendered(sample_report()))
    refs = {attrs["id"]: attrs["href"] for attrs in elements.with_class("fc-ref")}
    assert refs == {f"r0-f{n}-{role}": f"#r0-f{n}-{'b' if role == 'a' else 'a'}"
                    for n in (1, 2, 3) for role in "ab"}


def test_marks_cover_exactly_the_claims_and_list_each_finding_that_shares_them():
    report = sample_report()
    elements = parsed(rendered(report))
    marks = elements.with_class("fc-mark")
    claims_of_marks = {claim for attrs in marks for claim in attrs["data-claims"].split()}
    assert claims_of_marks == {f"r0-f{n}-{role}" for n in (1, 2, 3) for role in "ab"}
    # the quantifier finding and the attributed one share their claim A
    assert any(set(attrs["data-claims"].split()) >= {"r0-f1-a", "r0-f3-a"} for attrs in marks)


def test_conflicting_words_are_emphasised_in_the_article_and_in_the_card():
    text = rendered(sample_report())
    assert '<mark class="fc-mark fc-sev-error fc-conflict" data-claims="r0-f1-a r0-f3-a">the majority</mark>' in text
    assert '<strong class="fc-conflict">all ten</strong>' in text


def test_each_card_carries_severity_kind_score_explanation_and_both_lines():
    text = rendered(sample_report())
    card = re.search(r'<li class="fc-finding fc-sev-error" id="r0-f1".*?</li>', text).group(0)
    assert 'data-severity="error" data-kind="quantifier"' in card
    assert "#1 error · quantifier · score 0.93" in card
    assert "A · line 2</a>" in card and "B · line 4</a>" in card
    assert "&#x27;the majority&#x27; of the drones cannot be &#x27;all ten&#x27;" in card


def test_filters_offer_each_severity_and_kind_present_with_counts():
    elements = parsed(rendered(sample_report()))
    boxes = {(attrs["data-filter"], attrs["value"]) for tag, attrs in elements.tags if "data-filter" in attrs}
    assert boxes == {("severity", "error"), ("severity", "info"),
                     ("kind", "quantifier"), ("kind", "date"), ("kind", "attributed")}
    assert 'error <span class="fc-count">(2)</span>' in rendered(sample_report())


def test_article_markup_is_escaped_and_cannot_run():
    document = make_document(HOSTILE)
    report = sample_report(document)
    text = rendered(report)
    elements = parsed(text)
    assert [tag for tag, _ in elements.tags].count("script") == 1  # the report's own
    assert "img" not in [tag for tag, _ in elements.tags]
    assert not any(name.startswith("on") for _, attrs in elements.tags for name in attrs)
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in text
    assert "".join(elements.article_text) == HOSTILE


def test_a_path_with_markup_is_escaped_too():
    report = clean_report(path='<b onmouseover="x()">a.txt')
    text = rendered(report)
    assert "&lt;b onmouseover=&quot;x()&quot;&gt;a.txt" in text
    assert "<b " not in text


def test_the_file_needs_nothing_from_the_network():
    text = rendered(sample_report())
    elements = parsed(text)
    urls = [value for _, attrs in elements.tags for name, value in attrs.items() if name in ("src", "href")]
    assert all(url.startswith("#") for url in urls)
    assert not re.search(r"url\(|@import|https?://", asset("report.css") + asset("report.js"))


def test_content_security_policy_allows_only_the_files_own_style_and_script():
    text = rendered(sample_report())
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', text).group(1)
    style = re.search(r"<style>(.*?)</style>", text, re.DOTALL).group(1)
    script = parsed(text).scripts[0]
    assert f"style-src {csp_source(style)}" in policy and f"script-src {csp_source(script)}" in policy
    assert "default-src 'none'" in policy and "connect-src 'none'" in policy


def test_print_stylesheet_hides_the_controls_and_keeps_marks_visible_without_colour():
    print_rules = asset("report.css").split("@media print", 1)[1]
    assert ".fc-controls" in print_rules and "display: none" in print_rules
    assert "border-bottom: 1.5px solid #000" in print_rules


def test_same_report_gives_the_same_bytes():
    assert rendered(sample_report()) == rendered(sample_report())


def test_clean_report_says_so_and_has_no_filters():
    text = rendered(clean_report())
    assert "No contradictions found" in text and 'class="fc-controls"' not in text


def test_several_files_get_their_own_sections_and_ids():
    second = sample_report(make_document(path="second.txt"))
    elements = parsed(rendered(sample_report(), second))
    ids = [attrs["id"] for attrs in elements.with_class("fc-finding")]
    assert ids == ["r0-f1", "r0-f2", "r0-f3", "r1-f1", "r1-f2", "r1-f3"]


def test_overlapping_claims_of_two_findings_split_into_pieces_without_nesting():
    report = sample_report()
    first = report.findings[0]
    widened = replace(first.b, span=Span(first.b.span.start - 15, first.b.span.end))  # "Officials said all ten..."
    overlapping = replace(report.findings[1], a=widened)  # now overlaps finding 1's claim B
    report = Report(document=report.document, findings=(first, overlapping), stats=Stats())
    elements = parsed(rendered(report))
    assert "".join(elements.article_text) == ARTICLE
    pieces = [attrs["data-claims"] for attrs in elements.with_class("fc-mark")]
    assert "r0-f2-a" in pieces and "r0-f1-b r0-f2-a" in pieces
