# Two commands on a fresh machine:
#   make run    create the environment and start crmdesk (demo database on first run)
#   make test   create the environment and run the whole test suite (offscreen)
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: run test bench lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/crmdesk $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/lint-imports

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .hypothesis

# English translation of the interface (French is the source language, see docs/translations.md):
# refresh the .ts from the self.tr() strings of the code, then compile the .qm shipped in the package.
TRANSLATIONS_TS = resources/translations/crmdesk_en.ts
TRANSLATIONS_QM = src/crmdesk/translations/crmdesk_en.qm

.PHONY: translations

translations: $(STAMP)
	mkdir -p $(dir $(TRANSLATIONS_TS)) $(dir $(TRANSLATIONS_QM))
	$(BIN)/pyside6-lupdate src/crmdesk/ui/*.py src/crmdesk/app.py \
		-source-language fr_FR -target-language en_GB -no-obsolete -ts $(TRANSLATIONS_TS)
	$(BIN)/pyside6-lrelease $(TRANSLATIONS_TS) -qm $(TRANSLATIONS_QM)
