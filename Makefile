# CPTED Safety Map — everything a new machine needs, from Debian 12 with nothing installed.
# make demo | test | bench | model | sample | package | install | transup | vendor | lint | versions | clean
#
# QGIS=3.40 (default): QGIS 3.40 LTR, the machine's own when it is 3.34 or newer with the plugin's packages, else
#   Debian 13's, in a root file system made once in .build/debian13-qgis (scripts/qgis-env says how).
# QGIS=3.22: Debian 12's own QGIS 3.22, the minimum version; the packages it lacks go into .build/qgis322.

SHELL := /bin/bash
QGIS ?= 3.40
PLUGIN := cpted_safety_map
PLUGINS_DIR := .build/plugins
ENV := scripts/qgis-env $(QGIS)
RUN := $(ENV) run
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)

.PHONY: setup demo test lint versions bench bench-planning measure-change measure-rankers bad-inputs model sample package install transup vendor clean distclean

setup: $(PLUGINS_DIR)/$(PLUGIN)
	$(ENV) setup

$(PLUGINS_DIR)/$(PLUGIN):
	mkdir -p $(PLUGINS_DIR)
	ln -sfn $(CURDIR) $@

demo: setup
	$(RUN) python3 scripts/demo.py output/demo
	@echo "Open output/demo/safety_grades.gpkg in QGIS (it carries its style) and output/demo/safety_map.pdf."

# pytest-qgis 5 keeps QGIS's settings in .qgis-settings: start every run from none.
test: setup lint
	rm -rf .qgis-settings
	$(RUN) python3 -m pytest tests

lint: setup
	$(RUN) python3 -m ruff check .

versions: setup
	$(RUN) python3 scripts/versions.py

# make bench BENCH="--sizes 220000 1000000 10000000 --chain-max 1000000 --pdf-max 1000000"
BENCH ?= --sizes 60000 220000 1000000 --repeat 3
bench: setup
	CPTED_COMMIT=$$(git describe --always --dirty 2>/dev/null) $(RUN) python3 bench/run.py $(BENCH)

# Issue 20's measure: facility plans on a synthetic district, the exact solver against greedy choice.
bench-planning: setup
	$(RUN) python3 bench/planning.py $(PLAN_BENCH)

# Issue 21's measure: false alarms and power of the change test on Mesa's incidents split at random.
measure-change: setup
	$(RUN) python3 bench/change.py

# Issue 18's measure: the written ranking against the prior count on 50 random halves of Mesa (the test runs 8).
measure-rankers: setup
	$(RUN) env CPTED_SPLITS=50 python3 -m pytest tests/in_qgis/test_never_worse_than_counting.py -q -s -p no:logging \
		-k written

# Runs every bad input of tests/in_qgis/bad_inputs.py and writes docs/bad_inputs.md from what happened.
bad-inputs: setup
	$(RUN) python3 scripts/bad_inputs.py

model: setup
	$(RUN) python3 models/build_model.py

sample: setup
	$(RUN) python3 resources/sample/make_sample.py

package: setup
	$(RUN) python3 scripts/package.py dist

install: package
	mkdir -p $(QGIS_PROFILE)/python/plugins
	rm -rf $(QGIS_PROFILE)/python/plugins/$(PLUGIN)
	cd $(QGIS_PROFILE)/python/plugins && unzip -q $(CURDIR)/dist/$(PLUGIN)-$(VERSION).zip
	@echo "Installed into $(QGIS_PROFILE)/python/plugins/$(PLUGIN); enable it in Plugins > Manage and Install Plugins."

# pylupdate5 files plain tr() calls under "@default": ts_context.py moves them to our context, before and after.
transup: setup
	$(RUN) python3 scripts/ts_context.py resources/i18n/cpted_ko.ts @default
	$(RUN) bash -c 'pylupdate5 -noobsolete $$(find plugin -name "*.py" | sort) -ts resources/i18n/cpted_ko.ts'
	$(RUN) python3 scripts/ts_context.py resources/i18n/cpted_ko.ts CptedSafetyMap
	$(RUN) lrelease resources/i18n/cpted_ko.ts -qm resources/i18n/cpted_ko.qm

# qgis_plugin_tools (logging, resource paths, settings): the pinned wheel fetched, its sha256 checked, and unpacked
# unchanged into qgis_plugin_tools/. The copy is committed, so `make test` needs no network; tests/test_vendored.py
# checks it against the wheel's RECORD. Bump VERSION and WHEEL_SHA256 in scripts/vendor.py, then run this. This
# machine's own Python and pip (python3-pip), with its certificates: no QGIS needed.
vendor:
	python3 scripts/vendor.py

# Keeps the Debian 13 root and .build/qgis322 (slow to make); `make distclean` removes them too.
clean:
	rm -rf dist output .pytest_cache .qgis-settings $(PLUGINS_DIR) .build/package

distclean: clean
	rm -rf .build
