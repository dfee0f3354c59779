"""Issue 21's measure: false alarms and power of cpted:compareperiods' test on Mesa's real incidents (libpysal), split
at random into two periods of equal length (nothing changed), against the E-test; and the doubling of a few units.

    make measure-change      (prints a table; the core tests assert the same on fewer splits)
"""

from __future__ import annotations

import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
from shapely import box

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cpted_safety_map.plugin.core.change import (  # noqa: E402
    e_test,
    stretches,
    unit_changes,
    unit_of_points,
    unit_of_points_in_areas,
)
from cpted_safety_map.plugin.core.definitions import CHANGE_DECREASE, CHANGE_INCREASE, CHANGE_TOO_FEW  # noqa: E402
from tests.core.helpers import mesa_dir  # noqa: E402

SPLITS = 1000
ALPHA = 0.05


def cells(bounds, k: int) -> np.ndarray:
    xmin, ymin, xmax, ymax = bounds
    return np.array([box(x, y, x + (xmax - xmin) / k + 1, y + (ymax - ymin) / k + 1)
                     for x in np.linspace(xmin, xmax, k + 1)[:-1] for y in np.linspace(ymin, ymax, k + 1)[:-1]])


def main() -> None:
    folder = mesa_dir()
    crimes, streets = gpd.read_file(folder / "crimes.shp"), gpd.read_file(folder / "streets.shp")
    points = crimes.geometry.to_numpy()
    units, _names, _numbers = stretches(streets.geometry.to_numpy(), np.full(len(streets), None), 656.0)  # feet
    layouts = {"stretches of about 200 m": (unit_of_points(points, units, 164.0), len(units)),
               "3 x 3 cells": (unit_of_points_in_areas(points, cells(streets.total_bounds, 3)), 9),
               "2 x 2 cells": (unit_of_points_in_areas(points, cells(streets.total_bounds, 2)), 4)}
    rng = np.random.default_rng(21)
    print(f"Mesa: {len(points)} incidents, {SPLITS} random splits into two equal periods, ALPHA {ALPHA}")
    print(f"{'units':28} {'n':>4} {'testable':>9} {'exact p<=a':>11} {'E-test p<=a':>12} {'named (q)':>10}")
    for label, (unit, count) in layouts.items():
        testable = exact = etest = named = 0
        for _ in range(SPLITS):
            later = rng.random(len(points)) < 0.5
            kept = unit >= 0
            before = np.bincount(unit[kept & ~later], minlength=count)
            after = np.bincount(unit[kept & later], minlength=count)
            result = unit_changes(before, 1.0, after, 1.0, ALPHA)
            can = result.change != CHANGE_TOO_FEW
            testable += can.sum()
            exact += (result.p_value[can] <= ALPHA).sum()
            etest += (e_test(before, 1.0, after, 1.0)[can] <= ALPHA).sum()
            named += np.isin(result.change, (CHANGE_INCREASE, CHANGE_DECREASE)).sum()
        print(f"{label:28} {count:4d} {testable / SPLITS:9.1f} {exact / testable:11.2%} {etest / testable:12.2%} "
              f"{named / testable:10.2%}")
    print("\nPower: the later rate doubled in the busiest units (as many incidents again, at random)")
    for label in ("3 x 3 cells", "2 x 2 cells"):
        unit, count = layouts[label]
        total = np.bincount(unit[unit >= 0], minlength=count)
        busiest = np.argsort(total)[-2:]
        found = np.zeros(2)
        for _ in range(SPLITS):
            later = rng.random(len(points)) < 0.5
            before = np.bincount(unit[(unit >= 0) & ~later], minlength=count)
            after = np.bincount(unit[(unit >= 0) & later], minlength=count)
            after[busiest] += rng.binomial(total[busiest], 0.5)
            found += unit_changes(before, 1.0, after, 1.0, ALPHA).change[busiest] == CHANGE_INCREASE
        shares = ", ".join(f"{n} incidents: {f / SPLITS:.0%}" for n, f in zip(total[busiest], found, strict=True))
        print(f"  {label}: {shares}")


if __name__ == "__main__":
    main()
