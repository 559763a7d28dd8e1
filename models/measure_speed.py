"""Load time and throughput of an NLI model on this machine: ``python models/measure_speed.py [MODEL]``.

Pairs are real claim pairs (the SNLI test premises/hypotheses when ../shared is present, else a
built-in news pair repeated), judged at the checker's batch size, after one warm-up batch.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import torch

from factcheck.config import Config
from factcheck.nli import NLIModel

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "nli-eval" / "snli" / "snli_test.jsonl"


def sample_pairs(n: int) -> list[tuple[str, str]]:
    if DATA.exists():
        rows = [json.loads(line) for line in DATA.open()][:n]
        return [(r["premise"], r["hypothesis"]) for r in rows]
    pair = ("Air defences intercepted the majority of the drones.", "All ten drones were intercepted.")
    return [(f"{pair[0]} ({i})", pair[1]) for i in range(n)]


def throughput(model: NLIModel, pairs: list[tuple[str, str]], batch: int) -> float:
    model.predict(pairs[:batch])  # warm-up batch
    started = time.perf_counter()
    model.predict(pairs[batch:])
    return round((len(pairs) - batch) / (time.perf_counter() - started), 1)


def main() -> None:
    """Load time, then throughput at the default precision and in float32, in one run."""
    name = sys.argv[1] if len(sys.argv) > 1 else None
    batch = Config().batch_size
    started = time.perf_counter()
    model = NLIModel.load(name, batch_size=batch)
    load_seconds = time.perf_counter() - started
    pairs = sample_pairs(2000)
    default = throughput(model, pairs, batch)
    dtype = str(next(model.model.parameters()).dtype).removeprefix("torch.")
    model.model.to(torch.float32)
    model._cache.clear()
    fp32 = throughput(model, pairs, batch)
    print(json.dumps({"model": model.name, "threads": torch.get_num_threads(), "batch_size": batch,
                      "load_seconds": round(load_seconds, 2), "pairs": len(pairs) - batch,
                      "dtype": dtype, "pairs_per_second": default, "float32_pairs_per_second": fp32,
                      "speedup": round(default / fp32, 2)}))


if __name__ == "__main__":
    main()
