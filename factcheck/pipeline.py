"""The whole flow of one document, in one readable function: ``check_document``.

    load -> segment -> claims -> pair -> judge -> findings

Each stage is a module with one job; this file only wires them together and keeps the run
bounded (``config.timeout``) and measured (``Report.stats``). The flow has two halves that meet
at a ``PairedDocument``: ``pair_document`` (the front end, no model) and ``judge_document`` (the
model and the findings). ``check_document`` runs both; corpus mode runs them in different
processes (``factcheck/corpus``), so both paths share every stage.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from factcheck.claims import extract_claims
from factcheck.config import Config
from factcheck.document import document_from_text, load_document
from factcheck.errors import CheckTimeout
from factcheck.findings import select_findings
from factcheck.judge import Model, gather_evidence, judge, judge_pair, needs_other_direction, read_restatements
from factcheck.nli import NLIModel
from factcheck.pairing import candidate_pairs
from factcheck.segment import split_sentences
from factcheck.types import Document, NLIProbs, Pair, PairedDocument, Report, Stats, Verdict

# Pairs per judge call: the unit of progress and of timeout checks. The model sorts each chunk's
# pairs by length before batching, so a larger chunk pads less (a few seconds of model time).
JUDGE_CHUNK = 256

Progress = Callable[[int, int], None]  # (pairs judged so far, pairs in all)


class _Deadline:
    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds if seconds else None

    def check(self, stage: str) -> None:
        if self.end is not None and time.monotonic() > self.end:
            raise CheckTimeout(f"--timeout {self.seconds:g}s reached while {stage}; "
                               "raise --timeout or check a shorter text")


def check_document(document: Document, *, config: Config | None = None, model: Model | None = None,
                   progress: Progress | None = None) -> Report:
    """Every internal contradiction of one document, as a Report."""
    config = config or Config()
    model = _model_for(config, model)
    deadline = _Deadline(config.timeout)
    paired = pair_document(document, config=config, deadline=deadline)
    return judge_document(paired, model, config=config, progress=progress, deadline=deadline)


def pair_document(document: Document, *, config: Config | None = None,
                  deadline: _Deadline | None = None) -> PairedDocument:
    """The front half: sentences, claims and the claim pairs worth judging. Needs no model."""
    config = config or Config()
    deadline = deadline or _Deadline(config.timeout)
    started = time.monotonic()
    sentences = split_sentences(document.text)
    deadline.check("splitting sentences")
    claims = extract_claims(document.text, sentences)
    deadline.check("extracting claims")
    pairs = candidate_pairs(claims, config=config)
    return PairedDocument(document=document, sentences=tuple(sentences), claims=tuple(claims),
                          pairs=tuple(pairs), seconds=time.monotonic() - started)


def judge_document(paired: PairedDocument, model: Model | None, *, config: Config | None = None,
                   progress: Progress | None = None, deadline: _Deadline | None = None) -> Report:
    """The judge half: the model and rules over the pairs, then the findings, as a Report."""
    config = config or Config()
    deadline = deadline or _Deadline(config.timeout)
    started = time.monotonic()
    evaluations_before = getattr(model, "evaluations", 0)
    verdicts = _judge_in_chunks(list(paired.pairs), model, config, deadline, progress)
    findings, suppressed = select_findings(verdicts, paired.document, config)

    stats = Stats(sentences=len(paired.sentences), claims=len(paired.claims), candidate_pairs=len(paired.pairs),
                  nli_evaluations=getattr(model, "evaluations", 0) - evaluations_before,
                  seconds=round(paired.seconds + time.monotonic() - started, 3))
    return Report(document=paired.document, findings=findings, stats=stats,
                  suppressed=suppressed)


def _model_for(config: Config, model: Model | None) -> Model | None:
    """The model to judge with: the one given, the configured one loaded, or none for rules alone."""
    if config.rules_only:
        return None
    return model if model is not None else NLIModel.load(config.model, batch_size=config.batch_size)


def _judge_in_chunks(pairs: list[Pair], model: Model | None, config: Config, deadline: _Deadline,
                     progress: Progress | None) -> list[Verdict]:
    # Only verdicts that can become findings are kept: a long text has many pairs, and holding
    # every verdict would make memory grow with them instead of with the findings.
    kept: list[Verdict] = []
    for start in range(0, len(pairs), JUDGE_CHUNK):
        deadline.check("judging claim pairs")
        chunk = pairs[start: start + JUDGE_CHUNK]
        verdicts = judge(chunk, None, config=config) if model is None else _judge_one_way_first(chunk, model, config)
        kept.extend(v for v in verdicts if v.score >= config.threshold)
        if progress:
            progress(min(start + JUDGE_CHUNK, len(pairs)), len(pairs))
    return kept


def _judge_one_way_first(pairs: list[Pair], model: Model, config: Config) -> list[Verdict]:
    """The model asked only where its answer can matter, which changes no finding:

    * not at all for a pair whose score cannot reach the threshold whatever the model says (the
      rules and the parse fix a ceiling, ``judge.Evidence.ceiling``: a model-only contradiction
      between claims about different happenings weighs 0.15 at most);
    * a -> b for the rest, and b -> a only where it can change a verdict that reaches the
      threshold (``judge.needs_other_direction``): most pairs are plainly compatible one way round.
    Pairs the model was not asked about keep ``None`` for its answers; their verdicts stay under
    the threshold and are dropped by the caller."""
    evidence = [gather_evidence(pair) for pair in pairs]
    worth = [i for i, e in enumerate(evidence) if e.ceiling >= config.threshold]
    forward: list[NLIProbs | None] = [None] * len(pairs)
    for i, probs in zip(worth, model.predict([(pairs[i].a.text, pairs[i].b.text) for i in worth])):
        forward[i] = probs
    backward = list(forward)  # stands in where the other direction cannot matter
    asked = [i for i in worth if needs_other_direction(forward[i], config.threshold)]
    for i, probs in zip(asked, model.predict([(pairs[i].b.text, pairs[i].a.text) for i in asked])):
        backward[i] = probs
    restated = read_restatements(evidence, model)
    return [judge_pair(pair, f, b, e, r) for pair, f, b, e, r in zip(pairs, forward, backward, evidence, restated)]


def check(text: str, *, config: Config | None = None, model: Model | None = None, fmt: str = "txt",
          path: str | None = None) -> Report:
    """Check a text given directly (``fmt`` txt, md or html)."""
    return check_document(document_from_text(text, path=path, fmt=fmt), config=config, model=model)


def check_file(path: str | Path, *, config: Config | None = None, model: Model | None = None) -> Report:
    """Check one file (.txt, .md, .html) or "-" for standard input."""
    config = config or Config()
    return check_document(load_document(path, max_chars=config.max_chars), config=config, model=model)


def judge_sentence_pair(sentence_1: str, sentence_2: str, *, prefix: str = "", config: Config | None = None,
                        model: Model | None = None) -> Verdict | None:
    """The strongest verdict between the claims of two sentences, as if they followed ``prefix``.

    Used to evaluate on sentence-pair data (ChatProtect): the two sentences go through the same
    segmenting, claim splitting and judging as in an article, but only pairs that take one claim
    from each sentence are judged. No threshold is applied; the caller decides. To judge many
    sentence pairs, batch ``sentence_pair_candidates`` of all of them into one ``judge`` call and
    take ``strongest_verdict`` of each one's slice: the result is the same, and faster.
    """
    config = config or Config()
    model = _model_for(config, model)
    return strongest_verdict(judge(sentence_pair_candidates(sentence_1, sentence_2, prefix=prefix), model,
                                   config=config))


def sentence_pair_candidates(sentence_1: str, sentence_2: str, *, prefix: str = "") -> list[Pair]:
    """The claim pairs ``judge_sentence_pair`` judges: one claim from each sentence, laid out after
    ``prefix`` as in an article, without a claim nested in the other."""
    lead = prefix.rstrip() + " " if prefix.strip() else ""
    text = f"{lead}{sentence_1.strip()}\n\n{sentence_2.strip()}"
    first_start = len(lead)
    second_start = first_start + len(sentence_1.strip()) + 2
    sentences = split_sentences(text)
    claims = [c for c in extract_claims(text, sentences) if c.span.end > first_start]
    first = [c for c in claims if c.span.start < second_start]
    second = [c for c in claims if c.span.start >= second_start]
    return [Pair(a, b, ("sentence-pair",)) for a in first for b in second
            if not (a.span.contains(b.span) or b.span.contains(a.span))]


def strongest_verdict(verdicts: list[Verdict]) -> Verdict | None:
    """The highest-scored verdict; on a tie, the one whose claims come first."""
    return max(verdicts, key=lambda v: (v.score, -v.pair.a.id, -v.pair.b.id), default=None)
