"""The log an officer sends to support: QGIS's message log and a file in the profile's logs folder, written by the
vendored qgis_plugin_tools for every run (start, warnings, end or error), set up once, never in the way of a run."""

from __future__ import annotations

import logging
import os
import re
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsApplication, QgsProcessingException

from .helpers import ROOT, SAMPLE, memory_layer, read_layer

QGIS_PROCESS = "/usr/bin/qgis_process.bin"


def metadata_name() -> str:
    lines = (ROOT / "metadata.txt").read_text(encoding="utf-8").splitlines()
    return next(line.split("=", 1)[1].strip() for line in lines if line.startswith("name="))


@contextmanager
def message_log(tag: str):
    """(message, level) of every message QGIS's message log receives under `tag` meanwhile."""
    received: list[tuple[str, Qgis.MessageLevel]] = []

    def keep(message, message_tag, level):
        if message_tag == tag:
            received.append((message, level))

    QgsApplication.messageLog().messageReceived.connect(keep)
    try:
        yield received
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(keep)


@contextmanager
def new_lines(path: Path):
    """The lines appended to the file at `path` meanwhile (filled in on exit)."""
    start = path.stat().st_size if path.exists() else 0
    lines: list[str] = []
    yield lines
    with path.open(encoding="utf-8") as log:
        log.seek(start)
        lines += log.read().splitlines()


def handler_kinds() -> list[str]:
    from cpted_safety_map.plugin.log import package_logger

    return sorted(type(handler).__name__ for handler in package_logger().handlers)


def test_the_vendored_library_finds_this_plugin_and_its_metadata(plugin):
    from cpted_safety_map.plugin.processing.base import ICON
    from cpted_safety_map.qgis_plugin_tools.tools import resources

    assert resources.is_submodule()  # the layout its README gives for a copy inside the plugin
    assert Path(resources.plugin_path()) == ROOT
    assert resources.plugin_display_name() == metadata_name() == "CPTED Safety Map"
    assert resources.plugin_name() == metadata_name().replace(" ", "")  # the library strips the spaces
    assert ICON == ROOT / "resources" / "icons" / "icon.svg" and ICON.is_file()


def test_the_log_goes_to_the_message_log_and_a_file_in_the_profile(plugin):
    from cpted_safety_map.plugin.log import log_file, package_logger
    from cpted_safety_map.qgis_plugin_tools.tools.custom_logging import get_log_folder
    from cpted_safety_map.qgis_plugin_tools.tools.resources import plugin_name

    path = log_file()
    assert path == get_log_folder() / "CPTEDSafetyMap.log"
    assert path.resolve() == Path(QgsApplication.qgisSettingsDirPath(), "logs", "CPTEDSafetyMap.log").resolve()
    assert handler_kinds().count("QgsLogHandler") == 1 and handler_kinds().count("RotatingFileHandler") == 1
    assert package_logger().name == "cpted_safety_map" and plugin_name() == "CPTEDSafetyMap"
    assert "Log file" in path.read_text(encoding="utf-8")  # the set-up line, with the versions


def test_a_run_logs_its_start_warnings_and_outputs(run, tmp_path):
    from cpted_safety_map.plugin.log import log_file

    roads = memory_layer("LineString", "EPSG:3067", ["LINESTRING(0 0, 25 0)", "LINESTRING EMPTY"], name="streets")
    out = tmp_path / "pieces.gpkg"
    with message_log("CPTEDSafetyMap") as messages, new_lines(log_file()) as lines:
        _results, feedback = run("cpted:segmentroads", {"INPUT": roads, "LENGTH": 10, "OUTPUT": str(out)})
    assert read_layer(out).featureCount() == 3
    assert feedback.warnings  # the empty road, left out
    texts = [text for text, _level in messages]
    start = next(text for text in texts if "cpted:segmentroads started" in text)
    assert "processing.run(\"cpted:segmentroads\"" in start and str(out) in start and "'LENGTH':10" in start
    assert "QGIS " + Qgis.QGIS_VERSION in start
    for warning in feedback.warnings:  # each once, as the user saw it, at QGIS's warning level
        assert [level for text, level in messages if warning in text] == [Qgis.Warning]
        assert sum(warning in line and "[WARNING]" in line for line in lines) == 1
    assert any("cpted:segmentroads finished in" in text and f"OUTPUT={out}" in text for text in texts)
    # the file has the same lines, with where they come from (the warning: the line that warned, not the helper)
    assert any("cpted:segmentroads started" in line and "[INFO   ]" in line for line in lines)
    assert any(re.search(r"reading\.py:\d+ : .*no usable geometry", line) for line in lines)
    assert any("finished in" in line and f"OUTPUT={out}" in line for line in lines)


