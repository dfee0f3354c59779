"""The training report: one self-contained HTML page with four charts, and its PDF with the text kept as text."""

from __future__ import annotations

import base64
import re
import struct
import subprocess
from pathlib import Path

import pytest

VERDICT = ("The street model ranks held-out incidents better than last year's counts at every share of road length, "
           "and its grades rise monotonically.")
KOREAN_LABEL = "보안등 밀도"


def sample_report() -> dict:
    """A hand-made report: one Korean label, one dropped factor, a NaN incident rate, simulated data."""
    nan = float("nan")
    shares = [0.0, 0.01, 0.02, 0.05, 0.10, 0.15, 0.20]
    return {
        "title": "Street crime model — Helsinki centre, trained 2024",
        "language": "en",
        "simulated_note": "Population and incidents in this sample are simulated: do not use these grades for "
                          "decisions.",
        "summary": [("Road segments", "7,206"), ("Road length", "412.5 km"), ("Incidents (training)", "1,784"),
                    ("Incidents (held out)", "452"), ("Period", "2024-01-01 – 2024-12-31")],
        "validation": {
            "method": "Trained on January to September 2024; tested on October to December 2024, which the model "
                      "never saw.",
            "verdict": VERDICT,
            "shares": [0.01, 0.05, 0.10],
            "rows": [
                {"name": "Poisson GLM", "kind": "model", "chosen": True, "pai": [8.21, 4.37, 3.02],
                 "pei": [0.61, 0.72, 0.80], "grade5_incident_share": 0.243, "grade5_length_share": 0.05,
                 "per_km": [0.21, 0.48, 0.95, 1.87, 5.33], "monotonic": True},
                {"name": "Gradient boosting", "kind": "model", "chosen": False, "pai": [7.95, 4.12, 2.88],
                 "pei": [0.59, 0.68, 0.76], "grade5_incident_share": 0.221, "grade5_length_share": 0.05,
                 "per_km": [0.25, 0.51, 0.90, 2.02, 4.71], "monotonic": True},
                {"name": "Last year's counts", "kind": "baseline", "chosen": False, "pai": [5.10, 3.05, 2.31],
                 "pei": [0.38, 0.50, 0.61], "grade5_incident_share": 0.152, "grade5_length_share": 0.05,
                 "per_km": [nan, 0.77, 0.60, 1.20, 3.31], "monotonic": False},
            ],
            "curve_shares": shares,
            "curves": {
                "Poisson GLM": [0.0, 0.082, 0.13, 0.218, 0.302, 0.36, 0.41],
                "Gradient boosting": [0.0, 0.079, 0.125, 0.206, 0.288, 0.35, 0.40],
                "Last year's counts": [0.0, 0.051, 0.085, 0.152, 0.231, 0.29, 0.33],
            },
        },
        "effects": [
            {"label": "Bars and pubs within 100 m", "rr": 1.42, "low": 1.10, "high": 1.83, "kept": True,
             "why": "significant and stable across folds"},
            {"label": KOREAN_LABEL, "rr": 0.81, "low": 0.70, "high": 0.94, "kept": True,
             "why": "lower risk where lights are dense"},
            {"label": "Night-time population", "rr": 1.18, "low": 1.05, "high": 1.33, "kept": True,
             "why": "significant"},
            {"label": "CCTV cameras within 50 m", "rr": 0.97, "low": 0.82, "high": 1.15, "kept": False,
             "why": "interval includes 1: no effect shown"},
        ],
        "model_card": [("Model", "Poisson GLM, log link, offset log(length)"), ("Version", "1.0.0"),
                       ("Trained", "2025-03-02 by cpted:trainmodel"), ("Grades", "by shares of road length")],
        "limits": ["Incidents never reported to the police are not in the data, so the model cannot see them.",
                   "A factor's relative risk is an association on these streets, not proof of a cause.",
                   "Streets built or relit after the training period are graded as if they were as before."],
    }


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def report() -> dict:
    return sample_report()


def test_html_has_every_section_the_verdict_and_the_intervals(report):
    from cpted_safety_map.plugin.core.report_html import html

    page = html(report)
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8"/>' in page and '<html lang="en">' in page
    for heading in ("Data", "Validation", "Factors", "Model card", "What this model cannot know"):
        assert f"<h2>{heading}</h2>" in page
    assert report["title"] in page
    assert VERDICT.replace("'", "&#x27;") in page
    assert "simulated: do not use" in page
    assert "1.42 (1.10–1.83)" in page and "0.97 (0.82–1.15)" in page
    assert KOREAN_LABEL in page
    assert "dropped" in page and "&#x27;" in page  # "Last year's counts", escaped
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", page)  # nothing fetched


def test_html_escapes_report_text(report):
    from cpted_safety_map.plugin.core.report_html import html

    hostile = dict(report, title="<b>x</b> & y", limits=['<script>alert("no")</script>'])
    page = html(hostile, images={"capture": "c.png", "pai": "p.png", "grades": "g.png", "effects": "e.png"})
    assert "&lt;b&gt;x&lt;/b&gt; &amp; y" in page
    assert "<script" not in page.lower()
    assert sorted(re.findall(r'<img src="([^"]+)"', page)) == ["c.png", "e.png", "g.png", "p.png"]


def test_html_translates_fixed_words(report):
    from cpted_safety_map.plugin.core.report_html import html

    words = {"Data": "데이터", "Validation": "검증", "Factors": "요인", "Model card": "모델 카드",
             "What this model cannot know": "이 모델이 알 수 없는 것"}
    page = html(dict(report, language="ko"), tr=lambda s: words.get(s, s), images={})
    assert '<html lang="ko">' in page
    for korean in words.values():
        assert f"<h2>{korean}</h2>" in page


