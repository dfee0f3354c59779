"""The change sheet for residents (cpted:compareperiods): each unit coloured increase, decrease, no detectable change
or grey (too few to tell) and labelled "12 → 7", never a percentage; then how it was tested, chance and regression to
the mean in words, the units' table and, when given, the grades' transitions."""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLineSymbol,
    QgsProject,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from ..compat import horizontal_label_placement, line_label_placement
from ..core.definitions import (
    CHANGE_CLASSES,
    CHANGE_COLOURS,
    CHANGE_DECREASE,
    CHANGE_INCREASE,
    CHANGE_NONE,
    CHANGE_TOO_FEW,
)
from ..fonts import font_family
from ..i18n import tr
from .labels import halo_text, label_field
from .layout import MapSheet, build_layout, export_pdf
from .sheet import today
from .sheet_text import at_most, simulated_note
from .table_sheet import table_page

LABEL_ALL_UP_TO = 60  # more units than this: only those with a change are labelled
# On lines the pale fill colours vanish: a darker sand for no detectable change, a thin grey for too few
LINE_STYLES = {CHANGE_NONE: ("#d2ae5e", "0.8"), CHANGE_TOO_FEW: ("#c4c4c4", "0.35")}


def units_layer(frame, crs, words) -> QgsVectorLayer:
    """The units, one colour per class of change, labelled with their counts ("12 → 7")."""
    polygons = frame.geometry.geom_type.isin(["Polygon", "MultiPolygon"]).any()
    kind = "MultiPolygon" if polygons else "MultiLineString"
    layer = QgsVectorLayer(f"{kind}?field=change:string(32)&field=shown:string(32)&field=label:string(254)",
                           tr("Change"), "memory")
    layer.setCrs(crs)
    label_all = len(frame) <= LABEL_ALL_UP_TO
    label_testable = (frame["change"] != CHANGE_TOO_FEW).sum() <= LABEL_ALL_UP_TO
    features = []
    for name, change, shown, geometry in zip(frame["unit"], frame["change"], frame["shown"], frame.geometry,
                                             strict=True):
        if geometry is None or geometry.is_empty:
            continue
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(geometry.wkt))
        flagged = change in (CHANGE_INCREASE, CHANGE_DECREASE)
        labelled = label_all or flagged or (label_testable and change != CHANGE_TOO_FEW)
        text = f"{name}\n{shown}" if polygons else shown  # an area's name above its counts, one label
        feature.setAttributes([change, shown, text if labelled else ""])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    categories = []
    for change in CHANGE_CLASSES:
        colour = CHANGE_COLOURS[change]
        if polygons:
            symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#555555", "outline_width": "0.25"})
        else:
            colour, width = LINE_STYLES.get(change, (colour, "1.2"))
            symbol = QgsLineSymbol.createSimple({"color": colour, "width": width, "capstyle": "round"})
        categories.append(QgsRendererCategory(change, symbol, words.class_label(change)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("change", categories))
    text = halo_text(font_family(), 7.0, "#202020", 0.7, 230)
    label_field(layer, "label", text, horizontal_label_placement() if polygons else line_label_placement(),
                priority=8)
    return layer


def roads_layer(roads: QgsVectorLayer) -> QgsVectorLayer:
    """The roads, thin and grey under the areas' colours: where the streets are."""
    layer = roads.clone()
    layer.setName(tr("Roads"))
    layer.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({"color": "#8c8c8c", "width": "0.15"})))
    layer.setOpacity(0.8)
    return layer


def change_sheet_text(words, title: str, paper: str, used: list[str]) -> MapSheet:
    sources = [tr("Incidents: {layer}{selection}").format(
        layer=words.crimes_name, selection=f" ({words.selection})" if words.selection else ""),
        words.periods_line(), words.summary()]
    simulated = simulated_note({"cpted_simulated_inputs": words.simulated_names(used)})
    return MapSheet(
        title=title, subtitle=tr("{before} → {after} · {units}").format(
            before=words.before.label(), after=words.after.label(), units=words.unit_words),
        sources=[at_most(line, 400) for line in sources], model_label=tr("Each unit: incidents before → after."),
        simulated_note=simulated, disclaimer=words.chance(), date_text=today(), paper=paper,
        legend_title=tr("Change (q ≤ {alpha:g})").format(alpha=words.alpha))


def export_change_sheet(frame, crs, words, title: str, paper: str, pdf_path: str, roads: QgsVectorLayer | None,
                        used: list[str]) -> None:
    """Write the change sheet: `frame` (the units, in `crs`) coloured by change and labelled, with the roads under
    areas; then the test in words and the units' table, and the grades' transitions when given."""
    import numpy as np

    units = units_layer(frame, crs, words)
    project = QgsProject()
    project.addMapLayer(units)
    context = []
    if roads is not None and frame.geometry.geom_type.isin(["Polygon", "MultiPolygon"]).any():
        context.append(roads_layer(roads))
        project.addMapLayer(context[-1], False)
    layout = build_layout(project, units, change_sheet_text(words, title, paper, used), context_layers=context)
    size = layout.pageCollection().page(0).pageSize()
    scale = max(size.width(), size.height()) / 297.0
    flagged = np.isin(frame["change"].to_numpy(), (CHANGE_INCREASE, CHANGE_DECREASE))
    q = np.nan_to_num(frame["q_value"].to_numpy(dtype=float), nan=2.0)
    total = frame["count_before"].to_numpy() + frame["count_after"].to_numpy()
    order = np.lexsort((-total, q, ~flagged))  # changes first (surest first), then the busiest units
    few = frame["change"].to_numpy() == CHANGE_TOO_FEW
    order = order[~few[order]]
    names = [str(name) for name in frame["unit"]]
    lines = words.lines()
    if few.any():
        lines.append(tr("Units with too few incidents to tell, not listed here: {n}; the table (CSV) lists every "
                        "unit.").format(n=int(few.sum())))
    table_page(layout, tr("How the change was tested"), lines, words.table_header(),
               words.table_rows(names, order), scale)
    if words.transitions is not None:
        header, rows = words.transition_rows()
        table_page(layout, tr("Grades before and after, km of road"), words.transition_lines(), header, rows, scale)
    try:
        export_pdf(layout, pdf_path)
    finally:
        project.removeAllMapLayers()
