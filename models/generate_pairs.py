"""Rule-made NLI pairs in news prose, for what the public training sets lack.

The public NLI sets are mostly image captions, fiction and templated logic. An article checker sees
news sentences that differ in one number, one quantifier, one weekday, one direction word or one
name — and, far more often, pairs of sentences from the same article that simply talk about
different things. This script makes such pairs from freely licensed news text
(``../shared/data/news-text``: Wikinews CC BY 2.5, UD PUD CC BY-SA 3.0, FOMC statements, US gov)
plus templated quantifier/count sentences, each labelled by the rule that made it:

* contradiction: a changed number, a count against a quantifier ("the majority" / "all ten"),
  an inserted negation, a changed weekday or month, a reversed direction word, a swapped name;
* entailment: a weakened number ("12" -> "more than ten"), a dropped trailing clause;
* neutral: two different sentences of the same document; a weakened number read backwards.

Usage: ``python models/generate_pairs.py OUT.jsonl [--seed 13]``. Deterministic for a seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path
from typing import Iterator

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100,
}
WORD_FOR = {v: k for k, v in NUMBER_WORDS.items()}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
OPPOSITES = {
    "rose": "fell", "fell": "rose", "increased": "decreased", "decreased": "increased",
    "raised": "lowered", "lowered": "raised", "won": "lost", "lost": "won",
    "higher": "lower", "lower": "higher", "more": "fewer", "fewer": "more",
    "accepted": "rejected", "rejected": "accepted", "approved": "rejected",
    "increase": "decrease", "decrease": "increase", "rising": "falling", "falling": "rising",
    "above": "below", "below": "above", "before": "after", "after": "before",
    "opened": "closed", "closed": "opened", "supported": "opposed", "opposed": "supported",
    "strengthened": "weakened", "weakened": "strengthened", "expanded": "contracted",
    "gained": "lost", "largest": "smallest", "first": "last", "confirmed": "denied",
}
AUXILIARIES = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
               "could", "should", "did", "does", "do"]
NUMBER_RE = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r")\b")
NAME_RE = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)")


# ---------------------------------------------------------------- sources


def news_documents() -> list[list[str]]:
    """Sentences of each freely licensed news document, in document order."""
    docs: list[list[str]] = []
    for line in (DATA / "news-text/gum_wikinews/gum_wikinews_docs.jsonl").open():
        doc = json.loads(line)
        docs.append([s for s in doc["sentences"][3:] if len(s.split()) >= 6])
    by_doc: dict[str, list[str]] = {}
    for line in (DATA / "news-text/ud_english_pud/pud_sentences.jsonl").open():
        row = json.loads(line)
        by_doc.setdefault(row["doc_id"], []).append(row["text"])
    docs.extend(by_doc.values())
    for line in (DATA / "news-text/fomc_statements/fomc_statements.jsonl").open():
        text = " ".join(json.loads(line)["text"].split())
        sentences = [s.strip() for s in re.split(r"(?<=[a-z0-9%][.;]) (?=[A-Z])", text)]
        docs.append([s for s in sentences if 6 <= len(s.split()) <= 60])
    return [d for d in docs if d]


# ---------------------------------------------------------------- rules


def _number_value(token: str) -> float:
    token = token.lower().replace(",", "")
    return float(NUMBER_WORDS[token]) if token in NUMBER_WORDS else float(token)


def _other_number(value: float, rng: random.Random, as_word: bool) -> str:
    if value >= 1900 and value <= 2100 and value == int(value):  # a year
        return str(int(value) + rng.choice([-3, -2, -1, 1, 2, 3]))
    if value != int(value):
        return f"{value * rng.choice([0.5, 0.7, 1.4, 2]):.1f}"
    candidates = [int(value * f) for f in (0.3, 0.5, 0.6, 1.5, 2, 3)] + [int(value) + 1, int(value) + 2]
    candidates = [c for c in candidates if c != int(value) and c > 0]
    choice = rng.choice(candidates or [int(value) + 3])
    return WORD_FOR.get(choice, f"{choice:,}") if as_word else f"{choice:,}" if value >= 1000 else str(choice)


def change_number(sentence: str, rng: random.Random) -> str | None:
    matches = list(NUMBER_RE.finditer(sentence))
    if not matches:
        return None
    m = rng.choice(matches)
    replacement = _other_number(_number_value(m.group()), rng, m.group().isalpha())
    return sentence[: m.start()] + replacement + sentence[m.end():]


def _is_plain_count(sentence: str, m: re.Match) -> bool:
    """A number that counts something: not a year, a day of a month, a fraction or already bounded."""
    before, after = sentence[: m.start()], sentence[m.end():]
    return not (
        1900 <= _number_value(m.group()) <= 2100
        or re.search(r"(about|around|nearly|least|than|over|up to|" + "|".join(MONTHS) + r")\s*$", before)
        or re.match(r"[-/.:]\d|[-/]|\s*(percent|%|hour|year|day|minute)", after)
        or before.endswith(("-", "/", "$"))
    )


def weaken_number(sentence: str, rng: random.Random) -> str | None:
    """'12 people' -> 'more than ten people' / 'about 12 people' / 'at least 10 people'."""
    matches = [m for m in NUMBER_RE.finditer(sentence) if _is_plain_count(sentence, m)]
    if not matches:
        return None
    m = rng.choice(matches)
    value = _number_value(m.group())
    if value < 3 or value != int(value):
        return None
    lower = int(value * rng.choice([0.5, 0.8])) or 1
    phrase = rng.choice([f"more than {lower}", f"at least {lower}", f"about {m.group()}",
                         f"over {lower}", f"some {m.group()}"])
    return sentence[: m.start()] + phrase + sentence[m.end():]


def negate(sentence: str, rng: random.Random) -> str | None:
    words = sentence.split(" ")
    spots = [i for i, w in enumerate(words[:-1]) if w in AUXILIARIES and words[i + 1] not in ("not", "no", "n't")]
    if not spots:
        return None
    i = rng.choice(spots)
    return " ".join(words[: i + 1] + ["not"] + words[i + 1:])


def remove_negation(sentence: str, rng: random.Random) -> str | None:
    out = re.sub(r"\b(is|are|was|were|has|have|had|will|would|can|could|did|does|do) not\b", r"\1", sentence, count=1)
    return out if out != sentence else None


def swap_from(vocabulary: list[str]):
    def swap(sentence: str, rng: random.Random) -> str | None:
        present = [w for w in vocabulary if re.search(rf"\b{w}\b", sentence)]
        if not present:
            return None
        word = rng.choice(present)
        other = rng.choice([w for w in vocabulary if w != word])
        return re.sub(rf"\b{word}\b", other, sentence, count=1)
    return swap


def reverse_direction(sentence: str, rng: random.Random) -> str | None:
    present = [w for w in OPPOSITES if re.search(rf"\b{w}\b", sentence)]
    if not present:
        return None
    word = rng.choice(present)
    return re.sub(rf"\b{word}\b", OPPOSITES[word], sentence, count=1)


def swap_name(sentence: str, rng: random.Random, names: list[str]) -> str | None:
    found = [m for m in NAME_RE.finditer(sentence) if m.group() not in WEEKDAYS + MONTHS]
    if not found:
        return None
    m = rng.choice(found)
    other = rng.choice(names)
    if other == m.group():
        return None
    return sentence[: m.start()] + other + sentence[m.end():]


def drop_trailing_clause(sentence: str, rng: random.Random) -> str | None:
    """'A did B, which C.' -> 'A did B.' : the shorter sentence is entailed."""
    parts = sentence.rstrip(".").split(", ")
    if len(parts) < 2 or len(parts[0].split()) < 6:
        return None
    if re.match(r"(and|but|or|so|because|although|while|if|unless|though)\b", parts[1]):
        return None  # a clause whose loss could change the meaning
    return parts[0] + "."


# ---------------------------------------------------------------- templates

SUBJECTS = ["Air defences", "The army", "Police", "Rescue teams", "The coast guard", "Officials",
            "The navy", "Firefighters", "Inspectors", "The committee", "Election officials", "Doctors"]
EVENTS = [("intercepted", "drones"), ("shot down", "missiles"), ("arrested", "suspects"),
          ("rescued", "passengers"), ("evacuated", "residents"), ("inspected", "buildings"),
          ("approved", "applications"), ("treated", "patients"), ("counted", "ballots"),
          ("recovered", "vehicles"), ("questioned", "witnesses"), ("closed", "schools")]
PARTIAL = ["the majority of the", "most of the", "more than half of the", "some of the",
           "several of the", "a few of the", "part of the"]
TOTAL = ["all {n}", "every one of the {n}", "each of the {n}", "all of the {n}"]


def quantifier_pairs(rng: random.Random, count: int) -> Iterator[dict]:
    """The 'majority' vs 'all ten' family, with its compatible and neutral cousins."""
    for _ in range(count):
        subject = rng.choice(SUBJECTS)
        verb, noun = rng.choice(EVENTS)
        n = rng.choice([4, 5, 6, 8, 10, 12, 15, 20, 30, 40, 50, 100, 120, 300])
        n_text = WORD_FOR.get(n, str(n)) if rng.random() < 0.6 else str(n)
        partial = f"{subject} {verb} {rng.choice(PARTIAL)} {noun}."
        total = f"{subject} {verb} {rng.choice(TOTAL).format(n=n_text)} {noun}."
        none = f"{subject} {verb} none of the {noun}."
        k = rng.randint(1, n - 1)
        exact = f"{subject} {verb} {k} of the {n} {noun}."
        other_verb, other_noun = rng.choice([e for e in EVENTS if e[1] != noun])
        other = f"{subject} {other_verb} all {n_text} {other_noun}."
        yield from (
            pair(partial, total, "contradiction", "quantifier-partial-vs-all"),
            pair(total, partial, "contradiction", "quantifier-partial-vs-all"),
            pair(none, exact, "contradiction", "quantifier-none-vs-count"),
            pair(total, none, "contradiction", "quantifier-all-vs-none"),
            pair(exact, f"{subject} {verb} some of the {noun}.", "entailment", "quantifier-count-entails-some"),
            pair(partial, other, "neutral", "quantifier-different-referent"),
        )


def pair(premise: str, hypothesis: str, label: str, rule: str) -> dict:
    return {"premise": premise, "hypothesis": hypothesis, "label": label, "rule": rule}


# ---------------------------------------------------------------- assembly

CONTRADICTION_RULES = {
    "number-changed": change_number,
    "negation-inserted": negate,
    "negation-removed": remove_negation,
    "weekday-changed": swap_from(WEEKDAYS),
    "month-changed": swap_from(MONTHS),
    "direction-reversed": reverse_direction,
}


def sentence_pairs(docs: list[list[str]], rng: random.Random) -> Iterator[dict]:
    names = sorted({m.group() for doc in docs for s in doc for m in NAME_RE.finditer(s)}
                   - set(WEEKDAYS) - set(MONTHS))
    for doc in docs:
        for i, sentence in enumerate(doc):
            for rule, transform in CONTRADICTION_RULES.items():
                if rule == "negation-inserted" and rng.random() < 0.5:
                    continue  # aux-verbs are everywhere; keep negation from dominating the mix
                changed = transform(sentence, rng)
                if changed and changed != sentence:
                    first, second = (sentence, changed) if rng.random() < 0.5 else (changed, sentence)
                    yield pair(first, second, "contradiction", rule)
            if rng.random() < 0.3:
                changed = swap_name(sentence, rng, names)
                if changed:
                    yield pair(sentence, changed, "contradiction", "name-swapped")
            weaker = weaken_number(sentence, rng)
            if weaker:
                yield pair(sentence, weaker, "entailment", "number-weakened")
                if rng.random() < 0.5:
                    yield pair(weaker, sentence, "neutral", "number-weakened-reversed")
            shorter = drop_trailing_clause(sentence, rng)
            if shorter:
                yield pair(sentence, shorter, "entailment", "clause-dropped")
            if len(doc) > 2 and rng.random() < 0.6:
                other = doc[rng.choice([j for j in range(len(doc)) if j != i])]
                yield pair(sentence, other, "neutral", "same-document")


def generate(seed: int) -> list[dict]:
    rng = random.Random(seed)
    rows = list(sentence_pairs(news_documents(), rng))
    rows.extend(quantifier_pairs(rng, 1500))
    rng.shuffle(rows)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    rows = generate(args.seed)
    with args.out.open("w") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["rule"]] = counts.get(row["rule"], 0) + 1
    print(f"{len(rows)} pairs -> {args.out}")
    for rule, n in sorted(counts.items()):
        print(f"  {rule:32s} {n}")


if __name__ == "__main__":
    main()
