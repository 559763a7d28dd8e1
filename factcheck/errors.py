"""Errors a user can act on. The CLI prints their message on one line and exits 2."""

import sys
import traceback


class FactcheckError(Exception):
    """Base of every error that is the input's, the config's or the model's fault, not a bug."""

    exit_code = 2


class InputError(FactcheckError):
    """The article cannot be read: missing, a directory, binary, empty, too large ..."""


class ModelError(FactcheckError):
    """The NLI model cannot be loaded or is not an NLI model."""


class ConfigError(FactcheckError):
    """A config file or a command-line option is invalid."""


class CheckTimeout(FactcheckError):
    """The run took longer than --timeout allowed."""


def report_error(program: str, error: FactcheckError, debug: bool) -> int:
    """Say the error on one line of stderr (its traceback first under --debug), as every command
    of factcheck does, and give the exit code it carries."""
    if debug:
        traceback.print_exc()
    print(f"{program}: error: {error}", file=sys.stderr)
    return error.exit_code
