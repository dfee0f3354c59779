"""cpted:nightpopulation — the night-time population grid (pop_night per cell) from a telecom 생활인구 CSV."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsRectangle,
)

from ..core.definitions import (
    NIGHT_CELL_M,
    NIGHT_COLUMNS,
    NIGHT_CRS,
    NIGHT_HOURS,
    NIGHT_MASKED_VALUE,
    POP_NIGHT,
    is_simulated,
)
from ..core.errors import NightPopulationError
from ..core.packed_csv import PackedError, is_packed, stage
from ..core.said import dumps, joined, phrase, render
from ..crs import WGS84, crs_label, is_metric, working_crs
from ..i18n import QT_TR_NOOP, tr
from ..log import warn
from .base import CptedAlgorithm
from .messages import message
from .parameters import Param

# The layer's description, what a printed sheet names it by (inputs.layer_note): plain words.
WOMEN_DESCRIPTION = QT_TR_NOOP("Night-time female population per {size:g} m cell, {hours} h, from “{file}”.")
PEOPLE_DESCRIPTION = QT_TR_NOOP("Night-time population per {size:g} m cell, {hours} h, from “{file}”.")
SIMULATED_DESCRIPTION = QT_TR_NOOP("SIMULATED: {file}. Not for decisions.")
OUTPUT_COLUMNS = ("cell_id", "x", "y", POP_NIGHT, "hours_used", "masked")


def packed_message(error, file: str) -> str:
    """A packed_csv.PackedError in the officer's language."""
    file = error.details.get("file", file)
    if error.kind == "empty_zip":
        return tr("“{file}” holds no CSV file: choose the telecom CSV, or a .zip of them.").format(file=file)
    if error.kind == "columns":
        return tr("“{member}” has other columns than “{first}”: the days read together must come from the same kind "
                  "of file. Give the days of one file kind together.").format(
            member=error.details["member"], first=error.details["first"])
    return tr("“{file}” cannot be unpacked ({error}): download it again, or unpack it and choose the CSV.").format(
        file=file, error=error.details.get("error", ""))


def _names(names: list[str], limit: int = 3) -> str:
    shown = ", ".join(names[:limit])
    return tr("{names} and {n} more").format(names=shown, n=len(names) - limit) if len(names) > limit else shown


def women_only(columns: list[str]) -> bool:
    """Whether every count column summed is women's (Seoul's 여자…생활인구수, its open API's FEMALE_…): the grid is
    then the night-time female population, and says so."""
    return bool(columns) and all(re.search(r"여자|여성|female|wom[ae]n", name, re.IGNORECASE) for name in columns)


def with_default_crs(parameters: dict) -> dict:
    """The parameters, CRS set to its default when not given."""
    return parameters if parameters.get(Param.CRS) not in (None, "") else {**parameters, Param.CRS: NIGHT_CRS}


