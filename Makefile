# Rapporteur: `make run` starts the app, `make test` runs the whole suite.
# Each creates .venv and installs what is missing first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast fuzz lint format bench package screenshot clean

run: $(STAMP)
	$(BIN)/rapporteur $(ARGS)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 2 --dist loadscope

# The suite without the packaging tests (the wheel and the PyInstaller folder): make test runs all.
test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 2 --dist loadscope \
		--ignore tests/test_install.py

# The property-based test of the window's structural edits, with 2,000 examples or more.
fuzz: $(STAMP)
	QT_QPA_PLATFORM=offscreen HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q --timeout 0 \
		--hypothesis-show-statistics tests/ui/editor/test_structure_follows_core.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.perf

# Reinstall only when the project's dependencies (or what is installed) change.
$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $(STAMP)

# The PyInstaller folder dist/rapporteur/: run dist/rapporteur/rapporteur.
package: $(STAMP)
	$(BIN)/python -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/rapporteur.spec

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/screenshot.py docs/screenshot.png
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/search_screenshot.py docs/search-results.png

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis *.egg-info build dist
