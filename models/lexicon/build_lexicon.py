"""Derive the lexical tables factcheck ships from Open English WordNet (OEWN) YAML source.

Why: the checker must know which words mean the same and which exclude each other ("rose" /
"fell", "approved" / "rejected", "larger" / "smaller"). WordNet records these relations for the
whole English vocabulary, under a permissive license (CC BY 4.0 plus the WordNet License), so the
checker reads them from data instead of from a growing hand-written word list. The OEWN source is
45 MB of YAML that takes about a minute and a half to parse; this script reads it once and writes
compact gzip-compressed JSON tables (a few MB) that `factcheck/lexicon.py` loads in milliseconds.

Run from the repository root (pyyaml is needed here only, never at run time):

    .venv/bin/python models/lexicon/build_lexicon.py [--source ../shared/data/lexicon/oewn/yaml]

The output is deterministic: the same source gives byte-identical tables.

Identifiers in the tables:
- a *synset* is an integer: its index in ``synsets.json.gz`` (OEWN's own id is kept there);
- a *sense* (one word in one synset) is an integer: its index in ``senses.json.gz``.
Relations OEWN records between senses (antonym, derivation, pertainym) are pairs of sense ids;
relations it records between synsets (hypernym, similar, meronym) are synset ids.
"""

from __future__ import annotations

import argparse
import array
import base64
import gzip
import itertools
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_SOURCE = REPO / ".." / "shared" / "data" / "lexicon" / "oewn" / "yaml"

# Parts of speech as factcheck names them. OEWN writes adjective satellites as "s" on synsets;
# entries list them under "a", and so do the tables.
POS = ("n", "v", "a", "r")
SYNSET_POS = {"n": "n", "v": "v", "a": "a", "s": "a", "r": "r"}

# OEWN stores hypernym edges on the hyponym (hyponym edges are their inverse).
HYPERNYM_KEYS = ("hypernym", "instance_hypernym")

# Morphosemantic links OEWN adds to some derivations (verb sense -> noun sense): what the noun is
# to the verb. "acquire" -> "acquisition" is an event; "acquire" -> "acquirer" is an agent. The
# checker needs the difference: an act and its event noun mean the same, an act and its doer do not.
ROLE_KEYS = ("event", "state", "result", "property", "agent", "undergoer", "instrument",
             "by_means_of", "uses", "location", "material", "vehicle", "body_part", "destination")