class NightPopulation(CptedAlgorithm):
    algorithm_id = "nightpopulation"
    title = QT_TR_NOOP("Night-time population grid from a telecom CSV")

    def shortHelpString(self) -> str:
        return tr(
            "Makes the night-time population grid the safety map takes as POPULATION (field pop_night) from a "
            "telecom “floating population” (생활인구) CSV with one row per grid cell and hour, such as Seoul's "
            "생활인구 by 격자: a column for the hour (시간대구분: 0 is 00:00-00:59, … 23), one for the cell (격자ID, "
            "집계구코드), the cell's centre (X좌표 and Y좌표, or 경도 and 위도) and the counts by sex and age band. "
            "The file may be UTF-8 (with or without byte order mark) or CP949 (EUC-KR).\n\n"
            "pop_night is, for each cell, the mean over the chosen hours of the sum of the chosen count columns: "
            "every date × hour row the file has for the cell counts once (hours_used says how many rows were "
            "averaged); rows of other hours are ignored. Telecom data mask counts under 3 as “*” (0, 1 or 2 "
            "people): each “*” counts as MASKED_VALUE, an empty value as 0, and masked says how many “*” a cell "
            "had.\n\n"
            "Defaults:\n"
            "• CRS EPSG:5179 (Korea 2000 / Unified CS, the CRS of Korean telecom grids), the CRS of the X/Y "
            "columns; columns named 경도/위도 are always read as EPSG:4326 (WGS 84), and their squares drawn in "
            "the WGS 84 / UTM zone of the data;\n"
            "• CELL_SIZE 50 m: each cell is a square of that side centred on its X/Y;\n"
            "• HOURS 22-5: 22:00 to 05:59 (a range wraps past midnight; lists such as 0-5,22-23 or one hour "
            "such as 21 work too);\n"
            "• COLUMNS ^여자.*생활인구수$|^female: a regular expression over the column names, here the women's "
            "age bands (Seoul's 여자…생활인구수, or its open API's FEMALE_…); ^총생활인구수$ counts everyone;\n"
            "• MASKED_VALUE 1: the middle of 0-2 (0 gives a lower bound, 2 an upper one).\n\n"
            "Writes one square per cell with cell_id, x and y (the centre as in the file), pop_night, hours_used "
            "and masked. A file whose name says “simulated” gives a layer whose name and description say so.")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFile(
            Param.INPUT, tr("Telecom population CSV (one row per cell and hour; .csv.gz, or a .zip of several days)"),
            fileFilter=tr("CSV files (*.csv *.txt *.gz *.zip);;All files (*)")))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            Param.MORE_FILES, tr("More days: further telecom files, read with the first (CSV, .csv.gz or .zip)"),
            QgsProcessing.TypeFile, optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            Param.CRS, tr("CRS of the X/Y columns (경도/위도 are always EPSG:4326)"), defaultValue=NIGHT_CRS))
        self.addParameter(QgsProcessingParameterNumber(
            Param.CELL_SIZE, tr("Cell size (metres, at least 1)"), QgsProcessingParameterNumber.Double, NIGHT_CELL_M,
            minValue=1.0))
        self.addParameter(QgsProcessingParameterString(
            Param.HOURS, tr("Night hours, e.g. 22-5 (22:00-05:59) or 0-5,22-23"), defaultValue=NIGHT_HOURS))
        self.addParameter(QgsProcessingParameterString(
            Param.COLUMNS, tr("Count columns to sum (regular expression over the column names)"),
            defaultValue=NIGHT_COLUMNS))
        self.addParameter(QgsProcessingParameterNumber(
            Param.MASKED_VALUE, tr("Value of a masked count “*” (under 3)"), QgsProcessingParameterNumber.Double,
            NIGHT_MASKED_VALUE, minValue=0.0))
        self.addParameter(QgsProcessingParameterVectorDestination(
            Param.OUTPUT, tr("Night-time population grid"), QgsProcessing.TypeVectorPolygon))

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS's name)
        # QGIS 3.22 refuses a CRS parameter left out of a script's parameters, whatever its default.
        return super().checkParameterValues(with_default_crs(parameters), context)

    def process(self, parameters, context, feedback):
        # The core needs the optional packages (dependencies.py): loaded on run.
        from ..core.night_population import (
            cell_polygons,
            encoding_name,
            hours_label,
            night_population_csv,
            parse_hours,
        )

        path = Path(self.parameterAsFile(parameters, Param.INPUT, context) or "")
        file = path.name or str(parameters.get(Param.INPUT, ""))
        if not path.name or not path.is_file():
            raise QgsProcessingException(tr("The telecom population file “{file}” does not exist: choose the CSV "
                                            "file (INPUT).").format(file=str(path) if path.name else file))
        if path.suffix.lower() in (".xlsx", ".xls"):
            raise QgsProcessingException(tr("“{file}” is an Excel workbook: save it as CSV (UTF-8) and choose the "
                                            ".csv file.").format(file=file))
        more = [Path(extra) for extra in (self.parameterAsFileList(parameters, Param.MORE_FILES, context)
                                          if parameters.get(Param.MORE_FILES) else [])]
        for extra in more:
            if not extra.is_file():
                raise QgsProcessingException(tr("The telecom population file “{file}” (MORE_FILES) does not exist: "
                                                "choose the files of the other days again.").format(file=extra))
        if is_packed(path) or more:  # as published: a day gzipped, several days zipped, or a file per day
            try:
                staged = stage([path, *more], Path(self.workdir()))
            except PackedError as error:
                raise QgsProcessingException(packed_message(error, file)) from None
            path = staged.path
            if len(staged.members) > 1:
                feedback.pushInfo(tr("{n} CSV files read one after another: {names}.").format(
                    n=len(staged.members), names=", ".join(staged.members)))
        size = self.number(parameters, Param.CELL_SIZE, context)
        masked_value = self.number(parameters, Param.MASKED_VALUE, context)
        hours_text = (self.parameterAsString(parameters, Param.HOURS, context) or "").strip()
        pattern = (self.parameterAsString(parameters, Param.COLUMNS, context) or "").strip() or NIGHT_COLUMNS
        try:
            hours = parse_hours(hours_text)
        except NightPopulationError as error:
            raise QgsProcessingException(message(error, file=file)) from None
        crs = self.parameterAsCrs(with_default_crs(parameters), Param.CRS, context)
        if not crs.isValid():
            raise QgsProcessingException(tr("CRS is not a coordinate reference system, so the X/Y of “{file}” cannot "
                                            "be placed: choose the CRS of its X/Y columns (Korean telecom grids: "
                                            "EPSG:5179).").format(file=file))
        destination = self.vector_output(parameters, Param.OUTPUT, context)
        feedback.pushInfo(tr("Settings: CRS {crs}, CELL_SIZE {size:g} m, HOURS {hours}, COLUMNS “{pattern}”, "
                             "MASKED_VALUE {masked:g}.").format(crs=crs_label(crs), size=size,
                                                                hours=hours_label(hours), pattern=pattern,
                                                                masked=masked_value))
        self.check_cancel(feedback)
        feedback.setProgressText(tr("Reading “{file}”").format(file=file))

        def read(share: float) -> None:
            self.check_cancel(feedback)
            feedback.setProgress(75 * share)

        try:
            cells = night_population_csv(path, hours, pattern, masked_value, progress=read)
        except NightPopulationError as error:
            raise QgsProcessingException(message(error, file=file)) from None
        except UnicodeDecodeError:
            raise QgsProcessingException(tr("“{file}” is not text in UTF-8 or CP949 (EUC-KR), the encodings "
                                            "telecom CSV files come in: open it in a text editor or spreadsheet and "
                                            "save it again as CSV in UTF-8.").format(file=file)) from None
        except OSError as error:
            raise QgsProcessingException(tr("“{file}” cannot be read ({error}): check that it exists and that you "
                                            "may read it.").format(file=file, error=error.strerror or error)) from None
        self.check_cancel(feedback)
        columns = cells.attrs["columns"]
        stats = cells.attrs
        counts = columns["counts"]
        feedback.pushInfo(tr("“{file}” read as {encoding}: {rows:,} rows; {used:,} of the hours {hours} used.").format(
            file=file, encoding=encoding_name(stats["encoding"]), rows=stats["rows"], used=stats["rows_used"],
            hours=hours_label(hours)))
        feedback.pushInfo(tr("Summed {n} columns matching “{pattern}”: {names}.").format(
            n=len(counts), pattern=pattern, names=_names(counts)))
        missing_hours = [h for h in hours if h not in stats["hours_found"]]
        if missing_hours:
            warn(feedback, tr("“{file}” has no rows of the hours {hours}: pop_night is the mean of the other "
                              "hours chosen.").format(file=file, hours=hours_label(missing_hours)))
        if stats["odd_hours"]:
            warn(feedback, tr("Some values of the hour column “{column}” are no hour 0-23 ({examples}): their "
                              "rows are left out.").format(column=columns["hour"], examples=", ".join(
                                  f"“{v}”" for v in stats["odd_hours"][:3])))
        if stats["duplicates"]:
            warn(feedback, tr("{n:,} rows repeat a cell, date and hour already read (a file appended twice?): "
                              "each is counted once.").format(n=stats["duplicates"]))
        if stats["days"]:
            feedback.pushInfo(tr("Days read: {days} ({n}); pop_night is the mean of the hours {hours} over them.")
                              .format(days=_names(stats["days"], 7), n=len(stats["days"]), hours=hours_label(hours)))
        if not columns["date"]:
            feedback.pushInfo(tr("“{file}” has no date column (기준일ID, date): every row of a cell and hour counts "
                                 "as another day.").format(file=file))
        if stats["unreadable"]:
            warn(feedback, tr("{n:,} count values of “{file}” are neither numbers nor “*” (or are negative): "
                              "they count as 0.").format(n=stats["unreadable"], file=file))
        if stats["no_xy"]:
            warn(feedback, tr("{n:,} cells of “{file}” have no numbers as X and Y (columns “{x}”, “{y}”): they "
                              "are left out.").format(n=stats["no_xy"], file=file, x=columns["x"],
                                                      y=columns["y"]))
        feedback.setProgress(75)

        feedback.setProgressText(tr("Drawing {size:g} m cells").format(size=size))
        x, y = cells["x"].to_numpy(), cells["y"].to_numpy()
        grid_crs, x, y = self.cell_crs(crs, columns, x, y, file, feedback)
        frame = self.grid_frame(cells, cell_polygons(x, y, size), grid_crs)
        self.check_cancel(feedback)
        feedback.setProgress(85)

        feedback.setProgressText(tr("Writing the grid"))
        written = self.write(frame, destination, context, file, size, hours, counts, masked_value, grid_crs, feedback)
        total = float(cells[POP_NIGHT].sum())
        feedback.pushInfo(tr("{n:,} “*” values (counts under 3) counted as {value:g} each (MASKED_VALUE).").format(
            n=stats["masked"], value=masked_value))
        feedback.pushInfo(tr("{cells:,} cells of {size:g} m in {crs}; pop_night totals {total:,.1f}, a mean of "
                             "{mean:.2f} per cell.").format(cells=len(cells), size=size, crs=crs_label(grid_crs),
                                                            total=total, mean=total / len(cells)))
        feedback.setProgress(100)
        return {Param.OUTPUT: written.result}

    def cell_crs(self, crs, columns: dict, x: np.ndarray, y: np.ndarray, file: str, feedback):
        """The CRS to draw the squares in, and the centres in it: the X/Y's own CRS when it is in metres, else (degrees,
        feet) the WGS 84 / UTM zone of the data, the centres transformed."""
        if columns["degrees"]:
            if not crs.isGeographic() or crs.authid() != "EPSG:4326":
                feedback.pushInfo(tr("The coordinates of “{file}” are longitudes and latitudes ({x}, {y}): they are "
                                     "read in EPSG:4326 (WGS 84), not in {crs} (CRS).").format(
                    file=file, x=columns["x"], y=columns["y"], crs=crs_label(crs)))
            crs = WGS84
        if crs.isGeographic() and (np.abs(x).max() > 180 or np.abs(y).max() > 90):
            raise QgsProcessingException(tr("The X/Y of “{file}” reach {x:,.0f}, {y:,.0f}, which are not longitudes "
                                            "and latitudes: set CRS to the CRS of these coordinates (Korean telecom "
                                            "grids: EPSG:5179).").format(file=file, x=np.abs(x).max(),
                                                                         y=np.abs(y).max()))
        if is_metric(crs):
            if np.abs(x).max() <= 180 and np.abs(y).max() <= 90:
                warn(feedback, tr("Every X/Y of “{file}” is within ±180, ±90: if they are longitudes and "
                                  "latitudes, set CRS to EPSG:4326; they are read as metres in {crs}.").format(
                    file=file, crs=crs_label(crs)))
            return crs, x, y
        target = working_crs(crs, QgsRectangle(x.min(), y.min(), x.max(), y.max()))
        feedback.pushInfo(tr("{crs} is not in metres: the {n:,} cells are drawn as squares in {work}.").format(
            crs=crs_label(crs), n=len(x), work=crs_label(target)))
        return target, *self.transformed(x, y, crs, target, file)

    @staticmethod
    def transformed(x, y, source, target, file: str):
        import geopandas as gpd  # optional (dependencies.py): loaded on run

        points = gpd.GeoSeries(gpd.points_from_xy(x, y), crs=source.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED))
        moved = points.to_crs(target.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED))
        new_x, new_y = moved.x.to_numpy(), moved.y.to_numpy()
        if not (np.isfinite(new_x) & np.isfinite(new_y)).all():
            raise QgsProcessingException(tr("Some X/Y of “{file}” cannot be transformed to metres: check CRS (the CRS "
                                            "of the X/Y columns).").format(file=file))
        return new_x, new_y

    @staticmethod
    def grid_frame(cells, polygons, crs):
        import geopandas as gpd  # optional (dependencies.py): loaded on run

        return gpd.GeoDataFrame(cells[list(OUTPUT_COLUMNS)].reset_index(drop=True), geometry=polygons,
                                crs=crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED))

    def write(self, frame, destination: str, context, file: str, size: float, hours, counts, masked_value: float,
              crs, feedback):
        from ..core.night_population import hours_label  # optional packages, as in process
        from ..core.selection import hours_shown
        from ..outputs.destinations import parse_destination
        from ..outputs.writer import write_frame

        simulated = is_simulated(file)
        target = parse_destination(destination)
        layer_name = None
        if simulated and target.layer is None and not is_simulated(target.path.stem):
            layer_name = f"{target.path.stem}_simulated"  # a Shapefile keeps its file's name (FrameWriter)
        # The layer's description is what a printed sheet names it by (inputs.layer_note): plain words; its column,
        # the columns summed and the masked value go in a record of their own (and the log).
        method = tr("Night-time population (pop_night) per {size:g} m cell from “{file}”: the mean over the hours "
                    "{hours} of the sum of {n} columns ({names}), each “*” counted as {masked:g}.").format(
            size=size, file=file, hours=hours_label(hours), n=len(counts), names=_names(counts), masked=masked_value)
        plain = WOMEN_DESCRIPTION if women_only(counts) else PEOPLE_DESCRIPTION
        said = joined([phrase(SIMULATED_DESCRIPTION, file=file) if simulated else "",  # first: where it is cut short
                       phrase(plain, size=size, hours=hours_shown(hours_label(hours)), file=file)], " ")
        description = render(said, tr)
        metadata = {"cpted_inputs": tr("Telecom population: {file}").format(file=file),
                    "cpted_simulated_inputs": file if simulated else "", "cpted_crs": crs_label(crs),
                    "cpted_pop_night": method, "description": description,
                    # a sheet prints it in its reader's language, while the layer's description is still this one
                    "cpted_description": description, "cpted_description_said": dumps(said)}
        written = write_frame(frame, destination, layer_name=layer_name, metadata=metadata, feedback=feedback)
        if simulated and context.willLoadLayerOnCompletion(destination):
            details = context.layerToLoadOnCompletionDetails(destination)
            if not is_simulated(details.name):
                details.name = f"{details.name} (simulated)"
        return written
