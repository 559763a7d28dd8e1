"""Where a claim stands in the source file, as every renderer needs it.

Spans point into the stripped prose; only renderers turn them into lines and columns, through
the document's source map, so that markdown and HTML findings point at the file the editor opens.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.types import Claim, Document, Span

STDIN_NAME = "<stdin>"


@dataclass(frozen=True)
class Location:
    """1-based line and column of the first character; end column is one past the last
    character (the SARIF convention, also what GitHub annotations expect)."""

    line: int
    column: int
    end_line: int
    end_column: int


def locate_span(span: Span, document: Document) -> Location:
    line, column = document.source_map.position(span.start)
    if span.end <= span.start:
        return Location(line, column, line, column)
    end_line, last_column = document.source_map.position(span.end - 1)
    return Location(line, column, end_line, last_column + 1)


def locate(claim: Claim, document: Document) -> Location:
    return locate_span(claim.span, document)


def display_path(document: Document) -> str:
    return document.path if document.path not in (None, "-") else STDIN_NAME


def quoted_text(claim: Claim, document: Document) -> str:
    """The claim as it stands in the article (what the reader will search for), else its text."""
    return document.text[claim.span.start : claim.span.end] or claim.text


def one_line(text: str) -> str:
    """Line-oriented formats must not be broken by a claim that spans lines."""
    return " ".join(text.split())
