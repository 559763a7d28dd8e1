"""Where the files factcheck ships (model weights, Punkt parameters, lexical tables, parser) are.

Every data file the tool reads at run time is found through ``shipped``, so there is one place
that knows how an installed factcheck finds them. They live in the repository's ``models/``
folder, which is installed as the package ``factcheck_models`` (pyproject.toml), so
``importlib.resources`` finds them in a wheel, ``pip install .``, ``pip install git+...``, pipx
and an editable install alike. A checkout used without installing (``PYTHONPATH=.``) has no such
package; there the folder beside ``factcheck/`` is used.
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA_PACKAGE = "factcheck_models"
_CHECKOUT_MODELS = Path(__file__).resolve().parents[1] / "models"
_extracted = ExitStack()  # only used if the package lives in a zip file: files extracted once
atexit.register(_extracted.close)


@lru_cache(maxsize=1)
def models_folder() -> Path:
    """The folder that holds the shipped files, installed or in a checkout."""
    try:
        root = resources.files(DATA_PACKAGE)
    except ModuleNotFoundError:
        return _CHECKOUT_MODELS
    if isinstance(root, Path):
        return root
    return _extracted.enter_context(resources.as_file(root))  # a zipped install: a temporary copy


def shipped(name: str) -> Path:
    """The path of the shipped resource ``name`` (a folder or file under ``models/``)."""
    return models_folder() / name
