"""The outreach sheet (cpted:outreachbuildings): street blocks only, the first ones numbered, over the graded
streets; then how they were ranked and the table of blocks. No building and no person is drawn or named."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from ..core.definitions import OUTREACH_MIN_BUILDINGS
from ..i18n import tr
from ..outputs.metadata import read_metadata
from .layout import MapSheet
from .sheet import today
from .sheet_text import at_most, said_lines, simulated_note
from .table_sheet import number_marks, print_with_table

NUMBERED = 10  # the first blocks get their number on the map; the table lists every printed block
BLOCK_COLOUR = "#6a3d9a"


def blocks_layer(blocks, crs) -> QgsVectorLayer:
    """The printed blocks: the first NUMBERED filled and numbered, the others shaded lightly."""
    layer = QgsVectorLayer("Polygon?field=rank:string(8)&field=first:integer", tr("Street blocks"), "memory")
    layer.setCrs(crs)
    features = []
    for rank, polygon in zip(blocks["rank"], blocks.geometry, strict=True):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(polygon.wkt))
        feature.setAttributes([str(int(rank)) if rank <= NUMBERED else "", int(rank <= NUMBERED)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, colour, alpha in (('"first" = 1', BLOCK_COLOUR, "150"), ('"first" = 0', BLOCK_COLOUR, "45")):
        symbol = QgsFillSymbol.createSimple({"color": f"{_rgb(colour)},{alpha}", "outline_color": colour,
                                             "outline_width": "0.3"})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, filterExp=expression))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    number_marks(layer, "rank")
    return layer


def _rgb(colour: str) -> str:
    return ",".join(str(int(colour[i:i + 2], 16)) for i in (1, 3, 5))


def outreach_sheet_text(words, metadata: dict[str, str], title: str, paper: str, printed: int) -> MapSheet:
    sources = said_lines(metadata.get("cpted_inputs_said"))
    sources.append(tr("Buildings: {layer}").format(layer=words.buildings_name))
    sources.append(tr("Street blocks numbered 1–{n} hold the most {what}; shaded: the other blocks with at least {m} "
                      "such buildings.").format(n=min(NUMBERED, printed), what=words.exposure_words(),
                                                 m=OUTREACH_MIN_BUILDINGS))
    simulated = simulated_note({**metadata, "cpted_simulated_inputs": words.simulated_names()})
    return MapSheet(
        title=title, subtitle=tr("{n} street blocks · {graded}").format(
            n=printed, graded=metadata.get("cpted_period", "") or words.graded_name),
        sources=[at_most(line, 400) for line in sources], model_label=" ".join(words.said[1:4]),
        simulated_note=simulated,
        disclaimer=tr("Street blocks only: no building and no person is shown. Door sensors go to households that "
                      "apply and are eligible; this sheet says where to reach out."),
        date_text=today(), paper=paper)


def export_outreach_sheet(graded_source: QgsVectorLayer, blocks, crs, words, title: str, paper: str, pdf_path: str,
                          areas: tuple = (None, None)) -> None:
    """Write the outreach sheet: `blocks` (in `crs`, the run's working CRS) printed when they hold enough buildings,
    over the graded streets; then how they were ranked and their table."""
    printed = blocks[blocks["printed"] == 1]
    metadata = read_metadata(graded_source.source())
    rows = words.table_rows(blocks) or [[tr("No block holds {m} such buildings.").format(
        m=OUTREACH_MIN_BUILDINGS)] + [""] * (len(words.table_header()) - 1)]
    print_with_table(graded_source, blocks_layer(printed, crs),
                     outreach_sheet_text(words, metadata, title, paper, len(printed)),
                     tr("How the blocks were ranked"), words.said, words.table_header(), rows, pdf_path, areas)
