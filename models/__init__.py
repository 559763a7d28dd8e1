"""The files factcheck reads at run time, installed as the package ``factcheck_models``.

``pyproject.toml`` maps the package ``factcheck_models`` onto this folder, so a built wheel (or
``pip install .``, ``pip install git+...``, ``pipx install``) carries the model weights, tokenizer,
Punkt parameters and any other data folder added here, while the training scripts beside them stay
in the repository only. Code never reads this folder by path: it asks
``factcheck.resources.shipped(name)``.
"""
