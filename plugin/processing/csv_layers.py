"""Inventories given as CSV files where a point layer is asked for (data.go.kr streetlights, CCTV, bells; police
extracts): read as points, their encoding and coordinate columns detected, and staged as GeoPackages."""

from __future__ import annotations

import uuid
from pathlib import Path

from qgis.core import QgsProcessing, QgsProcessingException, QgsProcessingParameterFeatureSource

from ..core.errors import CsvError
from ..i18n import tr
from ..log import warn
from .messages import message
from .parameters import Param, csv_crs_parameter


class CsvLayers:
    """Reading CSV paths given as point layers; for CptedAlgorithm. pyogrio and the core's CSV reader need the
    optional packages (dependencies.py), so they are imported when a CSV is read."""

    def points_from_csv(self, parameters: dict, context, feedback, default_crs) -> dict:
        """Parameters with every point layer given as a .csv path replaced by that CSV read as points: encoding
        (UTF-8 with or without BOM, CP949) and coordinate columns detected; 위도/경도 in WGS 84, X/Y in CSV_CRS
        (default `default_crs`, the roads'). Each is staged as a GeoPackage in a work folder."""
        import pyogrio  # optional packages (dependencies.py): loaded on run

        from ..core.csv_table import coordinate_columns, csv_points, detect_encoding, header

        parameters = dict(parameters)
        self.projected_csv: dict[str, str] = {}  # parameter -> the CRS its CSV's x/y were read in
        csv_crs = self.parameterAsCrs(parameters, Param.CSV_CRS, context) if parameters.get(Param.CSV_CRS) else None
        for definition in self.parameterDefinitions():
            name, value = definition.name(), parameters.get(definition.name())
            if not isinstance(definition, QgsProcessingParameterFeatureSource) or not isinstance(value, str) or \
                    not value.lower().endswith(".csv"):
                continue
            path = Path(value)
            if not path.is_file():
                raise QgsProcessingException(tr("{param}: the file {file} does not exist.").format(param=name,
                                                                                                 file=value))
            if QgsProcessing.TypeVectorPolygon in definition.dataTypes():  # a telecom grid, read as points
                raise QgsProcessingException(tr("{param} needs grid cells (polygons), and {file} is a table: make "
                                                "the cells from a telecom 생활인구 CSV with “Night-time population "
                                                "grid from a telecom CSV” (cpted:nightpopulation) and give its "
                                                "output as {param}.")
                                             .format(param=name, file=path.name))
            try:
                encoding = detect_encoding(path)
                names, delimiter = header(path, encoding)
                x, y, geographic = coordinate_columns(names)
            except CsvError as error:
                raise QgsProcessingException(message(error, file=path.name, param=name)) from None
            slot = csv_crs_parameter(name)  # this slot's own CRS, else CSV_CRS, else the roads'
            own = self.parameterAsCrs(parameters, slot, context) \
                if self.parameterDefinition(slot) is not None and parameters.get(slot) else None
            chosen = own if own is not None and own.isValid() else csv_crs
            crs = "EPSG:4326" if geographic else (chosen.authid() if chosen is not None and chosen.isValid()
                                                  else default_crs.authid())
            if not geographic:  # if they lie away from the roads, the message names the CRS parameter
                self.projected_csv[name] = crs
            frame, missing = csv_points(path, encoding, delimiter, x, y, crs)
            if not len(frame):
                raise QgsProcessingException(tr("The CSV file {file} ({param}) has no row with numbers in both {x} "
                                                "and {y}.").format(file=path.name, param=name, x=x, y=y))
            # A GeoPackage of our own, named after the file: read like any layer, and the map names it.
            staged = Path(self.workdir()) / f"{uuid.uuid4().hex}.gpkg"
            pyogrio.write_dataframe(frame, staged, layer=path.stem)
            parameters[name] = f"{staged}|layername={path.stem}"
            feedback.pushInfo(tr("{param}: {file} read as points from columns {x}/{y} in {crs} ({encoding}), {n} "
                                 "rows.").format(param=name, file=path.name, x=x, y=y, crs=crs, encoding=encoding,
                                                 n=len(frame)))
            if missing:
                warn(feedback, tr("{n} rows of {file} have no coordinates in {x}/{y}: they are left out.")
                               .format(n=missing, file=path.name, x=x, y=y))
        return parameters
