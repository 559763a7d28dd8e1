"""``factcheck``: the command line. Thin: arguments and settings in, reports and an exit code out.

Exit codes (DESIGN.md): 0 no finding at or above the fail level, 1 findings that fail, 2 usage,
input, model or config errors, always as one line on stderr unless ``--debug`` asks for the traceback.
"""

from __future__ import annotations

import argparse
import io
import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence, TextIO

from factcheck import suppress
from factcheck.config import Config
from factcheck.errors import CheckTimeout, ConfigError, FactcheckError, InputError, report_error
from factcheck.inputs import STDIN, find_inputs, is_excluded, output_files  # noqa: F401 (is_excluded: API)
from factcheck.output import write_whole
from factcheck.report import FORMATS, render
from factcheck.report.json import tool_version
from factcheck.settings import Settings, describe, load_settings
from factcheck.types import Report, Severity


EPILOG = """\
examples:
  factcheck article.md                         check one article, report in the terminal
  factcheck 'news/**/*.md' --fail-on warning   globs (quoted), fail on warnings too
  cat draft.txt | factcheck -                  read standard input
  factcheck news/ --format sarif -o out.sarif  SARIF for code scanning
  factcheck news/ --format github              annotations on a GitHub pull request
  factcheck news/ --write-baseline fc.json     accept today's findings ...
  factcheck news/ --baseline fc.json           ... and report only new ones
  factcheck news/ --diff origin/main           only findings on lines changed since origin/main
  factcheck --show-config                      settings in effect and where each came from
  factcheck eval --help                        measure the checker on labelled data
  factcheck serve --help                       an HTTP API and a page for editors
  factcheck corpus --help                      check a whole archive on Ray (pip install 'factcheck[ray]')

settings: .factcheck.toml or [tool.factcheck] in pyproject.toml (nearest to the working
directory): threshold, model, fail-on, exclude, [severities] kind = "error|warning|info".
Flags override the file.

exit status: 0 no finding at or above --fail-on (and --write-baseline), 1 findings that fail,
2 errors or nothing could be checked, 130 interrupted. In a run over several files, each file
that cannot be checked is one line on stderr and the others are checked.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        allow_abbrev=False,
        prog="factcheck",
        description="Find statements in an article that contradict each other.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files, directories (searched for .txt .md .markdown .html .htm), globs, or - for stdin")
    out = parser.add_argument_group("output")
    out.add_argument("-f", "--format", choices=FORMATS, default="rich", metavar="FORMAT",
                     help=f"report format: {', '.join(FORMATS)} (default: rich)")
    out.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    out.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no warnings on stderr")
    judging = parser.add_argument_group("judging")
    judging.add_argument("--threshold", type=float, metavar="SCORE", help="drop findings scored below (0..1)")
    judging.add_argument("--model", metavar="PATH_OR_NAME", help="NLI model: local path or Hugging Face name")
    judging.add_argument("--fail-on", choices=[s.value for s in Severity], metavar="LEVEL",
                         help="lowest severity that exits 1: error, warning or info (default: error)")
    judging.add_argument("--max-chars", type=int, metavar="N", help="refuse inputs longer than N characters")
    judging.add_argument("--timeout", type=float, metavar="SECONDS", help="stop the whole run after SECONDS (exit 2)")
    accept = parser.add_argument_group("accepting known findings")
    accept.add_argument("--baseline", metavar="FILE", help="report only findings not recorded in FILE")
    accept.add_argument("--write-baseline", metavar="FILE", help="record all current findings in FILE")
    accept.add_argument("--diff", metavar="REF", help="report only findings on lines changed since git REF")
    meta = parser.add_argument_group("settings and diagnostics")
    meta.add_argument("--config", metavar="FILE", type=Path, help="config file (default: found from the cwd up)")
    meta.add_argument("--show-config", action="store_true", help="print the settings in effect and exit")
    meta.add_argument("--debug", action="store_true", help="show tracebacks")
    meta.add_argument("--version", action="version", version=f"factcheck {tool_version()}")
    return parser


FLAG_SETTINGS = {"threshold": "--threshold", "model": "--model", "fail_on": "--fail-on",
                 "max_chars": "--max-chars", "timeout": "--timeout"}


def settings_from(args: argparse.Namespace) -> Settings:
    flags = {name: (getattr(args, name), flag) for name, flag in FLAG_SETTINGS.items()
             if getattr(args, name) is not None}
    return load_settings(flags, config_file=args.config)


# --- inputs and outputs, all looked at before the model loads ------------------------------------

def expand_inputs(arguments: Sequence[str], settings: Settings) -> list[str]:
    """Every file to check, in a deterministic order, each once, minus the configured excludes."""
    root = settings.config_file.parent if settings.config_file else Path.cwd()
    found = find_inputs(arguments, settings.config.exclude, root, max_chars=settings.config.max_chars)
    return found.paths


def _stdout_fd(stdout: TextIO) -> int | None:
    try:
        return stdout.fileno()
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return None


def check_writable(path: str, what: str) -> None:
    """Refuse an output path that cannot be written, before hours of checking are spent on it."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ConfigError(f"cannot write {what} {path}: it is a directory")
    if not folder.is_dir():
        raise ConfigError(f"cannot write {what} {path}: no folder {folder}")
    if not os.access(folder, os.W_OK | os.X_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise ConfigError(f"cannot write {what} {path}: permission denied")


def check_arguments(args: argparse.Namespace, paths: Sequence[str]) -> frozenset[str] | None:
    """Everything the arguments alone can get wrong, found before the model loads. Returns the
    baseline's accepted fingerprints (read once, here)."""
    if args.output:
        check_writable(args.output, "--output")
    if args.write_baseline:
        check_writable(args.write_baseline, "baseline")
    accepted = suppress.read_baseline(args.baseline) if args.baseline else None
    if args.diff:
        if STDIN in paths:
            raise ConfigError("--diff needs files in a git repository, not standard input")
        for folder in sorted({str(Path(p).resolve().parent) for p in paths}):
            suppress.check_ref(args.diff, folder)
    return accepted


# --- checking (monkeypatched in tests; the real stages load lazily) ------------------------------

def load_model(config: Config) -> Any:
    from factcheck.errors import ModelError
    from factcheck.nli import DEFAULT_MODEL_PATH, NLIModel

    try:
        return NLIModel.load(config.model, batch_size=config.batch_size)
    except ModelError as exc:  # say which model, whatever stage of loading failed
        where = config.model or str(DEFAULT_MODEL_PATH)
        if where in str(exc):
            raise
        raise ModelError(f"{where}: {exc}") from exc


def check_input(path: str, config: Config, model: Any,
                pairs_judged: Callable[[int, int], None] | None = None) -> Report:
    from factcheck.document import load_document
    from factcheck.pipeline import check_document

    document = load_document(path, max_chars=config.max_chars)
    return check_document(document, config=config, model=model, progress=pairs_judged)


def _remaining(config: Config, deadline: float | None, done: int, total: int) -> Config:
    """Give each file what is left of the run's --timeout, so the whole run stays bounded."""
    if deadline is None:
        return config
    left = deadline - time.monotonic()
    if left <= 0:
        raise CheckTimeout(f"--timeout {config.timeout:g}s reached after {done} of {total} files")
    return replace(config, timeout=left)


def _say_refused(message: str) -> None:
    print(f"factcheck: error: {message}", file=sys.stderr)


def check_all(paths: Sequence[str], config: Config, model: Any, progress: Callable[[int, str], None],
              pairs_judged: Callable[[int, int], None] | None = None,
              refused: Callable[[str], None] = _say_refused) -> list[Report]:
    """A report for every file that could be checked; each one that could not (empty, binary, no
    prose ...) is passed to ``refused`` as one message, and the run goes on with the others."""
    deadline = time.monotonic() + config.timeout if config.timeout else None
    reports = []
    for done, path in enumerate(paths):
        progress(done, path)
        limited = _remaining(config, deadline, done, len(paths))
        try:
            if pairs_judged is None:
                reports.append(check_input(path, limited, model))
            else:
                reports.append(check_input(path, limited, model, pairs_judged))
        except InputError as exc:
            refused(str(exc))
    return reports


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Stop the run after ``seconds`` wherever it is (a stage, pairing, the model), not only between
    stages: a SIGALRM timer raises CheckTimeout. Off the main thread or without SIGALRM the
    cooperative checks between files and stages still apply."""
    usable = (seconds and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise CheckTimeout(f"--timeout {seconds:g}s reached; raise --timeout or check shorter or fewer files")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


PROGRESS_EVERY = 10.0  # seconds between progress lines when stderr is not a terminal (CI logs)


def run_checks(paths: Sequence[str], config: Config, model: Any, quiet: bool) -> list[Report]:
    """Check every input, showing progress on stderr unless ``quiet``: a bar in a terminal, a line
    every few seconds in a log, so a long article never looks stuck."""
    if quiet:
        return check_all(paths, config, model, lambda done, path: None)
    if not sys.stderr.isatty():
        return check_all(paths, config, model, *_progress_lines(paths))
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("checking", total=len(paths))
        pairs = bar.add_task("claim pairs", total=None)

        def advance(done: int, path: str) -> None:
            bar.update(task, completed=done, description=Path(path).name)
            bar.reset(pairs, total=None)

        def judged(done: int, total: int) -> None:  # one long article still shows it is moving
            bar.update(pairs, completed=done, total=total)

        def refused(message: str) -> None:
            bar.console.print(f"factcheck: error: {message}", markup=False, highlight=False)

        return check_all(paths, config, model, advance, judged, refused)


def _progress_lines(paths: Sequence[str]) -> tuple[Callable[[int, str], None], Callable[[int, int], None]]:
    state = {"path": "", "said": time.monotonic()}

    def advance(done: int, path: str) -> None:
        state["path"] = f"{path} ({done + 1} of {len(paths)})" if len(paths) > 1 else path

    def judged(done: int, total: int) -> None:
        now = time.monotonic()
        if now - state["said"] >= PROGRESS_EVERY and done < total:
            print(f"factcheck: {state['path']}: {done:,} of {total:,} claim pairs judged", file=sys.stderr)
            state["said"] = now

    return advance, judged


# --- after checking ---------------------------------------------------------------------------

def filter_reports(reports: list[Report], args: argparse.Namespace,
                   accepted: frozenset[str] | None = None) -> list[Report]:
    if args.baseline:
        accepted = accepted if accepted is not None else suppress.read_baseline(args.baseline)
        reports = [suppress.apply_baseline(report, accepted) for report in reports]
    if args.diff:
        if any(report.document.path is None for report in reports):
            raise ConfigError("--diff needs files in a git repository, not standard input")
        reports = [suppress.apply_diff(r, suppress.changed_lines(args.diff, r.document.path)) for r in reports]
    return reports


def write_report(reports: Sequence[Report], args: argparse.Namespace, config: Config, stdout: TextIO) -> None:
    if not args.output:
        render(reports, args.format, stdout, config=config)
        return
    buffer = io.StringIO()
    render(reports, args.format, buffer, config=config)
    try:
        write_whole(args.output, buffer.getvalue())
    except OSError as exc:
        raise ConfigError(f"cannot write --output {args.output}: {exc.strerror or exc}") from exc


def exit_status(reports: Sequence[Report], fail_on: Severity) -> int:
    failing = any(f.severity.rank >= fail_on.rank for r in reports for f in r.findings)
    return 1 if failing else 0


def warn(reports: Sequence[Report], quiet: bool) -> None:
    if not quiet:
        for message in (w for r in reports for w in r.document.warnings):
            print(f"factcheck: warning: {message}", file=sys.stderr)


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    settings = settings_from(args)
    if args.show_config:
        stdout.write(describe(settings))
        return 0
    if not args.paths:
        raise ConfigError("no input: give files, directories, globs, or - for standard input (see --help)")
    config = settings.config
    root = settings.config_file.parent if settings.config_file else Path.cwd()
    outputs = output_files([args.output, args.write_baseline], _stdout_fd(stdout))
    inputs = find_inputs(args.paths, config.exclude, root, max_chars=config.max_chars, outputs=outputs)
    if not inputs.paths and not inputs.refused:
        if inputs.excluded:  # the config says to skip these: nothing to do is not a failure
            if not args.quiet:
                print(f"factcheck: nothing to check: the excludes of {settings.config_file or 'the settings'} "
                      f"leave out all {inputs.excluded} input(s)", file=sys.stderr)
            return 0
        raise InputError("no articles to check: no .txt/.md/.html file was found")
    accepted = check_arguments(args, inputs.paths)
    for message in inputs.refused:
        _say_refused(message)
    if not inputs.paths:
        return 2
    with time_limit(config.timeout):
        reports = run_checks(inputs.paths, config, load_model(config), args.quiet)
    if not reports:
        return 2  # every file was refused while loading; each said why on stderr
    warn(reports, args.quiet)
    if args.write_baseline:
        suppress.write_baseline(args.write_baseline, reports)
    reports = filter_reports(reports, args, accepted)
    write_report(reports, args, config, stdout)
    if args.write_baseline:
        return 0  # the findings were just accepted; recording them is not a failure
    return exit_status(reports, config.fail_on)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (tests), nothing to flush
        pass


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["eval"]:
        from factcheck.eval import main as eval_main

        return eval_main(argv[1:])
    if argv[:1] == ["serve"]:
        from factcheck.serve.main import main as serve_main

        return serve_main(argv[1:])
    if argv[:1] == ["corpus"]:
        from factcheck.corpus.command import main as corpus_main

        return corpus_main(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        return run(args, sys.stdout)
    except FactcheckError as exc:
        return report_error("factcheck", exc, args.debug)
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader left (| head): stop quietly, as shell tools do
        _silence_stdout()
        return 141
    except Exception as exc:  # a bug: still one line, unless the user asks for the traceback
        if args.debug:
            raise
        print(f"factcheck: error: unexpected {type(exc).__name__}: {exc} (rerun with --debug for the traceback)",
              file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
