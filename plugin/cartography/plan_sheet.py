"""The plan sheet residents and councillors read (cpted:planfacilities): the graded streets with the sites numbered,
then the table of sites and the assumptions in words, on as many pages as the table needs."""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
)

from ..i18n import tr
from ..outputs.metadata import read_metadata
from .layout import MapSheet
from .sheet import today
from .sheet_text import at_most, said_lines, simulated_note
from .table_sheet import number_marks, print_with_table

SITE_COLOUR = "#1f4e9c"  # deep blue: unlike every grade colour
_MARGIN_MM = 12.0


MARKERS = {"lights": ("circle", "●"), "cctv": ("square", "■"), "bells": ("diamond", "◆")}  # one shape per kind


def sites_layer(sites, kind_of_site, kinds: list[str], crs) -> QgsVectorLayer:
    """The planned sites as numbered marks (their rank written on them), one shape per kind (`kind_of_site`: an
    index into `kinds` per site), for the sheet only."""
    layer = QgsVectorLayer("Point?field=rank:string(8)&field=kind:integer", tr("Planned sites"), "memory")
    layer.setCrs(crs)
    features = []
    for rank, kind, point in zip(sites["rank"], kind_of_site, sites.geometry, strict=True):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(point.wkt))
        feature.setAttributes([str(int(rank)), int(kind)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    categories = []
    for index, key in enumerate(kinds):
        symbol = QgsMarkerSymbol.createSimple({"name": MARKERS[key][0], "color": SITE_COLOUR,
                                               "outline_color": "#ffffff", "outline_width": "0.4", "size": "4.2"})
        categories.append(QgsRendererCategory(index, symbol, key))
    layer.setRenderer(QgsCategorizedSymbolRenderer("kind", categories))
    number_marks(layer, "rank")
    return layer


def marks_line(kinds: list[str]) -> str:
    """The sheet's line saying what the marks are: "Planned sites, numbered, 1 the most valuable: ● streetlight"."""
    from ..core.definitions import FACILITY_BY_KEY

    return tr("Planned sites, numbered, 1 the most valuable: {marks}; the table follows.").format(
        marks=", ".join(f"{MARKERS[key][1]} {tr(FACILITY_BY_KEY[key].option)}" for key in kinds))


def plan_sheet_text(words, metadata: dict[str, str], title: str, paper: str) -> MapSheet:
    """Page one's words: the plan in a sentence, the graded layer's sources, the simulated warning, the date."""
    sources = said_lines(metadata.get("cpted_inputs_said"))
    sources.append(marks_line([kind.key for kind in words.kinds]))
    return MapSheet(
        title=title, subtitle=tr("{n} new sites · {graded}").format(n=len(words.plan.site),
                                                                    graded=metadata.get("cpted_period", "")
                                                                    or words.graded_name),
        sources=[at_most(line, 400) for line in sources], model_label=words.summary() + " " + words.method(),
        simulated_note=simulated_note({**metadata, "cpted_simulated_inputs": words.simulated_names()}),
        disclaimer=tr("Sites are proposals from modelled risk and published effects, to help plan where facilities "
                      "help most; they say nothing about any person. Individual incidents are not shown."),
        date_text=today(), paper=paper)


def export_plan_sheet(graded_source: QgsVectorLayer, sites, crs, words, title: str, paper: str, pdf_path: str,
                      areas: tuple = (None, None)) -> None:
    """Write the plan sheet: the map with the numbered sites (in `crs`, the run's working CRS; and `areas`, a layer
    and its name field, outlined and named), then the assumptions and the table."""
    metadata = read_metadata(graded_source.source())
    marks = sites_layer(sites, words.plan.kind, [kind.key for kind in words.kinds], crs)
    rows = words.table_rows(sites) or [[tr("No site adds anything.")] + [""] * (len(words.table_header()) - 1)]
    print_with_table(graded_source, marks, plan_sheet_text(words, metadata, title, paper),
                     tr("How the sites were chosen"), words.assumptions(), words.table_header(), rows, pdf_path,
                     areas)
