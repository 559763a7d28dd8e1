"""The page of ``factcheck serve`` and the HTML report, in a real headless Chromium.

Chromium comes from the system (Debian's ``chromium`` package; ``.ci/run`` installs it) and is
driven by playwright; these tests skip where either is missing.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

sync_api = pytest.importorskip("playwright.sync_api")
pytest.importorskip("fastapi")

from factcheck.config import Config  # noqa: E402
from factcheck.report import render  # noqa: E402
from tests.output_fixtures import ARTICLE, make_document, sample_report  # noqa: E402
from tests.serving import chromium_path, launch_chromium  # noqa: E402

pytestmark = pytest.mark.skipif(chromium_path() is None, reason="no Chromium installed (apt-get install chromium)")

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "samples" / "kyiv-drone-attack.txt"
WAIT_MS = 180_000  # a check on 2 busy cores can take a while
HOSTILE = ('12 people were injured in the blast. <script>window.pwned = 1</script>'
           '<img src=x onerror="window.pwned = 2"> Police said 8 people were injured in the blast.')
SAW_PROGRESS = """() => {
    window.sawProgress = false;
    const bar = document.getElementById('fc-progress');
    new MutationObserver(() => { if (!bar.hidden) window.sawProgress = true; })
        .observe(bar, {attributes: true, attributeFilter: ['hidden']});
}"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with sync_api.sync_playwright() as playwright:
        context = launch_chromium(playwright, tmp_path_factory.mktemp("chromium-profile"))
        yield context
        context.close()


