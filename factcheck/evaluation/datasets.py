"""The four data forms ``factcheck eval`` reads, recognised by their content, not their name.

1. sentence pairs (ChatProtect): jsonl with ``sentence_1``, ``sentence_2``, optional ``prefix``
   and ``label`` contradiction / no_contradiction;
2. NLI pairs: jsonl (or a json list) with premise/hypothesis, context/hypothesis,
   sentence1/sentence2 or evidence/claim, and a label in the spellings of SNLI, ANLI (e/n/c),
   LingNLI, IMPPRES (``gold_label_log`` preferred over ``gold_label``), MED / MoNLI / HANS (2-way)
   and VitaminC (SUPPORTS / REFUTES / NOT ENOUGH INFO);
3. documents (ContraDoc): jsonl with ``id``, ``text``, ``label`` contradictory / non_contradictory
   and optional ``evidence``;
4. annotated articles: a folder holding ``gold.jsonl`` and one ``<id>.txt`` (or .md / .html) per line;
5. clean articles (``clean-news``): jsonl with ``id`` and ``text`` and no label, or a folder of such
   files (one ``dev.jsonl`` per source folder): published articles that should raise no finding.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from factcheck.errors import InputError

ARTICLE_SUFFIXES = (".txt", ".md", ".html")
ENTAILMENT, NEUTRAL, CONTRADICTION, NON_ENTAILMENT = "entailment", "neutral", "contradiction", "non_entailment"

# Every label spelling of the supported sets, mapped to one of the four names above.
NLI_LABELS: dict[str, str] = {
    "entailment": ENTAILMENT, "e": ENTAILMENT, "supports": ENTAILMENT, "entails": ENTAILMENT,
    "neutral": NEUTRAL, "n": NEUTRAL, "not enough info": NEUTRAL,
    "contradiction": CONTRADICTION, "c": CONTRADICTION, "refutes": CONTRADICTION,
    "non-entailment": NON_ENTAILMENT, "non_entailment": NON_ENTAILMENT,
}
# (premise field, hypothesis field), tried in order.
NLI_FIELDS = (("premise", "hypothesis"), ("context", "hypothesis"),
              ("sentence1", "sentence2"), ("evidence", "claim"))
NLI_LABEL_FIELDS = ("gold_label_log", "gold_label", "label")  # IMPPRES: the strict logical reading
PAIR_LABELS = {"contradiction": True, "no_contradiction": False}
DOCUMENT_LABELS = {"contradictory": True, "non_contradictory": False}
GOLD_KINDS = frozenset({"numeric", "quantifier", "negation", "date", "role", "antonym", "comparative", "location",
                        "entity", "general"})


class Form(str, Enum):
    SENTENCE_PAIRS = "sentence-pairs"
    NLI_PAIRS = "nli-pairs"
    DOCUMENTS = "documents"
    ARTICLES = "articles"
    CLEAN = "clean-articles"


@dataclass(frozen=True)
class SentencePairItem:
    sentence_1: str
    sentence_2: str
    prefix: str
    contradiction: bool


@dataclass(frozen=True)
class NLIItem:
    premise: str
    hypothesis: str
    label: str  # one of entailment / neutral / contradiction / non_entailment


@dataclass(frozen=True)
class DocumentItem:
    id: str
    text: str
    contradictory: bool
    evidence: str | None


@dataclass(frozen=True)
class CleanArticle:
    id: str
    source: str  # the folder (clean-news source) or file it came from
    text: str


@dataclass(frozen=True)
class GoldPassagePair:
    kind: str
    a: str  # exact substring of the article
    b: str


@dataclass(frozen=True)
class ArticleItem:
    id: str
    path: Path
    clean: bool
    contradictions: tuple[GoldPassagePair, ...]
    traps: tuple[GoldPassagePair, ...]


@dataclass(frozen=True)
class Dataset:
    form: Form
    items: tuple[Any, ...]
    two_way: bool = False  # NLI pairs only: the set tells entailment from non-entailment alone


def load_dataset(path: str | Path) -> Dataset:
    """Read DATA in whichever of the four forms its content shows; InputError when none fits."""
    path = Path(path)
    if path.is_dir() and not (path / "gold.jsonl").is_file() and sorted(path.rglob("*.jsonl")):
        return Dataset(Form.CLEAN, tuple(read_clean_articles(path)))
    if path.is_dir() or path.name == "gold.jsonl":
        folder = path if path.is_dir() else path.parent
        return Dataset(Form.ARTICLES, tuple(read_articles(folder)))
    records = read_records(path)
    if "text" in records[0] and "label" not in records[0]:
        return Dataset(Form.CLEAN, tuple(clean_article(r, path.stem, path) for r in records))
    form = detect_form(records[0], path)
    if form is Form.SENTENCE_PAIRS:
        return Dataset(form, tuple(sentence_pair_item(r, path) for r in records))
    if form is Form.DOCUMENTS:
        return Dataset(form, tuple(document_item(r, path) for r in records))
    items = tuple(item for item in (nli_item(r, path) for r in records) if item is not None)
    if not items:
        raise InputError(f"{path}: no NLI pair with a known label")
    return Dataset(form, items, two_way=all(item.label != CONTRADICTION for item in items))


def read_records(path: Path) -> list[dict[str, Any]]:
    """Records of a jsonl file or of a json file holding one list of objects."""
    if not path.is_file():
        raise InputError(f"{path}: no such data file or folder")
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        records = json.loads(text) if text.lstrip().startswith("[") else [
            json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as error:
        raise InputError(f"{path}: not JSON lines or a JSON list ({error.msg}, line {error.lineno})") from None
    if not records or not all(isinstance(r, dict) for r in records):
        raise InputError(f"{path}: expected one JSON object per line (or a list of objects)")
    return records


def detect_form(record: dict[str, Any], path: Path) -> Form:
    """The form is told by the fields of the first record."""
    if {"sentence_1", "sentence_2"} <= record.keys():
        return Form.SENTENCE_PAIRS
    if {"text", "label"} <= record.keys():
        return Form.DOCUMENTS
    if any({p, h} <= record.keys() for p, h in NLI_FIELDS):
        return Form.NLI_PAIRS
    raise InputError(f"{path}: unknown data form (fields {', '.join(sorted(record))}); "
                     "expected sentence_1/sentence_2, premise/hypothesis, or text/label")


def field(record: dict[str, Any], name: str, path: Path) -> Any:
    if name not in record:
        raise InputError(f"{path}: a record lacks the field {name!r}")
    return record[name]


def mapped_label(record: dict[str, Any], name: str, labels: dict[str, bool], path: Path) -> bool:
    value = str(field(record, name, path)).strip().lower()
    if value not in labels:
        raise InputError(f"{path}: label {value!r} is not one of {', '.join(labels)}")
    return labels[value]


def sentence_pair_item(record: dict[str, Any], path: Path) -> SentencePairItem:
    return SentencePairItem(
        sentence_1=str(field(record, "sentence_1", path)),
        sentence_2=str(field(record, "sentence_2", path)),
        prefix=str(record.get("prefix") or ""),
        contradiction=mapped_label(record, "label", PAIR_LABELS, path),
    )


def document_item(record: dict[str, Any], path: Path) -> DocumentItem:
    return DocumentItem(
        id=str(record.get("id", "")),
        text=str(field(record, "text", path)),
        contradictory=mapped_label(record, "label", DOCUMENT_LABELS, path),
        evidence=record.get("evidence") or None,
    )


def nli_item(record: dict[str, Any], path: Path) -> NLIItem | None:
    """An NLI pair, or None for an item without a gold label (SNLI's "-")."""
    fields = next(((p, h) for p, h in NLI_FIELDS if {p, h} <= record.keys()), None)
    label_field = next((name for name in NLI_LABEL_FIELDS if name in record), None)
    if fields is None or label_field is None:
        raise InputError(f"{path}: an NLI record lacks a premise/hypothesis pair or a label")
    raw = str(record[label_field]).strip().lower()
    if raw in ("-", ""):
        return None
    if raw not in NLI_LABELS:
        raise InputError(f"{path}: NLI label {raw!r} is not a known spelling")
    return NLIItem(premise=str(record[fields[0]]), hypothesis=str(record[fields[1]]), label=NLI_LABELS[raw])


def read_clean_articles(folder: Path) -> list[CleanArticle]:
    """Every record of every jsonl file under ``folder``; the source is the file's folder name."""
    articles = []
    for path in sorted(folder.rglob("*.jsonl")):
        source = path.parent.name if path.parent != folder else path.stem
        articles.extend(clean_article(record, source, path) for record in read_records(path))
    return articles


def clean_article(record: dict[str, Any], source: str, path: Path) -> CleanArticle:
    return CleanArticle(id=str(record.get("id", "")), source=source, text=str(field(record, "text", path)))


def read_articles(folder: Path) -> list[ArticleItem]:
    gold = folder / "gold.jsonl"
    if not gold.is_file():
        raise InputError(f"{folder}: an annotated-article folder needs a gold.jsonl")
    return [article_item(record, folder, gold) for record in read_records(gold)]


def article_file(folder: Path, article_id: str) -> Path:
    for suffix in ARTICLE_SUFFIXES:
        candidate = folder / f"{article_id}{suffix}"
        if candidate.is_file():
            return candidate
    raise InputError(f"{folder}: no article file for id {article_id!r} (.txt, .md or .html)")


def passage_pairs(record: dict[str, Any], name: str, gold: Path) -> tuple[GoldPassagePair, ...]:
    pairs = []
    for entry in record.get(name, []):
        kind = str(field(entry, "kind", gold))
        if kind not in GOLD_KINDS:
            raise InputError(f"{gold}: kind {kind!r} is not one of {', '.join(sorted(GOLD_KINDS))}")
        pairs.append(GoldPassagePair(kind, str(field(entry, "a", gold)), str(field(entry, "b", gold))))
    return tuple(pairs)


def article_item(record: dict[str, Any], folder: Path, gold: Path) -> ArticleItem:
    article_id = str(field(record, "id", gold))
    return ArticleItem(
        id=article_id,
        path=article_file(folder, article_id),
        clean=bool(field(record, "clean", gold)),
        contradictions=passage_pairs(record, "contradictions", gold),
        traps=passage_pairs(record, "traps", gold),
    )


def spread_sample(items: tuple[Any, ...], limit: int | None) -> tuple[Any, ...]:
    """``limit`` items spread evenly over the set, so a quick look still sees every topic and label."""
    if limit is None or limit >= len(items):
        return items
    if limit <= 0:
        return ()
    return tuple(items[index * len(items) // limit] for index in range(limit))
