"""Which of an areas layer's fields hold the areas' names and codes, and what kind of area they are.

Known field names first (definitions.AREA_NAME_FIELDS, AREA_CODE_FIELDS); else the values decide: a name field is a
text field with a different name for every area, a code field one of fixed-width digits, different for every area.
The kind (legal or administrative dong, or just "area") comes from the fields' names, else from the codes themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .definitions import AREA_CODE_FIELDS, AREA_NAME_FIELDS

LEGAL, ADMINISTRATIVE, AREA = "legal", "administrative", "area"

# Field names that say which dongs these are: 법정동 (legal, "EMD" in the road-name address maps, "BJD") or 행정동
# (administrative, "ADM" in Statistics Korea's and the ministry's files, "H_CODE").
LEGAL_WORDS = re.compile(r"법정|^emd|bjd|bjdong|legal", re.IGNORECASE)
ADMINISTRATIVE_WORDS = re.compile(r"행정|^adm|h_code|hjd|admin", re.IGNORECASE)
# A place-name ending: 동, 가 (영등포동1가), 리, 읍, 면
PLACE_ENDING = re.compile(r"(동|가|리|읍|면)$")
HANGUL = re.compile(r"[가-힣]")
SHORTEST_CODE = 5  # digits: shorter unique numbers are feature ids, not codes


@dataclass(frozen=True)
class AreaFields:
    """The fields found and how: `name_by_values` / `code_by_values` when no known field name fitted; `codes` each
    area's code as written (a whole number without ".0"; None where it has none), in the order of the values given."""

    name: str | None
    code: str | None
    kind: str = AREA
    name_by_values: bool = False
    code_by_values: bool = False
    codes: tuple[str | None, ...] = ()


def area_fields(columns: dict[str, list], wanted_name: str | None = None) -> AreaFields:
    """The name and code fields of an areas layer whose fields hold `columns` (field name -> one value per area, in
    field order; None for NULL); `wanted_name` is the officer's choice of name field (AREA_NAME), kept as given."""
    name, name_by_values = wanted_name, False
    if name is None:
        name = known_field(columns, AREA_NAME_FIELDS)
        if name is None:
            name = name_by_its_values(columns)
            name_by_values = name is not None
    others = {field: values for field, values in columns.items() if field != name}
    code = known_field(others, AREA_CODE_FIELDS)
    code_by_values = False
    if code is None:
        code = code_by_its_values(others)
        code_by_values = code is not None
    values = columns.get(code, []) if code else []
    codes = tuple(code_text(value) or (None if value is None else str(value)) for value in values)
    return AreaFields(name, code, area_kind(name, code, values or None), name_by_values, code_by_values, codes)


def known_field(columns: dict[str, list], candidates: tuple[str, ...]) -> str | None:
    """The first of `candidates` (lower case, most specific first) among the fields, whatever its case."""
    lowered = {field.lower(): field for field in columns}
    return next((lowered[candidate] for candidate in candidates if candidate in lowered), None)


def _texts(values: list) -> list[str] | None:
    """The values as trimmed text when every one is text (None for a field of numbers or with NULLs)."""
    if not values or any(not isinstance(value, str) for value in values):
        return None
    return [value.strip() for value in values]


def name_by_its_values(columns: dict[str, list]) -> str | None:
    """A text field with a different, non-empty, not purely numeric value for every area; among several, the one
    most like place names (ending 동, 가, 리…), then most in Hangul, then the first."""
    best, best_score = None, None
    for field, values in columns.items():
        texts = _texts(values)
        if texts is None or not all(texts) or len(set(texts)) < len(texts) or all(t.isdigit() for t in texts):
            continue
        score = (sum(bool(PLACE_ENDING.search(t)) for t in texts) / len(texts),
                 sum(bool(HANGUL.search(t)) for t in texts) / len(texts))
        if best_score is None or score > best_score:
            best, best_score = field, score
    return best


def code_text(value) -> str | None:
    """A code as text: digits as written, a whole number without ".0"; None for anything else."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return str(int(value))
    if isinstance(value, str) and value.strip().isdigit():
        return value.strip()
    return None


def code_by_its_values(columns: dict[str, list]) -> str | None:
    """A field of digits, all as long (at least SHORTEST_CODE), different for every area; Korean codes (8 or 10
    digits) before others, then the first."""
    best, best_score = None, None
    for field, values in columns.items():
        codes = [code_text(value) for value in values]
        if not codes or None in codes or len(set(codes)) < len(codes):
            continue
        widths = {len(code) for code in codes}
        if len(widths) != 1 or min(widths) < SHORTEST_CODE:
            continue
        score = widths.pop() in (8, 10)
        if best_score is None or score > best_score:
            best, best_score = field, score
    return best


def area_kind(name: str | None, code: str | None, codes: list | None) -> str:
    """LEGAL, ADMINISTRATIVE or AREA: by the fields' names, else by Korean codes (the digit after the sigungu's five:
    1 for legal dongs, 5 to 7 for administrative ones; 읍 and 면 share theirs, so they stay "area")."""
    for field in (code, name):
        if field and LEGAL_WORDS.search(field):
            return LEGAL
        if field and ADMINISTRATIVE_WORDS.search(field):
            return ADMINISTRATIVE
    texts = [code_text(value) for value in codes or []]
    if texts and all(text is not None and len(text) in (8, 10) for text in texts):
        digits = {text[5] for text in texts}
        if digits == {"1"}:
            return LEGAL
        if digits <= set("567"):
            return ADMINISTRATIVE
    return AREA
