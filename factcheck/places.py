"""Whether two named places can be one place, or one inside the other.

"In Duisburg" and "in Frankfurt" cannot both be where one medical took place; "in Duisburg" and "in
Germany", "at the stadium in Leeds" and "in Leeds", "Leeds Crown Court" and "Leeds" can. WordNet
has no named places, so the reading is:

* one name's words hold the other's ('Carver's Bridge' / 'the Carver's Bridge gauge'): one place;
* the article puts one inside the other ('Station Road in the centre of Eastfold', 'Harrogate,
  North Yorkshire': ``Frame.place_links``): one inside the other;
* a region (a country, a US state, a continent: ``models/places/regions.json``, from GeoNames)
  may contain any place that is not itself a region; two different regions exclude each other;
* a venue (a name ending in a common noun: 'Ashby Community Hall', 'Leeds Crown Court') may lie in
  a town the text names bare ('Sheffield'), so the two are not set against each other;
* a name and its initials ('the University of Southern Indiana' / 'USI') are one place
  (``initialism_of``; the location rule reads the 'of' part, which the parse keeps apart, from the
  claim's text);
* otherwise two different venues, or two different bare names, are two places.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import Enum
from functools import lru_cache

from factcheck import lexicon
from factcheck.errors import ModelError
from factcheck.frames import Phrase
from factcheck.resources import shipped

REGIONS_FILE = shipped("places/regions.json")
_DROPPED = frozenset({"the", "'s", "’s"})


class Relation(str, Enum):
    SAME = "same"  # one place, named alike
    WITHIN = "within"  # one may lie inside the other
    APART = "apart"  # two places that exclude each other


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """Lower-case region name -> a key that is the same for names of one region."""
    try:
        table = json.loads(REGIONS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read {REGIONS_FILE}: {exc}; rebuild it with models/places/build_places.py") from None
    regions = {name.lower(): f"country:{iso}" for name, iso in table["countries"].items()}
    regions.update({name.lower(): f"state:{name.lower()}" for name in table["us_states"]
                    if name.lower() not in regions})
    regions.update({name.lower(): f"continent:{name.lower()}" for name in table["continents"]})
    return regions


def words(name: str) -> tuple[str, ...]:
    """A place name as lower-case words, without 'the' and possessive endings."""
    cleaned = name.lower().replace("’s", " 's").replace("'s", " 's")
    return tuple(w for w in cleaned.split() if w not in _DROPPED)


def region(name: str) -> str | None:
    """The region a name is (a country, a US state, a continent), or None."""
    return _regions().get(" ".join(words(name)))


@lru_cache(maxsize=4096)
def is_venue(name: str) -> bool:
    """'Ashby Community Hall', 'Leeds Crown Court', 'Station Road': a name that ends in a common noun."""
    parts = words(name)
    return len(parts) > 1 and lexicon.is_lemma(parts[-1], "n")


def relation(x: str, y: str, links: Iterable[tuple[str, str]] = ()) -> Relation:
    """How two place names relate, given (inner, outer) pairs the article states."""
    wx, wy = words(x), words(y)
    if not wx or not wy:
        return Relation.WITHIN
    if wx == wy:
        return Relation.SAME
    if set(wx) <= set(wy) or set(wy) <= set(wx):
        return Relation.WITHIN
    nx, ny = " ".join(wx), " ".join(wy)
    linked = {(" ".join(words(a)), " ".join(words(b))) for a, b in links}
    if _reaches(nx, ny, linked) or _reaches(ny, nx, linked):
        return Relation.WITHIN
    rx, ry = region(x), region(y)
    if rx and ry:
        return Relation.SAME if rx == ry else Relation.APART
    if rx or ry:
        return Relation.WITHIN
    if is_venue(x) != is_venue(y):
        return Relation.WITHIN
    return Relation.APART


def _reaches(inner: str, outer: str, links: set[tuple[str, str]], steps: int = 3) -> bool:
    """Whether the stated links put ``inner`` inside ``outer``, directly or through others."""
    frontier = {inner}
    for _ in range(steps):
        frontier = {b for a, b in links if a in frontier}
        if outer in frontier:
            return True
        if not frontier:
            return False
    return False


def apart(xs: Iterable[Phrase], ys: Iterable[Phrase],
          links: Iterable[tuple[str, str]] = ()) -> tuple[Phrase, Phrase] | None:
    """Two places, one from each side, when every place of one excludes every place of the other:
    the pair to quote; None when some place of one side can be, or contain, one of the other's."""
    xs, ys, links = [p for p in xs if p.name], [p for p in ys if p.name], tuple(links)
    if not xs or not ys:
        return None
    if any(relation(x.name, y.name, links) is not Relation.APART for x in xs for y in ys):
        return None
    return xs[0], ys[0]


# Words an initialism leaves out: 'University of Southern Indiana' is USI.
_UNLETTERED = frozenset({"of", "the", "and", "for", "at", "in", "on", "&"})


def initialism_of(short: str, full: str) -> bool:
    """``short`` is the initials of the name ``full``: 'USI' / 'the University of Southern Indiana',
    'KSC' / 'Kennedy Space Center'. An article names a place in full once and by its initials
    after, so the two are one place, not two."""
    letters = short.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    spelled = [w for w in full.replace("-", " ").split() if w.lower() not in _UNLETTERED]
    return len(spelled) == len(letters) and all(w[:1].upper() == c for w, c in zip(spelled, letters))
