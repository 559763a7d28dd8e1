"""Split the staged dev set by article into tune and holdout halves (seeded, every kind >= 4 per half).

Usage: python split_devset.py OUT_FOLDER [STAGING_FOLDER]; the frozen split came from seed 5.
"""
import json, random, shutil, sys, collections, pathlib
src = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "/work/devset-staging"); dst = pathlib.Path(sys.argv[1])
records = []
for w in ("w1", "w2", "w3"):
    records += [(w, json.loads(l)) for l in open(src / w / f"gold-{w}.jsonl")]
def kinds(half): return collections.Counter(c["kind"] for _, r in half for c in r["contradictions"])
for seed in range(1000):
    rng = random.Random(seed); tune, hold = [], []
    for w in ("w1", "w2", "w3"):
        for clean in (True, False):
            group = [x for x in records if x[0] == w and x[1]["clean"] == clean]
            rng.shuffle(group); k = len(group) // 2 + (seed + (w == "w2")) % 2 * (len(group) % 2)
            tune += group[:k]; hold += group[k:]
    kt, kh = kinds(tune), kinds(hold)
    if all(kt[k] >= 4 and kh[k] >= 4 for k in set(kt) | set(kh)) and abs(len(tune) - len(hold)) <= 1:
        break
print("seed", seed, len(tune), len(hold), dict(kt), dict(kh))
for name, half in (("tune", tune), ("holdout", hold)):
    folder = dst / name; folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "gold.jsonl", "w") as gold:
        for w, r in sorted(half, key=lambda x: x[1]["id"]):
            gold.write(json.dumps(r, ensure_ascii=False) + "\n")
            f = next((src / w).glob(r["id"] + ".*")); shutil.copy(f, folder / f.name)
