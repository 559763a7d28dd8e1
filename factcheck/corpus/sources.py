"""Where a corpus's articles come from: a folder of articles, a JSONL file or a Parquet file.

The driver only *plans* the reading (``plan_source``): cheap metadata such as file names, line
offsets and row groups, cut into chunks of about one block each. Workers turn each chunk into
article records (``read_chunk``). So the driver never holds the corpus's text, the reading is
spread over the cluster, and a bad record becomes a record with an error instead of a failed run.

An article record is a dict with ``id``, ``content_hash``, ``title``, ``url``, ``date`` and
``error``, and either ``path`` (a file of a folder, loaded as ``factcheck FILE`` would) or
``data`` (the article's text as UTF-8 bytes, checked as if it were a .txt file).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.errors import InputError

SUFFIXES = (".jsonl", ".parquet")
METADATA = ("title", "url", "date")  # optional fields, carried into the output row unchanged


@dataclass(frozen=True)
class Chunk:
    """One unit of reading: ``kind`` folder (``files``), jsonl (bytes ``start``..``stop``, first
    line ``first``) or parquet (row group ``start``, first row ``first``)."""

    kind: str
    source: str
    start: int = 0
    stop: int = 0
    first: int = 1
    files: tuple[str, ...] = ()

    def as_item(self) -> dict[str, Any]:
        return {"kind": self.kind, "source": self.source, "start": self.start, "stop": self.stop,
                "first": self.first, "files": list(self.files)}

    @classmethod
    def from_item(cls, item: dict[str, Any]) -> "Chunk":
        return cls(kind=item["kind"], source=item["source"], start=int(item["start"]), stop=int(item["stop"]),
                   first=int(item["first"]), files=tuple(item["files"] or ()))


@dataclass(frozen=True)
class Plan:
    chunks: tuple[Chunk, ...]
    articles: int  # how many records the chunks will give (the progress total)


def content_hash(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def plan_source(source: str | Path, *, block_size: int, folder_files: Sequence[str] | None = None) -> Plan:
    """Cut the input into chunks of about ``block_size`` articles; InputError when IN is unusable.

    ``folder_files`` is the folder's article list as the single-file CLI would select it (same
    suffixes, excludes and order); the caller passes it so both paths pick the same files.
    """
    path = Path(source)
    if not path.exists():
        raise InputError(f"{source}: no such file or folder; check the path")
    if path.is_dir():
        return _plan_folder(path, list(folder_files or ()), block_size)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return _plan_jsonl(path, block_size)
    if suffix == ".parquet":
        return _plan_parquet(path, block_size)
    raise InputError(f"{source}: unknown input type {suffix or '(no extension)'!r}; give a folder of articles, "
                     "a .jsonl file or a .parquet file")


def _plan_folder(folder: Path, files: list[str], block_size: int) -> Plan:
    if not files:
        raise InputError(f"{folder}: no articles (.txt .md .markdown .html .htm) in this folder")
    chunks = tuple(Chunk(kind="folder", source=str(folder), files=tuple(files[i: i + block_size]))
                   for i in range(0, len(files), block_size))
    return Plan(chunks=chunks, articles=len(files))


def _plan_jsonl(path: Path, block_size: int) -> Plan:
    """Line-aligned byte ranges of ``block_size`` non-blank lines each, with their first line number."""
    chunks: list[Chunk] = []
    articles = in_chunk = 0
    start = offset = 0
    first = 1
    try:
        with open(path, "rb") as handle:
            for number, line in enumerate(handle, 1):
                if in_chunk == 0:
                    start, first = offset, number
                offset += len(line)
                if line.strip():
                    in_chunk += 1
                    articles += 1
                if in_chunk == block_size:
                    chunks.append(Chunk(kind="jsonl", source=str(path), start=start, stop=offset, first=first))
                    in_chunk = 0
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if in_chunk:
        chunks.append(Chunk(kind="jsonl", source=str(path), start=start, stop=offset, first=first))
    if not articles:
        raise InputError(f"{path} has no articles (no non-blank lines); give one JSON object per line")
    return Plan(chunks=tuple(chunks), articles=articles)


def _parquet_file(path: Path):
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError ... for a file it cannot read
        raise InputError(f"{path}: not a readable Parquet file ({str(exc).splitlines()[0][:200]})") from None


def _plan_parquet(path: Path, block_size: int) -> Plan:
    parquet = _parquet_file(path)
    columns = set(parquet.schema_arrow.names)
    missing = [name for name in ("id", "text") if name not in columns]
    if missing:
        raise InputError(f"{path}: no {' or '.join(repr(m) for m in missing)} column; "
                         "a corpus needs columns id and text (title, url, date optional)")
    chunks, first = [], 1
    for group in range(parquet.metadata.num_row_groups):
        rows = parquet.metadata.row_group(group).num_rows
        if rows:
            chunks.append(Chunk(kind="parquet", source=str(path), start=group, stop=group + 1, first=first))
        first += rows
    if first == 1:
        raise InputError(f"{path} has no rows; give a Parquet file with one article per row")
    return Plan(chunks=tuple(chunks), articles=first - 1)


# --- on the workers ---------------------------------------------------------------------------------

def read_chunk(chunk: Chunk, *, block_size: int) -> Iterator[list[dict[str, Any]]]:
    """The chunk's article records, in lists of at most ``block_size``."""
    records = {"folder": _folder_records, "jsonl": _jsonl_records, "parquet": _parquet_records}[chunk.kind](chunk)
    block: list[dict[str, Any]] = []
    for record in records:
        block.append(record)
        if len(block) == block_size:
            yield block
            block = []
    if block:
        yield block


