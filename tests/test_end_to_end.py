"""The whole checker with the shipped model on articles whose contradictions are known.

The model loads once for the module. These pin what the checker finds today on the gold
annotations in samples/gold.jsonl and on the article the project started from; a regression in
any stage (loading, sentences, claims, pairing, rules, model, judge) shows up here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.config import Config
from factcheck.nli import NLIModel
from factcheck.pipeline import check, check_file, judge_sentence_pair
from factcheck.types import Kind

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
KYIV = REPO / ".." / "shared" / "samples" / "kyiv-drone-attack.txt"


@pytest.fixture(scope="module")
def model() -> NLIModel:
    return NLIModel.load(None)


def gold_pair(article: str, a_starts: str) -> dict:
    for line in (SAMPLES / "gold.jsonl").read_text().splitlines():
        row = json.loads(line)
        if row["id"] == article:
            return next(c for c in row["contradictions"] if c["a"].startswith(a_starts))
    raise LookupError(article)


def finds(report, pair: dict) -> bool:
    text = report.document.text
    a, b = text.find(pair["a"]), text.find(pair["b"])
    assert a >= 0 and b >= 0, "gold substrings must be in the prose"

    def overlaps(claim, start, length):
        return claim.span.start < start + length and start < claim.span.end

    return any((overlaps(f.a, a, len(pair["a"])) and overlaps(f.b, b, len(pair["b"])))
               or (overlaps(f.a, b, len(pair["b"])) and overlaps(f.b, a, len(pair["a"])))
               for f in report.findings)


def test_kyiv_article_first_finding_is_majority_against_all_ten_drones(model):
    if not KYIV.exists():
        pytest.skip("../shared is not beside the repository")
    report = check_file(KYIV, model=model)
    first = report.findings[0]
    assert first.kind is Kind.QUANTIFIER
    assert "the majority of the unmanned aerial vehicles" in first.a.text
    assert "all ten drones" in first.b.text
    assert "implies not all" in first.explanation
    assert len(report.findings) <= 3


@pytest.mark.parametrize(
    ("article", "a_starts", "kind"),
    [
        ("harbour-fire", "eight people were injured", Kind.ATTRIBUTED),  # fire chief vs port authority
        ("harbour-fire", "the neighbouring fuel depot was not damaged", Kind.NEGATION),
        # found by the model alone, with no rule behind it: general (issue 14; they were named
        # negation and numeric from the words that differ, out of reach of [severities] general).
        # Known misses since model-only calls between claims the parse does not show to tell one
        # act weigh a third (judge.UNALIGNED_DISCOUNT): that discount took false findings per clean
        # devset article from 2.0 to 0.5 and these two real ones with them.
        pytest.param("flood-evacuation", "No one was injured", Kind.GENERAL, marks=pytest.mark.xfail(
            strict=True, reason="'injured' / 'injuries' share no participant the parse shows")),
        pytest.param("factory-closure", "The plant employs 450 people", Kind.GENERAL, marks=pytest.mark.xfail(
            strict=True, reason="'employs 450 people' / 'cost all 380 jobs' are not one act to the parse")),
    ],
)
def test_gold_contradiction_in_sample_is_found_with_its_kind(model, article, a_starts, kind):
    path = next(SAMPLES.glob(f"{article}.*"))
    report = check_file(path, model=model)
    pair = gold_pair(article, a_starts)
    assert finds(report, pair)
    found = [f for f in report.findings if f.kind is kind]
    assert found, f"no {kind.value} finding in {path.name}"


def test_checking_the_same_text_twice_gives_the_same_findings(model):
    text = (SAMPLES / "flood-evacuation.txt").read_text()
    first, second = check(text, model=model), check(text, model=model)
    assert [(f.fingerprint, f.score) for f in first.findings] == [(f.fingerprint, f.score) for f in second.findings]


def test_sentence_pair_with_changed_count_is_judged_a_numeric_conflict(model):
    # digits: since the rules read the parse (d84cc56), 'Twelve' / 'Eight' get no rule conflict, and
    # a model-only contradiction is kind general (issue 14), so number words no longer make this numeric
    verdict = judge_sentence_pair("12 people were injured in the blast.",
                                  "8 people were injured in the blast.", model=model)
    assert verdict is not None and verdict.kind is Kind.NUMERIC and verdict.score >= Config().threshold


def test_sentence_repeated_word_for_word_is_not_a_contradiction(model):
    sentence = "It was formed in 1944 and was tasked with the defence of the home islands."
    verdict = judge_sentence_pair(sentence, sentence, model=model)
    assert verdict is None or verdict.score < Config().threshold
