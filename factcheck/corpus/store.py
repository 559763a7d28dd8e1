"""The corpus output and how it survives interruptions.

While a run works on ``OUT``, finished rows go to a work folder next to it, ``OUT.parts/``, as
part files. Each part is written to a temporary name, flushed to disk and then renamed, so a
crash at any moment leaves only whole parts (a half-written temporary file is ignored and
removed). A rerun reads the (id, content hash) of every row in the parts and in an earlier OUT,
and checks only the other articles. At the end every row of the current input is merged, in
(id, content hash) order, into OUT (again written aside and renamed), and the work folder goes.
So one run and any number of interrupted runs followed by a rerun write the same OUT.

Parts are JSONL whatever OUT is; OUT is JSONL or Parquet by its extension. In Parquet,
``findings`` holds the same JSON array as text, so it is exactly the JSON report's.
"""

from __future__ import annotations

import heapq
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.corpus.rows import ROW_FIELDS, STAT_FIELDS, row_key
from factcheck.errors import ConfigError

OUTPUT_SUFFIXES = (".jsonl", ".parquet")
MANIFEST = "manifest.json"
MAX_OPEN_PARTS = 256  # parts merged at once; more are first merged in groups (file handles)
PARQUET_ROWS_PER_GROUP = 1000


@dataclass
class Totals:
    """What the merged OUT holds, for the summary."""

    rows: int = 0
    errors: int = 0
    by_severity: Counter = field(default_factory=Counter)


