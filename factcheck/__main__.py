"""The ``factcheck`` command (and ``python -m factcheck``): Ctrl-C handling first, then the CLI.

Ctrl-C may come at any moment: while torch is being imported, while the model loads, during a
batch, while the interpreter shuts down. A KeyboardInterrupt raised in any of those places would print a traceback from
deep inside a library, so the command replaces it before importing anything else: one line on
stderr and exit status 130, as a shell expects. The report files are written whole or not at all
(``factcheck.output``), so stopping at once loses nothing.
"""

from __future__ import annotations

import os
import signal
import sys

INTERRUPTED = 130  # 128 + SIGINT


def _stop(signum: int, frame: object) -> None:
    os.write(2, b"factcheck: interrupted\n")
    os._exit(INTERRUPTED)


def main() -> int:
    if hasattr(signal, "SIGINT"):
        signal.signal(signal.SIGINT, _stop)
    from factcheck.cli import main as cli_main

    code = cli_main()
    if hasattr(signal, "SIGINT"):
        # The work is done and written. Python restores the default action of a handled signal
        # while it shuts down (freeing torch takes a while), and Ctrl-C in that window killed the
        # process with no message and status -2; an ignored signal stays ignored, and the run
        # ends with its own status.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    return code


if __name__ == "__main__":
    sys.exit(main())
