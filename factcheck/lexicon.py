"""Which words mean the same and which exclude each other, read from Open English WordNet.

Why: two claims about one fact rarely use the same words. "The council approved the plan" and
"the plan was rejected by the council" conflict only if the checker knows that approve and reject
are opposites; "the firm acquired its rival" and "the acquisition of its rival" agree only if it
knows that acquire and acquisition name one act. WordNet records these relations for the whole
vocabulary, so the rules ask this module instead of keeping word lists of their own.

The tables are derived from Open English WordNet (CC BY 4.0, from Princeton WordNet under the
WordNet License) by ``models/lexicon/build_lexicon.py`` and shipped in ``models/lexicon/``
(``models/lexicon/README.md`` says what each holds). Each table is read the first time a function
needs it, so a run that never asks about antonyms never loads them.

Conventions shared by every function:
- ``pos`` is WordNet's part of speech: ``"n"`` noun, ``"v"`` verb, ``"a"`` adjective (satellites
  included), ``"r"`` adverb.
- Words may be inflected and in any case: they are lower-cased and reduced to their base forms
  (``base_forms``) first, so "rose" as a verb is read as "rise". Every reading counts: "saw" as a
  verb is both "saw" and "see".
- ``max_senses`` keeps only each lemma's first senses. WordNet lists senses most frequent first,
  so a small limit trades rare readings (the noise) against coverage. ``None`` keeps them all.

Two strengths of opposition are kept apart on purpose. ``are_antonyms`` is what WordNet's editors
recorded between two words (rise / fall, win / lose); ``opposed`` widens that to the words' synonyms
and adjective clusters (approve / reject, huge / tiny), which finds more and is wrong more often.
"""

from __future__ import annotations

import base64
import bisect
import gzip
import json
import sys
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

from nltk.corpus.reader.wordnet import WordNetCorpusReader

from factcheck.errors import ModelError
from factcheck.resources import shipped

Pos = Literal["n", "v", "a", "r"]
PARTS_OF_SPEECH: tuple[Pos, ...] = ("n", "v", "a", "r")

# WordNet's detachment rules ("-ies" -> "-y", "-ed" -> "", ...), as nltk's morphy applies them.
# Adverbs have none in WordNet; comparatives of adverbs ("faster") take the adjective rules.
DETACHMENT_RULES: dict[str, list[tuple[str, str]]] = {
    pos: list(WordNetCorpusReader.MORPHOLOGICAL_SUBSTITUTIONS[pos]) for pos in PARTS_OF_SPEECH}

# Derivations that name a participant of the act rather than the act: "acquirer" is the agent of
# "acquire", not its meaning. OEWN tags these links (morphosemantic relations); ``same_meaning``
# ignores a derivation that carries one of these tags.
PARTICIPANT_ROLES = frozenset({"agent", "undergoer", "instrument", "by_means_of", "uses",
                               "location", "material", "vehicle", "body_part", "destination"})

# Adjective clusters (a head and the satellites similar to it) are mostly scales: "huge" and "tiny"
# hang under "large" and "small", whose heads are antonyms. Four clusters are taxonomies instead:
# cardinal numbers (133 satellites), ordinals (92), chromatic colours (147) and "formed" shapes
# (72); following them would oppose "second" to "two" and "red" to "grey". The next largest
# cluster, "large" (48), is a real scale. models/lexicon/README.md shows the counts.
MAX_SCALE_SATELLITES = 60
# WordNet's files of nouns for abstractions: what things are about, not things to count.
ABSTRACT_FIELDS = frozenset({"noun.cognition", "noun.communication", "noun.attribute", "noun.relation",
                             "noun.state", "noun.feeling", "noun.motive", "noun.shape", "noun.quantity",
                             "noun.time"})

# The synsets of taking a side on a proposal, by OEWN id, with their definitions: the two sides
# have no antonym link in WordNet, so each side is named by its synsets (``Lexicon.side_taken``).
SIDE_SYNSETS = {
    "for": ("02459338-v",  # back, endorse, support, plump for: be behind; approve of
            "02562643-v",  # second, back, endorse: give support or one's approval to
            "00829391-v"),  # advocate, preach: speak, plead, or argue in favor of
    "against": ("00777876-v",  # oppose: be against; express opposition to
                "02527076-v",  # protest, resist, dissent: express opposition through action or words
                "00809123-v",  # object: express or raise an objection or protest or criticism
                "02759740-v"),  # object: be averse to or express disapproval of
}
REBUILD_HINT = "rebuild them with: python models/lexicon/build_lexicon.py"


