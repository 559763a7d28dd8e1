"""What ``factcheck.parse.repair`` changes: GUM dev and test sentences (one each, as the claims stage
parses them) scored with and without it, and how many sentences it mends, in one run. Also the
money probe sentences (``measure_money.py``) and 200 clean-news articles: how often it fires.

    .venv/bin/python models/parser/measure_repair.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

import gum  # noqa: E402
from spacy.scorer import Scorer  # noqa: E402
from spacy.training import Example  # noqa: E402

from factcheck import parse  # noqa: E402
from factcheck.segment import split_sentences  # noqa: E402

CLEAN_NEWS = HERE.parents[1] / ".." / "shared" / "data" / "clean-news"


def _one_sentence(doc):
    for token in doc[1:]:
        token.is_sent_start = False
    return doc


def _mended(doc) -> dict[str, int]:
    modifier = sum(parse._main_verb_read_as_modifier(s) is not None for s in doc.sents)
    part = sum(parse._main_verb_read_as_modifier(s) is None and parse._verb_after_a_part(s) is not None
               for s in doc.sents)
    first_two = [parse._main_verb_read_as_modifier(s) is None and parse._verb_after_a_part(s) is None
                 for s in doc.sents]
    compound = sum(left and parse._subject_read_as_compound(s) is not None for left, s in zip(first_two, doc.sents))
    rest = [left and parse._subject_read_as_compound(s) is None for left, s in zip(first_two, doc.sents)]
    adjective = sum(left and parse._verb_read_as_adjective(s) is not None for left, s in zip(rest, doc.sents))
    noun = sum(left and parse._verb_read_as_adjective(s) is None and parse._verb_read_as_noun(s) is not None
               for left, s in zip(rest, doc.sents))
    phrase_object = sum(parse._main_verb_read_as_modifier(s) is None and parse._verb_after_a_part(s) is None
                        and parse._verb_of_a_phrase_object(s) is not None for s in doc.sents)
    return {"verb read as a modifier": modifier, "verb on the set of a part": part,
            "subject read in its own phrase's noun": phrase_object,
            "subject read as a compound of the verb": compound, "verb read as an adjective of its object": adjective,
            "verb tagged a noun or adjective": noun,
            "verb read as a compound of a figure":
                sum(parse._verb_read_as_compound_of_a_figure(s) is not None for s in doc.sents),
            "particle read as a preposition": sum(len(parse._particle_read_as_case(s)) for s in doc.sents),
            "compound with a preposition of its own":
                sum(len(parse._compounds_with_a_preposition(s)) for s in doc.sents),
            "phrasal verb's object read as its complement":
                sum(len(parse._object_read_as_complement(s)) for s in doc.sents)}


def _total(counts) -> dict[str, int]:
    total: dict[str, int] = {}
    for row in counts:
        for key, value in row.items():
            total[key] = total.get(key, 0) + value
    return total


def score(part: str) -> dict[str, object]:
    nlp = parse.pipeline()
    golds = [gum.to_doc(nlp.vocab, [s]) for d in gum.read_corpus() if d.part == part for s in d.sentences]
    plain = list(nlp.pipe(_one_sentence(nlp.make_doc(g.text)) for g in golds))
    mended = _total(_mended(doc) for doc in plain)
    repaired = [parse.repair(nlp(_one_sentence(nlp.make_doc(g.text)))) for g in golds]
    row: dict[str, object] = {"sentences": len(golds), "mended": mended}
    for name, docs in (("without", plain), ("with", repaired)):
        scores = Scorer(nlp=nlp).score([Example(d, g) for d, g in zip(docs, golds, strict=True)])
        row[name] = {key: round(float(scores[key]) * 100, 2) for key in ("dep_uas", "dep_las", "tag_acc")}
    return row


def clean_news_rate(articles: int = 200) -> dict[str, object]:
    texts = []
    for path in sorted(CLEAN_NEWS.rglob("dev.jsonl")):
        texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    sentences = [s.text for text in texts[:: max(len(texts) // articles, 1)][:articles] for s in split_sentences(text)]
    nlp = parse.pipeline()
    docs = nlp.pipe(_one_sentence(nlp.make_doc(s)) for s in sentences)
    return {"sentences": len(sentences), "mended": _total(_mended(doc) for doc in docs)}


def main() -> int:
    results = {part: score(part) for part in ("dev", "test")}
    if CLEAN_NEWS.is_dir():
        results["clean-news"] = clean_news_rate()
    print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
