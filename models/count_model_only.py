"""Model-only false alarms on clean articles: ``python models/count_model_only.py [--model M] [--limit 200]``.

A finding is *model-only* when no rule found a conflict and the NLI model alone made it (its
explanation is the model's: "The NLI model reads ..."). On published articles nearly every finding
is a false alarm, so model-only findings per article is how much the judge model, rather than the
rules, costs an editor. The same articles as ``factcheck eval ../shared/data/clean-news --limit N``
are checked (spread evenly over the set), at the default threshold.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from factcheck.config import Config
from factcheck.evaluation.datasets import load_dataset, spread_sample
from factcheck.nli import NLIModel
from factcheck.pipeline import check

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "clean-news"


def is_model_only(explanation: str) -> bool:
    return "nli model reads" in explanation.lower()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="model folder (default: the shipped one)")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--data", default=str(DATA))
    args = parser.parse_args()
    config = Config(model=args.model)
    model = NLIModel.load(args.model, batch_size=config.batch_size)
    articles = spread_sample(load_dataset(args.data).items, args.limit)
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
