"""Peak memory of factcheck on a 10 MB article (issue 7: under 2 GB when --max-chars allows it).

A benchmark, not a test: it builds a 10 MB plain-text article from the sample articles (numbers
shifted in each copy, so claims are not all duplicates), then runs each stage in a fresh child process
and reads that child's peak resident memory from the kernel (``os.wait4``), so one
stage's memory never hides another's:

    front  load + sentences + claims
    pairs  front + candidate pairs
    full   the ``factcheck`` command with the shipped model, stopped by --timeout if it runs long

    .venv/bin/python scripts/measure_memory.py                      # all stages, 10 MB, full run 300 s
    .venv/bin/python scripts/measure_memory.py --mb 1 --stages front pairs

Exit status 1 when a stage peaks over --limit-mb (default 2048). The article goes to a temporary
folder that is removed afterwards; nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STAGES = ("front", "pairs", "full")


def build_article(megabytes: float) -> str:
    """Sample prose repeated to size; each copy adds its index to every number."""
    samples = [p.read_text(encoding="utf-8") for p in sorted((REPO / "samples").glob("*.txt"))]
    base = "\n\n".join(samples)
    target, parts, copy = int(megabytes * 1_000_000), [], 0
    size = 0
    while size < target:
        part = re.sub(r"\d+", lambda m, k=copy: str(int(m.group()) + k), base)
        parts.append(part)
        size += len(part.encode("utf-8")) + 2
        copy += 1
    return "\n\n".join(parts)[:target]


def child(stage: str, path: str) -> None:
    """Run one stage in this (child) process; the parent reads its peak memory."""
    from factcheck.claims import extract_claims
    from factcheck.config import Config
    from factcheck.document import load_document
    from factcheck.pairing import candidate_pairs
    from factcheck.segment import split_sentences

    document = load_document(path, max_chars=len(Path(path).read_bytes()) + 1)
    sentences = split_sentences(document.text)
    claims = extract_claims(document.text, sentences)
    summary = f"{len(sentences)} sentences, {len(claims)} claims"
    if stage == "pairs":
        summary += f", {len(candidate_pairs(claims, config=Config()))} pairs"
    print(summary)


def measure(command: list[str]) -> tuple[int, float, float, str]:
    """(exit code, seconds, peak MB of that child alone, last output line). ``os.wait4`` gives the
    rusage of the one child, where RUSAGE_CHILDREN would be the maximum over all children so far."""
    with tempfile.TemporaryFile("w+") as output:
        started = time.monotonic()
        child_process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, cwd=REPO)
        _, status, usage = os.wait4(child_process.pid, 0)
        seconds = time.monotonic() - started
        child_process.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        lines = output.read().strip().splitlines()
    return child_process.returncode, seconds, usage.ru_maxrss / 1024, lines[-1] if lines else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="article size in MB (default 10)")
    parser.add_argument("--stages", nargs="+", choices=STAGES, default=list(STAGES))
    parser.add_argument("--full-timeout", type=float, default=300, help="--timeout for the full run (s)")
    parser.add_argument("--limit-mb", type=float, default=2048)
    parser.add_argument("--child", nargs=2, metavar=("STAGE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    over = False
    with tempfile.TemporaryDirectory(prefix="factcheck-memory-") as folder:
        article = Path(folder) / "article.txt"
        article.write_text(build_article(args.mb), encoding="utf-8")
        size = article.stat().st_size
        print(f"article: {size / 1e6:.1f} MB, {len(article.read_text(encoding='utf-8')):,} characters")
        for stage in args.stages:
            if stage == "full":
                command = [sys.executable, "-m", "factcheck.cli", str(article), "--max-chars", str(size + 1),
                           "--timeout", str(args.full_timeout), "--format", "json", "-o", str(Path(folder) / "r.json"),
                           "--quiet"]
            else:
                command = [sys.executable, __file__, "--child", stage, str(article)]
            code, seconds, peak, last = measure(command)
            over |= peak > args.limit_mb
            print(f"{stage:5s}  exit {code}  {seconds:7.1f} s  peak {peak:7.0f} MB  {last[:120]}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
