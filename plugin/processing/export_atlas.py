"""cpted:exportatlas — one PDF for a round of neighbourhood meetings: the whole area with its areas named, then one
page per area (zoomed, streets named, an inset locating it, its own road length per grade), and a table per area."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from ..compat import parameter_as_field_names
from ..i18n import QT_TR_NOOP, tr
from ..log import warn
from .export_map import (
    PrintingAlgorithm,
    add_paper_parameter,
    area_field_or_fail,
    named_outlines,
    paper_choice,
    reference_layers,
)
from .road_lengths import grade_lengths, grade_summary

KIND_OVERVIEW, KIND_AREA = "overview", "area"


def coverage_layer(crs, names: list[str], geometries: list[QgsGeometry], summaries: list[str]) -> QgsVectorLayer:
    """The atlas's pages as polygons in the map's CRS: first the whole (all areas together), then each area."""
    # Fields named in the URI: QgsField's constructor changed type in QGIS 3.38
    layer = QgsVectorLayer(f"Polygon?crs={crs.authid() or 'EPSG:4326'}&field=page_name:string&field=kind:string"
                           "&field=summary:string", tr("Atlas pages"), "memory")
    if not crs.authid():
        layer.setCrs(crs)
    provider = layer.dataProvider()
    features = []
    for name, geometry, summary, kind in zip(names, geometries, summaries,
                                             [KIND_OVERVIEW] + [KIND_AREA] * (len(names) - 1), strict=True):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes([name, kind, summary])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def locator_layer(coverage: QgsVectorLayer) -> QgsVectorLayer:
    """The inset's layer: every area outlined, the page's own area filled."""
    layer = coverage.clone()
    layer.setSubsetString(f"\"kind\" = '{KIND_AREA}'")
    root = QgsRuleBasedRenderer.Rule(None)
    this = QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple({"color": "#d7301f", "outline_color": "#7f0000",
                                                                 "outline_width": "0.2"}),
                                     0, 0, "$id = @atlas_featureid")
    other = QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple({"color": "#f0f0f0", "outline_color": "#8c8c8c",
                                                                  "outline_width": "0.1"}), 0, 0, "ELSE")
    other.setIsElse(True)
    root.appendChild(this)
    root.appendChild(other)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    return layer


def focus_layer(coverage: QgsVectorLayer) -> QgsVectorLayer:
    """On an area's page, the other areas veiled in white and the page's own outlined in dark grey, so a reader sees
    which streets are this area's; nothing on the overview page."""
    layer = coverage.clone()
    layer.setName(tr("This page's area"))
    layer.setSubsetString(f"\"kind\" = '{KIND_AREA}'")
    on_area_page = f"attribute(@atlas_feature, 'kind') = '{KIND_AREA}'"
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(
        QgsFillSymbol.createSimple({"color": "255,255,255,150", "outline_style": "no"}), 0, 0,
        f"{on_area_page} AND $id <> @atlas_featureid"))
    root.appendChild(QgsRuleBasedRenderer.Rule(
        QgsFillSymbol.createSimple({"style": "no", "outline_color": "#404040", "outline_width": "0.8"}), 0, 0,
        f"{on_area_page} AND $id = @atlas_featureid"))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    return layer


