"""Planted contradictions found in the probe pairs: ``python scripts/measure_probes.py [--model] [-v]``.

Each pair of ``samples/probes/*.jsonl`` is set in one small article (see that folder's README)
and checked; a pair counts as found when the article has any finding. The pairs of
``samples/probes/compatible/*.jsonl`` can both be true, so any finding on one is a false alarm.
Rules alone by default.
``-v`` lists the pairs of the sets that may be read (``READ_SETS``) and only the totals of the held-out
ones, so that listing never spoils a held-out set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.config import Config  # noqa: E402
from factcheck.pipeline import check  # noqa: E402

PROBES = ROOT / "samples" / "probes"
# Sets whose pairs may be read while working on the rules; every other set is held out (README there).
READ_SETS = frozenset({"a.jsonl", "b.jsonl", "d.jsonl", "f.jsonl", "n.jsonl"})
# Compatible pairs (nothing planted): any finding on one is a false alarm. Those not named here are
# held out as well: `-v` never lists them.
COMPATIBLE = PROBES / "compatible"
READ_COMPATIBLE = frozenset({"f.jsonl", "h.jsonl", "i.jsonl", "k.jsonl", "m.jsonl", "n.jsonl"})
FILLER_BEFORE, FILLER_AFTER = "Officials gave no further details.", "Local reporters followed the story through the day."


def article(first: str, second: str) -> str:
    return f"{first} {FILLER_BEFORE}\n\n{FILLER_AFTER} {second}"


def measure(path: Path, config: Config, verbose: bool) -> dict[str, list[bool]]:
    found: dict[str, list[bool]] = defaultdict(list)
    for line in path.open(encoding="utf-8"):
        pair = json.loads(line)
        hit = bool(check(article(pair["a"], pair["b"]), config=config).findings)
        found[pair["kind"]].append(hit)
        if verbose:
            print(f"  {'FOUND' if hit else 'miss '} {pair['kind']:<11} {pair['a'][:60]} | {pair['b'][:60]}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", action="store_true", help="judge with the model too")
    parser.add_argument("--model-path", default=None, help="with --model: this model folder instead of the shipped one")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every pair")
    args = parser.parse_args()
    config = Config(rules_only=not args.model, model=args.model_path)
    for path in sorted(PROBES.glob("*.jsonl")):
        found = measure(path, config, args.verbose and path.name in READ_SETS)
        total = sum(sum(hits) for hits in found.values())
        pairs = sum(len(hits) for hits in found.values())
        kinds = ", ".join(f"{kind} {sum(hits)}/{len(hits)}" for kind, hits in sorted(found.items()))
        print(f"{path.name}: {total} of {pairs} found ({kinds})")
    for path in sorted(COMPATIBLE.glob("*.jsonl")):
        found = measure(path, config, args.verbose and path.name in READ_COMPATIBLE)
        alarms = sum(sum(hits) for hits in found.values())
        print(f"compatible/{path.name}: {alarms} false alarms on {sum(len(h) for h in found.values())} pairs")


if __name__ == "__main__":
    main()
