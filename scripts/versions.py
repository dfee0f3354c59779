"""`make versions`: the QGIS, libraries and Python packages the chosen environment runs on."""

from __future__ import annotations

from cpted_safety_map.plugin.runtime import libraries_in_use, library_versions

if __name__ == "__main__":
    for name, value in {**library_versions(), **libraries_in_use()}.items():
        print(f"{name:>16}: {value}")