def test_refused_and_failed_runs_are_logged_as_errors(run, tmp_path):
    from cpted_safety_map.plugin.log import log_file

    polygons = memory_layer("Polygon", "EPSG:3067", ["POLYGON((0 0, 10 0, 10 10, 0 0))"], name="blocks")
    roads = memory_layer("LineString", "EPSG:3067", ["LINESTRING(0 0, 25 0)"], name="streets")
    with message_log("CPTEDSafetyMap") as messages, new_lines(log_file()) as lines:
        with pytest.raises(QgsProcessingException, match="holds polygons"):
            run("cpted:segmentroads", {"INPUT": polygons, "OUTPUT": str(tmp_path / "a.gpkg")})
        with pytest.raises(QgsProcessingException, match="LENGTH must be a number"):
            run("cpted:segmentroads", {"INPUT": roads, "LENGTH": "nan", "OUTPUT": str(tmp_path / "b.gpkg")})
    # in the file, with the run's time; not in the message log, where QGIS puts the error itself
    assert any(re.search(r"cpted:segmentroads failed after [\d.]+ s: Layer “blocks” \(INPUT\) holds polygons", line)
               and "[ERROR  ]" in line for line in lines), lines
    assert any("cpted:segmentroads not run, parameter refused: LENGTH must be a number" in line for line in lines)
    assert sum("[ERROR  ]" in line for line in lines) == 2
    assert not [text for text, level in messages if level == Qgis.Critical], messages


def test_database_passwords_never_reach_the_log():
    from cpted_safety_map.plugin.log import results_text, without_passwords

    uri = "dbname='gis' host=db user='kim' password='s3cret' table=\"public\".\"roads\" (geom)"
    assert "s3cret" not in without_passwords(uri) and "user='kim'" in without_passwords(uri)
    assert without_passwords("postgresql://kim:s3cret@db/gis") == "postgresql://kim@db/gis"
    assert "s3cret" not in results_text({"OUTPUT": f"postgres://{uri}"})
    assert results_text({"REPORT": "x" * 1000}).endswith("…") and results_text({}) == "no outputs"


def test_unload_and_reload_leave_one_set_of_handlers(plugin, iface):
    import cpted_safety_map
    from cpted_safety_map.plugin.log import LOGGER, setup_logging

    before = handler_kinds()
    assert "QgsLogHandler" in before and "RotatingFileHandler" in before and len(set(before)) == len(before)
    plugin.unload()
    try:
        assert handler_kinds() == []
        again = cpted_safety_map.classFactory(iface)  # QGIS reloading the plugin
        again.initGui()
        setup_logging()  # and once more, as the provider's load does
        assert handler_kinds() == before
        with message_log("CPTEDSafetyMap") as messages:
            LOGGER.info("one line after a reload")
        assert messages == [("one line after a reload", Qgis.Info)]
        again.unload()
        assert handler_kinds() == []
    finally:
        plugin.initGui()  # the session's plugin, loaded again for the tests after this one
    assert handler_kinds() == before


def qgis_process_env(profile: Path) -> dict:
    return dict(os.environ, QGIS_PLUGINPATH=str(ROOT / ".build" / "plugins"), QT_QPA_PLATFORM="offscreen",
                QGIS_CUSTOM_CONFIG_PATH=str(profile))


def run_qgis_process(profile: Path, out: Path) -> subprocess.CompletedProcess:
    env = qgis_process_env(profile)
    enable = subprocess.run([QGIS_PROCESS, "plugins", "enable", "cpted_safety_map"], env=env, capture_output=True,
                            text=True, timeout=300)
    assert enable.returncode == 0, enable.stderr
    return subprocess.run([QGIS_PROCESS, "run", "cpted:segmentroads", "--", f"INPUT={SAMPLE}|layername=roads",
                           f"OUTPUT={out}"], env=env, capture_output=True, text=True, timeout=600)