def _record(article_id: str, *, data: bytes | None = None, path: str | None = None, error: str | None = None,
            meta: dict[str, Any] | None = None, digest: str | None = None) -> dict[str, Any]:
    meta = meta or {}
    return {"id": article_id, "content_hash": digest or (content_hash(data) if data is not None else None),
            "path": path, "data": data, "error": error,
            **{name: _as_text(meta.get(name)) for name in METADATA}}


def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _file_hash(path: str) -> str | None:
    try:
        with open(path, "rb") as handle:
            return "sha256:" + hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:  # loading the article says why, in the same words as the single-file CLI
        return None


def _folder_records(chunk: Chunk) -> Iterator[dict[str, Any]]:
    root = Path(chunk.source)
    for file in chunk.files:
        try:
            article_id = Path(file).relative_to(root).as_posix()
        except ValueError:
            article_id = Path(file).as_posix()
        yield _record(article_id, path=file, digest=_file_hash(file))


def _jsonl_records(chunk: Chunk) -> Iterator[dict[str, Any]]:
    name = Path(chunk.source).name
    with open(chunk.source, "rb") as handle:
        handle.seek(chunk.start)
        lines = handle.read(chunk.stop - chunk.start).split(b"\n")
    for number, line in enumerate(lines, chunk.first):
        if line.strip():
            yield _jsonl_record(line, f"{name}:{number}")


def _jsonl_record(line: bytes, where: str) -> dict[str, Any]:
    """One line to a record; anything wrong with it is the record's error, named by ``where``."""
    try:
        value = json.loads(line)
    except UnicodeDecodeError:
        return _record(where, error=f"{where}: not UTF-8; save the file as UTF-8", digest=content_hash(line))
    except json.JSONDecodeError as exc:
        return _record(where, error=f"{where}: not valid JSON ({exc.msg} at column {exc.colno})",
                       digest=content_hash(line))
    if not isinstance(value, dict):
        return _record(where, error=f"{where}: not a JSON object; give one object with id and text per line",
                       digest=content_hash(line))
    return _fields_record(value, where)


def _fields_record(fields: dict[str, Any], where: str) -> dict[str, Any]:
    article_id, text = fields.get("id"), fields.get("text")
    if article_id is None or article_id == "":
        return _record(where, error=f"{where}: no id; every article needs an id", meta=fields,
                       data=_text_bytes(text) if isinstance(text, str) else None)
    article_id = article_id if isinstance(article_id, str) else _as_text(article_id)
    if text is None:
        return _record(article_id, error=f"{article_id}: no text field", meta=fields)
    if isinstance(text, bytes):  # a Parquet binary column: the article's bytes, as a file holds them
        return _record(article_id, data=text, meta=fields)
    if not isinstance(text, str):
        return _record(article_id, error=f"{article_id}: text is a {type(text).__name__}, not a string",
                       meta=fields, digest=content_hash(_as_text(text).encode("utf-8")))
    return _record(article_id, data=_text_bytes(text), meta=fields)


def _text_bytes(text: str) -> bytes:
    # JSON allows lone surrogates; they pass through here and decoding replaces them, with a warning.
    return text.encode("utf-8", errors="surrogatepass")


def _parquet_records(chunk: Chunk) -> Iterator[dict[str, Any]]:
    parquet = _parquet_file(Path(chunk.source))
    columns = [c for c in ("id", "text", *METADATA) if c in parquet.schema_arrow.names]
    name = Path(chunk.source).name
    number = chunk.first
    for batch in parquet.iter_batches(row_groups=[chunk.start], columns=columns, batch_size=256):
        for fields in batch.to_pylist():
            yield _fields_record(fields, f"{name}:row {number}")
            number += 1
