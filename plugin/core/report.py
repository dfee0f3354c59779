"""The training report a GIS officer can file: charts (PNG) and one self-contained HTML page.

Pure Python: numpy and matplotlib's Agg canvas (through ``matplotlib.figure.Figure``, never ``pyplot``, so no GUI
backend is chosen and no global figure is kept). No QGIS import: ``plugin/report_pdf.py`` prints the same page to
PDF through Qt.

The report is a plain dict::

    {"title": str,
     "language": "en" | "ko",                  # the page's lang attribute
     "simulated_note": str | None,             # shown in a red box when the data were (partly) simulated
     "summary": [(label, value), ...],         # the "Data" table
     "validation": {
         "method": str,                        # one sentence: how the held-out data were chosen
         "verdict": str,                       # one sentence, printed in bold
         "shares": [0.01, 0.05, 0.10],         # shares of road length the PAI and PEI columns are for
         "rows": [{"name": str, "kind": "model" | "baseline", "chosen": bool,
                   "pai": [float, float, float],          # predictive accuracy index at each share
                   "pei": [float, float, float],          # predictive efficiency index at each share
                   "grade5_incident_share": float,        # share of held-out incidents on grade 5 roads, 0..1
                   "grade5_length_share": float,          # share of road length in grade 5, 0..1
                   "per_km": [float] * 5,                 # held-out incidents per km in grades 1..5, NaN allowed
                   "monotonic": bool}, ...],              # per_km rises from grade 1 to grade 5
         "curve_shares": [float, ...],         # shares of road length flagged, 0..0.2
         "curves": {name: [float, ...]}},      # per row name: share of held-out incidents captured, same length
     "effects": [{"label": str, "rr": float, "low": float, "high": float,   # relative risk and its 95 % interval
                  "kept": bool, "why": str}, ...],
     "model_card": [(label, value), ...],
     "limits": [str, ...]}                     # "What this model cannot know", one sentence each

``charts(report)`` gives the four PNGs ("effects", "capture", "pai", "grades"), byte for byte the same for the same
report on the same machine; ``html(report, tr)`` the page, with the charts embedded as data URIs unless ``images``
names files for them. Every fixed word goes through ``tr``; every text from the report is escaped.
"""

from __future__ import annotations

import base64
import html as _html
import io
import math
import unicodedata
from collections.abc import Callable

import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter, NullLocator

CHART_NAMES = ("capture", "pai", "grades", "effects")  # in the order the page shows them
DPI = 150
CHART_WIDTH_CM = 16.0
CHART_WIDTH_IN = CHART_WIDTH_CM / 2.54
# The chart's printed width in CSS pixels (1/96 in): the <img> width, so browsers and Qt print it at 16 cm.
CHART_WIDTH_PX = round(CHART_WIDTH_IN * 96)
# Families with Hangul first (labels may be Korean), DejaVu (matplotlib's own) last; only installed ones are asked
# for, so matplotlib logs no "font not found". "Noto Sans CJK JP" is the name matplotlib gives the same .ttc file.
FONT_FAMILIES = ("Noto Sans CJK KR", "Noto Sans CJK JP", "NanumGothic", "DejaVu Sans")
GRADE_COLOURS = ("#4575b4", "#91bfdb", "#fee090", "#fc8d59", "#d73027")  # as on the map (cartography/renderer.py)
KEPT_COLOUR, DROPPED_COLOUR = "#222222", "#a6a6a6"
SERIES_COLOURS = ("#1b6ca8", "#d95f02", "#7570b3", "#1b9e77", "#e7298a", "#66a61e", "#a6761d", "#666666")
DASH = "\u2014"  # shown for a number that is missing or not finite

Tr = Callable[[str], str]


def _identity(text: str) -> str:
    return text


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name pylupdate5 looks for)
    return text


# pylupdate5 stops reading this file at its f-strings: the words tr() gets below are marked here as well.
WORDS = (QT_TR_NOOP("Data"), QT_TR_NOOP("Factor"), QT_TR_NOOP("Grade 5"), QT_TR_NOOP("Incidents per km by grade"),
         QT_TR_NOOP("Kept"), QT_TR_NOOP("Model"), QT_TR_NOOP("Model card"), QT_TR_NOOP("Monotonic"),
         QT_TR_NOOP("PEI"), QT_TR_NOOP("Relative risk (95% interval)"), QT_TR_NOOP("What this model cannot know"),
         QT_TR_NOOP("Why"), QT_TR_NOOP("chosen"), QT_TR_NOOP("incidents"), QT_TR_NOOP("no"),
         QT_TR_NOOP("road length"), QT_TR_NOOP("yes"))


