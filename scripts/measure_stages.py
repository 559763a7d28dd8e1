"""Where each planted contradiction of an annotated folder is lost, stage by stage, and whether the
judge model tells planted contradictions from traps at all:

    python scripts/measure_stages.py samples/devset/tune [--model PATH] [--json OUT] [--list]

Recall alone says how many gold pairs the checker finds; it does not say which stage lost the
others, so it cannot say where work would pay. Each gold pair (and each trap) is put in the first
of these that holds for it:

* ``no-claim``: no claim covers one of its passages;
* ``unpaired``: claims cover both passages, but the pairing stage never offers them together;
* ``rule``: a rule reads a conflict in one of the offered pairs (a finding, unless a later step drops it);
* ``restatement``: a rule would conflict if the model confirmed a restatement;
* ``open``: the model alone could raise a finding (the pair's ceiling reaches the threshold);
* ``capped``: offered, no rule conflict, and the fixed discounts keep any model answer under the threshold.

Separation is the model's own signal, apart from every gate: for each gold pair and trap, the
highest contradiction probability the judge would take (``judge.nli_contradiction``, both
directions) over the claims that cover its two passages, and the AUC of gold pairs against traps
(0.5: the model cannot tell them apart). A new model is worth shipping for this task only if it
raises that number on the tune half.

Totals only by default, so it may be run on the held-out half; ``--list`` prints each gold pair's
stage and passages, for the tune half only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.config import Config  # noqa: E402
from factcheck.document import load_document  # noqa: E402
from factcheck.evaluation import metrics as m  # noqa: E402
from factcheck.evaluation.datasets import ArticleItem, load_dataset  # noqa: E402
from factcheck.evaluation.runners import gold_pairs  # noqa: E402
from factcheck.judge import Model, gather_evidence, nli_contradiction  # noqa: E402
from factcheck.pipeline import pair_document  # noqa: E402
from factcheck.types import Claim, PairedDocument  # noqa: E402

STAGES = ("no-claim", "unpaired", "rule", "restatement", "open", "capped")


def covering(claims: Sequence[Claim], spans: Sequence[m.Span]) -> list[Claim]:
    return [claim for claim in claims if m.overlaps_any(claim.span, spans)]


def stage_of(gold: m.GoldPair, paired: PairedDocument, threshold: float) -> str:
    """The first stage (``STAGES``) that holds for one annotated pair."""
    if not covering(paired.claims, gold.a) or not covering(paired.claims, gold.b):
        return "no-claim"
    offered = [p for p in paired.pairs if m.matches(m.FoundPair(p.a.span, p.b.span, 0.0), gold)]
    if not offered:
        return "unpaired"
    evidence = [gather_evidence(pair) for pair in offered]
    if any(e.conflict is not None for e in evidence):
        return "rule"
    if any(e.restatement is not None for e in evidence):
        return "restatement"
    return "open" if max(e.ceiling for e in evidence) >= threshold else "capped"


def model_score(gold: m.GoldPair, paired: PairedDocument, model: Model) -> float | None:
    """The model's highest contradiction probability between claims covering the two passages."""
    cross = [(x, y) for x in covering(paired.claims, gold.a) for y in covering(paired.claims, gold.b) if x is not y]
    if not cross:
        return None
    probs = model.predict([(x.text, y.text) for x, y in cross] + [(y.text, x.text) for x, y in cross])
    return max(nli_contradiction(probs[i], probs[i + len(cross)]) for i in range(len(cross)))


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float | None:
    """The chance that a random positive scores above a random negative (ties count half)."""
    if not positives or not negatives:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return round(wins / (len(positives) * len(negatives)), 3)


def measure(items: Sequence[ArticleItem], config: Config, model: Model | None) -> tuple[dict, list[tuple]]:
    stages: dict[str, Counter] = {"gold": Counter(), "traps": Counter()}
    per_kind: dict[str, Counter] = defaultdict(Counter)
    scores: dict[str, list[float]] = {"gold": [], "traps": []}
    listing = []
    for item in items:
        document = load_document(item.path)
        paired = pair_document(document, config=config)
        for label, passages in (("gold", item.contradictions), ("traps", item.traps)):
            for gold, passage in zip(gold_pairs(document.text, passages, item.id), passages):
                stage = stage_of(gold, paired, config.threshold)
                stages[label][stage] += 1
                score = model_score(gold, paired, model) if model is not None else None
                if score is not None:
                    scores[label].append(score)
                if label == "gold":
                    per_kind[gold.kind][stage] += 1
                    listing.append((gold.kind, stage, score, passage.a, passage.b))
    result = {"stages": {label: {s: counts[s] for s in STAGES} | {"total": sum(counts.values())}
                         for label, counts in stages.items()},
              "gold_stages_per_kind": {kind: {s: c[s] for s in STAGES if c[s]} for kind, c in sorted(per_kind.items())}}
    if model is not None:
        result["separation"] = {
            "auc_gold_vs_traps": auc(scores["gold"], scores["traps"]),
            "gold_at_or_above_threshold": sum(s >= config.threshold for s in scores["gold"]),
            "traps_at_or_above_threshold": sum(s >= config.threshold for s in scores["traps"]),
            "gold_scored": len(scores["gold"]), "traps_scored": len(scores["traps"]),
            "threshold": config.threshold}
    return result, listing


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", help="an annotated folder (gold.jsonl and the articles)")
    parser.add_argument("--model", default=None, help="judge model folder or hub name (default: the shipped one)")
    parser.add_argument("--rules", action="store_true", help="stages only, no model")
    parser.add_argument("--json", default=None, help="also write the numbers to this file")
    parser.add_argument("--list", action="store_true", help="each gold pair's stage and passages (read halves only)")
    args = parser.parse_args(argv)
    config = Config() if args.model is None else Config(model=args.model)
    model = None
    if not args.rules:
        from factcheck.nli import NLIModel
        model = NLIModel.load(config.model, batch_size=config.batch_size)
    result, listing = measure(load_dataset(args.folder).items, config, model)
    for key, value in result.items():
        print(f"{key}: {json.dumps(value)}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    if args.list:
        for kind, stage, score, a, b in listing:
            shown = "" if score is None else f" {score:.2f}"
            print(f"{kind:12} {stage:11}{shown} | {a[:90]} || {b[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
