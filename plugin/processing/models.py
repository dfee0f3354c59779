"""Grading models on the QGIS side, in one place: the bundled or chosen model loaded or refused in the officer's
words, and the factors a run had no layer for said as warnings."""

from __future__ import annotations

from qgis.core import QgsProcessingException

from ..core.errors import ModelError
from ..core.model import DEFAULT_MODEL, GradingModel, factor_label, load_model
from ..i18n import tr
from ..log import warn
from .messages import message


def load_model_or_fail(path: str | None) -> GradingModel:
    """The model file at `path` (empty: the bundled model), or a message saying why it cannot be used."""
    try:
        return load_model(path or DEFAULT_MODEL)
    except ModelError as error:
        raise QgsProcessingException(message(error, file=path or "", bundled=not path)) from error


def factors_not_given(filled: dict[str, int], n: int) -> list[str]:
    """Factor columns missing on every one of `n` segments: no layer gave them."""
    return [column for column, count in filled.items() if count and count == n]


def report_filled(feedback, model: GradingModel, filled: dict[str, int], n: int) -> None:
    """Warn about factors that were missing on some or all of the `n` segments and counted as an average street."""
    labels = {f.column: factor_label(f, tr) for f in model.features}
    not_given = factors_not_given(filled, n)
    for column, count in filled.items():
        if column in not_given:
            warn(feedback, tr("No layer gave {column} ({label}): every segment counts as average for it, so "
                              "it neither raises nor lowers any grade, and grades 1 and 5 become rarer. Give "
                              "that layer for grades that use it.").format(column=column, label=labels[column]))
        elif count:
            warn(feedback, tr("{column} ({label}) was missing on {count} of {n} segments: treated as an "
                              "average segment, so it neither raises nor lowers their grade.")
                           .format(column=column, label=labels[column], count=count, n=n))
