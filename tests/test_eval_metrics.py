"""The metric functions behind every number `factcheck eval` prints, checked against hand counts."""

from __future__ import annotations

import pytest

from factcheck.evaluation import metrics as m
from factcheck.types import Span

T, F = True, False


@pytest.mark.parametrize("gold, predicted, expected", [
    # tp fp fn tn -> precision, recall, f1, balanced accuracy, accuracy
    ([T, T, F, F], [T, F, T, F], (0.5, 0.5, 0.5, 0.5, 0.5)),
    ([T, T, F, F], [T, T, F, F], (1.0, 1.0, 1.0, 1.0, 1.0)),
    ([T, F, F, F], [F, F, F, F], (0.0, 0.0, 0.0, 0.5, 0.75)),  # silent detector on a skewed set
    ([T, T, T, F], [T, T, T, T], (0.75, 1.0, 6 / 7, 0.5, 0.75)),
    ([], [], (0.0, 0.0, 0.0, 0.0, 0.0)),
])
def test_binary_metrics_match_hand_counts(gold, predicted, expected):
    counts = m.binary_metrics(gold, predicted)
    got = (counts.precision, counts.recall, counts.f1, counts.balanced_accuracy, counts.accuracy)
    assert got == pytest.approx(expected)


def test_binary_metrics_refuse_lists_of_different_length():
    with pytest.raises(ValueError, match="2 gold labels but 1 predictions"):
        m.binary_metrics([T, F], [T])


@pytest.mark.parametrize("threshold, predicted_positive", [(0.5, 2), (0.3, 3), (0.9, 0), (0.8, 1)])
def test_a_score_at_the_threshold_counts_as_positive(threshold, predicted_positive):
    counts = m.metrics_at([T, T, F], [0.8, 0.5, 0.3], threshold)
    assert counts.true_positives + counts.false_positives == predicted_positive


@pytest.mark.parametrize("gold, predicted, expected", [
    (["e", "n", "c"], ["e", "n", "c"], 1.0),
    (["e", "n", "c", "c"], ["e", "c", "c", "n"], 0.5),
    ([], [], 0.0),
])
def test_accuracy_is_the_share_of_exact_labels(gold, predicted, expected):
    assert m.accuracy(gold, predicted) == pytest.approx(expected)


def test_per_class_precision_and_recall_are_one_vs_rest():
    rows = m.per_class(["e", "e", "n", "c"], ["e", "n", "n", "e"], ["e", "n", "c"])
    got = {r.label: (r.precision, r.recall, r.support) for r in rows}
    assert got == {"e": (0.5, 0.5, 2), "n": (0.5, 1.0, 1), "c": (0.0, 0.0, 1)}


def test_sweep_reports_each_threshold_and_best_f1_prefers_the_lower_threshold_on_a_tie():
    gold, scores = [T, T, F, F], [0.9, 0.6, 0.6, 0.1]
    points = m.sweep(lambda t: m.metrics_at(gold, scores, t), [0.2, 0.5, 0.7, 0.95])
    assert [round(p.f1, 3) for p in points] == [0.8, 0.8, 0.667, 0.0]
    assert m.best_f1(points).threshold == 0.2


def test_sweep_reports_balanced_accuracy_where_negatives_are_counted():
    gold, scores = [T, T, F, F], [0.9, 0.6, 0.6, 0.1]
    points = m.sweep(lambda t: m.metrics_at(gold, scores, t), [0.5, 0.7])
    assert [p.balanced_accuracy for p in points] == [0.75, 0.75]


def span(start, end):
    return Span(start, end)


GOLD = m.GoldPair("numeric", a=(span(0, 10),), b=(span(50, 60), span(80, 90)))


@pytest.mark.parametrize("found, expected", [
    (m.FoundPair(span(5, 12), span(55, 58), 0.9), True),   # a then b
    (m.FoundPair(span(82, 85), span(0, 3), 0.9), True),    # b then a, second occurrence of b
    (m.FoundPair(span(5, 12), span(20, 30), 0.9), False),  # only a
    (m.FoundPair(span(10, 20), span(60, 70), 0.9), False),  # touches, does not overlap
])
def test_a_finding_matches_a_gold_pair_when_its_claims_overlap_both_passages(found, expected):
    assert m.matches(found, GOLD) is expected


def test_pair_metrics_count_found_gold_and_matched_findings_separately():
    other = m.GoldPair("date", a=(span(100, 110),), b=(span(120, 130),))
    found = [m.FoundPair(span(0, 10), span(50, 60), 0.9), m.FoundPair(span(1, 9), span(51, 59), 0.8),
             m.FoundPair(span(200, 210), span(220, 230), 0.7)]
    counts = m.pair_metrics([GOLD, other], found)
    assert (counts.gold_found, counts.gold_total, counts.findings_matched, counts.findings_total) == (1, 2, 2, 3)
    assert (counts.precision, counts.recall) == pytest.approx((2 / 3, 0.5))
    total = counts + m.PairMetrics(1, 1, 1, 1)
    assert (total.recall, total.precision) == pytest.approx((2 / 3, 3 / 4))


def test_findings_below_the_threshold_are_left_out():
    found = [m.FoundPair(span(0, 1), span(2, 3), s) for s in (0.2, 0.5, 0.7)]
    assert [f.score for f in m.above(found, 0.5)] == [0.5, 0.7]
