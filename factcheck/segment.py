"""Sentences with character spans: nltk Punkt with parameters trained and shipped by the project.

Why Punkt: it learns abbreviations and sentence starters without supervision, so a model trained on a
small news corpus already beats naive period splitting. Its English pickle cannot be downloaded here,
so ``models/punkt/english.json`` (made by ``models/punkt/train_punkt.py``) is loaded at run time.

Two rules sit on top of Punkt: a blank line always ends a sentence (so a sentence never runs across
paragraphs, headings or list items), and a "sentence" longer than ``MAX_SENTENCE_CHARS`` is cut at
whitespace into bounded chunks, so later stages never see a megabyte-long unit.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from factcheck.errors import ModelError
from factcheck.resources import shipped
from factcheck.types import Sentence, Span

PUNKT_PARAMETERS = shipped("punkt") / "english.json"
MAX_SENTENCE_CHARS = 1_000
# A paragraph with a line this long is not hard-wrapped, so each of its line breaks ends a block
# (a headline or dateline line above the first paragraph of a plain-text article).
UNWRAPPED_LINE_CHARS = 100
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v]*\n\s*")
# "[17] Placed under ..." : a reference mark after a full stop belongs to the sentence before it.
_LEADING_CITATION = re.compile(r"\[\d+(?:\s*[-\u2013,]\s*\d+)*\]")
# "2.1." alone: Punkt ends a sentence after a section or list number; it starts the next one instead.
_ENUMERATOR_ONLY = re.compile(r"\(?\d{1,3}(?:\.\d{1,3})*[.)]")


def load_parameters(path: Path = PUNKT_PARAMETERS) -> PunktParameters:
    """Read Punkt parameters from the project's JSON form (never a pickle)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read sentence splitter parameters {path}: {exc}") from None
    params = PunktParameters()
    params.abbrev_types = set(data["abbrev_types"])
    params.collocations = {tuple(pair) for pair in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    params.ortho_context = defaultdict(int, data["ortho_context"])
    return params


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    return PunktSentenceTokenizer(load_parameters())


def _blank_line_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while (newline := text.find("\n", start, end)) != -1:
        yield start, newline
        start = newline + 1
    yield start, end


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of the blocks no sentence may cross: blank-line paragraphs, and the
    lines of a paragraph that is not hard-wrapped (one of its lines is very long)."""
    for start, end in _blank_line_spans(text):
        lines = list(_line_spans(text, start, end))
        if len(lines) > 1 and max(b - a for a, b in lines) > UNWRAPPED_LINE_CHARS:
            yield from lines
        else:
            yield start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def bounded_chunks(text: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> Iterator[tuple[int, int]]:
    """Cut ``text[start:end]`` into trimmed pieces of at most ``limit`` chars, at whitespace when possible."""
    while end - start > limit:
        cut = start + limit
        space = max(text.rfind(" ", start + 1, cut + 1), text.rfind("\n", start + 1, cut + 1))
        if space > start + limit // 2:
            cut = space
        piece = _trim(text, start, cut)
        if piece[0] < piece[1]:
            yield piece
        start = _trim(text, cut, end)[0]
    if start < end:
        yield start, end


# A number, a stop, a space and one to three digits: a decimal that a tokenizer pulled apart
# ("14. 04 meters", common in text exported from treebanks), not the end of a sentence. News style
# never starts a sentence with a numeral other than a year, and years (four digits) are left alone.
_SPLIT_DECIMAL = re.compile(r"(?<![\d.])\d{1,3}\.$")
_SPLIT_DECIMAL_REACH = 8  # characters: three digits, the stop, a newline, and the character before
_DECIMAL_TAIL = re.compile(r"\d{1,3}(?!\d)")


def _repair(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Move leading reference marks back and join bare enumerators forward, within one paragraph."""
    repaired: list[tuple[int, int]] = []
    pending_start: int | None = None
    for start, end in ranges:
        if pending_start is not None:
            start, pending_start = pending_start, None
        citation = _LEADING_CITATION.match(text, start, end)
        if citation and repaired:
            repaired[-1] = (repaired[-1][0], citation.end())
            start = _trim(text, citation.end(), end)[0]
        if start >= end:
            continue
        if _ENUMERATOR_ONLY.fullmatch(text, start, end):
            pending_start = start
            continue
        # the match ends the previous sentence (its '$' may stand before a final newline), so looking at
        # its last few characters finds what a search of the whole text before it would, in constant time
        if (repaired and _SPLIT_DECIMAL.search(text, max(0, repaired[-1][1] - _SPLIT_DECIMAL_REACH), repaired[-1][1])
                and _DECIMAL_TAIL.match(text, start)):
            repaired[-1] = (repaired[-1][0], end)  # "a beam of 14. 04 meters": one number, one sentence
            continue
        repaired.append((start, end))
    if pending_start is not None:
        repaired.append((pending_start, ranges[-1][1]))
    return repaired


# "in the town of Shrewsbury.Plume arrives": a full stop with the space lost (copy-paste from the
# web). Two lower-case letters before and a capitalised word after make a domain or an
# abbreviation unlikely; "U.S.Army" or "e.g.Smith" do not match.
_GLUED_STOP = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]+\b)(?<!\bwww\.)")


def _unglued(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a sentence where two sentences were glued together without a space."""
    cuts = [m.start() for m in _GLUED_STOP.finditer(text, start, end)]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]


def _paragraph_sentences(text: str, par_start: int, par_end: int) -> list[tuple[int, int]]:
    ranges = []
    for sent_start, sent_end in _tokenizer().span_tokenize(text[par_start:par_end]):
        for piece_start, piece_end in _unglued(text, par_start + sent_start, par_start + sent_end):
            start, end = _trim(text, piece_start, piece_end)
            if start < end:
                ranges.append((start, end))
    return _repair(text, ranges) if ranges else []


def _sentence_ranges(text: str) -> Iterator[tuple[int, int]]:
    for par_start, par_end in paragraph_spans(text):
        for start, end in _paragraph_sentences(text, par_start, par_end):
            yield from bounded_chunks(text, start, end)


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences whose spans index ``text`` itself (``text[span] == sentence.text``)."""
    return [
        Sentence(index=index, span=Span(start, end), text=text[start:end])
        for index, (start, end) in enumerate(_sentence_ranges(text))
    ]