# --- charts -------------------------------------------------------------------------------------------------------

def _font_families() -> list[str]:
    from matplotlib import font_manager

    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return [name for name in FONT_FAMILIES if name in installed] or ["sans-serif"]


def _rc() -> dict:
    return {
        "font.family": _font_families(),
        "font.size": 8.5,
        "axes.titlesize": 9.5,
        "axes.labelsize": 8.5,
        "legend.fontsize": 7.5,
        "xtick.labelsize": 8,
        "ytick.labelsize": 8,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.unicode_minus": False,  # a hyphen-minus: present in every font
        "path.simplify": True,
    }


def _figure(height_in: float) -> Figure:
    figure = Figure(figsize=(CHART_WIDTH_IN, height_in), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None}, facecolor="white")
    return buffer.getvalue()


def _finite(value) -> bool:
    try:
        return value is not None and math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def _rows(report: dict) -> list[dict]:
    return list(report.get("validation", {}).get("rows", []))


def _chosen(report: dict) -> dict | None:
    rows = _rows(report)
    for row in rows:
        if row.get("chosen"):
            return row
    return next((row for row in rows if row.get("kind") == "model"), rows[0] if rows else None)


def _nothing(ax, tr: Tr) -> None:
    ax.text(0.5, 0.5, tr("No data"), ha="center", va="center", transform=ax.transAxes, color="#666666")
    ax.set_xticks([])
    ax.set_yticks([])


def _wrap(text: str, width: int = 34) -> str:
    """Break a long label at spaces into lines of about `width` columns (Hangul and other wide letters count 2)."""
    def columns(word: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in word)

    lines: list[str] = []
    for word in text.split():
        if lines and columns(lines[-1]) + 1 + columns(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines) or text


def _log_ticks(low: float, high: float) -> list[float]:
    """Readable ticks for a log axis from `low` to `high`: 1-2-5 steps, finer when the range is narrow."""
    for steps in ((1, 2, 5), (1, 1.5, 2, 3, 5, 7), (1, 1.1, 1.2, 1.3, 1.5, 1.7, 2, 2.5, 3, 4, 5, 6, 7, 8, 9)):
        ticks = [round(s * 10.0 ** e, 6) for e in range(-3, 4) for s in steps]
        inside = sorted({t for t in ticks if low <= t <= high})
        if len(inside) >= 4:
            return inside
    return inside


AXIS_LIMITS = (0.1, 10.0)  # relative risks beyond are drawn at the edge with an arrow: the table gives the numbers


