# Two commands set up a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: install demo test eval clean

$(BIN)/factcheck: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(BIN)/factcheck

demo: install
	$(BIN)/factcheck samples/harbour-fire.md || test $$? -eq 1

# pytest includes tests/test_install.py: the wheel in a fresh venv and pre-commit try-repo (minutes);
# `$(BIN)/python -m pytest -m "not install"` skips them while developing.
test: install
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .pytest_cache
