"""Corpus mode on Ray Data: read in blocks, pair in tasks, judge in an actor pool, commit as it goes.

    chunks ─read (tasks)─▶ article records ─front end (tasks)─▶ PairedDocuments ─judge (actors)─▶ rows

The driver plans the chunks (``sources``), iterates over the finished rows as Ray streams them,
commits them in parts (``store``) and shows progress. Each judge actor loads the model once and
uses one core; the front end runs as ordinary tasks, so on a cluster it spreads over every node.
Different resource requests keep Ray from fusing the stages into one process.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from factcheck.config import Config
from factcheck.corpus.rows import front_end, judge
from factcheck.corpus.sources import Chunk, Plan, plan_source, read_chunk
from factcheck.corpus.store import Store, Totals
from factcheck.errors import ConfigError, FactcheckError

READ_CPUS = 0.25  # reading is I/O; a smaller request than the front end's also keeps them unfused
WORKER_MEMORY = 1400 << 20  # bytes Ray reserves per judge actor: its peak was 1.0-1.2 GiB (README)
OBJECT_STORE_BYTES = 256 << 20  # local runs: rows are small, so a small object store is enough


@dataclass(frozen=True)
class CorpusOptions:
    workers: int = 2  # judge actors, one model and one core each
    ray_address: str | None = None  # None: start Ray on this machine
    block_size: int = 16  # articles per block
    checkpoint_seconds: float = 10.0  # commit finished rows at least this often
    threads_per_worker: int = 1


@dataclass
class Summary:
    articles: int = 0  # in the input
    checked: int = 0  # this run
    skipped: int = 0  # already done
    errors: int = 0  # this run's rows with an error
    seconds: float = 0.0
    totals: Totals = field(default_factory=Totals)

    @property
    def rate(self) -> float:
        return self.checked / self.seconds if self.seconds else 0.0


ProgressFn = Callable[[Summary, int], None]  # (so far, articles in all)


def settings_fingerprint(config: Config) -> dict[str, Any]:
    """What the rows depend on besides the article: a resumed run must use the same."""
    from factcheck.report.json import tool_version

    return {"factcheck": tool_version(), "threshold": config.threshold, "model": config.model or "default",
            "severities": {kind.value: severity.value for kind, severity in sorted(config.severities.items())},
            "max_chars": config.max_chars, "max_pairs_per_claim": config.max_pairs_per_claim,
            "rules_only": config.rules_only}


# --- the done set, as a sorted array Ray ships to every reader without copying ----------------------

def _key_number(article_id: str, digest: str | None) -> int:
    key = f"{article_id}\0{digest or ''}".encode("utf-8", errors="surrogatepass")
    return int.from_bytes(hashlib.sha256(key).digest()[:8], "big")


def done_array(keys: set[tuple[str, str]]):
    import numpy as np

    return np.array(sorted({_key_number(i, h) for i, h in keys}), dtype=np.uint64)


def _is_done(record: dict[str, Any], done) -> bool:
    import numpy as np

    if not len(done):
        return False
    number = np.uint64(_key_number(record["id"], record["content_hash"]))
    at = int(np.searchsorted(done, number))
    return at < len(done) and done[at] == number


# --- the stages, as Ray Data batch functions (module level, so workers import them by name) ------------

def _schemas():
    import pyarrow as pa

    text = pa.string()
    meta = [("id", text), ("content_hash", text), ("title", text), ("url", text), ("date", text)]
    record = pa.schema(meta + [("path", text), ("data", pa.binary()), ("error", text), ("skipped", pa.bool_())])
    staged = pa.schema(meta + [("skipped", pa.bool_()), ("paired", pa.binary()), ("row", text)])
    output = pa.schema([("id", text), ("content_hash", text), ("skipped", pa.bool_()), ("row", text)])
    return record, staged, output


def read_batch(batch, *, done, block_size: int) -> Iterator[Any]:
    """Chunks in, article records out; articles already done become bare skip markers."""
    import pyarrow as pa

    schema = _schemas()[0]
    for item in batch.to_pylist():
        for records in read_chunk(Chunk.from_item(item), block_size=block_size):
            marked = []
            for record in records:
                skipped = _is_done(record, done)
                if skipped:
                    record = {**record, "data": None, "path": None}
                marked.append({**record, "skipped": skipped})
            yield pa.Table.from_pylist(marked, schema=schema)


def front_end_batch(batch, *, config: Config):
    import pyarrow as pa

    staged = []
    for record in batch.to_pylist():
        if record["skipped"]:
            staged.append({"id": record["id"], "content_hash": record["content_hash"], "skipped": True})
        else:
            staged.append({**front_end(record, config), "skipped": False})
    return pa.Table.from_pylist(staged, schema=_schemas()[1])


class JudgeWorker:
    """A judge actor: loads the model once, then finishes staged records into rows."""

    def __init__(self, config: Config, threads: int = 1) -> None:
        import torch

        from factcheck.cli import load_model

        self.config = config
        self.model = None if config.rules_only else load_model(config)
        # After the load: NLIModel.load sets torch's threads itself (FACTCHECK_THREADS, a busy
        # machine), and an actor must keep to the one core Ray reserved for it.
        torch.set_num_threads(threads)

    def __call__(self, batch):
        import pyarrow as pa

        rows = [{"id": staged["id"], "content_hash": staged["content_hash"], "skipped": staged["skipped"],
                 "row": None if staged["skipped"] else judge(staged, self.model, self.config)}
                for staged in batch.to_pylist()]
        return pa.Table.from_pylist(rows, schema=_schemas()[2])


def build_dataset(plan: Plan, config: Config, done, options: CorpusOptions):
    import ray.data

    items = [chunk.as_item() for chunk in plan.chunks]
    dataset = ray.data.from_items(items, override_num_blocks=len(items))
    dataset = dataset.map_batches(read_batch, batch_size=1, batch_format="pyarrow", num_cpus=READ_CPUS,
                                  fn_kwargs={"done": done, "block_size": options.block_size})
    dataset = dataset.repartition(target_num_rows_per_block=options.block_size)
    dataset = dataset.map_batches(front_end_batch, batch_size=None, batch_format="pyarrow", num_cpus=1,
                                  fn_kwargs={"config": config})
    return dataset.map_batches(JudgeWorker, batch_size=None, batch_format="pyarrow",
                               compute=ray.data.ActorPoolStrategy(size=options.workers),
                               fn_constructor_kwargs={"config": config, "threads": options.threads_per_worker},
                               num_cpus=1, memory=WORKER_MEMORY)


# --- Ray itself ----------------------------------------------------------------------------------------

def _quiet_ray() -> None:
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")  # the C++ core's own stderr lines
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", category=UserWarning, module=r"ray\.")  # sizing advice for big runs


@contextmanager
def _stderr_to_devnull() -> Iterator[None]:
    """Ray's C++ core prints a line to stderr as it starts (even to say it will be quiet), and the
    processes it starts inherit stderr; their logs are in Ray's session folder anyway."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no real stderr (some test runners): nothing to hide
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def _configure_data() -> None:
    import ray.data

    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.enable_operator_progress_bars = False
    context.print_on_execution_start = False
    context.enable_auto_log_stats = False
    context.verbose_stats_logs = False


