"""One article through the two halves of the pipeline, and the output row it becomes.

``front_end`` turns an article record (``sources``) into a staged record: the PairedDocument
that ``factcheck.pipeline.pair_document`` makes, or the row of an article that could not be
checked. ``judge`` finishes a staged record with ``factcheck.pipeline.judge_document``. Both are
plain functions of one record, so they run the same in a test, in one process or on a cluster.

An output row has, in this order: ``id``, ``content_hash``, ``title``, ``url``, ``date``,
``error`` (null when the article was checked), and from the JSON report v1 (``file_to_json``)
``warnings``, ``stats`` and ``findings`` (``stats`` and ``findings`` are null for an error row).
"""

from __future__ import annotations

import json
import pickle
from typing import Any

from factcheck.config import Config
from factcheck.errors import FactcheckError
from factcheck.report.json import file_to_json
from factcheck.types import PairedDocument, Report

ROW_FIELDS = ("id", "content_hash", "title", "url", "date", "error", "warnings", "stats", "findings")
STAT_FIELDS = ("sentences", "claims", "candidate_pairs", "nli_evaluations", "suppressed")


def row_key(row: dict[str, Any]) -> tuple[str, str]:
    """What identifies a checked article: its id and its content (an unreadable file has no hash)."""
    return (row["id"], row["content_hash"] or "")


def make_row(record: dict[str, Any], *, report: Report | None = None, error: str | None = None) -> dict[str, Any]:
    row = {name: record.get(name) for name in ("id", "content_hash", "title", "url", "date")}
    row["error"] = error
    if report is None:
        row.update(warnings=[], stats=None, findings=None)
    else:
        entry = file_to_json(report)
        row.update(warnings=entry["warnings"], stats=entry["stats"], findings=entry["findings"])
    return row


def row_json(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False)


def describe_error(exc: BaseException) -> str:
    """A one-line reason for a row: the user's words for their errors, the type for a bug."""
    if isinstance(exc, FactcheckError):
        return str(exc)
    return f"unexpected {type(exc).__name__}: {exc} (a bug in factcheck; please report it)"


def front_end(record: dict[str, Any], config: Config) -> dict[str, Any]:
    """Load and pair one article. The staged record carries the pickled PairedDocument, or the
    finished ``row`` (as JSON text) when the article cannot be checked."""
    from factcheck.document import document_from_bytes, load_document
    from factcheck.pipeline import pair_document

    staged = {name: record.get(name) for name in ("id", "content_hash", "title", "url", "date")}
    staged.update(paired=None, row=None)
    if record.get("error"):
        staged["row"] = row_json(make_row(record, error=record["error"]))
        return staged
    try:
        if record.get("path"):
            document = load_document(record["path"], max_chars=config.max_chars)
        else:
            document = document_from_bytes(record["data"], name=record["id"], fmt="txt", max_chars=config.max_chars)
        paired = pair_document(document, config=config)
        staged["paired"] = pickle.dumps(paired, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # one bad article is one error row, never a failed corpus
        staged["row"] = row_json(make_row(record, error=describe_error(exc)))
    return staged


def judge(staged: dict[str, Any], model: Any, config: Config) -> str:
    """The finished row of a staged record, as JSON text."""
    from factcheck.pipeline import judge_document

    if staged.get("row") is not None:
        return staged["row"]
    try:
        paired: PairedDocument = pickle.loads(staged["paired"])
        if hasattr(model, "clear_cache"):  # each row depends on its article alone
            model.clear_cache()
        report = judge_document(paired, model, config=config)
        return row_json(make_row(staged, report=report))
    except Exception as exc:
        return row_json(make_row(staged, error=describe_error(exc)))
