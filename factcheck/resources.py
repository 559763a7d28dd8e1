"""Where the files factcheck ships (model weights, Punkt parameters, lexical tables, parser) are.

Every data file the tool reads at run time is found through ``shipped``, so there is one place
that knows how an installed factcheck finds them, whether it runs from a checkout, an editable
install or a wheel.
"""

from __future__ import annotations

from pathlib import Path

_CHECKOUT_MODELS = Path(__file__).resolve().parents[1] / "models"


def shipped(name: str) -> Path:
    """The path of the shipped resource ``name`` (a folder or file under ``models/``)."""
    return _CHECKOUT_MODELS / name
