"""How much batching across items speeds up ``factcheck eval`` on sentence pairs, in one run.

``python models/measure_eval_batching.py [N]``: the first N (default 300) ChatProtect dev pairs,
judged one item at a time (``judge_sentence_pair``) and then batched across items (the eval
runner), each with an empty model cache, in the precision factcheck picks (set
FACTCHECK_PRECISION=fp32 for float32). Prints both times, the ratio, and whether every score agreed.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from factcheck.config import Config
from factcheck.evaluation import runners
from factcheck.evaluation.datasets import load_dataset
from factcheck.nli import NLIModel
from factcheck.pipeline import judge_sentence_pair

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "contradictions" / "chatprotect" / "dev.jsonl"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    items = load_dataset(str(DATA)).items[:n]
    config, model = Config(), NLIModel.load(None)
    model.predict([("A warm-up pair.", "Another pair.")])
    model._cache.clear()
    started = time.perf_counter()
    alone = [(v.score if (v := judge_sentence_pair(i.sentence_1, i.sentence_2, prefix=i.prefix, config=config,
                                                    model=model)) else 0.0) for i in items]
    one_at_a_time = time.perf_counter() - started
    model._cache.clear()
    captured = []
    original = runners.binary_result
    runners.binary_result = lambda form, gold, scores, *rest: captured.append(scores) or original(form, gold, scores, *rest)
    started = time.perf_counter()
    runners.run_sentence_pairs(items, model, config, None)
    batched = time.perf_counter() - started
    print(json.dumps({"items": len(items), "dtype": str(next(model.model.parameters()).dtype),
                      "one_at_a_time_seconds": round(one_at_a_time, 1), "batched_seconds": round(batched, 1),
                      "speedup": round(one_at_a_time / batched, 2), "same_scores": captured[0] == alone}))


if __name__ == "__main__":
    main()