def _effects_chart(report: dict, tr: Tr) -> Figure:
    effects = list(report.get("effects", []))
    # 0.3 in a factor, never taller than fits an A4 page with its caption (23 cm)
    figure = _figure(min(max(1.9, 0.75 + 0.3 * len(effects)), 9.0))
    ax = figure.add_subplot()
    usable = [e for e in effects if _finite(e.get("rr")) and float(e["rr"]) > 0]
    if not usable:
        _nothing(ax, tr)
        return figure
    y = np.arange(len(effects))[::-1]  # the first factor at the top
    values = []
    for position, effect in zip(y, effects, strict=True):
        colour = KEPT_COLOUR if effect.get("kept") else DROPPED_COLOUR
        rr = float(effect["rr"]) if _finite(effect.get("rr")) and float(effect["rr"]) > 0 else None
        if rr is None:
            continue
        low = float(effect["low"]) if _finite(effect.get("low")) and float(effect["low"]) > 0 else rr
        high = float(effect["high"]) if _finite(effect.get("high")) and float(effect["high"]) > 0 else rr
        # an interval wider than the axis (a factor nothing can be said about) ends in an arrow at the edge
        rr = min(max(rr, AXIS_LIMITS[0]), AXIS_LIMITS[1])
        for end, inside, edge in ((low, max(low, AXIS_LIMITS[0]), "<"), (high, min(high, AXIS_LIMITS[1]), ">")):
            if end != inside:
                ax.plot([inside], [position], marker=edge, markersize=5, color=colour, linestyle="none")
        low, high = max(low, AXIS_LIMITS[0]), min(high, AXIS_LIMITS[1])
        ax.plot([low, high], [position, position], color=colour, linewidth=1.6, solid_capstyle="butt")
        ax.plot([rr], [position], marker="s", markersize=5, color=colour, linestyle="none")
        values += [low, rr, high]
    ax.axvline(1.0, color="#555555", linewidth=0.8, linestyle="--", zorder=0)
    lo, hi = min(values + [1.0]), max(values + [1.0])
    lo, hi = lo / 1.12, hi * 1.12
    if hi / lo < 1.5:  # a narrow range still shows some context around 1
        lo, hi = min(lo, 0.85), max(hi, 1.2)
    ax.set_xscale("log")
    ax.set_xlim(lo, hi)
    ax.xaxis.set_major_locator(FixedLocator(_log_ticks(lo, hi)))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:g}"))
    ax.xaxis.set_minor_locator(NullLocator())
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.set_yticks(y)
    ax.set_yticklabels([_wrap(str(e.get("label", ""))) for e in effects], fontsize=8 if len(effects) <= 24 else 6.5,
                       linespacing=1.0)
    for tick, effect in zip(ax.get_yticklabels(), effects, strict=True):
        tick.set_color(KEPT_COLOUR if effect.get("kept") else DROPPED_COLOUR)
    ax.set_ylim(-0.7, len(effects) - 0.3)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#e3e3e3", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_xlabel(tr("Relative risk with 95% interval (log scale; 1 = no effect)"))
    handles = [Line2D([], [], color=KEPT_COLOUR, marker="s", markersize=5, linewidth=1.6, label=tr("kept")),
               Line2D([], [], color=DROPPED_COLOUR, marker="s", markersize=5, linewidth=1.6, label=tr("dropped"))]
    # above the plot, right-aligned: never over a factor's interval
    ax.legend(handles=handles, loc="lower right", bbox_to_anchor=(1.0, 1.01), ncol=2, frameon=False,
              borderaxespad=0.2)
    return figure


def _series_styles(report: dict) -> dict[str, dict]:
    """Line and bar style per validation row: models solid in colour, baselines dashed, the chosen model thick."""
    styles = {}
    names = [row.get("name", "") for row in _rows(report)]
    names += [n for n in report.get("validation", {}).get("curves", {}) if n not in names]
    by_name = {row.get("name", ""): row for row in _rows(report)}
    for index, name in enumerate(names):
        row = by_name.get(name, {})
        baseline = row.get("kind") == "baseline"
        styles[name] = {
            "color": SERIES_COLOURS[index % len(SERIES_COLOURS)],
            "linestyle": "--" if baseline else "-",
            "linewidth": 2.4 if row.get("chosen") else 1.3,
            "hatch": "///" if baseline else None,
        }
    return styles


def _legend_above(ax, last=None) -> None:
    """The legend above the plot, where it can never hide a line or a bar (constrained layout makes room);
    `last` (the random ranking) is listed after the models and baselines."""
    handles, _labels = ax.get_legend_handles_labels()
    handles = [h for h in handles if h is not last] + ([last] if last is not None else [])
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.0, 1.01), ncol=2 if len(handles) > 1 else 1,
              frameon=False, borderaxespad=0.2, handlelength=2.6, columnspacing=1.6)


