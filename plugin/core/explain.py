"""Explanations in words: the factors that raise and lower a segment's risk, stated as what is there.

A label states the segment's own value ("no CCTV within 50 m", "12.0 incidents a year within 50 m"), so it reads
the right way round under "raises" or "lowers" whatever the sign of the factor's effect. Labels are made once per
distinct (rounded) value, not once per segment. Sentences are English here and translated by the caller's
`translate` (the QGIS side passes its tr); QT_TR_NOOP marks them for the translation files.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .definitions import EXTRA_COUNT_WORDS, QT_TR_NOOP, ROLE_BY_KEY
from .grading import main_factors
from .model import Feature, recipe_of

# A further distance of the same source, after the first: "2.0 incidents a year within 50 m, 7.5 within 150 m".
MORE_WORDS = (QT_TR_NOOP("none within {d} m"), QT_TR_NOOP("{v} within {d} m"), QT_TR_NOOP("{v} within {d} m"))
NEAREST_WORDS = QT_TR_NOOP("nearest {name} {v} m away")
VALUE_WORDS = QT_TR_NOOP("{name}: {v}")


def _number(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


def value_words(feature: Feature, values: np.ndarray, translate: Callable[[str], str] = str,
                further: bool = False) -> np.ndarray:
    """The words for each raw factor value of `feature` (None where the value is missing): coded_words, per row."""
    words, codes = coded_words(feature, values, translate, further)
    return words[codes]


def coded_words(feature: Feature, values: np.ndarray, translate: Callable[[str], str] = str,
                further: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """The words of each distinct raw factor value of `feature` (None where the value is missing), and each row's
    code into them.

    Parameters
    ----------
    feature
        The factor the values are of.
    values
        Its raw values, one per segment: a count (per year for incidents), a distance in metres or a polygon value.
    translate
        tr for the officer's language; str (the default) for English.
    further
        True for the short form of a second distance of the same source ("7.5 within 150 m"); False by default.

    Returns
    -------
    tuple[np.ndarray, np.ndarray]
        One str per distinct value (object array; None where the value is missing (NaN) or below 0), and per row
        the position of its words.
    """
    values = np.asarray(values, dtype=float)
    decimals = 1 if feature.per_year else 0
    role = ROLE_BY_KEY.get(feature.source)
    step = role.value_step if role is not None and role.value_words and feature.method == "polygon" else 1.0
    rounded = np.round(values / step, decimals) * step
    unique, inverse = np.unique(np.nan_to_num(rounded, nan=-1.0), return_inverse=True)
    name, d = feature.layer, f"{feature.distance:g}"
    recipe = recipe_of(feature)
    words = []
    for value in unique:
        if value < 0:
            words.append(None)
        elif recipe is not None and recipe.words:  # the incidents on the segment itself, the nearest one
            none, one, many = recipe.words
            template = none if value == 0 and feature.method != "nearest" else \
                one if (value == 1 and not feature.per_year) else many
            words.append(translate(template).format(v=_number(value, decimals), d=d, name=name))
        elif feature.method == "count":
            none, one, many = MORE_WORDS if further else \
                (role.count_words if role is not None and role.count_words else EXTRA_COUNT_WORDS)
            template = none if value == 0 else one if (value == 1 and not feature.per_year) else many
            words.append(translate(template).format(v=_number(value, decimals), d=d, name=name))
        elif feature.method == "nearest":
            words.append(translate(NEAREST_WORDS).format(v=_number(value, 0), name=name))
        elif role is not None and role.value_words:
            words.append(translate(role.value_words).format(v=_number(value, 0)))
        else:
            words.append(translate(VALUE_WORDS).format(v=_number(value, 2), name=name))
    return np.asarray(words, dtype=object), inverse.reshape(-1)


def _source_words(members: list[Feature], columns: dict[str, np.ndarray], translate: Callable[[str], str],
                  n: int) -> tuple[np.ndarray, np.ndarray]:
    """One source's words for every row, as phrases and codes: its factors' words joined by ", " (a value not known,
    such as no nearest incident anywhere, leaves the others' words standing); each distinct combination is joined
    once."""
    parts = []
    for feature in members:
        raw = columns.get(feature.column)
        if raw is not None:
            parts.append(coded_words(feature, raw, translate, further=bool(parts)))
    if not parts:
        return np.array([None], dtype=object), np.zeros(n, dtype=np.int64)
    # each distinct combination of the parts' codes, numbered as it is built (the numbers stay small)
    combos = np.zeros((1, 0), dtype=np.int64)
    combined = np.zeros(n, dtype=np.int64)
    for phrases, codes in parts:
        keys, combined = np.unique(combined * len(phrases) + codes, return_inverse=True)
        combined = combined.reshape(-1)
        combos = np.column_stack([combos[keys // len(phrases)], keys % len(phrases)])
    joined = []
    for combo in combos:
        present = [parts[i][0][code] for i, code in enumerate(combo) if parts[i][0][code] is not None]
        joined.append(", ".join(present) if present else None)
    return np.asarray(joined, dtype=object), combined


def explanations(contributions: np.ndarray, columns: dict[str, np.ndarray], features: list[Feature],
                 translate: Callable[[str], str] = str, named: list[bool] | None = None) -> pd.DataFrame:
    """The EXPLANATION_COLUMNS for each row: two factors raising and two lowering risk, in words, and their
    relative risks against the reference street (effects under ±5 % are not named).

    Features of one source (incidents within 50 m and within 150 m) are one factor: their effects add up and
    their words are listed together, so the net effect of "incidents nearby" is never split into two halves
    that could read against each other.

    Parameters
    ----------
    contributions
        Shape (n, k): each factor's log relative-risk contribution against the reference street
        (Prediction.contributions); NaN in an ungraded row.
    columns
        The raw factor values, by column name, for the words; a factor whose column is absent gets none.
    features
        The model's factors, in the order of the columns of `contributions`.
    translate
        tr for the officer's language; str (the default) for English.
    named
        Per factor, whether it may be named at all (GradingModel.named); every factor when None. A factor that may
        not is left out of the words and of the effects that pick them: it still counts in the risk.

    Returns
    -------
    pd.DataFrame
        n rows: the factors in words (strings, NA where no factor is named) and their relative risks (NaN there).
    """
    n = len(contributions)
    if named is not None:
        features = [f for f, keep in zip(features, named, strict=True) if keep]
        contributions = contributions[:, np.asarray(named, dtype=bool)]
    sources = list(dict.fromkeys(f.source for f in features))
    grouped = np.zeros((n, len(sources)))
    words: list[tuple[np.ndarray, np.ndarray]] = []  # per source: its phrases, and each row's code into them
    for g, source in enumerate(sources):
        members = [j for j, f in enumerate(features) if f.source == source]
        grouped[:, g] = np.nansum(contributions[:, members], axis=1) if n else 0.0
        grouped[np.isnan(contributions[:, members]).all(axis=1), g] = np.nan
        words.append(_source_words([features[j] for j in members], columns, translate, n))
    up_index, up_rr, down_index, down_rr = main_factors(grouped)

    def pick(index: np.ndarray) -> np.ndarray:
        picked = np.full(n, None, dtype=object)
        for g, (phrases, codes) in enumerate(words):
            rows = np.flatnonzero(index == g)
            picked[rows] = phrases[codes[rows]]
        return picked

    return pd.DataFrame({
        "factor_up": pick(up_index[:, 0]), "up_rr": up_rr[:, 0],
        "factor_up2": pick(up_index[:, 1]), "up2_rr": up_rr[:, 1],
        "factor_down": pick(down_index[:, 0]), "down_rr": down_rr[:, 0],
        "factor_down2": pick(down_index[:, 1]), "down2_rr": down_rr[:, 1],
    })
