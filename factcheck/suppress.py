"""Ways a user tells factcheck to stay quiet about a finding.

Two mechanisms, both keyed so that they survive edits elsewhere in the article:
inline comments (the loader records their ranges in ``Document.suppressed``) and a baseline
file of fingerprints (``--write-baseline`` / ``--baseline``), which lets a newsroom adopt the
checker on an existing archive and fail the build only on *new* contradictions.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Sequence

from factcheck.errors import ConfigError, InputError
from factcheck.output import write_whole
from factcheck.types import Claim, Document, Finding, Report

BASELINE_VERSION = 1


def claim_is_suppressed(claim: Claim, document: Document) -> bool:
    """True when an inline comment exempts any part of the claim (a partial overlap counts:
    the editor marked that text, and a half-suppressed claim would surprise them)."""
    return any(claim.span.overlaps(span) for span in document.suppressed)


def finding_is_suppressed(finding: Finding, document: Document) -> bool:
    """A finding is hidden when either of its claims lies in a suppressed range."""
    return claim_is_suppressed(finding.a, document) or claim_is_suppressed(finding.b, document)


def baseline_entries(reports: Sequence[Report]) -> list[dict[str, str]]:
    """One record per finding: the fingerprint is the key, the rest helps a reviewer of the file."""
    entries = [
        {
            "fingerprint": finding.fingerprint,
            "path": report.document.path or "-",
            "kind": finding.kind.value,
            "a": finding.a.text,
            "b": finding.b.text,
        }
        for report in reports
        for finding in report.findings
    ]
    return sorted(entries, key=lambda entry: (entry["path"], entry["fingerprint"]))


def write_baseline(path: str | Path, reports: Sequence[Report]) -> None:
    """Record every current finding so later runs report only new ones."""
    payload = {"version": BASELINE_VERSION, "tool": "factcheck", "findings": baseline_entries(reports)}
    try:
        write_whole(path, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise ConfigError(f"cannot write baseline {path}: {exc.strerror or exc}") from exc


def read_baseline(path: str | Path) -> frozenset[str]:
    """The fingerprints a baseline file accepts; a clear error when the file is not one."""
    try:
        payload = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"baseline {path} does not exist (create it with --write-baseline)") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"baseline {path} is not a factcheck baseline: {exc}") from exc
    if not isinstance(payload, dict) or payload.get("version") != BASELINE_VERSION:
        raise InputError(f"baseline {path} is not a version {BASELINE_VERSION} factcheck baseline")
    entries = payload.get("findings")
    if not isinstance(entries, list) or not all(
        isinstance(entry, dict) and isinstance(entry.get("fingerprint"), str) for entry in entries
    ):
        raise InputError(f"baseline {path}: 'findings' must be a list of records with a fingerprint")
    return frozenset(entry["fingerprint"] for entry in entries)


def keep_findings(report: Report, keep: Iterable[Finding]) -> Report:
    """The report with only ``keep``; the dropped ones are counted as suppressed."""
    kept = tuple(keep)
    dropped = len(report.findings) - len(kept)
    return replace(report, findings=kept, suppressed=report.suppressed + dropped)


def apply_baseline(report: Report, accepted: frozenset[str]) -> Report:
    """Hide the findings a baseline already accepted."""
    return keep_findings(report, (f for f in report.findings if f.fingerprint not in accepted))


# --- --diff REF: only what an edit introduced ------------------------------------------------------

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)
ALL_LINES = None  # changed_lines() result for a file the ref does not know: every line is new


def parse_changed_lines(diff_text: str) -> frozenset[int]:
    """Lines of the new file that ``git diff -U0`` reports as added or changed."""
    lines: set[int] = set()
    for match in _HUNK.finditer(diff_text):
        start, count = int(match.group(1)), int(match.group(2) or 1)
        lines.update(range(start, start + count))
    return frozenset(lines)


def _git(args: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", *args], capture_output=True, text=True, cwd=cwd, timeout=60)
    except FileNotFoundError as exc:
        raise ConfigError("--diff needs git, which is not installed") from exc
    except subprocess.TimeoutExpired as exc:
        raise ConfigError(f"--diff: 'git {' '.join(args)}' took over 60 s") from exc


def check_ref(ref: str, folder: str | Path) -> None:
    """ConfigError unless ``ref`` names a commit in the git repository that holds ``folder``."""
    check = _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], Path(folder))
    if check.returncode != 0:
        raise ConfigError(f"--diff {ref}: not a commit in the git repository of {folder}")


def changed_lines(ref: str, path: str) -> frozenset[int] | None:
    """Lines of ``path`` changed since ``ref``; ``ALL_LINES`` (None) when git does not track it yet."""
    folder = Path(path).resolve().parent
    try:
        check_ref(ref, folder)
    except ConfigError:
        raise ConfigError(f"--diff {ref}: not a commit in the git repository of {path}") from None
    if _git(["ls-files", "--error-unmatch", "--", Path(path).name], folder).returncode != 0:
        return ALL_LINES
    diff = _git(["diff", "-U0", "--no-color", "--no-ext-diff", ref, "--", Path(path).name], folder)
    if diff.returncode != 0:
        raise ConfigError(f"--diff {ref}: git diff failed for {path}: {diff.stderr.strip().splitlines()[0]}")
    return parse_changed_lines(diff.stdout)


def _claim_lines(claim: Claim, document: Document) -> range:
    first, _ = document.source_map.position(claim.span.start)
    last, _ = document.source_map.position(max(claim.span.start, claim.span.end - 1))
    return range(first, last + 1)


def touches_lines(finding: Finding, document: Document, lines: frozenset[int]) -> bool:
    return any(line in lines for claim in (finding.a, finding.b) for line in _claim_lines(claim, document))


def apply_diff(report: Report, lines: frozenset[int] | None) -> Report:
    """Keep findings with at least one claim on a changed line (all of them for a new file)."""
    if lines is ALL_LINES:
        return report
    return keep_findings(report, (f for f in report.findings if touches_lines(f, report.document, lines)))