def test_qgis_process_writes_the_log_file_without_iface(tmp_path):
    out = tmp_path / "pieces.gpkg"
    done = run_qgis_process(tmp_path / "config", out)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert read_layer(out).featureCount() > 5000
    text = (tmp_path / "config" / "profiles" / "default" / "logs" / "CPTEDSafetyMap.log").read_text(encoding="utf-8")
    assert "cpted:segmentroads started" in text and "cpted:segmentroads finished in" in text
    assert f"OUTPUT={out}" in text and "Traceback" not in done.stderr


def qgis_process_output(env: dict, algorithm: str, *parameters: str) -> str:
    done = subprocess.run([QGIS_PROCESS, "run", algorithm, "--", *parameters], env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout + done.stderr


def test_qgis_process_prints_a_refusal_no_more_often_than_qgis_its_own_errors(tmp_path):
    """A refused parameter is printed once. An error raised by a run QGIS prints three times for every algorithm,
    its own too: QgsProcessingAlgorithm::run logs it as critical, qgis_process's console feedback prints “ERROR:”,
    and the feedback logs it as critical again, while qgis_process prints every critical message-log entry. The
    plugin adds no copy of its own (its log line goes to the file only)."""
    env = qgis_process_env(tmp_path / "config")
    enable = subprocess.run([QGIS_PROCESS, "plugins", "enable", "cpted_safety_map"], env=env, capture_output=True,
                            text=True, timeout=300)
    assert enable.returncode == 0, enable.stderr
    roads = f"{SAMPLE}|layername=roads"
    refused = qgis_process_output(env, "cpted:segmentroads", f"INPUT={roads}", "LENGTH=0",
                                  f"OUTPUT={tmp_path / 'a.gpkg'}")
    assert refused.count("LENGTH must be a number of at least 0.1") == 1, refused
    failed = qgis_process_output(env, "cpted:safetymap", f"ROADS={roads}", f"CRIMES={roads}",
                                 f"OUTPUT={tmp_path / 'b.gpkg'}")
    native = qgis_process_output(env, "native:extractbyexpression", f"INPUT={roads}", "EXPRESSION=1 +",
                                 f"OUTPUT={tmp_path / 'c.gpkg'}")
    error = "Layer “roads” (CRIMES) holds lines, but points are needed."
    assert failed.count(error) == native.count("syntax error") == 3, (failed, native)
    assert "failed after" not in failed


def test_an_unwritable_logs_folder_does_not_stop_a_run(tmp_path):
    profile = tmp_path / "config" / "profiles" / "default"
    profile.mkdir(parents=True)
    (profile / "logs").write_text("a file where the logs folder would be")  # even root cannot write in it
    out = tmp_path / "pieces.gpkg"
    done = run_qgis_process(tmp_path / "config", out)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert read_layer(out).featureCount() > 5000 and "Traceback" not in done.stderr


def test_an_unwritable_logs_folder_leaves_the_message_log(plugin):
    from cpted_safety_map.plugin import log
    from cpted_safety_map.qgis_plugin_tools.tools.custom_logging import get_log_folder

    folder = get_log_folder()
    aside = folder.with_name("logs-set-aside-by-test")
    log.teardown_logging()
    folder.rename(aside)
    folder.write_text("a file where the logs folder would be")  # even root cannot write in it
    try:
        with message_log("CPTEDSafetyMap") as messages:
            log.setup_logging()
            logging.getLogger("cpted_safety_map.plugin.test").warning("still logged")
        assert handler_kinds() == ["QgsLogHandler"] and log.log_file() is None
        assert any(text.startswith(f"No log file in {folder}") for text, _level in messages), messages
        assert ("still logged", Qgis.Warning) in messages
    finally:
        log.teardown_logging()
        folder.unlink()
        aside.rename(folder)
        log.setup_logging()
    assert "RotatingFileHandler" in handler_kinds()


def test_every_algorithm_and_warning_goes_through_the_log(plugin):
    from cpted_safety_map.plugin.processing.base import CptedAlgorithm

    provider = QgsApplication.processingRegistry().providerById("cpted")
    for algorithm in provider.algorithms():  # processAlgorithm is the base's, which logs the run's end
        assert type(algorithm).processAlgorithm is CptedAlgorithm.processAlgorithm, algorithm.id()
    direct = [f"{path.relative_to(ROOT)}:{number}" for path in sorted((ROOT / "plugin").rglob("*.py"))
              if path.name != "log.py"
              for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if "feedback.pushWarning(" in line]
    assert direct == [], "warn(feedback, message) logs the warning too"
