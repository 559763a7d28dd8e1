"""``factcheck corpus IN --output OUT``: the command line of corpus mode.

Ray is imported only here, when the command runs, so the single-file CLI stays as light as it was.
Exit codes follow the CLI: 0 every article has a row (whatever was found; the rows say that), 2 a
usage, input, config or model error (one line on stderr), 130 interrupted (the finished rows are
committed first; rerun to resume).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

from factcheck.errors import FactcheckError, report_error

EPILOG = """\
IN is a folder of articles (.txt .md .markdown .html .htm, as `factcheck FOLDER` picks them),
a .jsonl file (one object per line: id, text, and optionally title, url, date) or a .parquet
file with those columns. OUT is .jsonl or .parquet: one row per article with id, content_hash,
title, url, date, error, warnings, stats and findings (as in the JSON report v1), in id order.

Rerunning the same command resumes: articles whose id and text already have a row are skipped.

examples:
  factcheck corpus news/ --output news.jsonl
  factcheck corpus wire.jsonl --output wire.parquet --workers 4
  factcheck corpus wire.parquet --output wire.jsonl --ray-address HEAD_IP:6379
"""


def _at_least(minimum: float, kind: type):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a {'whole ' if kind is int else ''}number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum:g} or more, not {text}")
        return value
    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        allow_abbrev=False,
        prog="factcheck corpus",
        description="Check a whole corpus of articles on Ray, one row per article; resumable.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", metavar="IN", help="folder of articles, .jsonl or .parquet")
    parser.add_argument("-o", "--output", metavar="OUT", required=True, help="output file: .jsonl or .parquet")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    ray = parser.add_argument_group("ray")
    ray.add_argument("--workers", type=_at_least(1, int), default=2, metavar="N",
                     help="judge workers: processes that each load the model and use one core (default 2)")
    ray.add_argument("--ray-address", metavar="ADDRESS",
                     help="join this Ray cluster (HOST:6379, or 'auto') instead of starting Ray here")
    ray.add_argument("--block-size", type=_at_least(1, int), default=16, metavar="N",
                     help="articles per block: the unit of scheduling (default 16)")
    ray.add_argument("--checkpoint", type=_at_least(0, float), default=10.0, metavar="SECONDS",
                     help="commit finished rows at least this often; an interruption loses at most "
                          "this much work (default 10)")
    judging = parser.add_argument_group("judging (as for single files)")
    judging.add_argument("--threshold", type=float, metavar="SCORE", help="drop findings scored below (0..1)")
    judging.add_argument("--model", metavar="PATH_OR_NAME", help="NLI model: local path or Hugging Face name")
    judging.add_argument("--max-chars", type=int, metavar="N", help="articles longer than N characters get an error row")
    judging.add_argument("--config", metavar="FILE", type=Path, help="config file (default: found from the cwd up)")
    judging.add_argument("--debug", action="store_true", help="show tracebacks")
    parser.set_defaults(fail_on=None, timeout=None)  # settings the single-file CLI reads; unused here
    return parser


def run(args: argparse.Namespace) -> int:
    from factcheck.cli import expand_inputs, settings_from
    from factcheck.corpus.run import CorpusOptions, ProgressLine, describe_summary, run_corpus

    settings = settings_from(args)
    source = Path(args.source)
    folder_files = expand_inputs([args.source], settings) if source.is_dir() else None
    options = CorpusOptions(workers=args.workers, ray_address=args.ray_address, block_size=args.block_size,
                            checkpoint_seconds=args.checkpoint)
    progress = None if args.quiet else ProgressLine()
    notice = None if args.quiet else (lambda message: print(f"factcheck corpus: {message}", file=sys.stderr))
    try:
        summary = run_corpus(source, args.output, config=settings.config, options=options,
                             folder_files=folder_files, progress=progress, notice=notice)
    finally:
        if progress:
            progress.close()
    sys.stdout.write(describe_summary(summary, args.output))
    return 0


@contextmanager
def interruptible() -> Iterator[None]:
    """Ctrl-C as KeyboardInterrupt while the corpus runs: ``factcheck`` itself exits at once on it
    (``factcheck/__main__.py``), but here it should first commit the finished rows and stop Ray."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        with interruptible():
            return run(args)
    except FactcheckError as exc:
        return report_error("factcheck corpus", exc, args.debug)
    except KeyboardInterrupt:
        print(f"factcheck corpus: interrupted; finished rows are kept in {args.output}.parts; "
              "run the same command again to resume", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug or a Ray failure: still one line, unless asked for the traceback
        if args.debug:
            raise
        first = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else ""
        print(f"factcheck corpus: error: unexpected {type(exc).__name__}: {first} "
              "(rerun with --debug for the traceback; rerunning resumes)", file=sys.stderr)
        return 2
