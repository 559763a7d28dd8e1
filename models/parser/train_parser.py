"""Train factcheck's English parser on GUM and write it to ``models/parser/gum-en``.

Why: the claims stage needs subjects, verbs, objects and lemmas. spaCy's own English models cannot be
downloaded here, and GUM (``../shared/data/treebanks/gum``: news, interview, academic, bio, court and
voyage texts; CC BY 4.0 annotations) is a permissively licensed UD treebank that is mostly news-like
prose. Run from the repository root (about 20-30 minutes on two shared CPU cores):

    .venv/bin/python models/parser/train_parser.py

Steps: read the CoNLL-U files and split them by GUM's official document lists (``gum.py``); write
train (docs of 10 sentences) and dev (whole documents) as spaCy DocBin files under ``.work/parser``;
train ``train.cfg`` (tok2vec CNN, tagger, morphologizer, parser, edit-tree lemmatizer; tokenizer =
spaCy's English rules) with early stopping on dev; write the best dev model, with its meta, to
``models/parser/gum-en``. The test documents are never read here: ``evaluate_parser.py`` scores them.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
import zlib
from pathlib import Path

import spacy
from spacy.cli.train import train as spacy_train
from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent))
import augment
import gum  # (augment.py and gum.py are sibling files of this script, not a package)

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "train.cfg"
OUT = HERE / "gum-en"
WORK = gum.REPO / ".work" / "parser"
TRAIN_DOC_SENTENCES = 10

META = {
    "lang": "en",
    "name": "gum_en",
    "version": "1.0.0",
    # only stable architectures (Tok2Vec.v2, Tagger.v2, TransitionBasedParser.v2): any 3.8 loads it
    "spacy_version": ">=3.8.0,<3.9.0",
    "description": (
        "factcheck's small English pipeline: spaCy tokenizer rules, CNN tok2vec (no pretrained "
        "vectors), PTB tagger, UD morphologizer, UD dependency parser, edit-tree lemmatizer; "
        "trained on the GUM treebank (news, interview, academic, bio, court, voyage)."
    ),
    "author": "factcheck",
    "license": "CC BY-SA 3.0 (most restrictive of the GUM texts used; annotations CC BY 4.0)",
    "sources": [
        {
            "name": "GUM (Georgetown University Multilayer corpus), dep/ CoNLL-U",
            "url": "https://github.com/amir-zeldes/gum",
            "license": "annotations CC BY 4.0; texts CC BY 2.5 / CC BY 4.0 / CC BY-SA 3.0 by genre",
            "author": "Amir Zeldes and contributors (Zeldes 2017, LRE 51(3))",
        }
    ],
}


def write_corpora(gum_dir: Path, work: Path, money: bool = False) -> dict[str, dict[str, int]]:
    """Write train.spacy and dev.spacy; return documents per genre and part, and with ``money`` the
    train sentences copied with a sum in them (``augment.py``) per genre."""
    documents = gum.read_corpus(gum_dir)
    counts = gum.check_split(documents)
    vocab = spacy.blank("en").vocab
    train, dev = DocBin(), DocBin()
    for document in documents:
        if document.part == "train":
            for chunk in gum.chunks(document.sentences, TRAIN_DOC_SENTENCES):
                train.add(gum.to_doc(vocab, chunk))
            if money:
                sums = tuple(augment.money_sentences(document.sentences, seed=zlib.crc32(document.name.encode())))
                for chunk in gum.chunks(sums, TRAIN_DOC_SENTENCES):
                    train.add(gum.to_doc(vocab, chunk))
                counts[document.genre]["money"] = counts[document.genre].get("money", 0) + len(sums)
        elif document.part == "dev":
            dev.add(gum.to_doc(vocab, document.sentences))
    work.mkdir(parents=True, exist_ok=True)
    train.to_disk(work / "train.spacy")
    dev.to_disk(work / "dev.spacy")
    return counts


def ship(best: Path, out: Path, extra_meta: dict) -> None:
    """Write the best dev model to ``out`` with the project's meta (no optimizer or training state)."""
    nlp = spacy.load(best)
    nlp.meta.update(META)
    nlp.meta.update(extra_meta)
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gum", type=Path, default=gum.GUM_DIR, help="folder of GUM .conllu files")
    parser.add_argument("--work", type=Path, default=WORK, help="scratch folder (DocBins, checkpoints)")
    parser.add_argument("--out", type=Path, default=OUT, help="where the shipped pipeline goes")
    parser.add_argument("--config", type=Path, default=CONFIG, help="spaCy training config")
    parser.add_argument("--money", action="store_true",
                        help="add train copies that hold a sum of money (augment.py); not in the shipped parser")
    args = parser.parse_args(argv)

    counts = write_corpora(args.gum, args.work, money=args.money)
    print("documents per genre (train/dev/test):")
    for genre, per_part in sorted(counts.items()):
        money = f"; {per_part['money']} train sentences copied with a sum" if "money" in per_part else ""
        print(f"  {genre:10} " + " / ".join(str(per_part[p]) for p in gum.PARTS) + money)

    started = time.perf_counter()
    spacy_train(
        args.config,
        args.work / "output",
        overrides={
            "paths.train": str(args.work / "train.spacy"),
            "paths.dev": str(args.work / "dev.spacy"),
        },
        use_gpu=-1,
    )
    minutes = (time.perf_counter() - started) / 60
    split = {genre: dict(per_part) for genre, per_part in sorted(counts.items())}
    ship(
        args.work / "output" / "model-best",
        args.out,
        {"factcheck_training": {"split": "GUM splits.md", "documents": split, "minutes": round(minutes, 1)}},
    )
    print(f"trained in {minutes:.1f} min; wrote {args.out}")
    print(json.dumps(spacy.load(args.out).meta.get("performance", {}), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
