"""Build hook: everything else is in pyproject.toml.

The package ``factcheck_models`` is the ``models/`` folder. Its runtime files are package data
(pyproject.toml), but setuptools would also ship every ``models/*.py`` as a module of it: the
training and measuring scripts, which need the repository and the data sets. This hook leaves them
out, so the wheel holds only what runs.
"""

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

DATA_PACKAGE = "factcheck_models"


class BuildWithoutTrainingScripts(build_py):
    def find_package_modules(self, package, package_dir):
        modules = super().find_package_modules(package, package_dir)
        if package == DATA_PACKAGE:
            return [entry for entry in modules if entry[1] == "__init__"]
        return modules


setup(packages=[*find_packages(include=["factcheck", "factcheck.*"]), DATA_PACKAGE],
      cmdclass={"build_py": BuildWithoutTrainingScripts})