def load_yaml(path: Path) -> dict:
    """One OEWN YAML file, parsed with libyaml when pyyaml has it (about ten times faster)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)


# WordNet's lexicographer files: the semantic field of each synset ("verb.motion", "noun.person").
LEXFILES = sorted(f"{kind}.{name}" for kind, names in {
    "adj": ("all", "pert", "ppl"), "adv": ("all",),
    "noun": ("Tops", "act", "animal", "artifact", "attribute", "body", "cognition", "communication", "event",
             "feeling", "food", "group", "location", "motive", "object", "person", "phenomenon", "plant",
             "possession", "process", "quantity", "relation", "shape", "state", "substance", "time"),
    "verb": ("body", "change", "cognition", "communication", "competition", "consumption", "contact",
             "creation", "emotion", "motion", "perception", "possession", "social", "stative", "weather"),
}.items() for name in names)


def read_source(source: Path) -> tuple[dict, dict]:
    """All lexical entries (entries-*.yaml) and all synsets (noun.*, verb.*, adj.*, adv.*)."""
    entries: dict = {}
    for path in sorted(source.glob("entries-*.yaml")):
        entries.update(load_yaml(path))
    synsets: dict = {}
    for prefix in ("noun", "verb", "adj", "adv"):
        for path in sorted(source.glob(f"{prefix}.*.yaml")):
            for sid, synset in load_yaml(path).items():
                synsets[sid] = {**synset, "lexfile": path.stem}  # 'verb.motion': WordNet's semantic field
    if not entries or not synsets:
        sys.exit(f"no OEWN YAML under {source}: pass --source")
    return entries, synsets


def entry_pos(key: str) -> str:
    """OEWN splits homographs with different pronunciations ("bass" n-1 / n-2); merge them."""
    return key.split("-")[0]


def build(source: Path) -> dict[str, object]:
    """Every table, keyed by file stem, from the parsed source."""
    entries, raw_synsets = read_source(source)

    synset_ids = sorted(raw_synsets)
    synset_index = {sid: i for i, sid in enumerate(synset_ids)}

    # Senses, in sense order per (pos, lower-cased lemma). WordNet lists an entry's senses most
    # frequent first; the exact lower-case spelling comes before capitalised variants ("march"
    # before "March"), because running text is mostly lower case.
    grouped: dict[tuple[str, str], list[tuple[str, dict]]] = defaultdict(list)
    forms: dict[str, dict[str, set[str]]] = {pos: defaultdict(set) for pos in POS}
    for lemma in sorted(entries, key=lambda w: (w.lower(), w != w.lower(), w)):
        for pos_key, entry in sorted(entries[lemma].items()):
            pos = entry_pos(pos_key)
            for sense in entry.get("sense", []):
                grouped[(pos, lemma.lower())].append((lemma, sense))
            for form in entry.get("form", []):
                if form.lower() != lemma.lower():
                    forms[pos][form.lower()].add(lemma.lower())

    sense_lemma: list[str] = []
    sense_synset: list[int] = []
    sense_index: dict[str, int] = {}
    lemmas: dict[str, dict[str, list[int]]] = {pos: {} for pos in POS}
    for (pos, key), senses in sorted(grouped.items()):
        ids = []
        for written, sense in senses:
            sid = len(sense_lemma)
            sense_lemma.append(written)
            sense_synset.append(synset_index[sense["synset"]])
            sense_index[sense["id"]] = sid
            ids.append(sid)
        lemmas[pos][key] = ids

    # The tables keep no member lists: a synset's members are the senses that point at it.
    # Check that this loses nothing: every member OEWN lists has its sense.
    sense_of = {(sense_lemma[s], sense_synset[s]) for s in range(len(sense_lemma))}
    missing = [(m, sid) for sid in synset_ids for m in raw_synsets[sid]["members"]
               if (m, synset_index[sid]) not in sense_of]
    if missing:
        sys.exit(f"{len(missing)} synset members have no lexical entry, e.g. {missing[:3]}")
    pos_letters = [SYNSET_POS[raw_synsets[sid]["partOfSpeech"]] for sid in synset_ids]

    def synset_edges(keys) -> set[tuple[int, int]]:
        return {(synset_index[sid], synset_index[target]) for sid in synset_ids
                for key in keys for target in raw_synsets[sid].get(key, [])}

    def sense_edges(key: str) -> set[tuple[int, int]]:
        return {(sense_index[sense["id"]], sense_index[target])
                for senses in grouped.values() for _written, sense in senses
                for target in sense.get(key, []) if target in sense_index}

    n_senses, n_synsets = len(sense_synset), len(synset_ids)
    keys = {pos: sorted(lemmas[pos]) for pos in POS}
    return {
        # Sense ids run in (pos, lemma) order, so each lemma owns a contiguous block of them:
        # keys[i] has the senses starts[i] to starts[i + 1] - 1.
        "lemmas": {pos: {"keys": "\n".join(keys[pos]),
                         "starts": int32([lemmas[pos][k][0] for k in keys[pos]]
                                         + [lemmas[pos][keys[pos][-1]][-1] + 1])}
                   for pos in POS},
        "senses": {"synset": int32(sense_synset)},
        "members": adjacency(n_synsets, ((sense_synset[s], s) for s in range(n_senses))),
        "synsets": {"id": synset_ids, "pos": "".join(pos_letters), "lexfiles": LEXFILES,
                    "lexfile": int32([LEXFILES.index(raw_synsets[sid]["lexfile"]) for sid in synset_ids])},
        "hypernyms": adjacency(n_synsets, synset_edges(HYPERNYM_KEYS)),
        "antonyms": sorted_pairs(symmetric(sense_edges("antonym"))),
        "similar": adjacency(n_synsets, both_ways(synset_edges(("similar",)))),
        "derivations": {
            # Derivations and pertainyms together, both ways: morphologically related senses.
            "related": adjacency(n_senses, both_ways(sense_edges("derivation")
                                                     | sense_edges("pertainym"))),
            "roles": {key: sorted_pairs(sense_edges(key)) for key in ROLE_KEYS},
        },
        # Part holonyms: part -> wholes (OEWN records the meronym on the whole).
        # Cause -> effect between verb synsets ('kill' -> 'die', 'raise' -> 'rise'): one happening
        # told from the causer's side and from the undergoer's.
        "causes": adjacency(n_synsets, synset_edges(("causes",))),
        "holonyms": adjacency(n_synsets, {(part, whole)
                                          for whole, part in synset_edges(("mero_part",))}),
        # Member holonyms: member -> groups ('councillor' -> 'council', 'juror' -> 'jury'), which
        # OEWN records as the group's member meronyms.
        "groups": adjacency(n_synsets, {(member, group)
                                        for group, member in synset_edges(("mero_member",))}),
        "exceptions": {pos: {f: sorted(b) for f, b in sorted(forms[pos].items())} for pos in POS},
    }


def int32(values) -> str:
    """A list of ints as base64 of little-endian int32: ``array.frombytes`` reads it instantly."""
    packed = array.array("i", values)
    if sys.byteorder == "big":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode("ascii")


def adjacency(n_nodes: int, edges) -> dict[str, str]:
    """Edges (source, target) as compressed sparse rows: the targets of node i are
    ``targets[offsets[i]:offsets[i + 1]]``, sorted."""
    targets: list[list[int]] = [[] for _ in range(n_nodes)]
    for source, target in sorted(set(edges)):
        targets[source].append(target)
    offsets = list(itertools.accumulate((len(t) for t in targets), initial=0))
    return {"offsets": int32(offsets), "targets": int32(itertools.chain.from_iterable(targets))}


def symmetric(pairs) -> set[tuple[int, int]]:
    """Each unordered pair once, smaller id first."""
    return {tuple(sorted(p)) for p in pairs}


def both_ways(pairs) -> set[tuple[int, int]]:
    return set(pairs) | {(b, a) for a, b in pairs}


def sorted_pairs(pairs) -> list[list[int]]:
    return sorted([a, b] for a, b in pairs)


def write(tables: dict[str, object], out: Path) -> dict[str, int]:
    """Write each table as ``<name>.json.gz`` (gzip mtime 0, so rebuilds are byte-identical)."""
    sizes = {}
    for name, table in tables.items():
        data = json.dumps(table, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        path = out / f"{name}.json.gz"
        with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                                   filename="", compresslevel=9) as handle:
            handle.write(data.encode("utf-8"))
        sizes[name] = path.stat().st_size
    return sizes


def counts(tables: dict) -> dict[str, int]:
    """The numbers models/lexicon/README.md reports (edges of symmetric relations count once)."""
    def n_ints(encoded: str) -> int:
        return len(base64.b64decode(encoded)) // 4

    def n_edges(table: dict) -> int:
        return n_ints(table["targets"])

    return {
        "lemmas": sum(n_ints(v["starts"]) - 1 for v in tables["lemmas"].values()),
        "senses": n_ints(tables["senses"]["synset"]),
        "synsets": len(tables["synsets"]["id"]),
        "hypernym edges": n_edges(tables["hypernyms"]),
        "antonym sense pairs": len(tables["antonyms"]),
        "similar synset pairs": n_edges(tables["similar"]) // 2,
        "derivation + pertainym sense pairs": n_edges(tables["derivations"]["related"]) // 2,
        **{f"{k} role edges": len(v) for k, v in tables["derivations"]["roles"].items()},
        "cause edges": n_edges(tables["causes"]),
        "part holonym edges": n_edges(tables["holonyms"]),
        "member holonym edges": n_edges(tables["groups"]),
        "exception forms": sum(len(v) for v in tables["exceptions"].values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE,
                        help="folder of OEWN YAML files (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=HERE, help="where the tables go")
    args = parser.parse_args()
    start = time.perf_counter()
    tables = build(args.source)
    sizes = write(tables, args.out)
    for name, value in counts(tables).items():
        print(f"{name:28} {value:>8,}")
    for name, size in sizes.items():
        print(f"{name + '.json.gz':28} {size:>8,} bytes")
    print(f"{'total':28} {sum(sizes.values()):>8,} bytes  ({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
