"""The sample articles and their gold annotations stay usable by `factcheck eval samples/`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.evaluation.datasets import GOLD_KINDS, Form, load_dataset

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
GOLD = [json.loads(line) for line in (SAMPLES / "gold.jsonl").read_text(encoding="utf-8").splitlines()]


def passages(record: dict) -> list[str]:
    pairs = record["contradictions"] + record["traps"]
    return [text for pair in pairs for text in (pair["a"], pair["b"])]


def test_gold_loads_as_an_annotated_article_folder():
    dataset = load_dataset(SAMPLES)
    assert dataset.form is Form.ARTICLES
    assert len(dataset.items) == len(GOLD) >= 5


@pytest.mark.parametrize("record", GOLD, ids=[r["id"] for r in GOLD])
def test_every_gold_passage_is_an_exact_substring_of_its_article(record):
    article = next(SAMPLES.glob(f"{record['id']}.*"))
    text = article.read_text(encoding="utf-8")
    assert [p for p in passages(record) if p not in text] == []


@pytest.mark.parametrize("record", GOLD, ids=[r["id"] for r in GOLD])
def test_every_gold_passage_survives_markup_stripping(record):
    document = pytest.importorskip("factcheck.document")
    prose = document.load_document(next(SAMPLES.glob(f"{record['id']}.*"))).text
    assert [p for p in passages(record) if p not in prose] == []


def test_clean_articles_have_no_contradictions_but_traps():
    clean = [r for r in GOLD if r["clean"]]
    assert clean and all(not r["contradictions"] and len(r["traps"]) >= 5 for r in clean)


def test_contradictions_cover_every_kind():
    # samples/ predates the eight kinds of the development set (samples/devset); it keeps the six it was
    # written with, one office with two names being a role.
    kinds = {pair["kind"] for record in GOLD for pair in record["contradictions"]}
    assert kinds == {"numeric", "quantifier", "negation", "date", "role", "general"} and kinds <= GOLD_KINDS


def test_harbour_fire_demo_is_markdown_with_front_matter_heading_link_and_two_contradictions():
    text = (SAMPLES / "harbour-fire.md").read_text(encoding="utf-8")
    record = next(r for r in GOLD if r["id"] == "harbour-fire")
    assert text.startswith("---\n") and "\n# " in text and "](https://" in text and "```" not in text
    assert len(record["contradictions"]) >= 2
