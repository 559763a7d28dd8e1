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
from factcheck.types import Sentence, Span

PUNKT_PARAMETERS = Path(__file__).resolve().parents[1] / "models" / "punkt" / "english.json"
MAX_SENTENCE_CHARS = 1_000
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v]*\n\s*")


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


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of the blocks between blank lines."""
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


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


def _sentence_ranges(text: str) -> Iterator[tuple[int, int]]:
    tokenizer = _tokenizer()
    for par_start, par_end in paragraph_spans(text):
        block = text[par_start:par_end]
        for sent_start, sent_end in tokenizer.span_tokenize(block):
            start, end = _trim(text, par_start + sent_start, par_start + sent_end)
            if start < end:
                yield from bounded_chunks(text, start, end)


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences whose spans index ``text`` itself (``text[span] == sentence.text``)."""
    return [
        Sentence(index=index, span=Span(start, end), text=text[start:end])
        for index, (start, end) in enumerate(_sentence_ranges(text))
    ]
