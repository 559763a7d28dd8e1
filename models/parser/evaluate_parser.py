"""Measure the shipped parser: accuracy on GUM's test documents, then load time and speed on news.

Run from the repository root (about two minutes):

    .venv/bin/python models/parser/evaluate_parser.py

Accuracy. The 12 GUM test documents (two per genre, GUM's official split; never used in training
or for early stopping) are parsed four ways: "raw documents", each document's text at once, with
spaCy's tokenizer and the parser's own sentence boundaries; "raw sentences", each gold sentence's
text on its own; "raw sentences, one each", the same kept as one sentence (how the claims stage should
call it: ``parse_spans(..., one_sentence=True)`` on ``segment.py``'s sentences); "gold words",
GUM's own words, which isolates the model from tokenization. Scores are spaCy's Scorer: tags,
lemmas and morphology are F-scores over words whose tokenization matches gold (plain accuracy when
it all matches); UAS and LAS are F-scores over dependencies, without punctuation (spaCy's default)
and with it (as CoNLL 2018 counts); sentence F compares predicted with gold sentence starts; LAS F
per relation for the relations claims are built from. Overall, and for the news genre alone.

Speed. Load time of the pipeline (``factcheck.parse.load_pipeline``), then words a second over 200
real articles from ``../shared/data/clean-news`` (all of semeval2015-wikinews and onestopenglish-adv,
then the first articles of digitalgov), parsed two ways in one run: whole articles through
``nlp.pipe``, and the article's sentences (factcheck's segmenter) through ``parse_spans`` with
``one_sentence=True``, as the claims stage should. One process; wall-clock and CPU
seconds both, because other jobs share the machine's cores (the load average is recorded). Numbers
land in ``models/parser/evaluation.json``.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CLEAN_NEWS = REPO / ".." / "shared" / "data" / "clean-news"
SPEED_SOURCES = ("semeval2015-wikinews", "onestopenglish-adv", "digitalgov")
SPEED_ARTICLES = 200
RESULTS = HERE / "evaluation.json"
# the relations a claim is built from: who did what to whom, when and where, and what is said
RELATIONS = ("root", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "ccomp", "xcomp", "conj", "advcl",
             "acl:relcl", "amod", "nummod", "compound", "nmod", "nmod:poss", "flat", "advmod", "aux:pass")
SCORE_KEYS = ("token_acc", "pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")


def timed_load() -> tuple[object, float, float]:
    """Import spaCy and load the shipped pipeline; seconds for each."""
    started = time.perf_counter()
    import spacy  # noqa: F401  (timed: the first import is part of a cold start)

    imported = time.perf_counter()
    from factcheck.parse import load_pipeline

    nlp = load_pipeline()
    loaded = time.perf_counter()
    return nlp, imported - started, loaded - imported


def _words_of(nlp, gold):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])


def _one_sentence(doc):
    """As ``factcheck.parse.parse(text, one_sentence=True)`` does: no sentence start but the first."""
    for token in doc[1:]:
        token.is_sent_start = False
    return doc


def accuracy(nlp, genre: str | None) -> dict[str, dict[str, float]]:
    """Scores on the test documents (of one genre, or all), four ways (see the module docstring)."""
    sys.path.insert(0, str(HERE))
    import gum
    from spacy.scorer import Scorer
    from spacy.training import Example

    documents = [d for d in gum.read_corpus() if d.part == "test" and genre in (None, d.genre)]
    whole = [gum.to_doc(nlp.vocab, d.sentences) for d in documents]
    single = [gum.to_doc(nlp.vocab, [sentence]) for d in documents for sentence in d.sentences]
    results = {}
    for name, golds, make in (
        ("raw documents", whole, lambda gold: nlp.make_doc(gold.text)),
        ("raw sentences", single, lambda gold: nlp.make_doc(gold.text)),
        ("raw sentences, one each", single, lambda gold: _one_sentence(nlp.make_doc(gold.text))),
        ("gold words", whole, lambda gold: _words_of(nlp, gold)),
    ):
        predicted = nlp.pipe(make(gold) for gold in golds)
        examples = [Example(doc, gold) for doc, gold in zip(predicted, golds, strict=True)]
        scores = Scorer(nlp=nlp).score(examples)
        with_punct = Scorer.score_deps(
            examples,
            "dep",
            getter=lambda token, attr: token.vocab.strings.as_string(getattr(token, attr)).lower(),
            ignore_labels=(),
        )
        row = {key: round(float(scores[key]), 4) for key in SCORE_KEYS if scores.get(key) is not None}
        row["dep_uas_with_punct"] = round(float(with_punct["dep_uas"]), 4)
        row["dep_las_with_punct"] = round(float(with_punct["dep_las"]), 4)
        per_label = scores["dep_las_per_type"]
        row["las_f_per_relation"] = {
            label: round(float(per_label[label]["f"]), 3) for label in RELATIONS if label in per_label
        }
        row["words"] = sum(len(gold) for gold in golds)
        row["documents"] = len(documents)
        row["sentences"] = sum(len(d.sentences) for d in documents)
        results[name] = row
    return results


def news_articles() -> list[str]:
    texts: list[str] = []
    for source in SPEED_SOURCES:
        with (CLEAN_NEWS / source / "dev.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                texts.append(json.loads(line)["text"])
                if len(texts) == SPEED_ARTICLES:
                    return texts
    return texts


def speed(nlp) -> dict[str, float]:
    """Words a second: whole articles through nlp.pipe, then sentences through parse_spans."""
    from factcheck import parse as parsing
    from factcheck.segment import split_sentences

    articles = news_articles()
    nlp("Warm-up sentence.")
    started, cpu_started = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe(articles))
    whole, whole_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    words = sum(1 for doc in docs for token in doc if not token.is_space)

    spans = [[sentence.span for sentence in split_sentences(text)] for text in articles]
    parsing.reset()
    parsing.pipeline()  # loaded before the clock starts, like the nlp above
    started, cpu_started = time.perf_counter(), time.process_time()
    parsed = [
        parsing.parse_spans(text, article_spans, one_sentence=True)
        for text, article_spans in zip(articles, spans, strict=True)
    ]
    by_sentence, by_sentence_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    sentence_words = sum(1 for article in parsed for p in article for token in p.doc if not token.is_space)
    return {
        "articles": len(articles),
        "characters": sum(len(text) for text in articles),
        "words": words,
        "whole_articles_seconds": round(whole, 2),
        "whole_articles_words_per_second": round(words / whole),
        "whole_articles_words_per_cpu_second": round(words / whole_cpu),
        "sentences": sum(len(s) for s in spans),
        "by_sentence_seconds": round(by_sentence, 2),
        "by_sentence_words_per_second": round(sentence_words / by_sentence),
        "by_sentence_words_per_cpu_second": round(sentence_words / by_sentence_cpu),
    }


def main() -> int:
    load_before = [round(x, 1) for x in os.getloadavg()]  # other jobs on the machine slow every number
    nlp, import_seconds, load_seconds = timed_load()
    results = {
        "command": "python models/parser/evaluate_parser.py",
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs (shared), Python {platform.python_version()}",
        "spacy": __import__("spacy").__version__,
        "size_bytes": sum(f.stat().st_size for f in (HERE / "gum-en").rglob("*") if f.is_file()),
        "load_average_before": load_before,
        "import_spacy_seconds": round(import_seconds, 2),
        "load_seconds": round(load_seconds, 2),
        "test_all_genres": accuracy(nlp, None),
        "test_news": accuracy(nlp, "news"),
        "speed": speed(nlp),
    }
    results["load_average_after"] = [round(x, 1) for x in os.getloadavg()]
    RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
