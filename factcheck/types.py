"""The data that flows through factcheck, stage by stage.

Every stage reads the dataclasses of the stage before it and returns new ones; nothing is
mutated after it is made. Spans are character offsets into ``Document.text`` (the plain prose
after markup is stripped); line and column numbers are looked up in the document's source map
only when a report is rendered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - imported for type names only
    from factcheck.document import SourceMap
    from factcheck.frames import Frame
    from factcheck.quantities import Quantity
    from factcheck.titles import Role


@dataclass(frozen=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` in ``Document.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class Document:
    """Plain prose of one input, with a map back to where each character came from."""

    text: str
    source_map: "SourceMap"
    path: str | None = None  # None for standard input or text given directly
    warnings: tuple[str, ...] = ()  # e.g. "invalid UTF-8 replaced" — shown, never fatal
    # Text ranges an inline comment (<!-- factcheck: ignore --> / off ... on) exempts from findings.
    suppressed: tuple[Span, ...] = ()
    source_text: str = ""  # the file as decoded, before markup was stripped


@dataclass(frozen=True)
class Sentence:
    index: int
    span: Span
    text: str


class Polarity(str, Enum):
    POSITIVE = "positive"
    NEGATIVE = "negative"


@dataclass(frozen=True)
class Claim:
    """One checkable statement: a clause of a sentence, with who says it and its quantities."""

    id: int
    text: str
    span: Span
    sentence: int  # index of the Sentence it came from
    source: str | None = None  # who said it ("police"), None when the article itself asserts it
    quantities: tuple["Quantity", ...] = ()
    polarity: Polarity = Polarity.POSITIVE
    hedged: bool = False  # "may", "reportedly", "if" ... : weaker than a plain assertion
    source_span: Span | None = None  # where the source is named: "Mayor Helen Novak" in "... said"
    # Context (factcheck.context): the parse's reading of the claim, the names it is about with
    # pronouns and 'the company' resolved (lower-case words), and the dates it or its sentence states.
    frame: "Frame | None" = None
    about: frozenset[str] = frozenset()
    when: tuple[str, ...] = ()
    # People named with their office in the claim or its source ('Lewis Dunn, Ashby's club captain'),
    # read by ``factcheck.titles``.
    roles: tuple["Role", ...] = ()
    # The list or timeline the claim's paragraph is an entry of, named by the list's first paragraph,
    # and the entry's own paragraph (``factcheck.lists``); None in running text.
    entry: tuple[int, int] | None = None

    @property
    def stated_span(self) -> Span:
        """The claim together with its attribution: where a reader finds the whole statement."""
        if self.source_span is None:
            return self.span
        return Span(min(self.span.start, self.source_span.start), max(self.span.end, self.source_span.end))


@dataclass(frozen=True)
class Pair:
    """Two claims worth judging, and why the pairing stage picked them."""

    a: Claim
    b: Claim
    why_candidate: tuple[str, ...] = ()  # e.g. ("shared-number", "similar:0.62")


@dataclass(frozen=True)
class PairedDocument:
    """A document after the front end (sentences, claims, pairs): everything the judge half needs.

    It is the hand-over point between the two halves of the pipeline, so that corpus mode can run
    the front end in one process and the model in another without either re-implementing a stage.
    """

    document: Document
    sentences: tuple[Sentence, ...]
    claims: tuple[Claim, ...]
    pairs: tuple[Pair, ...]
    seconds: float = 0.0  # spent in the front end


class Kind(str, Enum):
    """What sort of conflict a verdict is about; severities and SARIF rules are per kind."""

    NUMERIC = "numeric"
    QUANTIFIER = "quantifier"
    NEGATION = "negation"
    DATE = "date"
    ROLE = "role"  # one person with two positions, or one office held by two people
    ANTONYM = "antonym"  # rose / fell, won / lost, approved / rejected
    COMPARATIVE = "comparative"  # larger / smaller, before / after, more / fewer than
    LOCATION = "location"  # one event in two places
    ENTITY = "entity"  # another one-valued relation with two fillers ("founded by X" / "by Y")
    GENERAL = "general"  # the model's own contradiction, with no rule behind it
    ATTRIBUTED = "attributed"  # sources disagree; the article itself does not contradict itself


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True)
class NLIProbs:
    """Label probabilities of one directed pair (premise -> hypothesis)."""

    entailment: float
    neutral: float
    contradiction: float


@dataclass(frozen=True)
class RuleResult:
    """What a rule (quantity comparison, negation check ...) said about a pair."""

    rule: str  # "quantity", "negation", ...
    outcome: str  # "conflicting" | "compatible" | "unrelated"
    kind: Kind
    reason: str  # one sentence a reader understands
    a_span: Span | None = None  # conflicting words in claim a (document offsets)
    b_span: Span | None = None


@dataclass(frozen=True)
class Restatement:
    """A conflict a rule can state only if the model reads the acts it cannot link. Claim b is
    restated with claim a's amount in place of its own, and the model reads it against claim a:

    * ``same``: with one figure, does one claim follow from the other? Then the figures are two
      values of one count ('23 people had been arrested' / 'Officers detained 31 protesters');
    * ``opposite``: with 'all' for a part ('Two of the climbers turned back' -> 'All of the
      climbers turned back'), do the claims contradict each other? Then no member can do both
      acts, and a part doing one leaves 'all' in the other claim wrong.

    ``conflict`` is the finding's reason when the model confirms."""

    premise: str  # claim a as written
    restated: str  # claim b with claim a's amount
    conflict: RuleResult
    reading: str = "same"  # "same" | "opposite"


@dataclass(frozen=True)
class Verdict:
    pair: Pair
    forward: NLIProbs | None  # a -> b; None when the judge did not run the model
    backward: NLIProbs | None  # b -> a
    rules: tuple[RuleResult, ...]
    kind: Kind
    score: float  # 0..1, how sure the judge is that a and b cannot both be true
    explanation: str
    highlights: tuple[Span, ...] = ()  # conflicting words, document offsets


@dataclass(frozen=True)
class Finding:
    a: Claim
    b: Claim
    kind: Kind
    severity: Severity
    score: float
    explanation: str
    fingerprint: str
    highlights: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Stats:
    sentences: int = 0
    claims: int = 0
    candidate_pairs: int = 0
    nli_evaluations: int = 0  # directed pairs the model scored
    seconds: float = 0.0


@dataclass(frozen=True)
class Report:
    document: Document
    findings: tuple[Finding, ...]
    stats: Stats = field(default_factory=Stats)
    suppressed: int = 0  # findings hidden by inline suppressions or a baseline
    extra: dict[str, Any] = field(default_factory=dict)
