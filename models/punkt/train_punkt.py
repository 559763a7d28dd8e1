"""Train nltk Punkt parameters on the project's news text and write them as JSON.

Why: Punkt's pre-trained English pickle cannot be downloaded here, and pickles are unsafe to ship.
The learned parameters (abbreviations, collocations, sentence starters, orthographic context) are
plain sets and counts, so JSON holds them exactly. Run from the repository root:

    .venv/bin/python models/punkt/train_punkt.py

GUM's Wikinews documents are in the training text; the segmentation measure therefore holds out
GUM's news and interview documents and reports on the other genres only.
"""

from __future__ import annotations

import json
from pathlib import Path

from nltk.tokenize.punkt import PunktParameters, PunktTrainer

REPO = Path(__file__).resolve().parents[2]
NEWS_TEXT = REPO / ".." / "shared" / "data" / "news-text"
OUT = Path(__file__).resolve().parent / "english.json"

# Common news abbreviations the small corpus (about 107k words) sees too rarely to learn.
# Lower-cased, without the final period, the form Punkt stores.
EXTRA_ABBREVIATIONS = (
    "mr mrs ms dr prof gen sen rep gov lt col maj capt sgt cmdr adm st jr sr rev hon pres "
    "jan feb apr jun jul aug sep sept oct nov dec tue wed thu fri "
    "u.s u.k u.n e.g i.e etc vs approx no nos fig figs dept corp inc ltd co ft mt "
    "a.m p.m u.s.a d.c b.c a.d ph.d"
).split()


def training_text() -> str:
    """Concatenate Wikinews documents, PUD sentences and FOMC statements, one paragraph each."""
    parts: list[str] = []
    for line in (NEWS_TEXT / "gum_wikinews" / "gum_wikinews_docs.jsonl").open(encoding="utf-8"):
        parts.append(" ".join(json.loads(line)["sentences"]))
    for line in (NEWS_TEXT / "ud_english_pud" / "pud_sentences.jsonl").open(encoding="utf-8"):
        parts.append(json.loads(line)["text"])
    for line in (NEWS_TEXT / "fomc_statements" / "fomc_statements.jsonl").open(encoding="utf-8"):
        parts.append(json.loads(line)["text"])
    return "\n\n".join(parts)


def train() -> PunktParameters:
    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = True
    trainer.train(training_text(), finalize=False)
    trainer.finalize_training()
    params = trainer.get_params()
    params.abbrev_types.update(EXTRA_ABBREVIATIONS)
    return params


def to_json(params: PunktParameters) -> dict:
    """Sorted lists and a sorted dict, so the file is byte-identical across runs."""
    return {
        "format": "factcheck-punkt-1",
        "abbrev_types": sorted(params.abbrev_types),
        "collocations": sorted([list(pair) for pair in params.collocations]),
        "sent_starters": sorted(params.sent_starters),
        "ortho_context": {word: params.ortho_context[word] for word in sorted(params.ortho_context)},
    }


def main() -> None:
    OUT.write_text(json.dumps(to_json(train()), indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
