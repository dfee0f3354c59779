"""The one family of errors the core raises about what an officer can fix: a kind, and the details a message needs.

str(error) is a plain English sentence, for logs and tests. What the officer reads is made on the QGIS side, in one
place (plugin/processing/messages.py), from the error's family, `kind` and `details`, in the officer's language.
"""

from __future__ import annotations


class CptedError(ValueError):
    """Something in the data or a setting that keeps the core from going on, said in a sentence.

    Parameters
    ----------
    message
        The English sentence (str(error)).
    kind
        Which problem it is, within the family (the subclass).
    **details
        What a translated message needs: names, numbers, lists.
    """

    def __init__(self, message: str, kind: str = "", **details) -> None:
        super().__init__(message)
        self.kind = kind
        self.details = details


class ModelError(CptedError):
    """A model file that is missing, altered, or not one this version can read.

    Kinds: "not_found", "too_large", "bundled_changed", "pickle", "not_json", "schema" (details["problems"]: each a
    (template, values) pair), "check".
    """


class CsvError(CptedError):
    """A CSV inventory that cannot be read as points. Kinds: "encoding", "columns" (details["columns"])."""

    @property
    def columns(self) -> list[str]:
        return list(self.details.get("columns", []))


class NightPopulationError(CptedError):
    """A telecom CSV or a setting that cannot give night-time populations.

    Kinds: "encoding", "csv", "empty", "hours", "pattern", "columns", "no_rows", "no_xy", "masked", "size"; for
    "no_rows" and "no_xy", details["detected"] holds the columns found (night_population.detect_columns).
    """


class TrainingError(CptedError):
    """Data that cannot train a model. Kinds: "area" (too small for spatial blocks)."""