def import_ray():
    try:
        _quiet_ray()
        import ray
        import ray.data  # noqa: F401  (Ray Data needs pyarrow and pandas: the ray extra)
    except ImportError as exc:
        raise ConfigError(f"corpus mode needs Ray ({exc.name or exc} is missing): "
                          "pip install 'factcheck[ray]'") from None
    return ray


@contextmanager
def ray_session(options: CorpusOptions) -> Iterator[None]:
    """Join ``options.ray_address``, reuse a Ray already started in this process, or start one here
    with a CPU per judge worker plus one for reading and the front end. Stops only what it started."""
    ray = import_ray()
    started = False
    if not ray.is_initialized():
        quiet = {"logging_level": logging.ERROR, "log_to_driver": False, "configure_logging": True}
        try:
            with _stderr_to_devnull():
                if options.ray_address:
                    ray.init(address=options.ray_address, **quiet)
                else:
                    ray.init(num_cpus=options.workers + 1, object_store_memory=OBJECT_STORE_BYTES,
                             include_dashboard=False, **quiet)
        except ConnectionError as exc:
            raise ConfigError(f"--ray-address {options.ray_address}: cannot join a Ray cluster there "
                              f"({_join_failure(exc)})") from None
        started = True
    _quiet_ray()  # ray.init sets its loggers up again
    _configure_data()
    try:
        yield
    finally:
        if started:
            ray.shutdown()


def _join_failure(exc: BaseException) -> str:
    chain = []
    while exc is not None and len(chain) < 10:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    text = " ".join(str(e) for e in chain)
    if "InvalidAuthToken" in text or "Authentication token" in text:
        return ("the cluster wants its token: set RAY_AUTH_MODE=token and put the head node's token in "
                "~/.ray/auth_token or RAY_AUTH_TOKEN")
    return str(chain[-1]).strip().splitlines()[0][:200] if str(chain[-1]).strip() else type(chain[-1]).__name__


_REMOTE_ERROR = re.compile(r"factcheck\.errors\.(\w+): ([^\n]+)")


