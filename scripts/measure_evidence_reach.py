"""Where ContraDoc's inserted contradictions are lost: in pairing, or in the judge.

For each contradictory ContraDoc dev document, the claims that overlap the evidence sentence are
judged against every other claim of the document (all pairs, not only the candidates pairing
picks). A document is then one of:

* found: a candidate pair that touches the evidence scores at or above the threshold;
* lost by pairing: no candidate pair does, but some other pair with the evidence would;
* lost by the judge: no pair with the evidence reaches the threshold, whatever pairing picks.

    .venv/bin/python scripts/measure_evidence_reach.py [--threshold 0.35] [--show 10]

Needs ../shared/data beside the repository; about 20 seconds on 2 cores.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from factcheck.claims import extract_claims
from factcheck.config import Config
from factcheck.judge import judge
from factcheck.nli import NLIModel
from factcheck.pairing import candidate_pairs
from factcheck.segment import split_sentences
from factcheck.types import Pair, Span

DATA = Path(__file__).resolve().parent.parent.parent / "shared/data/contradictions/contradoc/dev.jsonl"


def classify(text: str, evidence: str, model: NLIModel, config: Config) -> tuple[str, float]:
    """('found' | 'pairing' | 'judge' | 'no evidence', best score of any pair with the evidence)."""
    start = text.find(evidence)
    if start < 0:
        return "no evidence", 0.0
    span = Span(start, start + len(evidence))
    claims = extract_claims(text, split_sentences(text))
    touching = [c for c in claims if c.span.overlaps(span)]
    candidates = [p for p in candidate_pairs(claims, config=config) if p.a in touching or p.b in touching]
    best_candidate = max((v.score for v in judge(candidates, model, config=config)), default=0.0)
    everything = [Pair(a, b, ("all",)) for a in touching for b in claims if b not in touching and b.sentence != a.sentence]
    best = max((v.score for v in judge(everything, model, config=config)), default=0.0)
    if best_candidate >= config.threshold:
        return "found", best_candidate
    return ("pairing" if best >= config.threshold else "judge"), best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=Config().threshold)
    parser.add_argument("--show", type=int, default=0, help="print this many lost documents")
    args = parser.parse_args()
    config = Config(threshold=args.threshold)
    model = NLIModel.load(None)
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    counts: dict[str, int] = {}
    shown = 0
    for row in rows:
        if row["label"] != "contradictory":
            continue
        outcome, best = classify(row["text"], row.get("evidence") or "", model, config)
        counts[outcome] = counts.get(outcome, 0) + 1
        if outcome in ("pairing", "judge") and shown < args.show:
            shown += 1
            print(f"lost by {outcome} (best {best:.2f}) {row['id']}: {row['evidence'][:120]}")
    total = sum(counts.values())
    print(f"contradictory documents: {total}; threshold {args.threshold}")
    for outcome in ("found", "pairing", "judge", "no evidence"):
        print(f"  {outcome:12} {counts.get(outcome, 0)}")


if __name__ == "__main__":
    main()
