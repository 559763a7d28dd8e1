"""One loaded model shared by every request of the server, and the time each request may take.

Why checks are serialised (one at a time, under a lock) rather than run side by side or batched
across requests:

- ``NLIModel`` keeps a cache and a call counter that are not safe to change from two threads, and a
  report's ``nli_evaluations`` is the counter's difference over one check.
- torch already spreads one batch over every CPU core, so two checks side by side would only take
  turns at the cores; the model batches the pairs of one article already (32 at a time).
- Batching pairs of several requests together would mean re-implementing the judge stage across
  requests; the measured gain from bigger batches on CPU is small (README, Speed).

The checks run in worker threads, so the event loop stays free: ``/healthz`` and new requests are
answered while a long check runs. A request's time limit counts from its arrival, waiting included;
a request that cannot start in time is refused (503) instead of queueing without end.
"""

from __future__ import annotations

import threading
import time
from dataclasses import replace

from factcheck.config import Config
from factcheck.errors import CheckTimeout, InputError
from factcheck.nli import NLIModel
from factcheck.pipeline import check
from factcheck.serve.request import CheckRequest, RequestError
from factcheck.types import Report

UNTITLED = "article"  # the report's path when the request gives no title


class Checker:
    """Runs checks with one model, one at a time, each within ``timeout`` seconds of its arrival."""

    def __init__(self, model: NLIModel, config: Config, *, timeout: float, keep_cache: bool = True) -> None:
        self.model = model
        self.config = config
        self.timeout = timeout
        self.keep_cache = keep_cache
        self._lock = threading.Lock()

    @property
    def busy(self) -> bool:
        return self._lock.locked()

    def config_for(self, request: CheckRequest) -> Config:
        """The server's settings with the request's own threshold, if it gives one."""
        if request.threshold is None:
            return self.config
        return replace(self.config, threshold=request.threshold)

    def check(self, request: CheckRequest, arrived: float) -> Report:
        """The report for ``request`` (blocking: call it from a worker thread)."""
        deadline = arrived + self.timeout
        if not self._lock.acquire(timeout=max(deadline - time.monotonic(), 0)):
            raise RequestError(503, f"the server is busy: earlier checks took all of this request's "
                                    f"{self.timeout:g} s; retry later")
        try:
            left = deadline - time.monotonic()
            if left <= 0:
                raise self._too_slow()
            config = replace(self.config_for(request), timeout=left)
            return check(request.text, config=config, model=self.model, fmt=request.fmt,
                         path=request.title or UNTITLED)
        except CheckTimeout:
            raise self._too_slow() from None
        except InputError as exc:  # no prose in it, markup nested too deep ...
            raise RequestError(422, str(exc)) from None
        finally:
            if not self.keep_cache:  # the model's cache keeps no claim of this article
                self.model.clear_cache()
            self._lock.release()

    def _too_slow(self) -> RequestError:
        return RequestError(503, f"the check took longer than this server's limit of {self.timeout:g} s; "
                                 "send a shorter article or start the server with a larger --timeout")