@pytest.fixture()
def page(browser):
    tab = browser.new_page()
    tab.errors = []
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    tab.on("dialog", lambda dialog: (tab.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield tab
    assert tab.errors == []
    tab.close()


def finding_with(page, words: str):
    return page.locator(".fc-finding", has_text=words).first


def marks_of(page, finding_id: str, role: str):
    return page.locator(f'mark[data-claims~="{finding_id}-{role}"]')


def assert_landed_on(page, finding_id: str, role: str) -> None:
    expect = sync_api.expect
    expect(page.locator(f"#{finding_id}-{role}")).to_be_focused()
    expect(page.locator(f"#{finding_id}-{role}")).to_be_in_viewport()
    for each in ("a", "b"):
        for mark in marks_of(page, finding_id, each).all():
            expect(mark).to_have_class(re.compile(r"\bfc-current\b"))


# --- the page of factcheck serve --------------------------------------------------------------------

@pytest.mark.skipif(not SEED.exists(), reason="the seed article is in ../shared/samples")
def test_seed_article_pasted_into_the_page_shows_majority_against_all_ten(page, browser, server):
    browser.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url.rstrip("/"))
    page.goto(server.url)
    page.evaluate(SAW_PROGRESS)
    page.evaluate("text => navigator.clipboard.writeText(text)", SEED.read_text(encoding="utf-8"))
    page.locator("#fc-article").click()
    page.keyboard.press("Control+V")  # pasting starts the check

    card = finding_with(page, "all ten")
    card.wait_for(timeout=WAIT_MS)
    assert page.evaluate("window.sawProgress") and page.locator("#fc-progress").is_hidden()
    assert "Checked as plain text" in page.locator("#fc-status-text").inner_text()
    finding_id = card.get_attribute("data-finding")
    highlighted = " ".join(marks_of(page, finding_id, "a").all_inner_texts() + marks_of(page, finding_id, "b").all_inner_texts())
    assert "the majority" in highlighted and "all ten" in highlighted
    conflict = page.locator(f'mark.fc-conflict[data-claims~="{finding_id}-a"]')
    assert "majority" in " ".join(conflict.all_inner_texts())

    card.locator(".fc-select").click()
    assert_landed_on(page, finding_id, "a")
    page.keyboard.press("Enter")  # on claim A's badge: on to claim B
    assert_landed_on(page, finding_id, "b")


def test_an_opened_markdown_file_is_checked_under_its_name(page, server, tmp_path):
    article = tmp_path / "blast.md"
    article.write_text("# Blast\n\n12 people were injured in the blast.\n\n"
                       "Police said 8 people were injured in the blast.\n", encoding="utf-8")
    page.goto(server.url)
    page.set_input_files("#fc-file", str(article))
    finding_with(page, "8 people").wait_for(timeout=WAIT_MS)
    assert page.locator(".fc-file h2").inner_text() == "blast.md"
    assert page.locator("#fc-status-text").inner_text().startswith("Checked as markdown")


def test_the_servers_reason_is_shown_when_the_article_cannot_be_checked(page, server):
    page.goto(server.url)
    page.select_option("#fc-format", "html")
    page.fill("#fc-article", "<script>only(a, script)</script>")
    page.click("#fc-run")
    alert = page.locator("#fc-error")
    alert.wait_for(timeout=WAIT_MS)
    assert "no prose to check" in alert.inner_text()
    assert page.locator("#fc-result .fc-finding").count() == 0


def test_markup_in_a_pasted_article_stays_text(page, server):
    page.goto(server.url)
    page.select_option("#fc-format", "text")
    page.fill("#fc-article", HOSTILE)
    page.click("#fc-run")
    finding_with(page, "8 people").wait_for(timeout=WAIT_MS)
    assert page.evaluate("window.pwned") is None
    assert "<script>window.pwned = 1</script>" in page.locator(".fc-article").inner_text()
    assert page.locator(".fc-article img, .fc-article script").count() == 0


# --- the HTML report file ---------------------------------------------------------------------------

@pytest.fixture()
def report_file(tmp_path) -> Path:
    out = io.StringIO()
    hostile = ARTICLE + '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">\n'
    render([sample_report(make_document(hostile))], "html", out, config=Config())
    path = tmp_path / "report.html"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_report_file_moves_between_findings_and_claims_by_keyboard(page, report_file):
    page.goto(report_file.as_uri())
    expect = sync_api.expect
    page.keyboard.press("j")
    expect(page.locator("#r0-f1")).to_be_focused()
    page.keyboard.press("n")
    expect(page.locator("#r0-f2")).to_be_focused()
    page.keyboard.press("k")
    expect(page.locator("#r0-f1")).to_be_focused()
    page.keyboard.press("Enter")
    assert_landed_on(page, "r0-f1", "a")
    page.keyboard.press("Enter")
    assert_landed_on(page, "r0-f1", "b")
    page.keyboard.press("Escape")
    expect(page.locator("#r0-f1")).to_be_focused()


def test_report_file_filters_hide_findings_and_their_highlights(page, report_file):
    page.goto(report_file.as_uri())
    page.locator('input[data-filter="severity"][value="error"]').uncheck()
    assert page.locator(".fc-finding:visible").count() == 1  # the attributed (info) one
    assert page.locator(".fc-shown").inner_text() == "Showing 1 of 3 findings."
    date_claim = page.locator('mark[data-claims="r0-f2-a"]')  # the pieces of finding 2 (a date error) only
    assert all("fc-off" in piece.get_attribute("class") for piece in date_claim.all())
    assert page.locator("#r0-f2-a").is_hidden()
    page.locator('input[data-filter="kind"][value="attributed"]').uncheck()
    assert page.locator(".fc-finding:visible").count() == 0


def test_report_file_runs_nothing_from_the_article_and_fetches_nothing(page, report_file):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(report_file.as_uri())
    assert page.evaluate("window.pwned") is None
    assert "<script>window.pwned = 1</script>" in page.locator(".fc-article").inner_text()
    assert requests == [report_file.as_uri()]


def test_report_file_prints_without_its_controls(page, report_file):
    page.goto(report_file.as_uri())
    page.emulate_media(media="print")
    assert page.locator(".fc-controls").is_hidden()
    assert page.locator(".fc-finding").first.is_visible() and page.locator(".fc-article").is_visible()
