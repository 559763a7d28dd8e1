"""How much of real data the shipped WordNet tables (factcheck/lexicon.py) recognise, and how often
they fire where they should not.

Four measures, all printed as markdown tables for models/lexicon/README.md:

1. Coverage on Breaking NLI (``../shared/data/nli-train/breaking_nli``, a training set, so reading it
   is allowed): each row swaps one word or phrase of an SNLI premise. The swapped pair is read off
   the two sentences; an antonym swap should be recognised by ``are_antonyms`` / ``opposed``, a
   synonym swap by ``same_meaning``. No part-of-speech tagger is used: a pair counts when any
   part of speech in which WordNet knows both words recognises it.
2. False alarms on news text (``../shared/data/news-text``: UD PUD news sentences and Wikinews news
   articles): random pairs of distinct content words from one sentence. Almost none of them are
   opposites or synonyms, so the share flagged is an upper bound on the false-alarm rate; the
   flagged pairs are printed so a reader can judge them.
3. What lifting antonymy to synsets adds: lemma pairs opposed by sense-level antonymy (as recorded),
   by synset lifting, and by lifting plus similar-to clusters, over the whole of WordNet, with a
   random sample of the pairs only lifting finds.
4. Load time and memory of the tables, in a fresh process.

Run from the repository root (about a minute on 2 cores):

    .venv/bin/python scripts/measure_lexicon.py [--pairs 5000] [--seed 12]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from factcheck import lexicon
from factcheck.words import STOP_WORDS

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
BREAKING_NLI = DATA / "nli-train" / "breaking_nli" / "dataset.jsonl"
NEWS_TEXT = DATA / "news-text"
ARTICLES = {"a", "an", "the"}


def tokens(text: str) -> list[str]:
    return re.findall(r"[\w'-]+|[^\w\s]", text.lower())


def swapped_pair(premise: str, hypothesis: str) -> tuple[str, str] | None:
    """The word or phrase the hypothesis puts in place of the premise's, articles dropped.

    A word swapped at several places ("little girl ... little boy") is one swap.
    """
    a, b = tokens(premise), tokens(hypothesis)
    if len(a) == len(b):
        changed = {(x, y) for x, y in zip(a, b) if x != y}
        if len(changed) == 1:
            return changed.pop()
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    left = [w for w in a[start:len(a) - end] if w not in ARTICLES]
    right = [w for w in b[start:len(b) - end] if w not in ARTICLES]
    if not left or not right:
        return None
    return " ".join(left), " ".join(right)


def known_pos(a: str, b: str) -> list[str]:
    """The parts of speech in which WordNet knows both words (after lemmatising)."""
    return [p for p in lexicon.PARTS_OF_SPEECH if lexicon.base_forms(a, p) and lexicon.base_forms(b, p)]


TESTS = {
    "are_antonyms": lambda a, b, p, n: lexicon.are_antonyms(a, b, p, max_senses=n),
    "opposed": lambda a, b, p, n: lexicon.opposed(a, b, p, max_senses=n),
    "opposed depth=1": lambda a, b, p, n: lexicon.opposed(a, b, p, max_senses=n, depth=1),
    "same_meaning": lambda a, b, p, n: lexicon.same_meaning(a, b, p, max_senses=n),
    "same_meaning depth=2": lambda a, b, p, n: lexicon.same_meaning(a, b, p, max_senses=n, depth=2),
}
SENSE_LIMITS = (None, 3)


def recognised(test: str, a: str, b: str, max_senses: int | None) -> str:
    """The parts of speech in which ``test`` holds for the pair ("" when none)."""
    return "".join(p for p in known_pos(a, b) if TESTS[test](a, b, p, max_senses))


def breaking_nli_coverage() -> None:
    pairs: Counter = Counter()
    for line in BREAKING_NLI.open(encoding="utf-8"):
        row = json.loads(line)
        if row["category"] in ("antonyms", "antonyms_wordnet", "synonyms"):
            pair = swapped_pair(row["sentence1"], row["sentence2"])
            if pair:
                pairs[(row["category"], row["gold_label"], *pair)] += 1
    print("## Breaking NLI swaps\n")
    print("| category (gold label) | test | max_senses | unique pairs recognised | rows recognised |")
    print("|---|---|---|---|---|")
    # (category, gold label, tests to run, the test that should recognise the pairs)
    groups = [("antonyms", "contradiction", ("are_antonyms", "opposed", "opposed depth=1"), "opposed"),
              ("antonyms_wordnet", "contradiction", ("are_antonyms", "opposed", "opposed depth=1"),
               "opposed"),
              ("synonyms", "entailment", ("same_meaning", "same_meaning depth=2", "opposed",
                                          "opposed depth=1"), "same_meaning")]
    missed: dict[str, list] = {}
    for category, label, tests, expected in groups:
        rows = {k: v for k, v in pairs.items() if k[0] == category and k[1] == label}
        in_wordnet = {k: v for k, v in rows.items() if known_pos(k[2], k[3])}
        print(f"| {category} ({label}) | both words in WordNet | – | {len(in_wordnet)} of {len(rows)} "
              f"| {sum(in_wordnet.values())} of {sum(rows.values())} |")
        for test, limit in itertools.product(tests, SENSE_LIMITS):
            hits = {k: v for k, v in rows.items() if recognised(test, k[2], k[3], limit)}
            print(f"| {category} ({label}) | `{test}` | {limit or 'all'} | {len(hits)} of {len(rows)} "
                  f"| {sum(hits.values())} of {sum(rows.values())} |")
            if limit is None and test == expected:
                missed[f"{category} / {test}"] = sorted(f"{k[2]}/{k[3]}" for k in in_wordnet
                                                        if k not in hits)
    print()
    for name, pairs_missed in missed.items():
        print(f"Missed by {name} (both words in WordNet): {', '.join(pairs_missed)}\n")


def news_sentences() -> list[str]:
    sentences = []
    for line in (NEWS_TEXT / "ud_english_pud" / "pud_sentences.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row["domain"] == "news":
            sentences.append(row["text"])
    for line in (NEWS_TEXT / "gum_wikinews" / "gum_wikinews_docs.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row["genre"] == "news":
            sentences.extend(row["sentences"])
    return sentences


def news_false_alarms(n_pairs: int, seed: int) -> None:
    rng = random.Random(seed)
    candidates = []
    for sentence in news_sentences():
        words = sorted({w for w in re.findall(r"[a-z]+", sentence.lower())
                        if len(w) > 2 and w not in STOP_WORDS})
        candidates.extend(itertools.combinations(words, 2))
    pairs = rng.sample(candidates, min(n_pairs, len(candidates)))
    known = [p for p in pairs if known_pos(*p)]
    print("## Random word pairs from one news sentence\n")
    print(f"{len(pairs)} pairs drawn (seed {seed}) from {len(candidates):,} content-word pairs; "
          f"{len(known)} have both words in WordNet in some part of speech.\n")
    print("| test | max_senses | pairs flagged | share of all pairs |")
    print("|---|---|---|---|")
    flagged: dict[str, list] = {}
    for test, limit in itertools.product(TESTS, SENSE_LIMITS):
        hits = [(*p, pos) for p in known if (pos := recognised(test, *p, limit))]
        print(f"| `{test}` | {limit or 'all'} | {len(hits)} | {len(hits) / len(pairs):.2%} |")
        flagged[f"{test}, max_senses={limit or 'all'}"] = hits
    print()
    for name, hits in flagged.items():
        print(f"Flagged by {name}: {', '.join(f'{a}/{b} ({pos})' for a, b, pos in hits)}\n")


def lifting_gain(seed: int) -> None:
    """Unordered lemma pairs opposed, per part of speech, by each strength of opposition."""
    lex = lexicon.SHIPPED  # reads the tables directly: this counts what the functions can return
    synset_of, lemma_of = lex._sense_synset, lex._lemma_of
    synset_pos = lex._load("synsets")["pos"]
    direct = {(synset_pos[synset_of[a]], *sorted((lemma_of(a), lemma_of(b))))
              for a, others in lex._antonym_senses.items() for b in others}
    lifted, clustered = set(), set()
    for a, others in lex._antonym_synsets.items():
        for b in others:
            pos = synset_pos[a]
            lifted |= {(pos, *sorted(p)) for p in itertools.product(lex._lemmas_of([a]), lex._lemmas_of([b]))
                       if p[0] != p[1]}
            cluster_a = lex._lemmas_of(lex._cluster([a]))
            cluster_b = lex._lemmas_of(lex._cluster([b]))
            clustered |= {(pos, *sorted(p)) for p in itertools.product(cluster_a, cluster_b)
                          if p[0] != p[1]}
    lifted |= direct
    clustered |= lifted
    print("## What lifting antonymy adds (whole of WordNet)\n")
    print("| part of speech | sense-level antonyms (`are_antonyms`) | lifted to synsets | "
          "lifted + similar-to clusters (`opposed`) |")
    print("|---|---|---|---|")
    for pos in lexicon.PARTS_OF_SPEECH:
        count = [sum(1 for p in s if p[0] == pos) for s in (direct, lifted, clustered)]
        print(f"| {pos} | {count[0]:,} | {count[1]:,} | {count[2]:,} |")
    print(f"| all | {len(direct):,} | {len(lifted):,} | {len(clustered):,} |\n")
    rng = random.Random(seed)
    for name, added in (("lifting", lifted - direct), ("clusters", clustered - lifted)):
        sample = rng.sample(sorted(added), 30)
        print(f"Random 30 pairs only {name} adds: "
              f"{', '.join(f'{a}/{b} ({p})' for p, a, b in sample)}\n")


LOAD_PROBE = """
import os, resource, time
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
import nltk  # the pipeline imports nltk anyway (sentence splitting); count only the lexicon
before = rss()
t = [(time.perf_counter(), time.process_time())]
import factcheck.lexicon as lexicon
t.append((time.perf_counter(), time.process_time()))
lexicon.base_form("acquitted", "v")
t.append((time.perf_counter(), time.process_time()))
lexicon.are_antonyms("rose", "fell", "v")
t.append((time.perf_counter(), time.process_time()))
lexicon.synonyms("car", "n")
t.append((time.perf_counter(), time.process_time()))
lexicon.opposed("soared", "plunged", "v", depth=1)
lexicon.same_meaning("acquire", "acquisition", "v", pos_b="n")
lexicon.part_of("kitchen", "house")
lexicon.synset_ids("car", "n")
t.append((time.perf_counter(), time.process_time()))
after = rss()
steps = ["import factcheck.lexicon (nltk already imported)",
         "first base_form (lemmas, exceptions)",
         "then first are_antonyms (+ senses, antonyms)",
         "then first synonyms (+ members)",
         "then every other table (hypernyms, similar, derivations, holonyms, synset ids)"]
for name, (w0, c0), (w1, c1) in zip(steps, t, t[1:]):
    print(f"| {name} | {(w1 - w0) * 1000:.0f} ms | {(c1 - c0) * 1000:.0f} ms |")
wall, cpu = t[-1][0] - t[1][0], t[-1][1] - t[1][1]
print(f"| all tables after import | {wall * 1000:.0f} ms | {cpu * 1000:.0f} ms |")
print(f"| resident memory before import, with all tables | {before:.0f} MB, {after:.0f} MB | |")
print(f"| load average (1 min) | {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores | |")
"""


def load_cost() -> None:
    print("## Load time and memory (fresh process)\n")
    print("| step | wall time | CPU time |\n|---|---|---|")
    result = subprocess.run([sys.executable, "-c", LOAD_PROBE], capture_output=True, text=True,
                            check=True)
    print(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=5000, help="random news word pairs")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    if not BREAKING_NLI.exists():
        sys.exit(f"{BREAKING_NLI} is missing: this measure needs ../shared/data")
    load_cost()
    breaking_nli_coverage()
    news_false_alarms(args.pairs, args.seed)
    lifting_gain(args.seed)


if __name__ == "__main__":
    main()
