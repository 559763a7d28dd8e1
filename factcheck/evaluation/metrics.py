"""Pure metric functions: gold labels and predictions in, numbers out.

They are kept free of models and files so that every number ``factcheck eval`` prints can be
checked by hand in a table-driven test.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Protocol

from factcheck.types import Span

DEFAULT_THRESHOLDS: tuple[float, ...] = tuple(round(0.05 * step, 2) for step in range(1, 20))


@dataclass(frozen=True)
class BinaryMetrics:
    """Counts and rates of one yes/no detector against gold labels (positive = contradiction)."""

    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int

    @property
    def precision(self) -> float:
        return safe_ratio(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float:
        return safe_ratio(self.true_positives, self.true_positives + self.false_negatives)

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)

    @property
    def specificity(self) -> float:
        return safe_ratio(self.true_negatives, self.true_negatives + self.false_positives)

    @property
    def balanced_accuracy(self) -> float:
        """Mean of recall and specificity: not fooled by a set where most items are negatives."""
        return (self.recall + self.specificity) / 2

    @property
    def accuracy(self) -> float:
        total = self.true_positives + self.false_positives + self.false_negatives + self.true_negatives
        return safe_ratio(self.true_positives + self.true_negatives, total)

    def rates(self) -> dict[str, float]:
        return {name: getattr(self, name) for name in
                ("precision", "recall", "f1", "balanced_accuracy", "accuracy")}

    def counts(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True)
class ClassMetrics:
    """Precision and recall of one class of a multi-class prediction."""

    label: str
    precision: float
    recall: float
    support: int  # gold items of this class


@dataclass(frozen=True)
class SweepPoint:
    threshold: float
    precision: float
    recall: float
    f1: float
    balanced_accuracy: float | None = None  # where negatives are counted (documents, sentence pairs)


def safe_ratio(numerator: float, denominator: float) -> float:
    """A ratio that is 0.0 when nothing was counted, so empty sets never crash a report."""
    return numerator / denominator if denominator else 0.0


def harmonic_mean(a: float, b: float) -> float:
    return safe_ratio(2 * a * b, a + b)


def binary_metrics(gold: Sequence[bool], predicted: Sequence[bool]) -> BinaryMetrics:
    """Confusion counts of a detector; ``gold`` and ``predicted`` must be the same length."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    pairs = list(zip(gold, predicted))
    return BinaryMetrics(
        true_positives=sum(g and p for g, p in pairs),
        false_positives=sum(p and not g for g, p in pairs),
        false_negatives=sum(g and not p for g, p in pairs),
        true_negatives=sum(not g and not p for g, p in pairs),
    )


def metrics_at(gold: Sequence[bool], scores: Sequence[float], threshold: float) -> BinaryMetrics:
    """A score at or above the threshold is a positive prediction (the checker's own rule)."""
    return binary_metrics(gold, [score >= threshold for score in scores])


def accuracy(gold: Sequence[str], predicted: Sequence[str]) -> float:
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    return safe_ratio(sum(g == p for g, p in zip(gold, predicted)), len(gold))


def per_class(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> list[ClassMetrics]:
    """One-vs-rest precision and recall for each label, in the order given."""
    rows = []
    for label in labels:
        counts = binary_metrics([g == label for g in gold], [p == label for p in predicted])
        rows.append(ClassMetrics(label, counts.precision, counts.recall,
                                 counts.true_positives + counts.false_negatives))
    return rows


class HasPrecisionRecall(Protocol):
    @property
    def precision(self) -> float: ...

    @property
    def recall(self) -> float: ...

    @property
    def f1(self) -> float: ...


def sweep(metric_at: Callable[[float], HasPrecisionRecall],
          thresholds: Sequence[float] = DEFAULT_THRESHOLDS) -> list[SweepPoint]:
    """Precision, recall and F1 at each threshold; ``metric_at`` computes the counts for one."""
    points = []
    for threshold in thresholds:
        counts = metric_at(threshold)
        points.append(SweepPoint(threshold, counts.precision, counts.recall, counts.f1,
                                 getattr(counts, "balanced_accuracy", None)))
    return points


def best_f1(points: Sequence[SweepPoint]) -> SweepPoint:
    """The threshold with the highest F1; on a tie the lower threshold (more recall) wins."""
    if not points:
        raise ValueError("no sweep points")
    return max(points, key=lambda point: (point.f1, -point.threshold))


# --- annotated articles: gold pairs of text passages against findings -------------------------


@dataclass(frozen=True)
class GoldPair:
    """One annotated pair: every place the ``a`` and ``b`` passages occur in the document text."""

    kind: str
    a: tuple[Span, ...]
    b: tuple[Span, ...]


@dataclass(frozen=True)
class FoundPair:
    """What a finding points at: the spans of its two claims, and its score."""

    a: Span
    b: Span
    score: float


@dataclass(frozen=True)
class PairMetrics:
    """Gold-pair recall and finding precision: a finding is right when it matches a gold pair."""

    gold_found: int
    gold_total: int
    findings_matched: int
    findings_total: int

    @property
    def precision(self) -> float:
        return safe_ratio(self.findings_matched, self.findings_total)

    @property
    def recall(self) -> float:
        return safe_ratio(self.gold_found, self.gold_total)

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)

    def __add__(self, other: "PairMetrics") -> "PairMetrics":
        return PairMetrics(*(x + y for x, y in zip(astuple_of(self), astuple_of(other))))


def astuple_of(counts: PairMetrics) -> tuple[int, int, int, int]:
    return (counts.gold_found, counts.gold_total, counts.findings_matched, counts.findings_total)


def overlaps_any(span: Span, spans: Sequence[Span]) -> bool:
    return any(span.overlaps(other) for other in spans)


def matches(found: FoundPair, gold: GoldPair) -> bool:
    """One finding's two claims overlap ``a`` and ``b`` of the gold pair, in either order."""
    straight = overlaps_any(found.a, gold.a) and overlaps_any(found.b, gold.b)
    crossed = overlaps_any(found.a, gold.b) and overlaps_any(found.b, gold.a)
    return straight or crossed


def above(found: Sequence[FoundPair], threshold: float) -> list[FoundPair]:
    return [pair for pair in found if pair.score >= threshold]


def pair_metrics(gold: Sequence[GoldPair], found: Sequence[FoundPair]) -> PairMetrics:
    """Counts for one article; add the results of several articles with ``+``."""
    return PairMetrics(
        gold_found=sum(any(matches(f, g) for f in found) for g in gold),
        gold_total=len(gold),
        findings_matched=sum(any(matches(f, g) for g in gold) for f in found),
        findings_total=len(found),
    )


def hit_gold(gold: Sequence[GoldPair], found: Sequence[FoundPair]) -> list[bool]:
    """For each gold pair (or trap), whether some finding matches it."""
    return [any(matches(f, g) for f in found) for g in gold]
