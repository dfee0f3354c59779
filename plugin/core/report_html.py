"""The training report as one self-contained HTML page (UTF-8, no scripts, nothing fetched), with the charts of
report_charts.py embedded; plugin/outputs/report.py prints the same page to PDF through Qt.

Every fixed word goes through ``tr``; every text from the report is escaped. The report is the dict core/report.py
describes.
"""

from __future__ import annotations

import base64
import html as _html

from .definitions import QT_TR_NOOP
from .report_charts import CHART_NAMES, CHART_WIDTH_IN, DASH, Tr, charts, is_finite, share_label

# The chart's printed width in CSS pixels (1/96 in): the <img> width, so browsers and Qt print it at 16 cm.
CHART_WIDTH_PX = round(CHART_WIDTH_IN * 96)

# pylupdate5 stops reading this file at its f-strings: the words tr() gets below are marked here as well.
WORDS = (QT_TR_NOOP("Data"), QT_TR_NOOP("Factor"), QT_TR_NOOP("Grade 5"), QT_TR_NOOP("Incidents per km by grade"),
         QT_TR_NOOP("Kept"), QT_TR_NOOP("Model"), QT_TR_NOOP("Model card"), QT_TR_NOOP("Monotonic"),
         QT_TR_NOOP("PEI"), QT_TR_NOOP("Relative risk (95% interval)"), QT_TR_NOOP("What this model cannot know"),
         QT_TR_NOOP("Why"), QT_TR_NOOP("chosen"), QT_TR_NOOP("incidents"), QT_TR_NOOP("no"),
         QT_TR_NOOP("road length"), QT_TR_NOOP("yes"))


# --- the page ---------------------------------------------------------------------------------------------------------

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
    return f"{float(value):.{digits}f}" if is_finite(value) else DASH


def _percent(value) -> str:
    return f"{float(value) * 100:.1f}%" if is_finite(value) else DASH


def interval(rr, low, high) -> str:
    """A relative risk and its interval as printed: "1.42 (1.10–1.83)"."""
    return f"{_num(rr)} ({_num(low)}\u2013{_num(high)})"


def _pairs_table(pairs, tr: Tr) -> str:
    rows = "".join(f"<tr><th>{_e(label)}</th><td>{_e(value)}</td></tr>\n" for label, value in pairs)
    return f'<table class="pairs" cellspacing="0" cellpadding="3">\n{rows}</table>\n'


def _validation_table(validation: dict, tr: Tr) -> str:
    shares = [share_label(float(s)) for s in validation.get("shares", [0.01, 0.05, 0.10])]
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


def html(report: dict, tr: Tr = str, images: dict[str, str] | None = None) -> str:
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
        f"<h2>{_e(tr('Validation'))}</h2>\n",
        # not validated: the reason once, in bold, without an empty table
        f"<p>{_e(validation.get('method', ''))}</p>\n" if validation.get("rows") else "",
        _validation_table(validation, tr) if validation.get("rows") else "",
        f'<p class="verdict"><b>{_e(validation.get("verdict", ""))}</b></p>\n',
        _figures(sources, tr),
        f"<h2>{_e(tr('Factors'))}</h2>\n", _effects_table(report.get("effects", []), tr),
        f"<h2>{_e(tr('Model card'))}</h2>\n", _pairs_table(report.get("model_card", []), tr),
        f"<h2>{_e(tr('What this model cannot know'))}</h2>\n<ul>\n",
        "".join(f"<li>{_e(limit)}</li>\n" for limit in report.get("limits", [])),
        "</ul>\n</body>\n</html>\n",
    ]
    return "".join(parts)
