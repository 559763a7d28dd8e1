"""Which files a run checks: paths, folders and globs expanded, excludes applied, and every file
looked at once before the model loads.

Why up front: loading the model takes seconds, and a run over a folder should not learn only
after that that its output cannot be written or that half its files are empty. Files that cannot
be articles (empty, binary, unreadable, too large, a FIFO or a device) are set aside here with
one message each; the run checks the others.
"""

from __future__ import annotations

import glob
import os
import re
import stat
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Sequence

from factcheck.document import check_readable
from factcheck.errors import InputError

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
STDIN = "-"


@dataclass
class Inputs:
    """The files to check, and why others were set aside."""

    paths: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # one message per file that cannot be checked
    excluded: int = 0  # files the configured excludes left out


def _articles_in(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())


def _expand_one(argument: str) -> list[str]:
    if argument == STDIN:
        return [STDIN]
    if Path(argument).is_dir():
        return _articles_in(Path(argument))
    if glob.has_magic(argument) and not Path(argument).exists():
        matches = sorted(glob.glob(argument, recursive=True))
        if not matches:
            raise InputError(f"{argument}: no files match this pattern")
        return [f for m in matches for f in (_articles_in(Path(m)) if Path(m).is_dir() else [m])]
    if not Path(argument).exists() and not Path(argument).is_symlink():
        raise InputError(f"{argument}: no such file; check the path")
    return [argument]


# --- excludes, matched the way .gitignore matches --------------------------------------------------

@lru_cache(maxsize=256)
def _pattern(pattern: str) -> re.Pattern[str]:
    """A glob as a regular expression: ``*`` and ``?`` stay within one folder, ``**`` crosses any
    number of them, ``[...]`` is a character class."""
    parts, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            parts.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            parts.append(".*")
            i += 2
        elif pattern[i] == "*":
            parts.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            parts.append("[^/]")
            i += 1
        elif pattern[i] == "[" and (close := pattern.find("]", i + 2)) != -1:
            body = pattern[i + 1: close]
            parts.append("[" + ("^" + body[1:] if body[:1] in "!^" else body).replace("\\", "\\\\") + "]")
            i = close + 1
        else:
            parts.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(parts) + r"\Z")


def matches_exclude(relative: str, pattern: str) -> bool:
    """Whether ``pattern`` excludes the file at ``relative`` (a /-separated path), as .gitignore would
    read it, except that a pattern is anchored only when it starts with ``/``: ``drafts/**`` leaves
    out ``drafts/x.md`` and ``sub/drafts/x.md``; ``/drafts/**`` only the first. A pattern that
    matches a folder leaves out everything in it; one that ends in ``/`` matches folders only."""
    parts = [part for part in PurePosixPath(relative).parts if part not in ("/", ".")]
    anchored, folders_only = pattern.startswith("/"), pattern.endswith("/")
    regex = _pattern(pattern.strip("/"))
    starts = [0] if anchored else range(len(parts))
    ends = range(1, len(parts)) if folders_only else range(1, len(parts) + 1)
    return any(regex.match("/".join(parts[start:end])) for start in starts for end in ends if end > start)


def is_excluded(path: str, patterns: Sequence[str], root: Path) -> bool:
    """Patterns match the path relative to the config file's folder, or the path as given."""
    if path == STDIN or not patterns:
        return False
    candidates = {Path(path).as_posix()}
    try:
        candidates.add(Path(path).resolve().relative_to(root.resolve()).as_posix())
    except (ValueError, RuntimeError, OSError):  # outside the root, or a symlink loop (loading says so)
        pass
    return any(matches_exclude(candidate, pattern) for candidate in candidates for pattern in patterns)


# --- discovery --------------------------------------------------------------------------------------

def _same_file(path: str, others: Sequence[os.stat_result]) -> bool:
    try:
        info = os.stat(path)
    except OSError:
        return False
    return any(info.st_dev == o.st_dev and info.st_ino == o.st_ino for o in others)


def output_files(outputs: Sequence[str | None], stdout_fd: int | None) -> list[os.stat_result]:
    """What the run writes to (``-o``, ``--write-baseline``, a file that stdout is redirected to):
    never an input. ``factcheck . --format github > gh.txt`` would otherwise check the empty gh.txt
    the shell has just created."""
    found = []
    for name in outputs:
        if name:
            try:
                found.append(os.stat(name))
            except OSError:
                pass
    if stdout_fd is not None:
        try:
            info = os.fstat(stdout_fd)
            if stat.S_ISREG(info.st_mode):
                found.append(info)
        except (OSError, ValueError):
            pass
    return found


def find_inputs(arguments: Sequence[str], excludes: Sequence[str], root: Path, *, max_chars: int,
                outputs: Sequence[os.stat_result] = ()) -> Inputs:
    """Every file to check, in a deterministic order, each once, minus the excludes and the run's
    own outputs. A file that exists but cannot be an article is refused with a message."""
    if list(arguments).count(STDIN) > 1:
        raise InputError("standard input (-) can be read only once")
    inputs = Inputs()
    seen: dict[str, None] = {}
    for argument in arguments:
        for path in _expand_one(argument):
            if is_excluded(path, excludes, root):
                inputs.excluded += 1
            elif path not in seen and not (path != STDIN and _same_file(path, outputs)):
                seen[path] = None
    for path in seen:
        try:
            check_readable(path, max_chars)
        except InputError as exc:
            inputs.refused.append(str(exc))
        else:
            inputs.paths.append(path)
    return inputs
