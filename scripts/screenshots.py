"""The two screenshots README shows, taken in the system's headless Chromium:

    docs/serve-page.png   the page of ``factcheck serve`` after the seed article was pasted and
                          its finding clicked
    docs/html-report.png  ``factcheck --format html`` of the seed article, first finding selected

    .venv/bin/python scripts/screenshots.py [--out docs]

Needs the test extra (playwright, the serve extra) and Chromium (``apt-get install chromium``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from playwright.sync_api import expect, sync_playwright  # noqa: E402

from tests.serving import chromium_path, launch_chromium, start_server  # noqa: E402

SEED = REPO / ".." / "shared" / "samples" / "kyiv-drone-attack.txt"
WAIT_MS = 300_000


def page_after_check(browser, url: str, out: Path) -> None:
    page = browser.new_page()
    page.goto(url)
    page.fill("#fc-article", SEED.read_text(encoding="utf-8"))
    page.fill("#fc-title", SEED.name)
    page.click("#fc-run")
    card = page.locator(".fc-finding", has_text="all ten").first
    card.wait_for(timeout=WAIT_MS)
    card.locator(".fc-select").click()
    expect(page.locator(".fc-ref.fc-current").first).to_be_in_viewport()
    page.set_viewport_size({"width": 1280, "height": 1280})  # the form, the status line and the report
    page.evaluate("window.scrollTo(0, 0); document.getElementById('fc-article').scrollTop = 0")
    page.screenshot(path=str(out))
    page.close()


def report_file(browser, folder: Path, out: Path) -> None:
    report = folder / "report.html"
    seed = SEED.resolve().relative_to(REPO.parent)  # shown in the report as ../shared/samples/...
    subprocess.run([sys.executable, "-m", "factcheck.cli", f"../{seed}", "--format", "html", "-o", str(report), "-q"],
                   check=False, cwd=REPO, env={"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"})
    page = browser.new_page()
    page.goto(report.as_uri())
    page.keyboard.press("j")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(out))
    page.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    args = parser.parse_args()
    if chromium_path() is None or not SEED.exists():
        raise SystemExit("needs Chromium (apt-get install chromium) and ../shared/samples/kyiv-drone-attack.txt")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        folder = Path(scratch)
        server = start_server(folder / "serve.log")
        try:
            browser = launch_chromium(playwright, folder / "profile")
            page_after_check(browser, server.url, args.out / "serve-page.png")
            report_file(browser, folder, args.out / "html-report.png")
            browser.close()
        finally:
            server.stop()
    for name in ("serve-page.png", "html-report.png"):
        print(f"{args.out / name}: {(args.out / name).stat().st_size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
