"""Drive the checker over the items of one data form and collect the numbers.

Each runner returns an ``EvalResult``: the headline numbers (the JSON keys ``precision``,
``recall``, ``f1``, ``balanced_accuracy``, ``accuracy`` where they apply), detail sections, an
optional threshold sweep and the run's counts. The checker's stages are imported inside the
functions on purpose: the evaluation code depends on their contracts only, and tests replace them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from factcheck.config import Config
from factcheck.errors import ConfigError, InputError
from factcheck.evaluation import metrics as m
from factcheck.evaluation.datasets import (CONTRADICTION, ENTAILMENT, NON_ENTAILMENT, ArticleItem,
                                          DocumentItem, GoldPassagePair, NLIItem, SentencePairItem)
from factcheck.types import Claim, NLIProbs, Pair, Report, Span

MODES = ("nli", "rules", "both")
Progress = Callable[[Sequence[Any], str], Iterable[Any]]


def no_progress(items: Sequence[Any], _description: str) -> Iterable[Any]:
    return items


@dataclass
class RunCounts:
    """What the run did, printed with every result so speed can be compared between versions."""

    items: int = 0
    claims: int = 0
    candidate_pairs: int = 0
    nli_evaluations: int = 0

    def add_report(self, report: Report) -> None:
        self.claims += report.stats.claims
        self.candidate_pairs += report.stats.candidate_pairs


@dataclass
class EvalResult:
    form: str
    headline: dict[str, float]
    details: dict[str, Any] = field(default_factory=dict)
    sweep: list[m.SweepPoint] = field(default_factory=list)
    counts: RunCounts = field(default_factory=RunCounts)


class CountingModel:
    """Wraps an NLI model to count the directed pairs it scores, whoever calls it."""

    def __init__(self, model: Any) -> None:
        self.inner = model
        self.evaluations = 0

    @property
    def name(self) -> str:
        return str(getattr(self.inner, "name", "unknown"))

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[NLIProbs]:
        pairs = list(pairs)
        self.evaluations += len(pairs)
        return self.inner.predict(pairs)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self.inner, attribute)


def run_config(config: Config, thresholds: Sequence[float] | None) -> Config:
    """Run the checker at the lowest threshold asked for; higher ones are applied afterwards."""
    lowest = min([config.threshold, *(thresholds or [])])
    return replace(config, threshold=lowest)


def binary_result(form: str, gold: list[bool], scores: list[float], config: Config,
                  thresholds: Sequence[float] | None) -> EvalResult:
    counts = m.metrics_at(gold, scores, config.threshold)
    points = m.sweep(lambda t: m.metrics_at(gold, scores, t), thresholds) if thresholds else []
    return EvalResult(form, counts.rates(), {"counts": counts.counts()}, sweep=points)


# --- form 1: sentence pairs ------------------------------------------------------------------


def claims_in(text: str) -> int:
    from factcheck.claims import extract_claims
    from factcheck.segment import split_sentences

    return len(extract_claims(text, split_sentences(text))) if text.strip() else 0


SENTENCE_PAIRS_PER_CALL = 256  # items whose claim pairs go to the model together


def run_sentence_pairs(items: Sequence[SentencePairItem], model: Any, config: Config,
                       thresholds: Sequence[float] | None, progress: Progress = no_progress) -> EvalResult:
    """Each pair judged as if both sentences stood in one article after the prefix.

    The claim pairs of many items are judged in one call, so the model sees full, length-sorted
    batches instead of one item's two or three pairs at a time; each item's score is still the
    strongest verdict among its own pairs, exactly as ``judge_sentence_pair`` gives it.
    """
    from factcheck.judge import judge
    from factcheck.pipeline import sentence_pair_candidates, strongest_verdict

    counts, scores = RunCounts(items=len(items)), []
    chunks = [items[start:start + SENTENCE_PAIRS_PER_CALL] for start in range(0, len(items), SENTENCE_PAIRS_PER_CALL)]
    for chunk in progress(chunks, "sentence pairs"):
        candidates = [sentence_pair_candidates(item.sentence_1, item.sentence_2, prefix=item.prefix) for item in chunk]
        verdicts = judge([pair for pairs in candidates for pair in pairs], None if config.rules_only else model,
                         config=config)
        start = 0
        for item, pairs in zip(chunk, candidates):
            verdict = strongest_verdict(verdicts[start:start + len(pairs)])
            start += len(pairs)
            scores.append(verdict.score if verdict is not None else 0.0)
            first, second = claims_in(item.sentence_1), claims_in(item.sentence_2)
            counts.claims += first + second
            counts.candidate_pairs += first * second
    result = binary_result("sentence-pairs", [item.contradiction for item in items], scores, config, thresholds)
    result.counts = counts
    return result


# --- form 2: NLI pairs -------------------------------------------------------------------------


def argmax_label(probs: NLIProbs, two_way: bool) -> str:
    scored = {ENTAILMENT: probs.entailment, "neutral": probs.neutral, CONTRADICTION: probs.contradiction}
    label = max(scored, key=lambda name: scored[name])
    return (ENTAILMENT if label == ENTAILMENT else NON_ENTAILMENT) if two_way else label


def gold_label(item: NLIItem, two_way: bool) -> str:
    if two_way:
        return ENTAILMENT if item.label == ENTAILMENT else NON_ENTAILMENT
    return item.label


def single_claims(item: NLIItem) -> tuple[Claim, Claim]:
    """Premise and hypothesis as one claim each, laid out as ``premise + " " + hypothesis``, with
    the polarity, hedging and quantities the claims stage would give them."""
    from factcheck.claims import make_claim

    layout = f"{item.premise} {item.hypothesis}"
    offset = len(item.premise) + 1
    premise = make_claim(layout, 0, len(item.premise), 0)
    hypothesis = replace(make_claim(layout, offset, len(layout), 1), id=1)
    return premise, hypothesis


def rule_scores(items: Sequence[NLIItem]) -> list[float]:
    """1.0 where a rule of ``factcheck.rules`` calls the pair conflicting, else 0.0: the rules alone."""
    from factcheck.rules import compare_claims

    return [1.0 if any(r.outcome == "conflicting" for r in compare_claims(*single_claims(item))) else 0.0
            for item in items]


def judge_scores(items: Sequence[NLIItem], model: Any, config: Config) -> list[float]:
    """The judge's verdict score on each pair: NLI both ways combined with the rules."""
    from factcheck.judge import judge

    pairs = [Pair(*single_claims(item)) for item in items]
    return [verdict.score for verdict in judge(pairs, model, config=config)]