def _fsync_dir(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _write_atomically(path: Path, write) -> None:
    """``write(handle)`` into a temporary file next to ``path``, then rename it into place."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


class Store:
    """OUT and its work folder; one run at a time writes to them."""

    def __init__(self, output: str | Path, settings: dict[str, Any]) -> None:
        self.output = Path(output)
        suffix = self.output.suffix.lower()
        if self.output.is_dir():
            raise ConfigError(f"--output {output} is a folder; give a .jsonl or .parquet file name")
        if suffix not in OUTPUT_SUFFIXES:
            raise ConfigError(f"--output {output}: unknown format {suffix or '(no extension)'!r}; "
                              "end it in .jsonl or .parquet")
        if not self.output.parent.is_dir():
            raise ConfigError(f"--output {output}: folder {self.output.parent} does not exist")
        self.parquet = suffix == ".parquet"
        self.parts = self.output.with_name(self.output.name + ".parts")
        self.settings = settings
        self._next_part = 0
        self._lock: int | None = None

    # --- opening and resuming ------------------------------------------------------------------

    def open(self) -> None:
        """Create or reuse the work folder; refuse one written with other settings or in use."""
        try:
            self.parts.mkdir(exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"cannot create {self.parts}: {exc.strerror or exc}") from None
        self._take_lock()
        manifest = self.parts / MANIFEST
        if manifest.exists():
            earlier = json.loads(manifest.read_text(encoding="utf-8"))
            changed = [name for name in sorted(set(earlier) | set(self.settings))
                       if earlier.get(name) != self.settings.get(name)]
            if changed:
                self._release_lock()
                raise ConfigError(f"{self.parts} holds an interrupted run with other settings "
                                  f"({', '.join(changed)}); rerun with the same settings, or delete it")
        else:
            _write_atomically(manifest, lambda out: out.write(json.dumps(self.settings, indent=2).encode()))
        for stale in self.parts.glob(".*.tmp"):  # a part that was being written when a run died
            stale.unlink(missing_ok=True)
        numbers = [int(p.stem.split("-")[1]) for p in self._part_files()]
        self._next_part = max(numbers, default=-1) + 1

    def _take_lock(self) -> None:
        import fcntl

        self._lock = os.open(self.parts / "lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self._lock)
            self._lock = None
            raise ConfigError(f"another factcheck corpus run is writing {self.output}; wait for it to end") from None

    def _release_lock(self) -> None:
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    def close(self) -> None:
        """Let go of OUT; a work folder that holds no rows (the run failed early) is removed."""
        if self._lock is not None and self.parts.is_dir() and not self._part_files():
            shutil.rmtree(self.parts, ignore_errors=True)
        self._release_lock()

    def _part_files(self) -> list[Path]:
        return sorted(self.parts.glob("part-*.jsonl"))

    def done_keys(self) -> set[tuple[str, str]]:
        """(id, content hash) of every row already written: in an earlier OUT and in the parts."""
        return {row_key(row) for row in self._earlier_rows()}

    def _earlier_rows(self) -> Iterator[dict[str, Any]]:
        if self.output.exists():
            yield from self._read_output()
        for part in self._part_files():
            yield from _read_jsonl(part)

    def _read_output(self) -> Iterator[dict[str, Any]]:
        try:
            rows = _read_parquet(self.output) if self.parquet else _read_jsonl(self.output)
            for row in rows:
                if not isinstance(row, dict) or "id" not in row or "content_hash" not in row:
                    raise ValueError("a row without id and content_hash")
                yield row
        except (ValueError, OSError) as exc:
            raise ConfigError(f"--output {self.output} exists but is not a corpus output ({str(exc)[:120]}); "
                              "give another file name") from None
        except Exception as exc:  # pyarrow's errors for a file that is not Parquet
            raise ConfigError(f"--output {self.output} exists but cannot be read "
                              f"({type(exc).__name__}); give another file name") from None

    # --- writing ---------------------------------------------------------------------------------

    def commit(self, rows: list[dict[str, Any]]) -> None:
        """Write ``rows`` as one new part, whole or not at all."""
        if not rows:
            return
        ordered = sorted(rows, key=row_key)
        part = self.parts / f"part-{self._next_part:06d}.jsonl"
        self._next_part += 1
        _write_atomically(part, lambda out: out.writelines(
            (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8") for row in ordered))

    def finish(self, current: set[tuple[str, str]]) -> Totals:
        """Merge into OUT the one row of every article in ``current`` (the input of this run)."""
        self._merge_parts_in_groups()
        sources: list[Iterable[dict[str, Any]]] = [_read_jsonl(part) for part in self._part_files()]
        if self.output.exists():
            sources.insert(0, self._read_output())
        totals = Totals()

        def rows() -> Iterator[dict[str, Any]]:
            last = None
            for row in heapq.merge(*sources, key=row_key):
                key = row_key(row)
                if key != last and key in current:
                    last = key
                    totals.rows += 1
                    totals.errors += row.get("error") is not None
                    totals.by_severity.update(f["severity"] for f in row.get("findings") or ())
                    yield row

        writer = _write_parquet if self.parquet else _write_jsonl
        _write_atomically(self.output, lambda out: writer(rows(), out))
        self._release_lock()
        shutil.rmtree(self.parts, ignore_errors=True)
        return totals

    def _merge_parts_in_groups(self) -> None:
        """Keep the number of files open at once bounded: merge parts in groups first."""
        parts = self._part_files()
        while len(parts) > MAX_OPEN_PARTS:
            group, parts = parts[:MAX_OPEN_PARTS], parts[MAX_OPEN_PARTS:]
            merged = self.parts / f"part-{self._next_part:06d}.jsonl"
            self._next_part += 1
            rows = heapq.merge(*(_read_jsonl(p) for p in group), key=row_key)
            _write_atomically(merged, lambda out: out.writelines(
                (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8") for row in rows))
            for old in group:  # the merged part is on disk first: a crash here only repeats rows
                old.unlink()
            parts.append(merged)


# --- formats ------------------------------------------------------------------------------------------

def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _write_jsonl(rows: Iterable[dict[str, Any]], out) -> None:
    for row in rows:
        out.write((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))


def parquet_schema():
    import pyarrow as pa

    stats = pa.struct([(name, pa.int64()) for name in STAT_FIELDS])
    types = {"warnings": pa.list_(pa.string()), "stats": stats}
    return pa.schema([(name, types.get(name, pa.string())) for name in ROW_FIELDS])


def _write_parquet(rows: Iterable[dict[str, Any]], out) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()

    def flat(row: dict[str, Any]) -> dict[str, Any]:
        findings = row.get("findings")
        return {**row, "findings": None if findings is None else json.dumps(findings, ensure_ascii=False)}

    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(flat(row))
            if len(batch) == PARQUET_ROWS_PER_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))


def _read_parquet(path: Path) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(path).iter_batches(batch_size=PARQUET_ROWS_PER_GROUP):
        for row in batch.to_pylist():
            if row.get("findings") is not None:
                row["findings"] = json.loads(row["findings"])
            yield {name: row.get(name) for name in ROW_FIELDS}
