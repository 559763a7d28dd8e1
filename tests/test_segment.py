"""Sentence splitting: Punkt with shipped parameters, paragraph blocks, bounded chunks."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from factcheck.segment import MAX_SENTENCE_CHARS, load_parameters, split_sentences

REPO = Path(__file__).resolve().parents[1]
GUM = REPO / ".." / "shared" / "data" / "treebanks" / "gum"


def texts(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kyiv was attacked. Ten drones were shot down.", ["Kyiv was attacked.", "Ten drones were shot down."]),
        ("The play opens in Shrewsbury.Plume arrives in love.", ["The play opens in Shrewsbury.", "Plume arrives in love."]),
        ("Details are at www.Example.com today.", ["Details are at www.Example.com today."]),
        ("The U.S.Army said so.", ["The U.S.Army said so."]),
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        ("The U.S. Army said so. It left.", ["The U.S. Army said so.", "It left."]),
        ("It began at 3 a.m. on Jan. 5 in Kyiv.", ["It began at 3 a.m. on Jan. 5 in Kyiv."]),
        ('"Nobody died," he said. Really?', ['"Nobody died," he said.', "Really?"]),
        ("He lived in Dulwich. [17] Then he left.", ["He lived in Dulwich. [17]", "Then he left."]),
        ("2.1. New Institutional Economics", ["2.1. New Institutional Economics"]),
        ("It had a beam of 14. 04 meters. It sailed.", ["It had a beam of 14. 04 meters.", "It sailed."]),
        ("He scored in 2019. 2020 was worse.", ["He scored in 2019.", "2020 was worse."]),
    ],
)
def test_punkt_splits_news_sentences_and_keeps_abbreviations(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_blank_line_ends_a_sentence_without_full_stop() -> None:
    assert texts("A headline without a stop\n\nThe body starts here.") == [
        "A headline without a stop",
        "The body starts here.",
    ]


def test_line_breaks_split_blocks_when_paragraph_lines_are_long() -> None:
    body = "The body is one long unwrapped line " + "that goes on " * 10 + "to the end."
    assert texts(f"Headline line\n{body}") == ["Headline line", body]


def test_hard_wrapped_lines_stay_one_sentence() -> None:
    assert texts("The committee decided to raise\nthe target range today.") == [
        "The committee decided to raise\nthe target range today."
    ]


def test_spans_quote_the_text_exactly_and_are_trimmed() -> None:
    text = "  First one.   Second one!\n\n\n  Third?  "
    sentences = split_sentences(text)
    assert [s.index for s in sentences] == [0, 1, 2]
    for sentence in sentences:
        assert text[sentence.span.start : sentence.span.end] == sentence.text == sentence.text.strip()


def test_megabyte_line_without_full_stop_is_cut_into_bounded_chunks() -> None:
    text = "word " * 200_000
    sentences = split_sentences(text)
    assert len(sentences) > 900
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE_CHARS
    assert " ".join(s.text for s in sentences) == text.strip()


def test_chunking_hard_cuts_a_line_without_whitespace() -> None:
    sentences = split_sentences("x" * 2_500)
    assert [len(s.text) for s in sentences] == [1_000, 1_000, 500]


@pytest.mark.parametrize("text", ["", "   \n\n  \t"])
def test_empty_or_blank_text_has_no_sentences(text: str) -> None:
    assert split_sentences(text) == []


def test_shipped_parameters_are_json_with_learned_abbreviations() -> None:
    params = load_parameters()
    assert {"mr", "dr", "u.s"} <= params.abbrev_types
    assert params.ortho_context["the"] > 0


def test_boundary_f1_on_held_out_gum_genres_is_high() -> None:
    if not GUM.is_dir():
        pytest.skip("shared data not available")
    spec = importlib.util.spec_from_file_location("measure_segmentation", REPO / "scripts" / "measure_segmentation.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    scores = module.measure(GUM, ("court", "voyage"))
    assert scores.f1 > 0.95
