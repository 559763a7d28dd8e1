"""Checking grows linearly with the length of a text and spends its time in the model (issue 14):
the pair budget, the model asked the other way round only where it can matter, and no stage that
rescans the text per sentence. Results must not change for it."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest

from factcheck import pipeline
from factcheck.claims import extract_claims
from factcheck.config import Config
from factcheck.document import load_document
from factcheck.judge import judge
from factcheck.pairing import MIN_PAIR_BUDGET, candidate_pairs, pair_budget
from factcheck.segment import split_sentences
from factcheck.types import NLIProbs

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


class HashModel:
    """A stand-in model whose answers differ by direction and spread over the whole range, so the
    shortcut is tried on every kind of score (a real model is tried in test_end_to_end)."""

    evaluations = 0

    def predict(self, pairs, progress=None):
        out = []
        for premise, hypothesis in pairs:
            digest = hashlib.sha1(f"{premise}\x1f{hypothesis}".encode()).digest()
            c, e = digest[0] / 255, digest[1] / 255 * (1 - digest[0] / 255)
            out.append(NLIProbs(entailment=round(e, 4), neutral=round(1 - c - e, 4), contradiction=round(c, 4)))
        return out


def findings_both_ways(document, config, model, monkeypatch):
    monkeypatch.setattr(pipeline, "_judge_one_way_first", lambda pairs, m, c: judge(pairs, m, config=c))
    try:
        return pipeline.check_document(document, config=config, model=model).findings
    finally:
        monkeypatch.undo()


@pytest.mark.parametrize("threshold", [0.05, 0.35, 0.6, 0.9])
@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md")))
def test_asking_the_model_the_other_way_only_where_it_matters_changes_no_finding(sample, threshold, monkeypatch):
    document = load_document(SAMPLES / sample)
    config = Config(threshold=threshold)
    lazy = pipeline.check_document(document, config=config, model=HashModel()).findings
    assert lazy == findings_both_ways(document, config, HashModel(), monkeypatch)


class RecordingModel(HashModel):
    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []

    def predict(self, pairs, progress=None):
        self.asked.extend(pairs)
        return super().predict(pairs, progress)


@pytest.mark.parametrize("threshold", [0.2, 0.35])
def test_the_model_is_asked_only_about_pairs_whose_score_it_can_lift_to_the_threshold(threshold):
    from factcheck.judge import gather_evidence

    document = load_document(SAMPLES / "council-vote.txt")
    paired = pipeline.pair_document(document)
    model = RecordingModel()
    pipeline.judge_document(paired, model, config=Config(threshold=threshold))
    forward = {(p.a.text, p.b.text) for p in paired.pairs}
    worth = {(p.a.text, p.b.text) for p in paired.pairs if gather_evidence(p).ceiling >= threshold}
    asked_forward = {pair for pair in model.asked if pair in forward}
    assert asked_forward == worth
    assert 0 < len(worth) < len(forward)  # some pairs can matter, and some cannot


def news_like(sentences: int) -> str:
    subjects = ["The council", "Police", "The mayor", "Firefighters", "The company", "Residents", "The court"]
    verbs = ["approved", "reported", "rejected", "counted", "inspected", "described", "announced"]
    things = ["the plan", "12 injuries", "the budget", "the bridge", "the ferry timetable", "a new depot"]
    lines = [f"{subjects[i % 7]} {verbs[i * 3 % 7]} {things[i * 5 % 6]} on day {i % 31 + 1} in district {i % 17}."
             for i in range(sentences)]
    return "\n\n".join(" ".join(lines[i: i + 5]) for i in range(0, len(lines), 5))


def test_pairs_stay_within_the_budget_so_a_long_text_grows_linearly(monkeypatch):
    from factcheck import pairing

    text = news_like(1_000)
    claims = extract_claims(text, split_sentences(text))
    everything = candidate_pairs(claims, config=Config())
    monkeypatch.setattr(pairing, "MIN_PAIR_BUDGET", 100)
    monkeypatch.setattr(pairing, "PAIRS_PER_CLAIM", 1)
    bounded = candidate_pairs(claims, config=Config())
    assert len(everything) > len(claims) and len(bounded) == len(claims)
    assert {(p.a.id, p.b.id) for p in bounded} <= {(p.a.id, p.b.id) for p in everything}


def test_the_budget_keeps_same_referent_pairs_then_counts_to_restate_then_the_most_similar(monkeypatch):
    from factcheck import pairing

    text = news_like(1_000)
    claims = extract_claims(text, split_sentences(text))
    everything = candidate_pairs(claims, config=Config())
    referent = {(p.a.id, p.b.id) for p in everything if p.why_candidate[0].startswith("same-referent")}
    counts = {(p.a.id, p.b.id) for p in everything if p.why_candidate[0] == "same-count"}
    similar = sorted((float(p.why_candidate[0].split(":")[1]), (p.a.id, p.b.id)) for p in everything
                     if p.why_candidate[0].startswith("similar"))
    monkeypatch.setattr(pairing, "MIN_PAIR_BUDGET", len(referent) + len(counts) + 50)
    monkeypatch.setattr(pairing, "PAIRS_PER_CLAIM", 0)
    kept = {(p.a.id, p.b.id) for p in candidate_pairs(claims, config=Config())}
    assert referent | counts <= kept and len(kept) == len(referent) + len(counts) + 50
    kept_scores = [score for score, key in similar if key in kept]
    dropped_scores = [score for score, key in similar if key not in kept]
    assert min(kept_scores) >= max(dropped_scores)

    monkeypatch.setattr(pairing, "MIN_PAIR_BUDGET", len(referent) + 1)
    kept = {(p.a.id, p.b.id) for p in candidate_pairs(claims, config=Config())}
    assert referent <= kept and len(kept & counts) == 1  # counts wait on the model: the rules' pairs first


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md")))
def test_an_article_of_ordinary_length_is_never_cut_by_the_budget(sample):
    document = load_document(SAMPLES / sample)
    claims = extract_claims(document.text, split_sentences(document.text))
    assert pair_budget(len(claims)) == MIN_PAIR_BUDGET
    assert len(candidate_pairs(claims, config=Config())) < MIN_PAIR_BUDGET


def test_sentence_splitting_does_not_rescan_the_text_per_sentence():
    """It looked back over the whole text for a split decimal at every sentence: 1.5 MB on one line
    took minutes before a single claim was made."""
    small, large = news_like(1_000).replace("\n\n", " "), news_like(10_000).replace("\n\n", " ")
    timings = []
    for text in (small, large):
        started = time.process_time()
        split_sentences(text)
        timings.append(time.process_time() - started)
    assert timings[1] < 10 * timings[0] * 3  # ten times the text, far from a hundred times the time


def test_one_and_a_half_megabytes_on_one_line_is_refused_at_once_by_default(tmp_path):
    from factcheck.errors import InputError
    from factcheck.inputs import find_inputs

    path = tmp_path / "line.txt"
    path.write_text(news_like(12_000).replace("\n\n", " ")[:1_500_000], encoding="utf-8")
    started = time.monotonic()
    found = find_inputs([str(path)], (), tmp_path, max_chars=Config().max_chars)
    assert time.monotonic() - started < 2
    assert found.paths == [] and "over the limit of 500,000 characters" in found.refused[0]
    with pytest.raises(InputError):  # the loader refuses it too, from the size alone
        load_document(path)