def classification(items: Sequence[NLIItem], probs: Sequence[NLIProbs], two_way: bool) -> dict[str, Any]:
    gold = [gold_label(item, two_way) for item in items]
    predicted = [argmax_label(p, two_way) for p in probs]
    labels = [ENTAILMENT, NON_ENTAILMENT] if two_way else [ENTAILMENT, "neutral", CONTRADICTION]
    rows = m.per_class(gold, predicted, labels)
    return {"accuracy": m.accuracy(gold, predicted),
            "per_class": {r.label: {"precision": r.precision, "recall": r.recall, "support": r.support}
                          for r in rows}}


def predict_in_chunks(model: Any, items: Sequence[NLIItem], progress: Progress,
                      chunk: int = 256) -> list[NLIProbs]:
    """Premise -> hypothesis probabilities, in chunks so a progress bar can move."""
    chunks = [items[start:start + chunk] for start in range(0, len(items), chunk)]
    probs: list[NLIProbs] = []
    for part in progress(chunks, "NLI pairs"):
        probs.extend(model.predict([(item.premise, item.hypothesis) for item in part]))
    return probs


def detector_scores(items: Sequence[NLIItem], probs: Sequence[NLIProbs] | None, model: Any,
                    config: Config, modes: Sequence[str]) -> dict[str, list[float]]:
    scores: dict[str, list[float]] = {}
    for mode in modes:
        if mode == "nli" and probs is not None:
            scores["nli"] = [p.contradiction for p in probs]
        elif mode == "rules":
            scores["rules"] = rule_scores(items)
        elif mode == "both":
            scores["both"] = judge_scores(items, model, config)
    return scores


def detector_row(counts: m.BinaryMetrics) -> dict[str, float | int]:
    return {"precision": counts.precision, "recall": counts.recall, "f1": counts.f1,
            "true_positives": counts.true_positives, "false_positives": counts.false_positives,
            "false_negatives": counts.false_negatives}


def run_nli_pairs(items: Sequence[NLIItem], two_way: bool, model: Any, config: Config,
                  thresholds: Sequence[float] | None, mode: str | None = None,
                  progress: Progress = no_progress) -> EvalResult:
    """NLI model alone (accuracy, per class) and, on 3-way sets, contradiction detection by
    the NLI model alone, the quantity rules alone and both combined by the judge."""
    modes = list(MODES) if mode is None else [mode]
    if two_way and modes == ["rules"]:
        raise ConfigError("--mode rules needs a set with a contradiction label; this one is 2-way")
    probs = predict_in_chunks(model, items, progress) if model is not None else None
    counts = RunCounts(items=len(items), claims=2 * len(items), candidate_pairs=len(items))
    details = classification(items, probs, two_way) if probs is not None else {}
    headline = {"accuracy": details["accuracy"]} if details else {}
    if two_way:
        return EvalResult("nli-pairs", headline, details, counts=counts)
    gold = [item.label == CONTRADICTION for item in items]
    by_detector = detector_scores(items, probs, model, config, modes)
    details["contradiction"] = {name: detector_row(m.metrics_at(gold, s, config.threshold))
                                for name, s in by_detector.items()}
    main = "both" if "both" in by_detector else modes[0]
    headline.update({key: details["contradiction"][main][key] for key in ("precision", "recall", "f1")})
    details["headline_detector"] = main
    points = m.sweep(lambda t: m.metrics_at(gold, by_detector[main], t), thresholds) if thresholds else []
    return EvalResult("nli-pairs", headline, details, points, counts)


