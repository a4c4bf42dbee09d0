# Two commands for a fresh machine with Python 3.11+ and make: `make run` and `make test`.
# (Without make, e.g. on Windows: `python tools/dev.py run` and `python tools/dev.py test`.)
VENV := .venv
ifeq ($(OS),Windows_NT)
PYTHON ?= python
BIN := $(VENV)/Scripts
else
PYTHON ?= python3
BIN := $(VENV)/bin
endif
STAMP := $(VENV)/.installed
PACKAGE_STAMP := $(VENV)/.installed-package

.PHONY: run test test-future install-check lint typecheck bench screenshots docs-images icons \
	package package-test clean translations translations-update

# The interface translations: resources/translations/*.ts (kept in git, where translators work)
# compiled to .qm next to them (not kept in git); see resources/translations/README.md.
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# PyInstaller and Pillow: only for the standalone app and the icons.
$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing texts in gui/: new and changed texts into the .ts files (then translate them).
translations-update: $(STAMP)
	$(BIN)/python tools/translations.py update

run: $(STAMP) translations
	$(BIN)/python -m tccm_drafter.gui.launch $(ARGS)

test: export QT_QPA_PLATFORM = offscreen
test: translations
test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools
	$(BIN)/mypy
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The suite again with the process clock 450 days ahead (libfaketime: Debian's `faketime`):
# a test that passes only before some date fails here, long before that date comes.
FUTURE_DAYS ?= 450
test-future: export QT_QPA_PLATFORM = offscreen
test-future: translations $(STAMP)
	@command -v faketime >/dev/null || { echo "test-future needs faketime (apt install faketime)"; exit 2; }
	faketime -m -f '+$(FUTURE_DAYS)d' $(BIN)/python -c "import datetime; print('the tests think it is', datetime.date.today())"
	faketime -m -f '+$(FUTURE_DAYS)d' $(BIN)/python -m pytest $(PYTEST_ARGS)

# Install as a Python user does (pip install ., python -m build, the sdist, the wheel), each in
# a fresh venv with build isolation, and use each installed copy (tools/check_install.py).
install-check:
	$(PYTHON) tools/check_install.py

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

screenshots: export QT_QPA_PLATFORM = offscreen
screenshots: $(STAMP) translations
	$(BIN)/python -m tccm_drafter.gui.screenshots docs/screenshots
	$(BIN)/python -m tccm_drafter.gui.screenshots_language docs/screenshots
	$(BIN)/python -m tccm_drafter.gui.screenshots_writing docs/screenshots
	$(BIN)/python tools/make_help_screenshots.py docs/screenshots
	$(BIN)/python tools/make_review_screenshots.py docs/screenshots
	$(BIN)/python tools/make_shared_screenshots.py docs/screenshots

docs-images: $(STAMP)
	$(BIN)/python tools/make_template_images.py docs/images

icons: $(PACKAGE_STAMP)
	$(BIN)/python tools/make_icons.py

# The standalone app (one folder) in dist/tccm-drafter/; see packaging/README.md.
package: $(PACKAGE_STAMP) translations
	$(BIN)/python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
	  packaging/tccm-drafter.spec

# Smoke-test the built app (after `make package`): it exports the example to Word offscreen.
package-test: export TCCM_BUNDLE = dist/tccm-drafter
package-test: $(STAMP)
	$(BIN)/python -m pytest tests/test_packaging_bundle.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache $(QM)