def _factcheck_cause(exc: BaseException) -> FactcheckError | None:
    """A FactcheckError raised on a worker (say, the model cannot be loaded), under Ray's wrappers.

    Ray chains some errors and only quotes others (an actor that died in ``__init__``), so both
    the chain and the quoted traceback are searched."""
    import factcheck.errors

    seen: set[int] = set()
    stack: list[Any] = [exc]
    while stack:
        current = stack.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, FactcheckError):
            return current
        quoted = _REMOTE_ERROR.search(str(current))
        kind = getattr(factcheck.errors, quoted.group(1), None) if quoted else None
        if isinstance(kind, type) and issubclass(kind, FactcheckError):
            return kind(quoted.group(2).strip())
        stack.extend([current.__cause__, current.__context__, getattr(current, "cause", None)])
    return None


# --- the run ----------------------------------------------------------------------------------------

def run_corpus(source: str | Path, output: str | Path, *, config: Config, options: CorpusOptions,
               folder_files: Sequence[str] | None = None, progress: ProgressFn | None = None,
               notice: Callable[[str], None] | None = None) -> Summary:
    """Check every article of ``source`` into ``output``; resume where an earlier run stopped."""
    plan = plan_source(source, block_size=options.block_size, folder_files=folder_files)
    store = Store(output, settings_fingerprint(config))
    import_ray()  # before the store leaves a work folder behind
    _check_model(config)
    store.open()
    try:
        return _run(plan, store, config, options, progress, notice)
    finally:
        store.close()  # after a failure with nothing saved, no work folder is left either


def _check_model(config: Config) -> None:
    """Load the model here once, so a bad --model fails in seconds with the single-file CLI's message
    instead of as an actor that keeps dying on every worker."""
    from factcheck.cli import load_model

    if not config.rules_only:
        load_model(config)  # and dropped at once: the workers load their own


def _run(plan: Plan, store: Store, config: Config, options: CorpusOptions, progress: ProgressFn | None,
         notice: Callable[[str], None] | None) -> Summary:
    done = store.done_keys()
    if done and notice:
        notice(f"resuming: {len(done):,} rows already written for {store.output}; "
               "articles with the same id and text are skipped")
    summary, current, pending = Summary(articles=plan.articles), set(), []
    started = last_commit = time.monotonic()
    try:
        with ray_session(options):
            dataset = build_dataset(plan, config, done_array(done), options)
            for batch in dataset.iter_batches(batch_size=None, batch_format="pyarrow"):
                for record in batch.to_pylist():
                    current.add((record["id"], record["content_hash"] or ""))
                    if record["skipped"]:
                        summary.skipped += 1
                        continue
                    row = json.loads(record["row"])
                    pending.append(row)
                    summary.checked += 1
                    summary.errors += row["error"] is not None
                summary.seconds = time.monotonic() - started
                if time.monotonic() - last_commit >= options.checkpoint_seconds:
                    store.commit(pending)
                    pending, last_commit = [], time.monotonic()
                if progress:
                    progress(summary, plan.articles)
    except FactcheckError:
        raise
    except KeyboardInterrupt:
        raise
    except Exception as exc:
        cause = _factcheck_cause(exc)
        if cause is not None:
            raise cause from None
        raise
    finally:
        store.commit(pending)  # whatever is finished survives an interruption
        summary.seconds = time.monotonic() - started
    summary.totals = store.finish(current)
    return summary


# --- what the person watching sees --------------------------------------------------------------------

class ProgressLine:
    """Articles done, articles/s and errors on stderr: one rewritten line on a terminal, a line every
    ``every`` seconds in a log."""

    def __init__(self, stream: TextIO | None = None, every: float = 10.0) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.every = every
        self.last = 0.0

    def __call__(self, summary: Summary, total: int) -> None:
        now = time.monotonic()
        if not self.tty and now - self.last < self.every:
            return
        self.last = now
        done = summary.checked + summary.skipped
        line = (f"factcheck corpus: {done:,}/{total:,} articles · {summary.rate:.1f} articles/s · "
                f"{summary.errors:,} error{'s' if summary.errors != 1 else ''}")
        self.stream.write(f"\r{line}\x1b[K" if self.tty else line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty and self.last:
            self.stream.write("\n")
            self.stream.flush()


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def describe_summary(summary: Summary, output: str | Path) -> str:
    totals = summary.totals
    severities = ", ".join(f"{totals.by_severity[s]:,} {s}" for s in ("error", "warning", "info"))
    findings = sum(totals.by_severity.values())
    missing = summary.articles - totals.rows
    lines = [f"{output}: {_count(totals.rows, 'row')} · {_count(findings, 'finding')} ({severities}) · "
             f"{_count(totals.errors, 'article')} could not be checked",
             f"this run: {summary.checked:,} checked, {summary.skipped:,} already done, "
             f"{summary.seconds:.1f} s, {summary.rate:.2f} articles/s"]
    if missing > 0:
        lines.append(f"{missing:,} articles repeat an id and text already in the corpus: one row each")
    return "\n".join(lines) + "\n"
