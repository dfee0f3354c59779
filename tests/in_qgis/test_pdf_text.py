"""A printed map keeps its text as text: every word and number on the sheet can be found, copied and read aloud.

QGIS 3.40 writes layout text as outlines unless told otherwise, and Qt's PDF writer loses characters whose glyphs a
font shares or substitutes (digits of Noto Sans CJK, spaces of NanumGothic, "fi" ligatures): pdftotext must give
back every word the sheet shows, in English and in Korean, on A4 and A3.
"""

from __future__ import annotations

import subprocess
from contextlib import nullcontext

import pytest
from qgis.core import QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemScaleBar, QgsNumericFormatContext

from .helpers import SAMPLE, korean, page_points, read_layer


@pytest.fixture(scope="module")
def graded_file(plugin, tmp_path_factory) -> str:
    """The sample graded once for the module; a path, so no QGIS layer outlives QGIS in pytest's hands."""
    import processing

    out = tmp_path_factory.mktemp("graded") / "grades.gpkg"
    layer = f"{SAMPLE}|layername="
    processing.run("cpted:safetymap", {
        "ROADS": layer + "roads", "CRIMES": layer + "crimes_simulated", "POPULATION": layer + "population_simulated",
        "POP_FIELD": "pop_night", "LIGHTS": layer + "streetlights", "CCTV": layer + "cctv", "OUTPUT": str(out)})
    return str(out)


def words_on_sheet(layout) -> list[str]:
    """Every word the printed sheet shows, read from QGIS's own layout items (not from our code's strings)."""
    words: list[str] = []
    for item in layout.items():
        if not getattr(item, "isVisible", lambda: False)():
            continue
        if isinstance(item, QgsLayoutItemLabel):
            words += item.currentText().split()
        elif isinstance(item, QgsLayoutItemLegend):
            words += item.title().split()
            layer = item.model().rootGroup().findLayers()[0].layer()
            for category in layer.renderer().categories():
                words += category.label().split()
        elif isinstance(item, QgsLayoutItemScaleBar):
            step, fmt = item.unitsPerSegment(), item.numericFormat()
            words += [fmt.formatDouble(step * k, QgsNumericFormatContext()) for k in range(item.numberOfSegments() + 1)]
            words.append(item.unitLabel())
    return words


def pdf_words(path) -> list[str]:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout.split()


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_pdftotext_gives_back_every_word_and_number_of_the_sheet(graded_file, tmp_path, language, paper):
    from cpted_safety_map.plugin.cartography.sheet import export_safety_map

    pdf = tmp_path / "map.pdf"
    title = "Street safety grades — Helsinki centre" if language == "en" else "영등포구 여성안심 안전등급 지도"
    with korean() if language == "ko" else nullcontext():
        layout = export_safety_map(read_layer(graded_file), str(pdf), title, "2024–2025 · 7,206 segments", paper)
    shown, printed = words_on_sheet(layout), pdf_words(pdf)
    # A word may wrap at a slash onto the next line (QGIS 3.22): it then comes back as two adjacent pieces.
    found = set(printed) | {a + b for a, b in zip(printed[:-1], printed[1:], strict=True)}
    # ... or at a hyphen, which pdftotext then drops as it joins the two ("meta-analyses" comes back "metaanalyses")
    missing = [word for word in shown if word not in found and word.replace("-", "") not in found]
    assert missing == []
    assert len(shown) > 150  # title, legend, scale bar, sources, model, disclaimer, date
    numbers = [w for w in shown if any(ch.isdigit() for ch in w)]
    # counts and period of the inputs, model version, grade shares, scale bar, the subtitle's numbers, the date
    assert {"0", "200", "7,206"} <= set(numbers)
    for number in ("1784", "600", "2024–2025", "2.0.0", "2024", "2025"):
        assert any(number in word for word in numbers), number
    assert any(len(w) == 10 and w[4] == w[7] == "-" for w in numbers)
    if language == "ko":
        assert "영등포구" in printed and "안전등급" in printed and any("가장" in w for w in printed)
        # the bundled model's paragraph in Korean too, not the model file's English, and without its family
        assert "bundled model" not in " ".join(printed) and not any("포아송" in w or "Poisson" in w for w in printed)


PAGE_MM = {"A4": (297, 210), "A3": (420, 297), "A4 portrait": (210, 297), "A3 portrait": (297, 420)}
SHEET_ITEMS = ("title", "subtitle", "header_rule", "map", "legend", "north_arrow", "scalebar", "simulated_note",
               "model", "sources", "disclaimer", "date")


@pytest.mark.parametrize("paper", list(PAGE_MM))
def test_every_paper_lays_the_sheet_out_on_the_page_without_overlaps(graded_file, tmp_path, paper):
    from cpted_safety_map.plugin.cartography.sheet import export_safety_map

    pdf = tmp_path / "map.pdf"
    layout = export_safety_map(read_layer(graded_file), str(pdf), "Street safety grades — Helsinki centre",
                               "2024–2025 · 7,206 segments", paper)
    page = layout.pageCollection().page(0).rect()
    assert (page.width(), page.height()) == pytest.approx(PAGE_MM[paper])
    boxes = {name: layout.itemById(name).sceneBoundingRect() for name in SHEET_ITEMS}
    for name, box in boxes.items():  # inside the page, off its unprintable edge
        assert box.left() >= 5 and box.top() >= 5, name
        assert box.right() <= page.width() - 5 and box.bottom() <= page.height() - 5, name
    for first, second in ((a, b) for i, a in enumerate(SHEET_ITEMS) for b in SHEET_ITEMS[i + 1:]):
        overlap = boxes[first].intersected(boxes[second])
        assert overlap.width() * overlap.height() < 0.5, (first, second)
    map_box = boxes["map"]
    assert map_box.width() * map_box.height() > 0.45 * page.width() * page.height()  # the map is the sheet
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert page_points(info) == pytest.approx([mm / 25.4 * 72 for mm in PAGE_MM[paper]], abs=0.5)


@pytest.fixture(scope="module")
def long_named_inputs(plugin, tmp_path_factory) -> dict:
    """The sample's roads and incidents under the long layer names officers' files have."""
    import pyogrio

    folder = tmp_path_factory.mktemp("long_names")
    names = {"ROADS": ("roads", "yeongdeungpo_road_section_simulated_2024_for_the_dong_meetings"),
             "CRIMES": ("crimes_simulated", "crimes_against_women_yeongdeungpo_simulated_2023_2024")}
    params = {}
    for slot, (source, name) in names.items():
        path = folder / f"{name}.gpkg"
        pyogrio.write_dataframe(pyogrio.read_dataframe(SAMPLE, layer=source), path, layer=name)
        params[slot] = f"{path}|layername={name}"
    return params


@pytest.mark.parametrize("paper", [0, 1, 2])
def test_long_simulated_layer_names_wrap_inside_the_page(run, long_named_inputs, tmp_path, paper):
    import re

    result, _ = run("cpted:safetymap", {**long_named_inputs, "PAPER": paper, "OUTPUT": str(tmp_path / "g.gpkg"),
                                        "PDF": str(tmp_path / "map.pdf")})
    html = subprocess.run(["pdftotext", "-bbox", result["PDF"], "-"], capture_output=True, text=True,
                          check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    words = re.findall(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html)
    margin = 5 / 25.4 * 72  # 5 mm: what office printers leave unprinted
    outside = [(word, float(x_max)) for x_max, word in words if float(x_max) > width - margin]
    assert outside == []
    text = " ".join(word for _, word in words)
    assert "SIMULATED" in text and "simulated_2024_for_the_dong_meetings" in text.replace(" ", "")