# --- form 3: documents -------------------------------------------------------------------------


def found_pairs(report: Report) -> list[m.FoundPair]:
    # A claim is found where a reader finds it: with its attribution ("Mayor Novak said ...").
    return [m.FoundPair(f.a.stated_span, f.b.stated_span, f.score) for f in report.findings]


def evidence_span(item: DocumentItem) -> Span | None:
    """Where the evidence sentence is in the text; None when absent or cut off with the text."""
    if not item.evidence:
        return None
    start = item.text.find(item.evidence)
    return Span(start, start + len(item.evidence)) if start >= 0 else None


def evidence_hit(found: Sequence[m.FoundPair], span: Span, threshold: float) -> bool:
    return any(f.a.overlaps(span) or f.b.overlaps(span) for f in m.above(found, threshold))


def run_documents(items: Sequence[DocumentItem], model: Any, config: Config,
                  thresholds: Sequence[float] | None, progress: Progress = no_progress) -> EvalResult:
    """The whole checker per document: a document is flagged when it has a finding."""
    from factcheck.pipeline import check

    counts, found_per_doc = RunCounts(items=len(items)), []
    for item in progress(items, "documents"):
        report = check(item.text, config=run_config(config, thresholds), model=model)
        counts.add_report(report)
        found_per_doc.append(found_pairs(report))
    scores = [max((f.score for f in found), default=0.0) for found in found_per_doc]
    result = binary_result("documents", [item.contradictory for item in items], scores, config, thresholds)
    located = [(span, found) for item, found in zip(items, found_per_doc)
               if item.contradictory and (span := evidence_span(item)) is not None]
    hits = sum(evidence_hit(found, span, config.threshold) for span, found in located)
    result.headline["evidence_hit_rate"] = m.safe_ratio(hits, len(located))
    result.details["evidence"] = {"located": len(located), "hits": hits,
                                  "contradictory_documents": sum(i.contradictory for i in items)}
    result.counts = counts
    return result


# --- form 4: annotated articles ----------------------------------------------------------------


def occurrences(text: str, passage: str) -> tuple[Span, ...]:
    spans, start = [], text.find(passage)
    while passage and start >= 0:
        spans.append(Span(start, start + len(passage)))
        start = text.find(passage, start + 1)
    return tuple(spans)


def gold_pairs(text: str, passages: Sequence[GoldPassagePair], article: str) -> list[m.GoldPair]:
    pairs = []
    for passage in passages:
        a, b = occurrences(text, passage.a), occurrences(text, passage.b)
        missing = passage.a if not a else passage.b if not b else None
        if missing is not None:
            raise InputError(f"{article}: gold passage {missing!r} is not in the article's prose")
        pairs.append(m.GoldPair(passage.kind, a, b))
    return pairs


@dataclass(frozen=True)
class ArticleOutcome:
    id: str
    clean: bool
    gold: list[m.GoldPair]
    traps: list[m.GoldPair]
    found: list[m.FoundPair]


def article_numbers(outcomes: Sequence[ArticleOutcome], threshold: float) -> dict[str, Any]:
    """Gold-pair P/R/F1, recall per kind, false findings per clean article and per trap."""
    total, by_kind, trap_hits, clean_false, rows = m.PairMetrics(0, 0, 0, 0), {}, [], 0, []
    for outcome in outcomes:
        found = m.above(outcome.found, threshold)
        counts = m.pair_metrics(outcome.gold, found)
        total = total + counts
        for gold, hit in zip(outcome.gold, m.hit_gold(outcome.gold, found)):
            by_kind.setdefault(gold.kind, []).append(hit)
        trap_hits += m.hit_gold(outcome.traps, found)
        false = counts.findings_total - counts.findings_matched
        clean_false += false if outcome.clean else 0
        rows.append({"id": outcome.id, "clean": outcome.clean, "gold": counts.gold_total,
                     "found": counts.gold_found, "findings": counts.findings_total, "false": false})
    clean_articles = sum(outcome.clean for outcome in outcomes)
    return {
        "totals": total,
        "recall_per_kind": {kind: m.safe_ratio(sum(hits), len(hits)) for kind, hits in sorted(by_kind.items())},
        "false_findings_per_clean_article": m.safe_ratio(clean_false, clean_articles),
        "traps": {"total": len(trap_hits), "hit": sum(trap_hits),
                  "false_findings_per_trap": m.safe_ratio(sum(trap_hits), len(trap_hits))},
        "articles": rows,
    }


