# CPTED Safety Map — everything a new machine needs, from Debian 12 with nothing installed.
# make demo | test | bench | model | sample | package | install | transup | lint | clean

SHELL := /bin/bash
PY := /usr/bin/python3
VENV := .venv
VPY := $(VENV)/bin/python
PLUGIN := cpted_safety_map
PLUGINS_DIR := .build/plugins
STAMP := $(VENV)/.setup-done
# QGIS's C++ libraries (GEOS, GDAL, PROJ) are already loaded when the plugin runs inside QGIS: the Python
# wrappers must be built against those same libraries, not the copies bundled in PyPI wheels, or two
# versions of one library mix in a process (crashes at exit, wrong results).
SYSTEM_BUILT := shapely,pyogrio,pyproj
APT_PACKAGES := qgis python3-qgis qgis-providers python3-venv python3-dev build-essential \
	libgeos-dev libgdal-dev libproj-dev python3-sklearn python3-joblib poppler-utils fonts-noto-cjk \
	qttools5-dev-tools pyqt5-dev-tools zip
export QT_QPA_PLATFORM := offscreen
export PYTHONPATH := $(CURDIR)/$(PLUGINS_DIR)
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)

.PHONY: setup demo test lint bench model sample package install transup clean

setup: $(STAMP) $(PLUGINS_DIR)/$(PLUGIN)

$(STAMP): requirements.txt requirements-dev.txt
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages: $$missing"; \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	fi
	[ -x $(VPY) ] || $(PY) -m venv --system-site-packages $(VENV)
	$(VPY) -m pip install -q --upgrade "pip<26" "setuptools<80" wheel "cython<3.1"
	PROJ_DIR=/usr $(VPY) -m pip install -q --no-build-isolation --no-binary pyproj pyproj==3.6.1
	$(VPY) -m pip install -q --no-binary $(SYSTEM_BUILT) -r requirements.txt -r requirements-dev.txt
	$(VPY) -c "import shapely, pyogrio, pyproj; print('GEOS', shapely.geos_version, 'GDAL', pyogrio.__gdal_version_string__, 'PROJ', pyproj.proj_version_str)"
	touch $@

$(PLUGINS_DIR)/$(PLUGIN):
	mkdir -p $(PLUGINS_DIR)
	ln -sfn $(CURDIR) $@

demo: setup
	$(VPY) scripts/demo.py output/demo
	@echo "Open output/demo/safety_grades.gpkg in QGIS (it carries its style) and output/demo/safety_map.pdf."

test: setup lint
	$(VPY) -m pytest tests -q

lint: setup
	$(VPY) -m ruff check .

# make bench BENCH="--sizes 220000 1000000 10000000 --chain-max 1000000 --pdf-max 1000000"
BENCH ?= --sizes 220000 1000000
bench: setup
	$(VPY) bench/run.py $(BENCH)

model: setup
	$(VPY) models/build_model.py

sample: setup
	$(VPY) resources/sample/make_sample.py

package: setup
	rm -rf .build/package && mkdir -p .build/package/$(PLUGIN) dist
	cp -r metadata.txt __init__.py LICENSE README.md plugin .build/package/$(PLUGIN)/
	mkdir -p .build/package/$(PLUGIN)/models .build/package/$(PLUGIN)/resources
	cp models/__init__.py models/grading_model.joblib models/grading_model.joblib.sha256 models/MODEL_CARD.md \
	   models/build_model.py models/model_card.py models/simulate.py \
	   .build/package/$(PLUGIN)/models/
	cp -r resources/icons resources/layouts resources/sample resources/i18n .build/package/$(PLUGIN)/resources/
	find .build/package -name __pycache__ -prune -exec rm -rf {} + ; find .build/package -name "*.ts" -delete
	cd .build/package && rm -f ../../dist/$(PLUGIN)-$(VERSION).zip && \
	  TZ=UTC find $(PLUGIN) -exec touch -d 2025-01-01T00:00:00 {} + && \
	  find $(PLUGIN) -type f | LC_ALL=C sort | zip -q -X -D ../../dist/$(PLUGIN)-$(VERSION).zip -@
	@echo "dist/$(PLUGIN)-$(VERSION).zip"

install: package
	mkdir -p $(QGIS_PROFILE)/python/plugins
	rm -rf $(QGIS_PROFILE)/python/plugins/$(PLUGIN)
	cd $(QGIS_PROFILE)/python/plugins && unzip -q $(CURDIR)/dist/$(PLUGIN)-$(VERSION).zip
	@echo "Installed into $(QGIS_PROFILE)/python/plugins/$(PLUGIN); enable it in Plugins > Manage and Install Plugins."

# pylupdate5 files plain tr() calls under "@default": ts_context.py moves them to our context, before and after.
transup: setup
	$(VPY) scripts/ts_context.py resources/i18n/cpted_ko.ts @default
	pylupdate5 -noobsolete $$(find plugin -name "*.py" | sort) -ts resources/i18n/cpted_ko.ts
	$(VPY) scripts/ts_context.py resources/i18n/cpted_ko.ts CptedSafetyMap
	lrelease resources/i18n/cpted_ko.ts -qm resources/i18n/cpted_ko.qm

clean:
	rm -rf .build dist output .pytest_cache
