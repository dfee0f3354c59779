"""The Korean translation: complete, placeholders intact, compiled, and used by the plugin's own code in QGIS."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QSettings

from .helpers import ROOT, korean

TS = ROOT / "resources" / "i18n" / "cpted_ko.ts"
CONTEXT = "CptedSafetyMap"


def ts_messages() -> list[tuple[str, ET.Element]]:
    """(context name, <message>) for every message in the .ts."""
    root = ET.parse(TS).getroot()
    return [(context.findtext("name"), message) for context in root.iter("context")
            for message in context.iter("message")]


def translations() -> dict[str, str]:
    return {m.findtext("source"): m.findtext("translation") or "" for _, m in ts_messages()}


def placeholders(text: str) -> Counter:
    """Every `{name:spec}` that str.format fills, with its format spec ("{length:g}" must stay "{length:g}")."""
    return Counter(f"{{{field}{'!' + conv if conv else ''}{':' + spec if spec else ''}}}"
                   for _, field, spec, conv in string.Formatter().parse(text) if field is not None)


def tr_literals() -> set[str]:
    """The literal strings of every `tr("...")` call in plugin/ (what pylupdate5 extracts)."""
    found = set()
    for path in sorted((ROOT / "plugin").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.add(node.args[0].value)
    return found


def test_ts_is_complete_and_in_the_plugin_context():
    messages = ts_messages()
    assert len(messages) > 100
    assert {context for context, _ in messages} == {CONTEXT}, "run scripts/ts_context.py after pylupdate5"
    unfinished = [m.findtext("source") for _, m in messages
                  if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")]
    assert unfinished == []
    empty = [m.findtext("source") for _, m in messages if not (m.findtext("translation") or "").strip()]
    assert empty == []


def test_ts_covers_every_tr_call_in_the_plugin():
    missing = sorted(tr_literals() - translations().keys())
    assert missing == [], "new strings: run `make transup` and translate them in resources/i18n/cpted_ko.ts"


def test_translations_keep_placeholders_line_breaks_and_bullets():
    for source, translation in translations().items():
        assert placeholders(translation) == placeholders(source), source
        assert translation.count("\n") == source.count("\n"), source
        assert translation.count("•") == source.count("•"), source
        assert translation != source, source


def test_qm_matches_the_ts():
    """The .qm was released from the current .ts and looks messages up in the context tr() uses."""
    expected = translations()
    with korean():
        got = {source: QCoreApplication.translate(CONTEXT, source) for source in expected}
    assert got == expected


def test_plugin_speaks_korean_with_the_translator_and_english_without(qgis_app):
    from cpted_safety_map.plugin.cartography.renderer import band_notes, grade_labels
    from cpted_safety_map.plugin.i18n import tr

    no_features = "Layer “{layer}” ({param}) has no features."  # plugin/processing/inputs.py
    with korean():
        labels = grade_labels()
        assert labels[1] == "1 – 가장 안전"
        assert labels[5] == "5 – 가장 취약"
        assert labels[None] == "자료 없음"
        template = tr(no_features)
        assert template != no_features and "{layer}" in template and "{param}" in template
        message = template.format(layer="영등포구 이면도로", param="ROADS")
        assert message == "“영등포구 이면도로” 레이어(ROADS)에 피처가 없습니다."
        notes = band_notes([0.2, 0.3, 0.3, 0.15, 0.05])
        assert notes[1] == "위험 최하위, 도로 길이의 20.0%" and notes[5] == "위험 최상위, 도로 길이의 5.0%"
        assert notes[2] == "도로 길이의 30.0%"
        assert band_notes([0.2, 0.3, 0.3, 0.15, 0.05], "model")[5] == "이 지도 도로 길이의 5.0%"
    assert grade_labels()[5] == "5 – least safe"
    assert tr(no_features) == no_features


@pytest.fixture
def korean_ui_locale(qgis_app):
    """QGIS's "override system locale" set to Korean, put back as it was afterwards."""
    settings = QSettings()
    keys = ("locale/overrideFlag", "locale/userLocale")
    saved = {key: settings.value(key) for key in keys if settings.contains(key)}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "ko_KR")
    try:
        yield
    finally:
        for key in keys:
            if key in saved:
                settings.setValue(key, saved[key])
            else:
                settings.remove(key)


def test_install_translator_picks_the_korean_qm_for_a_korean_qgis(korean_ui_locale):
    from cpted_safety_map.plugin import i18n
    from cpted_safety_map.plugin.cartography.renderer import grade_labels

    assert i18n.user_locale() == "ko"
    if i18n._translator is not None:
        pytest.skip("the plugin's translator is already active (QGIS runs in a translated locale)")
    try:
        assert i18n.install_translator()
        assert grade_labels()[5] == "5 – 가장 취약"
    finally:
        i18n.remove_translator()
    assert grade_labels()[5] == "5 – least safe"
