"""The core's errors (core/errors.py) as the sentences an officer reads, in the officer's language: one place for every
kind of every family, each naming the file or layer at fault and the fix."""

from __future__ import annotations

from ..core.errors import CptedError, CsvError, ModelError, NightPopulationError, TrainingError
from ..core.model import model_message
from ..i18n import tr

MAX_COLUMNS_LISTED = 40


def message(error: CptedError, **where) -> str:
    """`error` as a translated sentence; `where` names what it is about: `file` (a CSV or model file, as the officer
    gave it), `param` (the parameter), `layer` (the incidents' layer), `bundled` (the bundled model)."""
    if isinstance(error, ModelError):
        return _model(error, **where)
    if isinstance(error, NightPopulationError):
        return _night_population(error, where.get("file", ""))
    if isinstance(error, CsvError):
        return _csv(error, where.get("file", ""), where.get("param", ""))
    if isinstance(error, TrainingError):
        return _training(error, where.get("layer", ""))
    return str(error)


def _model(error: ModelError, file: str = "", bundled: bool = False, **_where) -> str:
    """A model file that cannot be used: what is wrong with it, and what to grade with instead."""
    reason = model_message(error.kind, error.details, tr)
    if bundled:  # the bundled model itself: only reinstalling helps
        return tr("The plugin's bundled grading model cannot be used: {error}.").format(error=reason)
    return tr("The grading model {file} cannot be used: {error}. Leave MODEL empty to grade with the bundled model, "
              "or choose a JSON model file written by this plugin.").format(file=file, error=reason)


def _training(error: TrainingError, layer: str) -> str:
    """Incidents that cannot train a model, or a validation they cannot give."""
    if error.kind == "no_dates":
        return tr("A temporal hold-out needs the incidents' dates: give DATE_FIELD, or choose spatial block "
                  "cross-validation.")
    if error.kind == "too_few":
        return tr("Only {n} incidents of layer “{layer}” fall on the streets (within 50 m): at least {min} are needed "
                  "to train a model.").format(n=error.details["n"], layer=layer, min=error.details["min"])
    return tr("The roads cover too small an area for spatial block cross-validation ({error}).").format(
        error=error.details.get("error", error))


def _csv(error: CsvError, file: str, param: str) -> str:
    """A CSV file given as a point layer that cannot be read as points."""
    if error.kind == "encoding":
        return tr("The CSV file {file} ({param}) is neither UTF-8 nor CP949 (EUC-KR) text: save it in one of them "
                  "and run again.").format(file=file, param=param)
    return tr("The CSV file {file} ({param}) has no coordinate columns: it needs 위도/경도 (latitude/longitude, "
              "WGS 84) or X좌표/Y좌표 (x/y, in CSV_CRS). Its columns: {columns}.").format(
        file=file, param=param, columns=", ".join(error.columns[:15]))


def _missing_words(missing: list[str], pattern: str) -> str:
    words = {"hour": tr("hour column (시간대구분, 시간대, hour)"),
             "cell": tr("cell id column (격자ID, 집계구코드, cell_id, grid_id)"),
             "x": tr("X column (X좌표, x, or 경도 for longitudes)"),
             "y": tr("Y column (Y좌표, y, or 위도 for latitudes)"),
             "counts": tr("count column matching COLUMNS “{pattern}”").format(pattern=pattern)}
    return tr(", no ").join(words[m] for m in missing)


def _night_population(error, file: str) -> str:
    """A NightPopulationError: the telecom CSV `file`, what is wrong with it, and the fix."""
    details = error.details
    columns = details.get("detected") or {}
    if error.kind == "encoding":
        return tr("“{file}” is not text in UTF-8 or CP949 (EUC-KR), the encodings telecom CSV files come in: open it "
                  "in a text editor or spreadsheet and save it again as CSV in UTF-8.").format(file=file)
    if error.kind == "empty":
        return tr("“{file}” is empty: choose the CSV file with the telecom population rows (INPUT).").format(file=file)
    if error.kind == "csv":
        return tr("“{file}” cannot be read as CSV ({error}): check that it is a comma-separated text file with one "
                  "header line, as downloaded, and save it again as CSV if it was edited.").format(
            file=file, error=details.get("error", ""))
    if error.kind == "hours":
        return tr("HOURS “{text}” cannot be read, so no hours of “{file}” can be chosen: write hours 0 to 23 as a "
                  "range such as 22-5 (22:00 to 05:59, across midnight), a list such as 0-5,22-23, or one hour such "
                  "as 21.").format(text=details.get("text", ""), file=file)
    if error.kind == "pattern":
        return tr("COLUMNS “{pattern}” is not a regular expression ({error}), so no column of “{file}” can be "
                  "chosen: write one such as ^여자.*생활인구수$ (the women's age bands) or ^총생활인구수$ (everyone)."
                  ).format(pattern=details.get("pattern", ""), error=details.get("error", ""), file=file)
    if error.kind == "columns":
        missing = details.get("missing", [])
        found = details.get("columns", [])
        listed = ", ".join(found[:MAX_COLUMNS_LISTED]) + (", …" if len(found) > MAX_COLUMNS_LISTED else "")
        if "counts" in missing:
            fix = tr("Set COLUMNS to a regular expression matching the count columns to sum, e.g. ^총생활인구수$.")
        elif "x" in missing or "y" in missing:
            fix = tr("A file without the cells' centres (X좌표/Y좌표, or 경도/위도), such as 집계구 data, must be "
                     "joined to the cells' boundaries instead.")
        else:
            fix = tr("Name that column in the file's first line as above (e.g. 시간대구분, 격자ID).")
        return tr("“{file}” has no {missing}, so it cannot give a night-time population per cell. Its columns are: "
                  "{columns}. {fix}").format(file=file, missing=_missing_words(missing, details.get("pattern", "")),
                                             columns=listed or tr("none"), fix=fix)
    if error.kind == "no_rows":
        hour = columns.get("hour", "")
        if not details.get("found"):
            examples = ", ".join(f"“{v}”" for v in details.get("odd", [])[:3]) or tr("nothing")
            return tr("No row of “{file}” has an hour from 0 to 23 in its hour column “{column}” (it holds {examples}):"
                      " choose a file with one row per cell and hour (시간대구분 0-23).").format(
                file=file, column=hour, examples=examples)
        return tr("No row of “{file}” is of the hours {hours} (HOURS): its rows have the hours {found}. Choose hours "
                  "the file has.").format(file=file, hours=details.get("hours", ""), found=details.get("found", ""))
    if error.kind == "no_xy":
        return tr("No cell of “{file}” has numbers as its X and Y coordinates (columns “{x}” and “{y}”): check that "
                  "these columns hold the cells' centres.").format(file=file, x=columns.get("x", ""),
                                                                   y=columns.get("y", ""))
    return tr("“{file}” cannot be used: {error}").format(file=file, error=error)