class Lexicon:
    """Lexical relations over the tables in one folder, each table loaded on first use.

    Why a class: the module-level functions use one shared instance over the shipped tables;
    tests and tools can point another instance at another folder.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    # -----------------------------------------------------------------------------------------
    # Tables, loaded lazily
    # -----------------------------------------------------------------------------------------

    def _load(self, name: str):
        path = self.folder / f"{name}.json.gz"
        try:
            with gzip.open(path, "rb") as handle:
                return json.loads(handle.read())
        except FileNotFoundError:
            raise ModelError(f"lexicon table {path} is missing; {REBUILD_HINT}") from None
        except (OSError, EOFError, ValueError) as exc:
            raise ModelError(f"lexicon table {path} cannot be read ({exc}); {REBUILD_HINT}") from None

    @cached_property
    def _lemmas(self) -> dict[str, _LemmaIndex]:
        return {pos: _LemmaIndex(table) for pos, table in self._load("lemmas").items()}

    @cached_property
    def _sense_synset(self) -> array:
        return _int32(self._load("senses")["synset"])

    @cached_property
    def _members(self) -> _Adjacency:
        return _Adjacency(self._load("members"))

    @cached_property
    def _synset_ids(self) -> list[str]:
        return self._load("synsets")["id"]

    @cached_property
    def _lexfile_of(self) -> tuple[list[str], array]:
        table = self._load("synsets")
        return table["lexfiles"], _int32(table["lexfile"])

    @cached_property
    def _hypernyms(self) -> _Adjacency:
        return _Adjacency(self._load("hypernyms"))

    @cached_property
    def _antonym_senses(self) -> dict[int, set[int]]:
        return _symmetric_map(self._load("antonyms"))

    @cached_property
    def _antonym_synsets(self) -> dict[int, set[int]]:
        """Antonymy lifted from senses to synsets: one antonym pair opposes both whole synsets."""
        synset = self._sense_synset
        return _symmetric_map((synset[a], synset[b]) for a, b in self._load("antonyms"))

    @cached_property
    def _similar(self) -> _Adjacency:
        return _Adjacency(self._load("similar"))

    @cached_property
    def _derivations(self) -> dict:
        return self._load("derivations")

    @cached_property
    def _related_senses(self) -> _Adjacency:
        """Derivation and pertainym links, both ways ("acquire" / "acquisition", "national" / "nation")."""
        return _Adjacency(self._derivations["related"])

    @cached_property
    def _participant_links(self) -> set[tuple[int, int]]:
        roles = self._derivations["roles"]
        return {link for role in PARTICIPANT_ROLES for a, b in roles.get(role, [])
                for link in ((a, b), (b, a))}

    @cached_property
    def _causes(self) -> _Adjacency:
        return _Adjacency(self._load("causes"))

    @cached_property
    def _part_holonyms(self) -> _Adjacency:
        return _Adjacency(self._load("holonyms"))

    @cached_property
    def _groups(self) -> _Adjacency:
        return _Adjacency(self._load("groups"))

    @cached_property
    def _exceptions(self) -> dict[str, dict[str, list[str]]]:
        return self._load("exceptions")

    def _lemma_of(self, sense: int) -> str:
        for index in self._lemmas.values():
            if index.owns(sense):
                return index.lemma_of(sense)
        raise IndexError(sense)

    # -----------------------------------------------------------------------------------------
    # Words, lemmas, senses
    # -----------------------------------------------------------------------------------------

    def is_lemma(self, word: str, pos: Pos) -> bool:
        """Whether ``word`` is, as written (lower-cased), a WordNet lemma of ``pos``."""
        return _normalise(word) in self._lemmas[_checked(pos)]

    def base_forms(self, word: str, pos: Pos) -> list[str]:
        """Every WordNet lemma ``word`` can be an inflection of, the most direct first.

        WordNet's morphy: the word itself if it is a lemma, then its irregular forms (OEWN's
        exception lists: "rose" -> "rise", "better" -> "good", "data" -> "datum"), else the
        detachment rules ("acquitted" needs the exception list, "approved" the rules). A verb phrase
        lemmatises its first word ("went up" -> "go up"). Returns [] for a word WordNet lacks.
        """
        form = _normalise(word)
        found = self._morphy(form, _checked(pos))
        if not found and pos == "v" and " " in form:
            head, rest = form.split(" ", 1)
            found = [f"{base} {rest}" for base in self._morphy(head, pos)
                     if self.is_lemma(f"{base} {rest}", pos)]
        if not found and pos == "n" and " " not in form and "-" not in form:
            found = self._spaced_compound(form)
        return found

    def _spaced_compound(self, form: str) -> list[str]:
        """A compound written closed that WordNet lists open: 'headteacher' -> 'head teacher',
        'headteachers' too. Only a split into a two-word WordNet lemma counts, each part three
        letters or more, so a word is never read as an accidental pair ('carpet' is no 'car pet')."""
        for at in range(3, len(form) - 2):
            found = self._morphy(f"{form[:at]} {form[at:]}", "n")
            if found:
                return found
        return []

    def base_form(self, word: str, pos: Pos) -> str | None:
        """The first of ``base_forms`` (as nltk's ``morphy``), or None when WordNet lacks the word."""
        forms = self.base_forms(word, pos)
        return forms[0] if forms else None

    def _morphy(self, form: str, pos: Pos) -> list[str]:
        lemmas = self._lemmas[pos]
        exceptions = self._exceptions[pos].get(form)
        if exceptions:
            return _unique(f for f in [form, *exceptions] if f in lemmas)
        forms = [form]
        while forms:
            found = _unique(f for f in forms if f in lemmas)
            if found:
                return found
            forms = _detach(forms, DETACHMENT_RULES[pos])
        return []

    def _senses(self, word: str, pos: Pos, max_senses: int | None) -> list[int]:
        """Sense ids of every base form of ``word``, each lemma's first ``max_senses`` only."""
        index = self._lemmas[pos]
        senses: list[int] = []
        for lemma in self.base_forms(word, pos):
            block = index.senses(lemma)
            senses.extend(block if max_senses is None else block[:max_senses])
        return senses

    def _synsets(self, word: str, pos: Pos, max_senses: int | None) -> list[int]:
        synset = self._sense_synset
        return _unique(synset[s] for s in self._senses(word, pos, max_senses))

    def _lemmas_of(self, synsets: Iterable[int]) -> set[str]:
        members = self._members
        return {self._lemma_of(s) for synset in synsets for s in members.get(synset)}

    def synset_ids(self, word: str, pos: Pos, max_senses: int | None = None) -> list[str]:
        """OEWN's ids of the word's synsets, in sense order, so an explanation can cite them."""
        return [self._synset_ids[s] for s in self._synsets(word, pos, max_senses)]

    # -----------------------------------------------------------------------------------------
    # Same meaning
    # -----------------------------------------------------------------------------------------

    def lexfiles(self, word: str, pos: Pos, max_senses: int | None = None) -> list[str]:
        """WordNet's semantic fields of the word's senses, most frequent sense first ('leave' ->
        'verb.motion', ...): what kind of act or thing the word names."""
        names, index = self._lexfile_of
        return _unique(names[index[s]] for s in self._synsets(word, pos, max_senses))

    def synonyms(self, word: str, pos: Pos, max_senses: int | None = None) -> set[str]:
        """Lemmas that share a synset with ``word`` (itself excluded): words for the same thing."""
        return self._lemmas_of(self._synsets(word, pos, max_senses)) - set(self.base_forms(word, pos))

    def hypernyms(self, word: str, pos: Pos, depth: int = 1,
                  max_senses: int | None = None) -> set[str]:
        """Lemmas of the synsets up to ``depth`` steps above ``word``'s: more general words."""
        start = self._synsets(word, pos, max_senses)
        above = set(self._ancestors(start, depth)) - set(start)
        return self._lemmas_of(above)

    def broader_acts(self, verb: str, max_senses: int | None = 1) -> set[str]:
        """Lemmas of the verb synsets one step above ``verb``'s first senses, leaving out the tops of
        WordNet's verb trees ('move', 'change', 'act'), which hold too many acts to tell any apart:
        'touch down' -> land, 'detain' -> nothing."""
        above = {h for s in self._synsets(verb, "v", max_senses) for h in self._hypernyms.get(s, ())}
        return self._lemmas_of(h for h in above if self._hypernyms.get(h))

    def cause_and_effect(self, a: str, b: str) -> bool:
        """Whether one verb names the cause of the other in some sense ('kill' / 'die', 'raise' /
        'rise', 'lower' / 'fall'): one happening told from the causer's side and from the side of
        what it happened to, so 'killed eight people' and 'eleven people died' count one group.
        WordNet's 'entails' is not used: 'win' entails 'compete', and the winners are not everyone
        who competed."""
        synsets_a, synsets_b = self._synsets(a, "v", None), self._synsets(b, "v", None)
        causes = self._causes
        return (any(t in synsets_b for s in synsets_a for t in causes.get(s, ()))
                or any(t in synsets_a for s in synsets_b for t in causes.get(s, ())))

    def counted_kinds(self, word: str, depth: int = 1) -> set[str]:
        """Lemmas of the noun synsets up to ``depth`` steps above ``word``'s that name a kind of
        things one can count: not an abstraction of what things are about ('content', 'idea',
        'category'). 'way' is a kind of 'content' and 'database' of 'content' (as a message), so
        'all the content' and 'no easy way' would meet as one set through them."""
        start = self._synsets(word, "n", None)
        above = set(self._ancestors(start, depth)) - set(start)
        return self._lemmas_of(s for s in above if not self._abstract(s))

    def _abstract(self, synset: int) -> bool:
        """A synset in one of WordNet's files of abstractions (cognition, communication, attribute,
        relation, state, feeling, motive, shape, quantity, time), or a top synset below
        'abstraction' ('group', 'communication')."""
        names, index = self._lexfile_of
        field = names[index[synset]]
        if field in ABSTRACT_FIELDS:
            return True
        return field == "noun.Tops" and self._abstraction_top in self._ancestors([synset], None)

    @cached_property
    def _abstraction_top(self) -> int:
        return self._synsets("abstraction", "n", 1)[0]

    def _ancestors(self, synsets: Iterable[int], depth: int | None) -> dict[int, int]:
        """Each synset reachable upward within ``depth`` steps (None: any), with its distance."""
        return self._within(synsets, depth, self._hypernyms.get)

    @staticmethod
    def _within(synsets: Iterable[int], depth: int | None,
                step: Callable[[int], Iterable[int]]) -> dict[int, int]:
        """Each synset reachable by ``step`` within ``depth`` steps (None: any), with its distance."""
        seen = {s: 0 for s in synsets}
        frontier = list(seen)
        steps = 0
        while frontier and (depth is None or steps < depth):
            steps += 1
            frontier = [n for s in frontier for n in step(s) if n not in seen]
            for node in frontier:
                seen.setdefault(node, steps)
        return seen

    def is_a(self, specific: str, general: str, pos: Pos = "n", depth: int | None = None,
             max_senses: int | None = None) -> bool:
        """Whether some sense of ``specific`` is a kind (or instance) of some sense of ``general``.

        Hypernymy is transitive, so by default any distance counts ("drone" is an aircraft two
        steps up). ``depth`` bounds the steps; 0 means the two share a synset.
        """
        targets = set(self._synsets(general, pos, max_senses))
        return bool(targets) and not targets.isdisjoint(
            self._ancestors(self._synsets(specific, pos, max_senses), depth))

    def derivationally_related(self, a: str, b: str, pos_a: Pos | None = None,
                               pos_b: Pos | None = None) -> bool:
        """Whether WordNet links a sense of ``a`` to a sense of ``b`` by derivation or pertainymy.

        These are morphological links between senses: "acquire" / "acquisition", "large" /
        "largeness", "national" / "nation". A part of speech left as None means any.
        """
        senses_b = set(self._senses_any_pos(b, pos_b, None))
        return any(not senses_b.isdisjoint(self._related_senses.get(s, ()))
                   for s in self._senses_any_pos(a, pos_a, None))

    def _senses_any_pos(self, word: str, pos: Pos | None, max_senses: int | None) -> list[int]:
        poses = PARTS_OF_SPEECH if pos is None else (pos,)
        return [s for p in poses for s in self._senses(word, p, max_senses)]

    def same_meaning(self, a: str, b: str, pos: Pos, *, pos_b: Pos | None = None, depth: int = 1,
                     max_senses: int | None = None) -> bool:
        """Whether ``a`` and ``b`` can name the same thing or act, so two claims using them align.

        Same part of speech: the same lemma, a shared synset (car / automobile), or one within
        ``depth`` steps of the other: hypernym steps for nouns and verbs (buy is a way to acquire),
        similar-to steps for adjectives (tiny is similar to small; at depth 2, huge and enormous
        are both similar to large). Different parts of speech (``pos_b``): a derivation that names
        the act itself (acquire / acquisition), not one of its participants (acquire / acquirer),
        between the words or between members of their synsets.
        """
        pos_b = pos if pos_b is None else pos_b
        if pos_b != pos:
            return self._same_act(a, pos, b, pos_b, max_senses)
        if not set(self.base_forms(a, pos)).isdisjoint(self.base_forms(b, pos)):
            return True
        synsets_a = self._synsets(a, pos, max_senses)
        synsets_b = self._synsets(b, pos, max_senses)
        if pos == "a":
            return not set(synsets_b).isdisjoint(self._within(synsets_a, depth, self._similar_neighbours))
        return (not set(synsets_b).isdisjoint(self._ancestors(synsets_a, depth))
                or not set(synsets_a).isdisjoint(self._ancestors(synsets_b, depth)))

    def _same_act(self, a: str, pos_a: Pos, b: str, pos_b: Pos, max_senses: int | None) -> bool:
        synset = self._sense_synset
        synsets_b = set(self._synsets(b, pos_b, max_senses))
        members = self._members
        for synset_a in self._synsets(a, pos_a, max_senses):
            for sense in members.get(synset_a, ()):
                for other in self._related_senses.get(sense, ()):
                    if synset[other] in synsets_b and (sense, other) not in self._participant_links:
                        return True
        return False

    def acts_named(self, noun: str, max_senses: int | None = None) -> set[str]:
        """Verbs whose act ``noun`` names ("trial" -> try, "meeting" -> meet): the noun's own
        derivations that name the act, not a participant (as ``same_meaning``). Lets an index put
        a noun and its verb under one key."""
        verbs = set()
        for sense in self._senses(noun, "n", max_senses):
            for other in self._related_senses.get(sense, ()):
                if (sense, other) not in self._participant_links and self._lemmas["v"].owns(other):
                    verbs.add(self._lemmas["v"].lemma_of(other))
        return verbs

    def derived_verbs(self, noun: str, max_senses: int | None = None) -> set[str]:
        """Verbs a noun is linked to by derivation, whatever role the link names ("shot" -> shoot):
        wider than ``acts_named``, for callers that check what the noun names themselves."""
        verbs = set()
        for sense in self._senses(noun, "n", max_senses):
            for other in self._related_senses.get(sense, ()):
                if self._lemmas["v"].owns(other):
                    verbs.add(self._lemmas["v"].lemma_of(other))
        return verbs

    @cached_property
    def _agent_links(self) -> set[tuple[int, int]]:
        return {link for a, b in self._derivations["roles"].get("agent", []) for link in ((a, b), (b, a))}

    def agent_nouns(self, verb: str, max_senses: int | None = None) -> list[str]:
        """Nouns for who does the act, by WordNet's agent derivations ("chair" -> chair, "lead" ->
        leader, "direct" -> director), in sense order."""
        nouns = []
        for sense in self._senses(verb, "v", max_senses):
            for other in self._related_senses.get(sense, ()):
                if (sense, other) in self._agent_links and self._lemmas["n"].owns(other):
                    nouns.append(self._lemmas["n"].lemma_of(other))
        return _unique(nouns)

    # -----------------------------------------------------------------------------------------
    # Opposites
    # -----------------------------------------------------------------------------------------

    def antonyms(self, word: str, pos: Pos, max_senses: int | None = None) -> set[str]:
        """Words WordNet's editors recorded as the opposite of a sense of ``word`` (rise -> fall)."""
        return {self._lemma_of(o) for s in self._senses(word, pos, max_senses)
                for o in self._antonym_senses.get(s, ())}

    def are_antonyms(self, a: str, b: str, pos: Pos, max_senses: int | None = None) -> bool:
        """Whether a sense of ``a`` and a sense of ``b`` are recorded antonyms: the strict test.

        Only the sense-to-sense pairs WordNet lists: rise / fall, win / lose, open / close,
        increase / decrease, acquit / convict. "approve" / "reject" is not one (WordNet pairs
        approve with disapprove); ``opposed`` finds it.
        """
        senses_b = set(self._senses(b, pos, max_senses))
        return any(not senses_b.isdisjoint(self._antonym_senses.get(s, ()))
                   for s in self._senses(a, pos, max_senses))

    def lifted_antonyms(self, word: str, pos: Pos, max_senses: int | None = None) -> set[str]:
        """Antonymy lifted to synsets: every member of a synset opposed to one of ``word``'s.

        "approve" is recorded against "disapprove", whose synset also holds "reject", so "reject"
        is here. Wider than ``antonyms`` and noisier (models/lexicon/README.md measures both).
        """
        opposite = {o for s in self._synsets(word, pos, max_senses)
                    for o in self._antonym_synsets.get(s, ())}
        return self._lemmas_of(opposite) - set(self.base_forms(word, pos))

    def opposed(self, a: str, b: str, pos: Pos, max_senses: int | None = None,
                depth: int = 0) -> bool:
        """Whether ``a`` and ``b`` exclude each other, read widely: the recall-oriented test.

        True when a synset of ``a`` and a synset of ``b`` are opposed by a recorded antonym pair
        between any of their members (approve / reject through "disapprove, reject"), where an
        adjective also stands for the cluster it belongs to through similar-to (huge is similar to
        large, tiny to small, so huge / tiny). With ``depth`` > 0 a word also stands for its
        hypernyms up to that many steps, so kinds of opposite acts are opposed: soar is a way to
        rise and plunge a way to fall (verbs mostly; adjectives have no hypernyms), though never
        through a root of the hierarchy. Two words that share a synset, or of which one is a
        hypernym of the other, are never opposed.
        """
        synsets_a = self._synsets(a, pos, max_senses)
        synsets_b = self._synsets(b, pos, max_senses)
        if not synsets_a or not synsets_b:
            return False
        above_a = self._lifted(synsets_a, depth)
        above_b = self._lifted(synsets_b, depth)
        if not above_a.keys().isdisjoint(synsets_b) or not above_b.keys().isdisjoint(synsets_a):
            return False
        cluster_b = set(self._cluster(above_b))
        return any(not cluster_b.isdisjoint(self._antonym_synsets.get(s, ()))
                   for s in self._cluster(above_a))

    def _lifted(self, synsets: Iterable[int], depth: int) -> dict[int, int]:
        """The synsets and their hypernyms within ``depth`` steps, leaving out the roots of the verb
        hierarchy reached by lifting ('act, move', 'refrain, forbear'): every act is a kind of
        them, so their opposition says nothing of two acts ('avoid' is a way to refrain, 'ignore'
        one to act, yet the two are near synonyms)."""
        above = self._ancestors(synsets, depth)
        return {s: d for s, d in above.items() if d == 0 or self._hypernyms.get(s)}

    def _cluster(self, synsets: Iterable[int]) -> Iterator[int]:
        """Each synset and its similar-to neighbours (an adjective's satellites and head)."""
        for synset in synsets:
            yield synset
            yield from self._similar_neighbours(synset)

    def _similar_neighbours(self, synset: int) -> list[int]:
        """Similar-to neighbours, leaving out taxonomies: a head with more than
        ``MAX_SCALE_SATELLITES`` satellites is not a scale, and no edge to it is followed."""
        neighbours = self._similar.get(synset, ())
        if len(neighbours) > MAX_SCALE_SATELLITES:
            return []
        return [n for n in neighbours if len(self._similar.get(n, ())) <= MAX_SCALE_SATELLITES]

    def side_taken(self, verb: str, max_senses: int | None = 3) -> str | None:
        """'for' or 'against' when one of the verb's first senses is a synset of taking that side
        (``SIDE_SYNSETS``: 'support', 'back', 'endorse', 'advocate' / 'oppose', 'object',
        'protest', 'resist'); None for other verbs and for one that takes both. WordNet records no
        antonym between the two sides ('support' / 'oppose'), but each is one synset, named here."""
        index = self._synset_index
        own = set(self._synsets(verb, "v", max_senses))
        sides = {side for side, ids in SIDE_SYNSETS.items() if any(index.get(i) in own for i in ids)}
        return sides.pop() if len(sides) == 1 else None

    @cached_property
    def _synset_index(self) -> dict[str, int]:
        return {oewn: n for n, oewn in enumerate(self._synset_ids)}

    def change_direction(self, verb: str) -> str | None:
        """'up' for a way to increase (in some sense, within three hypernym steps of 'increase':
        rise, gain, climb, appreciate, add), 'down' for a way to decrease (decline, depreciate,
        slump, cut); None for other verbs and for those that are ways to do both ('inflate').
        WordNet records few such pairs as antonyms ('rise' / 'decline' are not)."""
        up = self.is_a(verb, "increase", "v", depth=3)
        down = self.is_a(verb, "decrease", "v", depth=3)
        return "up" if up and not down else "down" if down and not up else None

    # -----------------------------------------------------------------------------------------
    # Comparatives
    # -----------------------------------------------------------------------------------------

    def comparative_base(self, word: str) -> str | None:
        """The adjective or adverb a comparative or superlative is graded from, else None.

        "larger" -> "large", "better" -> "good", "fewer" -> "few", "earlier" -> "early". OEWN's
        exception lists first, then the suffix rules; the word itself is never its own base, so
        a word that is no graded form gives None. WordNet has no lemma "more" or "less" derives
        from, so those give None; ``opposite_comparatives`` reads them as words. The suffix rules
        trust WordNet: "after" gives "aft", which WordNet lists as its comparative.
        """
        form = _normalise(word)
        for pos in ("a", "r"):
            for base in self._exceptions[pos].get(form, ()):
                if base != form and self.is_lemma(base, pos):
                    return base
        for pos in ("a", "r"):
            lemmas = self._lemmas[pos]
            for base in _detach([form], DETACHMENT_RULES["a"]):
                if base in lemmas:
                    return base
        return None

    def opposite_comparatives(self, first: str, second: str) -> bool:
        """Whether two comparatives say opposite things: larger / smaller, more / fewer.

        WordNet pairs some comparatives as words (more / fewer, more / less). Otherwise each side is
        read as a direction on a scale: "larger" is up on large, "less expensive" is down on
        expensive. Two comparatives are opposite when they go opposite ways on one scale (more
        expensive / less expensive), or the same way on opposed scales (larger / smaller, older /
        younger, more expensive / cheaper). Antonymy is ``opposed`` over adjectives and adverbs.
        """
        if any(self.opposed(first, second, pos) for pos in ("a", "r")):
            return True  # more / fewer, more / less: WordNet pairs the words themselves
        scale_a, up_a = self._graded(first)
        scale_b, up_b = self._graded(second)
        if scale_a is None or scale_b is None:
            return False
        if scale_a == scale_b:
            return up_a != up_b
        opposite_scales = any(self.opposed(scale_a, scale_b, pos) for pos in ("a", "r"))
        return opposite_scales and up_a == up_b

    def _graded(self, phrase: str) -> tuple[str | None, bool]:
        """(scale, up) for a comparative: "larger" -> (large, True), "less costly" -> (costly, False)."""
        words = _normalise(phrase).split()
        if len(words) == 2 and words[0] in ("more", "less"):
            return words[1], words[0] == "more"
        if len(words) != 1:
            return None, True
        return self.comparative_base(words[0]), True

    # -----------------------------------------------------------------------------------------
    # Places and parts
    # -----------------------------------------------------------------------------------------

    def part_of(self, part: str, whole: str, depth: int | None = None) -> bool:
        """Whether WordNet records ``part`` as a part of ``whole``, directly or through parts.

        Part holonymy between nouns, followed up to ``depth`` steps, where a whole's parts are
        also the parts of its kinds: a kitchen is part of a dwelling, and a house is a dwelling.
        OEWN 2026 keeps almost no named places (its instance synsets moved out), so "Lyon" /
        "France" is not answered here; models/lexicon/README.md says what is.
        """
        wholes = self._ancestors(self._synsets(whole, "n", None), None)
        parts = self._synsets(part, "n", None)
        if not parts or not wholes:
            return False
        containers = self._within(parts, depth, self._part_holonyms.get)
        return any(distance > 0 and synset in wholes for synset, distance in containers.items())

    def member_of(self, member: str, group: str, max_senses: int | None = 3) -> bool:
        """Whether WordNet records ``member`` as a member of ``group`` in their first senses:
        'councillor' of 'council', 'juror' of 'jury' (OEWN's member meronymy; 723 links)."""
        groups = set(self._synsets(group, "n", max_senses))
        return bool(groups) and any(g in groups for m in self._synsets(member, "n", max_senses)
                                    for g in self._groups.get(m))


class _LemmaIndex:
    """The lemmas of one part of speech, sorted, and the block of sense ids each one owns.

    Sense ids run in lemma order, so lemma i owns ``starts[i]`` to ``starts[i + 1] - 1``; a sorted
    list searched by bisection is smaller and quicker to load than a dict of 100k keys.
    """

    def __init__(self, table: dict) -> None:
        self.keys = table["keys"].split("\n")
        self.starts = _int32(table["starts"])

    def __contains__(self, lemma: str) -> bool:
        i = bisect.bisect_left(self.keys, lemma)
        return i < len(self.keys) and self.keys[i] == lemma

    def owns(self, sense: int) -> bool:
        return self.starts[0] <= sense < self.starts[-1]

    def senses(self, lemma: str) -> range:
        i = bisect.bisect_left(self.keys, lemma)
        if i == len(self.keys) or self.keys[i] != lemma:
            return range(0)
        return range(self.starts[i], self.starts[i + 1])

    def lemma_of(self, sense: int) -> str:
        return self.keys[bisect.bisect_right(self.starts, sense) - 1]


class _Adjacency:
    """A relation stored as compressed sparse rows: node i's targets are one slice of an array."""

    def __init__(self, table: dict) -> None:
        self.offsets = _int32(table["offsets"])
        self.targets = _int32(table["targets"])

    def get(self, node: int, default: Iterable[int] = ()) -> Iterable[int]:
        if 0 <= node < len(self.offsets) - 1:
            return self.targets[self.offsets[node]:self.offsets[node + 1]]
        return default


def _int32(encoded: str) -> array:
    """Base64 of little-endian int32 (as build_lexicon.py writes it) to an array of ints."""
    values = array("i")
    values.frombytes(base64.b64decode(encoded))
    if sys.byteorder == "big":
        values.byteswap()
    return values


def _checked(pos: str) -> Pos:
    if pos not in PARTS_OF_SPEECH:
        raise ValueError(f"part of speech must be one of {', '.join(PARTS_OF_SPEECH)}, not {pos!r}")
    return pos


def _normalise(word: str) -> str:
    return " ".join(word.replace("_", " ").lower().split())


def _unique(items: Iterable) -> list:
    return list(dict.fromkeys(items))


def _detach(forms: list[str], rules: list[tuple[str, str]]) -> list[str]:
    return _unique(form[: -len(old)] + new for form in forms for old, new in rules
                   if form.endswith(old) and len(form) > len(old))


def _symmetric_map(pairs: Iterable[Iterable[int]]) -> dict[int, set[int]]:
    mapping: dict[int, set[int]] = defaultdict(set)
    for a, b in pairs:
        mapping[a].add(b)
        mapping[b].add(a)
    return mapping


# One lexicon over the shipped tables; the module-level names are its methods.
SHIPPED = Lexicon(shipped("lexicon"))

is_lemma = SHIPPED.is_lemma
base_forms = SHIPPED.base_forms
base_form = SHIPPED.base_form
synset_ids = SHIPPED.synset_ids
synonyms = SHIPPED.synonyms
lexfiles = SHIPPED.lexfiles
hypernyms = SHIPPED.hypernyms
broader_acts = SHIPPED.broader_acts
counted_kinds = SHIPPED.counted_kinds
cause_and_effect = SHIPPED.cause_and_effect
is_a = SHIPPED.is_a
derivationally_related = SHIPPED.derivationally_related
acts_named = SHIPPED.acts_named
derived_verbs = SHIPPED.derived_verbs
agent_nouns = SHIPPED.agent_nouns
same_meaning = SHIPPED.same_meaning
antonyms = SHIPPED.antonyms
are_antonyms = SHIPPED.are_antonyms
lifted_antonyms = SHIPPED.lifted_antonyms
opposed = SHIPPED.opposed
change_direction = lru_cache(maxsize=65536)(SHIPPED.change_direction)
side_taken = lru_cache(maxsize=65536)(SHIPPED.side_taken)
comparative_base = SHIPPED.comparative_base
opposite_comparatives = SHIPPED.opposite_comparatives
part_of = SHIPPED.part_of
member_of = SHIPPED.member_of


def opposite_directions(a: str, b: str) -> bool:
    """Two verbs that change a magnitude in opposite directions: 'rise' / 'decline', 'add' / 'cut'."""
    return {change_direction(a), change_direction(b)} == {"up", "down"}
