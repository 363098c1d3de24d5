# The two commands of the README: `make run` and `make test`. Each creates .venv when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TRANSLATIONS := $(wildcard resources/translations/*.ts)
SOURCES := $(shell find src/facilitator -name '*.py' | sort)

.PHONY: run test bench translations screenshots lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstalling also recompiles the translations (.ts → .qm), see setup.py.
$(VENV)/.installed-app: pyproject.toml setup.py $(TRANSLATIONS) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml setup.py $(TRANSLATIONS) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-app

$(VENV)/.installed-lint: pyproject.toml setup.py $(TRANSLATIONS) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	touch $@ $(VENV)/.installed-test $(VENV)/.installed-app

run: $(VENV)/.installed-app
	$(BIN)/facilitator --demo

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# ruff's rules and mypy's settings are in pyproject.toml; mypy checks src, benchmarks and tools.
lint: $(VENV)/.installed-lint
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools
	$(BIN)/mypy

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# Refresh the .ts sources from the code (translations are then filled in with Qt Linguist).
translations: $(VENV)/.installed-app
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete $(SOURCES) \
		-ts $(TRANSLATIONS)

screenshots: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) build src/*.egg-info resources/translations/*.qm
