"""Writing the training report: the HTML page and its PDF, each through a temporary file checked before it
replaces anything."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..i18n import tr


def write_report(report: dict, html_path: Path) -> Path:
    """Write `html_path` and the PDF beside it (same name, .pdf); returns the PDF's path."""
    from ..cartography.layout import check_pdf
    from ..core.report import html
    from ..outputs import publish
    from ..report_pdf import write_report_pdf
    from .train_model import write_atomically

    pdf_path = html_path.with_suffix(".pdf")
    fd, tmp = tempfile.mkstemp(prefix=f".{pdf_path.stem}-", suffix=".pdf", dir=pdf_path.parent)
    os.close(fd)
    try:
        write_report_pdf(report, tmp, tr)
        check_pdf(Path(tmp))
        write_atomically(html_path, html(report, tr).encode("utf-8"))
        publish(tmp, pdf_path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return pdf_path
