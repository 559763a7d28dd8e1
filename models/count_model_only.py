"""Model-only false alarms on clean articles: ``python models/count_model_only.py [--model M] [--limit 200]``.

A finding is *model-only* when no rule found a conflict and the NLI model alone made it (its
explanation is the model's: "The NLI model reads ..."). On published articles nearly every finding
is a false alarm, so model-only findings per article is how much the judge model, rather than the
rules, costs an editor. The same articles as ``factcheck eval ../shared/data/clean-news --limit N``
are checked (spread evenly over the set), at the default threshold.

A model trained on pairs from these articles (``models/generate_pairs.py`` reads the clean-news dev
halves) has seen them labelled compatible, so its count on them flatters it: ``--unseen`` keeps only
the articles the task data holds out (one in twenty, by a hash of the id), all of them unless
``--limit`` is smaller.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from factcheck.config import Config
from factcheck.evaluation.datasets import load_dataset, spread_sample
from factcheck.nli import NLIModel
from factcheck.pipeline import check

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_pairs import Article  # noqa: E402  (its split is the one the training data used)

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "clean-news"


def is_model_only(explanation: str) -> bool:
    return "nli model reads" in explanation.lower()


def held_out(source: str, article_id: str) -> bool:
    """Whether the task data's by-article split keeps this article out of training."""
    return Article(f"{source}:{article_id}", source, ()).split == "validation"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="model folder (default: the shipped one)")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--data", default=str(DATA))
    parser.add_argument("--unseen", action="store_true", help="only articles no training pair came from")
    args = parser.parse_args()
    config = Config(model=args.model)
    model = NLIModel.load(args.model, batch_size=config.batch_size)
    items = load_dataset(args.data).items
    if args.unseen:
        items = [item for item in items if held_out(item.source, item.id)]
    articles = spread_sample(items, args.limit)
    findings, model_only, per_source = 0, 0, Counter()
    for article in articles:
        report = check(article.text, config=config, model=model, path=article.id)
        alone = [f for f in report.findings if is_model_only(f.explanation)]
        findings += len(report.findings)
        model_only += len(alone)
        per_source[article.source] += len(alone)
    print(json.dumps({"model": model.name, "temperature": model.temperature, "threshold": config.threshold,
                      "articles": len(articles), "findings": findings, "model_only": model_only,
                      "findings_per_article": round(findings / len(articles), 3),
                      "model_only_per_article": round(model_only / len(articles), 3),
                      "model_only_per_source": dict(sorted(per_source.items()))}))


if __name__ == "__main__":
    main()
