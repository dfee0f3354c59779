"""The training report's files: the HTML page (core/report_html.py) and the same page as a PDF printed through Qt's
text layout, each through a temporary file checked before it replaces anything (write_report).

The PDF: A4 portrait, 15 mm margins, 300 dpi. Text stays text (pdftotext gives it back): the page is set in the
plugin's bundled DejaVu Sans without shaping (Qt's PDF writer maps each glyph back to a character through the font's
character map only, so ligatures such as "fi" and the digits of Noto Sans CJK would come out unreadable), and Hangul
falls back to an installed Korean font, as on the printed map (cartography/fitting.py). The charts are the same PNGs
the HTML embeds, handed to Qt as document resources and printed 16 cm wide, never wider than the page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QMarginsF, QSizeF, Qt, QUrl
from qgis.PyQt.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from ..core.report_charts import CHART_WIDTH_CM, charts
from ..core.report_html import html
from ..fonts import font_family
from ..i18n import tr as translate
from .files import check_pdf, replacing, write_atomically

MARGIN_MM = 15.0
RESOLUTION = 300
BODY_POINTS = 9.5
RESOURCE_PREFIX = "cpted-report-"
# The PDF's creator: how a later run knows a PDF beside REPORT is an earlier report it may replace (version 0.2's
# reports said only "CPTED Safety Map"; the plugin's map PDFs are QGIS's).
REPORT_CREATOR = "CPTED Safety Map training report"
REPORT_CREATORS = (REPORT_CREATOR, "CPTED Safety Map")
REPORT_MAX_BYTES = 50 * 1024 * 1024  # a report is a few pages; a bigger PDF is someone else's


def _layout_dpi() -> float:
    """The dots per inch Qt's text layout takes an image pixel to be (its qt_defaultDpi): images are scaled by
    the printer's resolution over this."""
    if QCoreApplication.testAttribute(Qt.AA_Use96Dpi):
        return 96.0
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 100.0


def _fit_images(document: QTextDocument, widths: dict[str, float]) -> None:
    """Give each image its layout width from `widths` (by resource name); the height follows its proportions."""
    found = []  # (position, length, format), gathered first: changing a format while iterating moves fragments
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                found.append((fragment.position(), fragment.length(), fragment.charFormat().toImageFormat()))
            iterator += 1
        block = block.next()
    for position, length, image in found:
        if image.name() in widths:
            image.setWidth(widths[image.name()])
            image.clearProperty(QTextFormat.ImageHeight)
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.KeepAnchor)
            cursor.setCharFormat(image)


def _body_font() -> QFont:
    font = QFont(font_family())
    font.setPointSizeF(BODY_POINTS)
    font.setStyleStrategy(QFont.PreferNoShaping)  # every glyph stays mapped to its character in the PDF
    return font


def write_report_pdf(report: dict, path: str, tr: Callable[[str], str] = str) -> None:
    """Print the report (see core/report.py for its keys) to a PDF at `path`, written directly.

    `tr` translates the fixed words, as for `core.report_html.html`.
    """
    pngs = charts(report, tr)
    names = {name: f"{RESOURCE_PREFIX}{name}.png" for name in pngs}
    page = html(report, tr, images=names)
    # The page's CSS asks for DejaVu Sans (registered from the plugin's own files by _body_font), then Korean fonts;
    # Qt falls back to those for Hangul. The document's default font carries the no-shaping strategy.

    body_font = _body_font()
    writer = QPdfWriter(path)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Millimeter))
    writer.setTitle(str(report.get("title", "")))
    writer.setCreator(REPORT_CREATOR)

    document = QTextDocument()
    document.setDefaultFont(body_font)
    images = {names[name]: QImage.fromData(png, "PNG") for name, png in pngs.items()}
    for name, image in images.items():
        document.addResource(QTextDocument.ImageResource, QUrl(name), image)
    document.setHtml(page)
    # Lay the text out on the printer itself (fonts at its 300 dpi); one page is the area inside the margins.
    document.documentLayout().setPaintDevice(writer)
    page_width, page_height = writer.width(), writer.height()
    # Charts print 16 cm wide, narrower when the page (less the document's margin) is narrower or a tall chart
    # would not fit 85 % of a page's height with its caption. Qt takes an image's layout pixels at its own
    # default dpi and scales them to the printer's.
    scale = writer.logicalDpiX() / _layout_dpi()
    room = page_width - 2 * document.documentMargin() * scale - 2
    widths = {}
    for name, image in images.items():
        aspect = image.width() / max(image.height(), 1)
        widths[name] = min(CHART_WIDTH_CM / 2.54 * writer.logicalDpiX(), room, 0.85 * page_height * aspect) / scale
    _fit_images(document, widths)
    document.setPageSize(QSizeF(page_width, page_height))
    document.print_(writer)


def is_training_report(path: Path) -> bool:
    """Whether the PDF at `path` is a training report this plugin printed (its creator says so), which a new report
    of the same name may replace."""
    try:
        if path.stat().st_size > REPORT_MAX_BYTES:
            return False
        data = path.read_bytes()
    except OSError:
        return False
    # Qt writes the creator into the PDF's Info as UTF-16 text with a byte order mark: the whole entry is matched
    return any(b"/Creator (\xfe\xff" + creator.encode("utf-16-be") + b")" in data for creator in REPORT_CREATORS)


def write_report(report: dict, html_path: Path) -> Path:
    """Write `html_path` and the PDF beside it (same name, .pdf) in the officer's language; returns the PDF's path.
    The HTML is written only once the PDF is whole, and the PDF replaces an older one only then."""
    pdf_path = html_path.with_suffix(".pdf")
    with replacing(pdf_path) as temporary:
        write_report_pdf(report, str(temporary), translate)
        check_pdf(temporary)
        write_atomically(html_path, html(report, translate).encode("utf-8"))
    return pdf_path
