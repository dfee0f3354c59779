"""Words a run stores to be printed later, kept as English templates with their values and translated by whoever
prints them: a sheet printed in Korean from a layer graded in English (or the other way round) speaks one language.

A Said is text as written (names, the data's own words, numbers already formatted) or [template, {name: value}],
whose values may be Saids themselves. Stored as JSON in a layer's metadata; read back, it is data: a template that
cannot be filled gives the English, then nothing, never an error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

Said = str | list
WIDE_FIELD = re.compile(r"\{[^{}]*:[^{}]*\d{3,}[^{}]*\}")


def phrase(template: str, **values) -> list:
    """A sentence to translate where it is printed: `template` (marked with QT_TR_NOOP or used in a tr() call, so
    the translation file has it) and its values."""
    return [template, values]


def joined(parts: list, separator: str) -> Said:
    """`parts` that say something, one after another with `separator` between them ("" when none does)."""
    kept = [part for part in parts if part]
    if len(kept) <= 1:
        return kept[0] if kept else ""
    return [separator.join(f"{{p{i}}}" for i in range(len(kept))), {f"p{i}": part for i, part in enumerate(kept)}]


def render(said, translate: Callable[[str], str] = str) -> str:
    """`said` as text in the reader's language (`translate`: the QGIS side's tr; str for English)."""
    try:
        return _render(said, translate)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        try:  # a translation that does not fit its values: the English
            return _render(said, str)
        except (KeyError, IndexError, ValueError, TypeError, AttributeError):
            return ""


def _render(said, translate: Callable[[str], str]) -> str:
    if isinstance(said, str):
        return said
    if isinstance(said, int | float) and not isinstance(said, bool):
        return str(said)
    if isinstance(said, list) and len(said) == 2 and isinstance(said[0], str) and isinstance(said[1], dict):
        if WIDE_FIELD.search(said[0]):  # "{p0:999999999}" would fill gigabytes: no template of ours pads
            raise ValueError("a field wider than any sentence")
        values = {str(name): _render(value, translate) if isinstance(value, list | str) else value
                  for name, value in said[1].items()}
        return translate(said[0]).format_map(values)
    raise TypeError("not a Said")


def dumps(said) -> str:
    return json.dumps(said, ensure_ascii=False, separators=(",", ":"))


def loads(text: str | None):
    """A stored Said, or None for none or one that cannot be read."""
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None
