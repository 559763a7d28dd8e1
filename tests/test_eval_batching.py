"""`factcheck eval` judges sentence pairs in batches across items, with the same scores as one at a time.

The real claim splitter and judge run here; only the NLI model is a stand-in whose answer depends
on the pair's text alone, so any difference would come from the batching itself.
"""

from __future__ import annotations

import hashlib

import pytest

from factcheck.config import Config
from factcheck.evaluation import runners
from factcheck.evaluation.datasets import SentencePairItem
from factcheck.pipeline import judge_sentence_pair
from factcheck.types import NLIProbs

ITEMS = [
    SentencePairItem("Twelve people were injured in the blast.", "Police said eight people were injured.", "", True),
    SentencePairItem("The bridge opened in 1998, and it carries 40,000 cars a day.",
                     "The bridge, which opened in 1998, was closed on Monday.", "The city has two bridges.", False),
    SentencePairItem("Most of the drones were intercepted.", "All ten drones were intercepted by air defences.",
                     "", True),
    SentencePairItem("She was born in Vienna.", "She moved to Wrocław in 1990 and taught there.", "Anna Kern is a poet.",
                     False),
    SentencePairItem("The council approved the plan.", "", "", False),
    SentencePairItem("Sales rose by 12% in March; profits fell.", "Sales fell in March, the company said.", "", True),
]


class TextHashModel:
    """Probabilities that depend only on the (premise, hypothesis) text, and a call counter."""

    name = "text-hash"

    def __init__(self) -> None:
        self.calls = 0

    def predict(self, pairs):
        self.calls += 1
        out = []
        for premise, hypothesis in pairs:
            digest = hashlib.sha1(f"{premise}\x00{hypothesis}".encode()).digest()
            e, n, c = (digest[0] + 1, digest[1] + 1, digest[2] + 1)
            total = e + n + c
            out.append(NLIProbs(round(e / total, 4), round(n / total, 4), round(c / total, 4)))
        return out


def one_at_a_time(items, model, config):
    return [(v.score if (v := judge_sentence_pair(i.sentence_1, i.sentence_2, prefix=i.prefix, config=config,
                                                   model=model)) is not None else 0.0) for i in items]


def batched_scores(items, model, config, monkeypatch, per_call: int):
    captured = []
    monkeypatch.setattr(runners, "SENTENCE_PAIRS_PER_CALL", per_call)
    monkeypatch.setattr(runners, "binary_result",
                        lambda form, gold, scores, config, thresholds: captured.append(scores) or runners.EvalResult(form, {}))
    runners.run_sentence_pairs(items, model, config, None)
    return captured[0]


@pytest.mark.parametrize("per_call", [1, 4, 256])
def test_batched_sentence_pair_scores_equal_one_at_a_time(monkeypatch, per_call):
    config = Config()
    expected = one_at_a_time(ITEMS, TextHashModel(), config)
    assert batched_scores(ITEMS, TextHashModel(), config, monkeypatch, per_call) == expected
    assert expected[4] == 0.0 and any(score > 0 for score in expected)


def test_batched_sentence_pairs_call_the_model_once_per_chunk(monkeypatch):
    model = TextHashModel()
    batched_scores(ITEMS, model, Config(), monkeypatch, per_call=256)
    assert model.calls == 1


@pytest.mark.slow
def test_batched_scores_equal_one_at_a_time_with_the_shipped_model(monkeypatch):
    """The shipped model's probabilities are rounded, so they do not depend on the batch they ran in."""
    from factcheck.nli import NLIModel

    config = Config()
    expected = one_at_a_time(ITEMS, NLIModel.load(None), config)
    assert batched_scores(ITEMS, NLIModel.load(None), config, monkeypatch, per_call=256) == expected
