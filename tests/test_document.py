"""Loading articles: prose extraction, source positions, suppressions, and bad input."""

from __future__ import annotations

import io
import os
import sys

import pytest

from factcheck.document import document_from_text, load_document
from factcheck.errors import InputError


def position_of(document, word: str) -> tuple[int, int]:
    return document.source_map.position(document.text.index(word))


def write(tmp_path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


MARKDOWN = """---
title: Drones
---
# Drones hit Kyiv

Ten drones were [shot down](http://example.com/x) by **air defences**.
A second line &amp; more.

```
code = "not a claim"
```

<!-- a plain comment -->
- first item here
- second item here

![a picture](picture.png)
"""


def test_markdown_keeps_prose_and_drops_code_front_matter_links_and_images() -> None:
    document = document_from_text(MARKDOWN, fmt="md")
    for kept in ("Drones hit Kyiv", "shot down", "air defences", "A second line & more.", "first item here"):
        assert kept in document.text
    for dropped in ("title", "code", "example.com", "picture", "comment", "**", "```"):
        assert dropped not in document.text


@pytest.mark.parametrize(
    "word, line_column",
    [("Drones hit", (4, 3)), ("Ten", (6, 1)), ("air defences", (6, 56)), ("A second", (7, 1)), ("more", (7, 21)),
     ("second item", (15, 3))],
)
def test_markdown_characters_map_to_their_source_line_and_column(word: str, line_column: tuple[int, int]) -> None:
    assert position_of(document_from_text(MARKDOWN, fmt="md"), word) == line_column


def test_blocks_are_separated_by_blank_lines() -> None:
    document = document_from_text("# Title\n\nFirst para.\n\n- item one here\n", fmt="md")
    assert document.text.startswith("Title\n\nFirst para.\n\nitem one here")


HTML = """<html><head><title>Site</title><script>var x = 1;</script></head>
<body><nav>Home | News</nav><header>Logo</header>
<article><h1>Drones hit Kyiv</h1>
<p>Ten drones were <b>shot</b> down &amp; five people died.</p>
<aside>Related stories</aside><form>Subscribe</form>
<p>Officials said more attacks were likely.</p></article>
<footer>Copyright</footer></body></html>"""


def test_html_keeps_the_article_body_and_drops_boilerplate() -> None:
    document = document_from_text(HTML, fmt="html")
    assert "Ten drones were shot down & five people died." in document.text
    assert "Drones hit Kyiv\n\nTen drones" in document.text
    for dropped in ("Home", "Logo", "Related", "Subscribe", "Copyright", "var x", "Site"):
        assert dropped not in document.text


@pytest.mark.parametrize("word, line_column", [("Drones hit", (3, 14)), ("Ten", (4, 4)), ("shot", (4, 23)),
                                               ("Officials", (6, 4))])
def test_html_characters_map_to_their_source_line_and_column(word: str, line_column: tuple[int, int]) -> None:
    assert position_of(document_from_text(HTML, fmt="html"), word) == line_column


def test_deeply_nested_html_does_not_overflow() -> None:
    html = "<div>" * 5_000 + "<p>Deep text is still prose.</p>" + "</div>" * 5_000
    assert "Deep text is still prose." in document_from_text(html, fmt="html").text


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_ignore_comment_exempts_the_next_paragraph(fmt: str) -> None:
    text = "First para stays.\n\n<!-- factcheck: ignore -->\nSecond para is exempt.\n\nThird stays."
    document = document_from_text(text, fmt=fmt)
    suppressed = [document.text[span.start : span.end] for span in document.suppressed]
    assert suppressed == ["Second para is exempt."]


def test_off_and_on_comments_exempt_the_region_between_them() -> None:
    html = ("<article><p>One.</p><!-- factcheck: off --><p>Two.</p><p>Three.</p>"
            "<!-- factcheck: on --><p>Four.</p></article>")
    document = document_from_text(html, fmt="html")
    (span,) = document.suppressed
    covered = document.text[span.start : span.end]
    assert "Two." in covered and "Three." in covered and "One." not in covered and "Four." not in covered


def test_windows_and_old_mac_line_endings_are_normalised_with_positions_kept() -> None:
    document = document_from_text("First line.\r\nSecond line.\rThird line.", fmt="txt")
    assert "\r" not in document.text
    assert position_of(document, "Second") == (2, 1)
    assert position_of(document, "Third") == (3, 1)


def test_control_characters_become_spaces_and_offsets_stay_aligned() -> None:
    document = document_from_text("Ten\x00drones\x07fell.\tThen more.", fmt="txt")
    assert document.text == "Ten drones fell.\tThen more."
    assert position_of(document, "fell") == (1, 12)


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Grüße aus Kyiv 🚀 — שלום.".encode("utf-8-sig"), "Grüße aus Kyiv 🚀 — שלום."),
        ("Grüße aus Kyiv.".encode("utf-16"), "Grüße aus Kyiv."),
        ("Grüße aus Kyiv.".encode("utf-16-be").join([b"\xfe\xff", b""]), "Grüße aus Kyiv."),
    ],
)
def test_utf8_bom_and_utf16_bom_files_are_decoded(tmp_path, data: bytes, expected: str) -> None:
    document = load_document(write(tmp_path, "a.txt", data))
    assert document.text == expected and document.warnings == ()


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path) -> None:
    document = load_document(write(tmp_path, "a.txt", b"Ten drones \xff\xfe fell."))
    assert "\ufffd" in document.text
    assert len(document.warnings) == 1 and "invalid UTF-8" in document.warnings[0]


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n ", "empty"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00", "binary"),
        ("nul.txt", b"text\x00with nul", "binary"),
        ("code.md", b"```\nonly code\n```\n", "no prose"),
    ],
)
def test_unusable_content_is_refused_with_a_one_line_message(tmp_path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as error:
        load_document(write(tmp_path, name, data))
    assert "\n" not in str(error.value)


def test_missing_file_and_directory_are_refused(tmp_path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_document(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        load_document(tmp_path)


def test_symlink_loop_is_refused(tmp_path) -> None:
    os.symlink(tmp_path / "b", tmp_path / "a")
    os.symlink(tmp_path / "a", tmp_path / "b")
    with pytest.raises(InputError, match="symbolic link loop"):
        load_document(tmp_path / "a")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_refused(tmp_path) -> None:
    path = write(tmp_path, "secret.txt", b"Some text.")
    os.chmod(path, 0)
    with pytest.raises(InputError, match="permission denied"):
        load_document(path)


def test_oversized_file_is_refused_from_its_size_naming_the_limit_and_flag(tmp_path) -> None:
    path = write(tmp_path, "big.txt", b"word " * 1_000)
    with pytest.raises(InputError, match=r"limit of 100 characters.*--max-chars"):
        load_document(path, max_chars=100)


def test_multibyte_text_within_the_limit_is_accepted(tmp_path) -> None:
    path = write(tmp_path, "a.txt", "ü".encode() * 90)
    assert len(load_document(path, max_chars=100).text) == 90


def test_stdin_is_read_for_dash(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"From standard input.")))
    document = load_document("-")
    assert document.text == "From standard input." and document.path is None


def test_format_follows_the_extension(tmp_path) -> None:
    document = load_document(write(tmp_path, "a.html", b"<p>Para one.</p><p>Para two.</p>"))
    assert document.text.startswith("Para one.\n\nPara two.")


def test_ten_megabytes_of_prose_map_positions_quickly(tmp_path) -> None:
    line = "Ten drones were shot down over the city.\r\n"
    document = load_document(write(tmp_path, "big.txt", (line * 250_000).encode()), max_chars=12_000_000)
    assert document.source_map.position(len(document.text) - 2) == (250_000, len(line) - 1)
