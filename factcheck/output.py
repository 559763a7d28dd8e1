"""Writing the files a user asked for (``--output``, ``--write-baseline``) whole or not at all.

A report or baseline cut short by Ctrl-C, a full disk or a crash would be read later as if it were
complete (a baseline missing half its fingerprints fails the next build). So the text goes to a
temporary file beside the target, which then replaces it in one step; Ctrl-C is held back for
that moment and acted on right after.
"""

from __future__ import annotations

import os
import signal
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


@contextmanager
def _interrupts_held() -> Iterator[None]:
    usable = hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def write_whole(path: str | os.PathLike[str], text: str) -> None:
    """Replace ``path`` with ``text`` atomically; OSError if it cannot be written."""
    target = Path(path)
    if target.exists() and not target.is_file():  # /dev/stdout, a FIFO: nothing to replace
        with open(target, "w", encoding="utf-8") as stream:
            stream.write(text)
        return
    target = target.resolve() if target.is_symlink() else target  # keep the link, replace what it names
    with _interrupts_held():
        handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=target.parent or ".",
                                             prefix=f".{target.name}.", suffix=".tmp", delete=False)
        try:
            with handle:
                handle.write(text)
            if target.exists():
                os.chmod(handle.name, target.stat().st_mode & 0o777)
            else:
                os.chmod(handle.name, 0o666 & ~_umask())
            os.replace(handle.name, target)
        except BaseException:
            Path(handle.name).unlink(missing_ok=True)
            raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
