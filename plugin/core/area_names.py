"""Areas' names as an atlas prints them: every page and table row gets a name a reader can tell from the others, even
where the officer's layer has none (NULL), an empty one, or one that several areas share."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class AreaNames:
    """The names to print, one per area, and what was wrong with the given ones (positions from 0).

    names
        One name per area, all different: the given name, trimmed; "(unnamed area 3)" for none; "Kluuvi (2)" for the
        second area called Kluuvi.
    missing, empty
        The areas whose name is NULL, or empty or blank.
    repeated
        Each name several areas share, with those areas.
    """

    names: list[str]
    missing: list[int] = field(default_factory=list)
    empty: list[int] = field(default_factory=list)
    repeated: dict[str, list[int]] = field(default_factory=dict)

    @property
    def made(self) -> list[int]:
        """The areas whose printed name is not the one given, in order."""
        again = {i for positions in self.repeated.values() for i in positions[1:]}
        return sorted({*self.missing, *self.empty, *again})


def page_names(given: list[str | None], unnamed: str = "(unnamed area {n})") -> AreaNames:
    """The names to print for areas named `given` (None for NULL), in order.

    `unnamed` names an area without a name ({n}: its position from 1; the QGIS side passes it translated). An area
    whose name another before it has gets " (2)", " (3)"…, skipping any name already taken, so no two are the same.
    """
    trimmed = [None if name is None else str(name).strip() for name in given]
    missing = [i for i, name in enumerate(trimmed) if name is None]
    empty = [i for i, name in enumerate(trimmed) if name == ""]
    positions: dict[str, list[int]] = {}
    for i, name in enumerate(trimmed):
        if name:
            positions.setdefault(name, []).append(i)
    repeated = {name: where for name, where in positions.items() if len(where) > 1}
    taken = set(positions)
    names: list[str] = []
    for i, name in enumerate(trimmed):
        if not name:
            name = _free(unnamed.format(n=i + 1), taken)
        elif name in repeated and i != repeated[name][0]:
            copy = 2
            while f"{name} ({copy})" in taken:
                copy += 1
            name = f"{name} ({copy})"
        taken.add(name)
        names.append(name)
    return AreaNames(names, missing, empty, repeated)


def _free(name: str, taken: set[str]) -> str:
    """`name`, or with " (2)", " (3)"… when an area already has it."""
    copy, candidate = 2, name
    while candidate in taken:
        candidate = f"{name} ({copy})"
        copy += 1
    return candidate