def _capture_chart(report: dict, tr: Tr) -> Figure:
    validation = report.get("validation", {})
    figure = _figure(3.6)
    ax = figure.add_subplot()
    x = np.asarray(validation.get("curve_shares", []), dtype=float) * 100
    curves = validation.get("curves", {})
    if not len(x) or not curves:
        _nothing(ax, tr)
        return figure
    styles = _series_styles(report)
    top = 0.0
    for name, style in styles.items():
        if name not in curves:
            continue
        y = np.asarray(curves[name], dtype=float) * 100
        ax.plot(x, y, color=style["color"], linestyle=style["linestyle"], linewidth=style["linewidth"],
                label=_series_label(report, name, tr))
        top = max(top, float(np.nanmax(y)) if np.isfinite(y).any() else 0.0)
    ax.plot([0, 20], [0, 20], color="#777777", linestyle=":", linewidth=1.1, label=tr("Random ranking"))
    ax.set_xlim(0, 20)
    ax.set_ylim(0, min(100.0, max(top, 20.0) * 1.08))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:g}%"))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:g}%"))
    ax.grid(color="#e6e6e6", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_xlabel(tr("Share of road length flagged, riskiest first"))
    ax.set_ylabel(tr("Share of held-out incidents captured"))
    _legend_above(ax)
    return figure


def _series_label(report: dict, name: str, tr: Tr) -> str:
    row = next((r for r in _rows(report) if r.get("name") == name), {})
    if row.get("chosen"):
        return f"{name} ({tr('chosen')})"
    if row.get("kind") == "baseline":
        return f"{name} ({tr('baseline')})"
    return str(name)


def _share_label(share: float) -> str:
    return f"{share * 100:g}%"


def _pai_chart(report: dict, tr: Tr) -> Figure:
    validation = report.get("validation", {})
    shares = list(validation.get("shares", [0.01, 0.05, 0.10]))
    rows = _rows(report)
    figure = _figure(3.3)
    ax = figure.add_subplot()
    if not rows or not shares:
        _nothing(ax, tr)
        return figure
    styles = _series_styles(report)
    groups = np.arange(len(shares))
    width = 0.8 / len(rows)
    top = 1.0
    for index, row in enumerate(rows):
        values = [float(v) if _finite(v) else np.nan for v in list(row.get("pai", []))[:len(shares)]]
        values += [np.nan] * (len(shares) - len(values))
        style = styles[row.get("name", "")]
        positions = groups - 0.4 + width * (index + 0.5)
        bars = ax.bar(positions, np.nan_to_num(values), width=width * 0.92, color=style["color"],
                      edgecolor="white" if not style["hatch"] else style["color"], linewidth=0.6,
                      hatch=style["hatch"], fill=not style["hatch"],
                      label=_series_label(report, row.get("name", ""), tr))
        labels = [f"{v:.1f}" if np.isfinite(v) else DASH for v in values]
        if len(rows) * len(shares) <= 24:
            ax.bar_label(bars, labels=labels, padding=1.5, fontsize=6.5, color="#333333")
        top = max([top] + [v for v in values if np.isfinite(v)])
    random = ax.axhline(1.0, color="#777777", linestyle=":", linewidth=1.1, label=tr("Random ranking (PAI = 1)"))
    ax.set_xticks(groups)
    ax.set_xticklabels([_share_label(s) for s in shares])
    ax.set_xlim(-0.5, len(shares) - 0.5)
    ax.set_ylim(0, top * 1.18)
    ax.grid(axis="y", color="#e6e6e6", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_xlabel(tr("Share of road length flagged, riskiest first"))
    ax.set_ylabel(tr("PAI"))
    _legend_above(ax, last=random)
    return figure


def _grades_chart(report: dict, tr: Tr) -> Figure:
    row = _chosen(report)
    figure = _figure(2.8)
    ax = figure.add_subplot()
    if row is None:
        _nothing(ax, tr)
        return figure
    values = [float(v) if _finite(v) else np.nan for v in list(row.get("per_km", []))[:5]]
    values += [np.nan] * (5 - len(values))
    grades = np.arange(1, 6)
    bars = ax.bar(grades, np.nan_to_num(values), width=0.7, color=GRADE_COLOURS, edgecolor="#555555", linewidth=0.6)
    finite = [v for v in values if np.isfinite(v)]
    ax.bar_label(bars, labels=[f"{v:.2f}" if np.isfinite(v) else tr("n/a") for v in values], padding=2,
                 fontsize=7.5, color="#333333")
    ax.set_ylim(0, (max(finite) if finite else 1.0) * 1.2 or 1.0)
    ax.set_xticks(grades)
    ax.set_xlabel(tr("Safety grade (1 = safest, 5 = least safe)"))
    ax.set_ylabel(tr("Held-out incidents per km"))
    ax.set_title(str(row.get("name", "")), loc="left")
    ax.grid(axis="y", color="#e6e6e6", linewidth=0.6)
    ax.set_axisbelow(True)
    return figure


def charts(report: dict, tr: Tr = _identity) -> dict[str, bytes]:
    """The report's charts as PNG bytes (150 dpi, 16 cm wide): "effects", "capture", "pai" and "grades".

    Deterministic: no timestamp or software name is written, so the same report gives the same bytes.
    `tr` translates the charts' fixed words (axis titles, legends).
    """
    makers = {"capture": _capture_chart, "pai": _pai_chart, "grades": _grades_chart, "effects": _effects_chart}
    out = {}
    with matplotlib.rc_context(_rc()):
        for name in CHART_NAMES:
            out[name] = _png(makers[name](report, tr))
    return out


# --- HTML ---------------------------------------------------------------------------------------------------------

CSS = """
body { font-family: "DejaVu Sans", "Noto Sans CJK KR", "NanumGothic", sans-serif; font-size: 9.5pt; color: #111;
       max-width: 18cm; }
h1 { font-size: 16pt; margin-top: 0; margin-bottom: 10px; }
h2 { font-size: 12.5pt; margin-top: 18px; margin-bottom: 6px; color: #222; }
p, li { line-height: 130%; }
p { margin-top: 4px; margin-bottom: 6px; }
table { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }
th, td { border: 1px solid #9a9a9a; padding: 3px 5px; vertical-align: top; text-align: left; }
th { background-color: #ececec; font-weight: bold; }
td.num { text-align: right; }
table.validation { font-size: 7.5pt; }
table.validation th { text-align: center; }
table.validation td { padding: 3px 4px; }
table.note td { border: 2px solid #c00000; padding: 6px 8px; color: #8b0000; }
td.dropped { color: #6b6b6b; }
span.tag { font-size: 6.5pt; color: #555; font-weight: normal; }
p.verdict { font-weight: bold; margin-top: 8px; margin-bottom: 10px; }
p.caption { font-size: 8pt; color: #444; margin-top: 2px; margin-bottom: 14px; }
div.figure { page-break-inside: avoid; margin-top: 10px; }
img { max-width: 100%; height: auto; }
ul { margin-top: 2px; }
@page { size: A4 portrait; margin: 15mm; }
@media print { h2 { page-break-after: avoid; } }
/* No body margin: Qt's rich text (the PDF) would indent every table by it, and reads @media screen rules too. */
"""


def _e(value) -> str:
    return _html.escape(str(value), quote=True)


def _num(value, digits: int = 2) -> str:
    return f"{float(value):.{digits}f}" if _finite(value) else DASH


def _percent(value) -> str:
    return f"{float(value) * 100:.1f}%" if _finite(value) else DASH


def interval(rr, low, high) -> str:
    """A relative risk and its interval as printed: "1.42 (1.10–1.83)"."""
    return f"{_num(rr)} ({_num(low)}\u2013{_num(high)})"


def _pairs_table(pairs, tr: Tr) -> str:
    rows = "".join(f"<tr><th>{_e(label)}</th><td>{_e(value)}</td></tr>\n" for label, value in pairs)
    return f'<table class="pairs" cellspacing="0" cellpadding="3">\n{rows}</table>\n'


def _validation_table(validation: dict, tr: Tr) -> str:
    shares = [_share_label(float(s)) for s in validation.get("shares", [0.01, 0.05, 0.10])]
    n = len(shares)
    head = (f'<tr><th rowspan="2">{_e(tr("Model"))}</th>'
            f'<th colspan="{n}">{_e(tr("PAI"))}</th><th colspan="{n}">{_e(tr("PEI"))}</th>'
            f'<th colspan="2">{_e(tr("Grade 5"))}</th>'
            f'<th colspan="5">{_e(tr("Incidents per km by grade"))}</th>'
            f'<th rowspan="2">{_e(tr("Monotonic"))}</th></tr>\n'
            "<tr>" + "".join(f"<th>{_e(s)}</th>" for s in shares * 2)
            + f"<th>{_e(tr('incidents'))}</th><th>{_e(tr('road length'))}</th>"
            + "".join(f"<th>{g}</th>" for g in range(1, 6)) + "</tr>\n")
    body = []
    for row in validation.get("rows", []):
        kind = tr("baseline") if row.get("kind") == "baseline" else tr("model")
        name = _e(row.get("name", ""))
        if row.get("chosen"):
            name = f"<b>{name}</b>"
            kind = f"{kind}, {tr('chosen')}"
        cells = [f'<td>{name}<br/><span class="tag">{_e(kind)}</span></td>']
        pai, pei = list(row.get("pai", [])), list(row.get("pei", []))
        cells += [f'<td class="num">{_num(pai[i] if i < len(pai) else None)}</td>' for i in range(n)]
        cells += [f'<td class="num">{_num(pei[i] if i < len(pei) else None)}</td>' for i in range(n)]
        cells.append(f'<td class="num">{_percent(row.get("grade5_incident_share"))}</td>')
        cells.append(f'<td class="num">{_percent(row.get("grade5_length_share"))}</td>')
        per_km = list(row.get("per_km", []))
        cells += [f'<td class="num">{_num(per_km[i] if i < len(per_km) else None)}</td>' for i in range(5)]
        cells.append(f"<td>{_e(tr('yes') if row.get('monotonic') else tr('no'))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>\n")
    return ('<table class="validation" cellspacing="0" cellpadding="2" width="100%">\n<thead>\n' + head
            + "</thead>\n<tbody>\n" + "".join(body) + "</tbody>\n</table>\n")


def _effects_table(effects, tr: Tr) -> str:
    head = (f"<tr><th>{_e(tr('Factor'))}</th><th>{_e(tr('Relative risk (95% interval)'))}</th>"
            f"<th>{_e(tr('Kept'))}</th><th>{_e(tr('Why'))}</th></tr>\n")
    body = []
    for effect in effects:
        css = "" if effect.get("kept") else ' class="dropped"'
        status = tr("kept") if effect.get("kept") else tr("dropped")
        body.append(f"<tr><td{css}>{_e(effect.get('label', ''))}</td>"
                    f"<td{css}>{_e(interval(effect.get('rr'), effect.get('low'), effect.get('high')))}</td>"
                    f"<td{css}>{_e(status)}</td><td{css}>{_e(effect.get('why', ''))}</td></tr>\n")
    return ('<table class="effects" cellspacing="0" cellpadding="3" width="100%">\n<thead>\n' + head
            + "</thead>\n<tbody>\n" + "".join(body) + "</tbody>\n</table>\n")


def _captions(tr: Tr) -> dict[str, str]:
    return {
        "capture": tr("Share of held-out incidents on the road length each ranking flags first; "
                      "the dotted diagonal is what a random ranking captures."),
        "pai": tr("Predictive accuracy index: share of incidents captured divided by share of road length "
                  "flagged (1 = no better than random)."),
        "grades": tr("Held-out incidents per km of road in each safety grade, for the chosen model."),
        "effects": tr("Relative risk of each factor with its 95% interval (log scale); 1 = no effect. "
                      "Dropped factors are grey."),
    }


def _figures(sources: dict[str, str], tr: Tr) -> str:
    captions = _captions(tr)
    parts = []
    for name in CHART_NAMES:
        if name not in sources:
            continue
        parts.append(f'<div class="figure"><img src="{_e(sources[name])}" width="{CHART_WIDTH_PX}" '
                     f'alt="{_e(captions[name])}"/>\n<p class="caption">{_e(captions[name])}</p></div>\n')
    return "".join(parts)


def html(report: dict, tr: Tr = _identity, images: dict[str, str] | None = None) -> str:
    """The report as one self-contained HTML page (UTF-8, no scripts, nothing fetched).

    The charts are embedded as PNG data URIs; with `images` (chart name -> file name) the page points at those
    files instead and no chart is drawn (the PDF writer hands Qt the PNGs under those names).
    """
    if images is None:
        sources = {name: "data:image/png;base64," + base64.b64encode(png).decode("ascii")
                   for name, png in charts(report, tr).items()}
    else:
        sources = dict(images)
    title = str(report.get("title", ""))
    language = str(report.get("language") or "en")
    validation = report.get("validation", {})
    parts = [
        "<!DOCTYPE html>\n",
        f'<html lang="{_e(language)}">\n<head>\n<meta charset="utf-8"/>\n',
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        f"<h1>{_e(title)}</h1>\n",
    ]
    if report.get("simulated_note") is not None:
        parts.append('<table class="note" cellspacing="0" cellpadding="6" width="100%"><tr><td>'
                     f"{_e(report['simulated_note'])}</td></tr></table>\n")
    parts += [
        f"<h2>{_e(tr('Data'))}</h2>\n", _pairs_table(report.get("summary", []), tr),
        f"<h2>{_e(tr('Validation'))}</h2>\n", f"<p>{_e(validation.get('method', ''))}</p>\n",
        _validation_table(validation, tr),
        f'<p class="verdict"><b>{_e(validation.get("verdict", ""))}</b></p>\n',
        _figures(sources, tr),
        f"<h2>{_e(tr('Factors'))}</h2>\n", _effects_table(report.get("effects", []), tr),
        f"<h2>{_e(tr('Model card'))}</h2>\n", _pairs_table(report.get("model_card", []), tr),
        f"<h2>{_e(tr('What this model cannot know'))}</h2>\n<ul>\n",
        "".join(f"<li>{_e(limit)}</li>\n" for limit in report.get("limits", [])),
        "</ul>\n</body>\n</html>\n",
    ]
    return "".join(parts)
