"""factcheck: find the statements in an article that cannot all be true.

    >>> import factcheck
    >>> report = factcheck.check("Twelve people were injured in the blast. "
    ...                          "Police said eight people were injured in the blast.")
    >>> [f.kind.value for f in report.findings]          # doctest: +SKIP
    ['numeric']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["check", "check_file", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from factcheck.pipeline import check, check_file


def __getattr__(name: str) -> Any:
    # Importing the pipeline pulls in torch; keep `import factcheck` (and `factcheck --help`) fast.
    if name in ("check", "check_file"):
        from factcheck import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
