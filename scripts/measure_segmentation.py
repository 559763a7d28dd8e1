"""Precision, recall and F1 of sentence boundaries on GUM's gold sentences (CoNLL-U trees).

Each GUM tree is one gold sentence (its ``# text =`` line); ``# newpar`` starts a paragraph. A document
is rebuilt by joining its sentences with a space, and paragraphs with a blank line (``--no-paragraphs``
joins them with a space too, which measures Punkt alone). A boundary is the end offset of every
sentence but the last one of a document; a predicted boundary counts when it falls on a gold one.

GUM's news and interview documents are the Wikinews text the Punkt parameters were trained on, so by
default they are held out and only the other genres are scored. Run from the repository root:

    .venv/bin/python scripts/measure_segmentation.py [--genres academic,bio,court,voyage] [--no-paragraphs]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from factcheck.segment import split_sentences

GUM = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "treebanks" / "gum"
HELD_OUT_GENRES = ("academic", "bio", "court", "voyage")  # news + interview are in the training text


@dataclass(frozen=True)
class BoundaryScores:
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def __add__(self, other: "BoundaryScores") -> "BoundaryScores":
        return BoundaryScores(self.gold + other.gold, self.predicted + other.predicted, self.correct + other.correct)


def read_paragraphs(conllu: Path) -> list[list[str]]:
    """Gold sentences of one CoNLL-U file, grouped into paragraphs by ``# newpar``."""
    paragraphs: list[list[str]] = []
    for line in conllu.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newpar") and not line.startswith("# newpar_"):
            paragraphs.append([])
        elif line.startswith("# text = "):
            if not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(line[len("# text = "):].strip())
    return [p for p in paragraphs if p]


def rebuild(paragraphs: list[list[str]], paragraph_break: str) -> tuple[str, set[int]]:
    """Document text and the gold boundary offsets (sentence ends, the last one excluded)."""
    text, ends = "", []
    for p_index, sentences in enumerate(paragraphs):
        if p_index:
            text += paragraph_break
        for s_index, sentence in enumerate(sentences):
            text += (" " if s_index else "") + sentence
            ends.append(len(text))
    return text, set(ends[:-1])


def score_document(paragraphs: list[list[str]], paragraph_break: str = "\n\n") -> BoundaryScores:
    text, gold = rebuild(paragraphs, paragraph_break)
    predicted = {sentence.span.end for sentence in split_sentences(text)[:-1]}
    return BoundaryScores(len(gold), len(predicted), len(gold & predicted))


def measure(gum_dir: Path = GUM, genres: tuple[str, ...] = HELD_OUT_GENRES, paragraphs: bool = True) -> BoundaryScores:
    """Sum of boundary counts over the GUM documents of ``genres``."""
    total = BoundaryScores(0, 0, 0)
    for conllu in sorted(gum_dir.glob("GUM_*.conllu")):
        if conllu.name.split("_")[1] in genres:
            total += score_document(read_paragraphs(conllu), "\n\n" if paragraphs else " ")
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--genres", default=",".join(HELD_OUT_GENRES))
    parser.add_argument("--no-paragraphs", action="store_true", help="join paragraphs with a space")
    args = parser.parse_args(argv)
    if not GUM.is_dir():
        print(f"GUM treebank not found at {GUM}", file=sys.stderr)
        return 2
    scores = measure(GUM, tuple(args.genres.split(",")), paragraphs=not args.no_paragraphs)
    print(json.dumps({"gold": scores.gold, "predicted": scores.predicted, "correct": scores.correct,
                      "precision": round(scores.precision, 4), "recall": round(scores.recall, 4),
                      "f1": round(scores.f1, 4)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
