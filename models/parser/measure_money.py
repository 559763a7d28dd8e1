"""How a parser reads sentences with a sum of money: 30 sentences of this file's own, from business,
council, court and sport news, each with a currency sign and one main verb.

Three counts: the main verb is tagged a verb; it is the root; the sign hangs (through its heads)
from that verb and is not the root itself. Run from the repository root:

    .venv/bin/python models/parser/measure_money.py [PIPELINE_DIR] [-v]

PIPELINE_DIR defaults to the shipped ``models/parser/gum-en``; ``-v`` prints each parse.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

SENTENCES = (
    ("The club spent $4 million on the new stand.", "spent"),
    ("The council paid £250,000 for the land.", "paid"),
    ("Investors poured €3.5 billion into the fund last year.", "poured"),
    ("The painting sold for $1.2 million at auction.", "sold"),
    ("Repairs will cost about £80,000, the trust said.", "cost"),
    ("The company reported a loss of $45 million.", "reported"),
    ("Ticket prices rose to £12 this season.", "rose"),
    ("She was fined $500 and banned from driving.", "fined"),
    ("The firm raised $30m from investors.", "raised"),
    ("Profits fell to €900,000 in the first quarter.", "fell"),
    ("The charity collected £18,000 at the weekend.", "collected"),
    ("Each household received $1,400 in aid.", "received"),
    ("The mayor approved a $2 billion budget on Monday.", "approved"),
    ("A new bridge costing £40 million opened in May.", "opened"),
    ("Officials estimated the damage at $600 million.", "estimated"),
    ("The museum bought the collection for €7 million.", "bought"),
    ("Wages climbed by $2 an hour after the deal.", "climbed"),
    ("The hospital saved £1.5m by closing the ward.", "saved"),
    ("The state owes its creditors $9 billion.", "owes"),
    ("Farmers lost an estimated $300 million to the drought.", "lost"),
    ("The government has set aside £5bn for flood defences.", "set"),
    ("The player signed a contract worth $80 million.", "signed"),
    ("Sales reached $3 billion for the first time.", "reached"),
    ("The airline was ordered to pay €400,000 in compensation.", "ordered"),
    ("Local traders donated $5,000 to the school.", "donated"),
    ("The fund now holds more than £2 trillion in assets.", "holds"),
    ("Developers spent $12 million restoring the theatre.", "spent"),
    ("The city borrowed €250 million to build the tram line.", "borrowed"),
    ("Thieves stole cash worth £20,000 from the shop.", "stole"),
    ("The deal values the start-up at $1 billion.", "values"),
)
SIGNS = frozenset("$£€")


def _heads(token) -> list[int]:
    chain = []
    while token.head.i != token.i:
        token = token.head
        chain.append(token.i)
    return chain


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    paths = [a for a in argv if a != "-v"]
    nlp = spacy.load(paths[0] if paths else Path(__file__).resolve().parent / "gum-en")
    tagged = rooted = hung = 0
    for text, verb_form in SENTENCES:
        doc = nlp(text)
        verb = next(t for t in doc if t.text == verb_form)
        sign = next(t for t in doc if t.text in SIGNS)
        good = (verb.pos_ in ("VERB", "AUX"), verb.dep_ == "ROOT", sign.dep_ != "ROOT" and verb.i in _heads(sign))
        tagged, rooted, hung = tagged + good[0], rooted + good[1], hung + good[2]
        if verbose:
            parse = " ".join(f"{t.text}/{t.pos_}/{t.dep_}>{t.head.i}" for t in doc)
            print(f"{'ok ' if all(good) else 'BAD'} {text} | {parse}")
    n = len(SENTENCES)
    print(f"main verb tagged a verb {tagged}/{n}; the root {rooted}/{n}; sign under the verb {hung}/{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
