"""Read GUM's CoNLL-U documents into spaCy Docs, split by GUM's official train/dev/test lists.

Shared by ``train_parser.py`` (the recipe) and ``evaluate_parser.py`` (the measure), so both see the
same split and the same conversion.

Split: GUM's own ``splits.md`` (github.com/amir-zeldes/gum, the partitions UD_English-GUM uses)
names two dev and two test documents per genre. ``DEV_DOCS`` and ``TEST_DOCS`` below copy the
names for the six genres kept in ``../shared/data/treebanks/gum``; every other document is train.

Conversion: the words are UD's syntactic words (a multiword token such as "country's" gives
"country" + "'s", which is also how spaCy's English tokenizer splits it; UD's empty nodes are
skipped). The raw text is rebuilt from ``SpaceAfter=No``; sentences are joined by one space, so the
parser has to find sentence boundaries in running text. XPOS goes to ``tag_``, UPOS to ``pos_``,
FEATS to ``morph``, LEMMA to ``lemma_``, and the tree to ``head``/``dep_``, with UD's ``root``
renamed ``ROOT`` as spaCy expects.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

REPO = Path(__file__).resolve().parents[2]
GUM_DIR = REPO / ".." / "shared" / "data" / "treebanks" / "gum"

DEV_DOCS = frozenset(
    {
        "GUM_academic_exposure", "GUM_academic_librarians",
        "GUM_bio_byron", "GUM_bio_emperor",
        "GUM_court_loan", "GUM_court_negligence",
        "GUM_interview_cyclone", "GUM_interview_gaming",
        "GUM_news_homeopathic", "GUM_news_iodine",
        "GUM_voyage_athens", "GUM_voyage_coron",
    }
)  # fmt: skip
TEST_DOCS = frozenset(
    {
        "GUM_academic_discrimination", "GUM_academic_eegimaa",
        "GUM_bio_dvorak", "GUM_bio_jespersen",
        "GUM_court_insanity", "GUM_court_mitigation",
        "GUM_interview_hill", "GUM_interview_libertarian",
        "GUM_news_nasa", "GUM_news_sensitive",
        "GUM_voyage_oakland", "GUM_voyage_vavau",
    }
)  # fmt: skip
PARTS = ("train", "dev", "test")


@dataclass(frozen=True)
class Word:
    """One syntactic word of a CoNLL-U sentence; ``head`` is 0 for the root, else 1-based."""

    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    space_after: bool


@dataclass(frozen=True)
class GumDocument:
    name: str  # GUM_news_nasa
    genre: str  # news
    sentences: tuple[tuple[Word, ...], ...]

    @property
    def part(self) -> str:
        return part_of(self.name)


def part_of(name: str) -> str:
    """'train', 'dev' or 'test' for a GUM document name, by GUM's official split."""
    if name in DEV_DOCS:
        return "dev"
    if name in TEST_DOCS:
        return "test"
    return "train"


def _space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


def parse_sentence(lines: list[str]) -> tuple[Word, ...]:
    """The words of one CoNLL-U sentence block (comment lines already removed)."""
    words: list[Word] = []
    multiword_end = 0
    multiword_space = True
    for line in lines:
        cols = line.split("\t")
        if len(cols) != 10:
            raise ValueError(f"not a CoNLL-U word line: {line!r}")
        ident = cols[0]
        if "." in ident:  # empty node of the enhanced graph
            continue
        if "-" in ident:  # multiword token: its words follow; the space is the token's
            multiword_end = int(ident.split("-")[1])
            multiword_space = _space_after(cols[9])
            continue
        index = int(ident)
        if index < multiword_end:
            space = False
        elif index == multiword_end:
            space = multiword_space
        else:
            space = _space_after(cols[9])
        words.append(
            Word(
                form=cols[1],
                lemma=cols[2],
                upos=cols[3],
                xpos=cols[4],
                feats="" if cols[5] == "_" else cols[5],
                head=int(cols[6]),
                deprel="ROOT" if cols[7] == "root" else cols[7],
                space_after=space,
            )
        )
    return tuple(words)


def read_document(path: Path) -> GumDocument:
    """One GUM .conllu file (one document)."""
    sentences: list[tuple[Word, ...]] = []
    block: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if block:
                sentences.append(parse_sentence(block))
                block = []
        elif not line.startswith("#"):
            block.append(line)
    name = path.stem
    return GumDocument(name=name, genre=name.split("_")[1], sentences=tuple(sentences))


def read_corpus(gum_dir: Path = GUM_DIR) -> list[GumDocument]:
    """Every document under ``gum_dir``, sorted by name."""
    paths = sorted(gum_dir.glob("GUM_*.conllu"))
    if not paths:
        raise FileNotFoundError(f"no GUM_*.conllu files in {gum_dir}")
    return [read_document(path) for path in paths]


def check_split(documents: Iterable[GumDocument]) -> dict[str, dict[str, int]]:
    """Documents per genre and part; raises if a genre is missing from a part."""
    counts: dict[str, dict[str, int]] = {}
    for doc in documents:
        counts.setdefault(doc.genre, dict.fromkeys(PARTS, 0))[doc.part] += 1
    for genre, per_part in counts.items():
        missing = [part for part, n in per_part.items() if n == 0]
        if missing:
            raise ValueError(f"genre {genre} has no document in {', '.join(missing)}")
    return counts


def to_doc(vocab: Vocab, sentences: Iterable[tuple[Word, ...]]) -> Doc:
    """A gold spaCy Doc holding ``sentences`` as running text."""
    words: list[Word] = []
    heads: list[int] = []
    sent_starts: list[bool] = []
    spaces: list[bool] = []
    for sentence in sentences:
        offset = len(words)
        for i, word in enumerate(sentence):
            heads.append(offset + (word.head - 1 if word.head else i))
            sent_starts.append(i == 0)
            # the last word of a sentence is followed by a space, so sentences never glue together
            spaces.append(word.space_after or i == len(sentence) - 1)
        words.extend(sentence)
    if words:
        spaces[-1] = False
    return Doc(
        vocab,
        words=[w.form for w in words],
        spaces=spaces,
        tags=[w.xpos for w in words],
        pos=[w.upos for w in words],
        morphs=[w.feats for w in words],
        lemmas=[w.lemma for w in words],
        heads=heads,
        deps=[w.deprel for w in words],
        sent_starts=sent_starts,
    )


def chunks(
    sentences: tuple[tuple[Word, ...], ...], size: int
) -> Iterator[tuple[tuple[Word, ...], ...]]:
    """Consecutive groups of ``size`` sentences (training docs of a few sentences each)."""
    for start in range(0, len(sentences), size):
        yield sentences[start : start + size]