def test_html_embeds_four_charts_that_decode(report, qgis_app):
    from qgis.PyQt.QtGui import QImage

    from cpted_safety_map.plugin.core.report_html import html

    page = html(report)
    images = re.findall(r"<img [^>]*>", page)
    assert len(images) == 4
    for tag in images:
        data = base64.b64decode(re.search(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', tag).group(1))
        width, height = png_size(data)
        assert 900 <= width <= 960 and 200 <= height <= width  # 16 cm at 150 dpi
        image = QImage.fromData(data, "PNG")
        assert not image.isNull() and (image.width(), image.height()) == (width, height)


def test_charts_are_deterministic(report):
    from cpted_safety_map.plugin.core.report_charts import charts

    first, second = charts(report), charts(sample_report())
    assert set(first) == {"effects", "capture", "pai", "grades"}
    assert first == second
    for png in first.values():
        assert png[:8] == PNG_SIGNATURE and b"tIME" not in png and b"Software" not in png


def test_charts_do_not_touch_pyplot(report):
    import matplotlib

    from cpted_safety_map.plugin.core.report_charts import charts

    backend, family = matplotlib.get_backend(), list(matplotlib.rcParams["font.family"])
    charts(report)
    assert matplotlib.get_backend() == backend and list(matplotlib.rcParams["font.family"]) == family


def test_chart_labels_are_printed_as_written_never_as_mathtext(report):
    """Layer and model names reach the charts: "$x^2$" is drawn with its dollars, and "$\\undefined{x}$" (an unknown
    mathtext command) draws too."""
    import matplotlib
    from matplotlib.text import Text

    from cpted_safety_map.plugin.core import report_charts

    labels = ["bars $\\undefined{x}$ within 100 m", "$x^2$ within 50 m"]
    effects = [dict(effect, label=label) for effect, label in zip(report["effects"], labels, strict=False)]
    rows = [dict(row, name=f"${row['name']}$") for row in report["validation"]["rows"]]
    hostile = dict(report, effects=effects, validation=dict(report["validation"], rows=rows))
    assert set(report_charts.charts(hostile)) == {"effects", "capture", "pai", "grades"}
    with matplotlib.rc_context(report_charts._rc()):
        figure = report_charts._effects_chart(hostile, str)
    texts = {text.get_text(): text for text in figure.findobj(Text)}
    for label in labels:
        assert label in texts and not texts[label].get_parse_math()


@pytest.fixture(scope="module")
def pdf(report, qgis_app, tmp_path_factory) -> str:
    from cpted_safety_map.plugin.outputs.report import write_report_pdf

    path = tmp_path_factory.mktemp("report") / "report.pdf"
    write_report_pdf(report, str(path))
    return str(path)


def pdf_text(path: str) -> str:
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout


def test_pdf_is_a_pdf_with_pages(pdf):
    with open(pdf, "rb") as handle:
        assert handle.read(5) == b"%PDF-"
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    assert pages >= 1
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    assert abs(float(size.group(1)) - 595.3) < 2 and abs(float(size.group(2)) - 841.9) < 2  # A4 portrait


def test_pdf_keeps_its_text_as_text(pdf, report):
    text = pdf_text(pdf)
    flat = " ".join(text.split())
    assert VERDICT in flat
    assert KOREAN_LABEL in flat
    assert "1.42 (1.10–1.83)" in flat
    for heading in ("Data", "Validation", "Factors", "Model card", "What this model cannot know"):
        assert heading in flat
    assert report["simulated_note"] in flat


def test_pdf_keeps_every_caption_and_heading_after_a_chart_taller_than_the_rest_of_a_page(report, qgis_app, tmp_path):
    """Many factors make the forest plot most of a page high: it moves to the next page and nothing after it is
    lost (Qt laid the page out before the images were fitted and dropped the captions that followed)."""
    from cpted_safety_map.plugin.core.report_html import html
    from cpted_safety_map.plugin.outputs.report import write_report_pdf

    effects = [dict(effect, label=f"{effect['label']} {i}") for i, effect in enumerate(report["effects"] * 8)]
    many = dict(report, effects=effects)
    path = tmp_path / "many.pdf"
    write_report_pdf(many, str(path))
    flat = " ".join(pdf_text(str(path)).split())
    names = {name: f"{name}.png" for name in ("capture", "pai", "grades", "effects")}
    captions = re.findall(r'<p class="caption">([^<]+)</p>', html(many, images=names))
    assert len(captions) == 4
    for text in captions + ["Factors", "Model card", "What this model cannot know", f"{KOREAN_LABEL} 29"]:
        assert text.replace("&#x27;", "'") in flat


def test_an_earlier_report_is_recognised_and_a_map_pdf_is_not(plugin, tmp_path):
    """REPORT's PDF replaces an earlier training report (this version's, or version 0.2's whose creator was
    "CPTED Safety Map"), never a map PDF of the same name (QGIS's)."""
    from cpted_safety_map.plugin.outputs.report import is_training_report

    def pdf(creator: str) -> Path:
        path = tmp_path / f"{len(list(tmp_path.iterdir()))}.pdf"
        path.write_bytes(b"%PDF-1.4\n1 0 obj\n<<\n/Creator (\xfe\xff" + creator.encode("utf-16-be") + b")\n"
                         b"/Producer (\xfe\xff" + "Qt 5.15.15".encode("utf-16-be") + b")\n>>\nendobj\n%%EOF\n")
        return path

    assert is_training_report(pdf("CPTED Safety Map training report"))
    assert is_training_report(pdf("CPTED Safety Map"))
    assert not is_training_report(pdf("QGIS 3.40.6-Bratislava"))
    assert not is_training_report(pdf("CPTED Safety Map and more"))
