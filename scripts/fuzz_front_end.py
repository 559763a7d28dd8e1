"""Fuzz the front end (decoding, loading txt/md/html, sentence splitting, claim splitting) with atheris.

Why: the property tests try a few hundred texts per CI run; a coverage-guided fuzzer tries millions of
byte strings and steers toward new branches, which is how odd encodings and markup that crash a parser
are found. Anything it finds is fixed and pinned as a regression test in tests/test_robustness.py.

What counts as a bug: any exception other than factcheck.errors.InputError (a one-line refusal is the
expected answer to bad bytes), a span that does not quote the text, or one input taking longer than
``--slow`` seconds (the front end must stay near-linear).

Run it (not part of CI; atheris is not a project dependency):

    .venv/bin/pip install atheris
    .venv/bin/python scripts/fuzz_front_end.py --seconds 300            # bounded run, exit 0 if clean
    .venv/bin/python scripts/fuzz_front_end.py --seconds 60 -- -dict=... # extra libFuzzer flags after --

It writes nothing to the repository: libFuzzer's corpus and crash files go to a temporary folder
(printed at the start) unless --artifacts names one.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from factcheck.claims import extract_claims
    from factcheck.document import decode, document_from_text
    from factcheck.errors import InputError
    from factcheck.segment import split_sentences

FORMATS = ("txt", "md", "html")
SLOW_SECONDS = 5.0


def check_spans(text: str) -> None:
    sentences = split_sentences(text)
    for sentence in sentences:
        assert text[sentence.span.start:sentence.span.end] == sentence.text, sentence
    for claim in extract_claims(text, sentences):
        assert text[claim.span.start:claim.span.end] == claim.text, claim


def one_input(data: bytes) -> None:
    """The fuzz target: the first byte picks the format, the rest is the file's bytes."""
    if not data:
        return
    fmt, body = FORMATS[data[0] % len(FORMATS)], data[1:]
    started = time.monotonic()
    try:
        text, _ = decode(body, "fuzz input")
        document = document_from_text(text, fmt=fmt)
    except InputError:
        return
    check_spans(document.text)
    for offset in range(0, len(document.text), max(1, len(document.text) // 50)):
        line, column = document.source_map.position(offset)
        assert line >= 1 and column >= 1
    elapsed = time.monotonic() - started
    if elapsed > SLOW_SECONDS:
        raise AssertionError(f"{len(data)} bytes took {elapsed:.1f}s (over {SLOW_SECONDS:g}s)")


def seed(corpus: Path) -> None:
    """Start from the sample articles, once per format, so the fuzzer begins inside real prose."""
    samples = Path(__file__).resolve().parents[1] / "samples"
    for article in sorted(samples.glob("*.*")):
        if article.suffix in (".md", ".txt", ".html"):
            for index, fmt in enumerate(FORMATS):
                (corpus / f"seed-{fmt}-{article.name}").write_bytes(bytes([index]) + article.read_bytes()[:20_000])


def main() -> None:
    global SLOW_SECONDS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=120, help="stop after this long (default 120)")
    parser.add_argument("--slow", type=float, default=SLOW_SECONDS, help="an input slower than this is a bug")
    parser.add_argument("--max-len", type=int, default=20_000, help="longest input in bytes")
    parser.add_argument("--artifacts", type=Path, help="folder for the corpus and crash files")
    args, extra = parser.parse_known_args()
    SLOW_SECONDS = args.slow
    folder = args.artifacts or Path(tempfile.mkdtemp(prefix="factcheck-fuzz-"))
    (folder / "corpus").mkdir(parents=True, exist_ok=True)
    seed(folder / "corpus")
    print(f"fuzzing for {args.seconds}s; corpus and crashes in {folder}", file=sys.stderr)
    libfuzzer = [sys.argv[0], str(folder / "corpus"), f"-max_total_time={args.seconds}",
                 f"-max_len={args.max_len}", f"-artifact_prefix={folder}/", "-timeout=30",
                 *[flag for flag in extra if flag != "--"]]
    atheris.Setup(libfuzzer, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
