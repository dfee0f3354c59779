"""The training report's four charts as PNG: held-out incidents captured, PAI, incidents per km by grade, and each
factor's relative risk.

numpy and matplotlib's Agg canvas (through ``matplotlib.figure.Figure``, never ``pyplot``, so no GUI backend is
chosen and no global figure is kept); no QGIS import. ``charts(report)`` gives the PNGs ("effects", "capture", "pai",
"grades"), byte for byte the same for the same report on the same machine. The report is the dict core/report.py
describes.
"""

from __future__ import annotations

import io
import math
import unicodedata
from collections.abc import Callable

import matplotlib
import numpy as np
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter, NullLocator

from .definitions import GRADE_COLOURS, GRADES

CHART_NAMES = ("capture", "pai", "grades", "effects")  # in the order the page shows them
DPI = 150
CHART_WIDTH_CM = 16.0
CHART_WIDTH_IN = CHART_WIDTH_CM / 2.54
# Families with Hangul first (labels may be Korean), DejaVu (matplotlib's own) last; only installed ones are asked
# for, so matplotlib logs no "font not found". "Noto Sans CJK JP" is the name matplotlib gives the same .ttc file.
FONT_FAMILIES = ("Noto Sans CJK KR", "Noto Sans CJK JP", "NanumGothic", "DejaVu Sans")
KEPT_COLOUR, DROPPED_COLOUR = "#222222", "#a6a6a6"
SERIES_COLOURS = ("#1b6ca8", "#d95f02", "#7570b3", "#1b9e77", "#e7298a", "#66a61e", "#a6761d", "#666666")
DASH = "\u2014"  # shown for a number that is missing or not finite

Tr = Callable[[str], str]


# --- charts -------------------------------------------------------------------------------------------------------

def _font_families() -> list[str]:
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
        # labels hold layer and model names as the officer wrote them: "$x^2$" is printed so, never as mathtext
        # (and "bars $\undefined{x}$" cannot break a chart)
        "text.parse_math": False,
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


def is_finite(value) -> bool:
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
    usable = [e for e in effects if is_finite(e.get("rr")) and float(e["rr"]) > 0]
    if not usable:
        _nothing(ax, tr)
        return figure
    y = np.arange(len(effects))[::-1]  # the first factor at the top
    values = []
    for position, effect in zip(y, effects, strict=True):
        colour = KEPT_COLOUR if effect.get("kept") else DROPPED_COLOUR
        rr = float(effect["rr"]) if is_finite(effect.get("rr")) and float(effect["rr"]) > 0 else None
        if rr is None:
            continue
        low = float(effect["low"]) if is_finite(effect.get("low")) and float(effect["low"]) > 0 else rr
        high = float(effect["high"]) if is_finite(effect.get("high")) and float(effect["high"]) > 0 else rr
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


def share_label(share: float) -> str:
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
        values = [float(v) if is_finite(v) else np.nan for v in list(row.get("pai", []))[:len(shares)]]
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
    ax.set_xticklabels([share_label(s) for s in shares])
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
    values = [float(v) if is_finite(v) else np.nan for v in list(row.get("per_km", []))[:5]]
    values += [np.nan] * (5 - len(values))
    grades = np.arange(1, 6)
    bars = ax.bar(grades, np.nan_to_num(values), width=0.7, color=[GRADE_COLOURS[g] for g in GRADES],
                  edgecolor="#555555", linewidth=0.6)
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


def charts(report: dict, tr: Tr = str) -> dict[str, bytes]:
    """The report's charts as PNG bytes (150 dpi, 16 cm wide): "effects", "capture", "pai" and "grades".

    Deterministic: no timestamp or software name is written, so the same report gives the same bytes.
    `tr` translates the charts' fixed words (axis titles, legends).
    """
    makers = {"capture": _capture_chart, "pai": _pai_chart, "grades": _grades_chart, "effects": _effects_chart}
    out = {}
    with matplotlib.rc_context(_rc()):
        for name in CHART_NAMES:
            if name != "effects" and not report.get("validation", {}).get("rows"):
                continue  # nothing was validated (too few incidents): no held-out chart to draw
            out[name] = _png(makers[name](report, tr))
    return out