def run_articles(items: Sequence[ArticleItem], model: Any, config: Config,
                 thresholds: Sequence[float] | None, progress: Progress = no_progress) -> EvalResult:
    """The whole checker on each annotated article, matched against its gold pairs and traps."""
    from factcheck.document import load_document
    from factcheck.pipeline import check_document

    counts, outcomes = RunCounts(items=len(items)), []
    for item in progress(items, "articles"):
        document = load_document(item.path)
        report = check_document(document, config=run_config(config, thresholds), model=model)
        counts.add_report(report)
        outcomes.append(ArticleOutcome(item.id, item.clean,
                                       gold_pairs(document.text, item.contradictions, item.id),
                                       gold_pairs(document.text, item.traps, item.id), found_pairs(report)))
    numbers = article_numbers(outcomes, config.threshold)
    totals = numbers.pop("totals")
    headline = {"precision": totals.precision, "recall": totals.recall, "f1": totals.f1,
                "false_findings_per_clean_article": numbers["false_findings_per_clean_article"]}
    points = m.sweep(lambda t: article_numbers(outcomes, t)["totals"], thresholds) if thresholds else []
    return EvalResult("articles", headline, numbers, points, counts)


# --- form 5: clean articles --------------------------------------------------------------------

CLEAN_FINDINGS_SHOWN = 200  # findings listed in ``details.findings`` for reading, spread over the set


@dataclass(frozen=True)
class CleanFinding:
    """One finding on a published article: by definition a false alarm, or a real slip of the source."""

    article: str
    source: str
    kind: str
    severity: str
    score: float
    a: str
    b: str
    explanation: str


def clean_rates(findings: Sequence[CleanFinding], articles: int) -> dict[str, float]:
    by_severity = {severity: sum(f.severity == severity for f in findings) for severity in ("error", "warning", "info")}
    return {"findings_per_article": m.safe_ratio(len(findings), articles),
            **{f"{severity}s_per_article": m.safe_ratio(count, articles) for severity, count in by_severity.items()},
            "model_only_per_article": m.safe_ratio(sum(f.kind == "general" for f in findings), articles)}


def clean_details(findings: Sequence[CleanFinding], items: Sequence[Any],
                  thresholds: Sequence[float] | None) -> dict[str, Any]:
    sources = sorted({item.source for item in items})
    per_source = {}
    for source in sources:
        articles = sum(item.source == source for item in items)
        in_source = [f for f in findings if f.source == source]
        per_source[source] = {"articles": articles, "findings": len(in_source), **clean_rates(in_source, articles)}
    kinds = sorted({f.kind for f in findings})
    per_kind = {kind: {severity: sum(f.kind == kind and f.severity == severity for f in findings)
                       for severity in ("error", "warning", "info")} for kind in kinds}
    details: dict[str, Any] = {"per_source": per_source, "per_kind": per_kind,
                               "articles_with_a_finding": len({f.article for f in findings})}
    if thresholds:
        details["by_threshold"] = {f"{t:.2f}": clean_rates([f for f in findings if f.score >= t], len(items))
                                   for t in thresholds}
    step = max(1, len(findings) // CLEAN_FINDINGS_SHOWN)
    details["findings"] = [f.__dict__ for f in findings[::step][:CLEAN_FINDINGS_SHOWN]]
    return details


def run_clean_articles(items: Sequence[Any], model: Any, config: Config, thresholds: Sequence[float] | None,
                       progress: Progress = no_progress) -> EvalResult:
    """The whole checker on published articles that should raise nothing: every finding is counted
    as a false alarm, per article, per source, per kind and per severity."""
    from factcheck.pipeline import check

    counts, findings = RunCounts(items=len(items)), []
    for item in progress(items, "clean articles"):
        report = check(item.text, config=run_config(config, thresholds), model=model, path=item.id)
        counts.add_report(report)
        findings.extend(CleanFinding(item.id, item.source, f.kind.value, f.severity.value, f.score,
                                     f.a.text, f.b.text, f.explanation) for f in report.findings)
    at_threshold = [f for f in findings if f.score >= config.threshold]
    headline = clean_rates(at_threshold, len(items))
    return EvalResult("clean-articles", headline, clean_details(at_threshold, items, thresholds), counts=counts)
