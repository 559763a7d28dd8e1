"""How many of the contradictions the judge would find among ALL claim pairs does pairing keep?

    .venv/bin/python scripts/measure_pairing.py [--docs N] [--threshold T]

Pairing exists so a long article never costs n² model calls; this measures what that costs in
recall. On ContraDoc dev documents (``../shared/data/contradictions/contradoc/dev.jsonl``, the
dev split the data README allows for measuring and tuning) every eligible pair of claims (not
in the same sentence, not nested) is judged, and the pairs scored at or above the threshold are
the reference. Recall = share of those that ``candidate_pairs`` also selects. It also reports
how many pairs each way costs, and the same recall for pairs that touch the inserted
contradiction (the ``evidence`` sentence).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from factcheck.claims import extract_claims
from factcheck.config import Config
from factcheck.judge import judge
from factcheck.nli import NLIModel
from factcheck.pairing import candidate_pairs
from factcheck.segment import split_sentences
from factcheck.types import Pair

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "contradictions" / "contradoc" / "dev.jsonl"


def all_pairs(claims) -> list[Pair]:
    return [Pair(a, b) for i, a in enumerate(claims) for b in claims[i + 1:]
            if a.sentence != b.sentence and not (a.span.contains(b.span) or b.span.contains(a.span))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=60, help="documents, spread over the set")
    parser.add_argument("--threshold", type=float, default=Config().threshold)
    args = parser.parse_args()
    if not DATA.exists():
        print(f"no data at {DATA}", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in DATA.open()]
    rows = rows[:: max(1, len(rows) // args.docs)][: args.docs]
    config, model = Config(), NLIModel.load(None)
    totals = dict(all_pairs=0, selected=0, flagged=0, flagged_kept=0, evidence_flagged=0, evidence_kept=0)
    started = time.perf_counter()
    for row in rows:
        text = row["text"]
        claims = extract_claims(text, split_sentences(text))
        everything = all_pairs(claims)
        chosen = {(p.a.id, p.b.id) for p in candidate_pairs(claims, config=config)}
        evidence = text.find(row.get("evidence") or "\x00")
        for verdict in judge(everything, model, config=config):
            if verdict.score < args.threshold:
                continue
            kept = (verdict.pair.a.id, verdict.pair.b.id) in chosen
            totals["flagged"] += 1
            totals["flagged_kept"] += kept
            spans = (verdict.pair.a.span, verdict.pair.b.span)
            if evidence >= 0 and any(s.start < evidence + len(row["evidence"]) and evidence < s.end for s in spans):
                totals["evidence_flagged"] += 1
                totals["evidence_kept"] += kept
        totals["all_pairs"] += len(everything)
        totals["selected"] += len(chosen)
    result = {
        "documents": len(rows),
        "threshold": args.threshold,
        **totals,
        "pair_share_judged": round(totals["selected"] / max(totals["all_pairs"], 1), 3),
        "recall_of_flagged_pairs": round(totals["flagged_kept"] / max(totals["flagged"], 1), 3),
        "recall_of_flagged_evidence_pairs": round(totals["evidence_kept"] / max(totals["evidence_flagged"], 1), 3),
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
