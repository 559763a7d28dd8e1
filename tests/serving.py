"""A real ``factcheck serve`` process on a free port, for the API and browser tests.

The server is started as a user would start it (a subprocess running the command line, uvicorn
listening on a socket), so the tests go through HTTP, not through the app object.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

READY = re.compile(r"serving on (http://\S+?/)[, ]")
START_TIMEOUT = 180  # seconds: the model loads on 2 shared cores


@dataclass
class Server:
    process: subprocess.Popen
    url: str  # "http://127.0.0.1:PORT/"
    log: Path

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_server(log: Path, *flags: str) -> Server:
    """Start ``factcheck serve --port 0 FLAGS`` and wait until it says where it listens."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, "-m", "factcheck.cli", "serve", "--port", "0", "--log-level", "warning", *flags]
    with open(log, "wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, env=env)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        found = READY.search(log.read_text(errors="replace"))
        if found:
            return Server(process, found.group(1), log)
        if process.poll() is not None:
            raise RuntimeError(f"factcheck serve exited with {process.returncode}: {log.read_text()}")
        time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"factcheck serve was not ready after {START_TIMEOUT} s: {log.read_text()}")


# --- a real browser -------------------------------------------------------------------------------

# Without the background-networking flags a closed network makes Chromium hang on its own requests.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    """The system's Chromium (Debian's package), or $CHROMIUM; None where there is none."""
    import shutil

    candidate = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    return candidate if candidate and Path(candidate).exists() else None


def launch_chromium(playwright, user_data_dir: Path, **context):
    """A headless Chromium with a new, empty profile, driven by playwright (never its own download)."""
    return playwright.chromium.launch_persistent_context(
        str(user_data_dir), executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS,
        viewport={"width": 1280, "height": 860}, reduced_motion="reduce", **context)