class ExportAtlas(PrintingAlgorithm):
    algorithm_id = "exportatlas"
    title = QT_TR_NOOP("Export atlas per area (PDF and table)")

    def shortHelpString(self) -> str:
        return tr(
            "One PDF for a round of neighbourhood meetings: a first page with the whole map and every area named, "
            "then one page per area of AREAS (e.g. legal dongs), zoomed to it, its streets named, an inset "
            "locating it, and its own road length per grade under the title. TABLE (a CSV in UTF-8 with BOM, "
            "which Excel opens) gives per area the road length (km) and share of each grade, and, only when "
            "SHOW_INCIDENT_RATE is ticked, incidents per km. Segments lie in the area of their midpoint; those "
            "in no area have a row of their own, so the rows add up to the whole map.")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterVectorLayer(
            "GRADED", tr("Graded segments"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "AREAS", tr("Areas, one page each (e.g. legal dong boundaries)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            "AREA_NAME", tr("Area name field (empty: detected, e.g. 법정동명, EMD_KOR_NM, name)"),
            parentLayerParameterName="AREAS", type=QgsProcessingParameterField.String, optional=True))
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title"), defaultValue=tr("Street safety grades")))
        add_paper_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INCIDENTS", tr("Incident points, for incidents per km in the table"), [QgsProcessing.TypeVectorPoint],
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "SHOW_INCIDENT_RATE", tr("Put incidents per km in the table (only where that may be shared)"), False))
        self.addParameter(QgsProcessingParameterFileDestination("PDF", tr("Atlas PDF"), "PDF files (*.pdf)"))
        self.addParameter(QgsProcessingParameterFileDestination(
            "TABLE", tr("Table per area (CSV)"), "CSV files (*.csv)", optional=True))

    def process(self, parameters, context, feedback):
        graded = self.parameterAsVectorLayer(parameters, "GRADED", context)
        areas = self.parameterAsVectorLayer(parameters, "AREAS", context)
        if graded is None or graded.fields().indexOf("grade") < 0:
            raise QgsProcessingException(tr("Layer “{layer}” has no grade field: run “Grade safety” first.")
                                         .format(layer=self.layer_name(parameters, "GRADED", context)))
        areas_name = self.layer_name(parameters, "AREAS", context)
        if areas is None or areas.featureCount() == 0:
            raise QgsProcessingException(tr("Layer “{layer}” (AREAS) has no areas.").format(layer=areas_name))
        wanted = (parameter_as_field_names(self, parameters, "AREA_NAME", context) or [None])[0]
        field = area_field_or_fail(areas, areas_name, wanted)
        pdf = self.pdf_output(parameters, "PDF", context)
        table_path = self.parameterAsFileOutput(parameters, "TABLE", context)
        if table_path and Path(table_path).suffix.lower() != ".csv":
            raise QgsProcessingException(tr("{param} must be a file ending in {suffix}; “{file}” is not.").format(
                param="TABLE", suffix=".csv", file=Path(table_path).name))
        title = self.parameterAsString(parameters, "TITLE", context) or tr("Street safety grades")
        paper = paper_choice(self, parameters, context)

        feedback.setProgressText(tr("Measuring road length per grade in each area"))
        table, names, geometries = self.measure(graded, areas, field, context, feedback)
        self.check_cancel(feedback)
        incidents = None
        if self.parameterAsBool(parameters, "SHOW_INCIDENT_RATE", context):
            incidents = self.incident_counts(parameters, context, feedback, geometries, graded.crs())
        if table_path:
            self.write_table(Path(table_path), names, table, incidents)
        feedback.setProgress(30)
        feedback.setProgressText(tr("Printing {n} pages").format(n=len(names) + 1))
        pages = self.print_atlas(graded, areas, field, names, geometries, table, title, paper, pdf, areas_name,
                                 feedback)
        feedback.pushInfo(tr("Atlas written: {path}, {pages} pages (the whole map, then {n} areas).").format(
            path=pdf, pages=pages, n=len(names)))
        return {"PDF": pdf, "TABLE": table_path or None}

    def measure(self, graded, areas, field, context, feedback):
        """(metres per area and grade, area names, area geometries in the graded layer's CRS)."""
        names, geometries = named_outlines(areas, field, graded.crs(), context)
        return grade_lengths(graded, geometries), names, geometries

    def incident_counts(self, parameters, context, feedback, geometries, crs):
        import shapely

        from ..core.areas import incidents_by_area

        if parameters.get("INCIDENTS") in (None, ""):
            raise QgsProcessingException(tr("“Put incidents per km in the table” is ticked but no incident layer "
                                            "was given."))
        points = self.read_layer(parameters, "INCIDENTS", context, feedback, crs, self.workdir())
        polygons = shapely.make_valid(shapely.from_wkb([bytes(g.asWkb()) for g in geometries]))
        warn(feedback, tr("The table gives incidents per km by area: share it only where that is allowed."))
        return incidents_by_area(np.asarray(points.geometry.values, dtype=object), polygons)

    def write_table(self, path: Path, names, table, incidents) -> None:
        """One row per area, then the roads in no area, then the whole map: km and share per grade."""
        import pandas as pd

        from ..outputs import prepare_folder, replacing

        rows = [*names, tr("(in no area)"), tr("All areas")]
        metres = np.vstack([table, table.sum(axis=0)])
        frame = pd.DataFrame({tr("Area"): rows})
        total = metres.sum(axis=1)
        for grade in range(5):
            frame[tr("Grade {g} (km)").format(g=grade + 1)] = (metres[:, grade] / 1000).round(3)
        for grade in range(5):
            with np.errstate(invalid="ignore", divide="ignore"):
                frame[tr("Grade {g} (share)").format(g=grade + 1)] = np.round(
                    metres[:, grade] / metres[:, :5].sum(axis=1), 4)
        frame[tr("No grade (km)")] = (metres[:, 5] / 1000).round(3)
        frame[tr("Road length (km)")] = (total / 1000).round(3)
        if incidents is not None:
            counts = np.r_[incidents, incidents.sum()]
            frame[tr("Incidents")] = counts.astype(int)
            with np.errstate(invalid="ignore", divide="ignore"):
                frame[tr("Incidents per km")] = np.round(counts / (total / 1000), 2)
        prepare_folder(path)
        with replacing(path) as temporary:
            frame.to_csv(temporary, index=False, encoding="utf-8-sig")  # the BOM tells Excel it is UTF-8

    def print_atlas(self, graded, areas, field, names, geometries, table, title, paper, pdf, areas_name,
                    feedback) -> int:
        from ..cartography.fitting import font_family, shrink_to_one_line
        from ..cartography.layout import build_layout, check_pdf, pdf_settings
        from ..cartography.renderer import apply_grade_style
        from ..cartography.sheet_text import map_sheet
        from ..outputs import read_metadata, replacing

        project = QgsProject()
        styled = graded.clone()
        styled.setName(tr("Safety grade"))
        apply_grade_style(styled)  # no shares in the legend: each page states its own under the title
        project.addMapLayer(styled)
        areas_copy = areas.clone()
        areas_copy.setName(areas_name)
        overlay, sources = reference_layers(project, styled, graded, None, areas_copy, field)
        whole = QgsGeometry.unaryUnion(geometries)
        summaries = [grade_summary(table.sum(axis=0))] + [grade_summary(table[i]) for i in range(len(names))]
        coverage = coverage_layer(graded.crs(), [tr("All areas"), *names], [whole, *geometries], summaries)
        project.addMapLayer(coverage, False)
        metadata = read_metadata(graded.source())
        sheet = map_sheet(metadata, title, "", QDate.currentDate().toString("yyyy-MM-dd"), paper, sources,
                          part=True)
        focus = focus_layer(coverage)
        project.addMapLayer(focus, False)
        layout = build_layout(project, styled, sheet, overlay_layers=[*overlay, focus])  # veil above the grades
        layout.itemById("title").setText(f'{title} – [% "page_name" %]')
        subtitle = layout.itemById("subtitle")
        for summary in sorted(set(summaries), key=len)[-5:]:  # one line for the longest, also on portrait sheets
            subtitle.setText(summary)
            shrink_to_one_line(subtitle, 6.0)
        subtitle.setText('[% "summary" %]')
        map_item = layout.itemById("map")
        map_item.setAtlasDriven(True)
        map_item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
        map_item.setAtlasMargin(0.08)
        self.add_inset(layout, map_item, project, coverage, whole, font_family())
        atlas = layout.atlas()
        atlas.setCoverageLayer(coverage)
        atlas.setEnabled(True)
        atlas.setFilenameExpression("'page'")
        try:
            with replacing(Path(pdf)) as temporary:
                result, error = QgsLayoutExporter.exportToPdf(atlas, str(temporary), pdf_settings())
                if result != QgsLayoutExporter.Success:
                    raise QgsProcessingException(tr("Could not write the PDF map to {path}: {error}").format(
                        path=pdf, error=error or result))
                check_pdf(temporary)
        finally:
            del layout
            project.removeAllMapLayers()
        return len(names) + 1

    @staticmethod
    def add_inset(layout, map_item, project, coverage, whole, family) -> None:
        """A small map in the main map's lower left corner: all areas, this page's filled."""
        locator = locator_layer(coverage)
        project.addMapLayer(locator, False)
        inset = QgsLayoutItemMap(layout)
        inset.setId("inset")
        frame = map_item.rect()
        width = frame.width() * 0.24
        extent = whole.boundingBox()
        extent.scale(1.05)
        height = width * extent.height() / max(extent.width(), 1e-9)
        if height > frame.height() * 0.35:  # a tall area on a portrait sheet: keep the inset in its corner
            height = frame.height() * 0.35
            width = height * extent.width() / max(extent.height(), 1e-9)
        inset.attemptMove(QgsLayoutPoint(map_item.pos().x() + 2, map_item.pos().y() + frame.height() - height - 2,
                                         QgsUnitTypes.LayoutMillimeters))
        inset.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
        inset.setCrs(map_item.crs())
        inset.setLayers([locator])
        inset.setKeepLayerSet(True)
        inset.setExtent(extent)
        inset.setFrameEnabled(True)
        inset.setBackgroundEnabled(True)
        layout.addLayoutItem(inset)
