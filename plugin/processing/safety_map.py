"""cpted:safetymap — the one-shot tool: roads and factor layers in, graded segments and a PDF map out."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsVectorLayer,
)

from ..compat import parameter_as_field_names
from ..i18n import QT_TR_NOOP, tr
from .base import CptedAlgorithm, no_segments_message
from .grade_safety import load_model_or_fail, report_filled

FACTOR_INPUTS = (  # parameter, model source, what it is
    ("CRIMES", "crimes", "Crime incidents (points)"),
    ("POPULATION", "population", "Night-time population grid (polygons)"),
    ("LIGHTS", "lights", "Streetlights (points)"),
    ("CCTV", "cctv", "CCTV cameras (points)"),
)
DATE_FIELDS = ("year", "date", "occurred", "occ_date", "발생일", "연도")


def date_range(source) -> str:
    """'2024–2025' from a year/date field of the source, else ''."""
    names = {name.lower(): name for name in source.fields().names()}
    field = next((names[n] for n in DATE_FIELDS if n in names), None)
    if field is None:
        return ""
    index = source.fields().indexOf(field)
    low, high = source.minimumValue(index), source.maximumValue(index)
    text = [str(v.toString("yyyy-MM-dd") if hasattr(v, "toString") else v) for v in (low, high) if v is not None]
    return "–".join(dict.fromkeys(text))


class SafetyMap(CptedAlgorithm):
    algorithm_id = "safetymap"
    title = QT_TR_NOOP("Safety map (one step)")

    def shortHelpString(self) -> str:
        return tr(
            "The whole job in one step: cuts the roads into pieces of LENGTH metres, attaches the factors the "
            "grading model uses (incidents within 50 m, night-time population of the grid cell, a streetlight "
            "within 25 m, a CCTV camera within 50 m), grades every piece 1 (safest) to 5 (least safe) with "
            "the factors that raise and lower it, styles the result and, if a PDF file is given, prints a "
            "one-page map. Population, streetlights and CCTV are optional: a missing one counts as average. "
            "Individual incidents never appear on the printed map.")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ROADS", tr("Roads (centre lines)"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "CRIMES", tr("Crime incidents (points)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "POPULATION", tr("Night-time population grid (polygons)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            "POP_FIELD", tr("Population field"), defaultValue="pop_night", parentLayerParameterName="POPULATION",
            type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "LIGHTS", tr("Streetlights (points)"), [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "CCTV", tr("CCTV cameras (points)"), [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "LENGTH", tr("Segment length (metres, at least 1)"), QgsProcessingParameterNumber.Double, 10.0,
            minValue=1.0))
        self.addParameter(QgsProcessingParameterString(
            "TITLE", tr("Map title"), defaultValue=tr("Street safety grades"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "MODEL", tr("Grading model, a JSON file (empty: the bundled model)"), optional=True,
            fileFilter=tr("Grading models (*.json);;All files (*)")))
        self.addParameter(QgsProcessingParameterVectorDestination(
            "OUTPUT", tr("Graded segments"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFileDestination(
            "PDF", tr("PDF map"), "PDF files (*.pdf)", optional=True, createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):
        from ..core.pipeline import graded_segment_chunks, round_for_output, written_columns
        from ..crs import crs_label
        from ..outputs import FrameWriter
        from .graded_output import band_notes, provenance, save_default_style, style_when_loaded

        roads_source = self.source_or_fail(parameters, "ROADS", context)
        model = load_model_or_fail(self.parameterAsFile(parameters, "MODEL", context))
        length = self.number(parameters, "LENGTH", context)
        destination = self.vector_output(parameters, "OUTPUT", context)
        pdf = self.pdf_output(parameters, "PDF", context)
        crs = self.metric_crs(roads_source, feedback)
        workdir = self.workdir()
        roads_name = self.layer_name(parameters, "ROADS", context)
        inputs = {tr("Roads"): roads_name}
        details = {tr("Roads"): " · ".join(filter(None, [tr("{n} roads").format(n=roads_source.featureCount()),
                                                        self.layer_note(parameters, "ROADS", context)]))}

        feedback.setProgressText(tr("Reading roads"))
        roads = self.read_layer(parameters, "ROADS", context, feedback, crs, workdir)
        self.check_roads(roads, length, roads_name, feedback, written_columns(model))
        feedback.setProgress(5)
        sources = self.read_factor_sources(parameters, context, feedback, crs, workdir, inputs, details,
                                           roads.total_bounds, model)

        feedback.setProgressText(tr("Cutting {length:g} m segments, attaching factors and grading with {model}")
                                 .format(length=length, model=model.label))
        total_pieces = max(1.0, float((roads.geometry.length / length).sum()))
        grades = np.zeros(6, dtype=np.int64)  # NULL, 1..5
        filled_total: dict[str, int] = {}
        not_given = [f.column for f in model.features if f.source not in sources]
        with FrameWriter(destination, metadata=provenance(model, inputs, details, not_given=not_given,
                                                              crs=crs_label(crs)),
                         feedback=feedback) as writer:
            for segments, filled in graded_segment_chunks(roads, length, sources, model, self.chunk_segments):
                self.check_cancel(feedback)
                writer.write(round_for_output(segments))
                grade_values = segments["grade"].to_numpy(dtype=float, na_value=0).astype(int)
                grades += np.bincount(grade_values, minlength=6)
                for column, count in filled.items():
                    filled_total[column] = filled_total.get(column, 0) + count
                feedback.setProgress(30 + 60 * min(1.0, writer.count / total_pieces))
            self.check_cancel(feedback)
            if writer.count == 0:
                raise QgsProcessingException(no_segments_message(roads_name))
        written, n = writer.written, writer.count
        report_filled(feedback, model, filled_total, n)
        feedback.pushInfo(tr("{n} segments from {roads} roads ({km:.2f} km), worked on in {crs}.").format(
            n=n, roads=len(roads), km=roads.geometry.length.sum() / 1000, crs=crs_label(crs)))
        feedback.pushInfo(tr("Share of segments per grade: {shares}").format(
            shares=", ".join(f"{g}: {grades[g] / max(n, 1):.1%}" for g in range(1, 6))
            + (f", NULL: {grades[0] / max(n, 1):.1%}" if grades[0] else "")))

        notes = band_notes(model.grade_shares)
        save_default_style(written, notes, feedback)
        style_when_loaded(context, destination, notes)
        # The PDF is printed in postProcessAlgorithm, which QGIS runs on the main thread (painting needs it).
        self._print_job = None
        if pdf:
            title = self.parameterAsString(parameters, "TITLE", context) or tr("Street safety grades")
            subtitle = tr("{roads} · {n} segments of {length:g} m").format(roads=roads_name, n=n, length=length)
            self._print_job = (written.uri, written.result, pdf, title, subtitle)
        feedback.setProgress(92)
        return {"OUTPUT": written.result, "PDF": pdf or None}

    def read_factor_sources(self, parameters, context, feedback, crs, workdir, inputs, details, roads_bounds,
                            model) -> dict:
        """Every factor layer given, read once in the working CRS; their names and details recorded."""
        from ..core.pipeline import FactorSource

        sources = {}
        steps = [(p, s, d) for p, s, d in FACTOR_INPUTS if parameters.get(p) not in (None, "")]
        for i, (param, role, description) in enumerate(steps):
            self.check_cancel(feedback)
            source = self.source_or_fail(parameters, param, context, allow_empty=param != "CRIMES")
            name = self.layer_name(parameters, param, context)
            feedback.setProgressText(tr("Reading {what}: “{name}”").format(what=tr(description), name=name))
            value_field = None
            if role == "population":
                value_field = (parameter_as_field_names(self, parameters, "POP_FIELD", context) or [None])[0]
                if not value_field or source.fields().indexOf(value_field) < 0:
                    raise QgsProcessingException(tr("Layer “{name}” has no population field “{field}”: choose "
                                                    "the field that holds the night-time population.")
                                                 .format(name=name, field=value_field or ""))
            frame = self.read_layer(parameters, param, context, feedback, crs, workdir,
                                    columns=[value_field] if value_field else [])
            self.check_near_roads(feedback, name, param, frame, roads_bounds,
                                  ", ".join(f.column for f in model.features if f.source == role),
                                  refuse=param == "CRIMES")
            values = self.numeric_field(frame, value_field, name, param, feedback, negative_is_missing=True) \
                if value_field else None
            if role == "population":
                self.repair_note(frame, name, param, feedback)
            sources[role] = FactorSource(frame.geometry.values, values)
            period = date_range(source)
            inputs[tr(description)] = name
            details[tr(description)] = " · ".join(filter(None, [
                f"{len(frame)}{', ' + period if period else ''}", self.layer_note(parameters, param, context)]))
            feedback.setProgress(5 + 25 * (i + 1) / len(steps))
        return sources

    def postProcessAlgorithm(self, context, feedback):
        from .export_map import export_safety_map

        results = {}
        if getattr(self, "_print_job", None):
            uri, result, pdf, title, subtitle = self._print_job
            feedback.setProgressText(tr("Printing the map"))
            try:
                export_safety_map(QgsVectorLayer(uri, Path(uri.split("|")[0]).stem, "ogr"), pdf, title, subtitle)
                feedback.pushInfo(tr("PDF map written: {path}").format(path=pdf))
            except Exception as error:  # QGIS 3.22 does not fail a run from here: report it, list no PDF
                feedback.reportError(tr("The graded layer was written, but the PDF map was not: {error}")
                                     .format(error=error), True)
                results = {"OUTPUT": result, "PDF": None}
        feedback.setProgress(100)
        return results
