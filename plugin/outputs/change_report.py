"""cpted:compareperiods' report: one self-contained HTML page (UTF-8, no scripts, nothing fetched) with the test in
words, the funnel plot embedded, the intervention check, the grades' transitions and every unit's counts. Text from
data (unit names) is escaped."""

from __future__ import annotations

import base64
import html
from pathlib import Path

import numpy as np

from ..core.change_chart import funnel_png
from ..core.report_html import CSS
from ..i18n import QT_TR_NOOP, tr
from .files import write_atomically

# pylupdate5 stops reading at f-strings: the words tr() gets inside them are marked here
WORDS = (QT_TR_NOOP("Funnel plot"), QT_TR_NOOP("Units"), QT_TR_NOOP("Grades before and after, km of road"))
CAPTION = QT_TR_NOOP("Funnel plot: each unit's rate ratio against its incidents in both periods. Inside the lines the "
                     "exact test sees no change; small units scatter widely by chance. Triangles: no incident in one "
                     "period, or beyond the axis.")


def _e(value) -> str:
    return html.escape(str(value), quote=True)


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{_e(cell)}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def change_report_html(frame, words, title: str) -> str:
    png = funnel_png(frame["count_before"].to_numpy(), frame["count_after"].to_numpy(), frame["change"].to_numpy(),
                     words.before.years, words.after.years, words.alpha, tr)
    image = base64.b64encode(png).decode("ascii")
    flagged = np.isin(frame["change"].to_numpy(), ("increase", "decrease"))
    q = np.nan_to_num(frame["q_value"].to_numpy(dtype=float), nan=2.0)
    total = frame["count_before"].to_numpy() + frame["count_after"].to_numpy()
    order = np.lexsort((-total, q, ~flagged))
    parts = [f"<h1>{_e(title)}</h1>", f"<p>{_e(words.periods_line())}</p>", f"<p><b>{_e(words.summary())}</b></p>",
             f"<p>{_e(words.method())}</p>", f"<p>{_e(words.chance())}</p>",
             f'<div class="figure"><img src="data:image/png;base64,{image}" alt="{_e(tr("Funnel plot"))}">',
             f'<p class="caption">{_e(tr(CAPTION))}'
             "</p></div>"]
    for line in [*words.wdd_lines(), *words.transition_lines()]:
        parts.append(f"<p>{_e(line)}</p>")
    if words.transitions is not None:
        parts.append(f"<h2>{_e(tr('Grades before and after, km of road'))}</h2>")
        parts.append(_table(*words.transition_rows()))
    if words.split_note:
        parts.append(f"<p>{_e(words.split_note)}</p>")
    parts.append(f"<p>{_e(words.credit())}</p>")
    parts.append(f"<h2>{_e(tr('Units'))}</h2>")
    parts.append(_table(words.table_header(), words.table_rows([str(n) for n in frame["unit"]], order)))
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_e(title)}</title><style>{CSS}</style>'
            f'</head><body>{"".join(parts)}</body></html>')


def write_change_report(path: Path, frame, words, title: str) -> None:
    write_atomically(Path(path), change_report_html(frame, words, title).encode("utf-8"))
