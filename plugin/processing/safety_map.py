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

from ..i18n import QT_TR_NOOP, tr
from .base import CptedAlgorithm
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
            "LENGTH", tr("Segment length (metres)"), QgsProcessingParameterNumber.Double, 10.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterString(
            "TITLE", tr("Map title"), defaultValue=tr("Street safety grades"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "MODEL", tr("Grading model (empty: the bundled model)"), extension="joblib", optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination(
            "OUTPUT", tr("Graded segments"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFileDestination(
            "PDF", tr("PDF map"), "PDF files (*.pdf)", optional=True, createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):
        from ..core.pipeline import FactorSource, graded_columns, model_factors
        from ..core.segment import segment_roads
        from ..qgis_bridge import read_source, working_crs, write_frame
        from .graded_output import band_notes, provenance, save_default_style, style_when_loaded

        roads_source = self.source_or_fail(parameters, "ROADS", context)
        model = load_model_or_fail(self.parameterAsFile(parameters, "MODEL", context))
        length = self.parameterAsDouble(parameters, "LENGTH", context)
        destination = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        pdf = self.parameterAsFileOutput(parameters, "PDF", context)
        crs = working_crs(roads_source.sourceCrs(), roads_source.sourceExtent())
        workdir = self.workdir()
        roads_name = self.layer_name(parameters, "ROADS", context)
        inputs = {tr("Roads"): roads_name}
        details = {tr("Roads"): " · ".join(filter(None, [tr("{n} roads").format(n=roads_source.featureCount()),
                                                        self.layer_note(parameters, "ROADS", context)]))}

        feedback.setProgressText(tr("Reading roads and cutting them into {length:g} m segments").format(length=length))
        roads = read_source(parameters["ROADS"], crs, context, feedback, workdir)
        segments = segment_roads(roads, length, road_fid=roads.index.to_numpy())
        feedback.pushInfo(tr("{n} segments from {roads} roads ({km:.2f} km), working in {crs}.").format(
            n=len(segments), roads=len(roads), km=segments["length_m"].sum() / 1000, crs=crs.authid()))
        feedback.setProgress(20)

        sources: dict[str, FactorSource] = {}
        steps = [(p, s, d) for p, s, d in FACTOR_INPUTS if parameters.get(p) not in (None, "")]
        for i, (param, role, description) in enumerate(steps):
            self.check_cancel(feedback)
            source = self.source_or_fail(parameters, param, context) if param == "CRIMES" else \
                self.parameterAsSource(parameters, param, context)
            name = self.layer_name(parameters, param, context)
            feedback.setProgressText(tr("Reading {what}: “{name}”").format(what=tr(description), name=name))
            value_field = None
            if role == "population":
                value_field = (self.parameterAsFields(parameters, "POP_FIELD", context) or [None])[0]
                if not value_field or source.fields().indexOf(value_field) < 0:
                    raise QgsProcessingException(tr("Layer “{name}” has no population field “{field}”: choose "
                                                    "the field that holds the night-time population.")
                                                 .format(name=name, field=value_field or ""))
            frame = read_source(parameters[param], crs, context, feedback, workdir,
                                columns=[value_field] if value_field else [])
            frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
            values = frame[value_field].to_numpy(dtype=float, na_value=np.nan) if value_field else None
            sources[role] = FactorSource(frame.geometry.values, values)
            period = date_range(source)
            inputs[tr(description)] = name
            details[tr(description)] = " · ".join(filter(None, [
                f"{len(frame)}{', ' + period if period else ''}", self.layer_note(parameters, param, context)]))
            feedback.setProgress(20 + 40 * (i + 1) / len(steps))

        self.check_cancel(feedback)
        feedback.setProgressText(tr("Computing factors and grading with {model}").format(model=model.label))
        columns = model_factors(segments.geometry.values, sources, model)
        graded, filled = graded_columns(columns, len(segments), model)
        report_filled(feedback, model, filled, len(segments))
        for column, values in columns.items():
            segments[column] = values
        for column in graded.columns:
            segments[column] = graded[column].to_numpy() if column != "grade" else graded[column].array
        feedback.setProgress(75)
        self.check_cancel(feedback)

        notes = band_notes(model.grade_shares)
        path = write_frame(segments, destination, metadata=provenance(model, inputs, details))
        save_default_style(path, notes)
        style_when_loaded(context, destination, notes)
        share = segments["grade"].value_counts(normalize=True).sort_index()
        feedback.pushInfo(tr("Share of segments per grade: {shares}").format(
            shares=", ".join(f"{int(g)}: {s:.1%}" for g, s in share.items())))
        feedback.setProgress(85)
        # The PDF is printed in postProcessAlgorithm, which QGIS runs on the main thread (painting needs it).
        self._print_job = None
        if pdf:
            title = self.parameterAsString(parameters, "TITLE", context) or tr("Street safety grades")
            subtitle = tr("{roads} · {n} segments of {length:g} m").format(roads=roads_name, n=len(segments),
                                                                            length=length)
            self._print_job = (str(path), pdf, title, subtitle)
        feedback.setProgress(90)
        return {"OUTPUT": str(path), "PDF": pdf or None}

    def postProcessAlgorithm(self, context, feedback):
        from .export_map import export_safety_map

        if getattr(self, "_print_job", None):
            path, pdf, title, subtitle = self._print_job
            feedback.setProgressText(tr("Printing the map"))
            export_safety_map(QgsVectorLayer(path, Path(path).stem, "ogr"), pdf, title, subtitle)
            feedback.pushInfo(tr("PDF map written: {path}").format(path=pdf))
        feedback.setProgress(100)
        return {}
