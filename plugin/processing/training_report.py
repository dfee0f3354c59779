"""Writing the training report: the HTML page and its PDF, each through a temporary file checked before it
replaces anything."""

from __future__ import annotations

from pathlib import Path

from ..i18n import tr


def write_report(report: dict, html_path: Path) -> Path:
    """Write `html_path` and the PDF beside it (same name, .pdf); returns the PDF's path. The HTML is written only
    once the PDF is whole, and the PDF replaces an older one only then."""
    from ..cartography.layout import check_pdf
    from ..core.report import html
    from ..outputs import replacing, write_atomically
    from ..report_pdf import write_report_pdf

    pdf_path = html_path.with_suffix(".pdf")
    with replacing(pdf_path) as temporary:
        write_report_pdf(report, str(temporary), tr)
        check_pdf(temporary)
        write_atomically(html_path, html(report, tr).encode("utf-8"))
    return pdf_path
